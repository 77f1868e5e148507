"""Latency: how long after the webhook the agent sees the note. p50/p95/p99 from the POST to the
note arriving at the helpdesk, at 1, 5 and 20 events a second, then at 1 event a second while a
backfill of 2,000 tickets runs under Zendesk's 100 writes a minute; and a burst of 1,000 events
on 100 tickets at that limit, in which every ``high`` note must be written before any ``low`` tag.

    .venv/bin/python -m bench.latency [--seconds 30] [--rates 1,5,20] [--skip-burst]

The real pieces, as production runs them: gunicorn with the Procfile's ``web`` command, one rq
worker with its ``worker`` command, Redis at ``KASUGUARD_BENCH_REDIS_URL`` (flushed), and
``bench.fake_helpdesk.RecordingHelpdesk`` on loopback, which records when each write arrives and
the event its note names. Each event is a signed Zendesk ``comment_added`` webhook on a ticket
and requester of its own, sent on a fixed schedule (open loop: a slow service does not slow the
sender down). Half are flagged (``high`` threats and ``medium`` abuse, alternately), half benign
messages of 207 characters, long enough for the learned layer to read. The rate runs leave the
write budget unlimited (they measure us, not the helpdesk's limit); the backfill run sets it to
Zendesk's 100 a minute and runs ``kasuguard backfill --tag`` over 2,000 flagged tickets served by
the fake's incremental export. The burst runs the real job, RQ worker (in-process) and limiter
against Redis with a virtual clock, so its 10 minutes of rate limiting take a few minutes.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import redis as redis_lib
import responses
from rq import Queue, SimpleWorker

from bench.common import (
    BENCH_REDIS_URL,
    FIXTURES,
    ROOT,
    VirtualClock,
    environment,
    free_port,
    percentile,
    procfile,
    signed_headers,
)
from bench.fake_helpdesk import RecordingHelpdesk, _RecordingHandler
from tests.processes import kill_tree, wait_until
from worker import health, jobs
from worker.accept import Acceptor

HIGH = "殺すぞ。明日店に行くからな。"
MEDIUM = "お前ら本当に無能だな。慰謝料を払え。"
BENIGN = (  # 207 characters: long enough for the learned layer to judge it
    "いつもお世話になっております。先日お送りいただいた請求書ですが、金額が二重に計上されている"
    "ようです。今月分のご利用明細と照らし合わせたところ、同じ項目が二行ずつ記載されておりました。"
    "お手数ですが内容をご確認のうえ、正しい請求書を再発行していただけますでしょうか。"
    "経理の締めが来週のため、それまでにご対応いただけると助かります。"
    "なお、先月分の請求書には問題ございませんでした。引き続きどうぞよろしくお願いいたします。"
)
LOW = "届いた商品が壊れていました。ふざけるな。交換をお願いします。"
BACKFILL_TICKETS = 2000
EXPORT_PAGE = 1000
"""Tickets per page of Zendesk's incremental export."""
DRAIN_DEADLINE_S = 300.0


# --- The fake helpdesk, with an incremental export for the backfill ----------------------------


class _ExportHandler(_RecordingHandler):
    """Zendesk's cursor-based incremental export over tickets ``BACKFILL_BASE + 1 … + n``."""

    def do_GET(self) -> None:  # noqa: N802
        if "/incremental/tickets/cursor.json" not in self.path:
            self._handle()
            return
        match = re.search(r"cursor=(\d+)", self.path)
        start = int(match.group(1)) if match else 0
        count = self.server.backfill_tickets  # type: ignore[attr-defined]
        ids = range(start + 1, min(start + EXPORT_PAGE, count) + 1)
        tickets = [
            {
                "id": BACKFILL_BASE + n,
                "requester_id": BACKFILL_BASE + n,
                "subject": "請求について",
                "status": "open",
                "updated_at": "2026-02-06T01:12:09Z",
                "via": {"channel": "email"},
            }
            for n in ids
        ]
        end = start + EXPORT_PAGE >= count
        self._send(
            200,
            {"tickets": tickets, "after_cursor": str(start + EXPORT_PAGE), "end_of_stream": end},
        )


