from lib import *
import calendar

# 1 Feb 29 in 2023
assert not calendar.isleap(2023) and wd(2023,5,9)=='Tuesday'
save('duplex-arson-arrest', '2023-05-10', 'US local TV station website', 'seeded', """
Man charged with arson in duplex fire that displaced two families

A 38-year-old man has been charged with setting a fire that gutted a duplex on Garfield Avenue this winter and left two families, including five children, without a home.

Curtis Albee was arrested Tuesday at a motel in nearby Lakeville and charged with first-degree arson and reckless endangerment, according to the county attorney's office.

The fire broke out shortly after 2 a.m. on Feb. 29 in the rear unit of the duplex, where Albee had lived until he was evicted about two weeks earlier, fire officials said. The family living in the front unit escaped after a smoke alarm woke them. The rear unit was vacant.

State fire investigators found that gasoline had been poured on the back porch and kitchen floor, according to the criminal complaint. A neighbor's doorbell camera recorded a man matching Albee's description walking away from the building minutes before flames became visible.

No one was seriously hurt, but one firefighter was treated for a shoulder injury after falling through a weakened section of floor.

The building, valued at about $240,000, was declared a total loss and has since been demolished.

Albee is being held in the county jail on $150,000 bail. His first court appearance is scheduled for later this week.
""", [{"rule":"DAT003","near":"Feb. 29","other":None,
  "proof":"2023 is not a leap year, so Feb. 29, 2023 does not exist"}])

# 2 April 31
save('mercy-general-falls-data', '2024-06-12', 'US health news website', 'seeded', """
Hospital cuts patient falls by adding bed alarms and hourly rounding

Mercy General Hospital says a push to reduce falls among its patients is paying off, with the number of falls that caused injury down sharply so far this year.

Between Jan. 1 and April 31, the hospital recorded 14 falls with injury, compared with 29 over the same four months of 2023, according to figures presented to the hospital's quality committee.

The hospital began the effort last fall after two patients broke hips in falls within a month. Nurses and aides now check on every patient at least once an hour, asking about pain, the bathroom and whether they need anything within reach. Patients judged at high risk get beds with pressure-sensitive alarms that sound when they try to get up alone.

"Most falls happen when someone needs to use the bathroom and decides not to wait," said Maria Estevez, the hospital's chief nursing officer. "If we get there first, we prevent the fall."

Falls are one of the most common causes of harm to hospital patients, particularly older adults and those taking sedatives or blood pressure medicines.

The hospital spent about $410,000 on the new beds and alarms, Estevez said, less than the cost of treating a handful of serious injuries.
""", [{"rule":"DAT003","near":"April 31","other":None,
  "proof":"April has 30 days; April 31 does not exist"}])

# 3 June 31
assert wd(2025,7,1)=='Tuesday'
save('dry-june-burn-ban', '2025-07-02', 'US local TV station weather page', 'seeded', """
Driest June on record prompts burn ban ahead of Fourth of July

County commissioners approved a burn ban Tuesday after the area went through its driest June since record-keeping began in 1893.

The airport recorded just 0.11 inch of rain for the entire month, all of it on June 3. From June 4 through June 31, not a drop fell, according to the National Weather Service. Normal June rainfall is about 4.3 inches.

The ban prohibits outdoor burning, including brush piles and campfires outside designated fire rings. Consumer fireworks are still allowed under state law, but fire officials urged residents to attend public displays instead.

"Grass that would normally be green this time of year is crunching under your feet," said county fire marshal Greg Adair. "It takes one stray bottle rocket."

Firefighters responded to 23 grass and brush fires in the last two weeks of June, including one that burned about 40 acres near the county landfill.

Relief is not in the immediate forecast. Highs are expected to stay in the mid-90s through the holiday weekend, with only a slight chance of isolated thunderstorms on Sunday.

The ban will remain in effect until commissioners lift it, which they said will likely require at least an inch of widespread rain.
""", [{"rule":"DAT003","near":"June 31","other":None,
  "proof":"June has 30 days; June 31 does not exist"}])

