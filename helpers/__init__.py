"""Helpers that pull the facts out of Arabic news articles, with offsets into the text.

Every extractor is a pure function over text that returns a tidy pandas table whose rows
keep `start` and `end` into the original text (`text[start:end] == surface`).
"""
from .article import Article, ArticleError, load_article
from .display import highlight
from .layout import segments, sentences
from .normalize import normalize
from .rendering import ar, arabic_font, rendering_agreement

__all__ = [
    "Article", "ArticleError", "load_article",
    "segments", "sentences", "normalize", "highlight",
    "ar", "arabic_font", "rendering_agreement",
]
