from lib import *

# 1 obit age vs birth date
assert age(D(1938,6,3), D(2024,9,14))==86 and wd(2024,9,21)=='Saturday'
save('dorothy-kessler-obit', '2024-09-18', 'US local newspaper obituary', 'seeded', """
Dorothy Kessler, nurse who founded county's first hospice, dies

Dorothy Mae Kessler, a registered nurse who helped open the county's first hospice program in a borrowed church basement, died Sept. 14 at the same hospice, surrounded by family. She was 85.

Born June 3, 1938, in Fort Wayne, Indiana, Dorothy was the daughter of a railroad machinist and a seamstress. She earned her nursing diploma from the Lutheran hospital school of nursing and spent 22 years on the oncology floor at Parkview, where she saw, as she later put it, "too many people die in fluorescent light."

In 1981, with two physicians and a handful of volunteers, she started Home Circle Hospice, which began by caring for six patients at a time in their own homes. It now serves about 400 families a year.

She retired as its executive director in 2003 but continued volunteering, mostly by sitting with patients who had no family nearby.

Dorothy was preceded in death by her husband, Ray, in 2011. Survivors include her sons, Daniel and Mark; a daughter, Ellen Fiske; seven grandchildren; and three great-grandchildren.

A celebration of her life will be held at 2 p.m. Saturday, Sept. 21, at Trinity Lutheran Church. The family asks that memorial gifts go to Home Circle Hospice.
""", [{"rule":"DAT002","near":"She was 85","other":"Born June 3, 1938",
  "proof":"born June 3, 1938, died Sept. 14, 2024: she was 86, not 85"}])

# 2 suspect two ages
assert wd(2024,7,8)=='Monday'
save('jewelry-store-robbery-arrest', '2024-07-09', 'US local TV station website', 'seeded', """
Police arrest suspect in smash-and-grab jewelry store robbery

Police have arrested Jordan Pike, 27, in connection with a smash-and-grab robbery at a jewelry store in the Brookside Shopping Center last month, the department said Tuesday.

Pike was taken into custody Monday afternoon at an apartment on Wren Street after detectives obtained a search warrant, police said. Officers recovered several watches and rings believed to be from the store.

According to police, three men wearing masks and hooded sweatshirts entered Brookside Fine Jewelry shortly before closing on June 14, smashed two display cases with hammers and fled with merchandise valued at about $180,000. No one was injured, though two employees were in the store at the time.

Detectives identified the 29-year-old through surveillance footage of a getaway car and cellphone records, according to a criminal complaint. He faces charges of robbery, conspiracy and criminal mischief and was being held in the county jail Tuesday.

Police said they are still looking for the two other men involved and asked anyone with information to call the department's tip line. Tips can be made anonymously.

The robbery was one of three similar smash-and-grab incidents at jewelry stores in the region this year, though investigators have not said whether they believe the cases are connected.
""", [{"rule":"DAT002","near":"29-year-old","other":"Jordan Pike, 27",
  "proof":"the same suspect is 27 in par 1 and 29 in par 4"}])

# 3 hockey call-up
assert age(D(2001,11,8), D(2024,3,10))==22
save('voyageurs-call-up', '2024-03-10', 'Canadian sports website', 'seeded', """
Voyageurs recall Beaulieu from farm club as injuries pile up

The Kingston Voyageurs recalled forward Ethan Beaulieu from their minor-league affiliate on Saturday, adding depth to a lineup missing three regular forwards heading into the final month of the season.

The 23-year-old has 19 goals and 37 points in 52 games this season, second on the farm team in scoring. He played eight games with the Voyageurs in the fall, recording one assist.

"He's earned it," head coach Marc-Andre Giroux said after Saturday's morning skate. "He's been our best player down there since Christmas, and he kills penalties, which is what we need right now."

Born Nov. 8, 2001, in Rimouski, Que., Beaulieu was a fourth-round draft pick after a 41-goal season in junior. He is in the second year of a two-year, entry-level contract.

The Voyageurs are without centre Lucas Brandt (upper body), winger Noah Lemieux (lower body) and captain Sean Ferrante, who is day-to-day with an illness.

Kingston, 34-22-6, sits one point out of the final wild-card spot with 20 games left.

Beaulieu is expected to skate on the fourth line on Sunday against Hamilton.
""", [{"rule":"DAT002","near":"The 23-year-old","other":"Born Nov. 8, 2001",
  "proof":"born Nov. 8, 2001, he is 22 on 2024-03-10, not 23"}])

