"""Who claims what: one row per reported statement in an article's body.

The statements and their actors come from the one attribution engine (helpers.attribution).
A claim adds its date (helpers.dates), its quotes, and the figures (helpers.figures) whose
spans lie inside its clause: all read from the document's layers, found once. The figures of
a claim have the claim's actor as their source.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd

from . import dates, figures, places  # noqa: F401  (the layers a claim reads register on import)
from .actors import ActorMention, load_actors
from .attribution import CONTENT_START, between
from .document import Document
from .pipeline import extract_table
from .registry import register

_QUOTE = re.compile(r"[«\"“]([^«»\"“”\n]{2,}?)[»\"”]")


class ClaimRow(NamedTuple):
    """One claim: the table's columns, then what events read (normalised offsets)."""

    start: int
    end: int
    actor: str | None
    side: str | None
    role: str | None
    verb: str
    date: Any
    date_surface: str
    clause: str
    quotes: list[str]
    figures: list[tuple[Any, str, str]]
    verb_end: int
    sentence: tuple[int, int]
    mention: ActorMention | None


COLUMNS = ClaimRow._fields[:11]


@register("claims", COLUMNS)
def claim_rows(doc: Document) -> Iterator[ClaimRow]:
    """The claims of a document. A claim's date is one written before its reported content
    (أعلن … أمس الأربعاء، تمكن), else the date of the same speaker's previous claim, else
    the first date inside the clause."""
    text, norm = doc.text, doc.norm
    found_dates = doc.layer("dates")
    date_starts = [d.start for d in found_dates]
    found_figures = doc.layer("figures")
    figure_starts = [f.start for f in found_figures]
    place_surfaces = {p.surface for p in doc.layer("places")}
    previous_sentence = None
    last: tuple[str, Any, str] | None = None
    for c in doc.layer("statements"):
        s, e = c.start, c.end
        content = CONTENT_START.search(norm.text, c.verb_end, c.norm_end)
        attribution_end = norm.span(content.start(), content.start())[0] if content else e
        # the first claim of a sentence owns the dates before its verb (في 25 …، أعلنت)
        zone = norm.span(c.sentence[0], c.sentence[0])[0] if c.sentence != previous_sentence else s
        previous_sentence = c.sentence
        own = [d for d in between(found_dates, date_starts, zone, attribution_end) if d.end <= attribution_end]
        inner = [d for d in between(found_dates, date_starts, s, e) if d.end <= e]
        when, when_surface = None, ""
        if own:
            when, when_surface = own[0].date, own[0].surface
        elif c.actor is not None and last is not None and last[0] == c.actor:
            when, when_surface = last[1], last[2]  # the same speaker, still talking
        elif inner:
            when, when_surface = inner[0].date, inner[0].surface
        last = (c.actor, when, when_surface) if c.actor is not None else None
        clause = text[s:e]
        yield ClaimRow(s, e, c.actor, c.side, c.role, c.verb, when, when_surface, clause,
                       [q.group(1) for q in _QUOTE.finditer(clause) if q.group(1) not in place_surfaces],
                       [(f.value, f.category, f.surface) for f in between(found_figures, figure_starts, s, e)
                        if f.end <= e],
                       c.verb_end, c.sentence, c.mention)


def extract_claims(texts: Any, published: Any = None, actors: str | Path | None = None) -> pd.DataFrame:
    """One row per reported statement in the body: actor, side, verb, date, clause, quotes, figures."""
    load_actors(actors)   # a bad table fails before any text is read
    return extract_table("claims", texts, published, actors=actors)
