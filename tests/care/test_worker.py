"""Care from real payload shapes: Zendesk ``assignee_id`` and Freshdesk ``responder_id`` flow
through receiver, RQ and worker into the record and the case view, and the care alert reaches
the supervisors' hook exactly once, however often a webhook is redelivered."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
import requests

from tests.admin.conftest import admin_settings, https_client, sign_in
from tests.conftest import (
    FRESHDESK_URL,
    ZENDESK_URL,
    freshdesk_headers,
    load_fixture,
    load_json,
    zendesk_headers,
)
from worker import care, db, incidents, jobs
from worker.app import create_app
from worker.policy import DEFAULT_POLICY_PATH

HOOK = "https://chat.example.com/hooks/kasuguard"
ZENDESK_TICKET = f"{ZENDESK_URL}/api/v2/tickets/4016"
FRESHDESK_TICKET = f"{FRESHDESK_URL}/api/v2/tickets/11"


def policy_file(tmp_path, *, high: int, medium: int) -> str:
    """The default policy with a notification hook and the given thresholds, without the
    after-hours and repeat categories."""
    text = DEFAULT_POLICY_PATH.read_text(encoding="utf-8")
    for old, new in (
        ("  notify_url: null", f'  notify_url: "{HOOK}"'),
        ("  high: 3 ", f"  high: {high} "),
        ("  medium: 5 ", f"  medium: {medium} "),
        # The same comment, written now (maybe at night), three times: keep each at medium,
        # whatever the hour and however close together.
        ("            repeat, after_hours]", "            ]"),
        # Each comment written on its own: the in-process worker runs no scheduler to release
        # a ticket's held events (coalescing has tests of its own).
        ("  coalesce_seconds: 5", "  coalesce_seconds: 0"),
    ):
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = tmp_path / "policy.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.fixture
def app_with_care(configure, tmp_path):
    def build(*, high: int, medium: int):
        env = configure(
            KASUGUARD_POLICY=policy_file(tmp_path, high=high, medium=medium),
            **admin_settings(tmp_path / "data"),
        )
        return create_app(env)

    return build


def zendesk_comment(n: int) -> bytes:
    """``comment_added.json`` as Zendesk sends the n-th such comment (new ids, same agent),
    written now (care looks at the last days only)."""
    payload = json.loads(load_fixture("zendesk", "comment_added.json"))
    payload["time"] = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    payload["id"] = f"5b0f3c1e-8d2a-4e7b-a1c9-6e4d2f8b0a{n:02d}"
    payload["event"]["comment"]["id"] = f"61640687547{n:02d}"
    payload["event"]["meta"]["sequence"]["id"] = f"9F8E7D6C5B4A39281706F5E4D3C2B1{n:02d}"
    return json.dumps(payload, ensure_ascii=False).encode()


def post_zendesk(client, body: bytes):
    return client.post("/webhooks/zendesk", data=body, headers=zendesk_headers(body))


def hook_bodies(http) -> list[dict]:
    return [json.loads(c.request.body) for c in http.calls if c.request.url == HOOK]


def test_the_third_abusive_message_to_one_zendesk_agent_tells_the_supervisors_once(
    app_with_care, redis, http, run_worker
):
    app = app_with_care(high=3, medium=3)
    client = app.test_client()
    http.put(ZENDESK_TICKET, json=load_json("zendesk", "api/update_ticket.json"))
    http.post(HOOK, json={"ok": True})
    for n in (1, 2):
        assert post_zendesk(client, zendesk_comment(n)).status_code == 202
    run_worker()
    assert hook_bodies(http) == []  # two medium incidents: under the threshold

    assert post_zendesk(client, zendesk_comment(3)).status_code == 202
    run_worker()
    (told,) = hook_bodies(http)
    assert told["event"] == "care.threshold" and told["agent_id"] == "6130907993114"
    assert told["counts"] == {"low": 0, "medium": 3, "high": 0} and told["reason"] == "medium"
    assert [step["who"] for step in told["order"]] == [
        "現場監督者（チームリーダー）",
        "本社の相談窓口",
    ]
    assert "無能" not in json.dumps(told, ensure_ascii=False)

    # The same webhook again, and the job run again from scratch: nobody is told twice.
    assert post_zendesk(client, zendesk_comment(3)).get_json()["status"] == "duplicate"
    engine = db.engine_for(jobs.runtime().config.database_url)
    assert len(list(incidents.read(engine))) == 3
    run_worker()
    assert len(hook_bodies(http)) == 1
    (alert,) = care.alerts(engine)
    assert alert.delivered and alert.agent_id == "6130907993114"

    # The case view shows the agent's exposure and marks them.
    viewer = https_client(app)
    assert sign_in(viewer).status_code == 302
    page = viewer.get("/admin/cases").get_data(as_text=True)
    assert 'data-agent="zendesk:6130907993114"' in page and "要ケア" in page
    assert "https://example.zendesk.com/agent/tickets/4016" in page


def test_an_old_message_replayed_today_tells_nobody(app_with_care, redis, http, run_worker):
    app = app_with_care(high=3, medium=1)
    http.put(ZENDESK_TICKET, json=load_json("zendesk", "api/update_ticket.json"))
    body = load_fixture("zendesk", "comment_added.json")  # written on 2026-02-06
    assert post_zendesk(app.test_client(), body).status_code == 202
    run_worker()
    engine = db.engine_for(jobs.runtime().config.database_url)
    assert len(list(incidents.read(engine))) == 1 and care.alerts(engine) == []
    assert hook_bodies(http) == []


def test_a_retried_job_does_not_tell_twice(app_with_care, redis, http, run_worker):
    app = app_with_care(high=3, medium=1)
    http.put(ZENDESK_TICKET, json=load_json("zendesk", "api/update_ticket.json"))
    http.post(HOOK, json={"ok": True})
    assert post_zendesk(app.test_client(), zendesk_comment(1)).status_code == 202
    run_worker()
    assert len(hook_bodies(http)) == 1
    # Run the event's job again, as RQ does after a crash before it was marked done.
    from rq import Queue
    from rq.job import Job

    queue = Queue(jobs.QUEUE_NAME, connection=redis)
    (job_id,) = queue.finished_job_registry.get_job_ids()
    event = Job.fetch(job_id, connection=redis).args[0]
    redis.delete(jobs.ledger_key(job_id))
    jobs.process_event(event)
    assert len(hook_bodies(http)) == 1


def test_freshdesk_responder_id_reaches_the_record_and_trips_care(
    app_with_care, redis, http, run_worker
):
    app = app_with_care(high=1, medium=5)
    http.post(f"{FRESHDESK_TICKET}/notes", json=load_json("freshdesk", "api/note.json"), status=201)
    http.put(FRESHDESK_TICKET, json=load_json("freshdesk", "api/ticket_updated.json"))
    http.post(HOOK, json={"ok": True})
    body = load_fixture("freshdesk", "ticket_created_assigned.json")
    response = app.test_client().post("/webhooks/freshdesk", data=body, headers=freshdesk_headers())
    assert response.status_code == 202
    run_worker()
    engine = db.engine_for(jobs.runtime().config.database_url)
    (incident,) = incidents.read(engine)
    assert incident["assignee_id"] == "6010396333" and incident["level"] == "high"
    told = {b["event"]: b for b in hook_bodies(http)}
    assert set(told) == {"ticket.escalated", "care.threshold"}
    assert told["care.threshold"]["agent_id"] == "6010396333"
    assert told["care.threshold"]["helpdesk"] == "freshdesk"


def test_a_failed_notification_is_retried_by_a_scheduled_job(
    app_with_care, redis, http, run_worker
):
    from rq import Queue
    from rq.job import Job

    app = app_with_care(high=3, medium=1)
    http.put(ZENDESK_TICKET, json=load_json("zendesk", "api/update_ticket.json"))
    down = http.post(HOOK, body=requests.ConnectionError("hook unreachable"))
    assert post_zendesk(app.test_client(), zendesk_comment(1)).status_code == 202
    run_worker()
    engine = db.engine_for(jobs.runtime().config.database_url)
    (pending,) = care.pending(engine)
    assert pending.last_error == "ConnectionError"
    queue = Queue(jobs.QUEUE_NAME, connection=redis)
    job_id = f"care-alert-{pending.id}"
    assert queue.scheduled_job_registry.get_job_ids() == [job_id]
    retry = Job.fetch(job_id, connection=redis)
    assert retry.retries_left == jobs.RETRY.max
    # Still down when it runs: it fails, for RQ to retry it with backoff.
    with pytest.raises(jobs.CareNotifyFailed):
        retry.perform()
    assert len(down.calls) == 2 and care.pending(engine) != []
    # Back: the next try delivers, and nothing more is posted after that.
    http.remove(down)
    http.post(HOOK, json={"ok": True})
    assert retry.perform() == {"status": "delivered", "care_alert": pending.id}
    assert care.pending(engine) == []
    assert retry.perform() == {"status": "already-done"}
    answered = [c for c in http.calls if c.request.url == HOOK and hasattr(c.response, "ok")]
    assert len(answered) == 1


def test_a_failed_notification_is_shown_and_delivered_later(app_with_care, redis, http, run_worker):
    app = app_with_care(high=3, medium=1)
    http.put(ZENDESK_TICKET, json=load_json("zendesk", "api/update_ticket.json"))
    down = http.post(HOOK, status=503)
    assert post_zendesk(app.test_client(), zendesk_comment(1)).status_code == 202
    run_worker()
    assert len(down.calls) == 1
    engine = db.engine_for(jobs.runtime().config.database_url)
    (pending,) = care.pending(engine)
    viewer = https_client(app)
    sign_in(viewer)
    page = viewer.get("/admin/cases").get_data(as_text=True)
    assert "未送信（1回試行・HTTP 503）" in page

    # The hook is back; the next event (a minute later) delivers the pending alert.
    http.remove(down)
    http.post(HOOK, json={"ok": True})
    redis.delete(jobs.CARE_RETRY_GUARD_KEY)  # the minute has passed
    assert post_zendesk(app.test_client(), load_fixture("zendesk", "comment_added_benign.json"))
    # (any event will do: this one is benign and written in February)
    run_worker()
    assert care.pending(engine) == []
    assert "通知済み" in viewer.get("/admin/cases").get_data(as_text=True)


def test_a_zendesk_trigger_webhook_gets_the_agent_from_the_ticket_it_reads(
    app_with_care, redis, http, run_worker
):
    from responses import matchers

    app = app_with_care(high=3, medium=5)
    http.get(ZENDESK_TICKET, json=load_json("zendesk", "api/ticket_show.json"))
    http.get(
        f"{ZENDESK_TICKET}/comments",
        json=load_json("zendesk", "api/comments_list.json"),
        match=[matchers.query_param_matcher({"page[size]": "100", "sort": "-created_at"})],
    )
    http.put(ZENDESK_TICKET, json=load_json("zendesk", "api/update_ticket.json"))
    body = load_fixture("zendesk", "trigger_comment.json")  # ids only: no assignee in it
    assert b"assignee" not in body
    assert post_zendesk(app.test_client(), body).status_code == 202
    run_worker()
    engine = db.engine_for(jobs.runtime().config.database_url)
    (incident,) = incidents.read(engine)
    assert incident["assignee_id"] == "6130907993114"  # "assignee_id": 6130907993114 in the API
