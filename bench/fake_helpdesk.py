"""Helpdesk stand-ins on loopback for the benchmarks.

``FakeZendesk`` answers the calls the worker makes (update ticket, add tags, read ticket and
comments) with fixture-shaped JSON and counts them. ``RecordingHelpdesk`` (for
``bench/faults.py``) keeps tickets, comments and conversations, records every write with the
event it came from, and answers 429 / 500 / late on demand."""

from __future__ import annotations

import json
import random
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from bench.common import FIXTURES
from integrations.text import html_to_text


class FakeZendesk(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, port: int) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.update = (FIXTURES / "zendesk/api/update_ticket.json").read_bytes()
        self.ticket = (FIXTURES / "zendesk/api/ticket_show.json").read_bytes()
        self.comments = (FIXTURES / "zendesk/api/comments_list.json").read_bytes()
        self.calls: dict[str, int] = {}
        self.lock = threading.Lock()

    def start(self) -> None:
        threading.Thread(target=self.serve_forever, daemon=True).start()


class _Handler(BaseHTTPRequestHandler):
    server: FakeZendesk

    def _answer(self, body: bytes) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        path = self.path.split("?")[0]
        kind = (
            "tags"
            if path.endswith("/tags")
            else "comments"
            if path.endswith("/comments")
            else "ticket"
        )
        key = f"{self.command} {kind}"
        with self.server.lock:
            self.server.calls[key] = self.server.calls.get(key, 0) + 1
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_PUT(self) -> None:  # noqa: N802
        self._answer(self.server.update)

    def do_GET(self) -> None:  # noqa: N802
        self._answer(
            self.server.comments
            if self.path.split("?")[0].endswith("/comments")
            else self.server.ticket
        )

    def log_message(self, format: str, *args: Any) -> None:
        return


def calls_json(server: FakeZendesk) -> str:
    return json.dumps(server.calls, sort_keys=True)


# --- A recording fake of both helpdesks, with faults on demand (bench/faults.py) ------------

CUSTOMER_TEXT = "お前ら本当に無能だな。慰謝料を払え。"
"""What every fake customer wrote: flagged by the rules alone, so a note is always due (and
the scorer's model, slow in a fresh fork while it is being rebuilt, is not consulted)."""

MARKER = re.compile(r"kasuguard-event: ([A-Za-z0-9_-]+)")


@dataclass
class Faults:
    """What the fake does to a share of requests: answer ``429`` (Retry-After: 1), ``500`` or
    ``hang`` (answer only after ``hang_s``). ``ambiguous`` is the share of failing writes (500 or
    hang; a 429 stores nothing) that are stored before the failure, so the caller cannot know
    whether they happened."""

    kind: str = ""
    rate: float = 0.0
    ambiguous: float = 0.5
    hang_s: float = 3.0
    until: float = 0.0
    """``time.monotonic()`` after which the storm is over."""
    first_note_fails: bool = False
    """Freshdesk: the first note POST of each ticket is stored, then answered 504."""


@dataclass
class Ticket:
    helpdesk: str
    id: int
    tags: list[str] = field(default_factory=list)
    version: int = 0
    comments: list[dict[str, Any]] = field(default_factory=list)
    """Zendesk comments / Freshdesk conversations, oldest first."""
    notes_failed: int = 0

    @property
    def updated_at(self) -> str:
        return f"2026-02-06T01:{self.version // 60:02d}:{self.version % 60:02d}Z"


@dataclass
class Write:
    helpdesk: str
    ticket: int
    kind: str  # note, tags, update
    job_id: str | None
    at: float


