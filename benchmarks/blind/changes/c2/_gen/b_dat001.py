from lib import *

# 1 rezoning hearing
assert wd(2025,3,5)=='Wednesday' and wd(2025,3,4)=='Tuesday' and 24/240==0.10
save('westbrook-kmart-rezoning', '2025-02-26', 'US suburban weekly newspaper website', 'seeded', """
Council to weigh 240-apartment plan for former Kmart site

A developer's plan to build 240 apartments and a row of ground-floor shops on the site of a shuttered Kmart on Route 30 goes before the Westbrook City Council next week.

The council will hold a public hearing on the rezoning request at 7 p.m. Tuesday, March 5, in the council chambers at City Hall. Residents may also submit written comments to the city clerk until noon that day.

The planning commission recommended approval by a 4-3 vote last week after more than two hours of testimony.

Plans filed by Keystone Ridge Partners call for four buildings of up to five stories and 380 parking spaces. Twenty-four of the units, or 10%, would be set aside for households earning no more than 80% of the area median income.

Neighbors on Alder Street and Fox Run Drive have raised concerns about traffic. A study commissioned by the developer estimates the project would generate about 1,600 additional vehicle trips a day, and recommends a new traffic signal at the Route 30 entrance.

"Nobody is against housing," said Fox Run resident Maureen Ellis. "We're against a five-story wall behind our backyards."

The Kmart store closed in 2019, and the 14-acre property has been vacant since. If the council approves the rezoning, construction could begin next spring.
""", [{"rule":"DAT001","near":"Tuesday, March 5","other":None,
  "proof":"March 5, 2025 is a Wednesday (publication 2025-02-26)"}])

# 2 obituary services
assert age(D(1941,1,14), D(2024,11,2))==83 and wd(2024,11,8)=='Friday' and wd(2024,11,10)=='Sunday'
save('hal-brenner-obit', '2024-11-05', 'US local newspaper obituary', 'seeded', """
Harold "Hal" Brenner, longtime hardware store owner

Harold "Hal" Brenner, who ran Brenner's Hardware on Main Street for nearly four decades and could find a replacement part for almost anything, died Nov. 2 at St. Luke's Hospital after a short illness. He was 83.

Hal was born Jan. 14, 1941, in Dubuque, Iowa, the youngest of five children. He served in the Army in West Germany and came home to work for his uncle, who founded the hardware store in 1948. He bought the business in 1972 and ran it until he sold it to a longtime employee in 2010.

Customers remember a man who would rather show you how to fix a leaky faucet yourself than sell you a new one. He kept a jar of dog biscuits by the register and a pot of coffee on all day.

He coached Little League for 15 years, served two terms on the city council and was a member of the volunteer fire department.

Hal is survived by his wife of 58 years, Joan; a son, Michael; a daughter, Susan Kramer; and four grandchildren.

Visitation will be held from 4 to 7 p.m. Friday, Nov. 8, at Hoffmann Funeral Home. The funeral Mass will be celebrated at 10:30 a.m. Saturday, Nov. 10, at St. Raphael Catholic Church, with burial to follow.
""", [{"rule":"DAT001","near":"Saturday, Nov. 10","other":"Friday, Nov. 8",
  "proof":"Nov. 10, 2024 is a Sunday; the Saturday after Friday, Nov. 8 is Nov. 9"}])

# 3 weather
assert wd(2025,1,14)=='Tuesday' and wd(2025,1,17)=='Friday' and wd(2025,1,16)=='Thursday'
save('first-big-snow-forecast', '2025-01-14', 'US local TV station weather page', 'seeded', """
First big snow of the winter could bring 6 inches or more

After a bone-dry start to winter, the metro area is finally in line for a significant snowfall, and it could snarl the end-of-week commute.

Forecasters at the National Weather Service said a storm system moving out of the Rockies will spread snow into the region late Wednesday night. The heaviest snow is expected during the day on Thursday, Jan. 17, when rates could reach an inch an hour at times.

Current projections call for 5 to 8 inches across most of the area, with locally higher amounts in the hills west of the city. A winter storm watch is in effect from midnight Wednesday through 6 p.m. Thursday.

"This is the first storm of the season where I'd tell people to plan ahead," said meteorologist Dana Whitlock. "If you can work from home Thursday, do it."

The city's streets department said it has 48 plows and about 22,000 tons of salt ready to go, and crews will begin pre-treating bridges and overpasses on Wednesday afternoon.

Behind the storm comes the coldest air of the season. Lows could dip below zero by Saturday morning, with wind chills as low as minus 15.

Snowfall so far this season at the airport totals just 3.1 inches, well below the normal of 14 inches to date.
""", [{"rule":"DAT001","near":"Thursday, Jan. 17","other":None,
  "proof":"Jan. 17, 2025 is a Friday; the Thursday is Jan. 16"}])

