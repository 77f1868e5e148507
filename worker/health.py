"""What ``/healthz`` and ``kasuguard check-config`` report about Redis and the workers.

Redis holds every accepted event until a worker has written it back, and the ledgers that stop
a second note: without persistence a Redis restart loses both. We do not refuse to run on such
a Redis (a laptop try-out is fine), but say so wherever an operator looks.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from redis import Redis
from redis.exceptions import RedisError
from rq import Worker

HEARTBEAT_MAX_AGE = timedelta(seconds=20)
"""A worker silent this long counts as gone. The Procfile's worker beats every 5 s, idle or busy
(``worker.rqworker``), so a dead one drops out within 20 s; plain ``rq worker`` beats only
every 405 s when idle and would look dead."""

PERSISTENCE_OFF = (
    "Redis persistence is off (appendonly no): a Redis restart loses accepted events and the "
    "records that prevent duplicate notes; run Redis with --appendonly yes --appendfsync everysec"
)


def live_workers(redis: Redis) -> list[str]:
    """Names of workers whose last heartbeat is recent."""
    now = datetime.now(UTC)
    return [
        w.name
        for w in Worker.all(connection=redis)
        if w.last_heartbeat and now - w.last_heartbeat.replace(tzinfo=UTC) < HEARTBEAT_MAX_AGE
    ]


def persistence(redis: Redis) -> tuple[str, list[str]]:
    """``("aof" | "off" | "unknown", warnings)`` from ``INFO persistence``."""
    try:
        info = redis.info("persistence")
    except RedisError as exc:  # a managed Redis may refuse INFO: say we could not tell
        return "unknown", [f"could not read Redis persistence settings: {exc}"]
    if not int(info.get("aof_enabled", 0)):
        return "off", [PERSISTENCE_OFF]
    warnings = []
    if info.get("aof_last_write_status", "ok") != "ok":
        warnings.append("Redis cannot write its append-only file (aof_last_write_status: err)")
    return "aof", warnings