class RecordingHelpdesk(ThreadingHTTPServer):
    """Zendesk and Freshdesk on one loopback port (``/zendesk/…``, ``/freshdesk/…``): tickets
    come into being when first touched, with one customer comment (Zendesk) or ``conversations``
    conversations (Freshdesk); every write is recorded with the event marker of its note."""

    daemon_threads = True
    request_queue_size = 128

    def __init__(self, port: int, seed: int = 7) -> None:
        super().__init__(("127.0.0.1", port), _RecordingHandler)
        self.lock = threading.Lock()
        self.rng = random.Random(seed)
        self.tickets: dict[tuple[str, int], Ticket] = {}
        self.writes: list[Write] = []
        self.calls: dict[str, int] = {}
        self.faults = Faults()
        self.conversations = 2
        self.injected: dict[str, int] = {}

    def start(self) -> None:
        threading.Thread(target=self.serve_forever, daemon=True).start()

    def handle_error(self, request: Any, client_address: Any) -> None:
        return  # a client that timed out on a hung answer closed its end: expected here

    def ticket(self, helpdesk: str, ticket_id: int) -> Ticket:
        key = (helpdesk, ticket_id)
        if key not in self.tickets:
            ticket = Ticket(helpdesk, ticket_id, tags=["billing"])
            if helpdesk == "zendesk":
                ticket.comments.append(_zendesk_comment(9_000_000 + ticket_id, ticket_id))
            else:
                for n in range(1, self.conversations + 1):
                    ticket.comments.append(_conversation(n, ticket_id, incoming=n % 2 == 1))
            self.tickets[key] = ticket
        return self.tickets[key]

    def notes(self) -> dict[tuple[str, int], list[str]]:
        """Per ticket, the event (job id) each stored note names."""
        out: dict[tuple[str, int], list[str]] = {}
        for write in self.writes:
            if write.kind == "note":
                out.setdefault((write.helpdesk, write.ticket), []).append(write.job_id or "?")
        return out

    def reset(self) -> None:
        with self.lock:
            self.tickets.clear()
            self.writes.clear()
            self.calls.clear()
            self.injected.clear()
            self.faults = Faults()
            self.conversations = 2


def _zendesk_comment(comment_id: int, author: int) -> dict[str, Any]:
    return {
        "id": comment_id,
        "author_id": author,
        "public": True,
        "body": CUSTOMER_TEXT,
        "created_at": "2026-02-06T01:12:09Z",
    }


def _conversation(n: int, ticket_id: int, *, incoming: bool) -> dict[str, Any]:
    text = CUSTOMER_TEXT if incoming else "ご連絡ありがとうございます。"
    return {
        "id": ticket_id * 1000 + n,
        "body": f"<div>{text}</div>",
        "body_text": text,
        "incoming": incoming,
        "private": False,
        "ticket_id": ticket_id,
    }


