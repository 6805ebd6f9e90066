"""Charts of figures that read the Arabic way: labels through `ar`, bars growing right to left.

The Arabic label of each category and status is data (lexicons/chart_labels.csv), so a new
category needs a row there, not code; a category without a label is an error, not a blank bar.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

import matplotlib.pyplot as plt
import pandas as pd

from .rendering import ar


@lru_cache(maxsize=None)
def _labels() -> dict[tuple[str, str], str]:
    with resources.files("helpers").joinpath("lexicons/chart_labels.csv").open(encoding="utf-8") as f:
        return {(row["field"], row["value"]): row["label"] for row in csv.DictReader(f)}


def arabic_label(category: str, status: str | None = None) -> str:
    """Arabic label of a figure's category, with its status when given: 'منازل مدمرة'."""
    labels = _labels()
    if ("category", category) not in labels:
        raise KeyError(f"no Arabic label for category {category!r} in lexicons/chart_labels.csv")
    label = labels[("category", category)]
    if isinstance(status, str):
        if ("status", status) not in labels:
            raise KeyError(f"no Arabic label for status {status!r} in lexicons/chart_labels.csv")
        label += " " + labels[("status", status)]
    return label


def figure_bars(facts: pd.DataFrame, title: str, ax=None, color: str = "#8c2d19"):
    """Horizontal bars of `facts` (columns category, value, optional status), right to left.

    The first row is the top bar; each value is written past its bar's end.
    """
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 0.6 * len(facts) + 1.5))
    statuses = facts["status"] if "status" in facts else [None] * len(facts)
    labels = [ar(arabic_label(c, s)) for c, s in zip(facts["category"], statuses)]
    bars = ax.barh(labels, facts["value"], color=color)
    for bar, value in zip(bars, facts["value"]):
        ax.text(value, bar.get_y() + bar.get_height() / 2, f"  {value:,}", ha="right", va="center")
    ax.margins(x=0.12)
    ax.invert_xaxis()   # bars grow from right to left
    ax.invert_yaxis()   # first row on top
    ax.yaxis.tick_right()
    ax.spines[["left", "top"]].set_visible(False)
    ax.set_title(ar(title))
    return ax
