"""Places named in Arabic news: GeoNames and hand-written spellings, accepted only in context.

Two tables name places. data/gazetteer_geonames.csv (built from GeoNames and CLDR by
data/build_gazetteer.py; CC BY 4.0, see data/GAZETTEER-SOURCES.md) gives about 28,000 places
with Arabic spellings, coordinates, population, parent division and country. The hand-written
data/gazetteer.csv overrides it: press spellings (خاركيف), places too small to be listed, and
the seed article's villages; its rows rank first.

A spelling found in the text is not yet a place: many are ordinary words (كان، بيان، تدمر as
"was destroyed"). A mention is accepted for one of these reasons, written in the `reason` column:
- cue: it follows a cue word (مدينة، حي، مخيم، قضاء، ناحية، مديرية، عمالة، جماعة، محور …;
  lexicons/places.csv); after a cue word, names the gazetteer lacks are found too
  (in_gazetteer False, no coordinates), of one word, or two after a compound head (كفر، بيت، أم)
  or as a construct (شرم الشيخ). A cue word that is an ordinary noun too (منطقة، جماعة، قضاء:
  `weak_cue`) takes no common noun (مديرية الأمن) or participle (جماعة مسلحة) the gazetteer lacks.
- list: it is the second of a dual (مدينتي X وY), an item of a plural cue word's list (ولايات
  بورنو ويوبي وأداماوا), or follows a place after و or a comma (بين غاو وتمبكتو).
- override: a hand-written spelling (data/gazetteer.csv), as the press writes it.
- known: by its chosen name, or a spelling of four letters or more, a country, a first-level
  division or a city of 100,000 people or more.
- preposition: a place preposition stands before it (في، من، إلى، قرب، شمال …), or ب or ل is
  attached to a definite name (بالدرعية) or to a country, division or city of half a million (بفاس).
- dateline: it opens the text's first line, its title, and a colon follows it (سوسة : وفاة 3
  أشخاص), as a headline's place does, so that a word needing context (سوسة، الكاف) is read there too.
- parent: its parent division is a place of the same text (the country only ranks; see below).
- repeated: the same name was accepted elsewhere in the text.
Words of lexicons/place_stoplist.csv are never accepted bare: `needs=cue` words (كان، العين) only
after a cue word or in a cued list, `needs=context` words (حلب the verb, تعز) also after a
preposition. A name shaped like a relative adjective after a definite noun (الحكومة السعودية) is
the adjective.

Proclitics: a word is read whole first (بنغازي, not ب + نغازي; بروسيا, Prussia, is a row of
data/gazetteer.csv), except that a whole word ب or ل + X stands for X where X is written bare
elsewhere in the same text (بروسيا beside روسيا). A word read as attached letters plus a name is
that name (بالموصل → الموصل), with ك only before ال (كالقدس, but كبيرا is no ك + بيرا), and never
where the whole word is stoplisted (لجنة is no ل + جنة). A spelling of two letters (بن، ان)
is never a GeoNames place.

The scan stops only at words that may begin an accepted name: not at function words, stoplisted
words or frequent words that begin only rare names (`frequent_start`); see _scanned and _triggers.

Ambiguous spellings are ranked: hand-written rows first, then the kind the cue word names, then a
country already named in the text, then population.
"""
from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd

from .document import Document, first_words, previous_word
from .normalize import letters, normalize_key
from .pipeline import extract_table
from .registry import register
from .tables import load_by_mtime
from .vocabulary import read_lexicon, read_table
from .words import ATTACHED, CLITIC, LETTERS, OWS, WORD_PREFIXES, WS, alternation, is_nisba, with_prefixes

DATA = Path(__file__).resolve().parent.parent / "data"
GAZETTEER = DATA / "gazetteer.csv"
GEONAMES = DATA / "gazetteer_geonames.csv"
KINDS = ("country", "region", "city", "town", "village", "district", "camp", "front")
GAZETTEER_COLUMNS = ("name", "variants", "name_en", "kind", "parent", "lat", "lon")
GEONAMES_COLUMNS = ("name", "variants", "name_en", "kind", "admin_level", "population", "lat", "lon",
                    "country", "parent")
PROMINENT_POPULATION = 100_000   # a city this large is accepted bare (reason "known")
_SMALL = ("village", "town")  # the kinds that take their parent from the text
_HARAKAT = re.compile("[\u064b-\u0652\u0670]")


class GazetteerError(ValueError):
    """The gazetteer file is missing or has a bad row; the message names the file and line."""


class Place(NamedTuple):
    """A place of the gazetteer. A tuple of strings and numbers, which the garbage collector
    stops tracking: 28,000 of them cost the collector nothing during extraction."""

    name: str
    name_en: str
    kind: str
    parent: str
    lat: float | None
    lon: float | None
    cue_only: bool
    country: str = ""
    population: int = 0
    override: bool = False

    @property
    def prominent(self) -> bool:
        """A country, a first-level division, a large city or a hand-written place: by the name
        chosen for it (not a variant), such a place is accepted without context."""
        return self.kind == "country" or self.population >= PROMINENT_POPULATION or self.override


