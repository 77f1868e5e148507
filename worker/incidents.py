"""The incident record: one row per flagged message, for reports and the law's record-keeping.

Rows live in SQL (``worker.db.incidents``), so they survive a Redis restart or flush. They hold
no ticket text and no requester identity: when, which helpdesk and ticket, the requester's
pseudonym, the assigned agent's id, the channel, the level, the categories and whether the
message was escalated. They are kept for the policy's ``retention.incidents_days`` (three years
by default), then ``purge`` deletes them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, delete, func, insert, select
from sqlalchemy.exc import IntegrityError

from worker.db import care_alerts
from worker.db import incidents as table
from worker.model import TicketEvent
from worker.scoring.types import Assessment

logger = logging.getLogger(__name__)


def record(
    engine: Engine,
    event: TicketEvent,
    assessment: Assessment,
    *,
    escalated: bool,
    now: datetime | None = None,
) -> bool:
    """Store one incident; False when this event was recorded already (a retried job).

    The event must be pseudonymised (``TicketEvent.pseudonymised``): a plain requester id is
    refused rather than stored.
    """
    if event.requester_id:
        raise ValueError("pseudonymise the event before recording it (requester_id is set)")
    row = {
        "event_id": event.job_id,
        "occurred_at": event.occurred_at,
        "recorded_at": now or datetime.now(UTC),
        "helpdesk": event.helpdesk,
        "ticket_id": event.ticket_id,
        "requester": event.requester_pseudonym,
        "assignee_id": event.assignee_id,
        "channel": event.channel,
        "level": assessment.level,
        "categories": list(assessment.categories),
        "escalated": escalated,
    }
    try:
        with engine.begin() as connection:
            connection.execute(insert(table), row)
    except IntegrityError:
        with engine.connect() as connection:
            found = connection.execute(
                select(table.c.id).where(table.c.event_id == event.job_id)
            ).first()
        if found is None:
            raise  # some other constraint: a real error
        return False
    return True


def read(
    engine: Engine,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
) -> Iterator[dict[str, Any]]:
    """Incidents oldest first by when the message was written, within ``[since, until)``."""
    query = select(table).order_by(table.c.occurred_at, table.c.id)
    if since is not None:
        query = query.where(table.c.occurred_at >= since)
    if until is not None:
        query = query.where(table.c.occurred_at < until)
    with engine.connect() as connection:
        rows = connection.execute(query).mappings().all()
    for row in rows:
        entry = dict(row)
        entry["at"] = _aware(entry.pop("occurred_at"))
        entry["recorded_at"] = _aware(entry["recorded_at"])
        entry["categories"] = list(entry["categories"])
        yield entry


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes; everything is stored in UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Purge:
    """What ``purge`` deleted (or would delete): rows written before ``cutoff``."""

    cutoff: datetime
    count: int
    oldest: datetime | None


def purge(
    engine: Engine, *, retention_days: int, now: datetime | None = None, dry_run: bool = False
) -> Purge:
    """Delete incidents whose message is older than ``retention_days`` (and the care alerts
    they tripped)."""
    cutoff = (now or datetime.now(UTC)) - timedelta(days=retention_days)
    old = table.c.occurred_at < cutoff
    with engine.begin() as connection:
        count, oldest = connection.execute(
            select(func.count(), func.min(table.c.occurred_at)).where(old)
        ).one()
        if count and not dry_run:
            connection.execute(delete(table).where(old))
        if not dry_run:
            # Care alerts name agents and count their incidents: they go with those incidents.
            connection.execute(delete(care_alerts).where(care_alerts.c.tripped_at < cutoff))
    if count and not dry_run:
        logger.info("incidents.purged", extra={"count": count, "retention_days": retention_days})
    return Purge(cutoff, int(count), _aware(oldest) if oldest else None)


def forget(engine: Engine, pseudonyms: Iterable[str]) -> int:
    """Delete every incident of these requester pseudonyms; returns how many."""
    chosen = list(pseudonyms)
    if not chosen:
        return 0
    with engine.begin() as connection:
        result = connection.execute(delete(table).where(table.c.requester.in_(chosen)))
    return int(result.rowcount or 0)
