"""Places named in Arabic news: from a gazetteer with coordinates, and by cue words when unknown.

Known places come from data/gazetteer.csv (Arabic name and spelling variants, English name,
kind, parent, latitude, longitude). Places the gazetteer lacks are still found when the text
says what they are (قرية X، مدينتي X وY، قرى … هي X، Y، Z) and come out with
in_gazetteer=False and no coordinates. A village's parent is taken from the text when it says
so (التابعتين لمدينة جبرائيل), else from the gazetteer. Cue words live in lexicons/places.csv.
"""
from __future__ import annotations

import bisect
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import pandas as pd

from .document import Document, first_words, previous_word
from .normalize import normalize_key
from .pipeline import extract_table
from .registry import register
from .tables import load_by_mtime
from .vocabulary import read_lexicon, read_table
from .words import CLITIC, LETTERS, OWS, WS, alternation, contracted

GAZETTEER = Path(__file__).resolve().parent.parent / "data" / "gazetteer.csv"
KINDS = ("country", "region", "city", "town", "village", "front")
GAZETTEER_COLUMNS = ("name", "variants", "name_en", "kind", "parent", "lat", "lon")
_SMALL = ("village", "town")  # the kinds that take their parent from the text


class GazetteerError(ValueError):
    """The gazetteer file is missing or has a bad row; the message names the file and line."""


@dataclass(frozen=True)
class Place:
    name: str
    name_en: str
    kind: str
    parent: str
    lat: float | None
    lon: float | None
    cue_only: bool


@dataclass(frozen=True)
class Gazetteer:
    """Places by normalised spelling, and one regex that finds any of the spellings."""

    by_key: dict[str, Place]
    pattern: re.Pattern
    triggers: frozenset[str]


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
    """Normalised spellings of a name, with the ل+ال contraction (الولايات → للولايات)."""
    keys = {" ".join(normalize_key(s).split()) for s in [name, *variants.split("|")] if s.strip()}
    return keys | contracted(keys)


@lru_cache(maxsize=4)
def _load(path: str, _mtime: float) -> Gazetteer:
    by_key: dict[str, Place] = {}
    rows: list[tuple[str, Place]] = []
    for where, row in read_table(Path(path), (), GazetteerError, "gazetteer file", GAZETTEER_COLUMNS, {"kind": KINDS}):
        if not row["name"].strip():
            raise GazetteerError(f"{where}: field 'name' is empty")
        lat = _coordinate(row["lat"], "lat", 90, where)
        lon = _coordinate(row["lon"], "lon", 180, where)
        if (lat is None) != (lon is None):
            raise GazetteerError(f"{where}: give both lat and lon or neither")
        place = Place(row["name"].strip(), row["name_en"].strip(), row["kind"], row["parent"].strip(),
                      lat, lon, row.get("cue_only", "").strip().lower() in ("yes", "true", "1"))
        for key in _spellings(row["name"], row["variants"]):
            if key in by_key and by_key[key].name != place.name:
                raise GazetteerError(f"{where}: spelling {key!r} already belongs to {by_key[key].name!r}")
            by_key[key] = place
        rows.append((where, place))
    names = {p.name for _, p in rows}
    for where, place in rows:
        if place.parent and place.parent not in names:
            raise GazetteerError(f"{where}: parent {place.parent!r} is not a name in the gazetteer")
    pattern = re.compile(rf"{CLITIC}(?P<x>{alternation(by_key)})(?!\w)")
    return Gazetteer(by_key, pattern, first_words(by_key))


def load_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """The gazetteer at `path` (default data/gazetteer.csv), validated, cached until the file changes."""
    return load_by_mtime(Path(path) if path is not None else GAZETTEER, _load, GazetteerError, "gazetteer file")


def _lexicon() -> dict[str, dict[str, str]]:
    table: dict[str, dict[str, str]] = {}
    for row in read_lexicon("places.csv", ["kind", "word"], ["value"]):
        table.setdefault(row["kind"], {})[normalize_key(row["word"])] = row["value"]
    return table


LEXICON = _lexicon()
_WORD = LETTERS
# قرية X، مدينتي X وY، محور مدينة X، التابعة لمدينة X (X one word, or two after قره/أبو/عين…)
_NAME = rf"(?:(?:{alternation(LEXICON['compound_head'])}){WS})?{_WORD}"
CUE = re.compile(
    rf"{CLITIC}(?:(?P<cue>{alternation(LEXICON['cue'])})|(?P<dual>{alternation(LEXICON['dual'])}))"
    rf"{WS}(?:(?:مدينه|قريه|بلده){WS})?[\"«“]?(?P<a>{_NAME})[\"»”]?"
    rf"(?:(?<=\w)|[\"»”])(?:{OWS}و[\"«“]?(?P<b>{_NAME}))?(?!\w)")
