"""Figure charts: every category the extractor can emit has an Arabic label; bars read right to
left, one per category and status; bad values are refused; text is escaped, wrapped and clear."""
from __future__ import annotations

import csv
import importlib
from datetime import date
from importlib import resources
from pathlib import Path

import matplotlib
import pandas as pd
import pytest

matplotlib.use("Agg")

import helpers  # noqa: E402
from helpers import charts  # noqa: E402


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


@pytest.mark.parametrize("field, values", [("place_kind", "helpers.places.KINDS"),
                                           ("event_type", "helpers.events.EVENT_PRIORITY"),
                                           ("actor_kind", "helpers.actors.KINDS")])
def test_every_value_drawn_in_a_chart_has_an_arabic_name(field, values):
    module, name = values.rsplit(".", 1)
    kinds = getattr(importlib.import_module(module), name)
    labels = [helpers.arabic_name(field, kind) for kind in kinds]
    assert len(set(labels)) == len(kinds) and all(labels)
    with pytest.raises(KeyError, match="'planet'"):
        helpers.arabic_name(field, "planet")


def test_every_side_the_package_ships_has_an_arabic_name():
    root = Path(__file__).resolve().parents[1]
    sides = {"unknown"}   # an actor whose side the text does not give
    for table in (root / "data" / "actors.csv", root / "helpers" / "lexicons" / "actors.csv"):
        with table.open(encoding="utf-8") as f:
            sides |= {row["side"] for row in csv.DictReader(f) if row["side"]}
    assert all(helpers.arabic_name("side", side) for side in sorted(sides))


def test_unknown_category_is_named():
    with pytest.raises(KeyError, match="'bridges'"):
        helpers.arabic_label("bridges")


def _values(ax) -> list[str]:
    return [t.get_text() for t in ax.texts if not t.get_text().startswith("Merged")]


def test_figure_bars_label_each_fact_in_order():
    facts = pd.DataFrame({"category": ["killed", "homes"], "value": [92, 2971], "status": [None, "destroyed"]})
    ax = helpers.figure_bars(facts, "حصيلة")
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels == [helpers.ar("قتلى"), helpers.ar("منازل مدمرة")]
    assert ax.xaxis_inverted() and ax.yaxis_inverted()
    assert _values(ax) == ["92", "2,971"]


def test_repeated_category_is_one_bar_and_the_merge_is_explained():
    facts = pd.DataFrame({"category": ["killed", "injured", "killed", "injured"], "value": [30, 100.0, 30, 20],
                          "status": [None, float("nan"), None, None], "qualifier": ["at_least", "about", "exact", "exact"],
                          "source": [None, None, "الحاكم", "الحاكم"]})
    bars, notes = helpers.chart_rows(facts)
    assert bars[["category", "value", "n_rows"]].values.tolist() == [["killed", 30, 2], ["injured", 100, 2]]
    assert notes == ["killed: 2 rows (30, 30) merged into one bar of 30, the largest",
                     "injured: 2 rows (100, 20) merged into one bar of 100, the largest"]
    ax = helpers.figure_bars(facts, "الضحايا")
    assert len(ax.patches) == 2
    assert _values(ax) == ["≥30", "~100"]   # integers stay integers; qualifiers are shown
    assert any(t.get_text().startswith("Merged: killed: 2 rows") for t in ax.texts)


@pytest.mark.parametrize("value, shown", [(None, "None"), (float("nan"), "nan"), ("27", "'27'"), (True, "True")])
def test_missing_or_non_numeric_value_is_refused_naming_the_row(value, shown):
    facts = pd.DataFrame({"category": ["killed", "injured"],
                          "value": pd.Series([27, value], index=["a", "b"], dtype=object)})
    with pytest.raises(ValueError, match=rf"row 'b' \(injured\) has value {shown}"):
        helpers.figure_bars(facts, "x")


def test_empty_table_is_refused():
    with pytest.raises(ValueError, match="empty"):
        helpers.figure_bars(pd.DataFrame(columns=["category", "value"]), "x")


def test_dollar_signs_print_as_dollars_not_mathtext():
    ax = helpers.figure_bars(pd.DataFrame({"category": ["killed"], "value": [3]}), "كلفة $5 و $6 للفرد")
    shown, is_math = ax.title._preprocess_math(ax.title.get_text())
    assert not is_math and shown.count("$") == 2
    ax.figure.canvas.draw()


def test_long_labels_wrap_and_titles_stay_whole(monkeypatch):
    long_label = "مبان ومنشآت حكومية وخدمية وتعليمية مدمرة كليا أو جزئيا"
    monkeypatch.setattr(charts, "arabic_label", lambda c, s=None: long_label)
    title = "حصيلة الضحايا والأضرار " * 6
    ax = helpers.figure_bars(pd.DataFrame({"category": ["killed"], "value": [3]}), title)
    label = ax.get_yticklabels()[0].get_text()
    assert "\n" in label and all(len(line) <= charts.LABEL_WIDTH for line in label.split("\n"))
    lines = ax.title.get_text().split("\n")
    assert len(lines) > 1 and " ".join(lines).split() == title.split()   # every word kept, in order
    figure = ax.figure
    figure.canvas.draw()
    box = ax.title.get_window_extent()
    assert box.x0 >= 0 and box.x1 <= figure.bbox.width


def test_value_labels_stand_clear_of_their_bars():
    facts = pd.DataFrame({"category": ["killed", "injured", "homes"], "value": [5, 4000, 120],
                          "status": [None, None, "destroyed"]})
    ax = helpers.figure_bars(facts, "x")
    ax.figure.canvas.draw()
    renderer = ax.figure.canvas.get_renderer()
    axes_box = ax.get_window_extent()
    for bar, text in zip(ax.patches, [t for t in ax.texts if not t.get_text().startswith("Merged")]):
        bar_box, text_box = bar.get_window_extent(), text.get_window_extent(renderer)
        assert text_box.x1 <= bar_box.x0 - 2, text.get_text()       # beyond the bar's end (bars grow leftwards)
        assert text_box.x0 >= axes_box.x0, text.get_text()          # and inside the axes


def test_charts_are_saved_as_png_and_svg(tmp_path):
    facts = pd.DataFrame({"category": ["killed", "homes", "villages"], "value": [5, 40, 3],
                          "status": [None, "destroyed", "captured"], "source": ["الدفاع المدني"] * 3})
    made = helpers.figure_charts(facts, date(2015, 7, 21), tmp_path / "fig")
    assert [c["name"] for c in made] == ["people", "damage", "control"]
    for chart in made:
        png, svg = chart["paths"]
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and b"<svg" in svg.read_bytes()[:500]
    title = made[0]["figure"].axes[0].title.get_text()
    assert helpers.ar("بحسب الدفاع المدني") in title and "\u20662015-07-21\u2069" in title
    assert helpers.figure_charts(facts.iloc[0:0], None, tmp_path / "none") == []
