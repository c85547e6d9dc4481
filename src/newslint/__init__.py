"""newslint: a linter for news articles."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["Article", "Report", "__version__", "check"]

if TYPE_CHECKING:
    from newslint.api import check
    from newslint.article import Article
    from newslint.report.model import Report

# Imported on first use, so that `newslint --help`, `newslint rules` and error paths do not pay
# for pydantic and the analysis stack.
_LAZY = {"check": "newslint.api", "Article": "newslint.article", "Report": "newslint.report.model"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'newslint' has no attribute {name!r}")
