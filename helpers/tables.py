"""Tables from rows: the input checks and the one DataFrame builder every extractor's table goes through.

Extractors produce plain tuples per article (cheap); the DataFrame is built once per call
(helpers.pipeline), not once per article, because constructing a DataFrame costs about 0.1 ms.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import date
from functools import lru_cache
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa


# Half of a UTF-16 pair on its own: Python keeps it in a str (from surrogateescape decoding or
# broken JSON escapes such as "\ud800"), but it is no character, and no table can store it.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def check_text(text: Any, field: str = "text") -> str:
    """Return `text` if it is a str of characters, else raise a TypeError that names the field
    (or a ValueError that names the offset of a lone surrogate)."""
    if not isinstance(text, str):
        raise TypeError(f"{field} must be a str, got {type(text).__name__}")
    surrogate = _LONE_SURROGATE.search(text)
    if surrogate:
        raise ValueError(f"{field} holds a lone surrogate U+{ord(surrogate.group()):04X} at offset "
                         f"{surrogate.start()}, which is no character: decode the source strictly "
                         f"(no errors='surrogateescape') or remove it")
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
_STR_IN_ARROW = getattr(_STR_DTYPE, "storage", None) == "pyarrow"
# Columns whose values are all of one of these types are built directly in the dtype pandas
# would infer for them; any other column (None beside values, dates, lists) is inferred by pandas.
_NUMPY_DTYPES: dict[type, Any] = {int: np.int64, float: np.float64, bool: np.bool_}
# Values pandas leaves as Python objects in an object column, whatever their mixture.
_OBJECT_KINDS = frozenset({type(None), date, list, tuple, dict})
# Values an `exact` column may hold and still be known to stay object (pandas does not convert
# numbers in an object array); other values (all str, say) would be converted.
_EXACT_KINDS = frozenset({type(None), int, float, bool})
_STR_OR_NONE = frozenset({str, type(None)})
# A table with at most this many str values has them converted to Arrow in one array
# (see _str_arrays); a larger one, column by column, so that no column holds the others' text.
_STR_CONVERTED_TOGETHER_UP_TO = 4096

try:   # pandas 3: a DataFrame from arrays already of their final dtype, without a second look
    from pandas.api.internals import create_dataframe_from_blocks
except ImportError:   # pandas 2
    create_dataframe_from_blocks = None


def _objects(values: tuple[Any, ...]) -> np.ndarray:
    array = np.empty(len(values), dtype=object)
    array[:] = values   # element by element, lists included (np.array would nest them)
    return array


def _str_arrays(columns: list[tuple[Any, ...]]) -> list[Any]:
    """Columns of str values (None: missing) as arrays of pandas' `str` dtype. In Arrow, one
    conversion, where pd.array first checks and copies every value; and the columns of a small
    table in one conversion, sliced: a conversion costs about 5 µs however few its values, and
    a one-article table has about ten such columns of a few values each."""
    if _STR_AS_OBJECT:
        return [np.array(values, dtype=object) for values in columns]
    if not _STR_IN_ARROW:
        return [pd.array(values, dtype=_STR_DTYPE) for values in columns]
    if len(columns) > 1 and sum(map(len, columns)) <= _STR_CONVERTED_TOGETHER_UP_TO:
        joined = pa.array(list(chain.from_iterable(columns)), type=pa.large_string())
        pieces, start = [], 0
        for values in columns:
            pieces.append(joined.slice(start, len(values)))
            start += len(values)
    else:
        pieces = [pa.array(values, type=pa.large_string()) for values in columns]
    return [pd.arrays.ArrowStringArray(piece, dtype=_STR_DTYPE) for piece in pieces]


def _column(values: tuple[Any, ...], kinds: set[type]) -> tuple[Any, bool]:
    """`values` (of the types `kinds`, not all str) as the array pandas would infer for them,
    and whether that array is final: built directly (a fifth of the cost, per column) where
    the values are all int, all bool, float beside None or not, or only objects pandas keeps
    as they are (None, dates, lists); any other mixture is inferred by pandas, which the
    DataFrame constructor may convert once more."""
    present = kinds - {type(None)}
    kind = next(iter(present)) if len(present) == 1 else None
    if kind in _NUMPY_DTYPES and (kind is float or len(kinds) == 1):   # None beside floats: NaN
        try:
            return np.array(values, dtype=_NUMPY_DTYPES[kind]), True
        except OverflowError:   # an int beyond int64: pandas decides (uint64 or object)
            pass
    if kinds <= _OBJECT_KINDS:
        return _objects(values), True
    return pd.Series(values).array, False


def frame(rows: list[tuple], columns: Sequence[str], exact: Sequence[str]) -> pd.DataFrame:
    """A DataFrame of `rows`, with the dtypes pandas infers; `exact` columns keep their Python
    values (92 stays int beside None, where pandas would make it 92.0).

    Built from arrays already of the inferred dtype (see _column and _str_arrays), in column
    order: pandas inferring every column, then selecting the columns by name, was most of the
    fixed cost of a call on one short article. Where every array is final (pandas 3), the
    table is put together from them as they are, at a third of the DataFrame constructor's cost."""
    if not rows:   # a copy of one empty table per column list: about 20 times cheaper than building it
        return _empty(tuple(columns)).copy()
    arrays: list[Any] = []
    texts: list[int] = []   # the positions of the columns of str (None beside str: missing)
    final = create_dataframe_from_blocks is not None
    for name, values in zip(columns, zip(*rows)):
        kinds = set(map(type, values))
        if name in exact:
            arrays.append(_objects(values))
            final = final and kinds <= _EXACT_KINDS
        elif str in kinds and kinds <= _STR_OR_NONE:
            texts.append(len(arrays))
            arrays.append(values)
        else:
            array, known = _column(values, kinds)
            arrays.append(array)
            final = final and known
    for i, array in zip(texts, _str_arrays([arrays[i] for i in texts])):
        arrays[i] = array
    if final and not _STR_AS_OBJECT:
        blocks = [(a.reshape(1, -1) if isinstance(a, np.ndarray) else a, np.array([i], dtype=np.intp))
                  for i, a in enumerate(arrays)]
        return create_dataframe_from_blocks(blocks, index=pd.RangeIndex(len(rows)),
                                            columns=_column_index(tuple(columns)).copy())
    # the dict is in column order: no `columns=` to reindex by
    return pd.DataFrame(dict(zip(columns, arrays)), copy=False)


@lru_cache(maxsize=64)
def _column_index(columns: tuple[str, ...]) -> pd.Index:
    """The column labels as pandas makes them (each table gets its own shallow copy)."""
    return pd.Index(list(columns))


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
