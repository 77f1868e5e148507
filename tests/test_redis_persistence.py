"""Redis keeps what it accepted (README's settings: AOF, fsync every second): a redis-server of
the test's own, SIGKILLed and restarted, still holds the queue, the ledgers and the duplicate
answers; where persistence is off, /healthz and check-config say so."""

from __future__ import annotations

import redis as redis_lib
from rq import Queue, SimpleWorker
from rq.worker import Worker as PlainWorker

from tests.conftest import (
    ZENDESK_URL,
    load_fixture,
    load_json,
    needs_redis_server,
    zendesk_headers,
)
from tests.processes import RedisServer
from worker import health, jobs
from worker.app import create_app
from worker.cli import main
from worker.rqworker import PromptPubSub

pytestmark = needs_redis_server


class InProcessWorker(PromptPubSub, SimpleWorker):
    """RQ's non-forking worker (``responses`` sees its calls), quick to stop."""


def post(client, name: str):
    body = load_fixture("zendesk", name)
    return client.post("/webhooks/zendesk", data=body, headers=zendesk_headers(body))


def test_accepted_events_dedup_and_ledgers_survive_a_redis_sigkill(aof_redis, configure, http):
    """With AOF (as scripts/run starts Redis), what Redis acknowledged is there after a SIGKILL:
    the queued event, the finished one's ledger, and with them the duplicate answers."""
    env = configure(REDIS_URL=aof_redis.url())
    client = create_app(env).test_client()
    update = load_json("zendesk", "api/update_ticket.json")
    http.put(f"{ZENDESK_URL}/api/v2/tickets/4016", json=update)
    done = post(client, "comment_added.json").get_json()["job_id"]
    connection = redis_lib.Redis.from_url(aof_redis.url())
    queue = Queue(jobs.QUEUE_NAME, connection=connection)
    InProcessWorker([queue], connection=connection).work(burst=True)
    waiting = post(client, "ticket_created.json").get_json()["job_id"]
    ledger = connection.hgetall(jobs.ledger_key(done))

    aof_redis.kill()
    aof_redis.start()

    assert connection.hgetall(jobs.ledger_key(done)) == ledger
    assert ledger[b"note"] == b"done" and b"done" in ledger
    assert queue.get_job_ids() == [waiting]
    for name, job_id in (("comment_added.json", done), ("ticket_created.json", waiting)):
        again = post(client, name)
        assert again.status_code == 200
        assert again.get_json() == {"status": "duplicate", "job_id": job_id}


def test_healthz_and_check_config_say_when_redis_keeps_nothing(tmp_path, configure, capsys):
    for aof in (True, False):
        server = RedisServer(tmp_path / str(aof), aof=aof)
        server.directory.mkdir()
        server.start()
        try:
            connection = redis_lib.Redis.from_url(server.url())
            worker = PlainWorker([Queue(jobs.QUEUE_NAME, connection=connection)])
            worker.register_birth()
            env = configure(REDIS_URL=server.url())
            response = create_app(env).test_client().get("/healthz")
            assert main(["check-config"]) == 0
            out = capsys.readouterr().out
        finally:
            server.stop()
        assert response.status_code == 200  # a warning, not an outage
        got = response.get_json()
        if aof:
            assert (got["persistence"], got["warnings"]) == ("aof", [])
            assert "[ok] Redis persistence: AOF (accepted events survive a restart)\n" in out
        else:
            assert (got["persistence"], got["warnings"]) == ("off", [health.PERSISTENCE_OFF])
            assert "[warning] Redis persistence: OFF; a restart loses queued events" in out
