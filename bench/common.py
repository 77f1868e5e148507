"""Shared helpers for the benchmark scripts: a bench Redis database, signed bodies, percentiles."""

from __future__ import annotations

import copy
import json
import os
import socket
import statistics
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from integrations import zendesk

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SHARED = ROOT.parent / "shared"
BENCH_REDIS_URL = os.environ.get("KASUGUARD_BENCH_REDIS_URL", "redis://127.0.0.1:6379/12")
SECRET = "bench-webhook-secret"


def environment(**overrides: str) -> dict[str, str]:
    """A complete configuration for benchmark processes (dry run unless a base URL is given)."""
    env = {
        "REDIS_URL": BENCH_REDIS_URL,
        "ZENDESK_WEBHOOK_SECRET": SECRET,
        "FRESHDESK_WEBHOOK_SECRET": SECRET,
        "ZENDESK_SUBDOMAIN": "",
        "ZENDESK_EMAIL": "",
        "ZENDESK_API_TOKEN": "",
        "ZENDESK_BASE_URL": "",
        "FRESHDESK_DOMAIN": "",
        "FRESHDESK_API_KEY": "",
        "FRESHDESK_BASE_URL": "",
        "KASUGUARD_DRY_RUN": "auto",
        "KASUGUARD_POLICY": "",
        "KASUGUARD_PEPPER": "bench-pepper-not-for-production-0123456789",
        "KASUGUARD_DATA_DIR": str(ROOT / "bench" / "out" / "data"),  # SQLite: incidents, templates
    }
    env.update(overrides)
    return env


PORTS = os.environ.get("KASUGUARD_BENCH_PORTS", "")
"""``FIRST-LAST``: take ports from this range (a machine shared with other runs), else any."""


def procfile(kind: str) -> str:
    """The Procfile's command for ``web`` or ``worker``: benchmarks run the service as it ships."""
    for line in (ROOT / "Procfile").read_text().splitlines():
        if line.startswith(f"{kind}: "):
            return line.split(": ", 1)[1]
    raise SystemExit(f"Procfile has no {kind} line")


class VirtualClock:
    """The write limiter's clock, moved on by its own sleeps: minutes of budget in no time."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def free_port() -> int:
    if PORTS:
        first, last = (int(p) for p in PORTS.split("-"))
        for port in range(first, last + 1):
            with socket.socket() as sock:
                try:
                    sock.bind(("127.0.0.1", port))
                except OSError:
                    continue
                if port not in _handed_out:
                    _handed_out.add(port)
                    return port
        raise SystemExit(f"no free port in KASUGUARD_BENCH_PORTS={PORTS}")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


_handed_out: set[int] = set()
"""Ports given out but perhaps not bound yet (the caller binds them later)."""


def zendesk_comment(n: int, body: str | None = None) -> bytes:
    """The comment_added fixture as event number ``n`` (unique id and sequence)."""
    payload: dict[str, Any] = json.loads((FIXTURES / "zendesk/comment_added.json").read_text())
    payload = copy.deepcopy(payload)
    payload["id"] = f"bench-{n:08d}"
    payload["event"]["meta"]["sequence"]["id"] = f"BENCH{n:027d}"
    payload["subject"] = f"zen:ticket:{100000 + n}"
    payload["detail"]["id"] = str(100000 + n)
    if body is not None:
        payload["event"]["comment"]["body"] = body
    return json.dumps(payload, ensure_ascii=False).encode()


def signed_headers(body: bytes) -> dict[str, str]:
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {
        "Content-Type": "application/json",
        zendesk.TIMESTAMP_HEADER: stamp,
        zendesk.SIGNATURE_HEADER: zendesk.sign(body, SECRET, stamp),
    }


def percentile(values: list[float], q: float) -> float:
    """The ``q``-th percentile (0–100) of ``values``."""
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def load_scenarios() -> list[dict[str, Any]]:
    path = SHARED / "data/dev/scenarios.jsonl"
    if not path.exists():
        raise SystemExit(f"{path} not found: this benchmark replays the dev scenarios")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
