"""The issue-14 scores of extract_figures, asserted where they stand (tight, so that a
regression fails): killed and injured precision and recall on the written corpus (dev and
held-out) and on the annotated SaudiNewsNet sentences, and the share of found figures whose
source is right in full form. The scorer is tests/benchmarks/score_figures.py; the real sets
are read inside their whole articles and skip without the corpus. The fresh sets (written and
drawn after the others were tuned on), the unseen sets (written and drawn while the fresh sets
were tuned on), the blind sets (written and drawn while the unseen sets were tuned on), the
sealed sets (drawn while the blind sets, then the first and second sealed sets, were tuned on) and the
unread sets (the sentences no set or judged sample had read, drawn after that) are scored apart, and
each row of their real sets is a test too, its known failures (by line, with their reason) in
tests/corpus/<file>_known_failures.json.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import corpora

pytestmark = pytest.mark.corpus
score_figures = corpora.scorer("score_figures")

# split -> (precision, recall, exact sources over the figures found), as measured; class 10
# (number formats) is in the written rows and scored with them.
FLOORS = {
    "dev": (0.999, 0.995, 0.998),
    "heldout": (0.999, 0.999, 0.999),
    "real": (0.990, 0.977, 0.958),
    # written and annotated before the last rounds of tuning (first scores: P 0.944 R 0.822 and
    # P 0.940 R 0.887), then tuned on, disclosed (from P 0.958 R 0.847 and P 0.942 R 0.915)
    "written fresh": (0.999, 0.999, 0.993),
    "real fresh": (0.985, 0.978, 0.985),
    # written and drawn while the fresh sets were tuned on (scored under the rules before that
    # tuning: P 0.948 R 0.881, sources 0.914; P 0.962 R 0.868, 0.795), then tuned on, disclosed
    # (killed/injured from P 0.983 R 0.924 and P 0.975 R 0.885, sources from 0.947 and 0.844)
    "written unseen": (0.999, 0.972, 0.988),
    # real unseen sources 0.970 -> 0.964 in round 43: its row 61 gives an accused attack's toll no
    # source, where sealed2 and every ANT set give it the accusers, as the rules now do
    "real unseen": (0.988, 0.982, 0.964),
    # written and drawn while the unseen sets were tuned on, annotated twice (first scored at
    # e1e55e9: P 0.995 R 0.956, sources 0.917; P 0.989 R 0.909, 0.860), then tuned on, disclosed
    "written blind": (0.995, 0.999, 0.964),
    "real blind": (0.999, 0.963, 0.973),
    # drawn while the blind sets were tuned on, annotated twice, first scored at 25b10b4
    # (P 0.953 R 0.916, sources 0.835), then tuned on, disclosed
    "real sealed": (0.987, 0.955, 0.906),
    # drawn while the sealed set was tuned on, annotated twice, first scored at 44a6ee1 (P 0.960 R 0.829,
    # sources 0.828), then tuned on in round 8 (figures and sources), disclosed
    "real sealed2": (0.987, 0.920, 0.925),
    # every untouched casualty sentence left in the corpus, drawn while sealed2 was tuned on, annotated
    # twice, scored once at 23f8223 (P 0.968 R 0.733, sources 0.835), then tuned on from round 9, disclosed
    # (sources exact 0.848 -> 0.846: executions carried out now found, one of them with its source's short form
    # دار الإفتاء, whose full form the attribution engine does not restore; no figure found before lost its source);
    # floors as measured after round 92
    "real sealed3": (0.980, 0.909, 0.906),
    # the sentences no set or judged sample had read, drawn after every sealed set was tuned on, annotated twice,
    # scored once at f5f390d (P 0.986 R 0.953, sources 0.879), then tuned on in round 93, disclosed
    "real unread": (0.991, 0.955, 0.881),
    # more of them, drawn before the first unread set was tuned on, annotated twice, scored at bfebdd5 (P 0.981
    # R 0.926, sources 0.885) and after round 93, which never read it (sources 0.888): never tuned on. Round 109 lost
    # the sources of two figures in one row (line 118: مقتل 22 …، في حين قتل سبعة وجرح 42, which the set gives the
    # medical sources that reported the 22): the rule that a reported verbal noun ends before a clause of its own is
    # what 8 annotated rows of AI, AM, AS, BB and CJ hold, and 2 (this one and one of M) do not
    "real unread2": (0.981, 0.925, 0.881),
    # more, drawn before the second unread set was tuned on, annotated twice, scored once at c4f0140 on round 93's
    # rules (P 0.986 R 0.936, sources 0.923): never tuned on
    "real unread3": (0.985, 0.936, 0.923),
}


def _check(split: str, got: tuple[float, float, float]) -> None:
    """`split` names the floors: a split, or a fresh file's."""
    problems = score_figures.below_floors(split, got, FLOORS[split])
    assert not problems, "; ".join(problems)


def test_written_corpus_scores():
    rows = score_figures.read_tsv(score_figures.WRITTEN)
    found, _ = score_figures.found_per_row(rows, None)
    scores = score_figures.scores_by_split(rows, found)
    _check("dev", scores["dev"])
    _check("heldout", scores["heldout"])


def test_saudinewsnet_sentences_scores(corpus_dir):
    rows = score_figures.read_tsv(score_figures.REAL)
    found, how = score_figures.found_per_row(rows, corpus_dir)
    assert how == "whole articles"
    _check("real", score_figures.scores_by_split(rows, found)["real"])


