"""Bad input is a 400 naming the field, never a 500, and never a 202 for an event that can only
fail: lone surrogates, ids outside the helpdesks' id shape, deep JSON, impossible times, and a
seeded fuzz of 600 mutated (but authentic) webhooks through the real app and worker."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from rq import Queue

from integrations import fields
from integrations.base import MalformedPayload
from tests import fuzzing
from tests.conftest import (
    freshdesk_headers,
    load_fixture,
    load_json,
    zendesk_headers,
)
from worker import intake, jobs
from worker.app import create_app


def post(client, helpdesk: str, body: bytes, **headers: str):
    base = zendesk_headers(body) if helpdesk == "zendesk" else freshdesk_headers()
    return client.post(f"/webhooks/{helpdesk}", data=body, headers={**base, **headers})


def zendesk_comment(mutate) -> bytes:
    payload = load_json("zendesk", "comment_added.json")
    mutate(payload)
    return json.dumps(payload).encode()


def trigger(**changes) -> bytes:
    return json.dumps({**load_json("zendesk", "trigger_comment.json"), **changes}).encode()


def freshdesk(**changes) -> bytes:
    payload = load_json("freshdesk", "customer_reply.json")
    payload["freshdesk_webhook"].update(changes)
    return json.dumps(payload).encode()


NOT_IDS = ["１２３", "١٢٣", "+12", "-1", "12.0", "1e3", "007", "0x10", "9007199254740993", "１"]


@pytest.mark.parametrize("value", [*NOT_IDS, 12.0, -4, 2**60, True, [4016], {"id": 4016}])
def test_ticket_ids_outside_the_helpdesk_id_shape_are_400(client, redis, value):
    for helpdesk, body, field in (
        ("zendesk", trigger(ticket_id=value), "ticket_id"),
        ("freshdesk", freshdesk(ticket_id=value), "freshdesk_webhook.ticket_id"),
    ):
        response = post(client, helpdesk, body)
        assert response.status_code == 400, (helpdesk, value)
        assert response.get_json()["error"].startswith(f"malformed payload: {field} ")
    assert Queue(jobs.QUEUE_NAME, connection=redis).count == 0


@pytest.mark.parametrize("value", ["4016", 4016, " 4016 ", str(2**53)])
def test_ticket_ids_in_the_id_shape_are_accepted(client, redis, value):
    assert post(client, "zendesk", trigger(ticket_id=value)).status_code == 202


@pytest.mark.parametrize(
    "mutate, field",
    [
        (lambda p: p.update(subject="zen:ticket:１２"), "subject"),
        (lambda p: p.update(subject="zen:ticket:12\n"), "subject"),
        (lambda p: p.update(id="5b0f/3c1e"), "id"),
        (lambda p: p["event"]["meta"]["sequence"].update(id="a:b"), "event.meta.sequence.id"),
        (lambda p: p["detail"].update(requester_id="١٢٣"), "detail.requester_id"),
        (lambda p: p["event"]["comment"]["author"].update(id="-6"), "event.comment.author.id"),
        (lambda p: p["event"]["comment"].update(id=1.5), "event.comment.id"),
        (lambda p: p["event"]["comment"].update(body={"text": "x"}), "event.comment.body"),
        (lambda p: p["detail"].update(tags="billing"), "detail.tags"),
        (lambda p: p["detail"].update(updated_at="yesterday"), "detail.updated_at"),
    ],
)
def test_zendesk_fields_outside_their_shape_are_400_naming_the_field(client, redis, mutate, field):
    response = post(client, "zendesk", zendesk_comment(mutate))
    assert response.status_code == 400
    assert response.get_json()["error"].startswith(f"malformed payload: {field} ")


@pytest.mark.parametrize(
    "value",
    [
        "0001-01-01T00:00:00Z",
        "0001-01-01T00:00:00+05:00",
        "9999-12-31T23:59:59Z",
        "9999-12-31T23:59:59-05:00",
        "1999-12-31T23:59:59Z",
        "2026-02-06T01:12:09",
        "not a time",
        20260206,
    ],
)
def test_impossible_event_times_are_400_naming_the_field(client, redis, value):
    response = post(client, "zendesk", zendesk_comment(lambda p: p.update(time=value)))
    assert response.status_code == 400
    assert response.get_json()["error"].startswith("malformed payload: time ")


def test_an_event_time_more_than_a_day_ahead_is_400_and_an_hour_ahead_is_accepted(client, redis):
    ahead = datetime.now(UTC) + timedelta(days=1, minutes=5)
    later = post(client, "zendesk", zendesk_comment(lambda p: p.update(time=ahead.isoformat())))
    assert later.status_code == 400
    soon = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
    assert (
        post(client, "zendesk", zendesk_comment(lambda p: p.update(time=soon))).status_code == 202
    )


def test_invocation_ids_rq_cannot_take_are_400_naming_the_header(client, redis):
    invocation = "01HANA2B5D5W9XSJS3NE5SQA1J/../x"
    response = post(client, "zendesk", trigger(), **{"X-Zendesk-Webhook-Invocation-Id": invocation})
    assert response.status_code == 400
    assert "X-Zendesk-Webhook-Invocation-Id" in response.get_json()["error"]


SURROGATE_VALUE = "contains invalid Unicode (a lone surrogate)"


@pytest.mark.parametrize(
    "helpdesk, body, problem",
    [
        (
            "zendesk",
            zendesk_comment(lambda p: p["event"]["comment"].update(body="払え\ud800")),
            f"event.comment.body {SURROGATE_VALUE}",
        ),
        (
            "zendesk",
            zendesk_comment(lambda p: p["detail"].update(subject="\udc00")),
            f"detail.subject {SURROGATE_VALUE}",
        ),
        (
            "zendesk",
            zendesk_comment(lambda p: p.update({"x\ud800": 1})),
            "x\\ud800 is a key with invalid Unicode (a lone surrogate)",
        ),
        (
            "freshdesk",
            freshdesk(ticket_subject="ok\ud800ok"),
            f"freshdesk_webhook.ticket_subject {SURROGATE_VALUE}",
        ),
        (
            "freshdesk",
            freshdesk(ticket_tags=["a", "\ud800"]),
            f"freshdesk_webhook.ticket_tags[1] {SURROGATE_VALUE}",
        ),
    ],
)
def test_lone_surrogates_are_400_naming_the_field(client, redis, helpdesk, body, problem):
    assert b"\\ud" in body  # the JSON text carries the escape, as a sender would send it
    response = post(client, helpdesk, body)
    assert response.status_code == 400
    assert response.get_json()["error"] == f"malformed payload: {problem}"


def test_a_valid_surrogate_pair_is_an_ordinary_character(client, redis):
    body = zendesk_comment(lambda p: p["event"]["comment"].update(body="払え 😡"))
    assert b"\\ud83d\\ude21" in body
    assert post(client, "zendesk", body).status_code == 202


def test_json_nested_deeper_than_the_limit_is_400_without_parsing(client, redis):
    deep = b'{"a":' * 5000 + b"1" + b"}" * 5000
    response = post(client, "zendesk", deep)
    assert response.status_code == 400
    assert response.get_json()["error"] == (
        "malformed payload: body is nested deeper than 64 levels"
    )


def test_depth_counts_brackets_outside_strings_only():
    at_limit = "[" * intake.MAX_DEPTH + "]" * intake.MAX_DEPTH
    assert intake.read_json(at_limit.encode()) is not None
    with pytest.raises(MalformedPayload):
        intake.read_json(("[" + at_limit + "]").encode())
    quoted = json.dumps({"text": "[{" * 500 + '\\"[' * 100})
    assert intake.read_json(quoted.encode())["text"].startswith("[{[{")


def test_a_body_that_is_not_utf8_is_400_not_valid_json(client, redis):
    response = post(
        client, "freshdesk", '{"freshdesk_webhook": {"ticket_id": "１"}}'.encode("utf-16")
    )
    assert response.status_code == 400
    assert response.get_json()["error"].startswith("body is not valid JSON: not UTF-8")


@pytest.mark.parametrize("stamp", fuzzing.timestamp_cases())
def test_signature_timestamps_that_overflow_date_arithmetic_are_401(client, stamp):
    body = load_fixture("zendesk", "ticket_created.json")
    headers = zendesk_headers(body)
    headers["X-Zendesk-Webhook-Signature-Timestamp"] = stamp
    assert client.post("/webhooks/zendesk", data=body, headers=headers).status_code == 401


def test_number_is_strict_about_the_id_shape():
    assert fields.number("4016", "f") == "4016"
    assert fields.number(4016, "f") == "4016"
    for value in NOT_IDS + [0, "", None, False]:
        with pytest.raises(MalformedPayload):
            fields.number(value, "f")


def test_fuzzed_webhooks_are_never_5xx_and_what_is_accepted_is_processed(
    configure, redis, run_worker
):
    """600 seeded mutations of real webhooks, signed, through the app; then every accepted event
    through the worker (dry run: no helpdesk credentials). None may fail or wait for a retry."""
    env = configure(ZENDESK_API_TOKEN="", ZENDESK_EMAIL="", FRESHDESK_API_KEY="")
    client = create_app(env).test_client()
    statuses: dict[int, int] = {}
    for case in fuzzing.cases(600):
        response = post(client, case.helpdesk, case.body, **case.headers)
        statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
        assert response.status_code < 500, case.what
    assert statuses.get(202, 0) > 50 and statuses.get(400, 0) > 100  # both paths exercised
    run_worker()
    queue = Queue(jobs.QUEUE_NAME, connection=redis)
    assert queue.failed_job_registry.count == 0
    assert queue.scheduled_job_registry.count == 0
    assert queue.finished_job_registry.count == statuses[202]
