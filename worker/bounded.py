"""Run admin-written template code under a time and memory limit, in a forked child.

Jinja's sandbox stops unsafe attribute access, and ``replies.render_text`` caps the output, but
neither stops a template that loops for hours without writing (``{% for a in range(99999) %}
{% for b in range(99999) %}…``) or builds a huge string in memory. So the admin page's previews
and every save render in a child forked for the job: the child gets ``LIMIT_S`` seconds and
``MEMORY_LIMIT_BYTES`` more address space, and is killed after that; the web worker that
asked waits at most that long and answers with a clear problem instead of hanging.

A fork is cheap (the parent already has Jinja and the templates loaded) and the child only
computes and writes its result to a pipe; it never touches the parent's sockets.
"""

from __future__ import annotations

import json
import os
import resource
import select
import signal
import time
from collections.abc import Callable
from typing import Any

LIMIT_S = 2.0
"""Wall-clock time a template check or preview may take."""

MEMORY_LIMIT_BYTES = 512 * 1024 * 1024
"""Address space the child may add to what it inherited."""

MAX_RESULT_BYTES = 1024 * 1024
"""A result larger than this is refused (rendered text is capped far below it)."""


class TooSlow(Exception):
    """The work did not finish within the time limit and was stopped."""


class Failed(Exception):
    """The child died without a result (out of memory, or killed)."""


def run(work: Callable[..., Any], *args: Any, limit_s: float = LIMIT_S) -> Any:
    """``work(*args)`` in a forked child; its JSON-able result, or its exception re-raised as
    ``Failed`` (the message kept). Raises ``TooSlow`` when it takes longer than ``limit_s``."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: compute, write, leave without running the parent's cleanup
        os.close(read_end)
        code = 0
        try:
            _limit_memory()
            try:
                payload = {"ok": work(*args)}
            except BaseException as exc:  # everything is reported to the parent
                payload = {"error": f"{type(exc).__name__}: {exc}"}
            data = json.dumps(payload, ensure_ascii=False).encode()[:MAX_RESULT_BYTES]
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(data)
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(write_end)
    try:
        data = _read(read_end, pid, limit_s)
    finally:
        os.close(read_end)
    try:
        payload = json.loads(data)
    except ValueError as exc:
        raise Failed("the check stopped without an answer (too much memory?)") from exc
    if "error" in payload:
        raise Failed(payload["error"])
    return payload["ok"]


def _read(fd: int, pid: int, limit_s: float) -> bytes:
    deadline = time.monotonic() + limit_s
    chunks: list[bytes] = []
    while True:
        remaining = deadline - time.monotonic()
        ready, _, _ = select.select([fd], [], [], max(remaining, 0))
        if not ready:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            raise TooSlow(f"stopped after {limit_s:g} seconds")
        chunk = os.read(fd, 65536)
        if not chunk:
            os.waitpid(pid, 0)
            return b"".join(chunks)
        chunks.append(chunk)


def _limit_memory() -> None:
    try:
        with open("/proc/self/statm") as statm:
            pages = int(statm.read().split()[0])
    except OSError:  # not Linux: the time limit still applies
        return
    current = pages * os.sysconf("SC_PAGE_SIZE")
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = current + MEMORY_LIMIT_BYTES
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
