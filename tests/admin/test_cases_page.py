"""The case view and its CSV: both roles see it, filters narrow it (and stay in the URL),
times are in the policy's zone, no text is shown, the CSV opens in Excel with Japanese headers."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest

from tests.admin.conftest import https_client, sign_in
from tests.conftest import TEST_PEPPER
from worker import care, incidents
from worker.admin import accounts
from worker.model import COMMENT_ADDED, TicketEvent
from worker.policy import Care
from worker.scoring.types import Assessment

VIEWER_PASSWORD = "viewer's long password"
START = datetime(2026, 11, 2, 0, 30, tzinfo=UTC)  # 09:30 in Tokyo, a Monday
PERIOD = "since=2026-11-01&until=2026-11-30"


def record(engine, n, level, categories, at, agent="6130907993114", helpdesk="zendesk"):
    event = TicketEvent(
        helpdesk,
        f"e{n}",
        COMMENT_ADDED,
        str(4000 + n),
        at,
        requester_id=f"requester-{n % 2}@example.com",
        body="お前ら本当に無能だな。",
        channel="email",
        assignee_id=agent,
    ).pseudonymised(TEST_PEPPER)
    incidents.record(engine, event, Assessment(level, 0.9, categories), escalated=level == "high")
    return event


@pytest.fixture
def engine(admin_app):
    return admin_app.extensions["kasuguard.admin"].engine


@pytest.fixture
def sample(engine):
    record(engine, 1, "high", ("threat",), START)
    record(engine, 2, "high", ("threat", "abuse"), START + timedelta(days=1))
    last = record(engine, 3, "high", ("threat",), START + timedelta(days=2))
    record(engine, 4, "medium", ("abuse",), START + timedelta(days=9), agent="42")
    record(engine, 5, "low", ("repeat",), START + timedelta(days=10), agent=None)
    record(engine, 6, "medium", ("money",), START + timedelta(days=11), helpdesk="freshdesk",
           agent="6010396333")  # fmt: skip
    assert care.check(engine, last, Care(high=3), now=START + timedelta(days=2)) is not None
    return engine


@pytest.fixture
def viewer(admin_app, engine):
    accounts.add(engine, "carol", VIEWER_PASSWORD, "viewer", actor="test")
    client = https_client(admin_app)
    assert sign_in(client, password=VIEWER_PASSWORD, user="carol").status_code == 302
    return client


def test_a_viewer_sees_the_cases_chart_exposure_and_care_marker(viewer, sample):
    response = viewer.get(f"/admin/cases?{PERIOD}")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert page.count('<tr class="level-') == 6
    assert "2026-11-02 09:30" in page  # Tokyo time, not UTC
    assert "https://example.zendesk.com/agent/tickets/4001" in page
    assert "https://example.freshdesk.com/a/tickets/4006" in page
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in page  # the weekly chart
    exposure = page.split('id="exposure"', 1)[1].split("</table>", 1)[0]
    rows = exposure.split('data-agent="')[1:]
    assert [r.split('"', 1)[0] for r in rows] == [
        "zendesk:6130907993114",  # three threats: on top, marked
        "freshdesk:6010396333",
        "zendesk:42",
        "-",
    ]
    assert "要ケア" in rows[0] and "要ケア" not in rows[1]
    alerts = page.split('id="care-alerts"', 1)[1].split("</table>", 1)[0]
    assert "zendesk:6130907993114" in alerts and "高 3件" in alerts
    assert "通知先（escalation.notify_url）が未設定" in alerts
    assert "現場監督者（チームリーダー）が本人に声をかけ、本社の相談窓口へ" in page
    assert "無能" not in page and "requester-1@example.com" not in page


def test_filters_narrow_the_list_and_stay_in_the_links(viewer, sample):
    def listed(query: str) -> str:
        page = viewer.get(f"/admin/cases?{PERIOD}&{query}").get_data(as_text=True)
        return page.split('id="cases-count"', 1)[1].split("<", 1)[0]

    assert "3件" in listed("level=high")
    assert "2件" in listed("category=abuse")
    assert "1件" in listed("agent=zendesk:42")
    assert "1件" in listed("agent=-")
    assert "0件" in listed("level=low&agent=zendesk:42")
    page = viewer.get("/admin/cases?since=2026-11-09&until=2026-11-15").get_data(as_text=True)
    assert page.count('<tr class="level-') == 3 and "care-alerts" not in page
    csv_link = page.split('id="export-csv"', 1)[0].rsplit('href="', 1)[1].split('"', 1)[0]
    assert "since=2026-11-09" in csv_link and "until=2026-11-15" in csv_link


def test_the_default_period_is_the_last_four_weeks(viewer, engine):
    now = datetime.now(UTC)
    record(engine, 1, "medium", ("abuse",), now - timedelta(hours=1))
    record(engine, 2, "medium", ("abuse",), now - timedelta(days=40))
    page = viewer.get("/admin/cases").get_data(as_text=True)
    assert page.count('<tr class="level-') == 1


def test_pages_of_fifty(viewer, engine):
    for n in range(55):
        record(engine, n, "low", ("repeat",), START + timedelta(minutes=n))
    first = viewer.get(f"/admin/cases?{PERIOD}").get_data(as_text=True)
    assert first.count('<tr class="level-') == 50 and 'id="page-next"' in first
    second = viewer.get(f"/admin/cases?{PERIOD}&page=2").get_data(as_text=True)
    assert second.count('<tr class="level-') == 5 and 'id="page-prev"' in second
    assert "2026-11-02 09:30" in second  # newest first: the oldest is on the last page


@pytest.mark.parametrize(
    "query",
    ["since=2026-13-01", "since=2026-11-30&until=2026-11-01", "level=severe", "category=rude",
     "agent=42", "page=0", "since=2020-01-01&until=2026-11-01"],
)  # fmt: skip
def test_a_bad_filter_says_which_and_shows_nothing(viewer, sample, query):
    response = viewer.get(f"/admin/cases?{query}")
    assert response.status_code == 400
    assert "絞り込みの値が正しくありません" in response.get_data(as_text=True)
    assert viewer.get(f"/admin/cases.csv?{query}").status_code == 400


def test_the_csv_has_a_bom_japanese_headers_and_every_filtered_row(viewer, sample):
    response = viewer.get(f"/admin/cases.csv?{PERIOD}&level=high")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert "kasuguard-cases-2026-11-01-2026-11-30.csv" in response.headers["Content-Disposition"]
    raw = response.get_data()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == [
        "日時", "レベル", "類型", "ヘルプデスク", "チケット番号", "チケットURL", "担当者ID",
        "依頼者（仮名）", "エスカレーション", "窓口",
    ]  # fmt: skip
    assert len(rows) == 4
    newest = rows[1]
    assert newest[0] == "2026-11-04 09:30" and newest[1] == "高"
    assert newest[2] == "脅迫・危害の予告"
    assert newest[5] == "https://example.zendesk.com/agent/tickets/4003"
    assert newest[6] == "6130907993114" and newest[7].startswith("#") and newest[8] == "あり"
    assert "無能" not in raw.decode("utf-8-sig") and "example.com," not in raw.decode("utf-8-sig")


def test_signed_out_visitors_are_sent_to_sign_in(anonymous_client):
    assert anonymous_client.get("/admin/cases").status_code == 302
    assert anonymous_client.get("/admin/cases.csv").status_code == 302


def test_the_page_reads_in_english(viewer, sample):
    page = viewer.get(f"/admin/cases?{PERIOD}&lang=en").get_data(as_text=True)
    assert "Exposure per agent" in page and "needs care" in page and "Export CSV" in page