@dataclass(frozen=True)
class Gazetteer:
    """Places by normalised spelling (best ranked first), and the first words that start a spelling.

    The rows are plain tuples and `by_key` holds their numbers: the garbage collector stops
    tracking tuples of strings and numbers, so 28,000 places cost no time in every collection
    of a long run (a NamedTuple would stay tracked). `places(key)` gives them as Place."""

    rows: tuple[tuple[Any, ...], ...]
    by_key: dict[str, tuple[int, ...]]
    known: frozenset[str]            # spellings accepted without context (see Place.prominent)
    longest: dict[str, int]          # first word of a spelling -> most words of a spelling that starts with it
    prefixes: frozenset[str]         # the first two, three … words of the spellings of several words
    triggers: frozenset[str]
    readings: dict[str, tuple[tuple[str, str, int], ...]] = field(default_factory=dict)   # memo of _readings
    _places: dict[str, tuple[Place, ...]] = field(default_factory=dict)

    def places(self, key: str) -> tuple[Place, ...]:
        """The places spelt `key`, best ranked first (none for an unknown spelling)."""
        found = self._places.get(key)
        if found is None:
            found = self._places[key] = tuple(Place._make(self.rows[i]) for i in self.by_key.get(key, ()))
        return found


def _coordinate(value: str, field: str, limit: float, where: str) -> float | None:
    if not value.strip():
        return None
    try:
        number = float(value)
    except ValueError:
        raise GazetteerError(f"{where}: field '{field}' is not a number: {value!r}") from None
    if not math.isfinite(number) or abs(number) > limit:
        raise GazetteerError(f"{where}: field '{field}' out of range ±{limit}: {value!r}")
    return number


def _spellings(name: str, variants: str) -> set[str]:
    """Normalised spellings of a name and its variants, one space between words."""
    return {" ".join(normalize_key(s).split()) for s in [name, *variants.split("|")] if s.strip()}


def _normalized_spellings(rows: list[tuple[str, str]]) -> list[list[str]]:
    """_spellings of many (name, variants) at once: one normalisation of all of them joined by
    newlines (which normalisation keeps), five times faster than one call per spelling."""
    raw = [[s for s in [name, *variants.split("|")] if s.strip()] for name, variants in rows]
    keys = iter(normalize_key("\n".join(s.replace("\n", " ") for spellings in raw for s in spellings)).split("\n"))
    return [list(dict.fromkeys(" ".join(next(keys).split()) for _ in spellings)) for spellings in raw]


def _overrides(path: Path) -> list[tuple[list[str], Place]]:
    rows: list[tuple[str, list[str], Place]] = []
    owner: dict[str, str] = {}
    for where, row in read_table(path, (), GazetteerError, "gazetteer file", GAZETTEER_COLUMNS, {"kind": KINDS}):
        if not row["name"].strip():
            raise GazetteerError(f"{where}: field 'name' is empty")
        lat = _coordinate(row["lat"], "lat", 90, where)
        lon = _coordinate(row["lon"], "lon", 180, where)
        if (lat is None) != (lon is None):
            raise GazetteerError(f"{where}: give both lat and lon or neither")
        place = Place(row["name"].strip(), row["name_en"].strip(), row["kind"], row["parent"].strip(),
                      lat, lon, row.get("cue_only", "").strip().lower() in ("yes", "true", "1"),
                      row["name"].strip() if row["kind"] == "country" else "", override=True)
        keys = sorted(_spellings(row["name"], row["variants"]))
        for key in keys:
            if owner.get(key, place.name) != place.name:
                raise GazetteerError(f"{where}: spelling {key!r} already belongs to {owner[key]!r}")
            owner[key] = place.name
        rows.append((where, keys, place))
    by_name = {p.name: p for _, _, p in rows}
    for where, _, place in rows:
        if place.parent and place.parent not in by_name:
            raise GazetteerError(f"{where}: parent {place.parent!r} is not a name in the gazetteer")

    def country(place: Place) -> str:   # up the parents to a country (a cycle stops after ten steps)
        for _ in range(10):
            if place.kind == "country" or not place.parent:
                return place.name if place.kind == "country" else ""
            place = by_name[place.parent]
        return ""
    return [(keys, place._replace(country=country(place))) for _, keys, place in rows]


def _geonames(path: Path) -> list[tuple[list[str], Place]]:
    """GeoNames rows as (spellings, place); the first spelling is the place's chosen name."""
    rows, spellings = [], []
    for where, row in read_table(path, (), GazetteerError, "gazetteer file", GEONAMES_COLUMNS, {"kind": KINDS}):
        population = int(row["population"]) if row["population"].strip() else 0
        kind = row["kind"]
        if kind == "region" and row["admin_level"] == "1":
            population = max(population, PROMINENT_POPULATION)   # a first-level division is well known
        place = Place(row["name"], row["name_en"], kind, _HARAKAT.sub("", row["parent"]),
                      _coordinate(row["lat"], "lat", 90, where), _coordinate(row["lon"], "lon", 180, where),
                      False, row["country"], population)
        rows.append(place)
        spellings.append((row["name"], row["variants"]))
    return list(zip(_normalized_spellings(spellings), rows))


