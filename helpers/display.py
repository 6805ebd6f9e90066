"""HTML views for notebooks and reports that read right in Arabic: the article with spans
marked, tables and paragraphs.

Everything taken from an article is escaped: a page may contain '<', '&' or a script tag in
its text, and a report must show it, not run it. Direction is set on each element, with
inline styles, because JupyterLab's stylesheet (`p {text-align: left}`) would otherwise win:
paragraphs are right to left and right-aligned, table cells with Arabic and no Latin letters are
right to left and the others take the direction of their own text (`dir="auto"`), and numbers
and dates sit in left-to-right isolates (`<bdi dir="ltr">`),
so that "2020-11-05" or "100 مبنى سكني" keep their order inside Arabic.
"""
from __future__ import annotations

import html
import math
import numbers
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

PALETTE = ("#fde68a", "#bfdbfe", "#bbf7d0", "#fecaca", "#e9d5ff", "#fed7aa", "#99f6e4", "#e5e7eb")
LABEL_STYLE = ("font-size:0.68em;color:#374151;background:#f9fafb;border:1px solid #d1d5db;"
               "border-radius:3px;padding:0 0.3em;margin:0 0.3em;white-space:nowrap;font-weight:normal")
_DIGITS = "0-9\u0660-\u0669\u06f0-\u06f9"
# A number or date: digits, with separators only between digits (2,971  3.5  2020-11-05  ١٬٢٠٠).
_NUMBER = re.compile(rf"[{_DIGITS}](?:[.,:/\-\u066b\u066c]?[{_DIGITS}])*")
_BLANK_LINES = re.compile(r"\n(?:[^\S\n]*\n)+")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN = re.compile(r"[A-Za-z]")


class Html(str):
    """A string of HTML that Jupyter displays as HTML."""

    def _repr_html_(self) -> str:
        return str(self)


def isolate(text: str) -> str:
    """`text` escaped, with every number and date in a left-to-right isolate."""
    pieces, pos = [], 0
    for match in _NUMBER.finditer(text):
        pieces.append(html.escape(text[pos:match.start()], quote=False))
        pieces.append(f'<bdi dir="ltr">{match.group()}</bdi>')
        pos = match.end()
    pieces.append(html.escape(text[pos:], quote=False))
    return "".join(pieces)


def _escape_block(text: str) -> str:
    """Escaped text with line breaks kept; runs of blank lines show as one paragraph break."""
    return _BLANK_LINES.sub("\n\n", html.escape(text, quote=False)).replace("\n", "<br>\n")


def _span(row: Any, index: Any, length: int) -> tuple[int, int]:
    start, end = getattr(row, "start", None), getattr(row, "end", None)
    for name, value in (("start", start), ("end", end)):
        if isinstance(value, bool) or not isinstance(value, numbers.Integral):
            raise ValueError(f"highlight: row {index!r}: {name} must be an integer offset, got {value!r}")
    start, end = int(start), int(end)  # type: ignore[arg-type]  # checked Integral above
    if not 0 <= start < end <= length:
        raise ValueError(f"highlight: row {index!r}: span [{start}, {end}) is not inside the text "
                         f"(length {length}) or is empty")
    return start, end


def highlight(text: str, table: pd.DataFrame | Iterable[Any], label: str | Callable[[Any], str] | None = None,
              color_by: str | None = None) -> Html:
    """`text` right to left, escaped, with each row's [start, end) marked and labelled.

    `label` is a column name or a function of the row; by default the row's `kind`, else its
    `category`. `color_by` is a column whose values pick the colour. A span nested in another
    (or equal to it) shares its mark, which carries both labels; spans that cross, spans outside
    the text and rows whose `surface` is not `text[start:end]` are refused, naming the row.
    The label stands beside its mark in a small box, never glued to the marked words.
    """
    if isinstance(table, pd.DataFrame):
        if label is None:
            label = next((c for c in ("kind", "category") if c in table.columns), None)
            if label is None:
                raise ValueError("highlight: the table has neither a 'kind' nor a 'category' column; "
                                 "pass label= (a column name or a function of the row)")
        elif isinstance(label, str) and label not in table.columns:
            raise ValueError(f"highlight: no column {label!r} to label with (columns: {', '.join(table.columns)})")
        rows = list(zip(table.index, table.itertuples(index=False)))
    else:
        rows = list(enumerate(table))
        label = "kind" if label is None else label
    label_of = label if callable(label) else (lambda row: str(getattr(row, label)))
    spans = []
    for index, row in rows:
        start, end = _span(row, index, len(text))
        surface = getattr(row, "surface", None)
        if isinstance(surface, str) and text[start:end] != surface:
            raise ValueError(f"highlight: row {index!r}: text[{start}:{end}] is {text[start:end]!r}, "
                             f"not its surface {surface!r}")
        spans.append((start, end, index, row))
    colours: dict[Any, str] = {}
    marks: list[list[Any]] = []  # [start, end, labels, colour, first row]
    for start, end, index, row in sorted(spans, key=lambda s: (s[0], -s[1])):
        key = getattr(row, color_by) if color_by else None
        colour = colours.setdefault(key, PALETTE[len(colours) % len(PALETTE)])
        if marks and start < marks[-1][1]:
            if end > marks[-1][1]:
                raise ValueError(f"highlight: rows {marks[-1][4]!r} [{marks[-1][0]}, {marks[-1][1]}) and {index!r} "
                                 f"[{start}, {end}) cross; one mark cannot show both (highlight them separately)")
            marks[-1][2].append(label_of(row))
        else:
            marks.append([start, end, [label_of(row)], colour, index])
    pieces, pos = [], 0
    for start, end, labels, colour, _ in marks:
        joined = " · ".join(dict.fromkeys(labels))
        pieces.append(_escape_block(text[pos:start]))
        pieces.append(f'<mark style="background:{colour};padding:0 0.1em" title="{html.escape(joined)}">'
                      f'{_escape_block(text[start:end])}</mark>'
                      f'<span class="label" style="{LABEL_STYLE}"><bdi>{isolate(joined)}</bdi></span>')
        pos = end
    pieces.append(_escape_block(text[pos:]))
    return Html(f'<div dir="rtl" lang="ar" style="line-height:2.2;font-size:1.05em;text-align:right">'
                f'{"".join(pieces)}</div>')


