"""Every row of the receiver's status table (README "Status codes"), through the real app."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from rq import Queue

from tests.conftest import (
    ZENDESK_SECRET,
    environment_for_tests,
    freshdesk_headers,
    load_fixture,
    zendesk_headers,
)
from worker import jobs
from worker.app import create_app


def post_zendesk(client, name: str = "ticket_created.json", body: bytes | None = None, **kw):
    body = body if body is not None else load_fixture("zendesk", name)
    return client.post("/webhooks/zendesk", data=body, headers=zendesk_headers(body, **kw))


def test_signed_zendesk_event_is_202_and_enqueued(client, redis):
    response = post_zendesk(client)
    assert response.status_code == 202
    job_id = "zendesk-seq-4B2E1F7C9A0D4E8F8A1B2C3D4E5F6A7B"
    assert response.get_json() == {"status": "accepted", "job_id": job_id}
    assert Queue(jobs.QUEUE_NAME, connection=redis).get_job_ids() == [job_id]


def test_freshdesk_event_with_right_password_is_202(client, redis):
    body = load_fixture("freshdesk", "ticket_created.json")
    response = client.post("/webhooks/freshdesk", data=body, headers=freshdesk_headers())
    assert response.status_code == 202
    assert response.get_json()["job_id"].startswith("freshdesk-")


def test_missing_zendesk_signature_is_401(client):
    body = load_fixture("zendesk", "ticket_created.json")
    response = client.post(
        "/webhooks/zendesk", data=body, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 401
    assert "X-Zendesk-Webhook-Signature" in response.get_json()["error"]


def test_wrong_zendesk_secret_is_401(client):
    assert post_zendesk(client, secret="not-the-secret").status_code == 401


def test_tampered_zendesk_body_is_401(client):
    body = load_fixture("zendesk", "ticket_created.json")
    headers = zendesk_headers(body)
    tampered = body.replace(b'"4016"', b'"4017"')
    response = client.post("/webhooks/zendesk", data=tampered, headers=headers)
    assert response.status_code == 401
    assert "does not match" in response.get_json()["error"]


def test_stale_zendesk_timestamp_is_401(client):
    response = post_zendesk(client, at=datetime.now(UTC) - timedelta(minutes=6))
    assert response.status_code == 401
    assert "5 minutes" in response.get_json()["error"]


def test_future_zendesk_timestamp_is_401(client):
    assert post_zendesk(client, at=datetime.now(UTC) + timedelta(minutes=6)).status_code == 401


def test_missing_freshdesk_credentials_is_401(client):
    body = load_fixture("freshdesk", "ticket_created.json")
    response = client.post(
        "/webhooks/freshdesk", data=body, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 401


def test_wrong_freshdesk_password_is_401(client):
    body = load_fixture("freshdesk", "ticket_created.json")
    response = client.post("/webhooks/freshdesk", data=body, headers=freshdesk_headers("guess"))
    assert response.status_code == 401


def test_body_that_is_not_json_is_400(client):
    response = post_zendesk(client, body=b'{"type": "zen:event-type:ticket.created", ')
    assert response.status_code == 400
    assert "not valid JSON" in response.get_json()["error"]


def test_missing_field_is_400_naming_the_field(client):
    payload = json.loads(load_fixture("zendesk", "ticket_created.json"))
    del payload["subject"]
    response = post_zendesk(client, body=json.dumps(payload).encode())
    assert response.status_code == 400
    assert "subject" in response.get_json()["error"]


def test_missing_freshdesk_ticket_id_is_400_naming_the_field(client):
    payload = json.loads(load_fixture("freshdesk", "ticket_created.json"))
    del payload["freshdesk_webhook"]["ticket_id"]
    response = client.post(
        "/webhooks/freshdesk", data=json.dumps(payload), headers=freshdesk_headers()
    )
    assert response.status_code == 400
    assert "freshdesk_webhook.ticket_id" in response.get_json()["error"]


def test_body_over_the_limit_is_413(configure):
    app = create_app(environment_for_tests(KASUGUARD_MAX_BODY_BYTES="512"))
    body = load_fixture("zendesk", "ticket_created.json")
    assert len(body) > 512
    response = app.test_client().post("/webhooks/zendesk", data=body, headers=zendesk_headers(body))
    assert response.status_code == 413
    assert response.get_json() == {"error": "body too large"}


def test_unsupported_real_event_is_200_ignored(client, redis):
    response = post_zendesk(client, "user_deleted.json")
    assert response.status_code == 200
    assert response.get_json()["status"] == "ignored"
    assert Queue(jobs.QUEUE_NAME, connection=redis).count == 0


def test_our_own_note_is_200_ignored(client, redis):
    response = post_zendesk(client, "comment_added_by_staff.json")
    assert response.status_code == 200
    assert response.get_json()["status"] == "ignored"
    assert Queue(jobs.QUEUE_NAME, connection=redis).count == 0


def test_tags_changed_by_our_update_is_200_ignored(client, redis):
    response = post_zendesk(client, "tags_changed.json")
    assert response.get_json()["status"] == "ignored"
    assert Queue(jobs.QUEUE_NAME, connection=redis).count == 0


def test_freshdesk_private_note_is_200_ignored(client, redis):
    body = load_fixture("freshdesk", "private_note.json")
    response = client.post("/webhooks/freshdesk", data=body, headers=freshdesk_headers())
    assert response.status_code == 200
    assert response.get_json()["status"] == "ignored"


def test_redelivered_event_is_200_duplicate_and_enqueued_once(client, redis):
    first = post_zendesk(client)
    second = post_zendesk(client)
    assert first.status_code == 202
    assert second.status_code == 200
    assert second.get_json()["status"] == "duplicate"
    assert Queue(jobs.QUEUE_NAME, connection=redis).count == 1


def test_disabled_helpdesk_is_404_with_the_key_to_set(configure):
    app = create_app(environment_for_tests(FRESHDESK_WEBHOOK_SECRET=""))
    body = load_fixture("freshdesk", "ticket_created.json")
    response = app.test_client().post("/webhooks/freshdesk", data=body, headers=freshdesk_headers())
    assert response.status_code == 404
    assert "FRESHDESK_WEBHOOK_SECRET" in response.get_json()["error"]


def test_unknown_helpdesk_is_404(client):
    response = client.post("/webhooks/servicenow", data=b"{}")
    assert response.status_code == 404


def test_redis_unreachable_is_503_with_short_retry_after(configure):
    app = create_app(environment_for_tests(REDIS_URL="redis://127.0.0.1:1/0"))
    body = load_fixture("zendesk", "ticket_created.json")
    response = app.test_client().post("/webhooks/zendesk", data=body, headers=zendesk_headers(body))
    assert response.status_code == 503
    assert 0 < int(response.headers["Retry-After"]) < 60
    assert response.get_json()["error"] == "queue unavailable, retry later"


def test_zendesk_test_secret_from_the_docs_is_accepted_as_is(client):
    # The secret is used as its UTF-8 text, not base64-decoded.
    assert ZENDESK_SECRET.endswith("==")
    assert post_zendesk(client).status_code == 202
