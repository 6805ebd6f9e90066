"""Who claims what: one row per reported statement in an article's body.

Each reporting verb in a body sentence opens a statement. Its actor is the one named after the
verb, before it in the sentence, or carried over from the previous statement; الوزارة and
النيابة refer back to the last ministry or prosecutor named (helpers.actors gives the
mentions). A statement carries its clause, its quotes, its date (helpers.dates) and the
figures (helpers.figures) whose spans lie inside the clause: all read from the document's
layers, found once.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd

from .actors import DATE_WORDS, LEXICON, ActorMention, load_actors, name_key, original
from .dates import LEXICON as DATES_LEXICON
from .document import Document
from .pipeline import extract_table
from .registry import register
from .words import alternation

# The registered layers a statement reads; importing their modules registers them.
from . import dates, figures, places  # noqa: E402,F401  (registration)

REPORT = re.compile(rf"(?<!\w)(?:[وف])?(?P<x>{alternation(LEXICON['report_verb'])})(?!\w)")
CONTENT_START = re.compile(r"(?<!\w)(?:[بل]?ان|انه|انها)(?!\w)|[:«\"“]")
_QUOTE = re.compile(r"[«\"“]([^«»\"“”\n]{2,}?)[»\"”]")
_NEXT = re.compile(r"[^\S\n]*[،,]?[^\S\n]*(\S)")
_PHRASE = re.compile(r"[^\W\d_]{2,}(?:[^\S\n][^\W\d_]{2,}){0,3}")
_WORD_AT = re.compile(r"\w+|\S")
_ANAPHOR_AT = re.compile(rf"(?P<x>{alternation(LEXICON['anaphor'])})(?!\w)")
# After a verb without a named subject, these words mean the previous speaker goes on.
CARRY = frozenset(LEXICON["carry_next"]) | frozenset(DATES_LEXICON["weekday"]) | frozenset(DATES_LEXICON["day_offset"])


class ClaimRow(NamedTuple):
    """One statement: the table's columns, then what events read (normalised offsets)."""

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
    norm_start: int
    verb_end: int
    sentence: tuple[int, int]
    mention: ActorMention | None


COLUMNS = ClaimRow._fields[:11]


@dataclass
class _Statement:
    start: int          # normalised offsets of the clause
    end: int
    verb_end: int
    mention: ActorMention | None
    verb: str
    sentence: tuple[int, int]


def between(items: list, starts: list[int], lo: int, hi: int) -> list:
    """The items (sorted by start; `starts` their starts) that start in [lo, hi)."""
    return items[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]


class _History:
    """The last actor named with each anaphor's role (الوزارة → a ministry), read in text order."""

    def __init__(self, mentions: list[ActorMention]):
        self.mentions, self.next = mentions, 0
        self.last: dict[str, ActorMention] = {}

    def before(self, offset: int) -> dict[str, ActorMention]:
        while self.next < len(self.mentions) and self.mentions[self.next].norm_start < offset:
            m = self.mentions[self.next]
            for role, _ in LEXICON["anaphor"].values():
                if role in m.role:
                    self.last[role] = m
            self.next += 1
        return self.last


def _resolve_anaphor(word: str, history: dict[str, ActorMention],
                     previous: _Statement | None) -> ActorMention | None:
    """الوزارة / النيابة / البيان: the last actor named with that role, or the last speaker."""
    role = LEXICON["anaphor"][word][0]
    if role == "statement":
        return previous.mention if previous else None
    return history.get(role)


def _statements(doc: Document) -> list[_Statement]:
    """Reported statements in body sentences, with their actor, in normalised offsets."""
    t = doc.norm.text
    mentions = doc.layer("actors")
    starts = [m.norm_start for m in mentions]
    history = _History(mentions)
    claims: list[_Statement] = []
    for s_start, s_end in doc.sentences:
        if not doc.in_body(doc.norm.span(s_start, s_start)[0]):
            continue
        verbs = list(REPORT.finditer(t, s_start, s_end))
        inside = between(mentions, starts, s_start, s_end)
        inside_starts = [m.norm_start for m in inside]
        by_start = {m.norm_start: m for m in inside}
        in_sentence: list[_Statement] = []
        for i, v in enumerate(verbs):
            kind = LEXICON["report_verb"][name_key(v.group("x"))][0]
            after = _NEXT.match(t, v.end("x"), s_end)
            subject = by_start.get(after.start(1)) if after else None
            if subject is None and after:
                word = _ANAPHOR_AT.match(t, after.start(1), s_end)
                if word:
                    subject = _resolve_anaphor(word.group("x"), history.before(v.start()),
                                               claims[-1] if claims else None)
            if kind == "according" and subject is None:
                continue  # وفق تعبيره: not a new statement
            if subject is None and kind == "participle":
                subject = in_sentence[-1].mention if in_sentence else (
                    inside[0] if inside and inside[0].norm_start < v.start() else None)
            if subject is None and kind == "verb":
                k = bisect.bisect_left(inside_starts, v.start()) - 1
                if k >= 0 and inside[k].norm_end <= v.start() and _subject_before(t, inside[k], v):
                    subject = inside[k]
            carries = after is None or name_key(_word_at(t, after.start(1), s_end)) in CARRY
            if subject is None and claims and carries:
                subject = claims[-1].mention  # وقالت إن …: the previous speaker goes on (not in قال شومر)
            if subject is None and not carries and kind == "verb" and after is not None:
                subject = _subject_phrase(doc, after.start(1), s_end)  # قالت الشرطة: as written
            end = verbs[i + 1].start() if i + 1 < len(verbs) else s_end
            claim = _Statement(v.start("x"), end, v.end("x"), subject, v.group("x"), (s_start, s_end))
            claims.append(claim)
            in_sentence.append(claim)
    return claims


