"""``newslint lsp``: a language server for editors (VS Code, Neovim, Emacs, Zed, Helix...).

Registered with the CLI here; the server itself (pygls) is in ``newslint.lsp.server`` and is
imported only when the command runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    """Add ``lsp`` to the CLI."""

    @app.command()
    def lsp(
        config: Annotated[
            Path | None,
            typer.Option(help="Config file (default: newslint.toml found upward from each file)."),
        ] = None,
        pipeline: Annotated[str | None, typer.Option(help="spaCy pipeline name.")] = None,
        debounce: Annotated[
            float,
            typer.Option(
                help="Seconds to wait after an edit before checking (a newer edit "
                "cancels the pending check)."
            ),
        ] = 0.15,
        log_level: Annotated[str, typer.Option(help="Log level (the log goes to stderr).")] = (
            "warning"
        ),
    ) -> None:
        """Serve diagnostics, hovers and fixes to an editor (Language Server Protocol, stdio)."""
        from newslint.cli import fail
        from newslint.config import load_config
        from newslint.errors import NewslintError

        try:
            if debounce < 0:
                raise ValueError("--debounce must be 0 or more seconds")
            if log_level.lower() not in ("debug", "info", "warning", "error", "critical"):
                raise ValueError(f"--log-level {log_level!r} is not debug, info, warning or error")
            if config is not None:
                load_config(config)  # a bad file fails here, in one line
        except (ValueError, NewslintError) as exc:
            raise fail(str(exc)) from None
        try:
            from newslint.lsp.server import serve
        except ImportError as exc:
            raise fail(
                f"the lsp extra is not installed ({exc.name}): pip install 'newslint[lsp]'"
            ) from None
        serve(config_path=config, pipeline=pipeline, debounce=debounce, log_level=log_level)
