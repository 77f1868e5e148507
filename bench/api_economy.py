"""API economy: helpdesk calls (reads and writes) per event, by level and helpdesk, over the dev
scenarios replayed as webhooks; and the time to write back a burst of 1,000 flagged events with
the shared rate limiter set to Zendesk's Update Ticket limit (100/min), against the minimum.

    .venv/bin/python -m bench.api_economy

The replay goes through the real receiver, RQ (in-process SimpleWorker) and Redis; helpdesk HTTP
is faked with `responses`. The burst runs the real job and limiter against Redis with a virtual
clock that advances only when the limiter sleeps, so 9 minutes of rate limiting take seconds.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import os
import re
from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

import redis as redis_lib
import responses
from rq import Queue, SimpleWorker

from bench.common import (
    BENCH_REDIS_URL,
    FIXTURES,
    VirtualClock,
    environment,
    load_scenarios,
    signed_headers,
)
from integrations import zendesk
from integrations.base import Credentials
from worker import jobs
from worker.app import create_app
from worker.ratelimit import WriteLimiter

ZD = "https://bench.zendesk.com"
FD = "https://bench.freshdesk.com"
WRITES = ("PUT", "POST")


def fixture(path: str) -> Any:
    return json.loads((FIXTURES / path).read_text())


CURRENT: dict[str, Any] = {}
"""The message being replayed, so the fake API answers reads with that message's text."""


def _ticket_read(request: Any) -> tuple[int, dict[str, str], str]:
    body = fixture("zendesk/api/ticket_show.json")
    body["ticket"]["subject"] = CURRENT.get("subject", "")
    body["ticket"]["requester_id"] = CURRENT.get("requester", "")
    return 200, {}, json.dumps(body, ensure_ascii=False)


def _comments_read(request: Any) -> tuple[int, dict[str, str], str]:
    body = fixture("zendesk/api/comments_list.json")
    latest = body["comments"][0]
    latest.update(body=CURRENT.get("body", ""), author_id=CURRENT.get("requester", ""))
    latest["created_at"] = CURRENT.get("at", latest["created_at"])
    return 200, {}, json.dumps(body, ensure_ascii=False)


def fake_helpdesks(mock: responses.RequestsMock) -> None:
    ticket = r"/api/v2/tickets/\d+"

    mock.add(
        responses.PUT, re.compile(ZD + ticket + "$"), json=fixture("zendesk/api/update_ticket.json")
    )
    mock.add(
        responses.PUT, re.compile(ZD + ticket + "/tags$"), json=fixture("zendesk/api/add_tags.json")
    )
    json_utf8 = "application/json; charset=utf-8"
    mock.add_callback(
        responses.GET, re.compile(ZD + ticket + "$"), callback=_ticket_read, content_type=json_utf8
    )
    mock.add_callback(
        responses.GET,
        re.compile(ZD + ticket + r"/comments"),
        callback=_comments_read,
        content_type=json_utf8,
    )
    mock.add(
        responses.POST,
        re.compile(FD + ticket + "/notes$"),
        json=fixture("freshdesk/api/note.json"),
        status=201,
    )
    mock.add(
        responses.PUT,
        re.compile(FD + ticket + "$"),
        json=fixture("freshdesk/api/ticket_updated.json"),
    )
    mock.add(
        responses.GET, re.compile(FD + ticket + "$"), json=fixture("freshdesk/api/ticket.json")
    )


def zendesk_user_id(requester: str) -> str:
    """A scenario's requester (``r-0001``) as a Zendesk user id, which the receiver requires to be
    a positive integer: the same requester always gets the same id, so history still joins."""
    return str(int.from_bytes(hashlib.sha256(requester.encode()).digest()[:6], "big") + 1)


def zendesk_payload(n: int, requester: str, message: dict[str, Any], trigger: bool) -> bytes:
    if trigger:
        return json.dumps(
            {
                "event": "comment.added",
                "ticket_id": str(1000 + n),
                "requester_id": requester,
                "current_user_id": requester,
            }
        ).encode()
    payload = fixture("zendesk/comment_added.json")
    payload["id"] = f"replay-{n}"
    payload["event"]["meta"]["sequence"]["id"] = f"REPLAY{n:026d}"
    payload["subject"] = f"zen:ticket:{1000 + n}"
    payload["time"] = (
        datetime.fromisoformat(message["at"]).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    )
    payload["detail"]["subject"] = message.get("subject", "")
    payload["event"]["comment"]["body"] = message["body"]
    payload["event"]["comment"]["author"]["id"] = requester
    return json.dumps(payload, ensure_ascii=False).encode()


def freshdesk_payload(n: int, requester: str, message: dict[str, Any]) -> bytes:
    fields = fixture("freshdesk/customer_reply.json")["freshdesk_webhook"]
    fields.update(
        ticket_id=str(1000 + n),
        ticket_subject=message.get("subject", ""),
        ticket_latest_public_comment="<div>"
        + html.escape(message["body"]).replace("\n", "<br>")
        + "</div>",
        requester_email=f"{requester}@example.com",
    )
    return json.dumps({"freshdesk_webhook": fields}, ensure_ascii=False).encode()


