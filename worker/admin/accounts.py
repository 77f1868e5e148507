"""Admin accounts, one per person, and their server-side sessions.

Accounts live in SQL (``worker.db.admin_users``) with a werkzeug scrypt hash of the password and a
role: ``editor`` (may save and roll back templates) or ``viewer`` (may look, not save).
``kasuguard admin add|list|remove|passwd`` manages them; every change goes to the audit log.

The single account from the environment (``KASUGUARD_ADMIN_USER`` +
``KASUGUARD_ADMIN_PASSWORD_HASH``) still signs in, as an editor, for bootstrapping: until an
account of the same name exists in the database, which then takes precedence.

Sessions are rows keyed by a hash of a random token the session cookie carries. Signing out
deletes the row, so a cookie copied before that no longer works; a new password or removing
the account deletes all of that person's sessions; a new bootstrap hash ends the bootstrap
account's sessions.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from werkzeug.security import check_password_hash

from worker import audit
from worker.admin.auth import DUMMY_HASH, MIN_PASSWORD_CHARS, hash_password, session_fingerprint
from worker.config import AdminConfig
from worker.db import admin_sessions, admin_users

ROLES: tuple[str, ...] = ("editor", "viewer")
"""``editor`` saves and rolls back templates; ``viewer`` sees every page but changes nothing."""

SESSION_HOURS = 8
"""A signed-in session lasts a working day."""

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,79}$")


class AccountError(ValueError):
    """A request about accounts that cannot be done (the message says why)."""


@dataclass(frozen=True)
class Account:
    """One person's account, as ``kasuguard admin list`` shows it (never the hash)."""

    name: str
    role: str
    created_at: datetime
    password_changed_at: datetime


@dataclass(frozen=True)
class Identity:
    """Who a signed-in session belongs to."""

    name: str
    role: str
    bootstrap: bool = False

    @property
    def can_edit(self) -> bool:
        return self.role == "editor"


def _check_name(name: str) -> str:
    if not _NAME.match(name):
        raise AccountError(
            "a user name is 1–80 letters, digits or . _ @ - (starting with a letter or digit)"
        )
    return name


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise AccountError(f"the role must be one of {', '.join(ROLES)}, got {role!r}")
    return role


def _check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_CHARS:
        raise AccountError(f"the password must be at least {MIN_PASSWORD_CHARS} characters")
    return password


def add(engine: Engine, name: str, password: str, role: str, *, actor: str) -> Account:
    """Create an account; ``AccountError`` if the name is taken or a value is not allowed."""
    _check_name(name)
    _check_role(role)
    hashed = hash_password(_check_password(password))
    now = datetime.now(UTC)
    try:
        with engine.begin() as connection:
            connection.execute(
                insert(admin_users),
                {
                    "name": name,
                    "password_hash": hashed,
                    "role": role,
                    "created_at": now,
                    "password_changed_at": now,
                },
            )
            audit.add(connection, actor, "account.added", name, role=role)
    except IntegrityError as exc:
        raise AccountError(f"an account named {name!r} exists already") from exc
    return Account(name, role, now, now)


def list_accounts(engine: Engine) -> list[Account]:
    """Every account, by name."""
    query = select(
        admin_users.c.name,
        admin_users.c.role,
        admin_users.c.created_at,
        admin_users.c.password_changed_at,
    ).order_by(admin_users.c.name)
    with engine.connect() as connection:
        return [
            Account(name, role, _aware(created), _aware(changed))
            for name, role, created, changed in connection.execute(query)
        ]


def count(engine: Engine) -> int:
    """How many accounts exist."""
    with engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(admin_users)).scalar_one())


def remove(engine: Engine, name: str, *, actor: str) -> None:
    """Delete an account and end its sessions; ``AccountError`` if there is none."""
    with engine.begin() as connection:
        connection.execute(delete(admin_sessions).where(admin_sessions.c.user_name == name))
        result = connection.execute(delete(admin_users).where(admin_users.c.name == name))
        if not result.rowcount:
            raise AccountError(f"no account named {name!r}")
        audit.add(connection, actor, "account.removed", name)


