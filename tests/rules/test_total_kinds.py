"""NUM007: listed figures that count what the total counts (round 8). Passages written for
these tests from the classes of false alarm on real political and wire copy (PolNeAR, PTC);
before the change every silent passage below fired.

- A number to reach ("the 1,237 delegates needed to win", "It takes 2,383 delegates to clinch",
  "required 400 votes to pass") is neither a whole nor a part of the tallies around it.
- A named side's tally ("Alvarez leads with 612") is no whole of its rivals' tallies ("Brooks
  has 402 delegates, Chen has 151"); split by place it still is one, and a body's size ("Kent
  County Council has 81 seats") is the whole of the parties' seats.
- A part that counts the groups a total is split among ("24 delegates are divided among 8
  districts, with the district winner taking all three") is no part of it.
- A figure inside the noun another count counts ("five loaded 30 round magazines") measures
  each of those things; an average ("Average age: 71") is no total; in a "Label: value" table
  run together, the colon after a value ends the next label.
- Items after a colon that are clauses ("three beliefs: that marriage is between one man and
  one woman, ...") hold figures that count other things.
- "Of the total, ..." after a list heads the figures after it, not the list before; a cue
  sentences away from both the total and the list ("comes from") heads nothing of theirs.
- Sentences apart from the total, parts that each count a plural noun of their own ("eight
  officers ... five loaded rifles and four pistols") count other things; kinds named by a bare
  word ("nine gold, eight silver") still count the total's thing.
- A count of words is of the words listed: "five words: on time and under budget" lists phrases.
- "forty and five", tens "and" units, is a number spelled the old way, not a list of two.
"""

from __future__ import annotations

import pytest

# (what the passage shows, text, the figure flagged)
FIRES = [
    ("a named side's tally split by place", "Primary night\n\nSenator Alvarez has won 612 delegates so far. She took 402 in Texas, 151 in Ohio and 120 in Iowa.", "612"),
    ("a body's seats exceeded by the parties'", "Council count\n\nKent County Council has 81 seats.\n\nThe Conservatives won 61 seats, Labour 12 and the Liberal Democrats 10.", "81"),
    ("a count of words, one word short", "Motto\n\nThe school's motto is three words: faith, courage, kindness and hope.", "three"),
    ("medal colours sentences after the total", "Team home\n\nThe rowing squad came home from the regatta with 14 medals on Sunday.\n\nThe coach praised the juniors. The haul was made up of six gold, four silver and five bronze medals.", "14"),
    ("tens and units with their own nouns: a list", "Club night\n\nThe club has fifty members: forty adults and five juniors.", "fifty"),
    ("a colon list of plain figures, not clauses", "Depot closures\n\nThe operator will close 12 depots: 5 in the north, 4 in the midlands and 4 in the south.", "12"),
]  # fmt: skip

SILENT = [
    ("rivals' delegates against the leader's", "Primary night\n\nSenator Alvarez still leads the race for delegates, with 612. Governor Brooks has 402 delegates, Mr Chen has 151 and Ms Diaz left the race with 120."),
    ("rivals' delegates against the front-runner's", "Primary night\n\nThe front-runner, Dana Whitfield, has won 810 pledged delegates so far. Marco Ruiz has 560 delegates and Lena Hart has 290, according to an Associated Press count."),
    ("a number needed to win", "Nomination fight\n\nRuiz hopes to stop Whitfield from reaching the 1,237 delegates needed to win the nomination outright. Whitfield has won 758 delegates, compared with 538 for Ruiz and 145 for Hart."),
    ("it takes N to clinch", "Nomination fight\n\nIt takes 2,383 delegates to clinch the Democratic nomination. Clinton has 1,614 delegates and Sanders has 856."),
    ("delegates divided among districts", "State delegates\n\nOhio awards 66 delegates to the statewide winner. Another 24 delegates are divided among the state's 8 congressional districts, with the winner of a district taking all three delegates."),
    ("a cue sentences away from the total and the list", "Rules\n\nThe document is a list of rules - 289 of them - that every community must follow.\nIt was issued last week.\nIts authors say the rules bring clarity.\nCritics disagree.\nOne bishop said the text comes from a committee.\nAnother said it was rushed.\nA third said nobody had read it.\nThe word autonomy appears in the document 16 times and autonomous 30 times."),
    ("an average in a label-value table", "Survey\n\nFederation: North Number of houses: 12 Number of sisters: 140 In formation: 6 Average age: 71 Notes: there were 4 closures and 2 mergers in the decade."),
    ("an average in a list line by line", "Convent survey\n\nThe western federation reported 80 sisters this year.\n\nIts return to the order gave these figures:\nSisters in formation: 9\nAverage age: 64"),
    ("an average 'between' in a list line by line", "Convent survey\n\nThe western federation reported 80 sisters this year.\n\nIts return to the order gave these figures:\nSisters in formation: 9\nAverage age: between 64"),
    ("clauses after a colon, figures inside them", "Bill signed\n\nThe law protects people who hold three religious beliefs: that marriage is between one man and one woman, that sex belongs inside marriage and that sex is fixed at birth."),
    ("'Of the total' after a nested breakdown", "Arrests\n\nOfficers arrested 145 people. Of the 145 arrested, 86 had criminal convictions; 39 were held over earlier immigration encounters, four of which have charges pending; 20 had no record, one has charges pending. Of the total, 135 were men and 10 were women."),
    ("plural things of their own, sentences after the total", "Search\n\nOn Friday eight officers of the county's tactical team carried out the search.\n\nThe suspect was armed with five loaded rifles and four pistols. The compound consists of a trailer and a shed."),
    ("tens 'and' units spelled the old way", "Parable\n\nThe steward counted the sheep of the fifty folds: he found there forty and five."),
    ("a count of words, phrases listed", 'Speech\n\nThe mayor said: "My message tonight is four words: on time and under budget. That matters."'),
]  # fmt: skip


@pytest.mark.parametrize(("shape", "text", "flagged"), FIRES)
def test_fires(rule_findings, shape, text, flagged):
    report, found = rule_findings("NUM007", text, None)
    assert len(found) == 1, shape
    assert report.text[found[0].start : found[0].end] == flagged


@pytest.mark.parametrize(("shape", "text"), SILENT)
def test_silent(rule_findings, shape, text):
    assert rule_findings("NUM007", text, None)[1] == [], shape


def test_the_size_of_each_item_is_no_figure_of_a_list(nlp):
    """ "five loaded 30 round magazines": the 30 measures each magazine; "eight silver and six
    bronze medals" is a list, and its six a part."""
    from newslint.analysis import Analysis
    from newslint.article import Article
    from newslint.clean import clean
    from newslint.extract.totals import list_figures

    text = (
        "Raid\n\nDeputies said he was armed with a rifle, five loaded 30 round magazines and "
        "four pistols. The team won eight silver and six bronze medals."
    )
    figures, _ = list_figures(Analysis(clean(Article(text=text), nlp), nlp=nlp))
    assert [q.text for q in figures] == ["five", "four", "eight", "six"]
