"""Limits on what a client may make the server hold: time, bytes, JSON depth and digits.

- ``HeadTimeout``: a connection that has not sent a complete request head within
  ``header_timeout`` seconds of connecting (or of its previous answer) is closed, so hundreds of
  half-open connections cannot sit on the server (uvicorn's own keep-alive timeout only starts
  after an answer, and h11 caps the head's size, not its time);
- ``BodyLimit``: a body over ``max_body`` bytes, declared or streamed, gets 413; a body that has
  not arrived within ``body_timeout`` seconds gets 408;
- ``parse_json``: malformed JSON, nesting deeper than Python's recursion limit allows, or a
  number longer than ``MAX_NUMBER_CHARS`` characters get 400, never a 500;
- ``server_config``: uvicorn with all of the above and a graceful shutdown that ends in time.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import h11
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from uvicorn.protocols.http.h11_impl import H11Protocol

MAX_NUMBER_CHARS = 1_000  # no field of a request is a number; this is generous
# a form over the cap is read to its end (and dropped) up to this many times the cap, so the
# browser that sent it can show the refusal page
DRAIN_FACTOR = 10


class JsonRejected(ValueError):
    """The body is not JSON we accept; the message says why in one line."""


def _number(kind: type) -> Any:
    def parse(text: str) -> Any:
        if len(text) > MAX_NUMBER_CHARS:
            raise JsonRejected(
                f"the body has a number {len(text):,} characters long "
                f"(at most {MAX_NUMBER_CHARS:,})"
            )
        return kind(text)

    return parse


_DECODER = json.JSONDecoder(parse_int=_number(int), parse_float=_number(float))


def parse_json(raw: bytes) -> Any:
    """The JSON value of ``raw``, or JsonRejected with one line."""
    try:
        return _DECODER.decode(raw.decode("utf-8"))
    except JsonRejected:
        raise
    except RecursionError:
        raise JsonRejected("the body is not valid JSON: it is nested too deeply") from None
    except UnicodeDecodeError as exc:
        raise JsonRejected(f"the body is not valid JSON: not UTF-8 ({exc.reason})") from None
    except ValueError as exc:  # JSONDecodeError, and anything else the decoder refuses
        raise JsonRejected(f"the body is not valid JSON: {exc}") from None


def error_body(status: int, message: str, detail: list[dict[str, Any]] | None = None) -> bytes:
    body: dict[str, Any] = {"status": status, "error": message}
    if detail:
        body["detail"] = detail
    return json.dumps(body).encode()


class BodyLimit:
    """Answers 413 to a body over ``max_body`` bytes and 408 to one that arrives too slowly.

    The body is read here, within the cap and the time, and handed on, so no handler ever
    sees more, or waits longer. ``pages`` maps a path (a form's target, posted by a browser
    without script) to a function writing the refusal as an HTML page instead of JSON.
    """

    def __init__(
        self,
        app: ASGIApp,
        max_body: int,
        body_timeout: float = 30.0,
        pages: dict[str, Callable[[int, str], bytes]] | None = None,
    ) -> None:
        self.app = app
        self.max_body = max_body
        self.body_timeout = body_timeout
        self.pages = pages or {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        page = self.pages.get(scope.get("path", "")) if not scope.get("query_string") else None
        if declared is not None:
            if not declared.isdigit():
                await self._reply(send, 400, "Content-Length is not a number", page)
                return
            if int(declared) > self.max_body:
                if page is not None and int(declared) <= DRAIN_FACTOR * self.max_body:
                    # a browser still sending its form would show a reset connection, not
                    # the page: read the rest (and drop it) within the body's time first
                    await self._drain(receive)
                await self._reply(send, 413, self._too_large(int(declared)), page)
                return
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.body_timeout
        chunks, size = [], 0
        while True:
            try:
                message = await asyncio.wait_for(receive(), max(0.0, deadline - loop.time()))
            except asyncio.TimeoutError:
                await self._reply(
                    send, 408, f"the request body did not arrive within {self.body_timeout:g} s"
                )
                return
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                await self._reply(send, 413, self._too_large(size, more=True), page)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _drain(self, receive: Receive) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.body_timeout
        while True:
            try:
                message = await asyncio.wait_for(receive(), max(0.0, deadline - loop.time()))
            except asyncio.TimeoutError:
                return
            if message["type"] == "http.disconnect" or not message.get("more_body", False):
                return

    def _too_large(self, size: int, more: bool = False) -> str:
        shown = "over" if more else f"{size:,} bytes,"
        return f"request body is {shown} over the {self.max_body:,}-byte limit".replace(
            "over over", "over"
        )

    @staticmethod
    async def _reply(
        send: Send, status: int, message: str, page: Callable[[int, str], bytes] | None = None
    ) -> None:
        body = page(status, message) if page else error_body(status, message)
        ctype = b"text/html; charset=utf-8" if page else b"application/json"
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", ctype),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


class HeadTimeout(H11Protocol):
    """uvicorn's h11 protocol, closing a connection whose request head is too slow to come."""

    header_timeout = 10.0
    _head_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._await_head()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_waiting()
        super().connection_lost(exc)

    def handle_events(self) -> None:
        super().handle_events()
        if self.conn.their_state is not h11.IDLE:  # a head arrived: its body has its own limit
            self._stop_waiting()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing() and self.conn.their_state is h11.IDLE:
            self._await_head()  # the next request's head, on a kept-alive connection

    def _await_head(self) -> None:
        self._stop_waiting()
        self._head_timer = self.loop.call_later(self.header_timeout, self._head_too_slow)

    def _stop_waiting(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_too_slow(self) -> None:
        self._head_timer = None
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self.transport.close()


def head_timeout_protocol(seconds: float) -> type[HeadTimeout]:
    return type("HeadTimeoutProtocol", (HeadTimeout,), {"header_timeout": seconds})


def server_config(app: ASGIApp, *, header_timeout: float = 10.0, **options: Any) -> Any:
    """A uvicorn Config for ``app`` with the head timeout, a 5 s keep-alive and a graceful
    shutdown that gives running requests at most 5 s (the pool then stops its workers)."""
    import uvicorn

    options.setdefault("timeout_keep_alive", 5)
    options.setdefault("timeout_graceful_shutdown", 5)
    options.setdefault("server_header", False)
    return uvicorn.Config(app, http=head_timeout_protocol(header_timeout), **options)
