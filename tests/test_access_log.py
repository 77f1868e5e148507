"""The access log never records credentials: the Procfile's gunicorn, run for real, logs a
Basic-auth webhook and an admin URL with a query string without the user name or the query."""

from __future__ import annotations

import base64
import os
import re
import select
import socket
import subprocess
import time
from pathlib import Path

import requests

from tests.conftest import environment_for_tests, load_fixture

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def web_command() -> str:
    procfile = (ROOT / "Procfile").read_text()
    return re.search(r"^web: (.*)$", procfile, re.MULTILINE).group(1)


def wait_for(check, what: str, deadline_s: float = 30.0):
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:  # polling a real process, not a timed assertion
        result = check()
        if result:
            return result
        time.sleep(0.05)
    raise AssertionError(f"gave up waiting for {what}")


def test_the_procfile_access_log_records_no_user_name_password_or_query(tmp_path, redis):
    port = free_port()
    env = {
        **os.environ,
        **environment_for_tests(KASUGUARD_DATA_DIR=str(tmp_path)),
        "PORT": str(port),
        "WEB_CONCURRENCY": "1",
        "PATH": f"{ROOT / '.venv' / 'bin'}:{os.environ['PATH']}",
    }
    server = subprocess.Popen(
        ["sh", "-c", f"exec {web_command()}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:

        def answers() -> bool:
            try:
                return requests.get(f"{base}/metrics", timeout=1).status_code == 200
            except requests.RequestException:  # not up yet
                return False

        wait_for(answers, "gunicorn to answer")
        token = base64.b64encode(b"leaky-user:fd-webhook-secret").decode()
        response = requests.post(
            f"{base}/webhooks/freshdesk",
            data=load_fixture("freshdesk", "ticket_created_benign.json"),
            headers={"Authorization": f"Basic {token}", "Content-Type": "application/json"},
            timeout=10,
        )
        assert response.status_code == 202
        requests.get(f"{base}/admin/login?next=/admin/&password=hunter2-in-a-url", timeout=10)
        log = b""

        def logged_both() -> bool:
            nonlocal log
            assert server.stdout is not None
            while select.select([server.stdout], [], [], 0)[0]:
                chunk = os.read(server.stdout.fileno(), 65536)
                if not chunk:
                    break
                log += chunk
            return b"/webhooks/freshdesk" in log and b"/admin/login" in log

        wait_for(logged_both, "both requests in the access log")
    finally:
        server.terminate()
        server.wait(timeout=30)
    text = log.decode("utf-8", "replace")
    assert '"POST /webhooks/freshdesk" 202' in text
    for secret in ("leaky-user", "fd-webhook-secret", "hunter2", "password="):
        assert secret not in text
