"""Venues: where or to whom a speaker said it, kept apart from the speaker and the content.

"Speaking to BBC Radio 4's Today programme, the minister said ..." (the programme is where she
spoke, not what she said), "told reporters", "told the BBC that ...", "said in an interview with
CNN", "talked with the Guardian".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newslint.extract.cue_clauses import doc_text, trim
from newslint.extract.lexicon import OUTLET_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

# verbs whose "to"/"with" names who heard it: "speaking to reporters", "talked with the BBC"
AUDIENCE_VERBS = {"speak", "talk", "write", "say", "tell", "explain", "reply", "respond", "testify"}
_PARTICIPLES = {"speak", "talk", "write", "appear", "testify"}
_SETTINGS = {"interview", "interviews", "podcast", "programme", "program", "show", "broadcast"}


def venue_of(verb: Token) -> tuple[int, int] | None:
    """Characters of the venue of a reporting verb, if the parse gives one."""
    if verb.lemma_.lower() == "tell":
        obj = next(
            (c for c in verb.children if c.dep_ in {"dative", "dobj", "iobj"} and c.i > verb.i),
            None,
        )
        if obj is not None:
            return _phrase(obj)
    hosts = [verb] + [
        c for c in verb.children if c.dep_ in {"advcl", "acl"} and c.lemma_.lower() in _PARTICIPLES
    ]
    for host in hosts:
        for prep in host.children:
            if prep.dep_ != "prep":
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            audience = prep.lower_ in {"to", "with"} and (
                host is not verb or verb.lemma_.lower() in AUDIENCE_VERBS - {"say"}
            )
            # "said in an interview with CNN", "told 6PR's breakfast show"
            setting = prep.lower_ in {"in", "on", "during"} and obj.lemma_.lower() in _SETTINGS
            # "Speaking on 2GB", "appearing on Sky News", "writing on X": where it went out
            aired = prep.lower_ == "on" and host.lemma_.lower() in _PARTICIPLES and is_station(obj)
            if audience or setting or aired:
                return _phrase(obj)
    return None


_BROADCAST = {"radio", "fm", "tv", "television", "podcast", "channel", "station", "network",
              "twitter", "x", "facebook", "instagram", "tiktok", "youtube", "linkedin",
              "threads", "bluesky", "reddit", "telegram", "whatsapp", "snapchat", "weibo",
              "substack", "blog"}  # fmt: skip
# a radio call sign: "2GB", "3AW", "6PR", "5AA"
_CALL_SIGN = re.compile(r"(?<!\w)\d[A-Z]{2,3}\b")


def is_station(obj: Token) -> bool:
    """A broadcaster, programme or social network by its name or call sign ("2GB", "Radio
    Kerry", "Sky News", "X"), not a subject one speaks on ("climate change", "Brexit")."""
    words = list(obj.subtree)
    name = obj.doc[obj.left_edge.i : obj.i + 1].text
    return _CALL_SIGN.search(name) is not None or any(
        t.lower_ in _BROADCAST | _SETTINGS
        or (t.pos_ == "PROPN" and t.lower_ in OUTLET_WORDS)
        # "on social media": the platforms, not the subject "media"
        or (t.lower_ == "media" and any(a.lower_ == "social" for a in t.children))
        for t in words
    )


def _phrase(head: Token) -> tuple[int, int] | None:
    doc = head.doc
    left, right = head.left_edge, head.right_edge
    return trim(doc_text(doc), left.idx, right.idx + len(right.text))


def frames_another_report(verb: Token, cue_verbs: set[int]) -> bool:
    """ "Speaking over the phone, Dr Rao said ...", "Talking on his way into Cabinet, the
    minister said ...": a participle of speaking set before a verb that reports the words
    tells how, where or when they were said; its phrase is the setting, not the content."""
    return (
        verb.tag_ == "VBG"
        and verb.lemma_.lower() in _PARTICIPLES
        and verb.dep_ in {"advcl", "acl", "npadvmod"}
        and verb.head.i in cue_verbs
    )
