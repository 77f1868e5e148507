"""``kasuguard setup``: the Zendesk webhook (idempotent, dry run, .env), the business-hours
calendar, and the Freshdesk rules printed from one definition."""

from __future__ import annotations

import json
import re
import textwrap
from datetime import date
from pathlib import Path

import pytest
import yaml
from responses import matchers

from tests.conftest import FRESHDESK_URL, ZENDESK_URL, load_json
from worker.cli import main
from worker.operations import UsageError, setup
from worker.policy import load_policy

ROOT = Path(__file__).resolve().parents[2]
WEBHOOKS = f"{ZENDESK_URL}/api/v2/webhooks"
HOOK_ID = "01JH8Q3V6N0X2W5E4R7T9Y1ZAB"
SECRET = load_json("zendesk", "api/webhook_signing_secret.json")["signing_secret"]["secret"]
ENDPOINT = "https://kasuguard.example.com/webhooks/zendesk"


def list_matcher(after: str | None = None):
    params = {"filter[name_contains]": "kasuguard", "page[size]": "100"}
    if after:
        params["page[after]"] = after
    return [matchers.query_param_matcher(params)]


def expect_secret(http) -> None:
    http.get(
        f"{WEBHOOKS}/{HOOK_ID}/signing_secret",
        json=load_json("zendesk", "api/webhook_signing_secret.json"),
    )


def run_setup(env_file: Path, *extra: str) -> int:
    return main(
        ["setup", "zendesk", "--url", "https://kasuguard.example.com", "--env-file",
         str(env_file), *extra]
    )  # fmt: skip


@pytest.fixture
def env_file(tmp_path) -> Path:
    path = tmp_path / ".env"
    path.write_text("# mine\nREDIS_URL=redis://127.0.0.1:6379/0\nZENDESK_WEBHOOK_SECRET=old\n")
    return path


def test_creates_the_event_subscribed_webhook_and_writes_its_secret(
    configure, http, env_file, capsys
):
    configure()
    http.get(WEBHOOKS, json=load_json("zendesk", "api/webhooks_list_none.json"),
             match=list_matcher())  # fmt: skip
    http.post(
        WEBHOOKS,
        status=201,
        json=load_json("zendesk", "api/webhook_created.json"),
        match=[
            matchers.json_params_matcher(
                {
                    "webhook": {
                        "name": "kasuguard",
                        "description": setup.WEBHOOK_DESCRIPTION,
                        "endpoint": ENDPOINT,
                        "http_method": "POST",
                        "request_format": "json",
                        "status": "active",
                        "subscriptions": [
                            "zen:event-type:ticket.created",
                            "zen:event-type:ticket.comment_added",
                        ],
                    }
                }
            )
        ],
    )
    expect_secret(http)
    assert run_setup(env_file) == 0
    assert env_file.read_text() == (
        f"# mine\nREDIS_URL=redis://127.0.0.1:6379/0\nZENDESK_WEBHOOK_SECRET={SECRET}\n"
    )
    out = capsys.readouterr().out
    assert f"Created webhook {HOOK_ID}" in out
    assert "Wrote ZENDESK_WEBHOOK_SECRET" in out
    assert SECRET not in out


def test_second_run_finds_the_webhook_on_a_later_page_and_changes_nothing(
    configure, http, env_file, capsys
):
    configure()
    env_file.write_text(f"ZENDESK_WEBHOOK_SECRET={SECRET}\n")
    before = env_file.stat().st_mtime_ns
    page1 = load_json("zendesk", "api/webhooks_list_page1.json")
    http.get(WEBHOOKS, json=page1, match=list_matcher())
    http.get(
        WEBHOOKS,
        json=load_json("zendesk", "api/webhooks_list_page2.json"),
        match=list_matcher(page1["meta"]["after_cursor"]),
    )
    expect_secret(http)  # and no POST: the strict mock fails on an unregistered request
    assert run_setup(env_file) == 0
    assert env_file.read_text() == f"ZENDESK_WEBHOOK_SECRET={SECRET}\n"
    assert env_file.stat().st_mtime_ns == before
    out = capsys.readouterr().out
    assert f"Webhook {HOOK_ID} → {ENDPOINT} already exists" in out
    assert "nothing to write" in out
    # The same-named webhook on page 1 points at an old host: the operator is told.
    assert "https://old-host.example.com/webhooks/zendesk" in out


