"""Prometheus metrics, one registry per gateway instance (tests run several in one process)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.messages = Counter(
            "curveball_messages", "Messages answered, by outcome", ["outcome"], registry=self.registry
        )
        self.latency = Histogram(
            "curveball_message_seconds",
            "Time from end of DATA to the reply, per message",
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
            registry=self.registry,
        )
        self.upstream_errors = Counter(
            "curveball_upstream_errors",
            "Upstream deliveries that failed, by kind",
            ["kind"],
            registry=self.registry,
        )
        self.connections = Gauge("curveball_smtp_connections", "Open SMTP connections", registry=self.registry)
        self.connections_refused = Counter(
            "curveball_smtp_connections_refused",
            "Connections refused (limit or network)",
            ["reason"],
            registry=self.registry,
        )
        self.forged_headers = Counter(
            "curveball_forged_headers_removed",
            "X-Curveball-* fields removed from inbound mail",
            registry=self.registry,
        )
        self.store_errors = Counter("curveball_store_errors", "Database writes that failed", registry=self.registry)
        self.outbox = Counter(
            "curveball_outbox_deliveries",
            "Outbox delivery attempts, by result",
            ["result"],
            registry=self.registry,
        )

        self.policy_reloads = Counter(
            "curveball_policy_reloads", "Policy set loads, by result (ok, failed)", ["result"], registry=self.registry
        )
        self.analysis_timeouts = Counter(
            "curveball_analysis_timeouts", "Messages forwarded unanalysed: CPU budget exceeded", registry=self.registry
        )
        self.analysis_seconds = Histogram(
            "curveball_analysis_seconds",
            "Parse + analysis + policy evaluation time per message",
            buckets=(0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1),
            registry=self.registry,
        )
        self.tags = Counter("curveball_tags", "Tags set on messages, by tag", ["tag"], registry=self.registry)

    def render(self) -> bytes:
        return generate_latest(self.registry)
