"""Configuration: every key in one table, read from the environment (and ``.env``), validated once.

Both processes (the web receiver and the RQ worker) call ``load_config``; nothing reads the
environment at import time. A helpdesk with no webhook secret is disabled; one with a secret but
no API credentials runs in dry-run mode. Bad values fail at start with the key's name.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlparse

from dotenv import find_dotenv, load_dotenv

from integrations.base import Credentials


class ConfigError(ValueError):
    """A configuration value is missing or wrong; the message names the key."""


@dataclass(frozen=True)
class Setting:
    """One configuration key: its name, default and what it is for (README's config table)."""

    name: str
    default: str
    help: str
    secret: bool = False


SETTINGS: tuple[Setting, ...] = (
    Setting("REDIS_URL", "redis://127.0.0.1:6379/0", "Redis for the queue, history and rate limiter."),
    Setting("PORT", "8000", "Port the web receiver binds (Procfile `web:`)."),
    Setting("KASUGUARD_POLICY", "", "Policy: a preset name (`mjs`, `atlas`, `cellz`, `skyarch`) or a file path; empty means `policies/default.yaml`."),
    Setting("KASUGUARD_DRY_RUN", "auto", "`auto`: dry run where API credentials are missing; `true`: always; `false`: never."),
    Setting("KASUGUARD_MAX_BODY_BYTES", "262144", "Largest webhook body accepted (Zendesk's own cap is 256 KB); larger gets 413."),
    Setting("KASUGUARD_HTTP_TIMEOUT", "10", "Seconds before a helpdesk API call times out."),
    Setting("ZENDESK_WEBHOOK_SECRET", "", "Signing secret of the Zendesk webhook; empty disables `/webhooks/zendesk`.", secret=True),
    Setting("ZENDESK_SUBDOMAIN", "", "`example` for https://example.zendesk.com."),
    Setting("ZENDESK_EMAIL", "", "Agent e-mail the API token belongs to."),
    Setting("ZENDESK_API_TOKEN", "", "Zendesk API token (Admin Center > Apps and integrations > APIs).", secret=True),
    Setting("ZENDESK_BASE_URL", "", "Overrides the URL derived from the subdomain (staging, local fakes)."),
    Setting("ZENDESK_WRITES_PER_MINUTE", "50", "Ticket writes per minute shared by all workers (Update Ticket allows 100/min per account, shared with agents)."),
    Setting("FRESHDESK_WEBHOOK_SECRET", "", "Password Freshdesk sends with Basic auth; empty disables `/webhooks/freshdesk`.", secret=True),
    Setting("FRESHDESK_DOMAIN", "", "`example` for https://example.freshdesk.com."),
    Setting("FRESHDESK_API_KEY", "", "Freshdesk API key of the agent kasuguard writes as.", secret=True),
    Setting("FRESHDESK_BASE_URL", "", "Overrides the URL derived from the domain (staging, local fakes)."),
    Setting("FRESHDESK_WRITES_PER_MINUTE", "40", "Writes per minute shared by all workers (Growth plan: 80 ticket updates/min, webhooks count too)."),
    Setting("KASUGUARD_DATA_DIR", "var", "Directory (relative to the working directory) for durable data: the admin page's template versions (SQLite). Every process must see the same one."),
    Setting("KASUGUARD_ADMIN_USER", "admin", "User name for signing in to `/admin`."),
    Setting("KASUGUARD_ADMIN_PASSWORD_HASH", "", "Password hash for `/admin` (from `kasuguard admin-password`; quote it in `.env`); empty disables `/admin`.", secret=True),
    Setting("KASUGUARD_SECRET_KEY", "", "Signs the admin page's session cookie and CSRF tokens (32+ random characters); required when the admin page is on.", secret=True),
    Setting("KASUGUARD_ADMIN_INSECURE_HTTP", "false", "`true` lets the admin session cookie travel over plain http (local use only; keep `false` behind https)."),
)  # fmt: skip

DEFAULTS = {s.name: s.default for s in SETTINGS}

_SUBDOMAIN = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class HelpdeskConfig:
    """One helpdesk's settings after validation."""

    name: str
    webhook_secret: str
    credentials: Credentials | None
    dry_run: bool
    writes_per_minute: int

    @property
    def enabled(self) -> bool:
        """A helpdesk without a webhook secret never accepts events."""
        return bool(self.webhook_secret)


@dataclass(frozen=True)
class Config:
    """The whole validated configuration."""

    redis_url: str
    policy_path: str
    max_body_bytes: int
    http_timeout: float
    helpdesks: Mapping[str, HelpdeskConfig]
    data_dir: str = DEFAULTS["KASUGUARD_DATA_DIR"]
    admin: AdminConfig | None = None
    """``None`` when the admin page is off (no password hash)."""


@dataclass(frozen=True)
class AdminConfig:
    """The admin page's sign-in settings (only when a password hash is configured)."""

    user: str
    password_hash: str
    secret_key: str
    secure_cookies: bool = True

    def __repr__(self) -> str:  # never print the hash or the key by accident
        return f"AdminConfig(user={self.user!r}, secure_cookies={self.secure_cookies})"


_HASH_METHODS = ("scrypt:", "pbkdf2:")
MIN_SECRET_KEY_CHARS = 32


def _admin(env: Mapping[str, str]) -> AdminConfig | None:
    password_hash = env["KASUGUARD_ADMIN_PASSWORD_HASH"].strip()
    if not password_hash:
        return None
    if not password_hash.startswith(_HASH_METHODS) or "$" not in password_hash:
        # A plain password here would be a password stored in clear text: refuse it.
        raise ConfigError(
            "KASUGUARD_ADMIN_PASSWORD_HASH must be a password hash from "
            "`kasuguard admin-password`, not the password itself"
        )
    user = env["KASUGUARD_ADMIN_USER"].strip()
    if not user:
        raise ConfigError("KASUGUARD_ADMIN_USER must not be empty when the admin page is on")
    secret_key = env["KASUGUARD_SECRET_KEY"].strip()
    if len(secret_key) < MIN_SECRET_KEY_CHARS:
        raise ConfigError(
            f"KASUGUARD_SECRET_KEY must be at least {MIN_SECRET_KEY_CHARS} characters when "
            "KASUGUARD_ADMIN_PASSWORD_HASH is set (`kasuguard admin-password` prints one)"
        )
    insecure = env["KASUGUARD_ADMIN_INSECURE_HTTP"].strip().lower()
    if insecure not in ("true", "false"):
        raise ConfigError(f"KASUGUARD_ADMIN_INSECURE_HTTP must be true or false, got {insecure!r}")
    return AdminConfig(user, password_hash, secret_key, secure_cookies=insecure == "false")


def _positive_int(env: Mapping[str, str], key: str) -> int:
    try:
        value = int(env[key])
    except ValueError as exc:
        raise ConfigError(f"{key} must be a whole number, got {env[key]!r}") from exc
    if value <= 0:
        raise ConfigError(f"{key} must be greater than 0")
    return value


def _base_url(env: Mapping[str, str], prefix: str, host_key: str, domain: str) -> str:
    override = env[f"{prefix}_BASE_URL"]
    if override:
        parsed = urlparse(override)
        if parsed.scheme not in ("https", "http") or not parsed.netloc:
            raise ConfigError(f"{prefix}_BASE_URL must be an http(s) URL, got {override!r}")
        return override.rstrip("/")
    host = env[host_key].strip().lower()
    if not host:
        raise ConfigError(f"{host_key} is required when {prefix} API credentials are set")
    if not _SUBDOMAIN.match(host):
        raise ConfigError(f"{host_key} must be the bare name (e.g. 'example'), got {host!r}")
    return f"https://{host}.{domain}"


def _dry_run(env: Mapping[str, str], has_credentials: bool, prefix: str) -> bool:
    mode = env["KASUGUARD_DRY_RUN"].strip().lower()
    if mode not in ("auto", "true", "false"):
        raise ConfigError(f"KASUGUARD_DRY_RUN must be auto, true or false, got {mode!r}")
    if mode == "false" and not has_credentials:
        raise ConfigError(f"KASUGUARD_DRY_RUN=false needs {prefix} API credentials")
    return mode == "true" or not has_credentials


def _zendesk(env: Mapping[str, str]) -> HelpdeskConfig:
    email, token = env["ZENDESK_EMAIL"].strip(), env["ZENDESK_API_TOKEN"].strip()
    if token and not email:
        raise ConfigError("ZENDESK_EMAIL is required when ZENDESK_API_TOKEN is set")
    if email and not token:
        raise ConfigError("ZENDESK_API_TOKEN is required when ZENDESK_EMAIL is set")
    credentials = None
    if token:
        base = _base_url(env, "ZENDESK", "ZENDESK_SUBDOMAIN", "zendesk.com")
        credentials = Credentials(base, f"{email}/token", token)
    return HelpdeskConfig(
        name="zendesk",
        webhook_secret=env["ZENDESK_WEBHOOK_SECRET"].strip(),
        credentials=credentials,
        dry_run=_dry_run(env, credentials is not None, "ZENDESK"),
        writes_per_minute=_positive_int(env, "ZENDESK_WRITES_PER_MINUTE"),
    )


def _freshdesk(env: Mapping[str, str]) -> HelpdeskConfig:
    key = env["FRESHDESK_API_KEY"].strip()
    credentials = None
    if key:
        base = _base_url(env, "FRESHDESK", "FRESHDESK_DOMAIN", "freshdesk.com")
        credentials = Credentials(base, key, "X")  # Freshdesk: API key as user, "X" as password
    return HelpdeskConfig(
        name="freshdesk",
        webhook_secret=env["FRESHDESK_WEBHOOK_SECRET"].strip(),
        credentials=credentials,
        dry_run=_dry_run(env, credentials is not None, "FRESHDESK"),
        writes_per_minute=_positive_int(env, "FRESHDESK_WRITES_PER_MINUTE"),
    )


def load_config(environ: Mapping[str, str] | None = None) -> Config:
    """Validate the configuration from ``environ`` (default: the process environment + ``.env``)."""
    if environ is None:
        # .env in the working directory (or above); never overrides the real environment.
        load_dotenv(find_dotenv(usecwd=True))
        environ = os.environ
    env = {**DEFAULTS, **{k: v for k, v in environ.items() if k in DEFAULTS}}
    redis_url = env["REDIS_URL"].strip()
    if urlparse(redis_url).scheme not in ("redis", "rediss", "unix"):
        raise ConfigError(
            f"REDIS_URL must start with redis://, rediss:// or unix://, got {redis_url!r}"
        )
    try:
        timeout = float(env["KASUGUARD_HTTP_TIMEOUT"])
    except ValueError as exc:
        raise ConfigError("KASUGUARD_HTTP_TIMEOUT must be a number of seconds") from exc
    if timeout <= 0:
        raise ConfigError("KASUGUARD_HTTP_TIMEOUT must be greater than 0")
    return Config(
        redis_url=redis_url,
        policy_path=env["KASUGUARD_POLICY"].strip(),
        max_body_bytes=_positive_int(env, "KASUGUARD_MAX_BODY_BYTES"),
        http_timeout=timeout,
        helpdesks={"zendesk": _zendesk(env), "freshdesk": _freshdesk(env)},
        data_dir=env["KASUGUARD_DATA_DIR"].strip() or DEFAULTS["KASUGUARD_DATA_DIR"],
        admin=_admin(env),
    )
