"""``kasuguard failed list|requeue|purge``: jobs that failed, with the helpdesk's reason."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from rq import Queue
from rq.job import Job

from tests.conftest import TEST_REDIS_URL, ZENDESK_URL, load_fixture, load_json, zendesk_headers
from tests.processes import free_port
from worker import jobs
from worker.cli import main

TICKET = f"{ZENDESK_URL}/api/v2/tickets/4016"
JOB_ID = "zendesk-seq-9F8E7D6C5B4A39281706F5E4D3C2B1A0"
ROOT = Path(__file__).resolve().parents[1]


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
    assert out.endswith("1 failed job(s) (times in Asia/Tokyo)\n")
    assert "helpdesk rejected (helpdesk_rejected): " in out


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


# --- job_failed: one JSON event per failed run, from the Procfile's worker class -------------


def run_procfile_worker_once(redis_url: str) -> list[dict]:
    """A real ``rq worker --burst`` process with the Procfile's worker class; its JSON log
    lines (stderr), once the queue is empty and it has exited."""
    result = subprocess.run(
        [
            *(sys.executable, "-m", "rq.cli", "worker", "--burst"),
            *("--worker-class", "worker.rqworker.Worker", "--url", redis_url, "kasuguard"),
        ],
        cwd=ROOT,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "無能" not in result.stderr + result.stdout  # no ticket text, in any log line
    lines = []
    for line in result.stderr.splitlines():
        if line.startswith("{"):
            lines.append(json.loads(line))
    return lines


def test_a_helpdesk_that_does_not_answer_is_logged_as_one_json_event_and_retried(
    configure, client, redis, capsys
):
    configure(ZENDESK_BASE_URL=f"http://127.0.0.1:{free_port()}")  # nothing listens there
    body = load_fixture("zendesk", "comment_added.json")
    assert (
        client.post("/webhooks/zendesk", data=body, headers=zendesk_headers(body)).status_code
        == 202
    )
    logged = run_procfile_worker_once(TEST_REDIS_URL)
    (failure,) = [line for line in logged if line["event"] == "job_failed"]
    assert failure == {
        **{k: failure[k] for k in ("ts", "severity", "logger")},
        "event": "job_failed",
        "job_id": JOB_ID,
        "helpdesk": "zendesk",
        "ticket_id": "4016",
        "attempt": 1,
        "will_retry": True,
        "reason": "helpdesk_unreachable",
        "error": "HelpdeskUnavailable",
    }
    assert failure["severity"] == "error"
    job = Job.fetch(JOB_ID, connection=redis)
    assert job.get_status() == "scheduled"  # RQ's retry, 10 s later


def test_an_event_that_does_not_read_fails_at_once_as_bad_payload(configure, redis, capsys):
    configure()
    queue = Queue(jobs.QUEUE_NAME, connection=redis)
    queue.enqueue(
        jobs.process_event,
        {"helpdesk": "zendesk", "ticket_id": "77", "kind": "comment"},  # no event id, no time
        job_id="zendesk-unreadable",
        description="process_event zendesk-unreadable",
        retry=jobs.RETRY,
    )
    logged = run_procfile_worker_once(TEST_REDIS_URL)
    (failure,) = [line for line in logged if line["event"] == "job_failed"]
    assert (failure["reason"], failure["will_retry"], failure["ticket_id"]) == (
        "bad_payload",
        False,
        "77",
    )
    assert main(["failed", "list"]) == 0
    out = capsys.readouterr().out
    assert "zendesk-unreadable  zendesk #77" in out
    assert "bad event payload (bad_payload): " in out and "MalformedPayload" in out


def test_list_in_japanese_with_times_in_the_policys_zone(client, redis, http, run_worker, capsys):
    fail_one_job(client, http, run_worker)
    os.environ["KASUGUARD_LANG"] = "ja"  # configure()'s monkeypatch restores the environment
    assert main(["failed", "list"]) == 0
    out = capsys.readouterr().out
    assert "ヘルプデスクが拒否 (helpdesk_rejected)" in out
    assert " JST  " in out  # the default policy's Asia/Tokyo
    assert out.endswith("失敗したジョブ 1 件（時刻は Asia/Tokyo）\n")


def test_a_killed_work_horse_is_logged_too(configure, redis):
    configure()
    queue = Queue(jobs.QUEUE_NAME, connection=redis)
    queue.enqueue("tests.faultjobs.die", job_id="zendesk-killed", description="die")
    logged = run_procfile_worker_once(TEST_REDIS_URL)
    (failure,) = [line for line in logged if line["event"] == "job_failed"]
    assert (failure["job_id"], failure["reason"], failure["error"]) == (
        "zendesk-killed",
        "internal_error",
        "WorkHorseKilled",
    )
    assert failure["will_retry"] is False and failure["attempt"] == 1
