"""What a speaker phrase says about its speaker, read from the parse: its head, the names in
it (a person's, a body's, a title's), offices, kin, members and epithets. ``speakers.py``
puts these readings together into a speaker's type."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from newslint.extract.abbreviations import HONORIFICS
from newslint.extract.entities import (
    PERSON_TITLES,
    People,
    Person,
    person_for,
    strip_titles,
)
from newslint.extract.lexicon import (
    ANONYMOUS_NOUNS,
    ORG_NAME_WORDS,
    ORGANIZATION_NOUNS,
    OUTLET_WORDS,
    PEOPLE_NOUNS,
    PRONOUNS,
    ROLE_NOUNS,
)
from newslint.extract.name_spelling import fold
from newslint.extract.noun_classes import noun_class
from newslint.extract.press import definite, folded
from newslint.extract.speaker_forms import (
    written_as_name,
)

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from newslint.report.model import SpeakerType

# unions built once at import, not per call or token
_PERSON_NOUNS = ANONYMOUS_NOUNS | PEOPLE_NOUNS
_BODY_OR_OUTLET_WORDS = ORGANIZATION_NOUNS | ORG_NAME_WORDS | OUTLET_WORDS


def speaker_head(span: SpacySpan) -> Token:
    """The syntactic head of a speaker span (the token whose head lies outside it)."""
    for token in span:
        if token.head.i < span.start or token.head.i >= span.end or token.head.i == token.i:
            return token
    return span[-1]


def speaks_of_itself(head: Token, pronouns: set[str]) -> bool:
    """ "Tovell said she would not stand again", "Vantor said it would publish": the subject
    of the reported clause is one of ``pronouns`` ("he" or "she" for a person, "it", not a
    form of "be" that "it" may stand in for nothing, for a body)."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.pos_ not in {"VERB", "AUX"}:
        return False
    return any(
        c.dep_ == "ccomp"
        and (c.lemma_ != "be" or "it" not in pronouns)
        and any(s.dep_ in {"nsubj", "nsubjpass"} and s.lower_ in pronouns for s in c.children)
        for c in verb.children
    )


_HONORIFICS = {w.lower() for w in HONORIFICS}


def person_elsewhere(head: Token) -> bool:
    """ "Chandran says the comparison is unearned ... Chandran says she found it": a name the
    tagger left unlabelled is a person's when another mention of it says "she" or "he" of
    itself, or follows an honorific ("Ms Chandran")."""
    doc = head.doc
    for t in doc:
        if t.i == head.i or t.text != head.text:
            continue
        if speaks_of_itself(t, {"he", "she"}):
            return True
        if t.i > 0 and fold(doc[t.i - 1].text).strip(".").lower() in _HONORIFICS:
            return True
    return False


def lone_name(person: Person | None, name: str) -> bool:
    """A one-word name the article never gives in full ("Vantor"): people are introduced by
    their full name first."""
    if len(name.split()) != 1:
        return False
    return person is None or all(len(m.tokens) == 1 for m in person.mentions)


# an honorific before a surname: "Ms Lane", "Dr. Lane"
_TITLE_BEFORE = r"\b(?:" + "|".join(sorted(w.title() for w in _HONORIFICS)) + r")\.?\s+"


def never_shortened(head: Token, name: str) -> bool:
    """ "Harvest Lane ... Harvest Lane said it": a name of several words written whole at every
    mention, at least twice, and never with a title (a person is "Lane" or "Ms Lane" the second
    time)."""
    words = name.split()
    if len(words) < 2:
        return False
    doc = head.doc
    text = doc.user_data.get("newslint_text") or doc.text
    whole = len(re.findall(r"\b" + re.escape(name) + r"\b", text))
    last = len(re.findall(r"\b" + re.escape(words[-1]) + r"\b", text))
    titled = re.search(_TITLE_BEFORE + f"(?:{re.escape(words[0])}|{re.escape(words[-1])})", text)
    return whole >= 2 and last == whole and titled is None


