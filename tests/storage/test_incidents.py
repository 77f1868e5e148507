"""The incident record in SQL (SQLite and PostgreSQL): every field the record keeps, idempotent
per event, survives a flushed Redis, kept for the policy's retention and purged after it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.conftest import TEST_PEPPER, ZENDESK_URL, load_fixture, load_json, zendesk_headers
from worker import audit, incidents, jobs
from worker.app import create_app
from worker.cli import main
from worker.model import COMMENT_ADDED, TicketEvent
from worker.scoring.types import Assessment

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def event(n: int, at: datetime, requester: str | None = "6164069643162") -> TicketEvent:
    return TicketEvent(
        "zendesk",
        f"e{n}",
        COMMENT_ADDED,
        "4016",
        at,
        requester_id=requester,
        body="お前ら本当に無能だな。",
        channel="email",
        assignee_id="6130907993114",
    ).pseudonymised(TEST_PEPPER)


def test_a_row_keeps_the_event_and_no_text_or_identity(engine):
    recorded = incidents.record(
        engine, event(1, NOW), Assessment("high", 0.9, ("threat", "abuse")), escalated=True
    )
    assert recorded
    (row,) = incidents.read(engine)
    assert row["event_id"] == "zendesk-e1" and row["at"] == NOW
    assert (row["helpdesk"], row["ticket_id"], row["channel"]) == ("zendesk", "4016", "email")
    assert row["requester"] == event(1, NOW).requester_pseudonym
    assert row["assignee_id"] == "6130907993114"
    assert (row["level"], row["categories"], row["escalated"]) == (
        "high",
        ["threat", "abuse"],
        True,
    )
    assert "無能" not in str(row) and "6164069643162" not in str(row)


def test_recording_the_same_event_again_keeps_one_row(engine):
    assessment = Assessment("medium", 0.6, ("abuse",))
    assert incidents.record(engine, event(1, NOW), assessment, escalated=False)
    assert not incidents.record(engine, event(1, NOW), assessment, escalated=False)
    assert len(list(incidents.read(engine))) == 1


def test_a_plain_requester_id_is_refused(engine):
    plain = TicketEvent("zendesk", "e1", COMMENT_ADDED, "1", NOW, requester_id="6164069643162")
    with pytest.raises(ValueError, match="pseudonymise"):
        incidents.record(engine, plain, Assessment("low", 0.3, ("abuse",)), escalated=False)
    assert list(incidents.read(engine)) == []


def test_read_selects_by_when_the_message_was_written(engine):
    for n, days in enumerate((40, 10, 1)):
        incidents.record(
            engine, event(n, NOW - timedelta(days=days)), Assessment("low", 0.3, ("abuse",)),
            escalated=False,
        )  # fmt: skip
    since = NOW - timedelta(days=30)
    assert [r["event_id"] for r in incidents.read(engine, since=since, until=NOW)] == [
        "zendesk-e1",
        "zendesk-e2",
    ]


def test_purge_deletes_only_what_retention_no_longer_allows(engine):
    for n, days in enumerate((1200, 1096, 1094, 3)):
        incidents.record(
            engine, event(n, NOW - timedelta(days=days)), Assessment("low", 0.3, ("abuse",)),
            escalated=False,
        )  # fmt: skip
    dry = incidents.purge(engine, retention_days=1095, now=NOW, dry_run=True)
    assert dry.count == 2 and dry.oldest == NOW - timedelta(days=1200)
    assert len(list(incidents.read(engine))) == 4
    done = incidents.purge(engine, retention_days=1095, now=NOW)
    assert done.count == 2
    assert [r["event_id"] for r in incidents.read(engine)] == ["zendesk-e2", "zendesk-e3"]


def test_purge_command_dry_run_prints_and_deletes_nothing_then_deletes(
    configure, database_url, engine, capsys
):
    configure(DATABASE_URL=database_url)
    now = datetime.now(UTC)
    for n, days in enumerate((2000, 1200, 30)):
        incidents.record(
            engine, event(n, now - timedelta(days=days)), Assessment("low", 0.3, ("abuse",)),
            escalated=False,
        )  # fmt: skip
    assert main(["purge", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("would delete 2 incident(s) written before ")
    assert "(retention.incidents_days: 1095)" in out
    assert len(list(incidents.read(engine))) == 3
    assert main(["purge"]) == 0
    assert capsys.readouterr().out.startswith("deleted 2 incident(s)")
    assert [r["event_id"] for r in incidents.read(engine)] == ["zendesk-e2"]
    (entry,) = audit.entries(engine)
    assert entry.action == "incidents.purged" and entry.detail["count"] == 2


def test_the_policy_sets_the_incident_retention(configure, database_url, engine, tmp_path, capsys):
    policy = tmp_path / "ours.yaml"
    policy.write_text("name: ours\nretention:\n  incidents_days: 30\n")
    configure(DATABASE_URL=database_url, KASUGUARD_POLICY=str(policy))
    month_ago = datetime.now(UTC) - timedelta(days=31)
    incidents.record(
        engine, event(1, month_ago), Assessment("low", 0.3, ("abuse",)), escalated=False
    )
    assert main(["purge", "--dry-run"]) == 0
    assert "would delete 1 incident(s)" in capsys.readouterr().out


def _one_flagged_comment(env, http, run_worker) -> None:
    """Zendesk's sample comment through the receiver and a worker (the update it writes faked)."""
    http.put(
        f"{ZENDESK_URL}/api/v2/tickets/4016", json=load_json("zendesk", "api/update_ticket.json")
    )
    body = load_fixture("zendesk", "comment_added.json")
    create_app(env).test_client().post(
        "/webhooks/zendesk", data=body, headers=zendesk_headers(body)
    )
    run_worker()


