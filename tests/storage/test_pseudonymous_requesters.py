"""Requesters at rest are pseudonyms only: after a realistic run (Zendesk and Freshdesk events,
a finished, a failed and a queued job) no requester id or e-mail is in any Redis key or value
(RQ's job data decoded), any SQL row or any log line; ``kasuguard forget`` removes one person
from history, incidents and job data, and removes what it says it removed. On SQLite and
PostgreSQL."""

from __future__ import annotations

import json
import logging

import pytest
from redis import Redis
from rq import Queue
from rq.job import Job
from sqlalchemy import select

from tests.conftest import (
    FRESHDESK_URL,
    TEST_PEPPER,
    ZENDESK_URL,
    freshdesk_headers,
    load_fixture,
    load_json,
    zendesk_headers,
)
from worker import audit, db, incidents, jobs
from worker.app import create_app
from worker.cli import main
from worker.history import requester_key
from worker.pseudonym import pseudonym

ZENDESK_REQUESTER = "6164069643162"
FRESHDESK_REQUESTER = "requester-bob@example.com"
IDENTIFIERS = (ZENDESK_REQUESTER, FRESHDESK_REQUESTER, "requester-bob")
FRESHDESK_TICKET = f"{FRESHDESK_URL}/api/v2/tickets/11"
ZENDESK_TICKET = f"{ZENDESK_URL}/api/v2/tickets/4016"


def post_zendesk(client, name: str) -> None:
    body = load_fixture("zendesk", name)
    assert (
        client.post("/webhooks/zendesk", data=body, headers=zendesk_headers(body)).status_code
        == 202
    )


def post_freshdesk(client, body: bytes) -> str:
    response = client.post("/webhooks/freshdesk", data=body, headers=freshdesk_headers())
    assert response.status_code == 202, response.get_data(as_text=True)
    return response.get_json()["job_id"]


def freshdesk_reply(text: str) -> bytes:
    """The customer-reply fixture with another comment (so another event id)."""
    payload = json.loads(load_fixture("freshdesk", "customer_reply.json"))
    payload["freshdesk_webhook"]["ticket_latest_public_comment"] = f"<div>{text}</div>"
    return json.dumps(payload, ensure_ascii=False).encode()


@pytest.fixture
def realistic_run(configure, database_url, redis, http, run_worker):
    """Zendesk and Freshdesk events processed (one finished, one failed), one still queued."""
    env = configure(DATABASE_URL=database_url)
    client = create_app(env).test_client()
    http.put(ZENDESK_TICKET, json=load_json("zendesk", "api/update_ticket.json"))
    http.post(f"{FRESHDESK_TICKET}/notes", json=load_json("freshdesk", "api/note.json"), status=201)
    http.put(FRESHDESK_TICKET, json=load_json("freshdesk", "api/ticket_updated.json"))
    post_zendesk(client, "comment_added.json")
    post_freshdesk(client, load_fixture("freshdesk", "ticket_created.json"))
    run_worker()
    # The helpdesk refuses the next note: the job fails and waits in the failed registry.
    http.post(
        f"{FRESHDESK_TICKET}/notes",
        json=load_json("freshdesk", "api/validation_failed.json"),
        status=400,
    )
    failed = post_freshdesk(client, freshdesk_reply("ふざけるな、この給料泥棒が。迷惑料を払え。"))
    run_worker()
    queued = post_freshdesk(client, freshdesk_reply("まだか。土下座して謝れ。"))
    queue = Queue(jobs.QUEUE_NAME, connection=redis)
    assert failed in queue.failed_job_registry.get_job_ids()
    assert queue.get_job_ids() == [queued]
    return db.engine_for(database_url)


def redis_dump(redis: Redis) -> str:
    """Every key and value, RQ's compressed job data decoded to its arguments."""
    parts = []
    for key in redis.keys("*"):
        parts.append(key.decode("utf-8", "replace"))
        kind = redis.type(key).decode()
        if kind == "string":
            parts.append(redis.get(key).decode("utf-8", "replace"))
        elif kind == "hash":
            for field, value in redis.hgetall(key).items():
                parts.append(f"{field.decode()}={value.decode('utf-8', 'replace')}")
        elif kind == "list":
            parts += [v.decode("utf-8", "replace") for v in redis.lrange(key, 0, -1)]
        elif kind == "set":
            parts += [v.decode("utf-8", "replace") for v in redis.smembers(key)]
        elif kind == "zset":
            parts += [v.decode("utf-8", "replace") for v in redis.zrange(key, 0, -1)]
        elif kind == "stream":
            parts += [json.dumps({k.decode(): v.decode("utf-8", "replace") for k, v in f.items()})
                      for _, f in redis.xrange(key)]  # fmt: skip
        if key.startswith(b"rq:job:") and kind == "hash":
            job = Job.fetch(key.decode()[len("rq:job:") :], connection=redis)
            parts.append(json.dumps(job.args, ensure_ascii=False, default=str))
    return "\n".join(parts)


