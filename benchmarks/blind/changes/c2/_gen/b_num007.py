from lib import *

# 1 basketball
assert wd(2024,2,17)=='Saturday'
assert 22+17+14+9+8+6==76
save('eastfield-carver-hoops', '2024-02-18', 'US college sports website', 'seeded', """
Bell's late 3s lift Eastfield State past Carver

Marcus Bell scored 22 points, hitting four 3-pointers after halftime, and Eastfield State held off Carver 78-71 on Saturday night to move into a tie for first place in the conference.

The Pioneers trailed by nine early in the second half before a 14-2 run, capped by Bell's step-back 3 from the left wing, put them ahead for good with 7:40 to play.

"I told the guys at the under-12 timeout, we're not losing this one at home," Bell said.

Six Eastfield players scored: Bell 22, Tyrese Okafor 17, Jalen Price 14, Devon Hart 9, Sam Kowalski 8 and Luis Ortega 6. Okafor also grabbed 11 rebounds for his fifth double-double of the season.

Carver got 25 points from Andre Fields but shot just 3 of 19 from beyond the arc. The visitors also missed seven free throws in the final four minutes.

Eastfield (18-7, 9-4) has won five straight and plays at Northern Plains on Wednesday. Carver (15-10, 7-6) returns home to face Lindale next Saturday.

Coach Rick Dunleavy said the win was the kind his team could not close out in December. "We have grown up," he said. "We don't panic anymore."
""", [{"rule":"NUM007","near":"78-71","other":"Luis Ortega 6",
  "proof":"the six listed scorers total 22+17+14+9+8+6 = 76, not 78"}])

# 2 four charged, three named
assert wd(2024,5,21)=='Tuesday' and wd(2024,5,22)=='Wednesday'
save('catalytic-converter-arrests', '2024-05-22', 'US local TV station website', 'seeded', """
Catalytic converter theft ring busted after traffic stop, sheriff says

Four people have been charged in connection with more than 30 catalytic converter thefts from parked vehicles across the county since January, the sheriff's office said Wednesday.

Deputies made the arrests Tuesday after a traffic stop on Route 9 turned up a reciprocating saw, a floor jack and 11 catalytic converters in the trunk of a sedan, according to a news release.

Charged are Dante Whitfield, 24, of Millbrook; Kayla Simmons, 31, of Hartsdale; and Brandon Ruiz, 19, of Millbrook. Each faces counts of grand larceny, criminal mischief and criminal possession of stolen property.

Investigators believe the group sold the devices to a scrap buyer in a neighboring county for $150 to $400 apiece, depending on the model. Converters contain small amounts of precious metals such as platinum, palladium and rhodium.

Replacing a stolen converter can cost a vehicle owner $1,000 to $3,000, Sheriff Glenn Hartley said.

"These are people going out to their car in the morning and finding it sounds like a motorcycle," Hartley said.

All were arraigned Wednesday morning and held on $25,000 bail. Anyone who believes their vehicle was targeted is asked to call the sheriff's tip line.
""", [{"rule":"NUM007","near":"Four people","other":"Brandon Ruiz",
  "proof":"'four people' charged, but the list of those charged names only three"}])

# 3 school budget parts
assert wd(2025,4,8)=='Tuesday'
assert round(31.2+4.1+7.8+4.5,1)==47.6 and round(pct(47.2,48.6))==3
save('lakeview-school-budget', '2025-04-09', 'US local daily newspaper', 'seeded', """
Lakeview school board adopts budget, avoids teacher layoffs

The Lakeview Unified School District board on Tuesday approved a $48.6 million budget for the 2025-26 school year, about 3% more than this year's $47.2 million plan, without laying off any teachers.

The vote was 5-2, with trustees Carol Voss and Derek Lam opposed.

According to the district's budget summary, the spending plan breaks down into four categories: $31.2 million for salaries and benefits, $4.1 million for transportation, $7.8 million for facilities and maintenance, and $4.5 million for instructional supplies and technology.

The increase is driven mainly by a 2.5% raise for teachers negotiated last fall and by higher fuel and insurance costs. The district will draw $1.2 million from its reserves to balance the plan, leaving about $5.9 million in that account.

Voss said she could not support spending down reserves while enrollment keeps falling. The district now has 3,840 students, down from about 4,100 five years ago.

"We're running the same number of buildings for fewer kids," she said. "At some point we have to talk about that honestly."

Superintendent Alicia Romero said a facilities study due in the fall would look at whether to consolidate the district's two smallest elementary schools.
""", [{"rule":"NUM007","near":"approved a $48.6 million budget","other":"$4.5 million",
  "proof":"31.2 + 4.1 + 7.8 + 4.5 = $47.6m, not the $48.6m total"}])

