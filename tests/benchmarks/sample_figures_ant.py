"""Draw an ANT set for tests/corpus/ant_figures.tsv: sentences per outlet, most with a number near a
death or injury word, the rest with a number and none, from articles no earlier set uses.

    python tests/benchmarks/sample_figures_ant.py --ant ANT --seed 2041 --earlier F1,F2,G1,G2,H,I,J,K OUT.tsv

Per outlet (Al Arabiya, BBC Arabic, CNN Arabic, France 24, Sky News Arabia, Jawhara FM, Ahdath.info, the
newspapers of 19 Arab countries, NP; BBC Arabic as crawled in 2017, BC; Al Jazeera's social-media posts, SM;
Goud.ma's Moroccan articles, MA) it draws
--per-outlet sentences (fewer where an outlet has fewer left), 70% of them near a casualty word (the
stems of sample_figures_saudinewsnet.py, the extra stems included, within eight words) and 30% with a
number and none; sentences of 30 to 500 characters on one line, from articles ant_figures.tsv does not
use (with --used-articles: from the sentences not yet annotated in articles they do use); a wire story
carried by several articles drawn once (letters and digits compared). OUT holds
stratum, article_id, start, end, sha1 and the sentence, for annotators; the annotations go into
ant_figures.tsv without the text.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sample_figures_saudinewsnet import (  # noqa: E402
    CASUALTY_SHARE, CASUALTY_STEMS, EXTRA_CASUALTY_STEMS, MAX_CHARS, MIN_CHARS, _casualty_pattern,
    _duplicate_key, _stratum)
from score_ant import (ANT_FIGURES, LATER_OUTLETS, NEWSPAPER_SECTIONS, OUTLETS, json_articles, later_articles,  # noqa: E402
                       load_article, newspaper_text, read_ant, social_posts, summarized_articles)

from helpers import sentences  # noqa: E402
from helpers.normalize import letters  # noqa: E402


def outlet_articles(ant: Path, prefix: str) -> list[str]:
    """The DOCNO of every article of one outlet, in a fixed order."""
    checkout, outlet = OUTLETS[prefix]
    root = ant / checkout / outlet
    if prefix in LATER_OUTLETS:
        return [f"{prefix}-{LATER_OUTLETS[prefix]}-{index}" for index in range(len(later_articles(ant, prefix)))]
    if root.suffix == ".json":
        return [f"{prefix}-{root.stem}-{index}" for index in range(len(json_articles(root)))]
    if prefix == "BC":   # the articles, not the section pages the crawler saved beside them (world.txt)
        return sorted(f"BC-{p.stem}" for p in root.glob("*-*.txt") if p.stem.rsplit("-", 1)[1].isdigit())
    if prefix == "SM":
        return [f"SM-{split}-{index}" for split in ("trn", "dev", "tst")
                for index in range(len(social_posts(root / f"sm_news_ar_{split}.csv")))]
    if prefix == "MA":
        return [f"MA-test-{index}" for index in range(len(summarized_articles(root)))]
    if prefix == "NP":
        return [f"NP-{section}-{p.stem}" for section, folder in NEWSPAPER_SECTIONS.items()
                for p in sorted((root / folder).glob("*.txt")) if not _garbled(newspaper_text(p))]
    return sorted(p.stem for p in root.rglob("*.txt") if p.name.startswith(prefix + "-"))


def _garbled(text: str) -> bool:
    """An article stored with its letters replaced by ? (22 of the newspapers' politics files)."""
    return text.count("?") > GARBLED_SHARE * len(text)


GARBLED_SHARE = 0.2


def draw(ant: Path, seed: int, per_outlet: int, splits: set[str] | None = None,
         used_articles_only: bool = False, outlets: list[str] | None = None) -> list[tuple[str, str, int, int, str]]:
    """(stratum, article_id, start, end, sentence) for the draw, outlet by outlet, leaving out the
    articles and sentences of the annotated rows (of `splits` only, when given). With
    `used_articles_only` it draws instead from the other sentences of the articles those rows use; from
    `outlets` only (DOCNO prefixes) when given."""
    earlier = [row for row in read_ant(ant, ANT_FIGURES)[0] if splits is None or row["split"] in splits]
    used_articles = {row["article_id"] for row in earlier}
    seen = {_duplicate_key(row["text"], True) for row in earlier}
    casualty_word = _casualty_pattern(CASUALTY_STEMS + EXTRA_CASUALTY_STEMS)
    rng = random.Random(seed)
    picked: list[tuple[str, str, int, int, str]] = []
    for prefix in outlets or OUTLETS:
        pools: dict[str, list[tuple[str, int, int, str]]] = {"casualty": [], "other": []}
        for docno in outlet_articles(ant, prefix):
            if (docno in used_articles) != used_articles_only:
                continue
            text = load_article(ant, docno)
            for start, end in sentences(text):
                sentence = text[start:end]
                key = _duplicate_key(sentence, True)
                if (not MIN_CHARS <= len(sentence) <= MAX_CHARS or "\n" in sentence
                        or " ".join(sentence.split()) != sentence.strip() or key in seen):
                    continue
                seen.add(key)
                stratum = _stratum(letters(sentence), casualty_word=casualty_word)   # Wikinews is vowelled
                if stratum:
                    pools[stratum].append((docno, start, end, sentence))
        n_casualty = round(per_outlet * CASUALTY_SHARE)
        print(f"{prefix}: casualty {len(pools['casualty'])}, other {len(pools['other'])}", file=sys.stderr)
        for stratum, n in (("casualty", n_casualty), ("other", per_outlet - n_casualty)):
            picked += [(stratum, *row) for row in rng.sample(pools[stratum], min(n, len(pools[stratum])))]
    return picked


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--ant", type=Path, required=True, help="the folder holding the checkouts (see score_ant.py)")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--per-outlet", type=int, default=100)
    parser.add_argument("--earlier", help="comma-separated splits to leave out (default: every split in the file); "
                                          "L was drawn with F1,F2,G1,G2,H,I,J,K")
    parser.add_argument("--used-articles", action="store_true",
                        help="draw from the sentences not yet annotated in articles the earlier sets use")
    parser.add_argument("--outlets", help="comma-separated DOCNO prefixes to draw from (default: every outlet)")
    args = parser.parse_args(argv)
    rows = draw(args.ant, args.seed, args.per_outlet, set(args.earlier.split(",")) if args.earlier else None,
                args.used_articles, args.outlets.split(",") if args.outlets else None)
    with args.out.open("w", encoding="utf-8") as f:  # single-spaced one-line sentences: no tab to escape
        f.write("stratum\tarticle_id\tstart\tend\tsha1\ttext\n")
        for stratum, docno, start, end, sentence in rows:
            sha1 = hashlib.sha1(sentence.encode("utf-8")).hexdigest()[:12]
            f.write(f"{stratum}\t{docno}\t{start}\t{end}\t{sha1}\t{sentence}\n")
    print(f"{len(rows)} sentences → {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
