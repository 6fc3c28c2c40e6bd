"""Quarantine.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
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
        "quarantine",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("gateway_id", sa.String(128), nullable=False),
        sa.Column("mail_from", sa.Text, nullable=False),
        sa.Column("rcpt_tos", sa.JSON, nullable=False),
        sa.Column("sender", sa.Text, nullable=True),
        sa.Column("subject", sa.Text, nullable=True),
        sa.Column("tags", sa.JSON, nullable=False),
        sa.Column("policies", sa.JSON, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("status_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_quarantine_created_at", "quarantine", ["created_at"])
    op.create_index("ix_quarantine_status", "quarantine", ["status"])


def downgrade() -> None:
    op.drop_table("quarantine")
