"""Jobs that exhausted their retries (or were rejected by a helpdesk): list, requeue, purge;
and the one JSON event logged for every failed run (``job_failed``), with a plain reason class.

A failed job keeps its event (ticket text included) in RQ's failed-job registry for
``jobs.FAILURE_TTL_S``; purging deletes it at once.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import requests
from redis import Redis
from redis.exceptions import RedisError
from rq import Queue
from rq.exceptions import NoSuchJobError
from rq.job import Job
from rq.registry import FailedJobRegistry
from rq.timeouts import JobTimeoutException
from sqlalchemy.exc import SQLAlchemyError

from integrations.base import HelpdeskRejected, HelpdeskUnavailable, MalformedPayload
from worker import jobs

logger = logging.getLogger(__name__)

REASON_CLASSES = (
    "helpdesk_unreachable",
    "helpdesk_rejected",
    "bad_payload",
    "timeout",
    "storage_unreachable",
    "internal_error",
)
"""Why a job failed, in words an operator acts on (``kasuguard failed list`` shows them too)."""


def reason_class(exc: BaseException) -> str:
    """The plain reason for ``exc``: which part failed, not the engine's words."""
    if isinstance(exc, JobTimeoutException) or isinstance(exc.__cause__, requests.Timeout):
        return "timeout"
    if isinstance(exc, HelpdeskRejected):
        return "helpdesk_rejected"
    if isinstance(exc, HelpdeskUnavailable):
        return "helpdesk_unreachable"
    if isinstance(exc, MalformedPayload):
        return "bad_payload"
    if isinstance(exc, RedisError | SQLAlchemyError):
        return "storage_unreachable"
    return "internal_error"


def log_failure(job: Job, exc: BaseException | None, *, error: str = "") -> dict[str, Any]:
    """Log ``job_failed`` for one failed run and remember its reason on the job. Ids, the
    attempt and the class of reason only: never the event's text or its requester. ``exc`` is
    ``None`` when the run left no exception (its work horse was killed); ``error`` names it."""
    event = job.args[0] if job.args and isinstance(job.args[0], dict) else {}
    retries_left = job.retries_left or 0
    fields = {
        "job_id": job.id,
        "helpdesk": str(event.get("helpdesk", "?")),
        "ticket_id": str(event.get("ticket_id", "?")),
        "attempt": (job.number_of_retries or 0) + 1,
        "will_retry": retries_left > 0,
        "reason": reason_class(exc) if exc is not None else "internal_error",
        "error": type(exc).__name__ if exc is not None else error,
    }
    job.meta["reason_class"] = fields["reason"]
    try:
        job.save_meta()
    except RedisError:
        pass  # the log line below still says it; the list falls back to the stored traceback
    logger.error("job_failed", extra=fields)
    return fields


@dataclass(frozen=True)
class FailedJob:
    """What an operator needs to decide: which event, when, and why (no ticket text)."""

    job_id: str
    helpdesk: str
    ticket_id: str
    failed_at: datetime | None
    reason: str
    reason_class: str = "internal_error"


def _reason(job: Job) -> str:
    result = job.latest_result()
    text = (result.exc_string if result and result.exc_string else "") or ""
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else "unknown"


_REASON_BY_NAME = {
    "HelpdeskRejected": "helpdesk_rejected",
    "HelpdeskUnavailable": "helpdesk_unreachable",
    "RateLimited": "helpdesk_unreachable",
    "MalformedPayload": "bad_payload",
    "JobTimeoutException": "timeout",
}


def _stored_reason_class(job: Job, reason: str) -> str:
    """The class ``log_failure`` kept on the job, else read from the traceback's last line (a
    job failed by a worker that does not log ``job_failed``, such as RQ's own)."""
    kept = job.meta.get("reason_class")
    if kept in REASON_CLASSES:
        return str(kept)
    qualified = reason.split(":", 1)[0].strip()
    if qualified.startswith(("redis.", "sqlalchemy.")):
        return "storage_unreachable"
    return _REASON_BY_NAME.get(qualified.rsplit(".", 1)[-1], "internal_error")


def _registries(redis: Redis) -> list[FailedJobRegistry]:
    return [Queue(name, connection=redis).failed_job_registry for name in jobs.QUEUES]


def _registry_of(redis: Redis, job_id: str) -> FailedJobRegistry:
    """The failed-job registry holding ``job_id`` (the live queue's when none does)."""
    registries = _registries(redis)
    return next((r for r in registries if job_id in r), registries[0])


def list_failed(redis: Redis) -> list[FailedJob]:
    """Failed jobs of every queue, oldest first in each."""
    found = []
    for job_id in [i for registry in _registries(redis) for i in registry.get_job_ids()]:
        try:
            job = Job.fetch(job_id, connection=redis)
        except NoSuchJobError:
            continue
        event = job.args[0] if job.args else {}
        reason = _reason(job)
        found.append(
            FailedJob(
                job_id=job_id,
                helpdesk=str(event.get("helpdesk", "?")),
                ticket_id=str(event.get("ticket_id", "?")),
                failed_at=job.ended_at,
                reason=reason,
                reason_class=_stored_reason_class(job, reason),
            )
        )
    return found


def requeue(redis: Redis, job_ids: Iterable[str]) -> list[str]:
    """Put failed jobs back on the queue (with a fresh set of retries); returns those requeued."""
    done = []
    for job_id in job_ids:
        registry = _registry_of(redis, job_id)
        job = Job.fetch(job_id, connection=redis)
        job.retries_left = jobs.RETRY.max
        job.save()
        registry.requeue(job_id)
        done.append(job_id)
    return done


def purge(redis: Redis, job_ids: Iterable[str]) -> list[str]:
    """Delete failed jobs and the event data they hold; returns those deleted."""
    done = []
    for job_id in job_ids:
        _registry_of(redis, job_id).remove(job_id, delete_job=True)
        done.append(job_id)
    return done