@pytest.mark.parametrize(("path", "floors"), [(score_figures.WRITTEN_FRESH, "written fresh"),
                                               (score_figures.WRITTEN_UNSEEN, "written unseen"),
                                               (score_figures.WRITTEN_BLIND, "written blind")],
                         ids=lambda p: getattr(p, "name", p))
def test_written_later_scores(path, floors):
    rows = score_figures.read_tsv(path)
    found, _ = score_figures.found_per_row(rows, None)
    (split,) = {r["split"] for r in rows}
    _check(floors, score_figures.scores_by_split(rows, found)[split])


REAL_LATER = {score_figures.REAL_FRESH.name: (score_figures.REAL_FRESH, "real fresh"),
              score_figures.REAL_UNSEEN.name: (score_figures.REAL_UNSEEN, "real unseen"),
              score_figures.REAL_BLIND.name: (score_figures.REAL_BLIND, "real blind"),
              score_figures.REAL_SEALED.name: (score_figures.REAL_SEALED, "real sealed"),
              score_figures.REAL_SEALED2.name: (score_figures.REAL_SEALED2, "real sealed2"),
              score_figures.REAL_SEALED3.name: (score_figures.REAL_SEALED3, "real sealed3"),
              score_figures.REAL_UNREAD.name: (score_figures.REAL_UNREAD, "real unread"),
              score_figures.REAL_UNREAD2.name: (score_figures.REAL_UNREAD2, "real unread2"),
              score_figures.REAL_UNREAD3.name: (score_figures.REAL_UNREAD3, "real unread3")}


@pytest.fixture(scope="module")
def real_later_found(corpus_dir) -> dict[str, dict[int, list]]:
    """Figures found in each row of the later real sets, by file and line, read inside whole articles."""
    out = {}
    for name, (path, _) in REAL_LATER.items():
        numbered = score_figures.numbered_rows(path)
        found, how = score_figures.found_per_row([r for _, r in numbered], corpus_dir, name)
        assert how == "whole articles"
        out[name] = {line: got for (line, _), got in zip(numbered, found)}
    return out


@pytest.mark.parametrize("name", REAL_LATER)
def test_saudinewsnet_later_scores(name, real_later_found):
    path, floors = REAL_LATER[name]
    numbered = score_figures.numbered_rows(path)
    (split,) = {r["split"] for _, r in numbered}
    found = [real_later_found[name][line] for line, _ in numbered]
    _check(floors, score_figures.scores_by_split([r for _, r in numbered], found)[split])


def _known(path: Path) -> dict[int, str]:
    return {int(k): v for k, v in json.loads(
        score_figures.known_failures_path(path).read_text(encoding="utf-8")).items()}


@pytest.mark.parametrize("example", [
    p for path, _ in REAL_LATER.values()
    for p in corpora.params(corpora.load(path.name, ["text", "expected", "source", "article_id"]), _known(path))])
def test_saudinewsnet_later_sentence(example, real_later_found):
    """Exactly the killed and injured figures of the sentence, each with its full-form source."""
    reason = score_figures.failure_reason(dict(example.fields), real_later_found[example.file][example.line])
    assert reason is None, reason


FIGURE_KNOWN_FAILURES = sorted(p for p in corpora.CORPUS_DIR.glob("*_known_failures.json")
                               if p.name != "events_known_failures.json")


@pytest.mark.parametrize("known_path", FIGURE_KNOWN_FAILURES, ids=lambda p: p.name)
def test_known_failure_reasons_belong_to_their_rows(known_path):
    """Each known failure's reason is its row's (its rule, what the row wants): a line added to a
    corpus header shifts every key onto another row, which the row tests see only with the corpus."""
    corpus = known_path.with_name(known_path.name.replace("_known_failures.json", ".tsv"))
    rows = dict(score_figures.numbered_rows(corpus))
    misfits = [f"line {line}: {misfit}" for line, reason in _known(corpus).items()
               if line in rows and (misfit := score_figures.reason_misfit(rows[line], reason))]
    assert not misfits, f"{corpus.name}: " + "; ".join(misfits[:5])


@pytest.mark.parametrize(("got", "want", "same"), [
    ("مصدر محلي في محافظة نينوى", "مصدر محلي", True),            # where an anonymous source is: either way
    ("مصادر طبية", "مصادر طبية في المدينة", True),
    ("مصدر أمني مسؤول بالجهة", "مصدر أمني مسؤول", True),
    ("مصدر في الشرطة", "مصدر", False),                           # the body it belongs to is part of it
    ("مصادر طبية في مستشفى الثورة بصنعاء", "مصادر طبية", False),
    ("وزارة الصحة في غزة", "وزارة الصحة", False),                 # a named body, not an anonymous source
    ("تقارير", "", True),                                         # an unnamed report, or none
    (None, "التقارير الأولية", True),
    ("حصيلة رسمية", "", True),                                    # unnamed figures, or none
    ("الأرقام الرسمية", None, True),
    ("حصيلة للمرصد السوري", "", False),                          # figures whose author is named
    ("تقارير وكالة رويترز", "", False),                          # a report whose author is named
    ("مصادر محلية", "", False),                                   # an anonymous source is one
    ("حركة المقاومة الإسلامية (حماس)", "حركة المقاومة الإسلامية", True),
])
def test_sources_compared_as_one_actor(got, want, same):
    """The scorer takes a source as right when it names the wanted actor as the sets write it either way."""
    assert score_figures.same_source(got, want) is same
