"""Every way Arabic news writes a number, as mentions with exact offsets into the text.

Digits in any script (92, ٩٢, ۹۲, 3,225, ٣٫٥), words (أربع، سبعة عشر، الأحد عشر، مئتان وخمسون), words mixed
with digits (ألفين و971), digits with scale words (7 آلاف، 1.5 مليون), noun duals that carry a count
(قريتي، جنديان), ordinals (السابع، الحادي عشر), vague amounts (عشرات، مئات الآلاف), and years, days
of a month, times and percentages, each marked by `kind` so later steps do not count them.

How it works (Duckling style, kept fast):
1. Lexicons are data (`lexicons/numbers.csv`, `months.csv`, `dual_nouns.csv`), compiled once at
   import into two regular expressions that find *atoms*: every written form of a number word or
   dual noun (with its attached و/ف/ب/ك/ل and ال, as one prefix tree), and every run of digits
   (a number, a clock time 10:30 or a numeric date 5/11/2020).
2. The grammar (`_join`) is a short list of rules saying which atom may follow which (unit + عشر,
   unit و tens, hundreds و tens, group × scale, scale و smaller group, scale و نصف); a run of atoms
   the rules accept is one number, and its value is computed as it is read.
3. Context rules look at the words just before and after a number: قرابة/أكثر من/ما لا يقل عن
   (qualifier), بين … و… and من … إلى … (range; not after a word of change, kind change: ارتفع من 10
   إلى 14 is a before and an after), a month name after it (day of a month), عام before
   it (year), الساعة before it (time; not after a word of "so far", kind so_far in `number_cues.csv`,
   with a counted noun after the number: حتى الساعة 14 شهيدا), % or في المئة after it (percent).

Matching runs on a copy with diacritics, tatweel and invisible marks removed; alef, ة/ه, ى/ي and
digit variants are matched by character classes built from `normalize.CHAR_MAP`, so the common
case needs no per-character work. Text with Arabic presentation forms goes through `normalize`.
Offsets always map back to the original: `text[start:end] == surface` for every mention.
"""
from __future__ import annotations

import math
import re
from typing import Any, NamedTuple

import pandas as pd

from .normalize import CHAR_MAP, DELETED, Normalized, normalize_key, strip_marks
from .patterns import any_spelling, word_trie
from .document import Document, previous_word
from .pipeline import extract_table
from .registry import register
from .tables import check_text
from .vocabulary import read_lexicon
from .words import DUAL_ENDINGS, NISBA_DUAL_ENDINGS, NOUN_PREFIXES, NUMBER_PROCLITICS, WORD_PREFIXES, with_prefixes

KINDS = ("digits", "words", "mixed", "scaled", "dual", "ordinal", "vague",
         "year", "date_part", "time", "percent", "unread")
QUALIFIERS = ("exact", "about", "at_least", "more_than", "less_than", "range")
# Kinds that count something; ranges and qualifiers apply to these.
COUNT_KINDS = frozenset({"digits", "words", "mixed", "scaled", "percent"})


class NumberMention(NamedTuple):
    """One number in a text; `text[start:end] == surface`.

    `value` is None for vague amounts, ranges and digits that are no quantity (kind `unread`:
    a run of more than MAX_DIGITS digits, or of three or more opening with 0, such as a telephone
    number; kept so that nothing vanishes); a range has
    `low` and `high`. The qualifier cue
    (قرابة، أكثر من، بين) is not part of the surface; % and في المئة are.
    """

    start: int
    end: int
    surface: str
    value: int | float | None
    kind: str
    qualifier: str
    low: int | float | None
    high: int | float | None


COLUMNS = NumberMention._fields

# ---------------------------------------------------------------- lexicons (data)

_TABLE = str.maketrans(CHAR_MAP)


def _read_csv(name: str) -> list[dict[str, str]]:
    return read_lexicon(name, required=())


class Word(NamedTuple):
    """A number word from the lexicon: its value, grammatical type and whether ال is allowed."""

    value: float | int | None
    type: str
    article: str  # any / required / forbidden


def _number_value(raw: str) -> int | float | None:
    if not raw:
        return None
    value = float(raw)
    return int(value) if value.is_integer() else value


def _load_words() -> dict[str, Word]:
    words = {normalize_key(r["word"]): Word(_number_value(r["value"]), r["type"], r["article"])
             for r in _read_csv("numbers.csv")}
    for r in _read_csv("dual_nouns.csv"):
        for ending in r["endings"].split("|"):
            words.setdefault(normalize_key(r["stem"] + ending), Word(2, "dual", "any"))
    return words


WORDS = _load_words()
# Construct duals of masculine nouns (ضابطي شرطة، رجلي أمن): the bare ي ending, read as two only
# before the noun they govern (not رجلي ويدي, "my legs and hands", nor at a clause's end).
CONSTRUCT_DUALS = frozenset(normalize_key(r["stem"] + "ي") for r in _read_csv("dual_nouns.csv")
                            if "ي" in r["endings"].split("|"))
_GOVERNED_NEXT = re.compile(r"\s+(?![وف])[\u0621-\u064a]")
# Written forms that look like a number word with a proclitic but are other words (لست = I am not).
STOP_FORMS = frozenset(normalize_key(r["form"]) for r in _read_csv("number_stopforms.csv"))
# Nisbas that open with ي or ت (يمني، تونسي): their bare dual (يمنيان) is read, not taken for a verb.
NISBA_STEMS = frozenset(normalize_key(r["nisba"]) for r in _read_csv("nisba_stems.csv"))
MONTHS = {normalize_key(r["name"]): int(r["month"]) for r in _read_csv("months.csv")}

def _cue_words() -> dict[str, list[tuple[str, str]]]:
    """lexicons/number_cues.csv by kind, in file order: (word as written, value)."""
    table: dict[str, list[tuple[str, str]]] = {}
    for row in read_lexicon("number_cues.csv", ["kind", "word"], ["value"]):
        table.setdefault(row["kind"], []).append((row["word"], row["value"]))
    return table


_CUE_WORDS = _cue_words()
# Qualifier cues as they stand right before the number (the last words before it) and after it;
# at most (لا يزيد عن) is filed under less_than: the vocabulary has no at_most.
CUES_BEFORE: dict[str, list[str]] = {}
for _word, _qualifier in _CUE_WORDS["before"]:
    CUES_BEFORE.setdefault(_qualifier, []).append(_word)
CUES_AFTER: dict[str, list[str]] = {}
for _word, _qualifier in _CUE_WORDS["after"]:
    CUES_AFTER.setdefault(_qualifier, []).append(_word)