def _subject_phrase(doc: Document, start: int, end: int) -> ActorMention | None:
    """The subject right after a verb when no known actor stands there (قالت الشرطة، أعلن المرصد
    السوري): up to four words, stopping before a function word, a date word or a reporting verb;
    kept as written, with unknown side."""
    m = _PHRASE.match(doc.norm.text, start, end)
    if m is None:
        return None
    words = []
    for w in re.finditer(r"\S+", m.group()):
        key = w.group()
        if key in LEXICON["not_name"] or key in CARRY or key in DATE_WORDS or key in LEXICON["report_verb"]:
            break
        words.append(w)
    if not words:
        return None
    phrase_end = start + words[-1].end()
    s, e = doc.norm.span(start, phrase_end)
    name = original(doc.text, doc.norm, start, phrase_end)
    return ActorMention(s, e, name, name, "unknown", "", "unknown", False, doc.in_body(s), start, phrase_end)


def _word_at(t: str, start: int, end: int) -> str:
    """The word (or punctuation mark) at `start`."""
    m = _WORD_AT.match(t, start, end)
    return m.group() if m else ""


def _subject_before(t: str, mention: ActorMention, verb: re.Match) -> bool:
    """أن أذربيجان أعلنت: the actor stands at most three words before its verb."""
    return len(t[mention.norm_end:verb.start()].split()) <= 3


@register("claims", COLUMNS)
def claim_rows(doc: Document) -> Iterator[ClaimRow]:
    """The statements of a document. A statement's date is one written before its reported
    content (أعلن … أمس الأربعاء، تمكن), else the date of the same speaker's previous
    statement, else the first date inside the clause."""
    text, norm = doc.text, doc.norm
    found_dates = doc.layer("dates")
    date_starts = [d.start for d in found_dates]
    found_figures = doc.layer("figures")
    figure_starts = [f.start for f in found_figures]
    place_surfaces = {p.surface for p in doc.layer("places")}
    previous_sentence = None
    last: tuple[str, Any, str] | None = None
    for c in _statements(doc):
        s, e = norm.span(c.start, c.end)
        e = s + len(text[s:e].rstrip(" ،,.\n"))
        content = CONTENT_START.search(norm.text, c.verb_end, c.end)
        attribution_end = norm.span(content.start(), content.start())[0] if content else e
        # the first statement of a sentence owns the dates before its verb (في 25 …، أعلنت)
        zone = norm.span(c.sentence[0], c.sentence[0])[0] if c.sentence != previous_sentence else s
        previous_sentence = c.sentence
        own = [d for d in between(found_dates, date_starts, zone, attribution_end) if d.end <= attribution_end]
        inner = [d for d in between(found_dates, date_starts, s, e) if d.end <= e]
        when, when_surface = None, ""
        if own:
            when, when_surface = own[0].date, own[0].surface
        elif c.mention is not None and last is not None and last[0] == c.mention.name:
            when, when_surface = last[1], last[2]  # the same speaker, still talking
        elif inner:
            when, when_surface = inner[0].date, inner[0].surface
        last = (c.mention.name, when, when_surface) if c.mention is not None else None
        clause = text[s:e]
        m = c.mention
        verb_start, verb_end = norm.span(c.start, c.verb_end)
        yield ClaimRow(s, e, m.name if m else None, m.side if m else None, m.role if m else None,
                       text[verb_start:verb_end], when, when_surface, clause,
                       [q.group(1) for q in _QUOTE.finditer(clause) if q.group(1) not in place_surfaces],
                       [(f.value, f.category, f.surface) for f in between(found_figures, figure_starts, s, e)
                        if f.end <= e],
                       c.start, c.verb_end, c.sentence, m)


def extract_claims(texts: Any, published: Any = None, actors: str | Path | None = None) -> pd.DataFrame:
    """One row per reported statement in the body: actor, side, verb, date, clause, quotes, figures."""
    load_actors(actors)   # a bad table fails before any text is read
    return extract_table("claims", texts, published, actors=actors)
