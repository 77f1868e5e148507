"""Per-requester history in Redis: fingerprints only, under the requester's pseudonym, windowed,
retained as the policy says."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.conftest import TEST_PEPPER
from worker.history import RequesterHistory, requester_key
from worker.pseudonym import pseudonym
from worker.scoring import Message, fingerprint

AT = datetime(2026, 2, 6, 10, 0, tzinfo=UTC)
TEXT = "返金しろ。今すぐ返金しろ。何度も言わせるな。"


def alias(requester: str = "alice@example.com") -> str:
    return pseudonym(TEST_PEPPER, "freshdesk", requester)


def record(history, at, event, requester="alice@example.com", retention=90):
    message = Message(subject="返金", body=TEXT, channel="email", at=at)
    history.record(alias(requester), fingerprint(message), event=event, retention_days=retention)


def test_history_holds_no_text_and_no_requester_identity(redis):
    record(RequesterHistory(redis), AT, "e1")
    dump = b"".join(redis.dump(k) or b"" for k in redis.keys("*")).decode("utf-8", "replace")
    keys = b" ".join(redis.keys("*")).decode()
    assert "返金" not in dump and "alice" not in keys and "alice" not in dump


def test_load_returns_the_window_oldest_first_without_the_current_event(redis):
    history = RequesterHistory(redis)
    record(history, AT - timedelta(days=40), "old")
    record(history, AT - timedelta(days=2), "e1")
    record(history, AT - timedelta(hours=1), "e2")
    record(history, AT, "current")
    loaded = history.load(alias(), now=AT, window_days=30, exclude="current")
    assert [f.at for f in loaded] == [AT - timedelta(days=2), AT - timedelta(hours=1)]


def test_recording_the_same_event_twice_keeps_one_entry(redis):
    history = RequesterHistory(redis)
    record(history, AT, "e1")
    record(history, AT, "e1")
    assert redis.zcard(requester_key(alias())) == 1


def test_entries_beyond_retention_are_dropped_and_the_key_expires(redis):
    history = RequesterHistory(redis)
    record(history, AT - timedelta(days=10), "e1", retention=7)
    record(history, AT, "e2", retention=7)
    key = requester_key(alias())
    assert redis.zcard(key) == 1
    assert 0 < redis.ttl(key) <= 7 * 86400


def test_requesters_do_not_share_history(redis):
    history = RequesterHistory(redis)
    record(history, AT, "e1", requester="alice@example.com")
    assert history.load(alias("bob@example.com"), now=AT, window_days=30, exclude="x") == []


def test_forget_deletes_a_requesters_history(redis):
    history = RequesterHistory(redis)
    record(history, AT, "e1")
    assert history.forget(alias()) == 1
    assert redis.keys("*") == []


def test_pseudonyms_need_the_pepper_and_ignore_case_and_spaces():
    assert alias(" Alice@Example.com ") == alias("alice@example.com")
    assert pseudonym("another-pepper-" + "x" * 32, "freshdesk", "alice@example.com") != alias()
    assert pseudonym(TEST_PEPPER, "zendesk", "alice@example.com") != alias()
