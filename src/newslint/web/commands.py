"""``newslint serve``: the web app on uvicorn. Imports of the server happen inside the command."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

import typer

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
        threads: Annotated[int, typer.Option(help="Worker threads for checks, per process.")] = 4,
        workers: Annotated[
            int, typer.Option(help="Server processes, each with its own pipeline (use the cores).")
        ] = 1,
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
            limit = parse_size(max_body)
            if threads < 1 or workers < 1:
                raise ValueError("--threads and --workers must be at least 1")
            if cache_size < 0:
                raise ValueError("--cache-size must be 0 or more")
            origins = tuple(_origin(o) for o in allow_origin or ())
            if not 0 <= port <= 65535:
                raise ValueError(f"--port {port} is not a port number")
            settings_config = load_config(config).merged(pipeline=pipeline)
        except (ValueError, NewslintError) as exc:
            raise fail(str(exc)) from None

        try:
            import uvicorn

            from newslint.web.app import ServerSettings, create_app
        except ImportError as exc:
            raise fail(
                f"the web extra is not installed ({exc.name}): pip install 'newslint[web]'"
            ) from None

        from newslint.nlp import pipeline as load_pipeline

        try:
            load_pipeline(settings_config.pipeline)  # fail here, in one line, not at start-up
        except NewslintError as exc:
            raise fail(str(exc)) from None
        settings = {
            "allow_url_fetch": allow_url_fetch,
            "max_body": limit,
            "threads": threads,
            "fetch_timeout": fetch_timeout,
            "allow_origins": origins,
            "cache_size": cache_size,
        }
        if workers > 1:
            import json
            import os

            from newslint.web.app import SETTINGS_ENV

            os.environ[SETTINGS_ENV] = json.dumps(
                {
                    **settings,
                    "config_path": str(config) if config else None,
                    "pipeline": settings_config.pipeline,
                }
            )
            uvicorn.run(
                "newslint.web.app:app_from_env",
                factory=True,
                workers=workers,
                host=host,
                port=port,
                log_level=log_level,
                server_header=False,
            )
            return
        web = create_app(ServerSettings(config=settings_config, **settings))  # type: ignore[arg-type]
        uvicorn.run(web, host=host, port=port, log_level=log_level, server_header=False)
