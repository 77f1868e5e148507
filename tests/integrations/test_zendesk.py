"""Zendesk: signature verification, payload parsing, and the API client's requests."""

from __future__ import annotations

import base64
import gzip
import hashlib
import hmac
import json
from datetime import UTC, datetime, timedelta
from functools import cache

import pytest
import requests

from integrations import zendesk
from integrations.base import AuthError, Credentials, Ignored, MalformedPayload
from tests.conftest import (
    SHARED,
    ZENDESK_SECRET,
    ZENDESK_URL,
    load_fixture,
    load_json,
    needs_shared,
)
from worker.model import COMMENT_ADDED, TICKET_CREATED, ActionSet, Escalation, TicketEvent

NOW = datetime(2026, 2, 6, 1, 12, 30, tzinfo=UTC)
TICKET = f"{ZENDESK_URL}/api/v2/tickets/4016"


def signed(body: bytes, at: datetime = NOW) -> dict[str, str]:
    stamp = at.strftime("%Y-%m-%dT%H:%M:%SZ")
    return {
        zendesk.TIMESTAMP_HEADER: stamp,
        zendesk.SIGNATURE_HEADER: zendesk.sign(body, ZENDESK_SECRET, stamp),
    }


# --- verify -----------------------------------------------------------------------------


def test_verify_accepts_timestamp_plus_body_signature():
    body = load_fixture("zendesk", "ticket_created.json")
    zendesk.verify(signed(body), body, ZENDESK_SECRET, NOW)


def test_verify_rejects_the_old_body_plus_timestamp_order():
    body = load_fixture("zendesk", "ticket_created.json")
    stamp = "2026-02-06T01:12:30Z"
    digest = hmac.new(ZENDESK_SECRET.encode(), body + stamp.encode(), hashlib.sha256).digest()
    headers = {
        zendesk.TIMESTAMP_HEADER: stamp,
        zendesk.SIGNATURE_HEADER: base64.b64encode(digest).decode(),
    }
    with pytest.raises(AuthError, match="does not match"):
        zendesk.verify(headers, body, ZENDESK_SECRET, NOW)


def test_verify_accepts_a_timestamp_just_inside_five_minutes():
    body = b"{}"
    zendesk.verify(signed(body, NOW - timedelta(minutes=4, seconds=59)), body, ZENDESK_SECRET, NOW)


def test_verify_rejects_a_timestamp_that_is_not_iso_8601():
    body = b"{}"
    headers = {zendesk.TIMESTAMP_HEADER: "1770340350", zendesk.SIGNATURE_HEADER: "x"}
    with pytest.raises(AuthError, match="ISO 8601"):
        zendesk.verify(headers, body, ZENDESK_SECRET, NOW)


# --- parse ------------------------------------------------------------------------------


def test_parse_ticket_created():
    event = zendesk.parse(load_json("zendesk", "ticket_created.json"), {})
    assert event == TicketEvent(
        helpdesk="zendesk",
        event_id="seq-4B2E1F7C9A0D4E8F8A1B2C3D4E5F6A7B",
        kind=TICKET_CREATED,
        ticket_id="4016",
        occurred_at=datetime(2026, 2, 5, 14, 41, tzinfo=UTC),
        requester_id="6164069643162",
        subject="対応が遅すぎる ☃",
        body="何度言えば分かるんだ。土下座して謝れ。できないならSNSで晒すからな。",
        channel="web",
        tags=("billing", "vip"),
        ticket_updated_at="2026-02-05T14:41:00Z",
    )


def test_parse_comment_added_keeps_the_comment_text_and_author():
    event = zendesk.parse(load_json("zendesk", "comment_added.json"), {})
    assert event.kind == COMMENT_ADDED
    assert event.comment_id == "6164068754714"
    assert event.requester_id == "6164069643162"
    assert event.requester_name == "Requester ☃"
    assert event.body.startswith("お前ら本当に無能だな。")
    assert event.channel == "email"
    assert event.tags == ("billing",)
    assert event.ticket_updated_at == "2026-02-06T01:12:09Z"


def test_event_without_a_sequence_uses_the_event_id():
    payload = load_json("zendesk", "comment_added.json")
    del payload["event"]["meta"]
    assert zendesk.parse(payload, {}).event_id == "5b0f3c1e-8d2a-4e7b-a1c9-6e4d2f8b0a13"


def test_staff_comment_is_ignored():
    with pytest.raises(Ignored, match="staff"):
        zendesk.parse(load_json("zendesk", "comment_added_by_staff.json"), {})