BACKFILL_BASE = 500_000


def fake_helpdesk(backfill_tickets: int) -> RecordingHelpdesk:
    fake = RecordingHelpdesk(free_port())
    fake.RequestHandlerClass = _ExportHandler
    fake.backfill_tickets = backfill_tickets  # type: ignore[attr-defined]
    fake.start()
    return fake


# --- The service ---------------------------------------------------------------------------------


class Service:
    """gunicorn and one worker from the Procfile, against the bench Redis and the fake."""

    def __init__(self, workdir: Path, fake: RecordingHelpdesk) -> None:
        self.workdir = workdir
        self.port = free_port()
        base = f"http://127.0.0.1:{fake.server_address[1]}/zendesk"
        self.env = {
            **environment(
                ZENDESK_EMAIL="latency@example.com",
                ZENDESK_API_TOKEN="token",
                ZENDESK_BASE_URL=base,
                ZENDESK_WRITES_PER_MINUTE="1000000",
                KASUGUARD_DATA_DIR=str(workdir / "data"),
            ),
            "PORT": str(self.port),
            "WEB_CONCURRENCY": "2",
            "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
        }
        self.connection = redis_lib.Redis.from_url(BENCH_REDIS_URL)
        self.processes: dict[str, subprocess.Popen[bytes]] = {}

    def run(self, name: str, command: str, **env: str) -> subprocess.Popen[bytes]:
        out = open(self.workdir / f"{name}.log", "ab")  # noqa: SIM115 (lives with the process)
        process = subprocess.Popen(
            ["bash", "-c", f"exec {command}"],
            cwd=ROOT,
            env={**os.environ, **self.env, **env},
            stdout=out,
            stderr=out,
            start_new_session=True,
        )
        self.processes[name] = process
        return process

    def start_web(self) -> None:
        self.run("web", procfile("web"))
        wait_until(self._web_answers, 60, "gunicorn")

    def start_worker(self, count: int = 1, **env: str) -> None:
        for n in range(count):
            self.stop(f"worker-{n}")
        for n in range(count):
            self.run(f"worker-{n}", procfile("worker"), **env)
        wait_until(lambda: len(health.live_workers(self.connection)) == count, 120, "workers")

    def stop(self, name: str) -> None:
        process = self.processes.pop(name, None)
        if process is not None:
            kill_tree(process.pid)
            process.wait(timeout=10)
            if name.startswith("worker"):  # its registration would count as live for 20 s
                for key in self.connection.smembers("rq:workers"):
                    self.connection.delete(key)
                self.connection.delete("rq:workers")
                for name_ in jobs.QUEUES:
                    self.connection.delete(f"rq:workers:{name_}")

    def stop_all(self) -> None:
        for name in list(self.processes):
            self.stop(name)

    def _web_answers(self) -> bool:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=2)
            conn.request("GET", "/healthz")
            return conn.getresponse().status in (200, 503)
        except OSError:
            return False


# --- Load -----------------------------------------------------------------------------------------


def webhook(n: int, text: str) -> bytes:
    """``comment_added`` number ``n``: its own ticket, requester and event id."""
    payload: dict[str, Any] = json.loads((FIXTURES / "zendesk/comment_added.json").read_text())
    ticket, requester = str(200_000 + n), str(7_000_000 + n)
    payload["id"] = f"latency-{n:08d}"
    payload["event"]["meta"]["sequence"]["id"] = f"LATENCY{n:025d}"
    payload["subject"] = f"zen:ticket:{ticket}"
    payload["detail"].update(id=ticket, requester_id=requester, submitter_id=requester)
    payload["event"]["comment"]["author"]["id"] = requester
    payload["event"]["comment"]["id"] = str(60_000_000 + n)
    payload["event"]["comment"]["body"] = text
    payload["time"] = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return json.dumps(payload, ensure_ascii=False).encode()


