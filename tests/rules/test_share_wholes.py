"""NUM004 fires only on shares and parts of ONE whole: one base, one question, one time
and place. Each class of real-copy false alarm has passages that must stay silent, and near
neighbours that must still fire. Every passage was written for this file.

- a bar to reach ("the 2,100 votes needed to win") is no whole of the votes won so far;
- shares of one sentence are one question's answers only with one group (not "women (61%),
  renters (66%)"), one time (not "in 2019 ... in 2001"), one classification (not "50 or older,
  70% white") and none inside another ("including 19% strongly");
- answers across sentences: no past time on one only ("Last month"), no other place, no share
  told before them in their sentence, trend answers comparing something in common, no share
  "of voters overall" beside a group's;
- parts told in sentences of other years than their whole ("in 2010", "in her 2005 win")
  are counts of other elections;
- groups each narrowed by a word the other lacks ("Asian men", "black men") are siblings;
- a table of labelled figures ("professed: 131 novices: 9 average age: 71") is no breakdown;
  "of which" after a figure of another kind points back to it.
"""

from __future__ import annotations

import pytest

from newslint.measurements.lexicon import a_bar_to_reach


def _found(lint, text: str):
    report = lint(text, select=["NUM004"])
    return report, [f for f in report.findings if f.rule == "NUM004" and f.severity == "error"]


def _covers(report, finding, phrase: str) -> bool:
    at = report.text.find(phrase)
    assert at >= 0, phrase
    spans = [(finding.start, finding.end)] + [(r.start, r.end) for r in finding.related]
    return any(a <= at + len(phrase) and at <= b for a, b in spans)


FIRES = [
    (
        "threshold",
        "Housing\n"
        "\n"
        "A new neighbourhood of 540 homes is planned. There will be 210 social homes and 190 affordable rental homes. The remaining 160 homes will be sold.",
        "210",
        "160",
    ),
    (
        "one sentence",
        "Tram vote\n"
        "\n"
        "Asked whether the tram extension should go ahead, 64% of residents said yes, 41% said no and 6% were undecided.",
        "64%",
        "41%",
    ),
    (
        "one sentence",
        "Strike ballot\n"
        "\n"
        "In the ballot, 58% of members backed the strike and 47% opposed it, the union said.",
        "58%",
        "47%",
    ),
    (
        "one sentence",
        "Term dates\n"
        "\n"
        "Of the parents polled, 62% approved of the new term dates, including 20% who strongly approved, and 45% disapproved.",
        "62%",
        "45%",
    ),
    (
        "across",
        "Stadium\n"
        "\n"
        "Asked about the new stadium, 61% of fans said they backed the move.\n"
        "\n"
        "A week of protests followed.\n"
        "\n"
        "But 44% opposed it, the club's own survey found.",
        "61%",
        "44%",
    ),
    (
        "across",
        "Merger survey\n"
        "\n"
        "Last month, 58% of members said they supported the merger. The same survey last month found 49% opposed it.",
        "58%",
        "49%",
    ),
    (
        "table",
        "Trust\n\nThe trust treated 5,200 patients last year: 3,100 adults and 2,300 children.",
        "3,100",
        "2,300",
    ),
]