# 4 Sept 31 obit
assert age(D(1947,3,9), D(2024,9,30))==77 and wd(2024,10,12)=='Saturday'
save('rosalind-achebe-obit', '2024-10-04', 'Canadian metro daily obituary', 'seeded', """
Rosalind Achebe: Toronto librarian who built a children's reading empire

Rosalind Achebe, who turned a cramped branch library in Scarborough into one of the busiest children's reading programs in the city, died Sept. 31, 2024, at Sunnybrook hospital after a long illness. She was 77.

Born March 9, 1947, in Enugu, Nigeria, she came to Canada in 1971 to study library science at the University of Toronto and never left.

She joined the Toronto Public Library in 1975 and spent most of her career at the Cedarbrae branch, where she started a Saturday story hour that grew so popular it had to be split into three sessions. She also persuaded the library to stock picture books in Tamil, Tagalog and Somali long before it was common practice.

"She believed that a child who saw themselves in a book would keep reading for life," said former colleague Ian Whitford.

After she retired in 2009, she volunteered with a literacy program for newcomer mothers and wrote two picture books of her own.

She is survived by her husband, Charles; her daughters, Nkechi and Adaeze; and five grandchildren.

A memorial will be held Saturday, Oct. 12, at 2 p.m. at the Cedarbrae branch. In lieu of flowers, the family asks for donations to the library's literacy fund.
""", [{"rule":"DAT003","near":"Sept. 31, 2024","other":None,
  "proof":"September has 30 days; Sept. 31 does not exist"}])

# 5 bridge closure weeks
assert wd(2025,3,3)=='Monday' and wd(2025,3,24)=='Monday' and (D(2025,3,24)-D(2025,3,3)).days==21
save('mill-street-bridge-closure', '2025-02-20', 'US local newspaper website', 'seeded', """
Mill Street bridge to close next month for deck replacement

The Mill Street bridge over the Sawyer River will close to all traffic next month so crews can replace its deteriorating concrete deck, city officials said.

The closure begins at 7 a.m. on Monday, March 3. The bridge is scheduled to reopen on Monday, March 24, if the weather cooperates.

During the four weeks the bridge is closed, drivers will be detoured to the Elm Street and Route 14 crossings. The detour adds about two miles for most trips, city engineer Patricia Nwosu said.

Pedestrians will be able to use a temporary footbridge on the bridge's upstream side, which the contractor will install before work begins.

The bridge, built in 1958, carries about 9,500 vehicles a day. An inspection last spring found spalling concrete and exposed rebar on the underside of the deck, and the city lowered the weight limit to 15 tons as a precaution.

The $2.7 million project is being paid for mostly with federal bridge funds, with the city covering about $540,000.

"We know this is a major route for people getting to the hospital and the high school," Nwosu said. "We scheduled it during the school district's spring testing window and will have crews working six days a week to finish on time."

School buses and emergency vehicles have been given modified routes.
""", [{"rule":"DAT003","near":"four weeks","other":"Monday, March 24",
  "proof":"March 3 to March 24, 2025 is 21 days, i.e. three weeks, not four"}])

# 6 police chief tenure
assert round((D(2025,1,17)-D(2013,1,15)).days/365.25)==12 and wd(2025,1,17)=='Friday'
save('chief-okafor-retires', '2025-01-08', 'US local TV station website', 'seeded', """
Police Chief Samuel Okafor to retire after leading department through turbulent decade

Riverton Police Chief Samuel Okafor will retire later this month, city officials announced Tuesday, ending a tenure that included a federal civil rights review, a new body camera program and a sharp drop in violent crime.

Okafor was sworn in as chief on Jan. 15, 2013, after 18 years with the police department in Columbus, Ohio. His last day will be Friday, Jan. 17, 2025.

"I came here to build trust, and I think we've made real progress, though the work never ends," Okafor said in a statement.

Mayor Linda Castellanos praised Okafor for steering the department through the 2016 Justice Department review that followed the fatal police shooting of an unarmed man. The agreement that came out of that review ended in 2022.

Under Okafor, every patrol officer was equipped with a body camera, and the department created a mental health co-responder unit that sends social workers on some 911 calls.

After 14 years at the helm, Okafor said he plans to spend more time with his grandchildren and to teach a criminal justice course at the community college.

Deputy Chief Angela Ruiz will serve as interim chief while the city conducts a national search, which Castellanos said could take six months.
""", [{"rule":"DAT003","near":"After 14 years","other":"Jan. 15, 2013",
  "proof":"Jan. 15, 2013 to Jan. 17, 2025 is 12 years, not 14"}])

