"""`newslint serve`: options checked up front, and the real command serving on loopback."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import httpx
import pytest
from typer.testing import CliRunner

from newslint.cli import app
from newslint.web.commands import parse_size


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
        (["--threads", "0"], "at least 1"),
        (["--allow-origin", "docs.example.org"], "is not an origin"),
        (["--cache-size", "-1"], "0 or more"),
    ],
)
def test_bad_options_exit_2_with_one_line(args, message):
    result = CliRunner().invoke(app, ["serve", *args])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


@pytest.mark.slow
def test_serve_command_serves(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "newslint.cli",
            "serve",
            "--port",
            str(port),
            "--max-body",
            "1000",
            "--log-level",
            "warning",
        ],
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            assert server.poll() is None, "serve exited"
            try:
                if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "serve did not become ready"
            time.sleep(0.2)
        assert "Check a news article" in httpx.get(base + "/").text
        too_big = httpx.post(base + "/api/check", json={"text": "x" * 2000})
        assert too_big.status_code == 413 and "1,000-byte limit" in too_big.json()["error"]
        ok = httpx.post(base + "/api/check", json={"text": "The council met on Tuesday."})
        assert ok.status_code == 200 and ok.json()["text"] == "The council met on Tuesday."
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