def replay(mode: str) -> dict[str, list[tuple[int, int]]]:
    """Replay every scenario (history first) for one helpdesk mode; calls per event by level."""
    connection = redis_lib.Redis.from_url(BENCH_REDIS_URL)
    connection.flushdb()
    overrides = {
        "ZENDESK_EMAIL": "bench@example.com",
        "ZENDESK_API_TOKEN": "t",
        "ZENDESK_BASE_URL": ZD,
        "FRESHDESK_API_KEY": "k",
        "FRESHDESK_BASE_URL": FD,
        "ZENDESK_WRITES_PER_MINUTE": "1000000",
        "FRESHDESK_WRITES_PER_MINUTE": "1000000",
    }
    env = environment(**overrides)
    os.environ.update(env)
    jobs.runtime.cache_clear()
    client = create_app(env).test_client()
    queue = Queue(jobs.QUEUE_NAME, connection=connection)
    by_level: dict[str, list[tuple[int, int]]] = defaultdict(list)
    n = 0
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        fake_helpdesks(mock)
        for scenario in load_scenarios():
            for message in [*scenario["history"], scenario["message"]]:
                n += 1
                message = {**message, "body": message["body"]}
                if mode == "freshdesk":
                    body = freshdesk_payload(n, scenario["requester"], message)
                    import base64

                    token = base64.b64encode(
                        f"k:{env['FRESHDESK_WEBHOOK_SECRET']}".encode()
                    ).decode()
                    headers = {
                        "Content-Type": "application/json",
                        "Authorization": f"Basic {token}",
                    }
                    url = "/webhooks/freshdesk"
                else:
                    requester = zendesk_user_id(scenario["requester"])
                    body = zendesk_payload(n, requester, message, mode == "zendesk-trigger")
                    headers = {**signed_headers(body), zendesk.INVOCATION_HEADER: f"inv-{n}"}
                    url = "/webhooks/zendesk"
                CURRENT.update(
                    subject=message.get("subject", ""),
                    body=message["body"],
                    requester=zendesk_user_id(scenario["requester"]),
                )
                before = len(mock.calls)
                response = client.post(url, data=body, headers=headers)
                assert response.status_code == 202, response.get_json()
                SimpleWorker(
                    [Queue(name, connection=connection) for name in jobs.QUEUES],
                    connection=connection,
                ).work(burst=True, logging_level="WARNING")
                calls = mock.calls[before:]
                job = queue.fetch_job(response.get_json()["job_id"])
                level = job.return_value()["level"] if job and job.return_value() else "failed"
                writes = sum(c.request.method in WRITES for c in calls)
                by_level[level].append((len(calls) - writes, writes))
    connection.flushdb()
    return by_level


def burst(events: int = 1000, per_minute: int = 100) -> float:
    """Virtual seconds to write back ``events`` flagged Zendesk events at ``per_minute``."""
    connection = redis_lib.Redis.from_url(BENCH_REDIS_URL)
    connection.flushdb()

    clock = VirtualClock()
    limiter = WriteLimiter(
        connection,
        "zendesk",
        per_minute,
        clock=clock.time,
        sleep=clock.sleep,
        max_wait=float("inf"),
    )
    runtime = jobs.Runtime(config=jobs.load_config(environment()), redis=connection)
    first_write = last_write = None
    with responses.RequestsMock(assert_all_requests_are_fired=False) as mock:
        fake_helpdesks(mock)
        for n in range(events):
            body = json.loads(
                zendesk_payload(
                    n,
                    zendesk_user_id(f"burst-{n}"),
                    {
                        "at": "2026-02-06T10:00:00+09:00",
                        "body": "お前ら本当に無能だな。慰謝料を払え。",
                    },
                    False,
                )
            )
            event = zendesk.parse(body, {})
            client = zendesk.Client(Credentials(ZD, "u", "p"), budget=limiter)
            jobs.handle(event, runtime, client)
            first_write = first_write or clock.now
            last_write = clock.now
    connection.flushdb()
    assert first_write is not None and last_write is not None
    return last_write - first_write


def main() -> None:
    logging.getLogger("worker").setLevel(logging.WARNING)
    print("API economy: helpdesk calls per event over the dev scenarios (history replayed first)")
    header = ("helpdesk", "level", "events", "reads/event", "writes/event", "max writes")
    print("{:<18}{:<8}{:>7}{:>13}{:>14}{:>12}".format(*header))
    for mode in ("zendesk-events", "zendesk-trigger", "freshdesk"):
        for level, counts in sorted(
            replay(mode).items(),
            key=lambda kv: ("none", "low", "medium", "high", "failed").index(kv[0]),
        ):
            reads = sum(r for r, _ in counts) / len(counts)
            writes = sum(w for _, w in counts) / len(counts)
            most = max(w for _, w in counts)
            print(f"{mode:<18}{level:<8}{len(counts):>7}{reads:>13.2f}{writes:>14.2f}{most:>12}")
    events, per_minute = 1000, 100
    took = burst(events, per_minute)
    minimum = (events - per_minute) / per_minute * 60  # the first minute's budget is immediate
    print(
        f"burst: {events} flagged Zendesk events at {per_minute} writes/min took {took:.0f} s "
        f"(virtual clock); theoretical minimum {minimum:.0f} s; ratio {took / minimum:.3f}"
    )


if __name__ == "__main__":
    main()
