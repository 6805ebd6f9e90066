"""Draw killed and injured figure rows of extract_figures over SaudiNewsNet, to judge their sources by hand.

    python tests/benchmarks/sample_sources_saudinewsnet.py --seed N [--rows 80] [--exclude FILE ...] > sample.tsv

Articles are read in an order shuffled with random.Random(seed); extract_figures runs on each
until POOL killed/injured rows are gathered (articles of the --exclude sets left out, by their
article_id column); then `rows` of them are drawn from that pool with the same generator, and
written in article order with the figure's sentence and the source found. The `judgement`
and `expected_source` columns are left empty for the annotator: exact (the source is the full
form, header of tests/corpus/figures_saudinewsnet_fresh.tsv), fragment (a word sequence of it,
or holding it), wrong, empty (a source was given where the sentence has no reporting clause)
or missed (no source given where one is due).
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

from helpers import extract_figures, read_saudinewsnet

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_figures_saudinewsnet import _article_ids, annotated_article_ids, sample_parser  # noqa: E402

POOL = 400
SCORED = ("killed", "injured")


def draw(folder: Path, seed: int, rows: int, exclude: list[Path]) -> list[dict[str, str]]:
    corpus = read_saudinewsnet(folder)
    corpus["article_id"] = _article_ids(corpus)
    skip = annotated_article_ids(exclude)
    rng = random.Random(seed)
    order = [i for i in range(len(corpus)) if corpus["article_id"].iat[i] not in skip]
    rng.shuffle(order)
    pool: list[dict[str, str]] = []
    for i in order:
        if len(pool) >= POOL:
            break
        text = corpus["content"].iat[i]
        figures = extract_figures(text)
        for f in figures.itertuples():
            if f.category not in SCORED:
                continue
            pool.append({"article_id": corpus["article_id"].iat[i], "position": str(i), "start": str(f.start),
                         "category": f.category, "surface": f.surface, "source": f.source if isinstance(f.source, str) else "",
                         "sentence": " ".join(f.sentence.split())})
    picked = sorted(rng.sample(pool, min(rows, len(pool))), key=lambda r: (int(r["position"]), int(r["start"])))
    print(f"pool {len(pool)} rows", file=sys.stderr)
    return picked


def main(argv: list[str] | None = None) -> None:
    parser = sample_parser(__doc__, "an annotated set whose articles are left out")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--rows", type=int, default=80)
    args = parser.parse_args(argv)
    columns = ["article_id", "start", "category", "surface", "source", "judgement", "expected_source", "sentence"]
    print("\t".join(columns))
    for row in draw(args.corpus, args.seed, args.rows, args.exclude):
        print("\t".join(row.get(c, "").replace("\t", " ") for c in columns))


if __name__ == "__main__":
    main()
