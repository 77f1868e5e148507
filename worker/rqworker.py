"""The RQ worker class the Procfile runs: loads the scorer once, before RQ forks per job.

RQ forks a work horse for every job. Without this, each horse would import the scorer and load
the Japanese dictionary again; loaded in the parent, every fork shares it (copy-on-write).
"""

from __future__ import annotations

import logging
from typing import Any

from rq import Worker as RQWorker

logger = logging.getLogger(__name__)


def warm_up() -> None:
    """Import the job and load the scorer's rules, weights and analyser, so lazy loads happen
    in the parent and no forked job loads anything; migrate the database at start (a job
    retries later if it is unreachable now)."""
    from worker import (
        jobs,  # noqa: F401  (the import is the point)
        scoring,
    )

    scoring.warm_up()
    _open_database()


def _open_database() -> None:
    from sqlalchemy.exc import SQLAlchemyError

    from worker import db
    from worker.config import ConfigError, load_config

    try:
        db.engine_for(load_config().database_url)
    except (SQLAlchemyError, ConfigError) as exc:
        logger.error("database.unavailable", extra={"error": type(exc).__name__})


class Worker(RQWorker):
    """``rq worker --worker-class worker.rqworker.Worker``."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        warm_up()
