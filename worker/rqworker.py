"""The RQ worker class the Procfile runs: loads the scorer once, before RQ forks per job.

RQ forks a work horse for every job. Without this, each horse would import the scorer and load
the Japanese dictionary again; loaded in the parent, every fork shares it (copy-on-write).
"""

from __future__ import annotations

from typing import Any

from rq import Worker as RQWorker


def warm_up() -> None:
    """Import the job and load the scorer's rules, weights and analyser, so lazy loads happen
    in the parent and no forked job loads anything."""
    from worker import (
        jobs,  # noqa: F401  (the import is the point)
        scoring,
    )

    scoring.warm_up()


class Worker(RQWorker):
    """``rq worker --worker-class worker.rqworker.Worker``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        warm_up()
