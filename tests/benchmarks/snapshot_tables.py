"""Snapshot every table over a corpus, and compare two snapshots (a refactoring check, not a test).

Usage (from the repository root):
    python tests/benchmarks/snapshot_tables.py save OUT_DIR [CORPUS_DIR]
    python tests/benchmarks/snapshot_tables.py diff BEFORE_DIR AFTER_DIR

`save` runs numbers, figures, dates, places, actors, claims and events over every article of
a SaudiNewsNet-style corpus (publication date: the day of `date_extracted`) and pickles each
table to OUT_DIR/<table>.pkl. `diff` prints, per table, how many rows only one side has and
which columns differ on rows found on both sides (matched by article, start, end), with
examples, so that every difference can be listed and explained.
"""
from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

import pandas as pd

import helpers

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet"
TABLES = {
    "numbers": lambda texts, days: helpers.extract_numbers(texts),
    "figures": helpers.extract_figures,
    "dates": helpers.extract_dates,
    "places": lambda texts, days: helpers.extract_places(texts),
    "actors": lambda texts, days: helpers.extract_actors(texts),
    "claims": helpers.extract_claims,
    "events": helpers.extract_events,
}
EXAMPLES = 8


def save(out: Path, corpus_dir: Path) -> None:
    corpus = helpers.read_saudinewsnet(corpus_dir)
    texts = corpus["content"].tolist()
    days = [date.fromisoformat(d[:10]) for d in corpus["date_extracted"]]
    out.mkdir(parents=True, exist_ok=True)
    for name, run in TABLES.items():
        start = time.perf_counter()
        table = run(texts, days)
        table.to_pickle(out / f"{name}.pkl")
        print(f"{name}: {len(table)} rows, {time.perf_counter() - start:.1f} s", flush=True)


def _key(table: pd.DataFrame) -> list[tuple]:
    return list(zip(table["article"], table["start"], table["end"]))


def diff(before_dir: Path, after_dir: Path) -> int:
    changed = 0
    for name in TABLES:
        before = pd.read_pickle(before_dir / f"{name}.pkl")
        after = pd.read_pickle(after_dir / f"{name}.pkl")
        if list(before.columns) != list(after.columns):
            print(f"{name}: columns differ: {list(before.columns)} -> {list(after.columns)}")
            changed += 1
            continue
        b_rows = {k: r for k, r in zip(_key(before), before.itertuples(index=False))}
        a_rows = {k: r for k, r in zip(_key(after), after.itertuples(index=False))}
        only_before = [k for k in b_rows if k not in a_rows]
        only_after = [k for k in a_rows if k not in b_rows]
        columns: dict[str, list[tuple]] = {}
        for k in b_rows.keys() & a_rows.keys():
            for column, x, y in zip(before.columns, b_rows[k], a_rows[k]):
                if repr(x) != repr(y):
                    columns.setdefault(column, []).append((k, x, y))
        same_order = _key(before) == _key(after)
        total = len(only_before) + len(only_after) + sum(map(len, columns.values()))
        changed += bool(total) or not same_order
        print(f"{name}: {len(before)} -> {len(after)} rows; only before {len(only_before)}, "
              f"only after {len(only_after)}, changed cells {sum(map(len, columns.values()))}, "
              f"row order {'same' if same_order else 'DIFFERENT'}")
        for k in only_before[:EXAMPLES]:
            print(f"  - {k} {tuple(b_rows[k])}")
        for k in only_after[:EXAMPLES]:
            print(f"  + {k} {tuple(a_rows[k])}")
        for column, cells in sorted(columns.items()):
            print(f"  {column}: {len(cells)} cells")
            for k, x, y in sorted(cells, key=repr)[:EXAMPLES]:
                print(f"    {k}: {x!r} -> {y!r}")
    return changed


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "save":
        save(Path(sys.argv[2]), Path(sys.argv[3]) if len(sys.argv) > 3 else DEFAULT_CORPUS)
    elif len(sys.argv) == 4 and sys.argv[1] == "diff":
        sys.exit(1 if diff(Path(sys.argv[2]), Path(sys.argv[3])) else 0)
    else:
        sys.exit(__doc__)
