"""The registered extractors: each gives the rows of one table for a prepared document.

An extractor is one function `records(doc) -> rows` registered under its table's name with the
table's columns (spaCy's registered components, Duckling's named rules). The pipeline
(helpers.pipeline) runs every registered extractor over a corpus; an extractor that needs
another's rows reads them with `doc.layer(name)`, computed once per document.

A row is a tuple (a NamedTuple in practice) whose first fields are the table's columns; fields
after those are for the extractors that read the layer (normalised offsets, say) and do not
reach the table.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .document import Document


@dataclass(frozen=True)
class Extractor:
    name: str
    columns: tuple[str, ...]
    records: Callable[[Document], Iterable[tuple[Any, ...]]]
    exact: tuple[str, ...] = ()    # columns whose Python values are kept (92 stays int beside None)
    in_context: bool = True        # run by extract_context


_EXTRACTORS: dict[str, Extractor] = {}


def register(name: str, columns: Iterable[str], *, exact: Iterable[str] = (), in_context: bool = True
             ) -> Callable[[Callable[[Document], Iterable[tuple[Any, ...]]]],
                           Callable[[Document], Iterable[tuple[Any, ...]]]]:
    """Decorator: register `records(doc)` as the extractor of table `name`. The same function
    defined again (a module reloaded, a notebook cell run twice) replaces itself; another
    function under a taken name is an error."""
    def add(records: Callable[[Document], Iterable[tuple[Any, ...]]]) -> Callable[[Document], Iterable[tuple[Any, ...]]]:
        known = _EXTRACTORS.get(name)
        if known is not None and (known.records.__module__, known.records.__qualname__) \
                != (records.__module__, records.__qualname__):
            raise ValueError(f"an extractor named {name!r} is already registered "
                             f"({known.records.__module__}.{known.records.__qualname__})")
        _EXTRACTORS[name] = Extractor(name, tuple(columns), records, tuple(exact), in_context)
        return records
    return add


def get(name: str) -> Extractor:
    """The extractor registered as `name`; a KeyError lists the registered names."""
    try:
        return _EXTRACTORS[name]
    except KeyError:
        raise KeyError(f"no extractor registered as {name!r}; registered: {', '.join(_EXTRACTORS)}") from None


def names(in_context: bool | None = None) -> list[str]:
    """Registered names in registration order (only those run by extract_context, if asked)."""
    return [n for n, e in _EXTRACTORS.items() if in_context is None or e.in_context == in_context]
