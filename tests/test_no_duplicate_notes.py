"""No second note, whatever the path: an ambiguous Freshdesk note POST on a ticket longer than
one page of conversations, a Zendesk trigger redelivered under a new invocation id, and two runs
of one job writing at the same time."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

import pytest
import requests
import responses
from responses import matchers, registries
from rq import Queue

from integrations import dryrun, freshdesk
from tests.conftest import (
    FRESHDESK_URL,
    ZENDESK_URL,
    environment_for_tests,
    freshdesk_headers,
    load_fixture,
    load_json,
    zendesk_headers,
)
from tests.processes import wait_until
from worker import jobs
from worker.model import ActionSet, TicketEvent

FRESHDESK_TICKET = f"{FRESHDESK_URL}/api/v2/tickets/11"
ZENDESK_TICKET = f"{ZENDESK_URL}/api/v2/tickets/4016"
AT = datetime(2026, 2, 7, 23, 40, tzinfo=UTC)


@pytest.fixture
def ordered_http():
    with responses.RequestsMock(
        assert_all_requests_are_fired=True, registry=registries.OrderedRegistry
    ) as mock:
        yield mock


def conversations(first: int, count: int, last_note: str | None = None) -> list[dict]:
    """``count`` conversations from id ``first``, alternating customer replies and agent notes;
    the last one a note carrying ``last_note`` when given."""
    reply = load_json("freshdesk", "api/conversations.json")[1]
    note = load_json("freshdesk", "api/note.json")
    out = [dict(reply if n % 2 else note, id=n) for n in range(first, first + count)]
    if last_note:
        out[-1] = dict(note, id=first + count - 1, body_text=f"…\n{last_note}")
    return out


def page(number: int) -> matchers.query_param_matcher:
    return matchers.query_param_matcher({"per_page": "100", "page": str(number)})


def requeue_scheduled(redis) -> None:
    """Stand in for RQ's scheduler: move retries whose backoff is pending back to the queue."""
    registry = Queue(jobs.QUEUE_NAME, connection=redis).scheduled_job_registry
    for job_id in registry.get_job_ids():
        registry.requeue(job_id)


def test_ambiguous_note_on_a_ticket_with_150_conversations_is_found_on_page_two(
    client, redis, ordered_http, run_worker
):
    """The note POST times out after Freshdesk stored the note; the retry reads both pages of
    conversations, finds our marker as the 150th, and only merges the tags."""
    body = load_fixture("freshdesk", "ticket_created.json")
    job_id = client.post("/webhooks/freshdesk", data=body, headers=freshdesk_headers()).get_json()[
        "job_id"
    ]
    timeout = ordered_http.post(
        f"{FRESHDESK_TICKET}/notes", body=requests.ReadTimeout("read timed out")
    )
    listing = f"{FRESHDESK_TICKET}/conversations"
    first = ordered_http.get(listing, json=conversations(1, 100), match=[page(1)])
    second = ordered_http.get(
        listing, json=conversations(101, 50, jobs.marker(job_id)), match=[page(2)]
    )
    tags = ordered_http.put(
        FRESHDESK_TICKET, json=load_json("freshdesk", "api/ticket_updated.json")
    )
    run_worker()
    assert timeout.call_count == 1
    requeue_scheduled(redis)
    run_worker()
    assert first.call_count == 1 and second.call_count == 1
    assert tags.call_count == 1
    assert [c.request.method for c in ordered_http.calls].count("POST") == 1
    assert Queue(jobs.QUEUE_NAME, connection=redis).fetch_job(job_id).get_status() == "finished"


def test_has_marker_reads_every_page_and_stops_at_a_short_one(http):
    listing = f"{FRESHDESK_TICKET}/conversations"
    http.get(listing, json=conversations(1, 100), match=[page(1)])
    http.get(listing, json=conversations(101, 100), match=[page(2)])
    http.get(listing, json=conversations(201, 3), match=[page(3)])
    client = freshdesk.Client(freshdesk.configure(environment_for_tests()).credentials)
    assert not client.has_marker("11", jobs.marker("freshdesk-x"))
    assert len(http.calls) == 3


def test_fetch_takes_the_latest_reply_from_the_last_page(http):
    http.get(FRESHDESK_TICKET, json=load_json("freshdesk", "api/ticket.json"))
    listing = f"{FRESHDESK_TICKET}/conversations"
    http.get(listing, json=conversations(1, 100), match=[page(1)])
    latest = conversations(101, 50)
    latest[-2]["body_text"] = "最新の返信です"
    http.get(listing, json=latest, match=[page(2)])
    client = freshdesk.Client(freshdesk.configure(environment_for_tests()).credentials)
    event = freshdesk.parse(load_json("freshdesk", "customer_reply.json"), {}).with_text(body=None)
    state = client.fetch(event)
    assert state.body == "最新の返信です"
    assert state.comment_id == "149"


def post_trigger(client, invocation: str):
    body = load_fixture("zendesk", "trigger_comment.json")
    headers = {**zendesk_headers(body), "X-Zendesk-Webhook-Invocation-Id": invocation}
    return client.post("/webhooks/zendesk", data=body, headers=headers)


