"""Where the web app may listen. It speaks plain HTTP, so the sign-in token and every
page it serves cross the network unencrypted once it listens beyond this machine: it
stays on loopback (with HTTPS put in front by a proxy or an SSH tunnel for other
machines) unless the operator accepts that in so many words."""

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


def check_listen_address(host: str, *, insecure_http: bool = False) -> None:
    """Refuse any address but loopback unless ``insecure_http`` is set."""
    if insecure_http or is_loopback(host):
        return
    raise InvalidInput(
        "host",
        f"refusing to listen on {host!r}: coachconn speaks plain HTTP, so anyone who "
        "can watch the network could take the sign-in token and read every client's "
        "record; listen on 127.0.0.1 and put HTTPS in front (a reverse proxy on this "
        "machine, or an SSH tunnel), or pass --insecure-http to accept that",
    )
