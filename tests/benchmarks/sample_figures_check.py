"""Draw a random SaudiNewsNet sample for a hand check of killed/injured figures (recall and precision).

    python tests/benchmarks/sample_figures_check.py SEED OUT.tsv [CORPUS_DIR] [--exclude FILE ...]

Recall: 80 sentences drawn with random.Random(SEED) from the casualty stratum of
sample_figures_saudinewsnet.py (a number within a few words of a death or injury word, 30 to 500
characters, duplicates dropped), each with the killed (k) and injured (i) figures that
extract_figures finds inside it when run on its whole article. Precision: 40 killed/injured rows
drawn at random from the rows of random articles of the same pool. Articles of the annotated sets
(tests/corpus/figures_saudinewsnet*.tsv: only their article_id column is read) are left out, and so
are the articles of every --exclude FILE (a TSV with an article_id column, e.g. a held-out set
that must stay unseen; repeatable). The
judgement (expected figures per sentence, right or wrong per row) is then made by hand; the judged
samples are in tests/benchmarks/results/figures_recall_sample_*.tsv.
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from helpers import extract_figures, read_saudinewsnet, sentences

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_figures_saudinewsnet import (  # noqa: E402
    MAX_CHARS, MIN_CHARS, _article_ids, _stratum, annotated_article_ids)

ROOT = Path(__file__).resolve().parents[2]
SENTENCES, ROWS, ROW_POOL = 80, 40, 200
HARM = ["killed", "injured"]


def _compact(text: str) -> str:
    return " ".join(text.split())


def main(seed: int, out: Path, corpus_dir: Path, exclude: list[Path] | None = None) -> None:
    # the article_id column of every annotated SaudiNewsNet set and of every --exclude file, nothing else
    excluded = annotated_article_ids(sorted((ROOT / "tests" / "corpus").glob("figures_saudinewsnet*.tsv"))
                                     + list(exclude or []))
    corpus = read_saudinewsnet(corpus_dir)
    corpus["article_id"] = _article_ids(corpus)
    pool: list[tuple[str, int, int]] = []
    articles: dict[str, str] = {}
    seen: set[str] = set()
    for article_id, text in zip(corpus["article_id"], corpus["content"]):
        if article_id in excluded:
            continue
        for start, end in sentences(text):
            sentence = text[start:end]
            key = _compact(sentence)
            if not MIN_CHARS <= len(sentence) <= MAX_CHARS or key in seen:
                continue
            seen.add(key)
            if _stratum(sentence) == "casualty":
                pool.append((article_id, start, end))
                articles[article_id] = text
    rng = random.Random(seed)
    picked = rng.sample(pool, SENTENCES)
    with out.open("w", encoding="utf-8") as f:
        f.write("kind\tarticle_id\tstart\tend\tgot\ttext\n")
        for article_id, start, end in sorted(picked):
            text = articles[article_id]
            found = extract_figures(text)
            found = found[found.category.isin(HARM) & (found.start >= start) & (found.end <= end)]
            got = "; ".join(f"{r.category[0]}{r.value}" for r in found.itertuples())
            f.write(f"recall\t{article_id}\t{start}\t{end}\t{got}\t{_compact(text[start:end])}\n")
        ids = sorted(articles)
        rng.shuffle(ids)
        rows: list[tuple[str, object]] = []
        taken = {article_id for article_id, _, _ in picked}
        for article_id in ids:
            if article_id in taken:
                continue
            found = extract_figures(articles[article_id])
            rows += [(article_id, r) for r in found[found.category.isin(HARM)].itertuples()]
            if len(rows) >= ROW_POOL:
                break
        for article_id, r in rng.sample(rows, ROWS):
            f.write(f"precision\t{article_id}\t{r.start}\t{r.end}\t{r.category[0]}{r.value} [{r.surface}] "  # type: ignore[attr-defined]
                    f"noun={r.noun}\t{_compact(r.sentence)}\n")  # type: ignore[attr-defined]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("seed", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("corpus", type=Path, nargs="?", default=ROOT.parent / "shared" / "corpora" / "saudinewsnet")
    parser.add_argument("--exclude", type=Path, action="append", default=[],
                        help="a TSV with an article_id column whose articles are left out (repeatable)")
    args = parser.parse_args()
    main(args.seed, args.out, args.corpus, args.exclude)
