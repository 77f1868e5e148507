"""Faults: the running service under Redis and worker kills, helpdesk storms, redeliveries, long
tickets and fuzzed requests; per scenario, events sent / accepted / written / duplicated / lost.

    .venv/bin/python -m bench.faults [--only SCENARIO ...]

The real pieces, as production runs them: a redis-server with README's settings (AOF, fsync
every second) on a spare port in a temp dir, gunicorn with the Procfile's ``web`` command, two
forking RQ workers with its ``worker`` command (each in its own session, so a kill takes the
horse and the scheduler too), and ``bench.fake_helpdesk.RecordingHelpdesk`` on loopback standing
in for Zendesk and Freshdesk: it keeps tickets, records every write with the event marker of its
note, and answers 429 / 500 / late on demand.

Every event is a flagged customer message on a ticket of its own, so each accepted event owes
exactly one note: *written* counts tickets with a note, *duplicated* the notes beyond the first,
*lost* accepted events with none once the queue, the running jobs and the pending retries are
all empty. Senders retry a 503 or a refused connection (as Zendesk does, faster). The helpdesk
timeout is 2 s here (10 s by default) so hang storms finish in minutes, and the write budget is
unlimited so the scenarios measure faults, not the rate limit.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import redis as redis_lib
from rq import Queue
from rq.job import Job
from rq.registry import ScheduledJobRegistry, StartedJobRegistry

from bench.common import (
    FIXTURES,
    ROOT,
    SECRET,
    environment,
    free_port,
    procfile,
    signed_headers,
)
from bench.fake_helpdesk import CUSTOMER_TEXT, Faults, RecordingHelpdesk
from tests import fuzzing
from tests.processes import RedisServer, kill_tree, wait_until
from worker import health, jobs

DRAIN_DEADLINE_S = 600.0
"""Longest wait for every accepted event to be written and every retry to be spent."""


class Service:
    """Redis, the fake helpdesk, gunicorn and two workers, started from the Procfile."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        (workdir / "redis").mkdir()
        self.redis = RedisServer(workdir / "redis")
        self.fake = RecordingHelpdesk(free_port())
        self.port = free_port()
        fake = f"http://127.0.0.1:{self.fake.server_address[1]}"
        self.env = {
            **environment(
                ZENDESK_EMAIL="faults@example.com",
                ZENDESK_API_TOKEN="token",
                ZENDESK_BASE_URL=f"{fake}/zendesk",
                FRESHDESK_API_KEY="key",
                FRESHDESK_BASE_URL=f"{fake}/freshdesk",
                ZENDESK_WRITES_PER_MINUTE="1000000",
                FRESHDESK_WRITES_PER_MINUTE="1000000",
                KASUGUARD_HTTP_TIMEOUT="2",
                KASUGUARD_DATA_DIR=str(workdir / "data"),
            ),
            "REDIS_URL": self.redis.url(),
            "PORT": str(self.port),
            "WEB_CONCURRENCY": "2",
            "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
        }
        self.web: subprocess.Popen[bytes] | None = None
        self.workers: list[subprocess.Popen[bytes]] = []
        self.connection = redis_lib.Redis.from_url(self.redis.url())

    def _run(self, kind: str, log: str) -> subprocess.Popen[bytes]:
        out = open(self.workdir / log, "ab")  # noqa: SIM115 (lives with the process)
        return subprocess.Popen(
            ["bash", "-c", f"exec {procfile(kind)}"],
            cwd=ROOT,
            env={**os.environ, **self.env},
            stdout=out,
            stderr=out,
            start_new_session=True,
        )

    def start(self) -> None:
        self.redis.start()
        self.fake.start()
        self.web = self._run("web", "web.log")
        self.workers = [self.start_worker(n) for n in range(2)]
        wait_until(self._web_answers, 60, "gunicorn")
        wait_until(lambda: len(health.live_workers(self.connection)) == 2, 90, "two workers")

    def start_worker(self, n: int) -> subprocess.Popen[bytes]:
        return self._run("worker", f"worker-{n}.log")

    def _web_answers(self) -> bool:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
            conn.request("GET", "/healthz")
            return conn.getresponse().status in (200, 503)
        except OSError:
            return False

    def stop(self) -> None:
        for process in [*self.workers, *([self.web] if self.web else [])]:
            kill_tree(process.pid)
            process.wait(timeout=10)
        self.redis.stop()
        self.fake.shutdown()

    def pending(self) -> int:
        """Jobs queued, running, or waiting for a retry."""
        total = 0
        for name in jobs.QUEUES:
            queue = Queue(name, connection=self.connection)
            started = StartedJobRegistry(name, connection=self.connection)
            scheduled = ScheduledJobRegistry(name, connection=self.connection)
            total += queue.count + len(started.get_job_ids(cleanup=False)) + scheduled.count
        return total

    def failed(self) -> int:
        c = self.connection
        return sum(Queue(name, connection=c).failed_job_registry.count for name in jobs.QUEUES)