# 4 school start times
assert wd(2024,6,11)=='Tuesday' and wd(2024,6,10)=='Monday'
save('school-start-times-vote', '2024-06-04', 'US metro daily education desk', 'seeded', """
School board set to vote on later start times for high schools

High school students in the Maple Grove district could get an extra 45 minutes of sleep next fall if the school board approves a proposal to push back the start of the day.

Board members are scheduled to vote on the plan at their meeting on Monday, June 11. Under the proposal, the district's four high schools would start at 8:30 a.m. instead of 7:45 a.m., beginning in the 2025-26 school year.

To make the bus schedule work, elementary schools would move to an earlier start, 7:55 a.m. instead of 8:40 a.m.

That swap has drawn pushback from some parents of younger children. More than 1,100 people have signed an online petition opposing the change, and several spoke against it at a packed board work session last month.

"My kindergartner would be at the bus stop in the dark for half the year," said parent Rachel Ostrander.

Supporters point to research linking later start times for teenagers with better attendance and fewer car crashes. Maple Grove senior Aiden Choi, the student representative on the board, said many of his classmates routinely get fewer than seven hours of sleep on school nights.

Superintendent Gregory Bauer said the district studied the issue for 18 months. The transportation changes would cost about $310,000 a year, mostly for additional drivers' hours.
""", [{"rule":"DAT001","near":"Monday, June 11","other":None,
  "proof":"June 11, 2024 is a Tuesday"}])

# 5 bridge closure
assert wd(2024,8,22)=='Thursday' and wd(2024,8,26)=='Monday'
save('harbor-bridge-weekend-closure', '2024-08-15', 'US regional daily', 'seeded', """
Harbor Bridge to close for weekend deck repairs; detours planned

Drivers who use the Harbor Bridge should plan for a weekend without it later this month.

The state Department of Transportation will close the bridge in both directions from 9 p.m. Friday, Aug. 22, until 5 a.m. Monday, Aug. 26, so crews can replace expansion joints and patch the concrete deck.

About 38,000 vehicles cross the span on an average weekday, and about two-thirds as many on weekends, according to the department.

Detour signs will direct traffic to the Fulton Street and Route 12 crossings, which could add 15 to 25 minutes to trips through downtown. Tractor-trailers will be routed to the interstate.

"We picked the weekend with no home games and no big events downtown," said district engineer Samuel Odom. "There's never a good time, but this is the least bad one."

Pedestrians and cyclists will be able to use the sidewalk on the bridge's north side for most of the closure, except for a few hours overnight when equipment is moved.

The $4.2 million project also includes new lighting and railings and will continue with lane closures on weeknights through October.

The bridge, built in 1967, was rated in fair condition in its most recent inspection.
""", [{"rule":"DAT001","near":"Friday, Aug. 22","other":"Monday, Aug. 26",
  "proof":"Aug. 22, 2024 is a Thursday; the Friday before Monday, Aug. 26 is Aug. 23"}])

