"""Outbound URLs to loopback, link-local or private addresses are refused unless allowed."""

from __future__ import annotations

import pytest

from townwatch_runtime.url_guard import UnsafeURL, check_url


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/hook",
        "http://localhost/hook",
        "http://[::1]/x",
        "http://169.254.169.254/latest/meta-data",
        "http://10.0.0.5/x",
        "http://192.168.1.1/x",
        "http://172.16.3.4/x",
        "http://[::ffff:127.0.0.1]/x",
        "http://0.0.0.0/x",
        "file:///etc/passwd",
        "gopher://example.com/",
        "http:///nohost",
    ],
)
def test_internal_or_odd_urls_are_refused(url: str) -> None:
    with pytest.raises(UnsafeURL):
        check_url(url)


def test_public_address_is_allowed() -> None:
    assert check_url("https://93.184.216.34/hook") == "https://93.184.216.34/hook"


def test_setting_allows_private_targets() -> None:
    assert check_url("http://127.0.0.1:9/x", allow_private=True) == "http://127.0.0.1:9/x"
    with pytest.raises(UnsafeURL, match="scheme"):
        check_url("file:///etc/passwd", allow_private=True)
