"""Configuration primitives shared by the helpdesk modules and ``worker.config``.

Each helpdesk module declares its own ``SETTINGS`` and builds its ``HelpdeskConfig`` with
``configure(env)``, so adding a helpdesk adds its keys without touching the core configuration.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlparse

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


@dataclass(frozen=True)
class HelpdeskConfig:
    """One helpdesk's settings after validation."""

    name: str
    webhook_secret: str
    credentials: Credentials | None
    dry_run: bool
    writes_per_minute: int
    ticket_link: str = ""
    """Where an agent opens a ticket, with ``{ticket_id}`` (empty when the host is unknown)."""

    @property
    def enabled(self) -> bool:
        """A helpdesk without a webhook secret never accepts events."""
        return bool(self.webhook_secret)


_HOST = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def positive_int(env: Mapping[str, str], key: str) -> int:
    """``env[key]`` as a whole number above zero."""
    try:
        value = int(env[key])
    except ValueError as exc:
        raise ConfigError(f"{key} must be a whole number, got {env[key]!r}") from exc
    if value <= 0:
        raise ConfigError(f"{key} must be greater than 0")
    return value


def base_url(env: Mapping[str, str], prefix: str, host_key: str, domain: str) -> str:
    """``<PREFIX>_BASE_URL`` when set, else ``https://<host>.<domain>`` from ``host_key``."""
    override = env[f"{prefix}_BASE_URL"]
    if override:
        parsed = urlparse(override)
        if parsed.scheme not in ("https", "http") or not parsed.netloc:
            raise ConfigError(f"{prefix}_BASE_URL must be an http(s) URL, got {override!r}")
        return override.rstrip("/")
    host = env[host_key].strip().lower()
    if not host:
        raise ConfigError(f"{host_key} is required when {prefix} API credentials are set")
    if not _HOST.match(host):
        raise ConfigError(f"{host_key} must be the bare name (e.g. 'example'), got {host!r}")
    return f"https://{host}.{domain}"


def agent_url(env: Mapping[str, str], prefix: str, host_key: str, domain: str) -> str:
    """The base URL agents open tickets at (``base_url`` without its errors: empty when the
    host is not set, since a link is only a convenience)."""
    try:
        return base_url(env, prefix, host_key, domain)
    except ConfigError:
        return ""


def dry_run(env: Mapping[str, str], has_credentials: bool, prefix: str) -> bool:
    """``KASUGUARD_DRY_RUN`` for one helpdesk: ``auto`` means dry run without credentials."""
    mode = env["KASUGUARD_DRY_RUN"].strip().lower()
    if mode not in ("auto", "true", "false"):
        raise ConfigError(f"KASUGUARD_DRY_RUN must be auto, true or false, got {mode!r}")
    if mode == "false" and not has_credentials:
        raise ConfigError(f"KASUGUARD_DRY_RUN=false needs {prefix} API credentials")
    return mode == "true" or not has_credentials
