from lib import *
import calendar

# ---------- NUM006 clean ----------
assert wd(2024,7,25)=='Thursday'
assert round(pct(3.74,4.01))==7 and round(pct(1.37,1.52))==11 and round(23.5-22.1,1)==1.4 and round(pct(176,212))==20
save('vantor-medical-q2', '2024-07-25', 'US business news website', 'clean', """
Vantor Medical lifts outlook as surgical robot sales climb

Vantor Medical raised its full-year forecast on Thursday after second-quarter sales of its surgical robots and the disposable instruments used with them came in ahead of expectations.

Revenue rose 7% to $4.01 billion from $3.74 billion a year earlier. Adjusted earnings climbed 11% to $1.52 a share, from $1.37, beating the $1.45 that analysts had forecast.

The company's operating margin widened by 1.4 percentage points to 23.5%, from 22.1% a year ago, as it passed higher costs on to hospitals and trimmed spending on outside consultants.

Vantor installed 212 new robotic systems in the quarter, up 20% from 176 in the same period last year. Each installation brings years of recurring revenue from instruments, service contracts and training.

"Hospitals are buying the second and third robot now, not just the first," chief executive Helen Sorgard said on a call with analysts. She said the company expects its installed base to pass 9,000 systems by early next year.

Finance chief Martin Albrecht called it "a roughly $4 billion quarter with very little help from currency," and said the company now expects full-year revenue of $16.1 billion to $16.3 billion, up from a previous range of $15.9 billion to $16.1 billion.

Shares rose about 5% in morning trading.
""", [], [
 "revenue up 7% from $3.74bn to $4.01bn: 4.01/3.74 = 1.072, ordinary rounding",
 "EPS up 11%: 1.52/1.37 = 1.109",
 "margin 22.1% -> 23.5% stated correctly as 1.4 percentage points, not percent",
 "installations 176 -> 212 = +20.5%, 'up 20%'",
 "'roughly $4 billion' is the $4.01bn restated in rounded form",
 "guidance ranges old vs new are two different forecasts, no change claimed"])

assert wd(2024,10,2)=='Wednesday' and 46-41==5 and 49-44==5 and 46+44+10==100 and 58-49==9
assert round(pct(41,46))==12 and 61+48+37 > 100
save('transit-levy-poll', '2024-10-02', 'US metro daily politics desk', 'clean', """
Support grows for transit tax, but measure still short of majority

Voters are warming to the county's proposed half-cent sales tax for buses and light rail, but the measure still has work to do with five weeks until Election Day, a new poll shows.

Forty-six percent of likely voters said they would vote yes, up 5 points from 41% in a spring survey by the same firm. Opposition fell from 49% to 44%, and 10% were undecided.

That shift amounts to a 12% increase in the share of voters backing the tax, which campaign manager Dana Okafor called "real momentum."

The biggest movement came among voters under 35, whose support jumped 9 percentage points to 58%, from 49% in the spring. Support among voters 65 and older was essentially unchanged.

Asked which improvements mattered most to them, and allowed to choose more than one, 61% picked more frequent bus service, 48% a light rail extension to the airport and 37% safer sidewalks and crossings near stops.

The No on Transit Tax campaign, funded largely by a business group, said the numbers showed voters remain skeptical. "After all the money they've spent, they still can't get to 50," said spokesman Ron Gilley.

The poll of 700 likely voters was conducted Sept. 23-28 and has a margin of error of plus or minus 3.7 percentage points.
""", [], [
 "support 41% -> 46% described as 5 points, and separately as a 12% relative increase (46/41 = 1.122): both correct",
 "opposition 49% -> 44% is a 5-point fall",
 "under-35 support 49% -> 58% is 9 percentage points",
 "multiple-choice priorities 61% + 48% + 37% exceed 100% because respondents could pick more than one",
 "46 + 44 + 10 = 100",
 "MoE for n=700: 1.96*sqrt(.25/700) = 3.7 points"])