def name_opening_sentence(head: Token) -> bool:
    """ "Vantor said ...": a capitalised word opening its sentence that the tagger took for a
    common noun, written capitalised inside a sentence elsewhere and never in lower case: a
    name ("Residents said" is written "residents" elsewhere, or nowhere else)."""
    if head.pos_ != "NOUN" or not head.is_title:
        return False
    if folded(head) in _COMMON_SPEAKER_NOUNS or noun_class(head.lemma_) is not None:
        return False
    if not head.is_sent_start:
        # '"We take safety seriously," Translink said': capitalised inside its sentence and
        # never written in lower case: a name
        return not any(t.lower_ == head.lower_ and t.is_lower for t in head.doc)
    return written_as_name(head)


# the last word of a place's name: a place that speaks is the body housed there
PLACE_WORDS = {"street", "road", "avenue", "square", "house", "palace", "hall", "castle",
                "tower", "towers", "building", "plaza", "lane", "place", "yard"}  # fmt: skip
ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Z][A-Za-z]{1,5}$")
_GROUP_NOUNS = {"group", "groups", "handful", "number", "couple", "pair", "crowd", "delegation"}


def body_named_beside(head: Token, names: list[SpacySpan]) -> SpacySpan | None:
    """A name right after "for <the principal>," in the phrase of a spokesperson: the one
    spoken for ("a spokesman for the builder, Harbour Homes")."""
    doc = head.doc
    for name in names:
        principal = doc[name.start - 2] if name.start >= 2 else None
        if (
            principal is not None
            and doc[name.start - 1].text == ","
            and principal.i > head.i
            and principal.dep_ == "pobj"
            and principal.head.lower_ == "for"
        ):
            return name
    return None


def people_in_group(head: Token) -> bool:
    """ "a group of parents", "a handful of residents": the people, not a body."""
    return folded(head) in _GROUP_NOUNS and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(o.dep_ == "pobj" and is_person_noun(o) for o in c.children)
        for c in head.children
    )


def name_before_description(span: SpacySpan, head: Token) -> SpacySpan | None:
    """ "Federated - owner of Macy's", "Acme, the builder,": a capitalised name at the start of
    the phrase, set off by a dash or comma from the common noun that heads it."""
    if head.pos_ != "NOUN":
        return None
    for i, token in enumerate(span):
        if token.i >= head.i:
            return None
        if token.text in {"-", "–", "—", ","}:
            name = span[:i]
            if name and all(t.pos_ == "PROPN" or t.is_title for t in name):
                return name
            return None
        if not (token.pos_ == "PROPN" or token.is_title):
            # "Paolo Pescatore mobile industry specialist": two capitalised words, then the
            # lower-case description ("Mr Okafor's spokesman" is the spokesman)
            name = span[:i]
            possessive = token.dep_ == "case" or token.lower_ in {"'s", "’s", "'", "’"}
            if (
                not possessive
                and len(name) >= 2
                and all(t.pos_ == "PROPN" and t.is_title for t in name)
            ):
                return name
            return None
    return None


def is_person_noun(head: Token) -> bool:
    if (
        head.pos_ == "PROPN"
        and not head.is_lower
        and not head.is_upper  # "a Labour MP": a role's initials
        and not head.is_sent_start
    ):
        return False  # "The Scottish Executive" is a body, not an executive
    words = {folded(head), head.lemma_.lower()}
    return bool(words & _PERSON_NOUNS)


# people who speak for a named party on the record: "her lawyers", "defence lawyers"
_REPRESENTATIVES = {"lawyer", "lawyers", "attorney", "attorneys", "solicitor", "solicitors",
                    "barrister", "barristers", "counsel"}  # fmt: skip