def test_an_existing_trigger_connected_webhook_is_reused_and_explained(
    configure, http, env_file, capsys
):
    configure()
    listing = load_json("zendesk", "api/webhooks_list_trigger_connected.json")
    http.get(WEBHOOKS, json=listing, match=list_matcher())
    http.get(
        f"{WEBHOOKS}/01HANAHB6668W9BWXPJXRD0BS4/signing_secret",
        json=load_json("zendesk", "api/webhook_signing_secret.json"),
    )
    assert run_setup(env_file) == 0
    out = capsys.readouterr().out
    assert "connected to triggers" in out
    assert "status is 'inactive'" in out


def test_dry_run_prints_the_calls_and_makes_none(configure, http, env_file, capsys):
    configure(ZENDESK_EMAIL="", ZENDESK_API_TOKEN="")  # works before credentials exist
    before = env_file.read_text()
    assert run_setup(env_file, "--dry-run", "--schedule") == 0
    out = capsys.readouterr().out
    assert "GET /api/v2/webhooks?filter[name_contains]=kasuguard" in out
    assert "POST /api/v2/webhooks" in out
    body = json.loads(out[out.index("{") : out.index("\nGET /api/v2/webhooks/{webhook_id}")])
    assert body["webhook"]["endpoint"] == ENDPOINT
    assert "GET /api/v2/business_hours/schedules" in out
    assert env_file.read_text() == before


def test_credentials_given_on_the_command_line_are_saved_only_where_absent(
    configure, http, tmp_path, capsys
):
    configure(ZENDESK_SUBDOMAIN="", ZENDESK_EMAIL="", ZENDESK_API_TOKEN="")
    env_file = tmp_path / ".env"
    env_file.write_text("ZENDESK_EMAIL=kept@example.com\n")
    http.get(WEBHOOKS, json=load_json("zendesk", "api/webhooks_list_page2.json"),
             match=list_matcher())  # fmt: skip
    expect_secret(http)
    code = run_setup(
        env_file, "--subdomain", "example", "--email", "agent@example.com", "--token", "tok"
    )
    assert code == 0
    written = env_file.read_text()
    assert "ZENDESK_EMAIL=kept@example.com" in written
    assert "ZENDESK_SUBDOMAIN=example" in written and "ZENDESK_API_TOKEN=tok" in written
    assert "tok" not in capsys.readouterr().out.replace("token", "")


def test_without_credentials_setup_says_what_to_set(configure, env_file, capsys):
    configure(ZENDESK_EMAIL="", ZENDESK_API_TOKEN="")
    assert run_setup(env_file) == 2
    assert "ZENDESK_API_TOKEN" in capsys.readouterr().err


def test_a_refusal_from_zendesk_is_reported_not_raised(configure, http, env_file, capsys):
    configure()
    http.get(WEBHOOKS, status=403, json={"error": "Forbidden", "description": "admins only"})
    assert run_setup(env_file) == 2
    assert "admins only" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("url", "endpoint"),
    [
        ("https://k.example.com", "https://k.example.com/webhooks/zendesk"),
        ("https://k.example.com/", "https://k.example.com/webhooks/zendesk"),
        ("https://k.example.com/webhooks/zendesk", "https://k.example.com/webhooks/zendesk"),
    ],
)
def test_url_may_be_the_host_or_the_full_webhook_url(url, endpoint):
    assert setup.webhook_endpoint(url, "zendesk") == endpoint


def test_url_must_be_http():
    with pytest.raises(UsageError, match="--url"):
        setup.webhook_endpoint("kasuguard.example.com", "zendesk")


# --- business hours ----------------------------------------------------------------------


