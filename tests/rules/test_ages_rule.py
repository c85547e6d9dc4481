"""DAT002 age-mismatch through the real pipeline: one person's ages against each other and
against their birth date, given to people by their names (and a pronoun or "the 26-year-old"
to the article's main person only), in passages written for these tests."""

from __future__ import annotations

import pytest

from conftest import pointed

# (text, published, the age flagged, what it is checked against, evidence)
FIRES = [
    # "at the time" after a bare date: the year printed before it, not the published date's
    ("Ravi Menon, 33, of Salford, denies arson.\n\nThe warehouse burned on Saturday, 4 November "
     "2023, a week after he lost his job there on Friday, 27 October. Prosecutors said on Monday "
     "that Mr Menon, who was 25 at the time, had a grudge.", "2025-06-10", "25", "33",
     {"other_age": 33}),
    # "who was 31 at the time": the year told in the sentence before
    ("Tom Reyes, 29, joined the club from Porto in 2019.\n\nReyes, who was 31 at the time, "
     "scored on his debut.", "2025-05-01", "31", "29", {"other_age": 29}),
    # a "she" who speaks does not make "he was 43" someone else's age
    ("Lorry driver Gary Penn, 41, was cleared of dangerous driving on Friday.\n\nOutside court "
     "his sister said she was relieved. She said he was 43.", "2024-05-10", "43", "41",
     {"other_age": 41}),
    # a titled surname is the one of that title's gender, whoever else shares the surname
    ("Ivy Dunn turned 95 on Friday with a tea party at the village hall.\n\nBorn on 8 March "
     "1931 in Leek, Mrs Dunn married Frank Dunn, a bus driver, in 1950.", "2024-03-10", "95",
     "Born on 8 March 1931", {"age_on_that_date": 93}),
    ("Jane Whitlow, 34, has run the bakery on Mill Lane since it opened.\n\n"
     "The 43-year-old said trade had never been better.", "2024-05-02", "43-year-old", "34",
     {"other_age": 34}),
    ("Councillor Peter Anand, who was born on 12 September 1970, said the vote was a mistake. "
     "Mr Anand, 55, has sat on the council since 2010.", "2024-05-02", "55",
     "born on 12 September 1970", {"age_on_that_date": 53}),
    ("Tom Baxter, of Leyton, gave his date of birth as 3 March 2001. The 24-year-old admitted "
     "the charge.", "2024-11-20", "24-year-old", "date of birth as 3 March 2001",
     {"age_on_that_date": 23}),
    ("Margaret Lowry, who has died aged 90, was born on 4 April 1933 in Glasgow. She died on 14 "
     "January.", "2025-01-20", "90", "born on 4 April 1933", {"on": "14 January 2025"}),
    ("Doris Kemp, who turned 100 yesterday, was born on 9 August 1925 in Hull.", "2024-08-10",
     "100", "born on 9 August 1925", {"age_on_that_date": 99, "birthday_in_window": True}),
    ("Born in 1960, Ravi Patel trained as a pharmacist. Mr Patel, 70, opened his first shop in "
     "1988.", "2024-03-15", "70", "Born in 1960", {"age_on_that_date": [63, 64]}),
    ("Sofia Marsh, 19, won the junior title. Marsh, now aged 21, says she will turn "
     "professional.", None, "21", "19", {"other_age": 19}),
    ("Former captain Lee Dunn (45) was named coach. Born on 2 June 1981, Dunn played 200 games "
     "for the club.", "2024-06-01", "45", "Born on 2 June 1981", {"age_on_that_date": 42}),
    ("Eighteen-year-old Amir Haddad took the sprint title. Haddad, 20, trains in Leeds.", None,
     "20", "Eighteen-year-old", {"other_age": 18}),
    ("Grace Otieno, 27, was last seen on Friday. The 29-year-old is described as slim with "
     "short hair.", "2024-07-12", "29-year-old", "27", {"other_age": 27}),
    # a bare "the N-year-old" opening its sentence points back at someone introduced, but no one
    # before it has that age: checked against the earlier age nearest its own
    ("Crash\n\nA 52-year-old cyclist was hurt when a van struck him on the ring road.\n\nThe "
     "driver, a 30-year-old woman, stopped at the scene.\n\nThe 55-year-old was treated for a "
     "broken wrist and his bike was written off.", "2024-05-03", "55-year-old", "52-year-old",
     {"other_age": 52}),
    ("Robbery\n\nTwo men have been charged after a 74-year-old man was robbed outside his "
     "home.\n\nPolice said the pensioner was pushed to the ground.\n\nThe 47-year-old needed "
     "stitches to his head.", "2024-02-10", "47-year-old", "74-year-old", {"other_age": 74}),
    ("Missing\n\nA 16-year-old girl has been reported missing from her home in Leith.\n\nShe "
     "was last seen on Monday wearing a grey hoodie.\n\nThe 18-year-old is described as slim, "
     "and her family are worried.", "2024-03-06", "18-year-old", "16-year-old",
     {"other_age": 16}),
    ("Court\n\nA 23-year-old man has been jailed for dealing cocaine in Swansea.\n\nThe court "
     "heard he sold drugs from a flat.\n\nThe 32-year-old admitted the charges at an earlier "
     "hearing.", "2024-06-20", "32-year-old", "23-year-old", {"other_age": 23}),
    # the lede's person given an age in apposition to its noun ("the volunteer, a 52-year-old
    # man"), named further down
    ("Dog found\n\nA volunteer who spent two days searching the moor for a lost dog has been "
     "thanked.\n\nRescuers said the volunteer, a 52-year-old man from Buxton, found the spaniel "
     "in a ditch.\n\nSpeaking afterwards, Colin Harte, 25, said he had walked 30 miles.",
     "2024-01-22", "25", "52-year-old", {"other_age": 52}),
    # a hyphenated description ("wicket-keeper") said of the person named just before it
    ("Squad\n\nSelectors have named Tomas Brandt in the squad.\n\nThe 21-year-old "
     "wicket-keeper has impressed this season.\n\nBorn on 5 May 2006, Brandt made his debut "
     "last year.", "2024-07-01", "21-year-old", "Born on 5 May 2006",
     {"age_on_that_date": 18}),
    ("Walter Price was born on 11 February 1931. He enlisted in the navy in March 1948, at 19, "
     "and served for a decade.", "2024-08-09", "19", "born on 11 February 1931",
     {"on": "March 1948", "age_on_that_date": 17}),
    # an age fronting its clause with "now", "still": the age now
    ("Maria Okonjo was 19 when she first played for the national side. Now 33, she is the "
     "team's most capped player.\n\nBorn in Lagos in 1996, Okonjo trained as a pharmacist.",
     "2026-06-15", "33", "Born in Lagos in 1996", {"age_on_that_date": [29, 30]}),
    ("Headline\n\nStill only 21, Tom Hadley has already won two national titles.\n\nHadley, "
     "who was born in Leeds in 2000, took up rowing at school.", "2025-03-01", "21",
     "born in Leeds in 2000", {"age_on_that_date": [24, 25]}),
    ("The chef opened her first restaurant at 25. Now aged 48, Priya Raman runs four. Raman was "
     "born on 2 February 1979 in Chennai.", "2024-09-10", "48", "born on 2 February 1979",
     {"age_on_that_date": 45}),
    # no name carries an age: "the N-year-old" after the sentence naming the one person, and
    # "he" or "she" after the main person was last named
    ("Glasgow jeweller retires\n\nGlasgow jeweller Ian McBride has retired after more than 40 "
     "years in the trade.\n\nThe 71-year-old opened his first shop on Sauchiehall Street in "
     "1984.\n\nHe was born in Paisley in 1949 and left school at 15.", "2025-05-20",
     "71-year-old", "born in Paisley in 1949", {"age_on_that_date": [75, 76]}),
    ("Odum picked\n\nSprinter Grace Odum has been picked for the Olympic team.\n\nThe "
     "23-year-old will run the 100m and the relay.\n\nOdum, who trains in Lagos, said she was "
     "proud. She was born in 1995 in Enugu.", "2025-05-20", "23-year-old", "born in 1995",
     {"age_on_that_date": [29, 30]}),
    ("Prize for Ellery\n\nNovelist Margaret Ellery has won the Ashbourne Prize for her tenth "
     "book.\n\nThe 58-year-old wrote the book in a caravan in Cornwall.\n\n\"I never expected "
     "it,\" Ellery said. She was born on 12 March 1961 in Exeter.", "2024-11-02", "58-year-old",
     "born on 12 March 1961", {"age_on_that_date": 63}),
    # an age trailing a dated clause is the age then
    ("Ruth Ames, 70, won the seat in 1987, aged 23, after a long campaign.", "2024-04-02", "23",
     "70", {"on": "1987", "age_on_that_date": [32, 34]}),
    # "(born 1972)"; a headline's opening noun with an age is the story's person
    ("Karen Blake (born 1972) has run the shelter for a decade. The 45-year-old says she has "
     "no plans to retire.", "2024-06-01", "45-year-old", "born 1972", {"age_on_that_date": [51, 52]}),
    ("Pensioner, 82, wins lottery\n\nRetired miner Dennis Hoyle has won £1m on the lottery. Mr "
     "Hoyle, 87, said he would share it with his family.", "2024-06-01", "87", "82",
     {"other_age": 82}),
    ("Grandmother, 71, finishes marathon\n\nJoan Perry crossed the line in just under six hours "
     "on Sunday. Perry, 77, took up running at 60.", "2024-06-01", "77", "71", {"other_age": 71}),
    # "Jane Smith, of Hull, 34,": the parse gives the age to the place
    ("Jane Smith, of Hull, 34, denies the charge. Smith, 43, will stand trial in June.",
     "2024-06-01", "43", "34", {"other_age": 34}),
    ("Jane Smith, from East Leeds, aged 34, denies the charge. Smith was born in 1980.",
     "2024-06-01", "34", "born in 1980", {"age_on_that_date": [43, 44]}),
    # a bare age opening the next sentence is the person's, however far from their age
    ("Brian Hughes, 68, was found guilty on Tuesday. The 63-year-old had denied the charges.",
     "2024-05-10", "63-year-old", "68", {"other_age": 68}),
    # a title or an office before the name is not a given name: "Councillor Dean Marsh" and
    # "Cllr Marsh" are one person, as are "Coroner Anna Price" and "Ms Price"
    ("Councillor Dean Marsh, 58, will step down in May.\n\nCllr Marsh, who is 65, has "
     "represented the ward for two decades.", "2024-09-02", "65", "58", {"other_age": 58}),
    ("Coroner Anna Price, 61, opened the inquest on Tuesday. Ms Price, 56, said it would resume "
     "in July.", "2024-06-10", "56", "61", {"other_age": 61}),
    ("Head teacher Rhys Morgan, 49, has led the school since 2015. Mr Morgan, 52, said the "
     "inspection was fair.", "2024-03-01", "52", "49", {"other_age": 49}),
    # an age at the year of its when-clause, then one now
    ("Lisa Grant was 34 when she opened her first salon in 2010.\n\nNow 52, Ms Grant employs "
     "60 stylists across four towns.", "2024-06-10", "52", "34", {"other_age": 34}),
    ("Amira Haddad was 19 when she fled Aleppo in 2013.\n\nToday the 35-year-old runs a "
     "bakery in Huddersfield.", "2024-06-10", "35-year-old", "19", {"other_age": 19}),
    # an age closing its sentence after a name
    ("The club's new chairman is Peter Vance, 61.\n\nVance, a former bank manager, turned 66 "
     "in January.", "2024-06-10", "66", "61", {"other_age": 61}),
    # "The 72-year-old plans to write": the verb the small model reads as a noun
    ("The Reverend Alan Shaw has retired after 30 years at St Mary's.\n\nMr Shaw, who was born "
     "in March 1956, said he would miss the parish. The 72-year-old plans to write a history "
     "of the church.", "2024-06-10", "72-year-old", "born in March 1956",
     {"age_on_that_date": 68}),
    # "(b. 1971)"; "was aged 41 at the time of the crash in 2019"; "at the time" of the
    # sentence before; a copula's age closing its sentence
    ("The novelist Hanna Berg (b. 1971) has won the prize. Berg, 48, lives in Malmo.",
     "2024-06-10", "48", "b. 1971", {"age_on_that_date": [52, 53]}),
    ("Mr Tully was aged 41 at the time of the crash in 2019.\n\nNow 50, Tully has returned "
     "to driving.", "2024-06-10", "50", "41", {"other_age": 41}),
    ("Nadia Perez, 36, was appointed head of the trust in 2020. She was 29 at the time.",
     "2024-06-10", "29", "36", {"other_age": 36}),
    ("Former world champion Leon Craig has died. Craig, who was born in Glasgow on 4 May 1950, "
     "was 70.", "2024-06-10", "70", "born in Glasgow on 4 May 1950", {}),
    # an age at death ("died on Tuesday at 91"); a titled surname with its age in brackets
    ("Retired headteacher Moira Lang died on Tuesday at 91. Mrs Lang was born in Perth in 1936.",
     "2024-06-10", "91", "born in Perth in 1936", {}),
    ("\"We never gave up,\" says Ms Ong (45), who runs the clinic. Born in 1985, Ms Ong trained "
     "in Penang.", "2024-06-10", "45", "Born in 1985", {"age_on_that_date": [38, 39]}),
    # "Fenn, now 18,": an adverb between the name and its age; "DI Akers": a rank's letters
    ("Gymnast Holly Fenn was born on 2 February 2008.\n\nFenn, now 18, trains in Lilleshall.",
     "2024-06-10", "18", "born on 2 February 2008", {"age_on_that_date": 16}),
    ("Detective Inspector Sam Akers, 44, led the inquiry.\n\nDI Akers, 47, told the court the "
     "evidence was overwhelming.", "2024-06-10", "47", "44", {"other_age": 44}),
    # "The 67-year-old former legislator" opening the sentence after the one naming only them
    ("Former Kisii MP Paul Ondieki has been appointed to chair the tea board.\n\nThe "
     "67-year-old former legislator will lead a team of 12.\n\nBorn on 4 August 1958 in Keroka, "
     "Mr Ondieki trained as an economist.", "2024-02-20", "67-year-old",
     "Born on 4 August 1958", {"age_on_that_date": 65}),
    ("Acclaimed chef Rosa Lindqvist has opened a restaurant in Bath.\n\nThe 44-year-old "
     "restaurateur trained in Paris. Lindqvist was born in Malmo in 1977.", "2024-06-10",
     "44-year-old", "born in Malmo in 1977", {}),
    # no name carries an age: two descriptions, or a description and a pronoun's birth date,
    # that point back at the one person the story names
    ("Brennan strikes gold\n\nIrish swimmer Aoife Brennan won the 200m butterfly in Rome on "
     "Saturday, with the 21-year-old touching the wall half a second clear of the field.\n\nShe "
     "has trained in Limerick since she was a child and said she had been unbeaten all season."
     "\n\nThe 22-year-old will now race the 400m on Tuesday.", "2024-06-17", "22-year-old",
     "21-year-old", {"other_age": 21}),
    ("Harlow Prize for Adeyemi\n\nNovelist Ruth Adeyemi has won the Harlow Prize for her third "
     "book.\n\nShe was born on 2 April 1979 in Ibadan and moved to London as a student. She "
     "wrote the book in six months.\n\nThe 47-year-old said the prize money would pay for her "
     "next novel.", "2024-06-10", "47-year-old", "born on 2 April 1979",
     {"age_on_that_date": 45}),
]  # fmt: skip

