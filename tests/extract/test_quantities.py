"""Quantity extraction, table-driven: news-style sentences written for newslint and the exact
figures a sub-editor would read from them (value or range, unit, approximator, kind, change)."""

from __future__ import annotations

import pytest

from newslint.extract.quantities import counted_lemma, find_quantities


def Q(value, unit=None, approx="=", kind=None, change=None, **extra):
    row = {"value": value, "unit": unit, "approx": approx, "change": change, **extra}
    if kind is not None:
        row["kind"] = kind
    return row


CASES: list[tuple[str, list[dict]]] = [
    # ---- plain numerals and scales ----------------------------------------------------------
    (
        "The council said 53,000 households were affected.",
        [Q(53000, kind="count", counted="households")],
    ),
    ("About 6,000 people marched through the town centre.", [Q(6000, approx="~", kind="count")]),
    ("The average family spends 2.5 hours a day online.", [Q(2.5, "hour")]),
    ("The app has 1.2m users in Scotland.", [Q(1.2e6, kind="count")]),
    ("Police estimated the crowd at 12k.", [Q(12000, kind="count")]),
    (
        "The region has three hospitals and one ambulance station.",
        [Q(3, kind="count"), Q(1, kind="count")],
    ),
    ("A dozen firefighters tackled the blaze.", [Q(12, kind="count")]),
    ("Half a million tickets were sold in two days.", [Q(500000, kind="count"), Q(2, "day")]),
    ("Twenty-five schools closed early.", [Q(25, kind="count")]),
    ("Two hundred and fifty volunteers signed up.", [Q(250, kind="count")]),
    ("Some 3.5 million viewers watched the final.", [Q(3.5e6, approx="~", kind="count")]),
    ("The fund now holds 4 billion shares.", [Q(4e9, kind="count")]),
    ("Officials counted 1,234,567 ballots.", [Q(1234567, kind="count")]),
    ("The bridge carries 40,000 vehicles.", [Q(40000, kind="count")]),
    ("Nearly a thousand homes lost power.", [Q(1000, approx="~", kind="count")]),
    ("The index closed at 7,425.81.", [Q(7425.81, "point")]),
    ("The crowd reached 7,425 at noon.", [Q(7425, kind="count")]),
    # ---- money ------------------------------------------------------------------------------
    ("The scheme will cost £1bn over five years.", [Q(1e9, "GBP", kind="money"), Q(5, "year")]),
    ("Shares were sold for $3.5bn.", [Q(3.5e9, "USD", kind="money")]),
    ("Tickets cost US$40 each.", [Q(40, "USD", kind="money")]),
    ("The bank was fined €2 billion.", [Q(2e9, "EUR", kind="money")]),
    ("The state will spend Rs 500 crore on roads.", [Q(5e9, "INR", kind="money")]),
    ("The donation was worth Rs 20 lakh.", [Q(2e6, "INR", kind="money")]),
    # digits grouped in lakhs and crores
    ("The scheme reached 1,74,992 households.", [Q(174992, kind="count", text="1,74,992")]),
    ("The state paid Rs 12,34,56,789 in claims.", [Q(123456789, "INR", kind="money")]),
    ("Rents rose to A$650 a week in the suburb.", [Q(650, "AUD", kind="money", per="week")]),
    # a sentence's first word "A" before a dollar sign is the article, not Australia
    ("A $120m deal was signed on Friday.", [Q(120e6, "USD", kind="money", text="$120m")]),
    ("They charge a $5 fee for cards.", [Q(5, "USD", kind="money", text="$5")]),
    ("The tower was sold for HK$3.2bn.", [Q(3.2e9, "HKD", kind="money")]),
    ("The chief executive earns £2.4m-a-year.", [Q(2.4e6, "GBP", kind="money", per="year")]),
    ("A pint now costs 450p in the city.", [Q(450, "penny", kind="money")]),
    ("The stamp costs 85 cents.", [Q(85, "cent", kind="money")]),
    ("He paid 5,000 pounds for the car.", [Q(5000, "GBP", kind="money")]),
    ("The ministry set aside 300 million euros.", [Q(3e8, "EUR", kind="money")]),
    ("Imports were worth 2.1 trillion yen.", [Q(2.1e12, "JPY", kind="money")]),
    ("The contract is worth 45 million US dollars.", [Q(4.5e7, "USD", kind="money")]),
    ("The price was 1,500 USD per tonne.", [Q(1500, "USD", kind="money", per="metric_ton")]),
    ("Oil traded at $52 a barrel.", [Q(52, "USD", kind="money", per="oil_barrel")]),
    ("A fine of C$10,000 was imposed.", [Q(10000, "CAD", kind="money")]),
    ("The club paid £85m for the striker.", [Q(8.5e7, "GBP", kind="money")]),
    ("Profits reached $3tn across the sector.", [Q(3e12, "USD", kind="money")]),
    ("The mayor earns NZ$180,000.", [Q(180000, "NZD", kind="money")]),
    ("Debt stood at ¥1,200bn.", [Q(1.2e12, "JPY", kind="money")]),
    ("She raised 2,000 rupees for the shelter.", [Q(2000, "INR", kind="money")]),
    # one letter for the naira and the rand, before millions and more only (not road names)
    ("The state set aside N680 billion for roads.", [Q(6.8e11, "NGN", kind="money")]),
    ("The bridge cost R48 million to build.", [Q(4.8e7, "ZAR", kind="money")]),
    ("Traffic on the N1 was slow near the R2 junction.", []),
    ("The phone sells for 7,199 Chinese yuan.", [Q(7199, "CNY", kind="money")]),
    ("The old cars topped out at about 80 m.p.h. on the flat.", [Q(80, "mile/hour", approx="~")]),
    ("The deficit widened to $-50.8bn.", [Q(-50.8e9, "USD", kind="money")]),
    # ---- percent and points -------------------------------------------------------------------
    (
        "Turnout was 12 per cent lower than expected.",
        [Q(12, "percent", kind="percent", change="down")],
    ),
    ("Inflation hit 12% in October.", [Q(12, "percent", kind="percent")]),
    ("Support fell 3.2 percentage points.", [Q(3.2, "percentage_point", change="down")]),
    ("The rate is 4.5 percent.", [Q(4.5, "percent", kind="percent")]),
    ("The central bank cut rates by 25 basis points.", [Q(25, "basis_point", change="down")]),
    ("Labour's lead is 7 points.", [Q(7, "point")]),
    ("Bond yields are up 12pc this year.", [Q(12, "percent", kind="percent", change="up")]),
    # ---- approximators -------------------------------------------------------------------------
    ("The fire burned for about 10 hours.", [Q(10, "hour", approx="~")]),
    ("Around 400 jobs will go.", [Q(400, approx="~", kind="count")]),
    ("The tunnel is roughly 5km long.", [Q(5, "kilometer", approx="~")]),
    ("Almost 90% of staff voted yes.", [Q(90, "percent", approx="~", kind="percent")]),
    ("It is close to 3,000 miles away.", [Q(3000, "mile", approx="~")]),
    ("More than 200 flights were cancelled.", [Q(200, approx=">", kind="count")]),
    ("Over 1,000 people attended.", [Q(1000, approx=">", kind="count")]),
    ("At least 30 people were injured.", [Q(30, approx=">=", kind="count")]),
    ("Upwards of 50 boats joined the search.", [Q(50, approx=">", kind="count")]),
    ("Less than 5% of the budget remains.", [Q(5, "percent", approx="<", kind="percent")]),
    ("Under 20 tickets are left.", [Q(20, approx="<", kind="count")]),
    ("Up to 80mm of rain could fall.", [Q(80, "millimeter", approx="<=")]),
    ("Fewer than 100 residents replied.", [Q(100, approx="<", kind="count")]),
    ("No more than 12 guests may attend.", [Q(12, approx="<=", kind="count")]),
    ("An estimated 4,000 birds died.", [Q(4000, approx="~", kind="count")]),
    ("The queue was 200 or more people long.", [Q(200, approx=">=", kind="count")]),
    ("Nearly 40C was recorded in the shade.", [Q(40, "degree_Celsius", approx="~")]),
    # ---- units ----------------------------------------------------------------------------------
    (
        "Temperatures reached 40C (104F) on Tuesday.",
        [Q(40, "degree_Celsius"), Q(104, "degree_Fahrenheit", conversion_of=0)],
    ),
    ("Overnight it fell to -5C in the glens.", [Q(-5, "degree_Celsius")]),
    ("The forecast high is 31 degrees Celsius.", [Q(31, "degree_Celsius")]),
    ("Water boils at 212°F.", [Q(212, "degree_Fahrenheit")]),
    (
        "The fire covered 6,000sqkm (2,317sqmi).",
        [Q(6000, "kilometer**2"), Q(2317, "mile**2", conversion_of=0)],
    ),
    ("The island covers 2,300 square miles.", [Q(2300, "mile**2")]),
    ("The park is 120 sq km.", [Q(120, "kilometer**2")]),
    ("The reserve spans 45 km².", [Q(45, "kilometer**2")]),
    ("The flood reached 3km2 of farmland.", [Q(3, "kilometer**2")]),
    (
        "Crews repaired a 5km (3.1-mile) stretch of road.",
        [Q(5, "kilometer"), Q(3.1, "mile", conversion_of=0)],
    ),
    ("The suspect is 5ft 11in tall.", [Q(5 + 11 / 12, "foot")]),
    ("The wall is 4m high.", [Q(4, "meter")]),
    ("She won the 100m sprint.", [Q(100, "meter")]),
    ("The lorry weighed 44 tonnes.", [Q(44, "metric_ton")]),
    ("The ship carried 300 tons of grain.", [Q(300, "ton")]),
    ("The baby weighed 7 pounds at birth.", [Q(7, "pound")]),
    ("The car was doing 90mph on the bypass.", [Q(90, "mile/hour")]),
    ("Winds of 120 km/h hit the coast.", [Q(120, "kilometer/hour")]),
    ("The tank holds 50 litres.", [Q(50, "liter")]),
    ("The dam holds 2 million cubic metres of water.", [Q(2e6, "meter**3")]),
    ("The farm covers 400 hectares.", [Q(400, "hectare")]),
    ("The estate spans 2,000 acres.", [Q(2000, "acre")]),
    ("The plant generates 1.2GW of power.", [Q(1.2, "gigawatt")]),
    ("The turbine is rated at 15 MW.", [Q(15, "megawatt")]),
    ("Households use 2,700 kWh a year.", [Q(2700, "kilowatt_hour", per="year")]),
    ("The engine makes 300 horsepower.", [Q(300, "horsepower")]),
    ("The phone has 128GB of storage.", [Q(128, "gigabyte")]),
    ("The crossing took 45 minutes.", [Q(45, "minute")]),
    ("The trial lasted six weeks.", [Q(6, "week")]),
    ("He served 12 years in prison.", [Q(12, "year")]),
    ("The bag weighed 23kg.", [Q(23, "kilogram")]),
    ("The parcel weighed 500g.", [Q(500, "gram")]),
    ("The yacht sailed at 12 knots.", [Q(12, "knot")]),
    ("Ozone reached 80 ppb in the city.", [Q(80, "ppb")]),
    ("The runner covered 26.2 miles.", [Q(26.2, "mile")]),
    ("The chip uses a 5 nanometre process.", [Q(5, "nanometer")]),
    ("Its storm surge was 3 feet.", [Q(3, "foot")]),
    # ---- ranges -----------------------------------------------------------------------------------
    ("Between 2 and 3 million people were displaced.", [Q(None, kind="count", low=2e6, high=3e6)]),
    (
        "The repairs will cost 2-3 million pounds.",
        [Q(None, "GBP", kind="money", low=2e6, high=3e6)],
    ),
    (
        "Yields rose from 10% to 15%.",
        [Q(None, "percent", kind="percent", low=10, high=15, direction="up")],
    ),
    ("Four to five thousand people gathered.", [Q(None, kind="count", low=4000, high=5000)]),
    (
        "Prices range from $750,000 to $1 million.",
        [Q(None, "USD", kind="money", low=750000, high=1e6)],
    ),
    ("The walk takes 3-4 hours.", [Q(None, "hour", low=3, high=4)]),
    ("Forecasters expect 10–15cm of snow.", [Q(None, "centimeter", low=10, high=15)]),
    ("Speeds of 15-22 miles per hour were recorded.", [Q(None, "mile/hour", low=15, high=22)]),
    (
        "Expect to pay £5 to £8 a ticket.",
        [Q(None, "GBP", kind="money", low=5, high=8, per="ticket")],
    ),
    ("It costs eight or nine euros.", [Q(8, "EUR", kind="money"), Q(9, "EUR", kind="money")]),
    # an amount and its share after "or" are two figures of two orders, not alternatives
    (
        "Thefts fell by 8,733 or 5.5% this year.",
        [Q(8733, kind="count", change="down"), Q(5.5, "percent", kind="percent", change="down")],
    ),
    # ---- changes ----------------------------------------------------------------------------------
    ("Sales rose by 3% in March.", [Q(3, "percent", kind="percent", change="up")]),
    ("The FTSE 100 fell 2 points.", [Q(2, "point", change="down")]),
    ("Shares were up 12% at noon.", [Q(12, "percent", kind="percent", change="up")]),
    (
        "Exports dropped 7% to $2.3 billion.",
        [Q(7, "percent", kind="percent", change="down"), Q(2.3e9, "USD", kind="money")],
    ),
    ("Unemployment increased by 40,000.", [Q(40000, kind="count", change="up")]),
    ("The pound slid 1.5% against the dollar.", [Q(1.5, "percent", kind="percent", change="down")]),
    ("Profits jumped 45 per cent.", [Q(45, "percent", kind="percent", change="up")]),
    ("Output declined by about 2%.", [Q(2, "percent", approx="~", kind="percent", change="down")]),
    ("Costs were cut by £30m.", [Q(3e7, "GBP", kind="money", change="down")]),
    (
        "Dow +0.2%, Nasdaq -0.4%.",
        [
            Q(0.2, "percent", kind="percent", change="up"),
            Q(-0.4, "percent", kind="percent", change="down"),
        ],
    ),
    (
        "The index lost 190 points, or 0.6%.",
        [
            Q(190, "point", change="down"),
            Q(0.6, "percent", kind="percent", change="down"),
        ],
    ),
    ("There was an increase of 5% in claims.", [Q(5, "percent", kind="percent", change="up")]),
    # ---- comparisons --------------------------------------------------------------------------------
    (
        "The fire burned an area three times the size of Wales.",
        [Q(3, kind="comparison", multiplier=3, reference="Wales", dimension="area")],
    ),
    (
        "The lake is twice as large as Belgium.",
        [Q(2, kind="comparison", multiplier=2, reference="Belgium", dimension="area")],
    ),
    (
        "Floods covered an area the size of Greater London.",
        [Q(1, kind="comparison", multiplier=1, reference="Greater London", dimension="area")],
    ),
    (
        "The site is the equivalent of 70 football pitches.",
        [Q(70, kind="comparison", multiplier=70, reference="football pitches", dimension="area")],
    ),
    (
        "The reservoir is half the size of Luxembourg.",
        [Q(0.5, kind="comparison", multiplier=0.5, reference="Luxembourg", dimension="area")],
    ),
    (
        "The iceberg is roughly four times the size of Manhattan.",
        [Q(4, approx="~", kind="comparison", reference="Manhattan")],
    ),
    (
        "The new building is five times taller than Big Ben.",
        [Q(5, kind="comparison", reference="Big Ben", dimension="length")],
    ),
    # ---- vague ------------------------------------------------------------------------------------
    (
        "The majority of members backed the deal.",
        [Q(None, approx=">", kind="vague", low=0.5, high=1.0)],
    ),
    ("Most residents oppose the plan.", [Q(None, approx=">", kind="vague", low=0.5, high=1.0)]),
    ("Half of the staff work from home.", [Q(0.5, kind="vague", low=0.5, high=0.5)]),
    ("A third of the trees were felled.", [Q(1 / 3, kind="vague")]),
    ("Two-thirds of voters backed the bill.", [Q(2 / 3, kind="vague")]),
    ("Dozens of homes were damaged.", [Q(None, kind="vague", low=24, high=100)]),
    ("Hundreds of fans queued overnight.", [Q(None, kind="vague", low=100, high=1000)]),
    ("Thousands of jobs are at risk.", [Q(None, kind="vague", low=1000, high=10000)]),
    ("Tens of thousands of people marched.", [Q(None, kind="vague", low=1e4, high=1e5)]),
    (
        "Staff left en masse after the merger.",
        [Q(None, approx="~", kind="vague", low=0.5, high=1.0)],
    ),
    ("One in five adults has never voted.", [Q(0.2, kind="vague", counted="adults")]),
    (
        "A third of the US population lives there.",
        [Q(1 / 3, kind="vague", counted="US population")],
    ),
    ("1 in 4 children live in poverty.", [Q(0.25, kind="vague")]),
    ("A small minority of drivers speed.", [Q(None, approx="<", kind="vague", low=0.0, high=0.5)]),
    # ---- ages -------------------------------------------------------------------------------------
    ("A 45-year-old man was arrested.", [Q(45, "year", dimension="age")]),
    ("The victim, aged 19, died in hospital.", [Q(19, "year", dimension="age")]),
    ("Jane Doe, 34, said she felt safe.", [Q(34, "year", dimension="age")]),
    ("Her 18-month-old son was unhurt.", [Q(18, "month", dimension="age")]),
    # ---- traps: not measures ----------------------------------------------------------------------
    ("The law was passed in 2019.", []),
    ("The 2012-13 season was his best.", []),
    ("The summit ends on 12 March.", []),
    ("The vote is on March 29, 2024.", []),
    ("The train leaves at 10.45pm.", []),
    ("The polls open at 7am and close at 10pm.", []),
    ("The meeting starts at 14:30.", []),
    ("She finished 22nd in the race.", []),
    ("It was his 3rd title.", []),
    ("He is one of the best players of his generation.", []),
    ("The Fantastic 4's new film opens soon.", []),
    ("Call 020 7946 0000 for details.", []),
    ("Covid-19 cases rose in the north.", []),
    ("The G7 leaders met in Italy.", []),
    ("The Boeing 737 was grounded.", []),
    ("The F-16 jets flew overhead.", []),
    ("They met at 10 Downing Street.", []),
    ("United won 3-1 at home.", []),
    ("The match ended 2-2 on aggregate.", []),
    ("The 1990s were a boom time.", []),
    ("Section 427 of the act applies.", []),
    ("Flight 370 vanished in 2014.", []),
    ("Article 50 was triggered.", []),
    ("The phone runs on a 5G network.", []),
    ("No one was hurt in the crash.", []),
    ("The S&P 500 closed higher.", []),
    ("The 9/11 attacks changed aviation.", []),
    ("The shop is open 24/7.", []),
    ("Between 2014 and 2017 the population grew.", []),
    ("Formula One returns to the city.", []),
    ("Room 101 was locked.", []),
    ("The suspect wore a No. 10 shirt.", []),
    ("In the 90049 ZIP Code homes are dear.", []),
    ("The report was published on 2023-04-01.", []),
    ("The deal was signed on 12/03/2021.", []),
    ("The PS5 sold out in 2 days.", [Q(2, "day")]),
    ("The company made a one-off payment.", []),
    ("The iPhone 11 Pro goes on sale today.", []),
    ("The flat at 9 E 71st St was sold.", []),
    ("Police closed 16-18 Church Street.", []),
    # ---- change words that are not changes ---------------------------------------------------------
    ("The defence gave up 517 yards.", [Q(517, "yard")]),
    ("The firm posted a loss of 63 cents a share.", [Q(63, "cent", kind="money", per="share")]),
    ("He added a 30 degree turn.", [Q(30, "degree")]),
    (
        "Growth will slow from 4.8% to 4.7%.",
        [Q(None, "percent", kind="percent", low=4.7, high=4.8, direction="down")],
    ),
    ("The rate climbed to 6.7%.", [Q(6.7, "percent", kind="percent", direction="up")]),
    ("The army has lost 53,000 soldiers.", [Q(53000, kind="count", counted="soldiers")]),
    ("She coaches 400m runners at the club.", [Q(400, "meter")]),
    (
        "His best times came in the 800m and 1500m at the indoor championships.",
        [Q(800, "meter"), Q(1500, "meter")],
    ),
    ("The app gained 35m users.", [Q(35e6, kind="count")]),
    ("Despite losing 28-17 on Sunday they stayed top.", []),
    ("The firm will restate its 2004 financial reports.", []),
    ("They face the 2001 winners next.", []),
    ("The former world number one is back.", []),
    (
        "Hundreds of thousands of buildings were damaged.",
        [Q(None, kind="vague", low=1e5, high=1e6)],
    ),
    ("What impressed me most was the food.", []),
    ("The 12 euro zone countries grew.", [Q(12, kind="count")]),
    ("It happened in the second half of the match.", []),
    (
        "The engine makes 450 Nm (332 lb-ft) of torque.",
        [Q(450, "newton*meter"), Q(332, "foot_pound", conversion_of=0)],
    ),
    (
        "Some 96 Liverpool fans travelled.",
        [Q(96, approx="~", kind="count", counted="Liverpool fans")],
    ),
    (
        "About 5,000 of the soldiers were conscripts.",
        [Q(5000, approx="~", kind="count", counted="soldiers")],
    ),
    ("The probe has orbited Mars 3,200 times.", [Q(3200, kind="count", counted="times")]),
    ("The snow was 30cm (20in) deep.", [Q(30, "centimeter"), Q(20, "inch", conversion_of=0)]),
    (
        "The fire covered 2,300 sq miles (about 6,000 sq km).",
        [Q(2300, "mile**2"), Q(6000, "kilometer**2", approx="~", conversion_of=0)],
    ),
    (
        "The plane flew 5,000 miles (8,047km).",
        [Q(5000, "mile"), Q(8047, "kilometer", conversion_of=0)],
    ),
    (
        "Contributions grew from £5.5bn to £8.2bn.",
        [Q(None, "GBP", kind="money", low=5.5e9, high=8.2e9)],
    ),
    ("Glaciers lost 127 gigatonnes of ice.", [Q(127, "gigatonne", change="down")]),
    (
        "Troops retook thousands of square miles.",
        [Q(None, "mile**2", kind="vague", low=1000, high=10000, text="thousands of square miles")],
    ),
    (
        "It burned an area the size of Greater London.\n\nThe Fire Service said",
        [Q(1, kind="comparison", reference="Greater London", text="the size of Greater London")],
    ),
    # ---- what a count counts: a noun phrase read without a parser --------------------------------
    (
        "The dealer sold 40 Ford and Vauxhall vans last month.",
        [Q(40, kind="count", counted="Ford and Vauxhall vans")],
    ),
    (
        "The label shipped 2.7m digital and physical copies.",
        [Q(2.7e6, kind="count", counted="digital and physical copies")],
    ),
    (
        "The side has reached nine straight Grand Finals.",
        [Q(9, kind="count", counted="straight Grand Finals")],
    ),
    (
        "The carrier parked two new A320 jets at the hangar.",
        [Q(2, kind="count", counted="new A320 jets")],
    ),
    (
        "She made one simple request before leaving.",
        [Q(1, kind="count", counted="simple request")],
    ),
    ("The firm delivered 12,000 Model Y cars.", [Q(12000, kind="count", counted="Model Y cars")]),
    ("Life expectancy is 73 raising the prospect of cuts.", [Q(73, kind="count", counted=None)]),
    ("The saloon is 40k cheaper than its rival.", [Q(40000, kind="count", counted=None)]),
    ("He scored 2 last night.", [Q(2, kind="count", counted=None)]),
    ("The 5 speed gearbox is optional.", [Q(5, kind="count", counted="speed gearbox")]),
    ("With eight more picks the club rebuilt.", [Q(8, kind="count", counted="picks")]),
    ("Two of Smith's aides resigned.", [Q(2, kind="count", counted="aides")]),
    (
        "Tariffs cover 4,100 kinds of goods arriving by sea.",
        [Q(4100, kind="count", counted="kinds of goods")],
    ),
    ("One witness was hurt in the crash.", [Q(1, kind="count", counted="witness")]),
    ("She kept one hand behind the rope.", [Q(1, kind="count", counted="hand")]),
    (
        "Shipments reached 5.1 million consoles, up from 4.2 million.",
        [
            Q(5.1e6, kind="count", counted="consoles"),
            Q(4.2e6, kind="count", counted="consoles"),
        ],
    ),
    # ---- change words and phrasings -------------------------------------------------------------
    ("The index closed down 1.2% on Friday.", [Q(1.2, "percent", change="down")]),
    ("He ended up 3 shots behind.", [Q(3, kind="count", change=None)]),
    ("The forecast was revised upward by £40 million.", [Q(4e7, "GBP", change="up")]),
    ("Costs were revised downwards by 3%.", [Q(3, "percent", change="down")]),
    (
        "The shares are up 20% after plummeting 65% last year.",
        [Q(20, "percent", change="up"), Q(65, "percent", change="down")],
    ),
    (
        "Hiring grew by 12,000 posts or 2.1 per cent.",
        [Q(12000, kind="count", change="up"), Q(2.1, "percent", change="up")],
    ),
    (
        "Sales were down 2.3%, exports by 2.6% and imports were down 1.9%.",
        [
            Q(2.3, "percent", change="down"),
            Q(2.6, "percent", change="down"),
            Q(1.9, "percent", change="down"),
        ],
    ),
    (
        "The plan was backed by 61%, and by 70% of members.",
        [Q(61, "percent", change=None), Q(70, "percent", change=None)],
    ),
    (
        "The miner rose 18 sen to RM3.50.",
        [Q(18, "sen", kind="money", change="up"), Q(3.5, "MYR", kind="money", direction="up")],
    ),
    # ---- borrowed units, rates of counts, pence with a space ----------------------------------------
    (
        "The range has four-, five- and six-cylinder engines.",
        [
            Q(4, kind="count", counted="cylinder"),
            Q(5, kind="count", counted="cylinder"),
            Q(6, kind="count", counted="cylinder"),
        ],
    ),
    ("It has a 7- or 8-inch screen.", [Q(7, "inch"), Q(8, "inch")]),
    (
        "He has collected 340 million of the 2.5 billion rupees he needs.",
        [Q(3.4e8, "INR", kind="money"), Q(2.5e9, "INR", kind="money")],
    ),
    ("Two of the five judges agreed.", [Q(2, kind="count", counted=None), Q(5, kind="count")]),
    (
        "The pulsar spins 700 times a second.",
        [Q(700, kind="count", counted="times", per="second")],
    ),
    (
        "The lab runs 4,000 swabs per day.",
        [Q(4000, kind="count", counted="swabs", per="day")],
    ),
    (
        "The board backed an offer of C$6 (US$4.46) a share.",
        [
            Q(6, "CAD", kind="money", per="share"),
            Q(4.46, "USD", kind="money", per="share", conversion_of=0),
        ],
    ),
    (
        "Tesco fell 6 p at 242 p, Next was down 1.5 p.",
        [
            Q(6, "penny", kind="money", change="down"),
            Q(242, "penny", kind="money"),
            Q(1.5, "penny", kind="money", change="down"),
        ],
    ),
    ("The doors open at 5 p.m. sharp.", []),
    ("The laptop cost 1,200 € in Berlin.", [Q(1200, "EUR", kind="money")]),
    ("A seat costs 49€ on the night train.", [Q(49, "EUR", kind="money")]),
    ("The guitar's neck is 25.5″ long.", [Q(25.5, "inch")]),
    ("The lock is 6′ 2″ tall.", [Q(6 + 2 / 12, "foot")]),
    (
        "Orders eased to 71.0 from 73.5. The new index rose to 66.2 from 60.1.",
        [
            Q(71.0, kind="count"),
            Q(73.5, kind="count"),
            Q(66.2, kind="count"),
            Q(60.1, kind="count"),
        ],
    ),
    (
        "Output fell from 21% in May, and prices slowed to 3.9%.",
        [Q(21, "percent"), Q(3.9, "percent")],
    ),
    ("Inflation is set to slip below 9% this year.", [Q(9, "percent", approx="<", change=None)]),
    (
        "The report says one finance minister resigned.",
        [Q(1, counted="finance minister")],
    ),
    (
        "It ended four quarters of contraction seen since May.",
        [Q(4, counted="quarters of contraction")],
    ),
    # ---- a bracketed conversion restates the figure, bound and change included --------------------
    (
        "Swifts can fly more than 100 kilometres (62 miles) a day.",
        [Q(100, "kilometer", approx=">", per="day"), Q(62, "mile", approx=">", conversion_of=0)],
    ),
    (
        "Night temperatures fell by 2C (3.6F) in a week.",
        [Q(2, "degree_Celsius", change="down"), Q(3.6, "degree_Fahrenheit", change="down")],
    ),
    (
        "The engine makes just under 250 hp (186 kW / 253 PS).",
        [
            Q(250, "horsepower", approx="<"),
            Q(186, "kilowatt", approx="<"),
            Q(253, "metric_horsepower", approx="<", conversion_of=0),
        ],
    ),
    (
        "Sales rose to $4.1bn from $3.9bn a year earlier.",
        [Q(4.1e9, "USD", kind="money", per=None), Q(3.9e9, "USD", kind="money", per=None)],
    ),
    ("They sold 300 cars a year ago.", [Q(300, counted="cars", per=None)]),
    ("The maker delivered 9,800 Model Ys.", [Q(9800, counted="Model Ys")]),
    ("The airline ordered two 787s.", [Q(2, counted="787s")]),
    (
        "He got in better shape, dropping from 210 pounds to 190 by exercising.",
        [Q(None, "pound", low=190, high=210, direction="down")],
    ),
    ("The club paid 5,000 pounds for the diet plan.", [Q(5000, "GBP", kind="money")]),
    ("They left it to Ana, who was 9.", [Q(9, "year", dimension="age")]),
    ("She will be 41 by the end of the year.", [Q(41, "year", dimension="age")]),
    ("He turned 60 in March.", [Q(60, "year", dimension="age")]),
    ("Inflation, which was 3, fell.", [Q(3, None, kind="count")]),
    (
        "The guard averaged 18.2 ppg and 5.1 rpg, with 4.4 apg.",
        [
            Q(18.2, "point", per="game", text="18.2 ppg"),
            Q(5.1, None, counted="rebounds", per="game"),
            Q(4.4, None, counted="assists", per="game"),
        ],
    ),
    ("The 150 PS engine is the cheapest.", [Q(150, "metric_horsepower")]),
    ("He bought 2 PS games.", [Q(2, kind="count")]),
    ("The lake is 5km (about 3 miles) long.", [Q(5, "kilometer"), Q(3, "mile", approx="~")]),
    # ---- names and years that are not figures -----------------------------------------------------
    ("The fort was built between AD 1000 and 1260 by settlers.", []),
    ("Labs ran 3,000 COVID -19 tests a day.", [Q(3000, kind="count")]),
    (
        "the ftse 100 was down 3.4% and the sp 500 rose 2%.",
        [Q(3.4, "percent", change="down"), Q(2, "percent", change="up")],
    ),
    ("The temperature was -19 at dawn.", [Q(-19, kind="count")]),
    # ---- movements whose two figures are apart -------------------------------------------------
    (
        "The token slid from $41,200 at 9.30am to $39,850 by lunchtime.",
        [Q(None, "USD", kind="money", low=39850, high=41200, direction="down")],
    ),
    (
        "Economy improved from 31 miles per gallon in 2015 to 38 mpg in 2022.",
        [Q(None, "mpg", low=31, high=38, text="from 31 miles per gallon in 2015 to 38 mpg")],
    ),
    (
        "Output climbed from 14 mpg combined to 19 on the hybrid.",
        [Q(None, "mpg", low=14, high=19, direction="up")],
    ),
    (
        "Sales rose to £7.4bn from £6.8bn a year earlier.",
        [Q(7.4e9, "GBP", kind="money"), Q(6.8e9, "GBP", kind="money")],
    ),
    (
        "Prices went from £5 in May to 7 stalls in June.",
        [Q(5, "GBP", kind="money"), Q(7, kind="count", counted="stalls")],
    ),
    # ---- a bare number that counts what an earlier figure counts (ellipsis) -----------------------
    (
        "The council built 300 homes this year, compared with 120 last year.",
        [Q(300, kind="count", counted="homes"), Q(120, kind="count", counted="homes")],
    ),
    (
        "The top bid was 84 cents, while the lowest was 71.",
        [Q(84, "cent", kind="money"), Q(71, "cent", kind="money")],
    ),
    (
        "Some 2,000 people spent up to 3 nights away and 1,500 were treated.",
        [
            Q(2000, approx="~", kind="count", counted="people"),
            Q(3, approx="<=", counted="nights"),
            Q(1500, kind="count", counted="people"),
        ],
    ),
    ("Shares rose 8% to 3.65.", [Q(8, "percent", change="up"), Q(3.65, None, kind="count")]),
    (
        "Output was 30 gigawatts, equal to about 20 suitably large stations.",
        [Q(30, "gigawatt"), Q(20, None, approx="~", kind="count")],
    ),
    (
        "The firm sold 300 cars. Then 40 were returned.",
        [Q(300, kind="count", counted="cars"), Q(40, None, kind="count", counted=None)],
    ),
    # the verb and the unit left out after a comma and a name
    (
        "Ontario will get 4.1 million doses of vaccine, Quebec 2.6 million and Manitoba 0.4 million.",
        [
            Q(4.1e6, kind="count", counted="doses of vaccine"),
            Q(2.6e6, kind="count", counted="doses of vaccine"),
            Q(0.4e6, kind="count", counted="doses of vaccine"),
        ],
    ),
    (
        "Mills crushed 6.2 million tonnes, the Free State 1.5 million.",
        [Q(6.2e6, "metric_ton"), Q(1.5e6, "metric_ton")],
    ),
]