assert wd(2024,11,5)=='Tuesday'
assert round(pct(1149200,1112400),1)==-3.2 and round(pct(1240,850),1)==-31.5 and round(pct(3010,3570),1)==18.6 and round(850/3570*100)==24
save('burlington-october-sales', '2024-11-05', 'Canadian regional daily', 'clean', """
Burlington home prices slip again as sales fall by nearly a third

The benchmark price of a home in Burlington dropped 3.2 per cent in October from a year earlier, to $1,112,400 from $1,149,200, the local real estate board reported Tuesday.

Sales fell by nearly a third. Just 850 homes changed hands last month, compared with 1,240 in October 2023, the slowest October the board has recorded in more than a decade.

New listings moved the other way, climbing 18.6 per cent to 3,570 from 3,010, as owners who had held off for much of the year decided to test the market ahead of winter.

That left the sales-to-new-listings ratio at about 24 per cent, well inside what economists consider a buyer's market.

"Buyers finally have time to think, to do a home inspection, to put in a conditional offer," said board president Lorraine Chu. "A year and a half ago, that was unheard of."

Detached homes, which make up the bulk of sales in the city, saw a steeper price drop than townhouses and condominium apartments, according to the board.

Chu said recent interest-rate cuts by the Bank of Canada have brought some first-time buyers back, but many are waiting to see whether rates fall further in December.
""", [], [
 "benchmark $1,149,200 -> $1,112,400 = -3.20%",
 "sales 1,240 -> 850 = -31.5%, 'nearly a third' is fair",
 "new listings 3,010 -> 3,570 = +18.6%",
 "850/3,570 = 23.8%, 'about 24 per cent'"])

# ---------- NUM007 clean ----------
assert wd(2024,1,27)=='Saturday' and 2*(30-9)+3*9+12==81 and round(30/61*100)==49
save('northern-plains-women-carver', '2024-01-28', 'US college sports website', 'clean', """
Grant, Tanaka lead Northern Plains women past Carver

Aisha Grant scored 24 points and Mei Tanaka added 19 as Northern Plains pulled away in the third quarter to beat Carver 81-64 on Saturday afternoon.

Four Northern Plains players finished in double figures, including Grant, Tanaka and freshman Rosa Delgado, who had 12 points and a career-high nine assists.

The Bison led just 36-33 at halftime before opening the third quarter on a 15-4 run. Grant scored nine points during the stretch, including a corner 3 that forced Carver to call timeout.

"We talked at halftime about getting out in transition, and we did it," coach Tammy Reinholt said.

Northern Plains shot 30 of 61 from the field, or 49%, made 9 of 22 3-point attempts and went 12 of 15 at the free-throw line. The Bison also outrebounded the visitors 42-31.

Carver, which had won four straight, got 21 points from senior guard Kiara Mitchell but shot just 34% in the second half.

Northern Plains (16-4, 7-2) plays at Lindale on Thursday.
""", [], [
 "'four players in double figures, including' three named: partial list",
 "shooting line sums to the score: 21 twos (42) + 9 threes (27) + 12 free throws = 81",
 "36-33 halftime and 15-4 run are intermediate scores, not parts of a total"])

assert age(D(1934,5,17), D(2025,2,9))==90 and wd(2025,2,14)=='Friday'
save('fran-omalley-obit', '2025-02-12', 'US local newspaper obituary', 'clean', """
Frances "Fran" O'Malley

Frances Theresa "Fran" O'Malley, who served three generations of hungry families from the counter of O'Malley's Diner, died Feb. 9 at home in South Boston. She was 90.

Born May 17, 1934, Fran grew up in a three-decker on East Fourth Street and met her late husband, Jack, at a dance at the Knights of Columbus hall. Together they opened the diner in 1962 and ran it until 2004.

Regulars knew her for her corned beef hash, her memory for how everyone took their coffee and her habit of quietly picking up the check for anyone who looked like they were having a hard week.

She loved the Red Sox, the Sunday crossword and causes such as the parish food pantry and the local Little League, for which she sponsored a team for more than 30 years.

Fran is survived by four children, Patrick, Maureen, Kevin and Anne, and by 14 grandchildren, among them Boston firefighter Liam O'Malley and Shannon Rourke, who now runs a bakery in the diner's old space. She also leaves nine great-grandchildren.

Visiting hours will be held Friday, Feb. 14, from 4 to 8 p.m. at Keohane Funeral Home. Her funeral Mass will be celebrated the following morning at Gate of Heaven Church.
""", [], [
 "'four children' followed by exactly four names",
 "'14 grandchildren, among them' two named: partial list",
 "'causes such as' two named: partial list",
 "age 90 matches born May 17, 1934 / died Feb. 9, 2025; Friday, Feb. 14, 2025 is correct"])

