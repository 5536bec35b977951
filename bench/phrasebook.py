"""Sentence banks the corpus generator writes articles from: change reports in many constructions, war talk that
reports no change, and everyday news."""

from __future__ import annotations

__all__ = ["BACKGROUND", "CHANGE_FOLLOWS", "CHANGE_LEADS", "DAYS", "EVERYDAY", "EVERYDAY_TITLES", "NO_CHANGE", "NO_CHANGE_TITLES"]

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# A report that {town} changed hands from {losing} to {gaining}; {day} is the weekday of the event.
# Deliberately many constructions: active, passive, "fell to", withdrawal, "took full control", claims by a side.
CHANGE_LEADS = (
    "{Gaining} captured the town of {town} from {losing} on {day}, the military said in a statement.",
    "{Gaining} have taken control of {town} after {losing} withdrew overnight, officials said on {day}.",
    "The town of {town} fell to {gaining} on {day} after days of heavy fighting with {losing}.",
    "{town} was recaptured by {gaining} from {losing} on {day}, according to a statement from the joint command.",
    "{Gaining} seized {town} from {losing} on {day}, further shrinking the territory under their rivals' control.",
    "{Gaining} said on {day} they had retaken {town}, a strategic town held by {losing}.",
    "{Losing} pulled out of {town} on {day}, leaving {gaining} in full control of the town, residents said.",
    "{Gaining} entered {town} on {day} and raised their flag over the main government building after driving out {losing}.",
    "After a two-week offensive, {gaining} took {town} from {losing} on {day}, a spokesman said.",
    "{Gaining} liberated {town} from {losing} on {day}, the defence ministry said.",
)

CHANGE_FOLLOWS = (
    "The capture of {town} cuts a supply route that {losing} had used for months.",
    "Residents who reached {capital_title} said the streets of {town} were quiet by nightfall.",
    "{Losing} did not immediately comment on the loss of {town}.",
    "Aid groups said thousands of civilians had fled {town} in the days before the assault.",
    "Commanders said engineers were clearing mines and booby traps left behind in {town}.",
)

# War reporting that names towns but reports no change of control: ongoing battles, campaigns, background.
NO_CHANGE = (
    "Fighting continued on the outskirts of {town} on {day}, with both sides reporting heavy losses.",
    "{Gaining} launched a campaign to retake {town}, which has been held by {losing} for months.",
    "Shelling hit a market in {town} on {day}, killing at least {n} people, medics said.",
    "The fall of {town} would open the road to {capital_title}, analysts said.",
    "{Losing} has repelled repeated attacks on {town} since the start of the year.",
    "Families displaced from {town} are sheltering in schools and mosques, the United Nations said.",
    "{Gaining} said they were advancing towards {town} but gave no details.",
    "Airstrikes targeted positions near {town} overnight, a monitoring group said.",
    "Talks on a ceasefire around {town} broke down on {day} without agreement.",
    "A convoy carrying food and medicine reached {town} on {day} for the first time in weeks.",
)

NO_CHANGE_TITLES = (
    "Fighting rages around {town}",
    "Civilians flee as battle for {town} intensifies",
    "{Gaining} push towards {town}",
    "Aid reaches besieged {town}",
    "No let-up in shelling of {town}",
)

BACKGROUND = (
    "The conflict has displaced millions of people and left large parts of the country in ruins.",
    "Diplomats say a negotiated settlement remains distant, with neither side willing to make concessions.",
    "The United Nations has repeatedly called for humanitarian corridors to be opened.",
    "Independent verification of battlefield claims is difficult because journalists have limited access to the front line.",
    "Human rights groups have accused all sides of abuses against civilians.",
    "Prices of fuel and bread have risen sharply in areas near the front, residents said.",
    "The government has appealed for more international support, saying its forces are stretched.",
    "Analysts said control of roads and river crossings matters more than the towns themselves.",
    "Hospitals in the region are short of staff, power and basic supplies, doctors said.",
    "Thousands of fighters are believed to be deployed along the front, which stretches for hundreds of kilometres.",
    "Officials in {capital_title} said {n} people had been wounded in the region over the past week.",
    "A local official said electricity had been cut to most districts for {n} days.",
    "The World Food Programme said it had delivered rations to {n},000 people in the province this month.",
    "Both sides have traded accusations over the collapse of the last truce.",
    "Satellite images published by researchers showed trenches dug along the approaches to several towns.",
    "Schools in the area have been closed since the spring, teachers said.",
    "Mobile phone networks were down across much of the province, making it hard to confirm reports.",
    "A senior commander told reporters that reinforcements had arrived from the south.",
    "Farmers said they had been unable to harvest their crops because of mines.",
    "The defence ministry said it had destroyed {n} vehicles and several ammunition depots.",
    "Refugees arriving at the border described long walks through the desert at night.",
    "The foreign minister is due to visit neighbouring capitals next week to discuss the crisis.",
)

EVERYDAY_TITLES = (
    "Central bank holds rates as inflation eases",
    "{name} signs new contract with {club}",
    "Storms expected across the region this weekend",
    "City council approves budget for new tram line",
    "Tech firm unveils cheaper smartphone",
    "Film festival announces opening line-up",
    "Exports rise for third month in a row",
    "Marathon draws record number of runners",
    "Union and employers agree pay deal",
    "Museum reopens after two-year renovation",
)

EVERYDAY = (
    "The central bank said inflation had slowed to {pct} percent, the lowest in {n} months.",
    "Economists had expected a smaller decline, citing strong consumer spending.",
    "{name} scored twice as {club} won {score} in front of a crowd of {n},000.",
    "The coach said the team still had a lot of work to do before the end of the season.",
    "Forecasters warned of winds of up to {n} kilometres an hour and heavy rain.",
    "Residents were advised to avoid unnecessary travel until the weather improves.",
    "The new line will connect the airport to the city centre and is due to open in {year}.",
    "Critics said the project was over budget and behind schedule.",
    "The company said the device would go on sale next month at a price of {n}9 dollars.",
    "Shares in the company rose {pct} percent in early trading.",
    "Organisers said {n} films from {n2} countries would be shown over ten days.",
    "Tickets sold out within hours, organisers said.",
    "Exports of machinery and chemicals grew {pct} percent from a year earlier, official data showed.",
    "The trade surplus widened more than analysts had forecast.",
    "More than {n},000 runners took part, including {n2} wheelchair athletes.",
    "The union said the agreement would raise wages by {pct} percent over two years.",
    "The museum's collection includes more than {n},000 objects, many of them restored during the closure.",
    "Visitor numbers are expected to return to pre-pandemic levels by {year}.",
    "The mayor said the decision reflected the priorities of residents.",
    "Opposition councillors voted against the plan, calling it rushed.",
    "Analysts said the outlook for the rest of the year remained uncertain.",
    "The ministry said it would publish detailed figures later this month.",
)
