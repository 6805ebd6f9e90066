"""Draw the SaudiNewsNet sentences of tests/corpus/figures_saudinewsnet.tsv (before annotation).

    python tests/benchmarks/sample_figures_saudinewsnet.py [CORPUS_DIR] > candidates.tsv

The fresh set (tests/corpus/figures_saudinewsnet_fresh.tsv) was drawn with another seed, leaving
out every article and sentence of the first set:

    python tests/benchmarks/sample_figures_saudinewsnet.py --seed 20262 --total 110 \
        --exclude tests/corpus/figures_saudinewsnet.tsv > candidates.tsv

The draw is independent of the extractor, so that recall measured on it is not biased toward
what the rules already find. Two strata of sentences (helpers.sentences, 30 to 500 characters,
only sentences with single spaces (they go into a TSV as written), duplicates across outlets
dropped; with --fold-duplicates, also copies that differ only in punctuation, diacritics or the
spelling of alef, yaa and taa marbuta, so that one wire story carried by three outlets is drawn
once):

- casualty: a number (digits, or a number word from NUMBER_WORDS) within WINDOW (--window) words of a
  death or injury word (CASUALTY_STEMS, and EXTRA_CASUALTY_STEMS with --extra-stems);
- other: a number and no death or injury word at all (for precision).

CASUALTY_SHARE of the sentences come from the first stratum. Both are drawn with
random.Random(seed) (default SEED) from the sentences in corpus order; with --exclude, articles
and sentences of an earlier set are not in the pools. With --unread-sentences, an --exclude file leaves out
only what was read of it, not its articles: its sentences (a `text` column), the sentences holding one of its
rows (an `article_id` and `start`), and the sentences inside a quoted `sentence` or `excerpt` (a judged row's
context), so that the other sentences of articles earlier sets drew from can be drawn. `article_id` is `<zip day>#<n>`: the
n-th article (from 0) of that day's ZIP in the order helpers.read_saudinewsnet gives.
Annotation (expected, rule, source, region, event) is then done by hand.

The pools are cut by helpers.sentences, so a change to the sentence splitter changes later draws:
a set's draw is reproduced at the commit that added it (`git log --diff-filter=A` on the set, or
the commit that added its later draw). The unseen set's first draw, for one, comes out again at
219a18b but not after the splitter learned a dot glued to the next word (be735f6).
"""
from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from pathlib import Path

from helpers import read_saudinewsnet, sentences

SEED = 20151
TOTAL = 330
CASUALTY_SHARE = 0.7
WINDOW = 8
MIN_CHARS, MAX_CHARS = 30, 500

