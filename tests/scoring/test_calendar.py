"""Business hours, holidays, closures, time zones and the after_hours rule."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest

from tests.scoring.conftest import score, tokyo
from worker.policy import Calendar, Policy
from worker.scoring.calendar import is_open, next_opening

CAL = Calendar()


@pytest.mark.parametrize(
    ("when", "open_"),
    [
        ("2026-02-04 17:59", True),  # Wednesday, one minute before closing
        ("2026-02-04 18:00", False),  # closing time is already closed
        ("2026-02-04 09:00", True),
        ("2026-02-04 08:59", False),
        ("2026-02-07 11:00", False),  # Saturday
        ("2026-02-11 11:00", False),  # 建国記念の日
        ("2026-05-06 10:00", False),  # 振替休日
        ("2026-09-22 10:00", False),  # 国民の休日
        ("2026-12-29 10:00", False),  # year-end closure starts
        ("2027-01-03 10:00", False),  # … and wraps into January
        ("2027-01-04 10:00", True),  # first business day of 2027
        ("2026-12-28 17:59", True),
    ],
)
def test_is_open(when: str, open_: bool) -> None:
    assert is_open(tokyo(when), CAL) is open_


def test_time_zones_are_converted() -> None:
    utc = ZoneInfo("UTC")
    assert is_open(datetime(2026, 2, 4, 8, 59, tzinfo=utc), CAL)  # 17:59 in Tokyo
    assert not is_open(datetime(2026, 2, 4, 9, 0, tzinfo=utc), CAL)  # 18:00 in Tokyo
    london = Calendar(timezone="Europe/London", public_holidays=False, closures=())
    assert is_open(datetime(2026, 2, 4, 10, 0, tzinfo=ZoneInfo("Europe/London")), london)
    assert not is_open(tokyo("2026-02-04 11:00"), london)  # 02:00 in London


def test_custom_weekly_hours() -> None:
    saturday_morning = Calendar(weekly_hours={5: ((time(10, 0), time(12, 0)),)}, closures=())
    assert is_open(tokyo("2026-02-07 10:30"), saturday_morning)
    assert not is_open(tokyo("2026-02-04 10:30"), saturday_morning)


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        ("2026-02-06 19:00", "2026-02-09 09:00"),  # Friday night → Monday
        ("2026-12-28 19:00", "2027-01-04 09:00"),  # over the year-end closure
        ("2026-05-02 12:00", "2026-05-07 09:00"),  # Golden Week
        ("2026-02-04 10:00", "2026-02-04 10:00"),  # already open
    ],
)
def test_next_opening(when: str, expected: str) -> None:
    assert next_opening(tokyo(when), CAL) == tokyo(expected)


AFTER_HOURS = [
    ("今夜中に返信をください。", "2026-02-04 18:00"),
    ("Please reply tonight, we launch tomorrow.", "2026-02-04 21:30"),
    ("本日中にご対応をお願いします。", "2026-05-06 14:00"),  # substitute holiday
    ("今日中に電話をください。", "2026-12-30 13:00"),  # year-end closure
    ("明日朝イチまでに直しておいてください。", "2026-02-08 23:30"),  # Sunday night
    ("If anyone can reply this weekend I'd be grateful.", "2026-02-07 10:00"),
    ("回線を今すぐ止めてください。", "2026-02-07 01:10"),
]


@pytest.mark.parametrize(("text", "when"), AFTER_HOURS)
def test_after_hours_demand(text: str, when: str) -> None:
    result = score(text, at=tokyo(when), learned=False)  # the calendar alone
    assert result.categories == ("after_hours",)
    assert result.level == "low"
    assert result.findings[0].quote in text


NOT_AFTER_HOURS = [
    ("今夜中に返信をください。", "2026-02-04 17:59"),  # sent during business hours
    (
        "夜分に失礼します。領収書の宛名を変更したいです。",
        "2026-02-04 23:00",
    ),  # asks nothing tonight
    ("日曜にすみません。お返事は週明けで大丈夫です。", "2026-02-08 15:00"),  # defers
    ("No rush, a reply next week is fine. Does my plan include roaming?", "2026-02-07 23:00"),
    ("明日までに見積書をください。", "2026-02-04 19:00"),  # due when the company is open again
]


@pytest.mark.parametrize(("text", "when"), NOT_AFTER_HOURS)
def test_no_after_hours_without_out_of_hours_demand(text: str, when: str) -> None:
    assert "after_hours" not in score(text, at=tokyo(when)).categories


def test_after_hours_with_conduct_is_medium() -> None:
    result = score("今すぐ電話しろ。役立たずども。", at=tokyo("2026-02-07 02:00"))
    assert set(result.categories) == {"abuse", "after_hours"}
    assert result.level == "medium"


def test_policy_calendar_is_used() -> None:
    always_open = Policy(
        calendar=Calendar(
            weekly_hours={d: ((time(0, 0), time(23, 59)),) for d in range(7)},
            public_holidays=False,
            closures=(),
        )
    )
    result = score("今夜中に返信をください。", at=tokyo("2026-02-07 21:00"), policy=always_open)
    assert result.categories == ()