assert wd(2024,4,17)=='Wednesday' and 7+4==11 and 2+2+1==5
save('drug-raids-eleven-arrested', '2024-04-18', 'US local TV station website', 'clean', """
Eleven arrested as police raid five homes in fentanyl investigation

Police arrested 11 people Wednesday during early-morning raids on five homes in what investigators described as the largest fentanyl distribution case in the county in several years.

Among those taken into custody were Marcus Greer, 41, whom police described as the organization's leader, his nephew DeShawn Greer, 23, and Tiffany Albright, 35, who investigators said handled cash and deliveries.

Seven of those arrested face trafficking charges, and the remaining four are charged with possession with intent to distribute, according to the district attorney's office.

Officers from three agencies served search warrants at two homes in Eastgate, two in the Riverside neighborhood and one in the neighboring town of Clifton.

Investigators seized about 1,200 grams of suspected fentanyl powder and pills, $48,000 in cash, four handguns and three vehicles: a 2019 pickup truck, a sedan and a motorcycle. They also recovered equipment such as digital scales, a pill press and packaging materials.

"That is enough fentanyl to kill a lot of people in this community," Police Chief Andrea Vasquez said at a news conference Thursday.

The nine-month investigation began after a cluster of overdoses last summer, including three deaths in one week in Eastgate.

All 11 were expected to be arraigned Thursday afternoon in district court.
""", [], [
 "11 arrested = 7 trafficking + 4 possession",
 "'among those taken into custody' names three of 11: partial list",
 "five homes = 2 + 2 + 1",
 "'three vehicles' followed by exactly three items",
 "'equipment such as': partial list"])

# ---------- DAT001 clean ----------
assert [wd(2024,8,30),wd(2024,8,31),wd(2024,9,2),wd(2024,9,5)]==['Friday','Saturday','Monday','Thursday'] and wd(2024,8,28)=='Wednesday'
save('riverfest-labor-day-guide', '2024-08-28', 'US local TV station website', 'clean', """
Riverfest returns for Labor Day weekend: what to know before you go

Riverfest kicks off Friday for its 42nd year on the downtown riverfront, with three stages of music, a carnival midway and more than 60 food vendors.

Gates open at 4 p.m. Friday, Aug. 30, with local bands on the main stage until 11 p.m. On Saturday, Aug. 31, the grand parade steps off at 10 a.m. from Lincoln Square and travels down Front Street to the festival grounds.

Sunday's highlight is the cardboard boat regatta, which drew 38 homemade boats last year, most of which stayed afloat.

The festival wraps up on Labor Day, Monday, Sept. 2, with the fireworks show over the river at 9:15 p.m. If storms force a postponement, the fireworks will be moved to Thursday, Sept. 5, organizers said.

Admission is $10 for adults and free for children 12 and under. A four-day wristband costs $25.

Parking downtown will be limited. The transit authority will run free shuttles every 15 minutes from the Westgate Mall and the community college lots, starting an hour before gates open each day.

Police remind visitors that coolers, glass containers and personal fireworks are not allowed on the festival grounds. Bags will be checked at all entrances.

Forecasters are calling for mostly dry weather through Sunday, with a chance of thunderstorms on Monday evening.
""", [], [
 "Friday, Aug. 30 / Saturday, Aug. 31 / Monday, Sept. 2 / Thursday, Sept. 5, 2024 all correct",
 "'kicks off Friday' from a Wednesday publication date is Aug. 30, consistent",
 "Labor Day 2024 was Monday, Sept. 2"])

assert wd(2024,11,14)=='Thursday' and wd(2024,11,13)=='Wednesday' and wd(2024,11,22)=='Friday'
save('whanganui-water-meters', '2024-11-14', 'New Zealand regional newspaper website', 'clean', """
District council backs universal water meters despite rates backlash

Every household in the district will have a water meter by 2027 after councillors voted 8-4 to push ahead with the $14 million programme.

Speaking yesterday (Wednesday) after the vote, mayor Hemi Walker said metering was the fairest way to pay for ageing pipes and would help the council find leaks that waste as much as a fifth of the water it treats.

"Right now the person who waters their lawn every night pays the same as the pensioner living on her own," he said.

Opponents had packed the public gallery. Ratepayers' association chair Gail Morrison said residents had been told metering would not lead to volumetric charging, but the council had refused to rule it out.

The council received 1,312 submissions during consultation, about 60 per cent of them opposed.

Installation will begin in the northern suburbs early next year. Households will be able to see their usage online but will not be charged by volume until at least July 2027.

The council will hold a public drop-in session on the rollout on Friday 22 November at the War Memorial Centre, from 3pm to 7pm.

A separate decision on whether to fluoridate the town supply is due before Christmas.
""", [], [
 "published Thursday 2024-11-14: 'yesterday (Wednesday)' is correct",
 "Friday 22 November 2024 is a Friday"])

