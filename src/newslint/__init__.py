"""newslint: a linter for news articles."""

__version__ = "0.1.0"

from newslint.api import check  # noqa: E402
from newslint.article import Article  # noqa: E402
from newslint.report.model import Report  # noqa: E402

__all__ = ["Article", "Report", "__version__", "check"]
