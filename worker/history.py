"""Per-requester history in Redis: fingerprints and times of earlier messages, never their text.

Keys are the requester's pseudonym (``worker.pseudonym``: a keyed hash of helpdesk and id), so
Redis holds no e-mail address, id or name either. Entries older than the policy's retention are
dropped on every write, and the whole key expires after the retention period without new
messages.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from redis import Redis

from worker.scoring import Fingerprint

MAX_ENTRIES = 500
"""A requester's history is capped; a burst bigger than this is already conclusive."""


def requester_key(pseudonym: str) -> str:
    return f"kasuguard:history:{pseudonym}"


class RequesterHistory:
    """Load and record fingerprints for one Redis."""

    def __init__(self, redis: Redis) -> None:
        self.redis = redis

    def load(
        self, pseudonym: str, *, now: datetime, window_days: int, exclude: str
    ) -> list[Fingerprint]:
        """Fingerprints within ``window_days`` before ``now``, oldest first, without the
        event ``exclude`` (so a retried job does not count its own message twice)."""
        since = (now - timedelta(days=window_days)).timestamp()
        raw = self.redis.zrangebyscore(requester_key(pseudonym), since, now.timestamp())
        result = []
        for item in raw:
            entry = json.loads(item)
            if entry["event"] != exclude:
                result.append(Fingerprint.from_dict(entry["fingerprint"]))
        return result

    def record(
        self,
        pseudonym: str,
        fingerprint: Fingerprint,
        *,
        event: str,
        retention_days: int,
    ) -> None:
        """Add one fingerprint (idempotent per ``event``); drop what retention no longer allows."""
        key = requester_key(pseudonym)
        member = json.dumps({"event": event, "fingerprint": fingerprint.to_dict()}, sort_keys=True)
        at = fingerprint.at.timestamp()
        pipe = self.redis.pipeline()
        pipe.zadd(key, {member: at})
        pipe.zremrangebyscore(key, "-inf", at - retention_days * 86400)
        pipe.zremrangebyrank(key, 0, -MAX_ENTRIES - 1)
        pipe.expire(key, retention_days * 86400)
        pipe.execute()

    def forget(self, pseudonym: str) -> int:
        """Delete a requester's history (a data-subject request); returns the entries removed."""
        key = requester_key(pseudonym)
        pipe = self.redis.pipeline()
        pipe.zcard(key)
        pipe.delete(key)
        count, _ = pipe.execute()
        return int(count)