assert [wd(2024,12,28),wd(2024,12,31),wd(2025,1,1),wd(2025,1,4)]==['Saturday','Tuesday','Wednesday','Saturday'] and wd(2024,12,20)=='Friday'
assert wd(2024,1,1)=='Monday'
save('ice-dogs-holiday-schedule', '2024-12-20', 'Canadian community newspaper sports page', 'clean', """
Ice Dogs face four games in eight days over the holidays

The Ice Dogs play their last home game before the Christmas break tonight against Whitby, and then get just a few days off before one of the busiest stretches of their junior season.

After the break, the club returns to action on Saturday, Dec. 28, with a road game in Peterborough. It hosts Cobourg at home on Tuesday, Dec. 31, in an afternoon game that starts at 2 p.m. so families can get home for New Year's Eve.

The team then travels to Kingston for a New Year's Day matinee on Wednesday, Jan. 1, and finishes the run at home on Saturday, Jan. 4, against Lindsay. Add tonight's game, and the team will play five times in the space of 16 days, including four after Christmas in a span of eight.

"It's a grind, and that's junior hockey," said head coach Darren Pelletier. "The guys who manage their rest are the guys who'll be good in January."

The Ice Dogs are 19-9-2, third in their division, three points behind Cobourg.

Captain Owen Matheson, who leads the team with 41 points, is expected back for the Dec. 28 game after missing two weeks with a shoulder injury.

The Dec. 31 game is the club's annual teddy bear toss. Fans are asked to bring new stuffed animals, which will be donated to the hospital's children's ward.
""", [], [
 "Saturday, Dec. 28 and Tuesday, Dec. 31 are in 2024; Wednesday, Jan. 1 and Saturday, Jan. 4 are in 2025 (a checker using the publication year 2024 for January would wrongly get Monday/Thursday)",
 "four games Dec. 28 - Jan. 4 span eight days inclusive; Dec. 20 - Jan. 4 is 16 days inclusive"])

# ---------- DAT002 clean ----------
assert wd(2024,8,17)=='Saturday' and wd(2024,8,19)=='Monday'
save('route-9-head-on-family', '2024-08-19', 'US regional daily', 'clean', """
Family of three hurt, other driver killed in Route 9 head-on crash

A 71-year-old man was killed and a family of three from Millbrook was injured Saturday evening when two vehicles collided head-on on Route 9 near the Town Line Road intersection, state police said Monday.

Police identified the man who died as Gerald Finch, 71, of Hartsdale. He was pronounced dead at the scene.

The other vehicle, a minivan, was carrying Luis Moreno, 36, his wife, Teresa Moreno, 34, and their son, Mateo, 9. All three were taken to University Hospital.

Teresa Moreno, who was driving, suffered serious injuries and remained in critical condition Monday. Her husband and son were treated for cuts and bruises and released.

Investigators believe Finch's sedan crossed the center line on a curve for reasons that remain unclear. Troopers are examining whether a medical emergency played a role, a spokesman said.

The 34-year-old mother had been driving the family home from a birthday party in the next town, a relative said.

Friends have set up an online fundraiser to help cover medical bills, and it had raised more than $23,000 by Monday afternoon.

Finch, a retired middle school science teacher, had lived in Hartsdale for more than 40 years. A former student described him as "the teacher who made everyone like bugs."

It was the third fatal crash on that stretch of Route 9 since 2021.
""", [], [
 "four different people with four different ages: Finch 71, Luis 36, Teresa 34, Mateo 9",
 "'the 34-year-old mother' repeats Teresa's age consistently; 'A 71-year-old man' = Finch, 71"])

