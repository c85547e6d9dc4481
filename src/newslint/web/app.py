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
from datetime import date
from functools import cache, partial
from importlib.resources import files
from typing import Any, Literal

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from newslint import __version__
from newslint.config import Config
from newslint.errors import ConfigError, InputError
from newslint.web.fetch import AddressPolicy, Fetcher, public_only
from newslint.web.guard import BodyLimit, JsonRejected, error_body, parse_json
from newslint.web.pool import CheckPool, PoolError, PoolSettings
from newslint.web.worker import (
    CheckJob,
    WorkerSettings,
    report_json,
    report_page,
    report_view,
)

log = logging.getLogger("newslint.web")
DEFAULT_MAX_BODY = 5_000_000
_UPLOAD_SUFFIXES = {
    ".txt": False,
    ".text": False,
    ".md": False,
    ".html": True,
    ".htm": True,
    ".xhtml": True,
}
_SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
_FORM_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; "
    "frame-ancestors 'none'"
)
# the editor: its own script and styles from /assets, requests to this server only
_EDITOR_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
# files served under /assets: name -> (package folder, media type)
_ASSETS = {
    "report.js": ("newslint.report", "templates/report.js", "text/javascript"),
    "report.css": ("newslint.report", "templates/report.css", "text/css"),
    "editor.js": ("newslint.web", "static/editor.js", "text/javascript"),
    "editor.css": ("newslint.web", "static/editor.css", "text/css"),
    "swagger/swagger-ui-bundle.js": (
        "newslint.web",
        "static/swagger/swagger-ui-bundle.js",
        "text/javascript",
    ),
    "swagger/swagger-ui.css": ("newslint.web", "static/swagger/swagger-ui.css", "text/css"),
    "swagger/LICENSE": ("newslint.web", "static/swagger/LICENSE", "text/plain"),
    "swagger/NOTICE": ("newslint.web", "static/swagger/NOTICE", "text/plain"),
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


class CheckRequest(BaseModel):
    """Give exactly one of ``text``, ``html`` or ``url``."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, description="The article as plain text.")
    html: str | None = Field(None, description="The article as an HTML page.")
    url: str | None = Field(
        None, description="A public http(s) URL (only when the server allows URL fetching)."
    )
    published: date | None = Field(None, description="Publication date, YYYY-MM-DD.")
    title: str | None = None
    outlet: str | None = None
    select: list[str] | None = Field(None, description="Rule codes or families to run.")
    ignore: list[str] | None = Field(None, description="Rule codes or families to skip.")
    format: Literal["json", "html", "view"] = Field(
        "json",
        description="json: the report; html: the page; view: the report and the page's data "
        "(what the web editor draws)",
    )


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


def _validation_detail(exc: ValidationError) -> list[dict[str, Any]]:
    # field and problem only: never echo the input back
    return [
        {"field": ".".join(str(p) for p in e["loc"]) or "body", "problem": e["msg"]}
        for e in exc.errors()
    ]


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

    if settings.allow_origins:
        from starlette.middleware.cors import CORSMiddleware

        # outermost, so that preflights and error answers carry the headers too
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.allow_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["*"],
            max_age=600,
            allow_private_network=True,  # a public page may call a server on this machine
        )

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

    # ---- the check itself, shared by the API and the form ----

    def select_config(select: list[str] | None, ignore: list[str] | None) -> Config:
        from newslint.rules.registry import selected

        try:
            merged = config.merged(select=select, ignore=ignore)
            selected(merged.select, merged.ignore)
        except ConfigError as exc:
            raise ApiError(422, str(exc)) from None
        return merged

    def url_allowed() -> None:
        if not settings.allow_url_fetch:
            raise ApiError(
                400,
                "URL fetching is off on this server (start it with "
                "--allow-url-fetch); paste the text or upload the file instead",
            )

    # ---- routes ----

    @app.get("/healthz", tags=["service"])
    async def healthz() -> dict[str, Any]:
        """Answers at once, however busy the check workers are; ``pool`` says how busy."""
        return {
            "status": "ok",
            "version": __version__,
            "pipeline": config.pipeline,
            "rules": [r.code for r in app.state.rules],
            "allow_url_fetch": settings.allow_url_fetch,
            "pool": app.state.pool.state(),
        }

    @app.get("/api/rules", tags=["rules"])
    async def rules() -> list[dict[str, Any]]:
        """Every rule: code, name, severity, family, summary and documentation (Markdown)."""
        return [_rule_json(r) for r in app.state.rules]

    @app.get("/api/rules/{code}", tags=["rules"])
    async def rule(code: str) -> dict[str, Any]:
        """One rule's documentation."""
        for r in app.state.rules:
            if r.code == code.upper():
                return _rule_json(r)
        raise ApiError(404, f"unknown rule {code!r}")

    @app.post(
        "/api/check",
        tags=["check"],
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": CheckRequest.model_json_schema()}},
            }
        },
        responses={
            200: {"description": "The report (DESIGN.md's JSON contract)"},
            400: {"description": "Malformed JSON, or a URL that may not or cannot be fetched"},
            408: {"description": "The body did not arrive in time"},
            413: {"description": "Body or article over the size limit"},
            415: {"description": "Body is not application/json"},
            422: {
                "description": "Valid JSON that is not a valid request, or a check that "
                "overran its time budget"
            },
            503: {"description": "Every check worker busy and the queue full (Retry-After)"},
        },
    )
    async def api_check(request: Request) -> Response:
        """Check one article given as text, HTML or a URL; the answer is the JSON report."""
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype != "application/json" and not ctype.endswith("+json"):
            raise ApiError(415, f"send the request as application/json, not {ctype or 'nothing'}")
        try:
            data = parse_json(await request.body())
        except JsonRejected as exc:
            raise ApiError(400, str(exc)) from None
        if not isinstance(data, dict):
            raise ApiError(422, "the body must be a JSON object")
        try:
            body = CheckRequest.model_validate(data)
        except ValidationError as exc:
            raise ApiError(422, "the request is not valid", _validation_detail(exc)) from None
        given = [k for k in ("text", "html", "url") if getattr(body, k) is not None]
        if len(given) != 1:
            raise ApiError(
                422,
                "give exactly one of text, html or url"
                + (f" (got {', '.join(given)})" if given else ""),
            )
        run_config = select_config(body.select, body.ignore)
        meta: dict[str, Any] = {
            "published": body.published,
            "title": body.title,
            "outlet": body.outlet,
        }
        render = {"json": report_json, "html": report_page, "view": report_view}[body.format]
        if body.url is not None:
            url_allowed()
            job = CheckJob("url", body.url, run_config, name=body.url, meta=meta, render=render)
        elif body.text is not None:
            job = CheckJob("text", body.text, run_config, meta=meta, render=render)
        else:
            job = CheckJob("html", body.html or "", run_config, "<html>", meta=meta, render=render)
        page = await run_in_pool(request, job)
        if body.format == "html":
            return _report_page(page)
        return Response(page, media_type="application/json")

    @app.post(
        "/api/render",
        tags=["check"],
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"type": "object"}}},
            }
        },
        responses={
            200: {"description": "The annotated report page (one self-contained HTML file)"},
            422: {"description": "The body is not a newslint report"},
        },
    )
    async def api_render(request: Request) -> Response:
        """The annotated HTML page for a report given as JSON (what ``/api/check`` or
        ``newslint check --format json`` answered): the web editor's "Download HTML"."""
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype != "application/json":
            raise ApiError(415, f"send the report as application/json, not {ctype or 'nothing'}")
        raw = await request.body()
        try:
            parse_json(raw)
        except JsonRejected as exc:
            raise ApiError(400, str(exc)) from None
        job = CheckJob("report", raw.decode("utf-8"), name="<report>", render=report_page)
        page = await run_in_pool(request, job)
        response = _report_page(page)
        response.headers["Content-Disposition"] = 'attachment; filename="newslint-report.html"'
        return response

    def editor(status: int = 200, **values: Any) -> Response:
        from newslint.report.render_html import report_body

        fields = {"text": "", "published": "", "title": "", "error": "", "detail": []}
        fields.update(values)
        page = templates.get_template("index.html").render(
            version=__version__,
            allow_url_fetch=settings.allow_url_fetch,
            max_body=settings.max_body,
            max_body_mb=f"{settings.max_body / 1e6:g}",
            report_body=report_body(),
            **fields,
        )
        return HTMLResponse(
            page, status_code=status, headers={"Content-Security-Policy": _EDITOR_CSP}
        )

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def index() -> Response:
        return editor()

    @app.post("/report", include_in_schema=False)
    async def form_report(request: Request) -> Response:
        """The form's target. ``?format=view`` (the editor's script): the report and the page's
        data as JSON, errors as JSON. Without it: the annotated report page, or the form again
        with the error shown and the text kept."""
        view = request.query_params.get("format") == "view"
        form: dict[str, Any] = {}
        try:
            form = await _read_form(request)
            page = await _form_check(request, form, view)
        except ApiError as exc:
            if view:
                raise
            response = editor(
                exc.status,
                text=str(form.get("text") or ""),
                published=str(form.get("published") or ""),
                title=str(form.get("title") or ""),
                error=exc.message,
                detail=exc.detail or [],
            )
            if exc.retry_after:
                response.headers["Retry-After"] = str(exc.retry_after)
            return response
        if view:
            return Response(page, media_type="application/json")
        return _report_page(page)

    async def _read_form(request: Request) -> dict[str, Any]:
        from starlette.formparsers import MultiPartException

        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype not in ("multipart/form-data", "application/x-www-form-urlencoded"):
            raise ApiError(415, f"send the form as multipart/form-data, not {ctype or 'nothing'}")
        try:
            form = await request.form(max_files=1, max_fields=20, max_part_size=settings.max_body)
        except MultiPartException as exc:
            raise ApiError(400, f"cannot read the form: {exc.message}") from None
        return dict(form)

    async def _form_check(request: Request, form: dict[str, Any], view: bool) -> bytes:
        from starlette.datastructures import UploadFile

        text = str(form.get("text") or "")
        url = str(form.get("url") or "").strip()
        upload = form.get("file")
        published = str(form.get("published") or "").strip() or None
        title = str(form.get("title") or "").strip() or None
        data = b""
        name = ""
        if isinstance(upload, UploadFile) and upload.filename:
            name = upload.filename
            data = await upload.read(config.max_bytes + 1)
        given = [k for k, v in (("text", text.strip()), ("file", name), ("url", url)) if v]
        if len(given) != 1:
            raise ApiError(
                422,
                "paste the text, upload a file or give a URL: one of them"
                + (f" (got {', '.join(given)})" if given else ""),
            )
        try:
            from newslint.article import parse_date

            parse_date(published, "published")
        except InputError as exc:
            raise ApiError(422, str(exc)) from None
        meta: dict[str, Any] = {"published": published, "title": title}
        shown_name = name or None
        render = (
            partial(report_view, name=shown_name)
            if view
            else partial(report_page, home="/", name=shown_name)
        )
        form_config = select_config(None, None)
        if url:
            url_allowed()
            job = CheckJob("url", url, form_config, name=url, meta=meta, render=render)
        elif name:
            suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
            if suffix not in _UPLOAD_SUFFIXES:
                raise ApiError(415, f"{name}: upload a .txt or .html file")
            html = _UPLOAD_SUFFIXES[suffix] or None
            job = CheckJob("upload", data, form_config, name, html, meta=meta, render=render)
        else:
            job = CheckJob("text", text, form_config, meta=meta, render=render)
        return await run_in_pool(request, job)

    @app.get("/assets/{name:path}", include_in_schema=False)
    async def asset(name: str) -> Response:
        if name not in _ASSETS:
            raise ApiError(404, f"no asset {name!r}")
        package, path, media = _ASSETS[name]
        return Response(
            _asset_bytes(package, path),
            media_type=media,
            headers={"Cache-Control": "public, max-age=3600"},
        )

    @app.get("/favicon.ico", include_in_schema=False)
    async def favicon() -> Response:
        icon = _asset_bytes("newslint.web", "static/favicon.ico")
        return Response(icon, media_type="image/x-icon", headers={"Cache-Control": "max-age=86400"})

    @app.get("/docs", include_in_schema=False)
    async def docs() -> Response:
        """Swagger UI from the package's own copy (static/swagger: Apache-2.0, see NOTICE)."""
        from fastapi.openapi.docs import get_swagger_ui_html

        page = get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title="newslint API",
            swagger_js_url="/assets/swagger/swagger-ui-bundle.js",
            swagger_css_url="/assets/swagger/swagger-ui.css",
            swagger_favicon_url="/favicon.ico",
            swagger_ui_parameters={"validatorUrl": None},  # no badge fetched from the internet
        )
        body = bytes(page.body).replace(b"<html>", b'<html lang="en">', 1)
        return HTMLResponse(body)

    return app


@cache
def _asset_bytes(package: str, path: str) -> bytes:
    return (files(package) / path).read_bytes()


def _report_page(page: bytes) -> Response:
    from newslint.report.render_html import report_csp

    return HTMLResponse(
        page, headers={"Content-Security-Policy": report_csp() + "; frame-ancestors 'none'"}
    )


def _rule_json(r: Any) -> dict[str, Any]:
    return {
        "code": r.code,
        "name": r.name,
        "severity": r.severity.value,
        "family": r.family,
        "summary": r.summary,
        "tolerance": r.tolerance,
        "documentation": r.documentation(),
    }
