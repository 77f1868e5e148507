"""The RQ worker class the Procfile runs: loads the scorer once, before RQ forks per job.

RQ forks a work horse for every job. Without this, each horse would import the scorer and load
the Japanese dictionary again; loaded in the parent, every fork shares it (copy-on-write).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from rq import Worker as RQWorker

PUBSUB_WAIT_S = 1.0
"""RQ's command listener sleeps 60 s between reads, and with redis-py 8 stopping it waits that
sleep out: every worker stop (and every test worker) stalled for up to a minute."""


def warm_up() -> None:
    """Import the job and run the scorer once, so lazy loads happen in the parent."""
    from worker import jobs  # noqa: F401  (the import is the point)
    from worker.policy import Policy
    from worker.scoring import Message, assess

    assess(Message("warm-up", "warm-up", "web", datetime.now(UTC)), [], Policy())


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

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        warm_up()
