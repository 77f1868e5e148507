"""``kasuguard check-config [--online]``: real Redis and databases, keys that are not ours, the
policy's values with their meaning, and one read-only call per helpdesk (faked at the HTTP layer
with the helpdesks' own response shapes)."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import text

from tests.conftest import (
    FRESHDESK_SECRET,
    FRESHDESK_URL,
    TEST_PEPPER,
    TEST_REDIS_URL,
    ZENDESK_SECRET,
    ZENDESK_URL,
    load_json,
)
from tests.processes import free_port
from worker import db
from worker.cli import main

USERS_ME = f"{ZENDESK_URL}/api/v2/users/me.json"
AGENTS_ME = f"{FRESHDESK_URL}/api/v2/agents/me"


def check(*extra: str) -> int:
    return main(["check-config", *extra])


def test_a_working_setup_is_ok_and_says_what_each_part_is(configure, database_url, capsys):
    configure(DATABASE_URL=database_url, FRESHDESK_API_KEY="", ZENDESK_WEBHOOK_SECRET="")
    assert check() == 0
    out = capsys.readouterr().out
    assert f"[ok] Redis {TEST_REDIS_URL}: answers (PING)" in out
    assert f"schema is current ({db.head_revision()})" in out
    assert "zendesk: disabled (no webhook secret)" in out
    assert "freshdesk: enabled, dry run" in out
    assert "escalation priority: urgent (before everything else)" in out
    assert "business hours: Weekdays 9:00–18:00" in out
    assert FRESHDESK_SECRET not in out and TEST_PEPPER not in out


def test_in_japanese_policy_values_come_with_their_meaning(configure, database_url, capsys):
    configure(DATABASE_URL=database_url, KASUGUARD_LANG="ja", KASUGUARD_POLICY="mjs")
    assert check() == 0
    out = capsys.readouterr().out
    assert "接続できました（PING）" in out
    assert "エスカレーションの優先度: urgent（緊急: 最優先で対応）" in out
    assert "受付時間: 平日" in out
    assert "観察のみ（observe_only）: いいえ = ポリシーどおりにエスカレーションします" in out


def test_redis_that_does_not_answer_is_an_error(configure, capsys):
    configure(REDIS_URL=f"redis://127.0.0.1:{free_port()}/0")
    assert check() == 1
    out = capsys.readouterr().out
    assert "unreachable (ConnectionError)" in out
    assert out.rstrip().endswith("error(s); fix them and run this again.")


def test_a_database_that_does_not_answer_is_an_error(configure, capsys):
    port = free_port()
    configure(DATABASE_URL=f"postgresql://kg:hunter2@127.0.0.1:{port}/kg")
    assert check() == 1
    out = capsys.readouterr().out
    assert f"Database postgresql+psycopg://kg:***@127.0.0.1:{port}/kg: unreachable" in out
    assert "hunter2" not in out


def test_a_database_at_another_schema_revision_is_an_error(configure, tmp_path, capsys):
    url = db.database_url("", tmp_path / "old")
    with db.engine_for(url).begin() as connection:  # as if a migration had not run yet
        connection.execute(text("UPDATE alembic_version SET version_num = '0000_earlier'"))
    configure(KASUGUARD_DATA_DIR=str(tmp_path / "old"))
    assert check() == 1
    out = capsys.readouterr().out
    assert f"schema 0000_earlier is behind this version's {db.head_revision()}" in out
    assert "run `kasuguard db upgrade`" in out


def test_a_database_not_created_yet_is_a_warning(configure, tmp_path, capsys):
    configure(KASUGUARD_DATA_DIR=str(tmp_path / "fresh"))
    assert check() == 0
    out = capsys.readouterr().out
    assert "not created yet; `kasuguard db upgrade`" in out
    assert "warning(s); kasuguard will run." in out


def test_a_typo_in_a_key_is_named_with_the_nearest_setting(configure, monkeypatch, capsys):
    configure()
    monkeypatch.setenv("KASUGUARD_POLICYY", "mjs")
    monkeypatch.setenv("ZENDESK_TOKEN", "x")
    assert check() == 0  # a warning, not an error
    out = capsys.readouterr().out
    assert (
        "[warning] KASUGUARD_POLICYY (environment) is not a kasuguard setting. "
        "Did you mean KASUGUARD_POLICY?" in out
    )
    assert "ZENDESK_TOKEN (environment) is not a kasuguard setting." in out


def test_unknown_keys_in_dotenv_are_found_too(configure, monkeypatch, tmp_path, capsys):
    configure(KASUGUARD_LANG="ja")
    (tmp_path / ".env").write_text("FRESHDESK_WEBHOK_SECRET=oops\n")
    monkeypatch.chdir(tmp_path)
    try:
        assert check() == 0
    finally:  # loading .env put the key into this process's environment
        os.environ.pop("FRESHDESK_WEBHOK_SECRET", None)
    out = capsys.readouterr().out
    assert (
        "FRESHDESK_WEBHOK_SECRET（.env）は kasuguard の設定にない名前です。"
        "FRESHDESK_WEBHOOK_SECRET の書き間違いではありませんか。" in out
    )
    assert "oops" not in out


def test_a_bad_policy_is_explained_in_japanese_with_its_line(configure, tmp_path, capsys):
    bad = tmp_path / "ours.yaml"
    bad.write_text("name: ours\ncalendar:\n  timezone: Asia/Tokyo\n  publc_holidays: true\n")
    configure(KASUGUARD_POLICY=str(bad), KASUGUARD_LANG="ja")
    assert check() == 2
    err = capsys.readouterr().err
    assert f"ポリシーエラー: {bad}、4行目、項目 calendar.publc_holidays:" in err
    assert "「publc_holidays」という項目はありません。もしかして「public_holidays」ですか？" in err


def test_a_bad_setting_is_explained_in_japanese(configure, capsys):
    configure(ZENDESK_WRITES_PER_MINUTE="many", KASUGUARD_LANG="ja")
    assert check() == 2
    assert (
        "設定エラー: ZENDESK_WRITES_PER_MINUTE には整数を書いてください（いまは 'many'）。"
        in capsys.readouterr().err
    )


# --- --online -------------------------------------------------------------------------------


def test_online_makes_one_read_only_call_per_helpdesk(configure, http, capsys):
    configure()
    http.get(USERS_ME, json=load_json("zendesk", "api/users_me.json"))
    http.get(AGENTS_ME, json=load_json("freshdesk", "api/agent_me.json"))
    assert check("--online") == 0
    out = capsys.readouterr().out
    assert "zendesk API: credentials accepted (admin, user id 6130907993114)" in out
    assert "freshdesk API: credentials accepted (agent id 43000512345)" in out
    assert [call.request.method for call in http.calls] == ["GET", "GET"]
    for secret in (ZENDESK_SECRET, "zendesk-api-token", "freshdesk-api-key"):
        assert secret not in out


@pytest.mark.parametrize("language", ["ja", "en"])
def test_online_refused_credentials_are_an_error_saying_which_to_check(
    configure, http, capsys, language
):
    configure(KASUGUARD_LANG=language)
    http.get(USERS_ME, json={"error": "Couldn't authenticate you"}, status=401)
    http.get(
        AGENTS_ME,
        json={
            "code": "invalid_credentials",
            "message": "You have to be logged in to perform this action.",
        },
        status=401,
    )
    assert check("--online") == 1
    out = capsys.readouterr().out
    assert "ZENDESK_API_TOKEN" in out and "FRESHDESK_API_KEY" in out
    assert out.count("(401)" if language == "en" else "（401）") == 2


def test_online_an_anonymous_answer_is_not_a_login(configure, http, capsys):
    configure(FRESHDESK_API_KEY="")
    anonymous = {"user": {"id": None, "name": "Anonymous user", "role": "end-user"}}
    http.get(USERS_ME, json=anonymous)
    assert check("--online") == 1
    assert "zendesk API: credentials refused (anonymous)" in capsys.readouterr().out


def test_online_skips_helpdesks_without_credentials(configure, capsys):
    configure(ZENDESK_API_TOKEN="", ZENDESK_EMAIL="", FRESHDESK_API_KEY="",
              FRESHDESK_WEBHOOK_SECRET="")  # fmt: skip
    assert check("--online") == 0  # no HTTP fake registered: any call would fail the test
    out = capsys.readouterr().out
    assert "zendesk API: no credentials to check (dry run)" in out
    assert "freshdesk API" not in out  # neither in use nor checkable


def test_online_checks_credentials_before_the_webhook_is_set_up(configure, http, capsys):
    configure(ZENDESK_WEBHOOK_SECRET="", FRESHDESK_API_KEY="")
    http.get(USERS_ME, json=load_json("zendesk", "api/users_me.json"))
    assert check("--online") == 0
    assert "zendesk API: credentials accepted" in capsys.readouterr().out
