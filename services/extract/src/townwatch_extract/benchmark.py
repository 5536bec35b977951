"""Throughput benchmark on a generated mixed news stream (about 2 in 100 articles about territory)."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import sys
import time

from townwatch_extract.extractor import Extractor
from townwatch_schemas import Article

__all__ = ["generate_stream", "main"]

_NAMES = ["Amina Yusuf", "Peter Lindqvist", "Maria Gonzalez", "Kenji Watanabe", "Olu Adeyemi", "Sara Haddad",
          "Tom Becker", "Priya Nair", "Ivan Petrov", "Lucia Romano", "Daniel Okafor", "Hannah Cole"]
_CITIES = ["Lyon", "Osaka", "Nairobi", "Toronto", "Lisbon", "Manila", "Kraków", "Dallas", "Accra", "Brisbane",
           "Leipzig", "Porto", "Mumbai", "Valparaiso", "Tampere", "Cork"]
_ORGS = ["the central bank", "the health ministry", "the city council", "the football federation",
         "the European Commission", "a consortium of lenders", "the transport authority", "the university"]
_FILLER = [
    "{org} said on {day} that inflation had eased to {n} percent, the lowest level since the pandemic.",
    "Officials in {city} announced a {n}-million-dollar plan to upgrade the tram network over the next decade.",
    "{name}, who has led the company since {year}, told shareholders that margins would recover next year.",
    "The striker scored twice in the second half as the home side came from behind to win {n}-{m}.",
    "Rain is expected across the region on {day}, with temperatures falling to {n} degrees overnight.",
    "Analysts said the merger would create the largest logistics group in {city}, with {n},000 employees.",
    "{name} said the report showed that hospital waiting lists in {city} had grown for a {ordinal} year.",
    "The festival drew about {n},000 visitors, organisers said, despite the heat.",
    "Shares rose {n} percent in early trading after the company raised its full-year forecast.",
    "Talks between {org} and the unions will resume on {day}, a spokesperson said.",
    "Residents of {city} complained that rents had risen by more than {n} percent in two years.",
    "The airline said it would add {n} routes next summer, including a daily flight to {city}.",
    "{name}, a teacher, said the new curriculum left little time for music and sport.",
    "Scientists at the university in {city} published a study linking sleep to memory in older adults.",
    "The government expects growth of {n}.{m} percent this year, according to budget documents.",
    "Farmers in the valley said the drought had cut their harvest by a third.",
    "A court in {city} postponed the hearing until {month} at the request of the defence.",
    "Voters in {city} will choose a new mayor in {month}, after the incumbent stepped down.",
]
# Ordinary news that happens to use trigger words: 0, 1 or 2 of these per article (60/30/10 %).
_BENIGN_TRIGGERS = [
    "Police seized {n} kilograms of counterfeit goods at a warehouse on the outskirts of {city}.",
    "The coach took control of the dressing room quickly, {name} said, and the results followed.",
    "Prices fell to a three-month low as supply improved, traders in {city} said.",
    "{org} withdrew its proposal after criticism from opposition lawmakers and unions.",
    "The museum's new wing captured the attention of architects from across {city} and beyond.",
    "The software update fixes a flaw that could let attackers take over a phone, researchers said.",
    "The visitors retook the lead in the {ordinal} half when {name} converted a penalty.",
    "Riot police cleared the square of protesters after midnight, and the group withdrew to a nearby park.",
    "The ruling party lost control of the council in {city} for the first time since {year}.",
    "Troops were deployed to {city} to help with flood relief, the army said.",
]
_RELEVANT = [
    ("Iraqi forces captured the town of {place} from Islamic State on {day}, the military said in a statement.", "Hawija"),
    ("{place} fell to the Taliban on {day} after government forces withdrew to the airport, officials said.", "Kandahar"),
    ("The Rapid Support Forces seized {place} on {day}, witnesses said, as army units pulled out of the city.", "Wad Madani"),
    ("Ukrainian troops recaptured {place} from Russian forces on {day}, the general staff said.", "Kupiansk"),
    ("Al-Shabaab militants were driven out of {place} by Somali troops on {day}, the defence ministry said.", "Harardhere"),
    ("Houthi rebels captured {place} on {day} after government troops abandoned their positions, tribal sources said.", "Al Hazm"),
    ("The Arakan Army said on {day} it had taken control of {place} after the junta's garrison surrendered.", "Paletwa"),
    ("Syrian government troops retook {place} from rebels on {day}, state television reported.", "Khan Shaykhun"),
    ("M23 rebels took control of {place} on {day} as Congolese soldiers fled, residents said.", "Bukavu"),
    ("The Malian army said it had seized {place} from Tuareg separatists on {day}.", "Kidal"),
]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["January", "March", "May", "July", "September", "November"]


def _filler(rng: random.Random, templates: list[str] = _FILLER) -> str:
    return rng.choice(templates).format(
        org=rng.choice(_ORGS).capitalize() if rng.random() < 0.5 else rng.choice(_ORGS), city=rng.choice(_CITIES),
        name=rng.choice(_NAMES), day=rng.choice(_DAYS), n=rng.randint(2, 90), m=rng.randint(0, 9),
        year=rng.randint(1995, 2020), ordinal=rng.choice(["second", "third", "fourth"]), month=rng.choice(_MONTHS),
    )


def generate_stream(n: int, relevant_share: float = 0.02, seed: int = 20171005) -> list[tuple[Article, str | None]]:
    """``n`` articles of 400-900 words; about ``relevant_share`` of them report a capture (place given)."""
    rng = random.Random(seed)
    out: list[tuple[Article, str | None]] = []
    n_relevant = max(1, round(n * relevant_share))
    relevant_at = set(rng.sample(range(n), n_relevant))
    for i in range(n):
        target_words = rng.randint(400, 900)
        sentences: list[str] = []
        place = None
        if i in relevant_at:
            template, place = _RELEVANT[i % len(_RELEVANT)]
            sentences.append(template.format(place=place, day=rng.choice(_DAYS)))
        roll = rng.random()
        for _ in range(0 if roll < 0.6 else 1 if roll < 0.9 else 2):
            sentences.append(_filler(rng, _BENIGN_TRIGGERS))
        words = sum(len(s.split()) for s in sentences)
        while words < target_words:
            paragraph = " ".join(_filler(rng) for _ in range(rng.randint(2, 4)))
            sentences.insert(rng.randint(1 if place else 0, len(sentences)), paragraph)
            words += len(paragraph.split())
        text = "\n\n".join(sentences)
        out.append((Article(id=f"bench-{i}", text=text, published=dt.date(2024, 5, 10),
                            received=dt.datetime(2024, 5, 10, tzinfo=dt.UTC)), place))
    return out


def _run(extractor: Extractor, articles: list[Article]) -> tuple[float, dict[str, list[str]], float]:
    """Wall seconds, what was found, and this process's CPU seconds (the fair figure on a shared machine)."""
    found: dict[str, list[str]] = {}
    start, cpu = time.perf_counter(), time.process_time()
    for article in articles:
        found[article.id] = sorted(e.place.name for e in extractor.extract(article) if not e.historical and e.kind == "change")
    return time.perf_counter() - start, found, time.process_time() - cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m townwatch_extract.benchmark", description=__doc__)
    parser.add_argument("-n", type=int, default=3000, help="articles in the prefilter-on run (default 3000)")
    parser.add_argument("--off-sample", type=int, default=120, help="non-relevant articles timed with the prefilter off")
    args = parser.parse_args(argv)
    stream = generate_stream(args.n)
    articles = [a for a, _p in stream]
    relevant = [a for a, p in stream if p]
    expected = {a.id: p for a, p in stream if p}
    words = sum(len(a.text.split()) for a in articles) / len(articles)

    on = Extractor(use_prefilter=True)
    on.extract(relevant[0])  # warm up the pipeline
    elapsed_on, found_on, cpu_on = _run(on, articles)
    rate_on = len(articles) / elapsed_on

    off = Extractor(nlp=on.nlp, catalogue=on.catalogue, gazetteer=on.gazetteer, use_prefilter=False)
    plain = [a for a, p in stream if not p][: args.off_sample]
    t_plain, _, _ = _run(off, plain)
    t_rel, found_off_rel, _ = _run(off, relevant)
    share = len(relevant) / len(articles)
    per_article_off = (1 - share) * (t_plain / len(plain)) + share * (t_rel / len(relevant))
    rate_off = 1 / per_article_off

    hits_on = sum(1 for a in relevant if expected[a.id] in " ".join(found_on[a.id]) or found_on[a.id])
    hits_off = sum(1 for a in relevant if found_off_rel[a.id])
    same = sum(1 for a in relevant if found_on[a.id] == found_off_rel[a.id])
    false_on = sum(1 for a, p in stream if not p and found_on[a.id])
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"mixed stream: {len(articles)} articles, {len(relevant)} relevant ({share:.1%}), {words:.0f} words on average")
    print(f"prefilter on : {rate_on:8.1f} articles/s (one core, {elapsed_on:.2f} s)")
    print(f"               {len(articles) / cpu_on:8.1f} articles per CPU-second of this process ({cpu_on:.2f} s CPU;"
          f" load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    print(f"prefilter off: {rate_off:8.1f} articles/s (estimated on the same mix from {len(plain)} plain + {len(relevant)} relevant articles)")
    print(f"speed-up     : {rate_on / rate_off:8.1f}x")
    print(f"recall parity: prefilter on found events in {hits_on}/{len(relevant)} relevant articles, off in {hits_off}/{len(relevant)}; identical output on {same}/{len(relevant)}")
    print(f"false events on non-relevant articles (prefilter on): {false_on}")
    print(f"peak RSS     : {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