SILENT = [
    ("Jane Whitlow, 34, has run the bakery on Mill Lane since it opened.\n\n"
     "The 34-year-old said trade had never been better.", "2024-05-02"),
    ("Councillor Peter Anand, who was born on 12 September 1970, said the vote was a mistake. "
     "Mr Anand, 53, has sat on the council since 2010.", "2024-05-02"),
    ("Tom Baxter, of Leyton, gave his date of birth as 3 March 2001. The 23-year-old admitted "
     "the charge.", "2024-11-20"),
    ("Margaret Lowry, who has died aged 91, was born on 4 April 1933 in Glasgow. She died on 14 "
     "January.", "2025-01-20"),
    ("Doris Kemp, who turned 99 yesterday, was born on 9 August 1925 in Hull.", "2024-08-10"),
    ("Capt. Ray Dumont, 58, will retire on Friday. Dumont, who turns 59 in December, joined in "
     "1990.", "2024-10-22"),
    # an age at an earlier time the article does not date
    ("Dana Whitlock, 41, was jailed for four years on Monday. The court heard that Whitlock, who "
     "was 38 at the time of the fraud, had forged invoices.", "2024-06-12"),
    ("Aled Morgan, 52, now runs the union branch. Morgan was 47 during the long strike at the "
     "plant.", "2024-06-12"),
    ("Priya Nair, 29, coaches the under-12s. Nair was 19 then, and had just left school.",
     "2024-06-12"),
    # "Now 12," said of a thing, "Only 14," of a number
    ("Now 12, the league has grown from four clubs to 30. It was founded in 2014 by parents.",
     "2026-07-10"),
    ("Only 14, the number of new cases is the lowest this year.", "2026-07-10"),
    ("Now 29, Sean Keane is captain of the county side. Keane, born in Cork in 1997, made his "
     "debut at 19.", "2026-07-10"),
    # the definite "the N-year-old" is whoever was introduced at that age
    ("Sarah Linton, 31, was cleared of assaulting a 19-year-old woman outside a nightclub.\n\n"
     "Linton told the court she had acted in self-defence.\n\nThe 19-year-old said she had "
     "been punched twice.", "2024-04-02"),
    ("Clash in Hull\n\nA 43-year-old man was seriously injured in a street attack in Hull on "
     "Saturday.\n\nPolice later arrested Dean Farrow, 25, at an address in the city.\n\nThe "
     "43-year-old remains in hospital.", "2024-04-02"),
    ("Former teacher Alan Pike, 58, was jailed for defrauding a 72-year-old neighbour. Pike "
     "befriended the 72-year-old after her husband died.", "2024-04-02"),
    # ages at a time of their own: a dated clause, "then", a year fronting the sentence
    ("Kevin Doyle, 52, joined the firm in 1996, aged 24, and became chief executive in 2015.",
     "2024-04-02"),
    ("Dr Ali Shah, 47, qualified in 2001, aged 24. He said the job had changed.", "2024-04-02"),
    ("Jack Slater died in 2019, aged 82. His son Peter, 58, now runs the farm. Slater was born "
     "in 1937.", "2024-04-02"),
    ("In 1987 a 33-year-old Ruth Ames was elected to the council. Ames, 70, is retiring.",
     "2024-04-02"),
    ("Marsh, then 20, spoke no Spanish. Now 61, Helen Marsh runs a language school.",
     "2024-04-02"),
    ("Helen Marsh, 61, recalls arriving in Madrid. The then 20-year-old spoke no Spanish.",
     "2024-04-02"),
    # someone else brought in by a noun, or named beside a noun of the pronoun's gender
    ("Gomez double\n\nStriker Leah Gomez scored twice as Harbour City beat Rovers on Saturday, "
     "with the 24-year-old also hitting the post.\n\nRovers' goalkeeper was hurt in the first "
     "half.\n\nThe 31-year-old was taken to hospital.", "2024-04-08"),
    ("Record for Okafor\n\nSprinter Ada Okafor broke the national 200m record in Lagos on "
     "Saturday, with the 19-year-old winning in 22.4 seconds.\n\nHer coach said he had never "
     "seen a faster start.\n\nThe 25-year-old has trained her since 2020.", "2024-04-08"),
    ("Fraud trial\n\nBanker Carl Jensen was jailed on Friday for six years.\n\nThe court heard "
     "he had taken money from clients. A neighbour who lost her savings gave evidence.\n\nThe "
     "62-year-old said she had trusted him. Jensen, 58, showed no emotion.", "2024-04-08"),
    ("McBride fire\n\nPolice have named the man who died in a fire in Leeds as Ian McBride, 71."
     "\n\nHe was found at his home on Tuesday.\n\nHis son Mark McBride said the family were "
     "devastated. He was born in 1975 and lives in York.", "2025-05-20"),
    ("Twins\n\nAthlete Sam Reid won on Sunday, with the 22-year-old finishing first.\n\nHe said "
     "it felt good.\n\nThe 22-year-old now heads to Paris.", "2024-04-08"),
    # a pronoun or "the N-year-old" that may be someone else
    ("McBride fire\n\nPolice have named the man who died in a fire in Leeds as Ian McBride.\n\n"
     "The 71-year-old was found at his home on Tuesday.\n\nHis son Mark McBride said the family "
     "were devastated. He was born in 1975 and lives in York.", "2025-05-20"),
    ("Odum picked\n\nSprinter Grace Odum has been picked for the Olympic team.\n\nHer coach, "
     "Daniel Ekwueme, said she was ready. He was born in 1968.\n\nThe 23-year-old will run the "
     "100m.", "2025-05-20"),
    ("Shelter\n\nMargaret Ellery and Joan Pike founded the shelter in 1990.\n\nThe 58-year-old "
     "said it had been hard work.\n\nShe was born on 12 March 1961 in Exeter.", "2024-11-02"),
    ("Prize\n\nNovelist Margaret Ellery has won the Ashbourne Prize, judges led by Simon Tate "
     "said.\n\nThe 45-year-old chair of the panel called it remarkable.\n\nEllery was born on "
     "12 March 1961 in Exeter.", "2024-11-02"),
    ("Dog attack\n\nKeith Dunne, 61, admitted owning a dangerous dog.\n\nThe court heard his "
     "dog bit a 34-year-old woman as she tried to shield her son, aged nine.", "2025-09-12"),
    # a headline's noun that the body gives to someone else, or that is far from the named
    ("Woman, 34, hurt in crash\n\nA woman was seriously hurt when a car hit a bus shelter. "
     "Driver Tom Lee, 36, was arrested. Lee, 36, was later bailed.", "2024-06-01"),
    ("Boy, 12, bitten by dog\n\nDog owner Keith Dunne, 45, was fined after his dog bit a boy "
     "in a park. Dunne, 45, apologised.", "2024-06-01"),
    ("Teenager, 17, charged\n\nPolice have charged a teenager after a stabbing. Victim Ali Khan, "
     "19, is in hospital. Khan, 19, was stabbed twice.", "2024-06-01"),
    ("Pensioner Dennis Hoyle, 82, wins lottery\n\nRetired miner Dennis Hoyle has won £1m on the "
     "lottery. Mr Hoyle, 82, said he would share it.", "2024-06-01"),
    ("Nadia Ahmed, 38, and her husband Omar, 41, have run the bakery since 2010.\n\nThe "
     "41-year-old said they would not sell.", "2024-04-02"),
    # a person aged by name in the sentence: the other age there is someone else's
    ("Darren Kell, 34, attacked the 43-year-old driver after a row over the fare.\n\nKell "
     "admitted robbery.", "2024-11-21"),
    ("Tom Reed, 61, was jailed for robbing the 16-year-old shop worker at knifepoint.",
     "2024-11-21"),
    ("Leah Moss, 27, told the court that the 72-year-old had shouted at her first.",
     "2024-11-21"),
    ("Jane Smith, of Hull, 34, denies the charge. Smith, 34, will stand trial in June.",
     "2024-06-01"),
    # two people, two ages: never compared
    ("Jane Whitlow, 34, runs the bakery. Her business partner, Omar Khan, 43, handles the "
     "accounts.", "2024-05-02"),
    ("Jane Whitlow, 34, has run the bakery on Mill Lane since it opened. Her son, 12, helps at "
     "weekends.\n\nThe 12-year-old said he liked the early starts.", "2024-05-02"),
    ("Grace Otieno, 27, was last seen on Friday. A 61-year-old man has been arrested.",
     "2024-07-12"),
    ("Sam Oduya, 45, was charged with assault. The 19-year-old victim was taken to hospital.",
     None),
    # an age at another time, and numbers in brackets that are not ages
    ("Rowan Pike, 27, quit gymnastics at the age of 12 and now trains juniors.", None),
    ("Jane Whitlow, 34, was 29 when she opened the bakery on Mill Lane.", "2024-05-02"),
    ("Substitutes: Bramley for Oduya (58), Kerrigan for Sutcliffe (81).", None),
    # a bare "the N-year-old" that someone before it fits, that a named person without an age
    # may be, that a noun says is someone else, or that is not its sentence's subject
    ("Crash\n\nA 52-year-old cyclist was hurt when a van struck him.\n\nThe 52-year-old was "
     "treated for a broken wrist.", "2024-05-03"),
    ("Robbery\n\nA 74-year-old man was robbed outside his home.\n\nNeighbour Tom Riley chased "
     "the robbers away.\n\nThe 69-year-old said he had lived on the street for decades.",
     "2024-02-10"),
    ("Robbery\n\nA 74-year-old man was robbed outside his home.\n\nThe 71-year-old suspect "
     "was arrested nearby.", "2024-02-10"),
    ("Court\n\nA 23-year-old man has been jailed.\n\nHe attacked the 32-year-old in a pub in "
     "2022.", "2024-06-20"),
    ("Crash\n\nA 38-year-old woman died after her car left the road.\n\nA 61-year-old man was "
     "also hurt.\n\nThe 61-year-old was treated in hospital.", "2024-04-11"),
    ("Missing\n\nA 16-year-old girl has been reported missing.\n\nShe was last seen with a "
     "friend.\n\nThe 81-year-old grandmother who raised her said she was desperate.",
     "2024-03-06"),
    # an age in apposition to a noun the lede did not introduce: someone else; an indefinite
    # "a 41-year-old woman" is never the named person by the words near them
    ("Dog found\n\nA volunteer who spent two days searching the moor for a lost dog has been "
     "thanked.\n\nRescuers said the farmer, a 52-year-old man, had lent a quad bike.\n\nColin "
     "Harte, 25, said he had walked more than 30 miles.", "2024-01-22"),
    ("Marathon\n\nA teacher who ran a marathon has raised £4,000.\n\nThe head said the "
     "teacher, a 41-year-old woman, had trained for six months.\n\nPupil Amelia Groves, 11, "
     "said she would do it too.", "2024-04-29"),
    ("Squad\n\nSelectors have named Tomas Brandt in the squad.\n\nThe 18-year-old "
     "wicket-keeper has impressed this season.\n\nBorn on 5 May 2006, Brandt made his debut "
     "last year.", "2024-07-01"),
    # "the N-year-old" given that age earlier in an age's printed form, whoever the reading
    # gave it to ("her husband, 36,", "The victim, 39,", "aged 15 and 16")
    ("Shop\n\nJane Carter, 34, and her husband, 36, run the farm shop together.\n\nThe "
     "36-year-old said the shop had doubled its trade.", "2024-05-01"),
    ("Assault\n\nA 41-year-old man has been charged with assaulting a woman in Derby.\n\nThe "
     "victim, 39, suffered a broken nose.\n\nThe 39-year-old was treated in hospital.",
     "2024-05-01"),
    ("Fire\n\nA 67-year-old woman has died after a house fire in Perth.\n\nHer husband, 70, "
     "escaped with minor burns.\n\nThe 70-year-old was taken to hospital.", "2024-05-01"),
    ("Arrests\n\nTwo teenagers, aged 15 and 16, were arrested after a car was stolen.\n\nThe "
     "16-year-old was later released on bail.", "2024-05-01"),
    # a person named after a noun that says what they are is someone new
    ("Cliff\n\nA climber has been rescued after a fall.\n\nRescuers found the climber, a "
     "27-year-old man, at the foot of the cliff.\n\nMountain rescue leader Alan Forbes, 72, "
     "said conditions were poor.", "2024-05-01"),
    # another age in the sentence before: the next sentence's may be that person's
    ("Brian Hughes, 68, was found guilty on Tuesday with his son Dean, 41. The 41-year-old had "
     "denied the charges.", "2024-05-10"),
    ("Brian Hughes, 68, was found guilty on Tuesday. The 63-year-old victim gave evidence.",
     "2024-05-10"),
    # one unnamed age given to the person named before it is one statement, not two
    ("Lock-keeper Martha Quayle has retired after three decades on the canal.\n\n"
     "The 58-year-old looked after four locks.\n\nQuayle, who lives in Skipton, said she "
     "would miss it.", "2024-09-02"),
    # an age said of a body or a text is a thing's, not a person's
    ("Founder Maeve Quinn, 31, set up the charity in her kitchen.\n\nThe 13-year-old charity "
     "now has 40 staff.", "2024-06-10"),
    ("Gareth Pell, aged 41, admitted the offence.\n\nThe 14-year-old business had been "
     "warned before, the court heard.", "2024-06-10"),
    ("Ms Kaur, 45, said the 42-year-old law on street trading needed reform.", "2024-06-10"),
    # two people with one surname and a title each stay two
    ("Councillor Dean Marsh, 58, and his wife, Councillor Helen Marsh, 55, both stood again.",
     "2024-09-02"),
    ("Lisa Grant was 34 when she opened her first salon in 2010.\n\nNow 48, Ms Grant employs "
     "60 stylists across four towns.", "2024-06-10"),
    ("Amira Haddad was 19 when she fled Aleppo in 2013.\n\nToday the 30-year-old runs a "
     "bakery in Huddersfield.", "2024-06-10"),
    ("Dan Cole, 30, said the water was 34 when it was tested in 2019.", "2024-06-10"),
    ("The club's new chairman is Peter Vance, 61.\n\nHis son, Rob, 36, runs the bar. The "
     "36-year-old said trade was up.", "2024-06-10"),
    ("Mr Tully was aged 41 at the time of the crash in 2019.\n\nNow 46, Tully has returned "
     "to driving.", "2024-06-10"),
    ("Nadia Perez, 36, was appointed head of the trust in 2020. She was 32 at the time.",
     "2024-06-10"),
    ("Ella Rowe, 30, runs the pool. The water temperature was 34. The pool opened in 1994.",
     "2024-06-10"),
    ("Dr Ann Lees (b. 1960) and her son Tom, 30, run the practice.", "2024-06-10"),
    ("Retired headteacher Moira Lang died on Tuesday at 87. Mrs Lang was born in Perth in 1936.",
     "2024-06-10"),
    ("He died at 10.30pm at 12 Hill Street, police said. John Reid, 40, was arrested.",
     "2024-06-10"),
    ("Mr Rowe died at home at 84 Mill Lane. His son Tom Rowe, 51, found him.", "2024-06-10"),
    ("\"We never gave up,\" says Ms Ong (38), who runs the clinic. Born in 1985, Ms Ong trained "
     "in Penang.", "2024-06-10"),
    ("In 1999 Jane Cole, then 20, won the title.\n\nCole, now 45, coaches at the club.",
     "2024-06-10"),
    ("DI Sam Akers, 44, and DS Ruth Akers, 47, led the inquiry together.", "2024-06-10"),
    # a counterpart the story sets beside its named person; a description said only in its
    # own sentence is not said of the person
    ("Ian Smith, who was born in 1990, was arrested on Monday.\n\nThe 36-year-old victim was "
     "taken to hospital.", "2024-06-10"),
    ("Acclaimed chef Rosa Lindqvist has opened a restaurant in Bath.\n\nThe 44-year-old "
     "restaurateur trained in Paris. Lindqvist was born in Malmo in 1980.", "2024-06-10"),
    # a pronoun points back at someone named before it, not at a relative named later
    ("Ruth Adeyemi, a nurse who ran the maternity ward at St Luke's for two decades, has died. "
     "She was 88.\n\nShe is survived by her husband, Samuel, 90, and two daughters.",
     "2024-02-12"),
    ("Thomas Grieve, the Dundee bookseller, died on March 3. He was 79.\n\nHe met Isobel Kerr at "
     "a dance in 1968, when he was 23. Isobel, 76, said he never stopped reading.", "2024-03-08"),
    # a relative set beside a noun of the other gender, or owned by the pronoun's gender
    ("Former headteacher Brenda Cole has died at home in Truro. Her husband, Malcolm, 84, was "
     "with her. She was 81.", "2024-02-12"),
    # an age "as a 12-year-old" is at the time of its clause; a "he" and a "she" in one
    # sentence are two people
    ("Arsenal signed Kai Brandt, 21, from Hamburg. He joined Hamburg as a 12-year-old and made "
     "his debut at 17.", "2024-05-10"),
    ("Paul Sykes, 71, and his wife of 50 years, Brenda, 69, renewed their vows in Whitby. He "
     "was 21 and she was 19 when they wed in 1974.", "2024-05-10"),
    # a bare surname two people share, with no title to tell them apart, is either of them
    ("Maggie Lund, 45, and her son Peter Lund, 19, both ran the Dublin marathon. Lund, 19, "
     "finished first.", "2024-10-28"),
    ("Soprano Helen Roy has died after a short illness. Her sister, Jean, 83, said she had sung "
     "until the end. She was 86.", "2024-09-01"),
    # "at the time" points back to the events told before, never to the date of the telling,
    # nor to a bare date's year guessed from the published date in a story looked back on
    ("Ravi Menon, 33, of Salford, denies arson.\n\nThe warehouse burned on Saturday, 4 November "
     "2023, a week after he lost his job there on Friday, 27 October. Prosecutors said on Monday "
     "that Mr Menon, who was 31 at the time, had a grudge.", "2025-06-10"),
    ("Lena Marsh, 41, runs the bakery her father opened in Leeds.\n\nA fire gutted the shop in "
     "the spring of 2023. Speaking at the awards on Friday, the judges said Marsh, who was 38 at "
     "the time, had rebuilt it within a year.", "2026-03-02"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "age", "other", "evidence"), FIRES)
