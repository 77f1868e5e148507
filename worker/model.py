"""The neutral types that cross the boundary between helpdesks and the worker.

``TicketEvent`` is built only in ``integrations/`` from a vendor payload; ``ActionSet`` is built
by the planner and translated into API calls only by the integration clients. Neither carries
vendor keys.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from datetime import datetime
from typing import Any

from worker.pseudonym import pseudonym

TICKET_CREATED = "ticket.created"
COMMENT_ADDED = "comment.added"
EVENT_KINDS = (TICKET_CREATED, COMMENT_ADDED)


@dataclass(frozen=True)
class TicketEvent:
    """One thing a requester wrote on a ticket, as a helpdesk reported it.

    ``body`` is plain text (HTML already converted) or ``None`` when the payload did not carry
    it and the worker must fetch it. ``tags`` is the ticket's current tag list when the payload
    carried it (``None`` means unknown, not empty), and ``ticket_updated_at`` the ticket's
    ``updated_at`` as the helpdesk wrote it (used for Zendesk's safe update).

    ``requester_id`` is the helpdesk's id or e-mail of the requester as parsed; it never leaves
    the process that parsed it: ``pseudonymised`` replaces it by ``requester_pseudonym`` before
    the event is queued or anything is stored. ``assignee_id`` is the agent the ticket is
    assigned to, when the payload or the API says (Zendesk ``assignee_id``, Freshdesk
    ``responder_id``).
    """

    helpdesk: str
    event_id: str
    kind: str
    ticket_id: str
    occurred_at: datetime
    requester_id: str | None = None
    requester_name: str | None = None
    subject: str | None = None
    body: str | None = None
    channel: str = "web"
    comment_id: str | None = None
    tags: tuple[str, ...] | None = None
    ticket_updated_at: str | None = None
    requester_pseudonym: str | None = None
    assignee_id: str | None = None

    @property
    def job_id(self) -> str:
        """Deterministic RQ job id: a redelivered webhook maps onto the same job."""
        return f"{self.helpdesk}-{self.event_id}"

    def with_text(self, **changes: Any) -> TicketEvent:
        """A copy with fields filled in from the helpdesk API."""
        return replace(self, **changes)

    def pseudonymised(self, pepper: str) -> TicketEvent:
        """A copy with the requester's id replaced by its pseudonym (``worker.pseudonym``)."""
        if not self.requester_id:
            return self
        return replace(
            self,
            requester_id=None,
            requester_pseudonym=pseudonym(pepper, self.helpdesk, self.requester_id),
        )

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["occurred_at"] = self.occurred_at.isoformat()
        data["tags"] = list(self.tags) if self.tags is not None else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TicketEvent:
        values = dict(data)
        values["occurred_at"] = datetime.fromisoformat(values["occurred_at"])
        if values.get("tags") is not None:
            values["tags"] = tuple(values["tags"])
        return cls(**values)


@dataclass(frozen=True)
class TicketState:
    """What the worker read back from the helpdesk about a ticket."""

    ticket_id: str
    subject: str = ""
    body: str = ""
    requester_id: str | None = None
    tags: tuple[str, ...] = ()
    updated_at: str | None = None
    channel: str = "web"
    assignee_id: str | None = None
    comment_id: str | None = None
    """The comment (Zendesk) or conversation (Freshdesk) ``body`` was read from, if any."""


@dataclass(frozen=True)
class Escalation:
    """Raise the ticket's visibility: priority, the escalation group, an optional notification."""

    priority: str | None = None
    group_id: str | None = None
    notify_url: str | None = None


@dataclass(frozen=True)
class ActionSet:
    """What to do to one ticket, helpdesk-neutral.

    ``private_note`` is plain text; clients turn it into the helpdesk's format. ``public_reply``
    is only ever the after-hours acknowledgement, and only where the policy allows it.
    """

    tags: tuple[str, ...] = ()
    private_note: str | None = None
    escalation: Escalation | None = None
    public_reply: str | None = None

    @property
    def is_empty(self) -> bool:
        """True when nothing would be written to the helpdesk."""
        return not (self.tags or self.private_note or self.escalation or self.public_reply)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