RANGE_OPENERS = dict(_CUE_WORDS["range"])   # opener -> the word between the two numbers
# Words of a count that changed (ارتفع، خفضت، تراجع): من … إلى … after one in its clause is a before and after.
CHANGE_WORDS = with_prefixes((normalize_key(w) for w, _ in _CUE_WORDS["change"]), WORD_PREFIXES)
CHANGE_REACH = 12   # words before a change's من in which its word of change may stand
# Words a year follows (عام 2011); a leading و/ف/ب/ل is ignored (لعام، وعام).
YEAR_CUES = frozenset(normalize_key(w) for w, _ in _CUE_WORDS["year_cue"])
# Words after which digits joined by a slash are a day and a month (يوم 15/4، الثلاثاء 3/11): the date
# rule's, lexicons/dates.csv kinds weekday and day_cue; a leading و/ف/ب/ل is ignored (والخميس).
DAY_CUES = frozenset(normalize_key(r["word"]) for r in _read_csv("dates.csv") if r["kind"] in ("weekday", "day_cue"))
# Words after which a number word names rather than counts: القرن العشرين is the 20th century.
ORDINAL_CUES = frozenset(normalize_key(w) for w, _ in _CUE_WORDS["ordinal_cue"])
TIME_CUES = frozenset(normalize_key(w) for w, _ in _CUE_WORDS["time_cue"])
# Words whose ordinal companion (الأول، الثاني، الآخر) is part of a month name, not an ordinal.
MONTH_HEADS = frozenset(normalize_key(w) for w, _ in _CUE_WORDS["month_head"])
DURATION_WORDS = tuple(w for w, _ in _CUE_WORDS["duration"])
DAYTIMES = tuple(w for w, _ in _CUE_WORDS["daytime"])
# Words before الساعة that make it "so far" (حتى الساعة، إلى حدود الساعة) when a counted noun follows the number.
SO_FAR = frozenset(normalize_key(w) for w, _ in _CUE_WORDS["so_far"])
PUNCT = "،,.;:!؟?\"'«»“”()[]/-–—؛"


def _cue_table(cues: dict[str, list[str]]) -> dict[tuple[str, ...], str]:
    """Cue phrases keyed by their normalised words, e.g. ('اكثر', 'من') -> 'more_than'."""
    return {tuple(normalize_key(p).replace("الـ", "ال").split()): q for q, ps in cues.items() for p in ps}


_BEFORE = _cue_table(CUES_BEFORE)
_AFTER = _cue_table(CUES_AFTER)
_RANGE = {tuple(normalize_key(k).replace("الـ", "ال").split()): v for k, v in RANGE_OPENERS.items()}

# ---------------------------------------------------------------- patterns

def _cls(ch: str, depth: int = 0) -> str:
    """Regex for one normalised character: itself or any spelling that normalises to it."""
    return r"\s+" if ch == " " else any_spelling(ch)


def _trie(words) -> str:
    """One regex matching any of `words` (normalised) as written, longest first."""
    return word_trie(words, _cls)


_DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"
_LETTER = r"[^\W\d_]"
# Proclitics a number word may carry (و، ف، ب، ك، ل and their pairs), shortest first.


def _surface_forms() -> dict[str, tuple[int, str]]:
    """Every written form of every searched word: 'وبالعشرين' -> (2, 'عشرين').

    Built from the lexicon with the article rule applied (اثنين without ال only, since الاثنين is
    Monday; الأول with ال only). When a form reads two ways (واحد = واحد, not و + احد), the reading
    with the shorter proclitic wins.
    """
    forms: dict[str, tuple[int, str]] = {}
    for pre in NUMBER_PROCLITICS:
        for word, info in WORDS.items():
            if info.type == "zero":
                continue
            articles = {"any": ("", "ال", "لل"), "required": ("ال", "لل"), "forbidden": ("",)}[info.article]
            for art in articles:
                if art == "لل" and pre and pre[-1] in "بكل":
                    continue
                forms.setdefault(pre + art + word, (len(pre), word))
    return {form: reading for form, reading in forms.items() if form not in STOP_FORMS}


_FORMS = _surface_forms()
# A number word starts after a space, punctuation or digit; matched on " " + text.
_WORD_RE = re.compile(
    rf"[\s{_DIGIT}\"'«»“”()\[\]/\-–—.,،:;؛!؟?%٪](?P<word>{_trie(_FORMS)})(?!{_LETTER})")
# A run of digits with the separators written inside numbers, dates and times: 3,225  5/11/2020
# 10:30, the agency decimal mark ر (4ر1), and a space before a group of exactly three digits
# (1 000 000). (Starting with a plain character class lets the regex engine skip ahead fast.)
_SPACE = " \u00a0\u202f\u2009"
_DIGIT_RUN = re.compile(rf"[{_DIGIT}][{_DIGIT}]*+(?:(?:[.,:\-\u066b\u066cر]|[ ]?/[ ]?)[{_DIGIT}]++"
                        rf"|[{_SPACE}][{_DIGIT}]{{3}}(?![{_DIGIT}]))*+")
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})")
_DATE_DMY = re.compile(r"(\d{1,2}) ?([/.-]) ?(\d{1,2}) ?\2 ?(\d{4}|\d{2})")
_DATE_YMD = re.compile(r"(\d{4}) ?([/-]) ?(\d{1,2}) ?\2 ?(\d{1,2})")
_DAY_MONTH = re.compile(r"(\d{1,2}) ?/ ?(\d{1,2})")
# One number inside a digit run, by format (lexicons/README.md, "Number formats"):
#   thousands with commas 1,200 / dots 1.500.000 / spaces 1 000 000 (groups of exactly three,
#   after a first group of one or two digits, or of three when a 000 group follows: 150 000;
#   بين 150 300 stays two numbers);
#   the agency mark ر, whole part after it in the stored text: 4ر1 = 1.4, 000ر22 = 22000;
#   a decimal comma with one or two digits after it, the whole run: 2,5 = 2.5 (1,2,3 is a list);
#   plain digits with a decimal point 3.5.
_NUMBER = re.compile(rf"(?P<agency>\d+(?:ر\d+)+)|\d{{1,3}}(?:,\d{{3}}(?!\d))+(?:\.\d+)?"
                     rf"|\d{{1,3}}(?:\.\d{{3}}(?!\d)){{2,}}"
                     rf"|(?<!\d)[1-9]\d?(?:[{_SPACE}]\d{{3}}(?!\d))+|[1-9]\d\d(?:[{_SPACE}]\d{{3}}(?!\d))*[{_SPACE}]000(?!\d)"
                     rf"|(?P<comma>(?<![\d,])\d+,\d{{1,2}}(?![\d,]))|\d+(?:\.\d+)?")
MAX_DIGITS = 20          # longer digit strings are identifiers: kept as `unread` rows, not read (_identifier)
_LATIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")

# ---------------------------------------------------------------- atoms


class _Atom(NamedTuple):
    start: int        # where the surface starts (after و/ف/ب/ك/ل), in matched-text offsets
    end: int
    type: str         # digits / unit / ten / tens / hundred / hundreds / scale ... / date / clock
    value: Any
    joined: bool      # written with a leading و (وثلاث، و971)
    full_start: int   # where the match starts, including the و/ف/ب/ك/ل


