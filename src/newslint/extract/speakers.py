"""Speakers: who a quote or claim is attributed to, and what kind of source that is.

The words it reads are in ``lexicon.py``; anonymity markers ("asked not to be named") in
``anonymity.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newslint.extract.entities import (
    PERSON_TITLES,
    ROLE_WORDS,
    People,
    person_by_role,
    person_entity,
    person_for,
)
from newslint.extract.lexicon import (
    DOCUMENT_NOUNS,
    HOLDERS,
    ORGANIZATION_NOUNS,
    OUTLET_SELF,
    PRONOUNS,
    SPOKESPERSON_NOUNS,
)
from newslint.extract.name_spelling import fold
from newslint.extract.noun_classes import noun_class
from newslint.extract.press import definite, folded, is_outlet, titled_publication
from newslint.extract.speaker_forms import (
    PRESS_ITEMS,
    capitalised_body,
    elided_people,
    issued_item,
    name_after_title,
    outlet_by_kind,
    outlet_item,
    press_name,
    speaks_as_i,
    unnamed_individual,
)
from newslint.extract.speaker_phrases import (
    ACRONYM,
    COMPANY_WORDS,
    GIVEN_NAME,
    OFFICES,
    PLACE_WORDS,
    SURVEYED,
    body_named_beside,
    clean_name,
    described_as_body,
    ents_in,
    epithet,
    governs,
    has_proper,
    holds_office,
    is_name,
    is_person_noun,
    known_kind,
    lone_name,
    looks_like_affiliated_person,
    name_before_description,
    name_beside,
    name_of,
    name_opening_sentence,
    named_body,
    named_members,
    never_shortened,
    people_in_group,
    person_elsewhere,
    principal_of,
    proper_run,
    relative_of_named,
    represents,
    speaker_head,
    speaks_of_itself,
    titled_name,
)

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from newslint.report.model import SpeakerType


Kind = tuple["SpeakerType", "str | None"]


def speaker_type(
    span: SpacySpan, people: People, *, withheld: bool = False, published: bool = False
) -> Kind:
    """``(type, canonical)`` for a speaker span; pronouns are resolved by the caller.

    ``withheld``: a clause on the speaker or its verb says the name was withheld ("who asked
    not to be named"): an unnamed speaker is then anonymous whatever its noun.
    ``published``: the verb is one a publication reports with ("reported", "revealed").

    Read in three steps: how the phrase describes its speaker (a pronoun, an age, a name given
    in part), the names in it, then its head noun.
    """
    head = speaker_head(span)
    if published and press_name(span):
        # "Clarion Sport understands", "Business Standard reported": a newspaper's name
        return "outlet", clean_name(span.text)
    if capitalised_body(span, head):
        return "organization", clean_name(span.text)  # "Fire and Emergency New Zealand"
    named_outlet = outlet_by_kind(span, head)
    if named_outlet is not None:
        return "outlet", clean_name(named_outlet.text)  # "entertainment site ScreenBeat"
    return (
        _by_description(span, head)
        or _by_name(span, head, people)
        or _by_noun(span, head, people, withheld=withheld, published=published)
    )


def _by_description(span: SpacySpan, head: Token) -> Kind | None:
    low = folded(head)
    if low in PRONOUNS:
        return "unknown", None
    if OUTLET_SELF.match(span.text.strip()) or _by_the_outlet_itself(head):
        return "outlet", None
    given = GIVEN_NAME.search(span.doc[head.left_edge.i : head.right_edge.i + 1].text)
    if given is not None:
        # "a nurse, who would only give her first name, Anita": named, if only in part
        return "named", given.group(1)
    if epithet(span):
        # "the 46-year-old", "the Dutchman": someone described, resolved to a name by quotes.py
        return "anonymous", None
    if elided_people(span, is_person_noun):
        return "anonymous", None  # "One fan wrote ... Another said": one of them, unnamed
    return None


def _by_the_outlet_itself(head: Token) -> bool:
    """ "Findings by our correspondent", "checks by this reporter": what the outlet's own
    reporter found ("an investigation by this magazine" is a piece it published, a document)."""
    if head.pos_ != "NOUN" or not {folded(head), head.lemma_.lower()} & _FOUND_BY_PRESS:
        return False
    return any(
        p.dep_ == "prep"
        and p.lower_ == "by"
        and any(
            o.dep_ == "pobj"
            and o.lower_ in {"reporter", "correspondent"}
            and OUTLET_SELF.match(head.doc[o.left_edge.i : o.i + 1].text)
            for o in p.children
        )
        for p in head.children
    )


_FOUND_BY_PRESS = PRESS_ITEMS | DOCUMENT_NOUNS | {"finding", "findings", "checks", "check"}


def _by_name(span: SpacySpan, head: Token, people: People) -> Kind | None:
    """A person or a body named in the phrase."""
    low = folded(head)
    if definite(span) and sum(1 for t in span if not t.is_punct) == 2:
        # "the Taoiseach", "the runner": the one person the article gave that title
        person = person_by_role(people, low, span.start_char)
        if person is not None:
            return "named", person.canonical
    # a person's name whatever spaCy labelled it: "Olumide Bakare, who founded ..."
    person_ents = [p for p in map(person_entity, ents_in(span)) if p is not None]
    # "Chipmaker Corvane", "Industry body ChargeUK": a name the phrase itself describes as a
    # body, whatever the tagger guessed for the name
    body_name = described_as_body(span, head)
    if (
        body_name is not None
        and not _role_before(head, person_ents)
        # "Petition organiser Sue Halloran said she ...": a body says "it"
        and not speaks_of_itself(head, {"he", "she"})
    ):
        return "organization", clean_name(body_name)
    body_beside = body_named_beside(head, person_ents) if low in SPOKESPERSON_NOUNS else None
    if body_beside is not None:
        # "a spokesman for his building company, Coastline Projects": the company's name
        return "organization", clean_name(body_beside.text)
    # a person named in the phrase: the head is the name, or the name stands beside it
    # ("spokesperson Amy Caldwell", "the RAC's EV spokesman, Simon Leary")
    if any(e.start <= head.i < e.end for e in person_ents) or (
        person_ents and governs(head, person_ents)
    ):
        ent = next((e for e in person_ents if e.start <= head.i < e.end), None)
        name = (
            ent.text
            if ent is not None
            else (person_ents[0].text if person_ents else proper_run(head).text)
        )
        person = person_for(people, name)
        # (the parse first: "never shortened" searches the whole text for the name)
        if speaks_of_itself(head, {"it"}) and (
            lone_name(person, name) or never_shortened(head, name)
        ):
            # "Vantor said it would publish ...": one word, never a full name, and "it"
            return "organization", clean_name(name)
        return known_kind(person) if person else ("named", clean_name(name))
    titled = titled_name(span, head) or name_after_title(span, head)
    if titled is not None:
        person = person_for(people, titled)
        return "named", person.canonical if person else titled
    # a capitalised word that is the surname of someone the article names: "Coombes said"
    # (at a sentence's start the tagger may take it for a common noun)
    # "Mumbai skipper Aditya Kulkarni" run together as one name: its last words are the person
    if head.is_title and head.pos_ in {"NOUN", "PROPN"}:
        run = proper_run(head)
        for start in range(len(run) - 1) if len(run) > 2 else [0]:
            person = person_for(people, run[start:].text)
            if person is not None:
                return known_kind(person)
    named_beside = name_beside(head)
    if named_beside is not None:
        return _named_beside_kind(head, named_beside, people)
    # "analysts Nielsen//NetRatings": a firm's name right after the people who work for it
    after = [t for t in span if t.i > head.i]
    if (
        head.tag_ in {"NNS", "NNPS"}
        and is_person_noun(head)
        and after
        and after[0].i == head.i + 1
        and all(is_name(t) for t in after)
    ):
        return "organization", clean_name(" ".join(t.text for t in after))
    return None


def _role_before(head: Token, person_ents: list[SpacySpan]) -> bool:
    """ "Hotel owner Mairi MacLeod": the head is a name after a person's role, so the body
    before the role is where the person works, not the speaker."""
    doc = head.doc
    return any(
        e.start <= head.i < e.end
        and e.start > 0
        and doc[e.start - 1].is_lower
        and doc[e.start - 1].lower_ in ROLE_WORDS
        for e in person_ents
    )


def _named_beside_kind(head: Token, named_beside: SpacySpan, people: People) -> Kind:
    """ "director of the trust, Norman Brennan", "analysts Nielsen//NetRatings": the name
    stands in apposition to the noun."""
    person = person_for(people, named_beside.text)
    if person is not None or any(t.ent_type_ == "PERSON" for t in named_beside):
        return known_kind(person) if person else ("named", clean_name(named_beside.text))
    if (
        len(named_beside) >= 2
        and all(t.is_title for t in named_beside)
        # "The local Member of the Senedd, Huw Prydderch": a role, capitalised as an office
        and (is_person_noun(head) or folded(head) in ROLE_WORDS)
        # "a spokesman for ..., Coastline Projects" may name the body spoken for; "the
        # authority's spokesperson, Lumka Ndaba", with the body before, names the person
        and (folded(head) not in SPOKESPERSON_NOUNS or _principal_before(head))
        and not any(folded(t) in COMPANY_WORDS for t in named_beside)
    ):
        return "named", clean_name(named_beside.text)
    return "organization", clean_name(named_beside.text)


def _principal_before(head: Token) -> bool:
    """ "the authority's spokesperson", "a Tesco spokesman": the body spoken for stands before
    the noun, so a name after it can only be the spokesperson's own."""
    return any(
        c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN")
        for c in head.children
        if c.i < head.i
    ) and not any(c.dep_ == "prep" and c.lower_ == "for" for c in head.children)


def _by_noun(
    span: SpacySpan, head: Token, people: People, *, withheld: bool, published: bool
) -> Kind:
    """What the head noun says the speaker is: a spokesperson, an outlet, a document, a body,
    a person unnamed or an office's holder."""
    low = folded(head)
    lemma = head.lemma_.lower()
    if withheld and not has_proper(span):
        return "anonymous", None
    named_first = name_before_description(span, head)
    if named_first is not None:
        # "Federated - owner of Macy's": the name, then what it is
        person = person_for(people, named_first.text)
        if person is not None or any(t.ent_type_ == "PERSON" for t in named_first):
            return known_kind(person) if person else ("named", clean_name(named_first.text))
        return "organization", clean_name(named_first.text)
    # a spokesperson speaks on the record for a body: "Trump's spokeswoman", "a Kremlin
    # spokesman", and "a spokesman said" for the body the story is about
    if low in SPOKESPERSON_NOUNS:
        return "organization", principal_of(head)
    if is_outlet(span, head) or (published and titled_publication(span, head)):
        proper = clean_name(proper_run(head).text) if head.pos_ == "PROPN" else None
        return "outlet", name_of(span, head) or proper
    owner = outlet_item(head, lambda name: is_outlet(proper_run(name), name))
    if owner is not None:
        # "The Gazette's business column said": the newspaper speaks through its column
        return "outlet", clean_name(proper_run(owner).text)
    if ((low in DOCUMENT_NOUNS or lemma in DOCUMENT_NOUNS) and head.pos_ == "NOUN") or issued_item(
        head, _a_person
    ):
        return "document", None
    if head.ent_type_ in {"ORG", "GPE", "FAC"}:
        run = proper_run(head)
        known = person_for(people, run.text)
        if known is not None:
            return known_kind(known)
        if (
            looks_like_affiliated_person(run, head)
            # "Campaign organiser Bethan Rees said she ...", whatever the tagger's label
            or speaks_of_itself(head, {"he", "she"})
            or (len(run) == 1 and speaks_as_i(head))
        ):
            return "named", clean_name(run.text)
        return "organization", name_of(span, head)
    is_body = low in ORGANIZATION_NOUNS or lemma in ORGANIZATION_NOUNS
    if people_in_group(head):
        return "anonymous", None  # "a group of parents": the people, not a body
    if is_body and (has_proper(span) or definite(span)):
        return "organization", name_of(span, head) if has_proper(span) else None
    if is_person_noun(head) or head.ent_type_ == "NORP":
        return _by_person_noun(span, head, people, withheld=withheld)
    if is_body:
        return "organization", None
    return _by_proper_or_role(span, head, people)


def _a_person(token: Token) -> bool:
    return is_person_noun(token) or noun_class(token.lemma_) == "person"


def _by_person_noun(span: SpacySpan, head: Token, people: People, *, withheld: bool) -> Kind:
    low = folded(head)
    # "the president" after "President Zelensky" is Zelensky
    person = person_by_role(people, low, span.start_char) if definite(span) else None
    if person is not None:
        return "named", person.canonical
    if not is_person_noun(head):
        return "organization", name_of(span, head)
    # "the prime minister", "Tory leader", "the Lib Dem chief executive": one identifiable
    # holder of an office, not an anonymous source ("a minister" is one of many)
    if holds_office(span, head):
        return "named", None
    # "players like Stephen Jones and Gareth Thomas": the group is named by its members
    if named_members(head):
        return "named", None
    # "the singer's mother", "the wife of Tom Reed": one person, identified by kinship to
    # someone the article names
    relative = relative_of_named(head, people)
    if relative is not None:
        return "named", None
    # "more than half of 3,000 people polled", "some of those interviewed": a survey's
    # respondents
    if any(t.dep_ == "acl" and t.lemma_.lower() in SURVEYED for t in span):
        return "document", None
    if not withheld:
        # "analysts at Fenwick Hale", "G7 finance ministers", "defence lawyers", "her
        # lawyers": people speaking on the record for a named body or party
        body = named_body(head) if head.tag_ in {"NNS", "NNPS"} else None
        if body is not None:
            return "organization", body
        if represents(head):
            return "organization", principal_of(head)
    return "anonymous", None


def _by_proper_or_role(span: SpacySpan, head: Token, people: People) -> Kind:
    if head.pos_ == "PROPN" or name_opening_sentence(head):
        # a capitalised name spaCy did not label: a person if the article names them
        person = person_for(people, head.text)
        if person is not None:
            return known_kind(person)
        if described_as_body(span, head) is not None:
            return "organization", clean_name(proper_run(head).text)
        run = proper_run(head)
        alone = len(run) == 1 and all(t.i == head.i or t.is_punct for t in span)
        if alone and head.tag_ == "NNP" and folded(head) in PERSON_TITLES - SPOKESPERSON_NOUNS:
            # "Mayor says city won't pay": an office capitalised as a headline's first word is
            # the one who holds it, as "the mayor" is
            holder = person_by_role(people, folded(head), span.start_char)
            return "named", holder.canonical if holder else None
        if fold(run[-1].text) in PLACE_WORDS | COMPANY_WORDS:
            # "Downing Street said", "Buckingham Palace said": a building standing for a body;
            # "Thames Water said": a company's name
            return "organization", clean_name(run.text)
        if (
            (head.ent_type_ == "" and head.is_title and not alone)
            or speaks_of_itself(head, {"he", "she"})
            or speaks_as_i(head)
            or person_elsewhere(head)
        ):
            # "Tovell said she would not stand again": a body says "it"
            return "named", clean_name(run.text)
        # a lone name nobody in the article bears, and no person's by the tagger: "Transnet
        # said", "Ofwat said" (people are introduced by their full name first)
        return "organization", name_of(span, head) or clean_name(run.text)
    role_person = person_by_role(people, folded(head), span.start_char) if definite(span) else None
    if role_person is not None:
        return "named", role_person.canonical
    if holds_office(span, head):
        return "named", None  # "Auditor general says ...": the one who holds the office
    if folded(head) in OFFICES and head.pos_ == "NOUN":
        return "anonymous", None  # "a general said": one of many, unnamed
    if ACRONYM.match(head.text):
        return "organization", head.text  # "The DoE said", "the PMC": a body's initials
    kind = common_noun_kind(span)
    if kind is not None:
        return kind, None
    return "unknown", None


# what WordNet's first sense of a noun makes a speaker headed by it
_KINDS: dict[str, SpeakerType] = {
    "group": "organization",
    "communication": "document",
}


def common_noun_kind(span: SpacySpan) -> SpeakerType | None:
    """The kind of a speaker headed by a common noun no lexicon here knows, by the noun's
    first WordNet sense: "a pensioner" (a person, unnamed), "the forum" (a body), "a
    consultation carried out by the council" (a document). Only the subject of its verb."""
    head = speaker_head(span)
    if head.pos_ != "NOUN" or head.dep_ not in {"nsubj", "nsubjpass"} or not head.is_lower:
        return None
    if {head.lower_, head.lemma_.lower()} & HOLDERS:
        return None  # the lexicons here decide those
    found = noun_class(head.lemma_) or noun_class(head.text)
    if found == "person":
        if unnamed_individual(span, head):
            return "anonymous"  # "A Dunedin pensioner said": one person, unnamed
        # "most respondents said", "some touts offered to", "the creator of Brookside": on BBC
        # articles a person noun no lexicon here knows was a survey's respondents, no one in
        # particular or someone named elsewhere as often as an unnamed source (SRC001 sample:
        # 5 such findings, all wrong), so WordNet's word makes no anonymous source
        return None
    return _KINDS.get(found) if found else None
