"""Charts of figures that read the Arabic way and do not mislead.

The Arabic label of each category and status is data (lexicons/chart_labels.csv), so a new
category needs a row there, not code; a category without a label is an error, not a blank bar.
A chart has one bar per category (and status): rows that repeat one are merged into one bar,
and the chart says so under its axis. A missing or non-numeric value is refused, naming its row.
"""
from __future__ import annotations

import csv
import numbers
import textwrap
from functools import lru_cache
from importlib import resources
from pathlib import Path

import matplotlib.pyplot as plt
from matplotlib.ticker import MaxNLocator, StrMethodFormatter
import pandas as pd

from .rendering import ar

LABEL_WIDTH = 22   # characters per line of a bar label
TITLE_WIDTH = 60   # characters per line of a title
QUALIFIER_MARKS = {"about": "~", "at_least": "≥", "more_than": ">", "less_than": "<"}


@lru_cache(maxsize=None)
def _labels() -> dict[tuple[str, str], str]:
    with resources.files("helpers").joinpath("lexicons/chart_labels.csv").open(encoding="utf-8") as f:
        return {(row["field"], row["value"]): row["label"] for row in csv.DictReader(f)}


def _missing(value) -> bool:
    return value is None or (not isinstance(value, (str, list, tuple)) and bool(pd.isna(value)))


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


def arabic_name(field: str, value: str) -> str:
    """Arabic label of a table value for charts: `field` is 'place_kind' ('city' -> 'مدينة'),
    'event_type' ('air strike' -> 'غارة جوية'), 'actor_kind' ('org' -> 'هيئات') or 'side'
    ('third_party' -> 'طرف ثالث')."""
    labels = _labels()
    if (field, value) not in labels:
        raise KeyError(f"no Arabic label for {field} {value!r} in lexicons/chart_labels.csv")
    return labels[(field, value)]


def chart_rows(facts: pd.DataFrame) -> tuple[pd.DataFrame, list[str]]:
    """The bars of `facts`: one row per (category, status), in order of first appearance.

    Rows that share a category and status are merged into one bar showing the largest value,
    and each merge is explained in the returned notes. Returns (bars, notes); the bars have
    columns category, status, value, qualifier, n_rows.
    """
    if not isinstance(facts, pd.DataFrame):
        raise TypeError(f"figure_bars: expected a DataFrame of figures, got {type(facts).__name__}")
    missing = [c for c in ("category", "value") if c not in facts.columns]
    if missing:
        raise ValueError(f"figure_bars: the table has no column {', '.join(map(repr, missing))}")
    if facts.empty:
        raise ValueError("figure_bars: the table is empty; there is nothing to chart")
    groups: dict[tuple[str, str | None], list[tuple]] = {}
    for index, row in zip(facts.index, facts.itertuples(index=False)):
        category, value = row.category, row.value
        if not isinstance(category, str) or not category:
            raise ValueError(f"figure_bars: row {index!r} has no category ({category!r})")
        if isinstance(value, bool) or not isinstance(value, numbers.Real) or _missing(value):
            raise ValueError(f"figure_bars: row {index!r} ({category}) has value {value!r}; a bar needs a number")
        status = getattr(row, "status", None)
        status = None if _missing(status) else status
        qualifier = getattr(row, "qualifier", None)
        value = int(float(value)) if float(value).is_integer() else float(value)
        groups.setdefault((category, status), []).append((value, None if _missing(qualifier) else qualifier, index))
    bars, notes = [], []
    for (category, status), members in groups.items():
        value, qualifier, _ = max(members, key=lambda m: m[0])
        bars.append((category, status, value, qualifier, len(members)))
        if len(members) > 1:
            name = category + (f" ({status})" if status else "")
            values = ", ".join(f"{v:,}" for v, _, _ in members)
            notes.append(f"{name}: {len(members)} rows ({values}) merged into one bar of {value:,}, the largest")
    table = pd.DataFrame(bars, columns=["category", "status", "value", "qualifier", "n_rows"])
    for column in ("status", "qualifier"):  # None stays None (pandas would make an all-None column NaN)
        table[column] = pd.Series([b[1 if column == "status" else 3] for b in bars], dtype=object)
    return table, notes


def _wrapped(text: str, width: int) -> str:
    """`text` wrapped at word boundaries, each line prepared by `ar`, with mathtext's `$` escaped."""
    lines = textwrap.wrap(text, width=width, break_long_words=False) or [""]
    return "\n".join(ar(line) for line in lines).replace("$", r"\$")


def value_text(value, qualifier: str | None = None) -> str:
    """'2,971', '~100', '≥30': the number written beside a bar, with its qualifier."""
    return QUALIFIER_MARKS.get(qualifier or "", "") + f"{value:,}"