_ASCII_DIGITS = str.maketrans({**{chr(0x0660 + i): str(i) for i in range(10)},
                               **{chr(0x06F0 + i): str(i) for i in range(10)}, "٫": ".", "٬": ","})


def _agency_value(s: str) -> int | float | None:
    """The agency decimal mark ر, as SaudiNewsNet stores it: the digits after ر are the whole
    part (4ر1 = 1.4, 333ر10 = 10.333) and 000 before it marks thousands (000ر22 = 22000); the
    wire's left-to-right 1ر4 kept in right-to-left order. None for any other arrangement."""
    groups = s.split("ر")[::-1]
    if len(groups) == 2 and groups[1] != "000":
        return float(f"{groups[0]}.{groups[1]}")
    if all(len(g) == 3 for g in groups[1:]) and (len(groups) > 2 or groups[-1] == "000"):
        return int("".join(groups))                  # 540ر999ر45 = 45999540
    return None


def _digits_value(s: str) -> int | float | None:
    """Value of a digit string: 3,225 -> 3225; 1.500.000 -> 1500000; 3.5 -> 3.5; 2,5 -> 2.5;
    1 000 -> 1000; 4ر1 -> 1.4 (see _NUMBER)."""
    s = s.translate(_ASCII_DIGITS)
    if "ر" in s:
        return _agency_value(s)
    if _DECIMAL_COMMA.fullmatch(s):
        s = s.replace(",", ".")
    s = s.replace(",", "").translate(_NO_SPACES)
    if s.count(".") > 1:
        s = s.replace(".", "")
    if "." in s:
        value = float(s)
        return int(value) if value.is_integer() and len(s) < 16 else value
    return int(s)


_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
_NO_SPACES = str.maketrans("", "", _SPACE)


def _identifier(digits: str) -> bool:
    """Digits that are no quantity: more than MAX_DIGITS of them, or a plain run of three or more
    that opens with a zero (a telephone number or a code: 0506314341، 011)."""
    plain = digits.isdigit()
    return sum(map(str.isdigit, digits)) > MAX_DIGITS or (plain and len(digits) >= 3 and digits[0] == "0")


_LETTERS_BEFORE = re.compile(rf"{_LETTER}+$")
_LETTERS_AFTER = re.compile(rf"{_LETTER}+")
_CLITIC_FORMS = frozenset(p + a for p in NUMBER_PROCLITICS for a in ("", "ال")) | {"لل", "ولل", "فلل"}


def _in_code(t: str, start: int, end: int) -> bool:
    """Digits and letters alternating in one word, the letters no proclitic (اتش7إن7، اتش5إن1):
    a name, not a count; digits after a proclitic (و13، بـ11، الـ300) or a word run into them for
    want of spaces (ان17شخصا قتلوا12جندياً) are numbers."""
    before = _LETTERS_BEFORE.search(t, max(0, start - 12), start)
    if before is None or before.group().replace("ـ", "") in _CLITIC_FORMS:
        return False
    after = _LETTERS_AFTER.match(t, end)
    digit_after = after is not None and after.end() < len(t) and t[after.end()].isdigit()
    digit_before = before.start() > 0 and t[before.start() - 1].isdigit()
    return digit_after or digit_before


def _day_cue_before(t: str, start: int) -> bool:
    """Whether the word before `start` says a day follows (يوم، الموافق، الثلاثاء: DAY_CUES)."""
    word = previous_word(t, start, 20).translate(_TABLE)
    return word in DAY_CUES or _without_proclitic(word) in DAY_CUES


def _day_and_month(first: int, second: int) -> bool:
    """Whether two numbers are a day and a month in either order (15/4; 10/13, the month first)."""
    return (1 <= first <= 31 and 1 <= second <= 12) or (1 <= first <= 12 and 1 <= second <= 31)


def _digit_atoms(t: str, out: list) -> None:
    """Numbers, clock times and numeric dates written in digits (any script)."""
    append = out.append
    for m in _DIGIT_RUN.finditer(t):
        start, end = m.start(), m.end()
        if (start and t[start - 1] in _LATIN) or (end < len(t) and t[end] in _LATIN):
            continue                                       # F16, G20, 4G: part of a name
        if _in_code(t, start, end):
            continue                                       # اتش7إن7: a name spelt in Arabic letters
        token = m.group()
        if token.isdigit() and token.isascii():            # the common case: 92
            if not _identifier(token):
                append(_Atom(start, end, "digits", int(token), False, start))
            else:
                append(_Atom(start, end, "unread", None, False, start))
            continue
        token = token.translate(_ASCII_DIGITS)
        if ":" in token and (clock := _CLOCK.fullmatch(token)):
            append(_Atom(start, end, "clock", clock, False, start))
            continue
        if (date := _DATE_DMY.fullmatch(token) or _DATE_YMD.fullmatch(token)):
            append(_Atom(start, end, "date", (start, date), False, start))
            continue
        if (day_month := _DAY_MONTH.fullmatch(token)) and _day_cue_before(t, start) \
                and _day_and_month(int(day_month.group(1)), int(day_month.group(2))):
            append(_Atom(start, end, "day_month", (start, day_month), False, start))
            continue
        for n in _NUMBER.finditer(token):
            value = None if _identifier(n.group()) else _digits_value(n.group())
            append(_Atom(start + n.start(), start + n.end(), "digits" if value is not None else "unread",
                         value, False, start + n.start()))


TANWEEN_FATH = "\u064b"
# What may follow ألفا read as one thousand in the accusative, besides its tanween: a punctuation
# mark; before a noun it is the construct dual (ألفا شخص: 2000), and alone too (num2words writes 2000 so).
_ACCUSATIVE_ALONE = re.compile(rf"\s*[{re.escape(PUNCT)}]")


def _tanween_ends(prepared: Normalized) -> frozenset[int]:
    """Offsets in the stripped text where a tanween fath was removed (after ألفا in ألفاً)."""
    if prepared.shifts is None or TANWEEN_FATH not in prepared.original:
        return frozenset()
    removed = (c for c in prepared.original if c in _DELETED)
    return frozenset(at for c, at in zip(removed, prepared.shifts) if c == TANWEEN_FATH)


_DELETED = frozenset(DELETED)


def _word_atoms(t: str, out: list, tanween: frozenset[int] = frozenset()) -> None:
    """Number words and dual nouns, with their proclitics (offsets into t); `tanween`: where a
    tanween fath was stripped."""
    append = out.append
    readings = _READINGS
    for m in _WORD_RE.finditer(" " + t):
        written = m.group("word")
        reading = readings.get(written)
        if reading is None:
            reading = readings[written] = _reading(written)
        pre_len, kind, value, joined = reading
        full_start = m.start()                 # = m.start("word") - 1: t was searched as " " + t
        if kind == "dual" and _FORMS[written.translate(_TABLE)][1] in CONSTRUCT_DUALS \
                and not _GOVERNED_NEXT.match(t, m.end() - 1):
            continue                           # رجلي ويدي: not the construct dual of رجلي أمن
        if kind == "scale_acc" and (m.end() - 1 in tanween or _ACCUSATIVE_ALONE.match(t, m.end() - 1)):
            kind = "scale"                     # بلغت ألفاً، بلغت ألفا.: a thousand, not the dual of ألفا شخص
        append(_Atom(full_start + pre_len, m.end() - 1, kind, value, joined, full_start))