def set_password(engine: Engine, name: str, password: str, *, actor: str) -> None:
    """Give an account a new password and end every session it had."""
    hashed = hash_password(_check_password(password))
    with engine.begin() as connection:
        result = connection.execute(
            update(admin_users)
            .where(admin_users.c.name == name)
            .values(password_hash=hashed, password_changed_at=datetime.now(UTC))
        )
        if not result.rowcount:
            raise AccountError(f"no account named {name!r}")
        connection.execute(delete(admin_sessions).where(admin_sessions.c.user_name == name))
        audit.add(connection, actor, "account.password-changed", name)


def authenticate(engine: Engine, admin: AdminConfig, name: str, password: str) -> Identity | None:
    """The account ``name`` if ``password`` is its password, in about the same time whether the
    name exists or not (one scrypt check either way)."""
    with engine.connect() as connection:
        row = connection.execute(
            select(admin_users.c.password_hash, admin_users.c.role).where(
                admin_users.c.name == name
            )
        ).first()
    if row is not None:
        return (
            Identity(name, row.role) if check_password_hash(row.password_hash, password) else None
        )
    bootstrap = bool(admin.password_hash) and hmac.compare_digest(
        name.encode(), admin.user.encode()
    )
    ok = check_password_hash(admin.password_hash if bootstrap else DUMMY_HASH, password)
    return Identity(name, "editor", bootstrap=True) if bootstrap and ok else None


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def open_session(engine: Engine, identity: Identity, admin: AdminConfig) -> str:
    """Start a session; returns the token for the cookie. Expired sessions are cleared here."""
    token = secrets.token_urlsafe(32)
    now = datetime.now(UTC)
    row = {
        "token_hash": _token_hash(token),
        "user_name": None if identity.bootstrap else identity.name,
        "bootstrap_user": identity.name if identity.bootstrap else None,
        "bootstrap_key": session_fingerprint(admin) if identity.bootstrap else None,
        "created_at": now,
        "expires_at": now + timedelta(hours=SESSION_HOURS),
    }
    with engine.begin() as connection:
        connection.execute(delete(admin_sessions).where(admin_sessions.c.expires_at < now))
        connection.execute(insert(admin_sessions), row)
        audit.add(connection, identity.name, "admin.signed-in")
    return token


def session_identity(engine: Engine, token: str, admin: AdminConfig) -> Identity | None:
    """Who the session with ``token`` belongs to, or ``None`` (ended, expired, unknown)."""
    if not token:
        return None
    query = (
        select(
            admin_sessions.c.user_name,
            admin_sessions.c.bootstrap_user,
            admin_sessions.c.bootstrap_key,
            admin_sessions.c.expires_at,
            admin_users.c.role,
        )
        .select_from(admin_sessions.outerjoin(admin_users))
        .where(admin_sessions.c.token_hash == _token_hash(token))
    )
    with engine.connect() as connection:
        row = connection.execute(query).first()
        if row is None or _aware(row.expires_at) <= datetime.now(UTC):
            return None
        if row.user_name is not None:
            return Identity(row.user_name, row.role)
        # The bootstrap account: only while its hash is unchanged and no account took the name.
        if not admin.password_hash or row.bootstrap_user != admin.user:
            return None
        if not hmac.compare_digest(row.bootstrap_key or "", session_fingerprint(admin)):
            return None
        taken = connection.execute(
            select(admin_users.c.name).where(admin_users.c.name == admin.user)
        ).first()
    return None if taken else Identity(admin.user, "editor", bootstrap=True)


def close_session(engine: Engine, token: str, *, actor: str) -> None:
    """End the session with ``token`` (signing out)."""
    with engine.begin() as connection:
        result = connection.execute(
            delete(admin_sessions).where(admin_sessions.c.token_hash == _token_hash(token))
        )
        if result.rowcount:
            audit.add(connection, actor, "admin.signed-out")


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
