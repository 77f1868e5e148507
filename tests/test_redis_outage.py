"""Redis down: the receiver answers 503 with a short Retry-After, and the sender's retry is
accepted once Redis is back. Uses a throwaway redis-server so the shared one keeps running."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator

import pytest
import redis as redis_lib
from rq import Queue

from tests.conftest import environment_for_tests, load_fixture, zendesk_headers
from worker import jobs
from worker.app import create_app

pytestmark = pytest.mark.skipif(
    shutil.which("redis-server") is None, reason="needs the redis-server binary to stop and start"
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RedisProcess:
    def __init__(self, port: int) -> None:
        self.port = port
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
        )
        client = redis_lib.Redis(port=self.port)
        deadline = time.monotonic() + 10
        while True:  # readiness poll for the child process, not a timed assertion
            try:
                client.ping()
                return
            except redis_lib.exceptions.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    def stop(self) -> None:
        assert self.process is not None
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture
def redis_process() -> Iterator[RedisProcess]:
    server = RedisProcess(free_port())
    server.start()
    yield server
    if server.process and server.process.poll() is None:
        server.stop()


def test_redis_stopped_gives_503_then_the_retry_is_accepted_once_it_is_back(redis_process):
    url = f"redis://127.0.0.1:{redis_process.port}/0"
    app = create_app(environment_for_tests(REDIS_URL=url))
    client = app.test_client()
    body = load_fixture("zendesk", "ticket_created.json")

    redis_process.stop()
    down = client.post("/webhooks/zendesk", data=body, headers=zendesk_headers(body))
    assert down.status_code == 503
    assert int(down.headers["Retry-After"]) < 60

    redis_process.start()
    back = client.post("/webhooks/zendesk", data=body, headers=zendesk_headers(body))
    assert back.status_code == 202
    queue = Queue(jobs.QUEUE_NAME, connection=redis_lib.Redis.from_url(url))
    assert queue.get_job_ids() == [back.get_json()["job_id"]]
