"""Load on `newslint serve`: N concurrent clients, a bounded number of requests, on loopback.

Starts the server as a subprocess on a free loopback port, waits for /healthz, checks one
article once to get the expected report (and, unless --no-verify, compares it with an
in-process ``newslint.check``), then sends ``--requests`` POST /api/check requests from
``--clients`` concurrent clients and stops. Every response must be 200 and byte-identical to
the expected report. Prints throughput and latency percentiles; ``--json`` writes them.

    .venv/bin/python benchmarks/serve_load.py --clients 20 --requests 500

Target (issue 6): no errors, p99 under 1 s for a 600-word article at 20 clients on 2 cores.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_ARTICLE = ROOT / "examples" / "flood-defences.txt"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def start_server(port: int, workers: int, *options: str) -> subprocess.Popen[bytes]:
    cmd = [
        sys.executable,
        "-m",
        "newslint.cli",
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--log-level",
        "warning",
        *options,
    ]
    return subprocess.Popen(cmd, cwd=ROOT, start_new_session=True)


def wait_ready(base: str, server: subprocess.Popen[bytes], limit: float = 180) -> float:
    started = time.perf_counter()
    while time.perf_counter() - started < limit:
        if server.poll() is not None:
            raise SystemExit(f"server exited with code {server.returncode} before it was ready")
        try:
            if httpx.get(base + "/healthz", timeout=2).status_code == 200:
                return time.perf_counter() - started
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"server not ready after {limit:g} s")


def stop_server(server: subprocess.Popen[bytes]) -> None:
    """SIGTERM to the server's process group; SIGKILL if it is not gone in 20 s."""
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)


async def load(
    base: str, body: dict, expected: bytes, clients: int, requests: int, deadline: float
) -> dict:
    latencies: list[float] = []
    errors: list[str] = []
    mismatches = 0
    issued = 0

    async def client() -> None:
        nonlocal issued, mismatches
        async with httpx.AsyncClient(base_url=base, timeout=60) as http:
            while issued < requests and time.perf_counter() < deadline:
                issued += 1
                t0 = time.perf_counter()
                try:
                    response = await http.post("/api/check", json=body)
                except httpx.HTTPError as exc:
                    errors.append(type(exc).__name__)
                    continue
                latencies.append(time.perf_counter() - t0)
                if response.status_code != 200:
                    errors.append(f"HTTP {response.status_code}")
                elif response.content != expected:
                    mismatches += 1

    t0 = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    wall = time.perf_counter() - t0
    return {
        "latencies": latencies,
        "errors": errors,
        "mismatches": mismatches,
        "wall": wall,
        "issued": issued,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--workers", type=int, default=2, help="check worker processes")
    parser.add_argument("--article", type=Path, default=DEFAULT_ARTICLE)
    parser.add_argument(
        "--max-seconds",
        type=float,
        default=600,
        help="stop issuing requests after this long, whatever is left",
    )
    parser.add_argument(
        "--sequential",
        type=int,
        default=10,
        help="requests sent one at a time first, for the service time",
    )
    parser.add_argument(
        "--no-verify", action="store_true", help="skip comparing with an in-process check"
    )
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args()

    text = args.article.read_text(encoding="utf-8")
    body = {"text": text, "published": "2024-11-01"}
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    # the queue holds every client: this benchmark measures service, serve_flood.py refusals
    server = start_server(port, args.workers, "--queue", str(args.clients))
    try:
        ready = wait_ready(base, server)
        first = httpx.post(base + "/api/check", json=body, timeout=60)
        first.raise_for_status()
        expected = first.content
        for _ in range(3):  # warm-up, not measured
            httpx.post(base + "/api/check", json=body, timeout=60)
        # one client at a time: the service time, to read the concurrent figures against
        sequential, in_process, in_process_cpu = [], [], []
        with httpx.Client(base_url=base, timeout=60) as http:
            for _ in range(args.sequential):
                t0 = time.perf_counter()
                http.post("/api/check", json=body).raise_for_status()
                sequential.append(time.perf_counter() - t0)
        if not args.no_verify:
            from newslint import check
            from newslint.nlp import pipeline

            nlp = pipeline()
            local = check(text, published="2024-11-01", nlp=nlp).to_json().encode()
            if local != expected:
                raise SystemExit("the server's report differs from an in-process check")
            for _ in range(args.sequential):  # side by side with the sequential requests
                t0, c0 = time.perf_counter(), time.process_time()
                check(text, published="2024-11-01", nlp=nlp)
                in_process.append(time.perf_counter() - t0)
                in_process_cpu.append(time.process_time() - c0)
        result = asyncio.run(
            load(
                base,
                body,
                expected,
                args.clients,
                args.requests,
                time.perf_counter() + args.max_seconds,
            )
        )
    finally:
        stop_server(server)

    lat = result["latencies"]
    figures = {
        "article": str(
            args.article.relative_to(ROOT) if args.article.is_relative_to(ROOT) else args.article
        ),
        "words": len(text.split()),
        "clients": args.clients,
        "requests": result["issued"],
        "server_workers": args.workers,
        "sequential_p50_ms": round(1000 * statistics.median(sequential), 1),
        "in_process_p50_ms": round(1000 * statistics.median(in_process), 1) if in_process else None,
        # CPU seconds one check costs, whatever the load: cores / this = the best throughput
        "in_process_cpu_ms": round(1000 * statistics.median(in_process_cpu), 1)
        if in_process_cpu
        else None,
        "ok": len(lat) - sum(1 for e in result["errors"] if e.startswith("HTTP")),
        "errors": len(result["errors"]),
        "mismatches": result["mismatches"],
        "wall_s": round(result["wall"], 2),
        "throughput_rps": round(len(lat) / result["wall"], 2) if result["wall"] else 0,
        "p50_ms": round(1000 * statistics.median(lat), 1) if lat else None,
        "p90_ms": round(1000 * percentile(lat, 90), 1) if lat else None,
        "p99_ms": round(1000 * percentile(lat, 99), 1) if lat else None,
        "max_ms": round(1000 * max(lat), 1) if lat else None,
        "startup_s": round(ready, 1),
        "cpus": os.cpu_count(),
        "load_avg_1m": round(os.getloadavg()[0], 2),
        "python": platform.python_version(),
    }
    width = max(map(len, figures))
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")
    target = (
        figures["errors"] == 0
        and figures["mismatches"] == 0
        and (figures["p99_ms"] is not None and figures["p99_ms"] < 1000)
    )
    print(f"{'target':<{width}}  {'met' if target else 'NOT met'} (no errors, p99 < 1000 ms)")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    sys.exit(0 if figures["errors"] == 0 and figures["mismatches"] == 0 else 1)


if __name__ == "__main__":
    main()
