"""The web app's URL fetcher: public addresses only, every redirect hop re-checked, capped.

A policy that admits exactly one loopback port stands in for "the public internet", so the
redirect, size and time limits are tested against a real HTTP server without leaving the box.
"""

from __future__ import annotations

import ipaddress

import httpcore
import pytest

from newslint.errors import InputError
from newslint.web.fetch import Fetcher, FetchRefused, FetchTooLarge, _GuardedBackend, public_only
from web_support import Origin


@pytest.fixture(scope="module")
def origin():
    with Origin(other_port=1) as server:
        yield server


def only(port: int):
    def policy(ip, p):
        if ip == ipaddress.ip_address("127.0.0.1") and p == port:
            return None
        return public_only(ip, p) or "not the test origin"

    return policy


@pytest.fixture
def fetcher(origin):
    return Fetcher(max_bytes=200_000, timeout=1.5, max_redirects=3, policy=only(origin.port))


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://127.0.0.1/", "loopback"),
        ("http://localhost:8000/", "loopback"),
        ("http://[::1]/", "loopback"),
        ("http://2130706433/", "loopback"),  # 127.0.0.1 written as one decimal number
        ("http://0x7f.1/", "loopback"),
        ("http://[::ffff:127.0.0.1]/", "loopback"),  # IPv4-mapped IPv6
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://metadata.google.internal/computeMetadata/v1/", "metadata"),
        ("http://10.1.2.3/", "private"),
        ("http://192.168.1.1/admin", "private"),
        ("http://100.100.100.200/", "not a public address"),  # carrier-grade NAT range
        ("http://0.0.0.0:8000/", "reserved"),
        ("http://[fd00:ec2::254]/", "private"),
        ("file:///etc/passwd", "only http and https"),
        ("gopher://example.org/", "only http and https"),
        ("http://user:secret@example.org/", "user name or password"),
        ("http:///nohost", "no host"),
    ],
)
def test_non_public_targets_are_refused_before_connecting(url, reason):
    with pytest.raises(FetchRefused) as caught:
        Fetcher().fetch(url)
    assert reason in str(caught.value)


def test_public_addresses_pass_the_default_policy():
    assert public_only(ipaddress.ip_address("93.184.216.34"), 80) is None
    assert public_only(ipaddress.ip_address("2606:2800:220:1::248"), 443) is None


def test_the_connection_itself_is_guarded():
    # even if a URL check were skipped (or DNS changed after it), the socket is not opened
    with pytest.raises(FetchRefused):
        _GuardedBackend(public_only).connect_tcp("127.0.0.1", 80, timeout=1)


def test_an_allowed_page_is_fetched_with_its_final_url(fetcher, origin):
    article = fetcher.fetch(origin.url + "/redirect-here")
    assert article.is_html
    assert "bus depot" in article.text
    assert article.url == origin.url + "/article"


def test_a_redirect_to_a_forbidden_address_is_refused(fetcher, origin):
    with pytest.raises(FetchRefused, match=r"loopback|not the test origin"):
        fetcher.fetch(origin.url + "/redirect-away")
    with pytest.raises(FetchRefused, match="link-local"):
        fetcher.fetch(origin.url + "/redirect-metadata")


def test_redirects_are_capped(fetcher, origin):
    with pytest.raises(FetchRefused, match="more than 3 redirects"):
        fetcher.fetch(origin.url + "/loop0")


def test_size_is_capped_declared_or_not(fetcher, origin):
    with pytest.raises(FetchTooLarge):
        fetcher.fetch(origin.url + "/huge")
    with pytest.raises(FetchTooLarge):
        fetcher.fetch(origin.url + "/huge-undeclared")


def test_time_is_capped(fetcher, origin):
    with pytest.raises(InputError, match="timed out"):
        fetcher.fetch(origin.url + "/slow")


def test_other_content_types_and_errors_are_refused(fetcher, origin):
    with pytest.raises(InputError, match="image/png"):
        fetcher.fetch(origin.url + "/image")
    with pytest.raises(InputError, match="HTTP 404"):
        fetcher.fetch(origin.url + "/missing")


def test_backend_refusal_surfaces_unchanged():
    # httpx must not wrap our refusal into a generic connection error
    assert not issubclass(FetchRefused, httpcore.ConnectError)
