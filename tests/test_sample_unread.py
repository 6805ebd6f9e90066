"""The SaudiNewsNet sampler's --unread-sentences: an earlier file leaves out what was read of it (its
sentences, the sentences holding its rows, the sentences quoted in a judged row's context), and the other
sentences of the same article stay drawable."""
from __future__ import annotations

import corpora

sampler = corpora.scorer("sample_figures_saudinewsnet")

ARTICLE = "2015-07-21#3"
ANNOTATED = "قتل 5 أشخاص في الهجوم."
JUDGED = "وأصيب 12 آخرون بجروح."
QUOTED = "وقالت الشرطة إن 3 جنود قتلوا في الاشتباك."
UNREAD = "وارتفعت حصيلة القتلى إلى 40 شخصا."


def _read(tmp_path):
    annotated = tmp_path / "set.tsv"
    annotated.write_text(f"# a set\nsplit\ttext\tarticle_id\nsealed\t{ANNOTATED}\t{ARTICLE}\n", encoding="utf-8")
    judged = tmp_path / "judged.tsv"
    judged.write_text(f"article_id\tstart\tsurface\tsentence\n{ARTICLE}\t100\t12\t…{QUOTED} وأضاف…\n",
                      encoding="utf-8")
    return sampler._Read([annotated, judged], fold=True)


def _key(sentence: str) -> str:
    return sampler._duplicate_key(sentence, True)


def test_what_was_read_is_left_out(tmp_path):
    read = _read(tmp_path)
    assert read.holds(ARTICLE, 0, 22, _key(ANNOTATED))
    assert read.holds(ARTICLE, 90, 112, _key(JUDGED))       # holds the judged row's offset, 100
    assert read.holds("2015-07-22#9", 0, 41, _key(QUOTED))  # quoted inside a judged row's context


def test_the_rest_of_the_article_is_drawable(tmp_path):
    read = _read(tmp_path)
    assert not read.holds(ARTICLE, 112, 146, _key(UNREAD))
    assert not read.holds(ARTICLE, 0, 99, _key(JUDGED))   # the offset is past it
