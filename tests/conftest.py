"""Shared fixtures: one spaCy pipeline for the whole session, and the example articles."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def nlp():
    from newslint.nlp import pipeline

    return pipeline()


@pytest.fixture(scope="session")
def lint(nlp):
    """``lint(text, **options) -> Report`` with the shared pipeline."""
    from newslint import check

    def run(text: str, **options):
        return check(text, nlp=nlp, **options)

    return run
