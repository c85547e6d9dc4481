"""What a check worker process does: read the article, check it, render the answer.

The web app never checks an article in its own process. Each check is a ``CheckJob`` (plain,
picklable data: the article's text, bytes or URL, the config, the metadata and the function
that renders the report), sent to a worker process of the pool (``newslint.web.pool``). The
worker loads the spaCy pipeline once (usually inherited already loaded from the pool's fork
server, see ``newslint.web.warm``), then answers jobs one at a time with an ``Outcome``: the
rendered body, or the HTTP status and one line of error. A worker never sends a traceback: an
unexpected error is logged on the server's stderr and answered as a 500.

A worker ignores SIGINT (Ctrl-C reaches the whole process group; the server shuts the pool
down itself), and on SIGTERM exits at once when idle or after answering its current check
(so ``kill`` on the whole group still lets running checks finish within the server's grace
period). It exits when its job pipe closes, and at once when the server process is gone (a
thread waits on a pipe only the server holds open).
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from newslint.article import Article, from_bytes, from_text
from newslint.config import Config
from newslint.errors import InputError, NewslintError
from newslint.report.model import Report
from newslint.web.fetch import Fetcher, FetchRefused, FetchTooLarge

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from spacy.language import Language

log = logging.getLogger("newslint.web")
INTERNAL_ERROR = "internal error; the server log has the details"
# the pipeline the pool's fork server loads before it forks workers (newslint.web.warm)
WARM_ENV = "NEWSLINT_WARM_PIPELINE"


def report_json(report: Report) -> bytes:
    """The JSON contract, byte-identical to ``newslint check --format json``."""
    return report.to_json().encode()


def report_pickle(report: Report) -> bytes:
    """The report itself, for a caller in the server process that reads its fields (the
    LanguageTool endpoint places findings in the editor's text)."""
    return pickle.dumps(report, protocol=pickle.HIGHEST_PROTOCOL)


def report_page(report: Report, home: str | None = None, name: str | None = None) -> bytes:
    """The annotated HTML page; ``home`` links back to the form, ``name`` is the file's."""
    from newslint.report.render_html import render_html

    return render_html(report, home=home, name=name).encode()


def report_view(report: Report, name: str | None = None) -> bytes:
    """What the web editor shows: the report (the JSON contract) and the page's data."""
    from newslint.report.render_html import embed_json, payload

    both = {"report": report.model_dump(mode="json"), "view": payload(report, name)}
    return embed_json(both).encode()


@dataclass(frozen=True)
class CheckJob:
    """One check, as data a worker process can receive.

    ``kind`` says what ``content`` is: ``text`` or ``html`` (a string from a JSON body or a
    form), ``upload`` (a file's bytes; ``name`` is its file name, ``html`` whether it is HTML,
    None to sniff), ``url`` (fetched by the worker, within the SSRF guard) or ``report`` (a
    report already made, as the JSON contract: only rendered, not checked). ``render`` turns
    the report into the response body: a module-level function (or a ``functools.partial`` of
    one), so it pickles by name.
    """

    kind: Literal["text", "html", "upload", "url", "report"]
    content: str | bytes
    config: Config = field(default_factory=Config)
    name: str = "<text>"
    html: bool | None = None
    meta: dict[str, Any] = field(default_factory=dict)  # published, title, outlet
    render: Callable[[Report], bytes] = report_json


@dataclass(frozen=True)
class WorkerSettings:
    """What every worker of a pool shares: the pipeline and how to fetch URLs."""

    pipeline: str
    fetcher: Fetcher = field(default_factory=Fetcher)
    # checks run below the event loop's priority, so accepting, refusing and /healthz come
    # first when the CPU is short; an idle loop leaves the workers every cycle
    nice: int = 10


@dataclass(frozen=True)
class Outcome:
    """A worker's answer: ``body`` when ``status`` is 200, else one line in ``error``."""

    status: int
    body: bytes = b""
    error: str = ""


def load_article(job: CheckJob, fetcher: Fetcher) -> Article:
    max_bytes = job.config.max_bytes
    if job.kind == "url":
        return fetcher.fetch(str(job.content))
    if job.kind == "upload":
        assert isinstance(job.content, bytes)
        return from_bytes(job.content, job.name, html=job.html, max_bytes=max_bytes)
    assert isinstance(job.content, str)
    return from_text(job.content, job.name, html=job.kind == "html", max_bytes=max_bytes)


def run_job(job: CheckJob, nlp: Language, fetcher: Fetcher) -> Outcome:
    """Check one article; every way it can go wrong becomes a status and one line."""
    from newslint.api import check_article

    try:
        if job.kind == "report":
            return _render_report(job)
        try:
            article = load_article(job, fetcher)
        except FetchRefused as exc:
            return Outcome(400, error=str(exc))
        except FetchTooLarge as exc:
            return Outcome(413, error=str(exc))
        except InputError as exc:
            status = 413 if "limit" in exc.problem else 422
            if job.kind == "url" and status == 422 and not _content_problem(exc.problem):
                status = 400  # the URL could not be reached, as opposed to a bad page
            return Outcome(status, error=str(exc))
        # a memory zone frees the strings this check added to the vocabulary, so a worker's
        # memory stays flat over thousands of checks (spaCy >= 3.8)
        zone = getattr(nlp, "memory_zone", None)
        with zone() if zone is not None else contextlib.nullcontext():
            try:
                report = check_article(article, job.config, nlp=nlp, **job.meta)
            except NewslintError as exc:
                return Outcome(422, error=str(exc))
            return Outcome(200, body=job.render(report))
    except MemoryError:
        return Outcome(422, error=f"{job.name}: the article needs more memory than allowed")
    except Exception:
        log.exception("unexpected error checking %s", job.name)
        return Outcome(500, error=INTERNAL_ERROR)


def _render_report(job: CheckJob) -> Outcome:
    from pydantic import ValidationError

    try:
        report = Report.model_validate_json(job.content)
    except ValidationError as exc:
        where = ".".join(str(p) for p in exc.errors()[0]["loc"]) or "the body"
        return Outcome(422, error=f"not a newslint report (JSON contract): {where}: "
                       f"{exc.errors()[0]['msg']}")  # fmt: skip
    return Outcome(200, body=job.render(report))


def _content_problem(problem: str) -> bool:
    """Input errors about the article itself (as opposed to reaching it)."""
    return any(
        word in problem
        for word in ("empty", "binary", "decode", "no article text", "HTML", "boilerplate", "NUL")
    )


class _Lifetime:
    """SIGTERM while idle: exit now; while checking: exit after answering."""

    busy = False
    stopping = False

    @classmethod
    def on_sigterm(cls, signum: int, frame: object) -> None:
        if not cls.busy:
            os._exit(0)
        cls.stopping = True


def serve_jobs(jobs: Connection, server: Connection, settings: WorkerSettings) -> None:
    """A worker process's main loop (the target the pool starts)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _Lifetime.on_sigterm)
    with contextlib.suppress(OSError):
        os.nice(settings.nice)
    threading.Thread(target=_exit_with_server, args=(server,), daemon=True).start()
    try:
        from newslint.nlp import pipeline
        from newslint.rules.registry import all_rules

        nlp = pipeline(settings.pipeline)
        all_rules()
    except Exception as exc:
        jobs.send_bytes(pickle.dumps(("failed", str(exc).splitlines()[0] if str(exc) else "")))
        return
    jobs.send_bytes(pickle.dumps(("ready", os.getpid())))
    while not _Lifetime.stopping:
        try:
            job = pickle.loads(jobs.recv_bytes())
        except (EOFError, OSError):
            return  # the pool closed this worker
        _Lifetime.busy = True
        outcome = run_job(job, nlp, settings.fetcher)
        try:
            jobs.send_bytes(pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL))
        except OSError:
            return
        _Lifetime.busy = False


def _exit_with_server(server: Connection) -> None:
    """Block until the server's end of ``server`` closes (it never writes), then exit."""
    with contextlib.suppress(EOFError, OSError):
        server.recv_bytes()
    os._exit(0)
