from lib import *

# 1 earnings
assert wd(2024,10,24)=='Thursday'
assert round(pct(268,312))==16
assert round(pct(4.11,4.82))==17  # stated 12 -> error
save('harlow-freight-q3', '2024-10-24', 'US business wire', 'seeded', """
Harlow Freight revenue climbs as online retailers restock

CHICAGO — Harlow Freight Systems said Thursday that its third-quarter revenue rose 12% as parcel volumes from online retailers recovered and the trucking company pushed through higher contract rates.

The Chicago-based carrier reported net income of $312 million, or $1.04 a share, for the three months ended Sept. 30, up 16% from $268 million, or 89 cents a share, a year earlier. Analysts had expected 98 cents a share.

Revenue came in at $4.82 billion, compared with $4.11 billion in the same period of 2023. The intermodal unit, which moves containers by rail and truck, accounted for the largest share of the gain.

Chief executive Paula Brandt told analysts on a conference call that the company had added about 1,400 drivers since June and expected holiday shipping to peak in the second week of December.

"Our customers are restocking, and they are doing it earlier than last year," Brandt said.

The company raised its full-year earnings forecast to a range of $4.05 to $4.20 a share, from $3.85 to $4.00 previously. Its shares rose 4.3% in morning trading to $87.12.

Harlow, which employs about 38,000 people, also said it plans to spend $650 million on new tractors and trailers next year.
""", [{"rule":"NUM006","near":"revenue rose 12%","other":"$4.11 billion",
  "proof":"4.82/4.11 = 1.173, a 17% rise, not 12% (par 1 vs par 3)"}])

# 2 poll percent vs points
assert wd(2024,9,18)=='Wednesday'
assert 47+42+11==100 and 47-41==6 and 44-42==2
assert round(1.96*(0.25/612)**0.5*100)==4
save('district-14-poll', '2024-09-18', 'US metro daily politics desk', 'seeded', """
Marsh pulls ahead in District 14 Senate race, new poll finds

A Democratic challenger has opened a lead in one of the most closely watched legislative contests in the state, according to a poll released Wednesday.

Ellen Marsh, a former school board president, is backed by 47% of likely voters in Senate District 14, compared with 42% for Republican incumbent Todd Brenneman. Eleven percent said they were undecided.

That is a sharp turn from June, when the same pollster found Brenneman ahead 44% to 41%. Marsh's support has grown 6 percent since the early-summer survey, while Brenneman has slipped 2 points.

The survey of 612 likely voters was conducted Sept. 10-15 by phone and text message and has a margin of error of plus or minus 4 percentage points, meaning the race remains close.

Pollster Renee Gaudet said most of the movement came from suburban women, who favor Marsh 54% to 35%. "The school funding fight this summer clearly landed with that group," she said.

Brenneman's campaign brushed off the numbers. "The only poll that counts is on Election Day," spokesman Kyle Ames said in a statement.

Both campaigns have reserved television time through the end of October. Early voting begins Oct. 21.
""", [{"rule":"NUM006","near":"grown 6 percent","other":"44% to 41%",
  "proof":"41% to 47% is a 6-point rise (14.6% in relative terms), not 6 percent"}])

# 3 school board doubled
assert wd(2025,3,11)=='Tuesday'
assert 3.4/2.1 < 1.7
assert round(pct(1940,2870))==48
save('thames-ridge-mental-health', '2025-03-12', 'Canadian public broadcaster regional site', 'seeded', """
School board wants province to cover growing cost of student mental-health staff

A southwestern Ontario school board says it can no longer absorb the rising cost of counsellors and social workers without more help from Queen's Park.

Trustees with the Thames Ridge District School Board heard Tuesday night that the board now spends $3.4 million a year on mental-health and well-being staff, a line that has doubled since 2020.

The money pays for 21 social workers, nine child and youth workers and a part-time psychologist who serves 38 schools.

In the 2019-20 school year, the board spent $2.1 million on the same services, according to a staff report. The provincial grant earmarked for student mental health has grown far more slowly over that period, to $1.3 million from $1.1 million.

"We are filling a gap with money that was meant for classrooms," said board chair Nadine Okoro. "Every dollar we take from somewhere else is a dollar that isn't going to reading support or special education."

Director of education Marc Tessier said referrals to board social workers reached 2,870 last year, up from 1,940 in 2019-20, an increase of 48 per cent.

The board's overall operating budget for 2025-26 is expected to be about $412 million. Trustees begin line-by-line budget deliberations in April, with a final vote scheduled for June.
""", [{"rule":"NUM006","near":"doubled","other":"$2.1 million",
  "proof":"$2.1m to $3.4m is a 62% rise (x1.62), not a doubling"}])

