"""The JSON API's routes: ``/healthz``, ``/api/rules``, ``/api/check``, ``/api/render``.

Every check runs in the app's worker pool through ``run_in_pool``; see ``newslint.web.app``.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from fastapi import APIRouter, Request
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from newslint import __version__
from newslint.config import Config
from newslint.errors import ConfigError
from newslint.web.app import ApiError, ServerSettings, report_page_response, run_in_pool
from newslint.web.guard import JsonRejected, parse_json
from newslint.web.worker import CheckJob, report_json, report_page, report_view


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


def select_config(config: Config, select: list[str] | None, ignore: list[str] | None) -> Config:
    """The server's config with a request's rule selection; an unknown rule is a 422."""
    from newslint.rules.registry import selected

    try:
        merged = config.merged(select=select, ignore=ignore)
        selected(merged.select, merged.ignore)
    except ConfigError as exc:
        raise ApiError(422, str(exc)) from None
    return merged


def url_allowed(settings: ServerSettings) -> None:
    if not settings.allow_url_fetch:
        raise ApiError(
            400,
            "URL fetching is off on this server (start it with "
            "--allow-url-fetch); paste the text or upload the file instead",
        )


router = APIRouter()


@router.get("/healthz", tags=["service"])
async def healthz(request: Request) -> dict[str, Any]:
    """Answers at once, however busy the check workers are; ``pool`` says how busy."""
    state = request.app.state
    return {
        "status": "ok",
        "version": __version__,
        "pipeline": state.settings.config.pipeline,
        "rules": [r.code for r in state.rules],
        "allow_url_fetch": state.settings.allow_url_fetch,
        "pool": state.pool.state(),
    }


@router.get("/api/rules", tags=["rules"])
async def rules(request: Request) -> list[dict[str, Any]]:
    """Every rule: code, name, severity, family, summary and documentation (Markdown)."""
    return [_rule_json(r) for r in request.app.state.rules]


@router.get("/api/rules/{code}", tags=["rules"])
async def rule(request: Request, code: str) -> dict[str, Any]:
    """One rule's documentation."""
    for r in request.app.state.rules:
        if r.code == code.upper():
            return _rule_json(r)
    raise ApiError(404, f"unknown rule {code!r}")


@router.post(
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
    settings: ServerSettings = request.app.state.settings
    run_config = select_config(settings.config, body.select, body.ignore)
    meta: dict[str, Any] = {
        "published": body.published,
        "title": body.title,
        "outlet": body.outlet,
    }
    render = {"json": report_json, "html": report_page, "view": report_view}[body.format]
    if body.url is not None:
        url_allowed(settings)
        job = CheckJob("url", body.url, run_config, name=body.url, meta=meta, render=render)
    elif body.text is not None:
        job = CheckJob("text", body.text, run_config, meta=meta, render=render)
    else:
        job = CheckJob("html", body.html or "", run_config, "<html>", meta=meta, render=render)
    page = await run_in_pool(request, job)
    if body.format == "html":
        return report_page_response(page)
    return Response(page, media_type="application/json")


@router.post(
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
    response = report_page_response(page)
    response.headers["Content-Disposition"] = 'attachment; filename="newslint-report.html"'
    return response


def _validation_detail(exc: ValidationError) -> list[dict[str, Any]]:
    # field and problem only: never echo the input back
    return [
        {"field": ".".join(str(p) for p in e["loc"]) or "body", "problem": e["msg"]}
        for e in exc.errors()
    ]


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
