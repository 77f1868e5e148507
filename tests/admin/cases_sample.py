"""Made-up cases for the case view's browser test and README's screenshots: four weeks of
incidents on both helpdesks, one agent who met three threats this week (a care alert, told),
another who tripped on medium (the notification failed), unassigned tickets. No real text."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, update

from worker import care, db, incidents
from worker.model import COMMENT_ADDED, TicketEvent
from worker.policy import Care
from worker.scoring.types import Assessment

PEPPER = "sample-pepper-for-screenshots-only-" + "s" * 8
TOKYO = ZoneInfo("Asia/Tokyo")

THREATENED_AGENT = "6130907993114"
"""Zendesk agent with three high-level incidents this week: trips the default care."""
BUSY_AGENT = "6010396333"
"""Freshdesk agent with five medium-or-higher incidents: trips on medium."""

# (days before now, hour in Tokyo, helpdesk, agent, level, categories)
INCIDENTS: tuple[tuple[int, int, str, str | None, str, tuple[str, ...]], ...] = (
    (24, 10, "zendesk", "6130907993200", "low", ("repeat",)),
    (22, 14, "freshdesk", BUSY_AGENT, "medium", ("abuse",)),
    (20, 19, "zendesk", None, "low", ("after_hours",)),
    (17, 11, "zendesk", "6130907993200", "medium", ("money", "dogeza")),
    (15, 16, "freshdesk", "6010396400", "low", ("repeat",)),
    (13, 9, "zendesk", THREATENED_AGENT, "medium", ("abuse",)),
    (11, 13, "freshdesk", "6010396400", "medium", ("excessive_demand",)),
    (9, 17, "zendesk", "6130907993200", "high", ("exposure_threat", "abuse")),
    (6, 10, "freshdesk", BUSY_AGENT, "medium", ("abuse",)),
    (5, 15, "freshdesk", BUSY_AGENT, "high", ("punish_staff",)),
    (4, 12, "freshdesk", BUSY_AGENT, "medium", ("money",)),
    (3, 11, "zendesk", THREATENED_AGENT, "high", ("threat",)),
    (3, 18, "freshdesk", BUSY_AGENT, "medium", ("intimidation",)),
    (2, 10, "zendesk", THREATENED_AGENT, "high", ("threat", "abuse")),
    (1, 9, "zendesk", None, "low", ("repeat",)),
    (1, 14, "freshdesk", BUSY_AGENT, "medium", ("abuse", "repeat")),
    (0, 8, "zendesk", THREATENED_AGENT, "high", ("threat", "intimidation")),
)


def seed(engine: Engine, now: datetime | None = None, care_policy: Care | None = None) -> None:
    """Record the sample incidents (relative to ``now``) and the care alerts they trip."""
    moment = (now or datetime.now(UTC)).astimezone(TOKYO)
    chosen = care_policy or Care()
    for n, (days, hour, helpdesk, agent, level, categories) in enumerate(INCIDENTS):
        at = (moment - timedelta(days=days)).replace(hour=hour, minute=7 * n % 60)
        at = min(at, moment - timedelta(minutes=5 * (len(INCIDENTS) - n)))
        event = TicketEvent(
            helpdesk,
            f"sample-{n}",
            COMMENT_ADDED,
            str(4100 + n if helpdesk == "zendesk" else 200 + n),
            at.astimezone(UTC),
            requester_id=f"sample-requester-{n % 5}@example.com",
            channel="email" if n % 3 else "web",
            assignee_id=agent,
        ).pseudonymised(PEPPER)
        incidents.record(
            engine, event, Assessment(level, 0.9, categories), escalated=level == "high"
        )
        alert = care.check(engine, event, chosen, now=moment)
        if alert is None:
            continue
        # As the worker would have left them: the Zendesk alert told, the Freshdesk one not.
        values = (
            {"notified_at": alert.tripped_at + timedelta(seconds=2), "attempts": 1}
            if helpdesk == "zendesk"
            else {"attempts": 3, "last_error": "HTTP 503"}
        )
        with engine.begin() as connection:
            connection.execute(
                update(db.care_alerts).where(db.care_alerts.c.id == alert.id).values(**values)
            )
