"""Zendesk: signed webhooks in (event-subscribed and trigger-connected), Support API out.

Vendor facts this module relies on (sources in ``shared/guide/helpdesk-apis.md``):

- Signature: ``base64(HMAC-SHA256(secret, timestamp + raw body))``; the timestamp header is
  ISO 8601 (``2023-09-18T23:38:13Z``), not epoch seconds; the secret is used as-is.
- Event-subscribed webhooks have a fixed envelope (``type``, ``id``, ``time``,
  ``subject: "zen:ticket:N"``, ``detail``, ``event``); ids inside ``detail`` are strings and enum
  values may be upper case. One action emits a sequence of events sharing
  ``event.meta.sequence.id``, so a new ticket's ``ticket.created`` and its first
  ``comment_added`` collapse into one job.
- Trigger-connected webhooks carry the body the admin pasted (see README); we ask for ids only
  and read the text through the API, and de-duplicate on ``X-Zendesk-Webhook-Invocation-Id``.
- ``tags`` on Update Ticket replaces the list: we send the union, guarded by
  ``safe_update`` + ``updated_stamp`` (409 when the ticket changed since we read it).
- ``comment.public`` persists from the previous comment unless sent, so always send it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from integrations import fields
from integrations.base import (
    AuthError,
    Conflict,
    Credentials,
    HelpdeskClient,
    Ignored,
    MalformedPayload,
)
from integrations.settings import (
    ConfigError,
    HelpdeskConfig,
    Setting,
    agent_url,
    base_url,
    dry_run,
    positive_int,
)
from integrations.text import html_to_text
from worker.model import COMMENT_ADDED, TICKET_CREATED, ActionSet, TicketEvent, TicketState

NAME = "zendesk"

SIGNATURE_HEADER = "X-Zendesk-Webhook-Signature"
TIMESTAMP_HEADER = "X-Zendesk-Webhook-Signature-Timestamp"
INVOCATION_HEADER = "X-Zendesk-Webhook-Invocation-Id"
MAX_CLOCK_SKEW = timedelta(minutes=5)
"""Reject signatures whose timestamp is further than this from our clock (replays)."""

MAX_SAFE_UPDATE_ATTEMPTS = 3
"""A 409 means an agent updated the ticket meanwhile: re-read and try again, a few times."""

SETTINGS: tuple[Setting, ...] = (
    Setting(
        "ZENDESK_WEBHOOK_SECRET",
        "",
        "Signing secret of the Zendesk webhook; empty disables `/webhooks/zendesk`.",
        secret=True,
    ),
    Setting(
        "ZENDESK_SUBDOMAIN",
        "",
        "`example` for https://example.zendesk.com.",
    ),
    Setting(
        "ZENDESK_EMAIL",
        "",
        "Agent e-mail the API token belongs to.",
    ),
    Setting(
        "ZENDESK_API_TOKEN",
        "",
        "Zendesk API token (Admin Center > Apps and integrations > APIs).",
        secret=True,
    ),
    Setting(
        "ZENDESK_BASE_URL",
        "",
        "Overrides the URL derived from the subdomain (staging, local fakes).",
    ),
    Setting(
        "ZENDESK_WRITES_PER_MINUTE",
        "50",
        (
            "Ticket writes per minute shared by all workers (Update Ticket allows 100/min "
            "per account, shared with agents)."
        ),
    ),
)


def configure(env: Mapping[str, str]) -> HelpdeskConfig:
    """Zendesk's validated settings; API auth is ``<email>/token`` with the token as password."""
    email, token = env["ZENDESK_EMAIL"].strip(), env["ZENDESK_API_TOKEN"].strip()
    if token and not email:
        raise ConfigError("ZENDESK_EMAIL is required when ZENDESK_API_TOKEN is set")
    if email and not token:
        raise ConfigError("ZENDESK_API_TOKEN is required when ZENDESK_EMAIL is set")
    credentials = None
    if token:
        base = base_url(env, "ZENDESK", "ZENDESK_SUBDOMAIN", "zendesk.com")
        credentials = Credentials(base, f"{email}/token", token)
    return HelpdeskConfig(
        name=NAME,
        webhook_secret=env["ZENDESK_WEBHOOK_SECRET"].strip(),
        credentials=credentials,
        dry_run=dry_run(env, credentials is not None, "ZENDESK"),
        writes_per_minute=positive_int(env, "ZENDESK_WRITES_PER_MINUTE"),
        ticket_link=_ticket_link(env),
    )


