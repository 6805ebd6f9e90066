"""Count the figure rows that changed between two versions of the code over SaudiNewsNet, and
draw the added and removed killed/injured rows to check by hand (issue 14).

    python tests/benchmarks/figure_rows_changed.py BEFORE_DIR [--after AFTER_DIR]
        [--corpus CORPUS_DIR] [--sample OUT.tsv] [--seed N] [--size N] [--exclude FILE ...]

BEFORE_DIR (and AFTER_DIR) hold a figures.pkl written by `snapshot_tables.py save` on the code
to compare. Without --after, the figures of the code in this checkout are extracted here (the
figures table only: a few minutes over the whole corpus). Rows are matched by (article, start,
end): a row only AFTER has is added, one only BEFORE has is removed, and a row both have is
changed when its category, value (value, low, high) or source differs. An added and a removed
row of the same article, category and value whose spans overlap or lie at most NEAR characters
apart (`عنصرين اثنين`, `قياديان آخران`) are the same figure with a new span; they are counted
apart as `respanned` and left out of the draw.

The counts go to standard output. With --sample, SIZE added and SIZE removed killed/injured
rows (all of them if fewer; none from the articles of an --exclude FILE, a TSV with an article_id
column such as a sealed set that must stay unread) are drawn with random.Random(SEED) and written as a TSV, one row
each, with a short excerpt of its sentence (the figure between ⟦ ⟧) and empty columns for the
verdict, so that the same check can be repeated on later code:
  added rows: verdict `correct` or `incorrect` (right category and value?);
  removed rows: verdict `rightly` (the row was wrong) or `wrongly` (a correct figure was lost);
  error_class: a short name of what went wrong, for `incorrect` and `wrongly`.
`article_id` is `<zip day>#<n>`, the n-th article (from 0) of that day's ZIP in the order
helpers.read_saudinewsnet gives. A filled-in copy kept in tests/benchmarks/results/ starts with one
comment line (who judged, which commits, the corpus licence): read it with skiprows=1, not
comment="#" (article ids hold a #).
"""
from __future__ import annotations

import argparse
import random
from collections import Counter
from datetime import date
from pathlib import Path

import pandas as pd

import helpers
from sample_figures_saudinewsnet import _article_ids, annotated_article_ids

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet"
SEED = 14
SIZE = 50
SAMPLED = ("killed", "injured")
COMPARED = {"category": ("category",), "value": ("value", "low", "high"), "source": ("source",)}
NEAR = 20             # characters between the spans of a respanned figure, at most
EXCERPT = 100          # characters of the sentence kept on each side of the figure
SAMPLE_COLUMNS = ["change", "article_id", "start", "end", "surface", "category", "value",
                  "qualifier", "source", "excerpt", "verdict", "error_class", "note"]


def _key(row) -> tuple[int, int, int]:
    return int(row.article), int(row.start), int(row.end)


def _missing(x) -> bool:
    return x is None or (isinstance(x, float) and x != x)


def _value(row) -> str:
    return f"{row.low}-{row.high}" if _missing(row.value) else str(row.value)


def _same(x, y) -> bool:
    return repr(x) == repr(y)


def compare(before: pd.DataFrame, after: pd.DataFrame) -> dict:
    """Added, removed, respanned and changed rows (itertuples rows), keyed by (article, start, end)."""
    b = {_key(r): r for r in before.itertuples(index=False)}
    a = {_key(r): r for r in after.itertuples(index=False)}
    added = [a[k] for k in sorted(a.keys() - b.keys())]
    removed = [b[k] for k in sorted(b.keys() - a.keys())]
    # the same figure found with another span: same article, category and value, spans near
    by_article: dict[int, list] = {}
    for r in added:
        by_article.setdefault(int(r.article), []).append(r)
    respanned: list[tuple] = []
    paired: set[tuple[int, int, int]] = set()
    for r in removed:
        for s in by_article.get(int(r.article), []):
            if (_key(s) not in paired and s.start <= r.end + NEAR and r.start <= s.end + NEAR
                    and s.category == r.category and _value(s) == _value(r)):
                respanned.append((r, s))
                paired |= {_key(r), _key(s)}
                break
    changed: dict[str, list[tuple]] = {}
    for k in sorted(a.keys() & b.keys()):
        for name, fields in COMPARED.items():
            if any(not _same(getattr(b[k], f), getattr(a[k], f)) for f in fields):
                changed.setdefault(name, []).append((b[k], a[k]))
    return {
        "added": [r for r in added if _key(r) not in paired],
        "removed": [r for r in removed if _key(r) not in paired],
        "respanned": respanned,
        "changed": changed,
    }