def test_intervals_are_minutes_from_sunday_midnight():
    hours = setup.weekly_hours(load_json("zendesk", "api/business_hours_schedules.json")
                               ["schedules"][0]["intervals"])  # fmt: skip
    assert hours == {
        "mon": ["09:00-18:00"],
        "tue": ["09:00-18:00"],
        "wed": ["09:00-18:00"],
        "thu": ["09:00-18:00"],
        "fri": ["09:00-18:00"],
        "sat": ["09:00-12:00", "21:00-24:00"],
    }


def test_sunday_interval_starts_at_zero():
    assert setup.weekly_hours([{"start_time": 0, "end_time": 600}]) == {"sun": ["00:00-10:00"]}


@pytest.mark.parametrize(
    ("rails", "iana"),
    [("Tokyo", "Asia/Tokyo"), ("Osaka", "Asia/Tokyo"), ("Eastern Time (US & Canada)",
     "America/New_York"), ("Asia/Tokyo", "Asia/Tokyo")],
)  # fmt: skip
def test_rails_time_zone_names_map_to_iana(rails, iana):
    assert setup.iana_zone(rails) == iana


def test_an_unknown_time_zone_is_an_error_naming_it():
    with pytest.raises(UsageError, match="Atlantis"):
        setup.iana_zone("Atlantis")


def test_schedule_yaml_pastes_into_a_policy_that_loads(tmp_path):
    schedule = load_json("zendesk", "api/business_hours_schedules.json")["schedules"][0]
    holidays = load_json("zendesk", "api/schedule_holidays.json")["holidays"]
    snippet = setup.calendar_yaml(schedule, holidays)
    # 元日 is a national holiday (public_holidays covers it); company days become closures.
    assert "01-01" not in snippet
    assert yaml.safe_load(snippet)["calendar"]["closures"] == ["06-01..06-01", "08-12..08-14"]
    default = (ROOT / "policies/default.yaml").read_text(encoding="utf-8")
    start = default.index("\ncalendar:")
    end = default.index("\ncategories:")
    policy_file = tmp_path / "default.yaml"
    policy_file.write_text(default[:start] + "\n" + snippet + default[end:], encoding="utf-8")
    calendar = load_policy(policy_file).calendar
    assert calendar.timezone == "Asia/Tokyo"
    assert calendar.is_closed_day(date(2026, 8, 13))
    assert set(calendar.weekly_hours) == {0, 1, 2, 3, 4, 5}


def test_setup_with_schedule_reads_schedules_and_holidays(configure, http, env_file, capsys):
    configure()
    http.get(WEBHOOKS, json=load_json("zendesk", "api/webhooks_list_page2.json"))
    expect_secret(http)
    http.get(
        f"{ZENDESK_URL}/api/v2/business_hours/schedules",
        json=load_json("zendesk", "api/business_hours_schedules.json"),
    )
    http.get(
        f"{ZENDESK_URL}/api/v2/business_hours/schedules/360000123451/holidays",
        json=load_json("zendesk", "api/schedule_holidays.json"),
        match=[
            matchers.query_param_matcher(
                {"start_date": date.today().isoformat()}, strict_match=False
            )
        ],  # fmt: skip
    )
    assert run_setup(env_file, "--schedule") == 0
    out = capsys.readouterr().out
    assert "timezone: Asia/Tokyo" in out and "# Zendesk: Osaka" in out


# --- Freshdesk ---------------------------------------------------------------------------


def test_freshdesk_prints_both_rules_with_url_and_username_and_checks_the_key(
    configure, http, tmp_path, capsys
):
    configure()
    http.get(f"{FRESHDESK_URL}/api/v2/agents/me", json=load_json("freshdesk", "api/agent_me.json"))
    code = main(["setup", "freshdesk", "--url", "https://k.example.com", "--username", "kg",
                 "--env-file", str(tmp_path / ".env")])  # fmt: skip
    assert code == 0
    out = capsys.readouterr().out
    assert "API key works" in out
    assert out.count("URL:         https://k.example.com/webhooks/freshdesk") == 2
    assert out.count("Username:  kg") == 2
    assert "fd-webhook-secret" not in out
    assert setup.freshdesk_body(setup.FRESHDESK_REPLY_BODY) in out
    assert not (tmp_path / ".env").exists()  # a webhook password was already configured