def chart_size(n_bars: int, notes: bool = False) -> tuple[float, float]:
    """Width and height in inches of a bar chart of `n_bars` bars (with room for merge notes)."""
    return 8, 0.55 * n_bars + 1.5 + (0.4 if notes else 0)


def figure_bars(facts: pd.DataFrame, title: str, ax=None, color: str = "#8c2d19"):
    """Horizontal bars of `facts` (columns category, value, optional status and qualifier),
    growing right to left, first row on top, each value written clear of its bar's end.

    Repeated (category, status) rows become one bar (see `chart_rows`), noted under the axis.
    """
    bars, notes = chart_rows(facts)
    if ax is None:
        _, ax = plt.subplots(figsize=chart_size(len(bars)))
    labels = [_wrapped(arabic_label(c, s), LABEL_WIDTH) for c, s in zip(bars["category"], bars["status"])]
    positions = range(len(bars))
    drawn = ax.barh(positions, bars["value"], color=color, height=0.6)
    ax.set_yticks(positions, labels)
    for bar, value, qualifier in zip(drawn, bars["value"], bars["qualifier"]):
        ax.annotate(value_text(value, qualifier).replace("$", r"\$"), (bar.get_width(), bar.get_y() + bar.get_height() / 2),
                    xytext=(-6, 0), textcoords="offset points", ha="right", va="center")
    ax.set_xlim(0, max(bars["value"].max(), 1) * 1.2)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # counts: ticks 0, 5, 10, never 2.5
    ax.xaxis.set_major_formatter(StrMethodFormatter("{x:,.0f}"))
    ax.invert_xaxis()   # bars grow from right to left
    ax.invert_yaxis()   # first row on top
    ax.yaxis.tick_right()
    ax.spines[["left", "top"]].set_visible(False)
    ax.set_title(_wrapped(title, TITLE_WIDTH))
    if notes:
        ax.annotate("Merged: " + "; ".join(notes), (0, 0), xycoords="axes fraction", xytext=(0, -28),
                    textcoords="offset points", fontsize=7, color="#555", va="top", wrap=True)
    return ax


def save_chart(figure, path_stem: str | Path) -> list[Path]:
    """Write `figure` as `<path_stem>.png` and `<path_stem>.svg`; return both paths."""
    stem = Path(path_stem)
    stem.parent.mkdir(parents=True, exist_ok=True)
    paths = [stem.with_suffix(".png"), stem.with_suffix(".svg")]
    figure.savefig(paths[0], dpi=150, bbox_inches="tight")
    figure.savefig(paths[1], bbox_inches="tight")
    return paths


# Categories that count people; the others count things (homes, villages…). A chart never
# puts the two on one axis.
CONTROL = ("captured", "liberated")   # statuses of places taken, charted apart from damage
PEOPLE = ("killed", "injured", "casualties", "missing", "captured", "arrested", "displaced")
LRI, PDI = "\u2066", "\u2069"   # left-to-right isolate: keeps a date's order inside Arabic


def chart_title(what: str, facts: pd.DataFrame, published=None) -> str:
    """'<what> بحسب <source>، <date>': the source when every row shares one, the date isolated."""
    title = what
    sources = set(facts["source"]) if "source" in facts else set()
    if len(sources) == 1 and isinstance(next(iter(sources)), str):
        title += " بحسب " + next(iter(sources))
    if published is not None:
        title += f"، {LRI}{published.isoformat()}{PDI}"
    return title


def figure_charts(facts: pd.DataFrame, published=None, stem: str | Path | None = None) -> list[dict]:
    """Charts of the facts, one per kind the facts have: people (killed, injured…), damage
    (homes destroyed…) and control (villages captured or liberated), never on one axis.

    Each is a dict with its name, figure, notes (merges) and, with `stem`, the PNG and SVG
    written as `<stem>-<name>.png|svg`. No figures give no chart.
    """
    from matplotlib.figure import Figure

    charts = []
    people = facts["category"].isin(PEOPLE)
    control = ~people & facts["status"].isin(CONTROL)
    groups = (("people", facts[people], "الضحايا", "#8c2d19"),
              ("damage", facts[~people & ~control], "الأضرار", "#1d4ed8"),
              ("control", facts[control], "السيطرة على الأرض", "#15803d"))
    for name, part, what, colour in groups:
        if part.empty:
            continue
        bars, notes = chart_rows(part)
        figure = Figure(figsize=chart_size(len(bars), notes=bool(notes)))
        figure_bars(part, chart_title(what, part, published), ax=figure.subplots(), color=colour)
        paths = save_chart(figure, f"{stem}-{name}") if stem is not None else []
        charts.append({"name": name, "figure": figure, "notes": notes, "paths": paths})
    return charts
