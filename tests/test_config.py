"""Configuration: defaults, dry-run selection, and failures that name the key."""

from __future__ import annotations

import pytest

from tests.conftest import TEST_PEPPER, environment_for_tests
from worker.config import DEFAULTS, ConfigError, load_config


def test_defaults_disable_both_helpdesks():
    config = load_config({**DEFAULTS, "KASUGUARD_PEPPER": TEST_PEPPER})
    assert config.redis_url == "redis://127.0.0.1:6379/0"
    assert not config.helpdesks["zendesk"].enabled
    assert not config.helpdesks["freshdesk"].enabled


def test_without_a_pepper_nothing_starts():
    with pytest.raises(ConfigError, match="KASUGUARD_PEPPER"):
        load_config(dict(DEFAULTS))


def test_database_defaults_to_sqlite_in_the_data_dir_and_takes_postgres_urls(tmp_path):
    config = load_config(environment_for_tests(KASUGUARD_DATA_DIR=str(tmp_path)))
    assert config.database_url == f"sqlite:///{tmp_path / 'kasuguard.sqlite3'}"
    heroku_style = environment_for_tests(DATABASE_URL="postgres://u:secret@db.example:5432/kg")
    config = load_config(heroku_style)
    assert config.database_url == "postgresql+psycopg://u:secret@db.example:5432/kg"
    assert "secret" not in repr(config)


def test_base_urls_derive_from_subdomain_and_domain():
    config = load_config(environment_for_tests())
    assert config.helpdesks["zendesk"].credentials.base_url == "https://example.zendesk.com"
    assert config.helpdesks["zendesk"].credentials.username == "kasuguard@example.com/token"
    assert config.helpdesks["freshdesk"].credentials.base_url == "https://example.freshdesk.com"
    assert config.helpdesks["freshdesk"].credentials.password == "X"


def test_base_url_override_wins():
    env = environment_for_tests(ZENDESK_BASE_URL="http://127.0.0.1:9999/")
    assert load_config(env).helpdesks["zendesk"].credentials.base_url == "http://127.0.0.1:9999"


def test_secret_without_api_credentials_means_dry_run():
    env = environment_for_tests(FRESHDESK_API_KEY="")
    freshdesk = load_config(env).helpdesks["freshdesk"]
    assert freshdesk.enabled and freshdesk.dry_run
    assert not load_config(env).helpdesks["zendesk"].dry_run


def test_dry_run_true_forces_dry_run_with_credentials():
    config = load_config(environment_for_tests(KASUGUARD_DRY_RUN="true"))
    assert all(h.dry_run for h in config.helpdesks.values())


def test_unknown_environment_keys_are_ignored_not_read():
    env = environment_for_tests(SOMETHING_ELSE="x")
    assert load_config(env).redis_url == environment_for_tests()["REDIS_URL"]


@pytest.mark.parametrize(
    ("overrides", "key"),
    [
        ({"ZENDESK_EMAIL": ""}, "ZENDESK_EMAIL"),
        ({"ZENDESK_API_TOKEN": ""}, "ZENDESK_API_TOKEN"),
        ({"ZENDESK_SUBDOMAIN": ""}, "ZENDESK_SUBDOMAIN"),
        ({"ZENDESK_SUBDOMAIN": "https://example.zendesk.com"}, "ZENDESK_SUBDOMAIN"),
        ({"FRESHDESK_DOMAIN": ""}, "FRESHDESK_DOMAIN"),
        ({"FRESHDESK_BASE_URL": "example.freshdesk.com"}, "FRESHDESK_BASE_URL"),
        ({"REDIS_URL": "localhost:6379"}, "REDIS_URL"),
        ({"ZENDESK_WRITES_PER_MINUTE": "0"}, "ZENDESK_WRITES_PER_MINUTE"),
        ({"FRESHDESK_WRITES_PER_MINUTE": "many"}, "FRESHDESK_WRITES_PER_MINUTE"),
        ({"KASUGUARD_MAX_BODY_BYTES": "-1"}, "KASUGUARD_MAX_BODY_BYTES"),
        ({"KASUGUARD_HTTP_TIMEOUT": "soon"}, "KASUGUARD_HTTP_TIMEOUT"),
        ({"KASUGUARD_DRY_RUN": "maybe"}, "KASUGUARD_DRY_RUN"),
        ({"KASUGUARD_DRY_RUN": "false", "FRESHDESK_API_KEY": ""}, "FRESHDESK"),
        ({"DATABASE_URL": "mysql://root@localhost/kg"}, "DATABASE_URL"),
        ({"DATABASE_URL": "not a url"}, "DATABASE_URL"),
        ({"KASUGUARD_PEPPER": "too-short"}, "KASUGUARD_PEPPER"),
        ({"KASUGUARD_TRUSTED_PROXIES": "-1"}, "KASUGUARD_TRUSTED_PROXIES"),
    ],
)
def test_bad_configuration_fails_naming_the_key(overrides, key):
    with pytest.raises(ConfigError, match=key):
        load_config(environment_for_tests(**overrides))


def test_app_refuses_to_start_with_bad_configuration():
    from worker.app import create_app

    with pytest.raises(ConfigError, match="ZENDESK_EMAIL"):
        create_app(environment_for_tests(ZENDESK_EMAIL=""))


def test_environment_file_is_read_but_never_overrides_the_environment(tmp_path, monkeypatch):
    for key in DEFAULTS:
        monkeypatch.delenv(key, raising=False)
    (tmp_path / ".env").write_text(
        f"FRESHDESK_WEBHOOK_SECRET=from-file\nREDIS_URL=redis://file:1/0\nKASUGUARD_PEPPER={TEST_PEPPER}\n"
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("REDIS_URL", "redis://from-env:6379/0")
    config = load_config()
    assert config.helpdesks["freshdesk"].webhook_secret == "from-file"
    assert config.redis_url == "redis://from-env:6379/0"


def test_policy_setting_takes_a_preset_name_or_a_path(tmp_path):
    from worker.policy import POLICY_DIR, policy_path

    assert policy_path("") == POLICY_DIR / "default.yaml"
    assert policy_path("skyarch") == POLICY_DIR / "skyarch.yaml"
    assert policy_path(str(tmp_path / "ours.yaml")) == tmp_path / "ours.yaml"


def test_app_refuses_to_start_with_an_invalid_policy_naming_the_line(tmp_path):
    from worker.app import create_app
    from worker.policy import PolicyError

    bad = tmp_path / "ours.yaml"
    bad.write_text("name: ours\ncalendar:\n  timezone: Asia/Tokyo\n  publc_holidays: true\n")
    with pytest.raises(PolicyError, match="line 4"):
        create_app(environment_for_tests(KASUGUARD_POLICY=str(bad)))


def test_unknown_preset_name_lists_the_presets():
    from worker.policy import PolicyError, policy_path

    with pytest.raises(PolicyError, match="skyarch"):
        policy_path("acme")
