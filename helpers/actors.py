"""Who does and who claims what: actors, their reported statements, and conflict events.

- `extract_actors`: organisations, people and countries with role and side, from data/actors.csv
  (name and spelling variants) plus three patterns whose words are data in lexicons/actors.csv:
  an institution and a nationality (النيابة العامة الأذربيجانية, with a one-letter slip in the
  nationality forgiven: الأذربيجاينة), a title and a name (الرئيس الأذربيجاني إلهام علييف),
  and a spokesperson (المتحدثة باسم الوزارة، أنا ناغداليان).
- `extract_claims`: one row per reporting verb in the body, with its actor (named after the
  verb, before it in the sentence, or carried over from the previous statement; الوزارة and
  النيابة refer back to the last ministry or prosecutor named), the clause, quotes, dates, and
  the figures (helpers.figures) whose spans lie inside the clause.
- `extract_events`: one ACLED-style row per body sentence with an event word.
"""
from __future__ import annotations

import bisect
import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd

from . import dates as dates_module
from . import figures as figures_module
from . import places as places_module
from .dates import LEXICON as DATES_LEXICON
from .dates import OWS, WS, _alt, extract_dates
from .figures import extract_figures
from .layout import sentences
from .normalize import Normalized, normalize_key
from .places import extract_places
from .tables import build_table, check_text, load_by_mtime, read_data_table
from .textindex import Prepared, first_words, prepare

ACTORS = Path(__file__).resolve().parent.parent / "data" / "actors.csv"
KINDS = ("org", "person", "country")
ACTOR_COLUMNS = ("name", "variants", "kind", "role", "side")
COLUMNS = ("start", "end", "surface", "name", "kind", "role", "side", "in_table", "in_body")
CLAIM_COLUMNS = ("start", "end", "actor", "side", "role", "verb", "date", "date_surface", "clause",
                 "quotes", "figures")
EVENT_COLUMNS = ("start", "end", "date", "date_relation", "place", "places", "actor1", "actor2",
                 "event_type", "fatalities", "source", "sentence")
# the more specific event wins when one sentence has several cue words
EVENT_PRIORITY = ("territory taken", "strike on civilians", "shelling or artillery", "armed clash")
PLACE_DETAIL = {"village": 0, "town": 1, "city": 2, "front": 3, "region": 4, "country": 5}


class ActorTableError(ValueError):
    """The actor table is missing or has a bad row; the message names the file and line."""


@dataclass(frozen=True)
class Actor:
    name: str
    kind: str
    role: str
    side: str


def _key(s: str) -> str:
    return " ".join(normalize_key(s).split())


