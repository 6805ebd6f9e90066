"""Well-formedness of the issue-14 corpora: columns, splits, classes, sizes, and every expected
number written in its text. These check the data files only, not the extractors (the scores
are in tests/benchmarks/score_figures.py and score_dates.py)."""
from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from helpers import read_saudinewsnet

CORPUS = Path(__file__).resolve().parent / "corpus"
WRITTEN = CORPUS / "figures_written.tsv"
SOURCES = CORPUS / "figures_sources.tsv"
SOURCE_CLASSES = ("parenthesis", "report_anaphor", "name_with_ali", "responsibility_claim", "agency_quoting",
                  "relative_according", "headline", "title_and_name", "not_actor", "nearest_antecedent",
                  "actor_extent", "short_form", "clause_reach", "list_item", "subject_before", "ambiguous_verb")
REAL = CORPUS / "figures_saudinewsnet.tsv"
WRITTEN_FRESH = CORPUS / "figures_written_fresh.tsv"   # written after the other sets were tuned on
WRITTEN_UNSEEN = CORPUS / "figures_written_unseen.tsv"   # written while the fresh sets were tuned on
REAL_FRESH = CORPUS / "figures_saudinewsnet_fresh.tsv"
REAL_UNSEEN = CORPUS / "figures_saudinewsnet_unseen.tsv"   # drawn after both real sets were tuned on
WRITTEN_BLIND = CORPUS / "figures_written_blind.tsv"   # written while the unseen sets were tuned on
REAL_BLIND = CORPUS / "figures_saudinewsnet_blind.tsv"   # drawn while the unseen sets were tuned on
REAL_SEALED = CORPUS / "figures_saudinewsnet_sealed.tsv"   # drawn while the blind sets were tuned on
REAL_SEALED2 = CORPUS / "figures_saudinewsnet_sealed2.tsv"   # drawn while the sealed set was tuned on
REAL_SEALED3 = CORPUS / "figures_saudinewsnet_sealed3.tsv"   # drawn while sealed2 was tuned on
REAL_UNREAD = CORPUS / "figures_saudinewsnet_unread.tsv"   # sentences no set or judged sample had read
REAL_UNREAD2 = CORPUS / "figures_saudinewsnet_unread2.tsv"   # more of them, drawn before the first was tuned on
REAL_UNREAD3 = CORPUS / "figures_saudinewsnet_unread3.tsv"   # more, drawn before the second was tuned on
DATES = CORPUS / "dates_class9.tsv"

FIGURE_COLUMNS = ("split", "rule", "region", "event", "text", "expected", "source")
WRITTEN_BEFORE_TUNING = 605   # rows of figures_written.tsv written before any rule was tuned
CLASSES = ("singular_noun", "toll_predicate", "killing_verb", "dual_counted", "coordinated",
           "verb_ends_category", "glued_number", "source", "number_format")
REGIONS = ("levant", "gulf", "egypt", "iraq", "maghreb", "yemen_sudan", "agency")
EVENTS = ("war", "terror", "disaster", "accident", "epidemic", "crime", "unrest")
REAL_EVENTS = EVENTS + ("other", "none")
DATE_ITEMS = ("future_weekday", "since_day_month", "no_false_yesterday", "war_day_count",
              "month_both_systems")
EXPECTED_ITEM = re.compile(r"(killed|injured)=(\d+)(-\d+)?")   # a range as low-high (3-4)


