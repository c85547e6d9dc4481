"""Reports built by hand, for renderer tests that need every kind of span and evidence.

The NUM rules and the quantity extractor live on other branches; these reports let the HTML
renderer be tested on what they will produce (the JSON contract in DESIGN.md) today.
"""

from __future__ import annotations

from datetime import date

from newslint.report.model import (
    ArticleMeta,
    Finding,
    Quantity,
    Quote,
    Removed,
    Report,
    Span,
    Speaker,
)

TEXT = (
    "Ukrainian forces have recaptured about 2,300 square miles of territory, an area "
    "roughly three times the size of Wales, officials said.\n\n"
    '"We have taken back more ground in six days than in five months," said Oleksandr '
    "Petrenko, a spokesman. One US official said 53,000 soldiers had been lost. 🇺🇦 "
    "Mr Zelensky thanked the troops; President Zelenskyy said the army would not stop."
)

# The evidence of NUM003 on "three times the size of Wales" (also read by test_html_evidence).
WALES_EVIDENCE = {
    "multiplier": 3,
    "reference": "Wales",
    "reference_km2": 20779,
    "implied_km2": 62337,
    "stated_text": "2,300 square miles",
    "stated_km2": 5957,
    "ratio": 10.46,
    "tolerance": "x1.25",
}


def _at(text: str, piece: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return start, start + len(piece)


def rich_report(text: str = TEXT, **meta: object) -> Report:
    """A report with overlapping findings, quantities, quotes, a pin and related spans."""
    area = _at(text, "about 2,300 square miles")
    wales = _at(text, "three times the size of Wales")
    quote = _at(text, '"We have taken back more ground in six days than in five months,"')
    petrenko = _at(text, "Oleksandr Petrenko")
    official = _at(text, "One US official")
    soldiers = _at(text, "53,000 soldiers")
    zelensky = _at(text, "Zelensky")
    zelenskyy = _at(text, "Zelenskyy")
    findings = [
        Finding(
            rule="TXT001",
            name="boilerplate-removed",
            severity="info",
            start=0,
            end=0,
            message="removed 1 piece of boilerplate before checking (1 read-more)",
            evidence={
                "removed": [
                    {"start": 10, "end": 40, "kind": "read-more", "text": "READ MORE: elsewhere"}
                ]
            },
        ),
        Finding(
            rule="NUM003",
            name="comparison-mismatch",
            severity="error",
            start=wales[0],
            end=wales[1],
            message="three times the size of Wales is about 62,337 km², but the article "
            "states 5,957 km²",
            related=[Span(start=area[0], end=area[1])],
            evidence=dict(WALES_EVIDENCE),
        ),
        # overlaps the comparison: starts inside the first quantity, ends inside it
        Finding(
            rule="SRC002",
            name="unattributed-figure",
            severity="info",
            start=area[0] + 6,
            end=wales[0] + 11,
            message="a checkable figure with no named source",
            evidence={},
        ),
        Finding(
            rule="SRC001",
            name="anonymous-source",
            severity="info",
            start=official[0],
            end=official[1],
            message="quote from an unnamed official",
            evidence={"speaker": "One US official", "type": "anonymous"},
        ),
        Finding(
            rule="TXT002",
            name="name-variant",
            severity="warning",
            start=zelenskyy[0],
            end=zelenskyy[1],
            message="'Zelenskyy' (once) and 'Zelensky' (once) look like two spellings",
            related=[Span(start=zelensky[0], end=zelensky[1])],
            evidence={"forms": {"Zelenskyy": 1, "Zelensky": 1}, "similarity": 94.1},
        ),
    ]
    quantities = [
        Quantity(
            start=area[0],
            end=area[1],
            text=text[area[0] : area[1]],
            value=2300.0,
            unit="mi**2",
            dimension="area",
            approx="~",
            si_value=5_957_000_000.0,
            kind="measure",
        ),
        Quantity(
            start=wales[0],
            end=wales[1],
            text=text[wales[0] : wales[1]],
            value=3.0,
            kind="comparison",
            multiplier=3.0,
            reference="Wales",
            dimension="area",
            implied_low=62_205e6,
            implied_high=62_337e6,
        ),
        Quantity(
            start=soldiers[0],
            end=soldiers[1],
            text=text[soldiers[0] : soldiers[1]],
            value=53000.0,
            kind="count",
        ),
    ]
    quotes = [
        Quote(
            start=quote[0],
            end=quote[1],
            text=text[quote[0] : quote[1]],
            direct=True,
            cue="said",
            speaker=Speaker(
                text="Oleksandr Petrenko", start=petrenko[0], end=petrenko[1], type="named"
            ),
        ),
        Quote(
            start=official[0],
            end=soldiers[1] + 16,
            text=text[official[0] : soldiers[1] + 16],
            direct=False,
            cue="said",
            speaker=Speaker(
                text="One US official", start=official[0], end=official[1], type="anonymous"
            ),
        ),
    ]
    fields = {
        "title": "Ukraine retakes territory",
        "published": date(2022, 9, 13),
        "url": "https://example.org/story",
        "outlet": "Example News",
    }
    fields.update(meta)  # type: ignore[arg-type]
    return Report(
        article=ArticleMeta(**fields),  # type: ignore[arg-type]
        text=text,
        removed=[Removed(start=10, end=40, kind="read-more", text="READ MORE: elsewhere")],
        quantities=quantities,
        quotes=quotes,
        findings=sorted(findings, key=lambda f: (f.start, f.end, f.rule)),
    )