# 4 ER waits by a third
assert wd(2024,6,4)=='Tuesday'
assert round(pct(6.2,4.8),1)==-22.6 and 94-71==23 and round(61300/365)==168
save('northgate-er-waits', '2024-06-05', 'Canadian regional daily', 'seeded', """
ER waits shorter at Northgate Regional, but still above target

The time admitted patients spend in the emergency department at Northgate Regional Hospital has fallen by a third in two years, hospital officials told the board of directors on Tuesday.

The median stay for patients who are eventually admitted, measured from arrival until they get a bed upstairs, was 4.8 hours in the first quarter of 2024. For the same three months of 2022, it was 6.2 hours.

Officials credited a rapid-assessment zone that opened in the fall of 2022 and an agreement with two long-term care homes that freed up beds held by patients waiting for placement.

Ambulance offload times have also improved. Paramedics now wait a median of 71 minutes to hand over a patient, about 23 minutes less than the 94 minutes recorded two years ago.

"It's progress, and the staff deserve credit for it," said chief of emergency medicine Dr. Priya Raman. "But a patient waiting nearly five hours for a bed is not where we want to be."

The provincial target is four hours.

The hospital logged 61,300 emergency visits in 2023, roughly 170 a day. The board also approved hiring 14 more nurses for the department at an annual cost of about $1.6 million.
""", [{"rule":"NUM006","near":"fallen by a third","other":"6.2 hours",
  "proof":"6.2 h to 4.8 h is a 22.6% fall; a third off 6.2 h would be 4.1 h"}])

# 5 home prices
assert wd(2025,2,20)=='Thursday'
assert round(pct(512000,548000),1)==7.0
assert round(pct(1384,1232))==-11 and round(pct(2910,3580))==23
save('tri-county-home-prices', '2025-02-20', 'US metro daily business section', 'seeded', """
January home prices climb, but sales keep sliding

The median price of a home sold in the tri-county region in January was $548,000, according to figures released Thursday by the Tri-County Association of Realtors.

That was 8.4% higher than a year earlier, when the median stood at $512,000, and marked the 14th consecutive month of year-over-year gains.

Sales, however, continued to slide. Agents closed 1,232 transactions last month, down 11% from 1,384 in January 2024. Association president Gloria Featherstone blamed mortgage rates that have hovered near 7% since the fall.

"People who locked in at 3% are not moving unless they have to," Featherstone said. "That keeps supply tight and prices up."

There are signs the logjam is easing. Active listings rose 23% from a year ago, to 3,580 from 2,910, and homes took longer to sell, spending a median of 41 days on the market compared with 33 days last January.

Condos and townhomes bucked the trend, with a median price of $329,900, essentially flat from a year earlier.

Featherstone said she expects more listings this spring as builders finish projects that were delayed by labor shortages, which could give buyers more room to negotiate.
""", [{"rule":"NUM006","near":"8.4% higher","other":"$512,000",
  "proof":"548,000/512,000 = 1.070, a 7.0% rise, not 8.4%"}])