def _ticket_link(env: Mapping[str, str]) -> str:
    """The agent interface's ticket page (the admin page's case view links to it)."""
    base = agent_url(env, "ZENDESK", "ZENDESK_SUBDOMAIN", "zendesk.com")
    return f"{base}/agent/tickets/{{ticket_id}}" if base else ""


_TICKET_SUBJECT = re.compile(r"zen:ticket:([0-9]+)", re.ASCII)

PRIORITY = {"urgent": "urgent", "high": "high", "normal": "normal", "low": "low"}


def verify(headers: Mapping[str, str], raw_body: bytes, secret: str, now: datetime) -> None:
    """Check the HMAC signature over the raw bytes and the timestamp's freshness."""
    signature = headers.get(SIGNATURE_HEADER)
    timestamp = headers.get(TIMESTAMP_HEADER)
    if not signature or not timestamp:
        raise AuthError(f"missing {SIGNATURE_HEADER} or {TIMESTAMP_HEADER} header")
    try:
        signed_at = datetime.fromisoformat(timestamp)
    except ValueError as exc:
        raise AuthError(f"{TIMESTAMP_HEADER} is not an ISO 8601 time") from exc
    try:
        stale = signed_at.tzinfo is None or abs(now - signed_at) > MAX_CLOCK_SKEW
    except OverflowError:  # year 1 or 9999 with an offset: not a time Zendesk sends
        stale = True
    if stale:
        raise AuthError(f"{TIMESTAMP_HEADER} is more than 5 minutes from the server's clock")
    digest = hmac.new(secret.encode(), timestamp.encode() + raw_body, hashlib.sha256).digest()
    if not hmac.compare_digest(base64.b64encode(digest), signature.strip().encode()):
        raise AuthError("signature does not match the body")