@lru_cache(maxsize=4)
def _load(path: str, _mtime: float, with_geonames: bool) -> Gazetteer:
    """The overrides at `path`, then GeoNames (when asked), indexed by spelling and ranked."""
    candidates: dict[str, list[Place]] = {}
    known: set[str] = set()
    sources = [_overrides(Path(path))] + ([_geonames(GEONAMES)] if with_geonames else [])
    for source in sources:
        for keys, place in source:
            for key in keys:
                if key.split()[0] in _CUE_WORDS or (len(key) < 3 and not place.override):
                    continue   # محافظه البصره: the cue rule finds البصره after its cue word; بن، ان
                candidates.setdefault(key, []).append(place)
                if place.prominent and (key == keys[0] or len(key) >= 4):
                    known.add(key)   # a short variant (بن for Bonn) is no evidence of the place
    ranked = {key: sorted(places, key=lambda p: (not p.override, -p.population)) for key, places in candidates.items()}
    number: dict[int, int] = {}
    rows: list[tuple[Any, ...]] = []
    for places in ranked.values():
        for place in places:
            if id(place) not in number:
                number[id(place)] = len(rows)
                rows.append(tuple(place))
    by_key = {key: tuple(number[id(p)] for p in places) for key, places in ranked.items()}
    longest: dict[str, int] = {}
    for key in by_key:
        words = key.split()
        longest[words[0]] = max(longest.get(words[0], 0), len(words))
    # A stoplisted word, or a name that begins with a function word (في، على، لا …), is found
    # only after a cue word (_name_after), never by the trigger scan, which would stop at every
    # such word of every text.
    scanned = [key for key in by_key if _scanned(key, key in known, ranked)]
    prefixes = {" ".join(words[:n]) for words in map(str.split, by_key) for n in range(2, len(words) + 1)}
    famous = {key.split()[0] for key in scanned if _famous(ranked[key])}
    return Gazetteer(tuple(rows), by_key, frozenset(known), longest, frozenset(prefixes), _triggers(scanned, famous))


def _scanned(key: str, known: bool, by_key: dict[str, list[Place]]) -> bool:
    """Whether the trigger scan looks for `key` (else it is found only after a cue word): a name
    of several words only when it is known (المدينة المنورة), begins with a compound head or a
    direction (أم درمان، جنوب السودان) or with a name (القدس الشرقية), or names a town; not a
hamlet behind a frequent word (محمد آباد)."""
    first, several_words = key.split()[0], " " in key
    if several_words and (first in LEXICON["compound_head"] or first in LEXICON["direction"]
                          or any(p.override for p in by_key[key])):
        return True   # الجمهورية اليمنية, a hand-written spelling
    if len(first) < 3 or first in PREPOSITIONS or first in LEXICON["frequent_start"]:
        return False
    if several_words and STOPLIST.get(first) == "cue":
        return any(p.override for p in by_key[key])   # المدينة المنورة; not فان بورين behind فان
    if several_words:   # رام الله: a town of 10,000 or more people
        return known or first in by_key or any(p.population >= 10_000 for p in by_key[key])
    return STOPLIST.get(first) != "cue" and first not in LEXICON["not_name"]


def _triggers(keys: list[str], famous: set[str]) -> frozenset[str]:
    """The words the scan stops at: the first word of each spelling, and with the attached letters
    under which it can be accepted (_found): ب ل for a famous or definite name (بفاس، بالدرعية),
    و وب ول ف for a famous one (وسوريا، فبغداد), ك for a famous definite one (كالقدس), لل for ال
    (لليمن). The later items of a list (غاو وتمبكتو) are looked up from the first (_chain): a
    trigger for و + every name would double the words the index of every text looks up."""
    firsts = {key.split()[0] for key in keys}
    strong = {w for w in firsts if w in famous or w.startswith("ال")}
    words = firsts | {"و" + w for w in famous}   # a list's later items are found from its first (_chain)
    words |= {c + w for w in strong for c in ("ب", "ل")}
    words |= {c + w for w in famous for c in ("وب", "ول")}
    words |= {c + w for w in famous for c in ("ف", "فب", "فل")}
    words |= {c + w for w in famous if w.startswith("ال") for c in ("ك", "وك")}
    words |= {c + "لل" + w[2:] for w in firsts if w.startswith("ال") for c in ("", "و")}
    return frozenset(words)


def load_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """The gazetteer, validated and cached until its file changes: the hand-written
    data/gazetteer.csv with data/gazetteer_geonames.csv behind it, or only the table at `path`
    when one is given (a researcher's own list, a test's)."""
    chosen = Path(path) if path is not None else GAZETTEER
    return load_by_mtime(chosen, lambda p, m: _load(p, m, path is None), GazetteerError, "gazetteer file")


_NATIONALITY_STEMS: dict[int, tuple[Gazetteer, frozenset[str]]] = {}


