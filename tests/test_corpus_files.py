"""The example corpora of places and actors are well formed: columns, splits, rules, surfaces.

These check the data only (no extractor runs): a surface that does not occur in its sentence,
a misspelt split or a class with too few rows fails here, before any score is computed.
"""
from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path


CORPUS = Path(__file__).parent / "corpus"
COLUMNS = ["split", "rule", "text", "expected"]
ATTACHED = tuple("وبلفك")


def read(name: str) -> tuple[list[str], list[dict[str, str]]]:
    """(header comment lines, rows) of a corpus TSV; fails on a short or long row, naming its line."""
    path = CORPUS / name
    comments, body = [], []
    with path.open(encoding="utf-8", newline="") as f:
        for number, line in enumerate(f, 1):
            (comments if line.startswith("#") else body).append((number, line))
    reader = csv.reader((line for _, line in body), delimiter="\t", quoting=csv.QUOTE_NONE)
    header, *records = list(reader)
    rows = []
    for (number, _), record in zip(body[1:], records):
        assert len(record) == len(header), f"{name}:{number}: {len(record)} fields, header has {len(header)}"
        rows.append({**dict(zip(header, record)), "line": str(number)})
    return [line for _, line in comments], rows


def surfaces(row: dict[str, str]) -> list[str]:
    return [s for s in row["expected"].split(";") if s]


def check_rows(name: str, rows: list[dict[str, str]], splits: set[str]) -> None:
    texts = Counter(r["text"] for r in rows)
    for row in rows:
        where = f"{name}:{row['line']}"
        assert row["split"] in splits, f"{where}: split {row['split']!r} not in {sorted(splits)}"
        assert row["rule"].strip() and row["rule"] == row["rule"].strip(), f"{where}: empty or padded rule"
        assert row["text"].strip() == row["text"] and row["text"], f"{where}: empty or padded text"
        assert texts[row["text"]] == 1, f"{where}: the same sentence is in the file twice"
        assert not row["expected"].startswith(";") and not row["expected"].endswith(";"), f"{where}: stray ';'"
        for surface in surfaces(row):
            assert surface == surface.strip(), f"{where}: padded surface {surface!r}"
            assert surface in row["text"], f"{where}: surface {surface!r} does not occur in the text"


def check_heldout_every_fifth(name: str, rows: list[dict[str, str]]) -> None:
    for i, row in enumerate(rows):
        want = "heldout" if i % 5 == 4 else "dev"
        assert row["split"] == want, f"{name}:{row['line']}: row {i + 1} should be {want}"


def written_corpus(name: str, at_least: int) -> list[dict[str, str]]:
    """The rows of a written example corpus, after the checks every such corpus passes."""
    comments, rows = read(name)
    assert comments, f"{name}: no header comment"
    assert list(rows[0])[:4] == COLUMNS
    check_rows(name, rows, {"dev", "heldout"})
    check_heldout_every_fifth(name, rows)
    assert len(rows) >= at_least
    return rows


def test_places_corpus():
    rows = written_corpus("places.tsv", 300)
    by_rule = Counter(r["rule"] for r in rows)
    classes = ["bare_name", "cue_hay", "cue_mukhayyam", "cue_mintaqa", "cue_rif", "cue_qada", "cue_nahiya",
               "cue_mudiriya", "cue_imala", "cue_jamaa", "cue_mihwar", "cue_known", "list_after_plural_cue",
               "nisba_name", "multiword_after_cue", "cue_not_name", "common_word_negative", "proclitic"]
    assert set(by_rule) == set(classes), set(by_rule) ^ set(classes)
    for rule in classes:
        assert by_rule[rule] >= 15, f"places.tsv: rule {rule} has {by_rule[rule]} rows, fewer than 15"
    negatives = [r for r in rows if not r["expected"]]
    assert len(negatives) * 4 >= len(rows)
    for row in rows:
        where = f"places.tsv:{row['line']}"
        if row["rule"] in ("cue_not_name", "common_word_negative"):
            assert not row["expected"], f"{where}: a negative rule expects a place"
        elif row["rule"] != "proclitic":
            assert row["expected"], f"{where}: a positive rule expects nothing"
        for surface in surfaces(row):
            # the name without an attached preposition: ب/ل/ف/ك+name is written without its letter
            assert not (surface[0] in ATTACHED and surface[1:] in surfaces(row)), f"{where}: {surface!r}"


def test_actors_corpus():
    rows = written_corpus("actors.tsv", 100)
    negative_rules = {"not_actor", "country_as_place"}
    for row in rows:
        assert (row["rule"] in negative_rules) == (not row["expected"]), f"actors.tsv:{row['line']}"
    assert sum(not r["expected"] for r in rows) * 4 >= len(rows)
    by_rule = Counter(r["rule"] for r in rows)
    assert min(by_rule.values()) >= 10, by_rule


def test_saudinewsnet_sample():
    comments, rows = read("places_saudinewsnet.tsv")
    assert any("CC BY-NC-SA 4.0" in line for line in comments), "places_saudinewsnet.tsv: licence not stated"
    assert list(rows[0])[:5] == [*COLUMNS, "article_id"]
    check_rows("places_saudinewsnet.tsv", rows, {"real"})
    ids = Counter(r["article_id"] for r in rows)
    assert all(r["article_id"].startswith("http") and ids[r["article_id"]] == 1 for r in rows)
    for row in rows:  # a surface listed n times occurs at least n times
        for surface, n in Counter(surfaces(row)).items():
            assert row["text"].count(surface) >= n, f"places_saudinewsnet.tsv:{row['line']}: {surface!r} x{n}"
    assert sum(len(surfaces(r)) for r in rows) >= 150
