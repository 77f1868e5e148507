"""``kasuguard forget``: remove one requester from everything kasuguard keeps.

A data-subject request names the person by their helpdesk id or e-mail; kasuguard stores only
their pseudonym (``worker.pseudonym``), so it computes the pseudonym for each helpdesk asked and
deletes: the requester history (Redis), the incidents (SQL), and every RQ job whose event is
theirs, wherever it waits (queued, scheduled for a retry, deferred, failed, or finished and kept
an hour): those hold the message text. A job running right now is left to finish and counted;
run the command again afterwards. The audit log records the counts, never who.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from redis import Redis
from rq import Queue
from rq.job import Job
from sqlalchemy import Engine

from worker import audit, incidents, jobs
from worker.history import RequesterHistory
from worker.pseudonym import normalise, pseudonym

JOB_PLACES: tuple[str, ...] = ("queued", "scheduled", "deferred", "failed", "finished")
"""Where a job holding an event can wait; jobs running now are counted, not deleted."""


@dataclass
class Forgotten:
    """What was removed, per place."""

    history_entries: int = 0
    incidents: int = 0
    jobs: dict[str, int] = field(default_factory=lambda: dict.fromkeys(JOB_PLACES, 0))
    running_jobs: int = 0


def _job_ids(queue: Queue) -> dict[str, list[str]]:
    return {
        "queued": queue.get_job_ids(),
        "scheduled": queue.scheduled_job_registry.get_job_ids(),
        "deferred": queue.deferred_job_registry.get_job_ids(),
        "failed": queue.failed_job_registry.get_job_ids(),
        "finished": queue.finished_job_registry.get_job_ids(),
        "started": queue.started_job_registry.get_job_ids(),
    }


def _theirs(job: Job, pseudonyms: set[str], plain: set[str]) -> bool:
    event: Any = job.args[0] if job.args else None
    if not isinstance(event, dict):
        return False
    if event.get("requester_pseudonym") in pseudonyms:
        return True
    # Jobs queued by a version that did not pseudonymise yet carry the plain id.
    requester = event.get("requester_id")
    return isinstance(requester, str) and normalise(requester) in plain


def forget(
    redis: Redis,
    engine: Engine,
    *,
    pepper: str,
    requester: str,
    helpdesks: Iterable[str],
    actor: str,
) -> Forgotten:
    """Delete everything kept about ``requester`` on ``helpdesks``; returns the counts."""
    chosen = {pseudonym(pepper, helpdesk, requester) for helpdesk in helpdesks}
    result = Forgotten()
    history = RequesterHistory(redis)
    for name in chosen:
        result.history_entries += history.forget(name)
    result.incidents = incidents.forget(engine, chosen)
    plain = {normalise(requester)}
    for name in jobs.QUEUES:
        for place, ids in _job_ids(Queue(name, connection=redis)).items():
            for job in Job.fetch_many(ids, connection=redis):
                if job is None or not _theirs(job, chosen, plain):
                    continue
                if place == "started":
                    result.running_jobs += 1
                    continue
                job.delete()
                result.jobs[place] += 1
    audit.record(
        engine,
        actor,
        "requester.forgotten",
        history_entries=result.history_entries,
        incidents=result.incidents,
        jobs=sum(result.jobs.values()),
        running_jobs=result.running_jobs,
    )
    return result