def send(port: int, first: int, rate: float, seconds: float) -> dict[str, tuple[str, float]]:
    """Post ``rate × seconds`` events on a fixed schedule; job id → (kind, time posted)."""
    sent: dict[str, tuple[str, float]] = {}
    lock = threading.Lock()

    def post(n: int) -> None:
        kind = ("benign", "high", "benign", "medium")[n % 4]
        body = webhook(n, {"high": HIGH, "medium": MEDIUM, "benign": BENIGN}[kind])
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        at = time.time()
        conn.request("POST", "/webhooks/zendesk", body=body, headers=signed_headers(body))
        response = conn.getresponse()
        answer = json.loads(response.read())
        conn.close()
        if response.status == 202:
            with lock:
                sent[answer["job_id"]] = (kind, at)
        else:
            print(f"  POST {n}: {response.status} {answer}", file=sys.stderr)

    count = int(rate * seconds)
    started = time.monotonic()
    with ThreadPoolExecutor(64) as pool:
        for i in range(count):
            due = started + i / rate
            if (ahead := due - time.monotonic()) > 0:
                time.sleep(ahead)  # the load generator keeps its schedule; not a test
            pool.submit(post, first + i)
    return sent


def note_times(fake: RecordingHelpdesk) -> dict[str, float]:
    """Event (job id) → when its note arrived."""
    with fake.lock:
        return {w.job_id: w.at for w in fake.writes if w.kind == "note" and w.job_id}


def latencies(
    fake: RecordingHelpdesk, sent: dict[str, tuple[str, float]], kinds: tuple[str, ...]
) -> list[float]:
    """Seconds from POST to note for the flagged events of ``kinds``, once all have arrived."""
    due = [job_id for job_id, (kind, _) in sent.items() if kind in kinds]
    try:
        wait_until(lambda: all(j in note_times(fake) for j in due), DRAIN_DEADLINE_S, "notes")
    except TimeoutError:
        missing = len([j for j in due if j not in note_times(fake)])
        print(f"  {missing} of {len(due)} notes not written within {DRAIN_DEADLINE_S:.0f} s")
    notes = note_times(fake)
    return [notes[j] - sent[j][1] for j in due if j in notes]


def row(label: str, values: list[float]) -> str:
    if not values:
        return f"{label:<44} no notes"
    p50, p95, p99 = (percentile(values, q) for q in (50, 95, 99))
    return f"{label:<44}{len(values):>6}{p50:>9.2f}{p95:>9.2f}{p99:>9.2f}{max(values):>9.2f}"


HEADER = f"{'':<44}{'notes':>6}{'p50 s':>9}{'p95 s':>9}{'p99 s':>9}{'max s':>9}"


def load_average() -> str:
    return ", ".join(f"{v:.2f}" for v in os.getloadavg())


# --- The runs -------------------------------------------------------------------------------------


def rates_run(
    service: Service, fake: RecordingHelpdesk, rates: list[float], seconds: float, workers: int
) -> None:
    print(f"note latency, budget unlimited, {workers} worker process(es); {seconds:.0f} s per rate")
    print(HEADER)
    first = 0
    for rate in rates:
        fake.reset()
        sent = send(service.port, first, rate, seconds)
        first += len(sent) + 1000
        flagged = latencies(fake, sent, ("high", "medium"))
        high = latencies(fake, sent, ("high",))
        print(row(f"{rate:g} events/s, flagged (high + medium)", flagged))
        print(row(f"{rate:g} events/s, high", high))
        print(f"  (load average {load_average()})")


