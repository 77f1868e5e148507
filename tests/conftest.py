"""Shared fixtures: a real Redis (a dedicated database, flushed around each test), the app built
through its factory, signed requests from fixture files, strict ``responses`` HTTP fakes, and a
real RQ worker run in-process in burst mode (so ``responses`` sees its HTTP calls)."""

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

from integrations import zendesk
from worker import jobs
from worker.app import create_app
from worker.config import DEFAULTS
from worker.rqworker import PromptPubSub

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"

TEST_REDIS_URL = os.environ.get("KASUGUARD_TEST_REDIS_URL", "redis://127.0.0.1:6379/14")
TEST_DATA_DIR = tempfile.mkdtemp(prefix="kasuguard-tests-")
"""Template edits a test makes land here, never in a developer's own ``var/``."""
ZENDESK_SECRET = "dGhpc19zZWNyZXRfaXNfZm9yX3Rlc3Rpbmdfb25seQ=="  # Zendesk's documented test secret
FRESHDESK_SECRET = "fd-webhook-secret"
ZENDESK_URL = "https://example.zendesk.com"
FRESHDESK_URL = "https://example.freshdesk.com"


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


def environment_for_tests(**overrides: str) -> dict[str, str]:
    """Every setting, explicitly (so a developer's ``.env`` cannot leak into a test)."""
    env = dict(DEFAULTS)
    env.update(
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
def configure(monkeypatch: pytest.MonkeyPatch, redis: redis_lib.Redis):
    """Set the process environment the worker reads, and rebuild its runtime."""

    def apply(**overrides: str) -> dict[str, str]:
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


class InProcessWorker(PromptPubSub, SimpleWorker):
    """RQ's non-forking worker, stopping without RQ's up-to-a-minute pub/sub wait."""


@pytest.fixture
def run_worker(redis: redis_lib.Redis):
    """Drain the queue with a real RQ worker in burst mode, in this process."""

    def run() -> None:
        queue = Queue(jobs.QUEUE_NAME, connection=redis)
        InProcessWorker([queue], connection=redis).work(burst=True)

    return run


needs_shared = pytest.mark.skipif(
    not SHARED.is_dir(),
    reason="../shared is not beside this clone (real vendor payloads live there)",
)


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
