"""``kasuguard report``: the incident record summarised for 事例共有 and record-keeping.

Reads ``worker.incidents`` from the SQL database (one row per flagged message, no ticket text,
so the record survives a flushed Redis) and counts incidents by category, level, ISO week and
channel, lists the requesters who were flagged more than once (by pseudonym, never by id or
name, with their ticket numbers), and draws incidents per week by level: a text bar chart in
Markdown, an inline SVG in HTML (no scripts, no external files, so the page can be mailed or
archived as it is). CSV carries the same counts in one long table for a spreadsheet.

Weeks are ISO weeks in the policy's time zone, so a Monday-morning message in Tokyo is counted in
the week it was written there.
"""

from __future__ import annotations

import csv
import html
import io
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from worker import db, incidents
from worker.categories import CATEGORIES, LEVELS
from worker.cli_text import t
from worker.config import load_config
from worker.operations import UsageError
from worker.operations.timespec import parse_moment
from worker.policy import load_policy, policy_path
from worker.replies import CATEGORY_LABELS

FLAG_LEVELS: tuple[str, ...] = tuple(level for level in LEVELS if level != "none")
"""Levels an incident can have, mildest first (an incident is a flagged message)."""

LEVEL_LABELS = {"low": "低 / low", "medium": "中 / medium", "high": "高 / high"}
LEVEL_COLOURS = {"low": "#e9c46a", "medium": "#f4a261", "high": "#c0392b"}
LEVEL_GLYPHS = {"low": "░", "medium": "▒", "high": "█"}
"""Markdown bars stack these per level, so the chart reads in a terminal without colour."""

UNASSIGNED = "-"
"""The agent key of incidents on tickets nobody was assigned to."""

TOP_REQUESTERS = 10
MAX_TICKETS_SHOWN = 5
TEXT_BAR_WIDTH = 40
"""Characters of the longest bar in the Markdown chart."""


@dataclass(frozen=True)
class RequesterRow:
    """One requester flagged more than once: who (by id), how often, how badly, where."""

    helpdesk: str
    requester: str
    incidents: int
    highest: str
    tickets: tuple[str, ...]
    first: datetime
    last: datetime


@dataclass(frozen=True)
class Report:
    """Counts for one period. Each count maps a key to incidents per level."""

    since: datetime | None
    until: datetime
    timezone: str
    total: int
    by_level: Mapping[str, int]
    by_category: Mapping[str, Mapping[str, int]]
    by_week: tuple[tuple[str, str, Mapping[str, int]], ...]
    """Every ISO week of the period, empty ones included: (week, its Monday as MM/DD, counts)."""
    by_channel: Mapping[str, Mapping[str, int]]
    by_helpdesk: Mapping[str, Mapping[str, int]]
    requesters: tuple[RequesterRow, ...]
    by_agent: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    """Exposure per agent (``helpdesk:agent id``; ids, never names), most incidents first;
    incidents on unassigned tickets under ``UNASSIGNED``."""


REQUESTER_HEADERS = [
    "ヘルプデスク / helpdesk",
    "依頼者（仮名） / requester pseudonym",
    "件数 / incidents",
    "最高レベル / highest",
    "チケット / tickets",
    "最初 / first",
    "最後 / last",
]
"""Columns of the repeated-requesters table, in every format."""


def iso_week(moment: datetime, zone: ZoneInfo) -> str:
    """``2026-W05`` for ``moment`` as seen in ``zone``."""
    year, week, _ = moment.astimezone(zone).isocalendar()
    return f"{year}-W{week:02d}"


def _weeks_between(start: datetime, end: datetime, zone: ZoneInfo) -> list[tuple[str, str]]:
    """Every ISO week from ``start``'s to ``end``'s (inclusive), with its Monday as MM/DD."""
    local = start.astimezone(zone)
    monday = (local - timedelta(days=local.weekday())).date()
    last = end.astimezone(zone).date()
    weeks = []
    while monday <= last:
        year, week, _ = monday.isocalendar()
        weeks.append((f"{year}-W{week:02d}", f"{monday.month:02d}/{monday.day:02d}"))
        monday += timedelta(days=7)
    return weeks


DISPLAY_PSEUDONYM_CHARS = 10


def display_id(helpdesk: str, requester: str) -> str:
    """The requester as the report shows them: ``#`` and the start of their pseudonym (stable;
    the tickets listed beside it lead to the person in the helpdesk)."""
    return f"#{requester[:DISPLAY_PSEUDONYM_CHARS]}"


def _level_rank(level: str) -> int:
    return LEVELS.index(level) if level in LEVELS else 0


