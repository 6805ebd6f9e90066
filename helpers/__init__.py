"""Helpers that pull the facts out of Arabic news articles, with offsets into the text.

Every extractor is a pure function over text that returns a tidy pandas table whose rows
keep `start` and `end` into the original text (`text[start:end] == surface`).
"""
# The context extractors register in this order, which is the order of extract_context's tables.
from .dates import extract_dates
from .places import GazetteerError, extract_places, load_gazetteer
from .actors import ActorTableError, extract_actors, load_actors
from .figures import extract_figures, summarize_figures
from .claims import extract_claims
from .events import extract_events
from .article import Article, ArticleError, load_article
from .charts import arabic_label, figure_bars
from .corpus import CorpusError, read_saudinewsnet
from .display import highlight
from .document import Document
from .layout import segments, sentences
from .normalize import normalize
from .numbers import NumberMention, extract_numbers, find_numbers, parse_number
from .pipeline import extract_context, extract_tables
from .registry import register
from .rendering import ar, arabic_font, rendering_agreement
from .textfile import TextFileError, read_text

__all__ = [
    "Article", "ArticleError", "load_article", "CorpusError", "read_saudinewsnet", "read_text", "TextFileError",
    "segments", "sentences", "normalize", "highlight",
    "ar", "arabic_font", "rendering_agreement", "arabic_label", "figure_bars",
    "parse_number", "extract_numbers", "find_numbers", "NumberMention",
    "extract_figures", "summarize_figures",
    "extract_dates", "extract_places", "load_gazetteer", "GazetteerError",
    "extract_actors", "extract_claims", "extract_events", "extract_context", "load_actors", "ActorTableError",
    "Document", "extract_tables", "register",
]
