"""DAT001 weekday-date-mismatch and DAT003 impossible-date through the real pipeline: passages
written for these tests that must fire (at the right words, with the calendar arithmetic in the
evidence) and near-misses that must stay silent."""

from __future__ import annotations

import threading

import pytest

from conftest import pointed

# (text, published, words the finding must point at, evidence that must be there)
DAT001_FIRES = [
    # a relative day with its weekday set off by commas, or a date in the brackets
    ("Yesterday, Sunday, police were called to the scene.", "2024-03-12", "Yesterday, Sunday",
     {}),
    ("The council will meet tomorrow (Thursday 14 March) to set the budget.", "2024-03-12",
     "tomorrow (Thursday 14 March)", {}),
    ("Police were called last night (Sunday) to the scene.", "2024-03-12",
     "last night (Sunday)", {}),
    # a weekday set after the date: "March 6, a Tuesday"
    ("The vote, held on March 6, a Tuesday, passed narrowly.", "2024-03-10",
     "March 6, a Tuesday", {"weekday_of_date": "Wednesday"}),
    ("The hearing, on 7 March 2024, which was a Friday, lasted an hour.", None,
     "7 March 2024, which was a Friday", {"weekday_of_date": "Thursday"}),
    ("The inquiry will open on Monday 5 March 2024 at the town hall.", None,
     "Monday 5 March 2024", {"weekday_of_date": "Tuesday"}),
    ("Voters in the ward go to the polls on Thursday, 3 May 2023, after the councillor resigned.",
     None, "Thursday, 3 May 2023", {"weekday_of_date": "Wednesday"}),
    ("The new year's day swim will take place on Tuesday, January 1, 2025, weather permitting.",
     None, "Tuesday, January 1, 2025", {"weekday_of_date": "Wednesday"}),
    ("The carol service is on Saturday 25 December 2022 at the cathedral.", None,
     "Saturday 25 December 2022", {"weekday_of_date": "Sunday"}),
    ("The hearing was adjourned until Friday, Oct. 31, 2023.", None, "Friday, Oct. 31, 2023",
     {"date": "2023-10-31"}),
    ("Councillors will vote on the plan on Thursday, June 14, the clerk confirmed.", "2024-06-10",
     "Thursday, June 14", {"year_from": "published", "date": "2024-06-14"}),
    ("The festival runs from Friday, August 16, to Saturday, August 18, 2024, at the showground.",
     "2024-08-01", "Saturday, August 18, 2024", {"weekday_of_date": "Sunday"}),
    ("The defendant appeared before the district court yesterday (Tuesday) and was remanded.",
     "2024-11-19", "yesterday (Tuesday)", {"date": "2024-11-18", "weekday_of_date": "Monday"}),
    ("The match resumes tomorrow (Sunday) after rain stopped play.", "2025-01-03",
     "tomorrow (Sunday)", {"weekday_of_date": "Saturday"}),
    ("Ministers met today (Tuesday) to discuss the figures.", "2024-10-09", "today (Tuesday)",
     {"weekday_of_date": "Wednesday"}),
    ("Schools close for Easter on Thursday 3 April 2026, a week later than usual.", None,
     "Thursday 3 April 2026", {"weekday_of_date": "Friday"}),
    ("The ceremony is set for Friday, 17 March 2025, in the town square.", None,
     "Friday, 17 March 2025", {"weekday_of_date": "Monday"}),
    ("The board will meet on Thursday (3 May 2024) to discuss the plan.", None,
     "Thursday (3 May 2024", {"weekday_of_date": "Friday"}),
    # "(a Monday)" in brackets after the date
    ("The memorial service, on 14 May (a Monday), will be livestreamed.", "2024-05-10",
     "14 May (a Monday)", {"weekday_of_date": "Tuesday"}),
    # a year printed earlier is a reading only when the weekday fits it
    ("The trial began on Monday 4 March 2024.\n\nThe verdict came on Wednesday, 14 March, "
     "after nine days of evidence.", "2024-04-02", "Wednesday, 14 March",
     {"weekday_of_date": "Thursday"}),
]  # fmt: skip