def build(
    incidents: Iterable[Mapping[str, object]],
    *,
    since: datetime | None,
    until: datetime,
    timezone: str = "Asia/Tokyo",
    top: int = TOP_REQUESTERS,
) -> Report:
    """Count ``incidents`` (as ``worker.incidents.read`` yields them) whose ``at`` (when the
    message was written, not when it was recorded: a backfill records old messages today)
    falls in ``[since, until)``."""
    zone = ZoneInfo(timezone)
    by_level: Counter[str] = Counter()
    by_category: dict[str, Counter[str]] = defaultdict(Counter)
    by_week: dict[str, Counter[str]] = defaultdict(Counter)
    by_channel: dict[str, Counter[str]] = defaultdict(Counter)
    by_helpdesk: dict[str, Counter[str]] = defaultdict(Counter)
    by_agent: dict[str, Counter[str]] = defaultdict(Counter)
    people: dict[tuple[str, str], list[Mapping[str, object]]] = defaultdict(list)
    first_seen: datetime | None = None
    total = 0
    for entry in incidents:
        at = entry["at"]
        assert isinstance(at, datetime)
        if (since is not None and at < since) or at >= until:
            continue
        level = str(entry["level"])
        total += 1
        first_seen = at if first_seen is None or at < first_seen else first_seen
        by_level[level] += 1
        categories = entry.get("categories") or []
        assert isinstance(categories, list)
        for category in categories:
            by_category[str(category)][level] += 1
        by_week[iso_week(at, zone)][level] += 1
        by_channel[str(entry.get("channel") or "web")][level] += 1
        helpdesk = str(entry.get("helpdesk") or "")
        by_helpdesk[helpdesk][level] += 1
        by_agent[agent_key(helpdesk, entry.get("assignee_id"))][level] += 1
        requester = str(entry.get("requester") or "")
        if requester:
            people[(helpdesk, requester)].append(entry)

    start = since or first_seen or until
    weeks = tuple(
        (week, monday, dict(by_week.get(week, Counter())))
        for week, monday in _weeks_between(start, until - timedelta(microseconds=1), zone)
    )
    requesters = []
    for (helpdesk, requester), entries in people.items():
        if len(entries) < 2:
            continue  # "repeated": one incident is not a pattern
        times = [e["at"] for e in entries]
        tickets = tuple(dict.fromkeys(str(e.get("ticket_id") or "") for e in entries))
        requesters.append(
            RequesterRow(
                helpdesk=helpdesk,
                requester=display_id(helpdesk, requester),
                incidents=len(entries),
                highest=max((str(e["level"]) for e in entries), key=_level_rank),
                tickets=tickets,
                first=min(times),  # type: ignore[type-var]
                last=max(times),  # type: ignore[type-var]
            )
        )
    requesters.sort(key=lambda r: (-r.incidents, -_level_rank(r.highest), r.helpdesk, r.requester))
    return Report(
        since=since,
        until=until,
        timezone=timezone,
        total=total,
        by_level={level: by_level.get(level, 0) for level in FLAG_LEVELS},
        by_category=_ordered(by_category, CATEGORIES),
        by_week=weeks,
        by_channel=_ordered(by_channel, ()),
        by_helpdesk=_ordered(by_helpdesk, ()),
        requesters=tuple(requesters[:top]),
        by_agent=_by_exposure(by_agent),
    )


def agent_key(helpdesk: str, assignee_id: object) -> str:
    """``zendesk:6130907993114``: agent ids are only unique within their helpdesk."""
    return f"{helpdesk}:{assignee_id}" if assignee_id else UNASSIGNED


def _by_exposure(counts: Mapping[str, Counter[str]]) -> dict[str, dict[str, int]]:
    """Most high-level incidents first, then medium, then all (the agents who need a word on
    top); the unassigned last."""

    def key(name: str) -> tuple[bool, int, int, int, str]:
        c = counts[name]
        return (name == UNASSIGNED, -c["high"], -c["medium"], -sum(c.values()), name)

    return {name: dict(counts[name]) for name in sorted(counts, key=key)}


def _ordered(
    counts: Mapping[str, Counter[str]], order: tuple[str, ...]
) -> dict[str, dict[str, int]]:
    """Most incidents first; ties in ``order`` (the contract's category order), then by name."""

    def key(name: str) -> tuple[int, int, str]:
        rank = order.index(name) if name in order else len(order)
        return (-sum(counts[name].values()), rank, name)

    return {name: dict(counts[name]) for name in sorted(counts, key=key)}


def _category_label(key: str) -> str:
    ja = CATEGORY_LABELS["ja"].get(key)
    return f"{ja} ({key})" if ja else key