# 6 transit ridership
assert wd(2024,2,8)=='Thursday'
assert round(pct(42.6,48.3))==13 and round(48.3/59.4*100)==81 and round(pct(31.2,34.0))==9
save('metro-bus-ridership', '2024-02-08', 'US local TV station website', 'seeded', """
Bus ridership rebounds faster than rail, transit agency says

Riders are returning to the region's buses faster than to its trains, according to year-end figures presented to the transit authority's board on Thursday.

Bus ridership jumped 18% in 2023, the agency said, helped by four new frequent routes that run every 10 minutes for most of the day.

Buses carried 48.3 million passengers last year, up from 42.6 million in 2022. That is still only about 81% of the 59.4 million boardings recorded in 2019, before the pandemic.

Light rail grew more slowly. The three lines logged 34.0 million trips, up 9% from 31.2 million the year before. Officials pointed to continued work-from-home habits among downtown office workers, who made up the bulk of rail commuters.

"Our bus riders are people who need to get to a job site, a hospital shift, a grocery store," general manager Denise Kowalczyk told board members. "They never really stopped riding."

On-time performance for buses improved to 84% from 79%, which the agency attributed to new signal priority at 60 intersections.

The base fare has stayed at $2 since 2019. The board is expected to vote in April on a proposal to make transfers free for riders paying with a phone or contactless card.
""", [{"rule":"NUM006","near":"jumped 18%","other":"42.6 million",
  "proof":"48.3m/42.6m = 1.134, a 13% rise, not 18%"}])

# 7 homicides
assert wd(2025,1,6)=='Monday'
assert round(pct(41,29),1)==-29.3 and round(pct(186,145))==-22 and round(pct(2240,2934))==31
save('homicides-drop-2024', '2025-01-06', 'US metro daily', 'seeded', """
Homicides drop in 2024 as city records fewer shootings

Homicides in the city fell 12% last year, police announced Monday, the second straight annual decline and the lowest total since 2017.

Chief Raymond Ostrowski credited a unit focused on repeat gun offenders and a violence-interruption program that pairs outreach workers with young men considered at risk of retaliating after a shooting.

"We still have families burying their kids, and I'm not going to stand up here and celebrate," Ostrowski said at a news conference at police headquarters.

According to the department's year-end report, there were 29 homicides in 2024, compared with 41 in 2023. Non-fatal shootings declined 22%, to 145 from 186.

Not every category improved. Motor vehicle thefts climbed 31%, to 2,934 from 2,240, a rise police attributed largely to thefts of certain models that lack engine immobilizers.

Council member Latoya Brooks, who chairs the public safety committee, said she wants the violence-interruption program, which costs about $1.8 million a year, expanded to two more neighborhoods on the city's east side.

The department is scheduled to present its full annual report to the council on Jan. 21.
""", [{"rule":"NUM006","near":"fell 12%","other":"41 in 2023",
  "proof":"41 to 29 is a drop of 12 killings, i.e. 29.3%, not 12%"}])

# 8 vacancy points vs per cent
assert wd(2024,12,12)=='Thursday'
assert round(pct(1534,1628),1)==6.1 and round(2.2-1.5,1)==0.7
save('winnipeg-vacancy-rate', '2024-12-12', 'Canadian metro daily', 'seeded', """
Winnipeg vacancy rate climbs as new rental buildings open

Winnipeg renters have a little more choice than they did a year ago, according to the national housing agency's annual rental market survey.

The vacancy rate for purpose-built rental apartments in the city rose 0.7 per cent this year, the report released Thursday found, as a wave of new construction came on the market.

The rate now stands at 2.2 per cent, up from 1.5 per cent in the fall of 2023. Housing economists generally consider a rate of around three per cent to indicate a balanced market.

Rents kept climbing regardless. The average two-bedroom unit now rents for $1,628 a month, up 6.1 per cent from $1,534 last year.

More than 2,400 new rental units were completed in the city over the past 12 months, many of them in mid-rise buildings along transit corridors in the south and west ends.

"When you add that much supply in one year, vacancy is going to tick up, at least for a while," said Jocelyn Marchand, a housing economist at a local credit union. "Whether rents follow depends on how fast people keep moving here."

The city's population grew by roughly 23,000 people last year, driven largely by international migration.
""", [{"rule":"NUM006","near":"rose 0.7 per cent","other":"1.5 per cent",
  "proof":"1.5% to 2.2% is a rise of 0.7 percentage points (47% in relative terms), not 0.7 per cent"}])

