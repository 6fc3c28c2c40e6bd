"""Curveball: a policy gateway in front of customer-support mailboxes."""

__version__ = "0.1.0"
