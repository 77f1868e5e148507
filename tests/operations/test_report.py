"""``kasuguard report``: counts by category, level, week and channel; requesters by pseudonym;
charts. The incidents come from the SQL database (SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime, timedelta

import pytest

from tests.conftest import TEST_PEPPER
from worker import incidents
from worker.cli import main
from worker.model import COMMENT_ADDED, TicketEvent
from worker.operations import report
from worker.pseudonym import pseudonym
from worker.scoring.types import Assessment

SINCE = datetime(2026, 1, 26, tzinfo=UTC)  # a Monday
UNTIL = datetime(2026, 2, 16, tzinfo=UTC)


def flag(
    engine,
    n: int,
    at: datetime,
    level: str,
    categories: tuple[str, ...],
    *,
    requester: str = "6164069643162",
    channel: str = "email",
    helpdesk: str = "zendesk",
    ticket: str = "4016",
    agent: str | None = None,
) -> None:
    event = TicketEvent(
        helpdesk,
        f"e{n}",
        COMMENT_ADDED,
        ticket,
        at,
        requester_id=requester,
        body="お前ら本当に無能だな。",
        channel=channel,
        assignee_id=agent,
    ).pseudonymised(TEST_PEPPER)
    assessment = Assessment(level, 1.0, categories)
    incidents.record(engine, event, assessment, escalated=level == "high")


def build(engine, **kwargs) -> report.Report:
    kwargs.setdefault("since", SINCE)
    kwargs.setdefault("until", UNTIL)
    return report.build(incidents.read(engine, since=kwargs["since"]), **kwargs)


def shown(requester: str, helpdesk: str = "zendesk") -> str:
    return report.display_id(helpdesk, pseudonym(TEST_PEPPER, helpdesk, requester))


@pytest.fixture
def sample(engine):
    flag(engine, 1, datetime(2026, 1, 27, 1, tzinfo=UTC), "high", ("threat", "abuse"))
    flag(engine, 2, datetime(2026, 1, 28, 1, tzinfo=UTC), "medium", ("abuse",), channel="web")
    flag(engine, 3, datetime(2026, 2, 10, 1, tzinfo=UTC), "low", ("after_hours",), requester="77")
    return engine


def test_counts_by_level_category_and_channel(sample):
    result = build(sample)
    assert result.total == 3
    assert result.by_level == {"low": 1, "medium": 1, "high": 1}
    assert result.by_category == {
        "abuse": {"high": 1, "medium": 1},
        "threat": {"high": 1},
        "after_hours": {"low": 1},
    }
    assert result.by_channel == {"email": {"high": 1, "low": 1}, "web": {"medium": 1}}


def test_exposure_per_agent_puts_who_met_the_most_threats_first(engine):
    at = datetime(2026, 2, 3, 1, tzinfo=UTC)
    for n in range(4):
        flag(engine, n, at, "medium", ("abuse",), agent="42")
    for n in (10, 11):
        flag(engine, n, at, "high", ("threat",), agent="6130907993114")
    flag(engine, 12, at, "high", ("threat",), agent="6010396333", helpdesk="freshdesk")
    flag(engine, 13, at, "high", ("threat",))  # nobody assigned
    result = build(engine)
    assert result.by_agent == {
        "zendesk:6130907993114": {"high": 2},
        "freshdesk:6010396333": {"high": 1},
        "zendesk:42": {"medium": 4},
        "-": {"high": 1},
    }
    markdown = report.render_markdown(result)
    assert "## 担当者別の対応件数 / Exposure per agent" in markdown
    assert "| zendesk:6130907993114 | 2 | 0 | 0 | 2 |" in markdown
    assert "agent,zendesk:42,4,0,4,0" in report.render_csv(result)
    assert "<td>freshdesk:6010396333</td>" in report.render_html(result)


def test_every_week_of_the_period_is_listed_including_empty_ones(sample):
    weeks = [(w, monday, counts) for w, monday, counts in build(sample, timezone="UTC").by_week]
    assert weeks == [
        ("2026-W05", "01/26", {"high": 1, "medium": 1}),
        ("2026-W06", "02/02", {}),
        ("2026-W07", "02/09", {"low": 1}),
    ]


def test_weeks_are_counted_in_the_policy_time_zone(engine):
    # Monday 00:30 in Tokyo is still Sunday in UTC.
    flag(engine, 1, datetime(2026, 2, 1, 15, 30, tzinfo=UTC), "low", ("abuse",))
    tokyo = build(engine, timezone="Asia/Tokyo")
    utc = build(engine, timezone="UTC")
    assert [w for w, _, c in tokyo.by_week if c] == ["2026-W06"]
    assert [w for w, _, c in utc.by_week if c] == ["2026-W05"]


def test_period_applies_to_when_the_message_was_written_not_when_it_was_recorded(engine):
    # A backfill records old messages today; they count in their own week, or not at all.
    flag(engine, 1, SINCE - timedelta(days=3), "high", ("threat",))
    flag(engine, 2, UNTIL, "high", ("threat",))
    flag(engine, 3, SINCE, "low", ("abuse",))
    assert build(engine).total == 1


def test_repeated_requesters_are_listed_by_pseudonym_most_incidents_first(engine):
    for n in range(3):
        flag(engine, n, SINCE + timedelta(days=n), "medium", ("abuse",), ticket=f"{40 + n}")
    flag(engine, 10, SINCE, "high", ("threat",), requester="555")
    flag(engine, 11, SINCE + timedelta(days=1), "low", ("repeat",), requester="555")
    flag(engine, 12, SINCE, "high", ("threat",), requester="once")
    rows = build(engine).requesters
    assert [(r.requester, r.incidents, r.highest) for r in rows] == [
        (shown("6164069643162"), 3, "medium"),
        (shown("555"), 2, "high"),
    ]
    assert rows[0].tickets == ("40", "41", "42")


def test_requesters_are_shown_by_a_stable_pseudonym_never_by_id_or_email(engine):
    for n in range(2):
        flag(
            engine, n, SINCE, "low", ("abuse",), requester="taro@example.com", helpdesk="freshdesk"
        )
    (row,) = build(engine).requesters
    assert re.fullmatch(r"#[0-9a-f]{10}", row.requester)
    assert row.requester == shown("taro@example.com", "freshdesk")
    for render in report.RENDERERS.values():
        assert "taro" not in render(build(engine))


def test_markdown_has_bilingual_headings_tables_and_a_text_chart(sample):
    text = report.render_markdown(build(sample))
    assert "## 類型別 / By category" in text
    assert "| 暴言・侮辱・人格否定・中傷 (abuse) | 2 | 0 | 1 | 1 |" in text
    chart = text.split("```")[1]
    w05 = next(line for line in chart.splitlines() if line.startswith("2026-W05"))
    w06 = next(line for line in chart.splitlines() if line.startswith("2026-W06"))
    assert "█" in w05 and "▒" in w05 and w05.endswith(" 2")
    assert w06 == "2026-W06 (02/02) 0"


def test_html_is_self_contained_with_an_svg_bar_per_level_and_week(sample):
    page = report.render_html(build(sample))
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page and "http://" not in page.replace(
        'xmlns="http://www.w3.org/2000/svg"', ""
    )
    svg = page[page.index("<svg") : page.index("</svg>")]
    bars = re.findall(r"<rect [^>]*><title>([^<]*)</title>", svg)
    assert bars == ["2026-W05 medium: 1", "2026-W05 high: 1", "2026-W07 low: 1"]
    assert "類型別 / By category" in page


def test_html_escapes_values_from_the_database(engine):
    flag(engine, 1, SINCE, "low", ("abuse",), channel="<b>x</b>")
    assert "<b>x</b>" not in report.render_html(build(engine))


def test_csv_is_one_long_table(sample):
    rows = list(csv.DictReader(io.StringIO(report.render_csv(build(sample)))))
    assert rows[0] == {"section": "total", "key": "all", "total": "3", "low": "1", "medium": "1",
                       "high": "1"}  # fmt: skip
    by = {(r["section"], r["key"]): r for r in rows}
    assert by[("category", "abuse")]["total"] == "2"
    assert by[("week", "2026-W06")]["total"] == "0"
    assert by[("channel", "web")]["medium"] == "1"


def test_empty_period_renders_in_every_format(engine):
    empty = build(engine)
    assert empty.total == 0
    for render in report.RENDERERS.values():
        assert render(empty)


def test_report_command_writes_the_file_and_no_ticket_text(
    configure, database_url, sample, tmp_path, capsys
):
    configure(DATABASE_URL=database_url)
    path = tmp_path / "report.html"
    code = main(
        ["report", "--since", "2026-01-26", "--until", "2026-02-16", "--format", "html",
         "-o", str(path), "--tz", "Asia/Tokyo"]
    )  # fmt: skip
    assert code == 0
    page = path.read_text(encoding="utf-8")
    assert "件数 / Incidents: <strong>3</strong>" in page
    assert "無能" not in page
    assert "wrote 3 incidents" in capsys.readouterr().err


def test_report_command_rejects_a_bad_since(configure, capsys):
    configure()
    assert main(["report", "--since", "last month"]) == 2
    assert "expected a duration" in capsys.readouterr().err
