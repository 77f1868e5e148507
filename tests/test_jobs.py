"""The job's write-back steps, with the dry-run client standing in for a helpdesk."""

from __future__ import annotations

from datetime import UTC, datetime

from integrations import dryrun
from worker import jobs
from worker.model import ActionSet, TicketEvent

AT = datetime(2026, 2, 7, 23, 40, tzinfo=UTC)


def event(n: int) -> TicketEvent:
    return TicketEvent("zendesk", f"e{n}", "comment.added", "4016", AT, requester_id="r1")


ACK = ActionSet(
    tags=("kasuhara_after_hours", "kasuhara_level_low"), public_reply="受付時間外です。"
)


def test_after_hours_acknowledgement_is_sent_once_per_ticket(redis):
    client = dryrun.Client("zendesk", redis)
    assert jobs.write_back(event(1), ACK, None, client, redis) == 1
    assert jobs.write_back(event(2), ACK, None, client, redis) == 0
    replies = [r for r in dryrun.recent(redis) if r["action"] == "public-reply"]
    assert len(replies) == 1
    assert 0 < redis.ttl(jobs.ack_key(event(1))) <= jobs.ACK_QUIET_S


def test_reply_with_unknown_outcome_is_not_sent_again(redis):
    """At most once for anything a customer sees: a started reply is never repeated."""
    client = dryrun.Client("zendesk", redis)
    redis.hset(jobs.ledger_key(event(1).job_id), "reply", "started")
    assert jobs.write_back(event(1), ACK, None, client, redis) == 0
    assert [r for r in dryrun.recent(redis) if r["action"] == "public-reply"] == []


def test_note_carries_the_event_marker_as_its_last_line(redis):
    client = dryrun.Client("zendesk", redis)
    jobs.write_back(event(1), ActionSet(tags=("t",), private_note="メモ"), None, client, redis)
    (record,) = dryrun.recent(redis)
    assert record["private_note"] == f"メモ\n\n{jobs.marker('zendesk-e1')}"
    assert redis.hget(jobs.ledger_key("zendesk-e1"), "note") == b"done"


def test_a_note_already_done_is_not_marked_started_again(redis):
    """A retry after the note was confirmed must not reopen it (which would cost a read)."""
    client = dryrun.Client("zendesk", redis)
    ledger = jobs.ledger_key("zendesk-e1")
    redis.hset(ledger, "note", "done")
    jobs.write_back(event(1), ActionSet(tags=("t",), private_note="メモ"), None, client, redis)
    assert redis.hget(ledger, "note") == b"done"
    (record,) = dryrun.recent(redis)
    assert record["private_note"] is None
