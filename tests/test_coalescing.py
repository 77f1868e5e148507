"""One write per ticket per moment: events of one ticket waiting together are scored together and
written in one update; after a write the ticket's next events are held for the policy's
``write_back.coalesce_seconds`` and then written together; a lead that dies mid-batch loses no
event and writes no note twice. These tests use the shipped default policy (5 seconds)."""

from __future__ import annotations

import json
import time

import pytest
import redis as redis_lib
from rq import Queue
from rq.job import Job
from rq.registry import StartedJobRegistry

from tests.conftest import (
    ZENDESK_URL,
    load_fixture,
    load_json,
    needs_redis_server,
    zendesk_headers,
)
from tests.processes import free_port, kill_tree, start_worker, wait_until
from worker import jobs, tickets
from worker.app import create_app

TICKET = f"{ZENDESK_URL}/api/v2/tickets/4016"
TEXTS = ("お前ら本当に無能だな。慰謝料を払え。", "殺すぞ。明日店に行くからな。", "土下座して謝れ。")


@pytest.fixture
def client(configure):
    env = configure(KASUGUARD_POLICY="")  # the shipped default: coalesce_seconds 5
    assert jobs.runtime().policy.coalesce_seconds == 5
    return create_app(env).test_client()


def post(client, n: int, updated_at: str | None = None) -> str:
    """Comment ``n`` on ticket 4016 (its own event, comment and text); returns the job id."""
    payload = json.loads(load_fixture("zendesk", "comment_added.json"))
    if updated_at:
        payload["detail"]["updated_at"] = updated_at
    payload["id"] = f"coalesce-{n}"
    payload["event"]["meta"]["sequence"]["id"] = f"COALESCE{n}"
    payload["event"]["comment"]["id"] = f"71000000{n}"
    payload["event"]["comment"]["body"] = TEXTS[n % len(TEXTS)]
    body = json.dumps(payload, ensure_ascii=False).encode()
    response = client.post("/webhooks/zendesk", data=body, headers=zendesk_headers(body))
    assert response.status_code == 202
    return response.get_json()["job_id"]


def notes(update) -> list[str]:
    return [json.loads(c.request.body)["ticket"]["comment"]["body"] for c in update.calls]


def result(redis, job_id: str) -> dict:
    return Job.fetch(job_id, connection=redis).return_value()


def release_held(redis) -> list[str]:
    """Stand in for RQ's scheduler once the quiet time is over: queue the held jobs."""
    registry = Queue(jobs.QUEUE_NAME, connection=redis).scheduled_job_registry
    held = registry.get_job_ids()
    for job_id in held:
        registry.requeue(job_id)
    return held


def test_events_of_one_ticket_waiting_together_are_written_in_one_update(
    client, redis, http, run_worker
):
    update = http.put(TICKET, json=load_json("zendesk", "api/update_ticket.json"))
    ids = [post(client, n) for n in range(3)]
    run_worker()
    assert update.call_count == 1
    (note,) = notes(update)
    for job_id in ids:  # every event's findings, each with its marker line
        assert f"{jobs.MARKER_PREFIX}{job_id}" in note
    first = result(redis, ids[0])
    assert first["status"] == "processed" and first["with"] == ids[1:]
    assert first["writes"] == 1
    assert [result(redis, i) for i in ids[1:]] == [
        {"status": "coalesced", "helpdesk": "zendesk", "ticket_id": "4016", "lead": ids[0]}
    ] * 2
    body = json.loads(update.calls[0].request.body)["ticket"]
    assert "kasuhara_threat" in body["tags"] and "kasuhara_abuse" in body["tags"]
    assert redis.zcard(tickets.pending_key("zendesk", "4016")) == 0
    for job_id in ids:
        assert redis.hget(jobs.ledger_key(job_id), "done")


def test_after_a_write_the_next_events_wait_out_the_quiet_time_together(
    client, redis, http, run_worker
):
    update = http.put(TICKET, json=load_json("zendesk", "api/update_ticket.json"))
    first = post(client, 0)
    run_worker()
    assert update.call_count == 1  # the first event is never held
    posted = time.time()
    later = [post(client, 1), post(client, 2)]
    registry = Queue(jobs.QUEUE_NAME, connection=redis).scheduled_job_registry
    assert sorted(registry.get_job_ids()) == sorted(later)
    for job_id in later:
        due = registry.get_scheduled_time(job_id).timestamp()
        assert posted < due <= posted + 5.5
    run_worker()
    assert update.call_count == 1  # held: nothing written before the quiet time ends
    assert sorted(release_held(redis)) == sorted(later)
    run_worker()
    assert update.call_count == 2
    note = notes(update)[1]
    assert all(f"{jobs.MARKER_PREFIX}{j}" in note for j in later)
    assert f"{jobs.MARKER_PREFIX}{first}" not in note