assert age(D(1980,8,12), D(2024,3,14))==43 and age(D(1980,8,12), D(2024,11,20))==44 and wd(2024,3,14)=='Thursday'
save('cyclist-sues-city', '2024-11-20', 'US metro daily courts desk', 'clean', """
Cyclist hit by city dump truck sues, saying bike lane design was to blame

A cyclist who suffered a fractured pelvis and a brain injury when a city dump truck turned across a downtown bike lane in March has sued the city, arguing that the intersection's design made the crash all but inevitable.

Derek Hanley, 44, filed the lawsuit Tuesday in county court. He is seeking unspecified damages for medical costs, lost wages and pain and suffering.

Hanley, who was 43 when he was struck at Fifth Street and Madison Avenue on March 14, spent 19 days in the hospital and has not been able to return to his job as an electrician, according to the complaint, which lists his date of birth as Aug. 12, 1980.

The suit says the city painted the bike lane in 2021 but never installed a protected turn signal or the plastic posts recommended by its own engineers, leaving cyclists exposed to right-turning trucks.

The driver of the truck, a 52-year-old city employee, was not cited. He is not named as a defendant.

A city spokeswoman said the city does not comment on pending litigation.

Hanley's attorney, Renata Ives, said her client still needs a cane. "He was riding to work in a bike lane the city told him was safe," she said.

The city has since added a dedicated turn signal at the intersection.
""", [], [
 "Hanley is 44 now and was 43 at the March 14 crash: born Aug. 12, 1980, his birthday fell between the two events",
 "the truck driver's age (52) belongs to a different person"])

assert age(D(1939,12,28), D(2025,1,3))==85 and age(D(1939,12,28), D(1958,7,1))==18 and age(D(1939,12,28), D(1961,6,17))==21 and 2025-1961==64
save('gene-paulsen-obit', '2025-01-08', 'US local newspaper obituary', 'clean', """
Eugene "Gene" Paulsen, 85, farmer and county commissioner

Eugene "Gene" Paulsen, who farmed corn and soybeans near Hartley for more than half a century and served 16 years on the county board, died Jan. 3 at the hospital in Spencer. He was 85.

Gene was born Dec. 28, 1939, on the family farm north of town, the second of three sons of Harold and Edna Paulsen. He joined the Navy in the summer of 1958, at 18, and served two years as a machinist's mate aboard a repair ship in the Pacific.

After returning home, he married Marlene Vogt at Zion Lutheran Church on June 17, 1961, when he was 21. They took over the home farm from his parents a few years later.

Gene was first elected county commissioner in 1988. Colleagues remembered him as a careful steward of taxpayer money who nonetheless fought hard for paved roads and a new county nursing home.

He is survived by Marlene, 83, his wife of 63 years; his brother Arnold, 88, of Sioux City; three children; eight grandchildren; and two great-grandchildren.

Funeral services will be held at Zion Lutheran Church, with burial in the church cemetery.
""", [], [
 "Gene was 85 at death (born Dec. 28, 1939, died Jan. 3, 2025: his birthday came six days earlier)",
 "18 in summer 1958 and 21 on June 17, 1961 are both correct for a Dec. 28, 1939 birth",
 "Marlene, 83, and Arnold, 88, are other people's ages",
 "married June 17, 1961 to Jan. 2025 is 63 full years"])

# ---------- DAT003 clean ----------
assert calendar.isleap(2004) and calendar.isleap(2024) and calendar.isleap(2028)
assert age(D(2004,2,29), D(2024,2,29))==20 and len([y for y in range(2005,2025) if calendar.isleap(y)])==5
assert round(40e6/1461,-3)==27000
assert (D(2024,2,29)-D(2020,2,29)).days==1461 and wd(2024,2,29)=='Thursday' and wd(2028,2,29)=='Tuesday'
save('leap-day-birthday', '2024-02-29', 'Canadian local TV station website', 'clean', """
Leap-day baby marks 20th birthday, her fifth on the actual date

For most of her life, Chloe Bergeron has celebrated her birthday on Feb. 28. Today, for only the fifth time, she gets to celebrate on the real thing.

Bergeron was born at Royal Victoria Hospital on Feb. 29, 2004, making her 20 years old as of Thursday, though her friends have been joking all week that she is turning five.

"People always ask if I age slower," said Bergeron, a second-year nursing student. "Unfortunately, no. I still had to get my licence at 16 like everyone else."

The odds of being born on Feb. 29 are roughly one in 1,461, since the date comes around once every four years. With about 40 million people in the country, that works out to something like 27,000 Canadians who share the birthday.

The hospital delivered six babies on the last leap day, Feb. 29, 2020, exactly 1,461 days ago, and nurses said they were expecting a handful more before midnight.

Bergeron's mother, Sylvie, said the family decided long ago that in non-leap years the party would fall on Feb. 28, "because she was born in February, not March."

The next leap day falls on Tuesday, Feb. 29, 2028. Bergeron says she already has plans: "I'll be a real nurse by then, so probably working a shift."
""", [], [
 "Feb. 29, 2004, Feb. 29, 2020 and Feb. 29, 2028 are real leap days",
 "born Feb. 29, 2004 -> 20 years old on Feb. 29, 2024; 'turning five' is a joke about leap birthdays (2008, 2012, 2016, 2020, 2024)",
 "Feb. 29, 2020 to Feb. 29, 2024 is 1,461 days",
 "Thursday = publication date 2024-02-29; Feb. 29, 2028 is a Tuesday"])