# --- Requests ---------------------------------------------------------------------------------


def zendesk_event(ticket: int) -> bytes:
    payload: dict[str, Any] = json.loads((FIXTURES / "zendesk/comment_added.json").read_text())
    payload["id"] = f"fault-{ticket}"
    payload["event"]["meta"]["sequence"]["id"] = f"FAULT{ticket}"
    payload["subject"] = f"zen:ticket:{ticket}"
    payload["time"] = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    detail = payload["detail"]
    detail.update(id=str(ticket), requester_id=str(ticket), tags=["billing"])
    detail["updated_at"] = "2026-02-06T01:00:00Z"  # the fake ticket's stamp before any write
    comment = payload["event"]["comment"]
    comment.update(id=str(9_000_000 + ticket), body=CUSTOMER_TEXT)
    comment["author"]["id"] = str(ticket)
    return json.dumps(payload, ensure_ascii=False).encode()


def trigger_body(ticket: int) -> bytes:
    ids = str(ticket)
    body = {"event": "comment.added", "ticket_id": ids, "requester_id": ids, "via": "Mail"}
    return json.dumps({**body, "current_user_id": ids}).encode()


def freshdesk_event(ticket: int) -> bytes:
    payload: dict[str, Any] = json.loads((FIXTURES / "freshdesk/customer_reply.json").read_text())
    fields = payload["freshdesk_webhook"]
    fields.update(
        ticket_id=str(ticket),
        requester_email=f"customer-{ticket}@example.com",
        ticket_latest_public_comment=f"<div>{CUSTOMER_TEXT}</div>",
    )
    return json.dumps(payload, ensure_ascii=False).encode()


def freshdesk_headers() -> dict[str, str]:
    import base64

    token = base64.b64encode(f"kasuguard:{SECRET}".encode()).decode()
    return {"Content-Type": "application/json", "Authorization": f"Basic {token}"}


@dataclass
class Answer:
    status: int
    outcome: str  # accepted, duplicate, ignored, error, …
    attempts: int


def send(
    port: int,
    helpdesk: str,
    body: bytes,
    extra: dict[str, str] | None = None,
    *,
    retry: bool = True,
    deadline_s: float = 120.0,
) -> Answer:
    """POST one webhook; a 503 or a refused connection is retried (Zendesk does, up to a
    point) until ``deadline_s``."""
    started = time.monotonic()
    attempts = 0
    while True:
        attempts += 1
        headers = signed_headers(body) if helpdesk == "zendesk" else freshdesk_headers()
        headers.update(extra or {})
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=15)
            conn.request("POST", f"/webhooks/{helpdesk}", body=body, headers=headers)
            response = conn.getresponse()
            status, data = response.status, response.read()
            conn.close()
        except OSError:
            status, data = 0, b""
        if status not in (0, 503) or not retry or time.monotonic() - started > deadline_s:
            try:
                outcome = json.loads(data).get("status") or "error"
            except ValueError:
                outcome = "error"
            return Answer(status, outcome, attempts)
        time.sleep(0.2)


# --- Scenarios --------------------------------------------------------------------------------


@dataclass
class Result:
    name: str
    sent: int = 0
    accepted: int = 0
    written: int = 0
    duplicated: int = 0
    lost: int = 0
    fives: int = 0
    notes: list[str] = field(default_factory=list)
    drained_s: float = 0.0


