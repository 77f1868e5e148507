"""``kasuguard backfill``: past tickets through the worker's own path, oldest message first,
resumable, paced by the rate-limit headers, writing back only with ``--tag``."""

from __future__ import annotations

import argparse
import io
from datetime import UTC, datetime

import pytest
from responses import matchers

from tests.conftest import FRESHDESK_URL, TEST_PEPPER, ZENDESK_URL, load_json
from worker import db, incidents, jobs
from worker.cli import main
from worker.history import requester_key
from worker.operations import backfill
from worker.pseudonym import pseudonym
from worker.scoring.types import Assessment

NOW = datetime(2026, 2, 10, tzinfo=UTC)
EXPORT = f"{ZENDESK_URL}/api/v2/incremental/tickets/cursor.json"
PAGE1 = load_json("zendesk", "api/incremental_tickets_page1.json")
REQUESTER = "6164069643162"


class FakeTime:
    """An injected clock and sleeper: sleeping moves the clock, nobody waits."""

    def __init__(self) -> None:
        self.now = 1_770_000_000.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 3))
        self.now += seconds


@pytest.fixture
def scored(monkeypatch):
    """Replace the scorer: a message containing 今日中 is 'low', anything else 'none'; and
    record the order and times messages were scored in."""
    seen: list[datetime] = []

    def assess(message, earlier, policy):
        seen.append(message.at)
        if "今日中" in message.body:
            return Assessment("low", 0.3, ("excessive_demand",))
        return Assessment("none", 0.0)

    monkeypatch.setattr(jobs, "assess", assess)
    return seen


def alias(helpdesk: str, requester: str) -> str:
    return pseudonym(TEST_PEPPER, helpdesk, requester)


def recorded() -> list[dict]:
    """The incidents in the database the configured worker writes to."""
    return list(incidents.read(db.engine_for(jobs.runtime().config.database_url)))


def args(**changes) -> argparse.Namespace:
    values = dict(since="2026-01-01", until=None, helpdesk="zendesk", tag=False, restart=False)
    values.update(changes)
    return argparse.Namespace(**values)


def run(fake: FakeTime, **changes) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = backfill.run_command(
        args(**changes), sleep=fake.sleep, clock=fake.clock, now=NOW, out=out, err=err
    )
    return code, out.getvalue(), err.getvalue()


def expect_page1(http, **kwargs) -> None:
    start = str(int(datetime(2026, 1, 1, tzinfo=UTC).timestamp()) - 9 * 3600)  # Tokyo midnight
    http.get(EXPORT, json=PAGE1, match=[matchers.query_param_matcher({"start_time": start})],
             **kwargs)  # fmt: skip


def expect_comments_4016(http) -> None:
    url = f"{ZENDESK_URL}/api/v2/tickets/4016/comments"
    page1 = load_json("zendesk", "api/comments_4016_page1.json")
    http.get(url, json=page1, match=[matchers.query_param_matcher({"page[size]": "100"})])
    http.get(
        url,
        json=load_json("zendesk", "api/comments_4016_page2.json"),
        match=[matchers.query_param_matcher(
            {"page[size]": "100", "page[after]": page1["meta"]["after_cursor"]})],
    )  # fmt: skip


def expect_page2(http) -> None:
    http.get(
        EXPORT,
        json=load_json("zendesk", "api/incremental_tickets_page2.json"),
        match=[matchers.query_param_matcher({"cursor": PAGE1["after_cursor"]})],
    )
    http.get(
        f"{ZENDESK_URL}/api/v2/tickets/4018/comments",
        json=load_json("zendesk", "api/comments_4018.json"),
    )


def test_scores_the_requesters_public_messages_without_writing(configure, redis, http, scored):
    configure()
    fake = FakeTime()
    expect_page1(http)
    expect_comments_4016(http)
    expect_page2(http)  # no PUT is registered: any write would fail the strict mock
    code, out, _ = run(fake)
    assert code == 0
    # The requester's three public comments on 4016 and one on 4018; not the agent's reply, not
    # the private note, nothing from the deleted ticket 4017.
    assert len(scored) == 4
    assert "4 customer messages scored, 1 flagged (high 0, medium 0, low 1), 0 writes" in out
    assert "scoring only" in out
    (incident,) = recorded()
    assert incident["ticket_id"] == "4016" and incident["requester"] == alias("zendesk", REQUESTER)
    assert incident["assignee_id"] == "6130907993114"  # from the exported ticket
    assert incident["at"] == datetime(2026, 1, 27, 14, tzinfo=UTC)
    assert redis.zcard(requester_key(alias("zendesk", REQUESTER))) == 4