# A word ending as a nisba dual (فلسطينيان، سعوديتان); the word's start is found from its end.
_NISBA_DUAL_END = re.compile(rf"(?:{'|'.join(NISBA_DUAL_ENDINGS)})(?!{_LETTER})")
_WORD_START = re.compile(rf"{_LETTER}+$")
# Attached letters and article before a nisba dual, longest first (والفلسطينيان، للسعوديتين).
# A lone ب ف ك ل is not taken for an attached letter: it is as often the stem's (فلسطينيان);
# و is, and what it leaves must still be a stem of three letters (وتبيان، وعصيان are not read).
_NOUN_PREFIXES = sorted((p for p in NOUN_PREFIXES if p and ("ال" in p or "لل" in p or p == "و")),
                        key=len, reverse=True)
# What may stand between a dual and a definite nisba dual agreeing with it: a few words, no clause break.
_AGREES_WITH = re.compile(r"(?:\s+[^\s.،,:;؛!?؟()\[\]«»\"]+){0,4}\s+")
# The imperfect dual of a verb, future or not: يلتقيان، تأتيان، سيبقيان، ستبقيان.
_VERB_STARTS = ("ي", "ت", "سي", "ست")
# A word of at least four letters with a dual ending, right before a nisba dual (مواطنتان سعوديتان).
_DUAL_NOUN_BEFORE = re.compile(
    rf"(?<!{_LETTER}){_LETTER}{{2,}}(?:{'|'.join(sorted({e for e, _ in DUAL_ENDINGS if len(e) > 1}, key=len, reverse=True))})"
    rf"[ \u00a0]+$")


def _nisba_dual_atoms(t: str, out: list) -> None:
    """Nisba duals (فلسطينيان = 2 Palestinians): a stem of at least three letters after its
    attached letters and article, then NISBA_DUAL_ENDINGS. Not read: a shorter stem (بيان، الكيان،
    الأعيان), a bare masculine form opening with ي or ت (the imperfect dual verb يلتقيان، تأتيان),
    unless its nisba is listed (lexicons/nisba_stems.csv: يمنيان، تونسيان), and the names and
    loanwords of the stop list (كريستيان، الروبيان)."""
    append = out.append
    for m in _NISBA_DUAL_END.finditer(t):
        head = _WORD_START.search(t, max(0, m.start() - 30), m.start())
        if head is None:
            continue
        word = t[head.start():m.end()]
        key = word.translate(_TABLE)
        prefix = next((p for p in _NOUN_PREFIXES if key.startswith(p)), "")
        bare = key[len(prefix):]
        stem = len(bare) - (m.end() - m.start())
        if stem < 3 or key in _FORMS or key in STOP_FORMS or bare in STOP_FORMS or key[1:] in STOP_FORMS or (
                prefix in ("", "و") and m.group().endswith("يان") and bare.startswith(_VERB_STARTS)
                and bare[:-2] not in NISBA_STEMS):
            continue
        # شابتان انتحاريتان: an adjective after a dual noun that is not in the lexicon; one count,
        # from the noun (value: where it starts). A noun in the lexicon is its own atom.
        # … but not one joined by و, a count of its own (5 يمنيين وهنديان: five and two)
        noun = None if prefix.startswith("و") else _DUAL_NOUN_BEFORE.search(t, max(0, head.start() - 30), head.start())
        kind = "nisba_dual_definite" if "ال" in prefix or "لل" in prefix else "nisba_dual"
        append(_Atom(head.start() + len(prefix), m.end(), kind, noun.start() if noun else None, False,
                     head.start()))


def _reading(written: str) -> tuple[int, str, object, bool]:
    """(proclitic length, type, value, starts with و) of a matched word form."""
    pre_len, key = _FORMS[written.translate(_TABLE)]
    info = WORDS[key]
    return pre_len, info.type, info.value, pre_len > 0 and written[0] == "و"


_READINGS: dict[str, tuple[int, str, object, bool]] = {}    # memo: written form -> reading


# الاثنين right after a definite plural or dual in -ين (المصابين الاثنين، المواطنين التونسيين
# الاثنين): "the two" agreeing with it, not Monday. A nisba singular (الانتحاري الاثنين) stays Monday,
# and so does a noun counted by a word before it, also across its adjectives (قتل عشرات الفلسطينيين
# الاثنين، عشرات المحتجين الفلسطينيين الاثنين). The word is
# searched first and the noun before it only then: a pattern opening with the noun would be tried
# at every letter of the text.
_THE_TWO = re.compile(rf"ال[اإأ]ثنين(?!{_LETTER})")
_DEFINITE_PLURAL_BEFORE = re.compile(rf"(?:(?<!{_LETTER})[وفبل]?(?:ال|لل){_LETTER}{{2,}}ين[ \u00a0]+){{1,3}}$")
_QUANTITY_WORDS = "عشرات|مئات|آلاف|الاف|ملايين|عدد|بعض|كل|جميع|أحد|احد|إحدى|احدى"
_COUNTED_BEFORE = re.compile(rf"(?:[{_DIGIT}]|(?<!{_LETTER})[وفبل]?(?:{_QUANTITY_WORDS}))[ \u00a0]+$")
_WORD_BEFORE = 40   # characters searched back for what counts the noun before الاثنين
_PHRASE_BEFORE = 60   # characters searched back for that noun and its adjectives


def _definite_two_atoms(t: str, out: list) -> None:
    """The numeral الاثنين after the definite noun it counts (see _THE_TWO)."""
    for m in _THE_TWO.finditer(t):
        noun = _DEFINITE_PLURAL_BEFORE.search(t, max(0, m.start() - _PHRASE_BEFORE), m.start())
        if noun is not None and not _COUNTED_BEFORE.search(t, max(0, noun.start() - _WORD_BEFORE), noun.start()):
            out.append(_Atom(m.start(), m.end(), "unit", 2, False, m.start()))


# الأحد عشر، الإحدى عشرة: "the eleven", whose أحد may carry the article only before its ten (الأحد
# alone is Sunday); not after يوم (يوم الأحد عشر نساء).
_THE_ELEVEN = re.compile(rf"(?<!{_LETTER})(?<!يوم )(?P<clitic>[وفبل]?)ال(?:[اأإ]حد(?=[ \u00a0]+عشر(?!{_LETTER}))"
                         rf"|[اإ]حدى(?=[ \u00a0]+عشرة(?!{_LETTER})))")


def _definite_eleven_atoms(t: str, out: list) -> None:
    """The أحد of الأحد عشر (the eleven), which the article rule of the word forms leaves out."""
    for m in _THE_ELEVEN.finditer(t):
        out.append(_Atom(m.end("clitic"), m.end(), "compound_unit", 1, m.group("clitic") == "و", m.start()))


