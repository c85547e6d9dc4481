"""NUM007 total-mismatch through the real pipeline: totals against the complete lists of parts
(figures or names) the article gives for them, in passages written for these tests."""

from __future__ import annotations

import pytest

from conftest import pointed

# (text, the total flagged, a part it is checked against, the parts' sum or names counted)
FIRES = [
    ("Three people were arrested: Adam Price, Beth Jones, Carl Ward and Dina Shah.", "Three",
     "Dina Shah", 4),
    ("The £5m cost is made up of £2m for the roof and £2.5m for the hall.", "£5m", "£2.5m", 4.5e6),
    ("The club fielded 12 men and 9 women, 23 runners in all.", "23", "9", 21),
    ("The depot runs a fleet of 40 trams: 22 of the old design, 12 newer models and four "
     "prototypes.", "40", "four", 38),
    ("The charity raised £86,000 this year. The breakdown showed £41,000 from the fun run, "
     "£27,000 from the raffle and £15,000 from donations.", "£86,000", "£15,000", 83000),
    ("The council will build 312 homes. They are split among three sites: 124 at Brook Farm, "
     "117 at Mill Road and 93 at the old depot.", "312", "93", 334),
    ("The four candidates are Ruth Adeyemi, Liam Doyle and Maria Santos.", "four",
     "Maria Santos", 3),
    ("She is survived by two daughters and by five grandchildren, Tom, Ella, Finn and Rosa.",
     "five", "Rosa", 4),
    ("Storm damage closed 57 schools across the region. According to the education authority, "
     "31 schools were shut in Cork, 22 in Kerry and 9 in Limerick.", "57", "9", 62),
    ("The tally of 29 medals was made up of 10 gold, 8 silver and 12 bronze.", "29", "12", 30),
    ("The squad of 25 consists of 14 forwards and 12 backs.", "25", "12", 26),
    ("The Greens won nine seats in total. They took four in the north ward, three in the east "
     "and three in the centre.", "nine", "three", 10),
    ("Four men were convicted on Friday. They are John Ames, 44, of Leeds; Peter Bell, 38, of "
     "York; and Imran Shah, 51, of Hull.", "Four", "Imran Shah, 51, of Hull", 3),
    ("The trust runs 14 schools - eight primaries and five secondaries - across the county.",
     "14", "five", 13),
    ("Police arrested 23 people over the weekend, 15 men and nine women.", "23", "nine", 24),
    ("The five shortlisted novels are Harbour Lights, The Long Field and A Winter Crossing, the "
     "judges said.", "five", "A Winter Crossing", 3),
    ("Of the £8.5m total, £4.2m goes to schools and £3.8m to hospitals.", "£8.5m", "£3.8m",
     8.0e6),
    ("The 28-man squad comprises 12 forwards, 10 midfielders and four goalkeepers.", "28",
     "four", 26),
    ("Six men have been charged: John Smith, Peter Brown, Alan Jones, Mark Green and Tom "
     "White.", "Six", "Tom White", 5),
    ("The school fair raised £7,900 this year.\n\nIt was the best result in a decade.\n\nThe "
     "head said the money came from stalls of £3,100, a raffle of £2,200 and donations, which "
     "brought in £1,900.", "£7,900", "£1,900", 7200),
    # a plain list is counted by its commas, however the parse joins the names
    ("The five accused are Peter Njoroge, Grace Mwangi, Samuel Ouma, Fatuma Hassan, Daniel "
     "Rotich and Lucy Odhiambo.", "five", "Lucy Odhiambo", 6),
]  # fmt: skip

SILENT = [
    "Three people were arrested: Adam Price, Beth Jones and Carl Ward.",
    "The £5m cost is made up of £2.5m for the roof and £2.5m for the hall.",
    "The club fielded 12 men and 11 women, 23 runners in all.",
    "The depot runs a fleet of 40 trams: 24 of the old design, 12 newer models and four "
    "prototypes.",
    # lists that do not claim to be complete
    "Several people were arrested, including Adam Price, Beth Jones and Carl Ward.",
    "The squad of 30 includes 14 forwards and 12 backs.",
    "The charity raised £86,000 this year, with £41,000 from the fun run and £27,000 from the "
    "raffle.",
    "Of the 300 homes, 120 will be at Brook Farm and 110 at Mill Road.",
    "Four new members joined, among them Ruth Adeyemi, Liam Doyle and Maria Santos.",
    "The other two nominees, Brief Encounter and The Third Man, shared the remaining votes.",
    # complete and right
    "The team scored 11 goals in three matches: four against Malta, five against Cyprus and two "
    "against Latvia.",
    "She leaves four children, Patrick, Maureen, Kevin and Anne.",
    # a list about something else than the total
    "The firm employs 900 staff. Last year 400 joined in London, 300 in Leeds and 250 in York.",
    "The Greens won nine seats in total. They took four in the north ward, two in the east and "
    "three in the centre.",
    "Police arrested 23 people over the weekend, 14 men and nine women.",
    "Fine Gael won eight seats, Sinn Féin returned five councillors, and Independents took the "
    "rest.",
    "The nine face 23 counts in total: 14 of fraud, six of money laundering and three of forgery.",
    # a number joined to a word describes one thing; it is no part of a list
    "Harper won in a race in which 412,880 ballots were cast.\n\nLindqvist had led before mail "
    "ballots were counted over the following two days.\n\nHarper, a two-term councillor, takes "
    "office in May. She has promised to hire 911 dispatchers.",
    "Of the £8.5m total, £4.2m goes to schools and £4.3m to hospitals.",
    "The 28-man squad comprises 12 forwards, 12 midfielders and four goalkeepers.",
    "Six men have been charged: John Smith, Peter Brown, Alan Jones, Mark Green, Tom White and "
    "Sam Hill.",
    "The school fair raised £7,900 this year. Stalls made £3,100, a raffle £2,200 and donations "
    "£1,900. Much of the money came from one family.",
    # bodies, not people; "three of which" is a part; money that "came from" is no whole
    "The claim names the actor plus two agents, Marlow Pictures and its parent company Redcliff "
    "Media Ltd.",
    "He has won 12 national titles in the high jump, four of which have come on home soil.",
    "The party spent £1.84m, second only to the Liberals' £2.71m. The Greens' campaign cost "
    "£0.9m, the Nationalists' £640,000 and the Independents' £215,000.",
    "The six accused are Peter Njoroge, Grace Mwangi, Samuel Ouma, Fatuma Hassan, Daniel Rotich "
    "and Lucy Odhiambo.",
    # the names say whom the figures were against; the list is of figures
    "The goals came in three double-headers: four against Bosnia and Herzegovina, five against "
    "Malta and two against Montenegro.",
]


@pytest.mark.parametrize(("text", "total", "part", "listed"), FIRES)
def test_num007_fires(rule_findings, text, total, part, listed):
    report, found = rule_findings("NUM007", text, None)
    assert len(found) == 1, text
    f = found[0]
    assert report.text[f.start : f.end] == total
    assert any(part in span for span in pointed(report, f))
    parts = f.evidence["parts"]
    if isinstance(parts, int):
        assert parts == listed
    else:
        low, high = f.evidence["parts_sum_range"]
        assert low <= listed <= high
    assert f.evidence["working"] and f.evidence["complete_because"]


@pytest.mark.parametrize("text", SILENT)
def test_num007_silent(rule_findings, text):
    assert rule_findings("NUM007", text, None)[1] == []
