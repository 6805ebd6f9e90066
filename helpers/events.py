"""Conflict events, ACLED style: one row per body sentence with an event word.

An event's type comes from its cue words (lexicons/events.csv: event_cue, civilian_cue); its
date, place, actors, fatalities and source come from the document's layers already found:
dates, places, actors, figures and claims (the first statement of the sentence is its source).
A cue is no event when it is part of a longer phrase that is none (وقف إطلاق النار، هجوما
لاذعا، انفجار خزان), when a word of threat, plan, denial, prevention or court sentence comes
shortly before it (هدد بشن هجمات، أحبطت، نفت، قضت بإعدام), or when its sentence is about sport,
space, drills or an anniversary (void_any); territory is taken only of a place or a territory
noun that follows the cue (سيطرت على مديرية، not سيطر الهلال على مجريات اللقاء). In a cue, the
word … stands for up to GAP_WORDS words that may split it: a subject or a pronoun object between
a verb and its noun (أطلق … النار: أطلق مجهولون النار، أطلقوا عليه النار).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd

from .actors import NATIONALITY, load_actors, name_key
from .attribution import CONTENT_START, between
from .claims import ClaimRow
from .document import Document
from .patterns import word_trie
from .pipeline import extract_table
from .registry import register
from .vocabulary import read_lexicon
from .words import CLITIC_EVENT, CLITIC_LETTER, WS, alternation

# the more specific event wins when one sentence has several cue words
# (ACLED sub-event types: territory taken, execution, air/drone strike, remote explosive or suicide
# bomb, shelling/artillery, attack on civilians, armed clash).
EVENT_PRIORITY = ("territory taken", "execution", "strike on civilians", "air strike", "bombing",
                  "shelling or artillery", "attack on civilians", "attack", "armed clash")
# Strikes that hit civilians (a civilian cue in the sentence) are strikes on civilians; an
# attack with one is an attack on civilians.
ON_CIVILIANS = {"shelling or artillery": "strike on civilians", "air strike": "strike on civilians",
                "attack": "attack on civilians"}
PLACE_DETAIL = {"village": 0, "camp": 0, "town": 1, "district": 1, "city": 2, "front": 3, "region": 4, "country": 5}

NO_EVENT = "none"   # the type of a phrase that holds a cue and is no event (وقف إطلاق النار)
CUE_REACH = 8       # words looked at before a cue (void_before) and after it (territory)
REACH_CHARS = 400   # characters before a cue read for its CUE_REACH words (they fit with room to spare)
OBJECT_WORDS = 2    # words of what is taken: after على when it follows the cue, else after the cue
GAP = " … "         # in a cue, up to GAP_WORDS words (أطلق … النار: أطلق مجهولون النار)
GAP_WORDS = 3


def _events_lexicon() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    for row in read_lexicon("events.csv", ["kind", "word"], ["value"]):
        table.setdefault(row["kind"], {})[name_key(row["word"])] = row["value"]
    return table


def _cue_pattern(cues) -> str:
    """Cue words as one regex, longest first: a space matches any run of spaces, and the gap
    word … up to GAP_WORDS words with their spaces."""
    gap = rf"{WS}(?:\w+{WS}){{0,{GAP_WORDS}}}"
    return word_trie((c.replace(GAP, "…") for c in cues),
                     lambda ch, depth: WS if ch == " " else gap if ch == "…" else re.escape(ch))


LEXICON = _events_lexicon()
EVENT = re.compile(rf"{CLITIC_EVENT}(?P<x>{_cue_pattern(LEXICON['event_cue'])})(?!\w)")
# Cues with a gap, matched whole to find the type of a cue read with words inside it.
GAPPED = [(re.compile(_cue_pattern([cue])), kind)
          for cue, kind in sorted(LEXICON["event_cue"].items(), key=lambda c: -len(c[0])) if GAP in cue]
# The words an EVENT match begins with (its clitics on a cue's first word), for Document.scan.
EVENT_TRIGGERS = frozenset(clitic + cue.split()[0] for cue in LEXICON["event_cue"]
                           for clitic in ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "بال", "وال", "وبال"))
CIVILIAN = re.compile(rf"{CLITIC_LETTER}(?:{alternation(LEXICON['civilian_cue'])})(?!\w)")
VOID_ANY = re.compile(rf"{CLITIC_LETTER}(?:{alternation(LEXICON['void_any'])})(?!\w)")
# Words of violence (casualties, weapons, armed forces and groups): a cue that has a figurative or
# civil sense (هجوم، معارك، قصف، طعن، استهداف، تفجير…: kind figurative_cue) reports an event only
# beside one of them, a casualty figure or a cue of another kind (not هجوم حزب على حليفه، المعركة
# الانتخابية، طعن بالتزوير); a military aircraft (value means) only beside them or an act.
_VIOLENCE_WORDS = [*LEXICON["violence"], *("لل" + w[2:] for w in LEXICON["violence"] if w.startswith("ال"))]   # للحوثيين
VIOLENCE = re.compile(rf"{CLITIC_LETTER}(?:{alternation(_VIOLENCE_WORDS)})(?:هم|هما|ها|ه)?(?!\w)")   # جثثهم
_WORD = re.compile(r"\w+")
ON = frozenset(name_key(w) for w in ("على", "وعلى"))   # what is taken follows it
NATIONALITY_WORD = re.compile(rf"(?<!\w)(?P<x>{alternation(NATIONALITY)})(?!\w)")


class EventRow(NamedTuple):
    """One event: the table's columns."""

    start: int
    end: int
    date: Any
    date_relation: str | None
    place: str | None
    places: list[str]
    actor1: str | None
    actor2: str | None
    event_type: str
    fatalities: Any
    source: str | None
    sentence: str