class Run:
    """One scenario: its own tickets (a fresh block of ids), its accepted set, its counting."""

    def __init__(self, service: Service, name: str, base: int) -> None:
        self.service = service
        self.result = Result(name)
        self.base = base
        self.accepted: set[tuple[str, int]] = set()
        self.lock = threading.Lock()
        self.started = time.monotonic()
        self.retried = 0
        """Deliveries answered 503 (or refused) and sent again."""

    def answer(self, helpdesk: str, ticket: int, answer: Answer) -> None:
        with self.lock:
            self.retried += answer.attempts - 1
            if answer.status >= 500:
                self.result.fives += 1
            if answer.outcome in ("accepted", "duplicate"):
                self.accepted.add((helpdesk, ticket))

    def finish(self, tickets: Iterable[tuple[str, int]]) -> Result:
        tickets = set(tickets)
        self.result.sent = len(tickets)
        self.result.accepted = len(self.accepted & tickets)
        fake = self.service.fake

        def settled() -> bool:
            notes = fake.notes()
            written = all(notes.get(t) for t in self.accepted)
            return written and self.service.pending() == 0

        try:
            wait_until(settled, DRAIN_DEADLINE_S, f"{self.result.name}: drain")
        except TimeoutError:
            self.result.notes.append(f"not drained after {DRAIN_DEADLINE_S:.0f} s")
        self.result.drained_s = time.monotonic() - self.started
        notes = fake.notes()
        self.result.written = sum(1 for t in tickets if notes.get(t))
        self.result.duplicated = sum(max(len(notes.get(t, [])) - 1, 0) for t in tickets)
        self.result.lost = sum(1 for t in self.accepted & tickets if not notes.get(t))
        return self.result


def paced(count: int, per_second: float) -> Iterable[int]:
    """0..count-1, yielded at ``per_second`` (the sender's pace, not the service's)."""
    started = time.monotonic()
    for n in range(count):
        delay = started + n / per_second - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        yield n


def send_all(run: Run, items: Iterable[int], one: Callable[[int], None], threads: int) -> None:
    with ThreadPoolExecutor(threads) as pool:
        for future in [pool.submit(one, n) for n in items]:
            future.result()


def zendesk_sender(service: Service, run: Run) -> Callable[[int], None]:
    def one(n: int) -> None:
        ticket = run.base + n
        run.answer("zendesk", ticket, send(service.port, "zendesk", zendesk_event(ticket)))

    return one


def redis_kill(service: Service, base: int, *, unpaced: bool, events: int = 400) -> Result:
    """Redis SIGKILLed mid-burst and restarted 3 s later from its append-only file."""
    name = "Redis SIGKILL mid-burst" + (" (unpaced)" if unpaced else " (40 events/s)")
    run = Run(service, name, base)
    one = zendesk_sender(service, run)
    back: dict[str, float] = {}

    def killer() -> None:
        if unpaced:
            wait_until(lambda: len(run.accepted) >= events * 0.35, 60, "a third accepted")
        else:
            time.sleep(4)
        service.redis.kill()
        time.sleep(3)
        service.redis.start()
        back["at"] = time.time()

    thread = threading.Thread(target=killer)
    thread.start()
    items = range(events) if unpaced else paced(events, 40)
    send_all(run, items, one, 16 if unpaced else 8)
    thread.join()
    result = run.finish(("zendesk", run.base + n) for n in range(events))
    result.notes.append(f"{run.retried} deliveries answered 503 or refused, then retried")
    after = [w.at for w in service.fake.writes if w.at >= back["at"]]
    if after:
        result.notes.append(f"first note {min(after) - back['at']:.1f} s after Redis returned")
    return result


def worker_kills(service: Service, base: int, events: int = 300) -> Result:
    """A whole worker (parent, work horse, scheduler) SIGKILLed mid-job, three times; what runs
    it starts a new one a second later."""
    run = Run(service, "Worker SIGKILL mid-job ×3", base)
    one = zendesk_sender(service, run)
    orphans: list[tuple[str, float]] = []

    def killer() -> None:
        for round_, at in enumerate((4, 10, 16)):
            time.sleep(max(at - (time.monotonic() - run.started), 0))
            index = round_ % 2
            victim = service.workers[index]
            job = _current_job(service, victim.pid)
            kill_tree(victim.pid)
            victim.wait(timeout=10)
            killed = time.time()
            if job:
                orphans.append((job, killed))
            time.sleep(1)
            service.workers[index] = service.start_worker(index)

    thread = threading.Thread(target=killer)
    thread.start()
    send_all(run, paced(events, 15), one, 4)
    thread.join()
    result = run.finish(("zendesk", run.base + n) for n in range(events))
    again = []
    for job_id, killed in orphans:
        result_ = Job.fetch(job_id, connection=service.connection).latest_result()
        ended = result_.created_at.replace(tzinfo=UTC).timestamp() if result_ else float("inf")
        again.append(ended - killed)
    shown = ", ".join(f"{d:.0f} s" for d in sorted(again)) or "-"
    result.notes.append(f"the {len(orphans)} jobs killed mid-run finished again after {shown}")
    return result