def nationality_stems(path: str | Path | None = None) -> frozenset[str]:
    """What the gazetteer's countries leave for a nationality's ي to follow, normalised, with and
    without the article (المغرب → مغرب، فرنسا → فرنس، ألمانيا → المان): المغربي is of a country, البحسني
    is not. Kept per gazetteer object, so a reloaded file is read anew."""
    gazetteer = load_gazetteer(path)
    cached = _NATIONALITY_STEMS.get(id(gazetteer))
    if cached is None or cached[0] is not gazetteer:
        keys = [key for key, numbers in gazetteer.by_key.items()
                if " " not in key and any(gazetteer.rows[i][2] == "country" for i in numbers)]
        names = set(keys) | {key[2:] for key in keys if key.startswith("ال")}   # المغرب، ألبانيا (البانيا)
        stems = names | {n[:-2] for n in names if n.endswith("يا")} | {n[:-1] for n in names if n.endswith(("ا", "ه"))}
        cached = _NATIONALITY_STEMS[id(gazetteer)] = (gazetteer, frozenset(s for s in stems if len(s) >= 3))
    return cached[1]


def _lexicon() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    for row in read_lexicon("places.csv", optional=["value"]):
        table.setdefault(row["kind"], {})[normalize_key(row["word"])] = row["value"]
    return table


def _stoplist() -> dict[str, str]:
    return {normalize_key(row["word"]): row["needs"]
            for row in read_lexicon("place_stoplist.csv", choices={"needs": ("cue", "context")})}


LEXICON = _lexicon()
STOPLIST = _stoplist()
PREPOSITIONS = frozenset(LEXICON["preposition"])
# The word before a name as written, with و or ف attached (وفي، ومن، فريق): a set, one look-up.
_BEFORE_PLACE = with_prefixes(PREPOSITIONS, ("", "و", "ف"))
_BEFORE_TEAM = with_prefixes(LEXICON["team_cue"], WORD_PREFIXES)
_WORD = LETTERS
_NAME = rf"(?:(?:{alternation(LEXICON['compound_head'])}){WS})?{_WORD}"
_CUES = {**LEXICON["cue"], **LEXICON["weak_cue"]}
_CUE_WORDS = frozenset([*_CUES, *LEXICON["dual"], *LEXICON["plural"], *LEXICON["facility_cue"]])
# A cue word (قرية، مدينتي، أحياء …) and where the name after it starts.
CUE = re.compile(rf"{CLITIC}(?:(?P<cue>{alternation(_CUES)})|(?P<dual>{alternation(LEXICON['dual'])})"
                 rf"|(?P<plural>{alternation(LEXICON['plural'])})|(?P<facility>{alternation(LEXICON['facility_cue'])})){WS}[\"«“]?(?=\w)")
# … قرى تحررت أيضا هي X، Y، Z التابعة لمدينة W: the items of a list after هي / منها
LIST = re.compile(rf"(?<!\w)(?P<plural>{alternation(LEXICON['plural'])})(?:{WS}\w+){{0,3}}{WS}"
                  rf"(?:{alternation(LEXICON['list_cue'])}){WS}(?P<items>{_NAME}(?:{OWS}[،,]{OWS}و?{_NAME})+)")
_ITEM = re.compile(_NAME)
PARENT = re.compile(rf"(?<!\w)(?:{alternation(LEXICON['parent_cue'])}){WS}ل")
# The words from a position on (at most 8, within the line), and the list separator before a word.
_WORDS = re.compile(r"[^\W\d_]+")
_NEXT_WORD = re.compile(r"[^\S\n]+([^\W\d_]+)")
_AND = re.compile(rf"{OWS}(?:[،,]{OWS})?(?:و{OWS})?$")
CUE_TRIGGERS = first_words([*_CUES, *LEXICON["dual"], *LEXICON["plural"]])
LIST_TRIGGERS = first_words(LEXICON["plural"])
PARENT_TRIGGERS = first_words(LEXICON["parent_cue"])
_PROCLITICS = tuple(a for a in ATTACHED if a)   # the letters attached before a word
_CLITICS_SHORTEST_FIRST = tuple(sorted(_PROCLITICS, key=len))


class _Found(NamedTuple):
    start: int            # normalised offsets of the name (after any attached letter)
    end: int
    key: str
    places: tuple[Place, ...]
    reason: str           # "" while not accepted
    cue_kind: str | None
    clitic: str


def _words_from(t: str, pos: int, count: int) -> list[tuple[int, int]]:
    """Spans of up to `count` words from `pos`, on one line, separated by spaces only."""
    spans: list[tuple[int, int]] = []
    m = _WORDS.match(t, pos)
    while m is not None and len(spans) < count:
        spans.append(m.span(m.lastindex or 0))
        m = _NEXT_WORD.match(t, spans[-1][1])
    return spans


