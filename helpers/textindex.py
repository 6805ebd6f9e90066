"""One text normalised and indexed once, for every extractor that reads it.

Dates, places, actors and figures each look for expressions that begin with one of a known
set of words (their triggers): a month, a cue such as مدينة، a title, a casualty word. Instead
of running each pattern at every character, `Prepared.starts` gives the offsets where a
trigger stands, and the pattern is tried there only. The offsets of all trigger words of all
extractors come from one pass over the text's words, made when the first extractor asks;
`prepare` keeps the last few texts so that extractors run one after the other on the same
text share the normalisation, the word index and the segment roles.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import compress

from .layout import SegmentIndex
from .normalize import normalize

# Made spaces before the text is cut into words, one for one (offsets stay those of the
# normalised text): anything that is not a word character or a space, then the digits (which
# normalisation has made ASCII), so that a word glued to a number (بمقتل31، 70جريحا) is found.
# Two steps: one regex for both, [^\w ]|\d, is about twice as slow.
_NOT_A_WORD = re.compile(r"[^\w ]")
_ASCII_DIGITS = "0123456789"
# Digits: a pattern that opens with a character class is searched much faster than \d+.
_DIGITS = re.compile(r"\d\d*")
_NUMBER_PREFIXES = "وفبلك"
_GAP_THEN_WORD = re.compile(r"\W+(\w+)")
_ATTACHED = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")


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


class Prepared:
    """A text, its normalised copy and, built on first use, its word index and segment roles."""

    __slots__ = ("text", "norm", "_segments", "_by_set", "_generation", "_numbers")

    def __init__(self, text: str):
        self.text, self.norm, self._segments = text, normalize(text), None
        self._by_set: list[list[int]] = []
        self._generation = -1
        self._numbers: list[int] | None = None

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
        spaced = _NOT_A_WORD.sub(" ", self.norm.text)
        for digit in _ASCII_DIGITS:
            spaced = spaced.replace(digit, " ")
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
                while pos > 0 and t[pos - 1] in _NUMBER_PREFIXES and m.start() - pos < 2:
                    pos -= 1
                if pos > last and (pos == 0 or not (t[pos - 1].isalnum() or t[pos - 1] == "_")):
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


@lru_cache(maxsize=8)
def prepare(text: str) -> Prepared:
    """Normalise and index a text once for the extractors run one after the other on it."""
    return Prepared(text)


def first_words(words: Iterable[str]) -> frozenset[str]:
    """The trigger set for patterns that begin with one of `words` (normalised), as the words
    may be written with attached و ف ب ل ك (وبالأمس) or with ل contracting ال (للولايات)."""
    firsts = {w.split()[0] for w in words}
    return frozenset({c + w for w in firsts for c in _ATTACHED}
                     | {c + "لل" + w[2:] for w in firsts if w.startswith("ال") for c in ("", "و", "ف")})


def previous_word(text: str, offset: int, window: int) -> str:
    """The word before `offset`, separated from it by non-word characters, within `window`
    characters ("" if none). Matched on the reversed window: one anchored match, where a
    search for (\\w+)\\W+$ would try, and backtrack from, every position of the window."""
    m = _GAP_THEN_WORD.match(text[max(0, offset - window):offset][::-1])
    return m.group(1)[::-1] if m else ""