def _atoms(t: str, tanween: frozenset[int] = frozenset()) -> list[_Atom]:
    """Every atom in `t`, in order of position."""
    out: list[_Atom] = []
    _digit_atoms(t, out)
    _word_atoms(t, out, tanween)
    _definite_two_atoms(t, out)
    _definite_eleven_atoms(t, out)
    _nisba_dual_atoms(t, out)
    out.sort()
    return out


# ---------------------------------------------------------------- grammar


class _Expr:
    """A number being read atom by atom: total of closed scale groups plus the open group."""

    __slots__ = ("start", "end", "total", "group", "tail", "last_scale", "digits", "words",
                 "scaled", "scale", "kind", "value", "atoms", "opening")

    def __init__(self, atom: _Atom):
        self.start, self.end = atom.start, atom.end
        self.opening = atom.type
        self.total: float = 0
        self.group: float = 0
        self.tail: str | None = None
        self.last_scale = math.inf
        self.digits = self.words = self.scaled = False
        self.scale: float | None = None
        self.kind: str | None = None
        self.value: Any = None
        self.atoms = 0

    def copy(self) -> _Expr:
        other = _Expr.__new__(_Expr)
        for name in self.__slots__:
            setattr(other, name, getattr(self, name))
        return other


_GROUP_TYPES = frozenset({"unit", "compound_unit", "ten", "tens", "hundred", "hundreds", "digits"})
_MULTIPLIERS = frozenset({"unit", "ten", "teen", "tens", "hundred", "hundreds", "digits", "fraction"})
_SCALES = frozenset({"scale", "scale_plural", "scale_acc"})
_BELOW_HUNDRED = frozenset({"unit", "compound_unit", "ten", "tens"})


def _close_group(e: _Expr, scale: float) -> None:
    e.total += e.group * scale
    e.group, e.tail, e.last_scale, e.scale = 0, "scale", scale, scale


