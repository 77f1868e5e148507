"""Intake: requests per second and p50/p99 latency of POST /webhooks/zendesk (signature check +
enqueue) under the Procfile's gunicorn (2 workers), against a bare Flask route returning 204 in
the same server, same run.

    .venv/bin/python -m bench.intake [--requests 2000] [--concurrency 8]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import redis

from bench.common import (
    BENCH_REDIS_URL,
    ROOT,
    environment,
    free_port,
    percentile,
    signed_headers,
    zendesk_comment,
)

PLAIN = False
"""``--plain``: 2 sync gunicorn workers without an access log (how this was measured before)."""


def web_command(app: str, port: int) -> str:
    """The Procfile's ``web`` command (its workers, threads and access log) serving ``app``."""
    if PLAIN:
        return f"gunicorn --bind 127.0.0.1:{port} --workers 2 '{app}'"
    procfile = (ROOT / "Procfile").read_text()
    command = re.search(r"^web: (.*)$", procfile, re.MULTILINE).group(1)  # type: ignore[union-attr]
    command = command.replace("0.0.0.0:${PORT:-8000}", f"127.0.0.1:{port}")
    return command.replace("'worker.app:create_app()'", f"'{app}'")


def serve(app: str, port: int, env: dict[str, str]) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        ["bash", "-c", f"exec {web_command(app, port)}"],
        cwd=ROOT,
        env={
            **os.environ,
            **env,
            "WEB_CONCURRENCY": "2",
            "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
        },
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            http.client.HTTPConnection("127.0.0.1", port, timeout=1).request("GET", "/")
            return process
        except OSError:
            time.sleep(0.05)
    process.kill()
    raise SystemExit(f"{app} did not start")


def load(
    port: int, bodies: list[bytes], concurrency: int
) -> tuple[float, list[float], dict[int, int]]:
    def one(body: bytes) -> tuple[float, int]:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        started = time.perf_counter()
        conn.request("POST", "/webhooks/zendesk", body=body, headers=signed_headers(body))
        status = conn.getresponse().status
        elapsed = time.perf_counter() - started
        conn.close()
        return elapsed, status

    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        results = list(pool.map(one, bodies))
    wall = time.perf_counter() - started
    statuses: dict[int, int] = {}
    for _, status in results:
        statuses[status] = statuses.get(status, 0) + 1
    return wall, [r[0] for r in results], statuses


def enqueue_step(count: int = 500) -> tuple[float, float]:
    """Milliseconds per accepted webhook, in this process: RQ's ``enqueue(unique=True)`` with the
    ledger check and the counters around it (four round trips) against ``worker.accept``."""
    from rq import Queue

    from integrations import zendesk
    from worker import jobs, metrics
    from worker.accept import Acceptor

    connection = redis.Redis.from_url(BENCH_REDIS_URL)
    queue = Queue(jobs.QUEUE_NAME, connection=connection)
    acceptor = Acceptor(queue)
    events = [zendesk.parse(json.loads(zendesk_comment(n)), {}).to_dict() for n in range(count * 2)]

    def separate(event: dict, job_id: str) -> None:
        connection.exists(jobs.ledger_key(job_id))
        queue.enqueue(jobs.process_event, event, unique=True, **jobs.enqueue_options(job_id))
        metrics.count_request(connection, "zendesk", "enqueued")

    def one_trip(event: dict, job_id: str) -> None:
        acceptor.accept(
            jobs.process_event,
            (event,),
            ledger=jobs.ledger_key(job_id),
            helpdesk="zendesk",
            ticket_id=event["ticket_id"],
            **jobs.enqueue_options(job_id),
        )

    timings: dict[str, list[float]] = {"separate": [], "one": []}
    for round_ in range(4):  # interleaved, so both see the same load
        for name, step in (("separate", separate), ("one", one_trip)):
            chunk = events[round_ * count // 2 : (round_ + 1) * count // 2]
            started = time.perf_counter()
            for event in chunk:
                step(event, f"step-{name}-{event['event_id']}")
            timings[name].append((time.perf_counter() - started) / len(chunk) * 1000)
    connection.flushdb()
    return statistics.median(timings["separate"]), statistics.median(timings["one"])


def main() -> None:
    global PLAIN
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument(
        "--plain", action="store_true", help="2 sync gunicorn workers, no access log"
    )
    args = parser.parse_args()
    PLAIN = args.plain
    redis.Redis.from_url(BENCH_REDIS_URL).flushdb()
    bodies = [zendesk_comment(n) for n in range(args.requests)]
    rows = []
    for name, app in (("kasuguard", "worker.app:create_app()"), ("bare 204", "bench.bare_app:app")):
        port = free_port()
        server = serve(app, port, environment())
        try:
            load(port, bodies[:50], args.concurrency)  # warm-up (these events are duplicates later)
            wall, latencies, statuses = load(port, bodies[50:], args.concurrency)
        finally:
            server.terminate()
            server.wait()
        rows.append((name, len(latencies) / wall, latencies, statuses))
    redis.Redis.from_url(BENCH_REDIS_URL).flushdb()
    posts = args.requests - 50
    server = "2 sync gunicorn workers, no access log" if PLAIN else "the Procfile's gunicorn"
    print(f"intake: {posts} POSTs, {args.concurrency} concurrent clients, {server}")
    print(f"{'endpoint':<12}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}  statuses")
    for name, rate, latencies, statuses in rows:
        p50, p99 = percentile(latencies, 50) * 1000, percentile(latencies, 99) * 1000
        print(f"{name:<12}{rate:>10.0f}{p50:>10.2f}{p99:>10.2f}  {statuses}")
    print(f"ratio kasuguard / bare: {rows[0][1] / rows[1][1]:.2f} of the bare route's throughput")
    separate, one = enqueue_step()
    print(
        f"accepting one webhook in Redis: {one:.2f} ms in one round trip, against {separate:.2f} ms"
        " for RQ's enqueue(unique=True) with the ledger check and counters around it"
    )
    print(f"load average {', '.join(f'{v:.2f}' for v in os.getloadavg())}")


if __name__ == "__main__":
    main()
