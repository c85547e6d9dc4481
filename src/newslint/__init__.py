"""newslint: a linter for news articles."""

__version__ = "0.1.0"

from newslint.api import check
from newslint.article import Article
from newslint.report.model import Report

__all__ = ["Article", "Report", "__version__", "check"]
