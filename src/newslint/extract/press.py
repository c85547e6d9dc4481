"""News outlets as speakers: "the newspaper said", "local media reported", "The Hindu revealed".

A speaker is an outlet when its head is a press noun spoken of definitely or in the plural,
an outlet's own name ("Reuters", "the New York Times"), or a title after "The" as the subject of
a verb of publishing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newslint.extract.lexicon import (
    NEWS_WORDS,
    ORG_NAME_WORDS,
    ORGANIZATION_NOUNS,
    OUTLET_WORDS,
)
from newslint.extract.name_spelling import fold

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token


# outlet words that name a kind of outlet, not a title: "Press", "News", "Agency"
GENERIC_OUTLET_WORDS = frozenset(
    {"press", "network", "agency", "news", "service", "site", "website"}
)
_BRAND_WORDS = OUTLET_WORDS - GENERIC_OUTLET_WORDS
# words a body's name is made of: "Trust", "Council", "Holdings"
BODY_WORDS = ORG_NAME_WORDS | ORGANIZATION_NOUNS

_PRESS_AGENCY = re.compile(r"(?i)\b(?:associated|trust) press\b|\bpress association\b")


def folded(token: Token) -> str:
    """A token's word folded for the lexicons: lower case, no accents, no full stop."""
    return fold(token.text).strip(".")


def definite(span: SpacySpan) -> bool:
    return span[0].lower_ in {"the", "this", "that", "its", "their", "his", "her"}


# news organisations spoken of by what they are: "the newspaper said", "local media reported"
_PRESS_NOUNS = NEWS_WORDS - {"reporter", "reporters", "correspondent", "journalist",
                             "journalists"} | {"media", "tabloid", "masthead", "newspapers",
                                               "broadcasters", "outlets"}  # fmt: skip
_PUBLICATION_VERBS = {"report", "reveal", "publish", "learn", "understand", "print", "broadcast"}


def publishes(verb: Token | None) -> bool:
    return verb is not None and verb.lemma_.lower() in _PUBLICATION_VERBS


# what a news service is called by its kind: "the news agency", "a local news site"
_NEWS_KINDS = {"agency", "site", "website", "service", "network", "channel", "wire", "outlet",
               "organisation", "organization", "portal"}  # fmt: skip


def is_outlet(span: SpacySpan, head: Token) -> bool:
    low = folded(head)
    if low in _NEWS_KINDS and any(
        c.dep_ == "compound" and c.lower_ == "news" for c in head.children
    ):
        return True  # "the PA news agency", "a local news site": a service whose trade is news
    if low == "reports" and len(span) == 1:
        return True  # "reports say", "Reports suggest": what the press has reported
    if low in _PRESS_NOUNS and head.pos_ == "NOUN":
        # "the newspaper", "The Telegraph's paper", "local media", "state media"
        return definite(span) or any(t.pos_ == "PROPN" for t in span) or head.tag_ == "NNS"
    if low not in OUTLET_WORDS or head.pos_ != "PROPN":
        return False
    # "The Post", "the New York Times", "CNN", "Reuters", "BBC News", "Sky News"
    generic = GENERIC_OUTLET_WORDS
    branded = any(folded(t) in _BRAND_WORDS for t in span if t.i != head.i)
    if head.ent_type_ in {"ORG", "EVENT"}:
        press = _PRESS_AGENCY.search(span.text)
        return low not in generic or press is not None or branded
    return head.ent_type_ in {"", "WORK_OF_ART", "GPE", "NORP"} and (low not in generic or branded)


def titled_publication(span: SpacySpan, head: Token) -> bool:
    """ "The West Australian reported", "The Hindu revealed": a title of capitalised words
    after "The", no person's or body's name, as the subject of a verb of publishing."""
    words = [t for t in span if not t.is_punct]
    return (
        len(words) >= 2
        and words[0].lower_ == "the"
        and all(t.pos_ == "PROPN" and t.is_title for t in words[1:])
        and head.ent_type_ != "PERSON"
        and not any(folded(t) in BODY_WORDS for t in words[1:])
    )
