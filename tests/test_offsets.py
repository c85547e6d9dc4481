"""Offsets between an editor's document and the checked text, in the units editors count."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newslint.drafts import report_map
from newslint.markup import AnnotationError, from_annotation, from_markdown, from_pieces
from newslint.offsets import LineIndex, SourceMap, Units, align, normalise_newlines
from newslint.report.model import Removed, Report

# every width of character: ASCII, accents (2 UTF-8 bytes), CJK (3), emoji (4; 2 UTF-16 units)
TEXT = st.text(alphabet=st.sampled_from("ab \n\r.éñ三語😀🇬🇧"), max_size=60)


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


@given(TEXT)
def test_units_count_as_the_encodings_do(text):
    u16, u8 = Units(text, "utf-16"), Units(text, "utf-8")
    for i in range(len(text) + 1):
        assert u16.units(i) == utf16_len(text[:i])
        assert u8.units(i) == len(text[:i].encode("utf-8"))
        assert u16.offset(u16.units(i)) == i
        assert u8.offset(u8.units(i)) == i


def test_a_unit_inside_a_character_is_that_character():
    units = Units("a😀b")
    assert [units.offset(k) for k in range(5)] == [0, 1, 1, 2, 3]
    assert Units("é三", "utf-8").offset(3) == 1  # the middle of 三's three bytes


@given(TEXT)
def test_line_positions_follow_the_lsp_line_breaks(text):
    lines = LineIndex(text)
    # the specification's lines: \n, \r\n and \r end a line; nothing else does
    rows = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for i in range(len(text) + 1):
        before = text[:i].replace("\r\n", "\n").replace("\r", "\n")
        line = before.count("\n")
        column = utf16_len(before.rsplit("\n", 1)[-1])
        if text[i - 1 : i + 1] == "\r\n":  # between \r and \n: still the line the \r ends
            continue
        assert lines.position(i) == (line, column)
        assert lines.offset(line, column) == i
    assert len(lines.starts) == len(rows)


def test_line_separator_u2028_is_not_a_line_break():
    lines = LineIndex("one\u2028two\nthree")
    assert lines.position(8) == (1, 0)
    assert lines.position(4) == (0, 4)


def test_a_position_past_the_end_of_a_line_is_its_end():
    lines = LineIndex("ab\r\ncd")
    assert lines.offset(0, 99) == 2
    assert lines.offset(7, 0) == 6


@given(st.data())
def test_align_finds_each_kept_character(data):
    source = data.draw(TEXT)
    keep = data.draw(st.lists(st.booleans(), min_size=len(source), max_size=len(source)))
    kept = [i for i, k in enumerate(keep) if k]
    derived = "".join(source[i] for i in kept)
    deleted = [(i, i + 1) for i, k in enumerate(keep) if not k]
    assert list(align(source, derived, deleted).positions) == kept


def test_align_skips_a_removed_teaser_holding_the_next_words():
    source = "Intro.\n\nREAD MORE: Work starts\n\nWork starts in March."
    cleaned = "Intro.\n\nWork starts in March."
    start = source.index("READ")
    removed = [(start, start + len("READ MORE: Work starts"))]
    mapping = align(source, cleaned, removed)
    assert mapping.span(8, 19) == (source.rindex("Work"), source.rindex("Work") + 11)
    # a replaced character stands where its original stood
    assert list(align("a\ud800c", "a\ufffdc").positions) == [0, 1, 2]
    assert list(align("abc", "abd").positions) == [0, 1, 2]


def test_newlines_normalised_with_a_map_back():
    text, mapping = normalise_newlines("a\r\nb\rc")
    assert text == "a\nb\nc"
    assert list(mapping.positions) == [0, 2, 3, 4, 5]
    assert mapping.span(0, 3) == (0, 4)  # "a\r\nb": the \r inside the span


def test_report_map_through_cleaning():
    sent = "\r\n\r\nHead\r\n\r\nREAD MORE: x\r\n\r\n\r\nBody here."
    cleaned = "Head\n\nBody here."
    normalised = sent.replace("\r\n", "\n")
    removed = Removed(
        start=normalised.index("READ"),
        end=normalised.index("x") + 1,
        kind="read-more",
        text="READ MORE: x",
    )
    mapping = report_map(sent, Report(text=cleaned, removed=[removed]))
    start, end = mapping.span(cleaned.index("Body"), len(cleaned))
    assert sent[start:end] == "Body here."
    assert sent[slice(*mapping.span(0, 4))] == "Head"


def test_maps_compose():
    inner = SourceMap([0, 2], 3)  # "ac" from "abc"
    outer = SourceMap([1, 2, 4], 5)  # "abc" from "xab-c"
    assert list(inner.then(outer).positions) == [1, 4]
    assert inner.span(1, 1) == (2, 2)
    assert SourceMap([], 4).span(0, 0) == (4, 4)


def test_annotated_text_maps_prose_into_the_markup():
    prose = from_annotation(
        {
            "annotation": [
                {"markup": "<p>"},
                {"text": "A "},
                {"markup": "<b>"},
                {"text": "bold"},
                {"markup": "</b>"},
                {"markup": "<br/>", "interpretAs": "\n\n"},
                {"text": "End."},
            ]
        }
    )
    assert prose.text == "A bold\n\nEnd."
    assert prose.document == "<p>A <b>bold</b><br/>End."
    assert prose.document[slice(*prose.map.span(2, 6))] == "bold"
    assert prose.document[slice(*prose.map.span(0, 6))] == "A <b>bold"
    assert prose.document[slice(*prose.map.span(8, 12))] == "End."
    for bad in ({}, {"annotation": [{"x": 1}]}, {"annotation": [3]}):
        with pytest.raises(AnnotationError):
            from_annotation(bad)


MARKDOWN = """---
title: Zelensky visits
---
# Zelensky visits Kyiv ##

President **Volodymyr Zelensky** visited [Kyiv](https://example.org/kyiv "Kyiv") on
Monday. ![a photo](photo.jpg)

> - Mr *Zelenskyy* told reporters in `Kiev` that the talks_had failed.

```python
x = "2,300 square miles"
```
1. The snake_case word stays <span>whole</span>.
"""


def test_markdown_prose_and_its_map():
    prose = from_markdown(MARKDOWN)
    assert prose.document == MARKDOWN
    text = prose.text
    assert "Zelensky visits Kyiv\n" in text and "##" not in text
    assert "President Volodymyr Zelensky visited Kyiv on\nMonday." in text
    assert "Mr Zelenskyy told reporters in Kiev that the talks_had failed." in text
    assert "square miles" not in text and "title:" not in text and "photo" not in text
    assert "The snake_case word stays whole." in text
    # paragraphs stay paragraphs: the same lines as the document
    assert text.count("\n") == MARKDOWN.count("\n")
    # every character of prose is the document's character where the map puts it
    for i, ch in enumerate(text):
        if ch != "\n":
            assert MARKDOWN[prose.map.positions[i]] == ch


def test_pieces_join_into_the_document():
    prose = from_pieces([("**", ""), ("bold", None), ("**", ""), ("<br>", "\n")])
    assert (prose.document, prose.text) == ("**bold**<br>", "bold\n")
    assert list(prose.map.positions) == [2, 3, 4, 5, 8]