SILENT = [
    (
        "threshold",
        "Federation vote\n"
        "\n"
        "A candidate needs 2,100 votes to win the federation presidency outright. As of Monday, Ms Achebe had 1,640 votes, compared with Mr Lund, who had 1,210 votes. Even if Mr Lund won the remaining 150 uncommitted votes, he would still need 120 votes now pledged to her.",
    ),
    (
        "sub-share",
        "Merger\n"
        "\n"
        "Reaction to the merger was split: 48% were in favour -- including 19% who were strongly in favour -- and 47% were against it.",
    ),
    (
        "sub-share",
        "Poll\n"
        "\n"
        "In the latest survey, 52 percent of drivers said they backed the toll, with 18 percent saying they strongly backed it, while 39 percent opposed it.",
    ),
    (
        "groups",
        "Mayor\n"
        "\n"
        "Her win was powered by the support of women (61 percent), union households (66 percent) and voters who said the economy was their main concern (72 percent), according to the network.",
    ),
    (
        "years",
        "Rural2\n"
        "\n"
        "In 2019 the party was backed by 61 percent of rural voters, with 35 percent for its rival, its best showing since it won 64 percent in 2001.",
    ),
    (
        "classifications",
        "Electorate\n"
        "\n"
        "Statewide, 57 percent of the electorate was 50 or older, 70 percent white, 15 percent Hispanic and 9 percent Black.",
    ),
    (
        "time",
        "Curriculum\n"
        "\n"
        "Some 71 percent of teachers now back the new curriculum, the union says.\n"
        "\n"
        "Last month, 38 percent opposed it.",
    ),
    (
        "place",
        "Senator\n"
        "\n"
        "In Ohio, 56 percent of voters approve of the senator's record.\n"
        "\n"
        "In neighbouring Kentucky, 48 percent disapprove of it.",
    ),
    (
        "question",
        "Old town\n"
        "\n"
        "Two-thirds support a ban on cars in the old town. Some 54% say the ring road should be widened; 41% disagree.",
    ),
    (
        "topic",
        "Growers\n"
        "\n"
        "Asked about their harvests, 58% of growers said yields were lower this season.\n"
        "\n"
        "Half have cut staff.\n"
        "\n"
        "On the new grading rules, 49% said the system was better.",
    ),
    (
        "whole",
        "Union deal\n"
        "\n"
        "Among union members, 64 percent back the deal, the poll found.\n"
        "\n"
        "But 45 percent of voters overall oppose it.",
    ),
    (
        "table",
        "Orders\n"
        "\n"
        "The document sums up the order's houses in 2011. Province: North number of houses: 9 number of brothers: 140 professed: 131 novices: 9 average age: 71 Province: South number of houses: 7 number of brothers: 96 professed: 90 novices: 6 average age: 68",
    ),
    (
        "anaphor",
        "Indictment\n"
        "\n"
        "Prosecutors unsealed a 9-count indictment against the shipping executive on Tuesday. Before his 31-year career in shipping – 24 of which were spent at the port authority – Mr Doyle served in the navy.",
    ),
    (
        "other years",
        "Votes\n"
        "\n"
        "Now compare that with how many votes Margaret Hale got in the 2015 general election: 9.3 million. And Hale lost, convincingly, to Prime Minister Doyle, who got nearly 11.3 million votes. Peter Ross got nearly 8.6 million votes and was crushed by Doyle (10.7 million votes) in 2010. Anne Kerr got 9.5 million votes in her 2005 reelection win.",
    ),
    (
        "sibling groups",
        "Jury\n"
        "\n"
        "Look at the panel. 6 women. 2 Asian men. 2 black men, and 2 white men. 12 in all and only 2 white men?",
    ),
]


@pytest.mark.parametrize(("shape", "text", "one", "other"), FIRES)
def test_fires_on_one_whole(lint, shape, text, one, other):
    report, found = _found(lint, text)
    assert len(found) == 1, (shape, [f.message for f in found])
    assert _covers(report, found[0], one) and _covers(report, found[0], other), found[0].message
    assert found[0].evidence.get("why"), found[0].evidence


@pytest.mark.parametrize(("shape", "text"), SILENT)
def test_silent_without_one_whole(lint, shape, text):
    _, found = _found(lint, text)
    assert not found, (shape, [(f.message, f.evidence.get("why")) for f in found])


@pytest.mark.parametrize(
    ("text", "figure", "bar"),
    [
        ("She must win the 1,991 delegates needed to take the nomination.", "1,991", True),
        ("A candidate needs 2,100 votes to win the presidency.", "2,100", True),
        ("She is 40 seats short of the 326 seats required for a majority.", "326", True),
        ("Some 1,200 people needed to be rescued from the roofs.", "1,200", False),
        ("The trust treated 5,200 patients last year.", "5,200", False),
    ],
)
def test_a_bar_to_reach_is_told_from_a_whole(text, figure, bar):
    at = text.index(figure)
    assert a_bar_to_reach(text, at, at + len(figure)) is bar