# 4 election votes
assert wd(2024,11,6)=='Wednesday'
assert 6102+4877+1339==12318
save('port-albany-mayor', '2024-11-07', 'US regional daily', 'seeded', """
Hollis wins Port Albany mayor's race as final ballots counted

Council member Denise Hollis will be Port Albany's next mayor, according to the final unofficial count released Wednesday evening by the county elections office.

A total of 12,418 votes were cast in the three-way race.

Hollis received 6,102 votes. Former police chief Manuel Rivera finished second with 4,877, and businessman Ken Tanaka, who ran on a pledge to cut the city's property tax rate, received 1,339.

Hollis fell just short of a majority, but the city charter requires only a plurality to win, so there will be no runoff.

"People told me at their doors that they wanted the potholes fixed and the library open on Sundays," Hollis, 52, said at her campaign party at a downtown brewery. "That's what we're going to do."

Rivera conceded in a phone call Wednesday afternoon and said he would help with the transition. Tanaka did not respond to requests for comment.

About 600 provisional and late-arriving mail ballots remain to be reviewed, elections officials said, not enough to change the outcome. The results will be certified later this month.

Hollis will be sworn in Jan. 1, succeeding two-term mayor Frank Delgado, who did not seek re-election.
""", [{"rule":"NUM007","near":"12,418","other":"1,339",
  "proof":"6,102 + 4,877 + 1,339 = 12,318 votes, not 12,418"}])

# 5 hospital beds
assert wd(2024,9,30)=='Monday'
assert 88+71+65==224
save('st-brendans-tower', '2024-09-30', 'Canadian regional daily', 'seeded', """
New patient tower at St. Brendan's on track for fall 2025 opening

The 214-bed patient tower under construction at St. Brendan's Health Centre is on schedule to open in September 2025, hospital officials said Monday during a media tour of the site.

The $690-million, nine-storey building will replace wards in the hospital's original 1958 wing, where many patients still share rooms of four and a single washroom.

"Infection control in those rooms is a daily battle," said chief nursing executive Colleen Fraser. "Private rooms change that."

Nearly all rooms in the new tower will be single-patient, each with its own washroom and a fold-out bed for a family member.

The tower's beds will be split among three programs. General medicine and surgery will take 88 beds and the adult mental-health unit will have 71. The rehabilitation unit will have 65, including a dedicated stroke-recovery area on the top floor.

The hospital expects to hire about 300 people, most of them nurses and personal support workers, before the building opens. Recruitment fairs are planned for November in the region and in two other provinces.

The province is paying most of the construction cost, with the hospital foundation committed to raising $85 million.
""", [{"rule":"NUM007","near":"214-bed","other":"will have 65",
  "proof":"88 + 71 + 65 = 224 beds across the three programs, not 214"}])

