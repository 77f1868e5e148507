"""Care alerts in SQL (SQLite and PostgreSQL): tripped once, counted afresh after an alert,
told in the 相談体制 order without text or requester, and kept when the notification fails."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta

import pytest
import responses
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from tests.conftest import TEST_PEPPER
from worker import care, db, incidents
from worker.model import COMMENT_ADDED, TicketEvent
from worker.policy import Care, Escalation, Policy
from worker.scoring.types import Assessment

NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
AGENT = "6130907993114"
HOOK = "https://chat.example.com/hooks/kasuguard"
CARE = Care(window_days=7, high=3, medium=5, supervisor="店長", head_office="本社人事部")
POLICY = Policy(name="acme", care=CARE, escalation=Escalation(priority="urgent", notify_url=HOOK))


def flagged(
    engine, n: int, level: str, at: datetime, agent: str | None = AGENT, helpdesk: str = "zendesk"
) -> TicketEvent:
    """Record incident ``n`` and return its (pseudonymised) event."""
    event = TicketEvent(
        helpdesk,
        f"e{n}",
        COMMENT_ADDED,
        str(4000 + n),
        at,
        requester_id="6164069643162",
        body="殺すぞ。",
        assignee_id=agent,
    ).pseudonymised(TEST_PEPPER)
    incidents.record(engine, event, Assessment(level, 0.9, ("threat",)), escalated=True)
    return event


def test_the_third_threat_in_a_week_trips_once(engine):
    first = flagged(engine, 1, "high", NOW - timedelta(days=3))
    assert care.check(engine, first, CARE, now=NOW) is None
    second = flagged(engine, 2, "high", NOW - timedelta(days=1))
    assert care.check(engine, second, CARE, now=NOW) is None
    third = flagged(engine, 3, "high", NOW)
    alert = care.check(engine, third, CARE, now=NOW)
    assert alert is not None and alert.reason == "high"
    assert (alert.agent_id, alert.helpdesk, alert.event_id) == (AGENT, "zendesk", third.job_id)
    assert alert.counts == {"low": 0, "medium": 0, "high": 3}
    assert alert.window_start == NOW - timedelta(days=7) and alert.tripped_at == NOW
    assert not alert.delivered
    # A retried job gets its own alert back (not a second one)...
    assert care.check(engine, third, CARE, now=NOW) == alert
    # ...and the fourth threat is counted afresh: one incident is no new alert.
    fourth = flagged(engine, 4, "high", NOW + timedelta(hours=1))
    assert care.check(engine, fourth, CARE, now=NOW) is None
    assert [a.id for a in care.alerts(engine)] == [alert.id]


def test_only_incidents_in_the_window_of_that_agent_on_that_helpdesk_count(engine):
    flagged(engine, 1, "high", NOW - timedelta(days=8))  # before the window
    flagged(engine, 2, "high", NOW - timedelta(days=1), agent="999")  # another agent
    flagged(engine, 3, "high", NOW - timedelta(days=1), helpdesk="freshdesk")  # same id elsewhere
    flagged(engine, 4, "high", NOW - timedelta(days=1), agent=None)  # unassigned
    flagged(engine, 5, "high", NOW - timedelta(hours=2))
    last = flagged(engine, 6, "medium", NOW)
    assert care.check(engine, last, CARE, now=NOW) is None
    unassigned = flagged(engine, 7, "high", NOW, agent=None)
    assert care.check(engine, unassigned, CARE, now=NOW) is None


def test_five_serious_messages_trip_on_medium(engine):
    for n, level in enumerate(("medium", "high", "medium", "low", "high")):
        flagged(engine, n, level, NOW - timedelta(hours=n + 1))
    last = flagged(engine, 9, "medium", NOW)
    alert = care.check(engine, last, CARE, now=NOW)
    assert alert is not None and alert.reason == "medium"
    assert alert.counts == {"low": 1, "medium": 3, "high": 2}


def test_a_message_older_than_the_window_trips_nothing(engine):
    # kasuguard backfill records last year's threats: no alert about them today.
    for n in range(3):
        last = flagged(engine, n, "high", NOW - timedelta(days=30, hours=n))
    assert care.check(engine, last, CARE, now=NOW) is None
    assert care.check(engine, last, CARE, now=NOW - timedelta(days=30)) is not None


def test_two_alerts_for_the_same_incidents_cannot_both_be_stored(engine):
    row = {
        "helpdesk": "zendesk",
        "agent_id": AGENT,
        "follows": 0,
        "through_incident": 3,
        "tripped_at": NOW,
        "window_start": NOW - timedelta(days=7),
        "window_days": 7,
        "reason": "high",
        "counts": {"low": 0, "medium": 0, "high": 3},
        "recorded_at": NOW,
    }
    with engine.begin() as connection:
        connection.execute(insert(db.care_alerts), {**row, "event_id": "zendesk-a"})
    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(insert(db.care_alerts), {**row, "event_id": "zendesk-b"})


def test_workers_checking_at_once_record_one_alert(engine):
    # Three threats: one set. Each of three workers checks its own event at the same moment;
    # all may see the threshold trip, only one alert may be stored.
    events = [flagged(engine, n, "high", NOW - timedelta(minutes=n)) for n in range(3)]
    barrier = threading.Barrier(len(events))
    found: list[care.Alert | None] = []

    def run(event: TicketEvent) -> None:
        barrier.wait()
        found.append(care.check(engine, event, CARE, now=NOW))

    threads = [threading.Thread(target=run, args=(e,)) for e in events]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    (stored,) = care.alerts(engine)
    assert [a.id for a in found if a is not None] == [stored.id]


def test_the_notification_names_the_agent_counts_window_and_whom_to_tell_in_order(engine):
    for n in range(3):
        last = flagged(engine, n, "high", NOW - timedelta(hours=n))
    alert = care.check(engine, last, CARE, now=NOW)
    assert alert is not None
    with responses.RequestsMock() as http:
        hook = http.post(HOOK, json={"ok": True})
        assert care.deliver(engine, alert, HOOK, POLICY)
        body = json.loads(hook.calls[0].request.body)
    assert body["event"] == "care.threshold" and body["agent_id"] == AGENT
    assert body["counts"] == {"low": 0, "medium": 0, "high": 3}
    assert body["window"]["days"] == 7
    assert [step["who"] for step in body["order"]] == ["店長", "本社人事部"]
    assert body["text"].index("店長") < body["text"].index("本社人事部")
    text = json.dumps(body, ensure_ascii=False)
    assert "殺す" not in text and "6164069643162" not in text
    assert last.requester_pseudonym not in text
    (stored,) = care.alerts(engine)
    assert stored.delivered and stored.attempts == 1
    with responses.RequestsMock():  # delivered: nothing is posted again
        assert not care.deliver(engine, stored, HOOK, POLICY)
        assert care.deliver_pending(engine, HOOK, POLICY) == 0


def test_a_failed_notification_keeps_the_alert_pending_until_a_retry_delivers_it(engine):
    for n in range(3):
        last = flagged(engine, n, "high", NOW - timedelta(hours=n))
    alert = care.check(engine, last, CARE, now=NOW)
    assert alert is not None
    with responses.RequestsMock() as http:
        http.post(HOOK, status=503)
        assert not care.deliver(engine, alert, HOOK, POLICY)
    (pending,) = care.pending(engine)
    assert pending.last_error == "HTTP 503" and pending.attempts == 1 and not pending.delivered
    with responses.RequestsMock() as http:
        http.post(HOOK, json={"ok": True})
        assert care.deliver_pending(engine, HOOK, POLICY) == 1
    assert care.pending(engine) == []
    (done,) = care.alerts(engine)
    assert done.delivered and done.attempts == 2 and done.last_error == ""


def test_an_alert_another_worker_is_posting_is_not_posted_twice(engine):
    for n in range(3):
        last = flagged(engine, n, "high", NOW - timedelta(hours=n))
    alert = care.check(engine, last, CARE, now=NOW)
    assert alert is not None
    other = care.deliver  # the other worker claims it and is still waiting for the endpoint
    with responses.RequestsMock() as http:

        def slow_endpoint(request):
            # While this worker posts, a second one tries the same alert: its claim fails.
            assert not other(engine, alert, HOOK, POLICY)
            return (200, {}, "{}")

        http.add_callback(responses.POST, HOOK, callback=slow_endpoint)
        assert care.deliver(engine, alert, HOOK, POLICY)
        assert len(http.calls) == 1


def test_alerts_are_purged_with_the_incidents_past_retention(engine):
    for days in (1200, 3):
        for n in range(3):
            last = flagged(engine, days * 10 + n, "high", NOW - timedelta(days=days, hours=n))
        assert care.check(engine, last, CARE, now=NOW - timedelta(days=days)) is not None
    assert len(care.alerts(engine)) == 2
    incidents.purge(engine, retention_days=1095, now=NOW, dry_run=True)
    assert len(care.alerts(engine)) == 2
    incidents.purge(engine, retention_days=1095, now=NOW)
    (kept,) = care.alerts(engine)
    assert kept.tripped_at > NOW - timedelta(days=4)