def _by_category(rows) -> str:
    counts = Counter(r.category for r in rows)
    others = sum(n for c, n in counts.items() if c not in SAMPLED)
    detail = ", ".join(f"{c} {n}" for c, n in counts.most_common() if c not in SAMPLED)
    return (f"{len(rows)} (killed {counts['killed']}, injured {counts['injured']}, "
            f"others {others}{': ' + detail if detail else ''})")


def report(before: pd.DataFrame, after: pd.DataFrame, diff: dict) -> None:
    print(f"figure rows: {len(before)} before, {len(after)} after")
    print(f"  by category before: {_by_category(list(before.itertuples(index=False)))}")
    print(f"  by category after:  {_by_category(list(after.itertuples(index=False)))}")
    print(f"added: {_by_category(diff['added'])}")
    print(f"removed: {_by_category(diff['removed'])}")
    print(f"respanned (same figure, another span): {_by_category([s for _, s in diff['respanned']])}")
    rows = {_key(b) for pairs in diff["changed"].values() for b, _ in pairs}
    print(f"changed (same article, start, end): {len(rows)} rows")
    for name, pairs in diff["changed"].items():
        print(f"  {name}: {_by_category([b for b, _ in pairs])} (category before)")
        if name == "category":
            moves = Counter(f"{b.category} -> {a.category}" for b, a in pairs)
            print("    " + ", ".join(f"{m} {n}" for m, n in moves.most_common()))
        if name == "source":
            kinds = Counter(_source_change(b.source, a.source) for b, a in pairs)
            print("    " + ", ".join(f"{m} {n}" for m, n in kinds.most_common()))


def _source_change(before, after) -> str:
    if _missing(before) or _missing(after):
        return "none -> one" if _missing(before) else "one -> none"
    if before in after:
        return "longer (the old one inside)"
    if after in before:
        return "shorter (inside the old one)"
    return "another"


def _excerpt(text: str, start: int, end: int) -> str:
    left, right = max(0, start - EXCERPT), min(len(text), end + EXCERPT)
    piece = (("…" if left else "") + text[left:start] + "⟦" + text[start:end] + "⟧"
             + text[end:right] + ("…" if right < len(text) else ""))
    return " ".join(piece.split())


def draw(diff: dict, seed: int, size: int, skipped: frozenset[int] = frozenset()) -> list[tuple[str, object]]:
    """SIZE added and SIZE removed killed/injured rows (all if fewer), in corpus order, none from
    the articles (by position) in `skipped`."""
    rng = random.Random(seed)
    picked = []
    for change in ("added", "removed"):
        pool = [r for r in diff[change] if r.category in SAMPLED and int(r.article) not in skipped]
        chosen = rng.sample(pool, min(size, len(pool)))
        picked += [(change, r) for r in sorted(chosen, key=_key)]
    return picked


def sample_table(picked, corpus: pd.DataFrame) -> pd.DataFrame:
    ids = _article_ids(corpus)
    rows = []
    for change, r in picked:
        text = corpus["content"].iat[int(r.article)]
        assert text[r.start:r.end] == r.surface, (change, _key(r))
        rows.append([change, ids.iat[int(r.article)], r.start, r.end,
                     r.surface, r.category, _value(r), r.qualifier, "" if _missing(r.source) else r.source,
                     _excerpt(text, r.start, r.end), "", "", ""])
    return pd.DataFrame(rows, columns=SAMPLE_COLUMNS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path, help="folder with the figures.pkl of the earlier code")
    parser.add_argument("--after", type=Path, help="folder with figures.pkl (default: extract here)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sample", type=Path, help="write the drawn rows to this TSV")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--size", type=int, default=SIZE)
    parser.add_argument("--exclude", type=Path, action="append", default=[],
                        help="a TSV with an article_id column whose articles no drawn row comes from (repeatable)")
    args = parser.parse_args()
    corpus = helpers.read_saudinewsnet(args.corpus)
    before = pd.read_pickle(args.before / "figures.pkl")
    if args.after:
        after = pd.read_pickle(args.after / "figures.pkl")
    else:
        days = [date.fromisoformat(d[:10]) for d in corpus["date_extracted"]]
        after = helpers.extract_figures(corpus["content"].tolist(), days)
    if before["article"].max() >= len(corpus) or after["article"].max() >= len(corpus):
        raise SystemExit(f"{args.corpus}: the snapshots were made on a larger corpus")
    diff = compare(before, after)
    report(before, after, diff)
    if args.sample:
        excluded = annotated_article_ids(args.exclude)
        skipped = frozenset(i for i, article_id in enumerate(_article_ids(corpus)) if article_id in excluded)
        table = sample_table(draw(diff, args.seed, args.size, skipped), corpus)
        table.to_csv(args.sample, sep="\t", index=False)
        print(f"{args.sample}: {len(table)} rows drawn with seed {args.seed}")


if __name__ == "__main__":
    main()
