"""The public API: ``check(source) -> Report``. The CLI, web app and batch engines wrap it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from newslint.analysis import Analysis
from newslint.article import Article, from_text_or_source
from newslint.clean import clean
from newslint.config import Config
from newslint.report.model import Checked, Finding, Report
from newslint.rules.registry import selected, wanted

if TYPE_CHECKING:
    from spacy.language import Language


def check(
    source: str | Path | Article,
    published: str | date | None = None,
    config: Config | None = None,
    *,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    nlp: Language | None = None,
) -> Report:
    """Lint one article.

    ``source`` is the article's text, an HTML page, a path, a URL or an ``Article``. Metadata
    given here overrides what an HTML page says about itself.
    """
    config = (config or Config()).merged(select=select, ignore=ignore)
    article = from_text_or_source(source, max_bytes=config.max_bytes, timeout=config.timeout)
    return check_article(
        article, config, nlp=nlp, published=published, title=title, outlet=outlet, url=url
    )


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
    return Analysis(clean(article), config, nlp=nlp)


def analyse(analysis: Analysis, config: Config | None = None) -> Report:
    config = config or analysis.config
    # the report lists quotes, so the Doc is always needed: build it before the rules, so
    # that a rule reading a sentence's parse slices it instead of parsing the sentence again
    analysis.doc  # noqa: B018
    findings: list[Finding] = []
    checks: list[Checked] = []
    for r in selected(config.select, config.ignore):
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