def test_freshdesk_writes_a_webhook_password_when_there_is_none(configure, tmp_path, capsys):
    configure(FRESHDESK_WEBHOOK_SECRET="", FRESHDESK_API_KEY="")
    env_file = tmp_path / ".env"
    assert main(["setup", "freshdesk", "--url", "https://k.example.com",
                 "--env-file", str(env_file)]) == 0  # fmt: skip
    (line,) = env_file.read_text().splitlines()
    password = line.removeprefix("FRESHDESK_WEBHOOK_SECRET=")
    assert len(password) >= 40
    assert password not in capsys.readouterr().out


def test_freshdesk_rule_bodies_parse_as_the_receiver_expects():
    from integrations import freshdesk

    for rule in setup.FRESHDESK_RULES:
        payload = json.loads(setup.freshdesk_body(rule.body).replace("{{triggered_event}}", "x"))
        filled = {k: "1" if k == "ticket_id" else "{ticket_action:created}" if k ==
                  "triggered_event" else "t" for k in payload["freshdesk_webhook"]}  # fmt: skip
        event = freshdesk.parse({"freshdesk_webhook": filled}, {})
        assert event.ticket_id == "1"


def test_readme_shows_the_same_freshdesk_bodies_as_the_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Connecting Freshdesk", 1)[1].split("\n## ", 1)[0]
    blocks = [textwrap.dedent(b).strip() for b in re.findall(r"```json\n(.*?)```", section, re.S)]
    assert setup.freshdesk_body(setup.FRESHDESK_CREATED_BODY) in blocks
    assert setup.freshdesk_body(setup.FRESHDESK_REPLY_BODY) in blocks
    assert "kasuguard setup freshdesk" in section


def test_an_untranslatable_schedule_does_not_undo_the_webhook_setup(
    configure, http, env_file, capsys
):
    configure()
    http.get(WEBHOOKS, json=load_json("zendesk", "api/webhooks_list_page2.json"))
    expect_secret(http)
    schedules = load_json("zendesk", "api/business_hours_schedules.json")
    schedules["schedules"][0]["time_zone"] = "Atlantis"
    http.get(f"{ZENDESK_URL}/api/v2/business_hours/schedules", json=schedules)
    http.get(
        f"{ZENDESK_URL}/api/v2/business_hours/schedules/360000123451/holidays",
        json=load_json("zendesk", "api/schedule_holidays.json"),
    )
    assert run_setup(env_file, "--schedule") == 1
    assert f"ZENDESK_WEBHOOK_SECRET={SECRET}" in env_file.read_text()
    assert "Atlantis" in capsys.readouterr().err


def test_freshdesk_rules_in_japanese_name_the_japanese_screens(configure, tmp_path, capsys):
    configure(FRESHDESK_API_KEY="", KASUGUARD_LANG="ja")
    code = main(["setup", "freshdesk", "--url", "https://k.example.com",
                 "--env-file", str(tmp_path / ".env")])  # fmt: skip
    assert code == 0
    out = capsys.readouterr().out
    assert "場所:        管理者 → ワークフロー → 自動化 → チケット作成 → 新しいルール" in out
    assert "（Admin → Workflows → Automations → Ticket updates → New rule）" in out
    assert "実行者: 依頼者（Requester）" in out
    assert "FRESHDESK_API_KEY が設定されていません" in out
    # What is pasted stays as the receiver reads it, in either language.
    assert setup.freshdesk_body(setup.FRESHDESK_CREATED_BODY) in out
    assert "Admin → Workflows" not in out.replace("（Admin → Workflows", "")


def test_zendesk_dry_run_in_japanese(configure, env_file, capsys):
    configure(KASUGUARD_LANG="ja")
    assert run_setup(env_file, "--dry-run") == 0
    out = capsys.readouterr().out
    assert out.startswith("ドライラン: API は呼ばず、.env も変えません。")
    assert "POST /api/v2/webhooks   (見つからなかったときだけ)" in out
