"""The RQ job: one ticket event in, at most a few helpdesk writes out.

``process_event`` runs in an ``rq worker`` process. It takes the event as a plain dict (RQ's
job contract: importable, context-free, JSON-safe arguments), builds what it needs from the
configuration, and keeps all I/O here at the edge: fetch text, load history, score (pure),
plan (pure), record history, write back.

Idempotency. The receiver already collapses redelivered webhooks into one job id. Here a
ledger in Redis records the steps of each event's write-back, so a job retried after a crash
or a 5xx never posts a second note: a step marked done is skipped, and a step that was started
but never confirmed is checked against the helpdesk (our note carries a marker line) before it
is repeated. The customer-facing reply is sent at most once: if its outcome is unknown, it is
not sent again.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from redis import Redis
from redis.exceptions import LockError, RedisError
from redis.lock import Lock
from rq import Queue, Retry, get_current_job
from rq.job import Job
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from integrations import HELPDESKS, dryrun
from integrations.base import Helpdesk, HelpdeskClient, HelpdeskRejected, MalformedPayload
from worker import care, db, incidents, metrics, notify
from worker.actions import plan
from worker.config import Config, load_config
from worker.history import RequesterHistory
from worker.logs import configure_logging
from worker.model import TICKET_CREATED, ActionSet, TicketEvent, TicketState
from worker.policy import Policy, load_policy, policy_path
from worker.ratelimit import Deferred, WriteLimiter
from worker.scoring import Assessment, Message, assess, fingerprint
from worker.template_store import default_store
from worker.tickets import Batches

logger = logging.getLogger(__name__)

JOB_TIMEOUT_S = 300
RESULT_TTL_S = 3600
"""Finished jobs (and the event text in their arguments) are gone after an hour."""
FAILURE_TTL_S = 7 * 86400
"""Failed jobs stay a week in the failed-job registry, to be requeued or purged."""
LEDGER_TTL_S = 7 * 86400
"""How long we remember what was written for an event (covers every sender's retry window)."""
RETRY = Retry(max=5, interval=[10, 30, 120, 600, 1800])
"""Backoff for 5xx, timeouts, connection errors and long rate-limit pauses."""

QUEUE_NAME = "kasuguard"
"""Live events: the receiver enqueues on it. (The name predates the queues below, so a receiver
and a worker of different versions agree during a rolling upgrade.)"""
DEFERRED_QUEUES = {"medium": "kasuguard-medium", "low": "kasuguard-low"}
"""Scored events whose write gave way to more urgent work, by level (see ``WriteOrder``)."""
QUEUES = (QUEUE_NAME, DEFERRED_QUEUES["medium"], DEFERRED_QUEUES["low"])
"""Every queue, most urgent first: the order ``rq worker`` listens in (Procfile)."""

MARKER_PREFIX = "kasuguard-event: "

PURGE_GUARD_KEY = "kasuguard:incidents:purged-recently"
PURGE_EVERY_S = 3600
"""Workers delete expired incidents at most this often (one of them, whichever comes first)."""

CARE_RETRY_GUARD_KEY = "kasuguard:care:retried-recently"
CARE_RETRY_EVERY_S = 60
"""Workers retry undelivered care alerts at most this often (one of them)."""

ACK_QUIET_S = 12 * 3600
"""After an automatic after-hours acknowledgement, the same ticket gets no other for this long."""


def ledger_key(job_id: str) -> str:
    return f"kasuguard:ledger:{job_id}"


def ack_key(event: TicketEvent) -> str:
    return f"kasuguard:ack:{event.helpdesk}:{event.ticket_id}"


def marker(job_id: str) -> str:
    """The last line of every note we post: lets a retried job find what it already wrote."""
    return f"{MARKER_PREFIX}{job_id}"


@dataclass
class Runtime:
    """What one worker process builds once from the configuration."""

    config: Config
    redis: Redis
    _policy: tuple[float, Policy] | None = field(default=None, repr=False)
    clock: Callable[[], float] | None = None
    """The write budget's clock and sleep, when not the real ones (benchmarks and tests replay
    minutes in a moment)."""
    sleep: Callable[[float], None] | None = None
    _batches: Batches | None = field(default=None, repr=False)

    @property
    def batches(self) -> Batches:
        """Claims and holds of the ticket's pending events (``worker.tickets``)."""
        if self._batches is None:
            self._batches = Batches(self.redis, ledger_key(""), LEDGER_TTL_S)
        return self._batches

    @property
    def engine(self) -> Engine:
        """The SQL database (migrated on first use in this process)."""
        return db.engine_for(self.config.database_url)

    def purge_expired_incidents(self, retention_days: int) -> None:
        """Delete incidents past the policy's retention, at most once an hour across workers
        (``kasuguard purge`` does the same by hand)."""
        if self.redis.set(PURGE_GUARD_KEY, 1, nx=True, ex=PURGE_EVERY_S):
            incidents.purge(self.engine, retention_days=retention_days)

    def retry_care_alerts(self, policy: Policy) -> None:
        """Post care alerts whose notification failed, at most once a minute across workers."""
        url = policy.escalation.notify_url
        if policy.observe_only or not url:
            return
        if self.redis.set(CARE_RETRY_GUARD_KEY, 1, nx=True, ex=CARE_RETRY_EVERY_S):
            try:
                care.deliver_pending(self.engine, url, policy)
            except SQLAlchemyError as exc:  # not this event's business: its own steps go on
                logger.warning("care.retry-failed", extra={"error": type(exc).__name__})

    @property
    def policy(self) -> Policy:
        """The policy file, re-read when it changes on disk (no worker restart needed)."""
        path = policy_path(self.config.policy_path)
        try:
            mtime = path.stat().st_mtime
        except OSError:
            mtime = -1.0  # load_policy reports the unreadable file by name
        if self._policy is None or self._policy[0] != mtime:
            self._policy = (mtime, load_policy(path))
        return self._policy[1]

    def client(self, helpdesk: str) -> Helpdesk:
        settings = self.config.helpdesks[helpdesk]
        if settings.dry_run or settings.credentials is None:
            return dryrun.Client(helpdesk, self.redis)
        limiter = WriteLimiter(
            self.redis, helpdesk, settings.writes_per_minute, clock=self.clock, sleep=self.sleep
        )
        module = HELPDESKS[helpdesk]
        client: HelpdeskClient = module.Client(
            settings.credentials, budget=limiter, timeout=self.config.http_timeout
        )
        return client


@cache
def runtime() -> Runtime:
    configure_logging()
    config = load_config()
    return Runtime(config=config, redis=Redis.from_url(config.redis_url))


def _summary(event: TicketEvent, status: str, **extra: Any) -> dict[str, Any]:
    return {"status": status, "helpdesk": event.helpdesk, "ticket_id": event.ticket_id, **extra}


def enqueue_options(job_id: str) -> dict[str, Any]:
    """How every event job is enqueued, by the receiver or when deferred."""
    return {
        "job_id": job_id,
        "description": f"process_event {job_id}",  # RQ logs this; never the ticket text
        "job_timeout": JOB_TIMEOUT_S,
        "result_ttl": RESULT_TTL_S,
        "failure_ttl": FAILURE_TTL_S,
        "retry": RETRY,
    }


@dataclass(frozen=True)
class WriteOrder:
    """Severity first, for a job run from ``origin`` (one of ``QUEUES``).

    A ``high`` write never gives way. A ``medium`` write that finds no free slot gives way to
    the events still to be scored: the job moves to the medium queue, which a worker reads only
    when no live event waits. A tags-only ``low`` write also waits while anything more urgent
    is queued. A deferred job is scored again when it runs (a tenth of a second), so nothing
    but its event is kept."""

    redis: Redis
    origin: str

    def more_urgent_queued(self, level: str) -> bool:
        before = QUEUES[: QUEUES.index(DEFERRED_QUEUES[level])]
        pipe = self.redis.pipeline(transaction=False)
        for name in before:
            pipe.llen(f"rq:queue:{name}")
        return any(pipe.execute())

    def defer_now(self, level: str) -> bool:
        return level == "low" and self.more_urgent_queued(level)

    def should_yield(self, level: str) -> Callable[[], bool] | None:
        if level not in DEFERRED_QUEUES:
            return None
        if self.origin == QUEUE_NAME:
            return lambda: True  # first pass: no slot now, so make way for the next event
        return lambda: self.more_urgent_queued(level)


def process_event(event_data: dict[str, Any], deferrals: int = 0) -> dict[str, Any]:
    """Score one ticket event and write back what the policy asks for. Returns a small summary
    (no ticket text): level, categories and the number of helpdesk calls."""
    rt = runtime()
    try:
        event = TicketEvent.from_dict(event_data)
        client = rt.client(event.helpdesk)
    except (KeyError, TypeError, ValueError) as exc:
        _fail_now()  # a queued event that does not read will not read on retry either
        raise MalformedPayload("event", f"cannot be read ({type(exc).__name__})") from exc
    helpdesk = event.helpdesk
    job = get_current_job()
    order = WriteOrder(rt.redis, job.origin if job is not None else QUEUE_NAME)
    started = time.monotonic()
    try:
        result = handle(event, rt, client, order=order)
    except HelpdeskRejected:
        _fail_now()  # a 4xx will not change on retry: fail now, stay in the registry
        raise
    finally:
        metrics.observe_job_seconds(rt.redis, time.monotonic() - started, helpdesk=helpdesk)
        metrics.count_calls(rt.redis, helpdesk, client.calls)
    if result["status"] == "deferred":
        defer(rt.redis, event_data, result["level"], deferrals + 1, order.origin)
    return result


def _fail_now() -> None:
    job = get_current_job()
    if job is not None:
        job.retries_left = 0


def defer(
    redis: Redis, event_data: dict[str, Any], level: str, deferrals: int, origin: str
) -> None:
    """Queue the event again on its level's queue: at the back the first time, at the front
    when it gave way again (it keeps its place among its peers)."""
    name = DEFERRED_QUEUES[level]
    job_id = f"{event_data['helpdesk']}-{event_data['event_id']}-deferred-{deferrals}"
    Queue(name, connection=redis).enqueue(
        process_event,
        event_data,
        deferrals,
        at_front=origin == name,
        **enqueue_options(job_id),
    )
    logger.info("job.deferred", extra={"job_id": job_id, "level": level, "queue": name})


@dataclass
class Scored:
    """One event of a write, scored and planned (``_score``)."""

    event: TicketEvent
    state: TicketState | None
    assessment: Assessment
    actions: ActionSet


LEVEL_ORDER = ("none", "low", "medium", "high")


def handle(
    event: TicketEvent, rt: Runtime, client: Helpdesk, *, order: WriteOrder | None = None
) -> dict[str, Any]:
    """``process_event`` with its collaborators passed in (tests and benchmarks use this).

    With an ``order`` (a live job), a write that should give way returns ``status: deferred``
    instead, and the ticket's other pending events are claimed and written in the same update
    (``worker.tickets``) unless the policy's ``write_back.coalesce_seconds`` is 0."""
    ledger = ledger_key(event.job_id)
    done, leader = rt.redis.hmget(ledger, "done", "with")
    if leader and leader.decode() != event.job_id:
        if not done:
            # Claimed by a run that has not written yet (it may have died and wait for its
            # retry): this job stays, retried by RQ, until that write is done.
            raise LeadPending(f"{event.job_id}: combined into {leader.decode()}, not written yet")
        return _summary(event, "coalesced", lead=leader.decode())
    if done:
        return _summary(event, "already-done")
    policy = rt.policy
    batch = [event.job_id]
    coalescing = order is not None and policy.coalesce_seconds > 0
    if coalescing:
        claimed = rt.batches.claim(event.helpdesk, event.ticket_id, event.job_id)
        if isinstance(claimed, str):
            return _summary(event, "coalesced", lead=claimed)
        batch = claimed
    events = [event, *_pending_events(rt.redis, batch[1:])]
    scored: list[Scored] = []
    same_as = None  # the lead event was a second delivery of a comment handled by that job
    for one in events:
        result = _score(one, rt, client, policy)
        if isinstance(result, Scored):
            scored.append(result)
        elif one is event:
            same_as = result
    lead = scored[0] if scored and scored[0].event.job_id == event.job_id else None
    actions = merge_actions(scored, event.job_id) if scored else ActionSet()
    level = max((s.assessment.level for s in scored), key=LEVEL_ORDER.index, default="none")
    writes = 0
    if not actions.is_empty:
        written_as = lead.event if lead else event.pseudonymised(rt.config.pepper)
        budget = getattr(client, "budget", None)
        if isinstance(budget, WriteLimiter):  # not in dry-run mode: nothing is written there
            if order is not None and order.defer_now(level):
                return _summary(event, "deferred", level=level)
            budget.urgency(
                level, event.ticket_id, order.should_yield(level) if order is not None else None
            )
        try:
            state = lead.state if lead else None
            writes = write_back(written_as, actions, state, client, rt.redis)
        except Deferred:
            return _summary(event, "deferred", level=level)
    for one in scored:
        escalation = one.actions.escalation
        if escalation and escalation.notify_url:
            _notify_once(rt.redis, one.event, escalation.notify_url, one.assessment, policy.name)
    hold = policy.coalesce_seconds if coalescing and writes else 0
    rt.batches.finish(event.helpdesk, event.ticket_id, batch, _stamp(), hold)
    if lead is None:  # a duplicate delivery (logged by _score)
        return _summary(event, "duplicate", same_as=same_as)
    logger.info(
        "job.processed",
        extra={
            "helpdesk": event.helpdesk,
            "ticket_id": event.ticket_id,
            "level": lead.assessment.level,
            "categories": list(lead.assessment.categories),
            "writes": writes,
            "coalesced": len(batch) - 1,
        },
    )
    extra = {"with": batch[1:]} if len(batch) > 1 else {}
    return _summary(
        event,
        "processed",
        level=lead.assessment.level,
        categories=list(lead.assessment.categories),
        writes=writes,
        calls=len(client.calls),
        **extra,
    )


def _pending_events(redis: Redis, job_ids: list[str]) -> list[TicketEvent]:
    """The events of claimed jobs (a job deleted meanwhile, e.g. by ``forget``, is skipped)."""
    if not job_ids:
        return []
    found = Job.fetch_many(job_ids, connection=redis)
    return [TicketEvent.from_dict(job.args[0]) for job in found if job is not None and job.args]


def _score(event: TicketEvent, rt: Runtime, client: Helpdesk, policy: Policy) -> Scored | str:
    """Read, score, record and plan one event; or, when another delivery of the same comment
    was handled already, that delivery's job id (this event's ledger is then marked done)."""
    ledger = ledger_key(event.job_id)
    pepper = rt.config.pepper
    event = event.pseudonymised(pepper)  # the receiver did already; backfill events arrive plain
    state: TicketState | None = None
    if event.body is None:
        state = client.fetch(event)
        event = event.with_text(
            subject=event.subject or state.subject,
            body=state.body,
            requester_id=None if event.requester_pseudonym else state.requester_id,
            channel=state.channel if event.channel == "web" else event.channel,
            assignee_id=event.assignee_id or state.assignee_id,
            comment_id=event.comment_id or state.comment_id,
        ).pseudonymised(pepper)
    first = claim_content(rt.redis, event)
    if first != event.job_id:
        # The same comment reached us through another delivery (a trigger fired again, a
        # second webhook): it was scored, recorded and written back by that job.
        rt.redis.hset(ledger, mapping={"done": _stamp(), "same-as": first})
        rt.redis.expire(ledger, LEDGER_TTL_S)
        logger.info(
            "job.duplicate-content",
            extra={"helpdesk": event.helpdesk, "ticket_id": event.ticket_id, "same_as": first},
        )
        return first
    message = Message(
        subject=event.subject or "",
        body=event.body or "",
        channel=event.channel,
        at=event.occurred_at,
    )
    history = RequesterHistory(rt.redis)
    earlier = []
    if event.requester_pseudonym:
        earlier = history.load(
            event.requester_pseudonym,
            now=event.occurred_at,
            window_days=policy.history_window_days,
            exclude=event.job_id,
        )
    assessment = assess(message, earlier, policy)
    if event.requester_pseudonym:
        history.record(
            event.requester_pseudonym,
            fingerprint(message),
            event=event.job_id,
            retention_days=policy.history_retention_days,
        )
    if rt.redis.hsetnx(ledger, "counted", 1):  # once, though a deferred job is scored again
        rt.redis.expire(ledger, LEDGER_TTL_S)
        metrics.count_assessment(rt.redis, event.helpdesk, assessment.level, assessment.categories)
    actions = plan(assessment, policy, event, store=default_store(rt.config.database_url))
    rt.retry_care_alerts(policy)  # before this job's own alert: a failed post waits a minute
    if assessment.flagged:
        # Recorded before the write-back: if the database is down the job fails and RQ retries
        # it, so the record is never missing for a ticket we tagged.
        incidents.record(rt.engine, event, assessment, escalated=actions.escalation is not None)
        rt.purge_expired_incidents(policy.incident_retention_days)
        # Care for the agent who met it: decided from the record, told at most once.
        alert = care.check(rt.engine, event, policy.care)
        url = policy.escalation.notify_url
        if alert is not None and not alert.delivered and url and not policy.observe_only:
            if not care.deliver(rt.engine, alert, url, policy):
                _retry_care_alert(rt.redis, alert)
    return Scored(event, state, assessment, actions)


def merge_actions(scored: list[Scored], lead: str) -> ActionSet:
    """One update for several events of a ticket: every tag; every event's note, each but the
    lead's ending with its own marker line (``write_back`` adds the lead's at the very end);
    the escalation of the first event that escalates; the first acknowledgement."""
    if len(scored) == 1:
        return scored[0].actions
    tags: list[str] = []
    notes: list[str] = []
    for one in scored:
        tags += [t for t in one.actions.tags if t not in tags]
        note = one.actions.private_note
        if note:
            job_id = one.event.job_id
            notes.append(note if job_id == lead else f"{note}\n\n{marker(job_id)}")
    return ActionSet(
        tags=tuple(tags),
        private_note="\n\n---\n\n".join(notes) if notes else None,
        escalation=next((s.actions.escalation for s in scored if s.actions.escalation), None),
        public_reply=next((s.actions.public_reply for s in scored if s.actions.public_reply), None),
    )


def _stamp() -> str:
    return datetime.now().astimezone().isoformat()


def content_key(event: TicketEvent) -> str | None:
    """What the event is about, whichever delivery brought it: the comment's id, or the ticket
    for its creation. ``None`` when unknown (a Freshdesk reply carried in the body: its job id
    is already a hash of the body)."""
    if event.comment_id:
        return f"kasuguard:content:{event.helpdesk}:{event.ticket_id}:comment:{event.comment_id}"
    if event.kind == TICKET_CREATED and event.helpdesk == "zendesk":
        return f"kasuguard:content:{event.helpdesk}:{event.ticket_id}:created"
    return None


def claim_content(redis: Redis, event: TicketEvent) -> str:
    """The job id that handles this comment: ours if we are the first to see it (or a retry
    of that first job), else the first one's. Kept as long as the ledger."""
    key = content_key(event)
    if key is None:
        return event.job_id
    redis.set(key, event.job_id, nx=True, ex=LEDGER_TTL_S)
    owner = redis.get(key)
    return owner.decode() if owner else event.job_id


def _notify_once(
    redis: Redis, event: TicketEvent, url: str, assessment: Assessment, policy_name: str
) -> None:
    """One notification per escalated event, even when the job is retried."""
    ledger = ledger_key(event.job_id)
    if redis.hsetnx(ledger, "notify", "sent"):
        notify.notify(url, notify.notification(event, assessment, policy_name))


CARE_RETRY_AFTER_S = 60
"""A care alert whose post failed is tried again this long after, then with ``RETRY``."""


def _retry_care_alert(redis: Redis, alert: care.Alert) -> None:
    """Post the alert again in a minute, then with RQ's backoff (``deliver_care_alert``)."""
    queue = Queue(QUEUE_NAME, connection=redis)
    queue.enqueue_in(
        timedelta(seconds=CARE_RETRY_AFTER_S),
        deliver_care_alert,
        {"care_alert": alert.id, "helpdesk": alert.helpdesk},
        job_id=f"care-alert-{alert.id}",
        retry=RETRY,
        result_ttl=RESULT_TTL_S,
        failure_ttl=FAILURE_TTL_S,
    )


class CareNotifyFailed(Exception):
    """The supervisors' hook did not take a care alert; RQ retries the job."""


def deliver_care_alert(job_data: dict[str, Any]) -> dict[str, Any]:
    """RQ job: post a care alert whose notification failed. Raises while the hook refuses, so
    RQ retries it with backoff; the alert stays pending (and shown in the admin page) meanwhile,
    and workers sweep pending alerts with the events they process."""
    rt = runtime()
    policy = rt.policy
    alert = care.get(rt.engine, int(job_data["care_alert"]))
    if alert is None or alert.delivered:
        return {"status": "already-done"}
    if policy.observe_only or not policy.escalation.notify_url:
        return {"status": "not-sent", "reason": "observe_only or no notify_url"}
    if not care.deliver(rt.engine, alert, policy.escalation.notify_url, policy):
        raise CareNotifyFailed(f"care alert {alert.id}: the notify_url did not accept it")
    return {"status": "delivered", "care_alert": alert.id}


def _mark(redis: Redis, ledger: str, step: str) -> None:
    redis.hset(ledger, step, "done")


class LeadPending(Exception):
    """This event was claimed into another event's write, which is not done yet; RQ retries."""


class WriteInProgress(Exception):
    """Another run of this job holds the write lease; RQ retries this one later."""


WRITE_LEASE_S = 30
"""The write lease's life without renewal. The run holding it renews it every 10 s while it
writes, so a live run keeps it however long its calls take; a run that dies mid-write (its
worker killed, or Redis gone before it could release) frees it within this time."""


def write_back(
    event: TicketEvent,
    actions: ActionSet,
    state: TicketState | None,
    client: Helpdesk,
    redis: Redis,
) -> int:
    """Apply ``actions`` under the event's write lease (see ``_write_back``).

    A retry can start while an earlier run of the same job still writes (its worker was
    killed, or lost Redis, and the work horse lives on): one of them writes, the other fails
    with ``WriteInProgress`` and RQ retries it."""
    lease = redis.lock(
        f"kasuguard:writing:{event.job_id}", timeout=WRITE_LEASE_S, thread_local=False
    )
    if not lease.acquire(blocking=False):
        raise WriteInProgress(f"{event.job_id}: another run is writing back this event")
    done = threading.Event()
    renewer = threading.Thread(target=_renew, args=(lease, done, event.job_id), daemon=True)
    renewer.start()
    try:
        return _write_back(event, actions, state, client, redis)
    finally:
        done.set()
        renewer.join()
        with contextlib.suppress(LockError, RedisError):  # unreleased, it expires by itself
            lease.release()


def _renew(lease: Lock, done: threading.Event, job_id: str) -> None:
    while not done.wait(WRITE_LEASE_S / 3):
        try:
            lease.reacquire()
        except (LockError, RedisError) as exc:
            logger.warning(
                "job.write-lease-not-renewed", extra={"job_id": job_id, "error": type(exc).__name__}
            )


def _write_back(
    event: TicketEvent,
    actions: ActionSet,
    state: TicketState | None,
    client: Helpdesk,
    redis: Redis,
) -> int:
    """Apply ``actions`` step by step, recording each step in the ledger: a step marked done
    is skipped, one started but unconfirmed is first looked for on the ticket."""
    ledger = ledger_key(event.job_id)
    steps = redis.hgetall(ledger)
    writes = 0
    note = actions.private_note
    if note:
        note = f"{note}\n\n{marker(event.job_id)}"
        if steps.get(b"note") == b"done":
            note = None
        elif steps.get(b"note") == b"started" and client.has_marker(
            event.ticket_id, marker(event.job_id)
        ):
            note = None  # the note made it before the crash; only the rest is redone
    if note:
        redis.hset(ledger, "note", "started")
        redis.expire(ledger, LEDGER_TTL_S)
    try:
        writes += client.apply(
            event,
            replace(actions, private_note=note, public_reply=None),
            state,
            note_written=lambda: _mark(redis, ledger, "note"),
        )
    except Deferred:
        # Given way before the note's request was sent: the deferred run need not look for it.
        if note and redis.hget(ledger, "note") == b"started":
            redis.hdel(ledger, "note")
        raise
    if actions.public_reply and not steps.get(b"reply"):
        # One acknowledgement per ticket per night, however often the customer writes.
        first = redis.set(ack_key(event), event.job_id, nx=True, ex=ACK_QUIET_S)
        if first:
            redis.hset(ledger, "reply", "started")
            client.post_public_reply(event.ticket_id, actions.public_reply)
            redis.hset(ledger, "reply", "done")
            writes += 1
    return writes
