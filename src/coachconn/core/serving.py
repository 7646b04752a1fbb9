"""Where the web app may listen. It has no sign-in yet, so it stays on this machine
unless the operator says, in so many words, that anyone who can reach it may read
every client's record."""

from __future__ import annotations

import ipaddress

from coachconn.core.errors import InvalidInput


def is_loopback(host: str) -> bool:
    """``localhost``, an address in 127.0.0.0/8, or ``::1`` (also written as an
    IPv4-mapped IPv6 address). Other names are not looked up: a name that
    resolves to a loopback address today may not tomorrow."""
    name = host.strip().lower().rstrip(".")
    if name == "localhost":
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def check_listen_address(host: str, *, insecure_no_auth: bool = False) -> None:
    """Refuse any address but loopback unless ``insecure_no_auth`` is set."""
    if insecure_no_auth or is_loopback(host):
        return
    raise InvalidInput(
        "host",
        f"refusing to listen on {host!r}: coachconn has no sign-in yet, so anyone who "
        "can reach it could read every client's record; use 127.0.0.1, or pass "
        "--insecure-no-auth to accept that",
    )