def _read(path: Path, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """(line number, row) for each data row; the first non-comment line is the header."""
    rows, header = [], None
    for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if line.startswith("#") or not line:
            continue
        fields = line.split("\t")
        if header is None:
            header = tuple(fields)
            assert header == columns, f"{path.name}:{n}: header {header}"
            continue
        assert len(fields) == len(columns), f"{path.name}:{n}: {len(fields)} fields"
        rows.append((n, dict(zip(columns, fields))))
    return rows


# ---- numbers written in the text, read independently of helpers.numbers ----------------------

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
_SCALE = {"ألف": 1000, "آلاف": 1000, "الاف": 1000, "ألفا": 1000, "الف": 1000, "مليون": 10**6, "مليونا": 10**6,
          "ملايين": 10**6, "مليار": 10**9}
_WORDS = {"واحد": 1, "واحدة": 1, "اثنان": 2, "اثنين": 2, "اثنا": 2, "اثني": 2, "ثلاث": 3, "أربع": 4,
          "اربع": 4, "خمس": 5, "ست": 6, "سبع": 7, "ثمان": 8, "ثماني": 8, "تسع": 9, "عشر": 10, "عشرين": 20,
          "ثلاثين": 30, "أربعين": 40, "خمسين": 50, "ستين": 60, "مئة": 100, "مائة": 100, "مائتي": 200,
          "مائتا": 200, "مئتي": 200, "مئتا": 200, "ألف": 1000}
_TEENS = re.compile(r"(?<!\S)[وب]?(ثلاث|أربع|اربع|خمس|ست|سبع|ثماني?|تسع)(?:ة|ه)?\s+عشرة?(?!\S)")
_UNITS = {"ثلاث": 3, "أربع": 4, "اربع": 4, "خمس": 5, "ست": 6, "سبع": 7, "ثمان": 8, "ثماني": 8, "تسع": 9}
_NUMBER = re.compile(r"(\d{1,3}(?: \d{3})+|\d+(?:[.,٫٬ر]\d+)*)(?:[»\"]?\s*(ألفا|آلاف|ألف|الف|ملايين|مليونا|مليون))?")


def _values_in(text: str) -> set[int]:
    """Every value a number in `text` can be read as: digits with any separator, decimals in
    either order around ر, scale words, `X ألفا وY`, and number words with their prefixes."""
    text = re.sub("[\u064b-\u0652]", "", text.translate(_DIGITS))   # vowel marks off: عاملَين is a dual
    values: set[int] = set()
    for m in _NUMBER.finditer(text):
        digits, scale = m.group(1), _SCALE.get(m.group(2) or "", 1)
        parts = re.split(r"[ .,٫٬ر]", digits)
        readings = {float("".join(parts))}
        if len(parts) == 2:
            readings |= {float(f"{parts[0]}.{parts[1]}"), float(f"{parts[1]}.{parts[0]}")}
        values |= {round(r * scale) for r in readings}
    for m in re.finditer(r"(\d+)\s*(?:ألفا|ألف|آلاف)\s*و\s*(\d+)", text):
        values.add(int(m.group(1)) * 1000 + int(m.group(2)))
    for word in re.findall(r"[\u0621-\u064a]+", text):
        for prefix in ("", "و", "ب", "ل", "وب", "ال", "وال", "بال", "لل"):
            stem = word[len(prefix):] if word.startswith(prefix) else None
            for key, value in _WORDS.items():
                if stem and re.fullmatch(key + r"(ة|ه|ون|ين|ا)?", stem):
                    values.add(value)
                    if value < 10 and stem.endswith(("ون", "ين")) and not stem.startswith("اثن"):
                        values.add(value * 10)   # ثلاثين، خمسون
    values |= {10 + _UNITS[m.group(1)] for m in _TEENS.finditer(text)}   # ثمانية عشر
    values |= {(10 + _UNITS[m.group(1)]) * 1000 for m in re.finditer(_TEENS.pattern[:-6] + r"\s+(?:ألفا|ألف|آلاف)", text)}
    # خمسة عشر ألفا، and خمسة عشر آلاف as some papers write it
    if re.search(r"(?<!\S)[وب]?اثن[اي]\s+عشرة?(?!\S)", text):   # اثنا عشر
        values.add(12)
    if re.search(r"(?<!\S)[وبل]?(?:ال)?(?:[أاإ]حد|[إا]حدى)\s+عشرة?(?!\S)", text):   # أحد عشر، الأحد عشر
        values.add(11)
    for m in re.finditer(r"(?<!\S)[وبل]?(?:ال)?([أا]لف|مليون|مليار)(?:ان|ين|ي|ا)(?![\u0621-\u064a])", text):
        values.add(2 * _SCALE[m.group(1)])   # ألفين، الألفين، ألفي، مليوني: two of the scale
    for m in re.finditer(r"(\S+)\s+(آلاف|الاف|ألف|ملايين|مليون)(?:\s+و(\S+))?", text):   # اربعة الاف, without hamza too
        for key, value in _WORDS.items():
            if re.fullmatch(r"(و|ب)?" + key + r"(ة|ه)?", m.group(1)):
                values.add(value * _SCALE[m.group(2)])
                if m.group(3) and (part := _hundreds(m.group(3)) or _word_value(m.group(3))):
                    values.add(value * _SCALE[m.group(2)] + part)   # ثلاثة آلاف وثمانمائة
    for m in re.finditer(r"(?<!\S)[وب]?(ربع|نصف)\s+(مليون|ألف)(?!\S)", text):   # بربع مليون
        values.add(_SCALE[m.group(2)] // (4 if m.group(1) == "ربع" else 2))
    for m in re.finditer(r"(?<!\S)[وب]?(مليون|ألف)ا?\s+و(ربع|نصف)(?:\s+(?:ال)?(?:مليون|ألف))?(?!\S)", text):
        values.add(_SCALE[m.group(1)] + _SCALE[m.group(1)] // (4 if m.group(2) == "ربع" else 2))   # مليونا ونصف المليون
    values |= {value for typo, value in _TYPO_READINGS.items() if typo in text}
    if re.search(r"[\u0621-\u064a]{3,}(ان|ين|تان|تين|تا|تي|ا|يه|اه|اها|يها)\b", text):   # حالتي وفاة، والداه: 2
        values.add(2)
    words = re.findall(r"[\u0621-\u064a]+", text)
    for i in range(len(words)):   # مائة وثمانية وأربعون: the parts joined by و, added up
        total = _word_value(words[i]) or (_word_value(words[i][1:]) if words[i].startswith("و") else None)
        for word in words[i + 1:]:
            part = _word_value(word[1:]) if total and word.startswith("و") else None
            if not part:
                break
            total += part
            values.add(total)
    return values


# A slip the annotators read as the number it stands for, the same report writing the number right elsewhere
_TYPO_READINGS = {"50 ألفا من 570": 50570}   # … 42 ألفا و384 شخصا: 50 ألفا و570


def _hundreds(word: str) -> int | None:
    """The value of a hundreds word written as one (ثمانمائة 800، ثلاثمئة 300), else None."""
    m = re.fullmatch(r"(ثلاث|أربع|اربع|خمس|ست|سبع|ثمان|تسع)(?:مائة|مئة)", word)
    return _UNITS[m.group(1)] * 100 if m else None


def _word_value(word: str) -> int | None:
    """The value of one number word without prefix (ثمانية 8، أربعون 40، مائة 100), else None."""
    for key, value in sorted(_WORDS.items(), key=lambda kv: -len(kv[0])):   # عشرين before عشر
        m = re.fullmatch(key + r"(ة|ه|ون|ين|ا)?", word)
        if m:
            if m.group(1) in ("ون", "ين") and value <= 10 and not key.startswith("اثن"):
                return 20 if value == 10 else value * 10   # عشرون، ثلاثون
            return value
    return None


def _check_figure_rows(path: Path, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    rows = _read(path, columns)
    problems = []
    for n, row in rows:
        items = [i for i in row["expected"].split(";") if i]
        where = f"{path.name}:{n}"
        if not all(EXPECTED_ITEM.fullmatch(i) for i in items):
            problems.append(f"{where}: expected {row['expected']!r} is not killed=N;injured=N")
            continue
        if (row["rule"] == "negative") != (not items):
            problems.append(f"{where}: rule {row['rule']} with expected {row['expected']!r}")
        if ";" in row["source"] and len(row["source"].split(";")) != len(items):
            problems.append(f"{where}: {len(row['source'].split(';'))} sources for {len(items)} figures")
        if not items and row["source"]:
            problems.append(f"{where}: a negative row has a source")
        if row["text"] != row["text"].strip() or "\t" in row["text"]:
            problems.append(f"{where}: text has surrounding spaces")
        readable = _values_in(row["text"])
        for item in items:
            value = int(EXPECTED_ITEM.fullmatch(item).group(2))
            if value not in readable:
                problems.append(f"{where}: {item} is not a number written in the text")
    assert not problems, "\n".join(problems)
    texts = Counter(r["text"] for _, r in rows)
    assert not [t for t, k in texts.items() if k > 1], "duplicate sentences"
    return rows


def test_written_figures_file():
    numbered = _check_figure_rows(WRITTEN, FIGURE_COLUMNS)
    rows = [r for _, r in numbered]
    assert len(rows) >= 600
    # Every fifth of the rows written before tuning is held out; rows added since are dev only.
    assert [r["split"] for r in rows] == ["heldout" if i % 5 == 4 and i < WRITTEN_BEFORE_TUNING else "dev"
                                          for i in range(len(rows))]
    rules = Counter(r["rule"] for r in rows)
    assert set(rules) == set(CLASSES) | {"negative"}
    assert min(rules[c] for c in CLASSES) >= 15
    assert rules["negative"] * 3 >= len(rows)
    assert {r["region"] for r in rows} == set(REGIONS)
    assert min(Counter(r["region"] for r in rows).values()) >= 30
    assert {r["event"] for r in rows} <= set(EVENTS)
    events = Counter(r["event"] for r in rows)
    assert all(events[e] >= 15 for e in ("war", "terror", "disaster", "accident", "epidemic"))


def test_written_sources_file():
    """The attribution examples: the first 50 rows with a held-out fifth written before tuning,
    negatives after them (dev), every class at least five times, in at least six regional styles."""
    rows = [r for _, r in _check_figure_rows(SOURCES, FIGURE_COLUMNS)]
    assert [r["split"] for r in rows[:50]] == ["heldout" if i % 5 == 4 else "dev" for i in range(50)]
    assert all(r["split"] == "dev" for r in rows[50:])
    rules = Counter(r["rule"] for r in rows)
    assert set(rules) == set(SOURCE_CLASSES) and min(rules.values()) >= 5
    assert {r["region"] for r in rows} <= set(REGIONS) and len({r["region"] for r in rows}) >= 6
    assert {r["event"] for r in rows} <= set(EVENTS)
    assert sum(not s for r in rows for s in r["source"].split(";")) >= 10   # figures with no source


@pytest.mark.parametrize(("path", "split", "sizes", "older"), [
    # rows, rows per class, per region, per kind of event; the sets written before it
    (WRITTEN_FRESH, "fresh", (130, 10, 15, 1), (WRITTEN, SOURCES)),
    (WRITTEN_UNSEEN, "unseen", (190, 12, 20, 8), (WRITTEN, SOURCES, WRITTEN_FRESH, REAL, REAL_FRESH)),
    (WRITTEN_BLIND, "blind", (220, 14, 30, 14),
     (WRITTEN, SOURCES, WRITTEN_FRESH, WRITTEN_UNSEEN, REAL, REAL_FRESH, REAL_UNSEEN)),
], ids=["fresh", "unseen", "blind"])
def test_later_written_file(path, split, sizes, older):
    """A written set made after others were tuned on: every class, region and kind of event, a
    third negatives, no sentence of an earlier set."""
    rows = [r for _, r in _check_figure_rows(path, FIGURE_COLUMNS)]
    min_rows, per_class, per_region, per_event = sizes
    assert len(rows) >= min_rows
    assert {r["split"] for r in rows} == {split}
    rules = Counter(r["rule"] for r in rows)
    assert set(rules) == set(CLASSES) | {"negative"}
    assert min(rules[c] for c in CLASSES) >= per_class
    assert rules["negative"] * 3 >= len(rows)
    regions = Counter(r["region"] for r in rows)
    assert set(regions) == set(REGIONS) and min(regions.values()) >= per_region
    events = Counter(r["event"] for r in rows)
    assert set(events) == set(EVENTS) and min(events.values()) >= per_event
    texts = {r["text"] for p in older
             for _, r in _read(p, FIGURE_COLUMNS + (("article_id",) if p in (REAL, REAL_FRESH, REAL_UNSEEN) else ()))}
    texts |= {r["text"] for _, r in _read(CORPUS / "figures.tsv", ("split", "rule", "text", "expected"))}
    assert not {r["text"] for r in rows} & texts


@pytest.mark.parametrize("path", [WRITTEN, SOURCES, WRITTEN_FRESH, WRITTEN_UNSEEN, WRITTEN_BLIND], ids=lambda p: p.name)
def test_written_sources_are_written_in_their_text(path):
    def folded(s: str) -> str:
        # a hashtag's marks too (#حركة_الشباب), and invisible direction marks (‫حسن الدغيم‬)
        return " ".join(re.sub(r"[«»\"“”،,ـ()#_\u200e\u200f\u202a-\u202e\u2066-\u2069]", " ", s).split())
    for n, row in _read(path, FIGURE_COLUMNS):
        for source in filter(None, row["source"].split(";")):
            # after ل the article's alif drops (للمفوضية): the source is then found without it
            found = folded(source) in folded(row["text"]) or (
                source.startswith("ال") and folded(source)[1:] in folded(row["text"]))
            assert found, f"{path.name}:{n}: source {source!r}"


_EARLIER_SETS = (REAL, REAL_FRESH, REAL_UNSEEN, REAL_BLIND, REAL_SEALED, REAL_SEALED2, REAL_SEALED3)


@pytest.mark.parametrize(("path", "split", "min_rows", "min_figures", "earlier", "own_articles"), [
    (REAL, "real", 300, 150, (), True),
    (REAL_FRESH, "fresh", 100, 60, _EARLIER_SETS[:1], True),                 # drawn with another seed
    (REAL_UNSEEN, "unseen", 240, 150, _EARLIER_SETS[:2], True),   # issue 14: 150 figures annotated by hand
    (REAL_BLIND, "blind", 360, 150, _EARLIER_SETS[:3], True),
    (REAL_SEALED, "sealed", 480, 150, _EARLIER_SETS[:4], True),
    (REAL_SEALED2, "sealed2", 600, 150, _EARLIER_SETS[:5], True),
    (REAL_SEALED3, "sealed3", 1243, 150, _EARLIER_SETS[:6], True),
    (REAL_UNREAD, "unread", 600, 150, _EARLIER_SETS, False),   # other sentences of the articles drawn before
    (REAL_UNREAD2, "unread2", 600, 150, (*_EARLIER_SETS, REAL_UNREAD), False),
    (REAL_UNREAD3, "unread3", 600, 150, (*_EARLIER_SETS, REAL_UNREAD, REAL_UNREAD2), False),
], ids=["real", "fresh", "unseen", "blind", "sealed", "sealed2", "sealed3", "unread", "unread2", "unread3"])
def test_saudinewsnet_file(path, split, min_rows, min_figures, earlier, own_articles):
    """A SaudiNewsNet set: enough rows and figures, a third negatives, and no sentence (and, but
    for the unread set, no article) of the sets drawn before it."""
    rows = [r for _, r in _check_figure_rows(path, FIGURE_COLUMNS + ("article_id",))]
    assert {r["split"] for r in rows} == {split}
    assert {r["rule"] for r in rows} <= set(CLASSES) | {"negative", "plain"}
    assert all(re.fullmatch(r"gulf:[0-9a-z]+", r["region"]) for r in rows)
    assert {r["event"] for r in rows} <= set(REAL_EVENTS)
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}#\d+", r["article_id"]) for r in rows)
    assert len(rows) >= min_rows
    before = [r for p in earlier for _, r in _read(p, FIGURE_COLUMNS + ("article_id",))]
    if own_articles:
        assert not {r["article_id"] for r in rows} & {r["article_id"] for r in before}
    assert not {r["text"] for r in rows} & {r["text"] for r in before}
    figures = [r for r in rows if r["expected"]]
    assert sum(len(r["expected"].split(";")) for r in figures) >= min_figures
    assert len(rows) - len(figures) >= len(rows) / 3


@pytest.mark.parametrize("path", [*_EARLIER_SETS, REAL_UNREAD, REAL_UNREAD2, REAL_UNREAD3], ids=lambda p: p.name)
def test_saudinewsnet_sentences_are_in_their_articles(path, corpus_dir):
    corpus = read_saudinewsnet(corpus_dir)
    corpus["article_id"] = (corpus["file"].str.removesuffix(".zip") + "#"
                            + corpus.groupby("file").cumcount().astype(str))
    texts = corpus.set_index("article_id")["content"]
    for n, row in _read(path, FIGURE_COLUMNS + ("article_id",)):
        assert row["text"] in texts[row["article_id"]], f"{path.name}:{n}"


def test_dates_class9_file():
    columns = ("split", "rule", "published", "text", "surface", "date", "date_end")
    rows = _read(DATES, columns)
    items, item = [], None
    for line in DATES.read_text(encoding="utf-8").split("\n"):
        if line.startswith("# item:"):
            item = line.split(":", 1)[1].strip()
        elif line and not line.startswith("#") and not line.startswith("split\t"):
            items.append(item)
    assert Counter(items).keys() == set(DATE_ITEMS)
    assert min(Counter(items).values()) >= 15
    assert [r["split"] for _, r in rows] == ["heldout" if i % 5 == 4 else "dev" for i in range(len(rows))]
    for n, row in rows:
        date.fromisoformat(row["published"])
        assert row["surface"] in row["text"], f"{DATES.name}:{n}"
        assert bool(row["surface"]) == bool(row["date"]), f"{DATES.name}:{n}"
        if row["date"]:
            date.fromisoformat(row["date"])


@pytest.mark.parametrize("text, value", [("مقتل 4ر1 مليون", 1400000), ("1,200 قتيل", 1200),
                                         ("12 500 مدني", 12500), ("50 ألفا و570 جنديا", 50570),
                                         ("سبعة جنود", 7), ("جنديان", 2), ("٢٫٥ ألف", 2500),
                                         ("ثمانية عشر حوثيا", 18), ("وقتل مائتي ألف", 200000),
                                         ("توفي أربعة ملايين", 4000000), ("قتل «23» مليوناً", 23000000),
                                         ("مائة وثمانية واربعون جريحاً", 148), ("خمسة وعشرون", 25),
                                         ("بثلاثة آلاف وثمانمائة شخص", 3800), ("بربع مليون في السنة", 250000)])
def test_number_reading_of_the_file_checks(text, value):
    assert value in _values_in(text)
