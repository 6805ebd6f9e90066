"""Date expressions in Arabic news, placed on the calendar against the publication date.

News dates events in two month-naming systems at once (28 تشرين الأول/ أكتوبر الماضي), in the
Hijri calendar (15 رمضان 1442 هـ), by weekday relative to the day of writing (أمس الأربعاء،
ليل الخميس) and by relation to another date (صباح اليوم التالي). Matching runs on the
normalised text (helpers.normalize) with one precompiled pattern built from the word lists in
lexicons/dates.csv; offsets map back to the original text. Without a publication date nothing
is guessed: relative expressions come out unresolved, with the reason.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, NamedTuple

import pandas as pd
from hijridate import Gregorian, Hijri

from .document import Document, first_words, previous_word
from .normalize import normalize_key
from .numbers import WORDS as NUMBER_WORDS
from .pipeline import extract_table
from .registry import register
from .vocabulary import read_lexicon
from .words import ARTICLE_PROCLITICS, CLITIC_DATE, OWS, WS, alternation

Day = date   # the type, under a name that the `date` fields of rows do not hide
GREGORIAN_YEARS = range(1000, 2201)
HIJRI_YEARS = range(1343, 1501)  # the Umm al-Qura table hijridate converts


def _load_lexicon() -> dict[str, dict[str, str]]:
    """lexicons/dates.csv and months.csv as {kind: {normalised word: value}}; a bad row names its line.

    A word's `clitics` (و|ف for أمس) are the attached letters it may take; empty: any of CLITIC_DATE.
    They are kept as the kind "clitics" ({word: "و|ف"})."""
    table: dict[str, dict[str, str]] = {}
    for row in read_lexicon("dates.csv", ["kind", "word"], ["value", "clitics"]):
        word = " ".join(normalize_key(row["word"]).split())
        table.setdefault(row["kind"], {})[word] = row["value"]
        if row["clitics"]:
            table.setdefault("clitics", {})[word] = row["clitics"]
    # Month names are shared with helpers.numbers (lexicons/months.csv). Maghreb names
    # (جوان، ماي، اوت) double as ordinary words, so they are read only after a day or before a year.
    for row in read_lexicon("months.csv", ["name", "month", "calendar"]):
        kind = {"hijri": "hijri_month", "maghreb": "maghreb_month", "morocco": "maghreb_month"}.get(
            row["calendar"], "greg_month")
        table.setdefault(kind, {})[" ".join(normalize_key(row["name"]).split())] = row["month"]
    return table


LEXICON = _load_lexicon()


def _month_pair(n: str, maghreb: str) -> str:
    """A month's name, and its name in the other system after it (مارس/آذار، مارس (آذار)); `maghreb`
    is the pattern of the Maghreb names the first may also be."""
    months = alternation([*LEXICON["greg_month"], *LEXICON["hijri_month"]])
    return (rf"(?P<{n}m>{months}|{maghreb})(?:{OWS}[/\\\-–]{OWS}(?P<{n}m2>{months})|{WS}(?P<{n}m4>{months})"
            rf"|{OWS}\({OWS}(?P<{n}m3>{months}){OWS}\))?")


def _year_tail(n: str) -> str:
    """A year after a month: 2020، عام 2020، لعام 1366هـ، or relative: من العام الماضي."""
    era, shift = alternation(LEXICON["era"]), alternation(LEXICON["shift"])
    return (rf"(?:{WS}(?:(?:ل|من{WS})?(?:عام|سنه){WS})?(?P<{n}y>\d{{4}})(?!\d)(?:{OWS}(?P<{n}era>{era})(?!\w))?"
            rf"|{WS}من{WS}(?:العام|السنه){WS}(?P<{n}yshift>{shift}))?")


def _pattern() -> re.Pattern:
    part, wd, shift = alternation(LEXICON["part"]), alternation(LEXICON["weekday"]), alternation(LEXICON["shift"])
    era, maghreb = alternation(LEXICON["era"]), alternation(LEXICON["maghreb_month"])   # after a day (4 ماي), before a year
    weekday_lead = rf"(?:(?:(?:ال)?يوم{WS})?(?P<{{n}}wd>{wd}){OWS}[،,]?{OWS}(?:الموافق{WS})?)?"   # اليوم الأربعاء 8 جوان 2016
    absolute = (rf"(?P<A>(?:(?P<Apart>{part}){WS})?" + weekday_lead.format(n="A") +
                rf"(?:(?<![\d/.])(?:ال)?(?P<Ad>\d{{1,2}})(?:{OWS}(?:{alternation(LEXICON['range'])}){OWS}(?P<Ad2>\d{{1,2}}))?"
                rf"|(?P<Aord>{alternation(LEXICON['ordinal_day'])}))"
                rf"{OWS}(?:من{WS})?(?:شهر{WS})?(?:" + _month_pair("A", maghreb) + _year_tail("A") +
                rf"|(?P<Acur>الشهر))(?:{WS}(?P<Ashift>{shift}))?)")
    numeric = (rf"(?P<N>(?:(?P<Npart>{part}){WS})?" + weekday_lead.format(n="N") +
               rf"(?<![\d/.])(?:(?P<Nd>\d{{1,2}}){OWS}(?P<Ns>[/.\-]){OWS}(?P<Nm>\d{{1,2}}){OWS}(?P=Ns){OWS}(?P<Ny>\d{{4}})"
               rf"|(?P<Ny2>\d{{4}}){OWS}(?P<Ns2>[/\-]){OWS}(?P<Nm2>\d{{1,2}}){OWS}(?P=Ns2){OWS}(?P<Nd2>\d{{1,2}}))(?![\d/])"
               rf"(?:{OWS}(?P<Nera>{era})(?!\w))?)")
    # digits joined by a slash with no year (يوم 15/4، الثلاثاء 3/11، بتاريخ 5/6): a day and a month only
    # after a word that says a day follows; alone they are as often a score, a fraction or an article
    day_cue = alternation(LEXICON["day_cue"])
    slashed = (rf"(?P<D>(?:(?P<Dpart>{part}){WS})?(?:(?:(?:ال)?يوم{WS})?(?P<Dwd>{wd})|(?P<Dcue>{day_cue}))"
               rf"{OWS}[،,]?{OWS}(?:الموافق{WS})?(?<![\d/.])(?P<Dd>\d{{1,2}}){OWS}/{OWS}(?P<Dm>\d{{1,2}})(?!{OWS}[\d/]))")
    month = (rf"(?P<M>(?P<Mword>شهر{WS})?" + _month_pair("M", rf"(?:{maghreb})(?={WS}\d{{4}}(?!\d))") + _year_tail("M") +
             rf"(?:{WS}(?P<Mshift>{shift}))?)")
    anaphor = rf"(?P<F>(?:(?P<Fpart>{part}){WS})?(?P<Fana>{alternation(LEXICON['anaphor'])}))"
    relative = (rf"(?P<E>(?:(?P<Epart>{part}){WS})?(?:يوم{WS})?"
                rf"(?:(?P<Eoff>{alternation(LEXICON['day_offset'])})(?:{OWS}\({OWS}(?P<Ewd>{wd}){OWS}\)|{WS}(?P<Ewd2>{wd}))?"
                rf"|(?P<Ewd3>{wd})(?:{WS}(?P<Eshift>{shift}))?))")
    period = rf"(?P<P>(?P<Pword>{alternation(LEXICON['relative_period'])})(?:{WS}(?P<Pshift>{shift}))?)"
    year = (rf"(?P<Y>(?:(?:{alternation(LEXICON['year_cue'])}){WS}(?P<Yy>\d{{4}})(?:{OWS}(?P<Yera>{era}))?"
            rf"|(?P<Yy2>\d{{4}}){OWS}(?P<Yera2>{era}))(?!\d))")
    relation = alternation(LEXICON["relation"])
    return re.compile(
        rf"{CLITIC_DATE}(?P<x>(?:(?P<rel>{relation}){WS})?"
        rf"(?:{absolute}|{numeric}|{slashed}|{anaphor}|{relative}|{month}|{year}|{period}))(?!\w)")


PATTERN = _pattern()
_NEXT_WORD = re.compile(r"[^\w\n.!?؟]+(\w+)")   # the next word of the same line and sentence
_PARTS = LEXICON["part"]
_CLITICS = re.compile(ARTICLE_PROCLITICS)
# Every expression starts with one of these words or a number.
TRIGGERS = first_words(w for kind in ("relation", "part", "weekday", "day_offset", "anaphor", "greg_month",
                                      "hijri_month", "maghreb_month", "relative_period", "year_cue", "ordinal_day",
                                      "day_cue")
                       for w in [*LEXICON[kind], "يوم", "شهر"]) | {"#", "ال"}   # ال: الـ3 من مارس


@dataclass
class Found:
    """One resolved (or unresolved) expression before it becomes a table row."""

    date: Day | None = None
    date_end: Day | None = None
    grain: str = "day"
    anchor: str = ""
    reason: str = ""


def _key(s: str) -> str:
    return " ".join(s.split())


def _month_of(m: re.Match, n: str) -> tuple[str, int]:
    """('gregorian' | 'hijri', month number) of a matched month pair (first name wins)."""
    word = _key(m.group(n + "m"))
    for kind in ("greg_month", "maghreb_month"):
        if word in LEXICON[kind]:
            return "gregorian", int(LEXICON[kind][word])
    return "hijri", int(LEXICON["hijri_month"][word])


def _to_date(system: str, y: int, mo: int, d: int) -> date | None:
    """A Gregorian date from either calendar, None when it does not exist."""
    try:
        if system == "hijri":
            g = Hijri(y, mo, d).to_gregorian()
            return date(g.year, g.month, g.day)
        return date(y, mo, d)
    except (ValueError, OverflowError):
        return None


def _month_span(system: str, y: int, mo: int) -> tuple[date | None, date | None]:
    first = _to_date(system, y, mo, 1)
    ny, nm = (y + 1, 1) if mo == 12 else (y, mo + 1)
    following = _to_date(system, ny, nm, 1)
    if first is None:
        return None, None
    if following is None:  # the last month of the Umm al-Qura table
        return first, first + timedelta(Hijri(y, mo, 1).month_length() - 1)
    return first, following - timedelta(1)


def _year_of(system: str, published: date) -> int:
    return Gregorian(published.year, published.month, published.day).to_hijri().year \
        if system == "hijri" else published.year


def _pick_year(system: str, mo: int, d: int, shift: str | None, published: date) -> date | None:
    """The day-month's date in the year its shift word (or nearness to publication) implies."""
    py = _year_of(system, published)
    candidates = [c for c in (_to_date(system, y, mo, d) for y in (py - 1, py, py + 1)) if c]
    if shift == "current":
        return _to_date(system, py, mo, d)
    if shift == "past":
        before = [c for c in candidates if c <= published]
        return max(before) if before else None
    if shift == "next":
        after = [c for c in candidates if c >= published]
        return min(after) if after else None
    return min(candidates, key=lambda c: abs((c - published).days)) if candidates else None