def test_dat002_fires(rule_findings, text, published, age, other, evidence):
    report, found = rule_findings("DAT002", text, published)
    assert len(found) == 1, text
    f = found[0]
    assert report.text[f.start : f.end] == age
    assert other in pointed(report, f)
    for key, value in evidence.items():
        assert f.evidence[key] == value
    assert f.evidence["working"][-1].startswith("printed:")


@pytest.mark.parametrize(("text", "published"), SILENT)
def test_dat002_silent(rule_findings, text, published):
    assert rule_findings("DAT002", text, published)[1] == []


def test_people_are_grouped_by_the_names_the_quote_table_uses(nlp):
    """ "Ms Daly" and "Róisín Daly" are one person; "Mr Twomey" is another."""
    from datetime import date

    from newslint.analysis import Analysis
    from newslint.article import Article
    from newslint.clean import clean

    text = (
        "The firm named Róisín Daly as chief executive. Ms Daly, aged 52, replaces Kevin "
        "Twomey, 61, who founded it. Mr Twomey will become chairman."
    )
    analysis = Analysis(clean(Article(text=text, published=date(2024, 3, 19))), nlp=nlp)
    facts = analysis.age_facts
    owners = {}
    for statement in facts.ages:
        person = next(p for p in facts.people if statement.subject.name in p.mentions)
        owners[statement.age] = person.canonical
    assert owners == {52: "Róisín Daly", 61: "Kevin Twomey"}


