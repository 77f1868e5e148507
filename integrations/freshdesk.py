"""Freshdesk: automation-rule webhooks in, API v2 out.

Vendor facts this module relies on (sources in ``shared/guide/helpdesk-apis.md``):

- Automation-rule webhooks are not signed. "Requires authentication" sends HTTP Basic
  credentials, so the shared secret travels as the Basic-auth password.
- The body is what the admin pasted (README): ``{"freshdesk_webhook": {...}}`` with placeholder
  values, all strings; descriptions and comments arrive as HTML with quoted history.
  ``{{triggered_event}}`` renders as a non-JSON string such as ``{ticket_action:created}``.
- Failed deliveries are retried after 5, 30 and 60 minutes with the same body, and there is no
  event id, so the idempotency key is a hash of the body.
- API auth is the API key as Basic username with ``X`` as password. ``tags`` on
  ``PUT /tickets/{id}`` replaces the list (no add-tag endpoint, no safe update): we send the
  union of the tags the webhook carried and ours. Notes go to ``/notes`` with
  ``private: true``; ``/reply`` would e-mail the customer.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import html
import json
import logging
from collections.abc import Callable, Iterator, Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

from integrations.base import AuthError, Credentials, HelpdeskClient, Ignored, MalformedPayload
from integrations.fields import number, optional_number, text
from integrations.settings import (
    HelpdeskConfig,
    Setting,
    agent_url,
    base_url,
    dry_run,
    positive_int,
)
from integrations.text import html_to_text
from worker.model import COMMENT_ADDED, TICKET_CREATED, ActionSet, TicketEvent, TicketState

NAME = "freshdesk"

logger = logging.getLogger(__name__)

SETTINGS: tuple[Setting, ...] = (
    Setting(
        "FRESHDESK_WEBHOOK_SECRET",
        "",
        ("Password Freshdesk sends with Basic auth; empty disables `/webhooks/freshdesk`."),
        secret=True,
    ),
    Setting(
        "FRESHDESK_DOMAIN",
        "",
        "`example` for https://example.freshdesk.com.",
    ),
    Setting(
        "FRESHDESK_API_KEY",
        "",
        "Freshdesk API key of the agent kasuguard writes as.",
        secret=True,
    ),
    Setting(
        "FRESHDESK_BASE_URL",
        "",
        "Overrides the URL derived from the domain (staging, local fakes).",
    ),
    Setting(
        "FRESHDESK_WRITES_PER_MINUTE",
        "40",
        (
            "Writes per minute shared by all workers (Growth plan: 80 ticket updates/min, "
            "webhooks count too)."
        ),
    ),
)


def configure(env: Mapping[str, str]) -> HelpdeskConfig:
    """Freshdesk's validated settings; API auth is the key as user name with ``X`` as password."""
    key = env["FRESHDESK_API_KEY"].strip()
    credentials = None
    if key:
        base = base_url(env, "FRESHDESK", "FRESHDESK_DOMAIN", "freshdesk.com")
        credentials = Credentials(base, key, "X")
    return HelpdeskConfig(
        name=NAME,
        webhook_secret=env["FRESHDESK_WEBHOOK_SECRET"].strip(),
        credentials=credentials,
        dry_run=dry_run(env, credentials is not None, "FRESHDESK"),
        writes_per_minute=positive_int(env, "FRESHDESK_WRITES_PER_MINUTE"),
        ticket_link=_ticket_link(env),
    )


def _ticket_link(env: Mapping[str, str]) -> str:
    """The agent interface's ticket page (the admin page's case view links to it)."""
    base = agent_url(env, "FRESHDESK", "FRESHDESK_DOMAIN", "freshdesk.com")
    return f"{base}/a/tickets/{{ticket_id}}" if base else ""


PRIORITY = {"low": 1, "normal": 2, "medium": 2, "high": 3, "urgent": 4}
"""Freshdesk priorities are integers."""

SOURCE = {1: "email", 2: "web", 3: "phone", 7: "chat", 9: "web", 10: "email"}
"""Ticket ``source`` codes we map to a channel name; others count as ``web``."""

CONVERSATIONS_PER_PAGE = 100
"""Freshdesk's largest page."""
MAX_CONVERSATION_PAGES = 50
"""5,000 conversations: far past any real ticket, a bound if the API kept answering full pages."""

_IGNORED_EVENT_PREFIXES = ("{note_type:", "{status:", "{priority:")


def verify(headers: Mapping[str, str], raw_body: bytes, secret: str, now: datetime) -> None:
    """Check the Basic-auth password against the shared secret, in constant time."""
    authorization = headers.get("Authorization", "")
    scheme, _, encoded = authorization.partition(" ")
    if scheme.lower() != "basic" or not encoded:
        raise AuthError("missing Basic credentials (turn on 'Requires authentication')")
    try:
        _, _, password = base64.b64decode(encoded, validate=True).decode().partition(":")
    except (binascii.Error, UnicodeDecodeError) as exc:
        raise AuthError("Basic credentials are not valid base64") from exc
    if not hmac.compare_digest(password.encode(), secret.encode()):
        raise AuthError("wrong webhook password")