# 6 Irish: yesterday (Monday) on a Wednesday
assert wd(2024,10,9)=='Wednesday'
save('kildare-social-housing', '2024-10-09', 'Irish regional newspaper website', 'seeded', """
Council 'way behind' on social housing target, councillors told

Kildare County Council has delivered fewer than half the social homes it promised for this year, with less than three months left to close the gap.

Figures presented to councillors at the monthly meeting in Naas show that 212 new social homes had been delivered by the end of September, against a target of 540 for 2024.

Speaking yesterday (Monday), the council's director of housing, Aoife Brennan, said a further 190 homes were under construction and due to be handed over before Christmas, while the remainder were being held up by delays in connecting to water and wastewater services.

"The homes are built or nearly built. What we are waiting on in a number of cases is the connection," she said.

Cllr Declan Moran said the explanation would be cold comfort for the more than 5,800 households on the council's waiting list. "People have been on that list for ten years in some parts of the county," he said.

Ms Brennan said the council expected to finish the year at about 400 homes and would carry the shortfall into next year's programme.

Councillors agreed to write to the Minister for Housing seeking a dedicated fund for utility connections to housing schemes.
""", [{"rule":"DAT001","near":"yesterday (Monday)","other":None,
  "proof":"published Wednesday 2024-10-09, so yesterday was Tuesday, not Monday"}])

# 7 Australian: tomorrow (Friday) on a Wednesday
assert wd(2024,7,17)=='Wednesday' and wd(2024,7,18)=='Thursday'
save('koala-corridor-submissions', '2024-07-17', 'Australian regional news website', 'seeded', """
Last chance to have a say on koala corridor plan

Residents have until tomorrow (Friday) to lodge submissions on a draft plan that would protect a 14-kilometre koala corridor between the Coomera River and the state forest.

The council's draft environmental overlay would restrict clearing on about 620 hectares of private land, including parts of 37 rural properties, and require developers to plant food trees where vegetation is removed.

Council received more than 900 submissions in the first round of consultation last year, with landholders split on the proposal.

Cattle farmer Bruce Halloran, whose 80-hectare property falls within the overlay, said he supported koalas but was worried about losing the right to manage his own paddocks. "I've got no problem with the animals. I've got a problem with being told what I can do with my own fence line," he said.

Local wildlife carer Jenna Wu said the corridor was one of the last links koalas could use to move between breeding areas. "Every time we lose a patch of trees, we get more of them hit on the road or taken by dogs," she said.

Councillors are expected to consider a final version of the plan in September.

Submissions can be made online or at the council's customer service centres.
""", [{"rule":"DAT001","near":"tomorrow (Friday)","other":None,
  "proof":"published Wednesday 2024-07-17, so tomorrow is Thursday, not Friday"}])

# 8 UK: today (Thursday) on a Wednesday
assert wd(2024,9,18)=='Wednesday'
save('bin-strike-begins', '2024-09-18', 'UK regional daily website', 'seeded', """
Bin strike begins as talks collapse over pay

Rubbish collections across the city are expected to be severely disrupted for a fortnight after refuse workers confirmed their walkout would go ahead.

The strike by around 220 drivers and loaders begins today (Thursday) after last-ditch talks between the GMB union and the city council ended without agreement on Tuesday night.

The union says its members were offered a rise of £1,290 a year, which it argues falls well short of inflation over the past two years. The council says the offer is in line with the national pay award for local government staff and that it cannot afford more.

"Our members are out in all weathers doing a job that keeps this city healthy," said GMB organiser Sarah Whitaker. "They are not asking for the moon."

Council leader Paul Harding urged residents to keep bins inside where possible and not to leave bags on the pavement, where they could attract rats and foxes.

Household recycling centres at Bramley Road and Westgate will stay open with extended hours, and the council is arranging extra collections for residents with medical waste.

A second two-week walkout has been pencilled in for October if no deal is reached.
""", [{"rule":"DAT001","near":"today (Thursday)","other":None,
  "proof":"published Wednesday 2024-09-18, so today is Wednesday, not Thursday"}])

