"""Signed webhook → 202 → a real RQ worker (burst mode) → the exact helpdesk API calls.

The worker runs in this process (``SimpleWorker``) so ``responses`` fakes its HTTP; Redis is
real. Request bodies are asserted field by field; the note's wording belongs to the templates,
so here we assert what it must carry: the quoted evidence, the policy clause, and our marker.
"""

from __future__ import annotations

import json

from responses import matchers
from rq import Queue
from rq.job import Job

from integrations import dryrun
from tests.conftest import (
    FRESHDESK_URL,
    ZENDESK_URL,
    freshdesk_headers,
    load_fixture,
    load_json,
    zendesk_headers,
)
from worker import jobs

ZENDESK_TICKET = f"{ZENDESK_URL}/api/v2/tickets/4016"
FRESHDESK_TICKET = f"{FRESHDESK_URL}/api/v2/tickets/11"


def post_zendesk(client, name: str):
    body = load_fixture("zendesk", name)
    return client.post("/webhooks/zendesk", data=body, headers=zendesk_headers(body))


def post_freshdesk(client, name: str):
    body = load_fixture("freshdesk", name)
    return client.post("/webhooks/freshdesk", data=body, headers=freshdesk_headers())


def sent_json(call) -> dict:
    return json.loads(call.request.body)


def only_job(redis) -> Job:
    queue = Queue(jobs.QUEUE_NAME, connection=redis)
    (job_id,) = (
        queue.get_job_ids()
        + queue.failed_job_registry.get_job_ids()
        + queue.finished_job_registry.get_job_ids()
        + queue.scheduled_job_registry.get_job_ids()
    )
    return Job.fetch(job_id, connection=redis)


def test_zendesk_flagged_comment_is_one_safe_update_with_tag_union_and_private_note(
    client, redis, http, run_worker
):
    update = http.put(ZENDESK_TICKET, json=load_json("zendesk", "api/update_ticket.json"))
    assert post_zendesk(client, "comment_added.json").status_code == 202
    run_worker()

    assert update.call_count == 1
    ticket = sent_json(update.calls[0])["ticket"]
    assert ticket["tags"] == [
        "billing",
        "kasuhara_abuse",
        "kasuhara_money",
        "kasuhara_level_medium",
    ]
    assert ticket["safe_update"] is True
    assert ticket["updated_stamp"] == "2026-02-06T01:12:09Z"
    note = ticket["comment"]
    assert note["public"] is False
    assert "無能" in note["body"] and "慰謝料" in note["body"]
    assert "精神的な攻撃" in note["body"]  # the policy clause for abuse
    assert note["body"].endswith("kasuguard-event: zendesk-seq-9F8E7D6C5B4A39281706F5E4D3C2B1A0")
    assert "priority" not in ticket  # medium: no escalation
    assert only_job(redis).get_status() == "finished"


def test_zendesk_high_level_ticket_escalates_in_the_same_single_write(
    client, redis, http, run_worker
):
    update = http.put(ZENDESK_TICKET, json=load_json("zendesk", "api/update_ticket.json"))
    post_zendesk(client, "ticket_created.json")
    run_worker()

    (call,) = update.calls
    ticket = sent_json(call)["ticket"]
    assert ticket["priority"] == "urgent"
    assert "kasuhara_level_high" in ticket["tags"]
    assert ticket["tags"][:2] == ["billing", "vip"]  # the ticket's own tags are kept, in order
    assert "土下座" in ticket["comment"]["body"]


def test_zendesk_benign_comment_makes_no_api_call(client, redis, http, run_worker):
    post_zendesk(client, "comment_added_benign.json")
    run_worker()
    assert len(http.calls) == 0
    job = only_job(redis)
    assert job.get_status() == "finished"
    assert job.return_value()["level"] == "none"


def test_zendesk_trigger_webhook_reads_the_text_then_writes_once(client, redis, http, run_worker):
    http.get(ZENDESK_TICKET, json=load_json("zendesk", "api/ticket_show.json"))
    comments = http.get(
        f"{ZENDESK_TICKET}/comments",
        json=load_json("zendesk", "api/comments_list.json"),
        match=[matchers.query_param_matcher({"page[size]": "100", "sort": "-created_at"})],
    )
    update = http.put(ZENDESK_TICKET, json=load_json("zendesk", "api/update_ticket.json"))
    assert post_zendesk(client, "trigger_comment.json").status_code == 202
    run_worker()

    assert comments.call_count == 1
    ticket = sent_json(update.calls[0])["ticket"]
    assert ticket["updated_stamp"] == "2026-02-06T01:12:09Z"  # from the ticket we read
    assert ticket["tags"][0] == "billing"
    assert "慰謝料" in ticket["comment"]["body"]


