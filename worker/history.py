"""Per-requester history in Redis: fingerprints and times of earlier messages, never their text.

Keys are a hash of (helpdesk, requester id), so Redis holds no e-mail address or name either.
Entries older than the policy's retention are dropped on every write, and the whole key
expires after the retention period without new messages.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta

from redis import Redis

from worker.scoring import Fingerprint

MAX_ENTRIES = 500
"""A requester's history is capped; a burst bigger than this is already conclusive."""


def requester_key(helpdesk: str, requester_id: str) -> str:
    digest = hashlib.sha256(f"{helpdesk}:{requester_id}".encode()).hexdigest()[:32]
    return f"kasuguard:history:{digest}"


class RequesterHistory:
    """Load and record fingerprints for one Redis."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis

    def load(
        self, helpdesk: str, requester_id: str, *, now: datetime, window_days: int, exclude: str
    ) -> list[Fingerprint]:
        """Fingerprints within ``window_days`` before ``now``, oldest first, without the
        event ``exclude`` (so a retried job does not count its own message twice)."""
        since = (now - timedelta(days=window_days)).timestamp()
        raw = self.redis.zrangebyscore(
            requester_key(helpdesk, requester_id), since, now.timestamp()
        )
        result = []
        for item in raw:
            entry = json.loads(item)
            if entry["event"] != exclude:
                result.append(Fingerprint.from_dict(entry["fingerprint"]))
        return result

    def record(
        self,
        helpdesk: str,
        requester_id: str,
        fingerprint: Fingerprint,
        *,
        event: str,
        retention_days: int,
    ) -> None:
        """Add one fingerprint (idempotent per ``event``); drop what retention no longer allows."""
        key = requester_key(helpdesk, requester_id)
        member = json.dumps({"event": event, "fingerprint": fingerprint.to_dict()}, sort_keys=True)
        at = fingerprint.at.timestamp()
        pipe = self.redis.pipeline()
        pipe.zadd(key, {member: at})
        pipe.zremrangebyscore(key, "-inf", at - retention_days * 86400)
        pipe.zremrangebyrank(key, 0, -MAX_ENTRIES - 1)
        pipe.expire(key, retention_days * 86400)
        pipe.execute()

    def forget(self, helpdesk: str, requester_id: str) -> None:
        """Delete a requester's history (a data-subject request)."""
        self.redis.delete(requester_key(helpdesk, requester_id))