@pytest.mark.parametrize("name", ["tags_changed.json", "user_deleted.json"])
def test_other_event_types_are_ignored(name):
    with pytest.raises(Ignored):
        zendesk.parse(load_json("zendesk", name), {})


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda p: p.pop("id"), "id"),
        (lambda p: p.pop("time"), "time"),
        (lambda p: p.pop("detail"), "detail"),
        (lambda p: p.__setitem__("subject", "zen:user:1"), "subject"),
        (lambda p: p.__setitem__("time", "yesterday"), "time"),
        (lambda p: p["event"].pop("comment"), "event.comment"),
        (lambda p: p.__setitem__("type", "something.else"), "type"),
    ],
)
def test_missing_or_wrong_field_names_the_field(mutate, field):
    payload = load_json("zendesk", "comment_added.json")
    mutate(payload)
    with pytest.raises(MalformedPayload) as raised:
        zendesk.parse(payload, {})
    assert raised.value.field == field


def test_trigger_body_needs_the_invocation_id_header():
    with pytest.raises(MalformedPayload) as raised:
        zendesk.parse(load_json("zendesk", "trigger_comment.json"), {}, NOW)
    assert raised.value.field == zendesk.INVOCATION_HEADER


def test_trigger_body_parses_ids_only():
    headers = {zendesk.INVOCATION_HEADER: "01HANA2B5D5W9XSJS3NE5SQA1J"}
    event = zendesk.parse(load_json("zendesk", "trigger_comment.json"), headers, NOW)
    assert event == TicketEvent(
        helpdesk="zendesk",
        event_id="inv-01HANA2B5D5W9XSJS3NE5SQA1J",
        kind=COMMENT_ADDED,
        ticket_id="4016",
        occurred_at=NOW,
        requester_id="6164069643162",
        channel="mail",
    )


def test_trigger_fired_by_an_agent_update_is_ignored():
    payload = load_json("zendesk", "trigger_comment.json")
    payload["current_user_id"] = "6130907993114"
    headers = {zendesk.INVOCATION_HEADER: "01HANA2B5D5W9XSJS3NE5SQA1J"}
    with pytest.raises(Ignored, match="someone other than the requester"):
        zendesk.parse(payload, headers, NOW)


@needs_shared
def test_real_event_envelopes_from_zendesk_are_ignored_not_rejected():
    """Recorded and documented non-ticket events parse as 'ignored' (200), never 400."""
    base = SHARED / "data/helpdesk/zendesk"
    recording = json.loads(
        (
            base
            / "zenpy-betamax-GPL-3.0/TestWebhooks.test_invocation_attempts-invocation-attemps.json"
        ).read_text()
    )
    attempts = recording["http_interactions"][2]["response"]["body"]
    text = (
        attempts.get("string")
        or gzip.decompress(base64.b64decode(attempts["base64_string"])).decode()
    )
    real_payload = json.loads(json.loads(text)["attempts"][0]["request"]["payload"])
    documented = json.loads(
        (base / "zendesk-go-MIT/webhook_requests/user_group_membership_created.json").read_text()
    )
    for payload in (real_payload, documented):
        with pytest.raises(Ignored):
            zendesk.parse(payload, {})


# --- client -----------------------------------------------------------------------------


def client() -> zendesk.Client:
    return zendesk.Client(Credentials(ZENDESK_URL, "agent@example.com/token", "t"))


def flagged_event(**changes) -> TicketEvent:
    return zendesk.parse(load_json("zendesk", "comment_added.json"), {}).with_text(**changes)


NOTE = ActionSet(
    tags=("kasuhara_abuse", "kasuhara_level_medium"),
    private_note="note\nkasuguard-event: zendesk-x",
)


def test_tags_only_uses_the_add_tags_endpoint(http):
    add = http.put(f"{TICKET}/tags", json=load_json("zendesk", "api/add_tags.json"))
    writes = client().apply(flagged_event(), ActionSet(tags=("kasuhara_abuse",)), None)
    assert writes == 1
    assert json.loads(add.calls[0].request.body) == {"tags": ["kasuhara_abuse"]}


def test_without_tags_in_the_payload_it_reads_then_writes_once(http):
    http.get(TICKET, json=load_json("zendesk", "api/ticket_show.json"))
    update = http.put(TICKET, json=load_json("zendesk", "api/update_ticket.json"))
    writes = client().apply(flagged_event(tags=None, ticket_updated_at=None), NOTE, None)
    assert writes == 1
    sent = json.loads(update.calls[0].request.body)["ticket"]
    assert sent["tags"] == ["billing", "kasuhara_abuse", "kasuhara_level_medium"]


def test_escalation_sets_priority_and_group_in_the_same_update(http):
    update = http.put(TICKET, json=load_json("zendesk", "api/update_ticket.json"))
    actions = ActionSet(
        tags=("kasuhara_threat",),
        private_note="n",
        escalation=Escalation(priority="urgent", group_id="360001234567"),
    )
    client().apply(flagged_event(), actions, None)
    sent = json.loads(update.calls[0].request.body)["ticket"]
    assert sent["priority"] == "urgent" and sent["group_id"] == 360001234567