def test_a_name_that_who_follows_is_a_person_whatever_its_label():
    from newslint.extract.entities import Mention, person_mention

    text = "Quayle, who lives in Skipton, said so. Quayle said so. They met in Leeds."
    assert person_mention(text, Mention("Quayle", 0, 6, "ORG"))
    assert not person_mention(text, Mention("Quayle", 39, 45, "ORG"))
    assert not person_mention(text, Mention("Leeds", 67, 72, "PERSON"))  # after "in"


@pytest.mark.parametrize(
    "passage,name,person",
    [
        ("Magistrate Karen Holt said the 34-year-old would be sentenced.", "Holt", True),
        ("Olumide Bakare, who founded the firm, is 41.", "Bakare", True),
        ("Lakeside Academy, which has 900 pupils, will close early.", "Academy", False),
        ("She moved to Leeds in 2019.", "Leeds", False),
    ],
)
def test_ages_read_the_people_the_speakers_read(nlp, passage, name, person):
    """One person mechanism: a name ``person_entity`` reads as a person's (a title, a relative
    "who") is a person for ages too, whatever spaCy labelled it."""
    from newslint.extract.entities import name_mentions, person_mention

    (m,) = [m for m in name_mentions(nlp(passage)) if m.words[-1].text == name]
    assert person_mention(passage, m) is person
