"""The shipped presets load, and each seed company's policy changes what the product does.

Behaviour through ``plan()`` (tags, the note's suggestion and clauses) lives in
``tests/replies/test_action_plan.py``; here are the policy-level differences.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from worker.categories import CATEGORIES
from worker.policy import PolicyError, list_presets, load_preset

TOKYO = ZoneInfo("Asia/Tokyo")
WEEKDAY_0930 = datetime(2026, 11, 18, 9, 30, tzinfo=TOKYO)  # a Wednesday
HOLIDAY_1100 = datetime(2026, 11, 23, 11, 0, tzinfo=TOKYO)  # 勤労感謝の日 (a Monday)


def test_presets_are_listed_by_name() -> None:
    assert list_presets() == ["atlas", "cellz", "default", "mjs", "skyarch"]


@pytest.mark.parametrize("name", ["atlas", "cellz", "default", "mjs", "skyarch"])
def test_each_preset_loads_and_is_named_after_its_file(name: str) -> None:
    policy = load_preset(name)
    assert policy.name == name
    assert policy.title
    assert policy.responses, "a preset states the company's responses for supervisors"
    assert all(policy.clause_for(c) for c in policy.enabled_categories)


def test_an_unknown_preset_is_a_policy_error() -> None:
    with pytest.raises(PolicyError, match="no preset named 'acme'"):
        load_preset("acme")


def test_skyarch_is_closed_at_0930_on_a_weekday_while_the_default_is_open() -> None:
    assert load_preset("default").calendar.is_open(WEEKDAY_0930)
    assert not load_preset("skyarch").calendar.is_open(WEEKDAY_0930)


def test_skyarch_answers_weekdays_10_to_18_except_public_holidays() -> None:
    calendar = load_preset("skyarch").calendar
    assert calendar.is_open(datetime(2026, 11, 18, 10, 0, tzinfo=TOKYO))
    assert calendar.is_open(datetime(2026, 11, 18, 17, 59, tzinfo=TOKYO))
    assert not calendar.is_open(datetime(2026, 11, 18, 18, 0, tzinfo=TOKYO))
    assert not calendar.is_open(HOLIDAY_1100)
    assert calendar.describe("ja") == "平日 10:00〜18:00（祝日を除く）"


def test_skyarch_publishes_no_year_end_closure_so_30_december_is_a_working_day() -> None:
    # 2026-12-30 is a Wednesday: open for Skyarch, closed under the default's 12-29..01-03.
    moment = datetime(2026, 12, 30, 11, 0, tzinfo=TOKYO)
    assert load_preset("skyarch").calendar.is_open(moment)
    assert not load_preset("default").calendar.is_open(moment)


def test_mjs_lists_all_fourteen_categories_including_after_hours_demands() -> None:
    policy = load_preset("mjs")
    assert policy.enabled_categories == frozenset(CATEGORIES)
    assert "業務時間外の対応要求" in policy.clause_for("after_hours")
    assert policy.clause_for("repeat") == "④継続的または反復的に行われる執拗な言動"


def test_atlas_does_not_detect_the_categories_it_does_not_list() -> None:
    enabled = load_preset("atlas").enabled_categories
    for category in ("after_hours", "privacy", "punish_staff", "excessive_demand"):
        assert category not in enabled
    assert {"abuse", "dogeza", "intimidation", "restraint"} <= enabled


def test_skyarch_does_not_detect_demands_to_punish_staff() -> None:
    assert "punish_staff" not in load_preset("skyarch").enabled_categories
    assert "punish_staff" in load_preset("default").enabled_categories


def test_cellz_asks_that_calls_stay_under_an_hour() -> None:
    assert load_preset("cellz").call_limit_minutes == 60
    assert load_preset("default").call_limit_minutes is None


@pytest.mark.parametrize(
    ("name", "high_reply"),
    [
        ("default", "by_category"),
        ("atlas", "by_category"),  # dialogue first; refusal only when dialogue fails
        ("mjs", "final_notice"),
        ("cellz", "final_notice"),
        ("skyarch", "final_notice"),
    ],
)
def test_companies_that_state_refusing_service_suggest_the_final_notice_at_high(
    name: str, high_reply: str
) -> None:
    assert load_preset(name).actions_for("high").reply == high_reply


def test_no_preset_sends_the_after_hours_acknowledgement_automatically() -> None:
    assert not any(load_preset(n).auto_after_hours_reply for n in list_presets())


def test_preset_clauses_quote_the_companies_own_wording() -> None:
    assert load_preset("cellz").clause_for("exposure_threat") == (
        "SNSやインターネット上での誹謗中傷やSNSやマスコミ、関係者への暴露をほのめかす脅し"
    )
    assert "金品、リベート、見返りなどの要求" in load_preset("skyarch").clause_for("money")
    assert load_preset("atlas").clause_for("repeat") == (
        "継続的な(繰り返される)、執拗な(しつこい)言動"
    )
