"""The shared write budget: a sliding minute in Redis, exact under the configured limit."""

from __future__ import annotations

import pytest

from integrations.base import RateLimited
from worker.ratelimit import WriteLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def limiter(redis, clock: Clock, per_minute: int = 3, **kw) -> WriteLimiter:
    return WriteLimiter(redis, "zendesk", per_minute, clock=clock, sleep=clock.sleep, **kw)


def test_writes_within_budget_do_not_wait(redis):
    clock = Clock()
    budget = limiter(redis, clock)
    for _ in range(3):
        budget.acquire()
    assert clock.slept == []


def test_write_over_budget_waits_until_the_oldest_leaves_the_window(redis):
    clock = Clock()
    budget = limiter(redis, clock, max_wait=120)
    budget.acquire()
    clock.now += 10
    budget.acquire()
    budget.acquire()
    budget.acquire()  # the fourth in one minute waits for the first to age out
    assert clock.slept == [pytest.approx(50.0)]


def test_budget_is_shared_between_limiters_on_the_same_redis(redis):
    clock = Clock()
    first, second = limiter(redis, clock), limiter(redis, clock)
    first.acquire()
    first.acquire()
    second.acquire()
    with pytest.raises(RateLimited) as raised:
        second.acquire()
    assert raised.value.retry_after == pytest.approx(60.0)


def test_long_wait_raises_instead_of_blocking_the_worker(redis):
    clock = Clock()
    budget = limiter(redis, clock, per_minute=1, max_wait=20)
    budget.acquire()
    with pytest.raises(RateLimited):
        budget.acquire()
    assert clock.slept == []


def test_helpdesks_have_separate_budgets(redis):
    clock = Clock()
    zendesk = WriteLimiter(redis, "zendesk", 1, clock=clock, sleep=clock.sleep)
    freshdesk = WriteLimiter(redis, "freshdesk", 1, clock=clock, sleep=clock.sleep)
    zendesk.acquire()
    freshdesk.acquire()
    assert clock.slept == []


def test_pause_is_only_ever_extended(redis):
    clock = Clock()
    budget = limiter(redis, clock, max_wait=120)
    budget.pause(30)
    budget.pause(5)
    budget.wait()
    assert clock.slept == [pytest.approx(30.0)]


# Severity first: the order in which waiting writes get the slots that free up.


def fill(redis, clock: Clock, per_minute: int) -> None:
    budget = limiter(redis, clock, per_minute=per_minute)
    for _ in range(per_minute):
        budget.acquire()


def test_a_waiting_high_write_takes_the_freed_slot_before_a_medium_that_asks_first(redis):
    clock = Clock()
    fill(redis, clock, 2)
    high, medium = limiter(redis, clock, per_minute=2), limiter(redis, clock, per_minute=2)
    high.urgency("high")
    medium.urgency("medium")
    high_wait = high._wait_seconds("h")  # registers as a waiter
    assert high_wait == pytest.approx(60.0)
    clock.now += 60.0  # both slots free again
    # The medium asks first, but the high is waiting: the medium is told to wait.
    assert medium._wait_seconds("m") > 0
    assert high._wait_seconds("h") == 0
    assert medium._wait_seconds("m") == 0  # the second free slot


def test_low_gives_way_to_medium_and_medium_to_high_across_limiters(redis):
    clock = Clock()
    fill(redis, clock, 1)
    waiting = {}
    for level in ("low", "medium", "high"):
        waiting[level] = limiter(redis, clock, per_minute=1)
        waiting[level].urgency(level)
        assert waiting[level]._wait_seconds(level) > 0
    written: list[str] = []
    for _ in range(3):
        clock.now += 60.0
        for _poll in range(2):  # a waiter asks again after its poll interval, as acquire() does
            for level in ("low", "medium", "high"):  # the low one always asks first
                if level not in written and waiting[level]._wait_seconds(level) == 0:
                    written.append(level)
            clock.now += 0.25
    assert written == ["high", "medium", "low"]


def test_a_dead_waiter_stops_holding_others_back_after_its_wait_and_grace(redis):
    clock = Clock()
    fill(redis, clock, 1)
    high, low = limiter(redis, clock, per_minute=1), limiter(redis, clock, per_minute=1)
    high.urgency("high")
    low.urgency("low")
    assert high._wait_seconds("gone") == pytest.approx(60.0)  # then its worker dies
    clock.now += 60.0
    assert low._wait_seconds("l") > 0  # the high one might still come
    clock.now += 2.5  # past its wait and the grace
    assert low._wait_seconds("l") == 0


def test_a_backfill_leaves_the_live_reserve_free(redis):
    clock = Clock()
    backfill = limiter(redis, clock, per_minute=10, backfill=True, max_wait=120)
    for _ in range(5):
        backfill.acquire()
    assert clock.slept == []
    with pytest.raises(RateLimited):
        limiter(redis, clock, per_minute=10, backfill=True, max_wait=10).acquire()
    live = limiter(redis, clock, per_minute=10)
    for _ in range(5):  # the reserved half
        live.acquire()
    assert clock.slept == []


def test_every_live_write_outranks_a_backfill_high(redis):
    clock = Clock()
    fill(redis, clock, 1)
    backfill, live_low = (
        limiter(redis, clock, per_minute=1, backfill=True),
        limiter(redis, clock, per_minute=1),
    )
    backfill.urgency("high")
    live_low.urgency("low")
    assert backfill.rank > live_low.rank
    assert live_low._wait_seconds("l") > 0
    clock.now += 60.0
    assert backfill._wait_seconds("b") > 0
    assert live_low._wait_seconds("l") == 0


def test_zendesk_allows_30_updates_per_ticket_in_10_minutes(redis):
    clock = Clock()
    budget = limiter(redis, clock, per_minute=1000, max_wait=20)
    budget.urgency("high", ticket_id="42")
    for _ in range(30):
        budget.acquire()
    with pytest.raises(RateLimited) as raised:
        budget.acquire()
    assert raised.value.retry_after == pytest.approx(600.0)
    budget.urgency("high", ticket_id="43")
    budget.acquire()  # another ticket is not held back
    clock.now += 600.0
    budget.urgency("high", ticket_id="42")
    budget.acquire()


def test_a_ticket_at_its_limit_does_not_hold_back_other_tickets_writes(redis):
    clock = Clock()
    one = limiter(redis, clock, per_minute=1000)
    one.urgency("high", ticket_id="42")
    for _ in range(30):
        one.acquire()
    assert one._wait_seconds("x") > 0  # told to wait for its ticket, not registered as a waiter
    other = limiter(redis, clock, per_minute=1000)
    other.urgency("low", ticket_id="43")
    assert other._wait_seconds("y") == 0


def test_a_write_that_may_give_way_raises_deferred_instead_of_waiting(redis):
    from worker.ratelimit import Deferred

    clock = Clock()
    fill(redis, clock, 1)
    budget = limiter(redis, clock, per_minute=1)
    budget.urgency("medium", should_yield=lambda: True)
    with pytest.raises(Deferred):
        budget.acquire()
    assert clock.slept == []
    # and it left no waiter behind to hold others back
    low = limiter(redis, clock, per_minute=1)
    low.urgency("low")
    clock.now += 60.0
    assert low._wait_seconds("l") == 0


def test_a_high_write_waits_a_full_window_in_the_worker(redis):
    clock = Clock()
    fill(redis, clock, 1)
    budget = limiter(redis, clock, per_minute=1, max_wait=20)
    budget.urgency("high")
    budget.acquire()
    assert sum(clock.slept) == pytest.approx(60.0)
