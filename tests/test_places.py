"""Places: the article's places pinned, cue-word discovery, gazetteer validation, properties."""
from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.places import COLUMNS, GAZETTEER, GazetteerError, extract_places, load_gazetteer

# name, kind, parent (as the text gives it for villages): issue 5, "The article".
ARTICLE_PLACES = [
    ("قره باغ", "region", "أذربيجان"),
    ("ترتر", "city", "أذربيجان"),
    ("بردة", "city", "أذربيجان"),
    ("جبرائيل", "city", "قره باغ"),
    ("زنغيلان", "city", "قره باغ"),
    ("قوبادلي", "city", "قره باغ"),
    ("ستيباناكيرت", "city", "قره باغ"),
    ("شوشا", "city", "قره باغ"),
    ("طوناشن", "village", "ترتر"),
    ("ميراك", "village", "جبرائيل"),
    ("قاودار", "village", "جبرائيل"),
    ("مشدي إسمايللي", "village", "زنغيلان"),
    ("شفي بيلي", "village", "زنغيلان"),
    ("باشارات", "village", "قوبادلي"),
    ("قره كيشيلر", "village", "قوبادلي"),
    ("قره جاللي", "village", "قوبادلي"),
    ("آغدره", "front", "قره باغ"),
    ("خوجافند", "front", "قره باغ"),
    ("أذربيجان", "country", ""),
    ("أرمينيا", "country", ""),
    ("الولايات المتحدة", "country", ""),
]
HEADER = "name,variants,name_en,kind,parent,lat,lon,cue_only,note\n"


@pytest.fixture(scope="module")
def places(article):
    return extract_places(article.text)


def test_article_places_in_body(places):
    body = places[places.in_body]
    found = {(r.name, r.kind, r.parent) for r in body.itertuples()}
    for expected in ARTICLE_PLACES:
        assert expected in found, expected
    assert body["in_gazetteer"].all()
    assert body[["lat", "lon"]].notna().all().all()


def test_article_finds_no_other_place(places):
    assert set(places.name) == {name for name, _, _ in ARTICLE_PLACES} | {"روسيا"}


def test_russia_only_in_read_also_line(article, places):
    russia = places[places.name == "روسيا"]
    assert len(russia) == 1 and not russia.iloc[0].in_body
    line_start = article.text.rfind("\n", 0, russia.iloc[0].start) + 1
    assert article.text[line_start:].startswith("اقرأ أيضا")


def test_caption_places_are_not_body(article, places):
    caption = article.text.index("الاشتباكات مستمرة")
    caption_end = article.text.index("\n", caption)
    inside = places[(places.start >= caption) & (places.end <= caption_end)]
    assert len(inside) == 3 and not inside.in_body.any()


def test_both_cities_of_a_dual(article, places):
    dual = article.text.index("مدينتي ستيباناكيرت وشوشا")
    names = list(places[(places.start > dual) & (places.start < dual + 30)].name)
    assert names == ["ستيباناكيرت", "شوشا"]


def test_offsets(article, places):
    assert all(article.text[r.start:r.end] == r.surface for r in places.itertuples())


# ---- discovery by cue words, without the gazetteer -------------------------------------------

@pytest.fixture()
def countries_only(tmp_path) -> Path:
    path = tmp_path / "gazetteer.csv"
    path.write_text(HEADER + "أذربيجان,,Azerbaijan,country,,40.14,47.58,no,\n", encoding="utf-8")
    return path


def test_discovery_with_parents_from_text(article, countries_only):
    df = extract_places(article.text, gazetteer=countries_only)
    found = df[~df.in_gazetteer]
    assert found[["lat", "lon"]].isna().all().all()
    rows = {(r.surface, r.kind, r.parent) for r in found.itertuples()}
    for village, parent in [("طوناشن", ""), ("ميراك", "جبرائيل"), ("قاودار", "جبرائيل"),
                            ("باشارات", "قوبادلي"), ("قره كيشيلر", "قوبادلي"), ("قره جاللي", "قوبادلي")]:
        assert (village, "village", parent) in rows
    for city in ("ترتر", "بردة", "جبرائيل", "زنغيلان", "قوبادلي", "ستيباناكيرت", "شوشا"):
        assert (city, "city", "") in rows
    assert ("قره باغ", "region", "") in rows
    assert {"آغدره", "خوجافند"} <= set(found[found.kind == "front"].surface)


@pytest.mark.parametrize("text, surface, kind", [
    ("قتل شخصان في قرية برقين غرب جنين", "برقين", "village"),
    ("اندلع حريق في محافظة الطائف أمس", "الطائف", "region"),
    ("سقطت قذائف على بلدة عين العرب السورية", "عين العرب", "town"),
    ("وقع الانفجار قرب مدينتي حلب وإدلب", "إدلب", "city"),
])
def test_cue_words_discover_places(text, surface, kind, countries_only):
    df = extract_places(text, gazetteer=countries_only)
    assert (surface, kind, False) in set(zip(df.surface, df.kind, df.in_gazetteer))


