"""DAT002: how ages, birth dates and birthdays are written, read by the sentence's structure
(passages written for these tests)."""

from __future__ import annotations

import pytest

from conftest import pointed

# (text, published, the age flagged, what it is checked against)
FIRES = [
    # a fronted "Born ..." phrase with a long apposition before the main clause's subject
    ("Wilfred Ames, the boat builder who fitted out half the harbour's trawlers, has died at 79."
     "\n\nBorn in Whitby on 4 June 1950, the youngest of three sons of a fisherman and a "
     "teacher, Ames served an apprenticeship at the yard and opened his own workshop in 1978.",
     "2024-09-02", "79", "Born in Whitby on 4 June 1950"),
    ("Born in Galway on 8 May 1951, the eldest of six children of a farmer, Keane qualified as "
     "a vet in 1975.\n\nMary Keane, 69, now breeds horses near Athenry.", "2024-03-01", "69",
     "Born in Galway on 8 May 1951"),
    ("Born in Perth in 1966, the only daughter of a bank clerk and a nurse, Ann Walsh joined the "
     "navy at 17.\n\nWalsh, 52, retired as a commodore last year.", "2024-03-01", "52",
     "Born in Perth in 1966"),
    # a relative clause's past verb dates the age it carries
    ("Anne Kerr, 70, retired from the council on Friday.\n\nKerr, who joined the council in "
     "1975 at the age of 19, said she would miss the chamber.", "2024-05-02", "19", "70"),
    # "at 19" inside a dated clause
    ("Amy Cole, 34, runs the harbour cafe.\n\nCole, who opened the cafe at 19 in 2005, said "
     "trade was good.", "2024-05-02", "19", "34"),
    ("Dr Sunil Rao, 52, is the new medical director.\n\nHe qualified in Mumbai in 1990 at 24, "
     "and moved to Leicester a decade later.", "2024-06-03", "24", "52"),
    # a life's years beside the name in an obituary
    ("Tom Baker (1948-2024) was a stalwart of the town band.\n\nBaker, who died last week aged "
     "71, played cornet for 60 years.", "2024-05-02", "71", "1948"),
    ("Obituary: Jean Ross, 1931-2024\n\nJean Ross, who has died aged 95, taught at the village "
     "school for 40 years.", "2024-05-02", "95", "1931"),
    # "The 52-year-old" continues the subject of a sentence naming two people, when the other
    # one's own age rules them out
    ("Chef Marco Villa has opened a second restaurant on the quayside with his business "
     "partner, Dana Cruz.\n\nThe 52-year-old said the menu would change every week.\n\nVilla, "
     "who was born in Naples in 1979, trained in Lyon. Cruz, 38, runs the front of house.",
     "2024-04-10", "52-year-old", "born in Naples in 1979"),
    ("Senator Ruth Baines defeated her challenger, Omar Field, in Tuesday's primary.\n\nThe "
     "61-year-old thanked her volunteers.\n\nBaines, 58, has held the seat since 2012. Field, "
     "44, is a former police officer.", "2024-03-08", "58", "61-year-old"),
    # an age at a time to come: no older now
    ("Richard Gauthier, the province's chief electoral officer, will retire at 63 once the "
     "next election is over.\n\n\"It has been a privilege,\" the 66-year-old said.",
     "2024-06-12", "66-year-old", "63"),
    ("Nurse Ann Beck, 67, will step down at the age of 65 when the ward closes.", "2024-06-12",
     "65", "67"),
    # "said" after "the 43-year-old" is its verb, whatever the tagger calls it
    ("Jane Whitlow, 34, runs the bakery on Mill Lane. The 43-year-old said trade was good.",
     "2024-02-20", "43-year-old", "34"),
    # a birthday next month
    ("Councillor Pat Lowe, who turns 65 next month, will step down at the election.\n\nLowe, "
     "who was born on 2 March 1961, has sat on the council since 1994.", "2024-05-10", "65",
     "born on 2 March 1961"),
]  # fmt: skip