COLUMNS = EventRow._fields


def _listed(word: str, kind: str) -> bool:
    """`word` (normalised) or, without a leading و ف ب ل, one of the lexicon's words of `kind`."""
    words = LEXICON[kind]
    return word in words or (word[:1] in "وفبل" and word[1:] in words)


def _live(t: str, start: int, end: int, cue: tuple[int, int, str],
          place_starts: list[int] | None) -> bool:
    """Whether a cue of the sentence t[start:end] reports an event: not a phrase that is none,
    no word of threat, plan, denial or sentence just before it, and territory named after a
    cue of territory taken: a territory noun or a place (`place_starts`, in normalised offsets;
    None when places are not known) in the first words of what is taken (سيطرت المقاومة على
    مدينة، تحرير عدن; not سيطروا على بعض المعونات)."""
    cue_start, cue_end, kind = cue
    if kind == NO_EVENT:
        return False
    near = max(start, cue_start - REACH_CHARS)
    before = _WORD.findall(t, near, cue_start)[-CUE_REACH:]
    if any(_listed(w, "void_before") for w in before):
        return False
    if kind != "territory taken":
        return True
    after = list(islice(_WORD.finditer(t, cue_end, end), CUE_REACH))
    on = next((k for k, m in enumerate(after) if m.group() in ON), None)
    # after على what is taken; else the subject or object next to the cue (قرى تحررت، تحرير عدن)
    taken = (after[on + 1:on + 1 + OBJECT_WORDS] if on is not None
             else list(_WORD.finditer(t, near, cue_start))[-OBJECT_WORDS:] + after[:OBJECT_WORDS])
    if not taken:
        return False
    if any(_listed(m.group(), "territory_noun") for m in taken):
        return True
    if not place_starts:
        return False
    return bisect.bisect_left(place_starts, taken[0].start()) < bisect.bisect_left(place_starts, taken[-1].end())


def event_type(t: str, start: int, end: int, cues: list[tuple[int, int, str]] | None = None,
               place_starts: list[int] | None = None, harmed: bool = False) -> str | None:
    """The event type of the sentence t[start:end] (normalised), None when it has no event word
    that reports an event. `cues` (event_cues of the whole text) saves searching the sentence
    again; `place_starts` (normalised offsets of the places found) lets territory be a place;
    `harmed` (the sentence counts killed or injured) makes a figurative cue an event."""
    if cues is None:
        cues = event_cues(t, start, end)
    if VOID_ANY.search(t, start, end):
        return None
    starts = [c[0] for c in cues]
    live = [cue for cue in between(cues, starts, start, end) if cue[1] <= end and _live(t, start, end, cue, place_starts)]
    if not harmed and not VIOLENCE.search(t, start, end):
        senses = {cue: _figurative(t, cue) for cue in live}
        if not {"action", "means"} <= set(senses.values()):   # هاجمت طائرة حربية: an act and its means
            live = [cue for cue in live if senses[cue] is None]
    types = {cue[2] for cue in live}
    if types & ON_CIVILIANS.keys() and CIVILIAN.search(t, start, end):
        types |= {ON_CIVILIANS[kind] for kind in types & ON_CIVILIANS.keys()}
    return next((kind for kind in EVENT_PRIORITY if kind in types), None)


def _figurative(t: str, cue: tuple[int, int, str]) -> str | None:
    """The sense a cue word may have besides an event (events.csv kind figurative_cue): "action" for a
    figurative or civil one (هاجم، معارك), "means" for a weapon that reports no act by itself (value means:
    مقاتلات، طائرة حربية); None for a cue that has none."""
    m = EVENT.match(t, cue[0])
    if m is None or (word := name_key(m.group("x"))) not in LEXICON["figurative_cue"]:
        return None
    return LEXICON["figurative_cue"][word] or "action"


