"""The Procfile's worker under faults, as real processes: Redis SIGKILLed under it (busy or idle,
coming back with its data or empty), the worker itself SIGKILLed mid-job, a dead scheduler.
The timed versions (bursts, storms, three kills in a row) are in ``bench/faults.py``."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
import redis as redis_lib
from rq import Queue, Retry
from rq.registry import StartedJobRegistry
from rq.scheduler import SCHEDULER_KEY_TEMPLATE, RQScheduler
from rq.utils import now as rq_now
from rq.utils import utcformat
from rq.worker import Worker as PlainWorker

from tests import faultjobs
from tests.conftest import environment_for_tests, needs_redis_server
from tests.processes import RedisServer, kill_tree, start_worker, wait_until
from worker import health, jobs, rqworker


def test_a_worker_silent_past_the_limit_drops_out_of_healthz(client, redis):
    worker = PlainWorker([Queue(jobs.QUEUE_NAME, connection=redis)], connection=redis)
    worker.register_birth()
    assert client.get("/healthz").get_json()["workers"] == 1
    stale = rq_now() - health.HEARTBEAT_MAX_AGE - timedelta(seconds=1)
    redis.hset(worker.key, "last_heartbeat", utcformat(stale))
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.get_json()["workers"] == 0


def test_the_procfile_worker_beats_often_enough_for_healthz_and_orphans(redis, monkeypatch):
    monkeypatch.setattr(rqworker, "warm_up", lambda: None)
    queue = Queue(jobs.QUEUE_NAME, connection=redis)
    worker = rqworker.Worker([queue], connection=redis)
    limit = health.HEARTBEAT_MAX_AGE.total_seconds()
    assert worker.dequeue_timeout < limit / 2  # idle: one beat per dequeue wait
    assert worker.job_monitoring_interval < limit / 2  # busy: one beat per monitoring interval
    job = queue.enqueue(faultjobs.mark, "x", job_timeout=jobs.JOB_TIMEOUT_S)
    # An orphan's registry entry expires 20 s after its last beat; each worker looks every 10 s;
    # RQ's first retry waits 10 s: back in the queue within 40 s (RQ's defaults: ~15 min).
    assert worker.get_heartbeat_ttl(job) + worker.maintenance_interval + 10 <= 40
    chosen = rqworker.Worker([queue], connection=redis, worker_ttl=100, maintenance_interval=60)
    assert (chosen.worker_ttl, chosen.maintenance_interval) == (100, 60)  # CLI choices stand


@needs_redis_server
@pytest.mark.parametrize(
    "aof, mid_job", [(True, True), (False, False)], ids=["aof-mid-job", "no-persistence-idle"]
)
def test_the_procfile_worker_outlives_a_redis_sigkill_and_works_on(tmp_path, workers, aof, mid_job):
    """Redis dies under the worker (busy with a job, or idle) and comes back, with its data or
    empty: the same process reconnects, is seen by /healthz again, and takes the next job.
    (RQ's own worker quit when a heartbeat failed mid-job, and stayed unregistered after an
    empty Redis came back.)"""
    server = RedisServer(tmp_path / "redis", aof=aof)
    server.directory.mkdir()
    server.start()
    try:
        url = server.url()
        connection = redis_lib.Redis.from_url(url)
        log = tmp_path / "worker.log"
        worker = start_worker(url, environment_for_tests(REDIS_URL=url), log=log)
        workers.append(worker)
        queue = Queue(jobs.QUEUE_NAME, connection=connection)
        queue.enqueue(faultjobs.mark, "before")
        wait_until(lambda: connection.get("before"), 60, "the worker at work")
        if mid_job:
            queue.enqueue(faultjobs.gate, "started", "gate", "done")
            wait_until(lambda: connection.get("started"), 30, "job started")

        server.kill()
        wait_until(lambda: b"redis-unavailable" in log.read_bytes(), 30, "worker saw Redis go")
        server.start()
        connection.rpush("gate", "open")
        queue.enqueue(faultjobs.mark, "after")
        wait_until(lambda: connection.get("after"), 60, "a job after Redis returned")
        assert worker.poll() is None
        wait_until(lambda: health.live_workers(connection), 30, "worker seen again")
    finally:
        server.stop()


@needs_redis_server
def test_a_job_orphaned_by_a_killed_worker_expires_within_20_s_and_is_retried(
    aof_redis, workers, tmp_path
):
    url = aof_redis.url()
    connection = redis_lib.Redis.from_url(url)
    env = environment_for_tests(REDIS_URL=url)
    first = start_worker(url, env)
    workers.append(first)
    queue = Queue(jobs.QUEUE_NAME, connection=connection)
    job = queue.enqueue(faultjobs.gate, "started", "gate", "done", retry=Retry(max=2))
    wait_until(lambda: connection.get("started") == b"1", 60, "job started")
    registry = StartedJobRegistry(jobs.QUEUE_NAME, connection=connection)

    def expiry() -> float:
        (entry,) = connection.zrange(registry.key, 0, -1, withscores=True)
        return entry[1]

    beat = expiry()
    wait_until(lambda: expiry() > beat, 15, "a heartbeat while the job runs")
    assert expiry() - time.time() <= rqworker.JOB_MONITORING_INTERVAL_S + 15 + 1

    kill_tree(first.pid)  # worker, horse and scheduler, as a crashed container
    first.wait(timeout=10)
    orphaned = expiry()
    assert job.id in registry.get_job_ids(cleanup=False)
    registry.cleanup(timestamp=orphaned)  # what the next maintenance pass does once it expired
    job.refresh()
    assert (job.get_status(), job.retries_left) == ("queued", 1)

    log = tmp_path / "second-worker.log"
    workers.append(start_worker(url, env, log=log))
    connection.rpush("gate", "open")
    try:
        wait_until(lambda: connection.get("done"), 60, "the retried job")
    except TimeoutError as exc:  # say what the worker was doing
        raise AssertionError(log.read_text(errors="replace")[-3000:]) from exc
    assert connection.get("started") == b"2"


def test_a_dead_schedulers_lock_is_taken_over_once_it_stops_beating(redis, monkeypatch):
    monkeypatch.setattr(rqworker, "warm_up", lambda: None)
    queue = Queue(jobs.QUEUE_NAME, connection=redis)
    worker = rqworker.Worker([queue], connection=redis)
    worker.scheduler = RQScheduler([queue], connection=redis)
    lock = RQScheduler.get_locking_key(queue.name)
    for silent_s, released in ((2, False), (rqworker.SCHEDULER_STALE_S + 5, True)):
        redis.set(lock, "ghost", ex=61)
        beat = utcformat(rq_now() - timedelta(seconds=silent_s))
        redis.hset(SCHEDULER_KEY_TEMPLATE % "ghost", "last_heartbeat", beat)
        worker._take_over_dead_schedulers()
        assert (redis.get(lock) is None) == released
