"""The shared client: timeouts on every call, and status codes mapped to typed errors."""

from __future__ import annotations

import pytest
import requests

from integrations.base import (
    Conflict,
    Credentials,
    HelpdeskClient,
    HelpdeskRejected,
    HelpdeskUnavailable,
    RateLimited,
)
from tests.conftest import load_fixture

BASE = "https://example.zendesk.com"


class RecordingBudget:
    def __init__(self) -> None:
        self.acquired = 0
        self.waited = 0
        self.paused: list[float] = []

    def acquire(self) -> None:
        self.acquired += 1

    def wait(self) -> None:
        self.waited += 1

    def pause(self, seconds: float) -> None:
        self.paused.append(seconds)


def make_client(budget=None, timeout: float = 10.0) -> HelpdeskClient:
    return HelpdeskClient(
        Credentials(BASE, "agent@example.com/token", "t"), budget=budget, timeout=timeout
    )


def test_every_call_gets_the_default_timeout(http):
    http.get(f"{BASE}/api/v2/tickets/1", json={"ticket": {}})
    make_client(timeout=4.0)._request("GET", "/api/v2/tickets/1")
    assert http.calls[0].request.req_kwargs["timeout"] == 4.0


def test_calls_carry_basic_auth_and_our_user_agent(http):
    http.get(f"{BASE}/api/v2/tickets/1", json={"ticket": {}})
    make_client()._request("GET", "/api/v2/tickets/1")
    headers = http.calls[0].request.headers
    assert headers["Authorization"].startswith("Basic ")
    assert headers["User-Agent"].startswith("kasuguard/")


@pytest.mark.parametrize(
    ("status", "body", "error", "reason"),
    [
        (500, b'{"error": "InternalError"}', HelpdeskUnavailable, "500 InternalError"),
        (503, b"<html>down</html>", HelpdeskUnavailable, "503"),
        (
            404,
            b'{"error":"RecordNotFound","description":"Not found"}',
            HelpdeskRejected,
            "RecordNotFound: Not found",
        ),
        (422, load_fixture("zendesk", "api/record_not_found.json"), HelpdeskRejected, "422"),
        (401, b'{"error":"Couldn\'t authenticate you"}', HelpdeskRejected, "authenticate"),
        (409, load_fixture("zendesk", "api/conflict.json"), Conflict, "Database collision"),
    ],
)
def test_status_codes_become_typed_errors_with_a_reason(http, status, body, error, reason):
    http.put(f"{BASE}/api/v2/tickets/1", body=body, status=status)
    with pytest.raises(error) as raised:
        make_client()._request("PUT", "/api/v2/tickets/1", json={})
    assert reason in str(raised.value)


def test_timeout_is_unavailable_so_rq_retries(http):
    http.get(f"{BASE}/api/v2/tickets/1", body=requests.Timeout("read timed out"))
    with pytest.raises(HelpdeskUnavailable, match="Timeout"):
        make_client()._request("GET", "/api/v2/tickets/1")


def test_writes_take_a_slot_from_the_shared_budget_reads_do_not(http):
    http.get(f"{BASE}/api/v2/tickets/1", json={})
    http.put(f"{BASE}/api/v2/tickets/1", json={})
    budget = RecordingBudget()
    client = make_client(budget)
    client._request("GET", "/api/v2/tickets/1")
    client._request("PUT", "/api/v2/tickets/1", json={}, write=True)
    assert budget.acquired == 1


def test_second_429_in_a_row_raises_rate_limited_with_retry_after(http):
    for _ in range(2):
        http.get(
            f"{BASE}/api/v2/tickets/1",
            body=load_fixture("zendesk", "api/rate_limited.txt"),
            status=429,
            headers={"Retry-After": "42"},
        )
    budget = RecordingBudget()
    with pytest.raises(RateLimited) as raised:
        make_client(budget)._request("GET", "/api/v2/tickets/1")
    assert raised.value.retry_after == 42
    assert budget.paused == [42, 42]
    assert budget.waited == 1  # the read waited out the first pause before trying again
