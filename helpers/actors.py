"""Actors named in Arabic news: organisations, people and countries, with role and side.

From data/actors.csv (name and spelling variants) plus three patterns whose words are data in
lexicons/actors.csv: an institution and a nationality (النيابة العامة الأذربيجانية, with a
one-letter slip in the nationality forgiven: الأذربيجاينة), a title and a name (الرئيس
الأذربيجاني إلهام علييف), and a spokesperson (المتحدثة باسم الوزارة، أنا ناغداليان).
Claims (helpers.claims) and events (helpers.events) read these mentions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd

from .dates import LEXICON as DATES_LEXICON
from .document import Document, first_words
from .normalize import Normalized, letters, normalize_key
from .pipeline import extract_table
from .registry import register
from .tables import load_by_mtime
from .vocabulary import read_lexicon, read_table
from .words import CLITIC, LETTERS, OWS, WS, alternation, contracted

ACTORS = Path(__file__).resolve().parent.parent / "data" / "actors.csv"
KINDS = ("org", "person", "country")
ACTOR_COLUMNS = ("name", "variants", "kind", "role", "side")


class ActorTableError(ValueError):
    """The actor table is missing or has a bad row; the message names the file and line."""


@dataclass(frozen=True)
class Actor:
    name: str
    kind: str
    role: str
    side: str


def name_key(s: str) -> str:
    """A name or word as the lexicons key it: normalised, single-spaced."""
    return " ".join(normalize_key(s).split())


def _lexicon() -> dict[str, dict[str, tuple[str, str]]]:
    table: dict[str, dict[str, tuple[str, str]]] = {}
    for row in read_lexicon("actors.csv", ["kind", "word"], ["value", "side"]):
        table.setdefault(row["kind"], {})[name_key(row["word"])] = (row["value"], row["side"])
    return table


LEXICON = _lexicon()
NATIONALITY = LEXICON["nationality"]
DATE_WORDS = {w for kind in ("weekday", "day_offset", "shift", "part") for w in DATES_LEXICON[kind]}
ALI = "علي"   # the given name as written; normalised, the preposition على reads the same
# Words that link a name to the word after it (عبد الله، بن زايد، أبو بكر، آل صمغان، بني سويف)
NAME_LINKS = frozenset(name_key(w) for w in ("عبد", "بن", "ابن", "أبو", "بنت", "بني", "آل"))
# The particles of European family names (جان إيف لو دريان، لويس دي غيندوس): a name that holds one has a word more
NAME_PARTICLES = frozenset(name_key(w) for w in ("لو", "دي", "دو", "فان", "فون"))
# Words that open or join clauses (أن، كان، في): after لو, the conditional, not a name's particle
_CLAUSE_WORDS = frozenset(name_key(row["cue"]) for row in read_lexicon("reporting_verbs.csv") if row["role"] == "stop")
# A verb or participle of reporting is no word of a name after a title (وزير الخارجية قائلا إن)
REPORTING_WORDS = frozenset(name_key(row["cue"]) for row in read_lexicon("reporting_verbs.csv")
                            if row["role"] in ("verb", "participle"))
# How something is said, ب and a noun (بغضب، بلهجة): never a word of the speaker's name
MANNER_WORDS = frozenset("ب" + name_key(row["cue"]) for row in read_lexicon("reporting_verbs.csv") if row["role"] == "manner")


@lru_cache(maxsize=4)
def _load(path: str, _mtime: float) -> tuple[dict[str, Actor], re.Pattern, frozenset[str]]:
    by_key: dict[str, Actor] = {}
    for where, row in read_table(Path(path), (), ActorTableError, "actor table", ACTOR_COLUMNS, {"kind": KINDS}):
        if not row["name"].strip() or not row["side"].strip():
            raise ActorTableError(f"{where}: fields 'name' and 'side' must not be empty")
        actor = Actor(row["name"].strip(), row["kind"], row["role"].strip(), row["side"].strip())
        for spelling in [row["name"], *row["variants"].split("|")]:
            key = name_key(spelling)
            if not key:
                continue
            if key in by_key and by_key[key].name != actor.name:
                raise ActorTableError(f"{where}: spelling {key!r} already belongs to {by_key[key].name!r}")
            by_key[key] = actor
    keys = set(by_key) | contracted(by_key)
    return by_key, re.compile(rf"{CLITIC}(?P<x>{alternation(keys)})(?!\w)"), first_words(keys)


def load_actors(path: str | Path | None = None) -> tuple[dict[str, Actor], re.Pattern, frozenset[str]]:
    """The actor table (default data/actors.csv), validated, cached until the file changes."""
    return load_by_mtime(Path(path) if path is not None else ACTORS, _load, ActorTableError, "actor table")


_NAME_WORD = LETTERS
_NEXT_WORD = re.compile(r"[^\S\n]+([^\W\d_]+)")
_NAME = rf"{_NAME_WORD}(?:{WS}{_NAME_WORD}){{0,3}}"   # a fourth word only after a name link (_name_words)
_NAME_PART = re.compile(r"[^\s#_]+")   # a word of a name as written, a hashtag's marks dropped (دونالد #ترمب)


def untagged(words: str) -> str:
    """Words with a hashtag's marks read as spaces, and runs of space as one (دونالد #ترمب)."""
    return " ".join(_NAME_PART.findall(words))
