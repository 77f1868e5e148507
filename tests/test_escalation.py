"""Level high escalates as the policy says: priority, group, tag, and a notification."""

from __future__ import annotations

import json

import requests
from responses import matchers

from tests.conftest import ZENDESK_URL, load_fixture, load_json, zendesk_headers
from worker.app import create_app
from worker.policy import POLICY_DIR

NOTIFY_URL = "https://hooks.example.com/kasuhara"


def policy_with_escalation(tmp_path) -> str:
    text = (POLICY_DIR / "default.yaml").read_text(encoding="utf-8")
    assert "  group_id: null " in text and "  notify_url: null " in text
    text = text.replace("  group_id: null ", "  group_id: 360001234567 ", 1)
    text = text.replace("  notify_url: null ", f"  notify_url: {NOTIFY_URL} ", 1)
    path = tmp_path / "ours.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def post_high_ticket(configure, tmp_path):
    env = configure(KASUGUARD_POLICY=policy_with_escalation(tmp_path))
    client = create_app(env).test_client()
    body = load_fixture("zendesk", "ticket_created.json")
    assert (
        client.post("/webhooks/zendesk", data=body, headers=zendesk_headers(body)).status_code
        == 202
    )


def test_high_level_sets_priority_group_tag_and_notifies_without_ticket_text(
    configure, redis, http, run_worker, tmp_path
):
    update = http.put(
        f"{ZENDESK_URL}/api/v2/tickets/4016", json=load_json("zendesk", "api/update_ticket.json")
    )
    notified = http.post(
        NOTIFY_URL, json={}, match=[matchers.header_matcher({"Content-Type": "application/json"})]
    )
    post_high_ticket(configure, tmp_path)
    run_worker()

    ticket = json.loads(update.calls[0].request.body)["ticket"]
    assert ticket["priority"] == "urgent" and ticket["group_id"] == 360001234567
    assert "kasuhara_escalated" in ticket["tags"]
    sent = json.loads(notified.calls[0].request.body)
    assert sent["event"] == "ticket.escalated" and sent["ticket_id"] == "4016"
    assert sent["level"] == "high" and "dogeza" in sent["categories"]
    assert "土下座して" not in json.dumps(sent, ensure_ascii=False)


def test_unreachable_notification_endpoint_does_not_fail_the_job(
    configure, redis, http, run_worker, tmp_path
):
    from rq import Queue

    from worker import jobs

    update = http.put(
        f"{ZENDESK_URL}/api/v2/tickets/4016", json=load_json("zendesk", "api/update_ticket.json")
    )
    http.post(NOTIFY_URL, body=requests.ConnectionError("refused"))
    post_high_ticket(configure, tmp_path)
    run_worker()
    assert update.call_count == 1
    queue = Queue(jobs.QUEUE_NAME, connection=redis)
    assert queue.failed_job_registry.count == 0 and queue.scheduled_job_registry.count == 0
