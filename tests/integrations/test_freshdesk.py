"""Freshdesk: Basic-auth check, payload parsing, and the API client's requests."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime

import pytest

from integrations import freshdesk
from integrations.base import AuthError, Credentials, Ignored, MalformedPayload
from tests.conftest import (
    FRESHDESK_SECRET,
    FRESHDESK_URL,
    SHARED,
    freshdesk_headers,
    load_json,
    needs_shared,
)
from worker.model import COMMENT_ADDED, TICKET_CREATED, ActionSet, Escalation, TicketEvent

NOW = datetime(2026, 2, 5, 23, 42, 50, tzinfo=UTC)
TICKET = f"{FRESHDESK_URL}/api/v2/tickets/11"
ZULIP = SHARED / "data/helpdesk/freshdesk/zulip-webhook-fixtures-Apache-2.0"


def test_verify_accepts_the_secret_as_basic_auth_password():
    freshdesk.verify(freshdesk_headers(), b"{}", FRESHDESK_SECRET, NOW)


@pytest.mark.parametrize(
    "authorization",
    [
        "",
        "Bearer fd-webhook-secret",
        "Basic " + base64.b64encode(b"kasuguard:wrong").decode(),
        "Basic " + base64.b64encode(b"fd-webhook-secret").decode(),  # no colon: no password
        "Basic not-base64!!",
    ],
)
def test_verify_rejects_anything_else(authorization):
    with pytest.raises(AuthError):
        freshdesk.verify({"Authorization": authorization}, b"{}", FRESHDESK_SECRET, NOW)


def test_parse_ticket_created():
    event = freshdesk.parse(load_json("freshdesk", "ticket_created.json"), {}, NOW)
    assert event == TicketEvent(
        helpdesk="freshdesk",
        event_id=event.event_id,
        kind=TICKET_CREATED,
        ticket_id="11",
        occurred_at=NOW,
        requester_id="requester-bob@example.com",
        requester_name="Requester ☃ Bob",
        subject="返品について ☃",
        body="何回同じことを言わせるんだ、この給料泥棒が。\n\n慰謝料を払え。払わないなら口コミに書き込んでやる。",
        channel="email",
        tags=("returns", "vip"),
    )
    assert len(event.event_id) == 32


def test_same_body_redelivered_gets_the_same_event_id():
    first = freshdesk.parse(load_json("freshdesk", "ticket_created.json"), {}, NOW)
    again = freshdesk.parse(load_json("freshdesk", "ticket_created.json"), {}, NOW)
    other = freshdesk.parse(load_json("freshdesk", "customer_reply.json"), {}, NOW)
    assert first.event_id == again.event_id != other.event_id


def test_customer_reply_keeps_the_quote_marked():
    event = freshdesk.parse(load_json("freshdesk", "customer_reply.json"), {}, NOW)
    assert event.kind == COMMENT_ADDED
    assert (
        event.body == "ふざけるな、この給料泥棒が。迷惑料を払え。\n\n> ご連絡ありがとうございます。"
    )


def test_empty_tags_placeholder_means_no_tags_not_unknown():
    event = freshdesk.parse(load_json("freshdesk", "ticket_created_benign.json"), {}, NOW)
    assert event.tags == ()


@pytest.mark.parametrize("name", ["private_note.json", "status_changed.json"])
def test_notes_and_status_changes_are_ignored(name):
    with pytest.raises(Ignored):
        freshdesk.parse(load_json("freshdesk", name), {}, NOW)


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda p: p.pop("freshdesk_webhook"), "freshdesk_webhook"),
        (lambda p: p["freshdesk_webhook"].pop("ticket_id"), "freshdesk_webhook.ticket_id"),
        (
            lambda p: p["freshdesk_webhook"].__setitem__("ticket_id", "{{ticket.id}}"),
            "freshdesk_webhook.ticket_id",
        ),
        (
            lambda p: p["freshdesk_webhook"].pop("triggered_event"),
            "freshdesk_webhook.triggered_event",
        ),
    ],
)
def test_missing_or_wrong_field_names_the_field(mutate, field):
    payload = load_json("freshdesk", "ticket_created.json")
    mutate(payload)
    with pytest.raises(MalformedPayload) as raised:
        freshdesk.parse(payload, {}, NOW)
    assert raised.value.field == field


@needs_shared
@pytest.mark.parametrize(
    ("name", "outcome"),
    [
        ("ticket_created.json", TICKET_CREATED),
        ("private_note.json", Ignored),
        ("public_note.json", Ignored),
        ("status_changed.json", Ignored),
        ("priority_changed.json", Ignored),
        ("unknown_payload.json", Ignored),
        ("status_changed_fixture_with_missing_key.json", MalformedPayload),
    ],
)
def test_real_freshdesk_webhook_bodies(name, outcome):
    payload = json.loads((ZULIP / name).read_text())
    if isinstance(outcome, str):
        event = freshdesk.parse(payload, {}, NOW)
        assert event.kind == outcome and event.body == "Test ticket description ☃."
    else:
        with pytest.raises(outcome):
            freshdesk.parse(payload, {}, NOW)


def client() -> freshdesk.Client:
    return freshdesk.Client(Credentials(FRESHDESK_URL, "freshdesk-api-key", "X"))


def test_api_key_is_the_basic_username_with_x_as_password(http):
    http.get(TICKET, json=load_json("freshdesk", "api/ticket.json"))
    client().read_ticket("11")
    expected = base64.b64encode(b"freshdesk-api-key:X").decode()
    assert http.calls[0].request.headers["Authorization"] == f"Basic {expected}"


def test_apply_without_webhook_tags_reads_the_ticket_before_merging(http):
    http.post(f"{TICKET}/notes", json=load_json("freshdesk", "api/note.json"), status=201)
    http.get(TICKET, json=load_json("freshdesk", "api/ticket.json"))
    update = http.put(TICKET, json=load_json("freshdesk", "api/ticket_updated.json"))
    event = freshdesk.parse(load_json("freshdesk", "ticket_created.json"), {}, NOW).with_text(
        tags=None
    )
    actions = ActionSet(
        tags=("kasuhara_abuse",),
        private_note="メモ",
        escalation=Escalation(priority="high", group_id="7"),
    )
    assert client().apply(event, actions, None) == 2
    assert json.loads(update.calls[0].request.body) == {
        "tags": ["returns", "kasuhara_abuse"],
        "priority": 3,
        "group_id": 7,
    }


def test_apply_skips_the_update_when_every_tag_is_already_there(http):
    event = freshdesk.parse(load_json("freshdesk", "ticket_created.json"), {}, NOW).with_text(
        tags=("returns", "kasuhara_abuse")
    )
    assert client().apply(event, ActionSet(tags=("kasuhara_abuse",)), None) == 0


def test_note_is_private_html_and_escaped(http):
    note = http.post(f"{TICKET}/notes", json=load_json("freshdesk", "api/note.json"), status=201)
    client().add_private_note("11", "引用: 「<script>」\n次の行")
    assert json.loads(note.calls[0].request.body) == {
        "body": "<div>引用: 「&lt;script&gt;」<br>次の行</div>",
        "private": True,
    }


def test_fetch_takes_the_latest_incoming_public_conversation(http):
    http.get(TICKET, json=load_json("freshdesk", "api/ticket.json"))
    http.get(f"{TICKET}/conversations", json=load_json("freshdesk", "api/conversations.json"))
    event = freshdesk.parse(load_json("freshdesk", "customer_reply.json"), {}, NOW).with_text(
        body=None
    )
    state = client().fetch(event)
    assert state.body.startswith("ふざけるな、この給料泥棒が。")
    assert state.requester_id == "6012691534"


# --- the assigned agent ({{ticket.agent.id}}), read for the care for the staff -------------


@pytest.mark.parametrize(
    ("rendered", "expected"),
    [
        ("6010396333", "6010396333"),
        ("", None),
        (None, None),
        ("Ｘ", None),
        ("{{ticket.agent.id}}", None),
    ],
)
def test_the_responder_id_is_the_assigned_agent_and_a_bad_one_never_costs_the_event(
    rendered, expected
):
    payload = load_json("freshdesk", "ticket_created_assigned.json")
    if rendered is None:
        del payload["freshdesk_webhook"]["responder_id"]
    else:
        payload["freshdesk_webhook"]["responder_id"] = rendered
    event = freshdesk.parse(payload, {})
    assert event.assignee_id == expected
    assert event.ticket_id == "11" and "給料泥棒" in (event.body or "")