def _check(quantity, expected: dict) -> None:
    for key, want in expected.items():
        got = getattr(quantity, key)
        if isinstance(want, float) or (isinstance(want, int) and not isinstance(want, bool)):
            assert got == pytest.approx(want, rel=1e-9), (key, got, want)
        else:
            assert got == want, (key, got, want)


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_reads_the_figures_a_sub_editor_reads(sentence: str, expected: list[dict]) -> None:
    found = find_quantities(sentence)
    assert len(found) == len(expected), [q.text for q in found]
    for quantity, want in zip(found, expected, strict=True):
        _check(quantity, want)
        assert sentence[quantity.start : quantity.end] == quantity.text


def test_there_are_at_least_150_cases() -> None:
    assert len(CASES) >= 150


@pytest.mark.parametrize(
    ("phrase", "lemma"),
    [
        ("Ford and Vauxhall vans", "ford vauxhall van"),
        ("residential burglaries", "residential burglary"),
        ("the Mayor's deputies", "mayor deputy"),
        ("commercial fishermen", "commercial fisherman"),
        ("children", "child"),
        ("new A320 jets", "new a320 jet"),
        ("wolves", "wolf"),
        ("boxes", "box"),
        ("buses", "bus"),
        ("news", "news"),
        ("glass", "glass"),
        ("crisis", "crisis"),
    ],
)
def test_counted_lemma_is_the_dictionary_form(phrase: str, lemma: str) -> None:
    assert counted_lemma(phrase) == lemma


@pytest.mark.parametrize(
    ("sentence", "lost"),
    [
        ("The sequel took $41.2m (£22.m) in its first week.", "£22"),
        ("The council set aside £3.bn for new roads.", "£3"),
        ("Exports reached 8.million tonnes, the ministry said.", "8"),
    ],
)
def test_a_point_with_no_decimals_before_a_scale_is_unreadable(sentence: str, lost: str) -> None:
    """ "£22.m": the digits after the point were lost; the figure is neither £22 nor £22m."""
    assert not any(
        q.text.startswith(lost) and q.text != "$41.2m" for q in find_quantities(sentence)
    )


def test_a_full_stop_after_a_figure_still_ends_the_sentence() -> None:
    assert "£22" in [q.text for q in find_quantities("The ticket cost £22. Fans paid it.")]
