"""What the worker does when the helpdesk says no: 429, 5xx, other 4xx, 409, and a crash."""

from __future__ import annotations

import json

import pytest
from responses import registries
from rq import Queue
from rq.job import Job

from tests.conftest import (
    FRESHDESK_URL,
    ZENDESK_URL,
    freshdesk_headers,
    load_fixture,
    load_json,
    zendesk_headers,
)
from worker import jobs, ratelimit

ZENDESK_TICKET = f"{ZENDESK_URL}/api/v2/tickets/4016"
FRESHDESK_TICKET = f"{FRESHDESK_URL}/api/v2/tickets/11"
ZENDESK_JOB = "zendesk-seq-9F8E7D6C5B4A39281706F5E4D3C2B1A0"


class FakeTime:
    """Stands in for the ``time`` module inside the rate limiter: sleeping advances the clock."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0
        self.slept: list[float] = []

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


@pytest.fixture
def fake_time(monkeypatch):
    fake = FakeTime()
    monkeypatch.setattr(ratelimit, "time", fake)
    return fake


@pytest.fixture
def ordered_http():
    import responses

    with responses.RequestsMock(
        assert_all_requests_are_fired=True, registry=registries.OrderedRegistry
    ) as mock:
        yield mock


def post_comment(client) -> None:
    body = load_fixture("zendesk", "comment_added.json")
    response = client.post("/webhooks/zendesk", data=body, headers=zendesk_headers(body))
    assert response.status_code == 202


def job(redis) -> Job:
    return Job.fetch(ZENDESK_JOB, connection=redis)


def requeue_scheduled(redis) -> None:
    """Stand in for RQ's scheduler: move retries whose backoff is pending back to the queue."""
    registry = Queue(jobs.QUEUE_NAME, connection=redis).scheduled_job_registry
    for job_id in registry.get_job_ids():
        registry.requeue(job_id)


def test_429_waits_retry_after_then_succeeds(client, redis, ordered_http, run_worker, fake_time):
    limited = ordered_http.put(
        ZENDESK_TICKET,
        body=load_fixture("zendesk", "api/rate_limited.txt"),  # plain text, not JSON
        status=429,
        headers={"Retry-After": "7"},
    )
    ok = ordered_http.put(ZENDESK_TICKET, json=load_json("zendesk", "api/update_ticket.json"))
    post_comment(client)
    run_worker()
    assert limited.call_count == 1 and ok.call_count == 1
    # A medium note gives way while the helpdesk pauses us (a high one would wait in place):
    # its deferred run waits out the pause in short steps, in case more urgent work arrives.
    assert sum(fake_time.slept) == pytest.approx(7.0)
    assert job(redis).get_status() == "finished"
    deferred = Job.fetch(f"{ZENDESK_JOB}-deferred-1", connection=redis)
    assert deferred.get_status() == "finished" and deferred.return_value()["writes"] == 1


def test_429_pauses_every_worker_through_redis(redis, fake_time):
    first = ratelimit.WriteLimiter(redis, "zendesk", 50)
    other_worker = ratelimit.WriteLimiter(redis, "zendesk", 50)
    first.pause(5)
    other_worker.acquire()
    assert fake_time.slept == [5.0]


def test_500_is_retried_by_rq_and_the_retry_writes_once(client, redis, ordered_http, run_worker):
    failing = ordered_http.put(ZENDESK_TICKET, json={"error": "InternalError"}, status=500)
    # The outcome of a failed write is unknown, so the retry first looks for our note.
    check = ordered_http.get(
        f"{ZENDESK_TICKET}/comments", json=load_json("zendesk", "api/comments_list.json")
    )
    ok = ordered_http.put(ZENDESK_TICKET, json=load_json("zendesk", "api/update_ticket.json"))
    post_comment(client)
    run_worker()
    assert failing.call_count == 1
    assert job(redis).get_status() == "scheduled"  # RQ's Retry with backoff, not a failure
    assert job(redis).retries_left == jobs.RETRY.max - 1
    requeue_scheduled(redis)
    run_worker()
    assert check.call_count == 1 and ok.call_count == 1
    assert job(redis).get_status() == "finished"


