"""``newslint serve``: the web app on uvicorn. Imports of the server happen inside the command."""

from __future__ import annotations

import math
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from newslint.web.app import ServerSettings

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*$", re.IGNORECASE)
_FACTOR = {"": 1, "k": 1_000, "m": 1_000_000, "g": 1_000_000_000}


def parse_size(text: str) -> int:
    """``5000000``, ``5MB``, ``500k`` -> bytes."""
    m = _SIZE.match(text)
    if not m or float(m.group(1)) <= 0:
        raise ValueError(f"size {text!r} is not a number of bytes like 5000000, 500k or 5MB")
    return int(float(m.group(1)) * _FACTOR[m.group(2).lower()])


def _origin(text: str) -> str:
    """``*`` or a scheme://host[:port] origin, as browsers send it in the Origin header."""
    origin = text.strip().rstrip("/")
    if origin == "*" or re.match(r"^[a-z][a-z0-9+.-]*://[^/\s]+$", origin, re.IGNORECASE):
        return origin
    raise ValueError(f"--allow-origin {text!r} is not an origin like https://example.org or *")


def register(app: typer.Typer) -> None:
    """Add ``serve`` to the CLI."""

    @app.command()
    def serve(
        host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
        port: Annotated[int, typer.Option(help="Port to listen on (0: any free port).")] = 8000,
        allow_url_fetch: Annotated[
            bool,
            typer.Option("--allow-url-fetch", help="Let users give a URL (public addresses only)."),
        ] = False,
        max_body: Annotated[
            str, typer.Option(help="Largest request body: bytes, or 500k, 5MB.")
        ] = "5MB",
        workers: Annotated[
            int | None,
            typer.Option(
                help="Check worker processes, each with the pipeline loaded (default: the cores)."
            ),
        ] = None,
        queue: Annotated[
            int | None,
            typer.Option(help="Requests that may wait for a worker (default: 8 per worker)."),
        ] = None,
        max_seconds: Annotated[
            float,
            typer.Option(help="A check's time budget; past it the check is stopped (422)."),
        ] = 10.0,
        pipeline: Annotated[str | None, typer.Option(help="spaCy pipeline name.")] = None,
        config: Annotated[
            Path | None, typer.Option(help="Config file (default: found upward).")
        ] = None,
        fetch_timeout: Annotated[
            float, typer.Option(help="Seconds allowed to fetch a URL, redirects included.")
        ] = 10.0,
        allow_origin: Annotated[
            list[str] | None,
            typer.Option(
                "--allow-origin",
                help="Let pages from this origin call the API from a browser (CORS), e.g. the "
                "LanguageTool add-on's; repeat for more, or * for any.",
            ),
        ] = None,
        cache_size: Annotated[
            int, typer.Option(help="Reports kept by text hash for /v2/check (0: none).")
        ] = 256,
        log_level: Annotated[str, typer.Option(help="uvicorn log level.")] = "info",
    ) -> None:
        """Serve the web page and the JSON API (FastAPI on uvicorn)."""
        from newslint.cli import fail
        from newslint.config import load_config
        from newslint.errors import NewslintError

        try:
            limit, workers, origins = _checked(
                max_body, workers, queue, max_seconds, cache_size, allow_origin, port
            )
            settings_config = load_config(config).merged(pipeline=pipeline)
        except (ValueError, NewslintError) as exc:
            raise fail(str(exc)) from None
        settings = _server_settings_class()(
            config=settings_config,
            allow_url_fetch=allow_url_fetch,
            max_body=limit,
            fetch_timeout=fetch_timeout,
            workers=workers,
            queue=queue,
            max_seconds=max_seconds,
            allow_origins=origins,
            cache_size=cache_size,
        )
        _start(settings, host, port, log_level)


def _checked(
    max_body: str,
    workers: int | None,
    queue: int | None,
    max_seconds: float,
    cache_size: int,
    allow_origin: list[str] | None,
    port: int,
) -> tuple[int, int, tuple[str, ...]]:
    """The body limit, the worker count and the origins, or a ValueError naming the option."""
    limit = parse_size(max_body)
    workers = workers if workers is not None else os.cpu_count() or 1
    if workers < 1:
        raise ValueError("--workers must be at least 1")
    if queue is not None and queue < 0:
        raise ValueError("--queue must be 0 or more")
    if not (max_seconds > 0 and math.isfinite(max_seconds)):
        raise ValueError(f"--max-seconds must be a positive number, not {max_seconds:g}")
    if cache_size < 0:
        raise ValueError("--cache-size must be 0 or more")
    origins = tuple(_origin(o) for o in allow_origin or ())
    if not 0 <= port <= 65535:
        raise ValueError(f"--port {port} is not a port number")
    return limit, workers, origins


def _server_settings_class() -> type[ServerSettings]:
    """The server's settings type, or a one-line failure when the web extra is not installed."""
    from newslint.cli import fail

    try:
        import uvicorn  # noqa: F401

        from newslint.web.app import ServerSettings
    except ImportError as exc:
        raise fail(
            f"the web extra is not installed ({exc.name}): pip install 'newslint[web]'"
        ) from None
    return ServerSettings


def _start(settings: ServerSettings, host: str, port: int, log_level: str) -> None:
    """Build the app and run uvicorn until it is stopped."""
    import uvicorn

    from newslint.cli import fail
    from newslint.errors import NewslintError
    from newslint.nlp import require
    from newslint.web.app import create_app
    from newslint.web.guard import server_config

    try:
        require(settings.config.pipeline)  # fail here, in one line, not in a worker
    except NewslintError as exc:
        raise fail(str(exc)) from None
    web = create_app(settings)
    server = uvicorn.Server(
        server_config(
            web, header_timeout=settings.header_timeout, host=host, port=port, log_level=log_level
        )
    )
    server.run()
