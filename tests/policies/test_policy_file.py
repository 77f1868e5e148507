"""The policy file format: what loads, and how a mistake is reported (file, line, field)."""

from __future__ import annotations

import textwrap
from datetime import datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from worker.categories import CATEGORIES
from worker.policy import (
    DEFAULT_POLICY_PATH,
    Calendar,
    Policy,
    PolicyError,
    load_policy,
    parse_policy_text,
    policy_from_mapping,
)

TOKYO = ZoneInfo("Asia/Tokyo")


def write(tmp_path: Path, text: str) -> Path:
    file = tmp_path / "acme.yaml"
    file.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return file


def error_for(tmp_path: Path, text: str) -> str:
    with pytest.raises(PolicyError) as caught:
        load_policy(write(tmp_path, text))
    return str(caught.value)


def test_default_policy_loads_with_all_categories_and_weekday_hours() -> None:
    policy = load_policy()
    assert policy.name == "default"
    assert policy.language == "ja"
    assert policy.enabled_categories == frozenset(CATEGORIES)
    assert policy.calendar.weekly_hours[0] == ((time(9, 0), time(18, 0)),)
    assert 5 not in policy.calendar.weekly_hours  # Saturday closed
    assert policy.calendar.closures == (((12, 29), (1, 3)),)
    assert policy.history_window_days == 30 and policy.history_retention_days == 90
    assert policy.observe_only is False
    assert policy.auto_after_hours_reply is False
    assert policy.escalation.priority == "urgent"


def test_default_policy_quotes_a_clause_for_every_category() -> None:
    policy = load_policy(DEFAULT_POLICY_PATH)
    assert all(policy.clause_for(c) for c in CATEGORIES)


def test_default_level_actions_follow_the_spec() -> None:
    policy = load_policy()
    assert not policy.actions_for("none").tags
    low, medium, high = (policy.actions_for(lv) for lv in ("low", "medium", "high"))
    assert low.tags and not low.note and not low.escalate
    assert medium.note and medium.reply == "by_category" and not medium.escalate
    assert high.note and high.escalate


def test_a_minimal_file_takes_the_defaults(tmp_path: Path) -> None:
    policy = load_policy(write(tmp_path, "name: acme\n"))
    assert policy.name == "acme"
    assert policy.calendar == Calendar()
    assert policy.reply_for("money") == "compensation_demand"
    assert policy.escalation.priority == "urgent"


def test_all_fields_are_read(tmp_path: Path) -> None:
    policy = load_policy(
        write(
            tmp_path,
            """
            name: acme
            title: "ACME policy"
            company_name: "ACME株式会社"
            language: en
            observe_only: true
            calendar:
              timezone: Europe/London
              weekly_hours:
                sat: ["10:00-12:00", "13:00-17:30"]
              public_holidays: false
              closures: ["08-13..08-16"]
            categories:
              enabled: [abuse, threat]
              weights: {abuse: 0.5}
              level_thresholds: {low: 0.2, medium: 0.5, high: 0.8}
            history: {window_days: 14, retention_days: 14}
            actions:
              low: {tags: false}
              high: {reply: final_notice, escalate: true, note: true}
            escalation: {priority: high, group_id: 360001, notify_url: "https://hooks.example.com/x"}
            replies:
              signature: "ACME Support"
              after_hours_auto_send: true
              call_limit_minutes: 30
              by_category: {abuse: final_notice}
            responses: ["We may end the contract."]
            clauses: {abuse: "No insults."}
            """,
        )
    )
    assert policy.title == "ACME policy" and policy.company_name == "ACME株式会社"
    assert policy.language == "en" and policy.observe_only
    assert policy.calendar.timezone == "Europe/London"
    assert policy.calendar.weekly_hours == {
        5: ((time(10, 0), time(12, 0)), (time(13, 0), time(17, 30)))
    }
    assert policy.calendar.public_holidays is False
    assert policy.calendar.closures == (((8, 13), (8, 16)),)
    assert policy.enabled_categories == frozenset({"abuse", "threat"})
    assert policy.category_weights == {"abuse": 0.5}
    assert policy.level_thresholds == {"low": 0.2, "medium": 0.5, "high": 0.8}
    assert policy.history_window_days == 14
    assert policy.actions_for("low").tags is False
    assert policy.actions_for("high").reply == "final_notice"
    assert policy.actions_for("medium").reply == "by_category"  # untouched level keeps defaults
    assert policy.escalation.priority == "high"
    assert policy.escalation.group_id == "360001"
    assert policy.escalation.notify_url == "https://hooks.example.com/x"
    assert policy.agent_signature == "ACME Support"
    assert policy.auto_after_hours_reply is True
    assert policy.call_limit_minutes == 30
    assert policy.reply_for("abuse") == "final_notice"
    assert policy.responses == ("We may end the contract.",)
    assert policy.clause_for("abuse") == "No insults."


