"""Real servers on loopback ports for the web tests: the app on uvicorn, and a small origin
server that plays a news site (pages, redirects, huge and slow answers) for URL fetching."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
FIXTURES = Path(__file__).parent / "fixtures"


class LiveServer:
    """An ASGI app served by uvicorn in a thread, on a free loopback port."""

    def __init__(self, app, header_timeout: float = 10.0) -> None:
        import uvicorn

        from newslint.web.guard import server_config

        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = server_config(
            app,
            header_timeout=header_timeout,
            log_level="warning",
            lifespan="on",
            access_log=False,
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True
        )

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the app did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=15)
        self.sock.close()


def start_serve(*options: str) -> tuple[subprocess.Popen, str]:
    """The real ``newslint serve`` command on a free loopback port, in a session of its own
    (so its fork server and workers can be found and stopped with it), ready: ``/healthz``
    answers. Returns the process and its base URL; ``stop_serve`` ends it."""
    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "newslint.cli", "serve", "--port", str(port), *options],
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    try:
        while True:
            assert server.poll() is None, "serve exited"
            try:
                if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                    return server, base
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "serve did not become ready"
            time.sleep(0.2)
    except BaseException:
        stop_serve(server, signal.SIGKILL)
        raise


def stop_serve(server: subprocess.Popen, how: int = signal.SIGTERM) -> None:
    """Signal the server's whole session (server, fork server, workers) and wait for it."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(server.pid, how)
    server.wait(timeout=30)


ARTICLE_HTML = """<!doctype html><html><head><title>Depot approved</title>
<meta property="og:site_name" content="Origin Times"></head><body><article>
<h1>Depot approved</h1>
<p>The council approved the new bus depot on Tuesday after a two-hour debate in the chamber.</p>
<p>Work on the depot starts in March and should finish the following spring, officials said.</p>
<p>Councillor Jane Hollis said the depot would cut journey times across the east of the city.</p>
</article></body></html>"""


class _Origin(BaseHTTPRequestHandler):
    other_port = 0

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        path = self.path
        if path == "/article":
            self._send(200, ARTICLE_HTML.encode(), "text/html; charset=utf-8")
        elif path == "/redirect-here":
            self._redirect("/article")
        elif path == "/redirect-away":
            self._redirect(f"http://127.0.0.1:{self.other_port}/secret")
        elif path == "/redirect-metadata":
            self._redirect("http://169.254.169.254/latest/meta-data/")
        elif path.startswith("/loop"):
            n = int(path[5:] or 0)
            self._redirect(f"/loop{n + 1}")
        elif path == "/huge":
            self._send(200, b"<p>" + b"word " * 400_000 + b"</p>", "text/html")
        elif path == "/huge-undeclared":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(200):
                self.wfile.write(b"<p>" + b"word " * 2000 + b"</p>")
            self.close_connection = True
        elif path == "/slow":
            time.sleep(3)
            self._send(200, ARTICLE_HTML.encode(), "text/html")
        elif path == "/image":
            self._send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png")
        else:
            self._send(404, b"not here", "text/plain")

    def _send(self, status: int, body: bytes, ctype: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()


class Origin:
    """A news site on loopback; ``other_port`` is a second loopback port it redirects to."""

    def __init__(self, other_port: int = 9) -> None:
        handler = type("Handler", (_Origin,), {"other_port": other_port})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> Origin:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