# 9 half marathon
assert wd(2024,6,24)=='Monday' and wd(2024,6,23)=='Sunday'
save('lakefront-half-marathon', '2024-06-21', 'US sports website', 'seeded', """
Record field expected for Lakefront Half Marathon despite heat worries

A record 7,800 runners have registered for the Lakefront Half Marathon, which starts at 6:30 a.m. Sunday, June 24, at Harbor Park.

Race director Colleen Murtaugh said organizers moved the start 30 minutes earlier this year and added four water stations after temperatures reached the high 80s during last year's race, when more than 40 runners were treated for heat-related illness.

"We'd rather have people grumble about the alarm clock than end up in the medical tent," Murtaugh said.

The 13.1-mile course runs north along the lake path, loops through Cedar Point and returns along Shoreline Drive, which will be closed to traffic from 5 a.m. until about 11 a.m.

Defending champion Abebe Tadesse, who won last year in 1:04:52, is back, along with women's course-record holder Lauren Pruitt. Both are chasing a $5,000 bonus for breaking a course record.

Forecasters are calling for a low in the upper 60s and humid conditions at the start, with temperatures climbing into the 80s by late morning.

Packet pickup runs Friday and Saturday at the convention center. Runners who do not pick up their bib by Saturday evening will not be allowed to start.
""", [{"rule":"DAT001","near":"Sunday, June 24","other":None,
  "proof":"June 24, 2024 is a Monday; the Sunday is June 23"}])

# 10 election day
assert wd(2024,11,5)=='Tuesday' and wd(2024,11,4)=='Monday' and wd(2024,11,2)=='Saturday' and wd(2024,10,28)=='Monday'
save('county-voting-guide', '2024-10-28', 'US local TV station website', 'seeded', """
What to know before you vote in Marion County

Early voting is underway across Marion County, and election officials say turnout so far is running ahead of 2020.

More than 41,000 people had cast ballots in person or by mail as of Sunday evening, according to the county clerk's office. The county has about 196,000 registered voters.

Early voting continues daily at nine locations, including the county administration building and all public library branches, through Saturday, Nov. 2. Hours are 8 a.m. to 7 p.m. on weekdays and 9 a.m. to 5 p.m. on the weekend.

On Election Day, Tuesday, Nov. 4, polls will be open from 6 a.m. to 7 p.m. Voters must go to their assigned precinct. Anyone in line at 7 p.m. will be allowed to vote.

Mail ballots must be received by the clerk's office by 7 p.m. on Election Day. Postmarks do not count, so officials recommend using one of the county's 14 drop boxes instead of the mail this close to the election.

Voters will need a photo ID. Acceptable forms include a driver's license, a state ID card, a passport or a military ID.

County Clerk Janine Pruett said results would be posted online beginning shortly after polls close, with early votes counted first.
""", [{"rule":"DAT001","near":"Tuesday, Nov. 4","other":None,
  "proof":"Nov. 4, 2024 is a Monday; Election Day was Tuesday, Nov. 5"}])

# 11 court, past date with year
assert wd(2023,10,12)=='Thursday' and wd(2023,10,13)=='Friday' and wd(2025,3,17)=='Monday'
save('wrong-way-crash-trial', '2025-03-18', 'US metro daily courts desk', 'seeded', """
Trial opens for driver charged in wrong-way crash that killed two

Prosecutors told jurors Monday that a driver had been drinking for nearly five hours before he got on Interstate 94 going the wrong way and slammed head-on into a car carrying two nursing students.

Travis Lundgren, 34, is charged with two counts of criminal vehicular homicide in the crash, which happened shortly after 1 a.m. on Friday, Oct. 12, 2023, near the Snelling Avenue exit.

Killed were Maria Delgado, 22, and Hannah Okonkwo, 23, who were driving home from a late shift at a hospital where both worked as nursing assistants.

Assistant County Attorney Brian Haugen said bar receipts and surveillance video would show Lundgren ordered at least nine drinks. A blood test taken about two hours after the crash measured his alcohol concentration at 0.19, more than twice the legal limit of 0.08.

Lundgren's attorney, Kate Ferris, told jurors the case was a tragedy but questioned how the blood sample was handled and stored. She asked the jury to keep an open mind until they heard from the defense's toxicology expert.

The trial in Hennepin County District Court is expected to last about two weeks. If convicted, Lundgren faces up to 10 years in prison on each count.
""", [{"rule":"DAT001","near":"Friday, Oct. 12, 2023","other":None,
  "proof":"Oct. 12, 2023 was a Thursday"}])
