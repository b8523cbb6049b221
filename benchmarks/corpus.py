"""A seeded generator of wire-style articles for benchmarks: the same corpus on every machine.

The sentences mix what the stages look for (names, countries, dates, quotes, events) in
realistic proportions; they are not meant to be read.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from dateline.article import Article

LEADERS = ["Vladimir Putin", "Donald Trump", "Theresa May", "Emmanuel Macron", "Angela Merkel", "Xi Jinping",
           "Recep Tayyip Erdogan", "Narendra Modi", "Shinzo Abe", "Justin Trudeau"]
COUNTRIES = ["Russia", "the United States", "Britain", "France", "Germany", "China", "Turkey", "India", "Japan",
             "Canada", "Iran", "Syria", "Ukraine", "North Korea"]
BODIES = ["the Kremlin", "the White House", "the State Department", "the foreign ministry", "NATO",
          "the European Union", "the United Nations Security Council", "the OSCE", "opposition lawmakers"]
WHEN = ["on Tuesday", "last week", "on Sunday", "two days later", "earlier this month", "in March 2018",
        "14 months ago", "next year", "on Friday evening", "for six more years"]
ACTS = ["accused {b} of meddling in the election", "imposed new sanctions on {c}", "held talks with {l}",
        "condemned the attack", "called for a ceasefire in {c}", "expelled 23 diplomats from {c}",
        "promised aid to {c}", "threatened to retaliate against {c}", "praised {l} for the agreement",
        "rejected the proposal from {b}", "met {l} in Geneva", "denied any involvement in the poisoning"]


def sentence(rng: random.Random) -> str:
    act = rng.choice(ACTS).format(b=rng.choice(BODIES), c=rng.choice(COUNTRIES), l=rng.choice(LEADERS))
    subject = _capitalised(rng.choice(BODIES)) if rng.random() < 0.3 else rng.choice(LEADERS)
    form = rng.random()
    if form < 0.25:
        return f"“We will not accept this,” {subject} said {rng.choice(WHEN)}, after officials {act}."
    if form < 0.45:
        return f"{_capitalised(rng.choice(WHEN))}, {subject} {act}, according to {rng.choice(BODIES)}."
    if form < 0.6:
        return f"{subject} said that {rng.choice(COUNTRIES)} {act} {rng.choice(WHEN)}."
    return f"{subject} {act} {rng.choice(WHEN)}."


def _capitalised(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:]


def generate(count: int, seed: int = 7, paragraphs: tuple[int, int] = (8, 16)) -> list[Article]:
    rng = random.Random(seed)
    start = date(2018, 1, 1)
    articles = []
    for n in range(count):
        body = [" ".join(sentence(rng) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(*paragraphs))]
        articles.append(Article.create(text="\n".join(body), published=start + timedelta(days=rng.randint(0, 700)),
                                       id=f"bench-{n:05d}", outlet="Benchmark Wire"))
    return articles
