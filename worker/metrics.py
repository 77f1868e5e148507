"""Counters shared by every process, kept in Redis, exposed in Prometheus format at ``/metrics``.

The receiver runs several gunicorn workers and RQ forks a new work horse per job, so counters
kept in process memory would be lost or split; a Redis hash per metric is shared by all of them
and survives restarts of any one process. ``prometheus_client`` renders the exposition format.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime

from prometheus_client.core import (
    CounterMetricFamily,
    GaugeMetricFamily,
    HistogramMetricFamily,
    Metric,
)
from prometheus_client.registry import Collector
from redis import Redis
from redis.exceptions import RedisError
from rq import Queue
from rq.utils import utcparse

KEY = "kasuguard:metrics:{name}"

COUNTERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "events_received": ("Webhook requests received", ("helpdesk",)),
    "events_rejected": ("Webhook requests rejected, by reason", ("helpdesk", "reason")),
    "events_ignored": ("Real events kasuguard does not act on", ("helpdesk",)),
    "events_enqueued": ("Events accepted and enqueued", ("helpdesk",)),
    "events_duplicate": ("Redelivered events recognised as duplicates", ("helpdesk",)),
    "api_calls": (
        "Helpdesk API calls, by method and HTTP status",
        ("helpdesk", "method", "status"),
    ),
    "tickets_scored": ("Messages scored, by level", ("helpdesk", "level")),
    "findings": ("Categories found in flagged messages", ("helpdesk", "category")),
}
"""Every counter: name → (help, label names). Exposed as ``kasuguard_<name>_total``."""

JOB_SECONDS_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


def _field(labels: Mapping[str, str]) -> str:
    return json.dumps(labels, sort_keys=True, ensure_ascii=False)


def count(redis: Redis, name: str, amount: int = 1, **labels: str) -> None:
    """Add ``amount`` to counter ``name``. Metrics never fail the caller."""
    if name not in COUNTERS:
        raise KeyError(f"unknown counter {name!r}")
    try:
        redis.hincrby(KEY.format(name=name), _field(labels), amount)
    except RedisError:
        pass


def count_assessment(redis: Redis, helpdesk: str, level: str, categories: Iterable[str]) -> None:
    """A scored message: its level and each category found, in one round trip."""
    try:
        pipe = redis.pipeline(transaction=False)
        scored = _field({"helpdesk": helpdesk, "level": level})
        pipe.hincrby(KEY.format(name="tickets_scored"), scored, 1)
        for category in categories:
            field = _field({"helpdesk": helpdesk, "category": category})
            pipe.hincrby(KEY.format(name="findings"), field, 1)
        pipe.execute()
    except RedisError:
        pass


def count_calls(redis: Redis, helpdesk: str, calls: Iterable[tuple[str, str, int]]) -> None:
    """A job's helpdesk calls, by method and status, in one round trip (none when no calls)."""
    calls = list(calls)
    if not calls:
        return
    try:
        pipe = redis.pipeline(transaction=False)
        for method, _, status in calls:
            labels = {"helpdesk": helpdesk, "method": method, "status": str(status)}
            pipe.hincrby(KEY.format(name="api_calls"), _field(labels), 1)
        pipe.execute()
    except RedisError:
        pass


def count_request(redis: Redis, helpdesk: str, outcome: str, **labels: str) -> None:
    """A webhook request and its outcome (``events_<outcome>``) in one round trip."""
    if f"events_{outcome}" not in COUNTERS:
        raise KeyError(f"unknown outcome {outcome!r}")
    try:
        pipe = redis.pipeline(transaction=False)
        pipe.hincrby(KEY.format(name="events_received"), _field({"helpdesk": helpdesk}), 1)
        pipe.hincrby(
            KEY.format(name=f"events_{outcome}"), _field({"helpdesk": helpdesk, **labels}), 1
        )
        pipe.execute()
    except RedisError:
        pass


def observe_job_seconds(redis: Redis, seconds: float, **labels: str) -> None:
    """Record one job's duration in the ``job_seconds`` histogram."""
    field = _field(labels)
    bucket = next((b for b in JOB_SECONDS_BUCKETS if seconds <= b), "+Inf")
    try:
        pipe = redis.pipeline()
        pipe.hincrby(KEY.format(name="job_seconds:buckets"), f"{field}|{bucket}", 1)
        pipe.hincrbyfloat(KEY.format(name="job_seconds:sum"), field, seconds)
        pipe.execute()
    except RedisError:
        pass


class RedisCollector(Collector):
    """Reads the shared counters (and RQ's queue state) at scrape time."""

    def __init__(
        self, redis: Redis, queue_names: Sequence[str], clock: Callable[[], datetime] | None = None
    ) -> None:
        self.redis = redis
        self.queue_names = tuple(queue_names)
        self._clock = clock or (lambda: datetime.now(UTC))

    def collect(self) -> Iterator[Metric]:
        for name, (help_text, label_names) in COUNTERS.items():
            family = CounterMetricFamily(f"kasuguard_{name}", help_text, labels=label_names)
            for field, value in self.redis.hgetall(KEY.format(name=name)).items():
                labels = json.loads(field)
                family.add_metric([labels.get(n, "") for n in label_names], float(value))
            yield family
        yield self._job_seconds()
        depth = GaugeMetricFamily(
            "kasuguard_queue_length", "Events waiting for a worker", labels=("queue",)
        )
        age = GaugeMetricFamily(
            "kasuguard_queue_oldest_seconds",
            "Age of the oldest waiting job (since it joined this queue); 0 when empty",
            labels=("queue",),
        )
        failed_count = 0
        for name in self.queue_names:
            queue = Queue(name, connection=self.redis)
            depth.add_metric([name], queue.count)
            age.add_metric([name], self._oldest_age(queue))
            failed_count += queue.failed_job_registry.count
        yield depth
        yield age
        failed = GaugeMetricFamily(
            "kasuguard_failed_jobs", "Jobs that failed and wait in RQ's failed-job registry"
        )
        failed.add_metric([], failed_count)
        yield failed

    def _oldest_age(self, queue: Queue) -> float:
        oldest = self.redis.lindex(queue.key, 0)
        if oldest is None:
            return 0.0
        stamp = self.redis.hget(f"rq:job:{oldest.decode()}", "enqueued_at")
        if not stamp:
            return 0.0
        return max((self._clock() - utcparse(stamp.decode())).total_seconds(), 0.0)

    def _job_seconds(self) -> Metric:
        family = HistogramMetricFamily(
            "kasuguard_job_seconds", "Time to process one event", labels=("helpdesk",)
        )
        buckets: dict[str, dict[str, int]] = {}
        for key, value in self.redis.hgetall(KEY.format(name="job_seconds:buckets")).items():
            field, _, bucket = key.decode().rpartition("|")
            buckets.setdefault(field, {})[bucket] = int(value)
        sums = {
            k.decode(): float(v)
            for k, v in self.redis.hgetall(KEY.format(name="job_seconds:sum")).items()
        }
        for field, counts in buckets.items():
            cumulative, series = 0, []
            for bound in (*JOB_SECONDS_BUCKETS, "+Inf"):
                cumulative += counts.get(str(bound), 0)
                series.append((str(bound), cumulative))
            labels = json.loads(field)
            family.add_metric([labels.get("helpdesk", "")], series, sums.get(field, 0.0))
        return family
