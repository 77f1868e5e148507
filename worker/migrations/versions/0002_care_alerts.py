"""Care alerts: an agent who met too much harassment lately, and whether supervisors were told.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "care_alerts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("helpdesk", sa.String(40), nullable=False),
        sa.Column("agent_id", sa.String(40), nullable=False),
        sa.Column("follows", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.String(200), nullable=False),
        sa.Column("through_incident", sa.Integer(), nullable=False),
        sa.Column("tripped_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("window_start", sa.DateTime(timezone=True), nullable=False),
        sa.Column("window_days", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(10), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("notified_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("last_error", sa.String(200), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_care_alerts"),
        sa.UniqueConstraint("event_id", name="uq_care_alerts_event_id"),
        sa.UniqueConstraint("helpdesk", "agent_id", "follows", name="uq_care_alerts_follows"),
    )
    op.create_index("ix_care_alerts_tripped_at", "care_alerts", ["tripped_at"])
    # Care counts an agent's incidents in a window: look them up by agent, then time.
    op.create_index("ix_incidents_assignee_id", "incidents", ["assignee_id", "occurred_at"])


def downgrade() -> None:
    op.drop_index("ix_incidents_assignee_id", table_name="incidents")
    op.drop_table("care_alerts")
