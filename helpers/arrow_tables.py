"""Extractor tables to Arrow (for Parquet files and for shipping between processes) and back.

The rule for each column depends only on its values, so the chunks of a corpus give schemas
that merge into one:
- numbers, booleans, text and dates keep their type (a column of Python ints and floats, such
  as a figure's exact `value`, becomes float64: counts stay exact up to 2**53);
- lists and tuples (a claim's quotes and figures, an event's places) become JSON text, and the
  table's metadata names those columns so that `to_frame` turns them back into lists.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

import pandas as pd
import pyarrow as pa

JSON_COLUMNS_KEY = b"json_columns"


def _is_null(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value) or value is pd.NaT


def _json_default(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    raise TypeError(f"cannot store a {type(value).__name__} in a table column")


def _object_column(values: list[Any]) -> tuple[pa.Array, bool]:
    present = [v for v in values if not _is_null(v)]
    as_values = [None if _is_null(v) else v for v in values]
    kinds = {type(v) for v in present}
    if not present:
        return pa.nulls(len(values)), False
    if kinds <= {str}:
        return pa.array(as_values, pa.string()), False
    if kinds <= {bool}:
        return pa.array(as_values, pa.bool_()), False
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return pa.array([None if v is None else float(v) for v in as_values], pa.float64()), False
    if kinds <= {date}:
        return pa.array(as_values, pa.date32()), False
    if kinds <= {datetime, pd.Timestamp}:
        return pa.array(as_values, pa.timestamp("us")), False
    encoded = [None if v is None else json.dumps(v, ensure_ascii=False, default=_json_default) for v in as_values]
    return pa.array(encoded, pa.string()), True


def to_arrow(frame: pd.DataFrame) -> pa.Table:
    """`frame` as an Arrow table (see the module for the rule per column)."""
    arrays, names, json_columns = [], [], []
    for name in frame.columns:
        column = frame[name]
        dtype = column.dtype
        if not len(column):  # no values, no type yet: the other chunks give it
            array = pa.nulls(0)
        elif pd.api.types.is_bool_dtype(dtype):
            array = pa.array(column, pa.bool_(), from_pandas=True)
        elif pd.api.types.is_integer_dtype(dtype):
            array = pa.array(column, pa.int64(), from_pandas=True)
        elif pd.api.types.is_float_dtype(dtype):
            array = pa.array(column, pa.float64(), from_pandas=True)
        elif isinstance(dtype, pd.StringDtype):
            array = pa.array(column.astype(object).where(column.notna(), None).tolist(), pa.string())
        else:
            array, is_json = _object_column(column.tolist())
            if is_json:
                json_columns.append(str(name))
        arrays.append(array)
        names.append(str(name))
    metadata = {JSON_COLUMNS_KEY: json.dumps(json_columns).encode()}
    return pa.Table.from_arrays(arrays, names=names).replace_schema_metadata(metadata)


def json_columns(schema: pa.Schema) -> list[str]:
    return json.loads((schema.metadata or {}).get(JSON_COLUMNS_KEY, b"[]"))


def merged_schema(schemas: Iterable[pa.Schema]) -> pa.Schema:
    """One schema for the chunks of a table: a column that was all null in one chunk takes the
    type it has in the others; the JSON columns are those of any chunk."""
    schemas = list(schemas)
    merged = pa.unify_schemas([s.remove_metadata() for s in schemas], promote_options="permissive")
    names = sorted({name for s in schemas for name in json_columns(s)})
    return merged.with_metadata({JSON_COLUMNS_KEY: json.dumps(names).encode()})


def concat(tables: list[pa.Table]) -> pa.Table:
    schema = merged_schema(t.schema for t in tables)
    return pa.concat_tables([t.cast(schema) for t in tables])


def to_frame(table: pa.Table) -> pd.DataFrame:
    """A pandas table from `to_arrow`'s Arrow table, JSON columns decoded to lists again."""
    frame = table.to_pandas()
    for name in json_columns(table.schema):
        frame[name] = pd.Series([None if v is None or v != v else json.loads(v) for v in frame[name]],
                                index=frame.index, dtype=object)
    return frame