def represents(head: Token) -> bool:
    if folded(head) not in _REPRESENTATIVES and head.lemma_.lower() not in _REPRESENTATIVES:
        return False
    return any(
        (c.dep_ == "poss")
        or (c.dep_ in {"compound", "amod"} and c.lower_ in {"defence", "defense", "prosecution"})
        or (c.dep_ == "prep" and c.lower_ == "for")
        for c in head.children
    )


OFFICES = PERSON_TITLES | ROLE_NOUNS | {"executive", "boss", "manager", "coach", "captain"}
_INDEFINITE = {"a", "an", "one", "another", "some", "any", "several", "two", "three", "other"}
SURVEYED = {"survey", "poll", "question", "interview", "ask", "sample"}


def holds_office(span: SpacySpan, head: Token) -> bool:
    """ "the prime minister", "Tory leader", "the national team coach": a singular office
    with no indefinite word before it."""
    if head.tag_ not in {"NN", "NNP"} or folded(head) not in OFFICES:
        return False
    return not any(t.lower_ in _INDEFINITE for t in span if t.i < head.i)


def named_members(head: Token) -> bool:
    """ "players like Stephen Jones", "campaigners including Gwyneth Dunwoody", "all those
    players and even Federer himself"."""
    return any(
        (
            child.dep_ == "prep"
            and child.lower_ in {"like", "including"}
            and any(t.ent_type_ == "PERSON" for t in child.subtree)
        )
        or (child.dep_ == "conj" and (child.ent_type_ == "PERSON" or child.pos_ == "PROPN"))
        for child in head.children
    )


def name_beside(head: Token) -> SpacySpan | None:
    """A proper name in apposition to a common noun: "director of the trust, Norman Brennan",
    "Scottish Finance Minister, Tom McCabe MSP", "analysts Nielsen//NetRatings"."""
    if head.pos_ not in {"NOUN", "PROPN"} or (not is_person_noun(head) and head.pos_ != "PROPN"):
        return None
    appositions = [
        proper_run(c)
        for c in head.children
        if c.dep_ == "appos"
        and c.i > head.i
        and c.pos_ == "PROPN"
        and c.doc[c.left_edge.i - 1].text != "("  # "Commissioner (Health)" is no name
    ]
    appositions = [
        run for run in appositions if all(t.is_title or t.is_upper or not t.is_alpha for t in run)
    ]
    if appositions:
        # the one with a person in it, if any: "Commissioner, Dr. K. Harish Kumar"
        people = [run for run in appositions if any(t.ent_type_ == "PERSON" for t in run)]
        return (people or appositions)[-1]
    for child in head.children:
        if (
            child.dep_ == "compound"
            and child.i > head.i
            and child.pos_ == "PROPN"
            and head.tag_ in {"NNS", "NNPS"}
        ):
            return proper_run(child)
    return None


def titled_name(span: SpacySpan, head: Token) -> str | None:
    """ "Treasurer Daniel Moriarty", "Coun. Peter Haldane" when the tagger missed the person:
    a title, then one to three capitalised words ending at the head, none of them a body's."""
    if head.pos_ != "PROPN" or not head.is_title:
        return None
    run = proper_run(head)
    words = [folded(t) for t in run]
    for i, word in enumerate(words[:-1]):
        if word in PERSON_TITLES:
            name = run[i + 1 :]
            if 1 <= len(name) <= 3 and not any(folded(t) in _BODY_OR_OUTLET_WORDS for t in name):
                return clean_name(name.text)
    return None


# kin: each names one identifiable person once the person they are kin to is named
_KIN_NOUNS = {
    "mother", "father", "mum", "mom", "dad", "parent", "parents", "wife", "husband", "son",
    "daughter", "sister", "brother", "widow", "widower", "fiancee", "fiancée", "fiance",
    "fiancé", "partner", "grandmother", "grandfather", "aunt", "uncle", "niece", "nephew",
    "stepmother", "stepfather", "girlfriend", "boyfriend", "family", "cousin",
}  # fmt: skip


