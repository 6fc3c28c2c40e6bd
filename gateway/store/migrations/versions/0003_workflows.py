"""Workflow state: incidents, reply log, strikes, blocked senders, outage reports, audit log.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "incidents",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("status_url", sa.Text, nullable=True),
        sa.Column("next_update", sa.Text, nullable=True),
        sa.Column("source", sa.String(32), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("started_by", sa.Text, nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ended_by", sa.Text, nullable=True),
    )
    op.create_index("ix_incidents_ended_at", "incidents", ["ended_at"])
    op.create_table(
        "reply_log",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("sender", sa.Text, nullable=False),
        sa.Column("policy", sa.String(128), nullable=False),
        sa.Column("scope", sa.String(128), nullable=False),
        sa.Column("template", sa.String(128), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("message_ref", sa.String(32), nullable=True),
        sa.UniqueConstraint("sender", "policy", "scope", name="uq_reply_log_sender_policy_scope"),
    )
    op.create_index("ix_reply_log_sent_at", "reply_log", ["sent_at"])
    op.create_table(
        "strikes",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("sender", sa.Text, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("message_ref", sa.String(32), nullable=True),
        sa.Column("policy", sa.String(128), nullable=False),
    )
    op.create_index("ix_strikes_sender", "strikes", ["sender"])
    op.create_table(
        "blocked_senders",
        sa.Column("sender", sa.String(320), primary_key=True),
        sa.Column("blocked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
    )
    op.create_table(
        "outage_reports",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("sender", sa.Text, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("message_ref", sa.String(32), nullable=True),
    )
    op.create_index("ix_outage_reports_at", "outage_reports", ["at"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.Text, nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("target", sa.Text, nullable=False),
        sa.Column("details", sa.JSON, nullable=True),
    )
    op.create_index("ix_audit_log_at", "audit_log", ["at"])


def downgrade() -> None:
    for table in ("audit_log", "outage_reports", "blocked_senders", "strikes", "reply_log", "incidents"):
        op.drop_table(table)
