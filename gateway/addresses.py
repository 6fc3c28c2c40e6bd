"""Who may send what: recipient acceptance (never an open relay) and client network checks."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

from gateway.config import Network


def split_address(address: str) -> tuple[str, str]:
    local, _, domain = address.strip().strip("<>").rpartition("@")
    return local, domain.lower()


class MailboxAddresses:
    """The support addresses (`support@example.com`) and whole domains (`@example.com`) we accept mail for."""

    def __init__(self, entries: Iterable[str], *, delimiter: str = "+") -> None:
        self._addresses: set[str] = set()
        self._domains: set[str] = set()
        for entry in entries:
            local, domain = split_address(entry)
            if local:
                self._addresses.add(f"{local.lower()}@{domain}")
            else:
                self._domains.add(domain)
        self._delimiter = delimiter

    def accepts(self, address: str) -> bool:
        local, domain = split_address(address)
        if not local or not domain:
            return False
        if domain in self._domains:
            return True
        local = local.lower()
        if f"{local}@{domain}" in self._addresses:
            return True
        if self._delimiter and self._delimiter in local:
            base = local.split(self._delimiter, 1)[0]
            return f"{base}@{domain}" in self._addresses
        return False


def in_networks(address: str, networks: Iterable[Network]) -> bool:
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return any(ip in network for network in networks)
