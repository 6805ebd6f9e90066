"""Tables from rows: the input checks and the one DataFrame builder every extractor's table goes through.

Extractors produce plain tuples per article (cheap); the DataFrame is built once per call
(helpers.pipeline), not once per article, because constructing a DataFrame costs about 0.1 ms.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd


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


@lru_cache(maxsize=64)
def _empty(columns: tuple[str, ...]) -> pd.DataFrame:
    return pd.DataFrame({c: np.empty(0, dtype=object) for c in columns}, columns=list(columns))


def frame(rows: list[tuple], columns: Sequence[str], exact: Sequence[str]) -> pd.DataFrame:
    """A DataFrame of `rows`; `exact` columns keep their Python values (92 stays int beside
    None, where pandas would make it 92.0)."""
    if not rows:   # a copy of one empty table per column list: about 20 times cheaper than building it
        return _empty(tuple(columns)).copy()
    data: dict[str, Any] = {}
    for name, values in zip(columns, zip(*rows)):
        if name in exact:
            data[name] = np.empty(len(values), dtype=object)
            data[name][:] = values
        else:
            data[name] = values
    return pd.DataFrame(data, columns=list(columns))


def load_by_mtime(path: Path, load: Callable[[str, float], Any], error: type[Exception], what: str) -> Any:
    """`load(path, mtime)` for a data table whose loader is cached by (path, mtime), so that an
    edited table is read again; a missing file raises `error` naming it."""
    try:
        mtime = path.stat().st_mtime
    except FileNotFoundError:
        raise error(f"{path}: {what} not found") from None
    return load(str(path), mtime)
