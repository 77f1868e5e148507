"""``kasuguard failed list|requeue|purge``: jobs that failed, with the helpdesk's reason."""

from __future__ import annotations

from rq import Queue
from rq.job import Job

from tests.conftest import ZENDESK_URL, load_fixture, load_json, zendesk_headers
from worker import jobs
from worker.cli import main

TICKET = f"{ZENDESK_URL}/api/v2/tickets/4016"
JOB_ID = "zendesk-seq-9F8E7D6C5B4A39281706F5E4D3C2B1A0"


def fail_one_job(client, http, run_worker) -> None:
    http.put(TICKET, json=load_json("zendesk", "api/record_not_found.json"), status=404)
    body = load_fixture("zendesk", "comment_added.json")
    client.post("/webhooks/zendesk", data=body, headers=zendesk_headers(body))
    run_worker()


def test_list_shows_the_event_and_the_helpdesks_reason(client, redis, http, run_worker, capsys):
    fail_one_job(client, http, run_worker)
    assert main(["failed", "list"]) == 0
    out = capsys.readouterr().out
    assert f"{JOB_ID}  zendesk #4016" in out
    assert (
        "HelpdeskRejected: zendesk PUT /api/v2/tickets/4016: 404 RecordNotFound: Not found" in out
    )
    assert "無能" not in out
    assert out.endswith("1 failed job(s)\n")


def test_requeue_puts_the_job_back_and_it_can_succeed(client, redis, http, run_worker, capsys):
    fail_one_job(client, http, run_worker)
    http.put(TICKET, json=load_json("zendesk", "api/update_ticket.json"))
    http.get(f"{TICKET}/comments", json=load_json("zendesk", "api/comments_list.json"))
    assert main(["failed", "requeue", JOB_ID]) == 0
    assert "requeued 1 job(s)" in capsys.readouterr().out
    run_worker()
    assert Job.fetch(JOB_ID, connection=redis).get_status() == "finished"


def test_purge_deletes_the_job_and_its_event(client, redis, http, run_worker):
    fail_one_job(client, http, run_worker)
    assert main(["failed", "purge", "--all"]) == 0
    assert Queue(jobs.QUEUE_NAME, connection=redis).failed_job_registry.count == 0
    assert not redis.exists(f"rq:job:{JOB_ID}")


def test_unknown_job_id_is_an_error(client, redis, capsys):
    assert main(["failed", "requeue", "zendesk-nope"]) == 1
    assert "zendesk-nope" in capsys.readouterr().err
