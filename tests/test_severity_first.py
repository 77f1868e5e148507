"""Severity first, through the real job, RQ worker, limiter and Redis: when the write budget is
short, ``high`` notes go before ``medium`` ones and tags-only ``low`` writes go last; a write that
gives way is deferred to its level's queue and written exactly once."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import responses
from rq import Queue

from tests.conftest import ZENDESK_URL, load_json
from worker import jobs

TEXT = {
    "high": "殺すぞ。明日店に行くからな。",
    "medium": "お前ら本当に無能だな。慰謝料を払え。",
    "low": "届いた商品が壊れていました。ふざけるな。交換をお願いします。",
}


class VirtualClock:
    """The write budget's clock: advances only when the limiter sleeps."""

    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def event(n: int, level: str) -> dict:
    return {
        "helpdesk": "zendesk",
        "event_id": f"sev-{n}",
        "kind": "comment_added",
        "ticket_id": str(5000 + n),
        "occurred_at": datetime(2026, 2, 6, 1, 0, tzinfo=UTC).isoformat(),  # 10:00 in Tokyo
        "requester_id": f"requester-{n}",
        "body": TEXT[level],
        "comment_id": str(9000 + n),
        "tags": [],
        "ticket_updated_at": "2026-02-06T00:59:00Z",
    }


def record_writes(
    http: responses.RequestsMock, clock: VirtualClock, *, notes: bool = True, tags: bool = True
) -> list[tuple[str, float]]:
    """(ticket id, virtual time) of every write, in arrival order."""
    writes: list[tuple[str, float]] = []

    def answer(body: dict):
        def callback(request):
            writes.append((re.search(r"tickets/(\d+)", request.url).group(1), clock.now))
            return 200, {}, json.dumps(body)

        return callback

    ticket = re.escape(ZENDESK_URL) + r"/api/v2/tickets/\d+"
    if notes:  # a note, tags and escalation in one update
        update = load_json("zendesk", "api/update_ticket.json")
        http.add_callback(responses.PUT, re.compile(ticket + "$"), callback=answer(update))
    if tags:  # tags only
        added = load_json("zendesk", "api/add_tags.json")
        http.add_callback(responses.PUT, re.compile(ticket + "/tags$"), callback=answer(added))
    return writes


def test_under_a_short_budget_high_goes_first_and_low_tags_last(configure, redis, http, run_worker):
    configure(ZENDESK_WRITES_PER_MINUTE="3")
    clock = VirtualClock()
    rt = jobs.runtime()
    rt.clock, rt.sleep = clock.time, clock.sleep
    writes = record_writes(http, clock)
    levels = {}
    live = Queue(jobs.QUEUE_NAME, connection=redis)
    for n in range(12):
        level = ("low", "medium", "high")[n % 3]
        data = event(n, level)
        levels[data["ticket_id"]] = level
        live.enqueue(jobs.process_event, data, **jobs.enqueue_options(f"zendesk-sev-{n}"))

    run_worker()

    order = [(levels[ticket], ticket) for ticket, _ in writes]
    assert sorted(t for _, t in order) == sorted(levels), "every ticket written exactly once"
    written = [level for level, _ in order]
    # The first minute's three slots go to what is scored first; the low tags give way while
    # events wait. From then on a high waits for the next slot and a medium without a slot is
    # deferred, so the last medium is written after the last high, and every low after both.
    assert written == ["medium", "high", "medium", "high", "medium", "high", "high", "medium",
                       "low", "low", "low", "low"]  # fmt: skip
    assert [t for level, t in order if level == "low"] == ["5000", "5003", "5006", "5009"]
    # Never more than three writes in a minute.
    times = [at for _, at in writes]
    assert all(later - earlier >= 60.0 for earlier, later in zip(times, times[3:], strict=False))
    for name in jobs.QUEUES:
        assert Queue(name, connection=redis).count == 0
        assert Queue(name, connection=redis).failed_job_registry.count == 0


def test_a_low_tag_with_nothing_waiting_is_written_at_once(configure, redis, http, run_worker):
    configure()
    clock = VirtualClock()
    rt = jobs.runtime()
    rt.clock, rt.sleep = clock.time, clock.sleep
    writes = record_writes(http, clock, notes=False)
    Queue(jobs.QUEUE_NAME, connection=redis).enqueue(
        jobs.process_event, event(1, "low"), **jobs.enqueue_options("zendesk-sev-1")
    )
    run_worker()
    assert writes == [("5001", clock.now)]
    assert Queue(jobs.DEFERRED_QUEUES["low"], connection=redis).finished_job_registry.count == 0


def test_a_deferred_event_is_counted_once_in_the_metrics(configure, redis, http, run_worker):
    configure(ZENDESK_WRITES_PER_MINUTE="1")
    clock = VirtualClock()
    rt = jobs.runtime()
    rt.clock, rt.sleep = clock.time, clock.sleep
    record_writes(http, clock, tags=False)
    live = Queue(jobs.QUEUE_NAME, connection=redis)
    for n, level in enumerate(("medium", "medium")):
        live.enqueue(
            jobs.process_event, event(n, level), **jobs.enqueue_options(f"zendesk-sev-{n}")
        )
    run_worker()
    scored = redis.hgetall("kasuguard:metrics:tickets_scored")
    assert {json.loads(k)["level"]: int(v) for k, v in scored.items()} == {"medium": 2}
    deferred = Queue(jobs.DEFERRED_QUEUES["medium"], connection=redis).finished_job_registry
    assert deferred.get_job_ids() == ["zendesk-sev-1-deferred-1"]
