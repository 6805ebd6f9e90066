"""One validated reader for every word list (helpers/lexicons/*.csv) and data table (data/*.csv).

Vocabulary is data: cue words, reporting verbs, month names, date words, actor and place
tables. Every file is read through `read_table`, which checks it before anything uses it: the
file exists, its header has the columns the reader needs, every row has as many fields as the
header, required fields are not empty, and an optional `variety` column names a regional
variety (a word used only in Levantine, Gulf, Egyptian, Iraqi or Maghrebi news). A bad row
raises `LexiconError` (a ValueError) naming the file, the line and the field.
"""
from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

VARIETIES = ("", "msa", "levantine", "gulf", "egyptian", "iraqi", "maghrebi")


class LexiconError(ValueError):
    """A word list or data table is missing or has a bad row; the message names file, line, field."""


def read_table(path: Path, required: Iterable[str], error: type[Exception] = LexiconError,
               what: str = "word list", optional: Iterable[str] = (),
               choices: dict[str, Iterable[str]] | None = None) -> Iterator[tuple[str, dict[str, str]]]:
    """Rows of a CSV file as ('FILE: line N', row), validated (see the module docstring).

    `required` columns must be present and non-empty in every row; `optional` columns must be
    present but may be empty; `choices` limits a column's values."""
    required, optional = tuple(required), tuple(optional)
    allowed = {name: tuple(values) for name, values in (choices or {}).items()}
    try:
        f = open(path, encoding="utf-8", newline="")
    except FileNotFoundError:
        raise error(f"{path}: {what} not found") from None
    with f:
        reader = csv.DictReader(f)
        header = reader.fieldnames or []
        missing = [c for c in (*required, *optional) if c not in header]
        if missing:
            raise error(f"{path}: line 1: missing column(s) {', '.join(missing)}")
        if "variety" in header:
            allowed.setdefault("variety", VARIETIES)
        for row in reader:
            where = f"{path}: line {reader.line_num}"
            if None in row or None in row.values():
                raise error(f"{where}: wrong number of fields (the header has {len(header)})")
            for name in required:
                if not row[name].strip():
                    raise error(f"{where}: field '{name}' is empty")
            for name, values in allowed.items():
                if row[name] not in values:
                    raise error(f"{where}: field '{name}' must be one of {', '.join(v for v in values if v)}, "
                                f"got {row[name]!r}")
            yield where, row


def lexicon_path(name: str) -> Path:
    """The path of a word list shipped in helpers/lexicons/."""
    return Path(str(resources.files("helpers").joinpath(f"lexicons/{name}")))


def read_lexicon(name: str, required: Iterable[str] | None = None, optional: Iterable[str] = (),
                 choices: dict[str, Iterable[str]] | None = None) -> list[dict[str, str]]:
    """The rows of helpers/lexicons/NAME, validated; `required` defaults to every column but
    `note` and `variety`, which may be empty."""
    path = lexicon_path(name)
    if required is None:
        with open(path, encoding="utf-8", newline="") as f:
            header = next(csv.reader(f), [])
        required = [c for c in header if c not in ("note", "variety", *optional)]
    return [row for _, row in read_table(path, required, optional=optional, choices=choices)]
