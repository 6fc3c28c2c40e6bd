"""Table definitions (SQLAlchemy Core). Schema changes go through a new Alembic revision."""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

# One row per message the gateway answered DATA for (and per release/replay later on).
messages = sa.Table(
    "messages",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),  # queue id, time-sortable, unique across nodes
    sa.Column("gateway_id", sa.String(128), nullable=False),
    sa.Column("received_at", sa.DateTime(timezone=True), nullable=False, index=True),
    sa.Column("client_address", sa.String(64), nullable=False),
    sa.Column("helo", sa.Text, nullable=True),
    sa.Column("mail_from", sa.Text, nullable=False),
    sa.Column("rcpt_tos", sa.JSON, nullable=False),
    sa.Column("message_id", sa.Text, nullable=True),
    sa.Column("subject", sa.Text, nullable=True),
    sa.Column("size", sa.Integer, nullable=False),
    sa.Column("outcome", sa.String(16), nullable=False, index=True),
    sa.Column("reply", sa.Text, nullable=False),  # what the client was told
    sa.Column("upstream_reply", sa.Text, nullable=True),  # what the upstream said, per distinct reply
    sa.Column("duration_ms", sa.Float, nullable=False),
    sa.Column("details", sa.JSON, nullable=True),  # tags, policies, actions once policies exist
)

# Mail the gateway owes someone: retries of recipients an upstream deferred, bounces, and
# (with the workflow features) replies, routed copies and notifications. Written in the same
# transaction as the inbound record, before the client gets its 250.
outbox = sa.Table(
    "outbox",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("message_ref", sa.String(32), nullable=True, index=True),  # inbound message id
    sa.Column("kind", sa.String(32), nullable=False),  # retry | bounce | reply | route | notify
    sa.Column("transport", sa.String(16), nullable=False),  # upstream | outbound
    sa.Column("mail_from", sa.Text, nullable=False),
    sa.Column("rcpt_tos", sa.JSON, nullable=False),
    sa.Column("data", sa.LargeBinary, nullable=False),
    sa.Column("smtputf8", sa.Boolean, nullable=False, default=False),
    sa.Column("status", sa.String(16), nullable=False),  # pending | sent | failed
    sa.Column("attempts", sa.Integer, nullable=False, default=0),
    sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("lease_owner", sa.String(128), nullable=True),
    sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True),
    sa.Column("last_error", sa.Text, nullable=True),
    sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
    sa.Column("dedupe_key", sa.String(255), nullable=True, unique=True),
    sa.Index("ix_outbox_due", "status", "next_attempt_at"),
)

# Messages held back from the mailbox (abusive senders, policy quarantine): raw bytes + metadata,
# written before the client gets its 250.
quarantine = sa.Table(
    "quarantine",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),  # the message id
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, index=True),
    sa.Column("gateway_id", sa.String(128), nullable=False),
    sa.Column("mail_from", sa.Text, nullable=False),
    sa.Column("rcpt_tos", sa.JSON, nullable=False),
    sa.Column("sender", sa.Text, nullable=True),  # header From address
    sa.Column("subject", sa.Text, nullable=True),
    sa.Column("tags", sa.JSON, nullable=False),
    sa.Column("policies", sa.JSON, nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("data", sa.LargeBinary, nullable=False),  # the message as received (forged fields removed)
    sa.Column("status", sa.String(16), nullable=False, index=True),  # held | released | deleted
    sa.Column("status_at", sa.DateTime(timezone=True), nullable=True),
)

# Incidents (outage mode). At most one has ended_at NULL: the active one.
incidents = sa.Table(
    "incidents",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("summary", sa.Text, nullable=False),
    sa.Column("status_url", sa.Text, nullable=True),
    sa.Column("next_update", sa.Text, nullable=True),
    sa.Column("source", sa.String(32), nullable=False),  # cli | api | statuspage
    sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("started_by", sa.Text, nullable=False),
    sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True, index=True),
    sa.Column("ended_by", sa.Text, nullable=True),
)

# Every automatic reply sent, one row per (sender, policy, scope): the unique key is what makes
# "at most once" hold across concurrent messages, retries and several nodes.
reply_log = sa.Table(
    "reply_log",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("sender", sa.Text, nullable=False),
    sa.Column("policy", sa.String(128), nullable=False),
    sa.Column("scope", sa.String(128), nullable=False),  # incident:INC-42 | window:<bucket>
    sa.Column("template", sa.String(128), nullable=False),
    sa.Column("language", sa.String(8), nullable=False),
    sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False, index=True),
    sa.Column("message_ref", sa.String(32), nullable=True),
    sa.UniqueConstraint("sender", "policy", "scope", name="uq_reply_log_sender_policy_scope"),
)

strikes = sa.Table(
    "strikes",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("sender", sa.Text, nullable=False, index=True),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("message_ref", sa.String(32), nullable=True),
    sa.Column("policy", sa.String(128), nullable=False),
)

blocked_senders = sa.Table(
    "blocked_senders",
    metadata,
    sa.Column("sender", sa.String(320), primary_key=True),
    sa.Column("blocked_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("actor", sa.Text, nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
)

# Senders who reported an outage while no incident was active (for detection from the inbox).
outage_reports = sa.Table(
    "outage_reports",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("sender", sa.Text, nullable=False),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False, index=True),
    sa.Column("message_ref", sa.String(32), nullable=True),
)

audit_log = sa.Table(
    "audit_log",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("at", sa.DateTime(timezone=True), nullable=False, index=True),
    sa.Column("actor", sa.Text, nullable=False),
    sa.Column("action", sa.String(64), nullable=False),
    sa.Column("target", sa.Text, nullable=False),
    sa.Column("details", sa.JSON, nullable=True),
)