def backfill_run(service: Service, fake: RecordingHelpdesk, rate: float, seconds: float) -> None:
    fake.reset()
    budget = "100"
    service.start_worker(ZENDESK_WRITES_PER_MINUTE=budget)
    backfill = service.run(
        "backfill",
        f"{Path(sys.executable).parent}/kasuguard backfill --helpdesk zendesk --tag "
        "--since 2026-02-01 --restart",
        ZENDESK_WRITES_PER_MINUTE=budget,
    )

    def backfill_writes() -> int:
        with fake.lock:
            return sum(1 for w in fake.writes if (w.job_id or "").startswith("zendesk-bf-"))

    wait_until(lambda: backfill_writes() >= 20, 180, "the backfill's first writes")
    before, started = backfill_writes(), time.time()
    sent = send(service.port, 1_000_000, rate, seconds)
    high = latencies(fake, sent, ("high",))
    medium = latencies(fake, sent, ("medium",))
    during = backfill_writes() - before
    minutes = (time.time() - started) / 60
    alive = backfill.poll() is None
    service.stop("backfill")
    print(
        f"during a backfill of {BACKFILL_TICKETS} flagged tickets, budget {budget} writes/min, "
        f"{rate:g} live events/s for {seconds:.0f} s"
    )
    print(HEADER)
    print(row("live high", high))
    print(row("live medium", medium))
    print(
        f"  backfill wrote {during} notes meanwhile ({during / minutes:.0f}/min; "
        f"{'still running' if alive else 'ENDED EARLY'}); load average {load_average()}"
    )


