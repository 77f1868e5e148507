"""Cases (事例): the incident record as the admin page lists, filters and exports it.

A filter comes from the query string (so a view can be bookmarked): the period as local dates
in the policy's time zone (``since`` and ``until``, both days included), ``level``, ``category``,
``agent`` (``helpdesk:agent id``, or ``-`` for unassigned tickets) and the ``page``. Rows carry
no ticket text (the record keeps none): the evidence stays in the helpdesk's internal note,
one click away through the ticket link.

The period and the agent select in SQL; the category is matched here, since the categories
are a JSON list and a period's incidents are few enough to scan.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from sqlalchemy import Engine

from worker import incidents
from worker.categories import CATEGORIES
from worker.operations.report import FLAG_LEVELS, UNASSIGNED, agent_key
from worker.replies import category_label

PAGE_SIZE = 50
DEFAULT_WEEKS = 4
"""With no period chosen, this week and the three before it (the chart shows four bars)."""
MAX_DAYS = 3 * 366
"""The longest period one view reads (the record's default retention)."""

LEVEL_NAMES: Mapping[str, Mapping[str, str]] = {
    "ja": {"low": "低", "medium": "中", "high": "高"},
    "en": {"low": "low", "medium": "medium", "high": "high"},
}

CSV_HEADERS = [
    "日時",
    "レベル",
    "類型",
    "ヘルプデスク",
    "チケット番号",
    "チケットURL",
    "担当者ID",
    "依頼者（仮名）",
    "エスカレーション",
    "窓口",
]
"""The CSV's columns, in Japanese (the spreadsheet is for a Japanese support lead)."""


class FilterError(ValueError):
    """A query-string value the page cannot use; the message names the field."""

    def __init__(self, field: str, value: str) -> None:
        self.field = field
        self.value = value
        super().__init__(f"{field}: {value!r}")


@dataclass(frozen=True)
class CaseFilter:
    """What the case view shows: a period of local dates (both included) and optional filters."""

    since: date
    until: date
    level: str = ""
    category: str = ""
    agent: str = ""
    page: int = 1

    def bounds(self, zone: ZoneInfo) -> tuple[datetime, datetime]:
        """The period as aware instants ``[start, end)``: midnight to the midnight after."""
        start = datetime.combine(self.since, time(), zone)
        end = datetime.combine(self.until + timedelta(days=1), time(), zone)
        return start, end

    def query(self, **changes: Any) -> str:
        """This filter as a query string (page links, the CSV link, bookmarks)."""
        chosen = replace(self, **changes)
        values = {
            "since": chosen.since.isoformat(),
            "until": chosen.until.isoformat(),
            "level": chosen.level,
            "category": chosen.category,
            "agent": chosen.agent,
        }
        if chosen.page > 1:
            values["page"] = str(chosen.page)
        return urlencode({k: v for k, v in values.items() if v})


def default_since(today: date) -> date:
    """The Monday ``DEFAULT_WEEKS - 1`` weeks before this week's."""
    return today - timedelta(days=today.weekday(), weeks=DEFAULT_WEEKS - 1)


def parse_filter(args: Mapping[str, str], today: date) -> CaseFilter:
    """A ``CaseFilter`` from the query string; ``FilterError`` names a value it cannot use."""
    since = _day(args, "since") or default_since(today)
    until = _day(args, "until") or today
    if until < since:
        raise FilterError("until", args.get("until", ""))
    if (until - since).days > MAX_DAYS:
        raise FilterError("since", args.get("since", ""))
    level = args.get("level", "").strip()
    if level and level not in FLAG_LEVELS:
        raise FilterError("level", level)
    category = args.get("category", "").strip()
    if category and category not in CATEGORIES:
        raise FilterError("category", category)
    agent = args.get("agent", "").strip()
    if agent and agent != UNASSIGNED and ":" not in agent:
        raise FilterError("agent", agent)
    raw_page = args.get("page", "1").strip() or "1"
    if not raw_page.isdigit() or int(raw_page) < 1:
        raise FilterError("page", raw_page)
    return CaseFilter(since, until, level, category, agent, int(raw_page))


def _day(args: Mapping[str, str], key: str) -> date | None:
    raw = args.get(key, "").strip()
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError as exc:
        raise FilterError(key, raw) from exc


def in_period(engine: Engine, chosen: CaseFilter, zone: ZoneInfo) -> list[dict[str, Any]]:
    """Every incident of the period (no other filter), oldest first: the chart and exposure."""
    start, end = chosen.bounds(zone)
    return list(incidents.read(engine, since=start, until=end))


def matching(rows: Iterable[Mapping[str, Any]], chosen: CaseFilter) -> list[Mapping[str, Any]]:
    """The rows the level, category and agent filters keep, newest first."""
    kept = [
        row
        for row in rows
        if (not chosen.level or row["level"] == chosen.level)
        and (not chosen.category or chosen.category in row["categories"])
        and (not chosen.agent or agent_key(row["helpdesk"], row["assignee_id"]) == chosen.agent)
    ]
    kept.sort(key=lambda row: (row["at"], row["id"]), reverse=True)
    return kept


def ticket_url(links: Mapping[str, str], helpdesk: str, ticket_id: str) -> str:
    """The ticket in the helpdesk's agent interface (empty when its host is not configured)."""
    link = links.get(helpdesk, "")
    return link.format(ticket_id=ticket_id) if link else ""


def csv_bytes(
    rows: Iterable[Mapping[str, Any]],
    zone: ZoneInfo,
    links: Mapping[str, str],
    display_requester: Any,
) -> bytes:
    """The rows as CSV in UTF-8 with a byte-order mark, so Excel reads the Japanese headers."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_HEADERS)
    for row in rows:
        writer.writerow(
            [
                row["at"].astimezone(zone).strftime("%Y-%m-%d %H:%M"),
                LEVEL_NAMES["ja"].get(row["level"], row["level"]),
                "・".join(category_label(c, "ja") for c in row["categories"]),
                row["helpdesk"],
                row["ticket_id"],
                ticket_url(links, row["helpdesk"], row["ticket_id"]),
                row["assignee_id"] or "",
                display_requester(row["helpdesk"], row["requester"]) if row["requester"] else "",
                "あり" if row["escalated"] else "",
                row["channel"],
            ]
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
