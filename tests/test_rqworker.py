"""The worker class the Procfile runs: a forking RQ worker with the scorer preloaded."""

from __future__ import annotations

from rq import Queue

from tests.conftest import load_fixture, zendesk_headers
from worker import jobs
from worker.rqworker import Worker


def test_procfile_worker_class_warms_the_scorer_up_before_forking(redis, monkeypatch):
    from worker import rqworker

    calls = []
    monkeypatch.setattr(rqworker, "warm_up", lambda: calls.append("warm"))
    Worker([Queue(jobs.QUEUE_NAME, connection=redis)], connection=redis)
    assert calls == ["warm"]


def test_procfile_worker_processes_an_event_in_a_forked_horse(client, redis):
    body = load_fixture("zendesk", "comment_added_benign.json")
    job_id = client.post("/webhooks/zendesk", data=body, headers=zendesk_headers(body)).get_json()[
        "job_id"
    ]
    queue = Queue(jobs.QUEUE_NAME, connection=redis)
    Worker([queue], connection=redis).work(burst=True)
    job = queue.fetch_job(job_id)
    assert job.get_status() == "finished"
    assert job.return_value()["level"] == "none"
