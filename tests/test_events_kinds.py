"""Event types beyond the seed article's wording (issue 14, class 11): bombings, air strikes,
executions and attacks, each with the killed figure of its sentence as its fatalities."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import extract_events

CASES = [
    ("قتل 27 شخصا في تفجير انتحاري استهدف سوقا شعبية في بغداد.", "bombing", 27),
    ("وأسفر انفجار سيارة مفخخة قرب حاجز للشرطة عن مقتل 9 عناصر.", "bombing", 9),
    ("أعدم التنظيم 15 رهينة في ساحة البلدة.", "execution", 15),
    ("قتل 12 مدنيا في غارة جوية على قرية في ريف إدلب.", "strike on civilians", 12),
    ("قتل 4 مسلحين في غارات جوية شنها التحالف على مواقعهم.", "air strike", 4),
    ("قتل 6 أشخاص في هجوم مسلح على مسجد في المدينة.", "attack", 6),
    ("أطلقوا النار على رواد المقهى فقتلوا 3 أشخاص.", "attack", 3),
    ("اندلعت اشتباكات بين الجيش والمسلحين أسفرت عن مقتل 5 جنود.", "armed clash", 5),
]


@pytest.mark.parametrize("text,kind,fatalities", CASES, ids=[c[1] + str(c[2]) for c in CASES])
def test_event_type_and_fatalities(text, kind, fatalities):
    events = extract_events(text)
    assert events[["event_type", "fatalities"]].values.tolist() == [[kind, fatalities]]


def test_a_ceasefire_is_no_attack():
    events = extract_events("أعلنت الولايات المتحدة وقفا لإطلاق النار بين الطرفين اعتبارا من صباح الغد.")
    assert events.empty


def test_a_range_of_killed_counts_its_lower_bound():
    # a range has no single value (an article of SaudiNewsNet, 2015-08-11, raised TypeError here)
    events = extract_events("قتل ما بين 25 و30 شخصا في تفجير انتحاري استهدف سوقا في المدينة.")
    assert events[["event_type", "fatalities"]].values.tolist() == [["bombing", 25]]


def test_a_2015_bombing_article_gives_its_bombing():
    # the Suruç article opens with هجوما انتحاريا … اوقع 30 قتيلا; before the event words were
    # read in any wording it gave no event at all
    text = (Path(__file__).resolve().parents[1] / "data" / "article-2015-07-21-suruc-bombing.txt").read_text(encoding="utf-8")
    first = extract_events(text).iloc[0]
    assert (first.event_type, first.fatalities, first.place) == ("bombing", 30, "سوروتش")
