"""The prepared document: one text normalised and indexed once, passed to every extractor.

A `Document` is what spaCy calls a Doc: the text as written and layers over it, each with
offsets into it. Its layers: the normalised copy with its offset map (`norm`), the words
(`words`), the word index (`starts`, `scan`), the line roles (`in_body`), the sentences
(`sentences`), the publication date, and the rows of every registered extractor
(`layer(name)`), computed on first use and kept on the document, so that claims read the
figures, dates, places and actors already found instead of finding them again.

Dates, places, actors and figures each look for expressions that begin with one of a known
set of words (their triggers): a month, a cue such as مدينة، a title, a casualty word. Instead
of running each pattern at every character, `Document.starts` gives the offsets where a
trigger stands, and the pattern is tried there only. The offsets of all trigger words of all
extractors come from one pass over the text's words, made when the first extractor asks.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from itertools import compress
from pathlib import Path
from typing import Any

from . import registry
from .layout import SegmentIndex, sentences
from .normalize import normalize
from .tables import check_text
from .words import ATTACHED, NUMBER_PREFIX_LETTERS

# Made spaces before the text is cut into words, one for one (offsets stay those of the
# normalised text): anything that is not a word character or a space, then the digits (which
# normalisation has made ASCII), so that a word glued to a number (بمقتل31، 70جريحا) is found.
# Two steps: one regex for both, [^\w ]|\d, is about twice as slow.
_NOT_A_WORD = re.compile(r"[^\w ]")
_ASCII_DIGITS = "0123456789"
# Digits: a pattern that opens with a character class is searched much faster than \d+.
_DIGITS = re.compile(r"\d\d*")
_GAP_THEN_WORD = re.compile(r"\W+(\w+)")


class _TriggerWords:
    """The trigger sets passed to Prepared.starts, numbered, and for each word the sets it is in,
    so that one pass over a text's words files each trigger word under every set it belongs
    to. `generation` grows with each new set (a newly loaded gazetteer, say), so that texts
    indexed before it are indexed again."""

    def __init__(self) -> None:
        self.numbers: dict[frozenset[str], int] = {}
        self.sets_of: dict[str, tuple[int, ...]] = {}
        self.generation = 0

    def number(self, triggers: frozenset[str]) -> int:
        """The number of a trigger set, registering it when it is new."""
        number = self.numbers.get(triggers)
        if number is None:
            number = self.numbers[triggers] = len(self.numbers)
            for word in triggers:
                self.sets_of[word] = (*self.sets_of.get(word, ()), number)
            self.generation += 1
        return number


_TRIGGER_WORDS = _TriggerWords()


class Document:
    """A text, its publication date and its layers (see the module docstring).

    `gazetteer` and `actors` name the data tables the place and actor extractors read (None:
    the defaults in data/)."""

    __slots__ = ("text", "published", "gazetteer", "actors", "norm", "_segments", "_by_set", "_generation",
                 "_numbers", "_sentences", "_layers")

    def __init__(self, text: str, published: date | None = None, *,
                 gazetteer: str | Path | None = None, actors: str | Path | None = None):
        self.text = check_text(text)
        if isinstance(published, datetime):   # a date subclass: keep its calendar day only
            published = published.date()
        self.published, self.gazetteer, self.actors = published, gazetteer, actors
        self.norm = normalize(text)
        self._segments: SegmentIndex | None = None
        self._by_set: list[list[int]] = []
        self._generation = -1
        self._numbers: list[int] | None = None
        self._sentences: list[tuple[int, int]] | None = None
        self._layers: dict[str, list[Any]] = {}

    @property
    def sentences(self) -> list[tuple[int, int]]:
        """Sentence spans in the normalised text (helpers.layout.sentences)."""
        if self._sentences is None:
            self._sentences = sentences(self.norm.text)
        return self._sentences

    @property
    def words(self) -> list[str]:
        """The normalised text's words (runs of letters; digits and punctuation cut them)."""
        return _words_of(self.norm.text)

    @property
    def computed(self) -> list[str]:
        """The names of the layers computed so far."""
        return list(self._layers)

    def layer(self, name: str) -> list[Any]:
        """The rows of the registered extractor `name` for this document, computed once."""
        rows = self._layers.get(name)
        if rows is None:
            rows = self._layers[name] = list(registry.get(name).records(self))
        return rows

    def in_body(self, offset: int) -> bool:
        """Whether original offset `offset` lies in the article's body (not a caption, a
        "read also" line or a section label)."""
        if self._segments is None:
            self._segments = SegmentIndex(self.text, self.norm)
        return self._segments.in_body(offset)

    def _index(self) -> None:
        """Where the words of every trigger set stand in the normalised text. With every
        non-word character made a space (lengths kept), one split gives the words; each word
        that is a trigger is then found as " word " after the previous one and filed under its
        sets: every character is scanned about once, in C, and Python only touches the
        trigger words. Offsets come in text order, so each set's list is sorted."""
        sets_of = _TRIGGER_WORDS.sets_of
        spaced = _spaced(self.norm.text)
        padded = f" {spaced} "
        by_set: list[list[int]] = [[] for _ in range(len(_TRIGGER_WORDS.numbers))]
        pieces = spaced.split()
        offset = 0
        for word in compress(pieces, map(sets_of.__contains__, pieces)):
            offset = padded.find(f" {word} ", offset)   # = the word's offset in the text
            for number in sets_of[word]:
                by_set[number].append(offset)
            offset += len(word) + 1
        self._by_set, self._generation = by_set, _TRIGGER_WORDS.generation

    def _number_starts(self) -> list[int]:
        """Offsets of the words that begin with a number, after at most two attached letters."""
        if self._numbers is None:
            t, found, last = self.norm.text, [], -1
            for m in _DIGITS.finditer(t):
                pos = m.start()
                while pos > 0 and t[pos - 1] in NUMBER_PREFIX_LETTERS and m.start() - pos < 2:
                    pos -= 1
                if pos > last and (pos == 0 or not t[pos - 1].isalnum()):
                    found.append(pos)
                last = m.end()
            self._numbers = found
        return self._numbers

    def starts(self, triggers: frozenset[str]) -> list[int]:
        """Sorted offsets (normalised text) of the words in `triggers`; "#" in `triggers` stands
        for any word that begins with a number (28، و25). A trigger glued to a number after it
        or before it (بمقتل31) counts as standing there."""
        number = _TRIGGER_WORDS.number(triggers)
        if self._generation != _TRIGGER_WORDS.generation:
            self._index()
        if "#" in triggers:
            return sorted({*self._by_set[number], *self._number_starts()})
        return self._by_set[number][:]

    def scan(self, pattern: re.Pattern, triggers: frozenset[str]) -> Iterator[re.Match]:
        """What pattern.finditer gives on the normalised text, for a pattern that always begins
        at a word boundary with one of `triggers` (or # for a number)."""
        t, last = self.norm.text, 0
        for pos in self.starts(triggers):
            if pos >= last:
                m = pattern.match(t, pos)
                if m:
                    last = max(m.end(), pos + 1)
                    yield m


def _spaced(t: str) -> str:
    """`t` with every character that is not a letter or a space made a space (lengths kept)."""
    spaced = _NOT_A_WORD.sub(" ", t)
    for digit in _ASCII_DIGITS:
        spaced = spaced.replace(digit, " ")
    return spaced


def _words_of(t: str) -> list[str]:
    return _spaced(t).split()


def first_words(words: Iterable[str]) -> frozenset[str]:
    """The trigger set for patterns that begin with one of `words` (normalised), as the words
    may be written with attached و ف ب ل ك (وبالأمس) or with ل contracting ال (للولايات)."""
    firsts = {w.split()[0] for w in words}
    return frozenset({c + w for w in firsts for c in ATTACHED}
                     | {c + "لل" + w[2:] for w in firsts if w.startswith("ال") for c in ("", "و", "ف")})


def previous_word(text: str, offset: int, window: int) -> str:
    """The word before `offset`, separated from it by non-word characters, within `window`
    characters ("" if none). Matched on the reversed window: one anchored match, where a
    search for (\\w+)\\W+$ would try, and backtrack from, every position of the window."""
    m = _GAP_THEN_WORD.match(text[max(0, offset - window):offset][::-1])
    return m.group(1)[::-1] if m else ""