@pytest.mark.parametrize("together", [False, True], ids=["one-after-the-other", "both-queued"])
def test_a_trigger_redelivered_under_a_new_invocation_id_writes_one_note(
    client, redis, http, run_worker, together
):
    """Trigger bodies carry ids only, so the comment is known only after reading it: the job
    that reads a comment another job already took stops there."""
    http.get(ZENDESK_TICKET, json=load_json("zendesk", "api/ticket_show.json"))
    http.get(f"{ZENDESK_TICKET}/comments", json=load_json("zendesk", "api/comments_list.json"))
    update = http.put(ZENDESK_TICKET, json=load_json("zendesk", "api/update_ticket.json"))
    first = post_trigger(client, "01HANA2B5D5W9XSJS3NE5SQA1J")
    if not together:
        run_worker()
    second = post_trigger(client, "01HANB7Q2M8R4T6V0X3Z5C7E9G")
    assert first.status_code == second.status_code == 202  # two invocations, two jobs
    run_worker()
    assert update.call_count == 1
    queue = Queue(jobs.QUEUE_NAME, connection=redis)
    results = [queue.fetch_job(r.get_json()["job_id"]).return_value() for r in (first, second)]
    assert [r["status"] for r in results] == ["processed", "duplicate"]
    assert results[1]["same_as"] == first.get_json()["job_id"]
    # A redelivery of the duplicate itself is recognised at the door.
    assert post_trigger(client, "01HANB7Q2M8R4T6V0X3Z5C7E9G").get_json()["status"] == "duplicate"


def test_the_same_comment_through_an_event_webhook_and_a_trigger_writes_one_note(
    client, redis, http, run_worker
):
    """Both connection methods configured by mistake: the comment id joins them."""
    update = http.put(ZENDESK_TICKET, json=load_json("zendesk", "api/update_ticket.json"))
    http.get(ZENDESK_TICKET, json=load_json("zendesk", "api/ticket_show.json"))
    http.get(f"{ZENDESK_TICKET}/comments", json=load_json("zendesk", "api/comments_list.json"))
    body = load_fixture("zendesk", "comment_added.json")
    assert client.post("/webhooks/zendesk", data=body, headers=zendesk_headers(body)).status_code
    run_worker()
    assert post_trigger(client, "01HANA2B5D5W9XSJS3NE5SQA1J").status_code == 202
    run_worker()
    assert update.call_count == 1


def test_two_runs_of_one_job_never_write_at_the_same_time(redis):
    """While one run holds the event's write lease, another run of the same job writes nothing
    and fails (RQ retries it); once the lease is released, a run can write."""
    event = TicketEvent("zendesk", "e1", "comment.added", "4016", AT, requester_id="r1")
    client = dryrun.Client("zendesk", redis)
    actions = ActionSet(tags=("t",), private_note="メモ")
    redis.set(f"kasuguard:writing:{event.job_id}", "another-run", ex=60)
    with pytest.raises(jobs.WriteInProgress):
        jobs.write_back(event, actions, None, client, redis)
    assert dryrun.recent(redis) == []
    assert 0 < redis.ttl(f"kasuguard:writing:{event.job_id}") <= 60  # not ours to release
    redis.delete(f"kasuguard:writing:{event.job_id}")
    jobs.write_back(event, actions, None, client, redis)
    (record,) = dryrun.recent(redis)
    assert record["private_note"].startswith("メモ")
    assert not redis.exists(f"kasuguard:writing:{event.job_id}")  # released after writing


def test_a_live_run_keeps_its_lease_past_its_life_and_a_dead_one_frees_it(redis, monkeypatch):
    """The lease outlives a slow helpdesk while its run lives (renewed every third of its
    life), and lapses on its own when the run died without releasing it."""
    monkeypatch.setattr(jobs, "WRITE_LEASE_S", 0.3)
    event = TicketEvent("zendesk", "e3", "comment.added", "4016", AT, requester_id="r1")
    key = f"kasuguard:writing:{event.job_id}"
    held = []

    class Slow(dryrun.Client):
        def apply(self, *args, **kwargs):
            until = time.monotonic() + 1.0  # a helpdesk call taking three lease lives
            while time.monotonic() < until:
                held.append(bool(redis.exists(key)))
                threading.Event().wait(0.05)
            return super().apply(*args, **kwargs)

    jobs.write_back(event, ActionSet(tags=("t",)), None, Slow("zendesk", redis), redis)
    assert len(held) > 10 and all(held)
    redis.set(key, "a run that died", px=300)
    wait_until(lambda: not redis.exists(key), 5, "the dead run's lease lapses")


def test_the_lease_is_released_when_the_write_fails(redis):
    event = TicketEvent("zendesk", "e2", "comment.added", "4016", AT, requester_id="r1")

    class Failing(dryrun.Client):
        def apply(self, *args, **kwargs):
            raise ConnectionError("helpdesk gone")

    with pytest.raises(ConnectionError):
        jobs.write_back(event, ActionSet(tags=("t",)), None, Failing("zendesk", redis), redis)
    assert not redis.exists(f"kasuguard:writing:{event.job_id}")