def test_freshdesk_flagged_ticket_is_a_private_note_and_one_tag_merge(
    client, redis, http, run_worker
):
    note = http.post(
        f"{FRESHDESK_TICKET}/notes", json=load_json("freshdesk", "api/note.json"), status=201
    )
    update = http.put(FRESHDESK_TICKET, json=load_json("freshdesk", "api/ticket_updated.json"))
    assert post_freshdesk(client, "ticket_created.json").status_code == 202
    run_worker()

    body = sent_json(note.calls[0])
    assert body["private"] is True
    assert "給料泥棒" in body["body"] and body["body"].startswith("<div>")
    changes = sent_json(update.calls[0])
    assert changes["tags"][:2] == ["returns", "vip"]  # the webhook's tags, not a read
    assert "kasuhara_level_high" in changes["tags"]
    assert changes["priority"] == 4
    assert len(http.calls) == 2


def test_freshdesk_customer_reply_ignores_the_quoted_agent_text(client, redis, http, run_worker):
    note = http.post(
        f"{FRESHDESK_TICKET}/notes", json=load_json("freshdesk", "api/note.json"), status=201
    )
    http.put(FRESHDESK_TICKET, json=load_json("freshdesk", "api/ticket_updated.json"))
    post_freshdesk(client, "customer_reply.json")
    run_worker()
    assert "迷惑料" in sent_json(note.calls[0])["body"]


def test_freshdesk_benign_ticket_makes_no_api_call(client, redis, http, run_worker):
    post_freshdesk(client, "ticket_created_benign.json")
    run_worker()
    assert len(http.calls) == 0


def test_duplicate_delivery_writes_back_once(client, redis, http, run_worker):
    update = http.put(ZENDESK_TICKET, json=load_json("zendesk", "api/update_ticket.json"))
    post_zendesk(client, "comment_added.json")
    post_zendesk(client, "comment_added.json")
    run_worker()
    assert post_zendesk(client, "comment_added.json").get_json()["status"] == "duplicate"
    run_worker()
    assert update.call_count == 1


def test_our_own_note_coming_back_as_a_webhook_causes_no_write(client, redis, http, run_worker):
    assert post_zendesk(client, "comment_added_by_staff.json").get_json()["status"] == "ignored"
    run_worker()
    assert len(http.calls) == 0


def test_dry_run_records_actions_instead_of_calling_the_api(configure, redis, http, run_worker):
    from worker.app import create_app

    env = configure(ZENDESK_API_TOKEN="", ZENDESK_EMAIL="")
    client = create_app(env).test_client()
    post_zendesk(client, "comment_added.json")
    run_worker()
    assert len(http.calls) == 0
    (record,) = dryrun.recent(redis)
    assert record["helpdesk"] == "zendesk" and record["ticket_id"] == "4016"
    assert record["tags"] == ["kasuhara_abuse", "kasuhara_money", "kasuhara_level_medium"]
    assert "慰謝料" in record["private_note"]


def test_flagged_event_is_recorded_as_an_incident_without_text(client, redis, http, run_worker):
    from tests.conftest import TEST_PEPPER
    from worker import db, incidents, jobs
    from worker.pseudonym import pseudonym

    http.put(ZENDESK_TICKET, json=load_json("zendesk", "api/update_ticket.json"))
    post_zendesk(client, "comment_added.json")
    post_zendesk(client, "comment_added_benign.json")
    run_worker()
    (entry,) = list(incidents.read(db.engine_for(jobs.runtime().config.database_url)))
    assert entry["ticket_id"] == "4016" and entry["level"] == "medium"
    assert entry["categories"] == ["abuse", "money"] and entry["escalated"] is False
    assert entry["requester"] == pseudonym(TEST_PEPPER, "zendesk", "6164069643162")
    assert entry["assignee_id"] == "6130907993114" and entry["channel"] == "email"
    assert entry["event_id"] == "zendesk-seq-9F8E7D6C5B4A39281706F5E4D3C2B1A0"
    text = json.dumps(entry, default=str, ensure_ascii=False)
    assert "無能" not in text and "6164069643162" not in text


def test_suggested_reply_addresses_the_customer_by_name(client, redis, http, run_worker):
    note = http.post(
        f"{FRESHDESK_TICKET}/notes", json=load_json("freshdesk", "api/note.json"), status=201
    )
    http.put(FRESHDESK_TICKET, json=load_json("freshdesk", "api/ticket_updated.json"))
    post_freshdesk(client, "ticket_created.json")
    run_worker()
    assert "Requester ☃ Bob 様" in sent_json(note.calls[0])["body"]