def test_a_typo_in_a_key_names_the_file_line_and_field(tmp_path: Path) -> None:
    message = error_for(
        tmp_path,
        """
        name: acme
        calendar:
          timezone: Asia/Tokyo
          publc_holidays: false
        """,
    )
    assert "acme.yaml" in message
    assert "line 4" in message
    assert "calendar.publc_holidays" in message
    assert "did you mean 'public_holidays'" in message


def test_the_error_keeps_its_parts_for_the_admin_page(tmp_path: Path) -> None:
    file = write(tmp_path, "name: acme\nhistory:\n  window_days: zero\n")
    with pytest.raises(PolicyError) as caught:
        load_policy(file)
    error = caught.value
    assert (error.where, error.line, error.field) == (str(file), 3, "history.window_days")
    assert error.problem == "expected a whole number, got 'zero'"


def test_an_unknown_top_level_key_is_an_error(tmp_path: Path) -> None:
    message = error_for(tmp_path, "name: acme\nobserve: true\n")
    assert "line 2" in message and "observe" in message and "unknown key" in message


def test_an_unquoted_time_is_reported_with_its_line(tmp_path: Path) -> None:
    message = error_for(
        tmp_path,
        """
        calendar:
          weekly_hours:
            mon: ["09:00-18:00"]
            tue: [10-18]
        """,
    )
    assert "line 4" in message
    assert "calendar.weekly_hours.tue[0]" in message
    assert "HH:MM-HH:MM" in message


def test_a_span_that_ends_before_it_starts_is_an_error(tmp_path: Path) -> None:
    message = error_for(tmp_path, 'calendar:\n  weekly_hours:\n    mon: ["18:00-09:00"]\n')
    assert "line 3" in message and "end after it starts" in message


def test_an_unknown_weekday_is_an_error(tmp_path: Path) -> None:
    message = error_for(tmp_path, 'calendar:\n  weekly_hours:\n    monday: ["09:00-18:00"]\n')
    assert "line 3" in message and "calendar.weekly_hours.monday" in message


def test_an_unknown_category_is_reported_at_its_list_item(tmp_path: Path) -> None:
    message = error_for(
        tmp_path,
        """
        categories:
          enabled:
            - abuse
            - insults
        """,
    )
    assert "line 4" in message
    assert "categories.enabled[1]" in message and "'insults'" in message


def test_a_bad_level_reply_is_an_error(tmp_path: Path) -> None:
    message = error_for(tmp_path, "actions:\n  high: {reply: refuse_everything}\n")
    assert "line 2" in message and "actions.high.reply" in message


def test_the_none_level_cannot_be_given_actions(tmp_path: Path) -> None:
    message = error_for(tmp_path, "actions:\n  none: {tags: true}\n")
    assert "actions.none" in message and "unknown key" in message


def test_a_flag_written_as_text_is_an_error(tmp_path: Path) -> None:
    message = error_for(tmp_path, 'name: acme\nobserve_only: "yes please"\n')
    assert "line 2" in message and "observe_only" in message and "true or false" in message


def test_a_notification_url_must_be_https(tmp_path: Path) -> None:
    message = error_for(tmp_path, 'escalation:\n  notify_url: "http://hooks.example.com"\n')
    assert "line 2" in message and "escalation.notify_url" in message and "https" in message


def test_an_unknown_priority_is_an_error(tmp_path: Path) -> None:
    message = error_for(tmp_path, "escalation:\n  priority: asap\n")
    assert "escalation.priority" in message and "urgent" in message


def test_retention_shorter_than_the_history_window_is_an_error(tmp_path: Path) -> None:
    message = error_for(tmp_path, "history:\n  window_days: 30\n  retention_days: 7\n")
    assert "line 3" in message and "history.retention_days" in message


def test_thresholds_must_rise_with_the_level(tmp_path: Path) -> None:
    message = error_for(
        tmp_path, "categories:\n  level_thresholds: {low: 0.6, medium: 0.4, high: 0.9}\n"
    )
    assert "categories.level_thresholds" in message and "rise" in message


def test_an_unknown_time_zone_is_an_error(tmp_path: Path) -> None:
    message = error_for(tmp_path, "calendar:\n  timezone: Mars/Olympus\n")
    assert "line 2" in message and "calendar.timezone" in message


def test_a_bad_closure_is_an_error(tmp_path: Path) -> None:
    message = error_for(tmp_path, 'calendar:\n  closures: ["12-32..01-03"]\n')
    assert "calendar.closures[0]" in message and "not a day of the year" in message


def test_a_key_given_twice_is_an_error(tmp_path: Path) -> None:
    message = error_for(tmp_path, "name: acme\nlanguage: ja\nlanguage: en\n")
    assert "acme.yaml" in message and "line 3" in message and "twice" in message


def test_broken_yaml_names_the_line(tmp_path: Path) -> None:
    message = error_for(tmp_path, 'name: acme\ncalendar:\n  timezone: "Asia/Tokyo\n')
    assert "acme.yaml" in message and "not valid YAML" in message and "line" in message