def _relative_year(m: re.Match, group: str, system: str, published: date) -> tuple[int, str]:
    """The year of من العام الماضي / الجاري / المقبل, in the month's own calendar."""
    step = {"past": -1, "next": 1}.get(_shift_of(m, group) or "", 0)
    return _year_of(system, published) + step, f"publication {published.isoformat()}"


def _shift_of(m: re.Match, group: str) -> str | None:
    word = m.group(group)
    return LEXICON["shift"][_key(word)] if word else None


def _year_value(m: re.Match, n: str, system: str) -> tuple[int | None, str]:
    """Year written after a month, or (None, reason) when it is outside the calendar's range."""
    if not m.group(n + "y"):
        return None, ""
    y = int(m.group(n + "y"))
    if y not in (HIJRI_YEARS if system == "hijri" else GREGORIAN_YEARS):
        return None, f"year {y} outside the {system} calendar range"
    return y, ""


def _absolute(m: re.Match, published: date | None, _last_day: Any = None) -> Found | None:
    if m.group("Acur"):
        return _day_of_relative_month(m, published)
    system, mo = _month_of(m, "A")
    d1 = int(m.group("Ad") or LEXICON["ordinal_day"][_key(m.group("Aord"))])
    d2 = int(m.group("Ad2")) if m.group("Ad2") else None
    y, reason = _year_value(m, "A", system)
    if reason:
        return Found(reason=reason)
    anchor = "absolute" if system == "gregorian" else "absolute (Hijri, Umm al-Qura)"
    if y is None and m.group("Ayshift"):
        if published is None:
            return Found(reason="relative to the publication date, which is missing")
        y, anchor = _relative_year(m, "Ayshift", system, published)
    if y is None:
        if published is None:
            return Found(reason="no year written and no publication date")
        # منذ 28 يناير: since a day that has come, the most recent one on or before publication
        since = m.group("rel") and LEXICON["relation"][_key(m.group("rel"))] == "since"
        first = _pick_year(system, mo, d1, _shift_of(m, "Ashift") or ("past" if since else None), published)
        if first is None:
            return Found(reason="no such day in that month")
        y = _year_of(system, first) if system == "hijri" else first.year
        anchor = f"publication {published.isoformat()}"
    first = _to_date(system, y, mo, d1)
    if first is None:
        return Found(reason="no such day in that month")
    if d2 is None:
        return Found(first, None, "day", anchor)
    last = _to_date(system, y, mo, d2)
    if last is None or last <= first:
        return Found(reason="day range does not run forwards")
    return Found(first, last, "day", anchor)