def _text(fields: Mapping[str, Any], key: str) -> str | None:
    """A placeholder's value: Freshdesk renders every one as a string."""
    return text(fields.get(key), f"freshdesk_webhook.{key}")


def _tags(fields: Mapping[str, Any]) -> tuple[str, ...] | None:
    """``{{ticket.tags}}`` renders comma separated; absent means unknown, not empty."""
    if "ticket_tags" not in fields:
        return None
    tags = _text(fields, "ticket_tags") or ""
    return tuple(t.strip() for t in tags.split(",") if t.strip())


def _agent(fields: Mapping[str, Any]) -> str | None:
    """The assigned agent's id (``{{ticket.agent.id}}``, empty while unassigned). Only the care
    for the staff reads it, so a value that is not an id is dropped, never the event."""
    try:
        return optional_number(fields.get("responder_id"), "freshdesk_webhook.responder_id")
    except MalformedPayload:
        logger.warning("freshdesk.responder-id-ignored")
        return None


def parse(
    payload: Mapping[str, Any], headers: Mapping[str, str], now: datetime | None = None
) -> TicketEvent:
    """A ``{"freshdesk_webhook": {...}}`` body into a ``TicketEvent``."""
    fields = payload.get("freshdesk_webhook") if isinstance(payload, Mapping) else None
    if not isinstance(fields, Mapping):
        raise MalformedPayload("freshdesk_webhook")
    if fields.get("ticket_id") in (None, ""):
        raise MalformedPayload("freshdesk_webhook.ticket_id")
    ticket_id = number(fields["ticket_id"], "freshdesk_webhook.ticket_id")
    triggered = (_text(fields, "triggered_event") or "").strip()
    if not triggered:
        raise MalformedPayload("freshdesk_webhook.triggered_event")
    if triggered == "{ticket_action:created}":
        kind, body = TICKET_CREATED, _text(fields, "ticket_description")
    elif triggered.startswith(_IGNORED_EVENT_PREFIXES):
        # Notes are written by agents (our own private note included); status and priority
        # changes carry no new words from the customer.
        raise Ignored(f"Freshdesk event {triggered!r} is not one kasuguard handles")
    elif "ticket_latest_public_comment" in fields:
        kind, body = COMMENT_ADDED, _text(fields, "ticket_latest_public_comment")
    else:
        raise Ignored(f"Freshdesk event {triggered!r} carries no customer reply")
    canonical = json.dumps(fields, sort_keys=True, ensure_ascii=False).encode()
    requester = optional_number(
        fields.get("requester_id"), "freshdesk_webhook.requester_id"
    ) or _text(fields, "requester_email")
    return TicketEvent(
        helpdesk=NAME,
        event_id=hashlib.sha256(canonical).hexdigest()[:32],
        kind=kind,
        ticket_id=ticket_id,
        occurred_at=now or datetime.now().astimezone(),
        requester_id=requester.strip().lower() or None if requester else None,
        requester_name=(_text(fields, "requester_name") or "").strip() or None,
        subject=_text(fields, "ticket_subject") or "",
        body=html_to_text(body) if body is not None else None,
        channel=(_text(fields, "ticket_source") or "web").lower(),
        tags=_tags(fields),
        assignee_id=_agent(fields),
    )


def _html(text: str) -> str:
    """Plain text as Freshdesk's HTML note body, keeping line breaks."""
    return "<div>" + html.escape(text).replace("\n", "<br>") + "</div>"