# 4 court: age vs DOB just before birthday
assert age(D(1983,2,2), D(2024,1,25))==40 and wd(2024,1,24)=='Wednesday'
save('ames-bookkeeper-sentenced', '2024-01-25', 'US local newspaper courts page', 'seeded', """
Former bookkeeper gets prison for stealing from family farm business

A former bookkeeper who admitted to stealing more than $420,000 from a family-owned seed and grain business was sentenced Wednesday to up to 10 years in prison.

Emily Sorensen, 41, of Ames, pleaded guilty in November to first-degree theft and ongoing criminal conduct. Story County District Judge Allan Hirsch also ordered her to pay full restitution.

Prosecutors said Sorensen wrote more than 300 checks to herself and a shell company over six years while handling payroll and accounts for Hanlon Seed & Grain near Nevada, Iowa. She used the money for vacations, a boat and remodeling her home, according to court documents.

Court records list her date of birth as Feb. 2, 1983.

"She sat at our kitchen table for holidays," owner Curt Hanlon told the court. "We trusted her with everything, and she knew it."

Sorensen apologized to the family, saying she had started "borrowing" small amounts during a financial crisis and could not stop. Her attorney asked for probation so she could work and begin repaying the money.

Hirsch rejected that request, saying the length and scale of the theft required prison.

Sorensen has so far repaid about $38,000 from the sale of the boat. She was taken into custody after the hearing.
""", [{"rule":"DAT002","near":"Emily Sorensen, 41","other":"Feb. 2, 1983",
  "proof":"born Feb. 2, 1983, she is 40 on 2024-01-25 (turns 41 on Feb. 2), not 41"}])

# 5 firefighter retires
save('captain-dumont-retires', '2024-10-22', 'US community newspaper website', 'seeded', """
After 34 years, Capt. Ray Dumont hangs up his helmet

Capt. Ray Dumont, 58, remembers the first fire he fought as a rookie: a barn on Old County Road in February 1990, so cold the water froze on his coat.

On Friday, the Oakmont Fire Department will mark his last shift with the traditional "walk-out" at Station 2, where he has been based for most of his career.

Dumont joined the department as a volunteer, was hired full time in 1994 and was promoted to captain in 2008. Over three decades he has seen the department go from mostly fires to mostly medical calls. Station 2 answered about 2,900 calls last year, and roughly 70% were medical.

"When I started, we were fighting fires. Now we're the neighborhood's emergency room on wheels," said Dumont, who turns 58 in December.

Fire Chief Lisa Moreno credited him with building the department's water-rescue team after a 2011 flood that left two residents stranded on a roof for hours.

Dumont plans to spend more time with his four grandchildren and, he says, to finally finish restoring a 1967 Ford pickup that has been sitting in his garage since 2015.

He also intends to keep teaching the county's firefighter training course. "I'm not going to be able to stay away completely," he said.
""", [{"rule":"DAT002","near":"who turns 58","other":"Capt. Ray Dumont, 58",
  "proof":"he cannot be 58 in October and turn 58 in December: either 57 now or turning 59"}])

# 6 missing teen
save('missing-teen-brandon', '2025-03-03', 'Canadian local news website', 'seeded', """
Police ask for help finding missing Brandon teen

Brandon police are asking the public for help finding a teenage girl who has not been seen since Friday evening.

Ava Lindqvist, 14, was last seen around 6:30 p.m. near the Shoppers Mall on 18th Street, according to a police news release issued Sunday.

Her family reported her missing when she did not come home that night. Police said she has not been in contact with family or friends since then, and her phone has been turned off.

Investigators said they believe she may have travelled to Winnipeg, but they have not ruled out that she is still in the Brandon area.

The 15-year-old is described as about five feet four inches tall, with a slim build and shoulder-length dark blond hair. She was last seen wearing a black puffer jacket, grey sweatpants and white running shoes, and was carrying a purple backpack.

Police said they are concerned for her well-being because of the cold weather and her age. Overnight temperatures dropped to about minus 18 over the weekend.

Anyone with information about her whereabouts is asked to call Brandon police or Crime Stoppers. Police also asked people in the downtown area to check home security cameras for footage from Friday evening.
""", [{"rule":"DAT002","near":"The 15-year-old","other":"Ava Lindqvist, 14",
  "proof":"the missing girl is 14 in par 2 and 15 in par 5"}])

