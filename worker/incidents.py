"""The incident record: one entry per flagged message, for reports and the law's record-keeping.

Entries hold no ticket text: when, which helpdesk and ticket, the requester's id, the channel,
the level and the categories. They live in a Redis stream, trimmed to the policy's retention.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

from redis import Redis

from worker.model import TicketEvent
from worker.scoring.types import Assessment

STREAM_KEY = "kasuguard:incidents"


def _stream_id(at: datetime) -> str:
    return f"{int(at.timestamp() * 1000)}"


def record(
    redis: Redis, event: TicketEvent, assessment: Assessment, *, retention_days: int
) -> None:
    """Append one incident (idempotent per event) and drop entries older than retention."""
    entry = {
        "event": event.job_id,
        "at": event.occurred_at.isoformat(),
        "helpdesk": event.helpdesk,
        "ticket_id": event.ticket_id,
        "requester_id": event.requester_id or "",
        "channel": event.channel,
        "level": assessment.level,
        "categories": json.dumps(list(assessment.categories)),
    }
    if not redis.set(f"kasuguard:incident-seen:{event.job_id}", 1, nx=True, ex=7 * 86400):
        return
    pipe = redis.pipeline()
    pipe.xadd(STREAM_KEY, entry)
    oldest = datetime.now().astimezone() - timedelta(days=retention_days)
    pipe.xtrim(STREAM_KEY, minid=_stream_id(oldest))
    pipe.execute()


def read(redis: Redis, *, since: datetime | None = None) -> Iterator[dict[str, Any]]:
    """Incidents oldest first (those recorded at or after ``since`` when given)."""
    start = _stream_id(since) if since else "-"
    for _, fields in redis.xrange(STREAM_KEY, min=start, max="+"):
        entry = {k.decode(): v.decode() for k, v in fields.items()}
        entry["categories"] = json.loads(entry["categories"])
        entry["at"] = datetime.fromisoformat(entry["at"])
        yield entry
