"""Memory: what a worker process holds after thousands of varied events.

    .venv/bin/python -m bench.memory [--events 10000] [--fork]

The bodies of the shipped corpus, in turn (varied text, so every lazy load happens; about half
are flagged), are drained by an RQ worker against a fake Zendesk on loopback (a thread of this
process).

Without ``--fork``, a SimpleWorker runs every job in this process, so nothing is ever freed by a
process exit: the worst case. We print RSS after start-up, after 1,000 events and at the end, and
at the end what it is made of: the process's own (anonymous) pages, mapped files (libraries and
the Japanese dictionary, shared with every process that maps them and reclaimable), PSS and USS.

With ``--fork``, the worker forks a work horse per job, as the Procfile's worker does: the
parent stays as warm-up left it, and each horse shares the parent's pages until it writes to
them. We print the parent's RSS and PSS at the end, and the largest USS (pages only the horse
holds) and PSS seen in any horse, sampled every 5 ms while it ran.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import threading

import redis
from rq import Queue, SimpleWorker, Worker

from bench.common import BENCH_REDIS_URL, environment, free_port, zendesk_comment
from bench.fake_helpdesk import FakeZendesk
from integrations import zendesk
from worker import jobs
from worker.rqworker import warm_up


def rss_mib(field: str = "VmRSS") -> float:
    """Resident memory in MiB: ``VmRSS`` (all), ``RssAnon`` (the process's own) or ``RssFile``
    (mapped files: the Japanese dictionary, shared by every forked worker and reclaimable)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def rollup() -> dict[str, float]:
    """``/proc/self/smaps_rollup`` in MiB: Rss, Pss (shared pages divided among the processes
    that map them), Private_* (USS is Private_Clean + Private_Dirty), Anonymous, …"""
    out: dict[str, float] = {}
    with open("/proc/self/smaps_rollup") as smaps:
        for line in smaps:
            parts = line.split()
            if len(parts) == 3 and parts[2] == "kB":
                out[parts[0].rstrip(":")] = int(parts[1]) / 1024
    return out


def dictionary_rss_mib() -> float:
    """Resident pages of the mapped SudachiDict file (``system.dic``)."""
    total, current = 0, ""
    with open("/proc/self/smaps") as smaps:
        for line in smaps:
            first = line.split(maxsplit=6)
            if "-" in first[0] and len(first) >= 5 and ":" in first[3]:  # a mapping's header
                current = first[5].strip() if len(first) > 5 else ""
            elif first[0] == "Rss:" and current.endswith("system.dic"):
                total += int(first[1])
    return total / 1024


def dictionary_name() -> str:
    from worker.scoring.words import DICTIONARY

    return f"SudachiDict {DICTIONARY}"


def corpus_bodies() -> list[str]:
    """Every message body of the shipped corpus: varied text, so every lazy load happens."""
    from worker.scoring.corpus import corpus_files, load_scenarios

    return [s["message"]["body"] for p in corpus_files() for s in load_scenarios(p)]


def _rollup_of(pid: int) -> dict[str, float]:
    out: dict[str, float] = {}
    try:
        with open(f"/proc/{pid}/smaps_rollup") as smaps:
            for line in smaps:
                parts = line.split()
                if len(parts) == 3 and parts[2] == "kB":
                    out[parts[0].rstrip(":")] = int(parts[1]) / 1024
    except OSError:  # the horse has just exited
        pass
    return out


class HorseSampler(threading.Thread):
    """Every 5 ms, the USS and PSS of this process's children (the work horses); keeps the
    largest seen."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.uss = self.pss = 0.0
        self.samples = 0
        self.stop = threading.Event()

    def run(self) -> None:
        children = f"/proc/{os.getpid()}/task/{os.getpid()}/children"
        while not self.stop.wait(0.005):
            with open(children) as handle:
                pids = [int(p) for p in handle.read().split()]
            for pid in pids:
                roll = _rollup_of(pid)
                if roll:
                    self.samples += 1
                    uss = roll.get("Private_Clean", 0) + roll.get("Private_Dirty", 0)
                    self.uss, self.pss = max(self.uss, uss), max(self.pss, roll.get("Pss", 0))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--fork", action="store_true", help="fork a work horse per job")
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
    bodies = corpus_bodies()
    sampler = HorseSampler()
    if args.fork:
        sampler.start()
    while done < args.events:
        batch = min(1000, args.events - done)
        for n in range(done, done + batch):
            body = bodies[n % len(bodies)]
            event = zendesk.parse(json.loads(zendesk_comment(n, body)), {})
            queue.enqueue(jobs.process_event, event.to_dict(), job_id=event.job_id, result_ttl=0)
        kind = Worker if args.fork else SimpleWorker
        queues = [Queue(name, connection=connection) for name in jobs.QUEUES]
        kind(queues, connection=connection).work(burst=True, logging_level="WARNING")
        done += batch
        marks.append((done, rss_mib()))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    failed = queue.failed_job_registry.count
    connection.flushdb()
    fake.shutdown()
    if args.fork:
        sampler.stop.set()
        sampler.join()
        roll = rollup()
        print(
            f"memory: {args.events} events (the corpus's bodies in turn), a work horse forked"
            f" per job ({failed} failed)"
        )
        print(f"  parent RSS after start-up:          {start:7.1f} MiB")
        print(f"  parent RSS after {marks[-1][0]:>6} events:    {marks[-1][1]:7.1f} MiB")
        print(f"  parent PSS at the end:              {roll.get('Pss', 0):7.1f} MiB")
        print(
            f"  largest work horse: USS {sampler.uss:.1f} MiB, PSS {sampler.pss:.1f} MiB"
            f" ({sampler.samples} samples)"
        )
        return
    print(
        f"memory: {args.events} events (the corpus's bodies in turn) in one SimpleWorker process"
        f" ({failed} failed)"
    )
    print(f"  RSS after start-up (scorer loaded): {start:7.1f} MiB")
    print(f"  RSS after {marks[0][0]:>6} events:        {marks[0][1]:7.1f} MiB")
    print(f"  RSS after {marks[-1][0]:>6} events:        {marks[-1][1]:7.1f} MiB")
    print(f"  peak RSS:                           {peak:7.1f} MiB")
    anon, files = rss_mib("RssAnon"), rss_mib("RssFile")
    print(f"  at the end: {anon:.1f} MiB the process's own, {files:.1f} MiB mapped files")
    roll = rollup()
    uss = roll.get("Private_Clean", 0) + roll.get("Private_Dirty", 0)
    print(
        f"  of the mapped files, {dictionary_rss_mib():.1f} MiB the Japanese dictionary"
        f" ({dictionary_name()}); PSS {roll.get('Pss', 0):.1f} MiB, USS {uss:.1f} MiB"
    )


if __name__ == "__main__":
    main()