@pytest.mark.parametrize("text", [
    "حذر من تخريب بلده إن لم يرأسه",            # بلده: his country, not بلدة
    "وصلوا إلى مدينة كبيرة في الشمال",
    "تقع في منطقة سكنية قرب قرية صغيرة",
    "بلدة إيطالية صغيرة",
    "قصف استهدف قرية يسيطر عليها التنظيم",
])
def test_cue_words_without_a_name(text, countries_only):
    assert extract_places(text, gazetteer=countries_only).empty


@pytest.mark.parametrize("text, surface", [
    ("وشوشا", "شوشا"), ("لأرمينيا", "أرمينيا"), ("وبأذربيجان", "أذربيجان"),
    ("للولايات المتحدة", "للولايات المتحدة"), ("بقره باغ", "قره باغ"),
])
def test_attached_prefixes(text, surface):
    df = extract_places("قال إنه " + text + " اليوم")
    assert list(df.surface) == [surface]


def test_adjectives_are_not_places():
    assert extract_places("الحكومة الأذربيجانية والقوات الأرمينية").empty
    assert extract_places("أبلغت السلطات السعودية مصادر رسمية تركية وأخرى أرمينية").empty
    assert list(extract_places("عاد إلى السعودية وفي المملكة العربية السعودية").name) == ["السعودية"] * 2


def test_cue_only_names_need_a_cue():
    assert extract_places("قصيدة البردة وجبرائيل").empty
    assert list(extract_places("قصف مدينة بردة").name) == ["بردة"]


# ---- the gazetteer file ------------------------------------------------------------------------

def test_gazetteer_loads_and_covers_the_article():
    gazetteer = load_gazetteer()
    names = {p.name for key in gazetteer.by_key for p in gazetteer.places(key)}
    assert {name for name, _, _ in ARTICLE_PLACES} <= names
    assert GAZETTEER.name == "gazetteer.csv"


@pytest.mark.parametrize("row, message", [
    ("بلدة,,Town,hamlet,,1,2,no,\n", "line 2: field 'kind'"),
    ("بلدة,,Town,town,,north,2,no,\n", "line 2: field 'lat' is not a number"),
    ("بلدة,,Town,town,,95,2,no,\n", "line 2: field 'lat' out of range"),
    ("بلدة,,Town,town,,1,,no,\n", "line 2: give both lat and lon"),
    ("بلدة,,Town,town,نارنيا,1,2,no,\n", "line 2: parent 'نارنيا'"),
    (",,Town,town,,1,2,no,\n", "line 2: field 'name' is empty"),
    ("بلدة,,Town,town,,1,2\n", "line 2: wrong number of fields"),
    ("بلدة,,A,town,,1,2,no,\nقرية,بلدة,B,village,,1,2,no,\n", "line 3: spelling"),
])
def test_bad_gazetteer_rows_name_file_and_line(tmp_path, row, message):
    path = tmp_path / "gaz.csv"
    path.write_text(HEADER + row, encoding="utf-8")
    with pytest.raises(GazetteerError, match=message) as err:
        extract_places("نص", gazetteer=path)
    assert str(path) in str(err.value)