def _day_of_relative_month(m: re.Match, published: date | None) -> Found | None:
    """الخامس من الشهر الجاري / 5 من الشهر الماضي: a day of the month before, of or after publication."""
    if not m.group("Ashift"):
        return None
    if published is None:
        return Found(reason="relative to the publication date, which is missing")
    step = {"past": -1, "next": 1}.get(_shift_of(m, "Ashift") or "", 0)
    index = published.year * 12 + published.month - 1 + step
    d = int(m.group("Ad") or LEXICON["ordinal_day"][_key(m.group("Aord"))])
    day = _to_date("gregorian", index // 12, index % 12 + 1, d)
    return Found(day, None, "day", f"publication {published.isoformat()}") if day \
        else Found(reason="no such day in that month")


def _numeric(m: re.Match, _published: date | None, _last_day: Any = None) -> Found:
    if m.group("Nd"):
        y, mo, d = int(m.group("Ny")), int(m.group("Nm")), int(m.group("Nd"))
    else:
        y, mo, d = int(m.group("Ny2")), int(m.group("Nm2")), int(m.group("Nd2"))
    era = LEXICON["era"].get(_key(m.group("Nera") or ""))
    system = "hijri" if era == "hijri" or (era is None and y in HIJRI_YEARS) else "gregorian"
    if y not in (HIJRI_YEARS if system == "hijri" else GREGORIAN_YEARS):
        return Found(reason=f"year {y} outside the {system} calendar range")
    day = _to_date(system, y, mo, d)
    if day is None:
        return Found(reason="no such date")
    return Found(day, None, "day", "absolute" if system == "gregorian" else "absolute (Hijri, Umm al-Qura)")


def _slashed(m: re.Match, published: date | None, _last_day: Any = None) -> Found | None:
    """يوم 15/4، الثلاثاء 5/10: a day and a month with no year. Papers write them in either calendar
    (a Saudi paper's الثلاثاء 5/10 is 5 Shawwal), so only a weekday written with them resolves them:
    the one date near publication, Gregorian or Hijri, that falls on it; the month first (الأربعاء
    10/13: 13 Shawwal) only when the day first gives none (or cannot be). Otherwise unresolved."""
    first, second = int(m.group("Dd")), int(m.group("Dm"))
    orders = [(mo, d) for mo, d in ((second, first), (first, second)) if 1 <= mo <= 12 and 1 <= d <= 31]
    if not orders:
        return None   # 14/15: no day and month either way (the number layer reads them as numbers too)
    if published is None:
        return Found(reason="no year written and no publication date")
    if not m.group("Dwd"):
        return Found(reason="day and month without a year or a weekday: the calendar is not known")
    weekday = int(LEXICON["weekday"][_key(m.group("Dwd"))])
    for mo, d in orders:
        on_it = {c for system in ("gregorian", "hijri") for y in _years_around(system, published)
                 if (c := _to_date(system, y, mo, d)) is not None and c.weekday() == weekday
                 and abs((c - published).days) <= _SLASHED_REACH}
        if on_it:
            break
    if len(on_it) != 1:
        return Found(reason=f"no single date near publication falls on that weekday ({len(on_it)})")
    return Found(on_it.pop(), None, "day", f"publication {published.isoformat()} and the weekday")


_SLASHED_REACH = 200   # days from publication a day and month without a year may lie


def _years_around(system: str, published: date) -> tuple[int, int, int]:
    year = _year_of(system, published)
    return year - 1, year, year + 1


def _month(m: re.Match, published: date | None, _last_day: Any = None) -> Found | None:
    system, mo = _month_of(m, "M")
    shift = _shift_of(m, "Mshift")
    if not (m.group("My") or m.group("Myshift") or shift or m.group("Mword")):
        return None  # a bare month name: too often a person's name (رجب، رمضان) or a car (نيسان)
    y, reason = _year_value(m, "M", system)
    if reason:
        return Found(grain="month", reason=reason)
    anchor = "absolute" if system == "gregorian" else "absolute (Hijri, Umm al-Qura)"
    if y is None and m.group("Myshift"):
        if published is None:
            return Found(grain="month", reason="relative to the publication date, which is missing")
        y, anchor = _relative_year(m, "Myshift", system, published)
    if y is None:
        if published is None:
            return Found(grain="month", reason="no year written and no publication date")
        py = _year_of(system, published)
        pm = Gregorian(published.year, published.month, published.day).to_hijri().month \
            if system == "hijri" else published.month
        y = {"past": py if mo < pm else py - 1, "next": py if mo > pm else py + 1}.get(shift or "", py)
        anchor = f"publication {published.isoformat()}"
    first, last = _month_span(system, y, mo)
    if first is None:
        return Found(grain="month", reason="month outside the calendar range")
    return Found(first, last, "month", anchor)


def _year(m: re.Match, _published: date | None, _last_day: Any = None) -> Found:
    y = int(m.group("Yy") or m.group("Yy2"))
    era = LEXICON["era"].get(_key(m.group("Yera") or m.group("Yera2") or ""))
    system = "hijri" if era == "hijri" else "gregorian"
    if y not in (HIJRI_YEARS if system == "hijri" else GREGORIAN_YEARS):
        return Found(grain="year", reason=f"year {y} outside the {system} calendar range")
    first, _ = _month_span(system, y, 1)
    _, last = _month_span(system, y, 12)
    return Found(first, last, "year", "absolute")


def _weekday_on_or_before(day: date, weekday: int) -> date:
    return day - timedelta((day.weekday() - weekday) % 7)


def _relative(m: re.Match, published: date | None, _last_day: Any = None, planned: bool = False) -> Found | None:
    """أمس، غدا، الخميس، الخميس الماضي، أمس الأربعاء. A bare weekday is the most recent one on
    or before publication, or, when `planned` (ستعقد الجلسة الخميس), the first on or after it."""
    offset_word = m.group("Eoff")
    weekday_word = m.group("Ewd") or m.group("Ewd2") or m.group("Ewd3")
    weekday = int(LEXICON["weekday"][_key(weekday_word)]) if weekday_word else None
    if published is None:
        return Found(reason="relative to the publication date, which is missing")
    anchor = f"publication {published.isoformat()}"
    if offset_word is None:
        assert weekday is not None, "the pattern gives a weekday where it gives no day offset"
        shift = _shift_of(m, "Eshift")
        if shift == "past":
            return Found(_weekday_on_or_before(published - timedelta(1), weekday), anchor=anchor)
        if shift == "next":
            return Found(published + timedelta((weekday - published.weekday() - 1) % 7 + 1), anchor=anchor)
        if planned:
            return Found(published + timedelta((weekday - published.weekday()) % 7), anchor=anchor)
        return Found(_weekday_on_or_before(published, weekday), anchor=anchor)
    base = published + timedelta(int(LEXICON["day_offset"][_key(offset_word)]))
    if weekday is None:
        return Found(base, anchor=anchor)
    if base > published:
        return Found(base + timedelta((weekday - base.weekday()) % 7), anchor=anchor)
    return Found(_weekday_on_or_before(base, weekday), anchor=anchor)


def _period(m: re.Match, published: date | None, _last_day: Any = None) -> Found | None:
    word = _key(m.group("Pword"))
    shift = _shift_of(m, "Pshift")
    if not shift and not word.startswith("هذ"):
        return None  # العام alone is the adjective "general" (الأمين العام)
    unit = LEXICON["relative_period"][word]
    if published is None:
        return Found(grain=unit, reason="relative to the publication date, which is missing")
    step = {"past": -1, "next": 1}.get(shift or "", 0)
    if unit == "year":
        y = published.year + step
        return Found(date(y, 1, 1), date(y, 12, 31), "year", f"publication {published.isoformat()}")
    index = published.year * 12 + published.month - 1 + step
    first, last = _month_span("gregorian", index // 12, index % 12 + 1)
    return Found(first, last, "month", f"publication {published.isoformat()}")


def _definite(word: str) -> str:
    """A word without its attached conjunction and preposition: وللأمين → الامين."""
    word = _CLITICS.sub("", word)
    return "ال" + word[2:] if word.startswith("لل") else word


def _day_count(t: str, end: int, after: str) -> bool:
    """اليوم الـ45 (من الحرب)، اليوم العاشر، اليوم الواحد، اليوم 25 للعملية: the n-th day of
    something, not today. An ordinal or a number with the article (not a weekday: اليوم الأحد),
    or digits then من/لـ (not a month: اليوم 24 من شوال is today)."""
    if after in LEXICON["weekday"]:
        return False
    if after.startswith("ال") and (after[2:].isdigit() or after[2:] in NUMBER_WORDS or after in NUMBER_WORDS):
        return True
    if after.isdigit():
        words = t[end:end + 60].split()[1:4]
        months = (*LEXICON["greg_month"], *LEXICON["hijri_month"])
        return bool(words) and (words[0] == "من" or words[0].startswith("ل")) \
            and not any(w.strip("،,.") in months or w == "شهر" for w in words[1:])
    return False


def _planned(t: str, start: int) -> bool:
    """Whether the clause before `start` speaks of the future: a future cue (سوف، من المقرر،
    يعتزم…) or a verb with the future prefix سـ (ستعقد، سيبدأ), not a word that merely begins with
    those letters (سيارة، سيطرت، ستة: lexicon kind not_future, and the number words)."""
    window = t[max(0, start - 80):start]
    cut = max(window.rfind(c) for c in ".!?؟؛،:\n")
    words = window[cut + 1:].split()
    if cut < 0 and start > 80:
        words = words[1:]                       # the window began inside a word
    words = [w[1:] if len(w) > 3 and w[0] in "وف" else w for w in words[-8:]]
    spaced = f" {' '.join(words)} "
    if any(f" {cue} " in spaced for cue in LEXICON["future_cue"]):
        return True
    return any(_FUTURE_VERB.fullmatch(w) and not w.startswith(_NOT_FUTURE) and w not in NUMBER_WORDS
               for w in words)


_FUTURE_VERB = re.compile(r"س[يتن]\w{3,}")
_NOT_FUTURE = tuple(LEXICON["not_future"])


def _blocked(m: re.Match, t: str) -> bool:
    """Words that look like dates but are not here: الأمين العام الحالي، اليوم الوطني، صحيفة اليوم، شارع 9 أفريل،
    لامس (ل + أمس: أمس takes only و and ف, lexicon column clitics), اليوم الـ45 من الحرب…"""
    start = m.start("x")
    clitic = t[m.start():start]
    if clitic:
        allowed = LEXICON.get("clitics", {}).get(_key(m.group("x")).split()[0])
        if allowed is not None and clitic not in allowed.split("|"):
            return True
    previous = _definite(previous_word(t, start, 30))
    following = _NEXT_WORD.match(t, m.end("x"))
    after = following.group(1) if following else ""
    if m.group("P") is not None and previous in LEXICON["not_year_after"]:
        return True
    if m.group("E") is not None and not m.group("Epart") and m.group("Eoff") \
            and _key(m.group("Eoff")) in ("اليوم", "الليله") and not (m.group("Ewd") or m.group("Ewd2")):
        nisba = after.startswith("ال") and after.endswith(("ي", "يه"))  # اليوم الوطني، الليلة العالمية
        return previous in LEXICON["not_today_before"] or nisba or after in LEXICON["not_today_next"] \
            or _day_count(t, m.end("x"), after)
    if m.group("Eoff") and _key(m.group("Eoff")) == "غد" and not (m.group("Epart") or m.group("E").startswith("يوم")):
        return True  # غد alone is a name (حزب غد الثورة); tomorrow is غدا، يوم غد، صباح غد
    if m.group("Aord") and previous in LEXICON["not_ordinal_after"]:
        return True  # النصف الأول من يونيو: the first half, not the first day
    if m.group("A") is not None and previous in LEXICON["name_head"]:
        return True  # شارع 9 أفريل، ملعب 15 أكتوبر: a street or a stadium named after a day
    return bool(m.group("Ewd3")) and _key(m.group("Ewd3")) == "الاحد" and after.startswith("عشر")


def _anaphor(m: re.Match, _published: date | None, last_day: tuple[date, str] | None) -> Found:
    """اليوم التالي / السابق / نفسه: a day counted from the last full date before it in the text."""
    if last_day is None:
        return Found(reason="no earlier date in the text to anchor on")
    offset = int(LEXICON["anaphor"][_key(m.group("Fana"))])
    return Found(last_day[0] + timedelta(offset), anchor=f"text: {last_day[1]}")


_KINDS = (("A", _absolute), ("N", _numeric), ("D", _slashed), ("F", _anaphor), ("M", _month), ("P", _period),
          ("Y", _year), ("E", _relative))
# The named rules, by the pattern group that matched (a corpus row names the rule it tests).
RULES = {"A": "day_month", "N": "numeric_date", "D": "slashed_day_month", "F": "same_day_anaphor", "M": "month",
         "P": "relative_period", "Y": "year", "E": "relative_day"}


def _relation(m: re.Match, part: str | None, grain: str, found: Found) -> str:
    if m.group("rel"):
        return LEXICON["relation"][_key(m.group("rel"))]
    if part:
        return f"{part} of"
    if found.date_end is not None:
        return "between" if grain == "day" else "in"
    return "on"


class DateMention(NamedTuple):
    """One date expression: the table's columns."""

    start: int
    end: int
    surface: str
    date: Day | None
    date_end: Day | None
    grain: str | None
    relation: str | None
    part: str | None
    anchor: str | None
    resolved: bool
    reason: str | None
    in_body: bool
    rule: str          # the named rule that matched (RULES; not in the table)


COLUMNS = DateMention._fields[:12]


@register("dates", COLUMNS)
def date_mentions(doc: Document) -> Iterator[DateMention]:
    """The date expressions of a document, in text order."""
    text, published = doc.text, doc.published
    if published is not None and not isinstance(published, date):
        raise TypeError(f"published must be a datetime.date, got {type(published).__name__}")
    prepared = doc
    norm, t = prepared.norm, prepared.norm.text
    last_day: tuple[date, str] | None = None
    for m in prepared.scan(PATTERN, TRIGGERS):
        if _blocked(m, t):
            continue
        start, end = norm.span(m.start("x"), m.end("x"))
        surface = text[start:end]
        kind, resolve = next((k, f) for k, f in _KINDS if m.group(k) is not None)
        try:
            if kind == "E" and m.group("Ewd3") and not m.group("Eshift"):
                found = _relative(m, published, last_day, _planned(t, m.start("x")))
            else:
                found = resolve(m, published, last_day)
        except (OverflowError, ValueError):  # e.g. a publication date outside the Hijri table
            found = Found(reason="outside the calendar range this tool converts")
        if found is None:
            continue
        part_word = m.group(kind + "part") if kind in ("A", "N", "E", "F") else None
        part = _PARTS[_key(part_word)] if part_word else None
        grain = "part of day" if part and found.grain == "day" else found.grain
        if found.date is not None and found.grain == "day" and found.date_end is None:
            last_day = (found.date, surface)
        yield DateMention(start, end, surface, found.date, found.date_end, grain,
               _relation(m, part, found.grain, found), part, found.anchor,
               found.date is not None, found.reason, prepared.in_body(start), RULES[kind])


def extract_dates(texts: Any, published: Any = None) -> pd.DataFrame:
    """Date expressions with their calendar dates: one text, or a list/Series with an `article` column.

    `published` (a datetime.date, or one per text) anchors weekdays and relative days; without
    it those come out with resolved=False and the reason, while absolute dates still resolve.
    """
    return extract_table("dates", texts, published)
