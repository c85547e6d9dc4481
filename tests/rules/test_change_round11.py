"""NUM006 (round 11): what a noun of movement is a movement in ("a 15% rise in annual sales",
"the 0.8% increase in the jobless rate") names the change's measure, as a verb's subject does;
a movement told with the level it came to ("cargo climbed 4% to 310,000 tonnes") has figures
of its own and does not stand between another change and its pair; and a change that points
back ("That shift amounts to") is also read against the pairs printed before it. Passages
written for these tests."""

from __future__ import annotations

from conftest import rule_cases

# (what the passage shows, text, the figure flagged, a figure it is checked against)
FIRES = [
    ("a company's rise in a named measure, its figures two paragraphs on",
     "Kestrel Foods reported a 15% rise in annual sales on Tuesday and raised its dividend.\n\n"
     "The Leeds-based baker opened nine shops during the year.\n\n"
     "Sales reached £840m, up from £760m the year before.", "15%", "£760m"),
    ("a movement with its own level stands between the change and the pair",
     "Aer Tallaght posted a 9% increase in passenger numbers for the year.\n\n"
     "Cargo volumes climbed 4% to 310,000 tonnes.\n\n"
     "Passenger numbers came to 12.6 million, up from 11.2 million in 2023.", "9%",
     "11.2 million"),
    ("a fall in a named measure, the pair told two paragraphs on",
     "The Wexford folk festival suffered a 30 per cent drop in ticket sales this summer, "
     "organisers said.\n\nHeavy rain washed out two of the four days.\n\nTicket sales came to "
     "21,000, compared with 28,000 last year.", "30 per cent", "28,000"),
    ("per cent for points, the rate named after the noun of movement in a lede",
     "Ministers faced questions on Wednesday over a 1.2% increase in the youth jobless rate.\n\n"
     "The rate for those aged 16 to 24 climbed from 11.4% to 12.6% in the three months to May.",
     "1.2%", "11.4%"),
    ("a council's cut in a named grant, then the two budgets",
     "Councillors in Ballarat approved a 20 per cent cut in library funding on Monday night.\n\n"
     "The libraries will get $3.4 million next year, against $4.6 million this year.",
     "20 per cent", "$4.6 million"),
]  # fmt: skip

SILENT = [
    ("a rise in sales, right",
     "Kestrel Foods reported an 11% rise in annual sales on Tuesday and raised its dividend.\n\n"
     "The Leeds-based baker opened nine shops during the year.\n\n"
     "Sales reached £840m, up from £760m the year before."),
    ("a rise in another measure than the pair's",
     "Kestrel Foods reported a 15% rise in profits on Tuesday.\n\n"
     "Sales reached £840m, up from £760m the year before."),
    ("the pair is the between movement's own: it ends at its level",
     "The port handled a 9% increase in cargo overall.\n\n"
     "Container cargo climbed 12.5% to 12.6 million tonnes, up from 11.2 million tonnes."),
    ("a change pointing back at a pair printed before it fits that pair",
     "Backing for the new stadium reached 46%, up five points from 41% in a winter poll. "
     "Opposition dropped from 48% to 43%.\n\nThat shift amounts to a 12% increase in the share "
     "of residents in favour.\n\nAmong renters, support for the stadium climbed from 40% to "
     "49%."),
    ("a fall in ticket sales, right",
     "The Wexford folk festival suffered a 25 per cent drop in ticket sales this summer, "
     "organisers said.\n\nHeavy rain washed out two of the four days.\n\nTicket sales came to "
     "21,000, compared with 28,000 last year."),
    ("'for' after a noun of movement names whose the movement is, not what it measures",
     "Councillor Byrne leads the Evening Echo poll by nine points.\n\nThe poll, taken before "
     "Tuesday's hustings, represents a 6-point jump for Byrne over the past month. Just 64 "
     "percent of Fine Gael voters back her rival, compared to the 80 percent of Labour voters "
     "who back Byrne.\n\nA betting firm currently gives Byrne an 83 percent chance of holding "
     "her seat."),
    ("points named as points, right",
     "Ministers faced questions on Wednesday over a 1.2-point increase in the youth jobless "
     "rate.\n\nThe rate for those aged 16 to 24 climbed from 11.4% to 12.6% in the three months "
     "to May."),
]  # fmt: skip


test_fires_on_round11_shapes, test_silent_on_round11_shapes = rule_cases("NUM006", FIRES, SILENT)