# 7 school closure weeks
assert wd(2024,10,7)=='Monday' and wd(2024,10,28)=='Monday' and (D(2024,10,28)-D(2024,10,7)).days==21
save('hillcrest-elementary-mold', '2024-10-30', 'US metro daily education desk', 'seeded', """
Hillcrest Elementary reopens after mold cleanup; parents want answers

Students returned to Hillcrest Elementary this week after the school was closed for two weeks to remove mold found in classrooms and a ventilation system.

The district shut the building on Oct. 7, after a teacher reported a musty smell and dark spots on ceiling tiles in two second-grade classrooms. Testing found elevated mold levels in four rooms and in ductwork serving the building's east wing.

Classes resumed Monday, Oct. 28, once an outside contractor replaced ceiling tiles and cleaned the ducts, and follow-up air tests came back within normal ranges, district officials said.

During the closure, Hillcrest's 410 students were bused to Lincoln Middle School, where they attended classes in the library, gym and several empty classrooms.

At a meeting Tuesday night, parents pressed district leaders about why the problem was not caught sooner. Several said their children had complained of headaches and runny noses since the start of the school year.

"We were told the building was fine in August," said parent Jessica Tran. "Clearly it wasn't."

Facilities director Mark Hollins said a roof leak over the summer likely caused the problem. The district has budgeted $1.9 million to replace the roof next summer.

The cleanup cost about $215,000, Hollins said.
""", [{"rule":"DAT003","near":"two weeks","other":"Monday, Oct. 28",
  "proof":"Oct. 7 to Oct. 28, 2024 is 21 days (three weeks), not two weeks"}])

# 8 Nov 31
save('mcallister-building-sale', '2024-10-15', 'US business journal', 'seeded', """
Historic McAllister Building under contract to local developer

The six-story McAllister Building downtown, vacant since its last office tenant left in 2021, is under contract to a local developer who plans to convert it to apartments.

Hartwell Development Group agreed to pay $6.8 million for the 1926 building at Fourth and Commerce streets, according to a person familiar with the deal and a letter of intent reviewed by the Business Journal. The sale is scheduled to close Nov. 31, pending an environmental review.

Hartwell plans 72 apartments, mostly studios and one-bedrooms, with retail space on the ground floor. The firm intends to apply for federal and state historic tax credits, which could cover a significant share of the estimated $24 million renovation.

"Buildings like this are exactly what downtown needs back in use," said Hartwell principal Megan Sato. "The bones are wonderful. The windows alone are worth the trouble."

The building's current owner, a New York-based investment fund, bought it in 2017 for $9.2 million. Office vacancy downtown stands at about 22%, according to a commercial brokerage, and several older buildings have been marketed for conversion.

The city's downtown development authority has offered a 10-year property tax abatement for residential conversions of vacant office buildings, a program approved by the city council last year.
""", [{"rule":"DAT003","near":"Nov. 31","other":None,
  "proof":"November has 30 days; Nov. 31 does not exist"}])

