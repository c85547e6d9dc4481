"""`newslint serve`: options checked up front, and the real command serving on loopback."""

from __future__ import annotations

import os
import signal
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from newslint.cli import app
from newslint.web.commands import parse_size
from web_support import start_serve, stop_serve

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("5000000", 5_000_000),
        ("5MB", 5_000_000),
        ("500k", 500_000),
        ("1.5mb", 1_500_000),
        ("2 MiB", 2_000_000),
    ],
)
def test_sizes(text, size):
    assert parse_size(text) == size


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--max-body", "lots"], "is not a number of bytes"),
        (["--max-body", "0"], "is not a number of bytes"),
        (["--port", "70000"], "is not a port number"),
        (["--workers", "0"], "at least 1"),
        (["--max-seconds", "-5"], "positive number"),
        (["--pipeline", "no_such_pipeline"], "is not installed"),
        (["--allow-origin", "docs.example.org"], "is not an origin"),
        (["--cache-size", "-1"], "0 or more"),
    ],
)
def test_bad_options_exit_2_with_one_line(args, message):
    result = CliRunner().invoke(app, ["serve", *args])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def session_processes(sid: int) -> list[int]:
    """Processes still alive in session ``sid`` (the server, its fork server, its workers)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == sid and fields[0] != "Z":
            found.append(int(entry))
    return found


def wait_gone(sid: int, seconds: float) -> list[int]:
    deadline = time.monotonic() + seconds
    while (left := session_processes(sid)) and time.monotonic() < deadline:
        time.sleep(0.1)
    return left


def busy_with_a_long_check(base: str) -> ThreadPoolExecutor:
    article = (ROOT / "examples" / "recaptured-territory.txt").read_text(encoding="utf-8")
    threads = ThreadPoolExecutor(max_workers=1)
    threads.submit(httpx.post, base + "/api/check", json={"text": article * 100}, timeout=120)
    deadline = time.monotonic() + 30
    while httpx.get(base + "/healthz", timeout=5).json()["pool"]["busy"] < 1:
        assert time.monotonic() < deadline, "the check never started"
        time.sleep(0.05)
    return threads


@pytest.mark.slow
def test_serve_command_serves(tmp_path):
    server, base = start_serve("--max-body", "1000", "--workers", "1", "--log-level", "warning")
    try:
        assert "Check a news article" in httpx.get(base + "/").text
        too_big = httpx.post(base + "/api/check", json={"text": "x" * 2000})
        assert too_big.status_code == 413 and "1,000-byte limit" in too_big.json()["error"]
        ok = httpx.post(base + "/api/check", json={"text": "The council met on Tuesday."})
        assert ok.status_code == 200 and ok.json()["text"] == "The council met on Tuesday."
    finally:
        stop_serve(server)


@pytest.mark.slow
def test_sigterm_mid_check_stops_everything_within_10_s():
    server, base = start_serve("--workers", "1", "--max-seconds", "100", "--log-level", "error")
    threads = busy_with_a_long_check(base)
    try:
        started = time.monotonic()
        server.send_signal(signal.SIGTERM)  # the server alone, as a process manager would
        server.wait(timeout=10)
        assert time.monotonic() - started < 10
        assert not wait_gone(server.pid, 5), "a worker outlived the server"
    finally:
        threads.shutdown(wait=False)
        if server.poll() is None:
            stop_serve(server, signal.SIGKILL)


@pytest.mark.slow
def test_a_killed_server_leaves_no_worker_behind():
    server, base = start_serve("--workers", "2", "--max-seconds", "100", "--log-level", "error")
    threads = busy_with_a_long_check(base)
    try:
        server.kill()  # SIGKILL: no shutdown code runs in the server
        server.wait(timeout=10)
        assert not wait_gone(server.pid, 10), "workers outlived a killed server"
    finally:
        threads.shutdown(wait=False)
        stop_serve(server, signal.SIGKILL)
