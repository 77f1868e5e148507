"""Dry run: record the actions kasuguard would take instead of calling a helpdesk API.

The default for a helpdesk that has a webhook secret but no API credentials, so a new user can
post a sample webhook with curl and see, with ``kasuguard dry-run``, what would have been
written. Records hold the note text (which quotes the customer), so they expire after a day.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

from redis import Redis

from worker.model import ActionSet, TicketEvent, TicketState

RECORDS_KEY = "kasuguard:dry-run"
KEEP_RECORDS = 200
RECORD_TTL_S = 24 * 3600


class Client:
    """Same verbs as a ``HelpdeskClient``; writes become records in Redis."""

    def __init__(self, helpdesk: str, redis: Redis, *, now: datetime | None = None) -> None:
        self.name = helpdesk
        self.redis = redis
        self.now = now
        self.calls: list[tuple[str, str, int]] = []

    def fetch(self, event: TicketEvent) -> TicketState:
        """Without credentials there is nothing to read: score what the payload carried."""
        return TicketState(
            ticket_id=event.ticket_id,
            subject=event.subject or "",
            body=event.body or "",
            requester_id=event.requester_id,
            tags=event.tags or (),
            channel=event.channel,
        )

    def has_marker(self, ticket_id: str, marker: str) -> bool:
        return False

    def _record(self, ticket_id: str, what: str, detail: dict[str, Any]) -> None:
        record = {
            "at": (self.now or datetime.now().astimezone()).isoformat(),
            "helpdesk": self.name,
            "ticket_id": ticket_id,
            "action": what,
            **detail,
        }
        pipe = self.redis.pipeline()
        pipe.lpush(RECORDS_KEY, json.dumps(record, ensure_ascii=False))
        pipe.ltrim(RECORDS_KEY, 0, KEEP_RECORDS - 1)
        pipe.expire(RECORDS_KEY, RECORD_TTL_S)
        pipe.execute()

    def apply(
        self,
        event: TicketEvent,
        actions: ActionSet,
        state: TicketState | None,
        note_written: Callable[[], None] = lambda: None,
    ) -> int:
        escalation = actions.escalation.__dict__ if actions.escalation else None
        self._record(
            event.ticket_id,
            "write-back",
            {
                "event_id": event.event_id,
                "tags": list(actions.tags),
                "private_note": actions.private_note,
                "escalation": escalation,
            },
        )
        if actions.private_note:
            note_written()
        return 0

    def post_public_reply(self, ticket_id: str, text: str) -> None:
        self._record(ticket_id, "public-reply", {"public_reply": text})


def recent(redis: Redis, limit: int = 20) -> list[dict[str, Any]]:
    """The newest dry-run records first."""
    return [json.loads(r) for r in redis.lrange(RECORDS_KEY, 0, limit - 1)]
