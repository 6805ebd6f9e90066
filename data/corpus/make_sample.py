"""Rebuild saudinewsnet-sample.jsonl: 200 SaudiNewsNet articles, chosen the same way every time.

    python data/corpus/make_sample.py ../shared/corpora/saudinewsnet

From the articles in crawl order, with a fixed seed: all 45 that report a toll rising
(ارتفاع حصيلة …), 115 others that name killed or injured, and 40 of everything else, so the
corpus notebook has tolls to follow from report to report and articles that report none.
Each line keeps the six SaudiNewsNet fields unchanged.
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from helpers import read_saudinewsnet  # noqa: E402

RISING = r"ارتفاع حصيلة|ارتفعت حصيلة|ارتفاع ضحايا|ارتفاع عدد ضحايا|ارتفع عدد ضحايا|ارتفاع عدد القتلى|ارتفع عدد القتلى"
CASUALTIES = r"قتلى|مقتل|قتيل|جرحى|مصابين|مصرع"
SEED = 2015
TARGET = Path(__file__).with_name("saudinewsnet-sample.jsonl")


def choose(corpus: pd.DataFrame) -> pd.DataFrame:
    rng = random.Random(SEED)
    rising = corpus.content.str.contains(RISING)
    casualties = corpus.content.str.contains(CASUALTIES) & ~rising
    rest = ~rising & ~casualties
    picked = []
    for mask, count in ((rising, 45), (casualties, 115), (rest, 40)):
        picked += rng.sample(sorted(corpus.index[mask]), count)
    return corpus.loc[sorted(picked)]


def main(folder: str) -> None:
    sample = choose(read_saudinewsnet(folder))
    with open(TARGET, "w", encoding="utf-8", newline="\n") as f:
        for row in sample.drop(columns="file").to_dict("records"):
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(sample)} articles to {TARGET}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/saudinewsnet")