def test_a_lead_that_dies_mid_batch_loses_nothing_and_writes_once(client, redis, http, run_worker):
    """The lead's run claims the batch and dies before writing (its worker killed): the claimed
    event's own job does not write it; the lead's retry (RQ requeues an orphaned job) writes
    both, once; a second retry after that writes nothing."""
    update = http.put(TICKET, json=load_json("zendesk", "api/update_ticket.json"))
    lead, member = post(client, 0), post(client, 1)
    queue = Queue(jobs.QUEUE_NAME, connection=redis)
    queue.remove(lead)  # dequeued by the worker that is about to die ...
    assert jobs.runtime().batches.claim("zendesk", "4016", lead) == [lead, member]  # ... claimed
    run_worker()  # the member's own job runs meanwhile: it keeps its event, for a retry
    assert update.call_count == 0
    assert Job.fetch(member, connection=redis).get_status() == "scheduled"
    queue.enqueue_job(Job.fetch(lead, connection=redis))  # RQ's retry of the orphan
    run_worker()
    assert update.call_count == 1
    (note,) = notes(update)
    assert f"{jobs.MARKER_PREFIX}{member}" in note and f"{jobs.MARKER_PREFIX}{lead}" in note
    assert result(redis, lead)["with"] == [member]
    assert release_held(redis) == [member]  # the member's retry comes due
    run_worker()
    assert result(redis, member)["status"] == "coalesced"
    queue.enqueue_job(Job.fetch(lead, connection=redis))  # a stray second retry
    run_worker()
    assert update.call_count == 1


def test_a_retried_lead_writes_for_the_batch_it_claimed_not_for_later_events(
    client, redis, http, run_worker
):
    """Events that arrive after the lead claimed its batch are not slipped into its update
    (their notes could be lost if the lead's note was already written): they get their own."""
    update = http.put(TICKET, json=load_json("zendesk", "api/update_ticket.json"))
    lead = post(client, 0)
    queue = Queue(jobs.QUEUE_NAME, connection=redis)
    queue.remove(lead)
    assert jobs.runtime().batches.claim("zendesk", "4016", lead) == [lead]
    late = post(client, 1)
    queue.remove(late)
    queue.enqueue_job(Job.fetch(lead, connection=redis))
    queue.enqueue_job(Job.fetch(late, connection=redis))
    run_worker()
    assert update.call_count == 2
    first, second = notes(update)
    assert f"{jobs.MARKER_PREFIX}{late}" not in first and f"{jobs.MARKER_PREFIX}{late}" in second
    assert result(redis, late)["status"] == "processed"


@needs_redis_server
def test_a_worker_killed_while_writing_a_combined_note_loses_nothing_and_writes_once(
    aof_redis, workers, configure
):
    """Real processes: two comments on one ticket wait together; the Procfile's worker claims
    both and is SIGKILLed (with its work horse) while the helpdesk is storing the combined note
    and has not answered. A new worker retries the orphaned lead: it finds the note on the ticket
    and does not post it again; the claimed comment's own job ends once that is done."""
    from bench.fake_helpdesk import Faults, RecordingHelpdesk

    url = aof_redis.url()
    connection = redis_lib.Redis.from_url(url)
    fake = RecordingHelpdesk(free_port())
    fake.start()
    try:
        env = configure(
            REDIS_URL=url,
            KASUGUARD_POLICY="",
            ZENDESK_BASE_URL=f"http://127.0.0.1:{fake.server_address[1]}/zendesk",
        )
        client = create_app(env).test_client()
        fresh = "2026-02-06T01:00:00Z"  # the fake's ticket as first read: no 409 on the write
        lead, member = post(client, 0, fresh), post(client, 1, fresh)
        # Every write is stored, then answered only after 20 s (past the moment we kill).
        fake.faults = Faults(kind="hang", rate=1.0, ambiguous=1.0, hang_s=20.0)
        fake.faults.until = time.monotonic() + 600
        first = start_worker(url, env)
        workers.append(first)
        wait_until(lambda: fake.notes(), 90, "the combined note stored")
        kill_tree(first.pid)
        first.wait(timeout=10)
        fake.faults = Faults()
        started = StartedJobRegistry(jobs.QUEUE_NAME, connection=connection)
        (orphan,) = started.get_job_ids(cleanup=False)
        assert orphan == lead
        started.cleanup(timestamp=time.time() + 3600)  # what maintenance does once it expired
        workers.append(start_worker(url, env))

        def both_finished() -> bool:
            jobs_ = [Job.fetch(j, connection=connection) for j in (lead, member)]
            return all(j.get_status() == "finished" for j in jobs_)

        wait_until(both_finished, 120, "the lead's retry and the member's job")
    finally:
        fake.shutdown()
    ticket = fake.tickets[("zendesk", 4016)]
    bodies = [c["body"] for c in ticket.comments if c.get("public") is False]
    assert len(bodies) == 1, "one note, written once"
    assert f"{jobs.MARKER_PREFIX}{lead}" in bodies[0]
    assert f"{jobs.MARKER_PREFIX}{member}" in bodies[0]
    lead_result = Job.fetch(lead, connection=connection).return_value()
    assert lead_result["status"] == "processed" and lead_result["with"] == [member]
    member_result = Job.fetch(member, connection=connection).return_value()
    assert member_result["status"] == "coalesced"
