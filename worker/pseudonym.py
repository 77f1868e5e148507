"""Requester pseudonyms: the only form in which a requester's id or e-mail is stored.

A keyed hash (HMAC-SHA256 with ``KASUGUARD_PEPPER``) of the helpdesk and the id, so the same
person gets the same pseudonym in the requester history (Redis), the incident record (SQL) and
the queued jobs, while someone holding the data but not the pepper cannot test a guessed e-mail
address against it. ``kasuguard forget`` finds a person by computing the pseudonym again.
"""

from __future__ import annotations

import hashlib
import hmac

PSEUDONYM_HEX_CHARS = 32
"""128 bits: no two requesters collide in practice, and keys stay short."""


def normalise(requester: str) -> str:
    """The form ids are compared in: e-mail addresses are case-insensitive in practice."""
    return requester.strip().lower()


def pseudonym(pepper: str, helpdesk: str, requester: str) -> str:
    """The requester's pseudonym on ``helpdesk`` (hex)."""
    if not pepper:
        raise ValueError("no pepper: set KASUGUARD_PEPPER")
    message = f"{helpdesk}:{normalise(requester)}".encode()
    return hmac.new(pepper.encode(), message, hashlib.sha256).hexdigest()[:PSEUDONYM_HEX_CHARS]
