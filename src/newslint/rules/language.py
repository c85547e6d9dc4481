"""LNG rules: loaded language and unsourced superlatives in the reporter's own voice, and a
newsroom's house style."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from newslint.analysis import Analysis
from newslint.language.lexicon import NAME_CALLING
from newslint.language.style import HOUSE_STYLE_CODE, HOUSE_STYLE_CODES, cased_like, house_style
from newslint.language.superlatives import SOURCE_TAGS, Superlative
from newslint.report.model import Severity
from newslint.rules.registry import Flag, rule


def _reporting_word(analysis: Analysis, start: int, end: int, claim: Superlative) -> bool:
    """A reporting verb or "according to" in the sentence, outside the claim: a source the
    parse missed ("..., NHS England data shows." with "shows" tagged as a noun)."""
    span = analysis.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(
        t.lower_ in SOURCE_TAGS and not claim.start <= t.idx < claim.end for t in span
    )


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


@rule(
    "LNG001",
    "loaded-language",
    "info",
    fires="""
        Labour slammed the plan on Tuesday, and the minister's thugs were out in force.
    """,
    silent="""
        "These thugs must be stopped," the minister said. She slammed the door on her way out.
        Critics called the plan shameful.
    """,
    tolerance="""
        Only words in the reporter's own voice: never inside quotation marks, nor inside what
        someone is reported as saying or a claim reported without a source ("has been
        criticised as a shambles"). A word counts only in its loaded sense, read from the parse
        of its sentence: the part of speech the lexicon gives; no neighbour that marks a literal
        sense ("slammed the door", "a massive star"); not part of a proper name; not negated;
        for emotive verbs, a person, group or body as its subject or object; "regime" only with
        a named owner. Name-calling is a warning, every other category info.
    """,
)
def loaded_language(analysis: Analysis) -> Iterator[Flag]:
    """A word that carries the writer's judgement is used in the reporter's own voice.

    ## What it does
    Finds emotive verbs ("slams", "blasts", "rips into"), name-calling ("thugs", "crusties"),
    pejorative labels ("regime", "witch hunt"), hyperbole and intensifiers ("whopping",
    "chilling", "utter madness") and sneering adjectives ("hapless", "shameless") outside
    quotes and reported speech. Each finding names its category and, where one exists, a
    neutral alternative (also in the finding's ``replacements``).

    ## Why is this bad?
    A news report describes; the judgement belongs to the people it quotes. "Labour slammed the
    plan" tells the reader what to feel about a criticism it does not show. The same word inside
    a quotation is the speaker's and is fine to report.
    """
    quotes = len(analysis.quotes)
    for word in analysis.loaded_words:
        entry = word.entry
        category = entry.category
        if word.replacements:
            advice = "neutral: " + " or ".join(f"'{r}'" for r in word.replacements)
        else:
            advice = "say what happened, or attribute the judgement to someone"
        yield Flag(
            start=word.start,
            end=word.end,
            message=f"'{word.text}' is {_article(category)} {category} in the reporter's own "
            f"voice ({advice})",
            severity=Severity.WARNING if category == NAME_CALLING else None,
            replacements=word.replacements,
            evidence={
                "category": category,
                "lexicon_entry": entry.phrase,
                "lexicon": entry.source,
                "part_of_speech": word.pos,
                "role": word.role,
                "condition": entry.when or None,
                "voice": "reporter",
                "quotes_in_article": quotes,
                "neutral": list(word.replacements),
            },
        )


@rule(
    "LNG002",
    "unattributed-superlative",
    "info",
    fires="""
        It was the deadliest tornado to hit the state in a decade.
    """,
    silent="""
        It was the deadliest tornado to hit the state in a decade, the Weather Service said.
    """,
    tolerance="""
        A superlative claims a record only with a scope in time ("ever", "in history", "of all
        time", "on record", "since records began", "in living memory", "in a decade", "since
        2010"); "unprecedented" and "record" as a modifier of an amount ("record rainfall", "a
        record 54,300", "set a new record") claim one on their own. Silent inside quotes and
        reported speech, when the sentence holds a quote or claim with a source, or when an
        earlier sentence of its paragraph does; silent when negated ("not the biggest ever").
        "A record label", "a criminal record", "track record" are not claims.
    """,
)
def unattributed_superlative(analysis: Analysis) -> Iterator[Flag]:
    """A record is claimed in the reporter's own voice, with no source for it.

    ## What it does
    Finds superlatives with a scope in time ("the biggest ever", "the worst in the club's
    history", "the hottest since records began"), "unprecedented" and "record" ("record
    rainfall") stated by the reporter, with no source in the sentence or earlier in its
    paragraph.

    ## Why is this bad?
    "The biggest ever" is a checkable claim, and the reporter is rarely the one who measured
    it. A record needs a source (the Met Office, league statistics, the company's own figures)
    or it is hype.
    """
    voice = analysis.voice
    for claim in analysis.superlatives:
        quoted = voice.others(claim.start, claim.end)
        if quoted is not None and quoted.kind != "sourceless":
            continue
        sentence = analysis.sentence_at(claim.start)
        s_start, s_end = (sentence.start, sentence.end) if sentence else (claim.start, claim.end)
        if voice.attributed(s_start, s_end) or _reporting_word(analysis, s_start, s_end, claim):
            continue
        paragraph = analysis.paragraph_at(claim.start)
        if paragraph is not None and voice.attributed(paragraph.start, s_start):
            continue
        what = f"{claim.superlative} ... {claim.scope}" if claim.scope else claim.superlative
        yield Flag(
            start=claim.start,
            end=claim.end,
            message=f"'{claim.text}' claims a record in the reporter's own voice, with no source "
            "in its sentence or earlier in its paragraph",
            evidence={
                "category": "unattributed superlative",
                "superlative": claim.superlative,
                "scope": claim.scope,
                "claim": what,
                "sources_in_sentence": 0,
                "sources_earlier_in_paragraph": 0,
            },
        )


@dataclass(frozen=True)
class StyleFlag(Flag):
    """A house-style flag carries its entry's own code and name (LNG100-LNG199)."""

    code: str = HOUSE_STYLE_CODE
    name: str = "house-style"


@rule(
    "LNG100",
    "house-style",
    "warning",
    fires="""
        Shelling resumed in Kiev overnight. Labour slams the plan.
    """,
    silent="""
        Shelling resumed in Kyiv overnight. "Labour slams the plan," the headline read.
    """,
    tolerance="""
        Case-insensitive whole words ("Kiev" finds "KIEV" and "Kiev's", not "Kievan"); a phrase
        matches across any whitespace. An entry applies inside quotations too unless it says
        `quotes = false`. Codes, severities and messages are the newsroom's own; nothing fires
        without a `[tool.newslint.style]` table.
    """,
    serves=HOUSE_STYLE_CODES.pattern,
    example_config={
        "style": {"Kiev": "Kyiv", "slams": {"use": "criticises", "quotes": False}},
    },
)
def house_style_words(analysis: Analysis) -> Iterator[Flag]:
    """A word the newsroom's own house style says to avoid.

    ## What it does
    Reads the word list in `[tool.newslint.style]` (and the style packs it names, such as the
    shipped `newsroom-example`) and flags every use of a listed word or phrase, with the
    newsroom's own message, code (LNG100-LNG199) and severity, and its replacement in the
    finding's `replacements`.

    ## Why is this bad?
    A house style is a newsroom's memory: Kyiv not Kiev, "died by suicide" not "committed
    suicide", "criticises" not "slams". A sub-editor should not have to remember every entry.
    """
    config = analysis.config
    style = house_style(config.style, config.path)
    if style.pattern is None:
        return
    for m in style.pattern.finditer(analysis.text):
        written = m.group(0)
        entry = style.entry_for(written)
        if not entry.quotes and analysis.voice.others(m.start(), m.end()) is not None:
            continue
        use = tuple(cased_like(u, written) for u in entry.use)
        yield StyleFlag(
            start=m.start(),
            end=m.end(),
            message=entry.message.format(word=written, use=use[0] if use else ""),
            severity=Severity(entry.severity),
            replacements=use,
            code=entry.code,
            name=entry.name,
            evidence={
                "category": "house style",
                "style_entry": entry.word,
                "use": list(entry.use),
                "from": entry.origin,
                "case_insensitive": True,
                "whole_word": True,
                "inside_quotes_too": entry.quotes,
            },
        )