def relative_of_named(head: Token, people: People) -> str | None:
    """The named person a kin noun is "of": "Tom Reed's mother", "the widow of Tom Reed"."""
    if head.lower_ not in _KIN_NOUNS and head.lemma_.lower() not in _KIN_NOUNS:
        return None
    owners = [c for c in head.children if c.dep_ in {"poss", "compound"}]
    owners += [
        obj
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    for owner in owners:
        run = proper_run(owner)
        if owner.ent_type_ == "PERSON" or person_for(people, run.text) is not None:
            return clean_name(run.text)
    return None


def named_body(head: Token) -> str | None:
    """The named body a group of people is "at", "of" or "from": "analysts at Fenwick Hale";
    or a named body before them: "G7 finance ministers" (a country, "US officials", is not
    one)."""
    for child in head.children:
        if child.dep_ in {"compound", "nmod", "poss"} and child.ent_type_ == "ORG":
            return clean_name(proper_run(child).text)
        if child.dep_ == "prep" and child.lower_ in {"at", "of", "from", "with"}:
            for obj in child.children:
                if obj.dep_ != "pobj" or not (obj.ent_type_ == "ORG" or obj.pos_ == "PROPN"):
                    continue
                members = folded(head) in _MEMBERS and not definite(
                    head.doc[head.left_edge.i : head.i + 1]
                )
                if obj.ent_type_ in {"GPE", "LOC"} or folded(head) in _RESIDENTS or members:
                    # "residents of Rotherham", "officials from Ohio": a place; "members of
                    # the Opposition": people belonging to a body, not speaking for it
                    continue
                return clean_name(proper_run(obj).text)
    return None


# people who belong to a body without speaking for it
_MEMBERS = {"members", "supporters", "fans", "backers", "activists", "volunteers"}
# people named by where they live: "of" or "from" a name is their place, not a body
_RESIDENTS = {"residents", "locals", "villagers", "inhabitants", "citizens", "people",
              "householders", "homeowners", "tenants", "neighbours", "neighbors", "natives",
              "townspeople", "islanders", "families"}  # fmt: skip


# the last word of a company's name: "Nerovia Therapeutics", "Acme Pharmaceuticals" (a person
# the tagger found under such a name is the company)
COMPANY_WORDS = ORG_NAME_WORDS | {
    "therapeutics", "pharmaceuticals", "pharma", "biosciences", "technologies", "motors",
    "airways", "airlines", "foods", "brands", "corp", "corporation", "inc", "ltd", "plc", "llc",
    "ag", "sa", "gmbh", "co", "limited", "enterprises", "ventures", "networks", "solutions",
    "group", "resources", "logistics", "telecom", "communications", "entertainment", "studios",
    "distribution", "metro", "transit", "rail", "railways", "utilities", "electric", "mining",
    "minerals", "petroleum", "chemicals", "insurance", "securities", "investments",
    "properties", "developments", "construction", "engineering", "water", "line", "lines",
    "ferries",
}  # fmt: skip


def known_kind(person: Person) -> tuple[SpeakerType, str | None]:
    """A name the article gives: a person, unless the full name is a company's."""
    # "SSEN Distribution", "Maha-Metro": a name ending in a company's word
    words = re.split(r"[\s-]+", fold(person.canonical).lower().strip())
    body = len(words) >= 2 and words[-1].strip(".,'’") in COMPANY_WORDS
    return ("organization" if body else "named"), person.canonical


def is_name(token: Token) -> bool:
    """A written name: a proper noun, or a word with capitals inside it ("ChargeUK")."""
    text = token.text
    return token.pos_ == "PROPN" or (
        text[:1].isupper() and any(c.isupper() for c in text[1:]) and any(c.isalpha() for c in text)
    )


def described_as_body(span: SpacySpan, head: Token) -> str | None:
    """ "Chipmaker Corvane", "Industry body ChargeUK": a name right after a body's noun, with no
    person's noun before it ("Met Office meteorologist Greg Dewhurst" is a person)."""
    if not is_name(head):
        return None
    run = list(proper_run(head))
    while len(run) > 1 and _is_body_noun(run[0]):
        run.pop(0)
    before = [t for t in span if t.i < run[0].i]
    if not before or not _is_body_noun(before[-1]):
        return None
    if any(folded(t) in PERSON_TITLES for t in run[:-1]):
        return None  # "Senate Agriculture Committee Chair Ellen Marsh": a title, then a name
    if head.ent_type_ == "PERSON" and not before[-1].is_lower:
        return None  # "Labour Party Jane Smith"? a capitalised body word may be a title's
    # "Bus operator Ashcombe Connect" (the tagger's PERSON): a body's noun just before the name;
    # the people a body belongs to ("the drivers' union Aslef") do not make it a person
    if any(
        (is_person_noun(t) or folded(t) in PERSON_TITLES | OFFICES) and t.dep_ != "poss"
        for t in before
    ):
        return None
    return " ".join(t.text for t in run)


def _is_body_noun(token: Token) -> bool:
    return folded(token) in ORGANIZATION_NOUNS or token.lemma_.lower() in ORGANIZATION_NOUNS


def is_pronoun(span: SpacySpan) -> bool:
    return len(span) <= 2 and folded(speaker_head(span)) in PRONOUNS


def is_pronoun_text(text: str) -> bool:
    return fold(text.strip()).lower() in PRONOUNS


def looks_like_affiliated_person(run: SpacySpan, head: Token) -> bool:
    """ "Justin Bronk of the Royal United Services Institute" when the tagger calls it an ORG:
    two or three plain capitalised words, none an organisation word, then "of" an organisation.
    """
    if not 2 <= len(run) <= 3 or any(
        folded(t) in ORGANIZATION_NOUNS | OUTLET_WORDS | ORG_NAME_WORDS or not t.is_title
        for t in run
    ):
        return False
    return any(
        child.dep_ == "prep"
        and child.lower_ in {"of", "at", "from"}
        and any(o.ent_type_ == "ORG" for o in child.subtree)
        for child in head.children
    )


def ents_in(span: SpacySpan) -> list[SpacySpan]:
    """Entities wholly inside a span (``Span.ents`` rescans the whole doc each call)."""
    doc = span.doc
    ents = doc.user_data.get("newslint_ents")
    if ents is None:
        ents = doc.user_data["newslint_ents"] = list(doc.ents)  # sorted, not overlapping
        doc.user_data["newslint_ent_starts"] = [e.start for e in ents]
    i = bisect.bisect_left(doc.user_data["newslint_ent_starts"], span.start)
    found = []
    while i < len(ents) and ents[i].end <= span.end:
        found.append(ents[i])
        i += 1
    return found


def governs(head: Token, ents: list[SpacySpan]) -> bool:
    # "Justin Bronk of RUSI": the head is the name; "a friend of Justin Bronk" is not Bronk,
    # but "Leader of the Opposition Basavaraj Hosmani" is Hosmani: a capitalised title
    return (
        any(e.start <= head.i < e.end for e in ents)
        or (head.pos_ == "PROPN" and any(e.root.head == head or e.root == head for e in ents))
        or any(child.dep_ == "appos" and child.ent_type_ == "PERSON" for child in head.children)
        or (
            head.is_title
            and folded(head) in PERSON_TITLES
            and any(head in e.root.ancestors and e.root.dep_ == "pobj" for e in ents)
        )
    )


def principal_of(head: Token) -> str | None:
    for child in head.children:
        if child.dep_ in {"poss", "compound", "nmod", "amod"} and (
            child.pos_ == "PROPN" or child.ent_type_
        ):
            return strip_titles(clean_name(proper_run(child).text))
        if child.dep_ == "prep" and child.lower_ in {"for", "of"}:
            for obj in child.children:
                if obj.dep_ == "pobj" and (
                    obj.pos_ == "PROPN" or obj.ent_type_ or folded(obj) in ORGANIZATION_NOUNS
                ):
                    return clean_name(" ".join(t.text for t in obj.subtree))
    return None


def proper_run(token: Token) -> SpacySpan:
    doc = token.doc
    start = token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
        start -= 1
    return doc[start : token.i + 1]


def has_proper(span: SpacySpan) -> bool:
    return any(
        t.ent_type_ in {"ORG", "GPE", "NORP"} or (t.pos_ == "PROPN" and not _capitalised_noun(t))
        for t in span
    )


_COMMON_SPEAKER_NOUNS = ANONYMOUS_NOUNS | PEOPLE_NOUNS | ORGANIZATION_NOUNS


def _capitalised_noun(token: Token) -> bool:
    """ "Staff, who ...", "Residents said": a common noun the tagger took for a name because
    it opens the sentence."""
    return bool(
        token.is_sent_start and not token.ent_type_ and token.lower_ in _COMMON_SPEAKER_NOUNS
    )


# a speaker who gives part of their name: "who gave only her first name, Anita", "identified
# only as Raj", "who gave his name as Tom"
GIVEN_NAME = re.compile(
    r"\b(?:(?:first|given|christian)\s+name|name\s+(?:only\s+)?as|(?:identified|known)\s+only\s+as)"
    r"[,:]?\s+([A-Z][a-z'’-]+)\b"
)
_AGE = re.compile(r"\b\d+[- ]years?[- ]old\b", re.I)
_FAMILY = re.compile(
    r"\b([a-z]+)[- ]of[- ](?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$",
    re.I,
)
# a description by origin: "the Lagos-born sprinter", "the US-born chef"
_BORN = re.compile(r"^the\s+\S+-born\s", re.I)
_DEMONYM_END = re.compile(r"^[A-Z][a-z]+(?:man|woman)$")


def epithet(span: SpacySpan) -> bool:
    """A definite description of one person by age, origin or family, the way a report refers
    back to someone it has named: "the 46-year-old", "the Dutchman", "the Democrat from New
    Mexico", "the father of three", "the mum-of-two"."""
    if span[0].lower_ != "the":
        return False
    head = speaker_head(span)
    if head.tag_ in {"NNS", "NNPS"} or (
        head.ent_type_ == "NORP" and re.search(r"[^s]s$", head.text) is not None
    ):
        return False  # "the Greens", "the Democrats": a party, not one person
    if (_AGE.search(span.text) or _BORN.search(span.text)) and not any(
        t.i > head.i and t.dep_ in {"relcl", "acl"} for t in span
    ):
        return True  # "the 46-year-old", "the Ballymena-born striker"
    if head.pos_ == "PROPN" and head.ent_type_ != "PERSON" and head.i == span.start + 1:
        # "the Dutchman", "the Democrat", "the Scot" (and not "the Met Office")
        demonym = head.ent_type_ == "NORP" or _DEMONYM_END.match(head.text) is not None
        return demonym and not any(t.dep_ == "compound" for t in head.children)
    # "the father of three", "the mum-of-two" (which the parser may head on the number)
    family = _FAMILY.search(span.text)
    return family is not None and family.group(1).lower() in ANONYMOUS_NOUNS | PEOPLE_NOUNS


def name_of(span: SpacySpan, head: Token) -> str | None:
    ents = [e for e in ents_in(span) if e.label_ in {"ORG", "GPE", "FAC", "NORP"}]
    if ents:
        return clean_name(ents[0].text)
    return clean_name(proper_run(head).text) if head.pos_ == "PROPN" else None


def clean_name(text: str) -> str:
    text = re.sub(r"(?:['’]s|(?<=s)['’])$", "", text.strip())
    return re.sub(r"^(?:the|The)\s+", "", text)