def test_missing_gazetteer_and_columns(tmp_path):
    with pytest.raises(GazetteerError, match="not found"):
        extract_places("نص", gazetteer=tmp_path / "none.csv")
    path = tmp_path / "gaz.csv"
    path.write_text("name,kind\nبلدة,town\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="line 1: missing column"):
        extract_places("نص", gazetteer=path)


# ---- input -------------------------------------------------------------------------------------

def test_sequence_form():
    df = extract_places(pd.Series(["في شوشا", "لا شيء", "في ترتر"], index=[10, 11, 12]))
    assert list(df.columns) == ["article", *COLUMNS]
    assert list(zip(df.article, df.name)) == [(10, "شوشا"), (12, "ترتر")]


@pytest.mark.parametrize("bad", [None, 7, 2.5])
def test_non_text_is_a_type_error(bad):
    with pytest.raises(TypeError, match=type(bad).__name__):
        extract_places(bad)


PIECES = st.sampled_from([
    " ", "\n", "،", "و", "ب", "ل", "ال", "قرية", "قرى", "مدينة", "مدينتي", "جبهتي", "محافظة", "التابعة",
    "لمدينة", "هي", "قره", "باغ", "شوشا", "بردة", "الولايات", "المتحدة", "للولايات", "\u064e", "\u0640",
    "اقرأ أيضا: ", "أذربيجان", "ية", "ي", "ه", "ة", "12", "«", "»", '"', "x",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_any_text_is_valid(text):
    df = extract_places(text)
    assert all(text[r.start:r.end] == r.surface for r in df.itertuples())
    assert set(df.kind) <= {"country", "region", "city", "town", "village", "front"}


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_unicode_is_valid(text):
    df = extract_places(text)
    assert all(text[r.start:r.end] == r.surface for r in df.itertuples())


# ---- issue 13: GeoNames in context, reasons, proclitics, coordinates ---------------------------

REASONS = {"cue", "list", "override", "known", "preposition", "dateline", "parent", "repeated"}


@pytest.mark.parametrize("text, expected", [
    ("اشتبكت القوات في حي الشجاعية شرق غزة", [("الشجاعية", "cue"), ("غزة", "preposition")]),
    ("ضربت الفيضانات ولايات سنار والجزيرة والنيل الأبيض", [("سنار", "cue"), ("الجزيرة", "list"), ("النيل الأبيض", "list")]),
    ("قال مسؤولون إن هجوما وقع بين غاو وتمبكتو", [("غاو", "preposition"), ("تمبكتو", "list")]),
    ("أعلنت محافظة كفر الشيخ تعليق الدراسة", [("كفر الشيخ", "cue")]),
    ("شهدت مدينة الإسماعيلية احتجاجات", [("الإسماعيلية", "cue")]),
    ("وصل الوفد إلى نواكشوط", [("نواكشوط", "preposition")]),
    ("الكاف : وفاة عون حماية مدنية في حادث", [("الكاف", "dateline")]),   # a title's place; الكاف needs context
    ("وقال: الكاف حرف", []),   # not at the title's start
    # countries by the names news use, where GeoNames' CLDR names differ (الكونغو - كينشاسا)
    ("تفشى الوباء في الكونغو الديمقراطية وتيمور الشرقية",
     [("الكونغو الديمقراطية", "preposition"), ("تيمور الشرقية", "override")]),
])
def test_reasons(text, expected):
    df = extract_places(text)
    assert list(zip(df.surface, df.reason)) == expected


@pytest.mark.parametrize("text", [
    "تدمر القذائف المنازل",          # the verb, not Palmyra
    "كان الوزير في اجتماع",          # the verb, not Cannes
    "طال القصف نحو 25 بلدة وقرية",     # cue words with no name
    "أصدر المكتب بيانا حول الحادث",
])
def test_ordinary_words_are_not_places(text):
    assert extract_places(text).empty


def test_proclitic_rule():
    """بروسيا is Prussia (a row of data/gazetteer.csv), unless روسيا is written bare in the text."""
    assert list(extract_places("كانت بروسيا محاطة بالأعداء").name) == ["بروسيا"]
    df = extract_places("زار الوزير روسيا ثم التقى المسؤولين بروسيا")
    assert list(df.name) == ["روسيا", "روسيا"] and list(df.surface) == ["روسيا", "روسيا"]
    assert list(extract_places("وقع الانفجار بالموصل").surface) == ["الموصل"]
    assert extract_places("اجتمعت اللجنة").empty          # لجنة is no ل + جنة


def test_coordinates_where_known_and_nan_where_not():
    df = extract_places("قصفت الطائرات حي الزيتون في بغداد وقرية برقين")
    known = df[df.in_gazetteer]
    assert set(df.reason) <= REASONS
    assert known[["lat", "lon"]].notna().all().all()
    unknown = df[~df.in_gazetteer]
    assert list(unknown.surface) == ["الزيتون"] and unknown[["lat", "lon"]].isna().all().all()
    assert list(df.country[df.surface == "بغداد"]) == ["العراق"]


def test_ambiguous_names_rank_by_country_in_context():
    """طرابلس is in Libya (1.3 M people) or in Lebanon (230,000): a country named in the text decides."""
    assert extract_places("اندلعت اشتباكات في طرابلس").country.iloc[0] == "ليبيا"
    assert extract_places("اندلعت اشتباكات في طرابلس شمال لبنان").country.iloc[0] == "لبنان"


@pytest.mark.parametrize("sentence, name", [
    ("قتل 30 شخصا في تفجير بمدينة سوروتش القريبة من الحدود السورية", "سوروتش"),
    ("وصلت المساعدات إلى بلدة كفر الشيخ النائية", "كفر الشيخ"),
    ("نزح الأهالي من قرية عين البيضاء الهادئة", "عين البيضاء"),
    ("سقطت قذيفة على بلدة مارون الحدودية", "مارون"),
])
def test_an_adjective_after_a_name_is_not_part_of_it(sentence, name):
    assert extract_places(sentence)["name"].tolist() == [name]


def test_an_edited_gazetteer_is_read_by_the_next_call_and_looked_at_once_per_call(tmp_path, monkeypatch):
    path = tmp_path / "gazetteer.csv"
    path.write_text(HEADER + "أذربيجان,,Azerbaijan,country,,40.14,47.58,no,\n", encoding="utf-8")
    texts = ["وصل الوفد إلى أذربيجان", "ثم إلى أرمينيا"]
    looked_at = []
    stat = Path.stat

    def counted(self, *args, **kwargs):
        if self == path:
            looked_at.append(self)
        return stat(self, *args, **kwargs)
    monkeypatch.setattr(Path, "stat", counted)
    assert extract_places(texts, gazetteer=path)["name"].tolist() == ["أذربيجان"]
    assert len(looked_at) == 2   # the check before reading any text, then once for all texts
    path.write_text(HEADER + "أرمينيا,,Armenia,country,,40.07,45.04,no,\n", encoding="utf-8")
    os.utime(path, (path.stat().st_mtime + 5,) * 2)   # a later date even on a coarse clock
    assert extract_places(texts, gazetteer=path)["name"].tolist() == ["أرمينيا"]