def test_a_missing_file_is_a_policy_error(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="cannot read"):
        load_policy(tmp_path / "nope.yaml")


def test_a_clause_for_an_unknown_category_is_an_error(tmp_path: Path) -> None:
    message = error_for(tmp_path, 'clauses:\n  abuse: "ok"\n  rudeness: "no"\n')
    assert "line 3" in message and "clauses.rudeness" in message


def test_policy_from_mapping_still_validates_without_line_numbers() -> None:
    with pytest.raises(PolicyError, match=r"categories\.enabled\[0\]"):
        policy_from_mapping({"categories": {"enabled": ["nope"]}})
    assert policy_from_mapping({"name": "x"}).name == "x"


def test_parse_policy_text_validates_a_draft_held_in_memory() -> None:
    assert parse_policy_text("name: draft\n").name == "draft"
    with pytest.raises(PolicyError, match=r"^draft, line 1"):
        parse_policy_text("nmae: draft\n", where="draft")


def test_the_calendar_is_open_on_a_weekday_afternoon_and_closed_at_night() -> None:
    calendar = Policy().calendar
    assert calendar.is_open(datetime(2026, 11, 18, 14, 0, tzinfo=TOKYO))  # Wednesday
    assert not calendar.is_open(datetime(2026, 11, 18, 18, 0, tzinfo=TOKYO))
    assert not calendar.is_open(datetime(2026, 11, 21, 14, 0, tzinfo=TOKYO))  # Saturday


def test_the_calendar_reads_the_moment_in_its_own_time_zone() -> None:
    # 01:00 UTC on a Wednesday is 10:00 in Tokyo.
    assert Calendar().is_open(datetime(2026, 11, 18, 1, 0, tzinfo=ZoneInfo("UTC")))


def test_public_holidays_and_year_end_closures_are_closed_days() -> None:
    calendar = Calendar()
    assert not calendar.is_open(datetime(2026, 11, 23, 11, 0, tzinfo=TOKYO))  # 勤労感謝の日
    assert not calendar.is_open(datetime(2026, 12, 30, 11, 0, tzinfo=TOKYO))
    assert not calendar.is_open(datetime(2027, 1, 2, 11, 0, tzinfo=TOKYO))
    open_on_holidays = Calendar(public_holidays=False, closures=())
    assert open_on_holidays.is_open(datetime(2026, 11, 23, 11, 0, tzinfo=TOKYO))


def test_the_calendar_refuses_a_naive_datetime() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        Calendar().is_open(datetime(2026, 11, 18, 14, 0))


def test_business_hours_are_described_for_customers() -> None:
    assert Calendar().describe("ja") == "平日 9:00〜18:00（祝日・12月29日〜1月3日を除く）"
    assert Calendar(closures=()).describe("en") == "Weekdays 9:00–18:00 (closed on public holidays)"


def test_a_single_span_may_be_written_without_brackets(tmp_path: Path) -> None:
    policy = load_policy(write(tmp_path, 'calendar:\n  weekly_hours:\n    sat: "10:00-14:00"\n'))
    assert policy.calendar.weekly_hours == {5: ((time(10, 0), time(14, 0)),)}


def test_incident_retention_defaults_to_three_years_and_is_its_own_setting(tmp_path: Path) -> None:
    assert load_policy().incident_retention_days == 1095
    file = write(
        tmp_path, "name: acme\nhistory: {retention_days: 30}\nretention:\n  incidents_days: 365\n"
    )
    policy = load_policy(file)
    assert policy.incident_retention_days == 365 and policy.history_retention_days == 30


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "retention:\n  incidents_days: 0\n",
            "line 2, retention.incidents_days: must be at least 1",
        ),
        ("retention:\n  incidents_days: 3y\n", "retention.incidents_days: expected a whole number"),
        (
            "retention:\n  incident_days: 90\n",
            "retention.incident_days: unknown key 'incident_days' (did you mean 'incidents_days'?)",
        ),
    ],
)
def test_bad_incident_retention_names_the_line_and_field(tmp_path: Path, text, expected) -> None:
    assert expected in error_for(tmp_path, text)


def test_coalescing_defaults_to_five_seconds_and_zero_turns_it_off(tmp_path: Path) -> None:
    assert load_policy().coalesce_seconds == 5
    assert load_policy(write(tmp_path, "write_back: {coalesce_seconds: 0}\n")).coalesce_seconds == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("write_back:\n  coalesce_seconds: 61\n", "coalesce_seconds: must be at most 60"),
        ("write_back:\n  coalesce_seconds: -1\n", "coalesce_seconds: must be at least 0"),
        ("write_back:\n  coalesce_seconds: 2.5\n", "expected a whole number"),
        ("write_back:\n  coalesce: 5\n", "write_back.coalesce: unknown key"),
    ],
)
def test_bad_coalescing_names_the_field(tmp_path: Path, text, expected) -> None:
    assert expected in error_for(tmp_path, text)
