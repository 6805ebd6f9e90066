"""Score helpers.extract_dates on the date corpora, per split and per class-9 item.

    python tests/benchmarks/score_dates.py [--failures]

tests/corpus/dates_class9.tsv (issue 14, class 9; a `# item:` comment opens each block) and
tests/corpus/dates.tsv (the earlier corpus, one item "earlier"). Each row expects one date
expression (surface, date, end) or none (empty surface). A row is a hit when the expected
expression is found with its exact surface and date, or nothing is found where nothing is
expected (the rule of tests/test_dates.py). Precision counts every extracted expression: the
expected one found with the right date is a true positive, any other extraction (or the
expected surface with a wrong date) a false positive. Only public functions are used.
"""
from __future__ import annotations

import argparse
from collections import defaultdict
from datetime import date
from pathlib import Path

from helpers import extract_dates

ROOT = Path(__file__).resolve().parents[2]
FILES = (ROOT / "tests" / "corpus" / "dates_class9.tsv", ROOT / "tests" / "corpus" / "dates.tsv")
COLUMNS = ("split", "published", "text", "surface", "date", "date_end")


def read_rows(path: Path) -> list[dict[str, str]]:
    """Rows with their `item` (from the last `# item:` line, else "earlier"); errors name the line."""
    rows, item, header = [], "earlier", None
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith("# item:"):
            item = line.split(":", 1)[1].strip()
        elif line.startswith("#") or not line.strip():
            continue
        elif header is None:
            header = tuple(line.split("\t"))
            if header != COLUMNS:
                raise ValueError(f"{path.name}:{n}: header {header} is not {COLUMNS}")
        else:
            fields = line.split("\t")
            if len(fields) != len(COLUMNS):
                raise ValueError(f"{path.name}:{n}: {len(fields)} fields, expected {len(COLUMNS)}")
            rows.append(dict(zip(COLUMNS, fields), item=item, line=n))
    return rows


def judge(row: dict[str, str]) -> tuple[bool, int, int, list[str]]:
    """(hit, true positives, false positives, extracted surfaces) for one row."""
    published = date.fromisoformat(row["published"]) if row["published"] else None
    found = extract_dates(row["text"], published)
    tp = 0
    for r in found.itertuples():
        if tp == 0 and r.surface == row["surface"]:
            if row["date"] == "unresolved":
                tp = int(not r.resolved)
            else:
                end = r.date_end.isoformat() if r.date_end is not None else ""
                tp = int(bool(r.resolved) and r.date.isoformat() == row["date"] and end == row["date_end"])
    fp = len(found) - tp
    hit = found.empty if not row["surface"] else bool(tp)
    got = [f"{r.surface}={r.date.isoformat() if r.date is not None else '?'}" for r in found.itertuples()]
    return hit, tp, fp, got


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--failures", action="store_true", help="list every row scored wrong")
    args = parser.parse_args(argv)
    for path in FILES:
        rows = read_rows(path)
        stats = defaultdict(lambda: [0, 0, 0, 0, 0])   # rows, hits, tp, fp, expected
        for row in rows:
            hit, tp, fp, got = judge(row)
            for key in (f"split={row['split']}", f"item={row['item']}", "all"):
                s = stats[key]
                for i, add in enumerate((1, hit, tp, fp, bool(row["surface"]))):
                    s[i] += add
            if args.failures and not hit:
                print(f"  {path.name}:{row['line']} [{row['item']}] {row['text']}\n"
                      f"      want {row['surface'] or '(none)'}={row['date']}  got {got}")
        print(f"\n== {path.name} ({len(rows)} rows)")
        print(f"{'':<30} {'rows':>5} {'accuracy':>8} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4}")
        for key in sorted(stats, key=lambda k: (k != "all", k)):
            n, hits, tp, fp, expected = stats[key]
            precision = tp / (tp + fp) if tp + fp else float("nan")
            recall = tp / expected if expected else float("nan")
            print(f"{key:<30} {n:>5} {hits / n:>8.3f} {precision:>9.3f} {recall:>7.3f} {tp:>4} {fp:>4}")


if __name__ == "__main__":
    main()
