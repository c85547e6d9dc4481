"""The server against hostile and unlucky clients: a real uvicorn server on loopback, real
check worker processes, real sockets. Issue 11: D12 (JSON limits), D13 (half-open connections),
the time budget, the bounded queue, a worker that dies, and /healthz through all of it."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from newslint.web.app import ServerSettings, create_app
from newslint.web.pool import CheckPool, PoolError, PoolSettings
from newslint.web.worker import CheckJob, WorkerSettings
from web_support import EXAMPLES, LiveServer

ARTICLE = (EXAMPLES / "recaptured-territory.txt").read_text(encoding="utf-8")
# about 190 KB of ordinary news text: many seconds of work, far past a two-second budget
LONG_ARTICLE = "\n\n".join([ARTICLE] * 100)


def one_line_error(response: httpx.Response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["status"] == status and "\n" not in body["error"]
    assert "Traceback" not in response.text and 'File "' not in response.text
    return body


@pytest.fixture(scope="module")
def tight():
    """One worker, one place in the queue, a two-second budget, one-second read timeouts."""
    settings = ServerSettings(
        workers=1, queue=1, max_seconds=2, queue_seconds=30, header_timeout=1, body_timeout=1
    )
    app = create_app(settings)
    with LiveServer(app, header_timeout=settings.header_timeout) as live:
        live.app = app
        yield live


def healthz_ms(url: str) -> float:
    t0 = time.perf_counter()
    assert httpx.get(url + "/healthz", timeout=10).status_code == 200
    return (time.perf_counter() - t0) * 1000


# ---- D12: JSON the decoder cannot take is a 400, not a 500 ----


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"text": ' + b"[" * 100_000, "nested too deeply"),
        (b'{"text": "x", "n": ' + b"9" * 100_000 + b"}", "100,000 characters long"),
        (b'{"text": "x", "n": 1.' + b"5" * 100_000 + b"}", "100,002 characters long"),
        (b'{"text": "x"} trailing', "Extra data"),
    ],
    ids=["deep-array", "deep-unterminated", "long-int", "long-float", "trailing"],
)
def test_d12_json_limits_are_400(tight, body, words):
    response = httpx.post(
        tight.url + "/api/check",
        content=body,
        headers={"content-type": "application/json"},
        timeout=30,
    )
    assert words in one_line_error(response, 400)["error"]


# ---- D13: slow heads and slow bodies are cut off ----


def test_d13_half_open_connections_are_closed(tight):
    """900 connections that never finish their request head are all closed by the server
    after the head timeout (1 s here), and /healthz answers all the while."""
    sockets = []
    try:
        for i in range(900):
            s = socket.create_connection(("127.0.0.1", tight.port), timeout=10)
            if i % 2:  # half send part of a head, half nothing at all
                s.sendall(b"POST /api/check HTTP/1.1\r\nHost: x\r\nContent-")
            sockets.append(s)
        assert healthz_ms(tight.url) < 5000
        deadline = time.monotonic() + 30
        still_open = list(sockets)
        while still_open and time.monotonic() < deadline:
            time.sleep(0.5)
            for s in list(still_open):
                s.setblocking(False)
                try:
                    if s.recv(1) == b"":
                        still_open.remove(s)
                except BlockingIOError:
                    pass
                except OSError:  # reset by the server: closed too
                    still_open.remove(s)
        assert not still_open, f"{len(still_open)} of 900 half-open connections still open"
    finally:
        for s in sockets:
            s.close()
    assert healthz_ms(tight.url) < 5000


def test_slow_body_gets_408(tight):
    with socket.create_connection(("127.0.0.1", tight.port), timeout=10) as s:
        s.sendall(
            b"POST /api/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: 1000\r\n\r\n" + b'{"text": "'
        )
        started = time.monotonic()
        answer = b""
        while chunk := s.recv(4096):  # the server closes the connection after answering
            answer += chunk
        assert time.monotonic() - started < 10
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 408")
    assert "did not arrive within 1 s" in json.loads(body)["error"]


def read_response(s: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data:
        data += s.recv(65536)
    head, _, body = data.partition(b"\r\n\r\n")
    length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
    while len(body) < length:
        body += s.recv(65536)
    return head


def test_a_kept_alive_connection_that_goes_quiet_is_closed(tight):
    with socket.create_connection(("127.0.0.1", tight.port), timeout=10) as s:
        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        assert read_response(s).startswith(b"HTTP/1.1 200")
        s.sendall(b"GET /healthz HTTP/1.1\r\n")  # the next head, never finished
        started = time.monotonic()
        assert s.recv(1) == b""
        assert time.monotonic() - started < 10


# ---- the time budget, the queue, a dying worker ----


def test_a_runaway_check_is_stopped_at_its_budget_and_the_worker_replaced(tight):
    with ThreadPoolExecutor(max_workers=1) as pool:
        started = time.monotonic()
        slow = pool.submit(
            httpx.post, tight.url + "/api/check", json={"text": LONG_ARTICLE}, timeout=60
        )
        time.sleep(0.2)
        assert healthz_ms(tight.url) < 5000  # answered while the only worker is busy
        response = slow.result()
        took = time.monotonic() - started
    assert "budget" in one_line_error(response, 422)["error"]
    assert took < 10, f"the 2 s budget took {took:.1f} s to stop the check"
    ok = httpx.post(tight.url + "/api/check", json={"text": ARTICLE}, timeout=60)
    assert ok.status_code == 200 and "Oleksandr Petrenko" in ok.json()["text"]
    state = httpx.get(tight.url + "/healthz").json()["pool"]
    assert state["overran"] >= 1 and state["workers"] == 1


def test_a_full_queue_answers_503_with_retry_after(tight):
    with ThreadPoolExecutor(max_workers=2) as pool:
        running = pool.submit(
            httpx.post, tight.url + "/api/check", json={"text": LONG_ARTICLE}, timeout=60
        )
        time.sleep(0.1)
        waiting = pool.submit(
            httpx.post, tight.url + "/api/check", json={"text": ARTICLE}, timeout=60
        )
        deadline = time.monotonic() + 10
        while httpx.get(tight.url + "/healthz").json()["pool"]["queued"] < 1:
            assert time.monotonic() < deadline, "the second request never queued"
            time.sleep(0.02)
        refused = httpx.post(tight.url + "/api/check", json={"text": ARTICLE}, timeout=60)
        assert "busy" in one_line_error(refused, 503)["error"]
        assert int(refused.headers["retry-after"]) >= 1
        form = httpx.post(tight.url + "/report", data={"text": ARTICLE}, timeout=60)
        assert form.status_code == 503 and "retry-after" in form.headers
        assert running.result().status_code == 422
        assert waiting.result().status_code == 200
    # the server's account of each: the wait for a worker, then the check
    assert refused.headers["server-timing"].startswith("queue;dur=")
    assert "check;dur=" in waiting.result().headers["server-timing"]


def test_a_worker_that_dies_fails_only_its_request(tight):
    pool: CheckPool = tight.app.state.pool
    with ThreadPoolExecutor(max_workers=1) as threads:
        slow = threads.submit(
            httpx.post, tight.url + "/api/check", json={"text": LONG_ARTICLE}, timeout=60
        )
        deadline = time.monotonic() + 10
        while not pool._running:
            assert time.monotonic() < deadline, "the check never started"
            time.sleep(0.01)
        (worker,) = pool._running
        os.kill(worker.process.pid, signal.SIGKILL)  # as the OOM killer would
        assert "worker process died" in one_line_error(slow.result(), 500)["error"]
    ok = httpx.post(tight.url + "/api/check", json={"text": ARTICLE}, timeout=60)
    assert ok.status_code == 200


# ---- the pool on its own ----


def test_the_pool_recycles_workers_and_answers_errors_as_statuses():
    async def scenario() -> tuple[list[int], dict, PoolError]:
        pool = CheckPool(PoolSettings(workers=1, recycle_after=2), WorkerSettings("en_core_web_sm"))
        await pool.start()
        try:
            pids = []
            for _ in range(3):
                await pool.run(CheckJob("text", "The council met on Tuesday."))
                pids.extend(w.process.pid for w in pool._workers)
            try:
                await pool.run(CheckJob("text", "   "))
            except PoolError as exc:
                empty = exc
            return pids, pool.state(), empty
        finally:
            await pool.close()

    pids, state, empty = asyncio.run(scenario())
    assert state["checks"] == 4 and len(set(pids)) == 2  # replaced after its second check
    assert empty.status == 422 and "empty" in empty.message