def burst(coalesce: int, events: int = 1000, tickets: int = 100, per_minute: int = 100) -> None:
    """``events`` on ``tickets`` (levels mixed, low first on each ticket), accepted as the
    receiver accepts them, through the real job, worker and limiter at ``per_minute`` with a
    virtual clock, the policy's ``coalesce_seconds`` set to ``coalesce``: the order of the
    writes."""
    connection = redis_lib.Redis.from_url(BENCH_REDIS_URL)
    connection.flushdb()
    workdir = Path(tempfile.mkdtemp(prefix="kasuguard-burst-"))
    policy = workdir / "policy.yaml"
    text = (ROOT / "policies/default.yaml").read_text(encoding="utf-8")
    policy.write_text(text.replace("coalesce_seconds: 5", f"coalesce_seconds: {coalesce}"))

    clock = VirtualClock()
    env = environment(
        ZENDESK_EMAIL="b@example.com",
        ZENDESK_API_TOKEN="t",
        ZENDESK_BASE_URL="https://burst.zendesk.com",
        ZENDESK_WRITES_PER_MINUTE=str(per_minute),
        KASUGUARD_DATA_DIR=str(workdir / "data"),
        KASUGUARD_POLICY=str(policy),
    )
    os.environ.update(env)
    jobs.runtime.cache_clear()
    runtime = jobs.runtime()
    runtime.clock, runtime.sleep = clock.time, clock.sleep
    levels: dict[str, str] = {}
    writes: list[tuple[list[str], float]] = []
    update = (FIXTURES / "zendesk/api/update_ticket.json").read_text()
    tags = (FIXTURES / "zendesk/api/add_tags.json").read_text()

    def answer(request: Any) -> tuple[int, dict[str, str], str]:
        body = json.loads(request.body)
        named = re.findall(r"kasuguard-event: ([\w-]+)", json.dumps(body, ensure_ascii=False))
        writes.append((named or [_tagged(request, body)], clock.now))
        return 200, {}, tags if request.url.endswith("/tags") else update

    def _tagged(request: Any, body: dict[str, Any]) -> str:
        ticket = re.search(r"tickets/(\d+)", request.url).group(1)  # type: ignore[union-attr]
        return f"tags:{ticket}"

    queue = Queue(jobs.QUEUE_NAME, connection=connection)
    acceptor = Acceptor(queue)
    texts = {"high": HIGH, "medium": MEDIUM, "low": LOW}
    for n in range(events):
        level = ("low", "medium", "high")[n % 3]
        ticket = str(300_000 + n % tickets)
        data = {
            "helpdesk": "zendesk",
            "event_id": f"burst-{n}",
            "kind": "comment_added",
            "ticket_id": ticket,
            "occurred_at": "2026-02-06T01:00:00+00:00",
            "requester_id": f"burst-requester-{n}",
            "body": texts[level],
            "comment_id": str(80_000_000 + n),
            "tags": [],
            "ticket_updated_at": "2026-02-06T00:59:00Z",
        }
        job_id = f"zendesk-burst-{n}"
        levels[job_id] = level
        acceptor.accept(
            jobs.process_event,
            (data,),
            ledger=jobs.ledger_key(job_id),
            helpdesk="zendesk",
            ticket_id=ticket,
            **jobs.enqueue_options(job_id),
        )
    started = time.monotonic()
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        pattern = r"https://burst\.zendesk\.com/api/v2/tickets/\d+"
        mock.add_callback(responses.PUT, re.compile(pattern + "$"), callback=answer)
        mock.add_callback(responses.PUT, re.compile(pattern + "/tags$"), callback=answer)
        queues = [Queue(name, connection=connection) for name in jobs.QUEUES]
        SimpleWorker(queues, connection=connection).work(burst=True, logging_level="WARNING")
    took = time.monotonic() - started
    # A tags-only write carries no marker: it is the ticket's low event (one per ticket here
    # unless coalesced with others).
    order = []
    rank = ("low", "medium", "high")
    for names, at in writes:
        if names[0].startswith("tags:"):
            order.append(("low", at))
        else:  # a combined update counts as its most severe event
            order.append((max((levels[n] for n in names), key=rank.index), at))
    highs = [i for i, (level, _) in enumerate(order) if level == "high"]
    lows = [i for i, (level, _) in enumerate(order) if level == "low"]
    per_minute_max = max(
        sum(1 for _, b in order if a <= b < a + 60) for _, a in order
    ) if order else 0  # fmt: skip
    failed = sum(Queue(n, connection=connection).failed_job_registry.count for n in jobs.QUEUES)
    connection.flushdb()
    counts = {lv: sum(1 for level, _ in order if level == lv) for lv in ("high", "medium", "low")}
    span = (order[-1][1] - order[0][1]) if order else 0.0
    print(
        f"burst: {events} events on {tickets} tickets at {per_minute} writes/min, "
        f"coalesce_seconds {coalesce} (virtual clock; {took:.0f} s of real time)"
    )
    print(
        f"  writes: {len(order)} (high {counts['high']}, medium {counts['medium']}, "
        f"low {counts['low']}) over {span:.0f} virtual s; most in any minute {per_minute_max}; "
        f"{failed} failed"
    )
    if not lows:
        verdict = "yes (no write was tags-only: every combined update carried a note)"
    else:
        verdict = "yes" if not highs or max(highs) < min(lows) else "NO"
    last_high = order[max(highs)][1] - order[0][1] if highs else 0.0
    first_low = order[min(lows)][1] - order[0][1] if lows else 0.0
    print(
        f"  every high note before any low tag: {verdict} "
        f"(last high at +{last_high:.0f} s, first low at +{first_low:.0f} s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0, help="per rate")
    parser.add_argument("--rates", default="1,5,20")
    parser.add_argument("--backfill-seconds", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=1, help="worker processes (rate runs)")
    parser.add_argument("--skip-rates", action="store_true")
    parser.add_argument("--skip-backfill", action="store_true")
    parser.add_argument("--skip-burst", action="store_true")
    args = parser.parse_args()
    print(f"load average at start {load_average()}")
    if not (args.skip_rates and args.skip_backfill):
        connection = redis_lib.Redis.from_url(BENCH_REDIS_URL)
        connection.flushdb()
        fake = fake_helpdesk(BACKFILL_TICKETS)
        with tempfile.TemporaryDirectory(prefix="kasuguard-latency-") as workdir:
            service = Service(Path(workdir), fake)
            try:
                service.start_web()
                if not args.skip_rates:
                    service.start_worker(args.workers)
                    rates = [float(r) for r in args.rates.split(",")]
                    rates_run(service, fake, rates, args.seconds, args.workers)
                    for n in range(args.workers):
                        service.stop(f"worker-{n}")
                if not args.skip_backfill:
                    backfill_run(service, fake, 1.0, args.backfill_seconds)
            finally:
                service.stop_all()
                fake.shutdown()
                connection.flushdb()
    if not args.skip_burst:
        burst(coalesce=0)
        burst(coalesce=5)


if __name__ == "__main__":
    main()
