"""The RQ worker class the Procfile runs: loads the scorer once, before RQ forks per job, and
keeps working through faults.

RQ forks a work horse for every job. Without this, each horse would import the scorer and load
the Japanese dictionary again; loaded in the parent, every fork shares it (copy-on-write).

Faults, and what this class changes in RQ 2.12's defaults to survive them:

- **Redis goes away** (restart, failover, a hang). RQ's loop retries a lost connection only
  while it waits for a job, with up to 60 s between tries, and quits on anything else (a
  timeout, an error while cleaning registries or after a job). Here every step of the loop
  waits for Redis to answer again, at most ``RECONNECT_MAX_WAIT_S`` between tries, and goes on:
  the process never exits because Redis did. A horse running when Redis went away is waited
  for, never left running beside a retry of its own job.
- **A worker dies** (SIGKILL, OOM, a lost host). Its job stays in RQ's started-job registry
  until the entry expires: RQ sets that to the job-monitoring interval (30 s) + 60 s and
  looks for expired entries every 10 minutes (``maintenance_interval``), so an orphaned job
  waited ~15 minutes. Here the entry expires ``HEARTBEAT_GRACE_S`` after the last heartbeat
  (beats every ``JOB_MONITORING_INTERVAL_S``) and every worker looks every
  ``MAINTENANCE_INTERVAL_S``: the orphan is retried (RQ's ``Retry``, first after 10 s) well
  within a minute. A dead worker's scheduler lock (RQ keeps it 61 s) is taken over once its
  holder has stopped beating, so retries are not held up either.
- **Liveness.** An idle RQ worker beats once per ``worker_ttl - 15`` s (405 s by default);
  here every ``WORKER_TTL_S - 15`` s, so ``/healthz`` can drop a dead worker within 30 s.

RQ's own values still apply when given explicitly on the command line (``--worker-ttl``,
``--job-monitoring-interval``, ``--maintenance-interval``).
"""

from __future__ import annotations

import contextlib
import logging
import time
import traceback
from typing import Any

from redis.exceptions import RedisError
from rq import Worker as RQWorker
from rq import worker_registration
from rq.defaults import (
    DEFAULT_JOB_MONITORING_INTERVAL,
    DEFAULT_MAINTENANCE_TASK_INTERVAL,
    DEFAULT_WORKER_TTL,
)
from rq.job import Job
from rq.registry import clean_registries
from rq.scheduler import SCHEDULER_KEY_TEMPLATE, RQScheduler
from rq.scripts import release_lock
from rq.utils import now, utcparse

from worker.logs import configure_logging

logger = logging.getLogger(__name__)

WORKER_TTL_S = 20
"""An idle worker beats every ``WORKER_TTL_S - 15`` = 5 s (RQ: 420, a beat every 405 s)."""
JOB_MONITORING_INTERVAL_S = 5
"""A busy worker beats every 5 s while its horse runs (RQ: 30)."""
HEARTBEAT_GRACE_S = 15
"""A running job's registry entry outlives its last beat by this much (RQ: 60)."""
MAINTENANCE_INTERVAL_S = 10
"""How often each worker looks for orphaned jobs and dead schedulers (RQ: 600)."""
MAINTENANCE_LOCK_S = 60
"""The cleaning lock's life: RQ's 899 s would stall cleaning for 15 minutes after a worker died
while holding it."""
RECONNECT_MAX_WAIT_S = 2.0
"""Longest pause between tries while Redis is unreachable (RQ: 60 s)."""
SCHEDULER_STALE_S = 10
"""A scheduler beats every second; one silent this long is dead and its lock is taken over."""
PUBSUB_WAIT_S = 1.0
"""RQ's command listener sleeps 60 s between reads, and with redis-py 8 stopping it waits that
sleep out: every worker stop (and every test worker) stalled for up to a minute."""


TEMPLATE_REFRESH_S = 10.0
"""How often the parent looks for edited templates to compile before it forks (a SQL read)."""


def warm_up() -> None:
    """Import the job and load the scorer's rules, weights and analyser, so lazy loads happen
    in the parent and no forked job loads anything; migrate the database at start (a job
    retries later if it is unreachable now); then what every job used to build for itself:
    the configuration, the parsed policy and the compiled templates (``warm_runtime``)."""
    from worker import scoring

    scoring.warm_up()
    _open_database()
    warm_runtime()


