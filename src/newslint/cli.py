"""The command line: ``newslint check``, ``rules``, ``rule CODE`` (and serve, lsp, batch, stats, sql).

Bad input and bad options end in one line on stderr and exit code 2; findings at or above
``--fail-on`` give exit code 1; otherwise 0.
"""

from __future__ import annotations

import importlib
import json
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from newslint.errors import NewslintError

if TYPE_CHECKING:
    from newslint.config import Config
    from newslint.report.model import Report

app = typer.Typer(
    name="newslint",
    help="A linter for news articles: figures, shares, sources and boilerplate.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2
_RANK = {"info": 1, "warning": 2, "error": 3, "never": 99}


class Format(str, Enum):
    text = "text"
    json = "json"
    line = "line"
    html = "html"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


def fail(message: str) -> typer.Exit:
    """Print one line for the user and return the exit to raise."""
    print(f"newslint: error: {message}", file=sys.stderr)
    return typer.Exit(EXIT_BAD_INPUT)


def _split(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    return [code for v in values for code in v.split(",") if code.strip()]


@app.command()
def check(
    sources: Annotated[
        list[str],
        typer.Argument(help="Files (.txt, .html), URLs, or - for stdin.", show_default=False),
    ],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.text,
    published: Annotated[str | None, typer.Option(help="Publication date, YYYY-MM-DD.")] = None,
    title: Annotated[str | None, typer.Option(help="Headline, if the input lacks one.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Publication name.")] = None,
    url: Annotated[str | None, typer.Option(help="The article's address, if not fetched.")] = None,
    select: Annotated[
        list[str] | None, typer.Option(help="Rule codes or families to run (NUM, SRC001).")
    ] = None,
    ignore: Annotated[
        list[str] | None, typer.Option(help="Rule codes or families to skip.")
    ] = None,
    fail_on: Annotated[
        FailOn | None, typer.Option(help="Exit 1 on findings at or above this severity.")
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option(help="Config file (default: newslint.toml or pyproject.toml found upward)."),
    ] = None,
    pipeline: Annotated[str | None, typer.Option(help="spaCy pipeline name.")] = None,
    max_bytes: Annotated[int | None, typer.Option(help="Largest input accepted.")] = None,
    timeout: Annotated[float | None, typer.Option(help="URL fetch timeout, seconds.")] = None,
    max_seconds: Annotated[
        float | None,
        typer.Option(help="Time budget of one check, seconds (default 600; 0: none)."),
    ] = None,
    verbose: Annotated[
        bool,
        typer.Option("--verbose", "-v", help="Text format: show evidence, quantities and quotes."),
    ] = False,
    baseline: Annotated[
        Path | None,
        typer.Option(
            help="Triage file (the web editor's export): hide the findings it lists, "
            "matched by rule and quoted text."
        ),
    ] = None,
) -> None:
    """Lint articles and report what a fact-checker would catch."""
    from newslint.article import parse_date
    from newslint.config import load_config
    from newslint.rules.registry import selected
    from newslint.triage import load_baseline

    try:
        settings = load_config(config).merged(
            select=_split(select),
            ignore=_split(ignore),
            fail_on=fail_on.value if fail_on else None,
            pipeline=pipeline,
            max_bytes=max_bytes,
            timeout=timeout,
            max_seconds=max_seconds,
        )
        selected(settings.select, settings.ignore)  # unknown codes are a usage error
        parse_date(published)
        triage = load_baseline(baseline) if baseline is not None else None
    except NewslintError as exc:
        raise fail(str(exc)) from None

    reports, bad = [], 0
    for source in sources:
        try:
            report = _check_one(source, settings, published, title, outlet, url)
        except NewslintError as exc:
            print(f"newslint: error: {exc}", file=sys.stderr)
            bad += 1
            continue
        if triage is not None:
            report, hidden = triage.apply(report)
            if hidden:
                shown = "<stdin>" if source == "-" else source
                found = f"{hidden} finding{'s' if hidden != 1 else ''}"
                print(f"newslint: {shown}: {found} hidden by {baseline}", file=sys.stderr)
        reports.append((source, report))
        _emit(format, source, report, verbose, many=len(sources) > 1)
    if format is Format.json and len(sources) > 1:
        print(json.dumps([json.loads(r.to_json()) for _, r in reports], indent=2))

    if bad:
        raise typer.Exit(EXIT_BAD_INPUT)
    threshold = _RANK[settings.fail_on]
    if any(_RANK[f.severity] >= threshold for _, r in reports for f in r.findings):
        raise typer.Exit(EXIT_FINDINGS)


def _check_one(
    source: str,
    settings: Config,
    published: str | None,
    title: str | None,
    outlet: str | None,
    url: str | None,
) -> Report:
    """Read and check one input within the configured budget."""
    from newslint import budget
    from newslint.api import check_article
    from newslint.article import load
    from newslint.nlp import pipeline as load_pipeline

    # reading has its own limits (max-bytes, timeout); the pipeline loads once, outside the
    # budget; the budget is the check's, and the alarm its backstop
    article = load(source, max_bytes=settings.max_bytes, timeout=settings.timeout)
    nlp = load_pipeline(settings.pipeline)
    with budget.within(settings.max_seconds, source), budget.alarm(settings.max_seconds, source):
        return check_article(
            article, settings, nlp=nlp, published=published, title=title, outlet=outlet, url=url
        )


def _emit(format: Format, source: str, report: Report, verbose: bool, *, many: bool) -> None:
    path = "<stdin>" if source == "-" else source
    if format is Format.json:
        if not many:
            sys.stdout.write(report.to_json())
    elif format is Format.line:
        from newslint.report.render_line import render_line

        sys.stdout.write(render_line(report, path))
    elif format is Format.html:
        from newslint.report.render_html import render_html

        local = source != "-" and "://" not in source
        sys.stdout.write(render_html(report, name=Path(source).name if local else None))
    else:
        from rich.console import Console

        from newslint.report.render_text import render_text

        render_text(report, path, Console(highlight=False, soft_wrap=True), verbose=verbose)


@app.command("rules")
def list_rules(
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable list.")] = False,
) -> None:
    """List every rule: code, name, severity and what it checks."""
    from newslint.rules.registry import all_rules

    rules = all_rules()
    if as_json:
        rows = [
            {
                "code": r.code,
                "name": r.name,
                "severity": r.severity.value,
                "family": r.family,
                "summary": r.summary,
            }
            for r in rules
        ]
        print(json.dumps(rows, indent=2))
        return
    width = max(len(r.name) for r in rules)
    for r in rules:
        print(f"{r.code}  {r.name:<{width}}  {r.severity.value:<7}  {r.summary}")


@app.command("rule")
def show_rule(code: Annotated[str, typer.Argument(help="A rule code, e.g. NUM003.")]) -> None:
    """Print a rule's documentation: what it checks, why, and examples."""
    from newslint.rules.registry import get_rule

    try:
        print(get_rule(code).documentation(), end="")
    except NewslintError as exc:
        raise fail(str(exc)) from None


# Command groups that live with their subsystem register themselves here, so that the cost of
# importing a web server or Arrow is paid only by the commands that need them.
_EXTENSIONS = ("newslint.web.commands", "newslint.batch.commands", "newslint.lsp")


def _register_extensions() -> None:
    for name in _EXTENSIONS:
        importlib.import_module(name).register(app)


_register_extensions()


def main() -> None:
    from typer._click.exceptions import NoArgsIsHelpError

    try:
        code = app(standalone_mode=False)
    except NoArgsIsHelpError as exc:
        exc.show()  # the help text, as for a bare `newslint`
        code = EXIT_BAD_INPUT
    except typer.TyperException as exc:
        # a bad option or argument: one line, not click's usage block
        print(f"newslint: error: {usage_line(exc)}", file=sys.stderr)
        code = EXIT_BAD_INPUT
    except typer.Abort:
        print("newslint: aborted", file=sys.stderr)
        code = 1
    except NewslintError as exc:
        print(f"newslint: error: {exc}", file=sys.stderr)
        code = EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("newslint: interrupted", file=sys.stderr)
        code = 130
    sys.exit(code if isinstance(code, int) else 0)


def usage_line(exc: typer.TyperException) -> str:
    """A usage error as one line, with where to read about the options."""
    message = " ".join(exc.format_message().split())
    ctx = getattr(exc, "ctx", None)
    command = ctx.command_path if ctx is not None else "newslint"
    return f"{message} (see `{command} --help`)"


if __name__ == "__main__":
    main()
