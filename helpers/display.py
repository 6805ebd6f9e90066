"""HTML views of an article for notebooks: right to left, with extracted spans marked.

Article text is always escaped: a page may contain '<', '&' or a script tag in its text, and
a report must show it, not run it.
"""
from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from typing import Any

import pandas as pd

PALETTE = ("#fde68a", "#bfdbfe", "#bbf7d0", "#fecaca", "#e9d5ff", "#fed7aa", "#99f6e4", "#e5e7eb")


class Html(str):
    """A string of HTML that Jupyter displays as HTML."""

    def _repr_html_(self) -> str:
        return str(self)


_BLANK_LINES = re.compile(r"\n(?:[^\S\n]*\n)+")


def _escape_block(text: str) -> str:
    """Escaped text with line breaks kept; runs of blank lines show as one paragraph break."""
    return _BLANK_LINES.sub("\n\n", html.escape(text)).replace("\n", "<br>\n")


def highlight(text: str, table: pd.DataFrame | Iterable[Any], label: str | Callable[[Any], str] = "kind",
              color_by: str | None = None) -> Html:
    """`text` right to left with each row's [start, end) marked and labelled.

    `label` is a column name or a function of the row; `color_by` a column whose values pick
    the colour. Overlapping rows share one mark that carries all their labels.
    """
    rows = table.itertuples(index=False) if isinstance(table, pd.DataFrame) else iter(table)
    label_of = label if callable(label) else (lambda row: str(getattr(row, label)))
    colours: dict[Any, str] = {}
    marks: list[list[Any]] = []  # [start, end, labels, colour]
    for row in sorted(rows, key=lambda r: (r.start, -r.end)):
        key = getattr(row, color_by) if color_by else None
        colour = colours.setdefault(key, PALETTE[len(colours) % len(PALETTE)])
        if marks and row.start < marks[-1][1]:
            marks[-1][1] = max(marks[-1][1], row.end)
            marks[-1][2].append(label_of(row))
        else:
            marks.append([row.start, row.end, [label_of(row)], colour])
    pieces, pos = [], 0
    for start, end, labels, colour in marks:
        title = html.escape(" · ".join(labels), quote=True)
        pieces.append(_escape_block(text[pos:start]))
        pieces.append(f'<mark style="background:{colour}" title="{title}">{_escape_block(text[start:end])}'
                      f'<sub style="font-size:0.65em;color:#555">{title}</sub></mark>')
        pos = end
    pieces.append(_escape_block(text[pos:]))
    return Html(f'<div dir="rtl" lang="ar" style="line-height:2.1;font-size:1.05em">{"".join(pieces)}</div>')
