"""Editors' latency: LanguageTool's /v2/check on `newslint serve`, and `newslint lsp`.

Three figures, each printed with the machine's load average before and after (the machine is
shared; read the figures against it):

1. ``/v2/check`` for a 600-word article from ``--clients`` concurrent clients, each re-sending
   its own article after an edit (every request a text the server has not seen, so no cache
   hit): latency percentiles, throughput, and the service time of one request alone, measured
   in the same run (each check runs in a worker process of the server's pool, ``--workers``
   of them; the queue holds every client). ``--think`` adds a pause between a client's requests (an editor's add-on
   checks after the writer pauses); 0 is the worst case, every client always waiting.
2. The same text re-sent unchanged (the cache by text hash answers): percentiles.
3. ``newslint lsp``: a writer types into a 600-word document (keystrokes ``--keystroke``
   seconds apart, randomised around it with a fixed seed); the time from the last keystroke
   to the diagnostics for the final text, over ``--bursts`` bursts.

    .venv/bin/python benchmarks/editors.py --clients 20 --requests 200 --workers 2

Targets (issue 16): /v2/check p95 <= 250 ms at 20 clients; unchanged re-check p95 <= 20 ms;
LSP diagnostics within 500 ms of the last keystroke.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import string
import sys
import time
from collections import Counter
from pathlib import Path

import httpx

from serve_load import free_port, percentile, start_server, stop_server, wait_ready

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_ARTICLE = ROOT / "examples" / "reservoir-plan.txt"


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def summary(latencies: list[float]) -> dict[str, float]:
    ms = [x * 1000 for x in latencies]
    return {
        "n": len(ms),
        "p50_ms": round(percentile(ms, 50), 1),
        "p95_ms": round(percentile(ms, 95), 1),
        "p99_ms": round(percentile(ms, 99), 1),
        "max_ms": round(max(ms), 1),
    }


def edited(text: str, rng: random.Random) -> str:
    """The article after a writer's edit: a word of letters added to one paragraph."""
    paragraphs = text.split("\n\n")
    k = rng.randrange(1, len(paragraphs))
    word = "".join(rng.choice(string.ascii_lowercase) for _ in range(8))
    paragraphs[k] = paragraphs[k].rstrip() + f" Also {word}."
    return "\n\n".join(paragraphs)


async def clients_load(
    base: str, text: str, clients: int, requests: int, think: float, seed: int
) -> dict:
    latencies: list[float] = []
    errors: list[str] = []
    issued = 0

    async def client(n: int) -> None:
        nonlocal issued
        rng = random.Random(seed * 1000 + n)
        async with httpx.AsyncClient(base_url=base, timeout=120) as http:
            while issued < requests:
                issued += 1
                body = {"text": edited(text, rng), "language": "en-GB"}
                t0 = time.perf_counter()
                try:
                    response = await http.post("/v2/check", data=body)
                except httpx.HTTPError as exc:
                    errors.append(type(exc).__name__)
                    continue
                latencies.append(time.perf_counter() - t0)
                if response.status_code != 200 or "matches" not in response.json():
                    errors.append(f"HTTP {response.status_code}")
                if think:
                    await asyncio.sleep(rng.uniform(0.5, 1.5) * think)

    t0 = time.perf_counter()
    await asyncio.gather(*(client(n) for n in range(clients)))
    return {"latencies": latencies, "errors": errors, "wall": time.perf_counter() - t0}


