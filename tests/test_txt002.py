"""TXT002 name-variant: one person or place spelled two ways, and the look-alikes that are not."""

from __future__ import annotations

import pytest

FIRES = {
    "zelensky-zelenskyy": (
        "President Volodymyr Zelensky spoke to parliament on Monday. Later, Mr Zelenskyy met "
        "the visiting delegation and said talks would continue.",
        "Zelensky",
        "Zelenskyy",
    ),
    "kyiv-kiev": (
        "Air raid sirens sounded across Kyiv overnight, the city's mayor said. Residents of Kiev "
        "spent hours in metro stations before the all-clear.",
        "Kyiv",
        "Kiev",
    ),
    "possessive": (
        "The Kremlin rejected Navalny's appeal on Tuesday. Lawyers for Alexei Navalnyy said they "
        "would take the case to the European court.",
        "Navalny",
        "Navalnyy",
    ),
    "kharkiv-kharkov": (
        "Shelling hit the outskirts of Kharkiv on Sunday, officials said. Trains from Kharkov to "
        "the capital were cancelled for the rest of the week.",
        "Kharkiv",
        "Kharkov",
    ),
    "odesa-odessa": (
        "Grain ships left the port of Odesa on Friday under a new agreement. Exporters in Odessa "
        "said they expected more sailings next month.",
        "Odesa",
        "Odessa",
    ),
    "initial-and-full-name": (
        "The report was written by Dr R. Patel of the university's health unit. Rajesh Pattel said "
        "the figures were the worst he had seen.",
        "Patel",
        "Pattel",
    ),
    "given-name-variant": (
        "Mohammed Hassan, the union's leader, called the strike on Monday. By Thursday, Muhammad "
        "Hassan said members had voted to return to work.",
        "Mohammed",
        "Muhammad",
    ),
    "accent-only": (
        "President Recep Tayyip Erdoğan arrived in Brussels on Wednesday. Mr Erdogan is expected "
        "to meet Nato leaders before flying home.",
        "Erdoğan",
        "Erdogan",
    ),
    "gaddafi-gadhafi": (
        "Colonel Muammar Gaddafi ruled Libya for more than four decades. Supporters of Gadhafi "
        "still hold rallies in some southern towns, the report said.",
        "Gaddafi",
        "Gadhafi",
    ),
    "tymoshenko-timoshenko": (
        "Yulia Tymoshenko addressed the rally in the capital. Ms Timoshenko told supporters that "
        "the election had been stolen.",
        "Tymoshenko",
        "Timoshenko",
    ),
    "title-and-surname": (
        "Prime Minister Shehbaz Sharif visited the flooded province on Saturday. Mr Shareef said "
        "aid would reach every district within a week.",
        "Sharif",
        "Shareef",
    ),
    # one sound, two transliterations
    "ch-and-h-between-vowels": (
        "The shipowner, Yannis Tsachalidis, ordered four new bulk carriers this spring. Yannis "
        "Tsahalidis said the yard in Japan would deliver the first next year.",
        "Tsachalidis",
        "Tsahalidis",
    ),
    "th-and-t-before-a-consonant": (
        "Meera Athreya, the chief executive, said the plant would open in May. Ms Atreya said "
        "200 jobs would follow.",
        "Athreya",
        "Atreya",
    ),
    "x-and-ks": (
        "The station's director, Maksimilian Dorofeyev, said repairs would take a month. "
        "Maximilian Dorofeyev later told local radio the power was back on.",
        "Maksimilian",
        "Maximilian",
    ),
    "z-and-s-inside-a-name": (
        "Lukas Brenzmann founded the bakery chain in 1998. Mr Brensmann said the new shop would "
        "open in the autumn.",
        "Brenzmann",
        "Brensmann",
    ),
    "initial-ye-and-e": (
        "The court heard from Yekaterina Lomova, the firm's accountant. Ekaterina Lomova said she "
        "had never seen the invoices.",
        "Yekaterina",
        "Ekaterina",
    ),
    "a-vowel-slipped-into-a-long-name": (
        "Flood barriers went up in Coldmarsh on Tuesday night. Residents of Coldemarsh said the "
        "river was the highest they had seen it.",
        "Coldmarsh",
        "Coldemarsh",
    ),
    # the second form opens its sentence
    "a-surname-opening-a-sentence": (
        '"Prices are too low," said Sunita Meherwal, who grows wheat near the town. Meherwaal '
        "said she would wait for the new season.",
        "Meherwal",
        "Meherwaal",
    ),
    "a-full-name-opening-a-sentence": (
        "Gülay Demirtaş waited four hours at the clinic with her son. The doctor saw them at "
        "noon. Gulay Demirtaş said she would come back the next day.",
        "Gülay",
        "Gulay",
    ),
}

