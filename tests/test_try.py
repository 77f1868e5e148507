"""``kasuguard try zendesk|freshdesk FILE``: signs as the helpdesk would and posts to the real
receiver, served on a loopback port (werkzeug's server in a thread), and says what the answer
means."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from rq import Queue
from werkzeug.serving import make_server

from tests.conftest import FIXTURES
from worker import jobs
from worker.app import create_app
from worker.cli import main


@pytest.fixture
def receiver(configure) -> Iterator[tuple[str, dict[str, str]]]:
    """The Flask app on 127.0.0.1 (a free port), built from the same environment the CLI
    reads; yields its URL and that environment."""
    env = configure()
    server = make_server("127.0.0.1", 0, create_app(env), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", env
    server.shutdown()
    thread.join(timeout=10)


@pytest.mark.parametrize(
    ("helpdesk", "fixture"),
    [("zendesk", "comment_added.json"), ("freshdesk", "ticket_created.json")],
)
def test_a_signed_sample_is_accepted_then_recognised_as_a_duplicate(
    receiver, redis, capsys, helpdesk, fixture
):
    url, _ = receiver
    path = str(FIXTURES / helpdesk / fixture)
    assert main(["try", helpdesk, path, "--url", url]) == 0
    out = capsys.readouterr().out
    assert f"posted the {helpdesk} sample to {url}/webhooks/{helpdesk}: HTTP 202" in out
    assert "Accepted (job " in out and "kasuguard dry-run" in out
    assert Queue(jobs.QUEUE_NAME, connection=redis).count == 1
    assert main(["try", helpdesk, path, "--url", url]) == 0
    assert "Already accepted (redelivery protection)" in capsys.readouterr().out
    assert Queue(jobs.QUEUE_NAME, connection=redis).count == 1


def test_a_secret_the_service_does_not_share_is_explained(receiver, monkeypatch, capsys):
    url, _ = receiver
    monkeypatch.setenv("ZENDESK_WEBHOOK_SECRET", "not-the-services-secret")
    path = str(FIXTURES / "zendesk" / "comment_added.json")
    assert main(["try", "zendesk", path, "--url", url]) == 1
    out = capsys.readouterr().out
    assert "HTTP 401" in out and "does the service read the same .env" in out
    assert "not-the-services-secret" not in out


def test_in_japanese_and_a_broken_file_is_refused_before_sending(
    receiver, monkeypatch, tmp_path, capsys
):
    url, _ = receiver
    monkeypatch.setenv("KASUGUARD_LANG", "ja")
    broken = tmp_path / "broken.json"
    broken.write_text('{"ticket": ')
    assert main(["try", "freshdesk", str(broken), "--url", url]) == 2
    assert "は JSON ではありません" in capsys.readouterr().err
    path = str(FIXTURES / "freshdesk" / "ticket_created.json")
    assert main(["try", "freshdesk", path, "--url", url]) == 0
    assert "受け付けました（ジョブ freshdesk-" in capsys.readouterr().out


def test_a_receiver_that_is_not_running_is_explained(configure, capsys):
    from tests.processes import free_port

    configure()
    url = f"http://127.0.0.1:{free_port()}"
    path = str(FIXTURES / "zendesk" / "comment_added.json")
    assert main(["try", "zendesk", path, "--url", url]) == 2
    assert "does not answer (ConnectionError); is kasuguard running" in capsys.readouterr().err