NAME_WORDS = 3   # words of a name after a title, one more when a link word (عبد، بن) is among them
_CLITIC = CLITIC
ORG = re.compile(rf"{_CLITIC}(?P<x>(?P<head>{alternation(LEXICON['org_head'])}){WS}(?P<nat>{_NAME_WORD}))(?!\w)")
TITLE = re.compile(rf"{_CLITIC}(?P<x>(?P<title>{alternation(LEXICON['title'])})(?!\w)(?:{WS}(?P<nat>{alternation(NATIONALITY)}))?"
                   rf"{OWS}[،,]?{OWS}(?P<name>{_NAME}))")
SPOKES = re.compile(rf"{_CLITIC}(?P<x>(?P<spk>{alternation(LEXICON['spokesperson'])}){WS}باسم{WS}"
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


# Incidents (هجوم، حادث): with the article, a verb's object after a name, never a family name
INCIDENTS = frozenset(normalize_key(row["cue"]) for row in read_lexicon("figure_negatives.csv") if row["kind"] == "incident")


def _name_words(original: str) -> int:
    """How many words of a name after a title are the name: it stops before a function word or
    a definite word (علييف، أمس → 1; دونالد ترامب الثلاثاء → 2). Read on the original text,
    where the ال of a definite word is still told apart from the إل of إلهام."""
    count = 0
    words = letters(original).split()
    for i, word in enumerate(words):
        key = name_key(word)
        if word.rstrip("،,") == ALI and count and (i + 1 == len(words) or not words[i + 1].startswith("ال")):
            count += 1   # the given name علي after another (محمد علي حسين), not the preposition على
            continue
        if count == NAME_WORDS + any(name_key(w) in NAME_LINKS | NAME_PARTICLES for w in words[:count]):
            break   # عبد الله بن زايد، عبد ربه منصور هادي، جان إيف لو دريان: four words with a link word or a
            #         particle, else three
        if key in LEXICON["not_name"] or key in DATE_WORDS or key in NATIONALITY or key in REPORTING_WORDS \
                or key in MANNER_WORDS or (i + 1 < len(words) and f"{key} {name_key(words[i + 1])}" in DATE_WORDS):   # أول أمس
            break
        if key in NAME_PARTICLES and (i + 1 == len(words) or name_key(words[i + 1]) in _CLAUSE_WORDS):
            break   # أوباما لو كان: "if", no particle of a name
        if word.startswith("ال") and key[2:] in INCIDENTS:
            break   # وزير الخارجية سامح شكري الهجوم: the verb's object
        if count >= 2 and key.startswith("و"):
            break   # إعلان الرئيس جورج بوش وقفا لإطلاق النار: و after a given and a family name opens the next words
        count += 1
        if word.startswith("ال") and not (i and name_key(words[i - 1]) in NAME_LINKS):
            return count if count > 1 else 0  # a family name (بشار الأسد) ends the name; not الفتاح of عبد الفتاح
    return count


def _name_span(text: str, norm: Normalized, m: re.Match) -> tuple[int, str] | None:
    """(normalised end, normalised name) of the name group of a title or spokesperson match."""
    s, e = norm.span(*m.span("name"))
    following = _NEXT_WORD.match(text, e)   # one word more, so that a two-word date (أول أمس) is seen whole
    count = _name_words(untagged(text[s:e]) + (" " + following.group(1) if following else ""))
    if not count:
        return None
    words = list(_NAME_PART.finditer(m.group("name")))[:count]
    return m.start("name") + words[-1].end(), " ".join(w.group() for w in words)


@dataclass
class _Candidate:
    """An actor mention being found, in normalised offsets."""

    start: int
    end: int
    name: str
    kind: str
    role: str
    side: str
    in_table: bool


def original(text: str, norm: Normalized, start: int, end: int) -> str:
    """The original spelling of a normalised span (a name not in the table is kept as written)."""
    s, e = norm.span(start, end)
    return text[s:e]


def _person(text: str, norm: Normalized, m: re.Match, table: dict[str, Actor], role: str,
            side: str) -> _Candidate | None:
    """The person a title or spokesperson match names: the actor table's entry when it knows the
    name (in full or by its last word), else the name as written with `role` and `side`."""
    span = _name_span(text, norm, m)
    if span is None:
        return None
    end, name = span
    actor = table.get(name) or table.get(name.split()[-1])
    if actor:
        return _Candidate(m.start("x"), end, actor.name, "person", actor.role, actor.side, True)
    return _Candidate(m.start("x"), end, untagged(original(text, norm, m.start("name"), end)), "person", role, side, False)


class ActorMention(NamedTuple):
    """One actor mention: the table's columns, then its normalised offsets."""

    start: int
    end: int
    surface: str
    name: str
    kind: str
    role: str
    side: str
    in_table: bool
    in_body: bool
    norm_start: int
    norm_end: int


COLUMNS = ActorMention._fields[:9]


@register("actors", COLUMNS)
def actor_mentions(doc: Document) -> list[ActorMention]:
    """Actor mentions in reading order, overlapping candidates resolved to the longest (actor
    table: the document's, default data/actors.csv)."""
    table, pattern, triggers = load_actors(doc.actors)
    prepared, text = doc, doc.text
    norm = prepared.norm
    found: list[_Candidate] = []
    for m in prepared.scan(pattern, triggers):
        key = " ".join(m.group("x").split())   # the pattern lets any run of spaces stand for one
        actor = table.get(key) or table["ال" + key[2:]]   # a key or its لل contraction
        found.append(_Candidate(*m.span("x"), actor.name, actor.kind, actor.role, actor.side, True))
    for m in prepared.scan(ORG, ORG_TRIGGERS):
        nat = _nationality(m.group("nat"))
        if nat is None:
            continue
        role = LEXICON["org_head"][name_key(m.group("head"))][0]
        known = table.get(name_key(m.group("head")) + " " + nat)
        name = known.name if known else original(text, norm, *m.span("x"))
        found.append(_Candidate(*m.span("x"), name, "org", known.role if known else role,
                                known.side if known else NATIONALITY[nat][1], known is not None))
    for m in prepared.scan(TITLE, TITLE_TRIGGERS):
        side = NATIONALITY[name_key(m.group("nat"))][1] if m.group("nat") else "unknown"
        person = _person(text, norm, m, table, LEXICON["title"][name_key(m.group("title"))][0], side)
        if person:
            found.append(person)
    for m in prepared.scan(SPOKES, SPOKES_TRIGGERS):
        side = next((NATIONALITY[w][1] for w in m.group("for").split() if w in NATIONALITY), "unknown")
        person = _person(text, norm, m, table, "spokesperson", side)
        if person:
            person.role = "spokesperson"   # the role this sentence gives, even to a known actor
            found.append(person)
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    kept: list[_Candidate] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    rows = []
    for c in kept:
        s, e = norm.span(c.start, c.end)
        rows.append(ActorMention(s, e, text[s:e], c.name, c.kind, c.role, c.side, c.in_table,
                                 prepared.in_body(s), c.start, c.end))
    return rows


def extract_actors(texts: Any, actors: str | Path | None = None) -> pd.DataFrame:
    """Actor mentions in one text or a list/Series of texts; `actors` overrides data/actors.csv."""
    load_actors(actors)   # a bad table fails before any text is read
    return extract_table("actors", texts, actors=actors)


