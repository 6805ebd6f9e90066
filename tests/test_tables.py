"""One text or a corpus of texts: one table, with the article key, and errors that name the item."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from helpers.tables import build_table


def _records(text, published):
    return [(len(text), None if published is None else published.day), (None, 2)] if text else []


def test_sequence_gives_one_table_keyed_by_position_or_index():
    table = build_table(_records, ["n", "day"], ["ab", "", "c"], date(2020, 11, 5), exact=("n",))
    assert table["article"].tolist() == [0, 0, 2, 2]
    assert table["n"].tolist() == [2, None, 1, None] and type(table["n"][0]) is int
    series = pd.Series(["ab"], index=["k1"])
    assert build_table(_records, ["n", "day"], series)["article"].tolist() == ["k1", "k1"]


def test_one_text_and_no_rows():
    assert build_table(_records, ["n", "day"], "abc", exact=("n",))["n"].tolist() == [3, None]
    empty = build_table(_records, ["n", "day"], "", exact=("n",))
    assert list(empty.columns) == ["n", "day"] and empty.empty and empty["n"].dtype == object


@pytest.mark.parametrize("texts, published, error, message", [
    (["a", 3], None, TypeError, r"texts\[1\] must be a str, got int"),
    (["a", "b"], [date(2020, 1, 1)], ValueError, "published has 1 dates for 2 texts"),
    (["a"], "2020-01-01", TypeError, "published must be a datetime.date or a sequence of them, got str"),
    (42, None, TypeError, "texts must be a str, a list of str or a pandas Series, got int"),
])
def test_bad_input_names_the_item(texts, published, error, message):
    with pytest.raises(error, match=message):
        build_table(_records, ["n", "day"], texts, published)