SILENT = [
    ("Wilfred Ames, the boat builder who fitted out half the harbour's trawlers, has died at 74."
     "\n\nBorn in Whitby on 4 June 1950, the youngest of three sons of a fisherman and a "
     "teacher, Ames served an apprenticeship at the yard and opened his own workshop in 1978.",
     "2024-09-02"),
    # the main clause's subject is the one born; the wife's age is hers
    ("Born in Leeds in 1970, the son of a miner, Tom Hart met his wife, Ann Hart, 49, at "
     "university in Hull.", "2024-04-02"),
    # a birthday set apart from the sentence's date by a preposition
    ("Ruth Kay, the first woman to chair the county bench, died on Monday 2 September 2024, a "
     "month before her 90th birthday. She was 89.\n\nBorn on 1 October 1934 in Penrith, Kay "
     "qualified as a solicitor in 1958.", "2024-09-05"),
    ("Dev Anand Rao, 58, began the walk three days after his 58th birthday on 4 April.",
     "2024-06-01"),
    # a birthday at a time the article does not date
    ("Olive Marsh, 93, still swims every morning.\n\nShe told the local paper on her 80th "
     "birthday that she would never stop.", "2024-07-15"),
    # later this month, next month
    ("Jade Ormerod, the 28-year-old paramedic, has reached the final.\n\nOrmerod, who turns 29 "
     "later this month, was born in Leigh on 29 November 1995.", "2024-11-12"),
    ("Pat Lowe, 64, who turns 65 next month, will step down at the election.", "2024-05-10"),
    ("Anne Kerr, 68, retired from the council on Friday.\n\nKerr, who joined the council in "
     "1975 at the age of 19, said she would miss the chamber.", "2024-05-02"),
    # "at 20" sets a value, not an age; an address; a time
    ("Mayor Lisa Grant, 44, set the speed limit at 20 in 2019, and it has stayed there.",
     "2024-05-02"),
    ("Joe Pratt, 61, who lived at 19 in the terrace, moved away in 2020.", "2024-05-02"),
    ("Jo Hale, 38, arrived at 11 on Sunday and left at 14, in 2021 terms a long shift.",
     "2024-05-02"),
    # a term of office, not a life; a life that agrees
    ("Former chairman Tom Hart (1995-2019) has died, the club said. Hart, 66, had been ill.",
     "2024-05-02"),
    ("Tom Baker (1948-2024) was a stalwart of the town band.\n\nBaker, who died last week aged "
     "75, played cornet for 60 years.", "2024-05-02"),
    # the other person named has no age: "the 38-year-old" may be them
    ("Chef Marco Villa has opened a second restaurant on the quayside with his business "
     "partner, Dana Cruz.\n\nThe 38-year-old said the menu would change every week.\n\n"
     "Villa, 52, trained in Lyon.", "2024-04-10"),
    # the age fits the other person named
    ("Senator Ruth Baines defeated her challenger, Omar Field, in Tuesday's primary.\n\nThe "
     "44-year-old conceded on Wednesday.\n\nBaines, 58, has held the seat since 2012. Field, "
     "44, is a former police officer.", "2024-03-08"),
    ("Nurse Ann Beck, 59, will step down at the age of 65 when the ward closes.", "2024-06-12"),
    ("Richard Gauthier, 61, will retire at 63 once the next election is over.", "2024-06-12"),
    # a fronted "At 55," is the age now, whatever the verb's tense
    ("Diane Marsh, who was born in 1972, has been named chief executive.\n\nAt 52, Marsh will "
     "be the youngest head of the bank.", "2024-09-02"),
    # a future age in a dated month, not the month a year before
    ("Maria Lopez, 54, who will be 55 in June, chairs the board.", "2024-05-02"),
    # "eight-year-olds": a group, no one's age
    ("Maya Ross, 31, coaches a squad of nine-year-olds at the leisure centre. The 31-year-old "
     "said the children were keen.", "2024-02-01"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "age", "other"), FIRES)
def test_dat002_fires(rule_findings, text, published, age, other):
    report, found = rule_findings("DAT002", text, published)
    assert len(found) == 1, text
    f = found[0]
    assert report.text[f.start : f.end] == age
    assert other in pointed(report, f)


@pytest.mark.parametrize(("text", "published"), SILENT)
def test_dat002_silent(rule_findings, text, published):
    assert rule_findings("DAT002", text, published)[1] == []
