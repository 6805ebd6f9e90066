"""Comparison (not a test): dateparser's search_dates beside extract_dates on tests/corpus/dates.tsv.

Usage (from the repository root): python tests/benchmarks/compare_dateparser.py [-v]
Needs dateparser: `.venv/bin/pip install -e '.[compare]'`. dateparser is given the same publication date as RELATIVE_BASE.
Its surfaces follow other conventions than the corpus (it leaves out منذ, joins or splits pairs
differently), so both tools are scored on dates: a row counts when some date found in the text
is the expected day or falls inside the expected month, year or range, or when nothing is
found where nothing is expected. Our exact score (surface and date, the one tests/test_dates.py
asserts) is shown too.
With -v, every row dateparser misses is printed beside what it found.
"""
from __future__ import annotations

import sys
import warnings
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))  # the date corpus reader lives beside the tests

from test_dates import _corpus, corpus_hit  # noqa: E402

from helpers.dates import extract_dates  # noqa: E402


def _ours(row: dict[str, str]) -> set[str]:
    published = date.fromisoformat(row["published"]) if row["published"] else None
    found = extract_dates(row["text"], published)
    return {d.isoformat() for d in found["date"] if d is not None}


def _dateparser(row: dict[str, str]) -> set[str]:
    from dateparser.search import search_dates
    settings = {"RELATIVE_BASE": datetime.fromisoformat(row["published"])} if row["published"] else {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(row["text"], languages=["ar"], settings=settings) or []
    return {d.date().isoformat() for _, d in found}


def _date_hit(row: dict[str, str], found: set[str]) -> bool:
    """Nothing found where nothing (or nothing resolvable) is expected; else some date found
    on the expected day, or anywhere inside an expected month, year or range."""
    if not row["surface"] or row["date"] == "unresolved":
        return not found
    return any(row["date"] <= day <= (row["date_end"] or row["date"]) for day in found)


def main(verbose: bool) -> None:
    rows = _corpus()
    print(f"{len(rows)} expressions ({sum(r['split'] == 'heldout' for r in rows)} held out)")
    print(f"{'':<34}{'dev':>8}{'held-out':>10}{'all':>8}")
    scores = {
        "extract_dates (surface and date)": [corpus_hit(r) for r in rows],
        "extract_dates (date only)": [_date_hit(r, _ours(r)) for r in rows],
    }
    dateparser_found = [_dateparser(r) for r in rows]
    scores["dateparser search_dates (date)"] = [_date_hit(r, f) for r, f in zip(rows, dateparser_found)]
    for label, hits in scores.items():
        by_split = {s: [h for h, r in zip(hits, rows) if r["split"] == s] for s in ("dev", "heldout")}
        print(f"{label:<34}{sum(by_split['dev']) / len(by_split['dev']):>8.3f}"
              f"{sum(by_split['heldout']) / len(by_split['heldout']):>10.3f}{sum(hits) / len(hits):>8.3f}")
    if verbose:
        for row, found, hit in zip(rows, dateparser_found, scores["dateparser search_dates (date)"]):
            if not hit:
                print(f"{row['text']}\n    expected {row['surface'] or '-'} {row['date']}; dateparser {sorted(found)}")


if __name__ == "__main__":
    main("-v" in sys.argv)