def test_public_reply_is_a_public_comment(http):
    update = http.put(TICKET, json=load_json("zendesk", "api/update_ticket.json"))
    client().post_public_reply("4016", "お問い合わせありがとうございます。")
    assert json.loads(update.calls[0].request.body) == {
        "ticket": {"comment": {"body": "お問い合わせありがとうございます。", "public": True}}
    }


def test_fetch_finds_the_requesters_latest_public_comment(http):
    http.get(TICKET, json=load_json("zendesk", "api/ticket_show.json"))
    http.get(f"{TICKET}/comments", json=load_json("zendesk", "api/comments_list.json"))
    headers = {zendesk.INVOCATION_HEADER: "inv"}
    event = zendesk.parse(load_json("zendesk", "trigger_comment.json"), headers, NOW)
    state = client().fetch(event)
    assert state.body == "お前ら本当に無能だな。慰謝料を払え。"
    assert state.tags == ("billing",) and state.updated_at == "2026-02-06T01:12:09Z"


# --- the requests we send validate against Zendesk's own OpenAPI document ----------------

OAS = SHARED / "data/helpdesk/zendesk/openapi/zendesk-support-oas-2025-06-10.yaml"
TAGS_BODY_SCHEMA = {
    # The OAS has no request body for the tags endpoints; the Tags API docs define this one.
    "type": "object",
    "required": ["tags"],
    "additionalProperties": False,
    "properties": {
        "tags": {"type": "array", "items": {"type": "string"}},
        "updated_stamp": {"type": "string"},
        "safe_update": {"type": ["string", "boolean"]},
    },
}


@cache
def openapi():
    import yaml
    from openapi_core import Config, OpenAPI

    class Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
        pass

    # The document writes `change: =`, which PyYAML reads as the YAML 1.1 "value" tag.
    Loader.add_constructor(
        "tag:yaml.org,2002:value", lambda loader, node: loader.construct_scalar(node)
    )
    spec = yaml.load(OAS.read_text(encoding="utf-8"), Loader=Loader)
    # Stricter than the document: a misspelt field in our update must fail, not pass silently.
    for name in ("TicketUpdateRequest", "TicketUpdateInput"):
        spec["components"]["schemas"][name]["additionalProperties"] = False
    # The document itself has unresolved parameters elsewhere; we validate requests, not it.
    return OpenAPI.from_dict(spec, config=Config(spec_validator_cls=None))


def validate_against_openapi(prepared: requests.PreparedRequest) -> None:
    import jsonschema
    from openapi_core.contrib.requests import RequestsOpenAPIRequest

    if prepared.path_url.split("?")[0].endswith("/tags") and prepared.method == "PUT":
        jsonschema.validate(json.loads(prepared.body), TAGS_BODY_SCHEMA)
        # The path and auth still validate against the document.
        bodiless = prepared.copy()
        bodiless.prepare_body(data=None, files=None)
        openapi().validate_request(RequestsOpenAPIRequest(bodiless))
        return
    openapi().validate_request(RequestsOpenAPIRequest(prepared))


@needs_shared
def test_openapi_check_catches_a_wrong_request():
    from openapi_core.validation.request.exceptions import InvalidRequestBody

    bad = requests.Request(
        "PUT", TICKET, json={"ticket": {"comment": {"body": "x", "public": "no"}}}, auth=("a", "b")
    ).prepare()
    with pytest.raises(InvalidRequestBody):
        validate_against_openapi(bad)


@needs_shared
def test_every_request_the_client_sends_validates_against_zendesk_openapi(http):
    http.get(TICKET, json=load_json("zendesk", "api/ticket_show.json"))
    http.get(f"{TICKET}/comments", json=load_json("zendesk", "api/comments_list.json"))
    http.put(TICKET, json=load_json("zendesk", "api/conflict.json"), status=409)
    http.put(TICKET, json=load_json("zendesk", "api/update_ticket.json"))
    http.put(f"{TICKET}/tags", json=load_json("zendesk", "api/add_tags.json"))
    zd = client()
    headers = {zendesk.INVOCATION_HEADER: "inv"}
    zd.fetch(zendesk.parse(load_json("zendesk", "trigger_comment.json"), headers, NOW))
    actions = ActionSet(
        tags=("kasuhara_threat", "kasuhara_level_high"),
        private_note="メモ",
        escalation=Escalation(priority="urgent", group_id="360001234567"),
    )
    zd.apply(flagged_event(), actions, None)  # 409, re-read, safe update again
    zd.add_tags("4016", ("kasuhara_level_low",))
    zd.post_public_reply("4016", "ご連絡ありがとうございます。")
    assert len(http.calls) >= 7
    for call in http.calls:
        validate_against_openapi(call.request)


def test_plain_text_comment_with_angle_brackets_is_kept_whole():
    payload = load_json("zendesk", "comment_added.json")
    payload["event"]["comment"]["body"] = "金額が a<b になっています <3"
    assert zendesk.parse(payload, {}).body == "金額が a<b になっています <3"