def show_rtl(paragraphs: Iterable[str], notes: Iterable[str] | None = None) -> Html:
    """Arabic paragraphs, escaped, right to left and right-aligned, each with an optional
    grey note before it (a line's role, say)."""
    notes = list(notes) if notes is not None else None
    items = []
    for i, paragraph in enumerate(paragraphs):
        note = f'<small style="color:#6b7280">[{html.escape(str(notes[i]))}]</small> ' if notes else ""
        items.append(f'<p dir="rtl" lang="ar" style="text-align:right;margin:0.4em 0">{note}{isolate(paragraph)}</p>')
    return Html(f'<div dir="rtl" lang="ar" style="text-align:right">{"".join(items)}</div>')


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT


def readable(value: Any) -> str:
    """A value as a reader would write it: 92 not 92.0, lists as 'a، b', tuples as 'a b',
    nothing for a missing value."""
    if _missing(value):
        return ""
    if isinstance(value, (bool, np.bool_)):
        return "yes" if value else "no"
    if isinstance(value, numbers.Integral):
        return str(int(value))
    if isinstance(value, numbers.Real):
        return str(int(float(value))) if float(value).is_integer() else f"{float(value):g}"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return " ".join(readable(v) for v in value if not _missing(v))
    if isinstance(value, (list, set, frozenset)):
        return "، ".join(readable(v) for v in value)
    return str(value)


def _cell(value: str, tag: str = "td") -> str:
    arabic = _ARABIC.search(value) is not None
    lang = ' lang="ar"' if arabic else ""
    # right to left whenever Arabic and no Latin letters are in it: dir="auto" would read "92، 92",
    # whose numbers are isolates, left to right
    direction = "rtl" if arabic and not _LATIN.search(value) else "auto"
    nowrap = "white-space:nowrap;" if _NUMBER.fullmatch(value) else ""   # 2015-07-21 on one line
    return (f'<{tag} dir="{direction}"{lang} style="text-align:start;{nowrap}padding:0.2em 0.6em;vertical-align:top">'
            f'{isolate(value)}</{tag}>')


def show_table(df: pd.DataFrame, formatters: Mapping[str, Callable[[Any], str]] | None = None,
               index: bool = False, caption: str | None = None) -> Html:
    """`df` as an HTML table whose cells read right to left when they hold Arabic (else `dir="auto"`),
    numbers and dates isolated left to right, integers kept integer and list columns written
    out as text. `formatters` maps a column to a function giving the text of its values."""
    formatters = dict(formatters or {})
    columns = list(df.columns)
    head = ([_cell("", "th")] if index else []) + [_cell(str(c), "th") for c in columns]
    body = []
    for key, row in zip(df.index, df.itertuples(index=False)):
        cells = [_cell(readable(key), "th")] if index else []
        for column, value in zip(columns, row):
            cells.append(_cell(formatters[column](value) if column in formatters else readable(value)))
        body.append(f"<tr>{''.join(cells)}</tr>")
    title = f'<caption style="text-align:start">{isolate(caption)}</caption>' if caption else ""
    return Html(f'<table class="facts" style="border-collapse:collapse;margin:0.5em 0">{title}'
                f'<thead><tr>{"".join(head)}</tr></thead><tbody>{"".join(body)}</tbody></table>')