DAT001_SILENT = [
    # a story looked back on: the bare date takes the year printed before it, not the
    # published date's (the weekday fits 2023, 2024 and 2023 respectively)
    ("The flood of Monday 9 October 2023 closed the bypass.\n\nBy Thursday, 12 October, the "
     "water had gone, the council said.", "2025-02-10"),
    ("The plant shut on Friday, June 7, 2024, after the spill.\n\nWorkers returned on Monday, "
     "June 17, the company said.", "2025-11-20"),
    ("The final was played on Saturday 20 May 2023 in front of a full house.\n\nThe parade "
     "followed on Sunday 21 May, when 30,000 lined the streets.", "2024-12-01"),
    ("The memorial service, on 14 May (a Tuesday), will be livestreamed.", "2024-05-10"),
    ("Yesterday, Monday, police were called to the scene.", "2024-03-12"),
    ("The shop will be closed tomorrow, Friday, and Saturday for stocktaking.", "2024-03-12"),
    ("Yesterday, Monday's figures showed a rise in sales.", "2024-03-12"),
    ("Today, Sunday is the busiest day for the market, traders said.", "2024-03-12"),
    # a weekday range over a date range: the first weekday is the first day's
    ("The festival runs Friday-Sunday, March 8-10, on the green.", "2024-03-10"),
    ("The cup final weekend is Sat and Sun, 28-29 September 2024.", None),
    ("The vote, held on March 6, a Wednesday, passed narrowly.", "2024-03-10"),
    # "Friday-Sunday, March 8": which of the days is the 8th is not said
    ("The fair is open Friday-Sunday, March 8, and Monday.", "2024-03-10"),
    ("The inquiry will open on Tuesday 5 March 2024 at the town hall.", None),
    ("Voters in the ward go to the polls on Wednesday, 3 May 2023, after the councillor resigned.",
     None),
    ("The new year's day swim will take place on Wednesday, January 1, 2025, weather permitting.",
     None),
    ("Councillors will vote on the plan on Friday, June 14, the clerk confirmed.", "2024-06-10"),
    ("The festival runs from Saturday, August 17, to Sunday, August 18, 2024, at the showground.",
     "2024-08-01"),
    ("The defendant appeared before the district court yesterday (Monday) and was remanded.",
     "2024-11-19"),
    ("The match resumes tomorrow (Saturday) after rain stopped play.", "2025-01-03"),
    # no published date: neither "tomorrow" nor a date without a year can be placed
    ("The match resumes tomorrow (Sunday) after rain stopped play.", None),
    ("Councillors will vote on the plan on Thursday, June 14, the clerk confirmed.", None),
    # a kick-off time under a date is not its year
    ("Kick-off is on Saturday, 1 March, at 3pm.\n\nTuesday, 1 March\n\n2000 GMT", None),
    # December's dates are in the publication year, January's in the next
    ("The team plays at home on Saturday, Dec. 28, and away on Wednesday, Jan. 1.", "2024-12-20"),
    ("The ceremony is set for Monday, 17 March 2025, in the town square.", None),
    ("The board will meet on Friday (3 May 2024) to discuss the plan.", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "words", "evidence"), DAT001_FIRES)
def test_dat001_fires(rule_findings, text, published, words, evidence):
    report, found = rule_findings("DAT001", text, published)
    assert len(found) == 1, text
    assert words in pointed(report, found[0])
    for key, value in evidence.items():
        assert found[0].evidence[key] == value
    assert found[0].evidence["working"]


@pytest.mark.parametrize(("text", "published"), DAT001_SILENT)
def test_dat001_silent(rule_findings, text, published):
    assert rule_findings("DAT001", text, published)[1] == []


