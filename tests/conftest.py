"""Shared fixtures: a real Redis (a dedicated database, flushed around each test), real SQL
databases (a fresh SQLite file per test; PostgreSQL at ``KASUGUARD_TEST_POSTGRES_URL``, emptied
per test, for the storage tests parametrized over both), the app built through its factory,
signed requests from fixture files, strict ``responses`` HTTP fakes, and a real RQ worker run
in-process in burst mode (so ``responses`` sees its HTTP calls)."""

from __future__ import annotations

import base64
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import redis as redis_lib
import responses
from rq import Queue, SimpleWorker
from sqlalchemy import Engine, create_engine, delete, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from integrations import zendesk
from worker import db, jobs
from worker.app import create_app
from worker.config import DEFAULTS

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"

TEST_REDIS_URL = os.environ.get("KASUGUARD_TEST_REDIS_URL", "redis://127.0.0.1:6379/14")
TEST_DATA_DIR = tempfile.mkdtemp(prefix="kasuguard-tests-")
"""Template edits a test makes land here, never in a developer's own ``var/``."""
ZENDESK_SECRET = "dGhpc19zZWNyZXRfaXNfZm9yX3Rlc3Rpbmdfb25seQ=="  # Zendesk's documented test secret
FRESHDESK_SECRET = "fd-webhook-secret"
ZENDESK_URL = "https://example.zendesk.com"
FRESHDESK_URL = "https://example.freshdesk.com"
TEST_PEPPER = "test-pepper-not-for-production-" + "p" * 16
TEST_POSTGRES_URL = os.environ.get(
    "KASUGUARD_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/kasuguard_test"
)
"""A database the tests own: created when missing, emptied before each test that uses it."""
REQUIRE_POSTGRES = os.environ.get("KASUGUARD_TEST_REQUIRE_POSTGRES", "") == "1"
"""CI sets it: a missing PostgreSQL fails the run instead of skipping its tests."""


def load_fixture(helpdesk: str, name: str) -> bytes:
    """A fixture file's exact bytes (signatures are computed over bytes)."""
    return (FIXTURES / helpdesk / name).read_bytes()


def load_json(helpdesk: str, name: str) -> Any:
    return json.loads(load_fixture(helpdesk, name))