async def rechecks(base: str, text: str, clients: int, requests: int) -> list[float]:
    latencies: list[float] = []
    answers: list[str] = []
    body = {"text": text, "language": "en-GB"}

    async def client() -> None:
        async with httpx.AsyncClient(base_url=base, timeout=60) as http:
            for _ in range(requests // clients):
                t0 = time.perf_counter()
                response = await http.post("/v2/check", data=body)
                latencies.append(time.perf_counter() - t0)
                response.raise_for_status()
                answers.append(response.headers.get("x-newslint-cache", "?"))

    await asyncio.gather(*(client() for _ in range(clients)))
    return latencies, answers


def serve_figures(args: argparse.Namespace, text: str) -> dict:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_server(port, args.workers, "--queue", str(args.clients))
    try:
        wait_ready(base, server)
        rng = random.Random(args.seed)
        with httpx.Client(base_url=base, timeout=60) as http:
            for _ in range(2 * args.workers):  # a first check in every worker
                http.post("/v2/check", data={"text": edited(text, rng), "language": "en"})
            alone = []
            for _ in range(10):  # one request at a time: the service time
                t0 = time.perf_counter()
                http.post("/v2/check", data={"text": edited(text, rng), "language": "en"})
                alone.append(time.perf_counter() - t0)
        before = load_average()
        result = asyncio.run(
            clients_load(base, text, args.clients, args.requests, args.think, args.seed)
        )
        after = load_average()
        # unchanged re-checks: the server process keeps one cache for all its workers, so
        # one check of the text fills it; then one client re-sending alone, and all at once
        httpx.post(base + "/v2/check", data={"text": text, "language": "en-GB"}, timeout=60)
        re_before = load_average()
        # the floor: the cheapest request there is, one client, side by side
        floor = []
        with httpx.Client(base_url=base, timeout=60) as http:
            for _ in range(args.rechecks // 2):
                t0 = time.perf_counter()
                http.get("/healthz").raise_for_status()
                floor.append(time.perf_counter() - t0)
        one, one_answers = asyncio.run(rechecks(base, text, 1, args.rechecks // 2))
        repeated, answers = asyncio.run(rechecks(base, text, args.clients, args.rechecks))
        re_after = load_average()
    finally:
        stop_server(server)
    lat = result["latencies"]
    return {
        "v2_check": {
            **summary(lat),
            "clients": args.clients,
            "think_s": args.think,
            "errors": len(result["errors"]),
            "error_kinds": dict(Counter(result["errors"])),
            "requests_per_s": round(len(lat) / result["wall"], 2),
            "alone": summary(alone),
            "load_before": before,
            "load_after": after,
        },
        "unchanged_recheck": {
            **summary(repeated),
            "healthz_one_client": summary(floor),
            "one_client": {
                **summary(one),
                "answers": {how: one_answers.count(how) for how in sorted(set(one_answers))},
            },
            "clients": args.clients,
            "answers": {how: answers.count(how) for how in sorted(set(answers))},
            "load_before": re_before,
            "load_after": re_after,
        },
    }


async def lsp_latency(text: str, bursts: int, keystroke: float, debounce: float, seed: int):
    from lsprotocol import types
    from pygls.lsp.client import LanguageClient

    client = LanguageClient("newslint-bench", "1")
    published: dict[int, float] = {}

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_diagnostics(params: types.PublishDiagnosticsParams) -> None:
        if params.version is not None:
            published.setdefault(params.version, time.perf_counter())

    await client.start_io(sys.executable, "-m", "newslint.cli", "lsp", "--debounce", str(debounce))
    await client.initialize_async(types.InitializeParams(capabilities=types.ClientCapabilities()))
    client.initialized(types.InitializedParams())
    uri = "file:///bench/article.txt"
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, "plaintext", 1, text))
    )
    version = 1
    await _wait_for(published, version, 120)
    rng = random.Random(seed)
    latencies, intervals = [], []
    sentence = "The council said work would start in the spring."
    document = text
    for _ in range(bursts):
        at = document.index("\n\n", rng.randrange(len(document) // 2))
        for ch in sentence:
            document = document[:at] + ch + document[at:]
            at += 1
            version += 1
            client.text_document_did_change(
                types.DidChangeTextDocumentParams(
                    types.VersionedTextDocumentIdentifier(version=version, uri=uri),
                    [types.TextDocumentContentChangeWholeDocument(text=document)],
                )
            )
            last = time.perf_counter()
            pause = rng.uniform(0.3, 2.0) * keystroke
            intervals.append(pause)
            await asyncio.sleep(pause)
        await _wait_for(published, version, 60)
        latencies.append(published[version] - last)
        document = document.replace(" " + sentence, "").replace(sentence, "")
        await asyncio.sleep(0.5)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return latencies, intervals


async def _wait_for(published: dict[int, float], version: int, timeout: float) -> None:
    deadline = time.perf_counter() + timeout
    while version not in published:
        if time.perf_counter() > deadline:
            raise SystemExit(f"no diagnostics for version {version} after {timeout:g} s")
        await asyncio.sleep(0.005)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--article", type=Path, default=DEFAULT_ARTICLE)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=200, help="/v2/check requests in all")
    parser.add_argument(
        "--think", type=float, default=0.0, help="seconds between a client's requests"
    )
    parser.add_argument("--rechecks", type=int, default=400, help="unchanged re-checks in all")
    parser.add_argument("--workers", type=int, default=2, help="server check workers")
    parser.add_argument("--bursts", type=int, default=20, help="LSP typing bursts")
    parser.add_argument("--keystroke", type=float, default=0.12, help="mean seconds per key")
    parser.add_argument("--debounce", type=float, default=0.15, help="newslint lsp --debounce")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--skip", choices=["serve", "lsp"], action="append", default=[])
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args()

    text = args.article.read_text(encoding="utf-8")
    figures: dict = {
        "article": args.article.name,
        "words": len(text.split()),
        "cores": os.cpu_count(),
    }
    if "serve" not in args.skip:
        figures.update(serve_figures(args, text))
        v2, re = figures["v2_check"], figures["unchanged_recheck"]
        print(
            f"/v2/check, {figures['words']}-word article, {v2['clients']} clients "
            f"(think {v2['think_s']:g} s), {v2['n']} requests, server --workers {args.workers}: "
            f"p50 {v2['p50_ms']} ms, p95 {v2['p95_ms']} ms, p99 {v2['p99_ms']} ms, "
            f"{v2['requests_per_s']} req/s, {v2['errors']} errors {v2['error_kinds']}; "
            f"one request alone "
            f"p50 {v2['alone']['p50_ms']} ms; load average {v2['load_before']} -> {v2['load_after']}"
        )
        alone = re["one_client"]
        print(
            f"unchanged re-check, one client, {alone['n']} requests: p50 {alone['p50_ms']} ms, "
            f"p95 {alone['p95_ms']} ms, p99 {alone['p99_ms']} ms (answers: {alone['answers']}); "
            f"GET /healthz alone, side by side: p50 {re['healthz_one_client']['p50_ms']} ms, "
            f"p95 {re['healthz_one_client']['p95_ms']} ms"
        )
        print(
            f"unchanged re-check, {re['clients']} clients, {re['n']} requests: p50 {re['p50_ms']} ms, "
            f"p95 {re['p95_ms']} ms, p99 {re['p99_ms']} ms (answers: {re['answers']}); "
            f"load average {re['load_before']} -> {re['load_after']}"
        )
    if "lsp" not in args.skip:
        before = load_average()
        latencies, intervals = asyncio.run(
            lsp_latency(text, args.bursts, args.keystroke, args.debounce, args.seed)
        )
        figures["lsp"] = {
            **summary(latencies),
            "debounce_s": args.debounce,
            "keystroke_mean_s": round(sum(intervals) / len(intervals), 3),
            "load_before": before,
            "load_after": load_average(),
        }
        lsp = figures["lsp"]
        print(
            f"newslint lsp, {figures['words']}-word document, {lsp['n']} typing bursts "
            f"(keys {lsp['keystroke_mean_s']} s apart on average, debounce {args.debounce:g} s): "
            f"last keystroke to diagnostics p50 {lsp['p50_ms']} ms, p95 {lsp['p95_ms']} ms, "
            f"max {lsp['max_ms']} ms; load average {lsp['load_before']} -> {lsp['load_after']}"
        )
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