# 7 centenarian
assert wd(2025,3,2)=='Sunday' and age(D(1926,3,2), D(2025,3,4))==99 and age(D(1925,3,2),D(2025,3,4))==100
save('eleanor-voss-100', '2025-03-04', 'US community newspaper website', 'seeded', """
Century mark: Eleanor Voss celebrates 100 years with family, friends and a lot of cake

Eleanor Voss turned 100 on Sunday, and about 80 people packed the community room at Pine Meadows Senior Living to help her celebrate.

There were four generations of family, a letter from the governor, and a sheet cake big enough that staff were still handing out slices on Monday.

Voss was born March 2, 1926, on a dairy farm outside Sheboygan, the third of seven children. She left school after the eighth grade to help at home, later earned her high school diploma by correspondence, and worked for 28 years as a clerk in the county treasurer's office.

She married Leonard Voss in 1949, and the couple raised four children. Leonard died in 1998.

Asked for the secret to a long life, she didn't hesitate. "Walk every day, mind your own business and don't eat supper too late," she said.

Voss still does the daily crossword in pencil and plays cards with a group of residents every Thursday afternoon. She moved to Pine Meadows three years ago, after deciding on her own that she no longer wanted to drive.

Her eldest granddaughter, Karen Lutz, said the family has started collecting her stories in a notebook. "We keep thinking she'll run out," Lutz said. "She hasn't yet."
""", [{"rule":"DAT002","near":"born March 2, 1926","other":"turned 100",
  "proof":"born March 2, 1926, she turned 99 on March 2, 2025, not 100"}])

# 8 politician
assert age(D(1964,8,19), D(2024,5,2))==59 and wd(2024,5,1)=='Wednesday'
save('oyelaran-senate-run', '2024-05-02', 'US statehouse news website', 'seeded', """
Oyelaran launches bid for open congressional seat

State Sen. Margaret Oyelaran announced Wednesday that she will run for the open seat in the 4th Congressional District, setting up what could be a crowded Democratic primary.

Oyelaran, 61, made the announcement outside the community health clinic she helped found two decades ago, flanked by nurses, union members and a handful of fellow legislators.

"I have spent my career making sure people can see a doctor without going broke," she said. "I want to take that fight to Washington."

Born Aug. 19, 1964, in Lagos, Nigeria, Oyelaran moved to the United States with her family as a teenager. She worked as a pharmacist before winning a seat in the state House in 2010 and moved to the Senate in 2016. She chairs the Senate health committee.

The seat is open because Rep. Thomas Garrity announced in March that he would not seek another term.

At least two other Democrats, a city council member and a former federal prosecutor, are considering entering the race. The filing deadline is in June, and the primary is in August.

Oyelaran's campaign said it raised about $310,000 in the first 24 hours after she filed paperwork with the Federal Election Commission last week.
""", [{"rule":"DAT002","near":"Oyelaran, 61","other":"Born Aug. 19, 1964",
  "proof":"born Aug. 19, 1964, she is 59 on 2024-05-02, not 61"}])

