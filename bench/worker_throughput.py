"""Worker: events per second end to end (real `rq worker --burst`, forking, against a fake
Zendesk on loopback), against RQ no-op jobs per second with the same worker, in the same run.

    .venv/bin/python -m bench.worker_throughput [--events 500]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time

import redis
from rq import Queue
from rq.job import Job

from bench.common import BENCH_REDIS_URL, ROOT, environment, free_port, zendesk_comment
from bench.fake_helpdesk import FakeZendesk, calls_json
from bench.noop import noop
from integrations import zendesk
from worker import jobs

FLAGGED = "お前ら本当に無能だな。慰謝料を払え。"
BENIGN = (  # about 200 characters: long enough for the learned layer to judge it
    "いつもお世話になっております。先日お送りいただいた請求書ですが、金額が二重に計上されている"
    "ようです。今月分のご利用明細と照らし合わせたところ、同じ項目が二行ずつ記載されておりました。"
    "お手数ですが内容をご確認のうえ、正しい請求書を再発行していただけますでしょうか。"
    "経理の締めが来週のため、それまでにご対応いただけると助かります。"
    "なお、先月分の請求書には問題ございませんでした。引き続きどうぞよろしくお願いいたします。"
)


def drain(env: dict[str, str], workers: int) -> float:
    """Run ``workers`` burst-mode rq workers until the queue is empty; seconds taken."""
    started = time.perf_counter()
    processes = [
        subprocess.Popen(
            [
                *(sys.executable, "-m", "rq.cli", "worker", "--burst", "-q"),
                *("--worker-class", "worker.rqworker.Worker", "--url", BENCH_REDIS_URL),
                *jobs.QUEUES,
            ],
            cwd=ROOT,
            env={**os.environ, **env},
            stdout=subprocess.DEVNULL,
        )
        for _ in range(workers)
    ]
    for process in processes:
        process.wait()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=500)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    connection = redis.Redis.from_url(BENCH_REDIS_URL)
    connection.flushdb()
    port = free_port()
    fake = FakeZendesk(port)
    fake.start()
    env = environment(
        ZENDESK_EMAIL="bench@example.com",
        ZENDESK_API_TOKEN="token",
        ZENDESK_BASE_URL=f"http://127.0.0.1:{port}",
        ZENDESK_WRITES_PER_MINUTE="1000000",
    )
    queue = Queue(jobs.QUEUE_NAME, connection=connection)
    benign_ids = []
    for n in range(args.events):
        body = zendesk_comment(n, FLAGGED if n % 2 else BENIGN)
        event = zendesk.parse(json.loads(body), {})
        queue.enqueue(jobs.process_event, event.to_dict(), job_id=event.job_id)
        if not n % 2:
            benign_ids.append(event.job_id)
    events_s = drain(env, args.workers)
    failed = queue.failed_job_registry.count
    # How long one job takes inside a forked work horse (RQ's own start and end stamps).
    durations = [
        (job.ended_at - job.started_at).total_seconds()
        for job in Job.fetch_many(benign_ids, connection=connection)
        if job is not None and job.started_at and job.ended_at
    ]
    for n in range(args.events):
        queue.enqueue(noop, {"n": n})
    noop_s = drain(env, args.workers)
    connection.flushdb()
    fake.shutdown()
    print(f"worker: {args.events} events (half flagged), {args.workers} forking rq workers,")
    print("        fake Zendesk on loopback")
    rate = args.events / events_s
    print(f"  kasuguard events/s: {rate:8.1f}   ({failed} failed; calls {calls_json(fake)})")
    print(f"  rq no-op jobs/s:    {args.events / noop_s:8.1f}")
    print(f"  ratio: {noop_s / events_s:.2f} of RQ's no-op throughput")
    if durations:
        print(
            f"  job time, benign {len(BENIGN)}-character message: median "
            f"{statistics.median(durations) * 1e3:.0f} ms, max {max(durations) * 1e3:.0f} ms"
            f" ({len(durations)} jobs)"
        )


if __name__ == "__main__":
    main()