def _current_job(service: Service, pid: int) -> str | None:
    """The job the worker with this pid is running (its RQ hash), waiting until it is busy."""

    def busy() -> str | None:
        for key in service.connection.smembers("rq:workers"):
            data = service.connection.hgetall(key)
            if data.get(b"pid") == str(pid).encode() and data.get(b"current_job"):
                return data[b"current_job"].decode()
        return None

    try:
        wait_until(busy, 5, "a busy worker")
    except TimeoutError:
        return None
    return busy()


def storm(service: Service, base: int, kind: str, events: int = 150) -> Result:
    """30 % of helpdesk calls fail for the first 20 s (half of the failed writes stored anyway)."""
    label = {"429": "429 (Retry-After: 1)", "500": "500", "hang": "hang (past the 2 s timeout)"}
    run = Run(service, f"30 % {label[kind]} storm, 20 s", base)
    service.fake.faults = Faults(kind=kind, rate=0.3, until=time.monotonic() + 20)
    one = zendesk_sender(service, run)
    send_all(run, paced(events, 15), one, 4)
    result = run.finish(("zendesk", run.base + n) for n in range(events))
    result.notes.append(f"{service.fake.injected.get(kind, 0)} failures injected")
    service.fake.faults = Faults()
    return result


def redelivery(service: Service, base: int, events: int = 100, copies: int = 5) -> Result:
    """Every webhook delivered five times at once."""
    run = Run(service, f"{copies}× parallel redelivery", base)

    def one(n: int) -> None:
        ticket = run.base + n
        body = zendesk_event(ticket)
        barrier = threading.Barrier(copies)

        def deliver() -> Answer:
            barrier.wait()
            return send(service.port, "zendesk", body)

        with ThreadPoolExecutor(copies) as pool:
            answers = list(pool.map(lambda _: deliver(), range(copies)))
        for answer in answers:
            run.answer("zendesk", ticket, answer)
        with run.lock:
            accepted = sum(a.outcome == "accepted" for a in answers)
            if accepted != 1:
                run.result.notes.append(f"ticket {ticket}: {accepted} copies accepted")

    send_all(run, range(events), one, 4)
    result = run.finish(("zendesk", run.base + n) for n in range(events))
    result.notes.append(f"{events * copies} requests")
    return result