SILENT = {
    "different-people-one-surname": (
        "Boris Johnson spoke in London on Monday. Later, his brother Jo Johnson said the plan "
        "was sound."
    ),
    "austria-australia": (
        "Austria and Australia both reported record temperatures this summer, forecasters said."
    ),
    "iran-iraq": "Iran closed its border with Iraq on Monday after protests, officials said.",
    "niger-nigeria": "Troops from Niger and Nigeria held joint exercises near the border.",
    "gambia-zambia": "Ministers from Gambia and Zambia signed the trade agreement in Geneva.",
    "slovakia-slovenia": "Slovakia and Slovenia are often confused, the guide to Europe said.",
    "mali-malay": "Officials in Mali met Malay traders visiting the capital on Tuesday.",
    "britain-briton": "A Briton was arrested in Spain, the Foreign Office said. Britain has asked for consular access.",
    "georgia-king-george": (
        "King George visited the exhibition on the history of Georgia, the museum said."
    ),
    "husband-and-wife": (
        "Mr Kowalski opened the bakery in 1992. His wife, Mrs Kowalska, still runs the shop, "
        "neighbours said."
    ),
    "mario-maria": (
        "Mario Rossi won the men's race on Sunday. His sister Maria Rossi finished second in the "
        "women's event."
    ),
    "same-name-with-possessive-and-title": (
        "President Joe Biden signed the bill on Friday. Mr Biden's officials said the law would "
        "take effect in January. Biden said it was a good day."
    ),
    "initial-of-the-same-name": (
        "The study was led by J. Smith of the university. John Smith said the results were clear."
    ),
    "different-surnames-one-untagged": (
        "Detective Inspector Paul Miller said the thieves used a ladder. A Franck Muller watch "
        "and a necklace were also taken."
    ),
    "full-names-decide": (
        "Comedian David Walliams presented the prize to Robbie Williams. Williams thanked the "
        "fans, and Williams later sang two songs."
    ),
    "exclamation-is-not-a-name": (
        "Fans of Robbie Williams voted in their thousands. Rubbish! said one critic of the list."
    ),
    "short-names-one-vowel-apart": (
        "Bill Conti led the orchestra again this year. After the show he went to the "
        "Governor's Ball with his family."
    ),
    "a-demonym-is-not-a-place": (
        "Some 14,000 novels are published in the UK every year. The average Briton reads six "
        "of them a year, the trade body said, putting Britain behind only Iceland in reading."
    ),
    "a-plain-noun-ending-a-company-name": (
        "Shares in Standard Life rose by 3% on Monday. Traders on Liffe said volumes were low, "
        "and Standard Life Investments declined to comment."
    ),
    "a-role-noun-after-an-article": (
        "Ewan Scott won the 800m on Sunday. The 24-year-old Scot came third in the steeplechase, "
        "and Scott said he was delighted."
    ),
    "short-form-of-a-club": (
        "The striker has scored 11 goals for Real Madrid this season. He has scored for Real in "
        "every round but has been unable to replace Raul in the side."
    ),
    "sweden-swedish": "Sweden said Swedish troops would join the exercise in the spring.",
    "a-consonant-apart": (
        "Councillor Ruth Johnson opened the meeting. Johnston, the treasurer, said the accounts "
        "were in order."
    ),
    "a-vowel-apart-in-a-short-name": (
        "Peter Johnson and Erik Johansson shared the prize. Johansson said it was a surprise."
    ),
    "sisters-initial-z-and-s": (
        "Zara Hollis won the 100m at the county championships. Her sister Sara Hollis won the "
        "long jump."
    ),
    "a-short-name-with-x-and-ks": (
        "The lecture on Karl Marx was full. Mr Marks, who gave it, said students had queued."
    ),
    "sh-before-a-consonant-is-not-s": (
        "Dawn Ashton chairs the parish council. Her deputy, Mr Aston, said the hall would be "
        "repainted."
    ),
    "a-plain-word-opening-a-sentence": (
        "Tariq Farooqi runs the bakery on Mill Street. Farming, he said, was his first job."
    ),
}