# 6 obituary grandchildren
assert age(D(1936,4,2), D(2024,3,11))==87 and wd(2024,3,23)=='Saturday' and 1992-1961==31
save('peggy-lindholm-obit', '2024-03-15', 'US local newspaper obituary', 'seeded', """
Margaret "Peggy" Lindholm

Margaret "Peggy" Lindholm, who taught third grade at Roosevelt Elementary for 31 years and ran the church rummage sale long after she retired, died March 11 at her home in Eau Claire. She was 87.

Peggy was born April 2, 1936, in Chippewa Falls to Arthur and Helen (Novak) Berg. She graduated from the state teachers college and married Walter Lindholm in 1958, a marriage that lasted until his death in 2016.

She began teaching at Roosevelt in 1961 and retired in 1992. Former students still stopped her at the grocery store to tell her they remembered the class butterfly garden, and she usually remembered their names.

After retirement she volunteered with the county literacy council, quilted with a group that met on Tuesday mornings for more than 20 years, and never missed one of her grandchildren's concerts.

She is survived by her children, Karen (Doug) Meyers and Steven (Lisa) Lindholm; five grandchildren, Emma, Liam, Noah and Ava; and a sister, Ruth Peterson of Menomonie.

A funeral service will be held at 11 a.m. Saturday, March 23, at Grace Lutheran Church, with visitation from 9:30 a.m. until the time of the service. Memorials may be directed to the county literacy council.
""", [{"rule":"NUM007","near":"five grandchildren","other":"Noah and Ava",
  "proof":"'five grandchildren' followed by only four names (Emma, Liam, Noah, Ava)"}])

# 7 rainfall
assert wd(2024,4,1)=='Monday' and round(1.2+2.4+0.9,1)==4.5 and round(14.6-12,1)==2.6
save('three-day-storm-rain', '2024-04-04', 'US local TV station weather page', 'seeded', """
Three-day soaking leaves flooded roads, record rainfall

The rain finally moved out early Thursday, but not before the wettest stretch of the spring so far left standing water on roads across the valley and pushed Mill Creek over its banks.

The storm dropped 4.8 inches of rain at the airport between Monday morning and late Wednesday night, according to the National Weather Service.

By day, the airport measured 1.2 inches on Monday, 2.4 inches on Tuesday and 0.9 inch on Wednesday. Tuesday's total broke the daily record of 1.7 inches set in 1952.

Mill Creek crested at 14.6 feet on Wednesday afternoon, 2.6 feet above its flood stage of 12 feet. Crews closed parts of River Road and Old Mill Lane, and at least a dozen basements were flooded in the Cedar Heights neighborhood, fire officials said.

"We had water coming in under the back door faster than the shop vac could pull it out," said Cedar Heights resident Tom Albrecht.

The creek is expected to drop below flood stage by Friday morning.

The good news: high pressure builds in behind the storm. Expect sunshine and a dry weekend, with highs near 62 on Saturday and 66 on Sunday. The next chance of showers arrives Tuesday.
""", [{"rule":"NUM007","near":"4.8 inches","other":"0.9 inch",
  "proof":"daily totals 1.2 + 2.4 + 0.9 = 4.5 inches, not 4.8"}])

# 8 bus fleet
assert wd(2025,1,20)=='Monday' and 20+10+4==34
assert round(6*1.3,1)==7.8 and round(7.8*0.6,2)==4.68
save('lakeshore-transit-electric', '2025-01-21', 'Canadian community newspaper website', 'seeded', """
Lakeshore Transit adding six electric buses this spring

Lakeshore Transit will put six more battery-electric buses on the road by May, the town's transit manager told council Monday night, part of a plan to convert the entire fleet by 2035.

The town currently runs a fleet of 36 buses: 20 diesel, 10 diesel-electric hybrids and four battery-electric buses that entered service in 2022.

The new buses cost about $1.3 million each. Ottawa is covering 60 per cent of the purchase through a federal zero-emission transit fund, or roughly $4.7 million of the $7.8-million total.

Transit manager Sunita Rao said the first four electric buses have been reliable, even in January cold. "We lose some range below minus 20, but we have planned the routes around that," she said.

Once the new buses arrive, six of the oldest diesel buses, some dating to 2009, will be retired.

The town also has to upgrade its garage. A new charging system for the depot is expected to cost $2.1 million, and council approved the contract Monday in a 6-1 vote.

Coun. Harold Dempsey, who voted against it, said he supports electric buses but wants more detail on long-term battery replacement costs before spending more.
""", [{"rule":"NUM007","near":"fleet of 36 buses","other":"four battery-electric",
  "proof":"20 diesel + 10 hybrid + 4 electric = 34 buses, not 36"}])