def _readings(word: str, gazetteer: Gazetteer) -> tuple[tuple[str, str, int], ...]:
    """The ways `word` may begin a spelling, as (attached letters, first word of the spelling,
    most words of a spelling that begins so): the word whole first, then without و ف ب ل (وباريس:
    و + باريس before وب + اريس), ك only before ال (كالقدس; كبيرا is no ك + بيرا), or with لل
    for ال (لليمن). Remembered per word: the same words come back in every text."""
    known = gazetteer.readings.get(word)
    if known is not None:
        return known
    readings = [("", word)]
    if word not in STOPLIST:   # لجنة is a word, not ل + جنة
        for clitic in _CLITICS_SHORTEST_FIRST:
            stem = word[len(clitic):]
            if word.startswith(clitic) and len(stem) >= 2 and (not clitic.endswith("ك") or stem.startswith("ال")):
                readings.append((clitic, stem))
        for clitic in ("", "و", "ف"):
            if word.startswith(clitic + "لل") and len(word) > len(clitic) + 3:
                readings.append((clitic + "لل", "ال" + word[len(clitic) + 2:]))
    found = tuple((clitic, first, gazetteer.longest[first]) for clitic, first in readings if first in gazetteer.longest)
    if len(gazetteer.readings) < 200_000:
        gazetteer.readings[word] = found
    return found


def _match_at(t: str, pos: int, gazetteer: Gazetteer) -> tuple[int, int, str, str] | None:
    """The longest spelling starting at the word at `pos`: (name start, end, key, attached
    letters); the name starts after the letters, except for لل, which is kept (لليمن)."""
    m = _WORDS.match(t, pos)
    if m is None:
        return None
    end = m.end()
    for clitic, first, most in _readings(m.group(), gazetteer):
        start = pos + (len(clitic) if not clitic.endswith("لل") else len(clitic) - 2)
        best = (end, first) if first in gazetteer.by_key else None
        if most > 1:   # the longest spelling: words are added while they begin one
            key = first
            for following in _following(t, end, most - 1):
                key = f"{key} {following.group(1)}"
                if key not in gazetteer.prefixes:
                    break
                if key in gazetteer.by_key:
                    best = (following.end(), key)
        if best is not None:
            return start, best[0], best[1], clitic
    return None


def _following(t: str, end: int, count: int) -> Iterator[re.Match]:
    """The words after offset `end`, each separated from the one before by spaces on one line."""
    for _ in range(count):
        m = _NEXT_WORD.match(t, end)
        if m is None:
            return
        yield m
        end = m.end()


def _is_name(word: str, weak: bool = False, strict: bool = True, masculine_cue: bool = False) -> bool:
    """Not a preposition, adjective, verb or cue word that happens to follow a cue word.

    `weak`: after a cue word that is an ordinary noun too (منطقة، جماعة، قضاء …), the common
    nouns that follow it in that sense (مديرية الأمن، عمالة الأطفال) are no names. `strict`
    (the first word after the cue): no stoplisted word and no relative adjective (سكنية، تدريبي
    after a masculine cue); a second word of a name or a later item of a list is not held to it."""
    first = word.split()[0]
    if word in LEXICON["not_name"] or first in LEXICON["not_name"] or _bare(first) in _CUE_WORDS \
            or first in PREPOSITIONS:
        return False
    if weak and first in LEXICON["common_noun"]:
        return False
    if not strict or first.startswith("ال"):
        return True
    if first.endswith(("يه", "يين")):
        return False   # سكنية، إيطالية: an indefinite relative adjective describes the cue word
    return not (masculine_cue and first.endswith("ي"))   # مخيم تدريبي; but منطقة تيغراي


def _participle(word: str) -> bool:
    """Shaped like a participle or an adjective (مسلحة، متشددة، مؤقت، وافدة، عازلة): after a weak
    cue word such an indefinite word the gazetteer lacks describes the cue word."""
    return word.startswith("م") and len(word) >= 4 or len(word) == 5 and word[1] == "ا" and word.endswith("ه")


def _name_after(t: str, pos: int, gazetteer: Gazetteer, weak: bool, masculine_cue: bool = False,
                strict: bool = True) -> tuple[int, int, str] | None:
    """The name that starts at `pos` after a cue word: the longest gazetteer spelling, else one
    word, or two when the first is a compound head (كفر، عين، بيت …), when the two are a
    construct (شرم الشيخ: an indefinite word and a definite one that is not an adjective), or
    when both are gazetteer names (عمالة طنجة أصيلة)."""
    spans = _words_from(t, pos, 2)
    if not spans or spans[0][0] != pos:
        return None
    first = t[slice(*spans[0])]
    second = t[slice(*spans[1])] if len(spans) == 2 else ""
    if first in LEXICON["generic_noun"] and second.startswith("ال") \
            and (is_nisba(second) or second in LEXICON["name_adjective"]):
        return pos, spans[1][1], f"{first} {second}"   # الضاحية الجنوبية، الخان الأحمر
    match = _match_at(t, pos, gazetteer)
    if match and not match[3] and first not in LEXICON["not_name"] and first not in _CUE_WORDS \
            and not (match[1] == spans[0][1] and first in LEXICON["compound_head"] and second):
        end = match[1]
        if end == spans[0][1] and second in gazetteer.by_key and second not in STOPLIST and not is_nisba(second):
            end = spans[1][1]   # عمالة طنجة أصيلة: two places, one prefecture
        return pos, end, " ".join(t[pos:end].split())
    if first in LEXICON["compound_head"]:
        if not second or not _is_name(second, strict=False) or second in PREPOSITIONS:
            return None
        end = spans[1][1]
    elif not _is_name(first, weak, strict, masculine_cue):
        return None
    elif weak and not first.startswith("ال") and _participle(first):
        return None
    elif (second and not first.startswith("ال") and second.startswith("ال") and len(second) > 3
          and _is_name(second, strict=False) and not is_nisba(second)):
        end = spans[1][1]      # شرم الشيخ، عيتا الشعب: a construct
    else:
        end = spans[0][1]
    return pos, end, " ".join(t[pos:end].split())


