"""Memory: peak RSS of a worker process after 10,000 events.

    .venv/bin/python -m bench.memory [--events 10000]

A SimpleWorker (no fork, so everything stays in this process) drains 10,000 events, half of them
flagged, against a fake Zendesk on loopback; we print RSS after start-up, after 1,000 events and
at the end. In production RQ forks a short-lived horse per job, so the long-lived parent stays at
the start-up figure; this measures the worst case, where nothing is freed by process exit.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource

import redis
from rq import Queue, SimpleWorker

from bench.common import BENCH_REDIS_URL, environment, free_port, zendesk_comment
from bench.fake_helpdesk import FakeZendesk
from integrations import zendesk
from worker import jobs
from worker.rqworker import warm_up

FLAGGED = "お前ら本当に無能だな。慰謝料を払え。"
BENIGN = "先日の請求書ですが、金額が二重になっているようです。ご確認いただけますでしょうか。"


def rss_mib() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    args = parser.parse_args()
    logging.getLogger("worker").setLevel(logging.WARNING)
    connection = redis.Redis.from_url(BENCH_REDIS_URL)
    connection.flushdb()
    port = free_port()
    fake = FakeZendesk(port)
    fake.start()
    os.environ.update(
        environment(
            ZENDESK_EMAIL="bench@example.com",
            ZENDESK_API_TOKEN="token",
            ZENDESK_BASE_URL=f"http://127.0.0.1:{port}",
            ZENDESK_WRITES_PER_MINUTE="1000000",
        )
    )
    jobs.runtime.cache_clear()
    warm_up()
    start = rss_mib()
    queue = Queue(jobs.QUEUE_NAME, connection=connection)
    marks = []
    done = 0
    while done < args.events:
        batch = min(1000, args.events - done)
        for n in range(done, done + batch):
            event = zendesk.parse(json.loads(zendesk_comment(n, FLAGGED if n % 2 else BENIGN)), {})
            queue.enqueue(jobs.process_event, event.to_dict(), job_id=event.job_id, result_ttl=0)
        SimpleWorker([queue], connection=connection).work(burst=True, logging_level="WARNING")
        done += batch
        marks.append((done, rss_mib()))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    failed = queue.failed_job_registry.count
    connection.flushdb()
    fake.shutdown()
    print(
        f"memory: {args.events} events (half flagged) in one SimpleWorker process ({failed} failed)"
    )
    print(f"  RSS after start-up (scorer loaded): {start:7.1f} MiB")
    print(f"  RSS after {marks[0][0]:>6} events:        {marks[0][1]:7.1f} MiB")
    print(f"  RSS after {marks[-1][0]:>6} events:        {marks[-1][1]:7.1f} MiB")
    print(f"  peak RSS:                           {peak:7.1f} MiB")


if __name__ == "__main__":
    main()
