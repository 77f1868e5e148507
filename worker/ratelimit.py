"""One write budget per helpdesk, kept in Redis and shared by every worker process and host.

The helpdesk's rate limit, not our CPU, is the ceiling of this product: Zendesk's Update Ticket
endpoint allows 100 calls a minute per account, shared with the agents' own updates, and 30
updates per ticket in 10 minutes. A sliding one-minute window (a sorted set of write times) holds
our writes under the configured budget exactly, a second window per ticket holds Zendesk's
per-ticket limit, and a 429 pauses every worker until its ``Retry-After`` has passed.

Severity first. Every write says how urgent it is (``rank``: a live ``high`` note 0, ``medium`` 1,
tags-only ``low`` 2, a backfill's write 3 and up). A caller that has to wait registers as a
waiter; while a more urgent waiter is registered, a free slot goes to it, never to a less urgent
caller, whichever process asks first. A backfill's writes may use the budget only down to
``LIVE_RESERVE`` of it, so live traffic always finds slots while a backfill runs. All of this is
decided in one Lua script, so processes cannot overspend or jump the line.
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
HIGH_MAX_WAIT_S = WINDOW_S + 1
"""A live ``high`` note waits in its worker for the next slot (one frees within a minute): it is
the write the product exists for, and leaving the worker would put it behind a retry backoff."""
LIVE_RESERVE = 0.5
"""Share of the budget a backfill leaves to live traffic (50 of Zendesk's 100 a minute). Slots
are taken for a minute, so whatever a backfill took is gone for live notes until it ages out:
with 30 % kept, live traffic of 30 notes a minute already waited up to 20 s behind it."""
PER_TICKET: dict[str, tuple[int, float]] = {"zendesk": (30, 600.0)}
"""Zendesk allows 30 updates per ticket in 10 minutes; Freshdesk has no per-ticket limit."""
YIELD_POLL_S = 0.25
"""A caller that may give way to more urgent work looks at the queues this often while it waits."""
WAITER_GRACE_S = 2.0
"""A waiter's registration outlives the wait it was told by this much, then lapses (a waiter
that died never blocks others for longer)."""

RANKS = {"high": 0, "medium": 1, "low": 2}
BACKFILL_RANK = 3
"""Added to a backfill write's level rank: every live write outranks every backfill write."""

# Returns the seconds to wait (0 when a slot was taken). Atomic, so workers cannot overspend.
_ACQUIRE = """
local window_key, pause_key, waiters_key, ticket_key = KEYS[1], KEYS[2], KEYS[3], KEYS[4]
local now, window, budget, member = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4]
local rank, reserve = tonumber(ARGV[5]), tonumber(ARGV[6])
local ticket_budget, ticket_window = tonumber(ARGV[7]), tonumber(ARGV[8])
local grace, poll = tonumber(ARGV[9]), tonumber(ARGV[10])
local paused_until = tonumber(redis.call('GET', pause_key) or '0')
if paused_until > now then return tostring(paused_until - now) end
if member == '' then return '0' end
local waiter = rank .. ':' .. member
redis.call('ZREMRANGEBYSCORE', window_key, '-inf', now - window)
redis.call('ZREMRANGEBYSCORE', waiters_key, '-inf', now)
local ahead = false
for _, other in ipairs(redis.call('ZRANGE', waiters_key, 0, -1)) do
  if tonumber(string.match(other, '^(%d+):')) < rank then ahead = true break end
end
local limit = budget - reserve
local used = redis.call('ZCARD', window_key)
if used < limit and not ahead then
  if ticket_budget > 0 then
    redis.call('ZREMRANGEBYSCORE', ticket_key, '-inf', now - ticket_window)
    if redis.call('ZCARD', ticket_key) >= ticket_budget then
      -- Not a waiter: this ticket's own limit must not hold other tickets' writes back.
      redis.call('ZREM', waiters_key, waiter)
      local oldest = redis.call('ZRANGE', ticket_key, 0, 0, 'WITHSCORES')
      return tostring(tonumber(oldest[2]) + ticket_window - now)
    end
    redis.call('ZADD', ticket_key, now, member)
    redis.call('EXPIRE', ticket_key, math.ceil(ticket_window) + 1)
  end
  redis.call('ZADD', window_key, now, member)
  redis.call('EXPIRE', window_key, math.ceil(window) + 1)
  redis.call('ZREM', waiters_key, waiter)
  return '0'
end
local wait = poll  -- a slot is free but a more urgent waiter takes it first
if used >= limit then
  local nth = redis.call('ZRANGE', window_key, used - limit, used - limit, 'WITHSCORES')
  wait = nth[2] and (tonumber(nth[2]) + window - now) or window
end
redis.call('ZADD', waiters_key, now + wait + grace, waiter)
redis.call('EXPIRE', waiters_key, math.ceil(wait + grace) + 1)
return tostring(wait)
"""


