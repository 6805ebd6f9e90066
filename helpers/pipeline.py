"""Run registered extractors over one text or a corpus, each text prepared once.

`extract_tables(names, texts, published)` makes one `Document` per text and asks it for the
layers `names`; an extractor that reads another's rows (claims read figures, dates, places
and actors) finds them already computed on the document. Each table is built once per call,
not once per article. `extract_context` runs every extractor registered for the context step.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from . import registry
from .document import Document
from .tables import check_text, data_files_checked_once, frame, published_for


def extract_tables(names: Iterable[str], texts: Any, published: Any = None, *,
                   gazetteer: str | Path | None = None, actors: str | Path | None = None) -> dict[str, pd.DataFrame]:
    """{name: table} for the registered extractors `names` over one text or a list/Series of texts.

    One text gives tables with the extractor's columns. A list, tuple or pandas Series gives one
    table per extractor with an `article` column first: the position in the list, or the Series
    index. `published` is a datetime.date, or one per text (None: unknown)."""
    extractors = [registry.get(name) for name in names]
    with data_files_checked_once():   # each data table's file date is looked at once per call
        return _tables(extractors, texts, published, {"gazetteer": gazetteer, "actors": actors})


def _tables(extractors: list[registry.Extractor], texts: Any, published: Any,
            options: dict[str, Any]) -> dict[str, pd.DataFrame]:
    if isinstance(texts, str):
        _learn_trigger_words(extractors, options)
        if published is not None and not isinstance(published, date):
            raise TypeError(f"published must be a datetime.date, got {type(published).__name__}")
        doc = Document(texts, published, **options)
        return {e.name: frame([row[:len(e.columns)] for row in doc.layer(e.name)], e.columns, e.exact)
                for e in extractors}
    if isinstance(texts, pd.Series):
        keys, values = list(texts.index), list(texts.array)
    elif isinstance(texts, Sequence) and not isinstance(texts, (bytes, bytearray)):
        keys, values = list(range(len(texts))), list(texts)
    else:
        raise TypeError(f"texts must be a str, a list of str or a pandas Series, got {type(texts).__name__}")
    days = published_for(published, len(values))
    if values:   # no texts: empty tables, without loading a lexicon
        _learn_trigger_words(extractors, options)
    rows: dict[str, list[tuple[Any, ...]]] = {e.name: [] for e in extractors}
    widths = [(e.name, len(e.columns)) for e in extractors]
    for key, text, day in zip(keys, values, days):
        doc = Document(check_text(text, f"texts[{key!r}]"), day, **options)
        for name, width in widths:
            rows[name].extend((key, *row[:width]) for row in doc.layer(name))
    return {e.name: frame(rows[e.name], ("article", *e.columns), e.exact) for e in extractors}


_LEARNED: set[tuple[Any, ...]] = set()


def _learn_trigger_words(extractors: list[registry.Extractor], options: dict[str, Any]) -> None:
    """Run the extractors once on an empty document, so that every word set they look up in
    the word index is known before the first real text is indexed: each text is then indexed
    in one pass, not once more for each extractor that brings a new word set."""
    key = (tuple(e.name for e in extractors), tuple(sorted(options.items(), key=lambda kv: kv[0])))
    if key not in _LEARNED:
        doc = Document("", **options)
        for e in extractors:
            doc.layer(e.name)
        _LEARNED.add(key)


def extract_table(name: str, texts: Any, published: Any = None, **options: Any) -> pd.DataFrame:
    """The table of one registered extractor (see extract_tables)."""
    return extract_tables([name], texts, published, **options)[name]


def extract_context(texts: Any, published: Any = None) -> dict[str, pd.DataFrame]:
    """Every context table (dates, places, actors, figures, claims, events, and any extractor
    registered since) of one text or a list/Series of texts, in one pass: each text is
    normalised and indexed once, and claims and events read the tables already found."""
    return extract_tables(registry.names(in_context=True), texts, published)