def test_connection_error_is_retried_by_rq(client, redis, ordered_http, run_worker):
    import requests

    ordered_http.put(ZENDESK_TICKET, body=requests.ConnectionError("connection refused"))
    post_comment(client)
    run_worker()
    assert job(redis).get_status() == "scheduled"


def test_404_fails_at_once_with_the_reason_and_is_not_retried(
    client, redis, ordered_http, run_worker
):
    ordered_http.put(
        ZENDESK_TICKET, json=load_json("zendesk", "api/record_not_found.json"), status=404
    )
    post_comment(client)
    run_worker()
    failed = job(redis)
    assert failed.get_status() == "failed"
    reason = failed.latest_result().exc_string
    assert "HelpdeskRejected" in reason
    assert "404 RecordNotFound: Not found" in reason
    queue = Queue(jobs.QUEUE_NAME, connection=redis)
    assert queue.failed_job_registry.get_job_ids() == [ZENDESK_JOB]
    assert queue.scheduled_job_registry.count == 0


def test_409_rereads_the_ticket_and_retries_the_safe_update(
    client, redis, ordered_http, run_worker
):
    conflict = ordered_http.put(
        ZENDESK_TICKET, json=load_json("zendesk", "api/conflict.json"), status=409
    )
    fresh = load_json("zendesk", "api/ticket_show.json")
    fresh["ticket"]["tags"] = ["billing", "added_by_agent"]
    fresh["ticket"]["updated_at"] = "2026-02-06T01:12:10Z"
    ordered_http.get(ZENDESK_TICKET, json=fresh)
    ok = ordered_http.put(ZENDESK_TICKET, json=load_json("zendesk", "api/update_ticket.json"))
    post_comment(client)
    run_worker()
    assert conflict.call_count == 1
    retried = json.loads(ok.calls[0].request.body)["ticket"]
    assert retried["updated_stamp"] == "2026-02-06T01:12:10Z"
    assert retried["tags"][:2] == ["billing", "added_by_agent"]  # the agent's tag survives


def test_freshdesk_retry_after_the_note_posts_no_second_note(
    client, redis, ordered_http, run_worker
):
    note = ordered_http.post(
        f"{FRESHDESK_TICKET}/notes", json=load_json("freshdesk", "api/note.json"), status=201
    )
    ordered_http.put(FRESHDESK_TICKET, json={"code": "internal_error"}, status=502)
    tags = ordered_http.put(
        FRESHDESK_TICKET, json=load_json("freshdesk", "api/ticket_updated.json")
    )
    body = load_fixture("freshdesk", "ticket_created.json")
    client.post("/webhooks/freshdesk", data=body, headers=freshdesk_headers())
    run_worker()
    requeue_scheduled(redis)
    run_worker()
    assert note.call_count == 1
    assert tags.call_count == 1


def test_job_crashed_after_posting_the_note_checks_before_posting_again(
    configure, redis, http, run_worker
):
    """The process died between the helpdesk's 201 and our ledger entry: the retry finds the
    marker in the ticket's conversations and does not post the note twice."""
    configure()
    payload = json.loads(load_fixture("freshdesk", "ticket_created.json"))
    from integrations import freshdesk

    event = freshdesk.parse(payload, {})
    redis.hset(jobs.ledger_key(event.job_id), "note", "started")
    posted = load_json("freshdesk", "api/conversations.json")
    posted.append(
        {**load_json("freshdesk", "api/note.json"), "body_text": f"…\n{jobs.marker(event.job_id)}"}
    )
    http.get(f"{FRESHDESK_TICKET}/conversations", json=posted)
    tags = http.put(FRESHDESK_TICKET, json=load_json("freshdesk", "api/ticket_updated.json"))
    Queue(jobs.QUEUE_NAME, connection=redis).enqueue(jobs.process_event, event.to_dict())
    run_worker()
    assert tags.call_count == 1
    assert not any(c.request.url.endswith("/notes") for c in http.calls)
