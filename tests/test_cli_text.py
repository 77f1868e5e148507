"""Errors an admin meets, in plain Japanese with the line: every kind of policy problem the
loader raises, template problems (unknown variables with the nearest name, the sandbox, syntax),
and setting errors. A problem the tables do not know would show up here as English."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from worker import cli_text
from worker.config import ConfigError, load_config
from worker.policy import PolicyError, load_policy, parse_policy_text, policy_path
from worker.replies import BrokenTemplate, TemplateIssue
from worker.template_check import validate

BAD_POLICIES = {
    "section": "calendar: 5\n",
    "unknown key, near": "calendar:\n  publc_holidays: true\n",
    "unknown key": "zzzzzz: 1\n",
    "text": "name: [a]\n",
    "empty": "name: ''\n",
    "flag": "observe_only: maybe\n",
    "whole": "history:\n  window_days: 1.5\n",
    "at least": "history:\n  window_days: 0\n",
    "at least another": "history:\n  window_days: 30\n  retention_days: 10\n",
    "between": "categories:\n  weights:\n    abuse: 11\n",
    "number": "categories:\n  weights:\n    abuse: high\n",
    "choice": "language: fr\n",
    "list": "categories:\n  enabled: 5\n",
    "span": "calendar:\n  weekly_hours:\n    mon: ['10-18']\n",
    "time of day": "calendar:\n  weekly_hours:\n    mon: ['25:00-26:00']\n",
    "span order": "calendar:\n  weekly_hours:\n    mon: ['18:00-09:00']\n",
    "closure": "calendar:\n  closures: ['12/29']\n",
    "day of year": "calendar:\n  closures: ['02-30..03-01']\n",
    "time zone": "calendar:\n  timezone: Mars/Base\n",
    "group": "escalation:\n  group_id: [1]\n",
    "https": "escalation:\n  notify_url: http://hooks.example.com/x\n",
    "thresholds": "categories:\n  level_thresholds:\n    low: 0.8\n    medium: 0.5\n",
    "key name": "~: 1\n",
    "twice": "name: a\nname: b\n",
    "yaml": "name: a: b\n",
    "top level": "- a\n",
}


def _japanese(language: str = "ja") -> Iterator[None]:
    cli_text.use(language)
    yield
    cli_text.use(None)


@pytest.fixture
def japanese() -> Iterator[None]:
    yield from _japanese("ja")


@pytest.mark.parametrize("yaml_text", BAD_POLICIES.values(), ids=BAD_POLICIES.keys())
def test_every_policy_problem_reads_in_japanese_with_its_line(japanese, yaml_text):
    with pytest.raises(PolicyError) as caught:
        parse_policy_text(yaml_text, where="ours.yaml")
    exc = caught.value
    explained = cli_text.explain_policy_error(exc)
    assert explained.startswith("ポリシーエラー: ours.yaml")
    problem = explained.split(": ", 1)[1]
    assert exc.problem not in problem, f"no Japanese for: {exc.problem}"
    assert re.search(r"[ぁ-んァ-ヶ一-龥]", problem)
    if exc.line:
        assert f"、{exc.line}行目" in explained


def test_a_typo_is_explained_with_the_key_it_probably_meant(japanese):
    with pytest.raises(PolicyError) as caught:
        parse_policy_text(BAD_POLICIES["unknown key, near"], where="ours.yaml")
    explained = cli_text.explain_policy_error(caught.value)
    assert explained.startswith(
        "ポリシーエラー: ours.yaml、2行目、項目 calendar.publc_holidays: "
        "「publc_holidays」という項目はありません。"
    )
    assert "public_holidays" in explained


def test_files_and_presets_that_cannot_be_read(japanese, tmp_path):
    latin = tmp_path / "latin.yaml"
    latin.write_bytes("name: caf\xe9\n".encode("latin-1"))
    for attempt in (
        lambda: load_policy(tmp_path / "missing.yaml"),
        lambda: load_policy(latin),
        lambda: policy_path("acme"),
    ):
        with pytest.raises(PolicyError) as caught:
            attempt()
        explained = cli_text.explain_policy_error(caught.value)
        assert caught.value.problem not in explained
        assert re.search(r"[ぁ-んァ-ヶ一-龥]", explained.split(": ", 1)[-1])


def test_in_english_the_loaders_own_words_stay(monkeypatch):
    cli_text.use("en")
    try:
        with pytest.raises(PolicyError) as caught:
            parse_policy_text("language: fr\n", where="ours.yaml")
        assert cli_text.explain_policy_error(caught.value) == f"policy error: {caught.value}"
    finally:
        cli_text.use(None)


def _broken(source: str) -> BrokenTemplate:
    (issue,) = validate(source)
    return BrokenTemplate("ja", "boundary_warning", issue)


def test_an_unknown_variable_is_named_in_plain_japanese_with_its_line(japanese):
    message = cli_text.explain_broken_template(_broken("{{ requester_nam }} 様\n"))
    assert message.startswith("テンプレート ja/boundary_warning の 1行目に問題があります: ")
    assert "「requester_nam」という変数は使えません。" in message


def test_the_sandbox_and_syntax_errors_say_what_to_do_not_the_engines_words(japanese):
    unsafe = cli_text.explain_broken_template(_broken("{{ ''.__class__ }}\n"))
    assert "安全のため" in unsafe
    assert "SecurityError" not in unsafe
    syntax = cli_text.explain_broken_template(_broken("一行目\n{% if escalated %}\n"))
    assert "の 2行目に問題があります" in syntax
    assert "{% if %} が閉じられていません" in syntax


def test_missing_and_too_long_templates(japanese):
    missing = BrokenTemplate("ja", "nope", TemplateIssue("template not found", kind="not_found"))
    assert cli_text.explain_broken_template(missing).endswith("テンプレートが見つかりません。")
    long = _broken("{% for i in range(100000) %}あいうえお{% endfor %}\n")
    assert "20000 文字を超えました" in cli_text.explain_broken_template(long)


@pytest.mark.parametrize(
    ("overrides", "japanese_text"),
    [
        ({"ZENDESK_WRITES_PER_MINUTE": "0"}, "ZENDESK_WRITES_PER_MINUTE には 0 より大きい値"),
        ({"ZENDESK_EMAIL": ""}, "ZENDESK_API_TOKEN を設定したときは ZENDESK_EMAIL も必要です"),
        ({"ZENDESK_SUBDOMAIN": "https://x.zendesk.com"}, "サブドメイン名だけを書いてください"),
        ({"FRESHDESK_BASE_URL": "example.freshdesk.com"}, "http(s):// で始まる URL"),
        ({"REDIS_URL": "localhost:6379"}, "REDIS_URL は redis://"),
        ({"KASUGUARD_HTTP_TIMEOUT": "soon"}, "KASUGUARD_HTTP_TIMEOUT には秒数"),
        ({"KASUGUARD_DRY_RUN": "maybe"}, "auto・true・false のどれか"),
        ({"KASUGUARD_DRY_RUN": "false", "FRESHDESK_API_KEY": ""}, "FRESHDESK の API 認証情報"),
        ({"KASUGUARD_PEPPER": "short"}, "KASUGUARD_PEPPER に 32 文字以上"),
        ({"KASUGUARD_TRUSTED_PROXIES": "-1"}, "KASUGUARD_TRUSTED_PROXIES は 0 以上"),
        ({"KASUGUARD_SECRET_KEY": "short"}, "KASUGUARD_SECRET_KEY を 32 文字以上"),
        ({"KASUGUARD_ADMIN_PASSWORD_HASH": "plain"}, "パスワードそのものではなく"),
    ],
)
def test_setting_errors_read_in_japanese_naming_the_key(japanese, overrides, japanese_text):
    from tests.conftest import environment_for_tests

    with pytest.raises(ConfigError) as caught:
        load_config(environment_for_tests(**overrides))
    explained = cli_text.explain_config_error(caught.value)
    assert explained.startswith("設定エラー: ")
    assert japanese_text in explained, explained


@pytest.mark.parametrize(
    ("source", "japanese_text"),
    [
        ("{% if escalated %}\nx\n", "{% if %} が閉じられていません"),
        ("{% iff escalated %}{% endif %}\n", "{% iff %} という命令はありません"),
        ("{{ ticket_id\n", "閉じる }} が足りない"),
        ("{{ ticket_id ticket_id }}\n", "閉じる }} が足りない"),
    ],
)
def test_common_syntax_mistakes_in_plain_japanese(japanese, source, japanese_text):
    message = cli_text.explain_broken_template(_broken(source))
    assert japanese_text in message, message
    assert "Jinja" not in message and "token" not in message