def sign(raw_body: bytes, secret: str, timestamp: str) -> str:
    """The signature Zendesk would send; used by tests and ``kasuguard sign``."""
    digest = hmac.new(secret.encode(), timestamp.encode() + raw_body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def _field(mapping: Mapping[str, Any], key: str, where: str) -> Any:
    value = mapping.get(key) if isinstance(mapping, Mapping) else None
    if value is None or value == "":
        raise MalformedPayload(f"{where}{key}")
    return value


def _optional_id(value: Any) -> str | None:
    """An id read back from the API (trusted shape); webhook ids go through ``fields``."""
    text = str(value).strip() if value is not None else ""
    return text if text and text != "0" else None


def _channel(detail: Mapping[str, Any]) -> str:
    via = detail.get("via")
    channel = via.get("channel") if isinstance(via, Mapping) else None
    return str(channel).lower() if channel else "web"


def _envelope(
    payload: Mapping[str, Any], now: datetime
) -> tuple[str, Mapping[str, Any], Mapping[str, Any]]:
    """Ticket id, ``detail`` and ``event`` of an event-subscribed payload."""
    fields.event_key(_field(payload, "id", ""), "id")
    subject = _field(payload, "subject", "")
    match = _TICKET_SUBJECT.fullmatch(subject) if isinstance(subject, str) else None
    if not match:
        raise MalformedPayload("subject", "is not of the form zen:ticket:<id>")
    ticket_id = fields.number(match.group(1), "subject")
    detail = _field(payload, "detail", "")
    if not isinstance(detail, Mapping):
        raise MalformedPayload("detail", "is not an object")
    event = payload.get("event") or {}
    if not isinstance(event, Mapping):
        raise MalformedPayload("event", "is not an object")
    return ticket_id, detail, event


def _event_key(payload: Mapping[str, Any], event: Mapping[str, Any]) -> str:
    """The idempotency key: the action's sequence id when present, else the event id."""
    meta = event.get("meta")
    sequence = meta.get("sequence") if isinstance(meta, Mapping) else None
    if isinstance(sequence, Mapping) and sequence.get("id"):
        return "seq-" + fields.event_key(sequence["id"], "event.meta.sequence.id")
    return fields.event_key(payload["id"], "id")


def _tags(detail: Mapping[str, Any]) -> tuple[str, ...] | None:
    tags = detail.get("tags")
    if tags is None:
        return None
    if not isinstance(tags, list) or not all(isinstance(t, str) and t.strip() for t in tags):
        raise MalformedPayload("detail.tags", "is not a list of tags")
    return tuple(tags)


def _ticket_fields(
    payload: Mapping[str, Any],
    ticket_id: str,
    detail: Mapping[str, Any],
    event: Mapping[str, Any],
    now: datetime,
) -> dict[str, Any]:
    """What every ticket event carries: ids, time, subject, channel, current tags and stamp."""
    updated_at = detail.get("updated_at")
    if updated_at:  # sent back as the safe-update stamp: a real time or nothing
        fields.event_time(updated_at, "detail.updated_at", now)
    return {
        "helpdesk": NAME,
        "event_id": _event_key(payload, event),
        "ticket_id": ticket_id,
        "occurred_at": fields.event_time(_field(payload, "time", ""), "time", now),
        "subject": fields.text(detail.get("subject"), "detail.subject") or "",
        "channel": _channel(detail),
        "tags": _tags(detail),
        "ticket_updated_at": updated_at or None,
        "assignee_id": fields.optional_number(detail.get("assignee_id"), "detail.assignee_id"),
    }


def _ticket_created(
    payload: Mapping[str, Any], headers: Mapping[str, str], now: datetime
) -> TicketEvent:
    ticket_id, detail, event = _envelope(payload, now)
    return TicketEvent(
        **_ticket_fields(payload, ticket_id, detail, event, now),
        kind=TICKET_CREATED,
        requester_id=fields.optional_number(detail.get("requester_id"), "detail.requester_id"),
        body=fields.text(detail.get("description"), "detail.description"),  # plain text already
    )


def _comment_added(
    payload: Mapping[str, Any], headers: Mapping[str, str], now: datetime
) -> TicketEvent:
    ticket_id, detail, event = _envelope(payload, now)
    comment = _field(event, "comment", "event.")
    if not isinstance(comment, Mapping):
        raise MalformedPayload("event.comment", "is not an object")
    author = comment.get("author") if isinstance(comment.get("author"), Mapping) else {}
    if author.get("is_staff") in (True, "true"):
        # Agents' comments, and kasuguard's own notes, are not customer conduct.
        raise Ignored("comment written by staff (or by kasuguard itself)")
    author_id = fields.optional_number(author.get("id"), "event.comment.author.id")
    requester_id = fields.optional_number(detail.get("requester_id"), "detail.requester_id")
    name = fields.text(author.get("name"), "event.comment.author.name")
    return TicketEvent(
        **_ticket_fields(payload, ticket_id, detail, event, now),
        kind=COMMENT_ADDED,
        requester_id=author_id or requester_id,
        requester_name=(name or "").strip() or None,
        # plain text; ``html_body`` is the HTML
        body=fields.text(comment.get("body"), "event.comment.body"),
        comment_id=fields.optional_number(comment.get("id"), "event.comment.id"),
    )


EVENT_PARSERS = {
    "zen:event-type:ticket.created": _ticket_created,
    "zen:event-type:ticket.comment_added": _comment_added,
}
"""Event-subscribed types we act on; any other ``zen:event-type:*`` is acknowledged, ignored."""

TRIGGER_EVENTS = {"ticket.created": TICKET_CREATED, "comment.added": COMMENT_ADDED}
"""Values of ``event`` in the trigger body documented in README."""


def _trigger(payload: Mapping[str, Any], headers: Mapping[str, str], now: datetime) -> TicketEvent:
    """Our own trigger body: ids only; the worker reads the text through the API."""
    ticket_id = fields.number(_field(payload, "ticket_id", ""), "ticket_id")
    kind = TRIGGER_EVENTS.get(str(payload.get("event", "comment.added")))
    if kind is None:
        raise Ignored(f"trigger event {payload.get('event')!r} is not one kasuguard handles")
    invocation = headers.get(INVOCATION_HEADER)
    if not invocation:
        raise MalformedPayload(INVOCATION_HEADER, "header is missing")
    invocation = fields.event_key(invocation, INVOCATION_HEADER)
    requester = fields.optional_number(payload.get("requester_id"), "requester_id")
    current_user = fields.optional_number(payload.get("current_user_id"), "current_user_id")
    if requester and current_user and requester != current_user:
        raise Ignored("ticket updated by someone other than the requester (an agent or kasuguard)")
    via = fields.text(payload.get("via"), "via")
    return TicketEvent(
        helpdesk=NAME,
        event_id=f"inv-{invocation}",
        kind=kind,
        ticket_id=ticket_id,
        occurred_at=now,
        requester_id=requester,
        channel=(via or "web").lower(),
    )


def parse(
    payload: Mapping[str, Any], headers: Mapping[str, str], now: datetime | None = None
) -> TicketEvent:
    """A Zendesk webhook payload (either connection method) into a ``TicketEvent``."""
    if not isinstance(payload, Mapping):
        raise MalformedPayload("body", "is not a JSON object")
    now = now or datetime.now().astimezone()
    event_type = payload.get("type")
    if event_type is None:
        return _trigger(payload, headers, now)
    parser = EVENT_PARSERS.get(str(event_type))
    if parser is None:
        if str(event_type).startswith("zen:event-type:"):
            raise Ignored(f"event type {event_type!r} is not one kasuguard handles")
        raise MalformedPayload("type", "is not a Zendesk event type")
    return parser(payload, headers, now)


class Client(HelpdeskClient):
    """Zendesk Support API: read tickets and comments, write one safe update per event."""

    name = NAME
    TICKET_URL = "/api/v2/tickets/{ticket_id}"
    TICKET_TAGS_URL = "/api/v2/tickets/{ticket_id}/tags"
    TICKET_COMMENTS_URL = "/api/v2/tickets/{ticket_id}/comments"
    WEBHOOKS_URL = "/api/v2/webhooks"
    WEBHOOK_SECRET_URL = "/api/v2/webhooks/{webhook_id}/signing_secret"
    SCHEDULES_URL = "/api/v2/business_hours/schedules"
    SCHEDULE_HOLIDAYS_URL = "/api/v2/business_hours/schedules/{schedule_id}/holidays"
    INCREMENTAL_TICKETS_URL = "/api/v2/incremental/tickets/cursor.json"
    USER_ME_URL = "/api/v2/users/me.json"

    def read_ticket(self, ticket_id: str) -> TicketState:
        """``GET /api/v2/tickets/{id}``: subject, description, tags and ``updated_at``."""
        data = self._request("GET", self.TICKET_URL.format(ticket_id=ticket_id))
        ticket = data["ticket"]
        return TicketState(
            ticket_id=str(ticket["id"]),
            subject=ticket.get("subject") or "",
            body=ticket.get("description") or "",
            requester_id=_optional_id(ticket.get("requester_id")),
            tags=tuple(ticket.get("tags") or ()),
            updated_at=ticket.get("updated_at"),
            channel=_channel(ticket),
            assignee_id=_optional_id(ticket.get("assignee_id")),
        )

    def latest_comments(self, ticket_id: str) -> list[dict[str, Any]]:
        """Newest comments first (one page of 100 is plenty for what we look for)."""
        data = self._request(
            "GET",
            self.TICKET_COMMENTS_URL.format(ticket_id=ticket_id),
            params={"page[size]": 100, "sort": "-created_at"},
        )
        return list(data.get("comments") or [])

    def fetch(self, event: TicketEvent) -> TicketState:
        """The ticket, with ``body`` set to the text this event is about."""
        state = self.read_ticket(event.ticket_id)
        if event.kind == TICKET_CREATED:
            return state
        requester = event.requester_id or state.requester_id
        for comment in self.latest_comments(event.ticket_id):
            wanted = (
                str(comment.get("id")) == event.comment_id
                if event.comment_id
                else comment.get("public") and str(comment.get("author_id")) == requester
            )
            if wanted:
                text = comment.get("body") or html_to_text(comment.get("html_body") or "")
                return replace(state, body=text, comment_id=_optional_id(comment.get("id")))
        return replace(state, body="")

    def has_marker(self, ticket_id: str, marker: str) -> bool:
        return any(marker in (c.get("body") or "") for c in self.latest_comments(ticket_id))

    def add_tags(self, ticket_id: str, tags: tuple[str, ...]) -> None:
        """``PUT …/tags`` adds without replacing (``POST`` would replace)."""
        self._request(
            "PUT",
            self.TICKET_TAGS_URL.format(ticket_id=ticket_id),
            json={"tags": list(tags)},
            write=True,
        )

    def update_ticket(self, ticket_id: str, ticket: dict[str, Any]) -> None:
        self._request(
            "PUT", self.TICKET_URL.format(ticket_id=ticket_id), json={"ticket": ticket}, write=True
        )

    def apply(
        self,
        event: TicketEvent,
        actions: ActionSet,
        state: TicketState | None,
        note_written: Callable[[], None] = lambda: None,
    ) -> int:
        """One write per flagged event: the tag union, the private note and any escalation in
        a single safe update; a tags-only change uses the add-tags endpoint instead."""
        writes = 0
        change: dict[str, Any] = {}
        if actions.private_note:
            change["comment"] = {"body": actions.private_note, "public": False}
        if actions.escalation and actions.escalation.priority:
            change["priority"] = PRIORITY.get(actions.escalation.priority, "urgent")
        if actions.escalation and actions.escalation.group_id:
            change["group_id"] = int(actions.escalation.group_id)
        if not change and actions.tags:
            self.add_tags(event.ticket_id, actions.tags)
            writes += 1
        elif change:
            if event.tags is not None and event.ticket_updated_at:
                tags, stamp = event.tags, event.ticket_updated_at
            else:
                current = state if state and state.updated_at else self.read_ticket(event.ticket_id)
                tags, stamp = current.tags, current.updated_at
            for attempt in range(1, MAX_SAFE_UPDATE_ATTEMPTS + 1):
                union = list(tags) + [t for t in actions.tags if t not in tags]
                try:
                    self.update_ticket(
                        event.ticket_id,
                        {**change, "tags": union, "safe_update": True, "updated_stamp": stamp},
                    )
                    writes += 1
                    note_written()
                    break
                except Conflict:
                    if attempt == MAX_SAFE_UPDATE_ATTEMPTS:
                        raise
                    fresh = self.read_ticket(event.ticket_id)
                    tags, stamp = fresh.tags, fresh.updated_at
        return writes

    def post_public_reply(self, ticket_id: str, text: str) -> None:
        """A public comment: only ever the after-hours acknowledgement a policy allows."""
        self.update_ticket(ticket_id, {"comment": {"body": text, "public": True}})

    # Setup and backfill (``worker/operations``): one request each; callers page and pace.

    def list_webhooks(self, name_contains: str, after: str | None = None) -> dict[str, Any]:
        """One page of ``GET /api/v2/webhooks`` filtered by name (cursor pagination:
        ``meta.has_more``, ``meta.after_cursor``). Webhook ids are ULID strings."""
        params: dict[str, Any] = {"filter[name_contains]": name_contains, "page[size]": 100}
        if after:
            params["page[after]"] = after
        data: dict[str, Any] = self._request("GET", self.WEBHOOKS_URL, params=params)
        return data

    def create_webhook(self, webhook: dict[str, Any]) -> dict[str, Any]:
        """``POST /api/v2/webhooks`` (201); the created webhook, secrets not echoed."""
        data = self._request("POST", self.WEBHOOKS_URL, json={"webhook": webhook})
        return dict(data["webhook"])

    def current_user(self) -> dict[str, Any]:
        """``GET /api/v2/users/me.json``: the user the credentials belong to (checks them).
        Zendesk answers bad credentials with 401, and no credentials with an anonymous user
        whose ``id`` is null."""
        return dict(self._request("GET", self.USER_ME_URL)["user"])

    def webhook_signing_secret(self, webhook_id: str) -> dict[str, str]:
        """``GET …/signing_secret``: ``{"secret": …, "algorithm": "SHA256"}``."""
        url = self.WEBHOOK_SECRET_URL.format(webhook_id=webhook_id)
        return dict(self._request("GET", url)["signing_secret"])

    def business_hours_schedules(self) -> list[dict[str, Any]]:
        """``GET /api/v2/business_hours/schedules`` (admins only): intervals in minutes from
        Sunday 00:00 in the schedule's ``time_zone``, a Rails zone name."""
        return list(self._request("GET", self.SCHEDULES_URL).get("schedules") or [])

    def schedule_holidays(self, schedule_id: str, start: str, end: str) -> list[dict[str, Any]]:
        """Holidays of one schedule between two ISO dates: ``{name, start_date, end_date}``."""
        url = self.SCHEDULE_HOLIDAYS_URL.format(schedule_id=schedule_id)
        data = self._request("GET", url, params={"start_date": start, "end_date": end})
        return list(data.get("holidays") or [])

    def incremental_tickets(
        self, *, start_time: int | None = None, cursor: str | None = None
    ) -> dict[str, Any]:
        """One page of the cursor-based incremental ticket export: ``tickets``,
        ``after_cursor``, ``end_of_stream``. Start with ``start_time`` (epoch seconds), go on
        with ``cursor``. Zendesk allows 10 export requests a minute."""
        params: dict[str, Any] = {"cursor": cursor} if cursor else {"start_time": start_time}
        data: dict[str, Any] = self._request("GET", self.INCREMENTAL_TICKETS_URL, params=params)
        return data

    def comments_page(self, ticket_id: str, after: str | None = None) -> dict[str, Any]:
        """One page of a ticket's comments, oldest first (``meta.has_more``/``after_cursor``)."""
        params: dict[str, Any] = {"page[size]": 100}
        if after:
            params["page[after]"] = after
        url = self.TICKET_COMMENTS_URL.format(ticket_id=ticket_id)
        data: dict[str, Any] = self._request("GET", url, params=params)
        return data
