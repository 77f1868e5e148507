"""``kasuguard backfill``: score past tickets the way the worker scores new ones.

It reads tickets updated since ``--since`` (Zendesk: the cursor-based incremental export and each
ticket's comments; Freshdesk: the ticket list ordered by update time and each ticket's
conversations), turns every customer message into a ``TicketEvent`` and runs it through
``worker.jobs.handle``, so requester history and the incident record are built exactly as live
processing builds them. Messages of one page are handled oldest first, so a requester's earlier
messages are in the history when their later ones are scored.

Without ``--tag`` nothing is written to the helpdesk: the client is wrapped so that ``apply`` and
``post_public_reply`` do nothing. With ``--tag`` the normal write-back runs (tags, the private note,
escalation) inside the shared write budget; a public reply is never sent, because an after-hours
acknowledgement weeks late would only confuse the customer.

Resumable: the export position of the page in progress and the tickets already finished are kept
in Redis (a week), so running the same command again after an interruption continues where it
stopped; each message is handled at most once (the job ledger), so nothing is counted or written
twice. Within the rate limit: it reads the rate-limit headers after every call and slows down as the
remaining budget nears zero, honours 429 ``Retry-After`` (pausing the workers too, through the
shared limiter), and spaces export calls (Zendesk allows 10 incremental exports a minute).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol, TextIO

import requests
from redis import Redis

from integrations import HELPDESKS, freshdesk, zendesk
from integrations.base import (
    HelpdeskClient,
    HelpdeskError,
    HelpdeskRejected,
    HelpdeskUnavailable,
    RateLimited,
)
from integrations.text import html_to_text
from worker.cli_text import t
from worker.jobs import Runtime, ack_key, handle, ledger_key
from worker.model import COMMENT_ADDED, TICKET_CREATED, ActionSet, TicketEvent, TicketState
from worker.operations import UsageError
from worker.ratelimit import WriteLimiter

logger = logging.getLogger(__name__)

STATE_TTL_S = 7 * 86400
"""Progress is kept a week (as long as the job ledger that stops double writes)."""

PAGE_INTERVAL_S: Mapping[str, float] = {"zendesk": 6.0, "freshdesk": 3.0}
"""Least seconds between two page reads: Zendesk allows 10 incremental exports a minute;
Freshdesk's smallest plan allows 20 ticket-list calls a minute."""

RESERVE_FRACTION = 0.2
MIN_RESERVE = 10
"""Below this much of the account's remaining calls, backfill slows down so agents and the live
worker keep their share."""

BACKFILL_NICENESS = 10
"""How much a writing backfill lowers its own CPU priority (``nice``)."""

BACKOFF_S = (5.0, 30.0, 120.0)
"""Waits before retrying a call after a timeout or a 5xx; then backfill stops (rerun resumes)."""
MAX_RATE_LIMITED = 10
"""429s in a row on one call before giving up."""

LEVEL_NAMES = ("high", "medium", "low")

_REMAINING = ("ratelimit-remaining", "X-Rate-Limit-Remaining", "X-RateLimit-Remaining")
_LIMIT = ("ratelimit-limit", "X-Rate-Limit", "X-RateLimit-Total")
_RESET = ("ratelimit-reset",)


def _header_number(headers: Mapping[str, str], names: tuple[str, ...]) -> float | None:
    for name in names:
        value = headers.get(name)
        if value is not None:
            try:
                return float(value)
            except ValueError:
                continue
    return None


