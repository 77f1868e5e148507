"""One write per ticket per moment: the events of one ticket that wait at the same time are
scored together and written back in one update.

The receiver adds every accepted event to its ticket's *pending* set. The first event of a ticket
is never held: its job runs at once. After a job writes to a ticket, the ticket is *held* for the
policy's ``write_back.coalesce_seconds``: events arriving meanwhile are scheduled for the end of
it (RQ's scheduler queues them then), so a customer's five replies in a minute, or a ticket
created and commented on together, wait together. The first of them to run leads: it claims the
others still pending (atomically, so two workers never claim the same event), scores each, and
writes one update whose note holds every event's findings, each with its own marker line.

Claims live in each event's ledger (``with``: the leading event; the lead's ``members``: the
batch), so a lead that is retried after a crash writes for exactly the same events, and never
twice (the lead's own ledger steps and write lease, as for one event). A claimed event's own job
finds the claim: once the lead's write is done it stops (``coalesced``); until then it fails with
``LeadPending`` and RQ retries it, so its event is kept until it has been written.
"""

from __future__ import annotations

import json
import time

from redis import Redis

HOLD_PREFIX = "kasuguard:ticket"


def pending_key(helpdesk: str, ticket_id: str) -> str:
    return f"{HOLD_PREFIX}:{helpdesk}:{ticket_id}:pending"


def hold_key(helpdesk: str, ticket_id: str) -> str:
    return f"{HOLD_PREFIX}:{helpdesk}:{ticket_id}:hold-until"


# Returns the batch (the lead first) as JSON, or "taken:<job id>" when another run leads.
_CLAIM = """
local lead_ledger, pending = KEYS[1], KEYS[2]
local lead, prefix, ttl = ARGV[1], ARGV[2], tonumber(ARGV[3])
local leader = redis.call('HGET', lead_ledger, 'with')
if leader and leader ~= lead then return 'taken:' .. leader end
local members = redis.call('HGET', lead_ledger, 'members')
if members then return members end
local batch = {lead}
for _, other in ipairs(redis.call('ZRANGE', pending, 0, -1)) do
  if other ~= lead then
    local ledger = prefix .. other
    local done = redis.call('HEXISTS', ledger, 'done') == 1
    if not done and redis.call('HSETNX', ledger, 'with', lead) == 1 then
      redis.call('EXPIRE', ledger, ttl)
      table.insert(batch, other)
    end
  end
end
members = cjson.encode(batch)
redis.call('HSET', lead_ledger, 'with', lead, 'members', members)
redis.call('EXPIRE', lead_ledger, ttl)
return members
"""


class Batches:
    """Claims and holds for one Redis (one per worker process)."""

    def __init__(self, redis: Redis, ledger_prefix: str, ledger_ttl: int) -> None:
        self.redis = redis
        self.ledger_prefix = ledger_prefix
        self.ledger_ttl = ledger_ttl
        self._claim = redis.register_script(_CLAIM)

    def claim(self, helpdesk: str, ticket_id: str, lead: str) -> list[str] | str:
        """The batch ``lead`` writes for (itself first, then the events it claimed, in order of
        arrival); or the job id of the event whose run leads ``lead``'s batch."""
        result = self._claim(
            keys=[self.ledger_prefix + lead, pending_key(helpdesk, ticket_id)],
            args=[lead, self.ledger_prefix, self.ledger_ttl],
        ).decode()
        if result.startswith("taken:"):
            return result.removeprefix("taken:")
        batch: list[str] = json.loads(result)
        return batch

    def finish(
        self, helpdesk: str, ticket_id: str, batch: list[str], stamp: str, hold_s: float
    ) -> None:
        """Mark every event of the batch done, drop them from the pending set and, after a
        write (``hold_s`` > 0), hold the ticket's next events for ``hold_s`` seconds."""
        pipe = self.redis.pipeline(transaction=True)
        for job_id in batch:
            pipe.hset(self.ledger_prefix + job_id, "done", stamp)
            pipe.expire(self.ledger_prefix + job_id, self.ledger_ttl)
        pipe.zrem(pending_key(helpdesk, ticket_id), *batch)
        if hold_s > 0:
            until = time.time() + hold_s
            pipe.set(hold_key(helpdesk, ticket_id), repr(until), px=int(hold_s * 1000) + 1)
        pipe.execute()
