"""Real processes for the fault tests and ``bench/faults.py``: a throwaway redis-server with the
README's production settings, the Procfile's RQ worker, and killing a process with its children.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path

import redis as redis_lib

from worker.jobs import QUEUES

ROOT = Path(__file__).resolve().parents[1]

REDIS_PERSISTENCE = ("--appendonly", "yes", "--appendfsync", "everysec")
"""README's production settings; ``scripts/run`` starts Redis with the same."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until(condition: Callable[[], object], timeout: float, what: str) -> float:
    """Poll ``condition`` until it is truthy; seconds taken. Fails after ``timeout``."""
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > timeout:
            raise TimeoutError(f"{what}: not within {timeout} s")
        time.sleep(0.05)
    return time.monotonic() - started


class RedisServer:
    """redis-server on a spare port with its files in ``directory``; AOF on unless ``aof=False``."""

    def __init__(self, directory: Path, *, aof: bool = True) -> None:
        self.directory = directory
        self.aof = aof
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    def url(self, db: int = 0) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"

    def start(self) -> None:
        persistence = REDIS_PERSISTENCE if self.aof else ("--appendonly", "no")
        self.process = subprocess.Popen(
            [
                *("redis-server", "--port", str(self.port), "--bind", "127.0.0.1"),
                *("--dir", str(self.directory), "--save", "", *persistence),
            ],
            stdout=subprocess.DEVNULL,
        )
        client = redis_lib.Redis(port=self.port, socket_connect_timeout=1)

        def answers() -> bool:
            try:
                # Loading the AOF answers LOADING errors until done; a PING after it is real.
                return bool(client.ping()) and client.info("persistence")["loading"] == 0
            except redis_lib.exceptions.RedisError:
                return False

        wait_until(answers, 20, f"redis-server on port {self.port}")

    def kill(self) -> None:
        """SIGKILL: no shutdown save, no goodbye to clients."""
        assert self.process is not None
        self.process.kill()
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


def start_worker(redis_url: str, env: Mapping[str, str], *, log: Path | None = None):
    """The Procfile's worker: ``rq worker --with-scheduler --worker-class worker.rqworker.Worker``
    on every queue, in its own session so it can be killed with everything it forked."""
    out = open(log, "ab") if log else subprocess.DEVNULL  # noqa: SIM115 (lives with the process)
    return subprocess.Popen(
        [
            *(sys.executable, "-m", "rq.cli", "worker", "--with-scheduler"),
            *("--worker-class", "worker.rqworker.Worker", "--url", redis_url, *QUEUES),
        ],
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=out,
        stderr=out,
        start_new_session=True,
    )


def descendants(pid: int) -> list[int]:
    """Every process below ``pid`` (RQ's work horse runs in its own process group)."""
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        try:
            children = Path(f"/proc/{parent}/task/{parent}/children").read_text().split()
        except OSError:
            continue
        found.extend(int(c) for c in children)
        todo.extend(int(c) for c in children)
    return found


def kill_tree(pid: int, sig: int = signal.SIGKILL) -> None:
    """``pid`` and everything it forked, the way a crashed container takes them all. The
    children are listed first: once their parent is dead they belong to init."""
    for target in [pid, *descendants(pid)]:
        try:
            os.kill(target, sig)
        except ProcessLookupError:
            pass