@lru_cache(maxsize=None)
def _parent_key(parent: str) -> str:
    return normalize_key(parent)


_LIST_NEXT = re.compile(rf"{OWS}(?:[،,]{OWS}|و)")


def _chain(t: str, hits: dict[int, list], gazetteer: Gazetteer) -> None:
    """The later items of lists of places: after an accepted place, a gazetteer name attached to
    و or after a comma (غاو وتمبكتو، الصومال وكينيا وإثيوبيا) is a place too, and so on along the list."""
    for start in sorted(hits):
        hit = hits[start]
        while True:
            gap = _LIST_NEXT.match(t, hit[1])
            if gap is None:
                break
            match = _match_at(t, gap.end() - (1 if gap.group().endswith("و") else 0), gazetteer)
            if match is None or match[0] in hits or STOPLIST.get(match[2]) == "cue" \
                    or (gap.group().endswith("و") and match[3] != "و"):
                break
            hit = hits[match[0]] = [match[0], match[1], match[2], None, "list", None]


def _famous(places: tuple[Place, ...] | list[Place]) -> bool:
    """Well enough known to be read out of a word with an attached letter (ووهران، بفاس) with
    no other context: a hand-written place, a country, a first-level division or a city of
    half a million."""
    return any(p.override or p.kind in ("country", "region") or p.population >= 500_000 for p in places)


_WORD_RUN = re.compile(r"[^\W_]+")   # letters and digits: a hashtag's words are words
_ATTACHABLE = "وفبلك"
_FIND_EACH_UP_TO = 16   # names looked for one by one with str.find (see _occurrences)