def event_cues(t: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, event type) of every event word in t[start:end], in text order."""
    return _cues(EVENT.finditer(t, start, len(t) if end is None else end))


def _cues(matches: Iterator[re.Match]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), _cue_type(m.group("x"))) for m in matches]


def _cue_type(cue: str) -> str:
    """The event type of a matched cue; a cue with words in its gap is the longest gapped cue
    it matches whole (أطلق … النار في الهواء before أطلق … النار)."""
    kind = LEXICON["event_cue"].get(name_key(cue))
    if kind is not None:
        return kind
    return next(kind for pattern, kind in GAPPED if pattern.fullmatch(cue))


@register("events", COLUMNS)
def event_rows(doc: Document) -> Iterator[EventRow]:
    """The events of a document, one per body sentence with an event word."""
    text, norm, t = doc.text, doc.norm, doc.norm.text
    first_claim: dict[tuple[int, int], ClaimRow] = {}
    for c in doc.layer("claims"):
        first_claim.setdefault(c.sentence, c)
    mentions = doc.layer("actors")
    mention_starts = [m.norm_start for m in mentions]
    dates = [d for d in doc.layer("dates") if d.date is not None]
    date_starts = [d.start for d in dates]
    places = doc.layer("places")
    place_starts = [p.start for p in places]
    place_norm_starts = sorted(norm.normalized_position(p.start) for p in places)
    figures = doc.layer("figures")
    figure_starts = [f.start for f in figures]
    cues = _cues(doc.scan(EVENT, EVENT_TRIGGERS))   # = event_cues(t), tried at the cue words only
    cue_starts = [c[0] for c in cues]
    for s_start, s_end in doc.sentences:
        inside = between(cues, cue_starts, s_start, s_end)
        if not inside:
            continue
        s, e = norm.span(s_start, s_end)
        if not doc.in_body(s):
            continue
        here_figures = [f for f in between(figures, figure_starts, s, e) if f.end <= e]
        harmed = any(f.category in ("killed", "injured") for f in here_figures)
        kind = event_type(t, s_start, s_end, inside, place_norm_starts, harmed)
        if kind is None:
            continue
        claim = first_claim.get((s_start, s_end))
        source = claim.mention if claim else None
        attribution_end = s
        if claim:
            content = CONTENT_START.search(t, claim.verb_end, s_end)
            attribution_end = norm.span(*(content.span() if content else (claim.verb_end, claim.verb_end)))[0]
        in_content = [d for d in between(dates, date_starts, attribution_end, e) if d.end <= e]
        stated = claim.date if claim else None
        when = (in_content[0].date, in_content[0].relation) if in_content else (
            (stated, "on") if stated else (None, None))
        here = [p for p in between(places, place_starts, s, e) if p.end <= e]
        ranked = sorted((PLACE_DETAIL[p.kind], p.start, p.name) for p in here)
        names = list(dict.fromkeys(p.name for p in here))
        content_start = (max(claim.verb_end, source.norm_end if source and source.norm_start >= claim.verb_end else 0)
                         if claim else s_start)
        actors = [m for m in between(mentions, mention_starts, content_start, s_end)
                  if m.kind != "person" and not (source and m.norm_start == source.norm_start)]
        nat = NATIONALITY_WORD.search(t, content_start, s_end)
        if actors:
            actor1_name, actor1_side = actors[0].name, actors[0].side
        elif nat:  # القصف الأرميني: the side named by an adjective
            actor1_name, actor1_side = NATIONALITY[name_key(nat.group("x"))]
        else:  # تمكن الجيش من السيطرة: the speaker's own side acted
            actor1_name, actor1_side = (claim.actor, source.side) if claim and source else (None, None)
        other = next((m.name for m in actors if m.side not in (actor1_side, "third_party", "unknown")), None)
        actor2 = "civilians" if kind in ("strike on civilians", "attack on civilians") else other
        # a range (بين 25 و30) counts its lower bound, as ACLED codes fatalities conservatively
        killed = [f.value if f.value is not None else f.low for f in here_figures
                  if f.category == "killed" and (f.value is not None or f.low is not None)]
        yield EventRow(s, e, when[0], when[1], ranked[0][2] if ranked else None, names, actor1_name, actor2, kind,
                       max(killed) if killed else None, claim.actor if claim and source else None, text[s:e])


def extract_events(texts: Any, published: Any = None, actors: str | Path | None = None) -> pd.DataFrame:
    """ACLED-style events: date, place, actor 1 and 2, event type, fatalities, source, sentence."""
    load_actors(actors)   # a bad table fails before any text is read
    return extract_table("events", texts, published, actors=actors)
