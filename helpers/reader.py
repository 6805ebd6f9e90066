"""The reader report of one article: a page with no code, for sharing.

`write_reader_report(article, folder)` writes `folder/index.html` and the charts beside it
(PNG and SVG). Every piece of the article and its metadata is escaped; the page runs no script
and links only to http(s) addresses and to the walkthrough notebooks beside it.
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

import pandas as pd

# The extractors through the package's public names, wherever their modules live.
from . import (extract_actors, extract_claims, extract_dates, extract_figures, extract_places, load_article,
               summarize_figures)
from .charts import arabic_label, figure_charts
from .display import highlight, isolate, readable, show_table

WALKTHROUGH = "01_article_to_chart.html"
STYLE = """
body { font-family: "Noto Naskh Arabic", "Amiri", "Noto Sans Arabic", "DejaVu Sans", sans-serif;
       max-width: 64rem; margin: 2rem auto; padding: 0 1rem; color: #1f2937; line-height: 1.6; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #e5e7eb; }
table.facts { border-collapse: collapse; } table.facts th, table.facts td { border-bottom: 1px solid #e5e7eb; }
.banner { background: #fef3c7; border: 1px solid #f59e0b; padding: 0.5rem 1rem; }
.empty { color: #6b7280; font-style: italic; }
.article { border: 1px solid #e5e7eb; padding: 1rem; }
img { max-width: 100%; }
"""


def _safe_link(url: object) -> str:
    """A link for an http(s) address; any other value as plain text."""
    if not isinstance(url, str):
        return isolate(readable(url))
    if url.lower().startswith(("http://", "https://")):
        return f'<a href="{html.escape(url, quote=True)}" dir="ltr">{html.escape(url)}</a>'
    return html.escape(url)


def _meta_rows(meta: dict) -> pd.DataFrame:
    rows = []
    for key in ("title", "headline", "outlet", "author", "published", "language", "url", "licence", "attribution"):
        value = meta.get(key)
        if isinstance(value, dict):
            value = value.get("name_en") or value.get("name")
        if value is not None:
            rows.append((key, value))
    return pd.DataFrame(rows, columns=["field", "value"])


def _count(n: int, what: str) -> str:
    """'1 actor', '12 actors'."""
    return f"{n} {what}" + ("" if n == 1 else "s")


def _empty(what: str) -> str:
    return f'<p class="empty">{html.escape(what)}</p>'


def _category(category: str, status: object) -> str:
    try:
        return f"{arabic_label(category, status if isinstance(status, str) else None)} ({category})"
    except KeyError:
        return category


def _figure_section(facts: pd.DataFrame, published, folder: Path) -> str:
    if facts.empty:
        return _empty("No casualty or damage figures were found in this article.")
    table = facts.assign(category=[_category(c, s) for c, s in zip(facts["category"], facts["status"])])
    parts = [str(show_table(table[["category", "value", "qualifier", "status", "cumulative", "source",
                                   "n_mentions", "surfaces", "breakdown"]]
                             .rename(columns={"n_mentions": "mentions", "surfaces": "as written"})))]
    for chart in figure_charts(facts, published, folder / "figures"):
        png, svg = (p.name for p in chart["paths"])
        # the merge notes are drawn under the chart's axis already; not repeated here
        parts.append(f'<figure><img src="{png}" alt="chart of the {chart["name"]} figures">'
                     f'<figcaption><a href="{svg}">SVG</a></figcaption></figure>')
    return "".join(parts)


def _marked_article(text: str, figures: pd.DataFrame, dates: pd.DataFrame, places: pd.DataFrame) -> str:
    spans = pd.concat([
        figures.assign(label=[f"{v:g} {c}" for v, c in zip(figures["value"], figures["category"])]),
        dates.assign(label=[readable(d) if r else "date?" for d, r in zip(dates["date"], dates["resolved"])]),
        places.assign(label="place"),
    ])[["start", "end", "surface", "label"]]
    try:
        return str(highlight(text, spans.reset_index(drop=True), label="label"))
    except ValueError as err:  # crossing spans: show the figures alone, and say why
        return (f'<p class="empty">{html.escape(str(err))}; only the figures are marked.</p>'
                + str(highlight(text, spans.iloc[:len(figures)].reset_index(drop=True), label="label")))


def reader_report(article_path: Path, folder: Path, encoding: str | None = None) -> str:
    """The HTML of the reader report of the article at `article_path`, read as `encoding` (None:
    UTF-8); charts are written into `folder`."""
    article = load_article(article_path, encoding)
    text, published = article.text, article.published
    figures = extract_figures(text, published)
    facts = summarize_figures(figures, text)
    dates = extract_dates(text, published)
    places = extract_places(text)
    actors = extract_actors(text)
    claims = extract_claims(text, published)
    title = next((article.meta[k] for k in ("title", "headline") if isinstance(article.meta.get(k), str)),
                 Path(article_path).stem)
    meta = _meta_rows(article.meta)
    out = [f'<h1 dir="auto">{isolate(title)}</h1>'] + ([str(show_table(meta))] if len(meta) else [])
    out += [f'<p class="banner">{html.escape(note)}</p>' for note in article.notes]
    counts = ", ".join(_count(n, what) for n, what in (
        (len(facts), "figure"), (len(dates), "date expression"), (places["name"].nunique(), "place"),
        (actors["name"].nunique(), "actor"), (len(claims), "claim")))
    out.append(f"<p>{counts}. "
               f'Method: rules over word lists kept as data, every item with its offsets into the text; '
               f'see <a href="{WALKTHROUGH}">the walkthrough</a> (01–04, with code) for each step.</p>')
    out.append("<h2>Figures</h2>" + _figure_section(facts, published, folder))
    out.append('<h2>The article</h2><div class="article">' + _marked_article(text, figures, dates, places) + "</div>")
    out.append("<h2>Dates</h2>" + (str(show_table(dates[["surface", "date", "date_end", "relation", "resolved",
                                                          "reason", "in_body"]])) if len(dates)
                                   else _empty("No date expressions were found.")))
    if len(places):
        grouped = (places.groupby(["name", "kind", "parent"], as_index=False, dropna=False)
                   .agg(mentions=("start", "size"), lat=("lat", "first"), lon=("lon", "first"),
                        in_body=("in_body", "any")))
        out.append("<h2>Places</h2>" + str(show_table(grouped)))
    else:
        out.append("<h2>Places</h2>" + _empty("No places were found."))
    if len(actors):
        grouped = (actors.groupby(["side", "name", "kind", "role"], as_index=False, dropna=False)
                   .agg(mentions=("start", "size"), written_as=("surface", lambda s: " | ".join(dict.fromkeys(s)))))
        out.append("<h2>Actors</h2>" + str(show_table(grouped)))
    else:
        out.append("<h2>Actors</h2>" + _empty("No actors were found."))
    if len(claims):
        out.append("<h2>Claims</h2>" + str(show_table(
            claims[["actor", "side", "verb", "date", "clause", "figures"]],
            formatters={"figures": lambda fs: "; ".join(f"{readable(v)} {c}" for v, c, *_ in fs)})))
    else:
        out.append("<h2>Claims</h2>" + _empty("No reported statements were found."))
    return ("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src 'self' data:; "
            "style-src 'unsafe-inline'\">"
            f"<title>{html.escape(str(title))}</title><style>{STYLE}</style></head>\n<body>\n"
            + "\n".join(out) + "\n</body></html>\n")


def write_reader_report(article_path: Path, folder: Path, encoding: str | None = None) -> Path:
    """Write `folder/index.html` (and its charts); return its path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "index.html"
    target.write_text(reader_report(Path(article_path), folder, encoding), encoding="utf-8")
    return target


if __name__ == "__main__":  # python -m helpers.reader ARTICLE FOLDER [ENCODING]
    write_reader_report(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else None)
