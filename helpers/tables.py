"""One way to turn per-article records into a tidy table, for one text or a whole corpus.

Extractors produce plain tuples per article (cheap); the DataFrame is built once per call,
not once per article, because constructing a DataFrame costs about 0.1 ms.
"""
from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

Records = Callable[..., Iterable[tuple]]


def check_text(text: Any, field: str = "text") -> str:
    """Return `text` if it is a str, else raise a TypeError that names the field."""
    if not isinstance(text, str):
        raise TypeError(f"{field} must be a str, got {type(text).__name__}")
    return text


def published_for(published: Any, count: int) -> Sequence[date | None]:
    if published is None or isinstance(published, date):
        return [published] * count
    if isinstance(published, str):
        raise TypeError("published must be a datetime.date or a sequence of them, got str")
    values = list(published)
    if len(values) != count:
        raise ValueError(f"published has {len(values)} dates for {count} texts")
    for i, value in enumerate(values):
        if value is not None and not isinstance(value, date):
            raise TypeError(f"published[{i}] must be a datetime.date or None, got {type(value).__name__}")
    return values


def frame(rows: list[tuple], columns: Sequence[str], exact: Sequence[str]) -> pd.DataFrame:
    """A DataFrame of `rows`; `exact` columns keep their Python values (92 stays int beside
    None, where pandas would make it 92.0)."""
    if not rows:
        return pd.DataFrame(rows, columns=list(columns)).astype({c: object for c in exact})
    data: dict[str, Any] = {}
    for name, values in zip(columns, zip(*rows)):
        if name in exact:
            data[name] = np.empty(len(values), dtype=object)
            data[name][:] = values
        else:
            data[name] = values
    return pd.DataFrame(data, columns=list(columns))


def build_table(records: Records, columns: Sequence[str], texts: Any, published: Any = None,
                *, uses_published: bool = True, exact: Sequence[str] = ()) -> pd.DataFrame:
    """Run `records(text[, published])` over one text or a sequence of texts.

    One text gives a table with `columns`. A list, tuple or pandas Series of texts gives one
    table with an `article` column first: the position in the list, or the Series index.
    """
    if isinstance(texts, str):
        rows = records(texts, published) if uses_published else records(texts)
        if published is not None and not isinstance(published, date):
            raise TypeError(f"published must be a datetime.date, got {type(published).__name__}")
        return frame(list(rows), columns, exact)
    if isinstance(texts, pd.Series):
        keys, values = list(texts.index), list(texts.array)
    elif isinstance(texts, Sequence):
        keys, values = list(range(len(texts))), list(texts)
    else:
        raise TypeError(f"texts must be a str, a list of str or a pandas Series, got {type(texts).__name__}")
    dates = published_for(published, len(values))
    rows: list[tuple] = []
    for key, text, day in zip(keys, values, dates):
        check_text(text, f"texts[{key!r}]")
        produced = records(text, day) if uses_published else records(text)
        rows.extend((key, *row) for row in produced)
    return frame(rows, ["article", *columns], exact)


def load_by_mtime(path: Path, load: Callable[[str, float], Any], error: type[Exception], what: str) -> Any:
    """`load(path, mtime)` for a data table whose loader is cached by (path, mtime), so that an
    edited table is read again; a missing file raises `error` naming it."""
    try:
        mtime = path.stat().st_mtime
    except FileNotFoundError:
        raise error(f"{path}: {what} not found") from None
    return load(str(path), mtime)


def read_data_table(path: Path, columns: Sequence[str], error: type[Exception], what: str,
                    kinds: Iterable[str]) -> Iterator[tuple[str, dict[str, str]]]:
    """Rows of a CSV data table (gazetteer, actors) as ('FILE: line N', row), validated.

    A missing file or column, a row with the wrong number of fields or a `kind` outside
    `kinds` raises `error` with the file and line, so a bad table never loads half-read.
    """
    kinds = tuple(kinds)
    try:
        f = open(path, encoding="utf-8", newline="")
    except FileNotFoundError:
        raise error(f"{path}: {what} not found") from None
    with f:
        reader = csv.DictReader(f)
        missing = [c for c in columns if c not in (reader.fieldnames or [])]
        if missing:
            raise error(f"{path}: line 1: missing column(s) {', '.join(missing)}")
        for line, row in enumerate(reader, start=2):
            where = f"{path}: line {line}"
            if None in row or None in row.values():
                raise error(f"{where}: wrong number of fields")
            if row["kind"] not in kinds:
                raise error(f"{where}: field 'kind' must be one of {', '.join(kinds)}, got {row['kind']!r}")
            yield where, row