# … قرى تحررت أيضا هي X، Y، Z التابعة لمدينة W: the items of a list after هي / منها
LIST = re.compile(rf"(?<!\w)(?P<plural>{alternation(LEXICON['plural'])})(?:{WS}\w+){{0,3}}{WS}"
                  rf"(?:{alternation(LEXICON['list_cue'])}){WS}(?P<items>{_NAME}(?:{OWS}[،,]{OWS}و?{_NAME})+)")
_ITEM = re.compile(_NAME)
PARENT = re.compile(rf"(?<!\w)(?:{alternation(LEXICON['parent_cue'])}){WS}ل")
CUE_TRIGGERS = first_words([*LEXICON["cue"], *LEXICON["dual"]])
LIST_TRIGGERS = first_words(LEXICON["plural"])
PARENT_TRIGGERS = first_words(LEXICON["parent_cue"])


def _is_name(word: str) -> bool:
    """Not a preposition, adjective or verb that happens to follow a cue word."""
    first = word.split()[0]
    if word in LEXICON["not_name"] or first in LEXICON["not_name"]:
        return False
    if " " in word:
        return True
    # الحدودي، الحدودية، إيطالية (relative adjectives) describe a place, they do not name it
    return not (word.startswith("ال") and word.endswith("ي") or word.endswith("يه"))


def _found(doc: Document, gazetteer: Gazetteer) -> list[list]:
    """[start, end, name_key, kind_from_cue] for gazetteer names and cue-word discoveries (normalised offsets)."""
    prepared, text = doc, doc.text
    norm = prepared.norm
    hits: dict[tuple[int, int], list] = {}
    for m in prepared.scan(gazetteer.pattern, gazetteer.triggers):
        hits[m.span("x")] = [*m.span("x"), m.group("x"), None]
    for m in prepared.scan(CUE, CUE_TRIGGERS):
        cue = m.group("cue") or m.group("dual")
        if cue.endswith("ه") and text[norm.span(*m.span("cue") if m.group("cue") else m.span("dual"))[1] - 1] == "ه":
            continue  # بلده، مدينته: a possessive (his country), not the cue word بلدة
        kind = LEXICON["cue"].get(_key(m.group("cue") or "")) or LEXICON["dual"][_key(m.group("dual"))]
        for group in ("a", "b") if m.group("dual") else ("a",):
            if m.group(group) and _is_name(_key(m.group(group))):
                span = m.span(group)
                hits.setdefault(span, [*span, _key(m.group(group)), None])[3] = kind
    for m in prepared.scan(LIST, LIST_TRIGGERS):
        for item in _ITEM.finditer(m.group("items")):
            word = _key(item.group())
            if _is_name(word):
                span = (m.start("items") + item.start(), m.start("items") + item.end())
                hits.setdefault(span, [*span, word, LEXICON["plural"][_key(m.group("plural"))]])
    ordered = sorted(hits.values())
    kept: list[list] = []
    for hit in ordered:  # a span inside a longer one (قره inside قره باغ) gives way
        if kept and hit[0] < kept[-1][1]:
            if hit[1] - hit[0] > kept[-1][1] - kept[-1][0]:
                kept[-1] = hit
            continue
        kept.append(hit)
    return kept


def _key(s: str) -> str:
    return " ".join(s.split())




def _adjective_use(key: str, t: str, start: int) -> bool:
    """السعودية after a definite noun (الحكومة السعودية) is the adjective, not the country: a name
    shaped like a relative adjective (ال…ية) describes the definite word before it."""
    if not (key.startswith("ال") and key.endswith("يه")):
        return False
    word = previous_word(t, start, 40)
    return word.startswith(("ال", "وال", "بال", "لل")) and word not in LEXICON["definite_function"]


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


COLUMNS = PlaceMention._fields


@register("places", COLUMNS)
def place_mentions(doc: Document) -> Iterator[PlaceMention]:
    """The places named in a document (gazetteer: the document's, default data/gazetteer.csv)."""
    gazetteer = load_gazetteer(doc.gazetteer)
    prepared, text = doc, doc.text
    norm, t = prepared.norm, prepared.norm.text
    rows = []
    for start, end, key, cue_kind in _found(doc, gazetteer):
        place = gazetteer.by_key.get(key)
        if place is not None and (place.cue_only and cue_kind is None or _adjective_use(key, t, start)):
            continue
        s, e = norm.span(start, end)
        if place is not None:
            rows.append([start, s, e, text[s:e], place.name, place.name_en, place.kind, place.parent,
                         True, place.lat, place.lon])
        elif cue_kind is not None:
            rows.append([start, s, e, text[s:e], text[s:e], "", cue_kind, "", False, None, None])
    _parents_from_text(prepared, rows)
    for row in rows:
        yield PlaceMention._make([*row[1:], prepared.in_body(row[1])])


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

    `gazetteer` overrides the default data/gazetteer.csv.
    """
    load_gazetteer(gazetteer)   # a bad table fails before any text is read
    return extract_table("places", texts, gazetteer=gazetteer)
