"""Tiny jobs the fault tests enqueue on the Procfile's worker (importable from the repo root)."""

from __future__ import annotations

import os
import signal

from rq import get_current_job


def mark(key: str) -> str:
    """Set ``key``: the job ran."""
    get_current_job().connection.set(key, "done")
    return key


def gate(started: str, gate_key: str, done: str) -> str:
    """Say it started, wait for the test to open ``gate_key`` (a list push), then say done."""
    connection = get_current_job().connection
    connection.incr(started)
    while connection.blpop([gate_key], timeout=5) is None:  # under the socket timeout
        pass
    connection.set(done, "done")
    return done


def die() -> None:
    """The work horse dies as the kernel's OOM killer would kill it."""
    os.kill(os.getpid(), signal.SIGKILL)
