"""DAT002: a person called by a given name alone ("Dean", "Marjorie") is still one person with
the full name and the bare surname ("Dean Hollis", "Hollis"), in whatever order the forms are
written; a given name two people share stays with the first, and a surname with its own
person. Passages written for these tests."""

from __future__ import annotations

from conftest import dated_cases

# (text, published, the age flagged)
FIRES = [
    ("Winger Dean Hollis, 31, has signed a new two-year deal.\n\nDean, who came through the "
     "academy, said he was delighted to stay.\n\nHollis, born on 4 May 1996 in Leeds, has "
     "scored 40 tries for the club.", "2025-03-01", "31"),
    ("Marjorie Penn turned 100 on Sunday with a party at the care home.\n\nStaff said Marjorie "
     "still reads a newspaper every morning.\n\nMrs Penn was born on 15 June 1926 in Crewe.",
     "2025-06-20", "100"),
    ("Chief executive Omar Reyes, 45, unveiled the plan on Tuesday.\n\nOmar told staff that no "
     "jobs would go.\n\nReyes, who was born in 1968 in Valencia, joined the firm in 2001.",
     "2025-04-08", "45"),
]  # fmt: skip

SILENT = [
    ("Winger Dean Hollis, 28, has signed a new two-year deal.\n\nDean, who came through the "
     "academy, said he was delighted to stay.\n\nHollis, born on 4 May 1996 in Leeds, has "
     "scored 40 tries for the club.", "2025-03-01"),
    ("Marjorie Penn turned 99 on Sunday with a party at the care home.\n\nStaff said Marjorie "
     "still reads a newspaper every morning.\n\nMrs Penn was born on 15 June 1926 in Crewe.",
     "2025-06-20"),
    # "Tom" is Tom Price's; "Walsh" is Tom Walsh's, not Price's
    ("Tom Price, 40, and Tom Walsh, 25, opened the cafe in March.\n\nTom said the first month "
     "had been hectic.\n\nWalsh, born in 1999 in Sligo, trained as a chef.", "2025-06-20"),
]  # fmt: skip


test_given_name_fires, test_given_name_silent = dated_cases("DAT002", FIRES, SILENT)
