"""DAT003: a tenure that ends at the article's time (passages written for these tests).

"bringing to an end a seven-year spell", "is stepping down this month after 12 years in the
post": a spell in office whose last day is the time the article tells (the published date, or
the month its sentence names), counted from the one day or month the article says the office
began ("was appointed in June 2012").
"""

from __future__ import annotations

from conftest import dated_cases

# (text, published, the duration flagged)
FIRES = [
    ("Hollis bows out at Kingsmead\n\nMarta Hollis took charge of her final game as Kingsmead "
     "head coach on Sunday, bringing to an end a seven-year spell in which the club won two "
     "titles.\n\nHollis was appointed in June 2012, when the club was bottom of the league.",
     "2024-04-15", "seven-year"),
    ("Harbour Foods said its chief executive Ian Dunne will retire at the end of September, "
     "closing 20 years at the helm.\n\nDunne took over as chief executive in January 2009 and "
     "tripled the group's sales.", "2025-05-02", "20 years"),
    ("The county's chief constable is stepping down this month after 12 years in the post.\n\n"
     "Ms Okafor took over the force in March 2019, after a decade in the Met.", "2025-06-10",
     "12 years"),
    ("Fernhill Primary says goodbye to its head\n\nRuth Amis retires this week after 15 years "
     "as head of Fernhill Primary.\n\nShe was appointed head on 1 September 2013.",
     "2025-07-14", "15 years"),
    # two starts, one of them the person's: the successor's is another spell
    ("The chief executive of Valley Water, Priya Nair, will stand down in October, ending a "
     "12-year tenure.\n\nMs Nair was appointed in May 2016. Her deputy, Tom Ellis, who joined "
     "the company in 2019, will act as interim chief.", "2025-02-03", "12-year"),
]  # fmt: skip

SILENT = [
    # the spell fits: March 2019 to June 2025 is six years
    ("The county's chief constable is stepping down this month after six years in the post.\n\n"
     "Ms Okafor took over the force in March 2019, after a decade in the Met.", "2025-06-10"),
    # two starts: the spell may count from either
    ("Kerr joined the club as a player in 2001 and was appointed manager in 2016.\n\nHe leaves "
     "on Friday after a 14-year spell at the club.", "2025-05-12"),
    # not a spell in office: playing and coaching together
    ("The manager, appointed in July 2020, leaves on Friday after 14 years of playing and "
     "coaching in the city.", "2025-05-12"),
    # a year in the sentence: another time, not the article's (a leaving now is said, so only
    # the year keeps it silent)
    ("Ms Byrne took over the council in May 2009.\n\nShe steps down from the council on "
     "Friday, her nine-year spell as leader having ended in 2014.", "2025-05-12"),
    # nothing says the spell ends now
    ("Ms Byrne took over the council in May 2009.\n\nHer nine-year spell as leader was marked "
     "by rows over housing.", "2025-05-12"),
    # the end of the academic year is months ahead: April 2015 to then is ten years
    ("Dr Shah, who was appointed in April 2015, will retire after a 10-year spell as principal "
     "at the end of the academic year.", "2025-03-02"),
]  # fmt: skip


test_tenure_fires, test_tenure_silent = dated_cases("DAT003", FIRES, SILENT)
