"""/healthz and /metrics: what an operator watches."""

from __future__ import annotations

from prometheus_client.parser import text_string_to_metric_families
from rq import Queue, Worker

from tests.conftest import (
    ZENDESK_URL,
    environment_for_tests,
    load_fixture,
    load_json,
    zendesk_headers,
)
from worker import jobs
from worker.app import create_app


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    found = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found


def test_metrics_count_intake_outcomes_api_calls_levels_and_job_time(
    client, redis, http, run_worker
):
    http.put(
        f"{ZENDESK_URL}/api/v2/tickets/4016", json=load_json("zendesk", "api/update_ticket.json")
    )
    body = load_fixture("zendesk", "comment_added.json")
    client.post("/webhooks/zendesk", data=body, headers=zendesk_headers(body))
    client.post("/webhooks/zendesk", data=body, headers=zendesk_headers(body, secret="wrong"))
    client.post("/webhooks/zendesk", data=body, headers=zendesk_headers(body))  # duplicate
    run_worker()

    response = client.get("/metrics")
    assert response.status_code == 200
    assert response.mimetype == "text/plain"
    got = samples(response.get_data(as_text=True))
    zd = (("helpdesk", "zendesk"),)
    assert got[("kasuguard_events_received_total", zd)] == 3
    assert (
        got[
            (
                "kasuguard_events_rejected_total",
                (("helpdesk", "zendesk"), ("reason", "authentication")),
            )
        ]
        == 1
    )
    assert got[("kasuguard_events_enqueued_total", zd)] == 1
    assert got[("kasuguard_events_duplicate_total", zd)] == 1
    calls = (("helpdesk", "zendesk"), ("method", "PUT"), ("status", "200"))
    assert got[("kasuguard_api_calls_total", calls)] == 1
    assert (
        got[("kasuguard_tickets_scored_total", (("helpdesk", "zendesk"), ("level", "medium")))] == 1
    )
    assert got[("kasuguard_job_seconds_count", zd)] == 1
    for name in jobs.QUEUES:
        assert got[("kasuguard_queue_length", (("queue", name),))] == 0
        assert got[("kasuguard_queue_oldest_seconds", (("queue", name),))] == 0
    assert got[("kasuguard_failed_jobs", ())] == 0


def test_metrics_show_each_queues_length_and_the_age_of_its_oldest_job(redis):
    from datetime import timedelta

    from prometheus_client import CollectorRegistry, generate_latest

    from worker.metrics import RedisCollector

    live, low = (Queue(name, connection=redis) for name in (jobs.QUEUES[0], jobs.QUEUES[2]))
    oldest = live.enqueue("builtins.print", job_id="first")
    live.enqueue("builtins.print", job_id="second")
    low.enqueue("builtins.print", job_id="third")
    then = oldest.enqueued_at
    registry = CollectorRegistry()
    registry.register(
        RedisCollector(redis, jobs.QUEUES, clock=lambda: then + timedelta(seconds=42))
    )
    got = samples(generate_latest(registry).decode())
    length = {name: got[("kasuguard_queue_length", (("queue", name),))] for name in jobs.QUEUES}
    assert length == {jobs.QUEUES[0]: 2, jobs.QUEUES[1]: 0, jobs.QUEUES[2]: 1}
    assert got[("kasuguard_queue_oldest_seconds", (("queue", jobs.QUEUES[0]),))] == 42.0
    assert got[("kasuguard_queue_oldest_seconds", (("queue", jobs.QUEUES[1]),))] == 0


def test_metrics_count_a_body_too_large_as_rejected(configure, redis):
    app = create_app(environment_for_tests(KASUGUARD_MAX_BODY_BYTES="512"))
    client = app.test_client()
    body = load_fixture("zendesk", "ticket_created.json")
    assert (
        client.post("/webhooks/zendesk", data=body, headers=zendesk_headers(body)).status_code
        == 413
    )
    got = samples(client.get("/metrics").get_data(as_text=True))
    labels = (("helpdesk", "zendesk"), ("reason", "too_large"))
    assert got[("kasuguard_events_rejected_total", labels)] == 1
    assert got[("kasuguard_events_received_total", (("helpdesk", "zendesk"),))] == 1


def test_healthz_without_a_worker_is_503(client, redis):
    response = client.get("/healthz")
    assert response.status_code == 503
    got = response.get_json()
    assert {k: got[k] for k in ("status", "redis", "workers")} == {
        "status": "no worker",
        "redis": "ok",
        "workers": 0,
    }


def test_healthz_with_a_live_worker_is_200(client, redis):
    worker = Worker([Queue(jobs.QUEUE_NAME, connection=redis)], connection=redis)
    worker.register_birth()
    worker.heartbeat()
    try:
        response = client.get("/healthz")
        assert response.status_code == 200
        assert response.get_json()["workers"] == 1
    finally:
        worker.register_death()


def test_healthz_with_redis_unreachable_is_503(configure):
    app = create_app(environment_for_tests(REDIS_URL="redis://127.0.0.1:1/0"))
    response = app.test_client().get("/healthz")
    assert response.status_code == 503
    assert response.get_json()["redis"] == "unreachable"
