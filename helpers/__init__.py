"""Helpers that pull the facts out of Arabic news articles, with offsets into the text.

Every extractor is a pure function over text that returns a tidy pandas table whose rows
keep `start` and `end` into the original text (`text[start:end] == surface`).
"""
import importlib
from typing import Any

# The context extractors register in this order, which is the order of extract_context's tables.
from .dates import extract_dates
from .places import GazetteerError, extract_places, load_gazetteer
from .actors import ActorTableError, extract_actors, load_actors
from .figures import extract_figures, summarize_figures
from .claims import extract_claims
from .events import extract_events
from .article import Article, ArticleError, load_article
from .corpus import CorpusError, CorpusRun, extract_corpus, read_saudinewsnet, read_tables
from .display import highlight, show_rtl, show_table
from .document import Document
from .readers import Record, read_records
from .layout import segments, sentences
from .normalize import normalize
from .numbers import NumberMention, extract_numbers, find_numbers, parse_number
from .pipeline import extract_context, extract_tables
from .registry import register
from .textfile import TextFileError, read_text

__all__ = [
    "Article", "ArticleError", "load_article", "CorpusError", "read_saudinewsnet", "read_text", "TextFileError",
    "extract_corpus", "read_tables", "CorpusRun", "read_records", "Record",
    "segments", "sentences", "normalize", "highlight", "show_rtl", "show_table",
    "ar", "arabic_font", "rendering_agreement", "arabic_label", "arabic_name",
    "figure_bars", "chart_rows", "figure_charts", "save_chart",
    "parse_number", "extract_numbers", "find_numbers", "NumberMention",
    "extract_figures", "summarize_figures",
    "extract_dates", "extract_places", "load_gazetteer", "GazetteerError",
    "extract_actors", "extract_claims", "extract_events", "extract_context", "load_actors", "ActorTableError",
    "Document", "extract_tables", "register",
]

# Charts and label rendering import matplotlib (about 0.4 s): loaded on first use, so that the
# corpus command and its workers, which draw nothing, start without it.
_LAZY = {name: "charts" for name in ("arabic_label", "arabic_name", "chart_rows", "figure_bars",
                                     "figure_charts", "save_chart")}
_LAZY.update({name: "rendering" for name in ("ar", "arabic_font", "rendering_agreement")})


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    globals()[name] = value
    return value