DAT003_FIRES = [
    ("Residents have until 31 April to comment on the plans.", None, "31 April",
     {"days_in_month": 30}),
    ("The trial was listed for 30 February, a date the court later corrected.", None,
     "30 February", {"days_in_month": 29}),
    ("The contract was signed on 29 February 2023, according to the filing.", None,
     "29 February 2023", {"days_in_month": 28, "year": 2023}),
    ("Applications close on June 31, the council said.", None, "June 31", {"month": "June"}),
    ("Roadworks on the high street will finish on 31 September.", "2024-08-28", "31 September",
     {"days_in_month": 30}),
    ("The ward was closed from 3 March 2024 to 10 March 2024, a fortnight that staff described "
     "as chaotic.", None, "a fortnight", {"elapsed_days": 7}),
    ("The bridge shut on 8 July 2024 and reopened on 19 August 2024. During the five weeks it "
     "was closed, drivers faced a long detour.", None, "five weeks", {"elapsed_days": 42}),
    ("The strike began on 6 January 2025 and ended on 17 March 2025. The 12-week stoppage cost "
     "the firm dearly.", None, "12-week", {"elapsed_days": 70}),
    ("The exhibition ran from 1 April 2024 to 30 June 2024, six months in all.", None,
     "six months", {"elapsed_days": 90}),
    ("She was admitted on 12 January 2024 and discharged on 9 March 2024 after 12 weeks on the "
     "ward.", None, "12 weeks", {"elapsed_days": 57}),
    ("The lease began on 1 August 2022 and expires on 31 July 2024. The 36-month lease will not "
     "be renewed.", None, "36-month", {"elapsed_days": 730}),
    # an anniversary counts from the one day the thing began
    ("Riverside Hospital opened on May 14, 1994, with 68 beds.\n\nThe celebration on May 14, "
     "2026, marked 30 years of care for the town, the hospital's president said.", "2026-05-15",
     "30 years", {"from_date": "1994-05-14"}),
    ("The bakery first opened its doors on 2 March 1985.\n\nOn Saturday, 2 March 2024, the "
     "Pellow family marked 35 years of baking bread on the high street.", "2024-03-04",
     "35 years", {"from_date": "1985-03-02"}),
    ("The Harbour Players were founded on 10 October 1974 by a group of dockers.\n\nThe gala on "
     "10 October 2024 celebrated 45 years of theatre in the town.", "2024-10-12", "45 years",
     {"from_date": "1974-10-10"}),
    # "after it was ...": what it did before is the one earlier date printed
    ("The law took effect on 1 July 2024, two years after it was first proposed.\n\nThe health "
     "minister put forward the bill on 15 March 2023.", "2024-07-02", "two years",
     {"elapsed_days": 474}),
    ("The museum reopened on Saturday 6 May 2023, four years after it was damaged by fire.\n\n"
     "The blaze broke out on 12 August 2020.", "2023-05-08", "four years",
     {"elapsed_days": 997}),
    # "a year after", and a pause that "resumed"
    ("The inquiry reported on 22 May 2019, a year after the attack on 22 March 2017.",
     "2024-06-01", "a year", {"elapsed_days": 791}),
    ("Talks resumed on 14 May 2024 after a three-month pause that began on 2 April 2024.",
     "2024-06-01", "three-month", {"elapsed_days": 42}),
    ("The pilot ran from 1 March to 30 March, six weeks in all, at 12 clinics.", "2024-06-20",
     "six weeks", {"elapsed_days": 29}),
    # a duration in another sentence that carries on the spell's subject
    ("The library shut on 2 May 2024 and reopened on 1 July 2024.\n\nIt was closed for 12 weeks "
     "while the roof was replaced.", "2024-07-10", "12 weeks", {"elapsed_days": 60}),
    ("The library shut on 2 May 2024 and reopened on 1 July 2024.\n\nThe library was closed for "
     "12 weeks while the roof was replaced.", "2024-07-10", "12 weeks", {"elapsed_days": 60}),
    ("Drivers at the depot walked out on 4 March 2024 and returned to work on 11 March 2024.\n\n"
     "They stayed out for a fortnight, the union said.", "2024-07-10", "a fortnight",
     {"elapsed_days": 7}),
    # anniversaries against the year a thing began
    ("Riverside Hospital, which opened in 1994, celebrated its 30th anniversary on Thursday.",
     "2026-05-15", "its 30th anniversary", {"due_year": 2024, "said_in": 2026}),
    ("The choir was founded in 1976. This weekend it marks 40 years of singing with a concert.",
     "2026-05-15", "40 years", {"due_year": 2016, "founded": 1976}),
    ("The charity, set up in 1990, celebrated its 25th anniversary with a gala on Saturday.",
     "2026-05-15", "its 25th anniversary", {"years_off": 11}),
    ("The plant was shut for 10 consecutive days, from 1 May 2024 to 20 May 2024.", "2024-06-01",
     "10 consecutive days", {"elapsed_days": 19}),
    # told to the half: "two and a half years" is 2.25-3 years
    ("The new stadium opened on 1 May 2024, two and a half years after work began on 1 March "
     "2020.", "2024-06-01", "two and a half years", {"elapsed_days": 1522}),
    # "after 12 weeks of repairs" names no date of its own: the closure's two dates
    ("The bridge closed on 15 January and reopened on 3 May, after 12 weeks of repairs.",
     "2024-05-10", "12 weeks", {"elapsed_days": 109}),
    ("Applications open on 1 June and close on 30 June, giving residents six weeks to apply.",
     "2024-05-10", "six weeks", {"elapsed_days": 29}),
    # a duration in another sentence that names what a spell's date clause names, as a thing
    # already told ("that hospital", "the pool", "in hospital")
    ("Delayed\n\nMr Osei was admitted to Ninewells hospital on 10 May after a fall.\n\nHe was "
     "discharged on 24 May.\n\n\"Dad spent 12 days in hospital and nobody told us anything,\" "
     "his son said.", "2024-06-01", "12 days", {"elapsed_days": 14}),
    ("Pool\n\nThe pool at Hatton leisure centre closed on 4 March for repairs to its roof.\n\n"
     "It reopened to swimmers on 29 April.\n\nRegular swimmers said the nine weeks without the "
     "pool had been hard.", "2024-05-02", "nine weeks", {"elapsed_days": 56}),
    ("Strike\n\nNurses at the Royal Infirmary walked out on 8 January in a dispute over pay."
     "\n\nThey returned to work on 22 January after a deal was agreed.\n\nUnion officials said "
     "the three-week walkout at the infirmary had cost members dearly.", "2024-02-01",
     "three-week", {"elapsed_days": 14}),
    ("Bridge\n\nThe footbridge over the Avon was shut on 1 August when cracks were found.\n\n"
     "Engineers reopened it on 12 September.\n\nShopkeepers said trade fell during the nine "
     "weeks the bridge was closed.", "2024-10-01", "nine weeks", {"elapsed_days": 42}),
    ("Ferry\n\nSailings of the MV Loch Seaforth were suspended on 3 February for an engine "
     "overhaul.\n\nThe ferry returned to the Stornoway route on 21 March.\n\nIslanders said the "
     "Loch Seaforth's five weeks away had hit hauliers hardest.", "2024-04-02", "five weeks",
     {"elapsed_days": 47}),
    ("Freed\n\nDaniel Ruiz was arrested in Malaga on 12 April.\n\nHe was freed on 2 May after "
     "prosecutors dropped the case.\n\nRuiz said his 30 days in a Spanish cell had left him "
     "shaken.", "2024-05-20", "30 days", {"elapsed_days": 20}),
    # the thing told again by another word of the same stem ("closed" ... "The closure")
    ("Bridge\n\nThe swing bridge closed to traffic on 3 January.\n\nIt reopened on 28 March."
     "\n\nThe closure, which lasted six weeks, cost traders dearly.", "2024-04-10", "six weeks",
     {"elapsed_days": 85}),
    # "since then": from the last date of the sentence before to the day this one speaks of
    ("Mill\n\nThe paper mill shut on 4 April 2023 with the loss of 300 jobs.\n\nSince then, "
     "for more than 18 months, the site has stood empty.\n\nThe council wants homes there.",
     "2024-06-01", "more than 18 months", {"elapsed_days": 424}),
    # spells begun by holding or stopping and ended by letting go or clearing
    ("Kidnappers seized the aid worker on 3 January. She was freed on 10 February after 47 "
     "days in captivity.", "2024-05-10", "47 days", {"elapsed_days": 38}),
    ("The 12-day walkout began on 3 June. Staff went back on 22 June after a deal was struck.",
     "2024-07-01", "12-day", {"elapsed_days": 19}),
    ("The coast road was blocked on 2 March when the embankment slipped. It was cleared on 30 "
     "March, and drivers endured three weeks of diversions.", "2024-05-10", "three weeks",
     {"elapsed_days": 28}),
    ("Mr Obi was remanded in custody on 5 January. He was granted bail on 20 March, having "
     "spent six weeks in prison.", "2024-05-10", "six weeks", {"elapsed_days": 75}),
    ("The exhibition, which runs until 30 September, opened on 1 June. Over its 14-week run "
     "it is expected to draw 50,000 visitors.", "2024-05-10", "14-week", {"elapsed_days": 121}),
    # the duration told first, its spell's dates in the next sentence taking it up
    ("The strike lasted 12 days. It began on 3 June and ended on 22 June, when a deal was "
     "signed.", "2024-07-01", "12 days", {"elapsed_days": 19}),
    ("The inquiry sat for 40 days. The inquiry opened on 6 February and closed on 28 March.",
     "2024-05-10", "40 days", {"elapsed_days": 51}),
    ("The festival will run for three weeks. It opens on 1 August and closes on 31 August.",
     "2024-05-10", "three weeks", {"elapsed_days": 30}),
    # dates in figures that name no real day in either order
    ("The consultation runs until 31/04/2024, and responses can be made online.", None,
     "31/04/2024", {"days_in_month": 30, "month": "April"}),
    ("The report, dated 31.06.2023, was never published.", None, "31.06.2023",
     {"days_in_month": 30}),
    ("Her passport was issued on 2023-02-29, the records show.", None, "2023-02-29",
     {"days_in_month": 28, "year": 2023}),
    ("The invoice is dated 02/30/2025 in the US style.", None, "02/30/2025",
     {"month": "February"}),
    # an anniversary told before the founding date; a leap day with the year read
    ("The choir is celebrating its 40th anniversary with a concert on Saturday. It was founded "
     "in 1989 by a group of teachers.", "2024-06-10", "its 40th anniversary", {"due_year": 2029}),
    ("The shop closed on Feb. 29 and reopened on March 10, after three weeks.", "2024-05-20",
     "three weeks", {"elapsed_days": 10}),
    # spells told only in years or months
    ("Mr Doyle joined the fire service in 1990 and retired in 2023 after 25 years.",
     "2024-06-10", "25 years", {"linked_by": "start/end words"}),
    ("She was headteacher from 2006 to 2022, a tenure of 20 years.", None, "20 years",
     {"linked_by": "range", "elapsed_days": [5480, 6208]}),
    ("The mill was built in 1850. It closed in 1995, after 160 years of production.", None,
     "160 years", {"from_date": "1850"}),
    ("The pier, which opened in 1902, closed in 1978 after more than 90 years of service.", None,
     "more than 90 years", {"to_date": "1978"}),
    ("The band formed in March 2011 and split in June 2013 after four years together.", None,
     "four years", {"from_date": "March 2011", "to_date": "June 2013"}),
    # "45 days on", "a year and a half", "two decades"
    ("The firm was placed into administration on 3 March. A buyer was found on 2 April, 45 days "
     "on.", "2024-06-10", "45 days", {"elapsed_days": 30}),
    ("The ship left Southampton on 5 January 2021 and returned on 30 December 2023, after a "
     "voyage of a year and a half.", None, "a year and a half", {"stated_days": 547.9}),
    ("She led the charity from 2 March 1994 to 31 March 2024, two decades in which it tripled "
     "in size.", None, "two decades", {"linked_by": "range"}),
    # an anniversary "in"/"at"/"on" a thing, from the one day it began, told before or after
    ("Harbour Books is celebrating 30 years in business with a week of readings.\n\nThe shop "
     "was founded on 4 March 1998 by two former teachers.", "2024-03-10", "30 years", {}),
    ("Opened on 12 March 1999, the Lyric this week marks 30 years on the high street.",
     "2024-03-12", "30 years", {}),
    ("Radio Kestrel, which first went on air on 1 May 2006, marks 25 years on air this month.",
     "2024-05-20", "25 years", {}),
    # a coarse range printed just after its duration; "stood down", "resigned" end a spell
    ("She served nine months in prison, from August 2021 to February 2022.", None,
     "nine months", {"linked_by": "range"}),
    ("The club's unbeaten home run, 30 years between 1971 and 1991, still stands.", None,
     "30 years", {"linked_by": "range"}),
    ("Ms Ortiz was first elected in May 2008 and stood down in May 2022 after 16 years as mayor.",
     None, "16 years", {"linked_by": "start/end words"}),
    ("Dr Ncube was appointed in 2009 and resigned in 2021 after nine years in charge.", None,
     "nine years", {"linked_by": "start/end words"}),
    # "ousted", "deposed", "sacked" end a spell in office; "N years to the day after"
    ("The coach was appointed on 2 July 2021 and sacked on 9 October 2023, a reign of 30 "
     "months.", None, "30 months", {}),
    ("Five years to the day after the flood of 15 April 2019, the bridge reopened on 15 April "
     "2023.", None, "Five years", {}),
    # a start whose year, guessed from a September publication, falls after its end
    ("Mr Tembo was detained on 14 February and released on 2 April after 55 days in custody.",
     "2024-09-10", "55 days", {"elapsed_days": 48}),
    ("The port was blockaded from 20 January until 3 March, a siege of eight weeks.",
     "2024-08-30", "eight weeks", {"elapsed_days": 43}),
    ("The dispute, which began in November 2021, was settled in March 2024 after more than "
     "three years.", None, "more than three years", {"linked_by": "start/end words"}),
    # the duration's clause points back by its subject, whatever words open the sentence
    ("Pier to close\n\nThe Victoria pier in Southport was closed on 2 May after divers found "
     "rotten piles.\n\nThe pier was opened to the public on 1 June 1994. Since then it has "
     "drawn summer crowds for 40 years.\n\nThe council said repairs would cost £3m.",
     "2024-05-10", "40 years", {"elapsed_days": 10928}),
    ("Strike ends\n\nBus drivers in Hamilton walked out on 3 June and went back on 28 June."
     "\n\nInstead they stayed out for 12 days, longer than planned, the union said.",
     "2024-07-01", "12 days", {"elapsed_days": 25}),
    # one end marked by a start or an end word, the other the next date told, the duration in
    # the sentence of one of them
    ("Hostage freed\n\nThe aid worker was held from 4 January until his release on 19 "
     "February, 56 days in captivity.", "2024-03-01", "56 days", {"elapsed_days": 46}),
    ("Miners rescued\n\nThe miners were trapped on 12 August. They were brought out on 2 "
     "September, after 26 days underground.", "2024-09-10", "26 days", {"elapsed_days": 21}),
    ("Voyage\n\nThe research ship left port on 2 January 2023. When it docked in Cape Town on "
     "30 March 2023 it had been at sea for 110 days.", "2024-07-01", "110 days",
     {"elapsed_days": 87}),
    ("Trial opens\n\nKumar was arrested on 12 October 2021 and spent 30 months on remand before "
     "his trial opened on 8 January 2024.", "2024-07-01", "30 months", {"elapsed_days": 818}),
]  # fmt: skip

