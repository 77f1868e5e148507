"""Tell the escalation target that a ticket was escalated: a small JSON POST to the policy's
``escalation.notify_url`` (a chat or paging webhook).

The notification carries ids, the level and the categories, never the ticket's text: the
supervisor opens the ticket, where the internal note holds the evidence. Failures are logged,
never raised, so an unreachable endpoint cannot fail (and re-run) the write-back.
"""

from __future__ import annotations

import logging

import requests

from worker.model import TicketEvent
from worker.scoring.types import Assessment

logger = logging.getLogger(__name__)

NOTIFY_TIMEOUT_S = 5.0


def notification(event: TicketEvent, assessment: Assessment, policy_name: str) -> dict[str, object]:
    """The JSON body: what happened and where, without personal data."""
    return {
        "source": "kasuguard",
        "event": "ticket.escalated",
        "helpdesk": event.helpdesk,
        "ticket_id": event.ticket_id,
        "level": assessment.level,
        "categories": list(assessment.categories),
        "policy": policy_name,
        "occurred_at": event.occurred_at.isoformat(),
        "text": (
            f"kasuguard: {event.helpdesk} #{event.ticket_id} をエスカレーションしました"
            f"（レベル: {assessment.level}、{', '.join(assessment.categories)}）"
        ),
    }


def notify(url: str, body: dict[str, object]) -> bool:
    """POST ``body`` to ``url``; True when it was accepted (2xx)."""
    try:
        response = requests.post(url, json=body, timeout=NOTIFY_TIMEOUT_S)
    except requests.RequestException as exc:
        logger.warning("escalation.notify-failed", extra={"error": type(exc).__name__})
        return False
    if not response.ok:
        logger.warning("escalation.notify-failed", extra={"status": response.status_code})
        return False
    return True
