"""The web app: a page to paste an article and see it annotated, and a JSON API.

- ``GET /`` the editor: the article in an editable pane beside its annotated report (its script
  posts the form to ``/report?format=view`` and draws the answer in place); without script the
  form posts to ``POST /report``, which answers the annotated report page, or the form again
  with the error and the text kept;
- ``POST /api/check`` the report as JSON (the contract in DESIGN.md); ``POST /api/render`` the
  annotated page for a report given as JSON; ``GET /api/rules``;
- ``POST /v2/check``, ``GET /v2/languages``: LanguageTool's API (``newslint.web.languagetool``);
- ``GET /healthz``; OpenAPI docs at ``/docs`` (Swagger UI served from the package, so it works
  offline); ``/assets/*`` the editor's script and styles; ``/favicon.ico``.

This module builds the app (settings, middleware, error answers, the worker pool); the JSON
routes are in ``newslint.web.routes``, the pages in ``newslint.web.pages``.

The server process never checks an article: every check runs in a warm worker process of the
check pool (``newslint.web.pool``), with a bounded queue and a time budget, so the event loop
always answers (``/healthz`` included) and a runaway check is killed, not waited for.
``run_in_pool(request, job)`` is the one way a route runs a check. Every bad request gets one JSON
line of error (400, 408, 413, 415, 422; 503 with Retry-After when the queue is full) and never a
stack trace. URLs are fetched (by the worker) only when the server was started with
``--allow-url-fetch``, and then only from public addresses (see ``newslint.web.fetch``).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from importlib.resources import files
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from newslint import __version__
from newslint.config import Config
from newslint.web.fetch import AddressPolicy, Fetcher, public_only
from newslint.web.guard import BodyLimit, error_body
from newslint.web.pool import CheckPool, PoolError, PoolSettings
from newslint.web.worker import (
    CheckJob,
    WorkerSettings,
)

log = logging.getLogger("newslint.web")
DEFAULT_MAX_BODY = 5_000_000
_SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


@dataclass(frozen=True)
class ServerSettings:
    allow_url_fetch: bool = False
    max_body: int = DEFAULT_MAX_BODY
    config: Config = field(default_factory=Config)
    fetch_timeout: float = 10.0
    max_redirects: int = 5
    # which addresses a fetched URL may reach (a module-level function: workers receive it)
    address_policy: AddressPolicy = public_only
    workers: int = 2  # check worker processes
    queue: int | None = None  # requests waiting for a worker (None: 8 per worker); then 503
    max_seconds: float = 10.0  # a check's time budget; past it the worker is killed: 422
    queue_seconds: float = 10.0  # the longest a request waits for a worker; then 503
    header_timeout: float = 10.0  # a request head must arrive within this (uvicorn protocol)
    body_timeout: float = 30.0  # a request body must arrive within this; then 408
    # origins whose pages may call the API from a browser (CORS); "*" for any
    allow_origins: tuple[str, ...] = ()
    # reports kept by text hash for /v2/check (an editor re-sends unchanged text often)
    cache_size: int = 256

    def pool(self) -> PoolSettings:
        return PoolSettings(
            workers=self.workers,
            queue=self.queue,
            max_seconds=self.max_seconds,
            queue_seconds=self.queue_seconds,
        )


class ApiError(Exception):
    def __init__(
        self,
        status: int,
        message: str,
        detail: list[dict[str, Any]] | None = None,
        retry_after: int | None = None,
    ):
        super().__init__(message)
        self.status = status
        self.message = message
        self.detail = detail
        self.retry_after = retry_after


async def run_in_pool(request: Request, job: CheckJob) -> bytes:
    """Run one check in the app's worker pool; the report as ``job.render`` renders it.

    The one way a route checks an article. Raises ApiError: the job's own 400/413/422 (bad
    input, a refused URL), 422 when the check overran its time budget, 503 with Retry-After
    when the queue is full, 500 when its worker process died. The response gets a
    ``Server-Timing`` header: the time spent waiting for a worker and checking.
    """
    pool: CheckPool = request.app.state.pool
    timing: dict[str, float] = {}
    request.state.timing = timing
    try:
        return await pool.run(job, timing)
    except PoolError as exc:
        raise ApiError(exc.status, exc.message, retry_after=exc.retry_after) from None


def _server_timing(timing: dict[str, float]) -> str:
    return ", ".join(f"{name};dur={1000 * seconds:.1f}" for name, seconds in timing.items())


def _json_error(
    status: int,
    message: str,
    detail: list[dict[str, Any]] | None = None,
    retry_after: int | None = None,
) -> Response:
    headers = {"Retry-After": str(retry_after)} if retry_after else None
    return Response(
        error_body(status, message, detail),
        status_code=status,
        media_type="application/json",
        headers=headers,
    )


def _templates() -> Any:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FunctionLoader(
            lambda name: (files("newslint.web") / "templates" / name).read_text(encoding="utf-8")
        ),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )


def create_app(settings: ServerSettings | None = None) -> FastAPI:
    settings = settings or ServerSettings()
    config = settings.config
    templates = _templates()
    fetcher = Fetcher(
        max_bytes=min(config.max_bytes, settings.max_body * 4),
        timeout=settings.fetch_timeout,
        max_redirects=settings.max_redirects,
        policy=settings.address_policy,
    )

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from newslint.rules.registry import all_rules

        app.state.rules = all_rules()
        pool = CheckPool(settings.pool(), WorkerSettings(config.pipeline, fetcher))
        await pool.start()
        app.state.pool = pool
        log.info(
            "newslint %s ready: pipeline %s, %d rules, %d check workers",
            __version__,
            config.pipeline,
            len(app.state.rules),
            settings.workers,
        )
        try:
            yield
        finally:
            await pool.close()

    app = FastAPI(
        title="newslint",
        version=__version__,
        description="A linter for news articles: figures, shares, sources and boilerplate.",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )

    def too_large_page(status: int, message: str) -> bytes:
        # the form posted without script: a page, not a line of JSON
        page = templates.get_template("error.html").render(
            status=status, message=message, detail=[]
        )
        return page.encode()

    app.add_middleware(
        BodyLimit,
        max_body=settings.max_body,
        body_timeout=settings.body_timeout,
        pages={"/report": too_large_page},
    )
    from newslint.web.languagetool import install

    install(app, config, settings.cache_size)

    _add_security_headers(app)
    _add_cors(app, settings.allow_origins)
    _add_error_handlers(app)
    from newslint.web.pages import router as pages
    from newslint.web.routes import router as routes

    app.state.settings = settings
    app.state.templates = templates
    app.include_router(routes)
    app.include_router(pages)

    return app


def _add_security_headers(app: FastAPI) -> None:
    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        for name, value in _SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        timing = getattr(request.state, "timing", None)
        if timing:
            response.headers["Server-Timing"] = _server_timing(timing)
        return response


def _add_cors(app: FastAPI, origins: tuple[str, ...]) -> None:
    if not origins:
        return
    from starlette.middleware.cors import CORSMiddleware

    # outermost, so that preflights and error answers carry the headers too
    app.add_middleware(
        CORSMiddleware,
        allow_origins=list(origins),
        allow_methods=["GET", "POST"],
        allow_headers=["*"],
        max_age=600,
        allow_private_network=True,  # a public page may call a server on this machine
    )


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> Response:
        return _json_error(exc.status, exc.message, exc.detail, exc.retry_after)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _json_error(exc.status_code, str(exc.detail))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return _json_error(500, "internal error; the server log has the details")


def report_page_response(page: bytes) -> Response:
    from newslint.report.render_html import report_csp

    return HTMLResponse(
        page, headers={"Content-Security-Policy": report_csp() + "; frame-ancestors 'none'"}
    )
