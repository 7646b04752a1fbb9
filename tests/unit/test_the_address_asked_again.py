"""The page that asks again for a page opened from elsewhere (web/signin.py) names the
address asked for as a path of this app: never another host, never the token."""

from __future__ import annotations

import pytest

from coachconn.web.signin import again_address


def _scope(raw_path: bytes, query: bytes = b"") -> dict[str, object]:
    return {"path": raw_path.decode("latin-1"), "raw_path": raw_path, "query_string": query}


@pytest.mark.parametrize(
    ("raw_path", "query", "named"),
    [
        (b"/clients/3", b"", "/clients/3"),
        (b"/transcripts", b"client_id=3&page=2", "/transcripts?client_id=3&page=2"),
        # As the browser sent it: an escaped character stays escaped.
        (b"/a%2Fb", b"q=x%26y+z", "/a%2Fb?q=x%26y+z"),
        # Not a host: "//evil.example/x" would be one to a browser, "/\\evil" too.
        (b"//evil.example/x", b"", "/evil.example/x"),
        (b"///evil.example", b"", "/evil.example"),
        (b"/\\evil.example", b"", "/%5Cevil.example"),
        # Nothing that ends the attribute or the refresh's address, or means another one.
        (b"/x\"'<> \t", b"a='b'", "/x%22%27%3C%3E%20%09?a=%27b%27"),
        ("/café".encode(), b"", "/caf%C3%A9"),
        # The token, however its name is spelled, is dropped; the rest kept.
        (b"/clients", b"token=s3cret&page=2&%74oken=s3cret&tok=1", "/clients?page=2&tok=1"),
        (b"/clients", b"token=s3cret", "/clients"),
        (b"/clients", b"&&", "/clients"),
    ],
)
def test_the_address_is_a_path_of_this_app_without_the_token(
    raw_path: bytes, query: bytes, named: str
) -> None:
    assert again_address(_scope(raw_path, query)) == named


def test_without_the_raw_path_the_decoded_one_is_escaped() -> None:
    assert again_address({"path": "/café//x", "query_string": b""}) == "/caf%C3%A9//x"