class Client(HelpdeskClient):
    """Freshdesk API v2: read the ticket and conversations; a private note plus a tag merge."""

    name = NAME
    TICKET_URL = "/api/v2/tickets/{ticket_id}"
    NOTES_URL = "/api/v2/tickets/{ticket_id}/notes"
    REPLY_URL = "/api/v2/tickets/{ticket_id}/reply"
    CONVERSATIONS_URL = "/api/v2/tickets/{ticket_id}/conversations"
    TICKETS_URL = "/api/v2/tickets"
    AGENT_ME_URL = "/api/v2/agents/me"

    def read_ticket(self, ticket_id: str) -> TicketState:
        """``GET /api/v2/tickets/{id}``: subject, description, tags, requester."""
        ticket = self._request("GET", self.TICKET_URL.format(ticket_id=ticket_id))
        return TicketState(
            ticket_id=str(ticket["id"]),
            subject=ticket.get("subject") or "",
            body=ticket.get("description_text") or html_to_text(ticket.get("description") or ""),
            requester_id=str(ticket["requester_id"]) if ticket.get("requester_id") else None,
            tags=tuple(ticket.get("tags") or ()),
            updated_at=ticket.get("updated_at"),
            channel=SOURCE.get(ticket.get("source") or 0, "web"),
            assignee_id=str(ticket["responder_id"]) if ticket.get("responder_id") else None,
        )

    def conversations(self, ticket_id: str) -> Iterator[dict[str, Any]]:
        """Replies and notes, oldest first, page by page (100 a page; a ticket with 150
        conversations has our latest note on page 2). Stops at a short page, or after
        ``MAX_CONVERSATION_PAGES``."""
        for page in range(1, MAX_CONVERSATION_PAGES + 1):
            items = self.conversations_page(ticket_id, page)
            yield from items
            if len(items) < CONVERSATIONS_PER_PAGE:
                return
        logger.warning(
            "freshdesk.conversations-truncated",
            extra={"ticket_id": ticket_id, "pages": MAX_CONVERSATION_PAGES},
        )

    def fetch(self, event: TicketEvent) -> TicketState:
        """The ticket, with ``body`` set to the text this event is about: the customer's
        latest public reply (on the last page of a long ticket)."""
        state = self.read_ticket(event.ticket_id)
        if event.kind == TICKET_CREATED:
            return state
        last = None
        for conversation in self.conversations(event.ticket_id):
            if conversation.get("incoming") and not conversation.get("private"):
                last = conversation
        if last is None:
            return replace(state, body="")
        text = last.get("body_text") or html_to_text(last.get("body") or "")
        return replace(state, body=text, comment_id=str(last.get("id") or "") or None)

    def has_marker(self, ticket_id: str, marker: str) -> bool:
        """Looks through every page: our note is among the newest, on the last page."""
        return any(
            marker in (c.get("body_text") or c.get("body") or "")
            for c in self.conversations(ticket_id)
        )

    def add_private_note(self, ticket_id: str, text: str) -> None:
        self._request(
            "POST",
            self.NOTES_URL.format(ticket_id=ticket_id),
            json={"body": _html(text), "private": True},
            write=True,
        )

    def update_ticket(self, ticket_id: str, changes: dict[str, Any]) -> None:
        self._request("PUT", self.TICKET_URL.format(ticket_id=ticket_id), json=changes, write=True)

    def post_public_reply(self, ticket_id: str, text: str) -> None:
        """A reply e-mailed to the customer: only the after-hours acknowledgement."""
        self._request(
            "POST",
            self.REPLY_URL.format(ticket_id=ticket_id),
            json={"body": _html(text)},
            write=True,
        )

    def apply(
        self,
        event: TicketEvent,
        actions: ActionSet,
        state: TicketState | None,
        note_written: Callable[[], None] = lambda: None,
    ) -> int:
        """At most two writes: the private note, then one update with the tag union and any
        escalation. The union starts from the webhook's tags, or a fresh read without them."""
        writes = 0
        if actions.private_note:
            self.add_private_note(event.ticket_id, actions.private_note)
            writes += 1
            note_written()
        changes: dict[str, Any] = {}
        if actions.tags:
            if event.tags is not None:
                current = event.tags
            else:
                current = (state or self.read_ticket(event.ticket_id)).tags
            missing = [t for t in actions.tags if t not in current]
            if missing:
                changes["tags"] = list(current) + missing
        if actions.escalation and actions.escalation.priority:
            changes["priority"] = PRIORITY.get(actions.escalation.priority, 4)
        if actions.escalation and actions.escalation.group_id:
            changes["group_id"] = int(actions.escalation.group_id)
        if changes:
            self.update_ticket(event.ticket_id, changes)
            writes += 1
        return writes

    # Setup and backfill (``worker/operations``): one request each; callers page and pace.

    def current_agent(self) -> dict[str, Any]:
        """``GET /api/v2/agents/me``: the agent the API key belongs to (checks the key)."""
        return dict(self._request("GET", self.AGENT_ME_URL))

    def tickets_page(self, updated_since: str, page: int) -> list[dict[str, Any]]:
        """One page (100) of tickets updated since an ISO time, oldest update first, with the
        requester embedded (its e-mail is what the webhook body identifies requesters by)."""
        params = {
            "updated_since": updated_since,
            "order_by": "updated_at",
            "order_type": "asc",
            "include": "requester,description",
            "per_page": 100,
            "page": page,
        }
        return list(self._request("GET", self.TICKETS_URL, params=params) or [])

    def conversations_page(self, ticket_id: str, page: int) -> list[dict[str, Any]]:
        """One page (100) of a ticket's replies and notes, oldest first."""
        url = self.CONVERSATIONS_URL.format(ticket_id=ticket_id)
        params = {"per_page": CONVERSATIONS_PER_PAGE, "page": page}
        return list(self._request("GET", url, params=params) or [])