def sql_dump(engine) -> str:
    with engine.connect() as connection:
        return "\n".join(
            json.dumps([list(row) for row in connection.execute(select(table))], default=str)
            for table in db.metadata.sorted_tables
        )


def test_no_plain_requester_id_or_email_in_redis_sql_or_logs(realistic_run, redis, caplog):
    caplog.set_level(logging.DEBUG)
    everything = redis_dump(redis).lower()
    assert "rq:job:" in everything and "給料泥棒" in everything  # the dump does see job data
    stored = sql_dump(realistic_run)
    logged = "\n".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records)
    for identifier in IDENTIFIERS:
        assert identifier not in everything
        assert identifier not in stored
        assert identifier not in logged
    # What is there instead: the pseudonyms, in history keys, queued events and incident rows.
    zendesk = pseudonym(TEST_PEPPER, "zendesk", ZENDESK_REQUESTER)
    freshdesk = pseudonym(TEST_PEPPER, "freshdesk", FRESHDESK_REQUESTER)
    assert redis.exists(requester_key(zendesk)) and redis.exists(requester_key(freshdesk))
    rows = [(r["helpdesk"], r["requester"], r["escalated"]) for r in incidents.read(realistic_run)]
    # The failed reply was recorded too: the record is written before the write-back.
    assert sorted(rows) == [
        ("freshdesk", freshdesk, False),
        ("freshdesk", freshdesk, True),
        ("zendesk", zendesk, False),
    ]


def test_forget_removes_the_person_from_history_incidents_and_jobs(realistic_run, redis, capsys):
    freshdesk = pseudonym(TEST_PEPPER, "freshdesk", FRESHDESK_REQUESTER)
    zendesk = pseudonym(TEST_PEPPER, "zendesk", ZENDESK_REQUESTER)
    history_before = redis.zcard(requester_key(freshdesk))
    assert history_before >= 1

    code = main(["forget", "--requester", " Requester-Bob@Example.com ", "--helpdesk", "freshdesk"])
    assert code == 0
    out = capsys.readouterr().out
    assert f"requester history (Redis): {history_before} entries" in out
    assert "incidents (SQL): 2" in out  # the new ticket and the reply whose write-back failed
    for line in ("queued jobs (RQ): 1", "failed jobs (RQ): 1", "finished jobs (RQ): 1"):
        assert line in out
    assert "requester-bob" not in out.lower()

    # Gone, as claimed: nothing of theirs is left anywhere...
    assert not redis.exists(requester_key(freshdesk))
    assert [r["helpdesk"] for r in incidents.read(realistic_run)] == ["zendesk"]
    assert freshdesk not in redis_dump(redis) and freshdesk not in sql_dump(realistic_run)
    queue = Queue(jobs.QUEUE_NAME, connection=redis)
    assert queue.get_job_ids() == [] and queue.failed_job_registry.get_job_ids() == []
    # ...and the other requester is untouched.
    assert redis.exists(requester_key(zendesk))
    assert len(queue.finished_job_registry.get_job_ids()) == 1
    (entry,) = [e for e in audit.entries(realistic_run) if e.action == "requester.forgotten"]
    assert entry.detail == {"history_entries": history_before, "incidents": 2, "jobs": 3,
                            "running_jobs": 0}  # fmt: skip
    assert entry.target == "" and entry.actor.startswith("cli")

    # Asked again, there is nothing left to remove.
    assert main(["forget", "--requester", FRESHDESK_REQUESTER]) == 0
    again = capsys.readouterr().out
    assert "requester history (Redis): 0 entries" in again and "incidents (SQL): 0" in again


def test_check_config_refuses_to_start_without_a_pepper(configure, capsys):
    configure(KASUGUARD_PEPPER="")
    assert main(["check-config"]) == 2
    assert "KASUGUARD_PEPPER" in capsys.readouterr().err
