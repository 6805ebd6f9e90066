"""Draw the sentences of places_saudinewsnet.tsv from SaudiNewsNet, reproducibly.

Usage (from the repository root): python tests/corpus/sample_saudinewsnet.py CORPUS_DIR [N]
Prints N (default 170) rows `split rule text expected article_id` with `expected` left empty,
for a person to annotate. The draw: articles in the order helpers.read_saudinewsnet gives them
(ZIPs by name, then each ZIP's JSON order), shuffled by random.Random(SEED); from each article
with usable text, one sentence (helpers.sentences) chosen by the same generator among those of
40 to 280 characters with at least six words. article_id is the article's url; rule is its
outlet. The draw depends only on the corpus files and the seed, not on any extractor.
"""
from __future__ import annotations

import random
import sys

from helpers import read_saudinewsnet, sentences

SEED = 20151
WORDS = 6
SHORTEST, LONGEST = 40, 280


def draw(folder: str, n: int) -> list[tuple[str, str, str]]:
    """(outlet, sentence, url) for n sentences, one per article."""
    articles = read_saudinewsnet(folder)
    rng = random.Random(SEED)
    order = list(range(len(articles)))
    rng.shuffle(order)
    picked: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for i in order:
        article = articles.iloc[i]
        if article.url in seen:
            continue
        text = article.content
        candidates = [" ".join(text[s:e].split()) for s, e in sentences(text)]
        candidates = [c for c in candidates if SHORTEST <= len(c) <= LONGEST and len(c.split()) >= WORDS
                      and "\t" not in c]
        if not candidates:
            continue
        seen.add(article.url)
        picked.append((article.source, rng.choice(candidates), article.url))
        if len(picked) == n:
            break
    return picked


def main(argv: list[str]) -> None:
    folder = argv[0]
    n = int(argv[1]) if len(argv) > 1 else 170
    print("split\trule\ttext\texpected\tarticle_id")
    for outlet, text, url in draw(folder, n):
        print(f"real\t{outlet}\t{text}\t\t{url}")


if __name__ == "__main__":
    main(sys.argv[1:])