CASUALTY_STEMS = (
    "قتل", "قتيل", "مقتل", "مصرع", "حتف", "وفاة", "وفيات", "توفي", "ضحايا", "ضحية", "جرحى",
    "جريح", "جرح", "إصابة", "اصابة", "أصيب", "اصيب", "مصاب", "استشهد", "شهيد", "شهداء", "جثث",
    "جثة", "بحياة", "أودى", "أودت", "لقي", "لقوا", "هلك", "غرق",
)
# with --extra-stems: death and injury words the stems above miss (a plural, a verb, an idiom), none
# drawn on before the third sealed set
EXTRA_CASUALTY_STEMS = (
    "إصابات", "اصابات", "مات", "أرواح", "ارواح", "موتى", "جثامين", "جثمان", "أعدم", "اعدم", "إعدام",
    "اعدام", "حرقا", "دهس", "فارق", "قضوا", "نحبه", "تفحم", "متفحم",
)
NUMBER_STEMS = ("واحد", "ثلاث", "أربع", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع", "عشر")
NUMBER_WORDS = ("اثنان", "اثنين", "اثنا", "اثني", "مئة", "مائة", "مئات", "ألف", "الف", "ألفا",
                "آلاف", "الاف", "مليون", "ملايين", "عشرات")
_NUMBER = re.compile(r"[0-9٠-٩]|^(?:[وفبل]|ال|وال)?(?:(?:" + "|".join(NUMBER_STEMS)
                     + r")(?:ة|ون|ين)?|" + "|".join(NUMBER_WORDS) + r")[،,.:؛]?$")


def _casualty_pattern(stems: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"^(?:[وفبل]|ال|وال|بال|لل|و?ب)?(?:" + "|".join(stems) + ")")


_CASUALTY = _casualty_pattern(CASUALTY_STEMS)


_NOT_LETTER_OR_DIGIT = re.compile(r"[\W_\u064b-\u0652\u0640]+")
_LETTER_VARIANTS = str.maketrans("أإآٱىة", "اااايه")


def _duplicate_key(sentence: str, fold: bool) -> str:
    """The key two copies of a sentence share: its words, or with fold its letters and digits only."""
    if not fold:
        return " ".join(sentence.split())
    return _NOT_LETTER_OR_DIGIT.sub("", sentence).translate(_LETTER_VARIANTS)


def _article_ids(corpus):
    return (corpus["file"].str.removesuffix(".zip") + "#"
            + corpus.groupby("file").cumcount().astype(str))


def _stratum(sentence: str, window: int = WINDOW, casualty_word: re.Pattern[str] = _CASUALTY) -> str | None:
    words = sentence.split()
    numbers = [i for i, w in enumerate(words) if _NUMBER.search(w)]
    casualty = [i for i, w in enumerate(words) if casualty_word.search(w)]
    if not numbers:
        return None
    if not casualty:
        return "other"
    if any(abs(i - j) <= window for i in numbers for j in casualty):
        return "casualty"
    return None


def _annotated_rows(path: Path) -> list[dict[str, str]]:
    """The rows of an annotated TSV (comment lines dropped); it must have an article_id column."""
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader((line for line in f if not line.startswith("#")),
                                   delimiter="\t", quoting=csv.QUOTE_NONE))
    if not rows or "article_id" not in rows[0]:
        raise ValueError(f"{path}: no article_id column")
    return rows


def annotated_article_ids(paths) -> set[str]:
    """The article ids of annotated TSVs, whose articles a new draw leaves out."""
    return {r["article_id"] for path in paths for r in _annotated_rows(path)}


def _earlier_set(path: Path, fold: bool) -> tuple[set[str], set[str]]:
    """(article ids, sentence keys) of an annotated set whose articles a new draw leaves out.

    A file without a `text` column (a hand-judged sample of extractor rows) leaves out its
    articles only.
    """
    rows = _annotated_rows(path)
    return {r["article_id"] for r in rows}, {_duplicate_key(r["text"], fold) for r in rows if "text" in r}


class _Read:
    """What was read of earlier files, sentence by sentence (--unread-sentences): their sentences,
    the offsets of their rows by article, and the quoted contexts (`sentence`, `excerpt`) of judged rows."""

    def __init__(self, paths: list[Path], fold: bool) -> None:
        self.keys: set[str] = set()
        self.offsets: dict[str, list[int]] = {}
        contexts: list[str] = []
        for path in paths:
            for row in _annotated_rows(path):
                if row.get("text"):
                    self.keys.add(_duplicate_key(row["text"], fold))
                if (row.get("start") or "").isdigit():
                    self.offsets.setdefault(row["article_id"], []).append(int(row["start"]))
                contexts += [_duplicate_key(row[c], fold) for c in ("sentence", "excerpt") if row.get(c)]
        self._contexts = "\n".join(contexts)

    def holds(self, article_id: str, start: int, end: int, key: str) -> bool:
        """Whether the sentence at start:end of the article, with duplicate key `key`, was read."""
        return key in self.keys or any(start <= o < end for o in self.offsets.get(article_id, ())) \
            or (len(key) >= _MIN_QUOTED and key in self._contexts)