class _RecordingHandler(BaseHTTPRequestHandler):
    server: RecordingHelpdesk
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802
        self._handle()

    def do_PUT(self) -> None:  # noqa: N802
        self._handle()

    def do_POST(self) -> None:  # noqa: N802
        self._handle()

    def log_message(self, format: str, *args: Any) -> None:
        return

    def _send(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        payload = json.loads(self.rfile.read(length)) if length else None
        url = urlsplit(self.path)
        parts = url.path.strip("/").split("/")  # helpdesk, api, v2, tickets, id[, what]
        server = self.server
        if len(parts) < 5 or parts[3] != "tickets" or not parts[4].isdigit():
            self._send(404, {"error": "RecordNotFound"})
            return
        helpdesk, ticket_id = parts[0], int(parts[4])
        what = parts[5] if len(parts) > 5 else ""
        write = self.command != "GET"
        with server.lock:
            key = f"{helpdesk} {self.command} {what or 'ticket'}"
            server.calls[key] = server.calls.get(key, 0) + 1
            faults = server.faults
            storm = faults.kind and time.monotonic() < faults.until
            fail = storm and server.rng.random() < faults.rate
            # A 429 is a refusal: nothing is stored. A 500 or a late answer may come after the
            # write was stored: the caller cannot tell.
            ambiguous = write and faults.kind != "429"
            stored_anyway = fail and ambiguous and server.rng.random() < faults.ambiguous
            if fail:
                server.injected[faults.kind] = server.injected.get(faults.kind, 0) + 1
        if fail and not stored_anyway:
            self._fail(faults)
            return
        with server.lock:
            ticket = server.ticket(helpdesk, ticket_id)
            status, body = self._answer(ticket, what, payload, url.query)
            if (
                faults.first_note_fails
                and what == "notes"
                and status == 201
                and ticket.notes_failed == 0
            ):
                ticket.notes_failed += 1
                status, body = 504, {"error": "gateway timeout"}  # stored, but not said so
        if stored_anyway and 200 <= status < 300:
            self._fail(faults)
            return
        self._send(status, body)

    def _fail(self, faults: Faults) -> None:
        if faults.kind == "429":
            self._send(429, {"error": "TooManyRequests"}, {"Retry-After": "1"})
        elif faults.kind == "hang":
            time.sleep(faults.hang_s)  # longer than the client's timeout
            self._send(503, {"error": "late"})
        else:
            self._send(500, {"error": "InternalError"})

    def _record(self, ticket: Ticket, kind: str, text: str | None = None) -> None:
        match = MARKER.search(text or "")
        self.server.writes.append(
            Write(ticket.helpdesk, ticket.id, kind, match.group(1) if match else None, time.time())
        )

    def _answer(self, ticket: Ticket, what: str, payload: Any, query: str) -> tuple[int, Any]:
        if ticket.helpdesk == "zendesk":
            return self._zendesk(ticket, what, payload)
        return self._freshdesk(ticket, what, payload, query)

    def _zendesk(self, ticket: Ticket, what: str, payload: Any) -> tuple[int, Any]:
        shown = {
            "id": ticket.id,
            "subject": "請求について",
            "description": CUSTOMER_TEXT,
            "requester_id": ticket.id,
            "tags": ticket.tags,
            "updated_at": ticket.updated_at,
            "via": {"channel": "email"},
        }
        if self.command == "GET" and what == "comments":
            return 200, {"comments": list(reversed(ticket.comments)), "meta": {"has_more": False}}
        if self.command == "GET":
            return 200, {"ticket": shown}
        if what == "tags":
            ticket.tags += [t for t in payload["tags"] if t not in ticket.tags]
            ticket.version += 1
            self._record(ticket, "tags")
            return 200, {"tags": ticket.tags}
        change = payload["ticket"]
        if change.get("safe_update") and change.get("updated_stamp") != ticket.updated_at:
            return 409, {"error": "UpdateConflict", "description": "ticket changed"}
        ticket.tags = list(change.get("tags") or ticket.tags)
        ticket.version += 1
        comment = change.get("comment")
        if comment:
            body = comment["body"]
            ticket.comments.append(
                {"id": 8_000_000 + len(self.server.writes), "author_id": 1, "body": body,
                 "public": comment.get("public", True), "created_at": ticket.updated_at}
            )  # fmt: skip
            self._record(ticket, "note" if comment.get("public") is False else "reply", body)
        else:
            self._record(ticket, "update")
        return 200, {"ticket": {**shown, "tags": ticket.tags, "updated_at": ticket.updated_at}}

    def _freshdesk(self, ticket: Ticket, what: str, payload: Any, query: str) -> tuple[int, Any]:
        if self.command == "GET" and what == "conversations":
            params = parse_qs(query)
            size = int(params.get("per_page", ["30"])[0])
            page = int(params.get("page", ["1"])[0])
            return 200, ticket.comments[(page - 1) * size : page * size]
        if self.command == "GET":
            return 200, {
                "id": ticket.id,
                "subject": "返品について",
                "description_text": CUSTOMER_TEXT,
                "requester_id": ticket.id,
                "tags": ticket.tags,
                "updated_at": ticket.updated_at,
                "source": 1,
            }
        if what == "notes":
            text = html_to_text(payload["body"])
            note = {"id": ticket.id * 1000 + len(ticket.comments) + 1, "body": payload["body"],
                    "body_text": text, "private": True, "incoming": False}  # fmt: skip
            ticket.comments.append(note)
            self._record(ticket, "note", text)
            return 201, note
        if what == "reply":
            self._record(ticket, "reply")
            return 201, {}
        ticket.tags = list(payload.get("tags") or ticket.tags)
        ticket.version += 1
        self._record(ticket, "update")
        return 200, {"id": ticket.id, "tags": ticket.tags}
