"""Configuration: every key in one table, read from the environment (and ``.env``), validated once.

Both processes (the web receiver and the RQ worker) call ``load_config``; nothing reads the
environment at import time. A helpdesk with no webhook secret is disabled; one with a secret but
no API credentials runs in dry-run mode. Bad values fail at start with the key's name.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlparse

from dotenv import find_dotenv, load_dotenv

from integrations import HELPDESKS
from integrations.settings import ConfigError, HelpdeskConfig, Setting, positive_int
from worker.db import DatabaseError, database_url

__all__ = ["SETTINGS", "Config", "ConfigError", "HelpdeskConfig", "Setting", "load_config"]


CORE_SETTINGS: tuple[Setting, ...] = (
    Setting("REDIS_URL", "redis://127.0.0.1:6379/0", "Redis for the queue, history and rate limiter."),
    Setting("PORT", "8000", "Port the web receiver binds (Procfile `web:`)."),
    Setting("KASUGUARD_POLICY", "", "Policy: a preset name (`mjs`, `atlas`, `cellz`, `skyarch`) or a file path; empty means `policies/default.yaml`."),
    Setting("KASUGUARD_DRY_RUN", "auto", "`auto`: dry run where API credentials are missing; `true`: always; `false`: never."),
    Setting("KASUGUARD_MAX_BODY_BYTES", "262144", "Largest webhook body accepted (Zendesk's own cap is 256 KB); larger gets 413."),
    Setting("KASUGUARD_HTTP_TIMEOUT", "10", "Seconds before a helpdesk API call times out."),
    Setting("KASUGUARD_DATA_DIR", "var", "Directory (relative to the working directory) for durable data: the SQLite database when `DATABASE_URL` is empty. Every process must see the same one."),
    Setting("KASUGUARD_ADMIN_USER", "admin", "User name of the bootstrap admin account (the one `KASUGUARD_ADMIN_PASSWORD_HASH` signs in)."),
    Setting("KASUGUARD_ADMIN_PASSWORD_HASH", "", "Password hash of the bootstrap admin account (from `kasuguard admin-password`; quote it in `.env`); empty: only the accounts made with `kasuguard admin add`.", secret=True),
    Setting("KASUGUARD_SECRET_KEY", "", "Signs the admin page's session cookie and CSRF tokens (32+ random characters); empty disables `/admin`.", secret=True),
    Setting("KASUGUARD_ADMIN_INSECURE_HTTP", "false", "`true` lets the admin session cookie travel over plain http (local use only; keep `false` behind https)."),
    Setting("DATABASE_URL", "", "SQL database for incidents, template versions, admin accounts and the audit log: empty means SQLite (`kasuguard.sqlite3` in `KASUGUARD_DATA_DIR`); `postgresql://user:password@host/db` for several hosts.", secret=True),
    Setting("KASUGUARD_PEPPER", "", "Secret key (32+ characters) of the keyed hash that pseudonymises requester ids and e-mails everywhere at rest; `scripts/run` writes one. Required; never change it (old pseudonyms would no longer match).", secret=True),
    Setting("KASUGUARD_LANG", "", "Language of the `kasuguard` command's messages: `ja` or `en`; empty: from the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), Japanese when unsure."),
    Setting("KASUGUARD_TRUSTED_PROXIES", "0", "Reverse proxies in front of the web process whose `X-Forwarded-For`/`-Proto`/`-Host` are believed (sign-in throttle by client address, https detection); 0 believes none."),
)  # fmt: skip

SETTINGS: tuple[Setting, ...] = CORE_SETTINGS + tuple(
    setting for module in HELPDESKS.values() for setting in module.SETTINGS
)
"""Every key: the core ones, then each helpdesk's own (declared in its module)."""

DEFAULTS = {s.name: s.default for s in SETTINGS}


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
    """``None`` when the admin page is off (no session key)."""
    database_url: str = ""
    """The SQLAlchemy URL (``worker.db.database_url``); empty only in hand-built test configs."""
    pepper: str = field(default="", repr=False)
    """Keys the requester pseudonyms (``worker.pseudonym``)."""
    trusted_proxies: int = 0

    def __repr__(self) -> str:  # the database URL may hold a password
        return f"Config(redis_url={self.redis_url!r}, policy_path={self.policy_path!r}, …)"


@dataclass(frozen=True)
class AdminConfig:
    """The admin page's settings (only when a session key is configured).

    Accounts live in the database (``kasuguard admin add``); ``user`` and ``password_hash`` are
    the optional bootstrap account from the environment (empty hash: none).
    """

    user: str
    password_hash: str
    secret_key: str
    secure_cookies: bool = True

    def __repr__(self) -> str:  # never print the hash or the key by accident
        return f"AdminConfig(user={self.user!r}, secure_cookies={self.secure_cookies})"


_HASH_METHODS = ("scrypt:", "pbkdf2:")
MIN_SECRET_KEY_CHARS = 32
MIN_PEPPER_CHARS = 32


def _admin(env: Mapping[str, str]) -> AdminConfig | None:
    password_hash = env["KASUGUARD_ADMIN_PASSWORD_HASH"].strip()
    if not password_hash and not env["KASUGUARD_SECRET_KEY"].strip():
        return None  # neither the bootstrap account nor a session key: the admin page is off
    if password_hash and (not password_hash.startswith(_HASH_METHODS) or "$" not in password_hash):
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
            "the admin page is on (`kasuguard admin-password --with-secret-key` prints one)"
        )
    insecure = env["KASUGUARD_ADMIN_INSECURE_HTTP"].strip().lower()
    if insecure not in ("true", "false"):
        raise ConfigError(f"KASUGUARD_ADMIN_INSECURE_HTTP must be true or false, got {insecure!r}")
    return AdminConfig(user, password_hash, secret_key, secure_cookies=insecure == "false")


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
    data_dir = env["KASUGUARD_DATA_DIR"].strip() or DEFAULTS["KASUGUARD_DATA_DIR"]
    try:
        database = database_url(env["DATABASE_URL"], data_dir)
    except DatabaseError as exc:
        raise ConfigError(f"DATABASE_URL {exc}") from exc
    pepper = env["KASUGUARD_PEPPER"].strip()
    if len(pepper) < MIN_PEPPER_CHARS:
        raise ConfigError(
            f"KASUGUARD_PEPPER must be set to {MIN_PEPPER_CHARS}+ random characters (it keys the "
            "requester pseudonyms; `scripts/run` writes one to .env)"
        )
    proxies = env["KASUGUARD_TRUSTED_PROXIES"].strip()
    if not proxies.isdigit():
        raise ConfigError(f"KASUGUARD_TRUSTED_PROXIES must be 0 or more, got {proxies!r}")
    return Config(
        redis_url=redis_url,
        policy_path=env["KASUGUARD_POLICY"].strip(),
        max_body_bytes=positive_int(env, "KASUGUARD_MAX_BODY_BYTES"),
        http_timeout=timeout,
        helpdesks={name: module.configure(env) for name, module in HELPDESKS.items()},
        data_dir=data_dir,
        admin=_admin(env),
        database_url=database,
        pepper=pepper,
        trusted_proxies=int(proxies),
    )
