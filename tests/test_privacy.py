"""Ticket text is personal data: it never reaches the logs, and history holds none of it."""

from __future__ import annotations

import logging

from tests.conftest import ZENDESK_URL, load_fixture, load_json, zendesk_headers


def test_processing_a_flagged_ticket_logs_no_ticket_text_and_no_secret(
    client, redis, http, run_worker, caplog
):
    http.put(
        f"{ZENDESK_URL}/api/v2/tickets/4016", json=load_json("zendesk", "api/update_ticket.json")
    )
    caplog.set_level(logging.DEBUG)
    body = load_fixture("zendesk", "comment_added.json")
    client.post("/webhooks/zendesk", data=body, headers=zendesk_headers(body))
    run_worker()
    assert any(r.msg == "job.processed" for r in caplog.records)
    logged = "\n".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records)
    for secret in ("無能", "慰謝料", "Requester ☃", "zendesk-api-token"):
        assert secret not in logged
