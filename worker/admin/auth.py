"""Signing in to the admin page: password hashes and the sign-in throttle.

Passwords are never stored, only werkzeug scrypt hashes (accounts in ``worker.admin.accounts``;
the bootstrap account's hash in the environment, from ``kasuguard admin-password``). A session
of the bootstrap account remembers a fingerprint of its hash, so a new hash signs it out.

The throttle counts failures per (user name, client address): ten wrong passwords for one name
from one address make that pair wait, without locking out the other admins behind the same
office address. Behind a reverse proxy, ``KASUGUARD_TRUSTED_PROXIES`` makes the address the
client's (werkzeug's ``ProxyFix``), not the proxy's.
"""

from __future__ import annotations

import hashlib
import logging

from redis import Redis
from redis.exceptions import RedisError
from werkzeug.security import generate_password_hash

from worker.config import AdminConfig

logger = logging.getLogger(__name__)

MAX_FAILURES = 10
"""Failed sign-ins for one user name from one address before that pair must wait."""

FAILURE_WINDOW_S = 15 * 60
"""How long failures are remembered (and how long a throttled address waits)."""

MIN_PASSWORD_CHARS = 12

DUMMY_HASH = generate_password_hash("not the password", method="scrypt")
"""Checked for a wrong user name too, so the answer takes as long as for a wrong password."""


def hash_password(password: str) -> str:
    """A werkzeug scrypt hash of ``password`` for ``KASUGUARD_ADMIN_PASSWORD_HASH``."""
    if len(password) < MIN_PASSWORD_CHARS:
        raise ValueError(f"the password must be at least {MIN_PASSWORD_CHARS} characters")
    return generate_password_hash(password, method="scrypt")


def session_fingerprint(admin: AdminConfig) -> str:
    """Stored in the session at sign-in; a new password hash makes old sessions invalid."""
    return hashlib.sha256(f"{admin.user}\0{admin.password_hash}".encode()).hexdigest()[:32]


def _key(user: str, address: str) -> str:
    # The name is hashed: staff names need not sit in Redis keys.
    digest = hashlib.sha256(user.strip().lower().encode()).hexdigest()[:16]
    return f"kasuguard:admin:signin-failures:{address}:{digest}"


def throttled(redis: Redis | None, user: str, address: str) -> bool:
    """True when ``user`` failed ``MAX_FAILURES`` times from ``address`` within the window.

    If Redis is unreachable the throttle is skipped (scrypt still makes guessing slow): the
    admin must be able to sign in to fix things when Redis is the problem.
    """
    if redis is None:
        return False
    try:
        failures = redis.get(_key(user, address))
    except RedisError:
        logger.warning("admin.throttle-unavailable")
        return False
    return failures is not None and int(failures) >= MAX_FAILURES


def record_failure(redis: Redis | None, user: str, address: str) -> None:
    """Count a failed sign-in; the count expires after the window."""
    if redis is None:
        return
    try:
        pipe = redis.pipeline()
        pipe.incr(_key(user, address))
        pipe.expire(_key(user, address), FAILURE_WINDOW_S)
        pipe.execute()
    except RedisError:
        logger.warning("admin.throttle-unavailable")


def clear_failures(redis: Redis | None, user: str, address: str) -> None:
    """Forget the pair's failures after it signs in."""
    if redis is None:
        return
    try:
        redis.delete(_key(user, address))
    except RedisError:
        logger.warning("admin.throttle-unavailable")