def warm_runtime(*, templates: bool = True) -> None:
    """Build the job's runtime and parse the policy in this (the parent) process, and compile
    every template's current text: a forked job then starts with them (policy parsing and
    template compiling were ~130 ms of every flagged job). The policy is re-read here only
    when its file changed; a template edited since is compiled by the job until the next
    refresh. Never fails: a job reports what is wrong itself."""
    from sqlalchemy.exc import SQLAlchemyError

    from worker import db, jobs, replies
    from worker.config import ConfigError
    from worker.policy import PolicyError
    from worker.template_store import default_store

    try:
        rt = jobs.runtime()
        rt.policy  # noqa: B018  (parsed now, in the parent)
    except (ConfigError, PolicyError, OSError) as exc:
        logger.error("worker.warm-up-failed", extra={"error": type(exc).__name__})
        return
    if not templates:
        return
    try:
        store = default_store(rt.config.database_url)
        for language, name in store.names():
            with contextlib.suppress(Exception):  # a broken template is the job's to report
                replies._compile(store.source(language, name))
        # Forked jobs must not share the parent's pooled SQL connections.
        db.engine_for(rt.config.database_url, migrate=False).dispose()
    except SQLAlchemyError as exc:
        logger.error("worker.warm-up-failed", extra={"error": type(exc).__name__})


def _open_database() -> None:
    from sqlalchemy.exc import SQLAlchemyError

    from worker import db
    from worker.config import ConfigError, load_config

    try:
        db.engine_for(load_config().database_url)
    except (SQLAlchemyError, ConfigError) as exc:
        logger.error("database.unavailable", extra={"error": type(exc).__name__})


class PromptPubSub:
    """RQ's ``subscribe`` with a listener that wakes every second (see ``PUBSUB_WAIT_S``)."""

    def subscribe(self: Any) -> None:
        self.pubsub = self.connection.pubsub()
        self.pubsub.subscribe(**{self.pubsub_channel_name: self.handle_payload})
        self.pubsub_thread = self.pubsub.run_in_thread(
            sleep_time=PUBSUB_WAIT_S, daemon=True, exception_handler=self._pubsub_exception_handler
        )


