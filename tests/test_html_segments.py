"""Overlapping spans cut into segments: no character lost, none repeated, every span exact."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from newslint.report.segments import split


@st.composite
def text_and_spans(draw):
    length = draw(st.integers(min_value=0, max_value=60))
    span = st.tuples(
        st.integers(min_value=-5, max_value=length + 5),
        st.integers(min_value=-5, max_value=length + 5),
        st.sampled_from(["f0", "f1", "f2", "q0", "q1", "o0", "r0.0"]),
    )
    return length, draw(st.lists(span, max_size=12))


@given(text_and_spans())
def test_segments_tile_the_text_and_keep_every_span_exact(case):
    length, spans = case
    segments, pins = split(length, spans)

    # the segments tile [0, length) in order: no gap, no overlap, no empty segment
    assert [s.start for s in segments][:1] == ([0] if length else [])
    for a, b in itertools.pairwise(segments):
        assert a.end == b.start
    assert all(s.end > s.start for s in segments)
    assert (segments[-1].end if segments else 0) == length

    # every character carries exactly the keys of the spans that cover it
    for seg in segments:
        for pos in range(seg.start, seg.end):
            expected = {k for s, e, k in spans if max(0, s) <= pos < min(e, length)}
            assert set(seg.keys) == expected

    # neighbours differ (merged when equal), so the split is the fewest segments possible
    for a, b in itertools.pairwise(segments):
        assert a.keys != b.keys

    # empty spans (after clipping) become pins, each once, in order of position
    expected_pins = sorted(
        (max(0, min(s, length)), k) for s, e, k in spans if min(e, length) <= max(0, min(s, length))
    )
    assert sorted((p.at, p.key) for p in pins) == expected_pins
    assert [p.at for p in pins] == sorted(p.at for p in pins)


@given(st.text(max_size=80), st.data())
def test_joining_the_segments_gives_back_the_text(text, data):
    spans = data.draw(
        st.lists(
            st.tuples(st.integers(0, len(text)), st.integers(0, len(text)), st.integers(0, 5)),
            max_size=10,
        )
    )
    segments, _ = split(len(text), spans)
    assert "".join(text[s.start : s.end] for s in segments) == text


def test_nested_and_crossing_spans():
    # "abcdefghij": f covers 2-8, q covers 4-6 (nested), o covers 7-10 (crosses f's end)
    segments, pins = split(10, [(2, 8, "f"), (4, 6, "q"), (7, 10, "o"), (5, 5, "pin")])
    assert [(s.start, s.end, set(s.keys)) for s in segments] == [
        (0, 2, set()),
        (2, 4, {"f"}),
        (4, 6, {"f", "q"}),
        (6, 7, {"f"}),
        (7, 8, {"f", "o"}),
        (8, 10, {"o"}),
    ]
    assert [(p.at, p.key) for p in pins] == [(5, "pin")]


def test_a_key_given_twice_stays_until_its_last_span_ends():
    segments, _ = split(6, [(0, 4, "f"), (2, 6, "f")])
    assert [(s.start, s.end, set(s.keys)) for s in segments] == [(0, 6, {"f"})]