def _period(report: Report, zone: ZoneInfo) -> str:
    fmt = "%Y-%m-%d %H:%M"
    start = report.since.astimezone(zone).strftime(fmt) if report.since else "…"
    return f"{start} – {report.until.astimezone(zone).strftime(fmt)} ({report.timezone})"


def _levels_cell(counts: Mapping[str, int]) -> list[str]:
    return [str(counts.get(level, 0)) for level in FLAG_LEVELS]


# --- Markdown -------------------------------------------------------------------------------


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _md_table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    lines += ["| " + " | ".join(_md_escape(c) for c in row) + " |" for row in rows]
    return lines


def text_chart(weeks: tuple[tuple[str, str, Mapping[str, int]], ...]) -> list[str]:
    """Incidents per week as stacked text bars (high █, medium ▒, low ░)."""
    peak = max((sum(c.values()) for _, _, c in weeks), default=0)
    scale = TEXT_BAR_WIDTH / peak if peak else 0.0
    lines = []
    for week, monday, counts in weeks:
        bar = ""
        for level in reversed(FLAG_LEVELS):
            n = counts.get(level, 0)
            # Round each part up so a single incident is never invisible.
            bar += LEVEL_GLYPHS[level] * (max(1, round(n * scale)) if n else 0)
        lines.append(f"{week} ({monday}) {bar} {sum(counts.values())}".replace("  ", " "))
    legend = "  ".join(f"{LEVEL_GLYPHS[lv]} {lv}" for lv in reversed(FLAG_LEVELS))
    return [legend, "", *lines]


def render_markdown(report: Report) -> str:
    """The report as Markdown: Japanese headings with English, tables and a text chart."""
    zone = ZoneInfo(report.timezone)
    level_header = [LEVEL_LABELS[lv] for lv in FLAG_LEVELS]
    out = [
        "# カスタマーハラスメント事例レポート / Customer-harassment incident report",
        "",
        f"- 期間 / Period: {_period(report, zone)}",
        f"- 件数 / Incidents: {report.total}",
        "- 本文は含みません。件数は検知したメッセージ単位です / "
        "No ticket text; one incident per flagged message.",
        "",
        "## 週別の推移 / Incidents per week",
        "",
        "```",
        *text_chart(report.by_week),
        "```",
        "",
        "## レベル別 / By level",
        "",
        *_md_table(
            ["レベル / level", "件数 / incidents"],
            [[LEVEL_LABELS[lv], str(n)] for lv, n in report.by_level.items()],
        ),
        "",
        "## 類型別 / By category",
        "",
        "1件に複数の類型が付くことがあります / an incident may have several categories.",
        "",
        *_md_table(
            ["類型 / category", "計 / total", *level_header],
            [
                [_category_label(k), str(sum(c.values())), *_levels_cell(c)]
                for k, c in report.by_category.items()
            ],
        ),
        "",
        "## 週別 / By ISO week",
        "",
        *_md_table(
            ["週 / week", "月曜 / Monday", "計 / total", *level_header],
            [[w, m, str(sum(c.values())), *_levels_cell(c)] for w, m, c in report.by_week],
        ),
        "",
        "## 窓口別 / By channel",
        "",
        *_md_table(
            ["窓口 / channel", "計 / total", *level_header],
            [[k, str(sum(c.values())), *_levels_cell(c)] for k, c in report.by_channel.items()],
        ),
        "",
        "## 担当者別の対応件数 / Exposure per agent",
        "",
        "担当者はIDで表示します（氏名は保存していません）。「-」は未割当のチケットです / "
        "agents by id (names are not stored); '-' is tickets nobody was assigned to.",
        "",
        *_md_table(
            ["担当者 / agent", "計 / total", *level_header],
            [[k, str(sum(c.values())), *_levels_cell(c)] for k, c in report.by_agent.items()],
        ),
        "",
        "## 繰り返し検知された依頼者 / Repeatedly flagged requesters",
        "",
        "仮名で表示します（IDや氏名は保存していません）。チケット番号から確認できます / "
        "by pseudonym (ids and names are not stored); the tickets lead to the person.",
        "",
    ]
    if report.requesters:
        out += _md_table(
            REQUESTER_HEADERS,
            [_requester_cells(r, zone) for r in report.requesters],
        )
    else:
        out.append("該当なし / none.")
    return "\n".join(out) + "\n"


