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