def test_messages_of_a_page_are_scored_oldest_first_across_its_tickets(
    configure, redis, http, scored
):
    configure()
    page2 = load_json("zendesk", "api/incremental_tickets_page2.json")
    one_page = {**page2, "tickets": PAGE1["tickets"] + page2["tickets"]}
    http.get(EXPORT, json=one_page)
    expect_comments_4016(http)
    http.get(
        f"{ZENDESK_URL}/api/v2/tickets/4018/comments",
        json=load_json("zendesk", "api/comments_4018.json"),
    )
    run(FakeTime())
    # 4018's message (01-25) falls between 4016's first (01-20) and later ones (01-27, 01-28).
    assert scored == sorted(scored) and len(scored) == 4


def test_export_calls_are_spaced_to_ten_a_minute(configure, redis, http, scored):
    configure()
    fake = FakeTime()
    expect_page1(http)
    expect_comments_4016(http)
    expect_page2(http)
    run(fake)
    assert fake.slept == [6.0]  # the clock did not move between the two export calls


def test_an_interrupted_backfill_resumes_where_it_stopped(configure, redis, http, scored):
    configure()
    fake = FakeTime()
    expect_page1(http)
    expect_comments_4016(http)
    http.get(EXPORT, status=503, body="busy",
             match=[matchers.query_param_matcher({"cursor": PAGE1["after_cursor"]})])  # fmt: skip
    code, _, err = run(fake)
    assert code == 1 and "run it again to resume" in err
    assert [s for s in fake.slept if s in backfill.BACKOFF_S] == list(backfill.BACKOFF_S)
    assert len(scored) == 3

    http.reset()
    expect_page2(http)  # only page 2 and ticket 4018: nothing already done is read again
    code, out, _ = run(fake)
    assert code == 0
    assert len(scored) == 4
    assert "2 tickets, 4 customer messages scored, 1 flagged" in out

    http.reset()
    code, out, err = run(fake)  # finished: no call at all
    assert code == 0 and "4 customer messages scored" in out
    assert "backfill finished" in err


def test_a_ticket_half_done_when_interrupted_is_not_counted_twice(
    configure, redis, http, scored, monkeypatch
):
    configure()
    calls = {"n": 0}
    real = jobs.handle

    def crash_on_third(event, rt, client):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        return real(event, rt, client)

    monkeypatch.setattr(backfill, "handle", crash_on_third)
    expect_page1(http)
    expect_comments_4016(http)
    code, _, err = run(FakeTime())
    assert code == 130 and "resume" in err

    http.reset()
    expect_page1(http)  # the page in progress is read again, its unfinished ticket too
    expect_comments_4016(http)
    expect_page2(http)
    assert run(FakeTime())[0] == 0
    assert redis.zcard(requester_key(alias("zendesk", REQUESTER))) == 4
    assert redis.hget(backfill.state_key("zendesk", False), "count:messages") == b"4"


def test_429_waits_out_retry_after_and_pauses_the_workers_too(configure, redis, http, scored):
    configure()
    fake = FakeTime()
    http.get(EXPORT, status=429, headers={"Retry-After": "17"}, body="Too many")
    expect_page1(http)
    expect_comments_4016(http)
    expect_page2(http)
    assert run(fake)[0] == 0
    assert 17.0 in fake.slept
    assert redis.exists("kasuguard:ratelimit:zendesk:paused-until")


def test_low_remaining_rate_limit_slows_the_next_call(configure, redis, http, scored):
    configure()
    fake = FakeTime()
    expect_page1(http, headers={"X-Rate-Limit": "700", "X-Rate-Limit-Remaining": "14",
                                "ratelimit-reset": "30"})  # fmt: skip
    expect_comments_4016(http)
    expect_page2(http)
    run(fake)
    # Reserve is 20 % of 700 = 140; 14 left → wait 30 s × (140 − 14) / 140 = 27 s.
    assert fake.slept[0] == 27.0


@pytest.mark.parametrize(
    ("headers", "delay"),
    [
        ({}, 0.0),
        ({"X-Rate-Limit": "700", "X-Rate-Limit-Remaining": "500"}, 0.0),
        ({"X-Rate-Limit": "700", "X-Rate-Limit-Remaining": "0"}, 60.0),
        ({"ratelimit-limit": "100", "ratelimit-remaining": "10", "ratelimit-reset": "40"}, 20.0),
        ({"X-RateLimit-Total": "200", "X-RateLimit-Remaining": "20"}, 30.0),
        ({"X-RateLimit-Remaining": "abc"}, 0.0),
    ],
)
def test_pacer_delay_grows_as_remaining_nears_zero(headers, delay):
    pacer = backfill.Pacer(sleep=lambda s: None, clock=lambda: 0.0)
    pacer.headers = headers
    assert pacer.delay() == pytest.approx(delay)