DAT003_SILENT = [
    ("Roadworks on the high street will finish on 30 September.", "2024-08-28"),
    ("The contract was signed on 29 February 2024, according to the filing.", None),
    # a birthday has no year: 29 February is a real day in some years
    ("Leap-year babies born on 29 February celebrate only every four years.", "2024-02-20"),
    ("The ward was closed from 3 March 2024 to 17 March 2024, a fortnight that staff described "
     "as chaotic.", None),
    ("The bridge shut on 8 July 2024 and reopened on 19 August 2024. During the six weeks it "
     "was closed, drivers faced a long detour.", None),
    ("The strike began on 6 January 2025 and ended on 17 March 2025. The 10-week stoppage cost "
     "the firm dearly.", None),
    ("The exhibition ran from 1 April 2024 to 30 June 2024, three months in all.", None),
    ("She was admitted on 12 January 2024 and discharged on 9 March 2024 after about eight "
     "weeks on the ward.", None),
    # another spell: the firm's time at the site, a closure in another year, the time before
    ("The lease began on 1 August 2022 and expires on 31 July 2024. The firm has traded from "
     "the site for 12 years.", None),
    ("The bridge shut on 8 July 2024 and reopened on 19 August 2024. It had last been closed "
     "for three weeks in 2019.", None),
    ("He joined the force on 15 January 2013, after 18 years in the army, and retired on 17 "
     "January 2025.", None),
    ("The club was founded on 2 May 2023. Its first season ended on 30 May 2023, four weeks "
     "later.", None),
    # an anniversary of someone's own, or years of something else
    ("Riverside Hospital opened on May 14, 1994, with 68 beds.\n\nNurse Linda Fraser, who "
     "joined in 1996, marked 30 years of service at a ceremony on 1 March 2026.", "2026-05-15"),
    ("The Harbour Players were founded on 10 October 1974 by a group of dockers.\n\nTheir "
     "director, who has 20 years of experience, staged the gala on 10 October 2024.",
     "2024-10-12"),
    ("Riverside Hospital opened on May 14, 1994, with 68 beds.\n\nThe celebration on May 14, "
     "2026, marked 32 years of care for the town.", "2026-05-15"),
    # "after it was ...": two earlier dates, or none, say nothing
    ("The bridge reopened on 3 April 2023, nine months after it was closed for repairs.\n\nA "
     "survey on 18 October 2022 found cracks, and the council voted on 30 June 2022 to shut it.",
     "2023-04-04"),
    ("The law took effect on 1 July 2024, two years after it was first proposed.\n\nThe "
     "minister will review it on 15 March 2025, she said.", "2024-07-02"),
    ("The inquiry reported on 22 May 2019, two years after the attack on 22 May 2017.",
     "2024-06-01"),
    ("Talks resumed on 14 May 2024 after a six-week pause that began on 2 April 2024.",
     "2024-06-01"),
    ("Members meet once a year, after the summer fair on 3 June 2024.", "2024-06-10"),
    # a duration that is a point in time (an age), not a spell
    ("Cases rose between 1 January and 8 June. Babies get the jab at two, four and six months.",
     "2024-06-20"),
    ("A scan at 12 weeks is offered to every pregnant woman. The pilot ran from 1 March to 30 "
     "March.", "2024-06-20"),
    # a duration in another sentence about another spell: another activity, a hypothetical,
    # a time before
    ("The exhibition ran from 1 April to 30 June at the city gallery.\n\nCurators said it drew "
     "40,000 visitors.\n\nInstalling the sculptures took four months, the director said.",
     "2024-07-10"),
    ("The bridge was closed from 3 June to 28 June for repairs.\n\nEngineers said the work would "
     "normally take six weeks but crews worked around the clock.", "2024-07-10"),
    ("Voting ran from 1 May to 15 May.\n\nCandidates had campaigned for three weeks beforehand.",
     "2024-07-10"),
    ("The trial ran from 3 June to 28 June.\n\nThe jury deliberated for two days. The defendant "
     "had been on remand for eight weeks.", "2024-07-10"),
    ("The library shut on 2 May 2024 and reopened on 1 July 2024.\n\nIt would normally take 12 "
     "weeks to replace a roof of that size, the council said.", "2024-07-10"),
    ("Drivers at the depot walked out on 4 March 2024 and returned to work on 11 March 2024.\n\n"
     "Managers had spent a fortnight trying to find cover.", "2024-07-10"),
    # anniversaries: someone else's, a second founding, a year of its own, a year said
    ("Riverside Hospital, which opened in 1994, celebrated its 32nd anniversary on Thursday.",
     "2026-05-15"),
    ("The festival, founded in 1994, hosted the band's 30th anniversary tour this weekend.",
     "2026-05-15"),
    ("The club, founded in 1994, marked 30 years of its women's team, which was set up in 1996.",
     "2026-05-15"),
    ("The school opened in 1994. Its head, who joined in 2001, marked 25 years of teaching.",
     "2026-05-15"),
    ("The charity was founded in 1990. Last year it celebrated its 30th anniversary.",
     "2021-05-15"),
    ("The charity was founded in 1990. Two years ago it celebrated its 30th anniversary.",
     "2022-05-15"),
    ("The charity was founded in 1990. It will celebrate its 35th anniversary in style.",
     "2022-05-15"),
    ("The choir was founded in 1976. This weekend it marks 40 years of singing.", None),
    ("The new stadium opened on 1 May 2024, two and a half years after work began on 1 December "
     "2021.", "2024-06-01"),
    ("The bypass was closed from 1 January 2023 to 30 June 2024, one and a half years of "
     "disruption.", "2024-06-01"),
    # cut to whole weeks: 109 days is 15.6 weeks
    ("The bridge closed on 15 January and reopened on 3 May, after 15 weeks of repairs.",
     "2024-05-10"),
    ("Applications open on 1 June and close on 30 June, giving residents four weeks to apply.",
     "2024-05-10"),
    # the same kind of thing, but another one ("a similar pool"), in general ("nurses train"),
    # usually, or in another year
    ("Pool\n\nThe pool at Hatton leisure centre closed on 4 March for repairs to its roof.\n\n"
     "It reopened to swimmers on 29 April.\n\nA similar pool in Leeds took 20 weeks to repair.",
     "2024-05-02"),
    ("Strike\n\nNurses at the Royal Infirmary walked out on 8 January in a dispute over pay."
     "\n\nThey returned to work on 22 January after a deal was agreed.\n\nNurses train for "
     "three years before they qualify.", "2024-02-01"),
    ("Delayed\n\nMr Osei was admitted to Ninewells hospital on 10 May after a fall.\n\nHe was "
     "discharged on 24 May.\n\n\"Patients normally spend 20 days in hospital after a fall like "
     "that,\" a doctor said.", "2024-06-01"),
    ("Bridge\n\nThe footbridge over the Avon was shut on 1 August when cracks were found.\n\n"
     "Engineers reopened it on 12 September.\n\nThe bridge was last closed for nine weeks in "
     "1990.", "2024-10-01"),
    ("Ship\n\nCargo ship Arctic Dawn was detained in Tilbury on 2 June after inspectors found "
     "faults.\n\nShe was released on 30 June.\n\nAnother ship spent 12 weeks in dry dock in "
     "Rotterdam.", "2024-07-05"),
    ("Bridge\n\nThe swing bridge closed to traffic on 3 January.\n\nIt reopened on 28 March."
     "\n\nA closure of the tunnel in 2019 lasted six weeks.", "2024-04-10"),
    ("Bridge\n\nThe swing bridge closed to traffic on 3 January.\n\nIt reopened on 28 March."
     "\n\nClosures of this kind usually last six weeks.", "2024-04-10"),
    ("Mill\n\nThe paper mill shut on 4 April 2023 with the loss of 300 jobs.\n\nSince then, "
     "the buyer has spent 18 months drawing up plans.\n\nThe council wants homes there.",
     "2024-06-01"),
    ("Mill\n\nThe paper mill shut on 4 April 2023 with the loss of 300 jobs.\n\nSince then, "
     "for more than 12 months, the site has stood empty.\n\nThe council wants homes there.",
     "2024-06-01"),
    # the same start and end words around another spell
    ("The coast road was blocked on 2 March. It was cleared on 30 March. Repairs to the sea "
     "wall will take three weeks.", "2024-05-10"),
    ("Kidnappers seized the engineer on 3 January and freed him on 10 February. His brother "
     "was held for 47 days in 2019.", "2024-05-10"),
    ("The museum was evacuated on 3 June and reopened on 10 June. Staff had trained for two "
     "weeks for such a day.", "2024-07-01"),
    # a duration of something else told just before a spell
    ("Talks took five weeks. The strike began on 3 June and ended on 22 June.", "2024-07-01"),
    ("The last closure, in 2019, took nine days. It was shut on 2 March and reopened on 16 "
     "March.", "2024-05-10"),
    # real in one order or not a date at all
    ("The figures for 12/31/2023 and 31/12/2023 agree.", None),
    ("The filing, dated 29/02/2024, was accepted.", None),
    ("Version 13.14.2024 of the app and the 2023-24 season figures were published.", None),
    ("Visit example.org/31/04/2024 for the archive.", None),
    ("The choir is celebrating its 35th anniversary with a concert on Saturday. It was founded "
     "in 1989 by a group of teachers.", "2024-06-10"),
    # "Feb. 29" with no year in an October story: the leap day before it, not February 2025
    ("The bridge closed on Feb. 29 and reopened July 29, five months later.", "2024-10-11"),
    ("The shop closed on Feb. 29 and reopened on March 10, after 10 days.", "2024-05-20"),
    # years-only spells that fit, or a duration of something else beside them
    ("Mr Doyle joined the fire service in 1990 and retired in 2023 after 33 years.", None),
    ("The centre opened in 2004 and closed in 2016 after 12 years.", None),
    ("The band formed in March 2011 and split in June 2013, and the singer had spent four years "
     "in another group before that.", None),
    ("The stadium, built in 1923, was rebuilt in 1998. Fans had waited 20 years for a new stand.",
     None),
    ("Between 2010 and 2015 the firm doubled in size; its chief executive has run it for 12 "
     "years.", None),
    ("He joined Leeds in 2019 and left in 2021, after two years at Elland Road and four years at "
     "Derby before that.", None),
    ("She led the charity from 1 March 2004 to 31 March 2024, two decades in which it tripled "
     "in size.", None),
    ("The ship left Southampton on 5 January 2022 and returned on 30 June 2023, after a voyage "
     "of a year and a half.", None),
    ("Harbour Books is celebrating 26 years in business with a week of readings.\n\nThe shop "
     "was founded on 4 March 1998 by two former teachers.", "2024-03-10"),
    ("Opened on 12 March 1994, the Lyric this week marks 30 years on the high street.",
     "2024-03-12"),
    # a past celebration is not today's; a spell "in" a post is not counted from a founding
    ("The deli opened on 3 June 2000 and celebrated 20 years in business with a street party, "
     "a year late because of the pandemic.", "2022-06-20"),
    ("Founded on 3 May 1990, the charity is marking its anniversary; its director has spent 12 "
     "years in the post.", "2024-03-12"),
    ("She served six months in prison, from August 2021 to February 2022.", None),
    ("Dr Ncube was appointed in 2009 and resigned in 2021 after 12 years in charge.", None),
    ("The coach was appointed on 2 July 2021 and sacked on 9 October 2023, a reign of 27 "
     "months.", None),
    ("Four years to the day after the flood of 15 April 2019, the bridge reopened on 15 April "
     "2023.", None),
    ("Mr Tembo was detained on 14 February and released on 2 April after 48 days in custody.",
     "2024-09-10"),
    ("The port was blockaded from 20 January until 3 March, a siege of six weeks.",
     "2024-08-30"),
    # a subject that is someone else, a time before the spell, a duration that fits
    ("Pool\n\nThe Lido was opened on 1 March 2010 and closed on 1 March 2020.\n\nBefore that, "
     "the council had discussed a pool for 25 years.", "2024-05-10"),
    ("Bakery\n\nThe bakery opened on 1 May 1990 and closed on 30 June 2020.\n\nSince then the "
     "owner has lived in Spain for 12 years.", "2024-05-10"),
    ("Pier\n\nThe pier was opened on 1 June 1984 and closed on 2 May 2024.\n\nSince then it "
     "had drawn crowds for 40 years.", "2024-05-10"),
    # one end marked: a birth is a life, not a spell; a time to come or allowed is not elapsed
    ("Obituary\n\nBorn in Leeds on 4 May 1940, she died on 2 March 2024. She and her husband "
     "were married for 61 years.", "2024-03-10"),
    ("Talks\n\nThe talks began on 3 March. On 20 March, the unions gave the firm 10 days to "
     "respond.", "2024-03-25"),
    ("Road\n\nThe road was blocked on 3 March. Engineers said on 20 March that repairs would "
     "take six weeks.", "2024-03-25"),
    ("Court\n\nLee was arrested on 2 April. On 30 April he was jailed for 18 months.",
     "2024-05-10"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "words", "evidence"), DAT003_FIRES)
