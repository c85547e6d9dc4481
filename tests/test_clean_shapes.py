"""Page shapes the stripper must read without having seen them: pages of our own in the
styles of a UK live blog, US local TV, Indian business and national papers, Nigerian, Kenyan,
South African, New Zealand, Irish and Australian sites, trade press and a UK tabloid.

As in ``test_clean.py``, a line starting with ``@@ `` is boilerplate; every other line is the
article's (an editorial note may be set aside with the kind ``editorial``). The pages carry the
shapes that a blind batch showed we missed: live-blog time stamps, a headline under a "LIVE:"
label, an editorial note in italics marks, a caption ending in its credit, rights notices, a
paywall line, the outlet's closing orders after the last sentence; and article lines that look
like them (advice with a telephone number, a court's reporting restriction, a contact line in
the third person).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.clean import strip_boilerplate

PAGES = sorted((Path(__file__).parent / "fixtures" / "boilerplate_shapes").glob("*.txt"))
MARK = "@@ "


def _truth(path: Path) -> tuple[str, list[str], list[str]]:
    lines, boilerplate, article = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(MARK):
            line = line[len(MARK) :]
            boilerplate.append(line.strip())
        elif line.strip():
            article.append(line.strip())
        lines.append(line)
    return "\n".join(lines) + "\n", boilerplate, article


def test_there_are_pages_of_many_styles():
    assert len(PAGES) >= 12


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_the_boilerplate_goes_and_the_article_stays(path):
    text, boilerplate, article = _truth(path)
    cleaned, removed = strip_boilerplate(text)
    furniture = {
        line.strip() for r in removed if r.kind != "editorial" for line in r.text.splitlines()
    }
    assert [b for b in boilerplate if b not in furniture] == []  # every furniture line goes
    assert [a for a in article if a in furniture] == []  # no article line goes
    kept = {line.strip() for line in cleaned.splitlines()}
    editorial = {
        line.strip() for r in removed if r.kind == "editorial" for line in r.text.splitlines()
    }
    assert [a for a in article if a not in kept and a not in editorial] == []


def test_a_live_blog_keeps_its_headline_and_sets_its_note_aside():
    text, _, _ = _truth(next(p for p in PAGES if p.stem == "uk-live-blog-storm"))
    cleaned, removed = strip_boilerplate(text)
    assert cleaned.startswith("LIVE: Storm Darragh")
    assert {r.kind for r in removed if r.text == "11:52"} == {"timestamp"}
    note = [r for r in removed if r.text.startswith("*This article was updated")]
    assert [r.kind for r in note] == ["editorial"]
