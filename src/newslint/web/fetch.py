"""Fetching a page for the web app without letting a request reach inside the server's network.

A URL posted to a public web service is an attack on whatever the server can reach: the cloud
metadata service, an admin port on localhost, the office network (server-side request forgery).
So this fetcher:

- takes only ``http``/``https`` URLs without credentials in them;
- resolves the host itself and refuses it if any address it resolves to is not public
  (loopback, private, link-local, carrier-grade NAT, multicast, reserved, unspecified, the
  metadata addresses), then connects to the address it checked, so a DNS answer that changes
  between the check and the connection (DNS rebinding) cannot slip through;
- follows redirects by hand, at most ``max_redirects``, checking every hop the same way;
- stops reading at ``max_bytes`` and gives up after ``timeout`` seconds in all;
- ignores proxy settings from the environment (a proxy would make the connection for us).

The CLI's ``article.from_url`` trusts its user; this module is for requests from strangers.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from newslint.article import Article, from_bytes
from newslint.errors import InputError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
# returns why an address is refused, or None when it may be reached
AddressPolicy = Callable[[IPAddress, int], "str | None"]

_METADATA_HOSTS = {"metadata", "metadata.google.internal", "metadata.goog", "instance-data"}
_CONTENT_TYPES = {"text/html", "application/xhtml+xml", "text/plain"}


class FetchRefused(InputError):
    """The URL points somewhere this server must not go."""


class FetchTooLarge(InputError):
    """The page is larger than the size cap."""


def public_only(ip: IPAddress, port: int) -> str | None:
    """The default policy: only globally routable unicast addresses."""
    if isinstance(ip, ipaddress.IPv6Address):
        mapped = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if mapped is not None:
            reason = public_only(mapped, port)
            if reason:
                return reason
    if ip.is_loopback:
        return "a loopback address"
    if ip.is_unspecified:
        return "a reserved address (0.0.0.0 reaches this machine)"
    if ip.is_link_local:
        return "a link-local address (cloud metadata lives here)"
    if ip.is_private:
        return "a private address"
    if ip.is_multicast or ip.is_reserved:
        return "a reserved address"
    if not ip.is_global:
        return "not a public address"
    return None


def resolve(host: str, port: int) -> list[IPAddress]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise InputError(host, f"cannot resolve the host: {exc}") from None
    addresses: list[IPAddress] = []
    for _family, _type, _proto, _name, sockaddr in infos:
        ip = ipaddress.ip_address(str(sockaddr[0]).split("%")[0])
        if ip not in addresses:
            addresses.append(ip)
    if not addresses:
        raise InputError(host, "the host has no address")
    return addresses


def checked_addresses(host: str, port: int, policy: AddressPolicy) -> list[IPAddress]:
    """Every address ``host`` resolves to, or FetchRefused naming the first forbidden one."""
    if host.lower().rstrip(".") in _METADATA_HOSTS or host.lower().endswith(".internal"):
        raise FetchRefused(host, "refusing to fetch from a metadata or internal host name")
    addresses = resolve(host, port)
    for ip in addresses:
        reason = policy(ip, port)
        if reason:
            raise FetchRefused(host, f"refusing to fetch: {host} resolves to {ip}, {reason}")
    return addresses


class _GuardedBackend(httpcore.SyncBackend):
    """Connects only to addresses the policy allows, and to exactly the addresses it checked."""

    def __init__(self, policy: AddressPolicy) -> None:
        self.policy = policy

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options=None,  # type: ignore[no-untyped-def]
    ) -> httpcore.NetworkStream:
        error: Exception | None = None
        for ip in checked_addresses(host, port, self.policy):
            try:
                return super().connect_tcp(str(ip), port, timeout, local_address, socket_options)
            except httpcore.ConnectError as exc:
                error = exc
        assert error is not None
        raise error


class _GuardedTransport(httpx.HTTPTransport):
    def __init__(self, policy: AddressPolicy) -> None:
        super().__init__(trust_env=False, retries=0)
        # httpx builds its connection pool without a way to pass a network backend; swap it
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(),
            max_connections=4,
            network_backend=_GuardedBackend(policy),
        )


@dataclass(frozen=True)
class Fetcher:
    max_bytes: int = 5_000_000
    timeout: float = 10.0
    max_redirects: int = 5
    policy: AddressPolicy = public_only

    def check_url(self, url: str) -> tuple[str, int]:
        """The host and port of a URL we may fetch, or FetchRefused."""
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError as exc:
            raise FetchRefused(url, f"not a valid URL: {exc}") from None
        if parts.scheme.lower() not in ("http", "https"):
            raise FetchRefused(url, "only http and https URLs can be fetched")
        if parts.username or parts.password:
            raise FetchRefused(url, "URLs with a user name or password are not fetched")
        host = parts.hostname
        if not host:
            raise FetchRefused(url, "the URL has no host")
        port = port or (443 if parts.scheme.lower() == "https" else 80)
        checked_addresses(host, port, self.policy)  # early, clear refusal before any connection
        return host, port

    def fetch(self, url: str) -> Article:
        """The page at ``url`` as an Article, within every limit above."""
        deadline = time.monotonic() + self.timeout
        with httpx.Client(
            transport=_GuardedTransport(self.policy),
            follow_redirects=False,
            trust_env=False,
            timeout=httpx.Timeout(self.timeout),
            headers={"User-Agent": "newslint (+https://github.com/newslint)"},
        ) as client:
            for _hop in range(self.max_redirects + 1):
                self.check_url(url)
                try:
                    article = self._get(client, url, deadline)
                except httpx.TimeoutException:
                    raise InputError(url, f"timed out after {self.timeout:g} s") from None
                except httpx.HTTPError as exc:
                    raise InputError(url, f"cannot fetch: {type(exc).__name__}") from None
                if isinstance(article, Article):
                    return article
                url = article  # a redirect: check and follow the next hop
            raise FetchRefused(url, f"more than {self.max_redirects} redirects")

    def _get(self, client: httpx.Client, url: str, deadline: float) -> Article | str:
        with client.stream("GET", url) as response:
            if response.is_redirect:
                location = response.headers.get("location", "")
                if not location:
                    raise InputError(url, "redirect without a location")
                return urljoin(url, location)
            if response.status_code >= 400:
                raise InputError(url, f"the server answered HTTP {response.status_code}")
            ctype = response.headers.get("content-type", "").split(";")[0].strip().lower()
            if ctype and ctype not in _CONTENT_TYPES:
                raise InputError(url, f"content type {ctype!r} is not HTML or text")
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > self.max_bytes:
                raise FetchTooLarge(url, f"the page is over the {self.max_bytes:,}-byte limit")
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > self.max_bytes:
                    raise FetchTooLarge(url, f"the page is over the {self.max_bytes:,}-byte limit")
                if time.monotonic() > deadline:
                    raise InputError(url, f"timed out after {self.timeout:g} s")
            final_url = str(response.url)
        html = True if ctype in ("text/html", "application/xhtml+xml") else None
        if ctype == "text/plain":
            html = False
        article = from_bytes(bytes(body), url, html=html, max_bytes=self.max_bytes)
        return replace(article, url=final_url)
