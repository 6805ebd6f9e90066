"""Arabic words as the extractors see them: boundaries, attached letters and endings, defined once.

News Arabic attaches conjunctions and prepositions to the next word (و ف ب ل ك) and writes the
article ال joined to its noun; ل before ال contracts to لل (للولايات). Duals and plurals end in
ان/ين (تان/تين/تي for feminine nouns). Every extractor strips or allows these forms through the
names here, so that a new extractor or a regional form is added in one place.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from .patterns import word_trie

# Regex pieces on the normalised text: a space that stays within the line, an optional one.
WS, OWS = r"[^\S\n]+", r"[^\S\n]*"
# A word of at least two letters (names, the word after a cue).
LETTERS = r"[^\W\d_]{2,}"
# At a word boundary, the letters that may be attached before a name or a cue word:
# و or ف, then ب or ل (وبالأمس، فلأذربيجان), or و/ف alone.
CLITIC = r"(?<!\w)(?:[وف]?[بل]|[وف])?"
# The same with ك, and two-letter combinations, for cue words (وبالقصف، كالقتلى).
CLITIC_EVENT = r"(?<!\w)(?:[وفبل]|وب|ول|فب|بال|وال|وبال)?"
CLITIC_DATE = r"(?<!\w)(?:[وفبل]|وب|ول|فب)?"
# Before a verb: a conjunction only (وأعلنت، فقال).
CLITIC_VERB = r"(?<!\w)(?:[وف])?"
# Before a noun of a short cue list: one letter (والمدنيين، بالمدنيين).
CLITIC_LETTER = r"(?<!\w)(?:[وفبل])?"
# The letters before the article, or before the ل of لل, at the start of a normalised word.
ARTICLE_PROCLITICS = r"^(?:[وف]?(?:ب|ك)?(?=ال)|[وف]?ل(?=ل))"

# Attached letters before a word, as plain prefixes.
ATTACHED = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")
NUMBER_PROCLITICS = ("", "و", "ف", "ب", "ك", "ل", "وب", "وك", "ول", "فب", "فك", "فل")
NUMBER_PREFIX_LETTERS = "وفبلك"
# Before a noun: the same and the article, alone or after a proclitic (والقتلى، للجنود).
NOUN_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "فال", "لل", "ولل", "وبال", "كال", "فبال")
# Before a verb or a particle: no article.
WORD_PREFIXES = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")
# The article with what may precede it, longest first, for the bare form of a word.
ARTICLES = ("وال", "فال", "بال", "لل", "ال")
# Dual endings, the construct forms too (جثتا، قريتي), and what the singular ends with instead
# (قريتين → قريه، جنديان → جندي).
DUAL_ENDINGS = (("تين", "ه"), ("تان", "ه"), ("تي", "ه"), ("تا", "ه"), ("ين", ""), ("ان", ""), ("ي", ""))
# Endings of a relative adjective (nisba) in its forms: الأذربيجاني، المدنيين، أرمينية.
NISBA_ENDINGS = ("ي", "يه", "يين", "يون", "ين", "يا")
# A nisba in the dual (فلسطينيان، سعوديتان، أمريكيتين): the nisba ي then a dual ending that no
# plural shares. يين is also the masculine plural (فلسطينيين), يتي/يي a construct state.
NISBA_DUAL_ENDINGS = tuple(sorted(("ي" + end for end, _ in DUAL_ENDINGS if end in ("ان", "تان", "تين")),
                                  key=len, reverse=True))


def alternation(words: Iterable[str]) -> str:
    """Words as one regex (a trie, longest first); a space inside a word matches any run of spaces."""
    return word_trie(words, lambda ch, depth: WS if ch == " " else re.escape(ch))


def with_prefixes(words: Iterable[str], prefixes: Iterable[str]) -> frozenset[str]:
    """Every word with every prefix attached."""
    prefixes = tuple(prefixes)
    return frozenset(p + w for w in words for p in prefixes)


def contracted(keys: Iterable[str]) -> set[str]:
    """The ل + ال contraction of definite keys (الولايات → للولايات)."""
    return {"لل" + k[2:] for k in keys if k.startswith("ال")}


def without_article(key: str, shortest: int = 3) -> str:
    """A normalised word without its article and the letters before it (والقتلى → قتلى),
    when at least `shortest` letters remain."""
    for p in ARTICLES:
        if key.startswith(p) and len(key) - len(p) >= shortest:
            return key[len(p):]
    return key


def stems(word: str, prefixes: Iterable[str], shortest: int = 2) -> tuple[str, ...]:
    """`word` without each prefix it starts with (at least `shortest` letters left), in order."""
    return tuple(dict.fromkeys(word[len(p):] for p in prefixes
                               if word.startswith(p) and len(word) - len(p) >= shortest))


def dual_singulars(dual: str) -> list[str]:
    """The singular forms a dual may stand for (ساعتين → ساعه)."""
    return [dual[:-len(end)] + add for end, add in DUAL_ENDINGS if dual.endswith(end)]


def is_nisba(word: str) -> bool:
    """Shaped like a relative adjective (الأذربيجاني، المدنيين)."""
    return word.endswith(NISBA_ENDINGS)


# Words shaped like a verb that open no clause of their own: an adverb (تحت الأنقاض) or a copula
# that describes the same people (و3 آخرون كانوا برفقتهم).
_NOT_VERBS = frozenset(("تحت", "تحتها", "وقت", "بيت", "كانوا", "كانت", "يكونون", "ليسوا", "ليست"))


def imperfect_shaped(word: str) -> bool:
    """Shaped like a singular imperfect verb (يعتقل، ترتكب), on the normalised form: ي or ت, then three
    to five letters with no ending of a noun, an adjective, a dual or a plural (تغطية، يمني، يمنيين، يومان),
    and not a verbal noun of the pattern تفعيل (تدمير، تعذيب)."""
    return word[:1] in ("ي", "ت") and 4 <= len(word) <= 6 and not word.endswith(("ه", "ات", "ي", "ين", "ون", "ان", "وا")) \
        and not (word[0] == "ت" and len(word) == 5 and word[3] == "ي")


def verb_shaped(word: str) -> bool:
    """Shaped like a finite verb of a new clause, on the normalised form: a perfect plural
    (تعرضوا، نقلوا), an imperfect plural (يخضعون، يتلقون; not a nisba plural: يمنيون), a perfect
    feminine (تقطعت; not a plural in -ات) or the passive auxiliary تم."""
    if len(word) < 3 or word in _NOT_VERBS:
        return word == "تم"
    if word.endswith("وا"):
        return True
    if word.startswith(("ي", "ت")) and word.endswith("ون") and not word.endswith("يون"):
        return True
    return word.endswith("ت") and not word.endswith("ات") and len(word) >= 4
