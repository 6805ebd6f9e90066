"""Offset-keeping normalisation of Arabic text for matching.

Matching runs on a normalised copy of the text (one alef, ه for ة, ي for ى, ASCII digits,
no diacritics or tatweel). Every normalised character remembers the original index it came
from, so a match on the copy maps back to an exact slice of the original: offsets are never
lost or shifted. The character tables are data, in the CAMeL Tools style.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# One character to one character: applied with str.translate, keeps the length.
CHAR_MAP = {
    **{c: "ا" for c in "أإآٱ"},          # alef with hamza or madda, alef wasla
    "ة": "ه",                            # teh marbuta written as heh in many texts
    "ى": "ي",                            # alef maksura
    "ی": "ي", "ۍ": "ي", "ک": "ك",        # Persian/Urdu letter forms
    **{chr(0x0660 + i): str(i) for i in range(10)},   # Arabic-Indic digits
    **{chr(0x06F0 + i): str(i) for i in range(10)},   # Extended (Persian) digits
    "٫": ".",                            # Arabic decimal separator
    "٬": ",",                            # Arabic thousands separator
    "٪": "%",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ",     # no-break and thin spaces
}

# Characters removed for matching: diacritics, tatweel, direction and zero-width marks.
DELETED = (
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0670"  # harakat
    "\u0640"                                  # tatweel
    "\u200b\u200c\u200d\u200e\u200f\u061c\u2066\u2067\u2068\u2069\u202a\u202b\u202c\u202d\u202e"
)

_TABLE = str.maketrans(CHAR_MAP)
# Anything that changes length: deleted characters and Arabic presentation forms.
_UNEVEN = re.compile(f"[{re.escape(DELETED)}\ufb50-\ufdff\ufe70-\ufeff]")


def _expand(ch: str) -> str:
    """Normalised form of one length-changing character ('' when it is deleted)."""
    if ch in DELETED:
        return ""
    decomposed = unicodedata.normalize("NFKC", ch)
    return "".join(c for c in decomposed if c not in DELETED).translate(_TABLE)


@dataclass(frozen=True)
class Normalized:
    """A normalised copy of `original`; `index[i]` is the original index of character i.

    `index` is None when normalisation kept every position (the common, fast case).
    """

    original: str
    text: str
    index: list[int] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the normalised slice text[start:end].

        Deleted marks that follow the slice's last letter (a final diacritic, tatweel)
        belong to it, so the original slice is always contiguous and complete.
        """
        if self.index is None:
            return start, end
        return self.index[start], self.index[end]


def normalize(text: str) -> Normalized:
    """Normalise `text` for matching, keeping a map back to original offsets."""
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    if not _UNEVEN.search(text):
        return Normalized(text, text.translate(_TABLE))
    pieces: list[str] = []
    index: list[int] = []
    pos = 0
    for m in _UNEVEN.finditer(text):
        start = m.start()
        pieces.append(text[pos:start].translate(_TABLE))
        index.extend(range(pos, start))
        rep = _expand(m.group())
        pieces.append(rep)
        index.extend([start] * len(rep))
        pos = m.end()
    pieces.append(text[pos:].translate(_TABLE))
    index.extend(range(pos, len(text) + 1))
    return Normalized(text, "".join(pieces), index)


def normalize_key(text: str) -> str:
    """Normalised form for comparing names and words (no offsets kept)."""
    return normalize(text).text
