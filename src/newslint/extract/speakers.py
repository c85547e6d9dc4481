"""Speakers: who a quote or claim is attributed to, and what kind of source that is.

The lexicons here are written for newslint from newsroom usage (they are not derived from any
annotated corpus) and are meant to be extended: add a word to the right set and every rule and
the quote table pick it up.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from newslint.extract.entities import (
    People,
    fold,
    person_by_role,
    person_for,
    strip_titles,
)

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

    from newslint.report.model import SpeakerType

# fmt: off
# Verbs that report what someone said, wrote, found or believes. Every verb cue is in this
# lexicon (so a sentence can be picked for parsing by its words, see CUE_WORDS); the parse
# decides which uses of a verb report a claim.
COMMUNICATION_VERBS = {
    "say", "tell", "add", "claim", "warn", "insist", "explain", "note", "argue", "report",
    "announce", "state", "write", "tweet", "post", "reply", "respond", "answer", "ask",
    "confirm", "deny", "admit", "acknowledge", "allege", "assert", "declare", "suggest",
    "predict", "estimate", "reveal", "disclose", "indicate", "maintain", "contend", "concede",
    "caution", "stress", "emphasise", "emphasize", "complain", "boast", "vow", "pledge",
    "promise", "threaten", "urge", "demand", "describe", "recall", "recount", "testify",
    "inform", "brief", "mention", "remark", "comment", "observe", "reiterate", "repeat", "joke",
    "quip", "lament", "forecast", "conclude", "find", "show", "believe", "think", "accuse",
    "blame", "criticise", "criticize", "praise", "agree", "dispute", "counter", "retort",
    "shout", "exclaim", "publish", "learn", "hear", "understand", "expect", "hope", "fear",
    "worry", "doubt", "know", "feel", "signal", "hint", "imply", "advise", "recommend",
    "propose", "order", "question", "speculate", "assure", "reassure", "point", "cite",
    "quote", "tout", "highlight", "underscore", "underline",
    "decry", "condemn", "denounce", "dismiss", "reject", "endorse", "call", "plan",
    "want", "intend", "refuse", "decline", "offer", "wonder", "recognise",
    "recognize", "assess", "calculate", "project", "put", "label", "dub", "brand",
    "charge", "attack", "slam", "blast", "mock", "defend", "support", "oppose", "welcome",
    "applaud", "detail", "outline", "relay", "convey", "echo", "apologise", "apologize", "grant", "pronounce", "proclaim",
    "insinuate", "surmise", "guess", "reckon", "figure", "notice", "see", "consider",
    "judge", "suspect", "assume", "presume", "anticipate", "request", "instruct",
}
# More verbs of speaking, judging, intending and feeling about something (Levin-style classes,
# written for newslint): their object or complement is the position being reported.
COMMUNICATION_VERBS |= {
    "speak", "talk", "discuss", "address", "reference", "raise", "present", "characterise",
    "characterize", "portray", "depict", "frame", "pitch", "promote", "push", "champion",
    "advocate", "lobby", "campaign", "press", "implore", "plead", "beg", "appeal", "encourage",
    "invite", "challenge", "grill", "quiz", "query", "examine", "analyse", "analyze", "rate",
    "rank", "hail", "laud", "commend", "congratulate", "thank", "credit", "salute", "celebrate",
    "lambast", "rebuke", "chastise", "scold", "assail", "bash", "ridicule", "deride", "scoff",
    "refute", "rebut", "contradict", "contest", "fault", "indict", "implicate", "justify",
    "excuse", "clarify", "elaborate", "confess", "accept", "concur", "back", "favour", "favor",
    "resist", "object", "protest", "grumble", "regret", "bemoan", "deplore", "wish", "decide",
    "determine", "resolve", "rule", "direct", "command", "require", "counsel", "alert",
    "swear", "guarantee", "verify", "blog", "notify", "paraphrase", "summarise", "summarize",
    "admire", "respect", "love", "hate", "like", "dislike", "detest", "despise", "resent",
    "appreciate", "embrace", "cheer", "downplay", "play", "acknowledge", "seek", "aim",
    "vow", "demonstrate", "prove", "document", "chronicle", "illustrate", "emphasise",
    "insist", "stress", "signal", "flag", "spell", "float", "unveil", "lay", "set", "envision",
    "envisage", "imagine", "view", "regard", "deem", "recognise", "predict", "forecast",
    "reckon", "eye", "consider", "weigh", "contemplate", "ponder", "mull", "tease", "preview",
    "recommend", "prefer", "choose", "vote", "veto", "sign", "approve", "condone", "allow",
    "forbid", "ban", "prohibit", "pressure", "warn", "vouch", "attest", "certify", "assert",
}
# Verbs of affirming, disputing, judging and disparaging (written for newslint from general
# English usage, never from an annotated corpus).
COMMUNICATION_VERBS |= {
    "reaffirm", "affirm", "aver", "avow", "profess", "purport", "opine", "theorize", "theorise",
    "posit", "hypothesize", "hypothesise", "rail", "lash", "grouse", "gripe", "fume", "rant",
    "vent", "snipe", "taunt", "brag", "crow", "allude", "remind", "persuade", "convince",
    "aspire", "foresee", "gauge", "infer", "deduce", "realise", "realize", "discover",
    "restate", "reassert", "debate", "disagree", "sympathize", "sympathise", "petition",
    "exhort", "fret", "rue", "relish", "minimize", "minimise", "exaggerate", "overstate",
    "understate", "distort", "misrepresent", "misstate", "mislead", "term", "perceive",
    "interpret", "construe", "lie", "extol", "glorify", "vilify", "demonize", "demonise",
    "smear", "disparage", "belittle", "insult", "denigrate", "malign", "berate", "excoriate",
    "castigate", "censure", "reprimand", "admonish", "espouse", "uphold", "trumpet", "herald",
    "debunk", "disprove", "rebuff", "spurn", "repudiate", "disavow", "disown", "renounce",
    "retract", "recant", "acclaim", "vouch", "jeer", "heckle", "boo", "tease", "needle",
}
# Adjectives that report a stance when predicated of someone: "is determined to", "is sure that".
STANCE_ADJECTIVES = {
    "determined", "eager", "confident", "sure", "certain", "convinced", "adamant", "worried",
    "concerned", "afraid", "hopeful", "optimistic", "pessimistic", "skeptical", "sceptical",
    "aware", "unaware", "keen", "willing", "unwilling", "reluctant", "committed", "critical",
    "supportive", "opposed", "proud", "happy", "unhappy", "angry", "upset", "frustrated",
    "disappointed", "pleased", "satisfied", "dissatisfied", "furious", "doubtful", "insistent",
    "clear", "explicit", "vocal", "outspoken", "silent", "quiet", "wary", "fearful", "anxious",
    "excited", "enthusiastic", "ready", "prepared", "intent", "open", "resistant", "hostile",
}
# Verbs that make a tag on their own, set off by commas: "The plan failed, he said."
TAG_VERBS = {
    "say", "tell", "add", "claim", "warn", "insist", "explain", "note", "argue", "report",
    "announce", "state", "write", "tweet", "post", "reply", "respond", "answer", "ask",
    "confirm", "deny", "admit", "acknowledge", "allege", "assert", "declare", "suggest",
    "predict", "estimate", "reveal", "disclose", "indicate", "maintain", "contend", "concede",
    "caution", "stress", "emphasise", "emphasize", "complain", "boast", "recall", "recount",
    "testify", "believe", "think", "fear", "hope", "expect", "know", "feel", "agree", "counter",
    "retort", "joke", "quip", "observe", "remark", "comment", "reckon", "guess", "suspect",
    "conclude", "find", "show", "learn", "hear", "understand", "promise", "vow", "pledge",
    "threaten", "urge", "point", "recommend", "advise", "speculate", "assure", "reiterate",
    "repeat", "summarise", "summarize", "blog", "lament", "charge",
}
# Verbs whose noun object is itself the claim: "denied any involvement", "announced a plan".
OBJECT_CLAIM_VERBS = {
    "announce", "deny", "confirm", "reveal", "disclose", "acknowledge", "admit", "claim",
    "demand", "predict", "propose", "promise", "pledge", "dispute", "question", "reject",
    "endorse", "criticise", "criticize", "condemn", "denounce", "praise", "defend", "blame",
    "accuse", "call", "urge", "describe", "estimate", "report", "cite", "dismiss", "welcome",
    "support", "oppose", "decry", "mock", "slam", "attack", "tout", "echo", "repeat", "reiterate",
}
# Verbs whose infinitive complement is what was said: "vowed to fight on".
INFINITIVE_CLAIM_VERBS = {
    "promise", "vow", "pledge", "threaten", "urge", "ask", "tell", "call", "demand", "refuse",
    "decline", "offer", "agree", "plan", "intend", "want", "hope", "expect", "claim", "warn",
    "order", "advise", "instruct", "request", "propose", "appear", "seem", "say", "deny",
}
# Verbs that take a clause but report no speech: "made sure that", "it means that".
NOT_CUES = {"be", "have", "do", "make", "let", "help", "get", "mean", "ensure", "go", "seem",
            "appear", "become", "remain", "keep", "take", "give"}

# Nouns that carry a claim for their owner: "Trump's claim that", "the minister's warning".
CLAIM_NOUNS = {
    "claim", "statement", "warning", "comment", "remark", "argument", "assertion", "promise",
    "pledge", "suggestion", "allegation", "belief", "view", "insistence", "prediction",
    "estimate", "call", "demand", "denial", "admission", "accusation", "charge", "assessment",
    "position", "proposal", "plan", "vow", "threat", "announcement", "testimony", "account",
    "contention", "complaint", "criticism", "praise", "response", "answer", "reply", "message",
    "speech", "tweet", "post", "letter", "report", "finding", "conclusion", "opinion", "words",
}
# Nouns of belief, feeling and intention (written for newslint): "voiced concern that",
# "her hope that", "made the case for".
CLAIM_NOUNS |= {
    "concern", "doubt", "hope", "fear", "worry", "support", "opposition", "case", "confidence",
    "skepticism", "scepticism", "frustration", "expectation", "intention", "desire",
    "commitment", "objection", "endorsement", "idea", "suspicion", "regret", "outrage", "anger",
    "dismay", "disappointment", "optimism", "pessimism", "reservation", "preference", "wish",
    "vision", "theory", "notion", "impression", "feeling", "guess", "forecast", "projection",
    "recommendation", "request", "appeal", "plea", "assurance", "guarantee", "reassurance",
    "offer", "ultimatum", "condemnation", "rebuke", "denunciation", "backing", "approval",
    "disapproval", "rejection", "refusal", "acknowledgement", "acknowledgment", "confirmation",
    "revelation", "disclosure", "explanation", "interpretation", "characterization",
    "characterisation", "description", "portrayal", "question", "declaration", "verdict",
    "judgment", "judgement", "sympathy", "admiration", "praise", "contempt", "disdain",
}
# Documents that speak for their authors: "the report found", "a poll showed".
DOCUMENT_NOUNS = {
    "report", "study", "statement", "poll", "survey", "document", "filing", "letter", "memo",
    "analysis", "review", "research", "paper", "data", "figures", "figure", "statistics",
    "estimate", "estimates", "release", "press", "record", "records", "audit", "inquiry",
    "investigation", "assessment", "briefing", "note", "email", "e-mail", "tweet", "post",
    "message", "transcript", "indictment", "complaint", "lawsuit", "ruling", "judgment",
    "verdict", "census", "ad", "advert", "advertisement", "commercial", "film", "documentary",
    "speech", "op-ed", "editorial", "column", "interview", "broadcast", "podcast", "show", "forecast", "projection", "model", "index", "book", "article",
    "documents", "leaflet", "bulletin", "update", "dossier", "testimony", "footage", "video",
}
# Bodies that speak as bodies: "the ministry said", "police said".
ORGANIZATION_NOUNS = {
    "ministry", "department", "government", "police", "company", "firm", "council", "army",
    "navy", "military", "agency", "office", "campaign", "committee", "commission", "court",
    "party", "union", "authority", "authorities", "administration", "white", "kremlin",
    "parliament", "congress", "senate", "board", "bank", "group", "organisation",
    "organization", "charity", "hospital", "university", "school", "club", "team", "service",
    "services", "force", "forces", "embassy", "consulate", "regulator", "watchdog", "cabinet",
    "presidency", "secretariat", "institute", "foundation", "association", "federation",
    "coalition", "alliance", "league", "network", "corporation", "inc", "ltd", "plc",
    "airline", "operator", "manufacturer", "bureau", "directorate", "command", "headquarters",
    "staff", "treasury", "mission", "delegation", "prosecutors", "regime", "state", "county",
    "city", "town", "country", "nation", "republic", "fund", "trust", "nhs", "un", "eu",
}
# Unnamed people: "one official", "a source", "a senior commander", "residents".
ANONYMOUS_NOUNS = {
    "official", "officials", "source", "sources", "person", "people", "aide", "aides",
    "adviser", "advisers", "advisor", "advisors", "spokesman", "spokeswoman", "spokesperson",
    "spokespeople", "commander", "commanders", "diplomat", "diplomats", "insider", "insiders",
    "officer", "officers", "analyst", "analysts", "expert", "experts", "resident", "residents",
    "witness", "witnesses", "member", "members", "worker", "workers", "employee", "employees",
    "staffer", "staffers", "colleague", "colleagues", "friend", "friends", "neighbour",
    "neighbor", "neighbours", "neighbors", "relative", "relatives", "observer", "observers",
    "critic", "critics", "supporter", "supporters", "opponent", "opponents", "activist",
    "activists", "protester", "protesters", "protestor", "protestors", "lawmaker", "lawmakers",
    "legislator", "legislators", "politician", "politicians", "minister", "ministers",
    "economist", "economists", "scientist", "scientists", "researcher", "researchers",
    "doctor", "doctors", "lawyer", "lawyers", "attorney", "attorneys", "prosecutor",
    "investigator", "investigators", "representative", "representatives", "executive",
    "executives", "leader", "leaders", "figure", "figures", "soldier", "soldiers", "voter",
    "voters", "man", "woman", "men", "women", "someone", "somebody", "individual",
    "individuals", "participant", "participants", "delegate", "delegates", "strategist",
    "strategists", "operative", "operatives", "consultant", "consultants", "pollster", "pollsters", "veteran", "veterans", "teacher", "parent", "parents", "student",
    "students", "owner", "owners", "fan", "fans", "user", "users", "commentator",
    "commentators", "spokesmen", "spokeswomen", "chief", "chiefs", "director", "manager",
    "officialdom", "negotiator", "negotiators", "partner", "partners", "others",
    "many", "some", "several", "few", "one", "agent", "agents", "rescuer", "rescuers", "victim", "victims", "survivor",
    "survivors", "child", "children", "mother", "father", "son", "daughter", "wife",
    "husband", "girlfriend", "boyfriend", "family", "families", "citizen", "citizens",
}
# Titles and roles that name a position someone holds: they can hold a view, but they do not
# make a speaker anonymous ("the Republican nominee" is one identifiable person).
ROLE_NOUNS = {
    "president", "nominee", "candidate", "senator", "governor", "mayor", "congressman",
    "congresswoman", "secretary", "chairman", "chairwoman", "chair", "ceo", "judge", "justice",
    "general", "king", "queen", "prince", "princess", "pope", "premier", "chancellor",
    "ambassador", "envoy", "speaker", "whip", "democrat", "democrats", "republican",
    "republicans", "conservative", "conservatives", "liberal", "liberals", "progressive",
    "progressives", "moderator", "host", "anchor", "author", "writer", "columnist", "editor",
    "historian", "professor", "scholar", "founder", "head", "boss", "incumbent", "challenger",
    "rival", "opponent", "contender", "frontrunner", "front-runner", "running", "mate", "vice",
    "attorney", "sheriff", "commissioner", "administrator", "coach", "player", "star", "actor",
    "singer", "businessman", "businesswoman", "billionaire", "mogul", "everyone", "everybody",
    "nobody", "anyone", "anybody", "voter", "public", "electorate", "americans", "crowd",
    "audience", "majority", "minority", "side", "camp", "establishment", "base", "wing",
}
# People who speak for someone named: "a Kremlin spokesman", "Trump's spokeswoman".
SPOKESPERSON_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen",
                      "spokeswomen", "representative", "mouthpiece"}
# News organisations; "the Post", "told the BBC".
OUTLET_WORDS = {
    "times", "post", "journal", "bbc", "cnn", "reuters", "ap", "afp", "guardian",
    "telegraph", "herald", "tribune", "gazette", "mail", "express", "independent",
    "observer", "bloomberg", "fox", "nbc", "abc", "cbs", "msnbc", "npr", "politico", "axios",
    "breitbart", "newsweek", "economist", "atlantic", "examiner", "chronicle", "inquirer",
    "sun", "mirror", "standard", "star", "news", "newspaper", "paper", "magazine", "outlet",
    "website", "site", "broadcaster", "network", "channel", "agency", "press", "wire",
    "sky", "itv", "pbs", "ft", "wsj", "hill", "vox", "slate", "salon", "buzzfeed", "huffpost",
    "reporter", "reporters", "correspondent", "journalist", "journalists", "tass", "xinhua",
    "interfax", "ria", "dpa", "efe", "ansa", "kyodo", "yonhap", "aljazeera", "jazeera",
}
_OUTLET_SELF = re.compile(r"^(?:this|our) (?:newspaper|paper|website|site|station|program|programme|magazine|reporter|correspondent)$", re.I)
_NEWS_WORDS = {"news", "newspaper", "paper", "magazine", "broadcaster", "channel", "outlet",
               "reporter", "reporters", "correspondent", "journalist", "journalists"}
# words that make a capitalised name an organisation's
_ORG_NAME_WORDS = {
    "institute", "university", "college", "centre", "center", "society", "group", "council",
    "committee", "party", "bank", "fund", "trust", "ministry", "department", "agency",
    "office", "club", "union", "international", "national", "global", "company", "partners",
    "capital", "holdings", "systems", "industries", "labs", "media", "energy", "health",
}
# Every word that can make a cue: a sentence with none of these (in any inflection), no
# quotation mark, no "according to", no "Name:" line and no dash signature holds no attribution.
CUE_WORDS = (
    COMMUNICATION_VERBS | TAG_VERBS | OBJECT_CLAIM_VERBS | INFINITIVE_CLAIM_VERBS
    | CLAIM_NOUNS | STANCE_ADJECTIVES | {"according"}
)
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "who", "which",
            "that", "this", "those", "these"}
_PERSON_PRONOUNS = {"he", "she", "him", "her", "i", "who"}
# fmt: on


def _lower(token: Token) -> str:
    return fold(token.text).strip(".")


def speaker_head(span: SpacySpan) -> Token:
    """The syntactic head of a speaker span (the token whose head lies outside it)."""
    for token in span:
        if token.head.i < span.start or token.head.i >= span.end or token.head.i == token.i:
            return token
    return span[-1]


def speaker_type(span: SpacySpan, people: People) -> tuple[SpeakerType, str | None]:
    """``(type, canonical)`` for a speaker span; pronouns are resolved by the caller."""
    head = speaker_head(span)
    low = _lower(head)
    text = span.text.strip()
    if low in PRONOUNS:
        return "unknown", None
    if _OUTLET_SELF.match(text):
        return "outlet", None
    person_ents = [e for e in _ents_in(span) if e.label_ == "PERSON"]
    head_ent = head.ent_type_
    # a role with a named principal: "Trump's spokeswoman", "a Kremlin spokesman"
    if low in SPOKESPERSON_NOUNS and head_ent != "PERSON":
        principal = _principal(head)
        if principal is not None:
            return "organization", principal
        return "anonymous", None
    if head_ent == "PERSON" or (person_ents and _governs(head, person_ents)):
        ent = next((e for e in person_ents if e.start <= head.i < e.end), None)
        name = (
            ent.text
            if ent is not None
            else (person_ents[0].text if person_ents else _proper_run(head).text)
        )
        person = person_for(people, name)
        return "named", person.canonical if person else _clean_name(name)
    if _is_outlet(span, head):
        return "outlet", _name_of(span, head)
    if low in DOCUMENT_NOUNS and head.pos_ == "NOUN":
        return "document", None
    if head_ent in {"ORG", "GPE", "FAC"}:
        run = _proper_run(head)
        known = person_for(people, run.text)
        if known is not None:
            return "named", known.canonical
        if _looks_like_affiliated_person(run, head):
            return "named", _clean_name(run.text)
        return "organization", _name_of(span, head)
    if low in ORGANIZATION_NOUNS and (_has_proper(span) or _definite(span)):
        return "organization", _name_of(span, head) if _has_proper(span) else None
    if low in ANONYMOUS_NOUNS or head_ent == "NORP":
        # "the president" after "President Zelensky" is Zelensky
        person = person_by_role(people, low, span.start_char) if _definite(span) else None
        if person is not None:
            return "named", person.canonical
        if low in ANONYMOUS_NOUNS:
            return "anonymous", None
        return "organization", _name_of(span, head)
    if low in ORGANIZATION_NOUNS:
        return "organization", None
    if head.pos_ == "PROPN":
        # a capitalised name spaCy did not label: a person if the article names them
        person = person_for(people, head.text)
        if person is not None:
            return "named", person.canonical
        if head.ent_type_ == "" and head.is_title:
            return "named", _clean_name(_proper_run(head).text)
        return "organization", _name_of(span, head)
    role_person = person_by_role(people, low, span.start_char) if _definite(span) else None
    if role_person is not None:
        return "named", role_person.canonical
    return "unknown", None


def is_pronoun(span: SpacySpan) -> bool:
    return len(span) <= 2 and _lower(speaker_head(span)) in PRONOUNS


def pronoun_wants_person(span: SpacySpan) -> bool:
    return _lower(speaker_head(span)) in _PERSON_PRONOUNS


def _looks_like_affiliated_person(run: SpacySpan, head: Token) -> bool:
    """ "Justin Bronk of the Royal United Services Institute" when the tagger calls it an ORG:
    two or three plain capitalised words, none an organisation word, then "of" an organisation.
    """
    if not 2 <= len(run) <= 3 or any(
        _lower(t) in ORGANIZATION_NOUNS | OUTLET_WORDS | _ORG_NAME_WORDS or not t.is_title
        for t in run
    ):
        return False
    return any(
        child.dep_ == "prep"
        and child.lower_ in {"of", "at", "from"}
        and any(o.ent_type_ == "ORG" for o in child.subtree)
        for child in head.children
    )


def _ents_in(span: SpacySpan) -> list[SpacySpan]:
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


def _governs(head: Token, ents: list[SpacySpan]) -> bool:
    # "Justin Bronk of RUSI": the head is the name; "a friend of Justin Bronk" is not Bronk
    return (
        any(e.start <= head.i < e.end for e in ents)
        or (head.pos_ == "PROPN" and any(e.root.head == head or e.root == head for e in ents))
        or any(child.dep_ == "appos" and child.ent_type_ == "PERSON" for child in head.children)
    )


def _principal(head: Token) -> str | None:
    for child in head.children:
        if child.dep_ in {"poss", "compound", "nmod", "amod"} and (
            child.pos_ == "PROPN" or child.ent_type_
        ):
            return strip_titles(_clean_name(_proper_run(child).text))
        if child.dep_ == "prep" and child.lower_ in {"for", "of"}:
            for obj in child.children:
                if obj.dep_ == "pobj" and (
                    obj.pos_ == "PROPN" or obj.ent_type_ or _lower(obj) in ORGANIZATION_NOUNS
                ):
                    return _clean_name(" ".join(t.text for t in obj.subtree))
    return None


def _proper_run(token: Token) -> SpacySpan:
    doc = token.doc
    start = token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
        start -= 1
    return doc[start : token.i + 1]


def _is_outlet(span: SpacySpan, head: Token) -> bool:
    low = _lower(head)
    if low in _NEWS_WORDS and head.pos_ == "NOUN":
        return _definite(span) and any(t.pos_ == "PROPN" for t in span)
    if low not in OUTLET_WORDS or head.pos_ != "PROPN":
        return False
    # "The Post", "the New York Times", "CNN", "Reuters"
    if head.ent_type_ == "ORG":
        return True
    generic = {"press", "network", "agency"}
    return head.ent_type_ in {"", "WORK_OF_ART", "GPE", "NORP"} and low not in generic


def _has_proper(span: SpacySpan) -> bool:
    return any(t.pos_ == "PROPN" or t.ent_type_ in {"ORG", "GPE", "NORP"} for t in span)


def _definite(span: SpacySpan) -> bool:
    return span[0].lower_ in {"the", "this", "that", "its", "their", "his", "her"}


def _name_of(span: SpacySpan, head: Token) -> str | None:
    ents = [e for e in _ents_in(span) if e.label_ in {"ORG", "GPE", "FAC", "NORP"}]
    if ents:
        return _clean_name(ents[0].text)
    return _clean_name(_proper_run(head).text) if head.pos_ == "PROPN" else None


def _clean_name(text: str) -> str:
    text = re.sub(r"(?:['’]s|(?<=s)['’])$", "", text.strip())
    return re.sub(r"^(?:the|The)\s+", "", text)
