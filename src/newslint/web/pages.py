"""The pages: the web editor at ``/``, the form's ``/report``, ``/assets``, the favicon and
the offline API docs at ``/docs``."""

from __future__ import annotations

from functools import cache, partial
from importlib.resources import files
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from newslint import __version__
from newslint.errors import InputError
from newslint.web.app import ApiError, ServerSettings, report_page_response, run_in_pool
from newslint.web.routes import select_config, url_allowed
from newslint.web.worker import CheckJob, report_page, report_view

_UPLOAD_SUFFIXES = {
    ".txt": False,
    ".text": False,
    ".md": False,
    ".html": True,
    ".htm": True,
    ".xhtml": True,
}
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


router = APIRouter()


def editor(request: Request, status: int = 200, **values: Any) -> Response:
    """The editor page, with the form's values (and an error) filled in."""
    settings: ServerSettings = request.app.state.settings
    from newslint.report.render_html import report_body

    fields = {"text": "", "published": "", "title": "", "error": "", "detail": []}
    fields.update(values)
    page = request.app.state.templates.get_template("index.html").render(
        version=__version__,
        allow_url_fetch=settings.allow_url_fetch,
        max_body=settings.max_body,
        max_body_mb=f"{settings.max_body / 1e6:g}",
        report_body=report_body(),
        **fields,
    )
    return HTMLResponse(page, status_code=status, headers={"Content-Security-Policy": _EDITOR_CSP})


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
async def index(request: Request) -> Response:
    return editor(request)


@router.post("/report", include_in_schema=False)
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
            request,
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
    return report_page_response(page)


async def _read_form(request: Request) -> dict[str, Any]:
    from starlette.formparsers import MultiPartException

    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype not in ("multipart/form-data", "application/x-www-form-urlencoded"):
        raise ApiError(415, f"send the form as multipart/form-data, not {ctype or 'nothing'}")
    try:
        limit = request.app.state.settings.max_body
        form = await request.form(max_files=1, max_fields=20, max_part_size=limit)
    except MultiPartException as exc:
        raise ApiError(400, f"cannot read the form: {exc.message}") from None
    return dict(form)


async def _form_check(request: Request, form: dict[str, Any], view: bool) -> bytes:
    from starlette.datastructures import UploadFile

    settings: ServerSettings = request.app.state.settings
    text = str(form.get("text") or "")
    url = str(form.get("url") or "").strip()
    upload = form.get("file")
    published = str(form.get("published") or "").strip() or None
    title = str(form.get("title") or "").strip() or None
    data = b""
    name = ""
    if isinstance(upload, UploadFile) and upload.filename:
        name = upload.filename
        data = await upload.read(settings.config.max_bytes + 1)
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
    form_config = select_config(settings.config, None, None)
    if url:
        url_allowed(settings)
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


@router.get("/assets/{name:path}", include_in_schema=False)
async def asset(name: str) -> Response:
    if name not in _ASSETS:
        raise ApiError(404, f"no asset {name!r}")
    package, path, media = _ASSETS[name]
    return Response(
        _asset_bytes(package, path),
        media_type=media,
        headers={"Cache-Control": "public, max-age=3600"},
    )


@router.get("/favicon.ico", include_in_schema=False)
async def favicon() -> Response:
    icon = _asset_bytes("newslint.web", "static/favicon.ico")
    return Response(icon, media_type="image/x-icon", headers={"Cache-Control": "max-age=86400"})


@router.get("/docs", include_in_schema=False)
async def docs(request: Request) -> Response:
    """Swagger UI from the package's own copy (static/swagger: Apache-2.0, see NOTICE)."""
    from fastapi.openapi.docs import get_swagger_ui_html

    page = get_swagger_ui_html(
        openapi_url=request.app.openapi_url or "/openapi.json",
        title="newslint API",
        swagger_js_url="/assets/swagger/swagger-ui-bundle.js",
        swagger_css_url="/assets/swagger/swagger-ui.css",
        swagger_favicon_url="/favicon.ico",
        swagger_ui_parameters={"validatorUrl": None},  # no badge fetched from the internet
    )
    body = bytes(page.body).replace(b"<html>", b'<html lang="en">', 1)
    return HTMLResponse(body)


@cache
def _asset_bytes(package: str, path: str) -> bytes:
    return (files(package) / path).read_bytes()