def _lexicon() -> dict[str, dict[str, tuple[str, str]]]:
    table: dict[str, dict[str, tuple[str, str]]] = {}
    with resources.files("helpers").joinpath("lexicons/actors.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            table.setdefault(row["kind"], {})[_key(row["word"])] = (row["value"], row["side"])
    return table


LEXICON = _lexicon()
NATIONALITY = LEXICON["nationality"]
_DATE_WORDS = {w for kind in ("weekday", "day_offset", "shift", "part") for w in DATES_LEXICON[kind]}


@lru_cache(maxsize=4)
def _load(path: str, _mtime: float) -> tuple[dict[str, Actor], re.Pattern, frozenset[str]]:
    by_key: dict[str, Actor] = {}
    for where, row in read_data_table(Path(path), ACTOR_COLUMNS, ActorTableError, "actor table", KINDS):
        if not row["name"].strip() or not row["side"].strip():
            raise ActorTableError(f"{where}: fields 'name' and 'side' must not be empty")
        actor = Actor(row["name"].strip(), row["kind"], row["role"].strip(), row["side"].strip())
        for spelling in [row["name"], *row["variants"].split("|")]:
            key = _key(spelling)
            if not key:
                continue
            if key in by_key and by_key[key].name != actor.name:
                raise ActorTableError(f"{where}: spelling {key!r} already belongs to {by_key[key].name!r}")
            by_key[key] = actor
    keys = set(by_key) | {"لل" + k[2:] for k in by_key if k.startswith("ال")}
    return by_key, re.compile(rf"(?<!\w)(?:[وف]?[بل]|[وف])?(?P<x>{_alt(keys)})(?!\w)"), first_words(keys)


def load_actors(path: str | Path | None = None) -> tuple[dict[str, Actor], re.Pattern, frozenset[str]]:
    """The actor table (default data/actors.csv), validated, cached until the file changes."""
    return load_by_mtime(Path(path) if path is not None else ACTORS, _load, ActorTableError, "actor table")


_NAME_WORD = r"[^\W\d_]{2,}"
_NAME = rf"{_NAME_WORD}(?:{WS}{_NAME_WORD}){{0,2}}"
_CLITIC = r"(?<!\w)(?:[وف]?[بل]|[وف])?"
ORG = re.compile(rf"{_CLITIC}(?P<x>(?P<head>{_alt(LEXICON['org_head'])}){WS}(?P<nat>{_NAME_WORD}))(?!\w)")
TITLE = re.compile(rf"{_CLITIC}(?P<x>(?P<title>{_alt(LEXICON['title'])})(?!\w)(?:{WS}(?P<nat>{_alt(NATIONALITY)}))?"
                   rf"{OWS}[،,]?{OWS}(?P<name>{_NAME}))")
SPOKES = re.compile(rf"{_CLITIC}(?P<x>(?P<spk>{_alt(LEXICON['spokesperson'])}){WS}باسم{WS}"
                    rf"(?P<for>{_NAME_WORD}(?:{WS}{_NAME_WORD}){{0,3}}?){OWS}[،,]{OWS}(?P<name>{_NAME}))")
ORG_TRIGGERS = first_words(LEXICON["org_head"])
TITLE_TRIGGERS = first_words(LEXICON["title"])
SPOKES_TRIGGERS = first_words(LEXICON["spokesperson"])


def _close(a: str, b: str) -> bool:
    """Equal, or a slip of the pen: two neighbouring letters swapped (الأذربيجاينة for
    الأذربيجانية), or one letter more, less or different in a long word. Short nationality
    words stay exact: الأردنية and الأمنية are one letter away from الأرمنية."""
    if a == b:
        return True
    if len(a) == len(b) >= 6:
        diff = [k for k, (x, y) in enumerate(zip(a, b)) if x != y]
        if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
            return True
    if min(len(a), len(b)) < 10 or abs(len(a) - len(b)) > 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return a[i + 1:] == b[i + 1:] or a[i + 1:] == b[i:] or a[i:] == b[i + 1:]


@lru_cache(maxsize=65536)
def _nationality(word: str) -> str | None:
    """The nationality adjective `word` is (allowing one slip), as its lexicon spelling."""
    if word in NATIONALITY:
        return word
    return next((n for n in NATIONALITY if _close(word, n)), None)


def _name_words(original: str) -> int:
    """How many words of a name after a title are the name: it stops before a function word or
    a definite word (علييف، أمس → 1; دونالد ترامب الثلاثاء → 2). Read on the original text,
    where the ال of a definite word is still told apart from the إل of إلهام."""
    count = 0
    for word in original.split():
        key = _key(word)
        if key in LEXICON["not_name"] or key in _DATE_WORDS or key in NATIONALITY:
            break
        count += 1
        if word.startswith("ال"):
            return count if count > 1 else 0  # a family name (بشار الأسد) ends the name
    return count


def _name_span(text: str, norm: Normalized, m: re.Match) -> tuple[int, str] | None:
    """(normalised end, normalised name) of the name group of a title or spokesperson match."""
    s, e = norm.span(*m.span("name"))
    count = _name_words(text[s:e])
    if not count:
        return None
    words = list(re.finditer(r"\S+", m.group("name")))[:count]
    return m.start("name") + words[-1].end(), " ".join(w.group() for w in words)


@dataclass
class Mention:
    """One actor mention, in normalised offsets (start, end) and original ones (s, e)."""

    start: int
    end: int
    name: str
    kind: str
    role: str
    side: str
    in_table: bool
    s: int = 0
    e: int = 0


def _original(text: str, norm: Normalized, start: int, end: int) -> str:
    """The original spelling of a normalised span (a name not in the table is kept as written)."""
    s, e = norm.span(start, end)
    return text[s:e]


def _person(text: str, norm: Normalized, m: re.Match, table: dict[str, Actor], role: str,
            side: str) -> Mention | None:
    """The person a title or spokesperson match names: the actor table's entry when it knows the
    name (in full or by its last word), else the name as written with `role` and `side`."""
    span = _name_span(text, norm, m)
    if span is None:
        return None
    end, name = span
    actor = table.get(name) or table.get(name.split()[-1])
    if actor:
        return Mention(m.start("x"), end, actor.name, "person", actor.role, actor.side, True)
    return Mention(m.start("x"), end, _original(text, norm, m.start("name"), end), "person", role, side, False)


def _mentions(text: str, table: dict[str, Actor], pattern: re.Pattern, triggers: frozenset[str]) -> list[Mention]:
    """Actor mentions in reading order, overlapping candidates resolved to the longest."""
    prepared = prepare(text)
    norm = prepared.norm
    found: list[Mention] = []
    for m in prepared.scan(pattern, triggers):
        key = m.group("x")
        actor = table.get(key) or table.get("ال" + key[2:])
        found.append(Mention(*m.span("x"), actor.name, actor.kind, actor.role, actor.side, True))
    for m in prepared.scan(ORG, ORG_TRIGGERS):
        nat = _nationality(m.group("nat"))
        if nat is None:
            continue
        role = LEXICON["org_head"][_key(m.group("head"))][0]
        canonical = _key(m.group("head")) + " " + nat
        actor = table.get(canonical)
        name = actor.name if actor else _original(text, norm, *m.span("x"))
        found.append(Mention(*m.span("x"), name, "org", actor.role if actor else role,
                             actor.side if actor else NATIONALITY[nat][1], actor is not None))
    for m in prepared.scan(TITLE, TITLE_TRIGGERS):
        side = NATIONALITY[_key(m.group("nat"))][1] if m.group("nat") else "unknown"
        person = _person(text, norm, m, table, LEXICON["title"][_key(m.group("title"))][0], side)
        if person:
            found.append(person)
    for m in prepared.scan(SPOKES, SPOKES_TRIGGERS):
        side = next((NATIONALITY[w][1] for w in m.group("for").split() if w in NATIONALITY), "unknown")
        person = _person(text, norm, m, table, "spokesperson", side)
        if person:
            person.role = "spokesperson"   # the role this sentence gives, even to a known actor
            found.append(person)
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    kept: list[Mention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    for mention in kept:
        mention.s, mention.e = norm.span(mention.start, mention.end)
    return kept


def _actor_records(text: str, actors: tuple[dict[str, Actor], re.Pattern, frozenset[str]]) -> Iterator[tuple]:
    """Rows of COLUMNS for one text; `actors` is what load_actors gives (loaded once per call)."""
    check_text(text)
    table, pattern, triggers = actors
    prepared = prepare(text)
    for m in _mentions(text, table, pattern, triggers):
        yield (m.s, m.e, text[m.s:m.e], m.name, m.kind, m.role, m.side, m.in_table, prepared.in_body(m.s))


def extract_actors(texts: Any, actors: str | Path | None = None) -> pd.DataFrame:
    """Actor mentions in one text or a list/Series of texts; `actors` overrides data/actors.csv."""
    loaded = load_actors(actors)
    return build_table(lambda text: _actor_records(text, loaded), COLUMNS, texts, uses_published=False)


# ---- claims -----------------------------------------------------------------------------------

REPORT = re.compile(rf"(?<!\w)(?:[وف])?(?P<x>{_alt(LEXICON['report_verb'])})(?!\w)")
_CONTENT_START = re.compile(r"(?<!\w)(?:[بل]?ان|انه|انها)(?!\w)|[:«\"“]")
_QUOTE = re.compile(r"[«\"“]([^«»\"“”\n]{2,}?)[»\"”]")


@dataclass
class Claim:
    start: int          # normalised offsets of the clause
    end: int
    verb_end: int
    mention: Mention | None
    verb: str
    sentence: tuple[int, int]
    date: Any = None
    date_surface: str = ""


def _between(items: list, starts: list[int], lo: int, hi: int) -> list:
    """The items (sorted by start; `starts` their starts) that start in [lo, hi)."""
    return items[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]


class _History:
    """The last actor named with each anaphor's role (الوزارة → a ministry), read in text order."""

    def __init__(self, mentions: list[Mention]):
        self.mentions, self.next, self.last = mentions, 0, {}

    def before(self, offset: int) -> dict[str, Mention]:
        while self.next < len(self.mentions) and self.mentions[self.next].start < offset:
            m = self.mentions[self.next]
            for role, _ in LEXICON["anaphor"].values():
                if role in m.role:
                    self.last[role] = m
            self.next += 1
        return self.last


def _resolve_anaphor(word: str, history: dict[str, Mention], previous: Claim | None) -> Mention | None:
    """الوزارة / النيابة / البيان: the last actor named with that role, or the last speaker."""
    role = LEXICON["anaphor"][word][0]
    if role == "statement":
        return previous.mention if previous else None
    return history.get(role)


def _claims(text: str, table: dict[str, Actor], pattern: re.Pattern, triggers: frozenset[str]) -> list[Claim]:
    """Reported statements in body sentences, with their actor, in normalised offsets."""
    prepared = prepare(text)
    t = prepared.norm.text
    mentions = _mentions(text, table, pattern, triggers)
    starts = [m.start for m in mentions]
    history = _History(mentions)
    claims: list[Claim] = []
    for s_start, s_end in sentences(t):
        if not prepared.in_body(prepared.norm.span(s_start, s_start)[0]):
            continue
        verbs = list(REPORT.finditer(t, s_start, s_end))
        inside = _between(mentions, starts, s_start, s_end)
        inside_starts = [m.start for m in inside]
        by_start = {m.start: m for m in inside}
        in_sentence: list[Claim] = []
        for i, v in enumerate(verbs):
            kind = LEXICON["report_verb"][_key(v.group("x"))][0]
            after = _NEXT.match(t, v.end("x"), s_end)
            subject = by_start.get(after.start(1)) if after else None
            if subject is None and after:
                word = _ANAPHOR_AT.match(t, after.start(1), s_end)
                if word:
                    subject = _resolve_anaphor(word.group("x"), history.before(v.start()), claims[-1] if claims else None)
            if kind == "according" and subject is None:
                continue  # وفق تعبيره: not a new statement
            if subject is None and kind == "participle":
                subject = in_sentence[-1].mention if in_sentence else (
                    inside[0] if inside and inside[0].start < v.start() else None)
            if subject is None and kind == "verb":
                k = bisect.bisect_left(inside_starts, v.start()) - 1
                if k >= 0 and inside[k].end <= v.start() and _subject_before(t, inside[k], v):
                    subject = inside[k]
            carries = after is None or _key(after_word(t, after.start(1), s_end)) in CARRY
            if subject is None and claims and carries:
                subject = claims[-1].mention  # وقالت إن …: the previous speaker goes on (not in قال شومر)
            if subject is None and not carries and kind == "verb":
                subject = _subject_phrase(text, prepared, after.start(1), s_end)  # قالت الشرطة: as written
            end = verbs[i + 1].start() if i + 1 < len(verbs) else s_end
            claim = Claim(v.start("x"), end, v.end("x"), subject, v.group("x"), (s_start, s_end))
            claims.append(claim)
            in_sentence.append(claim)
    return claims


_NEXT = re.compile(r"[^\S\n]*[،,]?[^\S\n]*(\S)")
_PHRASE = re.compile(r"[^\W\d_]{2,}(?:[^\S\n][^\W\d_]{2,}){0,3}")


def _subject_phrase(text: str, prepared: Prepared, start: int, end: int) -> Mention | None:
    """The subject right after a verb when no known actor stands there (قالت الشرطة، أعلن المرصد
    السوري): up to four words, stopping before a function word, a date word or a reporting verb;
    kept as written, with unknown side."""
    m = _PHRASE.match(prepared.norm.text, start, end)
    if m is None:
        return None
    words = []
    for w in re.finditer(r"\S+", m.group()):
        key = w.group()
        if key in LEXICON["not_name"] or key in CARRY or key in _DATE_WORDS or key in LEXICON["report_verb"]:
            break
        words.append(w)
    if not words:
        return None
    phrase_end = start + words[-1].end()
    return Mention(start, phrase_end, _original(text, prepared.norm, start, phrase_end), "unknown", "", "unknown",
                   False)
_WORD_AT = re.compile(r"\w+|\S")
# After a verb without a named subject, these words mean the previous speaker goes on.
CARRY = frozenset(LEXICON["carry_next"]) | frozenset(DATES_LEXICON["weekday"]) | frozenset(DATES_LEXICON["day_offset"])


def after_word(t: str, start: int, end: int) -> str:
    """The word (or punctuation mark) at `start`."""
    m = _WORD_AT.match(t, start, end)
    return m.group() if m else ""
_ANAPHOR_AT = re.compile(rf"(?P<x>{_alt(LEXICON['anaphor'])})(?!\w)")


def _subject_before(t: str, mention: Mention, verb: re.Match) -> bool:
    """أن أذربيجان أعلنت: the actor stands at most three words before its verb."""
    return len(t[mention.end:verb.start()].split()) <= 3


def _dates_by_offset(text: str, published: date | None) -> list[tuple[int, int, Any, str, str]]:
    d = extract_dates(text, published)
    return list(zip(d["start"], d["end"], d["date"], d["surface"], d["relation"]))


def _figures(text: str, published: date | None) -> list[tuple[int, int, Any, str, str]]:
    """(start, end, value, category, surface) of the article's figures, from helpers.figures."""
    f = extract_figures(text, published)
    return list(zip(f["start"], f["end"], f["value"], f["category"], f["surface"]))


def _claim_records(text: str, published: date | None, path: str | Path | None = None) -> Iterator[tuple]:
    """Rows of CLAIM_COLUMNS. A statement's date is one written before its reported content
    (أعلن … أمس الأربعاء، تمكن), else the date of the same speaker's previous statement, else
    the first date inside the clause."""
    check_text(text)
    table, pattern, triggers = load_actors(path)
    norm = prepare(text).norm
    dates = _dates_by_offset(text, published)
    date_starts = [d[0] for d in dates]
    figures = _figures(text, published)
    figure_starts = [f[0] for f in figures]
    places = set(extract_places(text)["surface"])
    previous_sentence = last = None
    for c in _claims(text, table, pattern, triggers):
        s, e = norm.span(c.start, c.end)
        e = s + len(text[s:e].rstrip(" ،,.\n"))
        content = _CONTENT_START.search(norm.text, c.verb_end, c.end)
        attribution_end = norm.span(content.start(), content.start())[0] if content else e
        # the first statement of a sentence owns the dates before its verb (في 25 …، أعلنت)
        zone = norm.span(c.sentence[0], c.sentence[0])[0] if c.sentence != previous_sentence else s
        previous_sentence = c.sentence
        own = [d for d in _between(dates, date_starts, zone, attribution_end) if d[1] <= attribution_end]
        inner = [d for d in _between(dates, date_starts, s, e) if d[1] <= e]
        if own:
            c.date, c.date_surface = own[0][2], own[0][3]
        elif c.mention is not None and last is not None and last[0] == c.mention.name:
            c.date, c.date_surface = last[1], last[2]  # the same speaker, still talking
        elif inner:
            c.date, c.date_surface = inner[0][2], inner[0][3]
        last = (c.mention.name, c.date, c.date_surface) if c.mention is not None else None
        clause = text[s:e]
        m = c.mention
        verb_start, verb_end = norm.span(c.start, c.verb_end)
        yield (s, e, m.name if m else None, m.side if m else None, m.role if m else None,
               text[verb_start:verb_end], c.date, c.date_surface, clause,
               [q.group(1) for q in _QUOTE.finditer(clause) if q.group(1) not in places],
               [(value, category, surface) for fs, fe, value, category, surface
                in _between(figures, figure_starts, s, e) if fe <= e])


def extract_claims(texts: Any, published: Any = None, actors: str | Path | None = None) -> pd.DataFrame:
    """One row per reported statement in the body: actor, side, verb, date, clause, quotes, figures."""
    load_actors(actors)
    return build_table(lambda text, day: _claim_records(text, day, actors), CLAIM_COLUMNS, texts, published)


# ---- events -----------------------------------------------------------------------------------

EVENT = re.compile(rf"(?<!\w)(?:[وفبل]|وب|ول|فب|بال|وال|وبال)?(?P<x>{_alt(LEXICON['event_cue'])})(?!\w)")
CIVILIAN = re.compile(rf"(?<!\w)(?:[وفبل])?(?:{_alt(LEXICON['civilian_cue'])})(?!\w)")
NATIONALITY_WORD = re.compile(rf"(?<!\w)(?P<x>{_alt(NATIONALITY)})(?!\w)")


def _event_type(t: str, start: int, end: int) -> str | None:
    types = {LEXICON["event_cue"][_key(m.group("x"))][0] for m in EVENT.finditer(t, start, end)}
    if "shelling or artillery" in types and CIVILIAN.search(t, start, end):
        types.add("strike on civilians")
    return next((kind for kind in EVENT_PRIORITY if kind in types), None)


def _event_records(text: str, published: date | None, path: str | Path | None = None) -> Iterator[tuple]:
    check_text(text)
    table, pattern, triggers = load_actors(path)
    prepared = prepare(text)
    norm, t = prepared.norm, prepared.norm.text
    claims = _claims(text, table, pattern, triggers)
    first_claim: dict[tuple[int, int], Claim] = {}
    for c in claims:
        first_claim.setdefault(c.sentence, c)
    claim_dates = {c.start: row[6] for c, row in zip(claims, _claim_records(text, published, path))}
    mentions = _mentions(text, table, pattern, triggers)
    mention_starts = [m.start for m in mentions]
    dates = [d for d in _dates_by_offset(text, published) if d[2] is not None]
    date_starts = [d[0] for d in dates]
    places = extract_places(text)
    places = list(zip(places["start"], places["end"], places["kind"], places["name"]))
    place_starts = [p[0] for p in places]
    figures = _figures(text, published)
    figure_starts = [f[0] for f in figures]
    for s_start, s_end in sentences(t):
        s, e = norm.span(s_start, s_end)
        if not prepared.in_body(s):
            continue
        kind = _event_type(t, s_start, s_end)
        if kind is None:
            continue
        claim = first_claim.get((s_start, s_end))
        source = claim.mention if claim else None
        attribution_end = s
        if claim:
            content = _CONTENT_START.search(t, claim.verb_end, s_end)
            attribution_end = norm.span(*(content.span() if content else (claim.verb_end, claim.verb_end)))[0]
        in_content = [d for d in _between(dates, date_starts, attribution_end, e) if d[1] <= e]
        stated = claim_dates.get(claim.start) if claim else None
        when = (in_content[0][2], in_content[0][4]) if in_content else ((stated, "on") if stated else (None, None))
        here = [p for p in _between(places, place_starts, s, e) if p[1] <= e]
        ranked = sorted((PLACE_DETAIL[kind_], start, name) for start, _, kind_, name in here)
        names = list(dict.fromkeys(name for *_, name in here))
        content_start = (max(claim.verb_end, source.end if source and source.start >= claim.verb_end else 0)
                         if claim else s_start)
        actors = [m for m in _between(mentions, mention_starts, content_start, s_end)
                  if m.kind != "person" and not (source and m.start == source.start)]
        nat = NATIONALITY_WORD.search(t, content_start, s_end)
        if actors:
            actor1_name, actor1_side = actors[0].name, actors[0].side
        elif nat:  # القصف الأرميني: the side named by an adjective
            actor1_name, actor1_side = NATIONALITY[nat.group("x")]
        else:  # تمكن الجيش من السيطرة: the speaker's own side acted
            actor1_name, actor1_side = (source.name, source.side) if source else (None, None)
        other = next((m.name for m in actors if m.side not in (actor1_side, "third_party", "unknown")), None)
        actor2 = "civilians" if kind == "strike on civilians" else other
        killed = [v for _, fe, v, category, _ in _between(figures, figure_starts, s, e)
                  if fe <= e and category == "killed"]
        yield (s, e, when[0], when[1], ranked[0][2] if ranked else None, names, actor1_name, actor2, kind,
               max(killed) if killed else None, source.name if source else None, text[s:e])


def extract_events(texts: Any, published: Any = None, actors: str | Path | None = None) -> pd.DataFrame:
    """ACLED-style events: date, place, actor 1 and 2, event type, fatalities, source, sentence."""
    load_actors(actors)
    return build_table(lambda text, day: _event_records(text, day, actors), EVENT_COLUMNS, texts, published)


# ---- the whole step over a corpus --------------------------------------------------------------

def extract_context(texts: Any, published: Any = None) -> dict[str, pd.DataFrame]:
    """Dates, places, actors and figures of one text or a list/Series of texts, in one pass:
    each text is normalised and its words indexed once for the four (the single extractors,
    run one after the other over a corpus, would each prepare every text again).
    Returns {"dates": …, "places": …, "actors": …, "figures": …}, each table as its own
    extractor gives it."""
    gazetteer = places_module.load_gazetteer()
    actors = load_actors()
    place_rows: list[list[tuple]] = []
    actor_rows: list[list[tuple]] = []
    figure_rows: list[list[tuple]] = []

    def records(text: str, day: date | None) -> list[tuple]:
        rows = list(dates_module._records(text, day))
        place_rows.append(list(places_module._records(text, gazetteer)))
        actor_rows.append(list(_actor_records(text, actors)))
        figure_rows.append(figures_module._article_records(text, day))
        return rows

    found_dates = build_table(records, dates_module.COLUMNS, texts, published)
    places_iter, actors_iter, figures_iter = iter(place_rows), iter(actor_rows), iter(figure_rows)
    return {
        "dates": found_dates,
        "places": build_table(lambda _text: next(places_iter), places_module.COLUMNS, texts, uses_published=False),
        "actors": build_table(lambda _text: next(actors_iter), COLUMNS, texts, uses_published=False),
        "figures": build_table(lambda _text: next(figures_iter), figures_module.COLUMNS, texts,
                               uses_published=False, exact=("value", "low", "high")),
    }
