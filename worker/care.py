"""Care for the staff: notice the agent who met too much harassment lately, and tell once.

The policy's ``care`` section sets the threshold (``high`` high-level incidents, or ``medium``
at medium level or above, within ``window_days``). Right after a job records an incident, the
worker counts that agent's incidents in the window (``check``); ``trips`` (pure) decides. A trip
is stored as a row of ``care_alerts`` whose unique constraints make it happen once: a retried
job finds its own row (unique event), and two workers that both see the threshold trip insert
the same (helpdesk, agent, previous alert), so one of them loses. Counting starts afresh after an
alert: the next one needs a new set of incidents.

The supervisors are told through the escalation ``notify_url``, in the order of Tokyo's common
manual (相談体制: the 現場監督者 first, who reports promptly to the 本社の相談窓口). The body names
the agent by id with the counts and the window, never ticket text or a requester. A failed POST
leaves the alert pending: the admin page shows it, the worker schedules an RQ job
(``worker.jobs.deliver_care_alert``) that posts it again a minute later and then with RQ's
backoff, and workers also sweep pending alerts at most once a minute (``deliver_pending``). A
worker claims an alert before posting, so two never post it at once; one that dies between the
POST and recording it may post it again after a minute.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import requests
from sqlalchemy import Engine, RowMapping, and_, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from worker.db import care_alerts, incidents
from worker.model import TicketEvent
from worker.policy import Care, Policy

logger = logging.getLogger(__name__)

NOTIFY_TIMEOUT_S = 5.0
CLAIM_S = 60
"""A claim on an alert being posted lapses after this long (its worker died mid-post)."""
PENDING_BATCH = 20
"""Pending alerts retried per pass (a bound if the endpoint has been down for long)."""

HIGH = "high"
MEDIUM = "medium"


def counts_of(levels: Mapping[str, int]) -> dict[str, int]:
    """Incidents per level, every level present."""
    return {level: int(levels.get(level, 0)) for level in ("low", MEDIUM, HIGH)}


def trips(counts: Mapping[str, int], care: Care) -> str | None:
    """Why ``counts`` (one agent's incidents per level in the window) trips ``care``:
    ``"high"``, ``"medium"`` or ``None``. Medium counts medium and high together: an agent
    with two threats and three insults met five serious messages."""
    if not care.enabled:
        return None
    high = counts.get(HIGH, 0)
    if high >= care.high:
        return HIGH
    if counts.get(MEDIUM, 0) + high >= care.medium:
        return MEDIUM
    return None


@dataclass(frozen=True)
class Alert:
    """One stored care alert (``care_alerts`` row)."""

    id: int
    helpdesk: str
    agent_id: str
    event_id: str
    tripped_at: datetime
    window_start: datetime
    window_days: int
    reason: str
    counts: Mapping[str, int]
    notified_at: datetime | None
    attempts: int
    last_error: str

    @property
    def delivered(self) -> bool:
        return self.notified_at is not None


def _aware(moment: datetime | None) -> datetime | None:
    # SQLite hands back naive datetimes; everything is stored in UTC.
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _alert(row: RowMapping) -> Alert:
    return Alert(
        id=row["id"],
        helpdesk=row["helpdesk"],
        agent_id=row["agent_id"],
        event_id=row["event_id"],
        tripped_at=_aware(row["tripped_at"]),  # type: ignore[arg-type]
        window_start=_aware(row["window_start"]),  # type: ignore[arg-type]
        window_days=row["window_days"],
        reason=row["reason"],
        counts=counts_of(row["counts"]),
        notified_at=_aware(row["notified_at"]),
        attempts=row["attempts"],
        last_error=row["last_error"],
    )


def check(
    engine: Engine, event: TicketEvent, care: Care, *, now: datetime | None = None
) -> Alert | None:
    """After ``event``'s incident was recorded: the alert it trips (new, or this event's own
    from an earlier run of the job), or ``None``.

    A message older than the window (``kasuguard backfill`` scoring last year's tickets) trips
    nothing: the moment to talk with the agent about it has passed, and the report shows it.
    """
    moment = now or datetime.now(UTC)
    window = timedelta(days=care.window_days)
    if not care.enabled or not event.assignee_id or event.occurred_at < moment - window:
        return None
    agent = event.assignee_id
    with engine.connect() as connection:
        own = (
            connection.execute(select(care_alerts).where(care_alerts.c.event_id == event.job_id))
            .mappings()
            .first()
        )
        if own is not None:
            return _alert(own)  # a retried job: this event tripped it already
        previous = connection.execute(
            select(care_alerts.c.id, care_alerts.c.through_incident)
            .where(care_alerts.c.helpdesk == event.helpdesk, care_alerts.c.agent_id == agent)
            .order_by(care_alerts.c.id.desc())
            .limit(1)
        ).first()
        found = connection.execute(
            select(incidents.c.id, incidents.c.level, incidents.c.occurred_at).where(
                incidents.c.helpdesk == event.helpdesk,
                incidents.c.assignee_id == agent,
                incidents.c.occurred_at > event.occurred_at - window,
                incidents.c.id > (previous.through_incident if previous else 0),
            )
        ).all()
    if not found:
        return None
    # The window ends at the newest of these messages: jobs may run out of order, and an
    # earlier message recorded late still belongs with the later ones already recorded.
    times = {n: _utc(at) for n, _, at in found}
    end = max(times.values())
    window_start = end - window
    counted = [(n, level) for n, level, _ in found if times[n] > window_start]
    counts = counts_of(Counter(level for _, level in counted))
    reason = trips(counts, care)
    if reason is None:
        return None
    row = {
        "helpdesk": event.helpdesk,
        "agent_id": agent,
        "follows": previous.id if previous else 0,
        "event_id": event.job_id,
        "through_incident": max(n for n, _ in counted),
        "tripped_at": end,
        "window_start": window_start,
        "window_days": care.window_days,
        "reason": reason,
        "counts": counts,
        "recorded_at": moment,
        "attempts": 0,
        "last_error": "",
    }
    try:
        with engine.begin() as connection:
            connection.execute(insert(care_alerts), row)
    except IntegrityError:
        # Another worker recorded the alert for these incidents first (or this job's earlier
        # run did, just now): it is theirs to deliver.
        logger.info("care.alert-already-recorded", extra={"helpdesk": event.helpdesk})
        return None
    with engine.connect() as connection:
        stored = (
            connection.execute(select(care_alerts).where(care_alerts.c.event_id == event.job_id))
            .mappings()
            .one()
        )
    alert = _alert(stored)
    logger.info(
        "care.tripped",
        extra={"helpdesk": alert.helpdesk, "agent_id": agent, "reason": reason, **counts},
    )
    return alert


def notification(alert: Alert, policy: Policy) -> dict[str, Any]:
    """The JSON body for the supervisors: the agent's id, counts, window and whom to tell in
    which order. No ticket text, no requester."""
    care = policy.care
    counts = alert.counts
    serious = counts[MEDIUM] + counts[HIGH]
    text = (
        f"kasuguard: 担当者 {alert.helpdesk}:{alert.agent_id} は直近{alert.window_days}日間に"
        f"高レベル{counts[HIGH]}件・中レベル以上{serious}件のカスタマーハラスメントに対応しました。"
        f"まず{care.supervisor}が本人に声をかけ、{care.head_office}へ速やかに報告してください。"
    )
    if care.promise:
        text += f"（方針: {care.promise}）"
    return {
        "source": "kasuguard",
        "event": "care.threshold",
        "policy": policy.name,
        "helpdesk": alert.helpdesk,
        "agent_id": alert.agent_id,
        "reason": alert.reason,
        "counts": dict(counts),
        "threshold": {"high": care.high, "medium_or_higher": care.medium},
        "window": {
            "days": alert.window_days,
            "from": alert.window_start.isoformat(),
            "to": alert.tripped_at.isoformat(),
        },
        "order": [
            {"step": 1, "role": "現場監督者 / on-site supervisor", "who": care.supervisor},
            {"step": 2, "role": "本社の相談窓口 / head-office desk", "who": care.head_office},
        ],
        "promise": care.promise,
        "text": text,
    }


def deliver(
    engine: Engine, alert: Alert, url: str | None, policy: Policy, *, now: datetime | None = None
) -> bool:
    """Post ``alert`` to ``url`` unless it was delivered or another worker is posting it;
    True when this call delivered it. A failure is kept on the row (shown in the page)."""
    if not url:
        return False
    moment = now or datetime.now(UTC)
    lapsed = moment - timedelta(seconds=CLAIM_S)
    table = care_alerts
    with engine.begin() as connection:
        claimed = connection.execute(
            update(table)
            .where(
                table.c.id == alert.id,
                table.c.notified_at.is_(None),
                or_(table.c.claimed_at.is_(None), table.c.claimed_at < lapsed),
            )
            .values(claimed_at=moment, attempts=table.c.attempts + 1)
        ).rowcount
    if not claimed:
        return False
    error = _post(url, notification(alert, policy))
    with engine.begin() as connection:
        if error is None:
            connection.execute(
                update(table)
                .where(table.c.id == alert.id)
                .values(notified_at=datetime.now(UTC), claimed_at=None, last_error="")
            )
        else:
            connection.execute(
                update(table)
                .where(table.c.id == alert.id)
                .values(claimed_at=None, last_error=error[:200])
            )
    if error is None:
        logger.info("care.notified", extra={"helpdesk": alert.helpdesk, "agent_id": alert.agent_id})
    return error is None


def _post(url: str, body: dict[str, Any]) -> str | None:
    """POST the body; the reason it failed, or ``None``."""
    try:
        response = requests.post(url, json=body, timeout=NOTIFY_TIMEOUT_S)
    except requests.RequestException as exc:
        logger.warning("care.notify-failed", extra={"error": type(exc).__name__})
        return type(exc).__name__
    if not response.ok:
        logger.warning("care.notify-failed", extra={"status": response.status_code})
        return f"HTTP {response.status_code}"
    return None


def get(engine: Engine, alert_id: int) -> Alert | None:
    """One alert by id (``None`` once purged)."""
    with engine.connect() as connection:
        row = (
            connection.execute(select(care_alerts).where(care_alerts.c.id == alert_id))
            .mappings()
            .first()
        )
    return _alert(row) if row is not None else None


def pending(engine: Engine, *, limit: int = PENDING_BATCH) -> list[Alert]:
    """Alerts not yet delivered, oldest first."""
    with engine.connect() as connection:
        rows = (
            connection.execute(
                select(care_alerts)
                .where(care_alerts.c.notified_at.is_(None))
                .order_by(care_alerts.c.id)
                .limit(limit)
            )
            .mappings()
            .all()
        )
    return [_alert(row) for row in rows]


def deliver_pending(engine: Engine, url: str | None, policy: Policy) -> int:
    """Retry every pending alert once; how many were delivered now."""
    if not url:
        return 0
    return sum(deliver(engine, alert, url, policy) for alert in pending(engine))


def alerts(
    engine: Engine, *, since: datetime | None = None, until: datetime | None = None
) -> list[Alert]:
    """Alerts tripped within ``[since, until)``, newest first (the admin page)."""
    query = select(care_alerts).order_by(care_alerts.c.tripped_at.desc(), care_alerts.c.id.desc())
    conditions = []
    if since is not None:
        conditions.append(care_alerts.c.tripped_at >= since)
    if until is not None:
        conditions.append(care_alerts.c.tripped_at < until)
    if conditions:
        query = query.where(and_(*conditions))
    with engine.connect() as connection:
        rows = connection.execute(query).mappings().all()
    return [_alert(row) for row in rows]
