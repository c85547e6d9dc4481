"""The public API: ``check(source) -> Report``. The CLI, web app and batch engines wrap it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from newslint import budget
from newslint.analysis import Analysis
from newslint.article import (
    Article,
    from_file_argument,
    from_text,
    from_text_or_source,
    is_file,
    is_url,
)
from newslint.clean import clean
from newslint.config import Config
from newslint.report.model import Checked, Finding, Report
from newslint.rules.registry import selected, wanted

if TYPE_CHECKING:
    from spacy.language import Language


def check(
    source: str | Path | Article | None = None,
    published: str | date | None = None,
    config: Config | None = None,
    *,
    text: str | None = None,
    path: str | Path | None = None,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    max_seconds: float | None = None,
    nlp: Language | None = None,
) -> Report:
    """Lint one article.

    Give exactly one of:

    - ``source``: an ``Article``; a ``Path`` (a file); or a string, which is a URL when it is
      one (``http(s)://`` with no whitespace), a file only when it names an existing regular
      file, and otherwise the article's text or HTML itself;
    - ``text=``: the article's text or HTML, never read as a path or a URL;
    - ``path=``: a file (a ``str`` or ``Path``; ``"-"`` is stdin), never text.

    Metadata given here overrides what an HTML page says about itself. ``max_seconds`` (or
    ``config.max_seconds``) is the time budget: past it the check raises ``CheckTimeout``.
    """
    given = [
        name for name, v in (("source", source), ("text", text), ("path", path)) if v is not None
    ]
    if len(given) != 1:
        raise TypeError(
            "check() takes exactly one of source, text= or path=, "
            f"got {', '.join(given) if given else 'none'}"
        )
    config = (config or Config()).merged(select=select, ignore=ignore, max_seconds=max_seconds)
    limits = {"max_bytes": config.max_bytes}
    if nlp is None:  # loaded once per process, before the clock starts: not the check's time
        from newslint.nlp import pipeline

        nlp = pipeline(config.pipeline)
    with budget.within(config.max_seconds, _label(source, path)):
        if text is not None:
            article = from_text(text, max_bytes=config.max_bytes, html=None)
        elif path is not None:
            article = from_file_argument(path, timeout=config.timeout, **limits)
        else:
            assert source is not None
            article = from_text_or_source(source, timeout=config.timeout, **limits)
        return check_article(
            article, config, nlp=nlp, published=published, title=title, outlet=outlet, url=url
        )


def _label(source: str | Path | Article | None, path: str | Path | None) -> str:
    """How a message names the input before it is read."""
    if path is not None:
        return str(path)
    if isinstance(source, Article):
        return source.source
    if isinstance(source, Path) or (
        isinstance(source, str) and (is_url(source) or is_file(source))
    ):
        return str(source)
    return "<text>"


def check_article(
    article: Article,
    config: Config,
    *,
    nlp: Language | None = None,
    published: str | date | None = None,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
) -> Report:
    if nlp is None:  # loaded once per process, before the clock starts: not the check's time
        from newslint.nlp import pipeline

        nlp = pipeline(config.pipeline)
    with budget.within(config.max_seconds, article.source):
        analysis = prepare(
            article, config, nlp=nlp, published=published, title=title, outlet=outlet, url=url
        )
        return analyse(analysis)


def prepare(
    article: Article,
    config: Config,
    *,
    nlp: Language | None = None,
    published: str | date | None = None,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
) -> Analysis:
    """Metadata applied and the text cleaned: the Analysis the rules will read (not parsed yet).

    The batch engines call this for many articles, parse them together with ``nlp.pipe`` and
    then call ``analyse``; ``check_article`` does both for one article.
    """
    # metadata given here beats the page's own: clean() keeps an Article's metadata over what
    # trafilatura reads from the HTML
    article = article.with_meta(published=published, title=title, outlet=outlet, url=url)
    return Analysis(clean(article, nlp), config, nlp=nlp)


def analyse(analysis: Analysis, config: Config | None = None) -> Report:
    config = config or analysis.config
    # the time budget holds here too, for the batch engines that parse before calling this
    with budget.within(config.max_seconds, analysis.article.source):
        return _analyse(analysis, config)


def _analyse(analysis: Analysis, config: Config) -> Report:
    # the report lists quotes, so the Doc is always needed: build it before the rules, so
    # that a rule reading a sentence's parse slices it instead of parsing the sentence again
    analysis.doc  # noqa: B018
    findings: list[Finding] = []
    checks: list[Checked] = []
    for r in selected(config.select, config.ignore):
        budget.checkpoint()
        for outcome in r.outcomes(analysis):
            # a rule may serve further codes (house style): an ignored one drops its records
            if not wanted(outcome.rule, config.select, config.ignore):
                continue
            if isinstance(outcome, Finding):
                findings.append(outcome)
            else:
                checks.append(outcome)
    findings.sort(key=lambda f: (f.start, f.end, f.rule, f.message))
    checks.sort(key=lambda c: (c.start, c.end, c.rule, c.message))
    return Report(
        article=analysis.meta,
        text=analysis.text,
        removed=analysis.removed,
        quantities=analysis.quantities,
        quotes=analysis.quotes,
        findings=findings,
        checks=checks,
    )