assert (D(2024,8,19)-D(2024,7,8)).days==42 and (D(2019,7,7)-D(2019,4,1)).days==97 and (D(2024,9,9)-D(2024,8,19)).days==21
assert wd(2024,7,8)=='Monday' and wd(2024,8,19)=='Monday' and wd(2024,9,9)=='Monday'
save('granite-creek-bridge-reopens', '2024-08-20', 'US local newspaper website', 'clean', """
Granite Creek bridge reopens three weeks ahead of schedule

The Granite Creek bridge on County Road 6 reopened to traffic Monday, Aug. 19, six weeks after it closed for emergency repairs and three weeks earlier than the county had promised.

Crews shut the bridge on Monday, July 8, after an inspector found cracks in two steel girders. The county's original timeline called for it to reopen on Sept. 9.

The contractor, Hollister Steel & Bridge, worked 10-hour days, six days a week, and was able to get replacement girders from a mill in Pennsylvania sooner than expected, county engineer Felix Amundsen said.

The repairs cost about $1.1 million, paid from the county's road and bridge fund.

The quicker turnaround was welcome news for farmers heading into harvest and for residents of the Granite Creek area, who faced a detour of up to 11 miles.

It is the second time in five years the bridge has been closed for a lengthy stretch. In 2019, repairs to its deck and railings kept it shut for 97 days, from April 1 to July 7.

"We heard about it from a lot of people last time," Amundsen said. "We didn't want to go through that again."

The county plans to replace the 1962 span entirely by 2030, at an estimated cost of $8.5 million.
""", [], [
 "July 8 to Aug. 19, 2024 = 42 days = six weeks",
 "Aug. 19 to Sept. 9 = 21 days = three weeks early",
 "April 1 to July 7, 2019 = 97 days",
 "Monday, Aug. 19 and Monday, July 8, 2024 are correct weekdays"])

assert round((D(2024,9,30)-D(1991,9,3)).days/365.25)==33 and calendar.isleap(2000) and wd(2024,9,30)=='Monday' and 2024-2012==12
save('principal-ramos-retires', '2024-09-24', 'US suburban weekly newspaper website', 'clean', """
After 33 years at Cedar Park, Principal Ramos says goodbye

When Ana Ramos walked into Cedar Park Elementary as a kindergarten teacher on Sept. 3, 1991, the school had one computer, in the library, and a rotary phone in the front office.

Her last day, as its principal, will be Monday, Sept. 30, ending 33 years at the same school, a rarity in a profession where teachers and administrators often move around.

Ramos taught kindergarten and then fourth grade for nearly two decades before becoming assistant principal. She has been principal for the past 12 years, since 2012.

Colleagues say she is the reason the school still celebrates Feb. 29 every leap year with "Leap Day Lab," a day of science experiments she started on Feb. 29, 2000, when a student asked why February sometimes had an extra day.

Her first kindergarten class graduated from high school in June 2004. Several of its members now send their own children to Cedar Park, and at least two are teachers in the district.

"She knows every kid's name, and most of their grandparents' names too," said third-grade teacher Joy Mendel, who was in Ramos's fourth-grade class in 1998.

Ramos said she plans to spend time with her grandchildren and volunteer with an adult literacy program.

The district will hold a farewell reception Oct. 4 in the school gymnasium. Assistant principal David Kim will serve as interim principal through June.
""", [], [
 "Sept. 3, 1991 to Sept. 30, 2024 is 33 years",
 "Feb. 29, 2000 is a real leap day (2000 divisible by 400)",
 "principal since 2012 = 12 years",
 "kindergarten in 1991-92 -> high school graduation June 2004 (13 school years)",
 "Monday, Sept. 30, 2024 is correct"])