# 9 attendance halved
assert 11900/18400 > 0.6 and round(pct(9800,6500),1)==-33.7
save('hawks-attendance-slump', '2024-11-12', 'US sports website', 'seeded', """
Empty seats pile up for Hawks as attendance slump deepens

The Tri-City Hawks are playing some of their best hockey in years. Fewer people than ever are there to see it.

Through seven home dates this season, the minor-league club is averaging 11,900 fans at Riverside Arena, according to league figures. Five years ago, before the pandemic, the Hawks drew an average of 18,400 a night, among the best marks in the league.

Team president Carl Mendes acknowledged that the crowd had been halved since then and said the club is reviewing ticket prices, which rose to an average of $34 this season from $29 last year.

Season-ticket accounts have dropped to about 6,500 from 9,800 in 2019, roughly a third fewer.

"We hear it from fans: parking downtown is expensive, games start late on weeknights, and a family of four is spending $200 before they buy a hot dog," Mendes said.

On the ice, the Hawks are 9-3-1 and sit second in their division, four points behind the first-place Lakers.

The club will try 5 p.m. start times for two Sunday games in December and is offering $15 upper-bowl seats for Wednesday home games through the end of January.
""", [{"rule":"NUM006","near":"halved","other":"18,400",
  "proof":"18,400 to 11,900 is a 35% drop; half would be 9,200"}])

# 10 gas prices
assert wd(2024,7,3)=='Wednesday'
assert round(3.71-3.59,2)==0.12 and round(3.59-3.54,2)==0.05
save('gas-prices-fourth', '2024-07-03', 'US local TV station website', 'seeded', """
Gas prices dip ahead of Fourth of July getaway

Drivers hitting the road for the holiday are paying a little less at the pump than they were a month ago.

The average price of a gallon of regular gasoline in the state was $3.59 on Wednesday, according to a daily survey by the state motor club. On June 3, the average was $3.71.

The 18-cent drop comes as crude oil prices have stayed in a fairly narrow range and refineries have run near full capacity heading into summer.

Prices are still slightly higher than last year, when drivers paid $3.54 on the day before Independence Day, a nickel less than now.

The motor club expects a record 4.1 million state residents to travel at least 50 miles from home over the holiday period, about 3.6 million of them by car.

Prices vary widely around the state. The cheapest gas in the metro area was found in the northern suburbs, where the average was $3.42, while drivers in resort towns along the lake paid $3.87.

A club spokesperson advised drivers to check their tire pressure before long trips, noting that under-inflated tires can cut fuel economy by as much as 3%.
""", [{"rule":"NUM006","near":"18-cent drop","other":"$3.71",
  "proof":"$3.71 - $3.59 = 12 cents, not 18"}])

# 11 rent
assert wd(2025,5,14)=='Wednesday'
assert 2050-1860==190 and round(pct(1860,2050),1)==10.2 and round(pct(2310,2390),1)==3.5
save('ottawa-one-bedroom-rents', '2025-05-14', 'Canadian metro daily', 'seeded', """
Ottawa one-bedroom rents up sharply from last spring

Average asking rents for one-bedroom apartments in Ottawa rose $240 a month over the past year, according to a national listings report released Wednesday, even as rents in several other big cities eased.

The report, based on listings posted to a rental website, tracks what landlords are asking for vacant units rather than what sitting tenants pay.

The typical one-bedroom unit listed in the capital in April was advertised at $2,050 a month. In April 2024, the figure was $1,860, meaning a year-over-year gain of 10.2 per cent that put Ottawa among the fastest-rising markets in the country.

Two-bedroom rents rose more modestly, up 3.5 per cent to $2,390 from $2,310.

"Singles and young couples are competing for the same small units, and there just aren't enough of them downtown," said Theo Blackwood, who manages about 600 apartments across the city.

Tenant advocates said the numbers show why vacancy decontrol, which lets landlords raise the rent freely between tenants, needs to be revisited. "Anyone who moves is hit with the market price," said Amira Haddad of a Centretown tenants' association.

Nationally, the average asking rent for all apartment types fell 1.8 per cent from a year earlier, the seventh straight monthly decline.
""", [{"rule":"NUM006","near":"$240","other":"$1,860",
  "proof":"$2,050 - $1,860 = $190, not $240"}])