class Deferred(Exception):
    """The write gave way to more urgent work; the job is queued again (``jobs.defer``)."""

    def __init__(self, wait: float) -> None:
        super().__init__(f"write deferred (next slot in {wait:.1f} s)")
        self.wait = wait


class WriteLimiter:
    """``acquire()`` before each write; ``pause(seconds)`` when the helpdesk answers 429.

    ``urgency(...)`` says what the next writes are for: their level, live or backfill, the
    ticket (for the per-ticket limit), and whether they may give way (``should_yield``: asked
    while a write waits; when it answers true, ``acquire`` raises ``Deferred``)."""

    def __init__(
        self,
        redis: Redis,
        helpdesk: str,
        per_minute: int,
        *,
        clock: Callable[[], float] | None = None,
        sleep: Callable[[float], None] | None = None,
        max_wait: float = MAX_INLINE_WAIT_S,
        backfill: bool = False,
    ) -> None:
        self.helpdesk = helpdesk
        self.per_minute = per_minute
        self.window_key = f"kasuguard:ratelimit:{helpdesk}:writes"
        self.pause_key = f"kasuguard:ratelimit:{helpdesk}:paused-until"
        self.waiters_key = f"kasuguard:ratelimit:{helpdesk}:waiting"
        self._script = redis.register_script(_ACQUIRE)
        self._redis = redis
        self._clock = clock or time.time
        self._sleep = sleep or time.sleep
        self.max_wait = max_wait
        self.backfill = backfill
        self.rank = BACKFILL_RANK if backfill else RANKS["medium"]
        self.ticket_id: str | None = None
        self.should_yield: Callable[[], bool] | None = None
        self.waited = 0.0
        """Seconds this limiter spent waiting, for the job summary and benchmarks."""

    def urgency(
        self,
        level: str,
        ticket_id: str | None = None,
        should_yield: Callable[[], bool] | None = None,
    ) -> None:
        self.rank = RANKS.get(level, RANKS["low"]) + (BACKFILL_RANK if self.backfill else 0)
        self.ticket_id = ticket_id
        self.should_yield = should_yield

    @property
    def reserve(self) -> int:
        if not self.backfill:
            return 0
        return min(int(self.per_minute * LIVE_RESERVE + 0.5), self.per_minute - 1)

    def _wait_seconds(self, member: str) -> float:
        ticket_budget, ticket_window = PER_TICKET.get(self.helpdesk, (0, 0.0))
        if not member or self.ticket_id is None:
            ticket_budget = 0
        ticket_key = f"kasuguard:ratelimit:{self.helpdesk}:ticket:{self.ticket_id}"
        result = self._script(
            keys=[self.window_key, self.pause_key, self.waiters_key, ticket_key],
            args=[
                repr(self._clock()), repr(WINDOW_S), self.per_minute, member, self.rank,
                self.reserve, ticket_budget, repr(ticket_window), repr(WAITER_GRACE_S),
                repr(YIELD_POLL_S),
            ],
        )  # fmt: skip
        return float(result)

    def _withdraw(self, member: str) -> None:
        self._redis.zrem(self.waiters_key, f"{self.rank}:{member}")

    def _until_clear(self, take_slot: bool) -> None:
        member = uuid.uuid4().hex if take_slot else ""
        # A high write, and one that gives way whenever more urgent work is queued, may wait
        # in the worker for the next slot: neither holds back anything more urgent.
        patient = self.rank == 0 or self.should_yield is not None
        max_wait = max(HIGH_MAX_WAIT_S, self.max_wait) if take_slot and patient else self.max_wait
        while (wait := self._wait_seconds(member)) > 0:
            if take_slot and self.should_yield is not None and self.should_yield():
                self._withdraw(member)
                raise Deferred(wait)
            if wait > max_wait:
                if take_slot:
                    self._withdraw(member)
                raise RateLimited(f"{self.helpdesk} write budget exhausted", wait)
            step = min(wait, YIELD_POLL_S) if self.should_yield is not None else wait
            self._sleep(step)
            self.waited += step

    def acquire(self) -> None:
        """Block until a write slot is free (short waits), else raise ``RateLimited``; or
        ``Deferred`` when the write may give way and a slot is not free now."""
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