# 9 crash driver transposed age
assert wd(2024,12,1)=='Sunday'
save('route-22-rollover', '2024-12-02', 'US regional daily', 'seeded', """
Mother, two children hurt in Route 22 rollover during sleet storm

A woman and her two young daughters were hurt Sunday night when their SUV slid off an icy stretch of Route 22 and rolled into a ditch, state police said.

The driver, 34, was flown to University Hospital with injuries described as serious but not life-threatening. Her daughters, ages 8 and 5, were taken by ambulance to the children's hospital and were listed in stable condition Monday.

Troopers said the crash happened shortly after 7 p.m. near mile marker 41, where a band of sleet and freezing rain had glazed the highway. The SUV drifted onto the right shoulder, struck a guardrail and overturned at least once.

Both children were in booster seats, which troopers said likely prevented more severe injuries.

A passing driver, off-duty nurse Jamal Whitaker, stopped and helped keep the girls calm until paramedics arrived. "The little one kept asking if her mom was okay," he said. "I told her people were coming to help."

The 43-year-old driver was not cited, police said. Her name has not been released.

State police responded to more than 60 crashes across the region between 5 p.m. and midnight Sunday, most of them minor. The highway department said crews had been treating roads since mid-afternoon but the sleet fell faster than expected.
""", [{"rule":"DAT002","near":"The 43-year-old driver","other":"The driver, 34",
  "proof":"the same driver is 34 in par 2 and 43 in par 6 (transposed digits)"}])

# 10 CEO two ages
assert wd(2025,6,10)=='Tuesday'
save('whitcomb-steps-down', '2025-06-10', 'Canadian national business newspaper', 'seeded', """
Northfield Foods CEO Dana Whitcomb to step down at year-end

Northfield Foods Inc. chief executive Dana Whitcomb will retire at the end of the year after six years running the Mississauga-based packaged-foods maker, the company said Tuesday.

Whitcomb, 57, will be succeeded by chief operating officer Raj Bhandari, a 12-year company veteran who oversaw its expansion into frozen meals in the United States.

Under Whitcomb, Northfield's annual revenue grew to about $3.1-billion, driven by acquisitions of two U.S. snack brands, while the company closed three older plants in Ontario and Quebec. The closings drew criticism from unions and local politicians.

"It has been the privilege of my career," Whitcomb said in a statement. "The company is in strong hands, and the timing is right for me and my family."

The 55-year-old executive joined Northfield in 2003 as a brand manager and rose through its marketing and finance departments before being named CEO in 2019, the first woman to hold the job.

Analysts described the handover as orderly. "Bhandari has been the obvious successor for two years," said one food industry analyst who asked not to be named.

Northfield shares were little changed on the Toronto Stock Exchange following the announcement, closing at $48.12.

The company will report second-quarter results in early August.
""", [{"rule":"DAT002","near":"The 55-year-old executive","other":"Whitcomb, 57",
  "proof":"Whitcomb is 57 in par 2 and 55 in par 5"}])

# 11 veteran obit: age at event
assert age(D(1931,2,11), D(2024,8,5))==93 and age(D(1931,2,11), D(1948,3,31))==17 and wd(2024,8,13)=='Tuesday'
save('walter-mcbride-obit', '2024-08-09', 'US local newspaper obituary', 'seeded', """
Walter J. McBride, Korean War veteran and longtime mail carrier

Walter James McBride of Scranton died peacefully on Aug. 5, 2024, at the Gino J. Merli Veterans Center. He was 93.

Walt was born Feb. 11, 1931, in Dunmore, the son of the late James and Anna (Gallagher) McBride. He was a graduate of St. Mary's High School.

Eager to see the world, he enlisted in the Navy in March 1948, at 18, and served aboard the destroyer USS Hollister during the Korean War. He rarely talked about those years but kept his ship's photograph on the wall of his den for the rest of his life.

After his discharge he joined the U.S. Postal Service and walked the same route in the Hill Section for 32 years. Neighbors remembered that he knew every dog by name and always carried biscuits in his bag.

He was a devoted member of St. Paul's Parish and an usher at the 9 a.m. Mass for decades.

He was preceded in death by his wife of 61 years, the former Rita Coyle, in 2017. He is survived by three daughters, a son, 11 grandchildren and six great-grandchildren.

A Mass of Christian Burial will be held Tuesday, Aug. 13, at 10 a.m. in St. Paul's Church, with military honors to follow at the cemetery.
""", [{"rule":"DAT002","near":"at 18,","other":"born Feb. 11, 1931",
  "proof":"born Feb. 11, 1931, he was 17 in March 1948, not 18"}])
