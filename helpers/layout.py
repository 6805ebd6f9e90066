"""Where things are in an article: paragraphs, sentences and boilerplate, as offsets.

News pages carry lines that are not the article's own reporting: the section label, photo
captions ("… - جيتي") and "اقرأ أيضا" links to other stories. Figures, places and actors found
there must not be counted as the article's, so every extractor asks `segment_of` which part
of the article an offset falls in.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from .normalize import Normalized, normalize, normalize_key
from .tables import check_text
from .vocabulary import read_lexicon

_LINE = re.compile(r"[^\r\n]+")  # LF, CRLF and old-Mac CR line endings alike
# A sentence ends at . ! ? ؟ … or ؛ followed by space or end; a dot between digits is a decimal.
# A dot glued to the next sentence's first letter ends one too, after a word of three letters or
# more or a closing quotation mark (بشأن الحادث.ويأتي، «…».وقال), not after an abbreviation (د.محمد).
# The dot after a lone letter ends none: a title's abbreviation (وقال د. سامي الصالح، أ.د. خالد) or an
# agency's initials ((د. ب. أ)، (أ. ف. ب)).
# Nor does the dot after a Latin letter's Arabic name used as an initial before a name (جورج بي. بوش،
# لورا إيه. كولانجيلو; lexicons/letter_names.csv: no في or أو, which are words of their own).
# The pattern begins with a character class so that `re` skips straight to the candidates
# (a group or a look-behind first makes it try every position: about 5x slower).
_END_MARK = r"[.!؟?…؛](?!(?<=\d\.)\d)"
_ARABIC_LETTER = "[\u0621-\u064a]"
# a lone letter: not after a letter, a mark or tatweel, nor after a number (2015 م. is the era, and ends)
_LONE_LETTER = rf"(?<![\w\u064b-\u0652\u0640])(?<!\d\s){_ARABIC_LETTER}"
_SENTENCE_END = re.compile(rf"{_END_MARK}(?<!{_LONE_LETTER}\.)(?:{_END_MARK})*[\"'»”)]*(?:(?=\s|$)"
                           rf"|(?:(?<={_ARABIC_LETTER}{{3}}\.)|(?<=[»”\"]\.))(?={_ARABIC_LETTER}))")
_INITIAL_BEFORE = re.compile(r"(?<![\w\u064b-\u0652\u0640])([\u0621-\u064a]{2,5})\.\Z")
_WORD_BEFORE = re.compile(r"(?<!\w)([\u0621-\u064a]+)[^\S\n]+\Z")
# the word after an initial goes on with the name: no opening و or ف, no ثم or في (جون دي. روكفلر، but
# فيتامين سي. والآن، لي كوان يو. وقد)
_NAME_AFTER = re.compile(r"[^\S\n]*(?![وف]|ثم(?!\w))[\u0621-\u064a]")
_SENTENCE_PUNCT = re.compile(r"[.!؟?…؛:،,]")
BODY_ROLES = frozenset({"headline", "body"})


@lru_cache(maxsize=None)
def _letter_names() -> frozenset[str]:
    """Arabic names of Latin letters, written as initials (lexicons/letter_names.csv)."""
    return frozenset(row["name"] for row in read_lexicon("letter_names.csv"))


def _after_initial(line: str, end: re.Match) -> bool:
    """True when the mark at `end` is the dot of an initial written as a letter's name and a word
    of the name follows (_NAME_AFTER): no sentence ends there. A letter's name after another
    without a dot closes an acronym (بي بي سي.، سي إن إن.), which may end a sentence."""
    initial = _INITIAL_BEFORE.search(line, max(0, end.start() - 6), end.end())
    if initial is None or initial.group(1) not in _letter_names() or not _NAME_AFTER.match(line, end.end()):
        return False
    word = _WORD_BEFORE.search(line, max(0, initial.start() - 12), initial.start())
    return word is None or word.group(1) not in _letter_names()


@lru_cache(maxsize=None)
def _cues() -> dict[str, tuple[str, ...]]:
    """Boilerplate cue words from lexicons/boilerplate.csv, normalised, by kind."""
    table: dict[str, list[str]] = {}
    for row in read_lexicon("boilerplate.csv", ["kind", "cue"]):
        table.setdefault(row["kind"], []).append(normalize_key(row["cue"]).lower())
    return {kind: tuple(cues) for kind, cues in table.items()}


@lru_cache(maxsize=None)
def _caption_pattern() -> re.Pattern:
    """A line ending in a photo credit: '… - جيتي', '… (رويترز)', '… /AFP'."""
    credits = "|".join(re.escape(c) for c in sorted(_cues()["credit"], key=len, reverse=True))
    return re.compile(rf"(?:[-–—/]\s*|\(\s*)(?:{credits})\s*\)?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Segment:
    """One non-blank line of the article and its role."""

    start: int
    end: int
    role: str  # section / headline / caption / read_also / body

    @property
    def in_body(self) -> bool:
        return self.role in BODY_ROLES


_CAPTION_TAIL = 40  # a credit stands in the last few characters of its line


def _line_role(key: str, position: int, lines_total: int) -> str:
    """Role of one line, from its normalised, stripped form `key`. Only the line's head is
    lower-cased for the cue words (lower() of a whole paragraph is most of the cost otherwise);
    the credit pattern ignores case itself."""
    read_also = _cues()["read_also"]
    if key[:_longest(read_also)].lower().startswith(read_also):
        return "read_also"
    tail = max(0, len(key) - _CAPTION_TAIL)
    credit = _caption_pattern().search(key, tail)
    # a paragraph whose last sentence ends before the credit (… الرسمية. (أ ف ب)) is the story's credit
    if not key.endswith(".") and credit and not key[:credit.start()].rstrip().endswith((".", "!", "?", "؟")):
        return "caption"
    if position == 0 and lines_total > 2 and len(key.split()) <= 3 and not _SENTENCE_PUNCT.search(key) \
            and not any(ch.isdigit() for ch in key):
        return "section"
    return "body"


@lru_cache(maxsize=None)
def _longest(words: tuple[str, ...]) -> int:
    return max(map(len, words))


def segments(text: str, norm: Normalized | None = None) -> list[Segment]:
    """The article's non-blank lines with their roles.

    The section label is a first line of at most three words without punctuation; the
    headline is the first line after it that does not end a sentence (no final full stop).
    Roles are read on the normalised text (`norm`, when the caller has already normalised
    `text`); offsets (trimmed of surrounding white space) are the original's.
    """
    if norm is None:
        norm = normalize(text)
    lines = [m for m in _LINE.finditer(norm.text) if not m.group().isspace()]
    result: list[Segment] = []
    headline_open = True
    for position, m in enumerate(lines):
        line = m.group()
        key = line.strip()
        start = m.start() + len(line) - len(line.lstrip())
        role = _line_role(key, position, len(lines))
        if role == "body" and headline_open and position <= 1 and not key.endswith((".", ":")) \
                and len(key.split()) <= 20 and len(lines) > 2:
            role = "headline"
            headline_open = False
        elif role == "body":
            headline_open = False
        result.append(Segment(*norm.span(start, start + len(key)), role))
    return result


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; sentences never cross a line break."""
    check_text(text)
    spans: list[tuple[int, int]] = []
    for m in _LINE.finditer(text):
        line_start = m.start()
        pos = 0
        line = m.group()
        for end in _SENTENCE_END.finditer(line):
            if _after_initial(line, end):
                continue
            _append_trimmed(spans, text, line_start + pos, line_start + end.end())
            pos = end.end()
        _append_trimmed(spans, text, line_start + pos, m.end())
    return spans


def _append_trimmed(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


class SegmentIndex:
    """Look up the segment (line and role) that contains an offset, in O(log n)."""

    def __init__(self, text: str, norm: Normalized | None = None):
        self.segments = segments(text, norm)
        self._starts = [s.start for s in self.segments]

    def at(self, offset: int) -> Segment | None:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.segments[i].end:
            return self.segments[i]
        return None

    def in_body(self, offset: int) -> bool:
        segment = self.at(offset)
        return segment is not None and segment.in_body