class Pacer:
    """Slows reads down from the rate-limit headers of the last response.

    Zendesk sends ``X-Rate-Limit-Remaining`` (and ``ratelimit-remaining``/``ratelimit-reset`` on
    list endpoints); Freshdesk sends ``X-RateLimit-Remaining`` and ``X-RateLimit-Total``. While
    more than the reserve (20 % of the limit, at least 10 calls) remains there is no delay; below
    it the delay grows linearly to a whole window (``ratelimit-reset``, else 60 s) at zero.
    """

    def __init__(
        self,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.sleep = sleep
        self.clock = clock
        self.headers: Mapping[str, str] = {}
        self.waited = 0.0
        self._last: dict[str, float] = {}

    def observe(self, response: requests.Response, *args: Any, **kwargs: Any) -> None:
        """A ``requests`` response hook: remember the headers of every response."""
        self.headers = response.headers

    def delay(self) -> float:
        """Seconds to wait before the next call, from the last response's headers."""
        remaining = _header_number(self.headers, _REMAINING)
        if remaining is None:
            return 0.0
        limit = _header_number(self.headers, _LIMIT)
        reserve = max(MIN_RESERVE, (limit or 0) * RESERVE_FRACTION)
        if remaining >= reserve:
            return 0.0
        window = _header_number(self.headers, _RESET) or 60.0
        return window * (reserve - max(remaining, 0)) / reserve

    def wait(self, seconds: float) -> None:
        if seconds > 0:
            self.sleep(seconds)
            self.waited += seconds

    def pace(self) -> None:
        """Wait as the last response's headers ask."""
        self.wait(self.delay())

    def space(self, kind: str, interval: float) -> None:
        """Keep at least ``interval`` seconds between two calls of ``kind``."""
        last = self._last.get(kind)
        if last is not None:
            self.wait(last + interval - self.clock())
        self._last[kind] = self.clock()


class _Wrapper:
    """The worker's client verbs over a real client, for ``handle``."""

    def __init__(self, inner: HelpdeskClient) -> None:
        self.inner = inner
        self.name = inner.name
        self.calls = inner.calls
        self.budget = inner.budget  # handle() tells the limiter each write's level and ticket

    def fetch(self, event: TicketEvent) -> TicketState:
        return self.inner.fetch(event)

    def post_public_reply(self, ticket_id: str, text: str) -> None:
        """Never: an acknowledgement weeks after the message would only confuse the customer."""


class ScoreOnly(_Wrapper):
    """Scores, records history and incidents, writes nothing to the helpdesk."""

    def has_marker(self, ticket_id: str, marker: str) -> bool:
        return False

    def apply(
        self,
        event: TicketEvent,
        actions: ActionSet,
        state: TicketState | None,
        note_written: Callable[[], None] = lambda: None,
    ) -> int:
        return 0


class WriteBack(_Wrapper):
    """The normal write-back (tags, private note, escalation), without public replies."""

    def has_marker(self, ticket_id: str, marker: str) -> bool:
        return self.inner.has_marker(ticket_id, marker)

    def apply(
        self,
        event: TicketEvent,
        actions: ActionSet,
        state: TicketState | None,
        note_written: Callable[[], None] = lambda: None,
    ) -> int:
        return self.inner.apply(event, actions, state, note_written)


def _time(value: Any) -> datetime:
    return datetime.fromisoformat(str(value))


def _agent_id(value: Any) -> str | None:
    """The assigned agent's id (Zendesk ``assignee_id``, Freshdesk ``responder_id``), if any."""
    return str(value) if value not in (None, "", 0) else None


@dataclass
class Page:
    """One page of tickets and where the next page starts (``None``: this was the last)."""

    tickets: list[dict[str, Any]]
    next_position: dict[str, str] | None


class Source(Protocol):
    """How one helpdesk lists tickets and their customer messages."""

    name: str

    def start(self, since: datetime) -> dict[str, str]: ...

    def page(self, position: Mapping[str, str]) -> Page: ...

    def messages(
        self, ticket: Mapping[str, Any], since: datetime, until: datetime
    ) -> list[TicketEvent]: ...


class ZendeskSource:
    """Incremental export (cursor), then each ticket's comments; the requester's public
    comments are the customer's messages, the first comment is the ticket's description."""

    name = zendesk.NAME

    def __init__(self, client: zendesk.Client, pacer: Pacer) -> None:
        self.client = client
        self.pacer = pacer

    def start(self, since: datetime) -> dict[str, str]:
        return {"start_time": str(int(since.timestamp()))}

    def page(self, position: Mapping[str, str]) -> Page:
        self.pacer.space("export", PAGE_INTERVAL_S[self.name])
        if position.get("cursor"):
            data = self.client.incremental_tickets(cursor=position["cursor"])
        else:
            data = self.client.incremental_tickets(start_time=int(position["start_time"]))
        self.pacer.pace()
        tickets = [t for t in data.get("tickets") or [] if t.get("status") != "deleted"]
        after = data.get("after_cursor")
        done = bool(data.get("end_of_stream")) or not after
        return Page(tickets, None if done else {"cursor": str(after)})

    def messages(
        self, ticket: Mapping[str, Any], since: datetime, until: datetime
    ) -> list[TicketEvent]:
        ticket_id = str(ticket["id"])
        comments: list[dict[str, Any]] = []
        after = None
        while True:
            data = self.client.comments_page(ticket_id, after)
            self.pacer.pace()
            comments += data.get("comments") or []
            meta = data.get("meta") or {}
            after = meta.get("after_cursor")
            if not meta.get("has_more") or not after:
                break
        requester = str(ticket.get("requester_id") or "")
        via = ticket.get("via") if isinstance(ticket.get("via"), Mapping) else {}
        first = min(comments, key=lambda c: str(c.get("created_at")), default=None)
        events = []
        for comment in comments:
            if not requester or str(comment.get("author_id")) != requester:
                continue
            if not comment.get("public"):
                continue
            at = _time(comment["created_at"])
            if not since <= at < until:
                continue
            comment_via = comment.get("via") if isinstance(comment.get("via"), Mapping) else {}
            channel = comment_via.get("channel") or via.get("channel") or "web"
            events.append(
                TicketEvent(
                    helpdesk=self.name,
                    event_id=f"bf-{comment['id']}",
                    kind=TICKET_CREATED if comment is first else COMMENT_ADDED,
                    ticket_id=ticket_id,
                    occurred_at=at,
                    requester_id=requester,
                    subject=str(ticket.get("subject") or ""),
                    body=comment.get("body") or html_to_text(comment.get("html_body") or ""),
                    channel=str(channel).lower(),
                    comment_id=str(comment["id"]),
                    assignee_id=_agent_id(ticket.get("assignee_id")),
                )
            )
        return events


class FreshdeskSource:
    """Tickets ordered by update time (the position moves to the last ticket's ``updated_at``,
    so tickets we tag, which move to the end, cannot shift unread ones off a page), then each
    ticket's conversations; incoming public ones are the customer's replies."""

    name = freshdesk.NAME
    PER_PAGE = 100
    """Tickets per list page (the client asks for 100)."""
    CONVERSATIONS_PER_PAGE = 100

    def __init__(self, client: freshdesk.Client, pacer: Pacer) -> None:
        self.client = client
        self.pacer = pacer

    def start(self, since: datetime) -> dict[str, str]:
        # UTC with "Z", the form Freshdesk's documentation uses.
        return {"updated_since": since.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "page": "1"}

    def page(self, position: Mapping[str, str]) -> Page:
        self.pacer.space("list", PAGE_INTERVAL_S[self.name])
        since, number = position["updated_since"], int(position["page"])
        tickets = self.client.tickets_page(since, number)
        self.pacer.pace()
        if len(tickets) < self.PER_PAGE:
            return Page(tickets, None)
        last = str(tickets[-1].get("updated_at") or "")
        if last and last != since:
            return Page(tickets, {"updated_since": last, "page": "1"})
        # A whole page updated in the same second: step through pages instead.
        return Page(tickets, {"updated_since": since, "page": str(number + 1)})

    def messages(
        self, ticket: Mapping[str, Any], since: datetime, until: datetime
    ) -> list[TicketEvent]:
        ticket_id = str(ticket["id"])
        requester_info = ticket.get("requester")
        email = requester_info.get("email") if isinstance(requester_info, Mapping) else None
        # The webhook body identifies requesters by e-mail; use the same key for history.
        requester = str(email).strip().lower() if email else str(ticket.get("requester_id") or "")
        channel = freshdesk.SOURCE.get(ticket.get("source") or 0, "web")
        common = {
            "helpdesk": self.name,
            "ticket_id": ticket_id,
            "requester_id": requester or None,
            "subject": str(ticket.get("subject") or ""),
            "channel": channel,
            "assignee_id": _agent_id(ticket.get("responder_id")),
        }
        events = []
        created = _time(ticket["created_at"])
        if since <= created < until:
            body = ticket.get("description_text") or html_to_text(ticket.get("description") or "")
            events.append(
                TicketEvent(
                    event_id=f"bf-t{ticket_id}",
                    kind=TICKET_CREATED,
                    occurred_at=created,
                    body=body,
                    **common,
                )
            )
        number = 1
        while True:
            conversations = self.client.conversations_page(ticket_id, number)
            self.pacer.pace()
            for item in conversations:
                if not item.get("incoming") or item.get("private"):
                    continue
                at = _time(item["created_at"])
                if not since <= at < until:
                    continue
                events.append(
                    TicketEvent(
                        event_id=f"bf-c{item['id']}",
                        kind=COMMENT_ADDED,
                        occurred_at=at,
                        body=item.get("body_text") or html_to_text(item.get("body") or ""),
                        comment_id=str(item["id"]),
                        **common,
                    )
                )
            if len(conversations) < self.CONVERSATIONS_PER_PAGE:
                return events
            number += 1


class Progress:
    """A one-line progress bar on stderr (redrawn on a terminal, one line per page otherwise).
    It shows counts only, never ticket text."""

    WIDTH = 24

    def __init__(self, stream: TextIO, helpdesk: str, since: datetime, until: datetime) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self.helpdesk = helpdesk
        self.since, self.until = since, until

    def show(self, counts: Mapping[str, int], reached: datetime | None, waited: float) -> None:
        span = (self.until - self.since).total_seconds() or 1.0
        fraction = 0.0
        if reached is not None:
            fraction = min(max((reached - self.since).total_seconds() / span, 0.0), 1.0)
        filled = round(fraction * self.WIDTH)
        line = (
            f"{self.helpdesk} [{'#' * filled}{'-' * (self.WIDTH - filled)}] {fraction:4.0%} "
            + t(
                "bf_progress",
                tickets=counts.get("tickets", 0),
                messages=counts.get("messages", 0),
                flagged=counts.get("flagged", 0),
                writes=counts.get("writes", 0),
                waited=f"{waited:.0f}",
            )
        )
        self.stream.write(f"\r{line}\x1b[K" if self.tty else line + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self.tty:
            self.stream.write("\n")


def state_key(helpdesk: str, tag: bool) -> str:
    """Progress of a run; scoring-only and tagging runs are tracked apart."""
    return f"kasuguard:backfill:{helpdesk}:{'tag' if tag else 'score'}"


@dataclass
class Backfill:
    """One helpdesk's backfill: read pages, score messages oldest first, remember progress."""

    source: Source
    client: HelpdeskClient
    runtime: Runtime
    pacer: Pacer
    tag: bool
    progress: Progress | None = None
    counts: Counter[str] = field(default_factory=Counter)

    @property
    def redis(self) -> Redis:
        return self.runtime.redis

    @property
    def key(self) -> str:
        return state_key(self.source.name, self.tag)

    def _retrying(self, call: Callable[[], Any]) -> Any:
        """``call``, again after a 429 (its ``Retry-After``) or a timeout/5xx (backoff)."""
        limited = unavailable = 0
        while True:
            try:
                return call()
            except RateLimited as exc:
                limited += 1
                if limited > MAX_RATE_LIMITED:
                    raise
                self.pacer.wait(exc.retry_after)
            except HelpdeskUnavailable:
                if unavailable >= len(BACKOFF_S):
                    raise
                self.pacer.wait(BACKOFF_S[unavailable])
                unavailable += 1

    def _save(self, **values: str) -> None:
        pipe = self.redis.pipeline()
        pipe.hset(self.key, mapping=values)
        pipe.expire(self.key, STATE_TTL_S)
        pipe.execute()

    def _count(self, name: str, amount: int = 1) -> None:
        self.counts[name] += amount
        self.redis.hincrby(self.key, f"count:{name}", amount)

    def load(self, since: datetime, until: datetime, restart: bool) -> dict[str, str]:
        """The saved state of this run, or a fresh one starting at ``since``."""
        if restart:
            self.redis.delete(self.key, self.key + ":tickets")
        saved = {k.decode(): v.decode() for k, v in self.redis.hgetall(self.key).items()}
        if saved:
            self.counts.update(
                {k.removeprefix("count:"): int(v) for k, v in saved.items() if k[:6] == "count:"}
            )
            return saved
        state = {
            "since": since.isoformat(),
            "until": until.isoformat(),
            "started": datetime.now().astimezone().isoformat(),
            **{f"pos:{k}": v for k, v in self.source.start(since).items()},
        }
        self._save(**state)
        return state

    def run(self, since: datetime, until: datetime, *, restart: bool = False) -> Counter[str]:
        """Backfill from the saved position (or ``since``) to the end; returns the counts."""
        state = self.load(since, until, restart)
        if state.get("done"):
            return self.counts
        since, until = _time(state["since"]), _time(state["until"])
        position = {k[4:]: v for k, v in state.items() if k.startswith("pos:")}
        done_tickets = self.key + ":tickets"
        while True:
            page = self._retrying(lambda p=position: self.source.page(p))  # type: ignore[misc]
            events: list[TicketEvent] = []
            pending: Counter[str] = Counter()
            reached = None
            for ticket in page.tickets:
                ticket_id = str(ticket["id"])
                if self.redis.sismember(done_tickets, ticket_id):
                    continue
                found = self._retrying(
                    lambda t=ticket: self.source.messages(t, since, until)  # type: ignore[misc]
                )
                if found:
                    events += found
                    pending[ticket_id] = len(found)
                else:
                    self._finish_ticket(ticket_id)
                if ticket.get("updated_at"):
                    reached = _time(ticket["updated_at"])
            for event in sorted(events, key=lambda e: (e.occurred_at, e.ticket_id, e.event_id)):
                self._handle(event)
                pending[event.ticket_id] -= 1
                if pending[event.ticket_id] == 0:
                    self._finish_ticket(event.ticket_id)
            if self.progress:
                self.progress.show(self.counts, reached, self.pacer.waited)
            if page.next_position is None:
                self._save(done=datetime.now().astimezone().isoformat())
                return self.counts
            position = page.next_position
            self.redis.hdel(self.key, *[k for k in state if k.startswith("pos:")])
            state = {f"pos:{k}": v for k, v in position.items()}
            self._save(**state)

    def _finish_ticket(self, ticket_id: str) -> None:
        pipe = self.redis.pipeline()
        pipe.sadd(self.key + ":tickets", ticket_id)
        pipe.expire(self.key + ":tickets", STATE_TTL_S)
        pipe.execute()
        self._count("tickets")

    def _handle(self, event: TicketEvent) -> None:
        """One message through the worker's own path, at most once per event."""
        ledger = ledger_key(event.job_id)
        if self.tag and self.redis.hget(ledger, "backfill") == b"score":
            # Scored earlier without --tag: forget that, so this run writes back.
            self.redis.delete(ledger)
        wrapper = WriteBack(self.client) if self.tag else ScoreOnly(self.client)
        writes_before = len([c for c in self.client.calls if c[0] != "GET"])
        try:
            result = self._retrying(lambda: handle(event, self.runtime, wrapper))
        except HelpdeskRejected as exc:
            # e.g. a closed Zendesk ticket cannot be updated: count it, go on.
            logger.warning(
                "backfill.write-rejected",
                extra={"helpdesk": event.helpdesk, "ticket_id": event.ticket_id, "error": str(exc)},
            )
            self._count("rejected")
            return
        finally:
            if self.redis.get(ack_key(event)) == event.job_id.encode():
                # handle() reserved tonight's acknowledgement for this old message; release it.
                self.redis.delete(ack_key(event))
        if not self.tag:
            self.redis.hset(ledger, "backfill", "score")
        if result.get("status") != "processed":
            return
        self._count("messages")
        if result.get("level", "none") != "none":
            self._count("flagged")
            self._count(f"level:{result['level']}")
        self._count("writes", len([c for c in self.client.calls if c[0] != "GET"]) - writes_before)


def run_command(
    args: argparse.Namespace,
    *,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.time,
    now: datetime | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    niceness: int = 0,
) -> int:
    """``kasuguard backfill``: every configured helpdesk (or ``--helpdesk``), resumable. The
    command passes ``niceness``: a writing backfill lowers its CPU priority by that much."""
    from worker.config import load_config
    from worker.operations.timespec import parse_moment

    out, err = out or sys.stdout, err or sys.stderr
    config = load_config()
    moment = now or datetime.now().astimezone()
    runtime = Runtime(config=config, redis=Redis.from_url(config.redis_url))
    zone = runtime.policy.calendar.timezone
    since = parse_moment(args.since, now=moment, tz=zone)
    until = parse_moment(args.until, now=moment, tz=zone) if args.until else moment
    names = [args.helpdesk] if args.helpdesk else list(HELPDESKS)
    configured = [n for n in names if config.helpdesks[n].credentials is not None]
    if args.helpdesk and not configured:
        raise UsageError(t("bf_no_credentials", name=args.helpdesk))
    if not configured:
        raise UsageError(t("bf_no_credentials_any"))
    for name in configured:
        settings = config.helpdesks[name]
        if args.tag and settings.dry_run:
            raise UsageError(t("bf_tag_dry_run", name=name))
        assert settings.credentials is not None
        pacer = Pacer(sleep=sleep, clock=clock)
        session = requests.Session()
        session.hooks["response"].append(pacer.observe)
        limiter = WriteLimiter(
            runtime.redis, name, settings.writes_per_minute, clock=clock, sleep=sleep,
            max_wait=3600.0, backfill=True,
        )  # fmt: skip
        module = HELPDESKS[name]
        client = module.Client(
            settings.credentials, budget=limiter, timeout=config.http_timeout, session=session
        )
        source: Source = (
            ZendeskSource(client, pacer) if name == "zendesk" else FreshdeskSource(client, pacer)
        )
        progress = Progress(err, name, since, until)
        job = Backfill(source, client, runtime, pacer, args.tag, progress)
        saved, finished = runtime.redis.hmget(state_key(name, args.tag), ["since", "done"])
        if finished and not args.restart:
            err.write(t("prefix", message=t("bf_finished", name=name, at=finished.decode())) + "\n")
        elif saved and not args.restart and saved.decode() != since.isoformat():
            err.write(t("prefix", message=t("bf_resuming", name=name, since=saved.decode())) + "\n")
        if args.tag and niceness:
            # Live events come first for the CPU too: on a host shared with the worker, a
            # backfill scoring thousands of tickets would otherwise slow every live note down.
            os.nice(niceness)
            niceness = 0
        try:
            counts = job.run(since, until, restart=args.restart)
        except KeyboardInterrupt:
            err.write("\n" + t("prefix", message=t("bf_interrupted", name=name)) + "\n")
            return 130
        except HelpdeskError as exc:
            err.write("\n" + t("prefix", message=t("bf_stopped", name=name, detail=exc)) + "\n")
            return 1
        progress.close()
        levels = ", ".join(f"{lv} {counts.get(f'level:{lv}', 0)}" for lv in LEVEL_NAMES)
        out.write(
            t(
                "bf_summary",
                name=name,
                tickets=counts.get("tickets", 0),
                messages=counts.get("messages", 0),
                flagged=counts.get("flagged", 0),
                levels=levels,
                writes=counts.get("writes", 0),
            )
            + (t("bf_rejected", n=counts["rejected"], name=name) if counts.get("rejected") else "")
            + (t("bf_scoring_only") if not args.tag else "")
            + "\n"
        )
    return 0
