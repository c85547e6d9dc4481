"""Start-up cost: what each entry point imports. Heavy modules load only when needed."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = ("spacy", "trafilatura", "httpx", "charset_normalizer", "pydantic", "fastapi", "pyarrow")


def loaded_after(code: str) -> list[str]:
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_importing_the_package_and_the_cli_is_light():
    assert loaded_after("import newslint") == []
    assert loaded_after("import newslint.cli") == []


def test_plain_text_never_loads_html_parsing_or_the_web_app():
    # the report always lists quotes, so spaCy loads; trafilatura and the server never do
    code = (
        "from newslint import check\n"
        "r = check('The council met on Monday.\\n\\nREAD MORE: Other story\\n', select=['TXT001'])\n"
        "assert r.findings[0].rule == 'TXT001'"
    )
    loaded = loaded_after(code)
    assert "pydantic" in loaded
    assert "trafilatura" not in loaded and "fastapi" not in loaded and "pyarrow" not in loaded


def test_html_loads_trafilatura_but_not_the_fetcher():
    code = (
        "from newslint import check\n"
        "check('<html><body><article><p>The council met on Monday and agreed the budget for "
        "the year, a spokesperson said.</p></article></body></html>', select=['TXT001'])"
    )
    loaded = loaded_after(code)
    assert "trafilatura" in loaded
    assert "fastapi" not in loaded and "pyarrow" not in loaded
