"""Every rule's documented examples behave as documented: the docs cannot drift."""

from __future__ import annotations

import pytest

from newslint.config import from_table
from newslint.rules.registry import all_rules

RULES = all_rules()


def _config(rule):
    # house style has no words until a newsroom gives it some: its examples bring their own
    return from_table(rule.example_config) if rule.example_config else None


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_fires_example_fires(rule, lint):
    report = lint(rule.fires, published=rule.published, select=[rule.code], config=_config(rule))
    assert [f.rule for f in report.findings if f.rule == rule.code], rule.fires


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_silent_example_stays_silent(rule, lint):
    report = lint(rule.silent, published=rule.published, select=[rule.code], config=_config(rule))
    assert [f for f in report.findings if f.rule == rule.code] == []


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_documentation_has_every_section(rule):
    doc = rule.documentation()
    for heading in ("## What it does", "## Why is this bad?", "## Example", "Stays silent:"):
        assert heading in doc
    assert rule.summary and rule.family in {"TXT", "NUM", "SRC", "LNG", "DAT"}
