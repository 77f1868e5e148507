"""``kasuguard try zendesk|freshdesk FILE [--url URL]``: post a sample webhook as a helpdesk would.

Reads the webhook secret from the environment and ``.env`` as the service does, signs the body
(Zendesk: the two HMAC headers over a fresh timestamp; Freshdesk: Basic auth with the webhook
password), posts it to the running receiver and says what the answer means. The secret is never
printed.
"""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from typing import TextIO

import requests

from integrations import zendesk
from worker.cli_text import t
from worker.config import load_config
from worker.operations import UsageError

DEFAULT_URL = "http://127.0.0.1:8000"
FRESHDESK_USER = "kasuguard"
TIMEOUT_S = 10


def signed_headers(helpdesk: str, body: bytes, secret: str) -> dict[str, str]:
    """The headers the helpdesk itself would send with ``body``."""
    if helpdesk == "zendesk":
        timestamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        return {
            "Content-Type": "application/json; charset=utf-8",
            zendesk.TIMESTAMP_HEADER: timestamp,
            zendesk.SIGNATURE_HEADER: zendesk.sign(body, secret, timestamp),
        }
    token = base64.b64encode(f"{FRESHDESK_USER}:{secret}".encode()).decode()
    return {"Content-Type": "application/json", "Authorization": f"Basic {token}"}


def read_body(file: str) -> bytes:
    """The file's exact bytes (signatures are over bytes), refused early when it is not JSON."""
    try:
        with open(file, "rb") as handle:
            body = handle.read()
    except OSError as exc:
        raise UsageError(t("try_unreadable", file=file, error=exc.strerror)) from exc
    try:
        json.loads(body)
    except ValueError as exc:
        raise UsageError(t("try_not_json", file=file, error=exc)) from exc
    return body


def meaning(status: int, answer: dict[str, object]) -> str:
    """One sentence on what the receiver's answer means for the person trying it."""
    detail = str(answer.get("error") or answer.get("reason") or "")
    if status == 202:
        return t("try_202", job_id=answer.get("job_id", "?"))
    if status == 200 and answer.get("status") == "duplicate":
        return t("try_200_duplicate")
    if status == 200:
        return t("try_200_ignored", detail=detail)
    if status in (400, 401, 404, 413, 503):
        return t(f"try_{status}", detail=detail)
    return t("try_other", detail=detail or status)


def run(helpdesk: str, file: str, url: str, out: TextIO) -> int:
    """Post ``file``; 0 when it was accepted (or is a duplicate), 1 otherwise."""
    key = f"{helpdesk.upper()}_WEBHOOK_SECRET"
    secret = load_config().helpdesks[helpdesk].webhook_secret
    if not secret:
        raise UsageError(t("try_no_secret", key=key))
    body = read_body(file)
    endpoint = f"{url.rstrip('/')}/webhooks/{helpdesk}"
    try:
        response = requests.post(
            endpoint, data=body, headers=signed_headers(helpdesk, body, secret), timeout=TIMEOUT_S
        )
    except requests.RequestException as exc:
        raise UsageError(t("try_unreachable", url=endpoint, error=type(exc).__name__)) from exc
    try:
        answer = response.json()
    except ValueError:
        answer = {}
    if not isinstance(answer, dict):
        answer = {}
    out.write(t("try_sent", helpdesk=helpdesk, url=endpoint, status=response.status_code) + "\n")
    out.write(meaning(response.status_code, answer) + "\n")
    return 0 if response.status_code in (200, 202) else 1