def _requester_cells(row: RequesterRow, zone: ZoneInfo) -> list[str]:
    tickets = ", ".join(row.tickets[:MAX_TICKETS_SHOWN])
    if len(row.tickets) > MAX_TICKETS_SHOWN:
        tickets += f", … (+{len(row.tickets) - MAX_TICKETS_SHOWN})"
    return [
        row.helpdesk,
        row.requester,
        str(row.incidents),
        row.highest,
        tickets,
        row.first.astimezone(zone).strftime("%Y-%m-%d"),
        row.last.astimezone(zone).strftime("%Y-%m-%d"),
    ]


# --- CSV ------------------------------------------------------------------------------------

CSV_HEADER = ["section", "key", "total", *FLAG_LEVELS]


def render_csv(report: Report) -> str:
    """One long table: ``section,key,total,low,medium,high``; sections are ``total``,
    ``level``, ``category``, ``week``, ``channel``, ``helpdesk``, ``agent`` (key
    ``helpdesk:agent id``, ``-`` for unassigned) and ``requester`` (key ``helpdesk:id``)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    writer.writerow(["total", "all", report.total, *_levels_cell(report.by_level)])
    for level, n in report.by_level.items():
        writer.writerow(["level", level, n, *[n if lv == level else 0 for lv in FLAG_LEVELS]])
    sections: list[tuple[str, Mapping[str, Mapping[str, int]]]] = [
        ("category", report.by_category),
        ("week", {week: counts for week, _, counts in report.by_week}),
        ("channel", report.by_channel),
        ("helpdesk", report.by_helpdesk),
        ("agent", report.by_agent),
    ]
    for section, counts in sections:
        for key, per_level in counts.items():
            writer.writerow([section, key, sum(per_level.values()), *_levels_cell(per_level)])
    for row in report.requesters:
        writer.writerow(
            [
                "requester",
                f"{row.helpdesk}:{row.requester}",
                row.incidents,
                *[1 if lv == row.highest else 0 for lv in FLAG_LEVELS],
            ]
        )
    return buffer.getvalue()


# --- HTML -----------------------------------------------------------------------------------


def _nice_step(peak: int) -> int:
    """A grid step of 1, 2 or 5 × 10ⁿ giving at most about five grid lines."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if peak / (step * factor) <= 5:
                return step * factor
        step *= 10


