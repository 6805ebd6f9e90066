"""Score `extract_places` on the places example corpora: precision and recall per split and rule.

Usage (from the repository root): python tests/benchmarks/score_places.py [--actors] [TSV ...]
Default files: tests/corpus/places.tsv (written examples, splits dev/heldout) and
tests/corpus/places_saudinewsnet.tsv (hand-annotated SaudiNewsNet sentences, split real).
With --actors, `extract_actors` is scored the same way, by default on tests/corpus/actors.tsv.

Each row's expected places and the surfaces `extract_places(text)` finds are compared as
multisets of exact surface strings: a found surface that matches an expected one is a true
positive, any other found surface a false positive, any expected one left over a miss.
Precision = TP / found, recall = TP / expected. Rows that expect nothing (negatives) add only
false positives; "clean" counts the negatives where nothing was found. Only public functions
of the package are used.
"""
from __future__ import annotations

import csv
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from helpers import extract_actors, extract_places

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_FILES = (ROOT / "tests" / "corpus" / "places.tsv", ROOT / "tests" / "corpus" / "places_saudinewsnet.tsv")
ACTOR_FILES = (ROOT / "tests" / "corpus" / "actors.tsv",)


def read_corpus(path: Path) -> list[dict[str, str]]:
    """Rows of a corpus TSV (lines starting with # are the header comment)."""
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


@dataclass
class Score:
    rows: int = 0
    tp: int = 0
    found: int = 0
    expected: int = 0
    negatives: int = 0
    clean: int = 0
    misses: list[str] = field(default_factory=list)
    false: list[str] = field(default_factory=list)

    def add(self, expected: list[str], found: list[str]) -> None:
        hit = sum((Counter(expected) & Counter(found)).values())
        self.rows += 1
        self.tp += hit
        self.found += len(found)
        self.expected += len(expected)
        self.misses += list((Counter(expected) - Counter(found)).elements())
        self.false += list((Counter(found) - Counter(expected)).elements())
        if not expected:
            self.negatives += 1
            self.clean += not found

    def line(self, label: str) -> str:
        p = f"{self.tp / self.found:.3f}" if self.found else "  -  "
        r = f"{self.tp / self.expected:.3f}" if self.expected else "  -  "
        neg = f"{self.clean}/{self.negatives}" if self.negatives else "-"
        return (f"{label:<28} rows {self.rows:>4}  expected {self.expected:>4}  found {self.found:>4}  "
                f"TP {self.tp:>4}  P {p}  R {r}  clean negatives {neg}")


def score(rows: list[dict[str, str]], extract=extract_places) -> tuple[dict[str, Score], dict[str, Score]]:
    by_split: dict[str, Score] = {}
    by_rule: dict[str, Score] = {}
    for row in rows:
        expected = [s for s in row["expected"].split(";") if s]
        found = list(extract(row["text"]).surface)
        by_split.setdefault(row["split"], Score()).add(expected, found)
        by_rule.setdefault(row["rule"], Score()).add(expected, found)
    return by_split, by_rule


def main(paths: list[Path], extract=extract_places) -> None:
    for path in paths:
        if not path.exists():
            print(f"{path}: not found, skipped")
            continue
        by_split, by_rule = score(read_corpus(path), extract)
        print(f"== {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
        total = Score()
        for name, s in sorted(by_split.items()):
            print(s.line(f"split {name}"))
            for attr in ("rows", "tp", "found", "expected", "negatives", "clean"):
                setattr(total, attr, getattr(total, attr) + getattr(s, attr))
        if len(by_split) > 1:
            print(total.line("all"))
        if len(by_rule) > 1:
            for name, s in sorted(by_rule.items()):
                print(s.line(f"  rule {name}"))
        print()


if __name__ == "__main__":
    args = sys.argv[1:]
    if args[:1] == ["--actors"]:
        main([Path(p) for p in args[1:]] or list(ACTOR_FILES), extract_actors)
    else:
        main([Path(p) for p in args] or list(DEFAULT_FILES))
