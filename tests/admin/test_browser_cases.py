"""The case view in a real headless browser (Debian's chromium, as ``test_browser.py``): a
support lead signs in, opens 事例, sees the care marker on the agent who met three threats this
week, narrows the list with the filter form (the choice lands in the URL), follows an agent's
exposure row, and switches to English. Skipped, with the reason, without chromium.

``scripts/screenshots`` drives the same page for README's pictures.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

from tests.admin.cases_sample import BUSY_AGENT, THREATENED_AGENT, seed
from tests.admin.conftest import ADMIN_PASSWORD, ADMIN_USER
from tests.admin.test_browser import (  # noqa: F401 (fixtures)
    WAIT_S,
    browser,
    live_app,
    live_server,
    pytestmark,
)
from worker import db, jobs


def test_a_lead_sees_this_weeks_cases_and_the_agents_who_need_a_word(live_server, browser):  # noqa: F811
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import Select, WebDriverWait

    seed(db.engine_for(jobs.runtime().config.database_url))
    wait = WebDriverWait(browser, WAIT_S)

    browser.get(f"{live_server}/admin/cases")
    wait.until(ec.presence_of_element_located((By.ID, "user"))).send_keys(ADMIN_USER)
    browser.find_element(By.ID, "password").send_keys(ADMIN_PASSWORD)
    browser.find_element(By.ID, "sign-in").click()
    alerts = wait.until(ec.presence_of_element_located((By.ID, "care-alerts")))

    # Who needs a word, first: both agents marked, with whether the supervisors were told.
    rows = {
        r.get_attribute("data-agent"): r.text for r in alerts.find_elements(By.TAG_NAME, "tr")[1:]
    }
    assert set(rows) == {f"zendesk:{THREATENED_AGENT}", f"freshdesk:{BUSY_AGENT}"}
    assert "要ケア" in rows[f"zendesk:{THREATENED_AGENT}"]
    assert (
        "高 3件" in rows[f"zendesk:{THREATENED_AGENT}"]
        and "通知済み" in rows[f"zendesk:{THREATENED_AGENT}"]
    )
    assert "notify_url）が未設定" in rows[f"freshdesk:{BUSY_AGENT}"]  # the default policy has none
    order = browser.find_element(By.ID, "care-order").text
    assert order.index("現場監督者") < order.index("本社の相談窓口")
    marker = browser.find_element(By.CSS_SELECTOR, "#care-alerts .care-marker")
    assert (
        marker.is_displayed()
        and marker.value_of_css_property("background-color") != "rgba(0, 0, 0, 0)"
    )
    assert browser.find_element(By.CSS_SELECTOR, "#weekly-chart svg").is_displayed()
    assert len(browser.find_elements(By.CSS_SELECTOR, "#cases tbody tr")) == 17

    # The filter form: high only. The choice is in the URL, so the view can be bookmarked.
    Select(browser.find_element(By.ID, "level")).select_by_value("high")
    browser.find_element(By.ID, "apply-filters").click()
    wait.until(lambda d: "level=high" in d.current_url)
    levels = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "#cases .level")]
    assert levels and set(levels) == {"高"}
    assert parse_qs(urlparse(browser.current_url).query)["level"] == ["high"]

    # One agent's cases, from their exposure row; each opens the ticket in Zendesk.
    browser.find_element(
        By.CSS_SELECTOR, f'#exposure tr[data-agent="zendesk:{THREATENED_AGENT}"] a'
    ).click()
    wait.until(lambda d: "agent=zendesk" in d.current_url)
    links = [
        a.get_attribute("href")
        for a in browser.find_elements(By.CSS_SELECTOR, "#cases a.ticket-link")
    ]
    assert len(links) == 3
    assert all(link.startswith("https://example.zendesk.com/agent/tickets/") for link in links)
    assert all(
        m.is_displayed() for m in browser.find_elements(By.CSS_SELECTOR, "#cases .care-marker")
    )

    # The CSV link carries the same filters.
    csv_link = browser.find_element(By.ID, "export-csv").get_attribute("href")
    assert "level=high" in csv_link and f"agent=zendesk%3A{THREATENED_AGENT}" in csv_link

    browser.find_element(By.ID, "switch-language").click()
    wait.until(ec.text_to_be_present_in_element((By.ID, "nav-cases"), "Cases"))
    assert "needs care" in browser.find_element(By.ID, "care-alerts").text
    assert "level=high" in browser.current_url  # the view chosen stays chosen