def _join(e: _Expr, a: _Atom, joined: bool) -> bool:
    """Read atom `a` into number `e` if the grammar allows it; False leaves `e` unchanged.

    Rules (joined = written with و):
      unit + عشر/عشرة                -> teen           ثلاثة عشر، إحدى عشرة
      unit (3-9) + مئة               -> hundreds       ثلاث مئة
      unit و tens                   -> sum            خمسة وعشرون
      hundreds و unit/ten/tens/<100  -> sum            مئتان وخمسون، مائة و20
      group + scale                 -> group × scale  ثلاثة آلاف، 1.5 مليون، أحد عشر ألفا
      scale و smaller number        -> sum            ألفين و971، مليون ومئتا ألف
      scale و نصف/ربع [the scale]   -> + fraction of the scale   مليونان ونصف، مليونا ونصف المليون
      fraction + scale              -> fraction × scale          ربع مليون
    """
    t, tail, v = a.type, e.tail, a.value
    if tail is None:                                   # first atom
        if t in _GROUP_TYPES or t == "fraction":
            e.group, e.tail = v, t
        elif t == "scale" or t == "scale_acc":         # مليون = 1e6; ألفا alone = 2000 (construct dual)
            e.group = 2 if t == "scale_acc" else 1
            _close_group(e, v)
        elif t == "scale_dual":
            e.group = 2
            _close_group(e, v // 2)
        else:
            return False
    elif not joined:
        if t == "ten" and tail in ("unit", "compound_unit") and e.group % 100 < 10:
            e.group, e.tail = e.group + 10, "teen"
        elif t == "hundred" and tail == "unit" and 3 <= e.group <= 9:
            e.group, e.tail = e.group * 100, "hundreds"
        elif t in _SCALES and tail in _MULTIPLIERS:
            if v >= e.last_scale or e.group * v >= e.last_scale:
                return False
            if t == "scale_plural" and tail not in ("digits", "teen") and not 3 <= e.group <= 10:
                return False   # (سبعة عشر آلاف, written for سبعة عشر ألفا, is read: 17000)
            if t == "scale_acc" and tail != "digits" and e.group < 11:
                return False
            if tail == "digits" and e.atoms == 1:
                e.scaled = True
            _close_group(e, v)
        else:
            return False
    else:
        if t == "tens" and tail in ("unit", "compound_unit") and e.group % 10 == e.group % 100 and e.group % 10:
            e.group, e.tail = e.group + v, "tens"
        elif tail in ("hundred", "hundreds") and (t in _BELOW_HUNDRED or (t == "digits" and v < 100)):
            e.group, e.tail = e.group + v, "teen" if t == "ten" else t
        elif tail == "scale" and t in _GROUP_TYPES and v < e.last_scale:
            e.group, e.tail = v, t
        elif tail == "scale" and t == "scale" and v < e.last_scale:
            e.group = 1
            _close_group(e, v)
        elif tail == "scale" and t == "scale_dual" and v // 2 < e.last_scale:
            e.group = 2
            _close_group(e, v // 2)
        elif tail == "scale" and t == "fraction":
            if e.atoms == 1 and e.opening == "scale_acc":
                e.total -= e.last_scale   # مليونا ونصف: a million in the accusative, not two (مليونا دولار)
            e.total += v * e.last_scale
            e.tail = "done"
        else:
            return False
    e.end = a.end
    e.atoms += 1
    if t == "digits":
        e.digits = True
    else:
        e.words = True
    return True


def _finish(e: _Expr) -> bool:
    """Set value and kind of a complete number; False when it is not a number on its own."""
    if e.tail in ("fraction", "compound_unit") or (e.tail == "scale" and e.last_scale is math.inf):
        return False
    value = e.total + e.group
    if isinstance(value, float):
        value = round(value, 6)
        if value.is_integer() and abs(value) < 1e15:
            value = int(value)
    e.value = value
    if not e.words:
        e.kind = "digits"
    elif not e.digits:
        e.kind = "words"
    else:
        e.kind = "scaled" if e.scaled else "mixed"
    return True


class _Found(NamedTuple):
    """A mention in matched-text offsets, before context rules."""

    start: int
    end: int
    value: Any
    kind: str | None
    scale: float | None


def _numbers(t: str, atoms: list[_Atom]) -> list[_Found]:
    """Group atoms into numbers, ordinals, vague amounts, duals, dates and times."""
    found: list[_Found] = []
    append = found.append
    i, n = 0, len(atoms)
    while i < n:
        a = atoms[i]
        t0 = a.type
        if t0 == "dual":
            append(_Found(a.start, a.end, 2, "dual", None))
            i += 1
            continue
        if t0 in ("nisba_dual", "nisba_dual_definite"):
            # After a dual it agrees with it (جنديان إسرائيليان is 2, once), and so does a definite
            # one a few words after a dual in the same clause (مدينتي مارع وجرابلس السوريتين).
            # A chain of them is one count: شخصيتان يمنيتان قياديتان.
            noun_start = a.value
            start = a.start if noun_start is None else noun_start
            if not found or found[-1].end <= start and not (found[-1].kind == "dual" and (
                    t[found[-1].end:start].strip() == ""
                    or (t0 == "nisba_dual_definite" and _AGREES_WITH.fullmatch(t, found[-1].end, a.full_start)))):
                append(_Found(start, a.end, 2, "dual", None))
            i += 1
            continue
        if t0 == "unread":
            append(_Found(a.start, a.end, None, "unread", None))
            i += 1
            continue
        if t0 == "clock":
            hours, minutes = int(a.value.group(1)), int(a.value.group(2))
            if hours <= 24 and minutes < 60:
                append(_Found(a.start, a.end, round(hours + minutes / 60, 4), "time", None))
            i += 1
            continue
        if t0 == "date":
            _numeric_date(a.value, append)
            i += 1
            continue
        if t0 == "day_month":   # يوم 15/4: a day and a month, no count
            offset, day_month = a.value
            for g in (1, 2):
                append(_Found(offset + day_month.start(g), offset + day_month.end(g), int(day_month.group(g)),
                              "date_part", None))
            i += 1
            continue
        if t0 in ("ordinal", "compound_ordinal"):
            i = _ordinal(t, atoms, i, append)
            continue
        if t0 == "vague" or t0 == "scale_plural":        # آلاف with no multiplier before it
            end, i = a.end, i + 1
            if i < n and atoms[i].type in ("scale_plural", "scale") and _gap(t, end, atoms[i]) == "":
                end, i = atoms[i].end, i + 1                     # عشرات الآلاف، بضعة آلاف
            append(_Found(a.start, end, None, "vague", None))
            continue
        e = _Expr(a)
        if not _join(e, a, False):
            i += 1
            continue
        i += 1
        group_start = None                  # (index, number so far) where a و-group began
        while i < n:
            b = atoms[i]
            gap = _gap(t, e.end, b)
            joined = gap == "و" or b.joined
            if joined and e.tail == "scale":
                group_start = (i, e.copy())
            if gap == "" and e.tail == "done" and b.type == "scale" and b.value == e.last_scale:
                e.end, i = b.end, i + 1   # مليون ونصف المليون: the fraction's scale said again
                continue
            if gap is None or not _join(e, b, joined):
                # 20 ألفا و30 ألفا: the scale after the group does not fit, so the و-group
                # is the start of a second number, not the end of this one.
                if gap == "" and b.type in _SCALES and group_start and e.tail != "scale":
                    i, e = group_start
                break
            i += 1
        if _finish(e):
            append(_Found(e.start, e.end, e.value, e.kind, e.scale))
    return found


_GAP_OK = {"": "", "و": "و"}


def _gap(t: str, end: int, b: _Atom) -> str | None:
    """'' or 'و' when atom `b` follows position `end` closely enough to continue a number."""
    if b.full_start - end > 4:
        return None
    gap = t[end:b.full_start].strip(" \u00a0\t")
    if b.joined and gap:
        return None
    return _GAP_OK.get(gap)


def _ordinal(t: str, atoms: list[_Atom], i: int, append) -> int:
    """السابع، العاشرة، الحادي عشر، الخامس والعشرين; skips الأول in تشرين الأول."""
    a = atoms[i]
    value, end, i = a.value, a.end, i + 1
    if i < len(atoms):
        b = atoms[i]
        gap = _gap(t, end, b)
        if b.type == "ten" and gap == "" and value < 10:
            value, end, i = value + 10, b.end, i + 1
        elif b.type == "tens" and (gap == "و" or (gap == "" and b.joined)):
            value, end, i = value + b.value, b.end, i + 1
    if a.type == "compound_ordinal" and value < 10:
        return i
    before = t[max(0, a.start - 8):a.start].split()
    if before and before[-1].translate(_TABLE) in MONTH_HEADS:
        return i
    append(_Found(a.start, end, value, "ordinal", None))
    return i


def _numeric_date(where: tuple[int, re.Match], append) -> None:
    """5/11/2020 -> day, month (date_part) and year; 2020-11-05 likewise."""
    offset, m = where
    kinds = ("date_part", "date_part", "year") if len(m.group(1)) <= 2 else ("year", "date_part", "date_part")
    groups = (1, 3, 4)
    values = [int(m.group(g)) for g in groups]
    days = [v for v, k in zip(values, kinds) if k == "date_part"]
    plausible = 1 <= min(days) and max(days) <= 31 and min(days) <= 12
    for g, value, kind in zip(groups, values, kinds):
        append(_Found(offset + m.start(g), offset + m.end(g), value, kind if plausible else "digits", None))


# ---------------------------------------------------------------- context rules

# What may follow a number and change its kind: %, في المئة, a month name, م/هـ after a year.
# What follows a number, or a month before a year, says what it is only on the same line: a
# paragraph that opens with مارس does not make the last number of the one before a day.
_HSPACE = r"[^\S\n]"
_FOLLOWER = re.compile(
    rf"{_HSPACE}?(?P<pct>[%٪])"
    rf"|{_HSPACE}*(?P<pctw>(?:{_cls('ف')}{_cls('ي')}\s+|ب){_cls('ا')}لم{_cls('ا')}?[ئي]{_cls('ه')})(?!{_LETTER})"
    rf"|{_HSPACE}*(?:من{_HSPACE}+)?(?:شهر{_HSPACE}+)?(?P<month>{_trie(MONTHS)})(?!{_LETTER})"
    rf"|{_HSPACE}?(?P<era>[مه])(?!{_LETTER})"
    rf"|{_HSPACE}+(?P<daytime>{_trie(normalize_key(w) for w in DAYTIMES)})(?!{_LETTER})")
# A cue right after the number or after its counted noun: 10 قتلى على الأقل.
_AFTER_CUE = re.compile(
    rf"{_HSPACE}+(?:\S+{_HSPACE}+)?(?P<cue>{_trie(normalize_key(c) for cs in CUES_AFTER.values() for c in cs)})(?!{_LETTER})")
# منذ 1400 عام counts years; it is not the year 1400.
_DURATION_AFTER = re.compile(rf"{_HSPACE}*(?:{_trie(normalize_key(w) for w in DURATION_WORDS)})(?!{_LETTER})")
# … and a Levantine month's head alone, its ordinal left out (في كانون 2016)
_MONTH_END = re.compile(rf"(?<!{_LETTER})(?:{_trie(MONTHS)}|{_trie(MONTH_HEADS)})(?:{_HSPACE}|[{re.escape(PUNCT)}])*$")
# Dashes: one opens a chronology line, joins a range whatever opened it (ما بين 300 - 400) or a span of
# years, or sets off an aside.
DASHES = frozenset("-–—")
# A span of years written with a dash (الحرب بين البلدين (1950-1953)): the later year, within a century.
_YEAR_SPAN_END = re.compile(rf"{_HSPACE}*[{re.escape(''.join(sorted(DASHES)))}]{_HSPACE}*(\d{{4}})(?!\d)")
_YEAR_SPAN_MOST = 100


def _opens_year_span(t: str, end: int, value: int) -> bool:
    """Whether a year-like number is the first of a span of years (1950-1953, 2011 – 2015)."""
    later = _YEAR_SPAN_END.match(t, end)
    return later is not None and value < int(later.group(1)) <= value + _YEAR_SPAN_MOST


def _index_by_last(table: dict[tuple[str, ...], str]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Cue phrases grouped by their last word, longest first, for a quick look-up."""
    index: dict[str, list] = {}
    for phrase, what in sorted(table.items(), key=lambda item: -len(item[0])):
        index.setdefault(phrase[-1], []).append((phrase, what))
    return index


_BEFORE_BY_LAST = _index_by_last(_BEFORE)
_RANGE_BY_LAST = _index_by_last(_RANGE)
_CUE_LAST_WORDS = frozenset(_BEFORE_BY_LAST) | frozenset(_RANGE_BY_LAST)


def _words_before(t: str, pos: int) -> list[str]:
    """The last few words before `pos`, normalised, without punctuation; a bare ال is dropped.

    Only the last word is normalised unless it could end a cue (the common case is one word).
    """
    words = t[max(0, pos - 40):pos].split()[-5:]
    if not words:
        return words
    last = words[-1].strip(PUNCT).translate(_TABLE)
    if last == "ال" and len(words) > 1:             # قرابة الـ200
        words.pop()
        last = words[-1].strip(PUNCT).translate(_TABLE)
    if last in _CUE_LAST_WORDS or _without_proclitic(last) in _CUE_LAST_WORDS:
        words = [w.strip(PUNCT).translate(_TABLE) for w in words[:-1]]
        words.append(last)
        return words
    return [last]


def _without_proclitic(word: str) -> str:
    return word[1:] if len(word) > 2 and word[0] in "وفبل" else word


def _cue_before(words: list[str], index: dict) -> str | None:
    """The cue that `words` end with (قرابة، أكثر من، ما لا يقل عن، بين), or None."""
    if not words:
        return None
    last = words[-1]
    candidates = index.get(last) or index.get(_without_proclitic(last))
    if not candidates:
        return None
    for phrase, what in candidates:
        size = len(phrase)
        tail = words[-size:]
        if len(tail) == size and (tail[1:] == list(phrase[1:]) or size == 1) and (
                tail[0] == phrase[0] or _without_proclitic(tail[0]) == phrase[0]):
            return what
    return None


def _is_year_value(value) -> bool:
    return isinstance(value, int) and (1900 <= value <= 2099 or 1300 <= value <= 1500)


_CONTEXT_KINDS = frozenset({"digits", "words", "mixed", "scaled", "ordinal"})


def _in_context(t: str, found: list[_Found]) -> list[tuple]:
    """Apply the kind and qualifier rules; rows are (start, end, value, kind, qualifier, low, high).

    Rules, in order: % or في المئة after it -> percent; %10 -> percent; a month name after it
    (28 تشرين الأول، الخامس من نوفمبر) -> date_part; a 4-digit year-like number after عام/سنة, after a
    month name, before م/هـ, after another year, opening a span of years (1950-1953) or opening a
    chronology line -> year; after
    الساعة (not across a colon or comma: حتى الساعة: 14) or before مساء/صباحا -> time; after
    القرن -> ordinal. A day makes the number joined to it by و/-/إلى a day too (20 و21 شوال).
    Counts then take a qualifier from the words before (قرابة 200) or after (10 قتلى على الأقل),
    and two counts joined as بين … و… or من … إلى … become one range.
    """
    rows: list[tuple] = []
    previous: _Found | None = None
    consumed = 0                       # end of the last mention: في المئة is not also 100
    for f in found:
        start, end, value, kind = f.start, f.end, f.value, f.kind
        if start < consumed:
            continue
        qualifier: str | None = "exact"
        if kind in _CONTEXT_KINDS:
            before = _words_before(t, start)
            follower = _FOLLOWER.match(t, end)
            which = follower.lastgroup if follower else None
            if follower is not None and which in ("pct", "pctw") and kind != "ordinal":
                end, kind = follower.end(), "percent"
            elif start and t[start - 1] in "%٪" and kind == "digits" and not t[start - 2:start - 1].isdigit():
                start, kind = start - 1, "percent"
            elif which == "month" and isinstance(value, int) and 1 <= value <= 31:
                kind = "date_part"
            elif kind == "digits" and _is_year_value(value) and not _DURATION_AFTER.match(t, end) and (
                    which == "era" or (before and _without_proclitic(before[-1]) in YEAR_CUES)
                    or _MONTH_END.search(t, max(0, start - 30), start) or _opens_year_span(t, end, value)
                    or (previous is not None and previous.kind == "year"
                        and t[previous.end:start].strip(" -/") in ("", "و"))):
                kind = "year"
            elif kind == "digits" and _is_year_value(value) and _starts_chronology_line(t, start, end):
                kind = "year"
            elif (kind == "words" and _is_year_value(value) and before      # لعام ألف وأربعمائة وستة وثلاثين
                  and _without_proclitic(before[-1]) in YEAR_CUES):
                kind = "year"
            elif (which == "daytime" and kind != "words" or (before and before[-1] in TIME_CUES
                                         and t[:start].rstrip()[-1:] not in _CLAUSE_MARKS
                                         and not _counted_so_far(t, start, end))) and value <= 24 and (
                    kind in ("digits", "words") or (kind == "ordinal" and t[end - 1] in "ةه")):
                # a cardinal word is no hour of its own (أصيب اثنان مساء السبت; the hour is الثانية مساء)
                kind = "time"
                if isinstance(value, float) and _CLOCK_MARKED.fullmatch(t, start, end):
                    value = _clock_value(value)           # الساعة 16,30 and 33ر06 are clock times
            elif kind == "words" and before and before[-1] in ORDINAL_CUES:
                kind = "ordinal"
            if kind in COUNT_KINDS:
                qualifier = _cue_before(before, _BEFORE_BY_LAST)
                if qualifier is None:
                    cue = _AFTER_CUE.match(t, end)
                    qualifier = _AFTER_BY_WORD[" ".join(cue.group("cue").translate(_TABLE).split())] if cue else "exact"
        if kind == "date_part" and rows and _first_day_of_pair(t, rows[-1], start):
            rows[-1] = (*rows[-1][:3], "date_part", "exact", None, None)
        if kind == "percent" and rows and _first_of_percent_pair(t, rows[-1], start):
            rows[-1] = (*rows[-1][:3], "percent", rows[-1][4], None, None)
        f = _Found(start, end, value, kind, f.scale)
        if kind in COUNT_KINDS and previous is not None and previous.kind in COUNT_KINDS and rows:
            merged = _range(t, previous, f)
            if merged == "years":                       # بين 1956 و1973: two years, not a count
                rows[-1] = (*rows[-1][:3], "year", "exact", None, None)
                f = f._replace(kind="year")
                rows.append((start, end, value, "year", "exact", None, None))
                previous, consumed = f, end
                continue
            if isinstance(merged, tuple):
                rows[-1] = merged
                previous, consumed = f, end
                continue
        rows.append((start, end, value, kind, qualifier, None, None))
        previous, consumed = f, end
    return rows


_AFTER_BY_WORD = {" ".join(phrase): what for phrase, what in _AFTER.items()}
# Punctuation that ends the phrase of a time cue before a number (حتى الساعة: 14 شهيدا is "so far").
_CLAUSE_MARKS = frozenset(":،,;؛.")
_CLAUSE_BREAK = re.compile("[" + re.escape("".join(sorted(_CLAUSE_MARKS))) + "!?؟\n]")   # … or a sentence's end


# An indefinite noun in the accusative right after a number (13 شخصا، 14 شهيدا): what it counts.
_COUNTED_AFTER = re.compile(rf"{_HSPACE}+(?!{_cls('ا')}ل){_LETTER}{{2,}}{_cls('ا')}(?!{_LETTER})")


def _counted_so_far(t: str, start: int, end: int) -> bool:
    """الساعة after a word of "so far" (حتى، حدود) and a counted noun after the number: a count up to
    now, no hour (قتلت الفيضانات إلى حدود الساعة 13 شخصا)."""
    before = t[max(0, start - 40):start].split()
    return len(before) >= 2 and before[-2].strip(PUNCT).translate(_TABLE) in SO_FAR \
        and _COUNTED_AFTER.match(t, end) is not None


# A clock time written with a decimal comma or the agency mark: 16,30 (16:30), 33ر06 (06:33).
_CLOCK_MARKED = re.compile(rf"[{_DIGIT}]{{1,2}},[{_DIGIT}]{{2}}|[{_DIGIT}]{{2}}ر[{_DIGIT}]{{1,2}}")


def _clock_value(value: float) -> float:
    """Hours and hundredths read as hours and minutes: 16.30 -> 16.5."""
    hours = int(value)
    return round(hours + round((value - hours) * 100) / 60, 4)


def _first_day_of_pair(t: str, row: tuple, start: int) -> bool:
    """'20 و21 شوال', '10 - 13 صفر', 'من 8 إلى 29/11/1433': the first number is a day too."""
    value = row[2]
    return (row[3] in ("digits", "words", "ordinal") and isinstance(value, int) and 1 <= value <= 31
            and t[row[1]:start].strip(" ").translate(_TABLE) in ("و", "-", "–", "الي", "حتي"))


def _first_of_percent_pair(t: str, row: tuple, start: int) -> bool:
    """'15 إلى 20%', '10-15 في المئة', '3 و4%': the first number of a span of rates is a rate too."""
    return row[3] in ("digits", "words") and t[row[1]:start].strip(" ").translate(_TABLE) in ("و", "-", "–", "الي", "حتي")


def _starts_chronology_line(t: str, start: int, end: int) -> bool:
    """'1943 - الحرب العالمية الثانية': a year opening a line of a chronology."""
    line_start = t.rfind("\n", 0, start) + 1
    return not t[line_start:start].strip() and t[end:end + 3].lstrip(" ")[:1] in DASHES


def _changed_in_clause(t: str, pos: int) -> bool:
    """A word of change (ارتفع، خفضت، تراجع) among the last CHANGE_REACH words of the clause before `pos`."""
    clause = _CLAUSE_BREAK.split(t[max(0, pos - 160):pos])[-1]
    return any(w.translate(_TABLE) in CHANGE_WORDS for w in clause.split()[-CHANGE_REACH:])


def _range(t: str, a: _Found, b: _Found) -> tuple | str | None:
    """بين 20 و30، من ثلاثة إلى خمسة: one range mention from the two numbers, or None.

    Two year-like numbers (بين 1956 و1973) give "years": they are two years, not a range of counts.
    """
    if a.value is None or b.value is None or b.start - a.end > 6:
        return None
    gap = t[a.end:b.start].split()
    if len(gap) != 1:
        return None
    joiner = gap[0].translate(_TABLE)
    before = _words_before(t, a.start)
    opener = _cue_before(before, _RANGE_BY_LAST)
    if opener is None and _cue_before(before, _BEFORE_BY_LAST) == "about":
        opener = "الي"   # نحو 30 إلى 40 ألفا: an approximate count given as a range
    if opener is None or (joiner != opener and not (joiner == "الي" and opener == "و")
                          and not (opener == "الي" and joiner == "حتي") and joiner not in DASHES):
        return None   # بين 20 و30، من 20 إلى 30، ما بين 300 - 400، ما بين 30 إلى 40
    if before and before[-1] == "من" and _changed_in_clause(t, a.start):
        return None   # ارتفع عدد القتلى من 10 إلى 14: the toll before and after, not a range
    if a.kind == b.kind == "digits" and a.value < b.value and _is_year_value(a.value) and _is_year_value(b.value):
        return "years"
    low = a.value * b.scale if b.scale and not a.scale and a.value < b.value else a.value
    if low >= b.value:                   # من 10 إلى 5 is a fall, not a range
        return None
    kind = b.kind if b.kind == "percent" or b.scale else a.kind
    return (a.start, b.end, None, kind, "range", low, b.value)


# ---------------------------------------------------------------- public API


def _mentions(text: str) -> list[NumberMention]:
    prepared = strip_marks(text)
    t = prepared.text
    rows = _in_context(t, _numbers(t, _atoms(t, _tanween_ends(prepared))))
    out = []
    span = prepared.span
    for start, end, value, kind, qualifier, low, high in rows:
        s, e = span(start, end)
        out.append(NumberMention(s, e, text[s:e], value, kind, qualifier, low, high))
    return out


@register("numbers", COLUMNS, exact=("value", "low", "high"), in_context=False)
def number_mentions(doc: Document) -> list[NumberMention]:
    """The number mentions of a document (the numbers module reads the text itself)."""
    return _mentions(doc.text)


def find_numbers(text: str) -> list[NumberMention]:
    """All number mentions in `text`, in order of position. Never raises for a str."""
    check_text(text)
    return _mentions(text)


def extract_numbers(text_or_texts) -> pd.DataFrame:
    """Table of number mentions for one text, or for a list/Series of texts (adds `article`).

    `value`, `low` and `high` are object columns of Python int, float or None, whatever the
    mix of rows (pandas would otherwise turn 92 into 92.0 as soon as one value is missing).
    """
    return extract_table("numbers", text_or_texts)


def parse_number(s: str) -> int | float | None:
    """The value of one numeral expression ('ألفين و971' -> 2971); None if vague or not a number."""
    check_text(s, "s")
    if normalize_key(s.strip()) == normalize_key("صفر"):
        return 0
    found = _mentions(s.strip())
    if len(found) != 1:
        return None
    m = found[0]
    return m.value if m.kind not in ("vague", "dual") else None
