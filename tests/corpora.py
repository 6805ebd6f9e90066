"""The one format and loader of the example corpora (tests/corpus/*.tsv), Duckling style.

A corpus is a UTF-8 TSV file: lines starting with `#` are comments, then a header, then one
example per line. Every corpus has the columns `split` (dev: tuned on; heldout: written before
the rules were tuned; real: sentences of a real corpus, annotated by hand; fresh: written or drawn
after the other splits had been tuned on; unseen: written or drawn while the fresh sets were
tuned on, and scored only after that tuning; blind: written or drawn while the unseen sets were
tuned on, annotated twice, and scored once after that tuning; sealed: drawn while the blind sets
were tuned on, annotated twice, and scored once after that tuning; sealed2: drawn while the sealed
set was tuned on, the same way; sealed3: drawn while sealed2 was tuned on, the same way; unread: the sentences
no set or judged sample had read, drawn after every sealed set was tuned on, the same way; unread2: more of them,
drawn before the first unread set was tuned on, the same way; unread3: more, drawn before the second was tuned on)
and `rule` (the named
rule or class expected to produce the row; empty for a negative, a text where nothing is
expected), then its task columns; extra columns are allowed. A bad row fails with the file,
line and field named. Each row becomes one test, whose id names its split, rule and line, so a
failing example points at its rule.
"""
from __future__ import annotations

import csv
import importlib.util
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"
SPLITS = ("dev", "heldout", "real", "fresh", "unseen", "blind", "sealed", "sealed2", "sealed3", "unread", "unread2", "unread3")


def scorer(name: str) -> ModuleType:
    """The script tests/benchmarks/NAME.py as a module: a score test and the command line read
    a corpus and score it with the same code."""
    spec = importlib.util.spec_from_file_location(name, CORPUS_DIR.parent / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class CorpusFormatError(ValueError):
    """A corpus file breaks the format; the message names the file, line and field."""


@dataclass(frozen=True)
class Example:
    """One corpus row: where it is, its split and rule, and every column by name."""

    file: str
    line: int
    split: str
    rule: str
    fields: Mapping[str, str]

    def __getitem__(self, column: str) -> str:
        return self.fields[column]

    @property
    def id(self) -> str:
        return f"{self.split}-{self.rule or 'negative'}-L{self.line}"


def example_files(task: str, corpus_dir: Path = CORPUS_DIR) -> list[str]:
    """The per-row corpora of a task (figures.tsv, figures_written.tsv…). Real-text evaluation
    sets (*_saudinewsnet*.tsv, split `real`, `fresh`, `unseen`, `blind` or a sealed one) are
    not among them: their sentences are read inside whole articles of the corpus, by the score
    scripts and the score tests."""
    return [p.name for p in sorted(corpus_dir.glob(f"{task}*.tsv")) if "_saudinewsnet" not in p.stem]


def load(name: str, columns: Iterable[str] = (), corpus_dir: Path = CORPUS_DIR) -> list[Example]:
    """The examples of tests/corpus/NAME, validated: `split` and `rule` and `columns` present,
    every row with as many fields as the header, `split` one of SPLITS."""
    path = corpus_dir / name
    required = ("split", "rule", *columns)
    with path.open(encoding="utf-8", newline="") as f:
        numbered = [(n, line) for n, line in enumerate(f, start=1) if not line.startswith("#") and line.strip()]
    if not numbered:
        raise CorpusFormatError(f"{path}: no header")
    header_line, header = numbered[0]
    names = next(csv.reader([header], delimiter="\t", quoting=csv.QUOTE_NONE))
    missing = [c for c in required if c not in names]
    if missing:
        raise CorpusFormatError(f"{path}: line {header_line}: missing column(s) {', '.join(missing)}")
    examples = []
    for n, line in numbered[1:]:
        values = next(csv.reader([line.rstrip("\r\n")], delimiter="\t", quoting=csv.QUOTE_NONE))
        if len(values) != len(names):
            raise CorpusFormatError(f"{path}: line {n}: {len(values)} fields, the header has {len(names)}")
        row = dict(zip(names, values))
        if row["split"] not in SPLITS:
            raise CorpusFormatError(f"{path}: line {n}: field 'split' must be one of {', '.join(SPLITS)}, got {row['split']!r}")
        examples.append(Example(name, n, row["split"], row["rule"], row))
    return examples


def params(examples: list[Example], known_failures: Mapping[int, str] | None = None) -> list:
    """pytest parameters, one per example, with its id; `known_failures` maps a line to the
    reason it is expected to fail (an xfail that fails the run if it starts passing)."""
    known = dict(known_failures or {})
    out = []
    for example in examples:
        marks = [pytest.mark.xfail(reason=known.pop(example.line), strict=True)] if example.line in known else []
        out.append(pytest.param(example, id=example.id, marks=marks))
    if known:
        raise CorpusFormatError(f"known failures name lines that are not examples: {sorted(known)}")
    return out
