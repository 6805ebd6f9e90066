"""Figure charts: every category the extractor can emit has an Arabic label; bars read RTL."""
from __future__ import annotations

import csv
from importlib import resources

import matplotlib
import pandas as pd
import pytest

matplotlib.use("Agg")

import helpers  # noqa: E402


def _category_rows() -> list[dict[str, str]]:
    with resources.files("helpers").joinpath("lexicons/figure_categories.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_every_category_and_status_has_an_arabic_label():
    rows = _category_rows()
    # "none": verbs that end a carried category with no figure (سلموا أنفسهم); never in a table
    categories = {r["category"] for r in rows if r["role"] in ("noun", "event", "post")} - {"none"} | {"casualties"}
    statuses = {r["category"] for r in rows if r["role"] == "status"}
    assert {helpers.arabic_label(c) for c in categories}.isdisjoint({""})
    for status in statuses:
        assert helpers.arabic_label("homes", status).startswith("منازل ")


def test_unknown_category_is_named():
    with pytest.raises(KeyError, match="'bridges'"):
        helpers.arabic_label("bridges")


def test_figure_bars_label_each_fact_in_order(article):
    facts = pd.DataFrame({"category": ["killed", "homes"], "value": [92, 2971], "status": [None, "destroyed"]})
    ax = helpers.figure_bars(facts, "حصيلة")
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == [helpers.ar("قتلى"), helpers.ar("منازل مدمرة")]
    assert ax.xaxis_inverted() and ax.yaxis_inverted()
    assert [t.get_text().strip() for t in ax.texts] == ["92", "2,971"]
