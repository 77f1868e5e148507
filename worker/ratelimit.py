"""One write budget per helpdesk, kept in Redis and shared by every worker process and host.

The helpdesk's rate limit, not our CPU, is the ceiling of this product: Zendesk's Update Ticket
endpoint allows 100 calls a minute per account, shared with the agents' own updates. A sliding
one-minute window (a sorted set of write times) holds our writes under the configured budget
exactly, and a 429 pauses every worker until its ``Retry-After`` has passed.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable

from redis import Redis

from integrations.base import RateLimited

WINDOW_S = 60.0
MAX_INLINE_WAIT_S = 20.0
"""Longer waits fail the job with ``RateLimited`` so RQ retries it later, freeing the worker."""

# Returns the seconds to wait (0 when a slot was taken). Atomic, so workers cannot overspend.
_ACQUIRE = """
local window_key, pause_key = KEYS[1], KEYS[2]
local now, window, budget, member = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4]
local paused_until = tonumber(redis.call('GET', pause_key) or '0')
if paused_until > now then return tostring(paused_until - now) end
if member == '' then return '0' end
redis.call('ZREMRANGEBYSCORE', window_key, '-inf', now - window)
if redis.call('ZCARD', window_key) < budget then
  redis.call('ZADD', window_key, now, member)
  redis.call('EXPIRE', window_key, math.ceil(window) + 1)
  return '0'
end
local oldest = redis.call('ZRANGE', window_key, 0, 0, 'WITHSCORES')
return tostring(tonumber(oldest[2]) + window - now)
"""


class WriteLimiter:
    """``acquire()`` before each write; ``pause(seconds)`` when the helpdesk answers 429."""

    def __init__(
        self,
        redis: Redis,
        helpdesk: str,
        per_minute: int,
        *,
        clock: Callable[[], float] | None = None,
        sleep: Callable[[float], None] | None = None,
        max_wait: float = MAX_INLINE_WAIT_S,
    ) -> None:
        self.helpdesk = helpdesk
        self.per_minute = per_minute
        self.window_key = f"kasuguard:ratelimit:{helpdesk}:writes"
        self.pause_key = f"kasuguard:ratelimit:{helpdesk}:paused-until"
        self._script = redis.register_script(_ACQUIRE)
        self._redis = redis
        self._clock = clock or time.time
        self._sleep = sleep or time.sleep
        self.max_wait = max_wait
        self.waited = 0.0
        """Seconds this limiter spent waiting, for the job summary and benchmarks."""

    def _wait_seconds(self, take_slot: bool) -> float:
        member = uuid.uuid4().hex if take_slot else ""
        now = self._clock()
        result = self._script(
            keys=[self.window_key, self.pause_key],
            args=[repr(now), repr(WINDOW_S), self.per_minute, member],
        )
        return float(result)

    def _until_clear(self, take_slot: bool) -> None:
        while (wait := self._wait_seconds(take_slot)) > 0:
            if wait > self.max_wait:
                raise RateLimited(f"{self.helpdesk} write budget exhausted", wait)
            self._sleep(wait)
            self.waited += wait

    def acquire(self) -> None:
        """Block until a write slot is free (short waits), else raise ``RateLimited``."""
        self._until_clear(take_slot=True)

    def wait(self) -> None:
        """Block only while a 429 pause is in force."""
        self._until_clear(take_slot=False)

    def pause(self, seconds: float) -> None:
        """Stop every worker's writes to this helpdesk for ``seconds`` (a 429's Retry-After)."""
        until = self._clock() + seconds
        current = float(self._redis.get(self.pause_key) or 0)
        if until > current:
            self._redis.set(self.pause_key, repr(until), ex=max(int(seconds) + 1, 1))