class Worker(PromptPubSub, RQWorker):
    """``rq worker --worker-class worker.rqworker.Worker``."""

    max_connection_wait_time = RECONNECT_MAX_WAIT_S

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        ours = {
            "worker_ttl": (DEFAULT_WORKER_TTL, WORKER_TTL_S),
            "job_monitoring_interval": (DEFAULT_JOB_MONITORING_INTERVAL, JOB_MONITORING_INTERVAL_S),
            "maintenance_interval": (DEFAULT_MAINTENANCE_TASK_INTERVAL, MAINTENANCE_INTERVAL_S),
        }
        for key, (rq_default, value) in ours.items():
            if kwargs.get(key) in (None, rq_default):  # not chosen on the command line
                kwargs[key] = value
        if kwargs.get("default_worker_ttl") == DEFAULT_WORKER_TTL:
            kwargs.pop("default_worker_ttl")  # the CLI passes RQ's default under its old name too
        super().__init__(*args, **kwargs)
        configure_logging()
        warm_up()
        self._warmed_at = time.monotonic()

    # Orphaned jobs come back within a minute.

    def get_heartbeat_ttl(self, job: Job) -> int:
        """Seconds a running job's registry entry lives after this beat."""
        if job.timeout and job.timeout > 0:
            left = job.timeout - self.current_job_working_time
            return int(min(left, self.job_monitoring_interval)) + HEARTBEAT_GRACE_S
        return self.job_monitoring_interval + HEARTBEAT_GRACE_S

    def clean_registries(self) -> None:
        """RQ's cleaning (orphaned jobs are retried), under a lock that expires in a minute."""
        for queue in self.queues:
            if queue.connection.set(queue.registry_cleaning_key, 1, nx=True, ex=MAINTENANCE_LOCK_S):
                try:
                    clean_registries(queue, self._exc_handlers)
                    worker_registration.clean_worker_registry(queue)
                    queue.intermediate_queue.cleanup(self, queue)
                finally:
                    queue.release_maintenance_lock()
        self.last_cleaned_at = now()

    def run_maintenance_tasks(self) -> None:
        try:
            self._take_over_dead_schedulers()
            super().run_maintenance_tasks()
        except RedisError as exc:
            self._lost_redis("maintenance", exc)

    def _take_over_dead_schedulers(self) -> None:
        """Free a scheduler lock whose holder stopped beating, so RQ's next maintenance
        starts our scheduler instead of waiting out the lock's 61 s."""
        if self.scheduler is None:
            return
        for queue in self.queues:
            lock = RQScheduler.get_locking_key(queue.name)
            holder = self.connection.get(lock)
            if holder is None or holder.decode() == self.scheduler.name:
                continue
            beat = self.connection.hget(SCHEDULER_KEY_TEMPLATE % holder.decode(), "last_heartbeat")
            # No beat yet: a scheduler still starting. A dead one's record outlives its lock.
            if beat and (now() - utcparse(beat.decode())).total_seconds() > SCHEDULER_STALE_S:
                release_lock(self.connection, lock, holder.decode())
                logger.warning("worker.scheduler-taken-over", extra={"queue": queue.name})

    # A failed job is one JSON event with a plain reason.

    def handle_exception(self, job: Job, *exc_info: Any) -> None:
        """Log ``job_failed`` (``worker.failed.log_failure``) instead of RQ's plain-text
        traceback, which goes to RQ's log at debug level; RQ's handlers still run."""
        from worker.failed import log_failure

        log_failure(job, exc_info[1])
        self.log.debug("job %s failed:\n%s", job.id, "".join(traceback.format_exception(*exc_info)))
        for handler in self._exc_handlers:
            if handler(job, *exc_info) is False:  # RQ's rule: only an explicit False stops
                break

    def handle_work_horse_killed(self, job: Job, retpid: int, ret_val: int, rusage: Any) -> None:
        """A horse killed mid-job (out of memory, a signal) raised nothing to log: say it."""
        from worker.failed import log_failure

        log_failure(job, None, error="WorkHorseKilled")
        super().handle_work_horse_killed(job, retpid, ret_val, rusage)

    # Redis going away never ends the process.

    def bootstrap(self, *args: Any, **kwargs: Any) -> None:
        while True:
            self._wait_for_redis()
            try:
                super().bootstrap(*args, **kwargs)
                return
            except RedisError as exc:
                logger.warning(
                    "worker.redis-unavailable", extra={"step": "start", "error": type(exc).__name__}
                )
                # A half-written registration would make the next try refuse our own name.
                with contextlib.suppress(RedisError):
                    self.connection.delete(self.key)

    def _start_scheduler(self, *args: Any, **kwargs: Any) -> None:
        try:
            super()._start_scheduler(*args, **kwargs)
        except RedisError as exc:  # the next maintenance pass starts it (self.scheduler is set)
            logger.warning(
                "worker.redis-unavailable", extra={"step": "scheduler", "error": type(exc).__name__}
            )

    def check_for_suspension(self, burst: bool) -> None:
        try:
            super().check_for_suspension(burst)
        except RedisError as exc:
            self._lost_redis("suspension-check", exc)

    def dequeue_job_and_maintain_ttl(
        self, timeout: int | None, max_idle_time: int | None = None
    ) -> Any:
        while True:
            try:
                return super().dequeue_job_and_maintain_ttl(timeout, max_idle_time)
            except RedisError as exc:  # RQ retries only ConnectionError here, and quits on others
                self._lost_redis("dequeue", exc)

    def execute_job(self, job: Job, queue: Any) -> None:
        # Before the fork: a changed policy is parsed, and edited templates compiled, here once.
        templates = time.monotonic() - self._warmed_at > TEMPLATE_REFRESH_S
        warm_runtime(templates=templates)
        if templates:
            self._warmed_at = time.monotonic()
        try:
            super().execute_job(job, queue)
        except RedisError as exc:
            # The job's outcome could not be recorded; its registry entry expires and RQ's
            # cleaning retries it. Never leave our horse running beside that retry.
            if self.horse_pid:
                self.wait_for_horse()
                self._horse_pid = 0
            self._lost_redis("execute", exc, job_id=job.id)

    def maintain_heartbeats(self, job: Job) -> None:
        try:
            super().maintain_heartbeats(job)
        except RedisError as exc:  # keep watching the horse; the next beat tries again
            logger.warning(
                "worker.redis-unavailable",
                extra={"step": "job-heartbeat", "job_id": job.id, "error": type(exc).__name__},
            )

    def heartbeat(self, timeout: int | None = None, pipeline: Any = None) -> None:
        if pipeline is not None:
            super().heartbeat(timeout, pipeline)
            return
        try:
            super().heartbeat(timeout)
            if self.birth_date and not self.connection.hexists(self.key, "birth"):
                self._register_again()
        except RedisError as exc:
            logger.warning(
                "worker.redis-unavailable", extra={"step": "heartbeat", "error": type(exc).__name__}
            )

    def _register_again(self) -> None:
        """Redis came back without our registration (it lost its data): register anew, so
        ``/healthz`` and ``rq info`` see this worker again."""
        with self.connection.pipeline() as pipeline:
            pipeline.hset(self.key, mapping=self.serialize())
            worker_registration.register(self, pipeline)
            pipeline.expire(self.key, self.worker_ttl + 60)
            pipeline.execute()
        logger.warning("worker.registered-again", extra={"worker": self.name})

    def _lost_redis(self, step: str, exc: Exception, **fields: Any) -> None:
        logger.warning(
            "worker.redis-unavailable", extra={"step": step, "error": type(exc).__name__, **fields}
        )
        self._wait_for_redis()

    def _wait_for_redis(self) -> None:
        """Block until Redis answers, trying with a growing pause up to RECONNECT_MAX_WAIT_S."""
        pause, since = 0.1, time.monotonic()
        while True:
            try:
                self.connection.ping()
            except RedisError:
                time.sleep(pause)
                pause = min(pause * 2, RECONNECT_MAX_WAIT_S)
                continue
            if time.monotonic() - since > pause:
                logger.info(
                    "worker.redis-available",
                    extra={"waited_s": round(time.monotonic() - since, 1)},
                )
            return
