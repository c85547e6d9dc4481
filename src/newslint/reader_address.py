"""Lines that speak to the reader, read from the parse: the voice of the page, not the story.

A news article tells, in the third person, what happened and who said what. The page around it
speaks to the reader: in the imperative ("Join our channel ...", "Advertise with us", "Make
sure you are prepared: find out ..."), in the second person ("Do you have a news tip?"), or in
the outlet's first person plural ("Comments are subject to our community guidelines"). These
are grammatical features, read from spaCy's tags and dependency parse, not phrases:

- **imperative mood**: a sentence whose root is a verb in its base form (tag ``VB``, or ``VBP``
  when the tagger reads the base form as a present) with no subject, no auxiliary or modal and
  no infinitive marker;
- **second person**: a second-person pronoun (a closed class);
- **a prompt**: a question in the second person, then an order ("Seen the fire? Send us your
  pictures.");
- **the outlet's voice**: a first-person plural pronoun outside a quotation (a closed class);
- **a contact**: a web address, an e-mail address, a handle, a telephone number or a social
  platform (a line that sends the reader somewhere).

Only the lines that a caller asks about are parsed, a few per article, in one ``nlp.pipe``.
The caller (``clean.py``) decides what a feature is evidence of: an article quotes people who
say "you" and advises readers, so none of these alone removes a line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

# closed classes: the personal pronouns of the second person and of the first person plural
SECOND_PERSON = frozenset({"you", "your", "yours", "yourself", "yourselves"})
FIRST_PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
_SUBJECT_OR_AUX = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass"})

# the platforms a page sends its reader to (names, not words of a sentence: "X" and "email"
# are left out, being ordinary words too)
_PLATFORM = (
    r"facebook|twitter|instagram|linkedin|whatsapp|tiktok|youtube|telegram|reddit|pinterest|"
    r"snapchat|mastodon|flipboard|bluesky|google\s+news"
)
CONTACT = re.compile(
    r"\b(?:https?://|www\.)\S+"
    # a domain name: "getready.govt.nz", "northbrook.gov.uk/bulkywaste"
    r"|\b[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.(?:com|org|net|gov|govt|edu|co|uk|nz|au|in|"
    r"za|ie|ca|sg|ke|ng|io|info|news)\b(?:/\S*)?"
    r"|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+|(?<!\w)@\w{2,}"
    # a telephone number: three or more groups of digits with spaces or dots, nine digits or
    # more ("0161 496 0832", "+65 6123 4567"); a score ("7-6 (8-6)") or a year range has none
    r"|(?<![\w.-])(?=(?:\D?\d){9})\+?\(?\d{2,5}\)?(?:[ .]\d{1,5}){2,4}(?![\w-])"
    rf"|\b(?:{_PLATFORM})\b",
    re.IGNORECASE,
)
MAX_LINE = 400  # longer is a paragraph, not a prompt
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")


@dataclass(frozen=True)
class Voice:
    """What the parse tells of one line."""

    imperative: bool  # a sentence in the imperative mood
    second_person: bool
    first_plural: bool  # outside quotation marks
    question: bool  # a sentence ends with a question mark
    prompt: bool = False  # a question to the reader, then an order: "Seen it? Tell us."
    # a sentence telling what happened, its root a verb in the past tense with its subject:
    # "Our tester found the cheapest model struggled" (the reporting's "we", not the page's)
    narrative: bool = False

    @property
    def addresses_reader(self) -> bool:
        return self.imperative or self.second_person


def has_contact(line: str) -> bool:
    """A web or e-mail address, a handle, a telephone number or a platform, in a line short
    enough to be a prompt."""
    return len(line) <= MAX_LINE and CONTACT.search(line) is not None


def only_a_phone(line: str) -> bool:
    """The line's only contact is a telephone number: an order to call it ("Call 0860 037 566
    to report an outage") is the story's advice; the page sends its reader to its site, its
    address or a platform."""
    found = [m.group() for m in CONTACT.finditer(line)]
    return bool(found) and all(not any(ch.isalpha() for ch in f) for f in found)


def is_imperative(sentence: Span) -> bool:
    root = sentence.root
    # a present-tense root with no subject ("For enquiries contact the team", tagged VBP) is
    # the tagger's other reading of the same base form
    if root.tag_ not in {"VB", "VBP"} or root.pos_ == "AUX":
        return False
    if any(child.dep_ in _SUBJECT_OR_AUX for child in root.children):
        return False
    # "To be fair ...": an infinitive, not an order
    return not any(child.tag_ == "TO" and child.i < root.i for child in root.children)


def voice_of(doc: Doc) -> Voice:
    words = [t.lower_ for t in doc]
    unquoted = _QUOTED.sub(" ", doc.text).lower().split()
    sentences = list(doc.sents)
    first = sentences[0]
    return Voice(
        imperative=any(is_imperative(s) for s in sentences),
        second_person=any(w in SECOND_PERSON for w in words),
        first_plural=any(w.strip(".,;:!?()'’") in FIRST_PLURAL for w in unquoted),
        question=any(s.text.rstrip().endswith("?") for s in sentences),
        prompt=len(sentences) >= 2
        and first.text.rstrip().endswith("?")
        and any(t.lower_ in SECOND_PERSON for t in first)
        and any(is_imperative(s) for s in sentences[1:]),
        narrative=any(is_narrative(s) for s in sentences),
    )


def is_narrative(sentence: Span) -> bool:
    root = sentence.root
    if root.tag_ != "VBD" or root.pos_ == "AUX":
        return False
    return any(child.dep_ in {"nsubj", "nsubjpass"} for child in root.children)


_SILENT = Voice(imperative=False, second_person=False, first_plural=False, question=False)


class Voices:
    """The voice of the lines asked about, parsed together on first use."""

    def __init__(self, nlp: Language | None = None):
        self._nlp = nlp
        self._voices: dict[str, Voice] = {}

    def read(self, lines: Iterable[str]) -> None:
        from newslint.parse import pipe

        todo = list(dict.fromkeys(s.strip() for s in lines if s.strip()))
        for text in todo:
            if len(text) > MAX_LINE:  # not worth a parse
                self._voices[text] = _SILENT
        todo = [s for s in todo if s not in self._voices]
        if not todo:
            return
        for text, doc in zip(todo, pipe(self._pipeline(), todo, disable=["ner"]), strict=True):
            self._voices[text] = voice_of(doc)

    def __call__(self, line: str) -> Voice:
        s = line.strip()
        if s not in self._voices:
            self.read([s])
        return self._voices[s]

    def _pipeline(self) -> Language:
        if self._nlp is None:
            from newslint.nlp import pipeline

            self._nlp = pipeline()
        return self._nlp
