"""`newslint serve` under a hostile flood: does /healthz keep answering, does every request end
within its budget plus its queueing, and is the server up afterwards?

Starts the server on a free loopback port, then for ``--seconds``:

- ``--poison-clients`` clients send 50 KB punctuation runs (a different run each time: "%%%...",
  "(((...", "?!?!...", ...), the input that froze the old server, back to back, ignoring
  Retry-After;
- ``--clients`` clients (200) send the 620-word ``examples/flood-defences.txt`` and, when told
  503, wait the Retry-After they are given, as a polite client does;
- a separate process GETs /healthz every 50 ms (its own process, so the load generator's event
  loop cannot delay the measurement).

Prints every request's outcome by kind (200 / 422 budget / 503 busy / other), latency
percentiles, the longest wait against the bound (queue wait + budget), /healthz percentiles,
the pool's counters, whether the server answers afterwards, and the load average before,
during (highest sampled) and after: the machine is shared, so read times against it.

    .venv/bin/python benchmarks/serve_flood.py --seconds 60 --json flood.json

Targets (issue 11): /healthz p99 < 200 ms; no request longer than its budget plus queueing
(``--max-seconds`` + ``--queue-seconds``, plus 1 s for HTTP and process start); server up.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import platform
import random
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from serve_load import (
    DEFAULT_ARTICLE,
    free_port,
    percentile,
    start_server,
    stop_server,
    wait_ready,
)

PUNCTUATION = "%()[]?!.,;:-*#&/'\""
SLACK_S = 1.0  # HTTP, JSON and replacing a killed worker, on top of queue wait + budget


def poison_text(rng: random.Random) -> str:
    """About 50 KB of one punctuation run, a little different every time."""
    run = "".join(rng.choice(PUNCTUATION) for _ in range(rng.randint(1, 3)))
    return f"Figures {rng.randint(1, 10**6)}: " + run * (50_000 // len(run))


def probe_healthz(base: str, until: float, results: multiprocessing.Queue) -> None:
    """In its own process: GET /healthz every 50 ms until ``until``; send back the latencies."""
    latencies, failures = [], 0
    with httpx.Client(base_url=base, timeout=10) as http:
        while time.time() < until:
            t0 = time.perf_counter()
            try:
                ok = http.get("/healthz").status_code == 200
            except httpx.HTTPError:
                ok = False
            latencies.append(time.perf_counter() - t0)
            failures += not ok
            time.sleep(max(0.0, 0.05 - (time.perf_counter() - t0)))
    results.put((latencies, failures))


async def flood(base: str, args: argparse.Namespace, normal: str, until: float) -> dict:
    outcomes: dict[str, dict[str, list[float]]] = {"normal": {}, "poison": {}}
    server_side: dict[str, list[float]] = {"queue": [], "check": [], "overhead": []}
    load_peak = [os.getloadavg()[0]]
    rng = random.Random(11)

    def record(kind: str, status: str, seconds: float, response: httpx.Response | None = None):
        outcomes[kind].setdefault(status, []).append(seconds)
        if response is None or "server-timing" not in response.headers:
            return
        # "queue;dur=12.3, check;dur=456.7": what the server spent, against what the client saw
        timing = {
            part.split(";dur=")[0].strip(): float(part.split(";dur=")[1]) / 1000
            for part in response.headers["server-timing"].split(",")
        }
        for name in ("queue", "check"):
            if name in timing:
                server_side[name].append(timing[name])
        server_side["overhead"].append(seconds - sum(timing.values()))

    async def client(kind: str, http: httpx.AsyncClient) -> None:
        while time.time() < until:
            text = poison_text(rng) if kind == "poison" else normal
            t0 = time.perf_counter()
            try:
                response = await http.post("/api/check", json={"text": text})
            except httpx.HTTPError as exc:
                record(kind, type(exc).__name__, time.perf_counter() - t0)
                await asyncio.sleep(0.5)
                continue
            record(kind, str(response.status_code), time.perf_counter() - t0, response)
            if response.status_code == 503 and kind == "normal":
                wait = float(response.headers.get("retry-after", "1"))
                await asyncio.sleep(min(wait, max(0.0, until - time.time())))

    async def sample_load() -> None:
        while time.time() < until:
            load_peak.append(os.getloadavg()[0])
            await asyncio.sleep(2)

    # one connection per client, from one shared pool (200 clients are not 200 SSL contexts)
    limits = httpx.Limits(max_connections=None, max_keepalive_connections=None)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as http:
        await asyncio.gather(
            *(client("poison", http) for _ in range(args.poison_clients)),
            *(client("normal", http) for _ in range(args.clients)),
            sample_load(),
        )
    return {"outcomes": outcomes, "server_side": server_side, "load_peak": max(load_peak)}


def summarise(outcomes: dict[str, dict[str, list[float]]]) -> dict:
    figures = {}
    for kind, by_status in outcomes.items():
        every = [t for times in by_status.values() for t in times]
        figures[kind] = {
            "requests": len(every),
            # status: [requests, p50 ms, longest s]
            "by_status": {
                s: [len(t), round(1000 * percentile(t, 50), 1), round(max(t), 2)]
                for s, t in sorted(by_status.items())
            },
            "p50_ms": round(1000 * percentile(every, 50), 1) if every else None,
            "p99_ms": round(1000 * percentile(every, 99), 1) if every else None,
            "max_s": round(max(every), 2) if every else None,
            "ok_p99_ms": round(1000 * percentile(by_status["200"], 99), 1)
            if by_status.get("200")
            else None,
        }
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60, help="how long the flood lasts")
    parser.add_argument("--clients", type=int, default=200, help="normal clients")
    parser.add_argument("--poison-clients", type=int, default=10)
    parser.add_argument("--workers", type=int, default=2, help="check worker processes")
    parser.add_argument("--max-seconds", type=float, default=10, help="the server's budget")
    parser.add_argument("--queue-seconds", type=float, default=10, help="the server's default")
    parser.add_argument("--article", type=Path, default=DEFAULT_ARTICLE)
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args()

    normal = args.article.read_text(encoding="utf-8")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    load_before = os.getloadavg()
    server = start_server(port, args.workers, "--max-seconds", str(args.max_seconds))
    try:
        wait_ready(base, server)
        until = time.time() + args.seconds
        results: multiprocessing.Queue = multiprocessing.Queue()
        prober = multiprocessing.Process(target=probe_healthz, args=(base, until, results))
        prober.start()
        flooded = asyncio.run(flood(base, args, normal, until))
        health, health_failures = results.get(timeout=120)
        prober.join()
        # afterwards: the server answers, and checks again once the flood has drained
        time.sleep(1)
        alive = server.poll() is None
        after = httpx.get(base + "/healthz", timeout=10)
        pool = after.json()["pool"] if after.status_code == 200 else {}
        t0 = time.perf_counter()
        check_after = httpx.post(base + "/api/check", json={"text": normal}, timeout=120)
        check_after_s = time.perf_counter() - t0
    finally:
        stop_server(server)

    requests = summarise(flooded["outcomes"])
    bound = args.max_seconds + args.queue_seconds + SLACK_S
    longest = max(f["max_s"] or 0 for f in requests.values())
    server = {
        f"server_{name}_max_s": round(max(times), 2) if times else None
        for name, times in flooded["server_side"].items()
    }
    overhead = flooded["server_side"]["overhead"]
    server["server_overhead_p99_s"] = round(percentile(overhead, 99), 2) if overhead else None
    figures = {
        "seconds": args.seconds,
        "clients": args.clients,
        "poison_clients": args.poison_clients,
        "server_workers": args.workers,
        "budget_s": args.max_seconds,
        "normal": requests["normal"],
        "poison": requests["poison"],
        "longest_request_s": longest,
        "bound_s": bound,
        # the server's own account (Server-Timing): waiting for a worker, checking, and what
        # the client saw beyond both (HTTP, JSON, scheduling on a loaded machine)
        **server,
        "healthz_probes": len(health),
        "healthz_failures": health_failures,
        "healthz_p50_ms": round(1000 * percentile(health, 50), 1),
        "healthz_p99_ms": round(1000 * percentile(health, 99), 1),
        "healthz_max_ms": round(1000 * max(health), 1),
        "pool_after": pool,
        "server_alive_after": alive,
        "check_after_status": check_after.status_code,
        "check_after_s": round(check_after_s, 2),
        "load_avg_before": [round(x, 2) for x in load_before],
        "load_avg_peak_1m": round(flooded["load_peak"], 2),
        "load_avg_after": [round(x, 2) for x in os.getloadavg()],
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
    }
    width = max(map(len, figures))
    for key, value in figures.items():
        print(f"{key:<{width}}  {value}")
    targets = {
        "healthz p99 < 200 ms": figures["healthz_p99_ms"] < 200 and health_failures == 0,
        f"every request within {bound:g} s": longest <= bound,
        "server up afterwards": alive and after.status_code == 200,
        "checks again afterwards": check_after.status_code == 200,
    }
    for name, met in targets.items():
        print(f"{'target':<{width}}  {'met' if met else 'NOT met'}: {name}")
    if args.json:
        args.json.write_text(json.dumps({**figures, "targets": targets}, indent=2) + "\n")
    sys.exit(0 if all(targets.values()) else 1)


if __name__ == "__main__":
    main()
