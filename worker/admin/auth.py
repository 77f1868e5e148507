"""Signing in to the admin page: hashed password, constant-time checks, a per-IP throttle.

The password is never stored: the environment holds a werkzeug scrypt hash
(``kasuguard admin-password`` makes one). The session remembers a fingerprint of that hash, so
changing the password signs every existing session out.
"""

from __future__ import annotations

import hashlib
import hmac
import logging

from redis import Redis
from redis.exceptions import RedisError
from werkzeug.security import check_password_hash, generate_password_hash

from worker.config import AdminConfig

logger = logging.getLogger(__name__)

MAX_FAILURES = 10
"""Failed sign-ins from one address before it must wait."""

FAILURE_WINDOW_S = 15 * 60
"""How long failures are remembered (and how long a throttled address waits)."""

MIN_PASSWORD_CHARS = 12

_DUMMY_HASH = generate_password_hash("not the password", method="scrypt")
"""Checked for a wrong user name too, so the answer takes as long as for a wrong password."""


def hash_password(password: str) -> str:
    """A werkzeug scrypt hash of ``password`` for ``KASUGUARD_ADMIN_PASSWORD_HASH``."""
    if len(password) < MIN_PASSWORD_CHARS:
        raise ValueError(f"the password must be at least {MIN_PASSWORD_CHARS} characters")
    return generate_password_hash(password, method="scrypt")


def credentials_ok(admin: AdminConfig, user: str, password: str) -> bool:
    """True when ``user`` and ``password`` match, in time that does not depend on which failed."""
    user_ok = hmac.compare_digest(user.encode(), admin.user.encode())
    password_ok = check_password_hash(admin.password_hash if user_ok else _DUMMY_HASH, password)
    return user_ok and password_ok


def session_fingerprint(admin: AdminConfig) -> str:
    """Stored in the session at sign-in; a new password hash makes old sessions invalid."""
    return hashlib.sha256(f"{admin.user}\0{admin.password_hash}".encode()).hexdigest()[:32]


def _key(address: str) -> str:
    return f"kasuguard:admin:signin-failures:{address}"


def throttled(redis: Redis | None, address: str) -> bool:
    """True when ``address`` failed ``MAX_FAILURES`` times within the window.

    If Redis is unreachable the throttle is skipped (scrypt still makes guessing slow): the
    admin must be able to sign in to fix things when Redis is the problem.
    """
    if redis is None:
        return False
    try:
        failures = redis.get(_key(address))
    except RedisError:
        logger.warning("admin.throttle-unavailable")
        return False
    return failures is not None and int(failures) >= MAX_FAILURES


def record_failure(redis: Redis | None, address: str) -> None:
    """Count a failed sign-in from ``address``; the count expires after the window."""
    if redis is None:
        return
    try:
        pipe = redis.pipeline()
        pipe.incr(_key(address))
        pipe.expire(_key(address), FAILURE_WINDOW_S)
        pipe.execute()
    except RedisError:
        logger.warning("admin.throttle-unavailable")


def clear_failures(redis: Redis | None, address: str) -> None:
    """Forget ``address``'s failures after it signs in."""
    if redis is None:
        return
    try:
        redis.delete(_key(address))
    except RedisError:
        logger.warning("admin.throttle-unavailable")