def _repeats(t: str, hits: dict[int, list], gazetteer: Gazetteer) -> None:
    """A name found after a cue word that the gazetteer lacks (محافظة أبوعريش) names the same
    place where the text writes it again (بلدية أبوعريش), bare or with an attached letter.
    Whether a hit already covers an occurrence is looked up among the hits that start at most
    the longest hit's length before it (sorted starts), not by trying every hit of the text."""
    kinds = {h[2]: h[3] for h in hits.values() if h[4] == "cue" and h[2] not in gazetteer.by_key}
    if not kinds:
        return
    starts = sorted(hits)
    longest = max(h[1] - h[0] for h in hits.values())

    def covered(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        while i >= 0 and starts[i] > pos - longest:
            if hits[starts[i]][1] > pos:
                return True
            i -= 1
        return False

    for start, key in _occurrences(t, kinds):
        end = start + len(key)
        word_start = start
        while word_start > 0 and t[word_start - 1] in _ATTACHABLE and start - word_start < 2:
            word_start -= 1
        if (word_start == 0 or not t[word_start - 1].isalnum()) and (end == len(t) or not t[end].isalnum()) \
                and not covered(start):
            hits[start] = [start, end, key, kinds[key], "repeated", None]
            bisect.insort(starts, start)
            longest = max(longest, end - start)


def _occurrences(t: str, keys: dict[str, str]) -> Iterator[tuple[int, str]]:
    """(start, key) where a key is written in `t`. A few keys (one article): str.find for each;
    many (a long text of many articles, where that would cost keys × text): one pass over the
    words, each word without one or two attached letters looked up among the keys' first words."""
    if len(keys) <= _FIND_EACH_UP_TO:
        for key in keys:
            start = t.find(key)
            while start >= 0:
                yield start, key
                start = t.find(key, start + len(key))
        return
    by_first: dict[str, list[str]] = {}
    for key in keys:
        by_first.setdefault(key.split()[0], []).append(key)
    for word in _WORD_RUN.finditer(t):
        text = word.group()
        for attached in range(3):   # أبوعريش، بأبوعريش، وبأبوعريش
            if attached and (len(text) <= attached or text[attached - 1] not in _ATTACHABLE):
                break
            for key in by_first.get(text[attached:], ()):
                if t.startswith(key, word.start() + attached):
                    yield word.start() + attached, key


def _rank(places: tuple[Place, ...], kind: str | None, countries: set[str]) -> Place | None:
    if not places:
        return None
    return min(places, key=lambda p: (not p.override, kind is not None and p.kind != kind,
                                      p.country not in countries, -p.population))


def _adjective_use(key: str, t: str, start: int) -> bool:
    """السعودية after a definite noun (الحكومة السعودية) is the adjective, not the country: a name
    shaped like a relative adjective (ال…ية) describes the definite word before it."""
    if not (key.startswith("ال") and key.endswith("يه")):
        return False
    word = previous_word(t, start, 40)
    return word.startswith(("ال", "وال", "بال", "لل")) and word not in LEXICON["definite_function"]


def _bare(word: str) -> str:
    """A word without an attached و ف ب ل ك."""
    for clitic in _PROCLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= 2 and word[len(clitic):] in _CUE_WORDS:
            return word[len(clitic):]
    return word



def _dateline(t: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) opens the text's first line, its title, and a colon follows
    it: a headline's place (الكاف : وفاة عون حماية مدنية), not a subheading's speaker (الأحمدي: …)."""
    return _SPACE_ONLY.fullmatch(t, 0, start) is not None and t[end:end + 3].lstrip(" ").startswith(":")


_SPACE_ONLY = re.compile(r"\s*")   # nothing but space before the name: it opens the text


def _found(doc: Document, gazetteer: Gazetteer) -> list[list]:
    """[start, end, key, cue_kind, reason, place] for accepted mentions (normalised offsets)."""
    t = doc.norm.text
    hits: dict[int, list] = {}     # by start

    def add(start: int, end: int, key: str, kind: str | None, reason: str) -> None:
        if start not in hits or hits[start][1] < end:
            hits[start] = [start, end, key, kind, reason, None]

    # 1. after cue words: the name, the second of a dual, the items of a plural cue's list
    for m in doc.scan(CUE, CUE_TRIGGERS):
        cue = m.group("cue") or m.group("dual") or m.group("plural") or m.group("facility")
        span = next(m.span(g) for g in ("cue", "dual", "plural", "facility") if m.group(g))
        if cue.endswith("ه") and letters(doc.text[slice(*doc.norm.span(*span))]).endswith("ه"):
            continue  # بلده، مدينته: a possessive (his country), not the cue word بلدة
        if m.group("facility"):   # معبر رفح، ميناء ينبع: a gazetteer name, not the facility's own
            match = _match_at(t, m.end(), gazetteer)
            if match and not match[3] and STOPLIST.get(match[2]) != "cue":
                add(match[0], match[1], match[2], None, "cue")
            continue
        if m.group("cue"):
            kind, weak = _CUES[cue], cue in LEXICON["weak_cue"]
        else:
            kind, weak = (LEXICON["dual"].get(cue) or LEXICON["plural"][cue]), bool(m.group("plural"))
        name = _name_after(t, m.end(), gazetteer, weak, not cue.endswith(("ه", "ي")))
        if name and cue.startswith("ال") and is_nisba(name[2]):
            continue   # العاصمة الاقتصادية: after a definite cue word, an adjective agrees with it
        if name is None or m.group("plural") and name[2].startswith("و") and name[2] not in gazetteer.by_key:
            continue   # أربع مدن وثلاث بلدات: a plural cue word, then the next noun phrase
        add(name[0], name[1], name[2], kind, "cue")
        if m.group("cue"):
            continue
        end = name[1]
        while True:   # و Y (dual), ، Y و Z (plural)
            gap = re.compile(rf"{OWS}(?:[،,]{OWS}و?|و)").match(t, end)
            if not gap or (m.group("dual") and "،" in gap.group()):
                break
            listed = _name_after(t, gap.end(), gazetteer, weak, strict=False)
            if listed is None:
                break
            add(listed[0], listed[1], listed[2], kind, "list")
            end = listed[1]
            if m.group("dual"):
                break
    for m in doc.scan(LIST, LIST_TRIGGERS):
        for one in _ITEM.finditer(m.group("items")):
            word = " ".join(one.group().split())
            if _is_name(word, False):
                start = m.start("items") + one.start()
                add(start, start + len(one.group()), word, LEXICON["plural"][m.group("plural")], "list")
    # 2. gazetteer spellings elsewhere, judged by their context
    cued = sorted(hits)
    candidates: list[list] = []
    for pos in doc.starts(gazetteer.triggers):
        if cued:
            i = bisect.bisect_right(cued, pos) - 1
            if i >= 0 and hits[cued[i]][1] > pos:
                continue
        match = _match_at(t, pos, gazetteer)
        if match is not None:
            candidates.append([pos, *match])
    bare_keys = {c[3] for c in candidates if not c[4]}
    for candidate in candidates:   # بروسيا (Prussia) is ب + روسيا where روسيا is written bare too
        key = candidate[3]
        if not candidate[4] and key[:1] in "بل" and " " not in key and key[1:] in bare_keys:
            candidate[1:] = [candidate[1] + 1, candidate[2], key[1:], key[0]]
    countries: set[str] = set()
    accepted_keys = {h[2] for h in hits.values()}
    pending = []
    for pos, start, end, key, clitic in candidates:
        places = gazetteer.places(key)
        need = STOPLIST.get(key)
        if need == "cue" or places[0].cue_only or _adjective_use(key, t, start):
            continue
        before = previous_word(t, pos, 40)
        if before in _BEFORE_TEAM:
            continue   # منتخب الكويت، ريال مدريد: a team
        attached = clitic[-1:] in ("ب", "ل") and (key in gazetteer.known and _famous(places) or key.startswith("ال"))
        if before in _BEFORE_PLACE or attached:
            reason = "preposition"
        elif need is not None and _dateline(t, start, end):
            reason = "dateline"
        elif need is None and places[0].override:
            reason = "override"
        elif need is None and key in gazetteer.known and (not clitic or _famous(places)):
            reason = "known"
        else:
            pending.append([pos, start, end, key, clitic])
            continue
        add(start, end, key, None, reason)
        accepted_keys.add(key)
    # 3. what the accepted places vouch for: lists, countries and parents, repeats
    for h in hits.values():
        for p in gazetteer.places(h[2]):
            if p.kind == "country":
                countries.add(p.name)
    changed = True
    while changed and pending:
        changed = False
        starts = sorted(hits)
        for waiting in list(pending):
            pos, start, end, key, clitic = waiting
            places = gazetteer.places(key)
            i = bisect.bisect_left(starts, pos) - 1
            previous = hits[starts[i]] if i >= 0 else None
            between = t[previous[1]:pos + (1 if clitic.startswith("و") else 0)] if previous else ""
            if previous and _AND.fullmatch(between) and ("و" in between or "،" in between or "," in between):
                reason = "list"
            elif any(p.parent and _parent_key(p.parent) in accepted_keys for p in places):
                reason = "parent"
            elif key in accepted_keys:
                reason = "repeated"
            else:
                continue
            add(start, end, key, None, reason)
            accepted_keys.add(key)
            pending.remove(waiting)
            changed = True
    _chain(t, hits, gazetteer)
    _repeats(t, hits, gazetteer)
    for h in hits.values():
        h[5] = _rank(gazetteer.places(h[2]), h[3], countries)
    ordered = sorted(hits.values())
    kept: list[list] = []
    for hit in ordered:  # a span inside a longer one gives way
        if kept and hit[0] < kept[-1][1]:
            if hit[1] - hit[0] > kept[-1][1] - kept[-1][0]:
                kept[-1] = hit
            continue
        kept.append(hit)
    return kept


class PlaceMention(NamedTuple):
    """One place named in a text: the table's columns."""

    start: int
    end: int
    surface: str
    name: str
    name_en: str
    kind: str
    parent: str
    in_gazetteer: bool
    lat: float | None
    lon: float | None
    in_body: bool
    country: str
    reason: str


COLUMNS = PlaceMention._fields
# A cue kind the gazetteer's kinds cannot stand for: a neighbourhood or camp named like a town
# elsewhere (حي الزيتون) keeps no coordinates.
_OWN_KIND = ("district", "camp", "front")


@register("places", COLUMNS)
def place_mentions(doc: Document) -> Iterator[PlaceMention]:
    """The places named in a document (gazetteer: the document's, default data/gazetteer.csv + GeoNames)."""
    gazetteer = load_gazetteer(doc.gazetteer)
    text, norm = doc.text, doc.norm
    rows = []
    for start, end, key, cue_kind, reason, place in _found(doc, gazetteer):
        if place is not None and cue_kind in _OWN_KIND and not place.override:
            place = None
        s, e = norm.span(start, end)
        if place is not None:
            rows.append([start, s, e, text[s:e], place.name, place.name_en,
                         place.kind if place.override or cue_kind is None else cue_kind,
                         place.parent, True, place.lat, place.lon, place.country, reason])
        elif cue_kind is not None:
            rows.append([start, s, e, text[s:e], text[s:e], "", cue_kind, "", False, None, None, "", reason])
    _parents_from_text(doc, rows)
    for row in rows:
        yield PlaceMention._make([*row[1:11], doc.in_body(row[1]), *row[11:]])


def _parents_from_text(prepared: Document, rows: list[list]) -> None:
    """X وY التابعتين لمدينة Z: Z becomes the parent of the villages and towns before it in the
    sentence (back to the sentence start or the previous such marker)."""
    markers = [m.end() for m in prepared.scan(PARENT, PARENT_TRIGGERS)]
    if not markers:
        return
    sentence_starts = [s for s, _ in prepared.sentences]
    row_starts = [r[0] for r in rows]
    previous = 0
    for marker in markers:
        i = bisect.bisect_right(sentence_starts, marker) - 1
        since = max(previous, sentence_starts[i] if i >= 0 else 0)
        previous = marker
        after = bisect.bisect_left(row_starts, marker)
        if after == len(rows):
            continue
        for row in rows[bisect.bisect_left(row_starts, since):after]:
            if row[6] in _SMALL:
                row[7] = rows[after][4]


def extract_places(texts: Any, gazetteer: str | Path | None = None) -> pd.DataFrame:
    """Places in one text, or in a list/Series of texts (one table with an `article` column).

    `gazetteer` replaces the default tables (data/gazetteer.csv with GeoNames behind it) by one
    hand-written table in the same format."""
    load_gazetteer(gazetteer)   # a bad table fails before any text is read
    return extract_table("places", texts, gazetteer=gazetteer)

