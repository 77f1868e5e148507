"""SQL per flagged event: what the worker adds to each job now that incidents and templates live
in SQL (one incident insert, one template read per rendered template, the care check of the
assigned agent's last days), on SQLite and PostgreSQL.

    .venv/bin/python -m bench.records [--events 500] [--postgres postgresql://…]

PostgreSQL defaults to ``KASUGUARD_BENCH_POSTGRES_URL`` or the test database's server with a
database ``kasuguard_bench`` (created when missing, emptied first).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from datetime import UTC, datetime

from sqlalchemy import create_engine, delete, text
from sqlalchemy.engine import make_url

from bench.common import percentile
from worker import care, db, incidents
from worker.model import COMMENT_ADDED, TicketEvent
from worker.policy import Care
from worker.scoring.types import Assessment
from worker.template_store import SqlTemplateStore

PEPPER = "bench-pepper-not-for-production-0123456789"
DEFAULT_POSTGRES = "postgresql://postgres@127.0.0.1:5432/kasuguard_bench"


def postgres_url(setting: str) -> str:
    url = make_url(db.database_url(setting, ""))
    server = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with server.connect() as connection:
        found = connection.execute(
            text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": url.database}
        ).first()
        if not found:
            connection.execute(text(f'CREATE DATABASE "{url.database}"'))
    server.dispose()
    return url.render_as_string(hide_password=False)


AGENTS = 20
"""Agents the flagged events are spread over (each trips the default care every 5 events)."""


def measure(url: str, events: int) -> tuple[list[float], list[float], list[float]]:
    engine = db.engine_for(url)
    with engine.begin() as connection:
        connection.execute(delete(db.care_alerts))
        connection.execute(delete(db.incidents))
    store = SqlTemplateStore(engine)
    inserts, reads, checks = [], [], []
    assessment = Assessment("medium", 0.6, ("abuse", "money"))
    for n in range(events):
        event = TicketEvent(
            "zendesk", f"bench-{n}", COMMENT_ADDED, str(n), datetime.now(UTC),
            requester_id=f"{n % 50}", channel="email", assignee_id=str(1000 + n % AGENTS),
        ).pseudonymised(PEPPER)  # fmt: skip
        started = time.perf_counter()
        incidents.record(engine, event, assessment, escalated=False)
        inserts.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        store.source("ja", "internal_note")
        reads.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        care.check(engine, event, Care())
        checks.append((time.perf_counter() - started) * 1000)
    return inserts, reads, checks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=500)
    parser.add_argument(
        "--postgres", default=os.environ.get("KASUGUARD_BENCH_POSTGRES_URL", DEFAULT_POSTGRES)
    )
    args = parser.parse_args()
    targets = {
        "SQLite": db.database_url("", tempfile.mkdtemp(prefix="kasuguard-bench-")),
        "PostgreSQL": postgres_url(args.postgres),
    }
    for label, url in targets.items():
        inserts, reads, checks = measure(url, args.events)
        print(
            f"{label:>10}: incident insert median {statistics.median(inserts):5.2f} ms "
            f"(p99 {percentile(inserts, 99):5.2f}), template read median "
            f"{statistics.median(reads):5.2f} ms (p99 {percentile(reads, 99):5.2f}), care check "
            f"median {statistics.median(checks):5.2f} ms (p99 {percentile(checks, 99):5.2f}), "
            f"{args.events} events"
        )


if __name__ == "__main__":
    main()