def zendesk_headers(
    body: bytes, *, secret: str = ZENDESK_SECRET, at: datetime | None = None
) -> dict[str, str]:
    timestamp = (at or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {
        "Content-Type": "application/json; charset=utf-8",
        "User-Agent": "Zendesk Webhook",
        "X-Zendesk-Webhook-Id": "01HAN96XNH1J7DY8D7RZ22QMT9",
        "X-Zendesk-Webhook-Invocation-Id": "01HANA2B5D5W9XSJS3NE5SQA1J",
        zendesk.TIMESTAMP_HEADER: timestamp,
        zendesk.SIGNATURE_HEADER: zendesk.sign(body, secret, timestamp),
    }


def freshdesk_headers(password: str = FRESHDESK_SECRET) -> dict[str, str]:
    token = base64.b64encode(f"kasuguard:{password}".encode()).decode()
    return {"Content-Type": "application/json", "Authorization": f"Basic {token}"}


def _policy_without_coalescing() -> str:
    """The default policy with ``write_back.coalesce_seconds: 0``: most tests send several
    events to one ticket and expect each written on its own, at once (in-process workers run
    no scheduler to release held events). ``tests/test_coalescing.py`` uses the real default."""
    text = (ROOT / "policies" / "default.yaml").read_text(encoding="utf-8")
    assert "  coalesce_seconds: 5" in text
    path = Path(TEST_DATA_DIR) / "policy-no-coalescing.yaml"
    path.write_text(text.replace("  coalesce_seconds: 5", "  coalesce_seconds: 0"), "utf-8")
    return str(path)


ROOT = Path(__file__).resolve().parents[1]
TEST_POLICY = _policy_without_coalescing()


def environment_for_tests(**overrides: str) -> dict[str, str]:
    """Every setting, explicitly (so a developer's ``.env`` cannot leak into a test)."""
    env = dict(DEFAULTS)
    env.update(
        KASUGUARD_POLICY=TEST_POLICY,
        REDIS_URL=TEST_REDIS_URL,
        KASUGUARD_DATA_DIR=TEST_DATA_DIR,
        KASUGUARD_DRY_RUN="auto",
        ZENDESK_WEBHOOK_SECRET=ZENDESK_SECRET,
        ZENDESK_SUBDOMAIN="example",
        ZENDESK_EMAIL="kasuguard@example.com",
        ZENDESK_API_TOKEN="zendesk-api-token",
        FRESHDESK_WEBHOOK_SECRET=FRESHDESK_SECRET,
        FRESHDESK_DOMAIN="example",
        FRESHDESK_API_KEY="freshdesk-api-key",
        KASUGUARD_PEPPER=TEST_PEPPER,
        KASUGUARD_LANG="en",  # the CLI tests that read English; Japanese ones set "ja"
    )
    env.update(overrides)
    return env


@pytest.fixture
def redis() -> Iterator[redis_lib.Redis]:
    connection = redis_lib.Redis.from_url(TEST_REDIS_URL)
    try:
        connection.ping()
    except redis_lib.exceptions.ConnectionError as exc:
        pytest.fail(
            f"tests need a real Redis at {TEST_REDIS_URL} (set KASUGUARD_TEST_REDIS_URL): {exc}"
        )
    connection.flushdb()
    yield connection
    connection.flushdb()


@pytest.fixture
def configure(monkeypatch: pytest.MonkeyPatch, redis: redis_lib.Redis, tmp_path: Path):
    """Set the process environment the worker reads, and rebuild its runtime. Each test gets
    its own data directory, so its own empty SQLite database."""

    def apply(**overrides: str) -> dict[str, str]:
        overrides.setdefault("KASUGUARD_DATA_DIR", str(tmp_path / "data"))
        env = environment_for_tests(**overrides)
        for key, value in env.items():
            monkeypatch.setenv(key, value)
        jobs.runtime.cache_clear()
        return env

    yield apply
    jobs.runtime.cache_clear()


@pytest.fixture
def app(configure):
    env = configure()
    return create_app(env)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def http() -> Iterator[responses.RequestsMock]:
    """Strict HTTP fakes: an unregistered request fails, an unused registration fails."""
    with responses.RequestsMock(assert_all_requests_are_fired=True) as mock:
        yield mock


class _BurstWorker(SimpleWorker):
    """No pubsub thread (it only carries "kill the horse" commands): redis-py 8.2's
    ``PubSubWorkerThread.stop`` waits for RQ's 60-second poll to end, so under load every burst
    could take up to a minute to shut down."""

    def subscribe(self) -> None:
        pass


@pytest.fixture
def run_worker(redis: redis_lib.Redis):
    """Drain the queues (most urgent first, as the Procfile's worker does) with a real RQ worker
    in burst mode, in this process."""

    def run() -> None:
        queues = [Queue(name, connection=redis) for name in jobs.QUEUES]
        _BurstWorker(queues, connection=redis).work(burst=True)

    return run


needs_shared = pytest.mark.skipif(
    not SHARED.is_dir(),
    reason="../shared is not beside this clone (real vendor payloads live there)",
)


# --- SQL databases ------------------------------------------------------------------------


def _postgres_missing() -> str | None:
    """Why PostgreSQL cannot be used (``None`` when it can); creates the test database."""
    url = make_url(db.database_url(TEST_POSTGRES_URL, ""))
    server = create_engine(
        url.set(database="postgres"),
        isolation_level="AUTOCOMMIT",
        connect_args={"connect_timeout": 3},
    )
    try:
        with server.connect() as connection:
            exists = connection.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": url.database}
            ).first()
            if not exists:
                connection.execute(text(f'CREATE DATABASE "{url.database}"'))
    except OperationalError as exc:
        return f"no PostgreSQL answers at {url.render_as_string(hide_password=True)}: {exc.orig}"
    finally:
        server.dispose()
    return None


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """The migrated PostgreSQL test database; skips (or fails, in CI) when none answers."""
    reason = _postgres_missing()
    if reason:
        if REQUIRE_POSTGRES:
            pytest.fail(f"KASUGUARD_TEST_REQUIRE_POSTGRES=1 but {reason}")
        pytest.skip(f"{reason} (set KASUGUARD_TEST_POSTGRES_URL)")
    url = db.database_url(TEST_POSTGRES_URL, "")
    db.engine_for(url)
    return url


def empty_database(engine: Engine) -> None:
    """Delete every row (children first), keeping the schema."""
    with engine.begin() as connection:
        for table in reversed(db.metadata.sorted_tables):
            connection.execute(delete(table))


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty, migrated database of each kind in turn."""
    if request.param == "sqlite":
        url = db.database_url("", tmp_path / "sql")
        db.engine_for(url)  # migrated
        return url
    url = request.getfixturevalue("postgres_url")
    empty_database(db.engine_for(url))
    return url


@pytest.fixture
def engine(database_url: str) -> Engine:
    return db.engine_for(database_url)


# --- Processes of our own (fault tests) ------------------------------------------------


needs_redis_server = pytest.mark.skipif(
    shutil.which("redis-server") is None, reason="needs the redis-server binary to kill and restart"
)


@pytest.fixture
def aof_redis(tmp_path):
    """A redis-server of the test's own, with README's persistence settings (AOF)."""
    from tests.processes import RedisServer

    server = RedisServer(tmp_path / "redis")
    server.directory.mkdir()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def workers():
    """Worker processes a test starts; killed with everything they forked at the end."""
    from tests.processes import kill_tree

    started = []
    yield started
    for process in started:
        kill_tree(process.pid)
        process.wait(timeout=10)
