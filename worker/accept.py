"""Accepting a webhook's event in one Redis round trip: the duplicate checks, the RQ job, its
place on the live queue and the request counters, all in one Lua script.

RQ's own ``enqueue(unique=True)`` is a Lua script too, but the receiver needed four round trips
around it (the ledger check, the queue registration, the script, the counters); at a few hundred
webhooks a second those round trips were most of the receiver's time. The job hash is RQ's own
(``Job.to_dict()`` after ``Queue``'s usual preparation), so workers see exactly the job
``enqueue`` would have made.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from redis import Redis
from rq import Queue
from rq.job import Job

from worker.metrics import KEY, _field
from worker.tickets import hold_key, pending_key

# Returns 1 (enqueued), 2 (held: scheduled for the end of the ticket's quiet time) or 0
# (duplicate: processed already, or its job still exists).
_ACCEPT = """
local ledger, job_key, queue_key, queues_key = KEYS[1], KEYS[2], KEYS[3], KEYS[4]
local received, enqueued, duplicate = KEYS[5], KEYS[6], KEYS[7]
local pending, hold, scheduled = KEYS[8], KEYS[9], KEYS[10]
local job_id, field_all, field_outcome, now = ARGV[1], ARGV[2], ARGV[3], tonumber(ARGV[4])
redis.call('HINCRBY', received, field_all, 1)
if redis.call('EXISTS', ledger) == 1 or redis.call('EXISTS', job_key) == 1 then
  redis.call('HINCRBY', duplicate, field_outcome, 1)
  return 0
end
redis.call('HSET', job_key, unpack(ARGV, 5))
redis.call('SADD', queues_key, queue_key)
redis.call('ZADD', pending, now, job_id)
redis.call('EXPIRE', pending, 86400)
redis.call('HINCRBY', enqueued, field_outcome, 1)
local held_until = tonumber(redis.call('GET', hold) or '0')
if held_until > now then
  redis.call('HSET', job_key, 'status', 'scheduled')
  redis.call('ZADD', scheduled, held_until, job_id)
  return 2
end
redis.call('RPUSH', queue_key, job_id)
return 1
"""


class Acceptor:
    """One per receiver process: the live queue and the registered script."""

    def __init__(self, queue: Queue) -> None:
        self.queue = queue
        self._script = queue.connection.register_script(_ACCEPT)

    @property
    def connection(self) -> Redis:
        return self.queue.connection

    def accept(
        self,
        func: Callable[..., Any],
        args: tuple[Any, ...],
        *,
        ledger: str,
        helpdesk: str,
        ticket_id: str,
        job_id: str,
        description: str,
        job_timeout: int,
        result_ttl: int,
        failure_ttl: int,
        retry: Any,
    ) -> bool:
        """Enqueue ``func(*args)`` as job ``job_id`` unless the event is known; count the
        request either way. True when accepted, False for a duplicate.

        The job joins its ticket's pending events (``jobs.pending_key``), and while the ticket is
        in its quiet time after a write (``jobs.hold_key``) it is scheduled for the end of it,
        so the events of that moment are written together."""
        job: Job = self.queue.create_job(
            func,
            args=args,
            job_id=job_id,
            description=description,
            timeout=job_timeout,
            result_ttl=result_ttl,
            failure_ttl=failure_ttl,
            retry=retry,
        )
        self.queue._prepare_for_queue(job)  # origin, enqueued_at, status: as enqueue() sets them
        fields: list[Any] = []
        for name, value in job.to_dict().items():
            if value is not None:
                fields += [name, value if isinstance(value, bytes | str) else str(value)]
        labels = _field({"helpdesk": helpdesk})
        result = self._script(
            keys=[
                ledger,
                job.key,
                self.queue.key,
                self.queue.redis_queues_keys,
                KEY.format(name="events_received"),
                KEY.format(name="events_enqueued"),
                KEY.format(name="events_duplicate"),
                pending_key(helpdesk, ticket_id),
                hold_key(helpdesk, ticket_id),
                self.queue.scheduled_job_registry.key,
            ],
            args=[job_id, labels, labels, repr(time.time()), *fields],
        )
        return bool(result)
