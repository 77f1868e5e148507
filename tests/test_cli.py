"""The ``kasuguard`` command: dry-run records (text and JSON Lines), signing, and the language."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime

import pytest

from integrations import dryrun, zendesk
from tests.conftest import ZENDESK_SECRET, load_fixture
from worker import cli_text
from worker.cli import main
from worker.model import ActionSet, Escalation, TicketEvent


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


def record_two(redis) -> None:
    client = dryrun.Client("freshdesk", redis, now=datetime(2026, 2, 2, 0, 15, tzinfo=UTC))
    note = "kasuguard: level high\n\n> 土下座しろ\n\nSuggested reply:\nThank you."
    for ticket in ("11", "12"):
        event = TicketEvent("freshdesk", f"e{ticket}", "ticket.created", ticket, datetime.now(UTC))
        actions = ActionSet(
            tags=("kasuhara_dogeza", "kasuhara_level_high"),
            private_note=note,
            escalation=Escalation(priority="urgent", group_id="42"),
        )
        client.apply(event, actions, None)


def test_dry_run_shows_tags_then_the_note_as_lines_newest_first(configure, redis, capsys):
    configure()
    record_two(redis)
    assert main(["dry-run"]) == 0
    out = capsys.readouterr().out
    assert out.index("ticket #12") < out.index("ticket #11")
    first = out[: out.index("ticket #11")]
    assert first.index("Tags: kasuhara_dogeza, kasuhara_level_high") < first.index("Internal note:")
    assert "Escalation: priority urgent (before everything else), group 42\n" in first
    # The note as real lines (indented), not one string with \n in it.
    assert "\n    > 土下座しろ\n" in first and "\\n" not in out
    assert "    Suggested reply:\n    Thank you.\n" in first
    assert "2026-02-02 09:15:00 JST" in first  # recorded 00:15 UTC, shown in the policy's zone
    assert 0 < redis.ttl(dryrun.RECORDS_KEY) <= dryrun.RECORD_TTL_S


def test_dry_run_json_prints_one_valid_json_object_per_line(configure, redis, capsys):
    configure()
    record_two(redis)
    assert main(["dry-run", "--json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    records = [json.loads(line) for line in lines]
    assert [r["ticket_id"] for r in records] == ["12", "11"]
    assert records[0]["private_note"].splitlines()[2] == "> 土下座しろ"


def test_dry_run_says_so_when_nothing_was_recorded(configure, redis, capsys):
    configure(KASUGUARD_LANG="ja")
    assert main(["dry-run"]) == 0
    assert "ドライランの記録はまだありません" in capsys.readouterr().out
    assert main(["dry-run", "--json"]) == 0
    assert capsys.readouterr().out == ""


def test_sign_prints_headers_zendesk_verify_accepts(configure, capsys, tmp_path):
    configure()
    body = load_fixture("zendesk", "comment_added.json")
    path = tmp_path / "body.json"
    path.write_bytes(body)
    assert main(["sign", str(path)]) == 0
    headers = dict(line.split(": ", 1) for line in capsys.readouterr().out.splitlines())
    zendesk.verify(headers, body, ZENDESK_SECRET, datetime.now(UTC))


def test_messages_and_help_follow_kasuguard_lang(configure, capsys):
    configure(KASUGUARD_LANG="ja")
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    help_ja = capsys.readouterr().out
    assert help_ja.startswith("使い方: kasuguard")
    assert "設定を検証し" in help_ja and "check-config" in help_ja  # command names stay ASCII
    configure(KASUGUARD_LANG="en")
    with pytest.raises(SystemExit):
        main(["--help"])
    help_en = capsys.readouterr().out
    assert help_en.startswith("usage: kasuguard") and "validate the configuration" in help_en


def test_argparse_errors_are_translated(configure, capsys):
    configure(KASUGUARD_LANG="ja")
    with pytest.raises(SystemExit) as exit_:
        main(["setup", "zendesks", "--url", "https://k.example.com"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "に 'zendesks' は使えません。選べるもの: 'zendesk', 'freshdesk'" in err


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({}, "ja"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "ja_JP.UTF-8"}, "ja"),
        ({"LANG": "C.UTF-8"}, "ja"),  # unsure: Japanese
        ({"LANG": "en_US.UTF-8", "LC_ALL": "ja_JP.UTF-8"}, "ja"),  # LC_ALL decides
        ({"LANG": "ja_JP.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "KASUGUARD_LANG": "ja"}, "ja"),  # ours wins
        ({"LANG": "en_US.UTF-8", "KASUGUARD_LANG": "fr"}, "en"),  # not ours: the locale
    ],
)
def test_language_from_kasuguard_lang_then_the_locale(environ, language):
    assert cli_text.detect(environ) == language


def test_every_message_exists_in_both_languages_with_the_same_placeholders():
    import string

    def fields(text: str) -> set[str]:
        return {f for _, f, _, _ in string.Formatter().parse(text) if f}

    ja, en = cli_text.MESSAGES["ja"], cli_text.MESSAGES["en"]
    assert set(ja) == set(en)
    for key in ja:
        assert fields(ja[key]) == fields(en[key]), key


def test_a_key_missing_from_english_falls_back_to_japanese(monkeypatch):
    monkeypatch.setitem(cli_text.MESSAGES, "en", {})
    cli_text.use("en")
    try:
        assert cli_text.t("cc_summary_ok") == "問題はありません。"
    finally:
        cli_text.use(None)


def test_times_are_shown_in_the_policys_zone_even_when_stored_without_one():
    aware = datetime(2026, 2, 2, 0, 15, tzinfo=UTC)
    assert cli_text.local_time(aware, "Asia/Tokyo") == "2026-02-02 09:15:00 JST"
    assert (
        cli_text.local_time(aware.replace(tzinfo=None), "Asia/Tokyo") == "2026-02-02 09:15:00 JST"
    )
    assert cli_text.local_time(aware.astimezone(UTC), "Europe/London").endswith("GMT")
    assert cli_text.local_time(None, "Asia/Tokyo") == "-"


@pytest.mark.parametrize("language", ["ja", "en"])
def test_every_commands_help_renders_in_both_languages(configure, capsys, language):
    from worker.cli import build_parser

    configure(KASUGUARD_LANG=language)
    commands = build_parser()._subparsers._group_actions[0].choices  # argparse's own registry
    assert {"check-config", "dry-run", "try", "failed", "setup"} <= set(commands)
    for name in commands:
        with pytest.raises(SystemExit) as exit_:
            main([name, "--help"])
        assert exit_.value.code == 0, name
        out = capsys.readouterr().out
        assert out.startswith("使い方: " if language == "ja" else "usage: "), name


def test_sign_explains_a_missing_file_instead_of_a_traceback(configure, tmp_path, capsys):
    configure(KASUGUARD_LANG="ja")
    assert main(["sign", str(tmp_path / "nope.json")]) == 2
    assert "nope.json を読めません" in capsys.readouterr().err


@pytest.mark.parametrize(
    "module", ["worker.cli", "worker.app", "worker.jobs", "worker.rqworker", "worker.admin"]
)
def test_each_entry_point_imports_on_its_own(module):
    """A fresh interpreter imports each process's entry module first, as the console script,
    gunicorn and rq do; an import cycle shows here even when the test session imported its
    modules in an order that hides it."""
    result = subprocess.run(
        [sys.executable, "-c", f"import {module}"], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