def test_dat003_fires(rule_findings, text, published, words, evidence):
    report, found = rule_findings("DAT003", text, published)
    assert len(found) == 1, text
    assert words in pointed(report, found[0])
    for key, value in evidence.items():
        assert found[0].evidence[key] == value
    assert found[0].evidence["working"]


@pytest.mark.parametrize(("text", "published"), DAT003_SILENT)
def test_dat003_silent(rule_findings, text, published):
    assert rule_findings("DAT003", text, published)[1] == []


def test_dat001_weekday_range_pairs_first_with_first_and_last_with_last(rule_findings):
    """ "Friday to Sunday, March 9-11": 9 March 2024 is a Saturday, 11 March a Monday."""
    text = "The fair runs Friday to Sunday, March 9-11, on the green."
    _, found = rule_findings("DAT001", text, "2024-03-10")
    assert sorted(f.evidence["weekday_of_date"] for f in found) == ["Monday", "Saturday"]
    text = "The fair runs Friday to Sunday, March 8-10, on the green."
    assert rule_findings("DAT001", text, "2024-03-10")[1] == []


def test_a_duration_in_a_clause_with_no_verb_is_read_without_hanging(rule_findings):
    """Regression: the walk up from a duration to its clause's verb compared spaCy tokens with
    ``is`` (a new Token object on every access), so a clause whose root is no verb ("Voyage
    total: 56 days ...") looped for ever. The check runs in a thread so a hang fails the test."""
    text = (
        "The icebreaker left Hobart on Monday, 8 December and returned on Monday, 2 February."
        "\n\nVoyage total: 56 days at sea, 118 days in all for the crew."
    )
    result: list = []
    worker = threading.Thread(
        target=lambda: result.append(rule_findings("DAT003", text, "2026-03-01")), daemon=True
    )
    worker.start()
    worker.join(60)
    assert not worker.is_alive(), "DAT003 did not finish in 60 s"
    assert result and result[0][1] == []
