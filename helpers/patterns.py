"""Regular expressions built from word lists (the lexicons are data; these make them patterns).

`word_trie` turns many literal words into one alternation factored by common prefixes, so
that the regex engine tests one character per level instead of every word in turn, and the
longest word wins at each position.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .normalize import CHAR_MAP

# For each normalised character, every spelling that normalises to it (ا: ا أ إ آ ٱ).
_SPELLINGS: dict[str, str] = {}
for _written, _normal in CHAR_MAP.items():
    _SPELLINGS[_normal] = _SPELLINGS.get(_normal, _normal) + _written


def any_spelling(ch: str) -> str:
    """Regex for one normalised character: itself or any character that normalises to it."""
    return f"[{re.escape(_SPELLINGS[ch])}]" if ch in _SPELLINGS else re.escape(ch)


def _literal(ch: str, depth: int) -> str:
    return re.escape(ch)


def word_trie(words: Iterable[str], char: Callable[[str, int], str] = _literal) -> str:
    """One regex matching any of `words`, longest first; `char(ch, depth)` renders a character."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict, depth: int) -> str:
        options = [char(ch, depth) + build(child, depth + 1) for ch, child in sorted(node.items()) if ch]
        if not options:
            return ""
        body = options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(root, 0)