# 9 trial duration days
assert (D(2024,3,8)-D(2024,2,12)).days==25 and wd(2024,3,8)=='Friday' and wd(2024,2,12)=='Monday'
save('ponzi-trial-verdict', '2024-03-09', 'US wire service', 'seeded', """
Jury convicts financial adviser of running $34 million Ponzi scheme

A federal jury on Friday convicted a suburban financial adviser of running a Ponzi scheme that cost dozens of retirees their savings.

Gregory Tallis was found guilty of 11 counts of wire fraud and securities fraud and three counts of money laundering. The jury returned its verdict on March 8, 28 days after opening statements began on Feb. 12.

Prosecutors said Tallis took about $34 million from more than 90 clients over eight years, promising steady returns of 9% to 12% from what he described as a conservative bond fund. Instead, they said, he used money from new investors to pay earlier ones and spent millions on a lake house, private school tuition and luxury cars.

Several victims testified that they had lost most of their retirement savings. One, a retired machinist, told jurors he had gone back to work stocking shelves at a hardware store at age 74.

Tallis's attorneys argued that he had made bad investments but had not intended to defraud anyone. He did not testify.

U.S. District Judge Karen Oduya set sentencing for June. Each wire fraud count carries a maximum of 20 years in prison.

A court-appointed receiver has recovered about $11 million for victims so far, largely through the sale of property.
""", [{"rule":"DAT003","near":"28 days","other":"Feb. 12",
  "proof":"Feb. 12 to March 8, 2024 is 25 days, not 28"}])

# 10 Feb 30
save('rivermen-extension', '2024-03-15', 'Canadian sports website', 'seeded', """
Rivermen goalie Kowalchuk playing like a man with security

Since signing his contract extension, Rivermen goaltender Tyler Kowalchuk has looked like a different player.

The 27-year-old, who agreed on Feb. 30 to a three-year deal worth $2.4 million per season, has won seven of his nine starts since, posting a .931 save percentage and two shutouts.

Before the deal, Kowalchuk had been splitting starts and was rumoured to be available ahead of the trade deadline. His numbers through the first four months were ordinary: a .902 save percentage and a goals-against average above three.

"Honestly, I was thinking about it too much," Kowalchuk said after Thursday's practice. "Once that was done, I could just play."

Goaltending coach Pierre Lavigne said the change is partly mental and partly technical. The two spent much of January working on Kowalchuk's positioning on shots from the point, where he had been giving up too many rebounds.

The Rivermen, who trail the third-place team in their division by two points, play six of their next eight games on the road, starting Saturday in Edmonton.

Head coach Dave Ferreira said Kowalchuk will start at least five of those. "He's earned the net," Ferreira said.
""", [{"rule":"DAT003","near":"Feb. 30","other":None,
  "proof":"February never has 30 days; Feb. 30 does not exist"}])

# 11 lease months
assert (2024-2022)*12 + (7-8) + 1 == 24
save('cafe-lease-expiring', '2024-06-20', 'US local newspaper business section', 'seeded', """
Beloved Oak Street cafe to close as landlord declines to renew lease

Copper Kettle Cafe, a fixture on Oak Street for its cinnamon rolls and open-mic nights, will close at the end of July after its landlord declined to renew its lease.

Owner Rachel Imbert said she learned in May that the building's new owner had other plans for the ground-floor space. She had signed her current lease on Aug. 1, 2022, and it expires July 31, 2024.

"I assumed we'd negotiate a rent increase like we always have," Imbert said. "I didn't think we'd be asked to leave."

The 36-month lease was her third at the location since she opened in 2013. Imbert said she offered to pay 15% more than her current rent of $4,200 a month, but the landlord was not interested.

The building's owner, Linden Street Holdings, bought the property in March. A representative said the company was in talks with a regional bank about leasing the space but declined to comment further.

The cafe employs 11 people, several of whom have worked there for more than five years.

Imbert said she is looking for a new location nearby and hopes to reopen by spring. In the meantime, regulars have started a petition and organized a farewell open-mic night for July 27.
""", [{"rule":"DAT003","near":"The 36-month lease","other":"Aug. 1, 2022",
  "proof":"Aug. 1, 2022 to July 31, 2024 is 24 months, not 36"}])
