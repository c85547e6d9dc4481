"""The web app: a page to paste an article and see it annotated, and a JSON API.

- ``GET /`` the form; ``POST /report`` the annotated report for the form's text, file or URL;
- ``POST /api/check`` the report as JSON (the contract in DESIGN.md); ``GET /api/rules``;
- ``POST /v2/check``, ``GET /v2/languages``: LanguageTool's API (``newslint.web.languagetool``);
- ``GET /healthz``; OpenAPI docs at ``/docs``.

The spaCy pipeline loads once at start-up and is shared; checks run in a thread pool so the
event loop keeps answering. Every bad request gets one JSON line of error (400, 413, 415, 422)
and never a stack trace. URLs are fetched only when the server was started with
``--allow-url-fetch``, and then only from public addresses (see ``newslint.web.fetch``).
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from importlib.resources import files
from typing import Any, Literal

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newslint import __version__
from newslint.article import Article, from_bytes, from_text
from newslint.config import Config
from newslint.errors import ConfigError, InputError, NewslintError
from newslint.report.model import Report
from newslint.web.fetch import AddressPolicy, Fetcher, FetchRefused, FetchTooLarge, public_only

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


@dataclass(frozen=True)
class ServerSettings:
    allow_url_fetch: bool = False
    max_body: int = DEFAULT_MAX_BODY
    threads: int = 4
    config: Config = field(default_factory=Config)
    fetch_timeout: float = 10.0
    max_redirects: int = 5
    # which addresses a fetched URL may reach; tests widen it to reach their own loopback server
    address_policy: AddressPolicy = public_only
    # origins whose pages may call the API from a browser (CORS); "*" for any
    allow_origins: tuple[str, ...] = ()
    # reports kept by text hash for /v2/check (an editor re-sends unchanged text often)
    cache_size: int = 256


class ApiError(Exception):
    def __init__(self, status: int, message: str, detail: list[dict[str, Any]] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.detail = detail


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
    format: Literal["json", "html"] = Field("json", description="json: the report; html: the page.")


def error_body(status: int, message: str, detail: list[dict[str, Any]] | None = None) -> bytes:
    body: dict[str, Any] = {"status": status, "error": message}
    if detail:
        body["detail"] = detail
    return json.dumps(body).encode()


def _json_error(status: int, message: str, detail: list[dict[str, Any]] | None = None) -> Response:
    return Response(
        error_body(status, message, detail), status_code=status, media_type="application/json"
    )


class BodyLimit:
    """Answers 413 to a request body over ``max_body`` bytes, declared or streamed.

    The body is read here, within the cap, and handed on, so no handler ever sees more.
    """

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None:
            if not declared.isdigit():
                await self._reply(send, 400, "Content-Length is not a number")
                return
            if int(declared) > self.max_body:
                await self._reply(send, 413, self._too_large(int(declared)))
                return
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                await self._reply(send, 413, self._too_large(size, more=True))
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    def _too_large(self, size: int, more: bool = False) -> str:
        shown = "over" if more else f"{size:,} bytes,"
        return f"request body is {shown} over the {self.max_body:,}-byte limit".replace(
            "over over", "over"
        )

    @staticmethod
    async def _reply(send: Send, status: int, message: str) -> None:
        body = error_body(status, message)
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close"),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


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
        from newslint.nlp import pipeline
        from newslint.rules.registry import all_rules

        nlp = pipeline(config.pipeline)
        nlp("Warm the pipeline up once, before the first request.")
        app.state.nlp = nlp
        app.state.rules = all_rules()
        app.state.executor = ThreadPoolExecutor(
            max_workers=settings.threads, thread_name_prefix="newslint-check"
        )
        log.info(
            "newslint %s ready: pipeline %s, %d rules",
            __version__,
            config.pipeline,
            len(app.state.rules),
        )
        try:
            yield
        finally:
            app.state.executor.shutdown(wait=False, cancel_futures=True)

    app = FastAPI(
        title="newslint",
        version=__version__,
        description="A linter for news articles: figures, shares, sources and boilerplate.",
        lifespan=lifespan,
    )
    app.add_middleware(BodyLimit, max_body=settings.max_body)
    from newslint.web.languagetool import install

    install(app, config, settings.cache_size)

    @app.middleware("http")
    async def security_headers(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        response = await call_next(request)
        for name, value in _SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
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
        return _json_error(exc.status, exc.message, exc.detail)

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

    def run_check(load: Callable[[], Article], run_config: Config, meta: dict[str, Any]) -> Report:
        from newslint.api import check_article

        try:
            article = load()
        except FetchRefused as exc:
            raise ApiError(400, str(exc)) from None
        except FetchTooLarge as exc:
            raise ApiError(413, str(exc)) from None
        except InputError as exc:
            status = 413 if "limit" in exc.problem else 422
            if meta.get("fetched") and status == 422 and not _content_problem(exc.problem):
                status = 400
            raise ApiError(status, str(exc)) from None
        try:
            return check_article(
                article,
                run_config,
                nlp=app.state.nlp,
                **{k: v for k, v in meta.items() if k != "fetched"},
            )
        except NewslintError as exc:
            raise ApiError(422, str(exc)) from None

    async def in_pool(fn: Callable[[], Report]) -> Report:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(app.state.executor, fn)

    def url_loader(url: str) -> Callable[[], Article]:
        if not settings.allow_url_fetch:
            raise ApiError(
                400,
                "URL fetching is off on this server (start it with "
                "--allow-url-fetch); paste the text or upload the file instead",
            )
        return partial(fetcher.fetch, url)

    # ---- routes ----

    @app.get("/healthz", tags=["service"])
    async def healthz() -> dict[str, Any]:
        """Ready when the pipeline is loaded."""
        return {
            "status": "ok",
            "version": __version__,
            "pipeline": config.pipeline,
            "rules": [r.code for r in app.state.rules],
            "allow_url_fetch": settings.allow_url_fetch,
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
            413: {"description": "Body or article over the size limit"},
            415: {"description": "Body is not application/json"},
            422: {"description": "Valid JSON that is not a valid request"},
        },
    )
    async def api_check(request: Request) -> Response:
        """Check one article given as text, HTML or a URL; the answer is the JSON report."""
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype != "application/json" and not ctype.endswith("+json"):
            raise ApiError(415, f"send the request as application/json, not {ctype or 'nothing'}")
        raw = await request.body()
        try:
            data = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise ApiError(400, f"the body is not valid JSON: {exc}") from None
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
        if body.url is not None:
            load = url_loader(body.url)
            meta["fetched"] = True
        else:
            source = "<text>" if body.text is not None else "<html>"
            content = body.text if body.text is not None else body.html
            load = partial(
                from_text,
                content or "",
                source,
                html=body.html is not None,
                max_bytes=config.max_bytes,
            )
        report = await in_pool(partial(run_check, load, run_config, meta))
        if body.format == "html":
            return _report_page(report, home=None)
        return Response(report.to_json(), media_type="application/json")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def index() -> Response:
        page = templates.get_template("index.html").render(
            version=__version__,
            allow_url_fetch=settings.allow_url_fetch,
            max_body_mb=f"{settings.max_body / 1e6:g}",
            rules=app.state.rules,
        )
        return HTMLResponse(page, headers={"Content-Security-Policy": _FORM_CSP})

    @app.post("/report", response_class=HTMLResponse, include_in_schema=False)
    async def form_report(request: Request) -> Response:
        """The form's target: the annotated report, or a page saying what was wrong."""
        try:
            report = await _form_check(request)
        except ApiError as exc:
            page = templates.get_template("error.html").render(
                status=exc.status, message=exc.message, detail=exc.detail or []
            )
            return HTMLResponse(
                page, status_code=exc.status, headers={"Content-Security-Policy": _FORM_CSP}
            )
        return _report_page(report, home="/")

    async def _form_check(request: Request) -> Report:
        from starlette.datastructures import UploadFile
        from starlette.formparsers import MultiPartException

        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if ctype not in ("multipart/form-data", "application/x-www-form-urlencoded"):
            raise ApiError(415, f"send the form as multipart/form-data, not {ctype or 'nothing'}")
        try:
            form = await request.form(max_files=1, max_fields=20, max_part_size=settings.max_body)
        except MultiPartException as exc:
            raise ApiError(400, f"cannot read the form: {exc.message}") from None
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
        if url:
            load = url_loader(url)
            meta["fetched"] = True
        elif name:
            suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
            if suffix not in _UPLOAD_SUFFIXES:
                raise ApiError(415, f"{name}: upload a .txt or .html file")
            load = partial(
                from_bytes,
                data,
                name,
                html=_UPLOAD_SUFFIXES[suffix] or None,
                max_bytes=config.max_bytes,
            )
        else:
            load = partial(from_text, text, "<text>", max_bytes=config.max_bytes)
        return await in_pool(partial(run_check, load, select_config(None, None), meta))

    return app


SETTINGS_ENV = "NEWSLINT_SERVE_SETTINGS"


def app_from_env() -> FastAPI:
    """The app as ``newslint serve --workers N`` starts it in each worker process.

    uvicorn's workers import the app by name, so the settings travel in an environment
    variable (JSON) set by the serve command.
    """
    import os

    from newslint.config import load_config

    given = json.loads(os.environ.get(SETTINGS_ENV, "{}"))
    config_path = given.pop("config_path", None)
    pipeline = given.pop("pipeline", None)
    from pathlib import Path

    config = load_config(Path(config_path) if config_path else None).merged(pipeline=pipeline)
    given["allow_origins"] = tuple(given.get("allow_origins", ()))
    return create_app(ServerSettings(config=config, **given))


def _content_problem(problem: str) -> bool:
    """Input errors about the article itself (as opposed to reaching it)."""
    return any(
        word in problem
        for word in ("empty", "binary", "decode", "no article text", "HTML", "boilerplate")
    )


def _report_page(report: Report, home: str | None) -> Response:
    from newslint.report.render_html import render_html, report_csp

    return HTMLResponse(
        render_html(report, home=home),
        headers={"Content-Security-Policy": report_csp() + "; frame-ancestors 'none'"},
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
