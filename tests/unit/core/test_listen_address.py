"""The web app speaks plain HTTP, which would carry the sign-in token in the clear
across a network: it listens on loopback unless told otherwise."""

from __future__ import annotations

import pytest

from coachconn.core.errors import InvalidInput
from coachconn.core.serving import check_listen_address, is_loopback

LOOPBACK = [
    "127.0.0.1",
    "127.0.0.2",
    "127.255.255.254",
    "::1",
    "localhost",
    "LOCALHOST",
    "localhost.",
    "::ffff:127.0.0.1",
]
OTHERS = [
    "0.0.0.0",
    "::",
    "192.168.1.20",
    "10.0.0.1",
    "203.0.113.7",
    "2001:db8::1",
    "128.0.0.1",
    "example.org",
    "localhost.example.org",
    "",
    "::ffff:10.0.0.1",
]


@pytest.mark.parametrize("host", LOOPBACK)
def test_a_loopback_address_is_allowed(host: str) -> None:
    assert is_loopback(host)
    check_listen_address(host)


@pytest.mark.parametrize("host", OTHERS)
def test_any_other_address_is_refused_and_says_why(host: str) -> None:
    assert not is_loopback(host)
    with pytest.raises(InvalidInput) as caught:
        check_listen_address(host)
    assert caught.value.field == "host"
    assert "plain HTTP" in caught.value.reason
    assert "put HTTPS in front" in caught.value.reason
    assert "--insecure-http" in caught.value.reason
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("host", OTHERS)
def test_the_operator_can_accept_the_risk_in_so_many_words(host: str) -> None:
    check_listen_address(host, insecure_http=True)
