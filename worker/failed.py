"""Jobs that exhausted their retries (or were rejected by a helpdesk): list, requeue, purge.

A failed job keeps its event (ticket text included) in RQ's failed-job registry for
``jobs.FAILURE_TTL_S``; purging deletes it at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from redis import Redis
from rq import Queue
from rq.exceptions import NoSuchJobError
from rq.job import Job
from rq.registry import FailedJobRegistry

from worker import jobs


@dataclass(frozen=True)
class FailedJob:
    """What an operator needs to decide: which event, when, and why (no ticket text)."""

    job_id: str
    helpdesk: str
    ticket_id: str
    failed_at: datetime | None
    reason: str


def _reason(job: Job) -> str:
    result = job.latest_result()
    text = (result.exc_string if result and result.exc_string else "") or ""
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1] if lines else "unknown"


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
        found.append(
            FailedJob(
                job_id=job_id,
                helpdesk=str(event.get("helpdesk", "?")),
                ticket_id=str(event.get("ticket_id", "?")),
                failed_at=job.ended_at,
                reason=_reason(job),
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
