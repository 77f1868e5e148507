"""The admin page in a real headless browser (Debian's chromium, driven by Selenium).

One browser session walks the whole flow: sign in, edit a template and watch the live preview,
have a broken template refused with its line shown, save, read the history and roll back.
Others insert from the palette, and sign in as an editor and as a viewer.
Skipped (with the reason) where chromium or its driver is not installed; CI installs both.

Set ``KASUGUARD_SCREENSHOT=path.png`` to keep a screenshot of the editor with its preview
(README's ``docs/admin-edit.png`` is made this way).
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from werkzeug.serving import make_server

from tests.admin.conftest import ADMIN_PASSWORD, ADMIN_USER, admin_settings
from worker.admin import accounts
from worker.app import create_app

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
    reason="needs Debian's chromium and chromium-driver "
    "(apt-get install -y chromium chromium-driver)",
)

WAIT_S = 10


@pytest.fixture
def live_app(configure, data_dir) -> Iterator[tuple[str, Flask]]:
    """The app on a free localhost port, served from a thread (plain http, so insecure cookies),
    and the app itself (for its database)."""
    app = create_app(configure(**admin_settings(data_dir, KASUGUARD_ADMIN_INSECURE_HTTP="true")))
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", app
    server.shutdown()
    thread.join()


@pytest.fixture
def live_server(live_app) -> str:
    return live_app[0]


@pytest.fixture
def browser(monkeypatch):
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    monkeypatch.setenv("SE_OFFLINE", "true")  # Selenium Manager must never download anything
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1360,1000",
        "--lang=ja",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def test_admin_signs_in_edits_with_live_preview_is_refused_a_broken_template_saves_and_rolls_back(
    live_server, browser
):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, WAIT_S)

    def text_of(element_id: str) -> str:
        return browser.find_element(By.ID, element_id).text

    # Sign in: the admin page sends a signed-out visitor to the form, then back.
    browser.get(f"{live_server}/admin/")
    wait.until(ec.presence_of_element_located((By.ID, "user"))).send_keys(ADMIN_USER)
    browser.find_element(By.ID, "password").send_keys(ADMIN_PASSWORD)
    browser.find_element(By.ID, "sign-in").click()
    wait.until(ec.presence_of_element_located((By.ID, "templates-ja")))
    cookie = browser.get_cookie("kasuguard_admin")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Lax"

    # Open the Japanese boundary warning from the list.
    browser.find_element(By.LINK_TEXT, "不適切な言動へのお願い").click()
    body = wait.until(ec.presence_of_element_located((By.ID, "body")))
    assert "山田 太郎 様" in text_of("preview")

    # Type at the end: the preview follows, rendered against the sample ticket.
    body.click()
    body.send_keys(Keys.CONTROL, Keys.END)
    body.send_keys("\n（追記）受付番号 {{ ticket_id }} の件、担当: {{ agent_signature }}")
    rendered = "（追記）受付番号 12345 の件、担当: 株式会社サンプル"
    wait.until(lambda d: rendered in text_of("preview"))
    wait.until(ec.text_to_be_present_in_element((By.ID, "issues"), "問題は見つかりませんでした"))
    screenshot = os.environ.get("KASUGUARD_SCREENSHOT")
    if screenshot:
        browser.execute_script("window.scrollTo(0, 0)")
        browser.save_screenshot(screenshot)

    # Break it: the problem appears inline, with its line, before saving...
    body.send_keys("\n{{ customer_name }}")
    wait.until(ec.text_to_be_present_in_element((By.ID, "issues"), "「customer_name」という変数は"))
    line_count = body.get_attribute("value").count("\n") + 1
    assert f"{line_count}行目" in text_of("issues")
    assert browser.find_element(By.ID, "preview").get_attribute("data-state") == "broken"
    # ...and saving anyway is refused, the draft kept.
    browser.find_element(By.ID, "save").click()
    wait.until(ec.presence_of_element_located((By.ID, "not-saved")))
    assert f"{line_count}行目" in text_of("issues")
    body = browser.find_element(By.ID, "body")
    assert body.get_attribute("value").endswith("{{ customer_name }}")

    # Fix it (delete the bad line) and save: version 1.
    for _ in range(len("\n{{ customer_name }}")):
        body.send_keys(Keys.BACKSPACE)
    wait.until(ec.text_to_be_present_in_element((By.ID, "issues"), "問題は見つかりませんでした"))
    browser.find_element(By.ID, "save").click()
    wait.until(ec.text_to_be_present_in_element((By.CSS_SELECTOR, ".flash"), "第1版を保存しました"))

    # History: the diff shows the added line; roll back to the shipped version.
    browser.find_element(By.ID, "history-link").click()
    added = wait.until(ec.presence_of_element_located((By.CSS_SELECTOR, "#version-1 .add")))
    assert "（追記）受付番号 {{ ticket_id }} の件" in browser.find_element(By.ID, "version-1").text
    assert added.text.startswith("+")
    browser.find_element(By.ID, "restore-0").click()
    restored = "第0版の内容を第2版として戻しました"
    wait.until(ec.text_to_be_present_in_element((By.CSS_SELECTOR, ".flash"), restored))
    browser.find_element(By.ID, "edit-link").click()
    body = wait.until(ec.presence_of_element_located((By.ID, "body")))
    assert "（追記）" not in body.get_attribute("value")
    assert "（追記）" not in text_of("preview")

    # English is one click away and stays chosen.
    browser.find_element(By.ID, "switch-language").click()
    wait.until(ec.text_to_be_present_in_element((By.ID, "history-link"), "History"))


def _sign_in(browser, wait, live_server: str, user: str, password: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec

    browser.get(f"{live_server}/admin/")
    wait.until(ec.presence_of_element_located((By.ID, "user"))).send_keys(user)
    browser.find_element(By.ID, "password").send_keys(password)
    browser.find_element(By.ID, "sign-in").click()
    wait.until(ec.presence_of_element_located((By.ID, "templates-ja")))


def test_the_palette_inserts_a_variable_and_a_category_block_at_the_cursor(live_server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import Select, WebDriverWait

    wait = WebDriverWait(browser, WAIT_S)
    _sign_in(browser, wait, live_server, ADMIN_USER, ADMIN_PASSWORD)
    browser.get(f"{live_server}/admin/templates/ja/boundary_warning")
    body = wait.until(ec.presence_of_element_located((By.ID, "body")))
    shipped = body.get_attribute("value")

    # A variable at the very start: the cursor is put there first.
    body.click()
    body.send_keys(Keys.CONTROL, Keys.HOME)
    browser.find_element(By.ID, "insert-requester_name").click()
    assert body.get_attribute("value") == "{{ requester_name }}" + shipped
    wait.until(lambda d: d.find_element(By.ID, "preview").text.startswith("山田 太郎"))

    # A per-category block at the end; the cursor lands inside it, so typing fills it.
    body.send_keys(Keys.CONTROL, Keys.END)
    body.send_keys("\n")
    browser.find_element(By.ID, "insert-category-money").click()
    body.send_keys("金銭のご要求にはお応えできません。")
    value = body.get_attribute("value")
    assert value.endswith(
        '{% if "money" in category_keys %}\n金銭のご要求にはお応えできません。\n{% endif %}\n'
    )
    wait.until(
        lambda d: "金銭のご要求にはお応えできません。" in d.find_element(By.ID, "preview").text
    )
    wait.until(ec.text_to_be_present_in_element((By.ID, "issues"), "問題は見つかりませんでした"))

    # The block shows only where money was found: not in the after-hours sample.
    Select(browser.find_element(By.ID, "sample")).select_by_value("after_hours")
    wait.until(lambda d: "お客様" in d.find_element(By.ID, "preview").text)
    assert "金銭のご要求" not in browser.find_element(By.ID, "preview").text

    # A misspelt category is named, with the right one suggested, before saving.
    body.send_keys(Keys.CONTROL, Keys.END)
    body.send_keys('{% if "mony" in category_keys %}x{% endif %}')
    wait.until(
        ec.text_to_be_present_in_element((By.ID, "issues"), "「mony」という類型はありません")
    )
    assert "近い名前: money" in browser.find_element(By.ID, "issues").text
    for _ in range(len('{% if "mony" in category_keys %}x{% endif %}')):
        body.send_keys(Keys.BACKSPACE)
    wait.until(ec.text_to_be_present_in_element((By.ID, "issues"), "問題は見つかりませんでした"))
    browser.find_element(By.ID, "save").click()
    wait.until(ec.text_to_be_present_in_element((By.CSS_SELECTOR, ".flash"), "第1版を保存しました"))
    assert (
        browser.find_element(By.ID, "body")
        .get_attribute("value")
        .startswith("{{ requester_name }}")
    )


def test_an_editor_saves_a_viewer_cannot_and_history_names_the_editor(live_app, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    live_server, app = live_app
    engine = app.extensions["kasuguard.admin"].engine
    accounts.add(engine, "alice", "alice's long password", "editor", actor="test")
    accounts.add(engine, "carol", "carol's long password", "viewer", actor="test")
    wait = WebDriverWait(browser, WAIT_S)
    edit_url = f"{live_server}/admin/templates/ja/final_notice"

    # Alice, an editor, saves a version.
    _sign_in(browser, wait, live_server, "alice", "alice's long password")
    assert "alice (編集者)" in browser.find_element(By.ID, "who").text
    browser.get(edit_url)
    body = wait.until(ec.presence_of_element_located((By.ID, "body")))
    body.send_keys(Keys.CONTROL, Keys.END)
    body.send_keys("\n（アリスの追記）")
    wait.until(lambda d: "（アリスの追記）" in d.find_element(By.ID, "preview").text)
    browser.find_element(By.ID, "save").click()
    wait.until(ec.text_to_be_present_in_element((By.CSS_SELECTOR, ".flash"), "第1版を保存しました"))
    browser.find_element(By.ID, "sign-out").click()
    wait.until(ec.presence_of_element_located((By.ID, "user")))

    # Carol, a viewer: no save button, but the preview works as she types.
    _sign_in(browser, wait, live_server, "carol", "carol's long password")
    assert "carol (閲覧者)" in browser.find_element(By.ID, "who").text
    browser.get(edit_url)
    body = wait.until(ec.presence_of_element_located((By.ID, "body")))
    assert browser.find_elements(By.ID, "save") == []
    assert "閲覧者のため保存できません" in browser.find_element(By.ID, "viewer-note").text
    body.send_keys(Keys.CONTROL, Keys.END)
    body.send_keys("\n（キャロルの下書き）")
    wait.until(lambda d: "（キャロルの下書き）" in d.find_element(By.ID, "preview").text)

    # The history names alice, in the policy's time zone, and offers carol no restore.
    browser.find_element(By.ID, "history-link").click()
    version = wait.until(ec.presence_of_element_located((By.ID, "version-1")))
    assert "保存した人: alice" in version.text
    assert re.search(r"\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d \(JST\)", version.text)
    assert browser.find_elements(By.CSS_SELECTOR, "button.restore") == []
    # The draft was never saved: version 1 is still alice's.
    assert "キャロル" not in browser.find_element(By.ID, "history").text
    browser.find_element(By.ID, "nav-audit").click()
    audit = wait.until(ec.presence_of_element_located((By.ID, "audit"))).text
    assert "alice" in audit and "template.saved" in audit
