"""Tables from rows: the input checks and the one DataFrame builder every extractor's table goes through.

Extractors produce plain tuples per article (cheap); the DataFrame is built once per call
(helpers.pipeline), not once per article, because constructing a DataFrame costs about 0.1 ms.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
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


# The dtype pandas infers for a column of str (pandas 3: its `str` dtype; earlier: object).
_STR_DTYPE = pd.Series(["a"]).dtype
_STR_AS_OBJECT = _STR_DTYPE == np.dtype("O")
# Columns whose values are all of one of these types are built directly in the dtype pandas
# would infer for them; any other column (None beside values, dates, lists) is inferred by pandas.
_NUMPY_DTYPES: dict[type, Any] = {int: np.int64, float: np.float64, bool: np.bool_}


def _column(values: tuple[Any, ...]) -> Any:
    """`values` as the array pandas would infer for them, without its inference where the
    values are all str, all int, all float or all bool (a fifth of the cost, per column)."""
    kinds = set(map(type, values))
    if len(kinds) == 1:
        kind = kinds.pop()
        if kind is str:
            return np.array(values, dtype=object) if _STR_AS_OBJECT else pd.array(values, dtype=_STR_DTYPE)
        if kind in _NUMPY_DTYPES:
            try:
                return np.array(values, dtype=_NUMPY_DTYPES[kind])
            except OverflowError:   # an int beyond int64: pandas decides (uint64 or object)
                pass
    return pd.Series(values).array


def frame(rows: list[tuple], columns: Sequence[str], exact: Sequence[str]) -> pd.DataFrame:
    """A DataFrame of `rows`, with the dtypes pandas infers; `exact` columns keep their Python
    values (92 stays int beside None, where pandas would make it 92.0).

    Built from arrays already of the inferred dtype (see _column), in column order: pandas
    inferring every column, then selecting the columns by name, was most of the fixed cost
    of a call on one short article."""
    if not rows:   # a copy of one empty table per column list: about 20 times cheaper than building it
        return _empty(tuple(columns)).copy()
    data: dict[str, Any] = {}
    for name, values in zip(columns, zip(*rows)):
        if name in exact:
            data[name] = np.empty(len(values), dtype=object)
            data[name][:] = values
        else:
            data[name] = _column(values)
    return pd.DataFrame(data, copy=False)   # the dict is in column order: no `columns=` to reindex by


# Within one extract_tables call, the modification time of each data table, looked at once.
_MTIMES: ContextVar[dict[Path, float] | None] = ContextVar("_MTIMES", default=None)


@contextmanager
def data_files_checked_once() -> Iterator[None]:
    """Within the block, load_by_mtime looks at each data table's file once, not once per text:
    a stat per document cost about 5% of a corpus run. An edited table is read again by the
    next block (the next extract_tables call)."""
    if _MTIMES.get() is not None:   # an inner block: the outer one's dates hold
        yield
        return
    token = _MTIMES.set({})
    try:
        yield
    finally:
        _MTIMES.reset(token)


def load_by_mtime(path: Path, load: Callable[[str, float], Any], error: type[Exception], what: str) -> Any:
    """`load(path, mtime)` for a data table whose loader is cached by (path, mtime), so that an
    edited table is read again; a missing file raises `error` naming it. Inside
    data_files_checked_once, the file's date is looked at on the first call only."""
    seen = _MTIMES.get()
    mtime = seen.get(path) if seen is not None else None
    if mtime is None:
        try:
            mtime = path.stat().st_mtime
        except FileNotFoundError:
            raise error(f"{path}: {what} not found") from None
        if seen is not None:
            seen[path] = mtime
    return load(str(path), mtime)
