"""Selective parsing: one Doc over the whole text, the pipeline only where a check reads it."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint import parse as parsing
from newslint.analysis import Analysis
from newslint.article import Article
from newslint.clean import clean
from newslint.config import Config
from newslint.errors import ConfigError
from newslint.parse import (
    PieceCache,
    is_parsed,
    needs_parse,
    parse,
    parse_many,
    plan,
    sentence_chunks,
    verb_forms,
)

ARTICLE = (
    "Flood defences cost £2.4m\n\n"
    "The river rose two metres overnight. Water covered the fields near the bridge.\n\n"
    '"We were lucky," said Ana Torres, who runs the farm shop. The council\'s claim that the '
    "wall would hold was wrong, according to residents.\n\n"
    "The wall is 400 metres long. Engineers warned that it was too low.\n"
)


def _sentence(doc, start: int):
    return next(s for s in doc.sents if s.start_char <= start < s.end_char)


def test_only_sentences_with_cues_are_parsed(nlp):
    doc = parse(nlp, ARTICLE)
    assert doc.text == ARTICLE
    for probe, parsed in [
        ("The river rose", False),
        ("Water covered", False),
        ('"We were lucky,"', True),
        ("The council's claim", True),
        ("The wall is 400", False),
        ("Engineers warned", True),
    ]:
        sent = _sentence(doc, ARTICLE.index(probe))
        assert sent.text.startswith(probe.split()[0])
        assert is_parsed(sent) is parsed, probe
        assert all(bool(t.tag_) is parsed for t in sent if not t.is_space), probe
    # entities come from the parsed sentences
    assert "Ana Torres" in [e.text for e in doc.ents if e.label_ == "PERSON"]


def test_full_mode_parses_everything(nlp):
    doc = parse(nlp, ARTICLE, "full")
    assert doc.text == ARTICLE
    assert all(t.tag_ for t in doc)
    assert is_parsed(doc[:])


def test_unparsed_sentences_keep_their_boundaries(nlp):
    doc = parse(nlp, ARTICLE)
    starts = {s.start_char for s in doc.sents}
    for a, _ in sentence_chunks(ARTICLE):
        assert a in starts


def test_parse_many_matches_parse(nlp):
    texts = [ARTICLE, "", "   ", "No cue here at all.", 'He said: "Yes."']
    many = list(parse_many(nlp, texts, batch_size=2))
    assert [d.text for d in many] == texts
    for text, doc in zip(texts, many, strict=True):
        one = parse(nlp, text)
        assert [(t.idx, t.text, t.tag_, t.dep_, t.ent_type_) for t in doc] == [
            (t.idx, t.text, t.tag_, t.dep_, t.ent_type_) for t in one
        ]


def _tokens(doc):
    return [(t.idx, t.text, t.tag_, t.dep_, t.head.i, t.ent_type_, t.is_sent_start) for t in doc]


def test_a_parsed_run_ends_at_a_paragraph():
    text = "She said it was late. He said it was early.\n\nThey said nothing more, he added.\n"
    parsed = [(a, b) for a, b, p in plan(text) if p]
    assert parsed == [(0, text.index("They")), (text.index("They"), len(text))]


def test_a_recheck_parses_only_the_changed_paragraph(nlp, monkeypatch):
    cache = PieceCache(100_000)
    monkeypatch.setattr(parsing, "_PIECES", cache)
    first = parse(nlp, ARTICLE)
    pieces = len(cache)
    assert pieces == sum(p for _, _, p in plan(ARTICLE))
    edited = ARTICLE.replace("Engineers warned", "Engineers had warned")
    again = parse(nlp, edited)
    assert len(cache) == pieces + 1  # one new paragraph parsed, the others found
    cache.clear()
    assert _tokens(parse(nlp, edited)) == _tokens(again)  # as a first parse gives
    assert _tokens(parse(nlp, ARTICLE)) == _tokens(first)


def test_the_piece_cache_forgets_the_least_recently_used(nlp):
    cache = PieceCache(max_chars=20)

    def kept(text, mode="selective"):
        doc = cache.get(nlp, mode, text)
        return None if doc is None else doc.text

    for w in "abc":
        if w == "c":
            assert kept("a" * 8) == "a" * 8  # now the most recent
            assert kept("a" * 8, "full") is None  # a full parse is another piece
        cache.put(nlp, "selective", w * 8, nlp.make_doc(w * 8))
    # 24 characters: the oldest goes
    assert (kept("b" * 8), kept("a" * 8), kept("c" * 8)) == (None, "a" * 8, "c" * 8)
    assert (len(cache), cache.chars) == (2, 16)
    cache.put(nlp, "selective", "d" * 30, nlp.make_doc("d" * 30))  # over the limit: not kept
    assert (len(cache), cache.chars) == (2, 16)


def test_a_kept_piece_outlives_the_memory_zone_it_was_parsed_in(nlp, monkeypatch):
    # the server's workers check each article in a spaCy memory zone, which forgets the
    # strings added in it: a piece kept from one check must still read in the next
    cache = PieceCache(100_000)
    monkeypatch.setattr(parsing, "_PIECES", cache)
    text = 'Zorblatt Quenderby said: "Flimwoozle rates rose."\n\nThe vote was close.\n'
    with nlp.memory_zone():
        first = _tokens(parse(nlp, text))
    with nlp.memory_zone():
        again = parse(nlp, text)
        assert _tokens(again) == first
        assert [t.lemma_ for t in again]


def test_unknown_mode_is_refused(nlp):
    with pytest.raises(ValueError, match="parse mode"):
        parse(nlp, ARTICLE, "some")
    with pytest.raises(ConfigError, match="parse must be"):
        Config().merged(parse="some")


_PIECES = st.sampled_from(
    [
        "The river rose.",
        " ",
        "  ",
        "\n",
        "\n\n",
        "\t",
        '"We won,"',
        " he said.",
        "Mr. Smith",
        " 2.5m ",
        "according to police",
        "U.S.",
        "?",
        "!",
        "“Yes”",
        "’",
        "—",
        "Kyiv",
        "x",
        "\u00a0",
        "...",
        "(Reuters)",
    ]
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(pieces=st.lists(_PIECES, max_size=14), noise=st.text(max_size=12))
def test_the_doc_is_the_text(nlp, pieces, noise):
    text = "".join(pieces) + noise
    doc = parse(nlp, text)
    assert doc.text == text
    assert all(text[t.idx : t.idx + len(t.text)] == t.text for t in doc)
    if len(doc):
        assert doc[0].is_sent_start


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said the road would reopen.",
        "She told reporters the plan had failed.",
        "The minister warned of delays.",
        "Police are appealing for witnesses.",
        "The report, according to the BBC, was leaked.",
        "Mr Smith's claim was rejected.",
        "The mayor is confident the bridge will open.",
        "They realised that the water was rising.",
        "It rose 5% (“a record”).",
    ],
)
def test_sentences_with_cues_need_a_parse(sentence):
    assert needs_parse(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The river rose two metres overnight.",
        "Water covered 300 hectares of farmland near the bridge.",
        "The statement ran to 40 pages.",  # a claim noun without an owner makes no cue
    ],
)
def test_plain_sentences_do_not(sentence):
    assert not needs_parse(sentence)


def test_a_name_line_needs_a_parse_at_a_paragraph_start():
    assert needs_parse("Smith: the wall held", line_start=True)
    assert not needs_parse("Smith: the wall held", line_start=False)


def test_verb_forms():
    assert {"says", "said", "saying"} <= verb_forms("say")
    assert {"admits", "admitted", "admitting"} <= verb_forms("admit")
    assert {"denies", "denied", "denying"} <= verb_forms("deny")
    assert {"argues", "argued", "arguing"} <= verb_forms("argue")
    assert {"written", "wrote", "writes"} <= verb_forms("write")


def _analysis(nlp, text: str, mode: str) -> Analysis:
    return Analysis(clean(Article(text=text)), Config(parse=mode), nlp=nlp)


def test_analysis_tells_what_was_parsed(nlp):
    selective = _analysis(nlp, ARTICLE, "selective")
    text = selective.text
    assert not selective.is_parsed(text.index("The river"))
    assert selective.is_parsed(text.index("Engineers"))
    full = _analysis(nlp, ARTICLE, "full")
    assert full.is_parsed(text.index("The river"))


def test_is_parsed_agrees_with_every_parsed_stretch(nlp):
    # (asked by bisection over the stretches: the answer is the scan's for every stretch)
    analysis = _analysis(nlp, ARTICLE, "selective")
    stretches = analysis.doc.user_data["newslint_parsed"]
    for start in range(len(analysis.text)):
        for end in (start, start + 1, start + 15, start + 90):
            scanned = any(a <= start and end <= b for a, b in stretches)
            assert analysis.is_parsed(start, end) is scanned, (start, end)


def test_sentence_and_paragraph_at_every_offset(nlp):
    analysis = _analysis(nlp, ARTICLE, "selective")
    for offset in range(len(analysis.text) + 1):
        for spans, at in (
            (analysis.sentences, analysis.sentence_at),
            (analysis.paragraphs, analysis.paragraph_at),
        ):
            holding = [s for s in spans if s.start <= offset < s.end]
            assert at(offset) == (holding[0] if holding else None), offset


def test_a_rule_can_ask_for_an_unparsed_sentence(nlp):
    analysis = _analysis(nlp, ARTICLE, "selective")
    _ = analysis.doc
    sentence = analysis.sentence_at(analysis.text.index("The wall is"))
    assert sentence is not None
    doc = analysis.parsed(sentence)
    assert doc.text == analysis.text[sentence.start : sentence.end]
    assert all(t.dep_ for t in doc)


# TXT002 outside the parsed sentences: names guessed from capitals, then checked by spaCy
def test_name_variant_in_sentences_without_cues(lint):
    text = (
        "Shelling hit the outskirts of Kharkiv on Sunday. Trains from Kharkov to the capital "
        "were cancelled for the rest of the week."
    )
    [finding] = lint(text, select=["TXT002"]).findings
    assert set(finding.evidence["forms"]) == {"Kharkiv", "Kharkov"}


@pytest.mark.parametrize(
    "text",
    [
        # a country and its people look alike; spaCy's labels tell them apart
        "Britain sent two ships to the region. Later a Briton was arrested in Spain.",
        # sentence-initial words and weekdays are not names
        "Then the river rose. The water was higher than in May.",
        # a title-case headline is not a run of names
        "Flood Defences Fail Again\n\nThe river rose on Monday.",
    ],
)
def test_guessed_names_stay_silent(lint, text):
    assert lint(text, select=["TXT002"]).findings == []


def test_selective_and_full_find_the_same_variants(nlp):
    from newslint import check

    text = (
        "President Volodymyr Zelensky visited Kyiv on Monday.\n\n"
        "Mr Zelenskyy told reporters in Kiev that the talks had failed."
    )
    found = {
        mode: [
            (f.start, f.end)
            for f in check(text, nlp=nlp, select=["TXT002"], config=Config(parse=mode)).findings
        ]
        for mode in ("full", "selective")
    }
    assert found["full"] == found["selective"] and found["full"]


def test_introduces_speaker_with_the_word_index_agrees_with_searching_the_rest():
    from newslint.parse import introduces_speaker, last_places, sentence_chunks

    text = (
        "Thandiwe Mokoena has run the clinic since 2015. The clinic opened with four beds. "
        "Ruth Ann O'Neill chairs the board. Peter Grey left in May. Funding rose. "
        "Mokoena said the beds were full. O'Neill agreed."
    )
    chunks = list(sentence_chunks(text))
    last = last_places(text)
    with_index = [introduces_speaker(text, chunks, n, last) for n in range(len(chunks))]
    searched = [introduces_speaker(text, chunks, n) for n in range(len(chunks))]
    assert with_index == searched
    assert with_index[0] and not with_index[3]  # Mokoena is quoted later; Grey never is
