"""The case view (``/admin/cases``): this period's incidents, the weekly chart, exposure per
agent with the care alerts, and the CSV export. Editors and viewers alike may look.

Times are shown in the policy's time zone; agents by id and requesters by pseudonym. No ticket
text is stored, so none is shown: each row links to the ticket, where our note holds the
evidence.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from flask import Response, g, render_template, request
from markupsafe import Markup

from worker import care, cases
from worker.admin import _page, _state, blueprint, t
from worker.admin.i18n import DEFAULT_UI_LANGUAGE
from worker.categories import CATEGORIES
from worker.operations import report
from worker.policy import Policy, PolicyError, load_policy, policy_path
from worker.replies import category_label


def _policy() -> Policy:
    try:
        return load_policy(policy_path(_state().policy_setting))
    except PolicyError:
        return Policy()  # the policy page says what is wrong; cases still show, in Tokyo time


@blueprint.get("/cases")
def cases_page() -> Any:
    """The case list with its filters, the weekly chart, exposure per agent and care alerts."""
    policy = _policy()
    zone = ZoneInfo(policy.calendar.timezone)
    language = g.get("ui_language", DEFAULT_UI_LANGUAGE)
    today = datetime.now(zone).date()
    try:
        chosen = cases.parse_filter(request.args, today)
    except cases.FilterError as exc:
        return _page(
            "admin/message.html",
            400,
            title=t("cases_bad_filter_title"),
            body=t("cases_bad_filter", field=exc.field, value=exc.value),
        )
    engine = _state().engine
    period = cases.in_period(engine, chosen, zone)
    start, end = chosen.bounds(zone)
    summary = report.build(period, since=start, until=end, timezone=policy.calendar.timezone)
    rows = cases.matching(period, chosen)
    pages = max(1, -(-len(rows) // cases.PAGE_SIZE))
    page = min(chosen.page, pages)
    shown = rows[(page - 1) * cases.PAGE_SIZE : page * cases.PAGE_SIZE]
    alerts = care.alerts(engine, since=start, until=end)
    alerted = {report.agent_key(a.helpdesk, a.agent_id) for a in alerts}
    links = _state().ticket_links
    return render_template(
        "admin/cases.html",
        chosen=chosen,
        page=page,
        pages=pages,
        total=len(rows),
        period_total=summary.total,
        rows=[_row(row, zone, links, alerted, language) for row in shown],
        chart=Markup(report.svg_chart(summary.by_week)),  # built from numbers and labels only
        exposure=_exposure(summary.by_agent, alerted),
        alerts=[_alert(a, zone) for a in alerts],
        care_policy=policy.care,
        notify_url_set=bool(policy.escalation.notify_url),
        levels=[(lv, cases.LEVEL_NAMES[language][lv]) for lv in report.FLAG_LEVELS],
        categories=[(c, category_label(c, language)) for c in CATEGORIES],
        agents=list(summary.by_agent),
        timezone=policy.calendar.timezone,
        csv_query=chosen.query(page=1),
    )


def _row(
    row: Mapping[str, Any],
    zone: ZoneInfo,
    links: Mapping[str, str],
    alerted: set[str],
    language: str,
) -> dict[str, Any]:
    agent = report.agent_key(row["helpdesk"], row["assignee_id"])
    return {
        "at": row["at"].astimezone(zone).strftime("%Y-%m-%d %H:%M"),
        "level": row["level"],
        "level_name": cases.LEVEL_NAMES[language].get(row["level"], row["level"]),
        "categories": [category_label(c, language) for c in row["categories"]],
        "helpdesk": row["helpdesk"],
        "ticket_id": row["ticket_id"],
        "ticket_url": cases.ticket_url(links, row["helpdesk"], row["ticket_id"]),
        "agent": agent,
        "agent_id": row["assignee_id"] or "",
        "care": agent in alerted,
        "requester": report.display_id(row["helpdesk"], row["requester"])
        if row["requester"]
        else "",
        "escalated": row["escalated"],
    }


def _exposure(by_agent: Mapping[str, Mapping[str, int]], alerted: set[str]) -> list[dict[str, Any]]:
    return [
        {
            "agent": agent,
            "total": sum(counts.values()),
            "counts": [counts.get(level, 0) for level in report.FLAG_LEVELS],
            "care": agent in alerted,
        }
        for agent, counts in by_agent.items()
    ]


def _alert(alert: care.Alert, zone: ZoneInfo) -> dict[str, Any]:
    fmt = "%Y-%m-%d %H:%M"
    return {
        "agent": report.agent_key(alert.helpdesk, alert.agent_id),
        "tripped_at": alert.tripped_at.astimezone(zone).strftime(fmt),
        "window_start": alert.window_start.astimezone(zone).strftime(fmt),
        "window_days": alert.window_days,
        "reason": alert.reason,
        "counts": alert.counts,
        "serious": alert.counts["medium"] + alert.counts["high"],
        "notified_at": alert.notified_at.astimezone(zone).strftime(fmt)
        if alert.notified_at
        else "",
        "attempts": alert.attempts,
        "last_error": alert.last_error,
    }


@blueprint.get("/cases.csv")
def cases_csv() -> Any:
    """The filtered cases (every page) as CSV with Japanese headers, UTF-8 with a BOM."""
    policy = _policy()
    zone = ZoneInfo(policy.calendar.timezone)
    try:
        chosen = cases.parse_filter(request.args, datetime.now(zone).date())
    except cases.FilterError as exc:
        return _page(
            "admin/message.html",
            400,
            title=t("cases_bad_filter_title"),
            body=t("cases_bad_filter", field=exc.field, value=exc.value),
        )
    rows = cases.matching(cases.in_period(_state().engine, chosen, zone), chosen)
    body = cases.csv_bytes(rows, zone, _state().ticket_links, report.display_id)
    name = f"kasuguard-cases-{chosen.since.isoformat()}-{chosen.until.isoformat()}.csv"
    return Response(
        body,
        mimetype="text/csv",
        headers={
            "Content-Type": "text/csv; charset=utf-8",
            "Content-Disposition": f'attachment; filename="{name}"',
        },
    )