def test_workers_purge_expired_incidents_at_most_hourly(
    configure, database_url, engine, redis, http, run_worker
):
    env = configure(DATABASE_URL=database_url)
    old = datetime.now(UTC) - timedelta(days=2000)
    incidents.record(engine, event(99, old), Assessment("low", 0.3, ("abuse",)), escalated=False)
    _one_flagged_comment(env, http, run_worker)
    assert [r["event_id"] for r in incidents.read(engine)] == [
        "zendesk-seq-9F8E7D6C5B4A39281706F5E4D3C2B1A0"
    ]
    assert 0 < redis.ttl(jobs.PURGE_GUARD_KEY) <= jobs.PURGE_EVERY_S


def test_incidents_survive_a_flushed_redis(
    configure, database_url, redis, http, run_worker, capsys
):
    env = configure(DATABASE_URL=database_url)
    _one_flagged_comment(env, http, run_worker)
    redis.flushdb()
    assert redis.keys("*") == []
    jobs.runtime.cache_clear()  # as after a restart
    assert (
        main(["report", "--since", "2026-02-01", "--until", "2026-02-28", "--format", "csv"]) == 0
    )
    out = capsys.readouterr().out
    assert "total,all,1,0,1,0" in out and "category,abuse,1" in out


def test_db_command_upgrades_and_reports_the_revision(configure, tmp_path, capsys):
    from worker import db

    configure(KASUGUARD_DATA_DIR=str(tmp_path / "fresh"))
    assert main(["db", "current"]) == 1  # nothing applied yet
    assert "schema (empty)" in capsys.readouterr().out
    assert main(["db", "upgrade"]) == 0
    out = capsys.readouterr().out
    assert f"schema {db.head_revision()} (this version's newest: {db.head_revision()})" in out
    assert main(["db", "current"]) == 0


def test_with_the_database_down_the_event_waits_for_a_retry_and_nothing_is_written(
    configure, redis, http, run_worker
):
    from rq import Queue

    down = "postgresql://nobody@127.0.0.1:9/kasuguard"  # nothing listens on port 9
    env = configure(DATABASE_URL=down)
    body = load_fixture("zendesk", "comment_added.json")
    create_app(env).test_client().post(
        "/webhooks/zendesk", data=body, headers=zendesk_headers(body)
    )
    run_worker()
    queue = Queue(jobs.QUEUE_NAME, connection=redis)
    # Not lost, not half-done: scheduled for RQ's next try, and the ticket was not touched.
    assert queue.scheduled_job_registry.get_job_ids() == [
        "zendesk-seq-9F8E7D6C5B4A39281706F5E4D3C2B1A0"
    ]
    assert len(http.calls) == 0
