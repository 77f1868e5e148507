"""``kasuguard check-config [--online]``: is this installation ready to run?

Reads the configuration the way the service does, then connects to what it will use: Redis
(PING, and whether it keeps what it accepted), the SQL database (``SELECT 1`` and the schema
revision against this version's newest), and with ``--online`` each configured helpdesk (one
read-only authenticated call: Zendesk ``GET /api/v2/users/me.json``, Freshdesk
``GET /api/v2/agents/me``). Keys that look like ours but are not (``KASUGUARD_POLICYY``) are
warned about with the nearest real name: a typo would otherwise silently give the default.

Exit status: 1 when anything is an error, 0 with warnings only. Secrets are never printed.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TextIO

from dotenv import dotenv_values, find_dotenv
from redis import Redis
from redis.exceptions import RedisError
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from integrations import freshdesk, zendesk
from integrations.base import HelpdeskError, HelpdeskRejected
from worker import cli_text
from worker.cli_text import t
from worker.config import DEFAULTS, Config, load_config
from worker.db import describe
from worker.policy import Policy, load_policy, policy_path

PREFIXES = ("KASUGUARD_", "ZENDESK_", "FRESHDESK_")
"""Keys with these prefixes are ours: one we do not know is a typo or a leftover."""

NOT_SETTINGS = frozenset({"KASUGUARD_TEST_REDIS_URL", "KASUGUARD_TEST_POSTGRES_URL",
                          "KASUGUARD_TEST_REQUIRE_POSTGRES"})  # fmt: skip
"""Read by the test suite, not by the service."""


@dataclass
class Findings:
    """What the check found, printed as it goes; counted for the summary and the exit code."""

    out: TextIO
    errors: int = 0
    warnings: int = 0

    def ok(self, line: str) -> None:
        self._say("cc_ok", line)

    def warn(self, line: str) -> None:
        self.warnings += 1
        self._say("cc_warn", line)

    def error(self, line: str) -> None:
        self.errors += 1
        self._say("cc_error", line)

    def info(self, line: str) -> None:
        self.out.write(f"  {line}\n")

    def _say(self, label: str, line: str) -> None:
        self.out.write(f"[{t(label)}] {line}\n")


def unknown_keys(
    environ: Mapping[str, str], env_file: Mapping[str, str | None]
) -> list[tuple[str, str, str | None]]:
    """``(key, source, suggestion)`` for every key with our prefixes that is no setting."""
    known = list(DEFAULTS)
    found: list[tuple[str, str, str | None]] = []
    for source, keys in (("cc_source_file", env_file), ("cc_source_env", environ)):
        for key in sorted(keys):
            if key.startswith(PREFIXES) and key not in known and key not in NOT_SETTINGS:
                if any(key == seen for seen, _, _ in found):
                    continue  # .env's values are also in the environment once loaded
                found.append((key, source, cli_text.suggest(key, known)))
    return found


def check_redis(config: Config, findings: Findings) -> None:
    from worker import health

    where = config.redis_url.split("@")[-1]  # never the password
    redis = Redis.from_url(config.redis_url, socket_connect_timeout=2, socket_timeout=2)
    try:
        redis.ping()
    except RedisError as exc:
        findings.error(t("cc_redis_down", where=where, error=type(exc).__name__))
        return
    findings.ok(t("cc_redis_ok", where=where))
    try:
        mode, warnings = health.persistence(redis)
    except RedisError as exc:
        findings.warn(t("cc_persistence_unknown", detail=type(exc).__name__))
        return
    if mode == "aof":
        findings.ok(t("cc_persistence_aof"))
    elif mode == "off":
        findings.warn(t("cc_persistence_off"))
    else:
        findings.warn(t("cc_persistence_unknown", detail="; ".join(warnings) or mode))


def check_database(config: Config, findings: Findings) -> None:
    from worker import db

    where = describe(config.database_url)
    try:
        engine = db.engine_for(config.database_url, migrate=False)
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        revision = db.current_revision(engine)
    except SQLAlchemyError as exc:
        findings.error(t("cc_db_down", where=where, error=type(exc).__name__))
        return
    head = db.head_revision()
    if revision is None:
        findings.warn(t("cc_db_empty", where=where))
    elif revision != head:
        findings.error(t("cc_db_behind", where=where, revision=revision, head=head))
    else:
        findings.ok(t("cc_db_ok", where=where, revision=revision))


def describe_policy(policy: Policy, path: str, findings: Findings) -> None:
    """The values an admin chose, each with what it means."""
    from worker.categories import CATEGORIES

    language = cli_text.current()
    findings.ok(t("cc_policy", name=policy.name, path=path))
    findings.info(t("cc_policy_timezone", zone=policy.calendar.timezone).strip())
    findings.info(t("cc_policy_hours", hours=policy.calendar.describe(language)).strip())
    observe = t("cc_observe_only_on") if policy.observe_only else t("cc_observe_only_off")
    findings.info(t("cc_policy_observe_only", value=observe).strip())
    findings.info(
        t(
            "cc_policy_escalation", priority=cli_text.priority(str(policy.escalation.priority))
        ).strip()
    )
    findings.info(
        t("cc_policy_categories", count=len(policy.enabled_categories), total=len(CATEGORIES))
        .strip()
    )  # fmt: skip
    findings.info(
        t(
            "cc_policy_history",
            days=policy.history_window_days,
            keep=policy.history_retention_days,
            incidents=policy.incident_retention_days,
        ).strip()
    )
    findings.info(
        t("cc_policy_auto_reply", value=cli_text.yes_no(policy.auto_after_hours_reply)).strip()
    )


def check_online(config: Config, findings: Findings) -> None:
    """One read-only authenticated call per helpdesk that has API credentials (also one whose
    webhook is not set up yet: its credentials are what setup needs first)."""
    for name, helpdesk in config.helpdesks.items():
        if helpdesk.credentials is None:  # nothing to check; say so only where it is in use
            if helpdesk.enabled:
                findings.info(t("cc_online_skipped", name=name))
            continue
        client: zendesk.Client | freshdesk.Client
        try:
            if name == "zendesk":
                client = zendesk.Client(helpdesk.credentials, timeout=config.http_timeout)
                user = client.current_user()
                if user.get("id") is None:  # Zendesk's anonymous user: not authenticated
                    raise HelpdeskRejected("anonymous")
                findings.ok(
                    t("cc_online_ok_zendesk", name=name, role=user.get("role"), id=user["id"])
                )
            else:
                client = freshdesk.Client(helpdesk.credentials, timeout=config.http_timeout)
                agent = client.current_agent()
                findings.ok(t("cc_online_ok_freshdesk", name=name, id=agent.get("id")))
        except HelpdeskRejected as exc:
            status = str(exc) if str(exc) == "anonymous" else client.calls[-1][2]
            findings.error(
                t("cc_online_rejected", name=name, status=status, hint=t(f"cc_online_hint_{name}"))
            )
        except HelpdeskError as exc:
            findings.error(t("cc_online_unreachable", name=name, error=_short(exc)))


def _short(exc: Exception) -> str:
    cause = exc.__cause__
    return type(cause).__name__ if cause else str(exc).split(": ", 1)[-1]


def run(out: TextIO, *, online: bool = False, environ: Mapping[str, str] | None = None) -> int:
    """The whole check; returns the exit status."""
    findings = Findings(out)
    env_path = find_dotenv(usecwd=True)
    env_file = dotenv_values(env_path) if env_path else {}
    environ = os.environ if environ is None else environ
    out.write(t("cc_title", env=t("cc_env_file", path=env_path) if env_path else
                t("cc_no_env_file")) + "\n")  # fmt: skip
    lang = environ.get("KASUGUARD_LANG", "").strip()
    if lang and lang.lower() not in cli_text.LANGUAGES:
        findings.warn(t("cc_bad_lang", value=lang))
    for key, source, near in unknown_keys(environ, env_file):
        hint = t("cc_unknown_key_hint", name=near) if near else t("cc_unknown_key_no_hint")
        findings.warn(t("cc_unknown_key", key=key, source=t(source), hint=hint))
    config = load_config()  # a ConfigError is the CLI's to explain (exit 2)
    check_redis(config, findings)
    check_database(config, findings)
    path = policy_path(config.policy_path)
    describe_policy(load_policy(path), str(path), findings)
    for name, helpdesk in config.helpdesks.items():
        if not helpdesk.enabled:
            findings.info(t("cc_helpdesk_disabled", name=name))
        elif helpdesk.dry_run:
            findings.ok(t("cc_helpdesk_dry_run", name=name))
        else:
            assert helpdesk.credentials is not None
            findings.ok(t("cc_helpdesk_live", name=name, url=helpdesk.credentials.base_url))
    if online:
        check_online(config, findings)
    if findings.errors:
        out.write(t("cc_summary_errors", n=findings.errors) + "\n")
        return 1
    if findings.warnings:
        out.write(t("cc_summary_warnings", n=findings.warnings) + "\n")
    else:
        out.write(t("cc_summary_ok") + "\n")
    return 0