def test_tag_writes_back_flagged_messages_and_never_replies_publicly(
    configure, redis, http, scored
):
    configure()
    expect_page1(http)
    expect_comments_4016(http)
    expect_page2(http)
    tags = http.put(f"{ZENDESK_URL}/api/v2/tickets/4016/tags",
                    json=load_json("zendesk", "api/add_tags.json"))  # fmt: skip
    code, out, _ = run(FakeTime(), tag=True)
    assert code == 0
    assert tags.call_count == 1
    assert "1 flagged (high 0, medium 0, low 1), 1 writes" in out


def test_tag_after_a_scoring_run_writes_without_counting_twice(configure, redis, http, scored):
    configure()
    expect_page1(http)
    expect_comments_4016(http)
    expect_page2(http)
    run(FakeTime())
    http.reset()
    expect_page1(http)
    expect_comments_4016(http)
    expect_page2(http)
    tags = http.put(f"{ZENDESK_URL}/api/v2/tickets/4016/tags",
                    json=load_json("zendesk", "api/add_tags.json"))  # fmt: skip
    assert run(FakeTime(), tag=True)[0] == 0
    assert tags.call_count == 1
    assert len(recorded()) == 1
    assert redis.zcard(requester_key(alias("zendesk", REQUESTER))) == 4


def test_tag_refuses_a_helpdesk_in_dry_run_mode(configure, redis, http, capsys):
    configure(KASUGUARD_DRY_RUN="true")
    assert main(["backfill", "--helpdesk", "zendesk", "--tag"]) == 2
    assert "dry-run mode" in capsys.readouterr().err


def test_backfill_needs_api_credentials(configure, redis, capsys):
    configure(ZENDESK_EMAIL="", ZENDESK_API_TOKEN="")
    assert main(["backfill", "--helpdesk", "zendesk"]) == 2
    assert "no API credentials" in capsys.readouterr().err


def test_until_leaves_later_messages_to_live_processing(configure, redis, http, scored):
    configure()
    expect_page1(http)
    expect_comments_4016(http)
    expect_page2(http)
    run(FakeTime(), until="2026-01-26")
    assert len(scored) == 2  # 4016's first comment (01-20) and 4018's (01-25)


def test_progress_is_shown_on_stderr_without_ticket_text(configure, redis, http, scored):
    configure()
    expect_page1(http)
    expect_comments_4016(http)
    expect_page2(http)
    _, _, err = run(FakeTime())
    lines = err.splitlines()
    assert len(lines) == 2 and lines[-1].startswith("zendesk [")
    assert "tickets 2 · messages 4 · flagged 1" in lines[-1]
    assert "今日中" not in err and "対応が遅すぎる" not in err


# --- Freshdesk ---------------------------------------------------------------------------


def test_freshdesk_tickets_and_incoming_replies_keyed_by_requester_email(
    configure, redis, http, scored, monkeypatch
):
    configure()
    monkeypatch.setattr(backfill.FreshdeskSource, "PER_PAGE", 2)
    fake = FakeTime()
    tickets = load_json("freshdesk", "api/tickets_page.json")
    listing = f"{FRESHDESK_URL}/api/v2/tickets"
    common = {"order_by": "updated_at", "order_type": "asc", "include": "requester,description",
              "per_page": "100", "page": "1"}  # fmt: skip
    http.get(listing, json=tickets, match=[matchers.query_param_matcher(
        {**common, "updated_since": "2025-12-31T15:00:00Z"})])  # fmt: skip
    http.get(listing, json=[], match=[matchers.query_param_matcher(
        {**common, "updated_since": tickets[-1]["updated_at"]})])  # fmt: skip
    http.get(f"{FRESHDESK_URL}/api/v2/tickets/201/conversations",
             json=load_json("freshdesk", "api/conversations_201.json"))  # fmt: skip
    http.get(f"{FRESHDESK_URL}/api/v2/tickets/202/conversations",
             json=load_json("freshdesk", "api/conversations_empty.json"))  # fmt: skip
    code, out, err = run(fake, helpdesk="freshdesk")
    assert code == 0, err
    # Two descriptions and the one incoming public reply; the agent's reply and note are not.
    assert len(scored) == 3
    assert "2 tickets, 3 customer messages scored" in out
    # Both tickets count for one requester, keyed as the webhook keys them: by e-mail.
    assert redis.zcard(requester_key(alias("freshdesk", "taro.yamada@example.com"))) == 3
    assert fake.slept == [3.0]


def test_restart_reads_from_since_again_but_scores_nothing_twice(configure, redis, http, scored):
    configure()
    for _ in range(2):
        expect_page1(http)
        expect_comments_4016(http)
        expect_page2(http)
    run(FakeTime())
    code, out, _ = run(FakeTime(), restart=True)
    assert code == 0
    assert len(scored) == 4  # every message was already handled: the ledger says so
    assert "2 tickets, 0 customer messages scored" in out
    assert len(recorded()) == 1