def svg_chart(weeks: tuple[tuple[str, str, Mapping[str, int]], ...]) -> str:
    """Incidents per week as an inline SVG of bars stacked by level (high on top)."""
    bar, gap, left, top, height, bottom = 22, 14, 36, 16, 180, 44
    width = left + max(len(weeks), 1) * (bar + gap) + gap + 120
    peak = max((sum(c.values()) for _, _, c in weeks), default=0)
    step = _nice_step(peak) if peak else 1
    ceiling = max(step, -(-peak // step) * step)
    unit = height / ceiling
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" '
        f'height="{top + height + bottom}" role="img" '
        f'aria-label="週別・レベル別の件数 / incidents per week by level" '
        f'font-family="sans-serif" font-size="11">'
    ]
    for value in range(0, ceiling + 1, step):
        y = top + height - value * unit
        parts.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{width - 120}" y2="{y:.1f}" stroke="#ddd"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{value}</text>'
        )
    for i, (week, monday, counts) in enumerate(weeks):
        x = left + gap + i * (bar + gap)
        y = top + height
        for level in FLAG_LEVELS:  # low at the bottom, high on top
            n = counts.get(level, 0)
            if not n:
                continue
            h = n * unit
            y -= h
            parts.append(
                f'<rect x="{x}" y="{y:.1f}" width="{bar}" height="{h:.1f}" '
                f'fill="{LEVEL_COLOURS[level]}"><title>{html.escape(week)} {level}: {n}'
                "</title></rect>"
            )
        total = sum(counts.values())
        if total:
            parts.append(
                f'<text x="{x + bar / 2}" y="{y - 3:.1f}" text-anchor="middle">{total}</text>'
            )
        label = html.escape(week.split("-")[-1])
        parts.append(
            f'<text x="{x + bar / 2}" y="{top + height + 14}" text-anchor="middle">{label}</text>'
            f'<text x="{x + bar / 2}" y="{top + height + 27}" text-anchor="middle" '
            f'fill="#666">{html.escape(monday)}</text>'
        )
    legend_x = width - 110
    for j, level in enumerate(reversed(FLAG_LEVELS)):
        y = top + j * 18
        parts.append(
            f'<rect x="{legend_x}" y="{y}" width="12" height="12" fill="{LEVEL_COLOURS[level]}"/>'
            f'<text x="{legend_x + 18}" y="{y + 10}">{html.escape(LEVEL_LABELS[level])}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _html_table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


_STYLE = (
    "body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}"
    "table{border-collapse:collapse;margin:.5rem 0 1.5rem}"
    "th,td{border:1px solid #ccc;padding:.25rem .6rem;text-align:left}"
    "td:not(:first-child){font-variant-numeric:tabular-nums}"
    "th{background:#f4f4f4}.note{color:#555;font-size:.9em}"
)


def render_html(report: Report) -> str:
    """A self-contained HTML page: the weekly SVG chart first, then the tables."""
    zone = ZoneInfo(report.timezone)
    level_header = [LEVEL_LABELS[lv] for lv in FLAG_LEVELS]

    def counted(name: str, counts: Mapping[str, Mapping[str, int]], label: Callable) -> str:
        rows = [[label(k), str(sum(c.values())), *_levels_cell(c)] for k, c in counts.items()]
        return _html_table([name, "計 / total", *level_header], rows)

    title = "カスタマーハラスメント事例レポート / Customer-harassment incident report"
    sections = [
        f"<h1>{html.escape(title)}</h1>",
        f"<p>期間 / Period: {html.escape(_period(report, zone))}<br>"
        f"件数 / Incidents: <strong>{report.total}</strong></p>",
        '<p class="note">本文は含みません。件数は検知したメッセージ単位です / '
        "No ticket text; one incident per flagged message.</p>",
        "<h2>週別・レベル別の推移 / Incidents per week by level</h2>",
        svg_chart(report.by_week),
        "<h2>レベル別 / By level</h2>",
        _html_table(
            ["レベル / level", "件数 / incidents"],
            [[LEVEL_LABELS[lv], str(n)] for lv, n in report.by_level.items()],
        ),
        "<h2>類型別 / By category</h2>",
        '<p class="note">1件に複数の類型が付くことがあります / '
        "an incident may have several categories.</p>",
        counted("類型 / category", report.by_category, _category_label),
        "<h2>週別 / By ISO week</h2>",
        _html_table(
            ["週 / week", "月曜 / Monday", "計 / total", *level_header],
            [[w, m, str(sum(c.values())), *_levels_cell(c)] for w, m, c in report.by_week],
        ),
        "<h2>窓口別 / By channel</h2>",
        counted("窓口 / channel", report.by_channel, str),
        "<h2>担当者別の対応件数 / Exposure per agent</h2>",
        '<p class="note">担当者はIDで表示します（氏名は保存していません）。「-」は未割当の'
        "チケットです / agents by id (names are not stored); '-' is tickets nobody was assigned "
        "to.</p>",
        counted("担当者 / agent", report.by_agent, str),
        "<h2>繰り返し検知された依頼者 / Repeatedly flagged requesters</h2>",
        '<p class="note">仮名で表示します（IDや氏名は保存していません）。チケット番号から'
        "確認できます / by pseudonym (ids and names are not stored); the tickets lead to the "
        "person.</p>",
        _html_table(
            REQUESTER_HEADERS,
            [_requester_cells(r, zone) for r in report.requesters],
        )
        if report.requesters
        else "<p>該当なし / none.</p>",
    ]
    return (
        '<!DOCTYPE html>\n<html lang="ja"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head>\n<body>\n"
        + "\n".join(sections)
        + "\n</body></html>\n"
    )


RENDERERS: Mapping[str, Callable[[Report], str]] = {
    "md": render_markdown,
    "csv": render_csv,
    "html": render_html,
}
"""``--format`` values and what renders them."""


def run_command(
    *,
    since: str,
    until: str | None,
    fmt: str,
    output: str | None,
    timezone: str | None,
    top: int,
    now: datetime | None = None,
) -> int:
    """``kasuguard report``: read the incidents from the configured database and write the
    report to ``output`` (or stdout). The period's dates are read in the policy's time zone."""
    config = load_config()
    zone = timezone or load_policy(policy_path(config.policy_path)).calendar.timezone
    try:
        ZoneInfo(zone)  # an unknown --tz fails here, before the database is read
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise UsageError(t("report_unknown_zone", zone=repr(zone))) from exc
    moment = now or datetime.now().astimezone()
    start = parse_moment(since, now=moment, tz=zone)
    end = parse_moment(until, now=moment, tz=zone) if until else moment
    engine = db.engine_for(config.database_url)
    report = build(
        incidents.read(engine, since=start, until=end),
        since=start,
        until=end,
        timezone=zone,
        top=top,
    )
    text = RENDERERS[fmt](report)
    if output:
        with open(output, "w", encoding="utf-8", newline="") as file:
            file.write(text)
        sys.stderr.write(t("prefix", message=t("report_wrote", n=report.total, path=output)) + "\n")
    else:
        sys.stdout.write(text)
    return 0
