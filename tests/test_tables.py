"""One text or a corpus of texts: one table, with the article key, and errors that name the item."""
from __future__ import annotations

from datetime import date, datetime

import numpy as np
import pandas as pd
import pytest

from helpers import Document, extract_tables, register


@register("text_lengths", ("n", "day"), exact=("n",), in_context=False)
def _lengths(doc: Document) -> list[tuple]:
    published = doc.published
    return [(len(doc.text), None if published is None else published.day), (None, 2)] if doc.text else []


def _table(texts, published=None):
    return extract_tables(["text_lengths"], texts, published)["text_lengths"]


def test_sequence_gives_one_table_keyed_by_position_or_index():
    table = _table(["ab", "", "c"], date(2020, 11, 5))
    assert table["article"].tolist() == [0, 0, 2, 2]
    assert table["n"].tolist() == [2, None, 1, None] and type(table["n"][0]) is int
    series = pd.Series(["ab"], index=["k1"])
    assert _table(series)["article"].tolist() == ["k1", "k1"]


def test_one_text_and_no_rows():
    assert _table("abc")["n"].tolist() == [3, None]
    empty = _table("")
    assert list(empty.columns) == ["n", "day"] and empty.empty and empty["n"].dtype == object


@pytest.mark.parametrize("texts, published, error, message", [
    (["a", 3], None, TypeError, r"texts\[1\] must be a str, got int"),
    (["a", b"b"], None, TypeError, r"texts\[1\] must be a str, got bytes"),
    (b"a", None, TypeError, "texts must be a str, a list of str or a pandas Series, got bytes"),
    (["a", "b"], [date(2020, 1, 1)], ValueError, "published has 1 dates for 2 texts"),
    (["a"], "2020-01-01", TypeError, "published must be a datetime.date or a sequence of them, got str"),
    (42, None, TypeError, "texts must be a str, a list of str or a pandas Series, got int"),
])
def test_bad_input_names_the_item(texts, published, error, message):
    with pytest.raises(error, match=message):
        _table(texts, published)


@pytest.mark.parametrize("rows", [
    [(1, "a", True, 1.5), (2, "b", False, 2.5)],          # built directly: int64, str, bool, float64
    [(1, None, True, 1), (None, "b", None, 2.5)],           # mixed: inferred by pandas
    [(2**70, "", 1.0, date(2020, 1, 1)), (1, "x", float("nan"), [1])],
    [(True, 1, "a", None)],
    [("a", 1.5, None, [1, 2]), (None, None, None, [3, 4])],   # str or float beside None; lists
    [(date(2020, 1, 1), (1, 2), None, {"k": 1}), (None, [], None, None)],   # kept as objects
    [(None, True, 1, "x"), (1, None, 2**63, 2)],              # None beside int or bool; uint64
    [(datetime(2020, 1, 1), date(2020, 1, 2), "", float("nan")), (None, None, "b", 1.0)],
    [(2**70, 1, 1.5, None), (1.5, 2.5, None, 2**70)],                  # int beside float
])
def test_tables_have_the_dtypes_pandas_infers(rows):
    from helpers.tables import frame
    columns = ("a", "b", "c", "d")
    expected = pd.DataFrame({c: list(v) for c, v in zip(columns, zip(*rows))})
    built = frame(rows, columns, ())
    pd.testing.assert_frame_equal(built, expected, check_exact=True)
    assert built.columns.dtype == expected.columns.dtype
    assert [type(v) for c in columns for v in built[c]] == [type(v) for c in columns for v in expected[c]]


@pytest.mark.parametrize("values", [(92, None), (None, None), (1.5, 2), (True, None), (True, False), (3, 4),
                                    (float("nan"), None), (date(2020, 1, 1), 3), ("a", "b")])
def test_exact_columns_are_what_pandas_makes_of_their_python_values(values):
    from helpers.tables import frame
    built = frame([(v, i) for i, v in enumerate(values)], ("x", "i"), ("x",))
    exact = np.empty(len(values), dtype=object)
    exact[:] = values
    expected = pd.DataFrame({"x": exact, "i": range(len(values))})
    pd.testing.assert_frame_equal(built, expected, check_exact=True)
    if "a" not in values:   # numbers, dates and None stay Python objects (all str become pandas' str)
        assert built["x"].dtype == object and [type(v) for v in built["x"]] == [type(v) for v in values]


@pytest.mark.parametrize("count", [1, 3, 2000])   # str columns of a small table are converted together
def test_str_columns_of_small_and_large_tables(count):
    from helpers.tables import _STR_CONVERTED_TOGETHER_UP_TO, frame
    rows = [(f"س{i}", None if i % 3 else "ص", i, "ع" * (i % 5)) for i in range(count)]
    columns = ("a", "b", "c", "d")
    expected = pd.DataFrame({c: list(v) for c, v in zip(columns, zip(*rows))})
    built = frame(rows, columns, ())
    pd.testing.assert_frame_equal(built, expected, check_exact=True)
    assert (count * 3 > _STR_CONVERTED_TOGETHER_UP_TO) == (count == 2000)
