"""NUM007 totals and their lists (round 6). Passages written for these tests before the code
was changed; before, none of the lists below fired, and the three silent ones marked fired on
the wrong whole.

- A colon later in the total's clause, with no figure between, opens its list ("all 40 places
  ... and the final order read: Greens 15, ..."); a colon opens only the list right after it,
  not a list in a later sentence past another list (a false alarm before).
- A sentence that opens with "the remaining", "the other" or "the rest" lists the rest of the
  whole: the parts before it and after it are all of it, and that "other" is not "other ones";
  only the next sentence, with a verb and no count of its own ("The other two biggest causes
  were ..." are two more, not the rest: a BBC false alarm of the first version).
- The base of a change ("up 4% on the 27.3m it handled in 2022") is the earlier level: neither
  a whole nor a part (a false alarm before).
- A whole told before a run of parts that the whole run comes to keeps the run's first figure
  a part, not the head of the rest; what the last part is split among is no further part.
- A result told in full ("The result was Labour 1,204, Conservative 980, ...", "The final tally
  was: ...") is complete; "the results were close, with ..." is not a list.
- Prison terms (spells in years or months) add up under a total said to be a sum ("a combined
  38 years", "a total of 19 years"), never otherwise; an age beside a name does not stop a list
  running into the next sentence.
- The size of a body ("the 12-member shire council", "the 40-ward council") counts the seats
  its sides won: seats that exceed it fire, a list carried into the next paragraph too (read
  only for parts that exceed the total; a list closed by "and" is not carried on); what a side
  won ("The JD(S) won six wards", "the BJP with 13") is a part, not a number of groups.
- "14 players, Munster nine and Ulster six" is a tally, not two names (a false alarm before).
- "made up 1,410 of the total": the figure before "of the total" is a part, never the whole of
  the figures after it (a false alarm before).

Lists of names (round 7, from real-article false alarms):

- The full stop of an abbreviation spaCy's English tokenizer keeps whole ("Dr.", "Gov.", "Sen.",
  "Calif.") or of its plural ("Govs.", "Sens.") does not end a list of names.
- A member named by a reflexive before the names ("a race between herself, A and B") counts; an
  emphatic reflexive after a name ("the mayor herself") is no member of its own.
- "along with", "as well as", "together with" or "plus" after a list adds members: the list is
  not the whole.
- "six of the region's eight hospitals: A, B, ...": the names are the part, not the whole.
- A list cut short by a preposition inside an item ("his aide for housing Jo Bell") is no list.

Listed figures that count what the total counts (round 8, from the classes of false alarm on
real political and wire copy; each silent passage marked "round 8" fired before):

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
- Items after a colon that are clauses ("three principles: that each branch keeps one
  vote, ...") hold figures that count other things.
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
    ("a colon later in the clause, seats", 'Board vote settled\n\nAfter the recount, all 40 places on the board were settled, and the final order read: Greens 15, Labour 12, Fine Gael 9 and independents 5.', "40"),
    ("a colon after 'as follows', parcels by place", 'Christmas appeal\n\nThe charity handed out 300 food parcels over Christmas week, shared out as follows: 120 in Ballymun, 95 in Finglas and 70 in Cabra.', "300"),
    ("the remaining ones open the next sentence", 'Bank holiday in A&E\n\nThe hospital treated 640 patients in its emergency department over the bank holiday weekend.\n\nFalls accounted for 210 of the cases. The remaining admissions were burns, 95; sports injuries, 180; and assaults, 140.', "640"),
    ("the base of a change passed over for the whole", 'Airport traffic\n\nThe airport handled 28.4m passengers last year, up 4% on the 27.3m it handled in 2022.\n\nThe total was split between its two terminals: 16.1m at North and 12.1m at South.', "28.4m"),
    ("a whole told before, the last part the rest", 'Count in Carlow\n\nThe returning officer said 5,240 valid ballots were counted on Saturday.\n\nMs Byrne topped the poll with 2,310. Mr Keane was second with 1,650, Ms Doyle took 880 and the remaining 300 were split among two independents.', "5,240"),
    ("the result was, parties and votes", 'Ward by-election result\n\nA total of 2,650 votes were cast in the Hillside ward by-election on Thursday, a turnout of 24%.\n\nThe result was Labour 1,204, Conservative 980, Green 310 and Liberal Democrat 146.', "2,650"),
    ("the final tally was, a crowd by supporters", 'Cup final\n\nThe county final drew a crowd of 18,400 to Semple Stadium on Sunday.\n\nThe final tally was: home supporters 9,250, away supporters 8,300 and neutrals 950.', "18,400"),
    ("a combined sentence, four defendants with ages", 'Gang jailed\n\nFour members of a drugs gang were jailed for a combined 38 years at Leeds Crown Court on Friday.\n\nDarren Holt, 34, was jailed for 12 years. Marcus Reid, 29, received ten years, Leon Price, 31, eight years and Jamal Okoye, 22, six years.', "38 years"),
    ("a total of years, three directors", 'Fraudsters sentenced\n\nThree company directors who stole from pensioners were handed a total of 19 years in prison by a judge in Brisbane.\n\nKevin Doyle, 58, was sentenced to nine years. Lisa Tran, 44, got six years and Paul Grant, 51, five years.', "19 years"),
    ("seats exceed a 12-member council", 'Shire election\n\nVoters returned a new 12-member shire council on Saturday.\n\nThe Nationals won five seats and Labor three. The Greens won two seats, and independents took three.', "12"),
    ("wards carried into the next paragraph exceed a 40-ward council", 'Civic poll\n\nVoters elected a new 40-ward municipal council, results declared on Monday showed.\n\nThe Congress emerged as the largest party with 17 wards, followed by the BJP with 13.\n\nThe JD(S) won six wards and independents took five.', "40"),
    ("titles with full stops, one name short", "Panel named\n\nThe four judges - Dr. Ruth Ames, Prof. Hugh Bell and Mr. Tom Carr - met on Monday to read the entries.", "four"),
    ("state abbreviations, one name short", "Senate talks\n\nFive senators - Sen. Ana Diaz (Calif.), Sen. Bob Egan (Ore.), Sen. Carl Foy (Nev.) and Sen. Dee Gray (Ariz.) - wrote to the agency on Tuesday.", "Five"),
    ("a reflexive member, one name too many", "Leadership contest\n\nThe party's deputy leader said the contest was now a three-candidate contest between herself, Maria Lopez, Tom Reid and Sam Hart.", "three"),
    ("plural titles, one name short", "Governors meet\n\nThe summit drew five governors: Govs. Amy Chu of Utah and Ben Dorsey of Maine, and Carla Evans.", "five"),
    # round 8
    ("a named side's tally split by place", "Primary night\n\nSenator Alvarez has won 612 delegates so far. She took 402 in Texas, 151 in Ohio and 120 in Iowa.", "612"),
    ("a body's seats exceeded by the parties'", "Council count\n\nKent County Council has 81 seats.\n\nThe Conservatives won 61 seats, Labour 12 and the Liberal Democrats 10.", "81"),
    ("a count of words, one word short", "Motto\n\nThe school's motto is three words: faith, courage, kindness and hope.", "three"),
    ("medal colours sentences after the total", "Team home\n\nThe rowing squad came home from the regatta with 14 medals on Sunday.\n\nThe coach praised the juniors. The haul was made up of six gold, four silver and five bronze medals.", "14"),
    ("tens and units with their own nouns: a list", "Club night\n\nThe club has fifty members: forty adults and five juniors.", "fifty"),
    ("what a side took 'to become' the largest is a part", "Shire election\n\nVoters returned a new 12-member shire council on Saturday.\n\nThe Nationals took five seats to become the largest party, and Labor won three. The Greens won two seats, and independents took three.", "12"),
    ("a colon list of plain figures, not clauses", "Depot closures\n\nThe operator will close 12 depots: 5 in the north, 4 in the midlands and 4 in the south.", "12"),
]  # fmt: skip

SILENT = [
    ("a colon later in the clause, right", 'Board vote settled\n\nAfter the recount, all 41 places on the board were settled, and the final order read: Greens 15, Labour 12, Fine Gael 9 and independents 5.'),
    ("a colon opens its own list, not a later one", 'Council make-up\n\nWith every seat declared, the 60-seat chamber is made up as follows: Labour 30, Conservatives 20, Greens 6 and independents 4.\n\nBefore the poll Labour held 21 seats and the Conservatives 29. The Greens gained two seats.'),
    ("the remaining ones, right", 'Bank holiday in A&E\n\nThe hospital treated 625 patients in its emergency department over the bank holiday weekend.\n\nFalls accounted for 210 of the cases. The remaining admissions were burns, 95; sports injuries, 180; and assaults, 140.'),
    ("'other causes included': some of them", 'Bank holiday in A&E\n\nThe hospital treated 640 patients in its emergency department over the bank holiday weekend.\n\nFalls accounted for 210 of the cases. Other causes included burns, 95, and sports injuries, 180.'),
    ("the base of a change is no whole", 'Airport traffic\n\nThe airport handled 28.4m passengers last year, up 4% on the 27.3m it handled in 2022.\n\nThe total was split between its two terminals: 16.1m at North and 12.3m at South.'),
    ("a whole told before, right", 'Count in Carlow\n\nThe returning officer said 5,140 valid ballots were counted on Saturday.\n\nMs Byrne topped the poll with 2,310. Mr Keane was second with 1,650, Ms Doyle took 880 and the remaining 300 were split among two independents.'),
    ("a figure between the total and the colon",
     "Ticket sales\n\nThe club sold 900 tickets, 400 more than last year, with the split as follows: 500 adults and 300 children."),
    ("the result was, right", 'Ward by-election result\n\nA total of 2,640 votes were cast in the Hillside ward by-election on Thursday, a turnout of 24%.\n\nThe result was Labour 1,204, Conservative 980, Green 310 and Liberal Democrat 146.'),
    ("the results were close: no list", 'Close count\n\nSome 9,500 votes were cast in the ward on Thursday.\n\nThe results were close, with Labour on 4,100 and the Conservatives on 3,950.'),
    ("a combined sentence, right", 'Brothers jailed\n\nTwo brothers were jailed for a combined 20 years at Glasgow High Court yesterday.\n\nAdam Kerr, 41, was jailed for 12 years and his brother Ian, 38, for eight years.'),
    ("a career's years, no sum said", 'Surgeon retires\n\nDr Ann Moore served 30 years at the hospital before retiring this month.\n\nShe spent 12 years in cardiology and 10 years in general surgery.'),
    ("spells that exceed a span, no sum said", 'Family firm\n\nThe firm has traded for 15 years. Its founder spent 10 years in London and 8 years in Leeds before that.'),
    ("seats of a 12-member council, right", 'Shire election\n\nVoters returned a new 12-member shire council on Saturday.\n\nThe Nationals won five seats and Labor three. The Greens won two seats, and independents took two.'),
    ("wards carried on, fewer than the council's", 'Civic poll\n\nVoters elected a new 40-ward municipal council, results declared on Monday showed.\n\nThe Congress emerged as the largest party with 17 wards, followed by the BJP with 13.\n\nThe JD(S) won six wards, officials said.'),
    ("a squad's players by province: a tally, not names", 'Squad named\n\nIreland have named a 31-strong squad for the autumn series.\n\nLeinster supply 14 players, Munster nine and Ulster six.'),
    ("seats of a 25-seat assembly, right", 'Assembly count ends\n\nCounting for the 25-seat regional assembly finished late on Sunday night.\n\nFianna Fáil won nine seats, Fine Gael took eight, Sinn Féin five and Labour three.'),
    ("a part of the total, then more parts: claims", 'Flood damage\n\nInsurers have received 1,930 claims since the storm, the industry body said.\n\nHousehold claims made up 1,410 of the total. Business claims numbered 390 and motor claims 140.'),
    ("a part of the sum, then more parts: an appeal", 'Appeal total\n\nThe hospice appeal raised £96,000 over the winter.\n\nOnline gifts made up £51,000 of the sum. Events brought in £30,000 and street collections £12,000.'),
    ("the other two: two more, not the rest", 'Bank holiday in A&E\n\nThe hospital treated 640 patients in its emergency department over the bank holiday weekend.\n\nFalls accounted for 210 of the cases. The other two biggest causes were burns, 95, and sports injuries, 180.'),
    ("titles with full stops, right", "Panel named\n\nThe three judges - Dr. Ruth Ames, Prof. Hugh Bell and Mr. Tom Carr - met on Monday to read the entries."),
    ("state abbreviations, right", "Senate talks\n\nFour senators - Sen. Ana Diaz (Calif.), Sen. Bob Egan (Ore.), Sen. Carl Foy (Nev.) and Sen. Dee Gray (Ariz.) - wrote to the agency on Tuesday."),
    ("plural title, right", "Governors meet\n\nThe summit drew three governors: Govs. Amy Chu of Utah and Ben Dorsey of Maine, and Carla Evans."),
    ("a reflexive member, right", "Leadership contest\n\nThe party's deputy leader said the contest was now a three-candidate contest between herself, Maria Lopez and Tom Reid."),
    ("an emphatic reflexive after a name", "Council sued\n\nThe claim names four defendants: the mayor Jane Holt herself, the clerk Ian Moss, the treasurer Ann Lee and the planner Raj Patel."),
    ("members added with 'along with'", "Ad campaign\n\nThe campaign will run its new advert in seven counties: Kent, Essex and Surrey, where it already runs, along with Devon, Dorset, Somerset and Cornwall."),
    ("members added with 'as well as'", "Festival line-up\n\nFive bands will play on Saturday: Echo Park, The Reeds and Lowland, as well as Harbour Lights and Ninefold."),
    ("the part of a whole", "Hospital inspections\n\nInspectors visited six of the region's eight hospitals - St Anne's, Greenfield, Hollybank, Marsh Road, Riverside and Westgate - over the summer."),
    ("a preposition inside an item", "Council sued\n\nThe claim names six defendants: Mayor Jane Holt herself, Clerk Ian Moss, Treasurer Ann Lee, her adviser for housing Jo Bell, Planner Raj Patel, and the unnamed officer who signed the order."),
    # round 8
    ("rivals' delegates against the leader's", "Primary night\n\nSenator Alvarez still leads the race for delegates, with 612. Governor Brooks has 402 delegates, Mr Chen has 151 and Ms Diaz left the race with 120."),
    ("rivals' delegates against the front-runner's", "Primary night\n\nThe front-runner, Dana Whitfield, has won 810 pledged delegates so far. Marco Ruiz has 560 delegates and Lena Hart has 290, according to an Associated Press count."),
    ("rivals' tallies 'for' their names", "Delegate race\n\nWhitfield has 758 delegates. That compares with 538 for Ruiz and 245 for Hart."),
    ("a number needed to win", "Nomination fight\n\nRuiz wants to keep Whitfield short of the 1,180 delegates needed for a first-ballot victory. Whitfield has 758 so far, compared with 538 for Ruiz and 145 for Hart."),
    ("it takes N to clinch", "Leadership race\n\nIt takes 1,950 delegates to clinch the party's nomination. Okafor has 1,402 delegates and Lindqvist has 731."),
    ("delegates divided among districts", "State delegates\n\nThe state gives 40 delegates to whoever wins it outright. A further 30 delegates are shared out among its 10 districts, each district's winner taking all three."),
    ("a cue sentences away from the total and the list", "Rules\n\nThe document is a list of rules - 289 of them - that every community must follow.\nIt was issued last week.\nIts authors say the rules bring clarity.\nCritics disagree.\nOne bishop said the text comes from a committee.\nAnother said it was rushed.\nA third said nobody had read it.\nIn the text the word duty is used 21 times and the word dutiful 12 times."),
    ("an average in a label-value table", "Survey\n\nFederation: North Number of houses: 12 Number of sisters: 140 In formation: 6 Average age: 71 Notes: there were 4 closures and 2 mergers in the decade."),
    ("an average in a list line by line", "Convent survey\n\nThe western federation reported 80 sisters this year.\n\nIts return to the order gave these figures:\nSisters in formation: 9\nAverage age: 64"),
    ("an average 'between' in a list line by line", "Convent survey\n\nThe western federation reported 80 sisters this year.\n\nIts return to the order gave these figures:\nSisters in formation: 9\nAverage age: between 64"),
    ("clauses after a colon, figures inside them", "Charter adopted\n\nThe charter commits members to three principles: that each branch keeps one vote, that two-thirds of branches must back any rule change and that the chair serves one term."),
    ("'Of the total' after a nested breakdown", "Raids\n\nDetectives detained 212 people. Of the 212 detained, 120 had previous convictions; 62 were wanted on old warrants, five of which are still open; 30 had no record, two of whom face new charges. Of the total, 190 were men and 22 were women."),
    ("plural things of their own, sentences after the total", "Search\n\nOn Friday eight officers of the county's tactical team carried out the search.\n\nThe suspect was armed with five loaded rifles and four pistols. The compound consists of a trailer and a shed."),
    ("tens 'and' units spelled the old way", "Parable\n\nThe steward counted the sheep of the fifty folds: he found there forty and five."),
    ("a count of words, phrases listed", 'Speech\n\nThe mayor said: "My message tonight is four words: on time and under budget. That matters."'),
]  # fmt: skip


@pytest.mark.parametrize(("shape", "text", "flagged"), FIRES)
def test_fires(flagged_once, shape, text, flagged):
    assert flagged_once("NUM007", text, shape) == flagged


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
        "Search\n\nOfficers said she carried a shotgun, three loaded 20 round clips and "
        "two revolvers. The squad won seven gold and five bronze medals."
    )
    figures, _ = list_figures(Analysis(clean(Article(text=text), nlp), nlp=nlp))
    assert [q.text for q in figures] == ["three", "two", "seven", "five"]