_MIN_QUOTED = 20   # a key this long inside a judged row's context is that sentence, not a fragment


def draw(folder: Path, seed: int = SEED, total: int = TOTAL, exclude: list[Path] | None = None,
         fold_duplicates: bool = False, window: int = WINDOW,
         extra_stems: bool = False, unread_sentences: bool = False) -> list[tuple[str, str, str]]:
    """(stratum, article_id, sentence) for the sample, in corpus order."""
    corpus = read_saudinewsnet(folder)
    corpus["article_id"] = _article_ids(corpus)
    pools: dict[str, list[tuple[str, str]]] = {"casualty": [], "other": []}
    seen: set[str] = set()
    old_articles: set[str] = set()
    read = _Read(exclude or [], fold_duplicates) if unread_sentences else None
    for path in [] if unread_sentences else exclude or []:
        articles, old_sentences = _earlier_set(path, fold_duplicates)
        old_articles |= articles
        seen |= old_sentences
    casualty_word = _casualty_pattern(CASUALTY_STEMS + EXTRA_CASUALTY_STEMS) if extra_stems else _CASUALTY
    for article_id, text in zip(corpus["article_id"], corpus["content"]):
        if article_id in old_articles:
            continue
        for start, end in sentences(text):
            sentence = text[start:end]
            key = _duplicate_key(sentence, fold_duplicates)
            single_spaced = " ".join(sentence.split()) == sentence.strip()
            if not MIN_CHARS <= len(sentence) <= MAX_CHARS or not single_spaced or key in seen:
                continue
            seen.add(key)
            if read is not None and read.holds(article_id, start, end, key):
                continue
            stratum = _stratum(sentence, window, casualty_word)
            if stratum:
                pools[stratum].append((article_id, sentence))
    print(f"pools: casualty {len(pools['casualty'])}, other {len(pools['other'])}", file=sys.stderr)
    rng = random.Random(seed)
    n_casualty = round(total * CASUALTY_SHARE)
    picked = [("casualty", *row) for row in rng.sample(pools["casualty"], n_casualty)]
    picked += [("other", *row) for row in rng.sample(pools["other"], total - n_casualty)]
    return picked


def sample_parser(doc: str, exclude_help: str) -> argparse.ArgumentParser:
    """The arguments every SaudiNewsNet sampler takes: the corpus folder and --exclude files."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=Path(__file__).resolve().parents[3] / "shared"
                        / "corpora" / "saudinewsnet", help="SaudiNewsNet folder")
    parser.add_argument("--exclude", type=Path, action="append", default=[], help=exclude_help + " (repeatable)")
    return parser


def main(argv: list[str] | None = None) -> None:
    parser = sample_parser(__doc__, "an annotated set whose articles and sentences (if it has a text column) are left out")
    parser.add_argument("--seed", type=int, default=SEED, help=f"random seed (default {SEED}: the first set)")
    parser.add_argument("--total", type=int, default=TOTAL, help=f"sentences to draw (default {TOTAL})")
    parser.add_argument("--fold-duplicates", action="store_true",
                        help="also drop copies differing only in punctuation, diacritics or alef/yaa/taa spelling")
    parser.add_argument("--window", type=int, default=WINDOW,
                        help=f"words between a number and a death or injury word in the casualty stratum (default {WINDOW})")
    parser.add_argument("--extra-stems", action="store_true",
                        help="count EXTRA_CASUALTY_STEMS as death or injury words too")
    parser.add_argument("--unread-sentences", action="store_true",
                        help="leave out only the sentences the --exclude files read, not their articles")
    args = parser.parse_args(argv)
    print("stratum\tarticle_id\ttext")
    for stratum, article_id, sentence in draw(args.corpus, args.seed, args.total, args.exclude, args.fold_duplicates,
                                              args.window, args.extra_stems, args.unread_sentences):
        print(f"{stratum}\t{article_id}\t{sentence}")


if __name__ == "__main__":
    main()