@pytest.mark.parametrize(("case", "example"), FIRES.items(), ids=list(FIRES))
def test_fires(lint, case, example):
    text, first, second = example
    report = lint(text, select=["TXT002"])
    assert len(report.findings) == 1, (case, [f.message for f in report.findings])
    finding = report.findings[0]
    flagged = report.text[finding.start : finding.end]
    related = [report.text[s.start : s.end] for s in finding.related]
    assert {flagged, *related} == {first, second}
    assert set(finding.evidence["forms"]) == {first, second}
    # the fix offered is the other spelling, as printed where it is linked
    assert finding.replacements == [({first, second} - {flagged}).pop()]
    assert finding.replacements[0] in related


@pytest.mark.parametrize(("case", "text"), SILENT.items(), ids=list(SILENT))
def test_silent(lint, case, text):
    report = lint(text, select=["TXT002"])
    assert report.findings == [], (case, [f.message for f in report.findings])


def test_the_rarer_spelling_is_flagged(lint):
    text = (
        "Kyiv was quiet on Monday. Trains to Kyiv ran on time, and schools in Kyiv reopened. "
        "Later, officials in Kiev said the curfew would be lifted."
    )
    [finding] = lint(text, select=["TXT002"]).findings
    assert finding.message.startswith("'Kiev' (once) and 'Kyiv' (3 times)")
    assert len(finding.related) == 3
    assert finding.evidence["forms"] == {"Kiev": 1, "Kyiv": 3}
    assert finding.replacements == ["Kyiv"]  # the article's usual spelling


def test_one_finding_per_pair(lint):
    text = (
        "Mr Zelensky flew to Paris. Mr Zelenskyy then flew to Berlin. Mr Zelensky returned home, "
        "and Mr Zelenskyy addressed the nation."
    )
    assert len(lint(text, select=["TXT002"]).findings) == 1


def test_the_evidence_shows_the_forms_as_compared(lint):
    text = (
        "The shipowner, Yannis Tsachalidis, ordered four new bulk carriers this spring. Yannis "
        "Tsahalidis said the yard in Japan would deliver the first next year."
    )
    [finding] = lint(text, select=["TXT002"]).findings
    assert finding.evidence["read_as"] == ["tsahalidis", "tsahalidis"]
    assert "read as tsahalidis / tsahalidis" in finding.evidence["working"][0]


def test_a_vowel_slip_shows_both_frames_and_its_threshold(lint):
    text = (
        "Flood barriers went up in Coldmarsh on Tuesday night. Residents of Coldemarsh said the "
        "river was the highest they had seen it."
    )
    [finding] = lint(text, select=["TXT002"]).findings
    assert finding.evidence["frames"] == ["cVldVmVrsh", "cVldmVrsh"]
    assert "one vowel apart" in finding.evidence["working"][0]
    assert "(90 or more reads as one name)" in finding.evidence["working"][0]
