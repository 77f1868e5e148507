"""The ``kasuguard`` command: configuration check, dry-run records, signing."""

from __future__ import annotations

from datetime import UTC, datetime

from integrations import dryrun, zendesk
from tests.conftest import ZENDESK_SECRET, load_fixture
from worker.cli import main
from worker.model import ActionSet, TicketEvent


def test_check_config_reports_each_helpdesk(configure, capsys):
    configure(FRESHDESK_API_KEY="", ZENDESK_WEBHOOK_SECRET="")
    assert main(["check-config"]) == 0
    out = capsys.readouterr().out
    assert "zendesk: disabled (no webhook secret)" in out
    assert "freshdesk: enabled, dry run" in out
    assert "fd-webhook-secret" not in out


def test_bad_config_exits_2_naming_the_key(configure, capsys):
    configure(ZENDESK_EMAIL="")
    assert main(["check-config"]) == 2
    assert "ZENDESK_EMAIL" in capsys.readouterr().err


def test_dry_run_lists_records_newest_first_and_they_expire(configure, redis, capsys):
    configure()
    client = dryrun.Client("freshdesk", redis)
    for ticket in ("11", "12"):
        event = TicketEvent("freshdesk", f"e{ticket}", "ticket.created", ticket, datetime.now(UTC))
        client.apply(event, ActionSet(tags=("kasuhara_abuse",)), None)
    assert main(["dry-run"]) == 0
    out = capsys.readouterr().out
    assert out.index('"ticket_id": "12"') < out.index('"ticket_id": "11"')
    assert 0 < redis.ttl(dryrun.RECORDS_KEY) <= dryrun.RECORD_TTL_S


def test_sign_prints_headers_zendesk_verify_accepts(configure, capsys, tmp_path):
    configure()
    body = load_fixture("zendesk", "comment_added.json")
    path = tmp_path / "body.json"
    path.write_bytes(body)
    assert main(["sign", str(path)]) == 0
    headers = dict(line.split(": ", 1) for line in capsys.readouterr().out.splitlines())
    zendesk.verify(headers, body, ZENDESK_SECRET, datetime.now(UTC))
