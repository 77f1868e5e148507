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


def test_after_hours_acknowledgement_is_the_one_automatic_public_reply(
    configure, redis, http, run_worker, tmp_path
):
    """Only where the policy turns it on, only for an after-hours-only message, once a ticket."""
    text = (POLICY_DIR / "default.yaml").read_text(encoding="utf-8")
    assert "after_hours_auto_send: false" in text
    path = tmp_path / "ours.yaml"
    text = text.replace("after_hours_auto_send: false", "after_hours_auto_send: true")
    # each message on its own (combined, they would be one update: tests/test_coalescing.py)
    path.write_text(text.replace("coalesce_seconds: 5", "coalesce_seconds: 0"))
    env = configure(KASUGUARD_POLICY=str(path))
    client = create_app(env).test_client()
    tags = http.put(
        f"{ZENDESK_URL}/api/v2/tickets/4016/tags", json=load_json("zendesk", "api/add_tags.json")
    )
    reply = http.put(
        f"{ZENDESK_URL}/api/v2/tickets/4016", json=load_json("zendesk", "api/update_ticket.json")
    )
    for n, sent_at in enumerate(
        ("2026-02-05T14:40:00Z", "2026-02-05T14:55:00Z")
    ):  # 23:40, 23:55 JST
        payload = load_json("zendesk", "comment_added.json")
        payload["id"] = f"night-{n}"
        payload["event"]["meta"]["sequence"]["id"] = f"NIGHT{n}"
        payload["event"]["comment"]["id"] = f"616406875471{n}"  # two messages, two comments
        payload["time"] = sent_at
        payload["event"]["comment"]["body"] = "今夜中に対応してください。明朝の会議で使います。"
        body = json.dumps(payload, ensure_ascii=False).encode()
        client.post("/webhooks/zendesk", data=body, headers=zendesk_headers(body))
    run_worker()

    assert tags.call_count == 2  # each message is tagged
    assert json.loads(tags.calls[0].request.body)["tags"][-1] == "kasuhara_level_low"
    (call,) = reply.calls  # but the customer hears from us once
    comment = json.loads(call.request.body)["ticket"]["comment"]
    assert comment["public"] is True and "受付時間" in comment["body"]