# 9 company segments
assert wd(2025,2,5)=='Wednesday' and round(2.3+1.1+0.6,1)==4.0 and round(pct(540,610))==13
save('corvane-q4-results', '2025-02-06', 'US business news website', 'seeded', """
Corvane beats estimates as subscription business grows

Corvane Technologies reported fourth-quarter revenue of $4.2 billion on Wednesday after the market closed, topping Wall Street forecasts on strong demand for its subscription software.

Net income rose 13% to $610 million, or $2.14 a share, from $540 million, or $1.88 a share, a year earlier.

The company reports results in three segments. Devices, its largest, had revenue of $2.3 billion, roughly flat from a year earlier as consumers held on to older laptops and tablets longer.

Services, which include cloud storage and subscription software, brought in $1.1 billion. Licensing of patents and software to other manufacturers added $0.6 billion.

"Services is now the engine of this company," chief executive Rohan Mehta said on a call with analysts. He said paid subscriptions had passed 58 million.

Corvane forecast first-quarter revenue of $3.7 billion to $3.9 billion, reflecting the usual post-holiday drop in device sales.

Shares rose about 6% in extended trading.

The company also announced a $5 billion share buyback and raised its quarterly dividend to 42 cents a share from 38 cents.
""", [{"rule":"NUM007","near":"$4.2 billion","other":"$0.6 billion",
  "proof":"segments 2.3 + 1.1 + 0.6 = $4.0bn, not the $4.2bn total"}])

# 10 lakefront sales
assert round(1.26+0.89+1.15,2)==3.30
save('birch-lake-sales', '2024-08-27', 'US local newspaper real estate section', 'seeded', """
Three Birch Lake homes fetch top dollar as lakefront market stays hot

Three lakefront homes on Birch Lake changed hands this month for a combined $3.2 million, according to deeds filed with the county recorder, a sign that demand for waterfront property has cooled little despite higher mortgage rates.

The priciest was a five-bedroom house on the north shore with 210 feet of frontage and a boathouse. It sold for $1.26 million after about two weeks on the market.

A 1920s cottage on the east bay, which the listing described as "ready for your vision," went for $890,000. Listing agent Carla Jensen said the buyers plan to tear it down and build.

The third, a four-bedroom home built in 2004 near the public boat launch, sold for $1.15 million.

"There are only so many lots on the lake, and almost nobody sells," Jensen said. "When one comes up, I get calls from people who have been waiting five years."

By comparison, the median sale price for all single-family homes in the county was $385,000 in July, according to the regional multiple listing service.

Property records show the north shore home last sold in 2016 for $640,000.
""", [{"rule":"NUM007","near":"$3.2 million","other":"$890,000",
  "proof":"1.26m + 0.89m + 1.15m = $3.30m, not $3.2m"}])

# 11 court sentence
assert wd(2024,10,15)=='Tuesday' and 8+4+3==15 and 18*1.5==27
save('brampton-home-invasion-sentence', '2024-10-16', 'Canadian wire service', 'seeded', """
Man sentenced for violent home invasion that left elderly victim with brain injury

BRAMPTON, Ont. — A man who tied up an elderly couple and beat the husband with a handgun during a 2022 home invasion has been sentenced to 14 years in prison.

Jaylen Osei, 29, pleaded guilty in June to robbery, aggravated assault and possession of a loaded prohibited firearm.

Justice Miriam Kaur, who imposed the sentence Tuesday in Ontario Superior Court, ordered the terms to run consecutively: eight years for robbery, four years for aggravated assault and three years for the firearm offence.

Court heard that Osei and an accomplice, who has never been identified, forced their way into the couple's home before dawn, demanding cash and jewelry they wrongly believed was kept in a safe.

The husband, then 78, suffered a brain injury and now lives in a care home. His wife told the court in a victim impact statement that she no longer sleeps in the house.

"The cruelty shown to two defenceless people was extraordinary," Kaur said.

Osei will receive credit for 18 months spent in pre-sentence custody, calculated at 1.5 days for each day served, which takes 27 months off the remaining term.

He will also be subject to a lifetime firearms prohibition.
""", [{"rule":"NUM007","near":"14 years","other":"three years for the firearm",
  "proof":"consecutive terms 8 + 4 + 3 = 15 years, not 14"}])
