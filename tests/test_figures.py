"""Figures: the seed article's table, attribution, merging, and the input contract."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import corpora
from helpers.figures import COLUMNS, extract_figures, summarize_figures

PROSECUTOR = "النيابة العامة الأذربيجانية"
ALIYEV = "إلهام علييف"   # the actor table's name: figures, claims and events share one resolver

# The issue's table, one row per mention in text order:
# value, category, qualifier, cumulative, status, subject, source, counted noun, number as written
ARTICLE_FIGURES = [
    (92, "killed", "exact", True, None, "المدنيين", PROSECUTOR, "القتلى", "92"),
    (404, "injured", "exact", True, None, "المدنيين", PROSECUTOR, "والمصابين", "404"),
    (92, "killed", "exact", True, None, None, PROSECUTOR, "القتلى", "92"),
    (2971, "homes", "exact", False, "destroyed", None, PROSECUTOR, "منزلا", "ألفين و971"),
    (100, "residential_buildings", "exact", False, "destroyed", None, PROSECUTOR, "مبنى سكني", "100"),
    (502, "government_buildings", "exact", False, "destroyed", None, PROSECUTOR, "مبنى حكومي", "502"),
    (4, "cities", "exact", True, "captured", None, "أذربيجان", "مدن", "أربع"),
    (3, "towns", "exact", True, "captured", None, "أذربيجان", "بلدات", "ثلاث"),
    (200, "villages", "about", True, "captured", None, "أذربيجان", "قرية", "200"),
    (7, "villages", "exact", False, "captured", None, ALIYEV, "قرى", "7"),
    (2, "villages", "exact", False, "liberated", None, ALIYEV, "قريتي", "قريتي"),
]
FIELDS = ("value", "category", "qualifier", "cumulative", "status", "subject", "source", "noun")


@pytest.fixture(scope="module")
def figures(article):
    return extract_figures(article.text, article.meta["published"])


def _none(value):
    return None if pd.isna(value) else value


def test_article_table_has_exactly_the_issues_rows(figures):
    got = [tuple(_none(row[f]) for f in FIELDS) for _, row in figures.iterrows()]
    want = [row[:len(FIELDS)] for row in ARTICLE_FIGURES]
    assert got == want, "\n".join(f"{'ok ' if g == w else 'BAD'} got {g}\n    want {w}"
                                  for g, w in zip(got, want)) + f"\n{len(got)} rows, want {len(want)}"


@pytest.mark.parametrize("i", range(len(ARTICLE_FIGURES)))
def test_each_article_figure_spans_its_number(figures, article, i):
    row = figures.iloc[i]
    assert article.text[row["start"]:row["end"]] == row["surface"]
    assert ARTICLE_FIGURES[i][-1] in row["surface"]
    assert row["in_body"]
    assert row["surface"] in row["sentence"]


def test_days_ordinals_and_one_more_death_are_not_figures(figures):
    assert not {25, 27, 28, 1} & set(figures["value"])
    assert not figures["surface"].str.contains("السابع|العاشرة|أحد").any()


def test_repeated_fact_is_merged_and_villages_break_down(figures, article):
    facts = summarize_figures(figures, article.text)
    killed = facts[facts["category"] == "killed"]
    assert killed[["value", "n_mentions", "source", "subject"]].values.tolist() == [[92, 2, PROSECUTOR, "المدنيين"]]
    assert len(facts) == len(ARTICLE_FIGURES) - 1
    seven = facts[(facts["category"] == "villages") & (facts["value"] == 7)].iloc[0]
    assert [value for value, _ in seven["parts"]] == [2, 2, 3]
    assert seven["parts"][0][1].startswith("قريتي ميراك") and "قره جاللي" in seven["parts"][2][1]
    assert seven["breakdown"] == "matches"
    assert facts["breakdown"].isna().sum() == len(facts) - 1


def test_corpus_summary_keeps_articles_apart(article):
    texts = [article.text, "قتل 5 أشخاص. وأصيب 7 آخرون.", article.text]
    facts = summarize_figures(extract_figures(texts), texts)
    assert facts.groupby("article").size().to_dict() == {0: len(ARTICLE_FIGURES) - 1, 1: 2, 2: len(ARTICLE_FIGURES) - 1}
    assert facts.loc[facts["breakdown"].notna(), "article"].tolist() == [0, 2]


def test_breakdown_without_text_uses_figures_only(figures):
    seven = summarize_figures(figures).query("category == 'villages' and value == 7").iloc[0]
    assert seven["parts"] == [(2, "قريتي")] and seven["breakdown"] == "short"


# Small articles for the rules the seed article does not exercise.
RULES = [
    ("وأعلنت وزارة الصحة مقتل 5 أشخاص. وأضافت الوزارة أن 7 آخرين أصيبوا.",
     [("killed", 5, "وزارة الصحة"), ("injured", 7, "وزارة الصحة")]),
    ("قتل 12 شخصا في انفجار، بحسب مصادر أمنية.", [("killed", 12, "مصادر أمنية")]),
    ("وقالت الشرطة إن 3 أشخاص قتلوا. وقالت إن 4 أصيبوا بجروح.",
     [("killed", 3, "الشرطة"), ("injured", 4, "الشرطة")]),
    ("قتل 5 أشخاص في هجوم.", [("killed", 5, None)]),
    ("قتل 5 أشخاص، وفقا لوزارة الصحة اليمنية.", [("killed", 5, "وزارة الصحة اليمنية")]),
    ("وأصيب عشرة أشخاص بجروح، بحسب بيان لمكتب المحافظ.", [("injured", 10, "مكتب المحافظ")]),
    ("كشفت إحصائية للأمم المتحدة مقتل 365 طفلا.", [("killed", 365, "الأمم المتحدة")]),
    ("قتل 5 أشخاص، وفقا للجنة الدولية للصليب الأحمر. وقالت اللجنة إن 3 أصيبوا.",
     [("killed", 5, "اللجنة الدولية للصليب الأحمر"), ("injured", 3, "اللجنة الدولية للصليب الأحمر")]),
    ("وقال الرئيس الأميركي باراك أوباما أول أمس إن 6 أشخاص قتلوا.",
     [("killed", 6, "الرئيس الأميركي باراك أوباما")]),   # a titled person not in the actor table: title and name
    ("يذكر أن الجيش أعلن أنه قتل 7 مسلحين.", [("killed", 7, "الجيش")]),
    ("وكان المرصد قد ذكر أن 5 أشخاص قتلوا.", [("killed", 5, "المرصد")]),
    ("ونقلت وكالة رويترز عن مصادر طبية أن 9 أشخاص أصيبوا.", [("injured", 9, "مصادر طبية")]),
    ("أعلنت هيئة الإسعاف نقل 18 مصابا إلى المستشفى.", [("injured", 18, "هيئة الإسعاف")]),
    ("أعلنت بعثة الأمم المتحدة مقتل وإصابة 3440 عراقيا.", [("casualties", 3440, "بعثة الأمم المتحدة")]),
    ("دمرت الغارات 12 منزلا وتضررت 30 مدرسة.", [("homes", 12, None), ("schools", 30, None)]),
    ("دمر القصف 5 منازل و3 مخازن.", [("homes", 5, None)]),
    ("زار الوزير 5 قرى في المنطقة.", []),
    ("أصيب 240 شخصا بالحصبة، ويبلغ أصغرهم من العمر 3 أعوام.", []),
    # Cases of a disease are no injuries; deaths from it are deaths (issue 14's annotation guide).
    ("وبلغ عدد المصابين بكورونا 1059، توفي منهم 467 حالة.", [("killed", 467, None)]),
    ("أحصت وزارة الصحة 312 وفاة و1200 إصابة بفيروس كورونا.", [("killed", 312, "وزارة الصحة")]),
    # فقد is "went missing" only right before its count; before a verb it is ف + قد, and "lost" takes a thing
    ("وفقد 14 صيادا قبالة السواحل.", [("missing", 14, None)]),
    ("أما في المعبر فقد بلغ عدد العابرين 520 مسافرا.", []),
    ("وبحسب البلدية فقد تم توزيع 300 سلة غذائية.", []),
    ("وفقد المؤشر 3 بالمئة من قيمته.", []),
    ("وأحصى المرصد سقوط 46 قنبلة عنقودية و9 ألغام.", []),
    ("وقالت النقابة إن 120 عاملا فقدوا وظائفهم منذ إغلاق المصنع.", []),   # lost their jobs, not missing
    ("وفقد 900 منصب عمل في القطاع خلال عامين.", []),
]


@pytest.mark.parametrize("text,want", RULES, ids=[t[:30] for t, _ in RULES])
def test_rules_and_attribution(text, want):
    got = [(r.category, r.value, _none(r.source)) for r in extract_figures(text).itertuples()]
    assert got == want


def test_boilerplate_figures_are_marked_out_of_body():
    text = "سياسة\n\nانفجار في السوق\n\nقتل 3 أشخاص في انفجار.\n\nاقرأ أيضا: مقتل 5 أشخاص في حادث سير\n"
    got = extract_figures(text)[["value", "in_body"]].values.tolist()
    assert got == [[3, True], [5, False]]


def test_sequence_input_gives_one_table_with_article_first():
    texts = pd.Series(["قتل 5 أشخاص في هجوم.", "لا أرقام هنا", "أصيب 7 أشخاص في حادث."], index=[10, 20, 30])
    table = extract_figures(texts, [date(2015, 7, 1)] * 3)
    assert list(table.columns) == ["article", *COLUMNS]
    assert table[["article", "value"]].values.tolist() == [[10, 5], [30, 7]]
    assert extract_figures(list(texts))["article"].tolist() == [0, 2]
    with pytest.raises(ValueError):
        extract_figures(list(texts), [date(2015, 7, 1)])


@pytest.mark.parametrize("bad", [5, b"text", None, 3.5, {"a": 1}])
def test_non_str_input_is_a_type_error_naming_the_type(bad):
    with pytest.raises(TypeError, match=type(bad).__name__):
        extract_figures(bad)


def test_non_str_inside_a_list_is_a_type_error():
    with pytest.raises(TypeError, match="int"):
        extract_figures(["قتل 5 أشخاص", 7])


@pytest.mark.parametrize("text", ["", " ", "لا أرقام هنا.", "و" * 20000, "9" * 20000, "قتل " * 5000,
                                  "مقتل 5، " * 3000, "قتل\n" * 3000, "\u064b" * 1000])
def test_any_str_is_valid_and_tables_keep_their_columns(text):
    table = extract_figures(text)
    assert list(table.columns) == list(COLUMNS)
    assert all(text[r.start:r.end] == r.surface for r in table.itertuples())


def _corpus_sentences() -> list[str]:
    return [example["text"] for example in corpora.load("figures.tsv", ["text"])]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_corpus_sentences()), min_size=1, max_size=4),
       st.text(alphabet=st.sampled_from(list("قتلمصابجريحىة٠١٢٣0123456789 ،.\n\u064b\u0651ـ")), max_size=40))
def test_offsets_are_exact_on_any_text(sentences, noise):
    text = noise.join(sentences)
    for r in extract_figures(text).itertuples():
        assert text[r.start:r.end] == r.surface
        assert r.surface in r.sentence


def test_summarize_needs_a_figures_table():
    with pytest.raises(TypeError, match="str"):
        summarize_figures("قتل 5")


RUNNING_TOTALS = [
    ("توفي أحد المصابين متأثرا بجراحه ليصل عدد القتلى إلى 15 شخصا.", True),
    ("وتوفيت امرأة في المستشفى لتبلغ حصيلة الوفيات 23 حالة وفاة.", True),
    ("وبلغ مجمل عدد المصابين في الحادث 50 مصابا.", True),
    ("ليبلغ عدد الجرحى 57 جريحا بعد وصول مصابين جدد.", True),
    ("وسجلت الوزارة العدد التراكمي للوفيات 812 وفاة.", True),
    ("قتل 5 أشخاص في الهجوم على نقطة التفتيش.", False),
    ("أدى الانفجار إلى مقتل 167 شخصا من مجموع 226 كانوا على متن المنصة.", False),
    ("وأسفر التفجير الذي نظرت فيه المحكمة الكلية عن مقتل 26 شخصا.", False),
    ("وصل 40 جريحا إلى مستشفى المدينة مساء أمس.", False),
]


@pytest.mark.parametrize("text, cumulative", RUNNING_TOTALS)
def test_running_totals_are_marked_cumulative(text, cumulative):
    """A total that a new death or injury brings to (ليصل، لتبلغ) or that sums (مجمل، التراكمي)
    is a running total; a plain count, or a part of a total (من مجموع 226), is not."""
    table = extract_figures(text)
    assert list(table["category"]) and set(table["cumulative"]) == {cumulative}, table[["value", "category", "cumulative"]]


@pytest.mark.parametrize("sentence", [
    "كما تلقوا اتصالات المعزين على جوال ابن عم الشهيد 0506314341.",
    "وللتبرع لأسر الضحايا يمكن الاتصال على الرقم ٠١١٤٥٦٧٨٩٠.",
    "قتل 3 أشخاص في الحادث، وللاستفسار: 0126543210",
])
def test_a_number_that_opens_with_zero_is_a_telephone_number_not_a_count(sentence):
    figures = extract_figures(sentence)
    assert [v for v in figures["value"] if v > 100] == []
    assert figures["value"].tolist() == ([3] if sentence.startswith("قتل") else [])


@pytest.mark.parametrize("text, subject", [
    ("أوقع الهجوم 30 قتيلا على الأقل ونحو 100 جريح في المدينة.", [None, None]),   # على، في: prepositions, no subject
    ("قتل 5 جنود و30 قتيلا مدنيا.", ["جنود", "مدنيا"]),                            # a noun and an adjective still are
    ("وما زال 239 أسيرا لدى الحركة.", [None]),                                       # لدى, by whom they are held
])
def test_a_preposition_after_the_counted_noun_is_no_subject(text, subject):
    assert [_none(s) for s in extract_figures(text)["subject"]] == subject


LONG_LINE = "قتل 3 أشخاص في الغارة على البلدة " + "وذكرت التفاصيل أن السكان غادروا منازلهم " * 6 + "."
SPEECH_LINE = "قتل 3 أشخاص في الغارة على البلدة " + "وغادر السكان منازلهم إلى القرى المجاورة " * 6 + "."


@pytest.mark.parametrize("text, sources", [
    # a post's label on a line of its own says the news lines after it
    ("🏴‍☠️\nجيش العدو:\nإصابة 48 ضابطا وجنديا في معارك.\nمقتل 3 جنود.", ["جيش العدو", "جيش العدو"]),
    ("مكتب نتنياهو:\nهجوم يؤدي إلى إصابة ثلاثة جنود.", ["مكتب نتنياهو"]),
    ("وقال الجيش في بيان:\nإصابة 48 ضابطا وجنديا في معارك.", ["الجيش"]),
    ("جهاز مكافحة الإرهاب:\nيعلن استشهاد 3 مقاتلين وإصابة 4 آخرين.", ["جهاز مكافحة الإرهاب"] * 2),   # its verb
    ("جيش العدو:\nإصابة 4 جنود.\nالصحة اللبنانية:\nمقتل 7 في غارة.", ["جيش العدو", "الصحة اللبنانية"]),
    ("جيش العدو:\nإصابة 4 جنود.\nوقال مسعفون إن 7 قتلوا.", ["جيش العدو", "مسعفون"]),   # up to the next statement
    ("الصليب الأحمر:\nمقتل 12 في قصف.\n\nقتل 3 أشخاص في حادث.", ["الصليب الأحمر", None]),   # up to a blank line
    # … not a section's word, nor a clause that opens a list of its own, nor what a list is ordered by
    ("التعليق:\nقتل 5 أشخاص.", [None]),
    ("يا أبناء شعبنا:\nقتل 7 أشخاص في الانفجار.", [None]),   # whom a statement addresses
    ("وتحدث أحد التقارير عن العديد من المعلومات الهامة حول الطائرات، ومنها:\nقتل 300 شخص.", [None]),
    ("ووقعت العمليات وفق التواريخ الآتية:\nمقتل 3 في الجمعة الأولى.", [None]),
    # … and after the first line only a list of short lines, not an article's paragraphs
    ("ويقول الجيش:\n" + LONG_LINE + "\nوقتل 4 آخرون في غارة أخرى.", ["الجيش", None]),
    # … unless the first line addresses an audience: a speech, over its paragraphs
    ("الحرس الثوري:\nأيها الشعب الكريم؛\n" + SPEECH_LINE + "\nوقتل 4 آخرون في غارة أخرى.", ["الحرس الثوري"] * 2),
    # … and so does a label alone on its line, a post's header
    ("جيش العدو:\n" + SPEECH_LINE + "\nوقتل 4 آخرون في غارة أخرى.", ["جيش العدو"] * 2),
    # … past its own actor speaking again inside it, up to another's statement
    ("بيان صادر عن قيادة الجيش:\nتؤكد قيادة الجيش أن الاتهامات باطلة. وتؤكد قيادة الجيش أن العدو يواصل خروقاته.\n"
     + SPEECH_LINE + "\nوقال مسعفون إن 4 قتلوا.", ["قيادة الجيش", "مسعفون"]),
    ("بيان صادر عن الجيش:\nتؤكد قيادة الجيش أن الاتهامات باطلة.\n" + SPEECH_LINE, [None]),
    # a label's document gives its author (بيان صادر عن), an outlet or the media of a side the one quoted
    ("بيان صادر عن العلاقات الإعلامية في حزب الله:\nأدت الاعتداءات إلى سقوط 28 شهيدا.", ["العلاقات الإعلامية في حزب الله"]),
    ("إعلام العدو عن مسؤول عسكري:\nقتل أربعة من الجنود في الهجوم.", ["مسؤول عسكري"]),
    ("وسائل إعلام عبرية عن مصدر أمني: مقتل 3 جنود في غارة", ["مصدر أمني"]),
    # a header that names whom its source told, with or without its colon: the source, not the outlet told
    ("مصدر أمني لنايا\nارتفاع عدد الشهداء إلى 12 شهيدا.\nوإصابة 5 آخرين.", ["مصدر أمني", "مصدر أمني"]),
    ("🔻\nمصدر لنايا...\nمقتل 3 جنود في غارة.", ["مصدر"]),
    ("مصدر لنايا:\nمقتل 3 جنود في غارة.", ["مصدر"]),
    ("مقتل 3 جنود في غارة قرب المطار لنايا\nمقتل 5 آخرين.", [None, None]),   # no source before the ل-word
    # a label that opens its line says the rest of that line, not one in mid-line
    ("ترامب: كنا في فيتنام عشرين عاما. خسرنا هناك 200 ألف قتيل.", ["ترامب"]),
    ("وكتبوا باللغات الثلاث؛ العربية والعبرية: «لا للحرب». وقتل 3 منهم في القصف.", [None]),
])
def test_a_line_that_ends_with_a_colon_says_the_lines_after_it(text, sources):
    assert [_none(s) for s in extract_figures(text)["source"]] == sources
