"""What the editor tests (LanguageTool API, language server) share: a draft with emoji, accents
and CJK before a finding that carries a fix, and ``newslint check``'s findings to compare."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
# emoji (two UTF-16 units, four UTF-8 bytes), accents and CJK before the finding on its line
ARTICLE = (
    "President Volodymyr Zelensky visited Kyiv on Monday.\n"
    "\n"
    "Café 😀🇺🇦 東京: Mr Zelenskyy told reporters the talks had failed.\n"
    "\n"
    "Zelensky returned to Kyiv on Tuesday."
)
LINE = ARTICLE.split("\n")[2]


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def newslint_check(path: Path) -> list[tuple[str, str]]:
    """``newslint check --format json``'s findings: (rule, the words under its span)."""
    from newslint.cli import app

    result = CliRunner().invoke(app, ["check", str(path), "--format", "json", "--fail-on", "never"])
    report = json.loads(result.stdout)
    return [(f["rule"], report["text"][f["start"] : f["end"]]) for f in report["findings"]]