def trigger_redelivery(service: Service, base: int, events: int = 100) -> Result:
    """Zendesk trigger webhooks (ids only): the same comment under three invocation ids, two at
    once and one after every ticket was sent."""
    run = Run(service, "Trigger redelivery, 3 invocation ids", base)

    def deliver(n: int, copy: int) -> None:
        ticket = run.base + n
        invocation = {"X-Zendesk-Webhook-Invocation-Id": f"INV{copy}T{ticket}"}
        run.answer(
            "zendesk", ticket, send(service.port, "zendesk", trigger_body(ticket), invocation)
        )

    send_all(run, range(events * 2), lambda m: deliver(m // 2, m % 2), 8)
    send_all(run, range(events), lambda n: deliver(n, 2), 8)
    result = run.finish(("zendesk", run.base + n) for n in range(events))
    result.notes.append(f"{events * 3} requests")
    return result


def long_freshdesk(service: Service, base: int, events: int = 50) -> Result:
    """Freshdesk tickets with 150 conversations; each first note POST is stored, then answered
    504, so the retry must find the note on the second page."""
    run = Run(service, "Freshdesk, 150 conversations, note POST 504 after storing", base)
    service.fake.conversations = 150
    service.fake.faults = Faults(first_note_fails=True)

    def one(n: int) -> None:
        ticket = run.base + n
        run.answer("freshdesk", ticket, send(service.port, "freshdesk", freshdesk_event(ticket)))

    send_all(run, range(events), one, 4)
    result = run.finish(("freshdesk", run.base + n) for n in range(events))
    ambiguous = sum(t.notes_failed for t in service.fake.tickets.values())
    result.notes.append(f"{ambiguous} ambiguous note POSTs")
    service.fake.faults = Faults()
    service.fake.conversations = 2
    return result


def fuzz(service: Service, base: int, count: int = 3000) -> Result:
    """Seeded mutations of the real fixtures, signed: malformed ids, surrogates, deep JSON,
    impossible times, wrong types, broken bytes."""
    run = Run(service, f"{count:,} fuzzed requests", base)
    cases = fuzzing.cases(count, seed=base)
    statuses: dict[int, int] = {}
    lock = threading.Lock()

    def one(n: int) -> None:
        case = cases[n]
        answer = send(service.port, case.helpdesk, case.body, case.headers, retry=False)
        with lock:
            statuses[answer.status] = statuses.get(answer.status, 0) + 1
            if answer.status >= 500:
                run.result.fives += 1
                run.result.notes.append(f"{answer.status}: {case.what}")

    failed_before = service.failed()
    send_all(run, range(count), one, 8)
    result = run.result
    result.sent = count
    result.accepted = statuses.get(202, 0)
    try:
        wait_until(lambda: service.pending() == 0, DRAIN_DEADLINE_S, "fuzz: drain")
    except TimeoutError:
        result.notes.append("not drained")
    result.drained_s = time.monotonic() - run.started
    failed = service.failed() - failed_before
    result.written = result.accepted - failed  # processed; their notes, if any, are not counted
    result.lost = failed
    shown = ", ".join(f"{k}: {v}" for k, v in sorted(statuses.items()))
    result.notes.append(f"answers {shown}; written = accepted and processed")
    return result


SCENARIOS: dict[str, Callable[[Service, int], Result]] = {
    "redis-kill": lambda s, b: redis_kill(s, b, unpaced=False),
    "redis-kill-unpaced": lambda s, b: redis_kill(s, b, unpaced=True),
    "worker-kill": worker_kills,
    "storm-429": lambda s, b: storm(s, b, "429"),
    "storm-500": lambda s, b: storm(s, b, "500"),
    "storm-hang": lambda s, b: storm(s, b, "hang"),
    "redelivery": redelivery,
    "trigger-redelivery": trigger_redelivery,
    "long-freshdesk": long_freshdesk,
    "fuzz": fuzz,
}


def table(results: list[Result]) -> str:
    lines = [
        "| scenario | sent | accepted | written | duplicated | lost | 5xx | notes |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for r in results:
        notes = "; ".join(
            r.notes[:3] + ([f"… {len(r.notes) - 3} more"] if len(r.notes) > 3 else [])
        )
        lines.append(
            f"| {r.name} | {r.sent:,} | {r.accepted:,} | {r.written:,} | {r.duplicated} | "
            f"{r.lost} | {r.fives} | {notes} ({r.drained_s:.0f} s) |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", choices=sorted(SCENARIOS), help="scenarios to run")
    parser.add_argument("--keep", action="store_true", help="keep the temp dir (logs, AOF)")
    args = parser.parse_args()
    if shutil.which("redis-server") is None:
        raise SystemExit("bench.faults needs redis-server (apt-get install redis-server)")
    workdir = Path(tempfile.mkdtemp(prefix="kasuguard-faults-"))
    service = Service(workdir)
    results = []
    random.seed(0)
    try:
        service.start()
        for number, name in enumerate(args.only or SCENARIOS, start=1):
            print(f"[{name}] …", file=sys.stderr, flush=True)
            results.append(SCENARIOS[name](service, number * 100_000))
            print(table(results[-1:]).splitlines()[-1], file=sys.stderr, flush=True)
    finally:
        service.stop()
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
        else:
            print(f"logs and Redis files kept in {workdir}", file=sys.stderr)
    print("faults: gunicorn (Procfile web, 2 workers), 2 forking RQ workers (Procfile worker),")
    print(
        "        redis-server --appendonly yes --appendfsync everysec, a fake helpdesk on loopback"
    )
    print(table(results))


if __name__ == "__main__":
    main()
