"""One attribution engine: who reports each statement, and so each figure and event.

A statement opens at a reporting word of lexicons/reporting_verbs.csv (a verb: أعلنت، قال;
a participle: مؤكدة; an "according to": بحسب، وفقا ل) in a body sentence and runs to the
next one or the sentence end. Its actor, in order:
- `named_after`: an actor mention (helpers.actors) right after the word (أعلنت وزارة الدفاع);
- `anaphor`: الوزارة، النيابة، البيان after it: the last actor named with that role, or the
  previous speaker;
- `participle`: the sentence's previous speaker (…، مؤكدة أن), the subject of a verb it closes
  (وعلق الناطق باسم الجيش قائلا), else the last speaker;
- `named_before`: an actor at most three words before a verb (أن أذربيجان أعلنت);
- `phrase_before`: up to four words between a stop word (أن، يذكر أن) and a verb followed by
  أن (يذكر أن الجيش أعلن أنه، المرصد قد ذكر أن), or by a toll's event noun after a stop word or
  كان (وكانت الوزارة قد أعلنت مقتل 9، يذكر أن الوزارة كانت قد أعلنت الأحد مقتل 9), as written;
- `topic`: the phrase after أما that ف takes up (أما حزب العمال فتحدث عن، اما الصحيفة فقد قالت);
- `carried`: the previous statement's actor when the verb is followed by أن/إن, a weekday…;
- `headline`: the actor phrase before a colon that opens a sentence (الصليب الأحمر: مقتل 12);
- `phrase`: the noun phrase after the verb as written (قالت الشرطة، بحسب مصادر أمنية), up to
  a function word, a date word or a figure's cue word (أعلنت وزارة الصحة مقتل 5).
A document (بيان، إحصائية) names its author after ل: بيان لمكتب المحافظ is مكتب المحافظ.
نقل/نقلت report only as نقلت X عن Y (Y is the source); otherwise they mean "to carry"; صدر only as
صدر عن X; سجل only with a body that reports for its subject (not سجلت عدة حوادث).
A statement runs to the next one, or over a semicolon that cuts it; an "according to" set off
by commas before a statement's content (أعلنت الخلية، بحسب موقع المدى، مقتل 53) covers only
itself; a participle that closes a sentence (…، مشيرا إلى أن) reports the whole sentence; the
writer's own words after what is said (…، وذلك بعد مقتل 30؛ …، هذا فيما) end a statement, and words
about the speaker before it (قال الوزير الذي زار المدينة بعد مقتل 30 إن) are no part of it. A list
a statement opens with a colon (صرح المتحدث بأنه … . كما أسفرت الإجراءات عن النتائج التالية:) goes on
in its items (ثانيا: نتج عن الحادث استشهاد 15), each a `list_item` statement of the same actor. A
statement whose clause ends its line with a colon (a post's label, جيش العدو:، or وقال الجيش في بيان:)
says the line after it, and the lines after that while they are a list of short lines, up to a blank
line, the next such line or the next statement; a verb with no subject that opens the first of them is
the label's (`line_label`: جهاز مكافحة الإرهاب:⏎يعلن استشهاد 3).
A reporting verb inside the quotation that holds what a speaker says (قالت القيادة إن "… يؤكد …")
is the speaker's word, no statement; a clause of time before what is said (قائلا بعد يوم من مقتل
ستة … إن) is the writer's; after an agency that carried a speaker (…، وفق رويترز) the speaker goes on.

An actor found before its verb grows to the phrase that holds it (المتحدث الأمني بوزارة الداخلية
صرح, not وزارة الداخلية); an outlet or audience the speaker told (وأضاف لوكالة …، للصحفيين) is no
part of the actor. A figure in a فيما/بينما clause that an "according to" closes takes that source.

One name resolver gives every actor its name: the actor table's name for a known actor,
otherwise its fullest form among the actors named before it in the article (بايدن → جو بايدن;
المرصد → المرصد السوري لحقوق الإنسان, not a spokesman's phrase that holds it), spelled as the
article mostly spells it (one slip forgiven); a lone definite head or family name also from its
nearest earlier mention in any clause (الشرطة → الشرطة السويدية, المحرج → مدير الأمن العام الفريق
عثمان المحرج); هذا المصدر، هذه المقاومة point to the nearest earlier actor of that noun.
Claims (helpers.claims) are these statements; a figure's source (helpers.figures) is the actor
of the statement whose clause holds it, or of an "according to" or closing participle after it
in its sentence; an event's source is its sentence's first statement.
"""
from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from .actors import (ALI, DATE_WORDS, INCIDENTS, LEXICON, MANNER_WORDS, NAME_LINKS, ActorMention, name_key, original,
                     untagged)
from .dates import LEXICON as DATES_LEXICON
from .document import Document, previous_word
from .places import nationality_stems
from .vocabulary import read_lexicon
from .normalize import FORMATTING, letters, normalize_key
from .numbers import CHANGE_WORDS, CUES_BEFORE, DASHES, WORDS as NUMBER_WORDS, YEAR_CUES
from .registry import register
from .words import (ARTICLE_PROCLITICS, CLITIC_VERB, NOUN_PREFIXES, WORD_PREFIXES, alternation, is_nisba, verb_shaped,
                    with_prefixes, without_article)

# word -> role (verb, participle, according, according_l, title, anaphor, stop, auxiliary)
_REPORTING_ROWS = read_lexicon("reporting_verbs.csv")
# A word before a reporting verb that makes it no report (عدم ذكر اسمه، رفض الإفصاح، بعد إعلان): kept
# apart from ROLES, since such a word (من، بعد) has a role of its own there as well.
NOT_VERB_AFTER = frozenset(normalize_key(row["cue"]) for row in _REPORTING_ROWS if row["role"] == "not_verb_after")
# A rule or plan an "according to" may cite (وفقا للإجراءات المتبعة، طبقا للتعليمات): no author, no
# source; kept apart from ROLES, since these words stand in actors' names too (كلية القانون).
NOT_AUTHOR = frozenset(normalize_key(row["cue"]) for row in _REPORTING_ROWS if row["role"] == "not_author")
ROLES: dict[str, str] = {normalize_key(row["cue"]): row["role"] for row in _REPORTING_ROWS
                         if row["role"] not in ("not_verb_after", "not_author", "manner")}   # manner: MANNER_WORDS
# A reporting verb with the pronoun of what it reports (كشفه، يقوله، ذكرته) is a report only where an
# "according to" cites it (وفقا لما كشفه مصدر، بحسب ما يقوله مسؤولون): alone it is often no report (نعته).
# Not verbs that take a preposition or a second object (أشار إلى، اعتبره مهما، اتهمه بـ، حذره من).
_NOT_CITED = frozenset(normalize_key(w) for w in (
    "أشار", "أشارت", "يشير", "تشير", "اعتبر", "اعتبرت", "اتهم", "اتهمت", "يتهم", "تتهم", "حذر", "حذرت", "لفت",
    "لفتت", "نعى", "نعت", "ينعى", "تنعى", "نفى", "نفت", "اعترف", "اعترفت", "يعترف", "تعترف", "زعم", "زعمت", "تابع", "تابعت",
    "قدر", "قدرت", "أبان", "أبانت", "بين"))
ROLES.update({f"{w}ه": "cited_verb" for w, r in list(ROLES.items())
              if r in ("verb", "cited_verb") and not w.endswith(("ا", "و", "ه", "ى", "ي"))
              and w not in _NOT_CITED and f"{w}ه" not in ROLES})
# The roles that open a statement, and the kind of statement they open.
# An "issue" verb (أصدرت، نشر) opens one only when a document follows it (أصدرت الوزارة بيانا); a
# "noun_that" (إعلان) only when أن follows soon (بعد إعلان الجيش أنه).
OPENS = {"verb": "verb", "participle": "participle", "according": "according", "according_l": "according",
         "issue": "verb", "record": "verb", "issued_by": "verb", "verb_about": "verb",
         "verb_from": "verb", "document_verb": "according", "verb_that": "verb",
         "verb_documenting": "verb", "said_in": "verb", "admits": "verb", "opines": "verb",
         "cited_verb": "verb", "noun_that": "verb", "shows": "verb", "blames": "verb"}
# Roles of words that end (or are not) a subject phrase: a reporting word, an anaphor (تعبيره), a stop word.
_NOT_SUBJECT = frozenset({*OPENS, "anaphor", "stop"})
# Cue words of figures about people (قتلى، جرحى، أسرى) cannot follow في in an actor's phrase.
_PEOPLE_CUES = with_prefixes({normalize_key(row["cue"]).split()[0] for row in read_lexicon("figure_categories.csv")
                              if row["category"] in ("killed", "injured", "missing", "captured", "arrested", "displaced")},
                             (*NOUN_PREFIXES, *WORD_PREFIXES))
# Counted things that are also bodies which speak (مستشفى الشفاء، مدرسة …) or places in an actor's
# name (مستشفيات المدينة، مسؤول بمدينة خان يونس) may stand in an actor phrase.
_INSTITUTIONS = frozenset({"hospitals", "schools", "cities", "villages"})
_BODY_HEADS = frozenset(without_article(normalize_key(w)) for w in LEXICON["body_head"])   # الشرطة، شرطة عمان
# Hospitals count their dead and wounded themselves (سجلت المستشفيات الميدانية 23 قتيلا).
_HOSPITALS = frozenset(without_article(normalize_key(row["cue"])) for row in read_lexicon("figure_categories.csv")
                       if row["category"] == "hospitals")
# Cue words of no harm (إنقاذ): an official's service when one follows his noun (مسؤول إنقاذ، مسؤولو الإنقاذ)
_NO_HARM_CUES = with_prefixes({normalize_key(row["cue"]) for row in read_lexicon("figure_categories.csv")
                               if row["category"] == "none" and row["role"] == "event" and " " not in row["cue"].strip()},
                              ("", "ال"))
# The carrying out of death sentences (أكدت القيادة تنفيذ 40 حكما بالإعدام) is reported as a toll
# is, and is no actor.
_CARRYING_OUT = "تنفيذ"
# The words that link a toll to its number (بلغ، وصل، تجاوز): figure_categories.csv, role link.
_TOLL_LINKS = frozenset(normalize_key(row["cue"]) for row in read_lexicon("figure_categories.csv") if row["role"] == "link")
# The cue words of figures (مقتل، قتيلا، تدمير…) end an actor phrase too; not a link word that
# opens a cue phrase (إلى of إلى رحمة الله: والي ولاية بومرداس), nor the first word of a longer cue
# of death right before its number (القضاء of القضاء على: مجلس القضاء الأعلى); its one-word cues do
# (أكدت قناة "الجزيرة" التلفزيونية سقوط حوالي 10 قتلى). The nouns of captives, the detained and the missing
# do not: bodies are named after them (رابطة أمهات المختطفين، هيئة شؤون الأسرى).
_FIGURE_CUE_WORDS = {normalize_key(row["cue"]).split()[0] for row in read_lexicon("figure_categories.csv")
                     if (row["role"] in ("noun", "event", "post", "status", "cumulative")
                         or (row["role"] == "event_next" and " " not in row["cue"].strip()))
                     and row["category"] not in _INSTITUTIONS
                     and not (row["role"] == "noun" and row["category"] in ("captured", "arrested", "missing"))} \
    - _TOLL_LINKS | {_CARRYING_OUT}
# … but not "the occupation" written definite, which news of the occupied territories names as an actor (والاحتلال
# يعلن مقتل 5 عسكريين), while the capture of a place is construct (احتلال المدينة).
_FIGURE_CUES = with_prefixes(_FIGURE_CUE_WORDS, (*NOUN_PREFIXES, *WORD_PREFIXES)) \
    - {normalize_key(w) for w in ("الاحتلال", "والاحتلال")}

# The words of a toll (مقتل، شهداء، أصيبوا): whether what is said tells one.
_HARM_WORDS = with_prefixes({normalize_key(row["cue"]).split()[0] for row in read_lexicon("figure_categories.csv")
                             if row["category"] in ("killed", "injured") and row["role"] in ("noun", "event", "post")},
                            NOUN_PREFIXES)
# The event nouns of a toll (مقتل، وفاة، إصابة): after a verb, what its subject before it reports.
_TOLL_EVENTS = with_prefixes({normalize_key(row["cue"]) for row in read_lexicon("figure_categories.csv")
                              if row["category"] in ("killed", "injured") and row["role"] == "event"
                              and " " not in row["cue"]} | {_CARRYING_OUT}, NOUN_PREFIXES)

# Words after a reporting verb that make it an idiom, no report (كشف النقاب عن: unveiled).
_IDIOM_OBJECTS = frozenset(w for w, r in ROLES.items() if r == "idiom_object")
# The writer's own aside inside a statement's sentence (ويذكر أن، والجدير بالذكر أن): the statement ends there.
_ASIDE = re.compile(rf"(?<!\w)[وف]?(?:{alternation(w for w, r in ROLES.items() if r == 'aside')})(?!\w)")
# A sentence that goes on with the toll of the statement before it (ليرتفع عدد …، وارتفعت بذلك), or
# that opens with what brings the toll up and then says it rises (وبذلك، يصل عدد …; وبهذا الحادث ترتفع
# الخسائر، ومع هذا القصف الجديد ترتفع الحصيلة، وبمقتل الشابين يرتفع عدد القتلى).
_CONTINUATION = re.compile(rf"[«\"“]?(?:{alternation(w for w, r in ROLES.items() if r == 'continuation')})(?!\w)"
                           r"|و?(?:ب|مع)[^\S\n]*(?:ذلك|هذا|هذه|مقتل|وفاه|استشهاد)(?:[^\S\n]+[^\W\d_]+){0,4}"
                           r"[^\S\n]*[،,]?[^\S\n]*[يت](?:رتفع|صل|بلغ|رفع)(?!\w)")
_THAT_NARRATION = ("وذلك", "هذا")   # narration that points back at what was said (وذلك بعد، هذا فيما)
# The writer's own words after a statement's content (…، وذلك بعد مقتل 30؛ …، هذا فيما أسفرت غارة عن):
# the statement ends at the comma before them, or before their و with no comma (… بمدينة سورابايا وذلك بعد).
_NARRATION = re.compile(rf"(?:[،,][^\S\n]*|[^\S\n]+(?=و))"
                        rf"(?:{alternation(w for w, r in ROLES.items() if r == 'narration')})(?!\w)")
REPORT = re.compile(rf"{CLITIC_VERB}(?P<x>{alternation(w for w, r in ROLES.items() if r in OPENS)})(?!\w)")
# A sentence that opens with an ordinal (ثانيا: نتج عن الحادث …، - ثالثًا:) is an item of a list; a
# sentence that ends with a colon (… عن النتائج التالية:-) opens one.
_ORDINALS = alternation(w for w, r in ROLES.items() if r == "list_item")
_LIST_ITEM = re.compile(rf"[^\S\n]*[-–ـ]?[^\S\n]*(?P<x>{_ORDINALS})[^\S\n]*[:\-–]")
_LIST_OPENS = re.compile(rf":[\s\-–ـ]*(?:\Z|(?:{_ORDINALS})[^\S\n]*[:\-–])")   # …التالية:- or …التالية: - أولا:
# A sentence of a quoted list: و, or وفي and where (وفي محافظة حماة), then the quotation mark that opens the item
_QUOTED_ITEM = re.compile(r"[^\S\n]*(?:و|وفي(?:[^\S\n]+[^\s«»\"]+){1,3}[^\S\n]*)[«»]")
# A statement whose content opens, within a few words of its verb, with a quotation mark (في بيان انه «)
_QUOTED_CONTENT = re.compile(r"[^\S\n]*(?:[^\s«»\".،]+[^\S\n]*[،,]?[^\S\n]+){0,8}?«")
_LIST_REACH = 2   # sentences from a statement to the colon that opens its list, and from item to item
CONTENT_START = re.compile(r"(?<!\w)(?:[بل]?ان|انه|انها)(?!\w)|[:«\"“]")
_NEXT = re.compile(r"[^\S\n]*[،,]?[^\S\n]*(\S)")
_PHRASE = re.compile(r"[^\W\d_]{2,}(?:[^\S\n][^\W\d_]{2,}){0,3}")
_WORD_AT = re.compile(r"\w+|\S")
_ANAPHOR_AT = re.compile(rf"(?P<x>{alternation(LEXICON['anaphor'])})(?!\w)")
# نقلت X عن Y (عن طريق: by way of); not past what is said (نقلت الوكالة أن الغارات أسفرت عن مقتل)
_FROM = re.compile(r"(?:(?!(?<!\w)(?:ب?ان|انه|انها)(?!\w))[^\n]){0,60}?(?<!\w)عن[^\S\n]+(?!طريق(?!\w))")
# علم المرصد من مصادر موثوقة أن: "learned" reports only when from whom follows (علم: also a flag)
# نقلت الوكالة أنه: نقل reports with its subject, then what is said, within five words
_CARRIED_THAT = re.compile(r"[^\S\n]+[^\W\d_]+(?:[^\S\n]+[^\W\d_]+){0,4}?[^\S\n]+(?:ب?ان|انه|انها)(?!\w)")
# تمكن المرصد من توثيق مقتل: "managed" reports only when documenting, counting or recording a toll
# follows: a word of harm right after it, or a number within four words (not تمكن رجال الأمن من رصد مطلوب
# أمني قتل)
_DOCUMENTING = re.compile(r"[^\n]{1,80}?(?<!\w)(?:من|في)[^\S\n]+(?:%s)(?!\w)"
                          % alternation(normalize_key(w) for w in ("توثيق", "رصد", "إحصاء", "تسجيل")))
_DOCUMENTED_WORDS = 4
# تتهم، يتهم: "accuses" (its subject reports), or "is accused" when the charge (ب…) follows the subject
_ACCUSES = frozenset(normalize_key(w) for w in ("تتهم", "يتهم"))
_CONFESSES = frozenset(normalize_key(w) for w in (
    "اعترف", "اعترفت", "اعترفوا", "يعترف", "تعترف", "واعترف", "واعترفت", "واعترفوا", "ويعترف", "وتعترف"))
# The deed confessed after اعترف, also with its doer's pronoun (بقتلها); not بإصابة: their own men hurt, admitted
_DEED = re.compile(r"(?<!\w)ب(?:قتل|ذبح|اغتيال|طعن|دهس)(?:ه|ها|هم|هما|هن)?(?!\w)")
_ACCUSED_AFTER = frozenset(normalize_key(w) for w in ("اتهم", "اتهمت", "اتهموا", "واتهم", "واتهمت", "واتهموا"))
# ألقى، حمّل (threw, laid): an accusation only with the blame they lay within six words, past the
# accuser and the accused (ألقت الدول الغربية باللائمة على، حمّلت الرئاسة حماس مسؤولية التفجير); not
# مسؤوليته، مسؤوليتها (claimed)
_BLAME = re.compile(r"(?:[^\S\n]+[^\s.:؟!]+){0,6}?[^\S\n]+(?:%s)(?!\w)"
                    % alternation(normalize_key(w) for w in ("باللائمة", "باللوم", "مسؤولية")))
_COMMA = re.compile(r"[،,]")
_NON_SPACE = re.compile(r"\S+")
# حمّل X مسؤولية …, no one named after the charge with لـ: X is the one blamed (وحملت ميليشيا الحوثي
# مسؤولية مقتل 370), the blamer named before; not وحملت الشرطة مسؤولية الحادث للسائق
_BLAMED_NEXT = re.compile(r"[^\S\n]+%s(?!(?:[^\S\n]+[^\W\d_]+){0,2}[^\S\n]+ل)" % normalize_key("مسؤولية"))
_CHARGE_NEXT = re.compile(r"[^\S\n]*[«\"“]?ب(?:[^\W\d_]{2,}|[^\S\n]*[«\"“])")   # بقتل، بـ "وضع العصي"
_LEARNED_FROM = re.compile(r"[^\n]{1,60}?(?<!\w)من[^\S\n]+(?:%s)"
                           % alternation(normalize_key(w) for w in ("مصادر", "مصدر", "مسؤول")))
# أقر (admitted, also "approved") reports only with what it admits after ب within six words (أقر الجيش بأنه، بمقتل)
_ADMITS_TO = re.compile(r"(?:[^\S\n]+[^\W\d_]+){0,5}?[^\S\n]+ب(?:ان|انه|انها|[^\W\d_]{3,})(?!\w)")
# رأى (saw, also "held"): reports only opening a clause, its subject then a quotation, a colon or أن within
# six words (ورأى نصرالله "…"، ورأت الوزارة أن)
_OPINION = re.compile(r"(?:[^\S\n]+[^\W\d_]+){1,6}?[^\S\n]*(?:[،,][^\S\n]*)?(?:[«\"“:]|(?:ب?ان|انه|انها)(?!\w))")
_IN_AT = re.compile(r"[^\S\n]+في[^\S\n]+")   # جاء في


def _confesses_deed(t: str, at: int, end: int) -> bool:
    """What is confessed after اعترف is the deed itself (بقتل ستة مصلين), before any أن: no report."""
    deed = _DEED.search(t, at, min(end, at + 120))
    said = CONTENT_START.search(t, at, min(end, at + 120))
    return deed is not None and (said is None or deed.start() < said.start())


def _documents_toll(t: str, at: int, end: int) -> bool:
    """تمكن … من توثيق/رصد/إحصاء/تسجيل and a word of harm (توثيق مقتل) or, within a few words, a number."""
    m = _DOCUMENTING.match(t, at, end)
    if m is None:
        return False
    words = t[m.end():end].split(maxsplit=_DOCUMENTED_WORDS)[:_DOCUMENTED_WORDS]
    return bool(words) and (words[0] in _FIGURE_CUES or any(c.isdigit() for w in words for c in w))


def _said_in(t: str, at: int, end: int) -> bool:
    """جاء (came, also "was said") reports only as جاء في + a document (وجاء في البيان، جاء في تقرير
    للأمم المتحدة), not جاء في وقت، جاء في المرتبة."""
    where = _IN_AT.match(t, at, end)
    word = _WORD_AT.match(t, where.end(), end) if where is not None else None
    return word is not None and (_document_word(word.group()) or _is_document(word.group()) or (
        word.group() in _MEDIA and _THAT_SOON.match(t, word.end(), end) is not None)) \
        and bare(word.group()) not in _NOT_SAID_IN   # جاء في وكالة الأنباء أن: what the outlet carried


# في المقابل، في السياق، في الأثناء، في الوقت نفسه: how the writer links a sentence to the one before
_LINKING_PHRASES = frozenset(normalize_key(w) for w in ("المقابل", "السياق", "الأثناء", "الوقت", "غضون", "حين"))
_NOT_SAID_IN = frozenset(without_article(normalize_key(w)) for w in ("وقت", "سياق", "إطار", "حين", "أعقاب", "ختام", "رد"))
_BY = re.compile(r"[^\S\n]+عن[^\S\n]+")   # صدر عن X: X issued it
# وبين المتحدث أن، وأبان الجهني، أن: "showed" reports only opening a clause with its content (أن) soon
# after (بين, ابان: also "between", "during")
# … or a quotation opened after a colon, no comma between (وكتب نجيب دانيش على موقع فيسبوك: "…")
_THAT_SOON = re.compile(r"[^\n.\d]{1,160}?(?<!\w)(?:ب?ان|انه|انها)(?!\w)|[^\n.\d،,]{1,80}?:[^\S\n]*[«\"“]")
# تحدثت وكالة الأناضول عن مقتل: "spoke of" reports only with عن (تحدث أثناء الحمل: it occurs)
_ABOUT = re.compile(r"[^\n]{0,80}?(?<!\w)عن[^\S\n]+(?!طريق(?!\w))")
_AFTER_ACCORDING = re.compile(r"(?:(?:عن|لما)[^\S\n]+|ل(?!ل))?")  # بحسب ما، وفقا ل، نقلا عن
_AFTER_ACCORDING_NO_L = re.compile(r"(?:(?:عن|لما)[^\S\n]+)?")
_WORD = re.compile(r"[\u0621-\u064a][\u0621-\u064a]*")
# What an "according to" ends with before a verb it cites (بحسب ما، وفقا لما، حسبما، كما، على ما).
_ALSO_PREPOSITIONS = frozenset(normalize_key(w) for w in ("بين", "أبان"))   # between, during: verbs only before أن
_CITED_AFTER = re.compile(r"(?:(?<!\w)و?(?:ب?حسب|وفقا?|طبقا|تبعا|عل[يى])[^\S\n]+ل?ما|(?<!\w)و?(?:ب?حسبما|كما|مثلما))"
                          r"[^\S\n]+(?:[وف])?\Z")
_FROM_HIM = frozenset(normalize_key(w) for w in ("عنه", "عنها", "عنهم", "عنهما"))   # نقلت عنه: quoting one named before
_THEN_VERB = re.compile(r"[^\S\n]*(?:ل?ما[^\S\n]+)?(?:[وف])?")   # between بحسب and the verb it cites (وفقا لما أورده)
# A token of an actor's phrase: a word (a dotted acronym one word: سي.إن.إن ترك), a number, a mark
_TOKEN = re.compile(r"(?:[\u0621-\u064a]{1,3}\.)+[\u0621-\u064a]{1,3}(?![\u0621-\u064a.])|[\u0621-\u064a]+"
                    r"|[0-9]+(?:[.,][0-9]+)*|[^\s\u0621-\u064a0-9A-Za-z]")
# After a verb without a named subject, these words mean the previous speaker goes on.
# A verb with و followed by one of these and no actor in its sentence (وأضاف بعد وصولهم) carries the speaker on.
_TIME_PREPOSITIONS = frozenset({"بعد", "عقب", "قبل", "اثر"})
_SPEAKER_REACH = 8   # words after such a verb looked at for a speaker
CARRY = frozenset(LEXICON["carry_next"]) | frozenset(DATES_LEXICON["weekday"]) | frozenset(DATES_LEXICON["day_offset"])


_key = lru_cache(maxsize=65536)(name_key)   # words of the normalised text, asked for again and again
# patterns made around one word of the text (an actor's name, a title): more than re's own cache of 512 holds
_compiled = lru_cache(maxsize=4096)(re.compile)


def _unprefixed(word: str, words) -> str | None:
    """`word` (normalised) without at most two attached letters, when that is one of `words`."""
    return next((word[len(p):] for p in WORD_PREFIXES if word.startswith(p) and word[len(p):] in words), None)


_HOLDS = frozenset(normalize_key(w) for w in ("يرى", "ترى", "يرون"))   # the imperfect of رأى, "holds"


@lru_cache(maxsize=65536)
def reporting_role(word: str) -> str | None:
    """The role of a normalised word in the reporting lexicon, after at most two attached letters."""
    bare_word = _unprefixed(word, ROLES)
    if bare_word is not None and ROLES[bare_word] in ("admits", "opines") \
            and word[:len(word) - len(bare_word)] not in (("", "و") if bare_word in _HOLDS else ("", "و", "ف")):
        return None   # باقر (a name), not ب + أقر: a verb takes only و or ف; فيري (a family name), not ف + يرى
    return ROLES[bare_word] if bare_word is not None else None


def _voids_report(word: str) -> bool:
    """A word (normalised, at most two attached letters) after which a reporting verb is no report."""
    return _unprefixed(word, NOT_VERB_AFTER) is not None


class Statement(NamedTuple):
    """One reported statement: the table's columns, then what claims, figures and events read."""

    start: int                 # the clause, original offsets (trimmed of closing punctuation)
    end: int
    actor: str | None
    side: str | None
    role: str | None
    verb: str
    rule: str                  # which rule named the actor (see the module docstring)
    kind: str                  # verb, participle or according
    norm_start: int            # the clause in normalised offsets, up to the next statement
    norm_end: int
    verb_end: int
    sentence: tuple[int, int]  # normalised span of its sentence
    mention: ActorMention | None


COLUMNS = Statement._fields[:7]


def between(items: list, starts: list[int], lo: int, hi: int) -> list:
    """The items (sorted by start; `starts` their starts) that start in [lo, hi)."""
    return items[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]


class _History:
    """The last actor named with each anaphor's role (الوزارة → a ministry), read in text order."""

    def __init__(self, mentions: list[ActorMention]):
        self.mentions, self.next = mentions, 0
        self.last: dict[str, ActorMention] = {}

    def before(self, offset: int) -> dict[str, ActorMention]:
        while self.next < len(self.mentions) and self.mentions[self.next].norm_start < offset:
            m = self.mentions[self.next]
            for role, _ in LEXICON["anaphor"].values():
                if role in m.role:
                    self.last[role] = m
            self.next += 1
        return self.last


class _Found(NamedTuple):
    start: int
    end: int
    verb_end: int
    mention: ActorMention | None
    rule: str
    kind: str
    sentence: tuple[int, int]


@register("statements", COLUMNS, in_context=False)
def statements(doc: Document) -> list[Statement]:
    """The reported statements of a document's body, in text order, with resolved actor names."""
    found = [f._replace(mention=_titled_person(f.mention)) for f in _find(doc)]
    names = NameResolver(doc.text, [(f.mention.name, f.mention.norm_start) for f in found
                                    if f.mention and not f.mention.in_table])
    text, norm = doc.text, doc.norm
    rows: list[Statement] = []
    last_by_noun: dict[str, str] = {}   # the latest actor of more than one word, by its bare first word
    recent: list[str] = []   # the latest actors named, the nearest first (a few)
    for f in found:
        s, e = norm.span(f.start, f.end)
        e = s + len(text[s:e].rstrip(" ،,.\n"))
        m = f.mention
        previous = next((r.actor for r in itertools.islice(reversed(rows), _SAME_REACH) if r.actor), None)
        antecedent = None if m is None or m.in_table else _same_source(doc, m, last_by_noun, previous) \
            or _antecedent(doc, m, last_by_noun, rows[-1].actor if rows else None, recent)
        actor = None if m is None else m.name if m.in_table else antecedent or (
            None if antecedent == _UNRESOLVED else m.name if _anonymous(m.name) else names.resolve(m.name, m.norm_start))
        if m is not None and actor is not None and not m.in_table:
            actor = untagged(_fuller_form(doc, names, actor, m))   # a name as words: #الجيش_اليمني
        if actor is not None and normalize_key(actor) in _OUR_REPORTERS:
            actor = last_by_noun.get(_REPORTER, actor)   # مراسلنا: the outlet's man named before (مراسل الميادين)
        if actor and len(words := actor.split()) > 1:   # by its first word: the first of two joined actors
            last_by_noun[bare(words[0])] = " ".join(_first_actor(words[:1], words))
        if actor:
            recent = [actor, *(a for a in recent if a != actor)][:_SAME_REACH]
        verb_start, verb_end = norm.span(f.start, f.verb_end)
        rows.append(Statement(s, e, actor, m.side if m else None, m.role if m else None, text[verb_start:verb_end],
                              f.rule, f.kind, f.start, f.end, f.verb_end, f.sentence, m))
    return rows


_FOR_WORD = re.compile(r"[^\S\n]+ل(?!ل)[\u0621-\u064a]{3,}")


def _named_for_before(doc: Document, m: ActorMention) -> str | None:
    """The full name, written earlier, of a body named short by its head and an adjective whose
    name goes on there with what it is for (المرصد السوري → المرصد السوري لحقوق الإنسان، التحالف
    اليمني → التحالف اليمني لرصد انتهاكات حقوق الإنسان), said or not; None when none is."""
    t = doc.norm.text
    short = t[m.norm_start:m.norm_end]
    if len(short.split()) != 2 or not short.startswith("ال"):
        return None
    at = t.rfind(short, max(0, m.norm_start - _LOOK_BACK), m.norm_start)
    while at >= 0:
        if (at == 0 or not t[at - 1].isalnum()) and _FOR_WORD.match(t, at + len(short)):
            phrase = _subject_phrase(doc, at, min(len(t), at + 300))
            if phrase is not None and phrase.norm_end > at + len(short):
                return phrase.name
        at = t.rfind(short, max(0, m.norm_start - _LOOK_BACK), at)
    return None


_REPORTERS = frozenset(normalize_key(w) for w in ("مراسل", "مراسلة"))   # not the outlet: its man
_OUR_REPORTERS = frozenset(normalize_key(w) for w in ("مراسلنا", "مراسلتنا", "مراسلونا", "مراسلينا"))
_REPORTER = normalize_key("مراسل")
_STAFF = _REPORTERS | frozenset(normalize_key(w) for w in ("مصور", "مصورة"))   # an outlet's men, named by it
_OUTLET_WORDS_BEFORE = 5   # words between an outlet's noun and its name (وكالة الأنباء السورية الرسمية "سانا")


def _outlet_named_before(doc: Document, name: str, before: int) -> str | None:
    """A bare outlet name (سانا، "وفا") as the article first gave it, after an outlet's noun and its
    words (وكالة الأنباء الفلسطينية "وفا"), in quotes or parentheses or not."""
    key = normalize_key(name.strip("«»\"“”() "))
    if not key or " " in key:
        return None
    first = _outlet_names(doc.norm.text).get(key)
    if first is None or first[1] > before:
        return None
    return _as_name(original(doc.text, doc.norm, *first), doc.text)


def _fuller_form(doc: Document, names: NameResolver, actor: str, m: ActorMention) -> str:
    """The fuller form, named earlier in the article, of an actor the resolver left short: a title
    and a body's head (مدير المرصد → مدير المرصد السوري لحقوق الإنسان), a body named with a place's
    head (حكومة الإقليم → حكومة إقليم كردستان), one word (الشرطة → الشرطة السويدية; المحرج → مدير
    الأمن العام الفريق عثمان المحرج), or a title and a family name (الفريق المحرج); else `actor`."""
    at = m.norm_start
    if actor == m.name:
        actor = _titled_body(actor, names, at)
    if actor == m.name:
        actor = _place_named_before(doc, actor, at) or actor
    if len(actor.split()) == 1:
        return _spelled_out_before(doc, actor, at) or _outlet_named_before(doc, actor, at) \
            or _with_adjectives(doc, actor, at) or _titled_before(doc, actor, at) \
            or _given_name_before(doc, actor, at) or _head_named_before(doc, actor, at) or actor
    if actor == m.name:
        return _title_and_family_before(doc, actor, at) or _named_then_titled_before(doc, actor, at) \
            or _title_and_given_before(doc, actor, at) \
            or _title_and_adjective_before(doc, actor, at) or _named_for_before(doc, m) \
            or _adjectives_before(doc, actor, at) or _head_named_before(doc, actor, at) or actor
    return actor


def _spelled_out_before(doc: Document, name: str, before: int) -> str | None:
    """A name written earlier in parentheses after the body it names (حركة المقاومة الإسلامية (حماس)):
    that body's phrase from its head, within eight words, with the name in its parentheses; None
    when it stands in parentheses nowhere before."""
    t = doc.norm.text
    start = max(0, before - _LOOK_BACK)
    key = normalize_key(name)
    use = t.rfind(f"({key})", start, before)
    if use < 0:
        return None
    words = list(_NON_SPACE.finditer(t[max(0, use - 160):use]))[-8:]
    base = max(0, use - 160)
    head = next((w for w in words if bare(w.group()) in _NAMED_HEADS | _BODY_HEADS | _ORG_HEADS
                 or bare(w.group()[1:]) in _NAMED_HEADS | _BODY_HEADS | _ORG_HEADS), None)
    if head is None:
        return None
    at = base + head.start() + (head.group().startswith("ل") and not head.group().startswith("لل"))
    s, e = doc.norm.span(at, use + len(key) + 2)
    return doc.text[s:e]


def _head_named_before(doc: Document, actor: str, before: int) -> str | None:
    """A body, group or outlet named by its definite head alone (ووثق المركز، وأكدت الوكالة، بيان
    أصدرته المنظمة), or with its definite relative adjectives (المنظمة الحقوقية الإسرائيلية), whose
    nearest earlier use named it in full (مركز المعلومات والتأهيل لحقوق الإنسان، وكالة الأنباء
    الإماراتية «وام»، دانت منظمة التعاون الإسلامي، منظمة «بيتسليم» الحقوقية الإسرائيلية), said there
    or not: that phrase, when it opens with the head and holds those adjectives, else None."""
    head, *rest = actor.split()
    key = normalize_key(head)
    noun = bare(key)
    if not key.startswith("ال") or noun not in _BODY_HEADS | _MEDIA | _NAMED_HEADS:
        return None
    adjectives = [normalize_key(w) for w in rest]
    if not all(a.startswith("ال") and is_nisba(a) for a in adjectives):
        return None
    t = doc.norm.text
    start = max(0, before - _LOOK_BACK)
    for use in reversed(list(_compiled(rf"(?<!\w)[وفبل]?{re.escape(noun)}(?!\w)").finditer(t[start:before]))):
        word_before = previous_word(t, start + use.start(), 12)
        if word_before in _NOT_GIVEN_NAME or bare(word_before) in _HEADS | _BODY_TITLES | _CUE_NAME_HEADS \
                or reporting_role(word_before) == "title":
            continue   # المتحدث باسم شرطة جاوة الشرقية، قيادة شرطة إسطنبول، ثلاثة رجال شرطة: inside another phrase
        phrase = _subject_phrase(doc, start + use.start(), before)
        if phrase is not None and len(words := phrase.name.split()) > 1 + len(adjectives) and bare(words[0]) == noun \
                and not words[1].startswith("و") \
                and all(any(same_word(a, normalize_key(w)) for w in words[1:]) for a in adjectives):
            if adjectives:   # the name ends with the adjectives the short form repeats
                words = words[:1 + max(i for i, w in enumerate(words[1:], 1) if same_word(adjectives[-1], normalize_key(w)))]
            return " ".join(_first_actor(words[:1], words))
    return None


def _adjectives_before(doc: Document, actor: str, before: int) -> str | None:
    """A body's name cut short before its relative adjectives (ووفق إحصاءات منظمة الصحة) whose
    nearest earlier use wrote them (لمنظمة الصحة العالمية): the name with those adjectives."""
    words = actor.split()
    if not 1 < len(words) <= 3 or not normalize_key(words[-1]).startswith("ال") or (
            bare(words[0]) not in _BODY_HEADS | _ORG_HEADS and reporting_role(normalize_key(words[0])) != "title"):
        return None
    t = doc.norm.text
    key = " ".join(normalize_key(w) for w in words)
    start = max(0, before - _LOOK_BACK)
    if t.find(key, start, before) < 0:
        return None
    for use in reversed(list(_compiled(rf"(?<!\w)[وفبل]?{re.escape(key)}(?!\w)").finditer(t[start:before]))):
        after = _ADJECTIVES_AFTER.match(t, start + use.end(), before)
        adjectives = _leading_adjectives(after.group(1), key.split()[-1]) if after is not None else []
        if after is not None and adjectives:
            return f"{actor} {original(doc.text, doc.norm, after.start(1), after.start(1) + adjectives[-1].end()).strip()}"
    return None


def _leading_adjectives(words: str, head: str) -> list[re.Match]:
    """The relative adjectives that open `words` (السويدية، العالمية) after the noun `head`, up to
    the first word that is none or ends an actor's phrase, or cannot agree with it (_disagrees)."""
    adjectives = []
    for adjective in _NON_SPACE.finditer(words):
        a = adjective.group()
        if not is_nisba(a) or _ends_phrase(a) or reporting_role(a) is not None or a in LEXICON["not_name"] \
                or _disagrees(head, a):
            break
        adjectives.append(adjective)
        head = a
    return adjectives


def _disagrees(head: str, word: str) -> bool:
    """A definite masculine plural (المتظاهرين، المواطنون) after a definite feminine singular (الشرطة،
    الحكومة) is no adjective of it, and no genitive either: the verb's object (حذرت الشرطة المتظاهرين)."""
    return head.startswith("ال") and head.endswith("ه") and word.startswith("ال") and word.endswith(("ين", "ون"))


def _title_and_adjective_before(doc: Document, actor: str, before: int) -> str | None:
    """A title and a relative adjective (السفيرة البريطانية، الوزير الفرنسي) standing for a person
    named in full at the nearest earlier use of those two words (وجهت السفيرة البريطانية في الأمم
    المتحدة، جين ميلر، انتقادات): that longer phrase, else None."""
    words = actor.split()
    if len(words) != 2 or reporting_role(normalize_key(words[0])) != "title" \
            or not is_nisba(normalize_key(words[1])) or not normalize_key(words[1]).startswith("ال"):
        return None
    t = doc.norm.text
    start = max(0, before - _LOOK_BACK)
    key = " ".join(normalize_key(w) for w in words)
    for use in reversed(list(_compiled(rf"(?<!\w)[وفل]?({re.escape(key)})(?!\w)").finditer(t[start:before]))):
        phrase = _subject_phrase(doc, start + use.start(1), before)
        after = _NEXT.match(t, phrase.norm_end, before) if phrase is not None else None
        if phrase is None or len(phrase.name.split()) <= 2 or after is None:
            continue
        if CONTENT_START.match(t, after.start(1)):
            return phrase.name
        if t[phrase.norm_end:after.start(1)].strip() in ("،", ","):   # the phrase ends at a comma, not in an object
            name = _APPOSED_NAME.match(t, phrase.norm_end, before)   # …، نيكي هايلي، : the name set off after it
            if name is None or not all(_plain(w) and not w.startswith("ال") for w in name.group(1).split()):
                return phrase.name
            s, e = doc.norm.span(name.start(1), name.end(1))
            return f"{phrase.name} {doc.text[s:e]}"
    return None


_SAYING = frozenset(normalize_key(w) for w in ("قوله", "قولها", "قولهم"))


def _name_after_comma(tokens: list[str], at: int, names_ali: frozenset[int] = frozenset()) -> int | None:
    """The token after a person's name of two to four plain words standing at `at` (the first without the
    article: سامر الحلبي; the given name علي among them, at `names_ali`), closed by a comma, his saying
    (قوله), what he said (إن) or the outlet he told; None when no such name stands there."""
    if _where_it_lies(tokens, at):
        return None
    k = at
    while k < min(at + NAME_WORDS, len(tokens)) and (k in names_ali or (
            _is_word(tokens[k]) and (not tokens[k].startswith(("ال", "لل")) or k > at)
            and _plain(tokens[k]) and reporting_role(tokens[k]) is None and not _ends_phrase(tokens[k])
            and tokens[k] not in DATE_WORDS and tokens[k] not in _SAYING and not CONTENT_START.fullmatch(tokens[k]))):
        k += 1
    closed = k < len(tokens) and (tokens[k] in "،," or tokens[k] in _SAYING or CONTENT_START.fullmatch(tokens[k])
                                  or _past_outlet(tokens, k) > k)   # the outlet told: لـ"الجوهرة"، لوكالة
    return k if k - at >= 2 and closed else None


def _where_it_lies(tokens: list[str], at: int) -> bool:
    """A direction at `at` (في محافظة أبين، جنوب اليمن،): where a place lies, never a person's name."""
    return at < len(tokens) and (tokens[at] in LEXICON["direction"] or bare(tokens[at]) in _COMPASS)


def _name_after_place(tokens: list[str], definite: list[bool], k: int) -> bool:
    """Whether a person's name follows the definite words from `k` on (الولاية، الجيش اليمني العميد): a
    plain word without the article, neither a reporting word nor a date word nor what is said."""
    while k < len(tokens) and definite[k]:
        k += 1
    return k < len(tokens) and _is_word(tokens[k]) and not definite[k] and _plain(tokens[k]) \
        and reporting_role(tokens[k]) is None and not _ends_phrase(tokens[k]) and tokens[k] not in DATE_WORDS \
        and not CONTENT_START.fullmatch(tokens[k])


_APPOSED_NAME = re.compile(r"[^\S\n]*[،,][^\S\n]*([^\W\d_]+(?:[^\S\n]+[^\W\d_]+){0,3})[^\S\n]*[،,]")


def _titled_body(actor: str, names: NameResolver, at: int) -> str:
    """A title and a body named by its definite head (مدير المرصد، رئيس الهيئة): the title and
    the body's fullest earlier form (مدير المرصد السوري لحقوق الإنسان); else `actor`."""
    words = actor.split()
    if len(words) < 2 or reporting_role(normalize_key(words[0])) != "title" or is_nisba(words[1]) \
            or not all(normalize_key(w).startswith("ال") for w in words[1:]):
        return actor   # not المتحدث الرسمي: a title and its adjective
    body = " ".join(words[1:])
    full = names.resolve(body, at)
    return f"{words[0]} {full}" if len(full.split()) > len(words) - 1 and same_word(full.split()[0], words[1]) \
        else actor


def _titled_person(mention: ActorMention | None) -> ActorMention | None:
    """A person the actor table does not know, named with the title written before the name
    (رئيس الوزراء التركي أحمد داود أغولو, not أحمد داود أغولو): the source in its full form."""
    if mention is None or mention.in_table or mention.kind != "person" \
            or len(mention.surface.split()) <= len(mention.name.split()):
        return mention
    return mention._replace(name=untagged(mention.surface))


def _anonymous(name: str) -> bool:
    """An anonymous source (مصادر محلية، مسؤول في الشرطة، مصادر) is kept as written, never
    made into a longer source of the article that shares its words."""
    return bare(name.split()[0]) in _anonymous_nouns() if name.split() else False


@lru_cache(maxsize=1)
def _anonymous_nouns() -> frozenset[str]:
    """مصدر، مصادر، ناشطون; and a count of people who speak together (عدد من مواطني المنطقة)."""
    return frozenset(bare(w) for kind in ("anonymous", "quantity") for w in LEXICON[kind])


def _same_source(doc: Document, mention: ActorMention, last_by_noun: dict[str, str], previous: str | None) -> str | None:
    """A definite noun said to be the same as before (المصدر ذاته، المسؤول نفسه، نفس المصدر، ذات
    المصدر): the nearest earlier actor of that noun named in more than one word, else, for a source or
    an official, who spoke last (أكده المدير الجهوي للصحة … وأوضح المصدر ذاته); None when it is no such
    phrase."""
    words = [normalize_key(w) for w in mention.name.split()]
    if len(words) == 2 and words[0] in _SAME_BEFORE and words[1].startswith("ال"):
        noun = bare(words[1])   # نفس المصدر
    elif words and words[0].startswith("ال") and (words[-1] in _SAME or (
            (after := _WORD_AFTER.match(doc.norm.text, mention.norm_end)) is not None and after.group(1) in _SAME)):
        noun = bare(words[0])   # المصدر ذاته، المصدر نفسه
    else:
        return None
    found = last_by_noun.get(noun)
    if found is None and (noun in _SOURCE_NOUNS or noun in _OFFICIALS):
        found = previous
    return found


# "the same": after a noun (المصدر ذاته، المسؤول نفسه), or before it (نفس المصدر، ذات المصدر)
_SAME = frozenset(normalize_key(w) for w in ("ذاته", "ذاتها", "نفسه", "نفسها", "ذاتهم", "أنفسهم", "نفسهم"))
_SAME_BEFORE = frozenset(normalize_key(w) for w in ("نفس", "ذات"))
_SAME_REACH = 8   # statements looked back at for who spoke last, and actors kept for a short form
_WORD_AFTER = re.compile(r"[^\S\n]+([\u0621-\u064a]+)")


def _antecedent(doc: Document, mention: ActorMention, last_by_noun: dict[str, str],
                previous: str | None = None, recent: list[str] | None = None) -> str | None:
    """المصادر، المصدر، الناشطون, one definite word standing for a source named before, or a
    demonstrative and a noun (هذا المصدر، هذه المقاومة): the nearest earlier statement's actor
    whose first word is that noun without its article (`last_by_noun`: the latest such actor by
    the bare first word); for a demonstrative, else the phrase at the noun's nearest earlier use
    (تسمية «مقاومة آزال»، وقالت هذه المقاومة). المصدر، المصادر with no earlier source of that
    noun stand for the previous speaker when that speaker is anonymous too, named in more than
    one word (صرح ضابط عسكري في الأنبار … وأضاف المصدر; أكدت مصادر ميدانية في الجيش … وأوضح
    المصدر), or when it is that noun alone (وقال مصدر: … وذكر المصدر); المصادر also for an unnamed
    group of outlets that spoke before (وفقا لوسائل إعلام هندية … وذكرت المصادر)."""
    words = mention.name.split()
    if len(words) == 2 and normalize_key(words[0]) in LEXICON["demonstrative"]:
        noun = bare(words[1])
        return last_by_noun.get(noun) or _named_before(doc, noun, mention.norm_start) or _UNRESOLVED
    if len(words) > 1 and normalize_key(words[0]).startswith("ال") and bare(words[0]) in _anonymous_nouns() \
            and all(normalize_key(w).startswith("ال") for w in words[1:]):
        # المصدر العسكري → مصدر عسكري مالي في مدينة غاو: the earlier source with those adjectives
        earlier = _anonymous_before(doc, bare(words[0]), mention.norm_start)
        named = {bare(w) for w in earlier.split()} if earlier else set()
        if earlier and all(bare(w) in named for w in words[1:]):
            # fuller, else as written (الناشطون الحوثيون after ناشطون حوثيون)
            return earlier if len(earlier.split()) > len(words) else None
        # المسؤول الجهوي → المدير الجهوي للحماية المدنية …: the nearest earlier actor with those adjectives
        return next((a for a in recent or () if len(a.split()) > len(words)
                     and all(any(same_word(w, x) for x in a.split()) for w in words[1:])), None)
    if len(words) != 1 or not normalize_key(words[0]).startswith("ال"):
        return None
    noun = bare(words[0])
    found = last_by_noun.get(noun)
    if found is None and noun in _anonymous_nouns():
        found = _anonymous_before(doc, noun, mention.norm_start)
        if found is None and noun in _SOURCE_NOUNS and previous and _anonymous(previous) \
                and (len(previous.split()) > 1 or bare(previous) == noun):   # وقال مصدر: … وذكر المصدر
            found = previous
        if found is None and noun == _SOURCES and previous and len(previous.split()) > 1 \
                and bare(previous.split()[0]) in _MEDIA_GROUPS:   # وفقا لوسائل إعلام هندية … وذكرت المصادر
            found = previous
    if found is None and noun in _WRITERS and previous and not _anonymous(previous) \
            and not normalize_key(previous.split()[0]).startswith(("ال", "لل")) \
            and reporting_role(normalize_key(previous.split()[0])) is None \
            and bare(previous.split()[0]) not in _BODY_HEADS | _PLACE_HEADS | _MEDIA:   # a person, not وزارة الدفاع
        found = previous   # وأشار دي لوس … كما أشار الكاتب: the writer whose piece is told, named just before
    return found


_SOURCE_NOUNS = frozenset(normalize_key(w) for w in ("مصدر", "مصادر"))   # "the source(s)": any speaker
_SOURCES = normalize_key("مصادر")
# Unnamed groups of outlets that "the sources" may take up (وسائل إعلام هندية، وكالات الأنباء)
_MEDIA_GROUPS = frozenset(normalize_key(w) for w in ("وسائل", "وكالات", "صحف", "قنوات", "مواقع", "تقارير"))
# Adjectives whose ل names whom a source stands by or against (مصادر موالية للنظام), not whom it told
_TOWARD = frozenset(normalize_key(w) for w in ("موالية", "موالي", "مقربة", "مقرب", "قريبة", "قريب", "مناهضة",
                                               "معارضة", "مؤيدة", "تابعة", "تابع"))
_WRITERS = frozenset(normalize_key(w) for w in ("كاتب", "كاتبة", "مؤلف", "مؤلفة"))   # الكاتب: whose piece is told


def _anonymous_before(doc: Document, noun: str, before: int) -> str | None:
    """The nearest earlier anonymous source of that noun named in full though it reported
    nothing there (تداولت مصادر إخبارية يمنية، نقلا عن …؛ وكشفت المصادر): the noun without
    its article and a qualifier after it that is no definite word (not مصادر الطاقة)."""
    t = doc.norm.text
    start = max(0, before - _LOOK_BACK)
    for use in reversed(list(_compiled(rf"(?<!\w)[وفب]?({re.escape(noun)})(?!\w)").finditer(t[start:before]))):
        phrase = _subject_phrase(doc, start + use.start(1), before)
        if phrase is not None and len(phrase.name.split()) > 1 \
                and not normalize_key(phrase.name.split()[1]).startswith(("ال", "لل")):
            return phrase.name
    return None


_UNRESOLVED = ""   # a demonstrative that points to no actor named before (هذا الترابط): no source
_LOOK_BACK = 3000   # characters searched back for the noun a demonstrative points to


def _with_adjectives(doc: Document, word: str, before: int) -> str | None:
    """A body named by its definite head alone (كما أعلنت الشرطة) whose nearest earlier mention
    gave it relative adjectives (تشتبه الشرطة السويدية): the head with those adjectives."""
    key = normalize_key(word)
    if not key.startswith("ال") or len(key) < 5:
        return None
    t = doc.norm.text
    noun, start = key[2:], max(0, before - _LOOK_BACK)
    use = None
    at = t.rfind(noun, start, before)
    while at >= 2 and use is None:   # the nearest earlier use with the article and a definite word after it
        head = at - 2 - (at >= 3 and t[at - 2:at] == "ال" and t[at - 3] in "وفبل")
        if t[at - 2:at] in ("ال", "لل") and (head == 0 or not t[head - 1].isalnum()):
            use = _ADJECTIVES_AFTER.match(t, at + len(noun), before)
        at = t.rfind(noun, start, at)
    if use is None:
        return None
    adjectives = _leading_adjectives(use.group(1), key)
    if not adjectives:
        return None
    last = use.start(1) + adjectives[-1].end()
    complement = _COMPLEMENT.match(t, last, before)   # المرصد الوطني لسلامة المرور: what the body is for
    if complement is not None and not _told(complement.group(1)) and all(
            _plain(w) and w not in _BELONGS and bare(w) not in _LOCATED for w in complement.group(0).split()):
        last = complement.end()
    s, e = doc.norm.span(use.start(1) + adjectives[0].start(), last)
    return f"{word} {doc.text[s:e]}"


_COMPLEMENT = re.compile(r"[^\S\n]+(لل[\u0621-\u064a]{2,}|ل[\u0621-\u064a]{3,}[^\S\n]+ال[\u0621-\u064a]{2,})(?!\w)")


_ADJECTIVES_AFTER = re.compile(r"(?!\w)((?:[^\S\n]+ال[\u0621-\u064a]+){1,3})")


def _place_named_before(doc: Document, actor: str, before: int) -> str | None:
    """A body or title named with a place's head alone (حكومة الإقليم، أمير المنطقة) whose
    nearest earlier mention gave that place its name (حكومة إقليم كردستان): that mention's
    phrase, read from its first word; None when there is none."""
    words = actor.split()
    last = normalize_key(words[-1]) if words else ""
    if len(words) < 2 or not last.startswith("ال") or bare(last) not in _PLACE_HEADS:
        return None
    t = doc.norm.text
    start = max(0, before - _LOOK_BACK)
    head = " ".join(normalize_key(w) for w in words[:-1])
    pattern = rf"(?<!\w)[وفبل]?({re.escape(head)}[^\S\n]+{re.escape(bare(last))})[^\S\n]+[^\W\d_]"
    for use in reversed(list(_compiled(pattern).finditer(t[start:before]))):
        phrase = _subject_phrase(doc, start + use.start(1), before)
        if phrase is not None and phrase.norm_end > start + use.end(1):
            return phrase.name
    return None


def _titled_before(doc: Document, name: str, before: int) -> str | None:
    """A person named by the family name alone (وأشار المحرج) whose nearest earlier mention
    with a title and a given name before it, in any clause, named him in full (زار مدير الأمن
    العام الفريق عثمان المحرج … وبين المحرج … وأشار المحرج): that title phrase, read from its
    title word up to the family name. Mentions without a given name before them are passed over."""
    key = normalize_key(name)
    if len(key) < 4 or reporting_role(key) is not None or _anonymous(name) or bare(key) in _PLACE_HEADS \
            or key in LEXICON["body_head"] or key in LEXICON["org_head"] or key in LEXICON["not_name"]:
        return None
    t = doc.norm.text
    start = max(0, before - _LOOK_BACK)
    for use in reversed(list(_compiled(rf"(?<!\w){re.escape(key)}(?!\w)").finditer(t[start:before]))):
        found = _titled_at(doc, start + use.start(), start + use.end())
        if found is not None:
            return found
    return None


def _given_name_before(doc: Document, name: str, before: int) -> str | None:
    """A person named by the family name alone (وروى الحداد) whose first mention gave the given
    name right before it, without a title (نيابة عن سامي الحداد، وقال علي الزين): the two words;
    None for a word that is a place, a body, a title or a function word, or has the article
    (يسيطر التنظيم، مقاتلي المقاومة: a word before a definite noun is seldom a given name)."""
    key = normalize_key(name)
    if len(key) < 3 or key.startswith("ال") or reporting_role(key) is not None or _anonymous(name) or bare(key) in _HEADS \
            or key in LEXICON["body_head"] or key in LEXICON["org_head"] or key in LEXICON["not_name"] or key in _MEDIA \
            or key in _ONE or not _plain(key):
        return None
    t = doc.norm.text
    # the first mention names a person in full (later ones may follow a verb: عرض الحداد); searched
    # as far back as the other look-backs, so that the cost stays linear in a long text
    start = max(0, before - _LOOK_BACK)
    for use in _compiled(rf"(?<!\w)([^\W\d_]+)[^\S\n]+{re.escape(key)}(?!\w)").finditer(t[start:before]):
        given = use.group(1)
        at = start + use.start(1)
        if _place_at(doc, start + use.end(1) + 1) or _place_at(doc, at):
            return None   # تركيا، جنوب تركيا: a place, no person
        s, e = doc.norm.span(at, at + len(given))
        if given.startswith(("و", "ف")) or letters(doc.text[s:e]).startswith(("لإ", "لأ")):
            continue   # وطالب مورار، وفتح ملفات: and, then a verb (a name with و first, وليد، is passed over);
            #            لإرغام طالبان: a preposition and a verbal noun
        if given.startswith(("ل", "ب")) and bare(given[1:]) in _NAMED_HEADS:
            return f"{doc.text[s + 1:e]} {name}"   # تابعة لحركة حماس: the body's head after a preposition, no ل
        if letters(doc.text[s:e]) == ALI or (_plain(given) and reporting_role(given) is None
                                             and not given.startswith(("ال", "لل"))
                                             and bare(given) not in _HEADS
                                             and given not in LEXICON["direction"]
                                             and not _first_person(given)):
            return f"{doc.text[s:e]} {name}"
    return None


_ONE = frozenset(normalize_key(w) for w in ("واحد", "واحدة"))   # كل واحدة: no family name


def _title_and_family_before(doc: Document, actor: str, before: int) -> str | None:
    """A title and a family name (الفريق المحرج، اللواء التركي): the nearest earlier mention that
    names him in full with that title the last before his name (see _titled_before), else None;
    a full form with another title may be a relative (الرئيس الأسد is not شقيق الرئيس العميد ماهر الأسد)."""
    words = actor.split()
    if len(words) != 2 or reporting_role(normalize_key(words[0])) != "title":
        return None
    full = _titled_before(doc, words[1], before)
    titles = [w for w in (full or "").split()[:-1] if reporting_role(normalize_key(w)) == "title"]
    return full if titles and same_word(words[0], titles[-1]) else None


def _named_then_titled_before(doc: Document, actor: str, before: int) -> str | None:
    """A title and a family name (المفتش ساجار) whose nearest earlier mention named him by his given
    and family names with that title right after them (ديليب ساجار مفتش الشرطة في ولاية كارناتاكا):
    that phrase, else None."""
    words = [normalize_key(w) for w in actor.split()]
    if len(words) != 2 or reporting_role(words[0]) != "title" or not _plain(words[1]):
        return None
    t = doc.norm.text
    start = max(0, before - _LOOK_BACK)
    for use in reversed(list(_compiled(rf"(?<!\w)([^\W\d_]+)[^\S\n]+{re.escape(words[1])}(?!\w)").finditer(t[start:before]))):
        if not _plain(use.group(1)) or reporting_role(use.group(1)) is not None:
            continue
        phrase = _subject_phrase(doc, start + use.start(), before)
        name = phrase.name.split() if phrase is not None else []
        if len(name) > 3 and bare(normalize_key(name[2])) == bare(words[0]):
            return phrase.name   # type: ignore[union-attr]
    return None


def _title_and_given_before(doc: Document, actor: str, before: int) -> str | None:
    """A title and a given name (الشيخ راشد، الدكتور سامي) whose nearest earlier mention went on with
    more of the name (الشيخ راشد بن حمد الشرقي): that mention's phrase, up to the end of the name."""
    words = [normalize_key(w) for w in actor.split()]
    if len(words) != 2 or reporting_role(words[0]) != "title" or words[1].startswith("ال") or not _plain(words[1]) \
            or reporting_role(words[1]) is not None or _ends_phrase(words[1]):
        return None
    t = doc.norm.text
    start = max(0, before - _LOOK_BACK)
    key = rf"{re.escape(words[0])}[^\S\n]+{re.escape(words[1])}"
    for use in reversed(list(_compiled(rf"(?<![^\W\d_]){key}(?!\w)").finditer(t[start:before]))):
        phrase = _subject_phrase(doc, start + use.start(), before)
        if phrase is None or phrase.norm_end <= start + use.end():
            continue
        name = phrase.name.split()
        title = next((i for i, w in enumerate(name) if i > 1 and reporting_role(normalize_key(w)) == "title"), len(name))
        name = name[:title]   # the person's name, not the title after it (الدكتور حسام عبد الغفار المتحدث باسم …)
        if 2 < len(name) <= NAME_WORDS + 1 and (normalize_key(name[2]) in NAME_LINKS or normalize_key(name[2]).startswith("ال")):
            return " ".join(name)   # … not الشيخ راشد وصل
    return None


_ARTICLE_CLITICS = re.compile(ARTICLE_PROCLITICS)


def _titled_at(doc: Document, use_start: int, use_end: int) -> str | None:
    """The title phrase that ends with the family name at [use_start, use_end) of the
    normalised text, when a given name stands right before it (see _titled_before)."""
    t = doc.norm.text
    words = list(_NON_SPACE.finditer(t[max(0, use_start - 160):use_start]))[-NAME_WORDS - 8:]
    base = max(0, use_start - 160)
    given = words[-1].group() if words else ""
    s, e = doc.norm.span(base + words[-1].start(), base + words[-1].end()) if words else (0, 0)
    if letters(doc.text[s:e]) != ALI and (not _is_word(given) or given.startswith("ال") or reporting_role(given) is not None
                                  or _function_word(given)):
        return None   # no given name right before it (رئيس الحزب is no person's name; سالم بن علي الشهري is)
    for w in words:
        if reporting_role(w.group()) != "title" and bare(w.group()) not in _PERSON_TITLES:
            continue   # رئيس، المحافظ المقال أثيل النجيفي
        clitic = _ARTICLE_CLITICS.match(w.group())   # بالناشط محمد توري: from الناشط
        skip = clitic.end() if clitic and w.group().startswith("ال", clitic.end()) else 0
        phrase = _subject_phrase(doc, base + w.start() + skip, use_end)
        if phrase is not None and phrase.norm_end == use_end:
            return phrase.name
    return None


def _named_before(doc: Document, noun: str, before: int) -> str | None:
    """The actor phrase (of more than one word) at the nearest use of `noun` before `before`."""
    t = doc.norm.text
    start = max(0, before - _LOOK_BACK)
    uses = list(_compiled(rf"(?<!\w)(?:[وفبل]?ال|لل)?{re.escape(noun)}(?!\w)").finditer(t[start:before]))
    for use in reversed(uses):
        phrase = _subject_phrase(doc, start + use.start(), before)
        if phrase is not None and len(phrase.name.split()) > 1:
            return phrase.name
    return None


def _reports_here(doc: Document, v: re.Match, s_start: int, s_end: int) -> bool:
    """Whether a reporting word found in the sentence [s_start, s_end) reports there: not a noun
    or a name that looks like one, and with what its role needs beside it (صدر عن، جاء في، تحدث عن)."""
    t = doc.norm.text
    word, after = v.group("x"), v.end("x")
    role = ROLES[_key(word)]
    if word.startswith("نقل") and _FROM.match(t, after, s_end) is None \
            and not _carried_report(t, v, s_start, s_end):   # وفق ما نقلت وسائل إعلام، نقلت الوكالة أنه
        return False
    if not _role_holds(doc, v, role, s_start, s_end):
        return False
    # the word before, in the same sentence (…لم يتضح عددهم بعد. وقال: no بعد إعلان)
    if _voids_report(previous_word(t, v.start(), min(12, v.start() - s_start))) \
            and role != "noun_that":   # عدم ذكر اسمه; بعد إعلان: a noun, not a verb after بعد
        return False
    if previous_word(t, v.start(), 12) in _PASSIVE_AUXILIARIES:   # تم نقل الطالب: a noun
        return False
    if _relative_subject(t, v, s_end) and not _relative_toll(t, v, s_end):   # التي أعلنت ولاءها
        return False
    if role == "participle" and (_AFTER_NUMBER.search(t, max(s_start, v.start() - 4), v.start())   # 275 متهما
                                 or _unprefixed(previous_word(t, v.start(), 12), _NEWS_NOUNS) is not None
                                 or _adjective_participle(t, v, s_end)):
        return False
    if role == "according" and previous_word(t, v.start(), 16) in _DISTRIBUTED:
        return False   # توزعوا حسب المناطق: "by", not "according to"
    return not _belongs_to(t, v, s_end) \
        and not _in_parentheses(t, v) \
        and not _idiom(t, after, s_end)   # مسجد تابع لقوات الطوارئ; (آفاد): a name; كشف النقاب


def _role_holds(doc: Document, v: re.Match, role: str, s_start: int, s_end: int) -> bool:
    """What a reporting word of `role` needs beside it to report; True for a role that needs nothing."""
    t, after = doc.norm.text, v.end("x")
    if role == "issued_by":
        return _BY.match(t, after, s_end) is not None   # صدر عن
    if role == "said_in":
        return bool(_said_in(t, after, s_end))   # جاء في البيان
    if role == "admits":
        return _ADMITS_TO.match(t, after, s_end) is not None   # أقر الجيش بأنه
    if role == "opines":
        return bool(_opens_clause(t, v, s_start)) and _OPINION.match(t, after, s_end) is not None   # ورأى نصرالله "
    if role == "verb_about":
        return _ABOUT.match(t, after, s_end) is not None   # تحدث عن
    if role == "verb_from":
        return _LEARNED_FROM.match(t, after, s_end) is not None
    if role == "verb_documenting":
        return bool(_documents_toll(t, after, s_end))
    if role == "verb_that":   # وبين المتحدث أن; حسب ما روى الشاهد: cited (not على ما بين 150 و200: between)
        nxt = _NEXT.match(t, after, s_end)
        if _imperfect(_key(v.group("x"))) and nxt is not None and CONTENT_START.fullmatch(_word_at(t, nxt.start(1), s_end)):
            return False   # ويقدر أنه أسفر عن: "it is estimated", no one named (not ويقدر الناطق باسم الوزارة أن)
        return bool(_opens_that(t, v, s_start, s_end)) or (
            _key(v.group("x")) not in _ALSO_PREPOSITIONS
            and _CITED_AFTER.search(t, max(s_start, v.start() - 16), v.start()) is not None)
    if role == "noun_that":
        return _THAT_SOON.match(t, after, s_end) is not None or bool(_announced_toll(doc, after, s_end))
    if role == "shows":
        return bool(_shows_document(t, after, s_end))
    if role == "blames":   # not تفجير ألقي باللوم فيه على: passive
        return bool(_opens_clause(t, v, s_start)) and _BLAME.match(t, after, s_end) is not None
    if role == "document_verb":   # بعد إعلان التحالف أنه قتل: a noun of reporting, its subject and what it says
        return bool(_in_document(t, v.start(), s_start))
    if role == "cited_verb":
        return _CITED_AFTER.search(t, max(s_start, v.start() - 16), v.start()) is not None \
            or bool(_document_by(t, after, s_end)) \
            or bool(_body_says(t, after, s_end))   # وتشير بيانات المفوضية إلى؛ التي تفيد الشرطة بأنها أودت بحياة
    if role == "issue":
        return bool(_issues_document(t, v.end(), s_end))
    return True


def _find(doc: Document) -> list[_Found]:
    t = doc.norm.text
    mentions = doc.layer("actors")
    starts = [m.norm_start for m in mentions]
    history = _History(mentions)
    found: list[_Found] = []
    issuer: _Found | None = None   # the last statement that issued a document (أصدرت الوزارة بيانا)
    reporting = list(REPORT.finditer(t))   # one pass over the text, then shared out by sentence
    reporting_starts = [v.start() for v in reporting]
    sentence_starts = [start for start, _ in doc.sentences]
    listing: tuple[_Found, int] | None = None   # the statement whose list is open, and its last sentence
    quoting: tuple[_Found, int] | None = None   # the statement whose quoted words open its sentence's content, and that sentence
    for s_start, s_end in _with_statements(doc.sentences, reporting_starts, t):
        verbs = [v for v in between(reporting, reporting_starts, s_start, s_end)
                 if v.end() <= s_end and _reports_here(doc, v, s_start, s_end)]
        colon = t.find(":", s_start, s_end)
        index = bisect.bisect_right(sentence_starts, s_start) - 1
        item = _LIST_ITEM.match(t, s_start, s_end)
        if item is None or listing is None or index - listing[1] > _LIST_REACH:
            listing = None
        elif not verbs and doc.in_body(doc.norm.span(s_start, s_start)[0]):
            # ثانيا: نتج عن الحادث استشهاد 15: the statement that opened the list goes on
            found.append(listing[0]._replace(start=item.start("x"), end=s_end, verb_end=item.end("x"),
                                             rule="list_item", sentence=(s_start, s_end)))
            listing = (found[-1], index)
            continue
        else:
            listing = (listing[0], index)
        quote_item = _QUOTED_ITEM.match(t, s_start, s_end)
        if not verbs and quoting is not None and index - quoting[1] == 1 and quote_item is not None \
                and _quoted_to_end(t, quote_item.end(), s_end) and doc.in_body(doc.norm.span(s_start, s_start)[0]):
            # وقال المرصد إن «في محافظة إدلب استشهد 9». وفي محافظة حماة «استشهد خمسة»: the quoted list goes on
            found.append(quoting[0]._replace(start=s_start, end=s_end, verb_end=quote_item.end(), rule="list_item",
                                             sentence=(s_start, s_end)))
            quoting = (found[-1], index)
            continue
        quoting = None
        # مصدر أمني لنايا⏎: a header that names whom its source told, which may open a post as a section's label does
        told_label = colon < 0 and not verbs and _told_label(t, s_start, s_end) is not None
        if (not verbs and colon < 0 and not told_label) \
                or not (told_label or doc.in_body(doc.norm.span(s_start, s_start)[0])):
            continue
        inside = between(mentions, starts, s_start, s_end)
        inside_starts = [m.norm_start for m in inside]
        by_start = {m.norm_start: m for m in inside}
        in_sentence: list[_Found] = []
        headline = _headline(doc, s_start, s_end, verbs[0].start() if verbs else s_end) if colon >= 0 or told_label \
            else None
        if headline is not None:
            found.append(headline)
            in_sentence.append(headline)
        kept: list[tuple[int, int]] = []   # (index in found, start of its verb with clitics)
        for i, v in enumerate(verbs):
            word = v.group("x")
            kind = OPENS[ROLES[_key(word)]]
            if kind == "verb" and _written_passive(doc, v):
                continue   # اتُّهم شخص بتنفيذ هجوم أسفر عن مقتل 10، أُعلن عن: the one acted on follows, no speaker
            # حسبما أفاد المرصد، بحسب ما ذكرت الشرطة: the verb names who the "according to" cites
            cites = (i > 0 and OPENS[ROLES[_key(verbs[i - 1].group("x"))]] == "according"
                     and _THEN_VERB.fullmatch(t, verbs[i - 1].end(), v.start()) is not None) \
                or _CITING_BEFORE.search(t, max(s_start, v.start() - 12), v.start()) is not None   # على ما أفاد، كما ذكرت
            if in_sentence and _inside_quotation(t, in_sentence[-1], v.start()):
                continue   # قالت القيادة إن "تصدي أبطالنا يؤكد يقظتهم": the speaker's own words, quoted
            after = _NEXT.match(t, v.end("x"), s_end)
            quotes_him = word.startswith("نقل") and after is not None and _word_at(t, after.start(1), s_end) in _FROM_HIM
            from_him = quotes_him and not cites   # not حسبما نقلت عنها وكالة أنباء: the agency cited
            if quotes_him and any(f.kind == "verb" and f.mention is not None for f in in_sentence):
                continue   # وأضاف شفيعي، بحسب ما نقلت عنه وكالة فارس، أن: an outlet quoting the speaker before,
                # whose statement goes on
            outlet = _OUTLET.match(t, v.end("x"), s_end)
            if outlet is not None:   # وصرح لـ«المدينة» المتحدث الرسمي: the outlet told, then the speaker
                after = _NEXT.match(t, outlet.end(), s_end)
            subject_at = after.start(1) if after else None
            if subject_at is not None and kind == "verb":   # وقال لوكالة فرانس برس مسؤول في الشرطة
                speaker = _told_then(t, subject_at, s_end)
                subject_at = speaker.start() if speaker is not None and not CONTENT_START.fullmatch(
                    speaker.group()) else subject_at
            if kind == "verb" and word.startswith("نقل"):   # نقلت X عن Y (نقل alone: to carry, left out above)
                source = _FROM.match(t, v.end("x"), s_end)
                subject_at = source.end() if source else subject_at
            elif ROLES[_key(word)] == "said_in":   # وجاء في بيان لوزارة الداخلية أن: the document names its author
                subject_at = _IN_AT.match(t, v.end("x"), s_end).end()   # type: ignore[union-attr]
            elif ROLES[_key(word)] == "issued_by":   # صدر عن مركز الإعلام الأمني تقرير
                source = _BY.match(t, v.end("x"), s_end)
                subject_at = source.end() if source else None
            elif (ROLES[_key(word)] == "admits" or word in _CONFESSES) and subject_at is not None \
                    and _word_at(t, subject_at, s_end).startswith("ب"):
                subject_at = None   # والاحتلال يقر بإجلاء 2700 من جرحاه، الجيش اعترف بعدم تضرر: what is admitted;
                #                     its subject came before
            elif kind == "according" and subject_at is not None:
                # only وفقا takes ل (وفقا للوزارة); بحسب لجنة… keeps its ل
                after_according = _AFTER_ACCORDING if ROLES[_key(word)] == "according_l" else _AFTER_ACCORDING_NO_L
                preposition = after_according.match(t, subject_at, s_end)
                subject_at = preposition.end() if preposition else subject_at
                glued = _word_at(t, subject_at, s_end)   # بحسب مانقلته قناة الإخبارية: ما written onto the verb
                if glued.startswith("ما") and reporting_role(glued[2:]) in OPENS:
                    cited = _NEXT.match(t, subject_at + len(glued), s_end)
                    subject_at = cited.start(1) if cited else subject_at
            resumes_speaker = False
            if subject_at is not None and reporting_role(_word_at(t, subject_at, s_end)) == "resumptive":
                pronoun = _word_at(t, subject_at, s_end)
                past = subject_at + len(pronoun)
                told_outlet = _OUTLET.match(t, past, s_end)   # لما صرح به لـ»المدينة» المتحدث الرسمي
                resumed = _NEXT.match(t, told_outlet.end() if told_outlet else past, s_end)
                subject_at = resumed.start(1) if resumed else subject_at   # الذي أفاد فيه مصدر مسؤول
                # أصدرت القيادة بيانا أعلنت فيه «…»: no subject after it, the issuer goes on
                # أصدرت المنظمة تقريرا أشارت فيه إلى مقتل، ذكرت فيه مقتل: a preposition or a toll, the issuer goes on
                resumes_speaker = resumed is not None and (resumed.group(1) in _QUOTE_OPENS or bool(
                    CONTENT_START.fullmatch(_word_at(t, subject_at, s_end)))
                    or _word_at(t, subject_at, s_end) in _RESUMED_OBJECT
                    or _after_dates(t, subject_at) in _TOLL_EVENTS
                    or (pronoun in _IN_IT and subject_at not in by_start and not _word_at(t, subject_at, s_end).startswith("ال")
                        and _body_or_title_at(doc, subject_at, s_end) is None
                        and not _anonymous(_word_at(t, subject_at, s_end))))
                # أصدرت الوزارة بيانا أكدت فيه استهداف نقطة تفتيش: an indefinite noun after فيه that is no actor
                # is what is said (not أعلنت فيه المقاومة اليمنية, أفاد به مراسل), the issuer goes on
            # …، ذكر ذلك المتحدث الرسمي: a verb after a comma, its object pointing back, then its
            # subject: it closes the sentence and reports what came before it
            back = _points_back(t, v, s_start) if kind == "verb" else None
            subject_at = back if back is not None else subject_at
            issues_next = ROLES[_key(word)] == "issue" and subject_at is not None \
                and _is_document(_word_at(t, subject_at, s_end)) and _word_at(t, subject_at, s_end).endswith("ا")
            if issues_next:
                subject_at = None   # وكانت المنظمة قد نشرت تقريرا: the document its object, its issuer before the verb
            authored = False   # قال تقرير لمنظمة العفو، وثق تقرير المنظمة: a document and its author
            if subject_at is not None:
                document_at, subject_at = subject_at, _author(t, subject_at, s_end)
                authored = subject_at != document_at
            subject = by_start.get(subject_at) if subject_at is not None else None
            rule = "named_after"
            if subject is not None and subject_at is not None and subject.kind == "person" and not subject.in_table:
                # a titled name and its title after a comma: اللواء منصور التركي، المتحدث الأمني في وزارة الداخلية
                phrase = _subject_phrase(doc, subject_at, s_end)
                subject = phrase if phrase is not None and phrase.norm_end > subject.norm_end \
                    and t[subject.norm_end:phrase.norm_end].lstrip().startswith(("،", ",")) else subject
            elif subject is not None and subject_at is not None and subject.kind == "org" and not subject.in_table \
                    and _FOR_WORD.match(t, subject.norm_end, s_end):
                # a body named by its head and nationality, its name going on: التحالف اليمني لرصد الانتهاكات
                phrase = _subject_phrase(doc, subject_at, s_end)
                subject = phrase if phrase is not None and phrase.norm_end > subject.norm_end \
                    and not t[subject.norm_end:phrase.norm_end].lstrip().startswith(("،", ",")) else subject
            if subject is None and subject_at is not None:
                anaphor = _ANAPHOR_AT.match(t, subject_at, s_end)
                # … and after وفقا ل, with ل + ال written لل (وفقا للبيان): the anaphor given back its ال
                glued = _word_at(t, subject_at, s_end) if ROLES[_key(word)] == "according_l" else ""
                key = anaphor.group("x") if anaphor else "ال" + glued[2:] if glued.startswith("لل") else ""
                if key in LEXICON["anaphor"]:
                    subject = _resolve_anaphor(key, history.before(v.start()),
                                               found[-1] if found else None, issuer)
                    rule = "anaphor"
            if subject is None and subject_at is not None and kind == "verb" \
                    and _word_at(t, subject_at, s_end) in _LATTER:
                subject = _latter(doc, by_start, s_start, v.start())   # مع الجيش، أقر الأخير: the actor named last
                rule = "anaphor" if subject is not None else rule
            if subject is None and kind == "verb" and _relative_toll(t, v, s_end) \
                    and previous_word(t, v.start(), 12) in LEXICON["relative_pronoun"]:
                subject = _named_before_relative(doc, by_start, s_start, v.start())   # الجيش الذي أعلن إصابة 3
                rule = "relative" if subject is not None else rule
            if kind == "according" and subject is None:
                subject = _subject_phrase(doc, subject_at, s_end) if subject_at is not None else None
                if subject is None:
                    continue  # وفق تعبيره: not a new statement
                if ROLES[_key(word)] == "document_verb" and (
                        any(f.mention is not None and f.kind == "verb" for f in in_sentence)
                        or (subject_at is not None and _joined_clause(t, subject_at, s_end))):
                    continue   # قالت الوزارة في بيان نشرته الوكالة، في بيان أصدرته وتلقت الوكالة نسخة منه: who
                    # published the document, or none named; the speaker's statement around goes on
                rule = "phrase"
                first = _word_at(t, subject.norm_start, s_end)
                if first.endswith("نا") and _document_word(first[:-2]):
                    continue   # وفقا لمعلوماتنا، حسب تقديراتنا: the speaker's own count, the statement around goes on
                if bare(first) in NOT_AUTHOR:
                    continue   # وفق المنهج المتبع، وفقا للإجراءات: a rule, no statement (the one around goes on)
                if _document_word(first):
                    if any(f.mention is not None and f.kind != "according" for f in in_sentence):
                        continue   # أكدت صحة الأحساء …، مبينة أنه حسب الإحصائية فإن: the statement around it goes on
                    if any(OPENS[ROLES[_key(w.group("x"))]] == "according" for w in verbs[i + 1:]):
                        continue   # وفقا للبيانات الأولية، أصيب 20، بحسب الصحيفة: whose count it is, named later
                    subject = None   # وفقا للأرقام الأولية: a count whose author is not named
            if subject is None and kind == "participle":
                rule = "participle"
                # the sentence's subject, named in its first words (وتبنت الجماعة الهجوم، مؤكدة), else the
                # last speaker (مؤكدا … opening a sentence; طالب مجلس المحافظة بوقف هجوم القوات، كاشفا)
                subject = in_sentence[-1].mention if in_sentence else (
                    inside[0] if inside and inside[0].norm_start < v.start()
                    and len(t[s_start:inside[0].norm_start].split()) <= _SUBJECT_WORDS else
                    _body_after_was(doc, s_start, v.start()) or _body_after_verb(doc, s_start, v.start())
                    or _subject_closed_by(doc, s_start, v.start())
                    or (found[-1].mention if found else None))
            dated = _word_at(t, subject_at, s_end) if subject is None and subject_at is not None else ""
            if subject_at is not None and (dated in DATE_WORDS or dated == _DAY) \
                    and (later := _past_dates(t, subject_at, s_end)) != subject_at:
                # كما ذكرت أمس الجمعة مصادر رسمية، أفاد الأحد المرصد، أفاد يوم الخميس بيان للمديرية
                written_by = _document_author(doc, by_start, later, s_end) if later is not None else None
                if written_by is not None:
                    subject, rule = written_by, "named_after"
                elif later is not None and not CONTENT_START.fullmatch(_word_at(t, later, s_end)):
                    phrase = None if later in by_start else _subject_phrase(doc, later, s_end)
                    said = _NEXT.match(t, phrase.norm_end, s_end) if phrase is not None else None
                    # … a speaker, not what is announced (أعلن، الأحد، تنكيس علم السارية)
                    if cites or later in by_start or _anonymous(_word_at(t, later, s_end)) \
                            or _body_or_title_at(doc, later, s_end) is not None \
                            or (said is not None and CONTENT_START.fullmatch(_word_at(t, said.start(1), s_end))):
                        subject = by_start.get(later) or phrase
                        rule = "named_after" if later in by_start else "phrase"
            # A verb with و/ف opens a new clause: what stands before it is not its subject (… معسكر لبوزة ولفت)
            new_clause = t[v.start():v.start("x")].startswith(("و", "ف"))
            if subject is None and kind == "verb" and in_sentence and in_sentence[-1].mention is not None \
                    and _THAT_SHE_THEY.search(t, max(s_start, v.start() - 12), v.start()) is not None:
                # وتقول منظمة أطباء بلا حدود إنها أبلغت بمقتل 15: the speaker, by the pronoun on إن
                subject, rule = in_sentence[-1].mention, "carried"
            # ونقل عن ضابط في الشرطة قوله: the one quoted, not the previous speaker going on
            quoted_from = kind == "verb" and word.startswith("نقل") and _FROM.match(t, v.end("x"), s_end) is not None
            if subject is None and kind == "verb" and not quoted_from:
                # أما حزب العمال فتحدث، اما صحيفة الاتحاد فقد قالت؛ وكان المتحدث الأمني … اللواء منصور التركي قد أوضح
                # (not أما القناة فقد نقلت عن سلطات الصحة: the one it quotes)
                topic = _topic_before(doc, v, s_start) or _was_subject(doc, v, s_start)
                subject, rule = (topic, "topic") if topic is not None else (None, rule)
            count_at = _count_before(t, v, s_start) if subject is None and kind == "verb" else None
            written_by = _document_author(doc, by_start, count_at, v.start()) if count_at is not None else None
            if written_by is not None:   # وكانت حصيلة سابقة للمرصد قد أفادت بمقتل 16: the count's author speaks
                subject, rule = written_by, "named_after"
            # وفق ما أفادت: its subject follows
            if subject is None and kind == "verb" and not new_clause and not cites and not quoted_from:
                k = bisect.bisect_left(inside_starts, v.start()) - 1
                if k >= 0 and inside[k].norm_end <= v.start() and _subject_before(t, inside[k], v):
                    subject, rule = inside[k], "named_before"
            if subject is None and kind == "verb" and not new_clause and not quoted_from:
                subject = _phrase_before(doc, v.start(), _past_place_label(doc, _past_label(t, s_start, v.start()), v.start()),
                                         after.start(1) if after else s_end, _imperfect(word), issues_next)
                rule = "phrase_before"
            if subject is not None and rule in ("named_before", "phrase_before"):
                subject = _holding_phrase(doc, subject, s_start, v.start())
            # وأضاف: …، وقال «…»، وقالت إن: the previous speaker goes on; not وأعلنت «خلية الصقور»
            # … or the one an outlet quotes by his pronoun (ونقلت عنه وكالة رويترز أن: the speaker before)
            carries = ROLES[_key(word)] not in ("issued_by", "said_in") and not quoted_from and (
                after is None or resumes_speaker or from_him or (
                (_key(_word_at(t, after.start(1), s_end)) in CARRY or after.group(1) in _QUOTE_OPENS)
                and not _QUOTED_NAME.match(t, after.start(1), s_end)))
            if subject is None and not carries and after is not None and _key(word) in _TELLING \
                    and _word_at(t, after.start(1), s_end) in _TOLD_BARE:
                carries = True   # وأبلغ رويترز بأن: the agency told, the previous speaker goes on
            if subject is None and not carries and after is not None and kind == "verb" and new_clause \
                    and _key(_word_at(t, after.start(1), s_end)) in _TIME_PREPOSITIONS \
                    and not _names_speaker(t, v.end(), s_end, inside):
                carries = True   # وأضاف بعد وصولهم اتضح: no one named after it, the previous speaker goes on
            if subject is None and not carries and after is not None and kind == "verb" and new_clause \
                    and reporting_role(_key(_word_at(t, after.start(1), s_end))) == "participle":
                carries = True   # وأضاف موضحا: "…": the previous speaker goes on, the participle says how
            if subject is None and not carries and after is not None and kind == "verb" and new_clause \
                    and _key(_word_at(t, after.start(1), s_end)) in MANNER_WORDS:
                carries = True   # وأضاف بلهجة حادة: the previous speaker goes on, the phrase says how
            if subject is None and not carries and after is not None and kind == "verb" and new_clause \
                    and _said_after_dashes(t, after.start(1), s_end):
                carries = True   # وأضاف -في اتصال هاتفي مع الجزيرة- أن: the aside says how, the speaker goes on
            told = _told_then(t, after.start(1), s_end) if subject is None and not carries and after else None
            if told is not None and CONTENT_START.fullmatch(told.group()):
                carries = True   # وتابع لوكالة الأنباء الألمانية أن: the outlet told, the speaker goes on
            if subject is None and not carries and not in_sentence and kind == "verb" and after is not None \
                    and previous_word(t, v.start(), 12) in _EXPLAINING and _word_at(t, after.start(1), s_end) in _TOLL_EVENTS:
                # تكبد الجيش الإسرائيلي خسارة …، إذ أعلن مقتل 24: the sentence's subject announces
                opening = _named_after_opening_verb(doc, s_start, v.start(), by_start)
                if opening is not None and (opening.in_table or _body_word(normalize_key(opening.name.split()[0]))):
                    subject, rule = opening, "topic"   # not وقع انفجار في السوق، حيث أعلن: no body
            if subject is None and carries and new_clause and not in_sentence:
                # صحيفة ليبراسيون أجرت تحقيقا …، وكتبت إنه; ودعا ملادينوف …، وقال إن: the sentence's subject goes on
                opening = _opening_subject(doc, s_start, v.start()) \
                    or _named_after_opening_verb(doc, s_start, v.start(), by_start)
                subject, rule = (opening, "topic") if opening is not None else (None, rule)
            if subject is None and carries and count_at is not None:
                carries = False   # وكانت حصيلة سابقة أشارت إلى: the count is the subject; no speaker goes on
            if subject is None and found and carries and not (_dual_verb(word) and not _two_named(_last_speaker(found))):
                subject, rule = _last_speaker(found), "carried"  # وقالت إن …: the previous speaker goes on
            if subject is None and not carries and kind == "verb" and subject_at is not None \
                    and not _plural_subject(word) \
                    and not (word in _TOLL_EVENTS and _word_at(t, subject_at, s_end) in NUMBER_WORDS):
                # ذكروا باشتباه: its subject is the pronoun, what follows no actor; ينعى اثنين من أصدقائه: its count
                subject, rule = _subject_phrase(doc, subject_at, s_end), "phrase"  # قالت الشرطة: as written
            elif subject is None and kind == "verb" and _plural_subject(word) and in_sentence:
                # صرح قائد الشرطة بأنهم «أحصوا ثمانية قتلى»: told within what its sentence's speaker says;
                # وأعلنوا … مسؤوليتهم عن مقتل: a claim
                subject = in_sentence[-1].mention
                rule = "responsibility" if _claims_responsibility(t, v.end("x"), s_end) else "carried"
            if subject is not None and (rule == "carried" and found[-1].rule == "responsibility"
                                        or (ROLES[_key(word)] != "blames"   # حمّلت حماس مسؤولية: laid, not claimed
                                            and _claims_responsibility(t, v.end("x") if rule in ("named_before", "phrase_before")
                                                                       else subject.norm_end, s_end))):
                rule = "responsibility"   # أعلن التنظيم مسؤوليته …، وقال: the toll has no stated source; a subject
                #                           before its verb claims after it (الجيش يعترف بمسؤوليته عن مقتل 3)
            if _key(word) in _ACCUSED_AFTER and subject is not None and rule in ("named_after", "phrase") \
                    and _CHARGE_NEXT.match(t, subject.norm_end, s_end):
                # وكان تقرير …، اتهم الحوثيين بقتل 22: the one charged right after the verb is its object; the
                # accuser stands before it
                accuser = _accuser_first(doc, subject) if _opens_clause(t, v, s_start) else None
                subject = accuser if new_clause else (
                    _topic_before(doc, v, s_start) or _was_subject(doc, v, s_start)
                    or _phrase_before(doc, v.start(), s_start, subject.norm_end) or accuser)
                rule = "phrase_before"
            if ROLES[_key(word)] == "blames" and subject is not None and rule in ("named_after", "phrase") \
                    and _BLAMED_NEXT.match(t, subject.norm_end, s_end):
                subject = _accuser_first(doc, subject) if _opens_clause(t, v, s_start) else None
                subject, rule = (subject, "phrase_before") if subject is not None else (
                    (_last_speaker(found), "carried") if found else (None, rule))
            if _key(word) in _CONFESSES and _confesses_deed(t, v.end("x"), s_end):
                continue   # اعترف ألكسندر بيسونيت بقتل ستة مصلين: a confession of the deed, not a report of a toll
            if _key(word) in _ACCUSES and (not _opens_clause(t, v, s_start) or (
                    subject is not None and _CHARGE_NEXT.match(t, subject.norm_end, s_end))) \
                    and not _headline_accuser(t, v, s_start, s_end):
                continue   # ويتهم هؤلاء الأشخاص بالتسبب في مقتل: is accused; أن أنقرة تتهم: within a statement
            if ROLES[_key(word)] == "record" and (subject is None or not _reports(subject) or _place_alone(doc, subject)
                                                  or _records_scenes(t, subject, s_end)):
                continue   # سجلت عدة حوادث (were recorded), سجلت المدينة، سجلت أنقرة أمطارا (a place): no body that reports
            if (ROLES[_key(word)] == "issue" or authored) and subject is not None:
                issuer = None if rule == "responsibility" else _Found(v.start("x"), s_end, v.end("x"), subject,
                                                                      rule, kind, (s_start, s_end))
            if subject is not None:
                subject = _with_latin_name(doc, subject, s_end)   # وذكرت شبكة CNN
            if cites and subject is not None and _also_reports(t, v.start(), subject.norm_end, s_end):
                cites = False   # …، كما أفاد مصدر في المستشفى باستشهاد فلسطينية: also reported, a content of its own
            if subject is not None and (cites or kind == "according"):
                subject = _with_joined(doc, subject, s_end, by_start)   # وفقا لما ذكرته الوزارة والشرطة،
            in_document = kind == "verb" and _in_document(t, v.start(), s_start)   # في حصيلة جديدة أعلنتها مصادر
            cites = cites or (back is not None and subject is not None)
            statement = _Found(v.start("x"), s_end, v.end("x"), subject, rule if subject else "none",
                               "according" if cites or in_document else kind, (s_start, s_end))
            found.append(statement)
            in_sentence.append(statement)
            kept.append((len(found) - 1, v.start()))
        # Each statement runs to the next one kept (حسب نوع الإصابات opens none) or the sentence end;
        # an "according to" set off by commas inside a statement whose content has not begun (أعلنت
        # الخلية، بحسب موقع المدى، مقتل 53) covers only itself, and the statement goes on over it.
        if found and found[-1].mention is not None and found[-1].sentence == (s_start, s_end) \
                and (content := _QUOTED_CONTENT.match(t, found[-1].verb_end, s_end)) is not None \
                and _quoted_to_end(t, content.end(), s_end):
            quoting = (found[-1], index)   # وقال المرصد في بيان انه «في محافظة ريف دمشق استشهد …»
        if found and found[-1].mention is not None and _LIST_OPENS.search(t, s_start, s_end) \
                and index - (bisect.bisect_right(sentence_starts, found[-1].sentence[0]) - 1) <= _LIST_REACH:
            listing = (found[-1], index)   # صرح المتحدث بأنه … . كما أسفرت الإجراءات عن النتائج التالية:
        asides = {j for j, _ in kept if _aside(t, found, j, s_end)}
        claimed = {j: _claim_end(t, found[j], s_end) for j, _ in kept if _reported_claim(t, found, j)}
        main = [(j, at) for j, at in kept if j not in asides and j not in claimed]
        for (j, _), (_, end) in zip(main, main[1:] + [(-1, s_end)]):
            found[j] = found[j]._replace(end=end)
        for j in asides:
            aside = found[j].mention
            found[j] = found[j]._replace(end=aside.norm_end if aside is not None else found[j].end)
        for j, end in claimed.items():
            found[j] = found[j]._replace(end=end)
    return _over_lines(_over_semicolons(_before_narration(_before_background(_before_asides(found, t), t), t),
                                        doc.sentences, t), t)


_DAY, _AT_BODY = normalize_key("يوم"), normalize_key("لدى")
# Envoys, and the bodies one serves at (المندوب لدى الأمم المتحدة، وكيل الجمهورية لدى المحكمة)
_ENVOYS = frozenset(without_article(normalize_key(w)) for w in ("مبعوث", "مندوب", "ممثل", "سفير", "قنصل", "وكيل", "وكالة"))
_SERVED_AT = frozenset(without_article(normalize_key(w)) for w in (
    "الأمم", "الجامعة", "الاتحاد", "المحكمة", "الحكومة", "المجلس", "المنظمة", "الحلف", "النيابة", "الهيئة"))
# ومقره لندن، ومركزه بريطانيا: where the body sits
_SEAT = frozenset(normalize_key(w) for w in ("مقره", "مقرها", "مقرة", "مقرهم", "مركزه", "مركزها"))
_WAW_WORDS = frozenset(normalize_key(w) for w in ("وزارة", "وزير", "وزيرة", "وفد", "ولاية", "والي", "وحدة", "وحدات",
                                                   "وسائل", "وكيل", "وكالات", "وسيط", "وسطاء"))   # و of the word
_JOINED = re.compile(r"[^\S\n]+و(?=[\u0621-\u064a]{3})")
_CLAUSE_END = re.compile(r"[^\S\n]*(?:[،,.؛]|\Z)")


def _with_joined(doc: Document, subject: ActorMention, end: int, by_start: dict[int, ActorMention]) -> ActorMention:
    """The cited actor with a second one joined by و when the two close the clause (بحسب ما ذكرته
    الشرطة والدفاع المدني، …، وفقا للوزارة ومنظمات الإغاثة.): both are the source."""
    t = doc.norm.text
    joined = _JOINED.match(t, subject.norm_end, end)
    if joined is None:
        return subject
    second = by_start.get(joined.end()) or _subject_phrase(doc, joined.end(), end)
    word, whole = _word_at(t, joined.end(), end), _word_at(t, joined.end() - 1, end)
    if second is None or not _CLAUSE_END.match(t, second.norm_end, end) or word in _SEAT \
            or reporting_role(word) not in (None, "title", "qualifier") \
            or _key(whole) in ROLES or whole in _MEDIA or whole in _WAW_WORDS:   # وكالة, a word of its own
        return subject
    s, e = doc.norm.span(subject.norm_start, second.norm_end)
    return subject._replace(start=s, end=e, surface=doc.text[s:e], name=_as_name(doc.text[s:e], doc.text),
                            norm_end=second.norm_end)


_LATIN_NAME = re.compile(r"[^\S\n]+[A-Za-z](?:[\w&-]|\.(?=\w))*(?:[^\S\n]+[A-Za-z](?:[\w&-]|\.(?=\w))*){0,3}", re.ASCII)


def _with_latin_name(doc: Document, subject: ActorMention, end: int) -> ActorMention:
    """A medium's name written in Latin letters after its noun is part of the actor (شبكة CNN،
    وكالة AP، صحيفة The Times), which Arabic-letter phrases alone leave out."""
    t = doc.norm.text
    words = t[subject.norm_start:subject.norm_end].split()
    latin = _LATIN_NAME.match(t, subject.norm_end, end)
    if not words or latin is None or (words[-1] not in _MEDIA and bare(words[-1]) not in _MEDIA):
        return subject
    s, e = doc.norm.span(subject.norm_start, latin.end())
    return subject._replace(start=s, end=e, surface=doc.text[s:e], norm_end=latin.end(),
                            name=original(doc.text, doc.norm, subject.norm_start, latin.end()))


def _before_background(found: list[_Found], t: str) -> list[_Found]:
    """A statement whose content has not begun (no أن/إن, colon or quotation after its verb)
    ends where a relative clause or a clause of time tells an earlier event's toll: a relative
    pronoun or a time word (بعد، إثر، بعدما) and a toll verb in its clause, before a comma (أعلنت
    السلطات حالة التأهب إثر هجمات الأسبوع الماضي التي أسفرت عن مقتل 50؛ أعلن الإقليم استقلاله بعد
    نزاع حصد 13 ألف قتيل): that toll is no part of what is reported, and has no source. Not in an
    accusation or a blame, whose charge is what is reported (اتهمت دمشق وموسكو إسرائيل بشن الهجوم الذي أسفر عن
    مقتل 14: the accusers' toll)."""
    for j, f in enumerate(found):
        verb = _key(_word_at(t, f.start, f.verb_end))
        if f.kind == "verb" and ROLES.get(verb) == "blames":
            found[j] = _blame_end(t, f)
            continue
        if f.kind != "verb" or (verb in _ACCUSED_AFTER and t[f.sentence[0]:f.start].strip(" \t«\"“-") in ("", "و", "ف")):
            continue   # an accusation opening its clause (not غارات اتهمت دمشق إسرائيل بتنفيذها، …)
        content = CONTENT_START.search(t, f.verb_end, f.end)
        while content is not None and (name := _SHORT_QUOTATION.match(t, content.start(), f.end)) is not None:
            content = CONTENT_START.search(t, name.end(), f.end)   # صحيفة "ديلي ميل"، بهجوم «مانشستر أرينا»: a name
        stop = content.start() if content else f.end
        for opener in _BACKGROUND_OPENS.finditer(t, f.verb_end, stop):
            if opener.group("relative") and previous_word(t, opener.start(), 12) in _CONSEQUENCE:
                continue   # أعلنت القيادة تنفيذ غارة، الأمر الذي أدى إلى مقتل 2: what the reported event led to
            if opener.group("relative") and _casualties_before(t, opener.start()):
                continue   # أكدت "صحة بيشة" تقديم العلاج للمصابين المصريين الذين سقطوا: who the report is about
            if any(reporting_role(w) == "toll_verb"
                   for w in _background_clause(t, opener.end(), stop, past_comma=not opener.group("relative"))):
                found[j] = f._replace(end=opener.start())
                break
    return found


def _blame_end(t: str, f: _Found) -> _Found:
    """A blame's charge runs to its first comma, or on past it into the toll of the event blamed
    (ألقت إيران باللوم على إسرائيل في هجوم على القاعدة، وأسفر عن قتل سبعة); not into a clause of
    its own (وحملت السلطات داعش مسؤولية الهجوم، وبعد إقدام الحزب على قتل اثنين)."""
    blame = _BLAME.match(t, f.verb_end, f.end)
    comma = next((m.start() for m in _COMMA.finditer(t, blame.end(), f.end)), None) if blame else None
    if comma is None:
        return f
    after = _WORD.search(t, comma, f.end)
    return f if after is not None and reporting_role(after.group()) == "toll_verb" else f._replace(end=comma)


# A quotation of a few words closed inside the clause (صحيفة "ديلي ميل"، إعلان "حالة الطوارئ 12 شهرا"):
# a name or a phrase quoted, not the start of what is said (unlike _QUOTED_NAME, it may hold a number)
_SHORT_QUOTATION = re.compile(r"[«\"“][^\S\n]*[^\W\d_]+(?:[^\S\n]+[^\s«»\"“”:]+){0,3}[^\S\n]*[»\"”](?![^\S\n]*[:.])")


def _accuser_first(doc: Document, phrase: ActorMention) -> ActorMention | None:
    """The accuser at the head of a phrase read up to the charge, when places open it and the one
    accused follows with no و (اتهمت باكستان الهند بانتهاك، اتهمت سوريا وروسيا القوات الإسرائيلية
    بشن), or a definite word follows a definite one and is no adjective of it (اتهمت الحكومة التنظيم
    بالوقوف): the words before; None when the phrase holds no such break."""
    t = doc.norm.text
    words = list(_WORD_AT.finditer(t, phrase.norm_start, phrase.norm_end))
    for i, word in enumerate(words[:-1]):
        after = words[i + 1].group()
        if (_place_ends_at(doc, word.end()) and not after.startswith("و")) or (
                word.group().startswith("ال") and after.startswith("ال") and not is_nisba(after)) or (
                _place_at(doc, words[i + 1].start()) and word.group() not in _IN and bare(word.group()) not in _HEADS
                and reporting_role(word.group()) is None):   # واتهمت نويرت موسكو بـ: a name, then the place accused
            s, e = doc.norm.span(phrase.norm_start, word.end())
            return phrase._replace(end=e, surface=doc.text[s:e], name=_as_name(doc.text[s:e], doc.text),
                                   norm_end=word.end())
    return None


def _casualties_before(t: str, at: int) -> bool:
    """A casualty noun, and perhaps its relative adjective, ends right before `at` (للمصابين المصريين)."""
    word = previous_word(t, at, 12)
    if is_nisba(word) and word.startswith(("ال", "لل")):
        word = previous_word(t, at - len(word) - 1, 12)
    return word in _FIGURE_CUES


def _background_clause(t: str, at: int, end: int, past_comma: bool) -> list[str]:
    """The first words of the clause at `at`, to its comma, or for a clause of time past it to what
    the event led to (بعد انهيار جسر موراندي الثلاثاء، ما أسفر عن مقتل 39; not after a relative clause:
    لواء … الذي يسيطر على البلدة، ما أدى لمقتل 3, where what led to the toll is the reported event)."""
    words = _WORD_OR_COMMA.findall(t, at, end)[:_BACKGROUND_WORDS]
    clause: list[str] = []
    for k, w in enumerate(words):
        if w in "،," and not (past_comma and k + 1 < len(words) and words[k + 1] in _WHAT_LED):
            break
        clause.append(w)
    return clause


_BACKGROUND_WORDS = 8
_WHAT_LED = frozenset(("ما", "مما"))
_CONSEQUENCE = frozenset(normalize_key(w) for w in ("الأمر", "الشيء", "والأمر"))   # الأمر الذي: the consequence
_WORD_OR_COMMA = re.compile(r"[\u0621-\u064a]+|[،,]")
_RELATIVE = re.compile(rf"(?<!\w)(?:{alternation(LEXICON['relative_pronoun'])})(?!\w)")
_AFTER_EVENT = _TIME_PREPOSITIONS | {normalize_key(w) for w in ("بعدما", "غداة")}   # … نزاع حصد 13 ألف قتيل
# a relative pronoun, also after و (والتي خلفت), or a time word (not من قبل: by)
_BACKGROUND_OPENS = re.compile(rf"(?<!\w)(?:(?P<relative>و?(?:{alternation(LEXICON['relative_pronoun'])}))"
                               rf"|(?<!من )(?:{alternation(_AFTER_EVENT)}))(?!\w)")


def _before_narration(found: list[_Found], t: str) -> list[_Found]:
    """A statement whose content has begun ends where the writer goes on after it with no
    quotation open (قال إن الوضع مستقر، وذلك بعد مقتل 30؛ قالت الفصائل إنها قررت …، هذا فيما نفذ
    الطيران غارة): what follows is told by the writer, and has no source. So it does after a content
    with no أن, a verbal noun (أعلنت الشركة وقف رحلاتها، وذلك بعد يوم من تحطم طائرة), when the words
    open with وذلك or هذا (not غداة alone, which may date what is said before it), or when a clause of
    its own follows it (أعلنت مصادر مقتل 5 جنود، بينما استشهد 16 فلسطينيا: the verbal noun is all it said)."""
    for j, f in enumerate(found):
        content = CONTENT_START.search(t, f.verb_end, f.end)
        ends = [n.start() for n in _NARRATION.finditer(t, content.end() if content else f.verb_end, f.end)
                if content is not None or t[n.start():n.end()].lstrip(" ،,").startswith(_THAT_NARRATION)]
        if f.kind == "verb" and f.mention is not None and f.rule != "carried" \
                and ((content is None and not _THAT_ON.search(t, f.verb_end, f.end)) or _own_act(t, content, f.end)):
            ends = sorted(ends + _own_clauses(t, f))
        for end in ends:
            if _quotes_open(t, f.verb_end, end) <= 0 and t.count('"', f.verb_end, end) % 2 == 0:
                found[j] = f._replace(end=end)
                break
    return found


# A clause of its own ends a statement whose content is a verbal noun, or the speaker's own act (_own_act), and
# whose actor is named in its sentence (أعلنت مصادر مقتل 5 جنود، بينما استشهد 16 فلسطينيا): فيما/بينما or في and
# a writer's link (_LINKING_PHRASES: في حين، في الأثناء، في غضون ذلك، في المقابل), then a verb. Not a name, a
# number or the أن that goes on with what is said (في حين أن، فيما يتعلق، بينما هو); not a clause that counts
# "others" of what was said (بمقتل 14، فيما استشهد أربعة آخرون), links another total to a toll said (…، بينما بلغ
# عدد الضحايا في حماة 13) or follows a حيث that tells the report in detail: the report goes on in those. كما ("also") goes on
# with the same reporter as often as not (…، كما قتل مدنيان في قصف).
_OWN_CLAUSE = re.compile(rf"[،,][^\S\n]*و?(?:فيما|بينما|في(?:[^\S\n]+هذه)?[^\S\n]+(?:{alternation(_LINKING_PHRASES)}))"
                         rf"[^\S\n]+(?P<next>[^\W_]+)")
_WHERE = re.compile(r"(?<!\w)حيث(?!\w)")
_THAT_ON = re.compile(r"(?<!\w)[بل]ان(?:ه|ها|هم)(?!\w)")   # بأنه، لأنها: what is said, which CONTENT_START leaves out
_OTHERS = re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(normalize_key(w) for w in ("آخرون", "آخرين", "أخريات", "آخران")))
_NOT_OWN_CLAUSE = frozenset(normalize_key(w) for w in ("أن", "إن", "أنه", "أنها", "يتعلق", "يخص", "يلي", "هو", "هي", "هم")) \
    | _TOLL_LINKS | CHANGE_WORDS   # …، فيما وصل عدد المصابين، بينما ارتفعت الحصيلة: another total of the report


def _own_act(t: str, content: re.Match | None, end: int) -> bool:
    """Whether what is said is the speaker's own act (أعلنت كتائب القسام أنها قصفت تل أبيب): أنه/أنها and
    a verb, a statement a clause of its own may follow as it follows a verbal noun."""
    if content is None or content.group() not in _SELF_THAT:
        return False
    verb = _word_at(t, content.end() + 1, end)
    return verb_shaped(verb) and reporting_role(verb) is None and verb not in _FIGURE_CUES


_SELF_THAT = frozenset(("انه", "انها"))


def _own_clauses(t: str, f: _Found) -> list[int]:
    """Where clauses of their own (_OWN_CLAUSE) open inside a statement whose content is a verbal noun or the
    speaker's own act; one that links a total (في حين ارتفع عدد الشهداء) only after a content with no toll
    (أعلنت كتائب القسام قصف غرف قيادة، في حين ارتفع عدد الشهداء في جنين إلى 8)."""
    starts = []
    for c in _OWN_CLAUSE.finditer(t, f.verb_end, f.end):
        after = c.group("next")
        clause_end = _CLAUSE_END.search(t, c.end(), f.end)
        said_toll = any(w.group() in _HARM_WORDS for w in _WORD_AT.finditer(t, f.verb_end, c.start()))
        if (after in _NOT_OWN_CLAUSE and (said_toll or after not in _TOLL_LINKS | CHANGE_WORDS)) \
                or after[0].isdigit() or after.startswith("ال") \
                or _OTHERS.search(t, c.end(), clause_end.start() if clause_end else f.end) \
                or _WHERE.search(t, f.verb_end, c.start()):
            continue
        starts.append(c.start())
    return starts


def _before_asides(found: list[_Found], t: str) -> list[_Found]:
    """A statement ends where the writer's own aside begins in its sentence (…، ويذكر أن حصيلة
    الشهر الماضي بلغت مقتل 1446: the writer's, not the speaker's)."""
    for j, f in enumerate(found):
        aside = _ASIDE.search(t, f.verb_end, f.end)
        if aside is not None:
            found[j] = f._replace(end=aside.start())
    return found


def _joined_clause(t: str, at: int, end: int) -> bool:
    """Whether the word at `at` opens a clause joined by و/ف (وتلقت، فأكدت): not a body's name that
    begins with و (وزارة، وكالات) nor a body or title after و."""
    word = _word_at(t, at, end)
    return len(word) > 3 and word[0] in "وف" and word not in _WAW_WORDS \
        and not any(_body_word(w) or reporting_role(w) == "title" for w in (word, word[1:]))   # وكالة، ووزير


def _shows_document(t: str, verb_end: int, end: int) -> bool:
    """Whether a verb of showing (أظهر، تظهر) has a document for subject, which reports for its
    author (وأظهر التقرير أن، تظهر الإحصاءات): not أظهرت صور مقتل 5, what pictures show."""
    after = _NEXT.match(t, verb_end, end)
    return after is not None and _document_word(_word_at(t, after.start(1), end))


def _document_by(t: str, verb_end: int, end: int) -> bool:
    """Whether a document with its author in the phrase follows a verb (تشير بيانات المفوضية،
    يشير التقرير الصادر عن الأمم المتحدة); not تشير حصيلة الهجوم، تشير التقديرات, no one's word."""
    after = _NEXT.match(t, verb_end, end)
    if after is None or not _document_word(_word_at(t, after.start(1), end)):
        return False
    author = _author(t, after.start(1), end)
    return author != after.start(1) and _body_word(_word_at(t, author, end))


BODY_SAYS_WORDS = 6   # words of a body's phrase between a verb and the أن of what the body says


def _body_says(t: str, verb_end: int, end: int) -> bool:
    """Whether a body, its head first, follows a verb and then says something within a few words
    (تفيد الشرطة بأنها، يفيد الجيش بأن، تفيد مصادر طبية بأن), which makes the verb a report."""
    words = list(itertools.islice(_WORD.finditer(t, verb_end, min(end, verb_end + 120)), BODY_SAYS_WORDS + 1))
    if not words or not _body_word(words[0].group()):
        return False
    return any(CONTENT_START.fullmatch(w.group()) or (w.group().startswith("ب") and CONTENT_START.fullmatch(w.group()[1:]))
               for w in words[1:])   # … بأنها


def _in_document(t: str, verb_start: int, s_start: int) -> bool:
    """Whether a verb with the document as its object (أصدرته، أعلنتها) follows في and a
    document, so that it names the document's author for what the sentence says (وفي تقرير
    أصدرته لجنة الإنقاذ، في حصيلة جديدة أعلنتها مصادر أمنية); not after بحسب (its own statement)."""
    words = _WORD.findall(t, max(s_start, verb_start - 60), verb_start)[-3:]
    return any(_document_word(w) and i > 0 and words[i - 1] in _IN_WORDS and i >= len(words) - 2
               for i, w in enumerate(words)) \
        or (len(words) >= 2 and words[-1] in LEXICON["relative_pronoun"] and _document_word(words[-2]))   # الحصيلة التي أوردتها


_IN_WORDS = frozenset(("في", "وفي", "ففي"))
# Words of sharing out or ranking after which حسب means "by" (توزع القتلى حسب المناطق، مصنفة حسب العمر)
_DISTRIBUTED = with_prefixes({normalize_key(w) for w in (
    "توزع", "توزعت", "توزعوا", "يتوزع", "تتوزع", "يتوزعون", "موزعة", "موزعين", "موزعون", "توزيعهم", "توزيعها",
    "مقسمة", "مقسمين", "مصنفة", "مصنفين", "مرتبة")}, ("", "و"))


def _idiom(t: str, verb_end: int, end: int) -> bool:
    """Whether an idiom's object stands within the three words after a reporting verb, past the day
    it was done, so that it reports nothing (كشف النقاب عن، كشفت الوزارة النقاب عن: unveiled;
    أعلنت الحكومة السبت الحداد، أعلن حالة الطوارئ: a decision, not a report)."""
    words = list(itertools.islice((w for w in _WORD.findall(t, verb_end, min(end, verb_end + 80)) if w not in DATE_WORDS), 4))
    return any(_key(w) in _IDIOM_OBJECTS and (_key(w) not in _ALSO_NAMES or (
        i + 1 < len(words) and words[i + 1] in _ALSO_NAMES[_key(w)])) for i, w in enumerate(words[:3]))


# Idiom objects that are also family names (سامي الحداد): the object only with the word that follows it
_ALSO_NAMES = {normalize_key("الحداد"): frozenset(normalize_key(w) for w in (
    "الوطني", "العام", "الرسمي", "لمدة", "ليوم", "ليومين", "لثلاثة", "ثلاثة", "يومين", "أسبوعا"))}


def _past_dates(t: str, at: int, end: int) -> int | None:
    """Where the first word after the date words at `at` stands (ذكرت أمس الجمعة مصادر: مصادر; قالت،
    الشهر الماضي، إن: إن)."""
    for word in _WORD_AT.finditer(t, at, end):
        if word.group() not in DATE_WORDS and word.group() not in _PERIODS and word.group() not in "،," \
                and not (word.group() == _DAY and _word_at(t, word.end() + 1, end) in DATE_WORDS):
            return word.start()
    return None


_DAY = normalize_key("يوم")   # يوم الخميس: the day's name follows


def _document_author(doc: Document, by_start: dict[int, ActorMention], at: int, end: int) -> ActorMention | None:
    """The author of the document or count at `at` (بيان للمديرية العامة، حصيلة سابقة للمرصد), if it names one."""
    author = _author(doc.norm.text, at, end)
    return None if author == at else by_start.get(author) or _subject_phrase(doc, author, end)


def _after_dates(t: str, at: int) -> str:
    """The first word at or after `at` that is no date word, day or year number, nor a span of a
    month (الأحد 19 يوليو مقتل، نهاية أفريل الماضي مقتل: مقتل)."""
    for word in _WORD_AT.finditer(t, at, min(len(t), at + 60)):
        w = word.group()
        if w not in DATE_WORDS and not w.isdigit() and w not in "،,/" and w not in _PERIODS \
                and bare(w) not in _MONTH_EDGES | _MONTH_SPANS:
            return w
    return ""


def _in_parentheses(t: str, verb: re.Match) -> bool:
    """A word alone in parentheses is a name or an acronym (وكالة إدارة الكوارث (آفاد)), never a verb."""
    return t[max(0, verb.start() - 2):verb.start()].strip().endswith("(") and t[verb.end():verb.end() + 2].strip().startswith(")")


def _aside(t: str, found: list[_Found], j: int, s_end: int) -> bool:
    """Whether statement `j` is an "according to" set off by commas right inside the statement
    before it, whose content has not begun: only a date or the subject between that verb and
    the comma before بحسب (وأعلنت «خلية الصقور»، الخميس الماضي، بحسب موقع «المدى»، عن مقتل …)."""
    f = found[j]
    if j == 0 or f.kind != "according" or f.rule != "phrase" or f.mention is None:
        return False
    before = found[j - 1]
    if before.sentence != f.sentence or before.kind != "verb" or before.mention is None \
            or before.rule in ("carried", "responsibility", "headline"):
        return False
    between = t[before.mention.norm_end:f.start]
    return between.rstrip().endswith(("،", ",")) and CONTENT_START.search(between) is None \
        and _ASIDE_CLOSE.match(t, f.mention.norm_end, s_end) is not None


def _reported_claim(t: str, found: list[_Found], j: int) -> bool:
    """Whether statement `j` is a claim of responsibility told inside what the statement before
    it in its sentence says (قالت الشرطة إن تفجيرا أعلن تنظيم داعش مسؤوليته عنه قتل 100): the
    speaker reports the toll, and the claim covers only its own words; also when the claimant
    stands before its verb (قالت المصادر إن تنظيم داعش أعلن مسؤوليته عن الهجوم الذي قتل فيه 8)."""
    f = found[j]
    if j == 0 or not (f.rule == "responsibility"
                      or (f.mention is None and _claims_responsibility(t, f.verb_end, f.end))):
        return False
    before = found[j - 1]
    return before.sentence == f.sentence and before.mention is not None \
        and before.rule not in ("responsibility", "headline") \
        and CONTENT_START.search(t, before.verb_end, f.start) is not None


def _claim_end(t: str, f: _Found, end: int) -> int:
    """Where a claim of responsibility ends: after its responsibility word and an عن with a
    pronoun (مسؤوليته عنه), or at its subject's end when no such word follows."""
    at = f.mention.norm_end if f.mention is not None else f.verb_end
    for word in _WORD_AT.finditer(t, at, min(end, at + 100)):
        if reporting_role(word.group()) == "responsibility":
            after = _CLAIMED_ABOUT.match(t, word.end(), end)
            return after.end() if after else word.end()
    return at


_CLAIMED_ABOUT = re.compile(r"[^\S\n]+عن(?:ه|ها|هم)(?!\w)")
_ASIDE_CLOSE = re.compile(r"[^\S\n]*[،,][^\S\n]*\w")   # the comma that closes the aside, then the statement


def _over_semicolons(found: list[_Found], sentences: list[tuple[int, int]], t: str) -> list[_Found]:
    """A statement that runs to the end of a sentence closed by a semicolon goes on into the
    sentences after it, up to the first that holds a statement or ends otherwise: the semicolon
    cuts one statement (قوله إن مسلحين هاجموا القرية؛ ما أدى إلى مقتل 12 قرويا). So does one
    whose next sentence goes on with its toll (أعلنت الوزارة تسجيل 4 إصابات. وبذلك يصل عدد …),
    and one whose quotation is still open at its sentence's end."""
    sentence_starts = [start for start, _ in sentences]
    statement_starts = [f.start for f in found]
    quoted_into: set[int] = set()   # statements that a quotation carried over a break reaches
    for j, f in enumerate(found):
        i = bisect.bisect_right(sentence_starts, f.sentence[0]) - 1
        end = f.end
        quotes = _quotes_open(t, f.verb_end, f.end)   # opened minus closed, sentence by sentence
        # "…" opens and closes with one mark: open while their count from the sentence start is odd,
        # unless a » closes it (قال إنه "على علم بالحادث»); in a statement that such a quotation reaches,
        # its first mark closes that quotation (قال محمود "… . أخذت عينة إلى معمل وقالوا إن …". وتوفي)
        straight = t.count('"', f.sentence[0], f.end)
        straight -= j in quoted_into and straight > 0
        while 0 <= i < len(sentences) - 1 and end >= sentences[i][1] and (
                _ends_with_semicolon(t, sentences[i][1]) or _CONTINUATION.match(t, sentences[i + 1][0])
                or (quotes + straight % 2 > 0 and "\n" not in t[sentences[i][1]:sentences[i + 1][0]])):   # within its paragraph
            i += 1
            was_open = straight % 2 and quotes == 0
            carried = was_open or quotes > 0   # a quotation still open at the break
            quotes += _quotes_open(t, sentences[i][0], sentences[i][1])
            straight += t.count('"', sentences[i][0], sentences[i][1])
            later = bisect.bisect_left(statement_starts, sentences[i][0])
            if later < len(found) and found[later].start < sentences[i][1]:
                end = found[later].start
                if carried:
                    quoted_into.add(later)
                break
            end = sentences[i][1]
            if was_open and not _ends_with_semicolon(t, sentences[i - 1][1]) \
                    and not _CONTINUATION.match(t, sentences[i][0]):
                end = t.index('"', sentences[i][0], end) + 1 if '"' in t[sentences[i][0]:end] else end
                # the quotation that went on over the break closes here: what follows it is not quoted
        if end != f.end:
            found[j] = f._replace(end=end)
    return found


_LINE_OPENS = re.compile(r":[^\S\n]*\n(?=[^\S\n]*\S)")   # a colon that ends a line, a written line after it
_LINE_TAIL = 3   # words between a verb's subject and the colon that ends its line (في بيان له)
_LIST_LINE = 200   # characters of a line of a list, or of a post's news line by line
_VOCATIVES = frozenset(normalize_key(w) for w in ("يا", "أيها", "أيتها"))
_ADDRESS = re.compile(rf"[^\S\n]*(?:{'|'.join(sorted(_VOCATIVES))})(?!\w)")   # a line that addresses its audience


def _says_lines(t: str, f: _Found) -> bool:
    """The colon that ends a statement's line opens what its actor says: after a label that names an actor, not
    a lone section word (التعليق:، التفاصيل:), or after a verb, its subject and a few words (قال الجيش في
    بيان:), not a clause that introduces a list of its own (تحدث أحد التقارير عن … ومنها:)."""
    m = f.mention
    if m is None or f.kind != "verb":
        return False   # وفق التواريخ الآتية: what a list is ordered by
    if f.rule == "headline":
        words = [normalize_key(w) for w in m.name.split()]
        if words[0] in _VOCATIVES or (words[0].startswith("يا") and words[0][2:3] == "ا"):
            return False   # يا أبناء شعبنا:، ياأبناء محافظة تعز: whom a statement addresses
        return m.in_table or len(words) > 1 or not words[0].startswith("ال") or bare(words[0]) in _BODY_HEADS | _ORG_HEADS
    return len(_WORD.findall(t, max(f.verb_end, m.norm_end), f.end)) <= _LINE_TAIL


def _over_lines(found: list[_Found], t: str) -> list[_Found]:
    """A statement whose clause ends its line with a colon says the line after it, and the lines after that
    when they are a list of short lines, the way a post's label does (جيش العدو:، مكتب نتنياهو:، وقال الجيش في
    بيان:, then the news line by line): up to a blank line, the next line that ends in a colon, or the next
    statement. A label whose first line addresses an audience (الحرس الثوري:⏎أيها الشعب الكويتي) opens a
    speech: it says its paragraphs too, as does a label alone on its line, a post's header (جيش الاحتلال:⏎…). A
    label with what it says on its own line (ترامب: كنا في فيتنام …. 18 قتيلا فقط) says the rest of that line."""
    starts = [f.start for f in found]
    for j, f in enumerate(found):
        opens = _LINE_OPENS.match(t, f.end - 1) or (_LINE_AFTER.match(t, f.end) if f.rule == "headline"
                                                     and t[f.verb_end - 1] != ":" else None)   # مصدر لنايا⏎
        if not _says_lines(t, f):
            continue
        later = bisect.bisect_right(starts, f.start)
        opens_line = f.rule == "headline" and _past_label(t, t.rfind("\n", 0, f.start) + 1, f.start) == f.start
        if opens is None:
            if not opens_line:
                continue   # … only a label that opens its line
            end = len(t) if (newline := t.find("\n", f.end)) < 0 else newline
        else:
            end, line_start = f.end, opens.end()
            # … and so does a label alone on its line, a post's header (جيش الاحتلال:⏎ then its news)
            address = _ADDRESS.match(t, line_start) is not None or opens_line
            while line_start < len(t):
                line_end = len(t) if (newline := t.find("\n", line_start)) < 0 else newline
                if not t[line_start:line_end].strip() or t[line_start:line_end].rstrip().endswith(":") or (
                        end > f.end and not address
                        and (line_end - line_start > _LIST_LINE or end - t.rfind("\n", 0, end) > _LIST_LINE)):
                    break   # … past the first line, only a list of short lines (not the paragraphs of an article)
                end, line_start = line_end, line_end + 1
            if later < len(found) and found[later].start == opens.end() and found[later].mention is None:
                found[later] = found[later]._replace(mention=f.mention, rule="line_label")   # جهاز مكافحة الإرهاب:
                later += 1                                                                   # يعلن استشهاد 3
            if address:   # … and goes on past its own actor speaking again inside it (بيان صادر عن العلاقات
                again = later   # الإعلامية في حزب الله:⏎ … تؤكد العلاقات الإعلامية في حزب الله أن …⏎ …)
                while again < len(found) and found[again].start < end and _same_speaker(found[again], f):
                    again += 1
                bound = min(end, starts[again]) if again < len(found) else end
                for k in range(later, again):
                    found[k] = found[k]._replace(end=max(found[k].end, bound))
                later = again
        found[j] = f._replace(end=max(f.end, min(end, starts[later]) if later < len(found) else end))
    return found


def _same_speaker(a: _Found, b: _Found) -> bool:
    """Whether two statements name one actor, written alike."""
    return a.mention is not None and b.mention is not None and normalize_key(a.mention.name) == normalize_key(b.mention.name)


def _adjective_participle(t: str, v: re.Match, end: int) -> bool:
    """A participle that agrees with the indefinite feminine word right before it and says nothing
    after it (بتدابير أمنية مشددة مع الاحتفال): an adjective, not "stressing" (not مصادر طبية مؤكدة أن)."""
    before = previous_word(t, v.start(), 12)
    if not v.group("x").endswith("ه") or not before.endswith("ه") or before.startswith("ال") or t[v.start():v.start("x")]:
        return False
    after = _NEXT.match(t, v.end("x"), end)
    if after is None or after.group(1) in "،,.":
        return True
    word = _word_at(t, after.start(1), end)
    return not (CONTENT_START.fullmatch(word) or _key(word) in CARRY or after.group(1) in _QUOTE_OPENS
                or _after_dates(t, after.start(1)) in _TOLL_EVENTS)   # مشددة على، مؤكدة أن، مؤكدة مقتل


def _inside_quotation(t: str, f: _Found, at: int) -> bool:
    """Whether `at` lies inside the quotation that opens what statement `f` says (إن "…، قال: «…): a
    quotation mark right after its verb, its subject, أن/إن or a colon, closed after `at` in its sentence."""
    if f.kind != "verb" or f.mention is None or f.verb_end >= at:
        return False
    opening = next((k for k in range(f.verb_end, min(at, f.verb_end + _QUOTE_REACH)) if t[k] in "«“\""), None)
    if opening is None:
        return False
    before = t[f.verb_end:opening].rstrip()
    if before and not before.endswith(":") and not CONTENT_START.fullmatch(before.split()[-1]) \
            and not (f.verb_end <= f.mention.norm_end <= opening and not t[f.mention.norm_end:opening].strip(" ،,")):
        return False   # قالت «خلية الصقور»: a name in quotes, the speaker's words not yet begun (قال دمرطاش «…: begun)
    closing = t.find(_CLOSING_MARK[t[opening]], opening + 1, f.sentence[1])
    return closing > at   # closed after it in the sentence (one never closed is no quotation to trust)


_CLOSING_MARK = {"«": "»", "“": "”", '"': '"'}
_QUOTE_REACH = 160   # characters from a verb of saying to the quotation mark that opens what it says


def _quotes_open(t: str, start: int, end: int) -> int:
    """How many more quotations open than close in t[start:end]: one still open at a sentence's
    end goes on over the break («شاهدت أكثر من 20 جثة. أعتقد أن عدد المصابين يتجاوز 50.»)."""
    text = t[start:end]
    return text.count("«") - text.count("»") + text.count("“") - text.count("”")


def _ends_with_semicolon(t: str, end: int) -> bool:
    """Whether t[:end] ends with a semicolon before any trailing space (without copying t[:end])."""
    k = end
    while k > 0 and t[k - 1].isspace():
        k -= 1
    return t[k - 1:k] == "؛"


def _reports(subject: ActorMention | None) -> bool:
    """Whether the subject of a verb that may also mean "to see happen" (سجلت) is a body that
    reports: a known actor, a title or the head of a body (مديرية، منظمة، وزارة، الدفاع المدني), or
    an anonymous source (ناشطون)."""
    if subject is None:
        return False
    if subject.in_table or subject.kind != "unknown":
        return True
    first = subject.name.split()[0] if subject.name.split() else ""
    key = normalize_key(first)
    last = normalize_key(subject.name.split()[-1]) if subject.name.split() else ""
    return reporting_role(key) == "title" or reporting_role(bare(key)) == "title" or bare(key) in _BODY_HEADS \
        or bare(key) in _GROUP_HEADS or bare(key) in _RECORDERS \
        or (bare(key) in _HOSPITALS and len(subject.name.split()) > 1) or _anonymous(first) \
        or (len(subject.name.split()) > 1 and last in _MEDICAL)
    # المديرية العامة للأمن، المستشفيات الميدانية في تعز (not المستشفيات alone: were recorded in hospitals); a medium
    # or its camera (رصدت كاميرا الجزيرة، رصد مراسل القناة); a medical body (سجل مجمع ناصر الطبي)


def _relative_subject(t: str, verb: re.Match, end: int) -> bool:
    """Whether a verb right after a relative pronoun has it for its subject (الجماعة التي أعلنت
    ولاءها), so that it is no statement; not when a subject follows: a definite word, an
    anonymous source or a pronoun of the relative (التي قال الحاكم إنها، الذي أفاد فيه مصدر), or a name
    right before what is said (التي قالت إيران إنها)."""
    if previous_word(t, verb.start(), 12) not in LEXICON["relative_pronoun"]:
        return False
    after = _NEXT.match(t, verb.end("x"), end)
    word = _word_at(t, after.start(1), end) if after else ""
    then = _NEXT.match(t, after.start(1) + len(word), end) if after is not None and word else None
    # … or a name of one word right before what it said (العملية التي قالت إيران إنها أسفرت)
    named = then is not None and CONTENT_START.fullmatch(_word_at(t, then.start(1), end)) is not None \
        and not CONTENT_START.fullmatch(word)
    return not (word.startswith("ال") or reporting_role(word) == "resumptive" or _anonymous(word) or named
                or _document_verb(verb.group("x")))   # الحصيلة التي أوردتها منظمة: the relative its object


def _relative_toll(t: str, verb: re.Match, end: int) -> bool:
    """Whether a verb whose subject is its relative pronoun announces a toll right after it (جيش
    الاحتلال الذي أعلن إصابة 3 من جنوده): what the one named before the pronoun reports."""
    after = _NEXT.match(t, verb.end("x"), end)
    return after is not None and _word_at(t, after.start(1), end) in _TOLL_EVENTS


_ANTECEDENT_WORDS = 6   # words of the name a relative pronoun follows


def _named_before_relative(doc: Document, by_start: dict[int, ActorMention], s_start: int,
                           verb_start: int) -> ActorMention | None:
    """The actor a relative pronoun right before the verb at `verb_start` follows: the longest body's
    or title's phrase, or actor named, of at most six words ending right before it (برصاص جيش
    الاحتلال الإسرائيلي الذي أعلن)."""
    t = doc.norm.text
    pronoun = t.rfind(" ", s_start, t.rfind(" ", s_start, verb_start))   # … الذي| أعلن
    if pronoun < s_start:
        return None
    name_end = len(t[s_start:pronoun].rstrip()) + s_start
    for at in [w.start() for w in _WORD_OPENING.finditer(t, s_start, name_end)][-_ANTECEDENT_WORDS:]:
        phrase = _actor_at(doc, by_start, at, name_end)   # not برصاص جيش الاحتلال: a word after ب
        if phrase is not None and phrase.norm_end == name_end:
            return phrase
    return None


# Before these a reporting word is a noun (تم نقل المصابين، جرى نشر القوات), not a verb.
_PASSIVE_AUXILIARIES = frozenset(normalize_key(w) for w in ("تم", "وتم", "يتم", "ويتم", "سيتم", "جرى", "وجرى", "يجري"))
_BELONGING = frozenset({normalize_key("تابع")})   # تابع لـ: belonging to, also وتابع: he went on
_TO_WORD = re.compile(r"[^\S\n]+ل(?:ل)?[«\"“]?([\u0621-\u064a]+)")   # لقوات، لـ«قوات


def _said_after_dashes(t: str, at: int, end: int) -> bool:
    """An aside between dashes opens at `at` and what is said (أن، إن) follows it: وأضاف -في اتصال هاتفي- أن."""
    if t[at:at + 1] not in DASHES:
        return False
    close = t.find(t[at], at + 1, min(end, at + DASH_ASIDE_CHARS))
    said = _NEXT.match(t, close + 1, end) if close != -1 else None
    return said is not None and CONTENT_START.fullmatch(_word_at(t, said.start(1), end)) is not None


DASH_ASIDE_CHARS = 80   # the longest aside between dashes after a verb of saying


def _told_then(t: str, at: int, end: int) -> re.Match | None:
    """After an outlet the speaker told, standing at `at` (لوكالة فرانس برس), the word within six
    words that ends its name: the إن/أن of what is said (the speaker goes on), or a title or an
    anonymous source (مسؤول في الشرطة: the speaker); None when neither comes."""
    words = list(itertools.islice(_WORD_AT.finditer(t, at, min(end, at + 80)), 7))   # a quotation mark opens what is said too
    if not words or words[0].start() != at or not _told(words[0].group()):
        return None
    return next((w for w in words[1:] if CONTENT_START.fullmatch(w.group()) or reporting_role(w.group()) == "title"
                 or _anonymous(w.group())), None)


def _belongs_to(t: str, verb: re.Match, end: int) -> bool:
    """Whether a verb that is also an adjective of belonging is one (مسجد تابع لقوات الطوارئ): no
    و/ف before it and a word with ل after it that is no outlet (وتابع لـ«عكاظ»، تابع لوكالة: told)."""
    if _key(verb.group("x")) not in _BELONGING or verb.start("x") > verb.start():
        return False
    to = _TO_WORD.match(t, verb.end("x"), end)
    return to is not None and not _told("ل" + to.group(1))


_RESPONSIBILITY_WORDS = 7   # words read after a subject for the responsibility it claims


def _claims_responsibility(t: str, subject_end: int, end: int) -> bool:
    """Whether a statement's subject claims responsibility: its responsibility word stands within
    the seven words after the subject, before what is said or a toll (أعلن التنظيم
    مسؤوليته، أعلنوا ردا على الغارات مسؤوليتهم، أعلن التنظيم في بيان عبر الإنترنت مسؤوليته)."""
    for word in _WORD.findall(t, subject_end, min(end, subject_end + 100))[:_RESPONSIBILITY_WORDS]:
        role = reporting_role(word)
        if role == "responsibility":
            return True
        if role in OPENS or CONTENT_START.fullmatch(word) or word in _TOLL_EVENTS or word in _PEOPLE_CUES:
            return False
    return False


def _issues_document(t: str, at: int, end: int) -> bool:
    """Whether a document (تقريرا، بيانها) or a count (حصيلة، إحصائية) stands within the eight words
    after an issue verb (نشر المرصد الاثنين حصيلة جديدة)."""
    return any(_is_document(w) or _document_word(w) for w in _WORD.findall(t, at, min(end, at + 120))[:8])


# What a verb with a resumptive pronoun takes up when no subject follows (أشار فيه إلى، كشفت فيه عن)
_RESUMED_OBJECT = frozenset(normalize_key(w) for w in ("إلى", "الى", "عن"))
_IN_IT = frozenset(normalize_key(w) for w in ("فيه", "فيها"))   # أكدت فيه: in the document it issued


def _quoted_to_end(t: str, at: int, end: int) -> bool:
    """The words quoted from `at` close at the sentence's end (… القوات النظامية».), with no other
    quotation closed before: a statement's words, not a name in quotes («بوكو حرام»)."""
    content = t[at:end].rstrip(" .؛\n")
    return content.endswith("»") and content.count("»") == 1 and len(content.split()) > QUOTED_ITEM_WORDS


QUOTED_ITEM_WORDS = 3   # words a quoted item of a list holds at least


def _with_statements(sentences: list[tuple[int, int]], reporting_starts: list[int], t: str) -> list[tuple[int, int]]:
    """The sentences that hold a reporting word, a colon or an opening quotation mark « (the only ones
    that can hold a statement or go on with a quoted one), or a ل-word that ends a line (a header that names
    whom its source told: مصدر لنايا), found from those offsets instead of by looking into every sentence."""
    sentence_starts = [s for s, _ in sentences]
    wanted = {bisect.bisect_right(sentence_starts, at) - 1
              for at in (*reporting_starts, *(m.start() for m in _COLON_OR_QUOTE.finditer(t)),
                         *(m.start() for m in _TOLD_AT_LINE_END.finditer(t)))}
    return [sentences[i] for i in sorted(wanted) if i >= 0]


_COLON_OR_QUOTE = re.compile("[:«]")
# Whom a post's header told, ending its line past a few dots (مصدر أمني لنايا...): see _TOLD_LABEL
_TOLD_TAIL = r"(?P<told>ل[^\s:.…]+)[^\S\n]*(?:\.+|…)?[^\S\n]*"
_TOLD_AT_LINE_END = re.compile(rf"(?<=\S)[^\S\n]+{_TOLD_TAIL}\n")
_SUBJECT_WORDS = 4   # words before an actor that may still be its sentence's subject (وكانت الجماعة قد)
_AFTER_NUMBER = re.compile(r"\d[^\S\n]*\Z")   # a participle counted by a number is a noun (275 متهما)
# An outlet in quotes between a verb and its subject: وصرح لـ «المدينة» المتحدث، وقال لـ(عكاظ) مدير.
_OUTLET = re.compile(r"[^\S\n]*ل[^\S\n]*[«»\"“(][^»\"”)\n]{1,30}[»\"”)][^\S\n]*[،,]?(?=[^\S\n]*[^\W\d_])")
# A name in quotes after a verb, not what is said: «قوات سوريا الديمقراطية»، خلية «الصقور» (up to four
# words, then more of the sentence).
_QUOTED_NAME = re.compile(r"[«\"“][^\S\n]*[^\W\d_]+(?:[^\S\n]+[^\W\d_]+){0,3}[^\S\n]*[»\"”](?![^\S\n]*(?:[.!؟?]|$))")
# على ما أفاد، كما ذكرت، مثلما أعلن: the verb cites its actor for what stands before it.
_CITING_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(w for w, r in ROLES.items() if r == 'according_verb_before')})"
                            r"[^\S\n]+(?:[وف])?\Z")
_IMPERFECT = ("ي", "ت")   # يعلن، تعلن: the verb of a headline after its subject (الجيش يعلن مقتل …)
_PERFECT_ENDINGS = ("ت", "وا")   # تحدثت، تداولوا: a perfect that opens with ت


def _also_reports(t: str, verb_start: int, subject_end: int, end: int) -> bool:
    """Whether a verb after كما ("as", citing what stands before it: كما ذكرت الشرطة) means "also" instead:
    its subject then says what follows it, a verbal noun of a toll or of an attack, or أن (كما أفاد مصدر باستشهاد
    فلسطينية، كما أعلنت كتائب القسام تفجير نفق)."""
    if not t[max(0, verb_start - 8):verb_start].rstrip().endswith(_ALSO):
        return False
    after = _NEXT.match(t, subject_end, end)
    if after is None or t[subject_end:after.start(1)].strip():
        return False   # a comma between: the subject's clause has ended
    word = _word_at(t, after.start(1), end)
    return CONTENT_START.fullmatch(word) is not None or word in _TOLL_EVENTS or word in _ATTACKS


_ALSO = normalize_key("كما")
_ATTACKS = INCIDENTS | {normalize_key("استهداف")}   # كما أعلنت القسام استهداف دبابة: what it did, its own news


def _carried_report(t: str, verb: re.Match, s_start: int, s_end: int) -> bool:
    """Whether نقل (also "to carry") reports without عن: cited by an "according to" right before
    it (وفق ما نقلت وسائل إعلام تركية، بحسب ما نقلته الوكالة), or with its subject and
    what is said (أن/إنه) within five words after it (ونقلت وسائل الاعلام انه)."""
    words = _WORD.findall(t, max(s_start, verb.start() - 30), verb.start())[-2:]
    if words and words[-1] in ("ما", "لما") and len(words) == 2:
        words = words[:1]
    if words and any(ROLES.get(_key(w)) in ("according", "according_l")   # وبحسب ما نقلته: with its و
                     for w in (words[-1], words[-1][1:] if words[-1][:1] in ("و", "ف") else "")):
        return True
    if verb.start() != verb.start("x") and t[verb.start():verb.start("x")] not in ("و", "ف"):
        return False
    that = _CARRIED_THAT.match(t, verb.end("x"), s_end)
    return that is not None and _key(_WORD.findall(t, verb.end("x"), that.end())[0]) not in _PEOPLE_CUES


def _topic_before(doc: Document, verb: re.Match, s_start: int) -> ActorMention | None:
    """The subject set before its verb by أما and taken up by ف (أما حزب العمال بالعراق فتحدث عن،
    اما صحيفة الاتحاد فقد قالت): the actor phrase right after أما when it reaches the verb."""
    t = doc.norm.text
    topic = None
    for topic in _TOPIC.finditer(t, s_start, verb.start()):
        pass
    if topic is None:
        return None
    between = t[topic.end():verb.start()].split()
    if not between or len(between) > _TOPIC_WORDS or not (t[verb.start():verb.start("x")] == "ف" or between[-1] == "فقد"):
        return None
    phrase = _subject_phrase(doc, topic.end(), verb.start())
    rest = t[phrase.norm_end:verb.start()].replace("،", " ").replace(",", " ").split() if phrase is not None else None
    if rest and rest[0][:1] == "و" and rest[0][1:] in _SEAT and len(rest) <= 5:
        rest = [w for w in rest[2:] if w == "فقد"]   # أما المرصد ومقره لندن فأكد: where it sits, an aside
    return phrase if rest is not None and rest in ([], ["فقد"]) else None   # أما الشرطة، فقد قالت: over the comma


# News that a participle describes (ومعلومات مؤكدة عن قتلى، أنباء مؤكدة): an adjective, no report.


def _count_before(t: str, verb: re.Match, s_start: int) -> int | None:
    """Where the verb's subject starts when it is written before the verb in its clause and is a count or a
    body of figures, not a speaker (وكانت حصيلة سابقة أشارت، وكانت معلومات أولية، قد أشارت): after كان or the
    clause's start, one such noun and at most two adjectives, or its author (حصيلة أولية لوزارة الصحة، حصيلة
    سابقة للمرصد السوري لحقوق الإنسان), then قد."""
    window = max(s_start, verb.start() - 120)
    words = list(re.finditer(r"[^\W\d_]+|[.،,؛:]", t[window:verb.start()]))
    while words and (words[-1].group() == "قد" or words[-1].group() in "،,"):
        words.pop()
    for k in range(len(words) - 1, max(len(words) - 9, -1), -1):
        if words[k].group() in ".،,؛:":
            return None
        if bare(words[k].group()) in _COUNTS:
            before = words[k - 1].group() if k else ""
            at = window + words[k].start()
            if (before and before not in ".،,؛:" and _key(before) not in _WAS) \
                    or (len(words) - k > 3 and _author(t, at, verb.start()) == at):
                return None
            return at
    return None


_NEWS_NOUNS = frozenset(normalize_key(w) for w in ("معلومات", "أنباء", "أخبار", "تقارير", "إحصاءات", "إحصائيات", "أرقام"))
_COUNTS = _NEWS_NOUNS | {normalize_key(w) for w in ("حصيلة", "إحصائية", "تقديرات")}   # a count, or news of one


def _was_subject(doc: Document, verb: re.Match, s_start: int) -> ActorMention | None:
    """The subject between كان and قد before its verb (وكان المتحدث الأمني بوزارة الداخلية اللواء
    منصور التركي قد أوضح أنه), however long: the actor phrase right after كان that reaches قد,
    when what is said (أن، «، :)، ب or a toll follows the verb, as for _phrase_before."""
    t = doc.norm.text
    was = None
    for was in _WAS_AT.finditer(t, max(s_start, verb.start() - 200), verb.start()):
        pass
    if was is None or verb.start() != verb.start("x"):
        return None
    qad = t[was.end():verb.start()].split()[-1:] == ["قد"]
    after = _NEXT.match(t, verb.end("x"))
    while after is not None and _word_at(t, after.start(1), len(t)) in _BEFORE_WHAT_IS_SAID:   # صرح قبلها بأنهم
        after = _NEXT.match(t, after.start(1) + len(_word_at(t, after.start(1), len(t))))
    said = _past_dates(t, verb.end("x"), min(len(t), verb.end("x") + 60))   # قالت، الشهر الماضي، إن
    if after is None or not (CONTENT_START.match(t, after.start(1)) or t[after.start(1)] == "ب"
                             or (said is not None and CONTENT_START.match(t, said))
                             or _after_dates(t, after.start(1)) in _TOLL_EVENTS
                             or (ROLES[_key(verb.group("x"))] == "issue" and _is_document(_word_at(t, after.start(1), len(t))))
                             or (not qad and _OCCASION_AFTER.match(t, after.start(1)) is not None)
                             or _SAID_AFTER_ASIDE.match(t, after.start(1)) is not None):
        return None   # وكانت الحكومة قد أعلنت حالة الطوارئ بعد مقتل 8: what is said, or a toll, must follow
    phrase = _subject_phrase(doc, was.end(), verb.start())
    gap = _SEAT_ASIDE.sub(" ", t[phrase.norm_end:verb.start()]) if phrase is not None else ""
    first = phrase.name.split()[0] if phrase is not None and phrase.name.split() else ""
    place = _PLACE_BEFORE_QAD.search(t, was.end(), verb.start()) if qad and gap.split() != ["قد"] else None
    if place is not None and place.end() == verb.start() and _body_word(normalize_key(first)):
        # وكانت الشرطة في أكبر مدن كندا قد قالت: a place after a body, no part of its name
        body = _subject_phrase(doc, was.end(), place.start())
        return body if body is not None and not t[body.norm_end:place.start()].strip() else None
    if phrase is None or gap.split() not in ((["قد"], ["،", "قد"]) if qad else ([], ["،"])):
        return None   # وكان المرصد، ومقره بريطانيا، أفاد: where it sits, an aside; وكان تحالف رصد، وثق: a comma
    # without قد (وكان المتحدث باسم الجيش العقيد سامي الهادي أكد في مؤتمر صحفي): a title or a body
    return phrase if qad or _body_word(normalize_key(first)) or bare(first) in _NAMED_HEADS \
        or reporting_role(normalize_key(first)) == "title" else None


# إن or أن with the pronoun of a feminine or plural speaker, right before a verb (إنها أبلغت، أنهم أحصوا);
# the masculine إنه is left out, as it is also impersonal (إنه تم).
_THAT_SHE_THEY = re.compile(r"(?<!\w)[بل]?ان(?:ها|هم)[^\S\n]*$")
# What is said after a phrase of occasion or time (قالت في بادئ الأمر، إن؛ أعلنت في بيان أن).
_SAID_AFTER_ASIDE = re.compile(r"في(?:[^\S\n]+[^\W\d_]+){1,3}[^\S\n]*[،,]?[^\S\n]*(?:%s)" % CONTENT_START.pattern)
# A place phrase of a few words between a body and قد (في أكبر مدن كندا قد), no clause break in it.
_PLACE_BEFORE_QAD = re.compile(r"(?<!\w)في(?:[^\S\n]+[^\W\d_]+){1,4}[^\S\n]+قد[^\S\n]*")
_SEAT_ASIDE = re.compile(r"^[^\S\n]*[،,][^\S\n]*و(?:%s)(?:[^\S\n]+[^\W\d_]+){1,3}[^\S\n]*[،,]" % alternation(_SEAT))
_WHEN_ADVERBS = frozenset(normalize_key(w) for w in ("قبلها", "قبله", "بعدها", "بعده", "لاحقا", "سابقا", "مجددا", "أيضا"))
_OCCASION_AFTER = re.compile(r"في[^\S\n]+(?:%s)(?!\w)" % alternation(
    normalize_key(w) for w in ("وقت", "تصريح", "تصريحات", "بيان", "حديث", "مؤتمر", "اتصال")))


def _sentence_opening(t: str, s_start: int, end: int) -> int:
    """Offset of the first word of the sentence at s_start, past spaces, quotes and dashes."""
    return s_start + len(t[s_start:end]) - len(t[s_start:end].lstrip(" \t\n«\"“-"))


def _announced_toll(doc: Document, at: int, end: int) -> bool:
    """A noun of announcing, a body, a titled person or a country (its capital for its government), then a
    toll, after عن too: بعد إعلان ميليشيات الحشد الشعبي مقتل أربعة، إعلان وزارة الصحة عن وفاة 12، بعد إعلان
    واشنطن مقتل ثلاثة جنود (not إعلان حالة الطوارئ بعد مقتل)."""
    t = doc.norm.text
    subject = _NEXT.match(t, at, end)
    phrase = _body_or_title_at(doc, subject.start(1), end) if subject is not None else None
    if phrase is None and subject is not None:
        mentions = doc.layer("actors")
        k = bisect.bisect_left(mentions, subject.start(1), key=lambda m: m.norm_start)
        country = mentions[k] if k < len(mentions) and mentions[k].norm_start == subject.start(1) else None
        phrase = country if country is not None and country.in_table and country.kind == "country" else None
    toll = _NEXT.match(t, phrase.norm_end, end) if phrase is not None else None
    if toll is not None and _word_at(t, toll.start(1), end) == "عن":
        toll = _NEXT.match(t, toll.start(1) + len("عن"), end)
    return toll is not None and _word_at(t, toll.start(1), end) in _TOLL_EVENTS


_EXPLAINING = frozenset(normalize_key(w) for w in ("إذ", "حيث"))   # a clause that explains the one before it
_LATTER = frozenset(normalize_key(w) for w in ("الأخير", "الأخيرة"))
_WORD_OPENING = re.compile(r"(?<!\w)\w")


def _latter(doc: Document, by_start: dict[int, ActorMention], s_start: int, before: int) -> ActorMention | None:
    """The actor الأخير / الأخيرة (the latter) points back to: of the sentence's words before it, the
    last that opens a body's or a title's phrase (also after a clitic: بقائد), or an actor named, with
    the indefinite heads whose construct it is (… مع الجيش الإسرائيلي، أقر الأخير; التقى المحافظ بقائد
    الشرطة، وأكد الأخير); None when none comes before it."""
    t = doc.norm.text
    words = [w.start() for w in _WORD_OPENING.finditer(t, s_start, before)]

    def actor_in(word_start: int) -> ActorMention | None:   # بقائد: the noun after its clitic first
        clitic = t[word_start] in "وفبل"
        return (_actor_at(doc, by_start, word_start + 1, before) if clitic else None) \
            or _actor_at(doc, by_start, word_start, before)

    for k in range(len(words) - 1, -1, -1):
        phrase = actor_in(words[k])
        while phrase is not None and k > 0 and not _word_at(t, words[k - 1], before).startswith("ال") \
                and (head := actor_in(words[k - 1])) is not None and head.norm_end == phrase.norm_end:
            phrase, k = head, k - 1   # بقائد الشرطة: the head of the construct, not الشرطة
        if phrase is not None:
            return phrase
    return None


def _actor_at(doc: Document, by_start: dict[int, ActorMention], at: int, end: int) -> ActorMention | None:
    """The actor named at `at`, or the body's or title's phrase its word opens (not one after a clitic),
    ending by `end`: not a name read on over the verb; else None."""
    named = by_start.get(at)
    if named is not None and named.norm_end <= end:
        return named
    phrase = _body_or_title_at(doc, at, end) if _body_word(_word_at(doc.norm.text, at, end), glued=False) else None
    return phrase if phrase is not None and phrase.norm_end <= end else None


def _body_or_title_at(doc: Document, at: int, end: int) -> ActorMention | None:
    """The subject phrase at `at` when it opens with a body's word or a title, else None."""
    phrase = _subject_phrase(doc, at, end)
    first = phrase.name.split()[0] if phrase is not None and phrase.name.split() else ""
    return phrase if first and (_body_word(normalize_key(first)) or reporting_role(normalize_key(first)) == "title") \
        else None


def _body_after_was(doc: Document, s_start: int, end: int) -> ActorMention | None:
    """A body named after the كان that opens a sentence (كانت النيابة العامة، نسبت إلى المتهمين …،
    مشيرة إلى أن): the subject a closing participle's sentence states."""
    was = _WAS_AT.match(doc.norm.text, _sentence_opening(doc.norm.text, s_start, end), end)
    return _body_or_title_at(doc, was.end(), end) if was is not None else None


_WAS_AT = re.compile(r"(?<!\w)[وف]?كان(?:ت)?[^\S\n]+")   # كان، وكانت (normalised)
_OPENING_VERB = re.compile(r"[وف]?(?!ال)[\u0621-\u064a]{3,6}[^\S\n]+")


def _body_after_verb(doc: Document, s_start: int, end: int) -> ActorMention | None:
    """A body or titled speaker named right after the verb that opens a sentence (ورجح المرصد …
    أن …، مؤكدا مقتل 26; ونفت الوزارة …، مشيرة إلى): the subject a closing participle's sentence
    states when that verb reports nothing itself."""
    t = doc.norm.text
    verb = _OPENING_VERB.match(t, _sentence_opening(t, s_start, end), end)
    if verb is None or _function_word(verb.group().strip()) or verb.group().strip() in DATE_WORDS:
        return None
    phrase = _body_or_title_at(doc, verb.end(), end)
    said = _NEXT.match(t, phrase.norm_end, end) if phrase is not None else None   # رجح المرصد أن: what it holds
    return phrase if said is not None and CONTENT_START.fullmatch(_word_at(t, said.start(1), end)) else None


def _subject_closed_by(doc: Document, s_start: int, participle: int) -> ActorMention | None:
    """The subject of a verb that reports nothing itself, when the participle follows it at once
    (وعلق الناطق باسم الجيش قائلا؛ تحدث مدير المستشفى، أحمد حسن، قائلا): a body or titled
    speaker, with a name set off by commas after it; None when other words stand between."""
    t = doc.norm.text
    words = list(_WORD.finditer(t, s_start, participle))[-_CLOSED_BY_WORDS:]
    for verb in words[:-1]:   # the farthest first: the subject is the whole phrase up to the participle
        key = verb.group()
        if key.startswith("ال") or not _OPENING_VERB.fullmatch(key + " ") or _function_word(key) \
                or key in DATE_WORDS or reporting_role(key) not in (None, "verb_about") or _body_word(key):
            continue   # no verb: a title (مدير), a body's head or a word of its name; تحدث without عن
        if not (key[0] in "وف" or not t[s_start:verb.start()].strip() or t[s_start:verb.start()].rstrip()[-1] in "،,"):
            continue   # a verb opens its clause (وعلق، …، تحدث); not a noun after a preposition (الى مجمع الملك)
        subject = _NEXT.match(t, verb.end(), participle)
        phrase = _body_or_title_at(doc, subject.start(1), participle) if subject is not None else None
        if phrase is None or _WORDS_AFTER_QUOTE.search(t, phrase.norm_start, phrase.norm_end):
            continue   # انتقدت منظمة "أطباء بلا حدود" قرار الحكومة: a name in quotes, then the verb's object
        rest = t[phrase.norm_end:participle].replace("،", " ").replace(",", " ").split()
        if all(w in DATE_WORDS for w in rest) or (len(rest) == 1 and _definite_incident(rest[0])):
            return phrase   # وعلق مدير الدفاع المدني، الأربعاء، قائلا؛ وأدانت الوزارة الهجوم، مشيرة: its object
        name = _APPOSED_NAME.match(t, phrase.norm_end, participle + 1)
        named = name.group(1).split() if name is not None else []
        if name is not None and not t[name.end():participle].strip() and not named[0].startswith("ال") \
                and all(_plain(w) and w not in DATE_WORDS for w in named):   # أحمد حسن، not الأربعاء
            s, e = doc.norm.span(phrase.norm_start, name.end(1))
            return phrase._replace(end=e, surface=doc.text[s:e], norm_end=name.end(1),
                                   name=f"{phrase.name} {untagged(original(doc.text, doc.norm, name.start(1), name.end(1)))}")
    return None


_CLOSED_BY_WORDS = 14   # words before a participle looked at for the verb whose subject it closes
_WORDS_AFTER_QUOTE = re.compile(r"[»\"”][^\S\n]*[\u0621-\u064a]")


_TOPIC = re.compile(r"(?<!\w)[وف]?اما[^\S\n]+")   # أما، وأما (normalised)
_TOPIC_WORDS = 7   # words from أما to the verb


def _opens_clause(t: str, verb: re.Match, s_start: int) -> bool:
    """Whether a verb opens a clause: after و/ف, a comma, or at the sentence start."""
    return t[verb.start():verb.start("x")] in ("و", "ف") or not t[s_start:verb.start()].strip(" \t«\"“-") \
        or t[s_start:verb.start()].rstrip(" \t").endswith(("،", ","))


def _opens_that(t: str, verb: re.Match, s_start: int, s_end: int) -> bool:
    """A verb_that word (بين، ابان) opens a clause (after و/ف or at the sentence start) and أن follows it."""
    return _opens_clause(t, verb, s_start) and _THAT_SOON.match(t, verb.end("x"), s_end) is not None


def _points_back(t: str, verb: re.Match, s_start: int) -> int | None:
    """Where the subject starts after a verb without و that follows a comma inside its sentence
    and has ذلك/هذا for object (…، ذكر ذلك المتحدث), else None."""
    if verb.start() != verb.start("x") or not t[s_start:verb.start()].rstrip().endswith(("،", ",")):
        return None   # not وقال ذلك المسؤول إن: with و, ذلك more likely points at the speaker
    back = _POINTS_BACK.match(t, verb.end("x"))
    return back.end() if back is not None else None


_POINTS_BACK = re.compile(r"[^\S\n]+(?:ذلك|هذا)[^\S\n]+(?=[^\W\d_])")


def _dual_verb(word: str) -> bool:
    """A reporting verb in the dual (قالا، أعلنتا): its reporting form with the dual ا (not the
    pronoun ها: أعلنتها)."""
    key = _key(word)
    return key.endswith("ا") and not key.endswith("ها") and reporting_role(key[:-1]) == "verb"


def _two_named(mention: ActorMention | None) -> bool:
    """Whether an actor's name stands for two or more, which a dual verb can carry on: a dual or
    plural noun first (مصدران، مسؤولون) or two actors joined by و (شاهد عيان ومصدر طبي)."""
    if mention is None:
        return False
    words = mention.name.split()
    return _key(words[0]).endswith(("ان", "ين", "ون")) or any(w.startswith("و") and len(w) > 3 for w in words[1:])


def _last_speaker(found: list[_Found]) -> ActorMention | None:
    """The previous statement's actor; when it has none, its sentence's last statement that has one
    (وأوضح المدير أن إدارته أعلنت حالة الطوارئ. وأضاف: the director, not إدارته أعلنت); when it is an
    agency that carried a speaker's words, that speaker."""
    last = found[-1]
    if last.kind == "according" and last.mention is not None and _medium(last.mention.name):
        speaker = next((f.mention for f in reversed(found[:-1]) if f.sentence == last.sentence and f.kind == "verb"
                        and f.mention is not None and not _medium(f.mention.name)), None)
        if speaker is not None:
            return speaker   # وقال القائد إن …، وفق "رويترز". وتابع: the one the agency quotes goes on
    if last.mention is None:
        return next((f.mention for f in reversed(found) if f.sentence == last.sentence and f.mention is not None), None)
    return last.mention


def _names_speaker(t: str, start: int, end: int, inside: list[ActorMention]) -> bool:
    """An actor, a title, a body's head or a source word (مصادر) in the first words from `start`."""
    if any(start < m.norm_start < end for m in inside):
        return True
    words = [without_article(_key(w)) for w in _WORD.findall(t, start, end)[:_SPEAKER_REACH]]
    return any(w in _BODY_HEADS or bare(w) in _anonymous_nouns() or reporting_role(w) == "title" for w in words)


def _opening_subject(doc: Document, s_start: int, verb_start: int) -> ActorMention | None:
    """A sentence that opens with a feminine outlet or body and its verb after its name (صحيفة ليبراسيون
    أجرت تحقيقا، وزارة الصحة نشرت صورا): that name, read up to the verb (a perfect in ت, at most
    five words in); None otherwise."""
    t = doc.norm.text
    words = list(itertools.islice(_WORD.finditer(t, s_start, min(verb_start, s_start + 120)), _OPENING_WORDS + 1))
    if len(words) < 2 or t[s_start:words[0].start()].strip(" \t\n«\"“-") or not _feminine_head(words[0].group()):
        return None
    cut = next((i for i, w in enumerate(words[1:], 1) if _feminine_perfect(w.group())), None)
    if cut is None:
        return None
    phrase = _subject_phrase(doc, words[0].start(), words[cut - 1].end())
    return phrase if phrase is not None and phrase.norm_end == words[cut - 1].end() else None


_OPENING_WORDS = 5


def _named_after_opening_verb(doc: Document, s_start: int, verb_start: int,
                              by_start: dict[int, ActorMention]) -> ActorMention | None:
    """A sentence that opens with a verb that reports nothing, its subject a person or body named
    right after it (ودعا نيكولاي ملادينوف، المنسق الخاص …، إلى التنديد …، وقال إن): that actor,
    whom a later verb of saying with no subject of its own carries on; None otherwise."""
    t = doc.norm.text
    verb = _OPENING_VERB.match(t, _sentence_opening(t, s_start, verb_start), verb_start)
    word = verb.group().strip() if verb is not None else ""
    if verb is None or _function_word(word) or word in DATE_WORDS or reporting_role(word) is not None \
            or _body_word(word):
        return None
    actor = by_start.get(verb.end()) or _subject_phrase(doc, verb.end(), verb_start)
    if actor is None or actor.in_table:
        return actor
    first = actor.name.split()[0]
    named = not normalize_key(first).startswith("ال") and bare(first) not in _PLACE_HEADS \
        and not _place_at(doc, actor.norm_start)
    return actor if named or _body_word(normalize_key(first)) else None


def _feminine_head(word: str) -> bool:
    """صحيفة، وكالة، قناة (an outlet) or a feminine body's head (وزارة، منظمة، هيئة)."""
    key = bare(word)
    return key in _MEDIA or (key.endswith("ه") and (key in _BODY_HEADS or key in _ORG_HEADS or key in _GROUP_HEADS))


def _feminine_perfect(word: str) -> bool:
    """A perfect verb of a feminine subject (أجرت، نشرت، ركزت): no article, ending in ت."""
    return len(word) >= 4 and word.endswith("ت") and not word.startswith(("ال", "لل")) and not word[:1].isdigit()


def _plural_subject(verb: str) -> bool:
    """A perfect verb with its plural or dual subject attached (قالوا، ذكروا، قالا): no subject follows it."""
    return (len(verb) > 4 and verb.endswith("وا")) or _dual_verb(verb)


# A perfect written with its passive damma on the first letter, or on the second after ا (أُعلن، اتُّهم).
# Not ي، ت، ن: a damma there marks the active imperfect (يُعلن، تُفيد).
_PASSIVE_DAMMA = re.compile("(?:[^\\W\\d_يتن]|ا[^\\W\\d_]\u0651?)\u064f")


def _written_passive(doc: Document, verb: re.Match) -> bool:
    """Whether the reporting verb is written as a passive, so that what follows it is no speaker."""
    start, end = doc.norm.span(verb.start("x"), verb.end("x"))
    return _PASSIVE_DAMMA.match(doc.text, start, end) is not None


HEADLINE_SUBJECT = 3   # words of a headline's subject before its imperfect verb (حماس تتهم إسرائيل بقتل 6)


def _headline_accuser(t: str, verb: re.Match, s_start: int, s_end: int) -> bool:
    """An accusation in a headline, its accuser first (حماس تتهم إسرائيل بقتل 6 من كوادرها): a few
    words open the sentence before the imperfect verb, and no full stop ends it."""
    before = t[s_start:verb.start()].split()
    return 0 < len(before) <= HEADLINE_SUBJECT and t[s_start:s_end].rstrip()[-1:] not in _CLOSES_SENTENCE \
        and all(reporting_role(w) is None and not CONTENT_START.fullmatch(w) for w in before)


def _past_label(t: str, s_start: int, end: int) -> int:
    """Where a sentence opens past a post's lead (RT @AJABreaking:، عاجل |) and a headline's or a story link's
    label before its colon (عاجل :، رابط الخبر بصحيفة الوئام:): what comes after is the headline, its source
    before its own colon or its subject before its verb (عاجل: القسام يعلن مقتل 6)."""
    lead = _HEADLINE_LEAD.match(t, s_start, end)
    at = lead.end() if lead is not None else s_start
    colon = _HEADLINE_COLON.match(t, at, end)
    if colon is not None and (t.startswith(_STORY_LINKS, at) or t[at:colon.end() - 1].strip() in _KICKERS):
        after = _NEXT.match(t, colon.end(), end)
        return after.start(1) if after is not None else end
    return at


def _past_place_label(doc: Document, at: int, end: int) -> int:
    """Past a headline's place before its colon, its topic (لبنان: حماس تنعى …): where its subject opens."""
    t = doc.norm.text
    colon = _HEADLINE_COLON.match(t, at, end)
    if colon is None:
        return at
    label = _subject_phrase(doc, at, colon.end() - 1)
    if label is None or t[label.norm_end:colon.end() - 1].strip() or not _place_alone(doc, label):
        return at
    after = _NEXT.match(t, colon.end(), end)
    return after.start(1) if after is not None else at


def _imperfect(verb: str) -> bool:
    """يعلن، تقول (the verb of a headline after its subject), not the perfect تحدثت."""
    return verb.startswith(_IMPERFECT) and not verb.endswith(_PERFECT_ENDINGS)
_HEADLINE_COLON = re.compile(r"[^\n:.؟!]{2,80}?:")
# The outlet or person a headline's source spoke to, between it and the colon (الخوذ البيضاء لـCNN:، الدفاع المدني
# لـ"سبق":): ل and one word, in quotes or not; or that the source cleared the news for publication (جيش العدو سمح بالنشر:)
_TOLD_IN_HEADLINE = re.compile(r"[^\S\n]*(?:ل[^\S\n]*(?:[«\"“][^«»\"“”:\n]{1,30}[»\"”]|[^\s:]+)"
                               r"|[يت]?سمح(?:ت)?[^\S\n]+ب(?:ال)?نشر)[^\S\n]*")
# A story link's label before the linked headline (رابط الخبر بصحيفة …:), lexicons/boilerplate.csv.
_STORY_LINKS = tuple(normalize_key(row["cue"]) for row in read_lexicon("boilerplate.csv", ["kind", "cue"])
                     if row["kind"] == "story_link")
# A headline's label before its colon (عاجل :، رسمي :، بالفيديو :), lexicons/boilerplate.csv: no source
_KICKERS = frozenset(normalize_key(row["cue"]) for row in read_lexicon("boilerplate.csv", ["kind", "cue"])
                     if row["kind"] == "kicker")


# What a headline's speaker speaks about, between it and the colon (ترامب عن الانهيار الأمني في شيكاغو:)
_ABOUT_IN_HEADLINE = re.compile(r"[^\S\n]+عن[^\S\n]+[^\n:\d]{1,60}")   # a topic, with no count in it


def _speaking_about(t: str, mention: ActorMention, colon: int) -> bool:
    """A person or a body, not an outlet (رويترز عن مصادر طبية: the one quoted) nor a definite noun of
    what happened (البحث عن المفقودين:), speaking about a topic named after عن before the colon; not a toll
    (أسفر إطلاق النار عن مقتل عشرات:)."""
    first = mention.name.split()[0]
    about = _ABOUT_IN_HEADLINE.fullmatch(t, mention.norm_end, colon)
    return about is not None and not _medium(mention.name) \
        and not any(_key(w) in _TOLL_EVENTS for w in about.group().split()) \
        and ((not normalize_key(first).startswith("ال") and not verb_shaped(normalize_key(first)))
             or _body_word(normalize_key(first)))   # a name, or a body's head or a title (الخارجية الروسية)


# An outlet quoting its source in a headline's attribution (رويترز عن مصادر طبية:)
_QUOTING_IN_HEADLINE = re.compile(r"[^\n:]{2,40}?(?<=\S)([^\S\n]+عن[^\S\n]+)(?=\S)")
# What opens a news account's post before its headline: a retweet's handle (RT @AJABreaking:) and a label
# set off by a bar (عاجل |), passed over as a label before a colon is
_HEADLINE_LEAD = re.compile(rf"(?:RT[^\S\n]+@\w+[^\S\n]*:[^\S\n]*)?(?:(?:{alternation(_KICKERS)})[^\S\n]*\|[^\S\n]*)?")


def _holds_place(doc: Document, mention: ActorMention) -> bool:
    """Whether a place's name lies within an actor phrase (found by bisection: places are in text order)."""
    places = doc.layer("places")
    k = bisect.bisect_left(places, mention.start, key=lambda p: p.start)
    return k < len(places) and places[k].end <= mention.end


def _place_alone(doc: Document, mention: ActorMention) -> bool:
    """Whether an actor phrase is a place's name and nothing more (اليمن، محافظة شبوة), or names of
    places one after another (a region named by its cities: طنجة تطوان الحسيمة): places that start where
    it starts and each where the one before ends, a space between (found by bisection: places are in text order)."""
    places = doc.layer("places")
    k = bisect.bisect_left(places, mention.start, key=lambda p: p.start)
    end = mention.start
    while k < len(places) and not doc.text[end:places[k].start].strip():
        if mention.end <= places[k].end:
            return True
        end = max(end, places[k].end)
        k += 1
    return False


# Nouns of an event or occasion that a headline names before its colon as its topic, not its source
# (زلزال إندونيسيا: ارتفاع الحصيلة، عملية قفصة: القضاء على 5): lexicons/events.csv, the topics and
# the event cues of one word (هجوم، انفجار).
_TOPICS = frozenset(without_article(normalize_key(row["word"])) for row in read_lexicon("events.csv", ["kind", "word"], ["value"])
                    if row["kind"] == "topic" or (row["kind"] == "event_cue" and " " not in row["word"]))


# Heads of a region's name (lexicons/actors.csv, kind region_head) with which a bulletin labels its lines
# (الجهة الشرقية: الإصابات 1260 – الوفيات 28، جهة مراكش آسفي: …): a place, whatever name follows.
_REGION_HEADS = frozenset(without_article(normalize_key(w)) for w in LEXICON["region_head"])


def _topic_alone(mention: ActorMention) -> bool:
    """Whether an actor phrase opens with the noun of an event or occasion (_TOPICS) or a region's head
    (_REGION_HEADS)."""
    words = mention.name.split()
    return bool(words) and (bare(words[0]) in _TOPICS or bare(words[0]) in _REGION_HEADS)


def _place_at(doc: Document, norm_start: int) -> bool:
    """Whether a place's name starts at this normalised offset (found by bisection)."""
    start = doc.norm.span(norm_start, norm_start)[0]
    places = doc.layer("places")
    k = bisect.bisect_left(places, start, key=lambda p: p.start)
    return k < len(places) and places[k].start == start


def _past_place(doc: Document, matches: list[re.Match], k: int, norm_start: int) -> int:
    """The first token from k on past the place's name that starts at this normalised offset (see _place_at)."""
    start = doc.norm.span(norm_start, norm_start)[0]
    places = doc.layer("places")
    end = places[bisect.bisect_left(places, start, key=lambda p: p.start)].end
    while k < len(matches) and doc.norm.span(matches[k].start(), matches[k].end())[1] <= end:
        k += 1
    return k


def _place_ends_at(doc: Document, norm_end: int) -> bool:
    """Whether a place's name ends at this normalised offset (درعا، خان يونس; found by bisection,
    the places in text order)."""
    end = doc.norm.span(norm_end, norm_end)[0]
    places = doc.layer("places")
    k = bisect.bisect_left(places, end, key=lambda p: p.end)
    return k < len(places) and places[k].end == end


def _headline(doc: Document, s_start: int, s_end: int, first_verb: int) -> _Found | None:
    """A headline that names its source before a colon (الصليب الأحمر: مقتل 12 في …): the
    phrase before the colon is an actor phrase that ends right at it, or at whom it spoke to
    (الخوذ البيضاء لـCNN:), and opens with no و (والأمن يقمعها بالنار: قتيلان goes on from the line
    before). A story link's label or a headline's label before it (رابط الخبر بصحيفة الوئام: مصدر يمني:
    مقتل 17، عاجل :) is passed over, as are a post's retweet handle and barred label (RT @AJABreaking: عاجل |);
    an outlet quoting its source gives the one quoted (رويترز عن مصادر طبية:); a place alone is the headline's
    topic, not its source (اليمن: مقتل 17)."""
    t = doc.norm.text
    opening = _past_label(t, s_start, min(s_end, first_verb))   # RT @AJABreaking: عاجل | الداخلية: …
    colon = _HEADLINE_COLON.match(t, opening, min(s_end, first_verb))
    told = _told_label(t, opening, s_end) if colon is None else None   # مصدر أمني لنايا⏎, the line its label
    label = colon or told
    if label is None:
        return None
    label_end = told.start("told") if told is not None else label.end() - 1   # the colon, or whom it told
    quoting = _QUOTING_IN_HEADLINE.match(t, label.start(), label_end)
    by = quoting.end() if quoting is not None and _medium(t[label.start():quoting.start(1)].strip()) else label.start()
    by = _author(t, by, label_end)   # بيان صادر عن حزب الله: the one who issued it
    mention = _subject_phrase(doc, by, label_end)   # رويترز عن مصادر طبية: the one the agency quotes
    if mention is not None:
        mention = _with_latin_name(doc, mention, label_end)   # قناة CBS:
    if mention is not None and colon is not None and t[mention.norm_end:label_end].lstrip().startswith("و"):
        whole = _subject_phrase(doc, by, colon.end())   # هيومن رايتس ووتش:, the colon read as what is said after
        if whole is not None and not _holds_place(doc, whole):   # a name of plain words, its last one in و
            mention = whole                                       # (not a region: جهة كلميم واد نون)
    if mention is None or t.startswith("وال", label.start()) or (t[mention.norm_end:label_end].strip()
                           and not _TOLD_IN_HEADLINE.fullmatch(t, mention.norm_end, label_end)
                           and not _speaking_about(t, mention, label_end)) \
            or _place_alone(doc, mention) or _topic_alone(mention):
        return None
    return _Found(label.start(), first_verb if first_verb < s_end else s_end, label.end(), mention, "headline", "verb",
                  (s_start, s_end))


# A post's header line that names its source and whom it told, with no colon (مصدر أمني لنايا, then the news on
# the lines after): the ل-word, an outlet (_told), ends the line, past a few dots
_TOLD_LABEL = re.compile(rf"[^\n:.؟!]{{2,60}}?[^\S\n]+{_TOLD_TAIL}")
_LINE_AFTER = re.compile(r"[^\S\n]*\n(?=[^\S\n]*\S)")   # a line's end, a written line after it


def _told_label(t: str, start: int, end: int) -> re.Match | None:
    """The line from `start` to `end` as a header that names whom its source told (مصدر أمني لنايا), when a
    written line follows it."""
    m = _TOLD_LABEL.fullmatch(t, start, end)
    return m if m is not None and _told(m.group("told")) and _LINE_AFTER.match(t, end) is not None else None


def _resolve_anaphor(word: str, history: dict[str, ActorMention], previous: _Found | None,
                     issuer: _Found | None = None) -> ActorMention | None:
    """الوزارة / النيابة / البيان / التقرير: the last actor named with that role, the last
    speaker, or for a report the last body that issued a document (نشرت المنظمة تقريرا)."""
    role = LEXICON["anaphor"][word][0]
    if role == "report" and issuer is not None:
        return issuer.mention
    if role in ("statement", "report"):
        return previous.mention if previous else None
    return history.get(role)


_LEADER_WORDS = 3   # words of the name of who leads or runs a body (الذي تقوده المملكة العربية السعودية)
_LEADS = frozenset(normalize_key(w) for w in ("تقوده", "يقوده", "تقودها", "يقودها", "تتزعمه", "يتزعمه", "تتزعمها", "يتزعمها",
                                              "تديره", "يديره", "تديرها", "يديرها"))
_EACH = normalize_key("كل")   # كل من … و…: both of them
# The first words of a number's qualifiers (أكثر من، نحو), also after ب (أودى بأكثر من 40): no part of a name
_QUALIFIER_OPENINGS = with_prefixes({normalize_key(phrase.split()[0]) for phrases in CUES_BEFORE.values()
                                     for phrase in phrases} - {normalize_key(w) for w in ("ما", "في", "على", "لا")},
                                    ("", "ب"))
_ABBREVIATED_TITLES = frozenset(("د", "ا", "م"))   # د. (doctor), أ. (professor), م. (engineer), written with a dot


_FIRST = normalize_key("أول")   # the second word of a rank (الفريق أول)


def _subject_phrase(doc: Document, start: int, end: int) -> ActorMention | None:
    """The subject right after a reporting word when no known actor stands there, as written
    (قالت الشرطة، بحسب مصادر أمنية، أعلنت وزارة الدفاع الأذربيجانية، قال المتحدث باسم الجيش
    العقيد أحمد): a noun phrase of up to six words that goes on over titles (and the heads of
    bodies: منظمة، مديرية), definite words, relative adjectives and qualifiers (مصدر أمني رفيع),
    with up to four names after a title, and stops before a reporting word, an anaphor, a
    function word, a date word or a figure's cue word. ل + ال written لل is given back its ال.
    An acronym in parentheses (وقالت (يونيسف)) is named by the words written before its first
    mention in parentheses (منظمة الأمم المتحدة للطفولة (يونيسف))."""
    t = doc.norm.text
    matches = list(itertools.islice(_TOKEN.finditer(t, start, min(end, start + 400)), PHRASE_TOKENS + _REACH_TOKENS + 1))
    tokens = [m.group() for m in matches]
    if len(tokens) >= 3 and tokens[0] == "(" and _is_word(tokens[1]):
        return _acronym(doc, matches)
    quoted = len(tokens) >= 3 and tokens[0] in _OPEN_QUOTE and _is_word(tokens[1])   # «خلية الصقور» الاستخباراتية
    if quoted:
        matches, tokens = matches[1:], tokens[1:]
    if not tokens or not _is_word(tokens[0]):
        return None
    if len(tokens) >= 3 and tokens[0] in _ABBREVIATED_TITLES and tokens[1] == "." and _is_word(tokens[2]):
        named = _subject_phrase(doc, matches[2].start(), end)   # د. سامي الصالح: a title abbreviated
        if named is None:
            return None
        s, e = doc.norm.span(start, named.norm_end)
        return named._replace(start=s, end=e, surface=doc.text[s:e],
                              name=untagged(original(doc.text, doc.norm, start, named.norm_end)), norm_start=start)
    if len(tokens) >= 3 and tokens[0] == _EACH and tokens[1] == "من" and _is_word(tokens[2]):
        return _subject_phrase(doc, matches[2].start(), end)   # كل من حركة حماس وحركة الجهاد: the actors it joins
    first = tokens[0]
    role = reporting_role(first)
    if role in _NOT_SUBJECT or role == "responsibility" or _ends_phrase(first) or first in LEXICON["not_name"] \
            or (first == _COUNT and (len(tokens) < 2 or tokens[1] != "من")) \
            or first in MANNER_WORDS or (bare(first) in _MONTH_EDGES | _MONTH_SPANS and _period_at(tokens, 1)):
        return None   # … and not the claim itself: أعلنت مسؤوليتها عن الهجوم; nor when: أعلن نهاية أفريل الماضي
    definite = [_definite(doc, m) and not (i and m.group() == _GOD and _is_word(tokens[i - 1]))
                for i, m in enumerate(matches)]   # الله in a name (ذبيح الله، عبد الله) is no article
    names_ali = frozenset(i for i, m in enumerate(matches) if m.group() == _ON and i + 1 < len(tokens)
                          and _is_name_ali(doc, m, tokens[i + 1]))   # …، علي حسن، إن: a name, not على
    if first[:1] == "و" and first[1:] in LEXICON["demonstrative"]:
        return None   # كما قالت، وذلك في ظل تواصل العمليات: the writer's next clause, no subject
    if first in LEXICON["demonstrative"]:   # هذا المصدر: resolved by statements() to whom it points
        if len(tokens) < 2 or not definite[1]:
            return None
        after = _subject_phrase(doc, matches[1].start(), end)
        if after is not None and len(after.name.split()) > 1:
            return after   # أوضح ذلك الناطق الإعلامي بصحة عسير: ذلك is what he explained
        matches = matches[:2]
        s, e = doc.norm.span(start, matches[1].end())
        return ActorMention(s, e, doc.text[s:e], doc.text[s:e], "unknown", "", "unknown", False, doc.in_body(s),
                            start, matches[1].end())
    # المسؤول الصحي في عدن الخضر لصور: a definite qualifier (مسؤول) stands for a title
    # المدير العام …: a person's title written with its article (not a body's head: المنظمة، الهيئة),
    # also after ل (وفقا للمتحدث الإقليمي عطا الله خوجاني)
    titled = role == "title" or (definite[0] and (reporting_role(bare(first)) == "qualifier"
                                                  or bare(first) in _PERSON_TITLES)) \
        or (first.startswith("لل") and reporting_role("ال" + first[2:]) == "title") \
        or (role == "qualifier" and len(definite) > 1 and definite[1] and bare(first) in _OFFICIALS) \
        or (first in _KIN and len(tokens) > 1 and tokens[1] in _FIGURE_CUES) \
        or _described_name(doc, tokens, definite)
    # مسؤول الشرطة ماركوس دانلادي: an official of a body, his name after it
    names, k, genitive = 0, 1, False
    name_tokens: set[int] = set()   # the tokens read as a person's name
    # a given name first (عبده الحذيفي), which a title after a comma may follow
    named_first = not definite[0] and role is None and not _anonymous(first) and first not in LEXICON["not_name"]
    limit, reach = PHRASE_TOKENS, True
    body_first = bare(first) in _BODY_TITLES
    reporter = bare(first) in _REPORTERS or first in _OUR_REPORTERS
    while k < len(tokens) and k < limit:
        word = tokens[k]
        if word in MANNER_WORDS or word in _QUALIFIER_OPENINGS:
            break   # قال الوزير بلهجة حادة (بغضب، بنبرة): how he said it, no part of his name; أودى بحسب
            #         مسعفين بأكثر من 40: a number's qualifier
        if reporter and (word in _IN or _from_where(word)):
            break   # مراسل الميادين في غزة، مراسلنا في اليمن: where an outlet's man reports from, no part of him
        if word == _FIRST and reporting_role(tokens[k - 1]) == "title":
            k += 1   # الفريق أول، رقيب أول: a rank of two words
            continue
        if quoted and word in _CLOSE_QUOTE:
            quoted = False   # the name in quotes closes; its adjectives may follow
            k += 1
            continue
        if _RELATIVE.fullmatch(word) and k + 2 < len(tokens) and tokens[k + 1] in _LEADS and _is_word(tokens[k + 2]) \
                and not CONTENT_START.fullmatch(tokens[k + 2]):
            k += 2   # التحالف الذي تقوده الولايات المتحدة: who leads a body names it, as بقيادة does
            leader = k
            while k < len(tokens) and k < leader + _LEADER_WORDS and _is_word(tokens[k]) and _plain(tokens[k]) \
                    and reporting_role(tokens[k]) is None and not CONTENT_START.fullmatch(tokens[k]) \
                    and not _PREPOSITION_ALA.fullmatch(tokens[k]) and tokens[k] not in _IN:
                k += 1   # … its name whether or not it has the article (تقوده فرنسا، تقوده المملكة العربية السعودية)
            continue
        if word in _OPEN_QUOTE and k + 2 < len(tokens) and _is_word(tokens[k + 1]) \
                and tokens[k + 2] in _CLOSE_QUOTE and (k == 1 or _medium_before(tokens, k) or (titled and not (
                    k + 3 < len(tokens) and CONTENT_START.fullmatch(tokens[k + 3])))):
            # صحيفة «الخبر»، مصادر "الرياض"، مراسل قناة "العربية" أن; not the outlet told: أبلغ نائب المحافظ
            # فالح العيساوي "الوطن" بأن
            k += 3   # a name in quotes: صحيفة «الخبر»، مصادر "الرياض"، وكالة أنباء «دوغان»
            if _object_after_name(tokens, k):
                break
            continue
        quote_close = _quoted_run(tokens, k, _medium_before(tokens, k),
                                  long_name=k == 1 and not definite[0] and bare(first) in _NAMED_HEADS) \
            if k == 1 or _medium_before(tokens, k) or reporting_role(tokens[k - 1]) == "title" \
            else None   # … or after a title: فانويل غارسيا رئيس "المعهد الوطني للطب الشرعي"
        if word in _NOT_GIVEN_NAME and (spoken_for := _quoted_run(tokens, k + 1)) is not None:
            k = spoken_for + 1   # the body a spokesman speaks for, in quotes: المتحدث باسم "الجيش الوطني الليبي"
            continue
        if quote_close is not None:
            k = quote_close + 1   # a name of words in quotes: موقع "سكاي نيوز عربية"، جماعة «أنصار الشريعة»
            if (k < len(tokens) and _from_where(tokens[k])) or _object_after_name(tokens, k):
                break   # مراسل "الجوهرة اف ام" بسيدي بوزيد: where the outlet's man reports from, no part of it
            continue
        close = _quoted_name(tokens, k) if titled else None
        if close is not None:
            head, named_body = bare(tokens[k + 1]), reporting_role(bare(tokens[k - 1])) == "title" and k >= 2
            k = close + 1   # مدير مكتب الصحة "الخضر لصور"
            if head in _BODY_HEADS or head in _NUMBERED_UNITS or reporting_role(head) == "title" or named_body:
                continue   # a body's name in quotes, then whom or where it serves: وقائد "لواء الفتح" في الجيش،
                # رئيس بعثة منظمة «أطباء بلا حدود» في اليمن حسن بوسنين
            break
        if word in "،," and _belonging(tokens, definite, k + 1):
            k += 1   # set off by commas: موقع "صدى البلد"، التابع لصحيفة الأخبار،
            continue
        if word in "،," and _anonymous(first) and is_nisba(tokens[k - 1]) and k + 1 < len(tokens) \
                and tokens[k + 1].startswith("و") and is_nisba(tokens[k + 1][1:]) and not definite[k - 1] \
                and not tokens[k + 1][1:].startswith("ال") and reporting_role(tokens[k + 1]) is None:
            k += 1   # more adjectives of anonymous sources after a comma: مصادر قضائية، ودينية وأمنية
            continue
        if word in "،," and (names or named_first or (titled and definite[k - 1] and reporting_role(tokens[k - 1]) is None)) \
                and k + 1 < len(tokens) and (reporting_role(tokens[k + 1]) == "title" or (
                    (names or named_first) and (_office(tokens[k + 1]) or _construct_office(tokens, definite, k + 1))) or (
                    named_first and names and reporting_role(tokens[k + 1]) == "qualifier")):
            k += 1   # a name, then its title: حسيب ستانيكزاي، رئيس مجلس إقليم لوغار; اللواء منصور التركي، المتحدث;
            # آرفين أحمد بور، مسؤول العلاقات في منظومة …;
            titled = titled or _office(tokens[k]) or _construct_office(tokens, definite, k) \
                or (named_first and reporting_role(tokens[k]) == "qualifier")
            # …، مسؤول إعلام الفرع; …، المدير العام للشؤون الصحية بالمنطقة،
            named_first = False   # عبده الحذيفي، وزير الداخلية اليمني
            continue
        he = k + (word in "،,")
        if (names or named_first) and he + 1 < len(tokens) and tokens[he] in _WHO_IS and _who_is(tokens, definite, he + 1) \
                and bare(tokens[he + 1]) not in _HEADS | _NAMED_HEADS | _GROUP_HEADS | _BODY_TITLES:
            k = he + 1   # a name, then who the person is: باجان آغ هاماتو، وهو مشرع محلي، إن (not what a body is:
            # لجان التنسيق المحلية، وهي شبكة من الناشطين)
            titled, named_first = True, False
            continue
        if word in "،," and (titled or first in _ONE_OF) and ((not names and definite[k - 1])
                                        or _place_ends_at(doc, matches[k - 1].end())) \
                and (name_end := _name_after_comma(tokens, k + 1, names_ali)):
            k = name_end   # a title and its body or place, then the name: مدير المرصد السوري لحقوق الإنسان، رامي عبد
            break   # الرحمن قوله; شيخ شمل خولان في مدينة صعدة، يحيى مقيت، عن; one of a group: أحد عناصر الشرطة، محمد حسين، أن
        if word == "ل" and titled and k + 1 < len(tokens) and tokens[k + 1] in _OPEN_QUOTE:
            close = _quoted_run(tokens, k + 1)   # الأمين العام لـ"حزب الله" حسن نصرالله: the body in quotes,
            name_next = tokens[close + 1] if close is not None and close + 1 < len(tokens) else ""
            if close is not None and _is_word(name_next) and not name_next.startswith("ال") and _plain(name_next) \
                    and not CONTENT_START.fullmatch(name_next) and name_next not in DATE_WORDS:
                k = close + 1   # then the person's name (not the outlet told: لـ«عكاظ» إن)
                continue
            if close is not None and (bare(tokens[k + 2]) in _BODY_HEADS | _ORG_HEADS
                                      or reporting_role(bare(tokens[k + 2])) == "title"):
                k = close + 1   # the body he heads, named in quotes: المدير العام لـ«المنظمة الدولية للهجرة»
                continue
        if word in _OPEN_QUOTE | {"("} and k + 2 < len(tokens) and tokens[k + 1] in _CLOSE_QUOTE | {")"} \
                and matches[k + 1].start() > matches[k].end() and _belonging(tokens, definite, k + 2):
            k += 2   # an acronym in Latin letters before the body it belongs to (مكتب تنسيق الشؤون "OCHA" التابع لـ)
            continue
        if word[:1].isdigit() and bare(tokens[k - 1]) in _NUMBERED_UNITS and k + 1 < len(tokens) \
                and _is_word(tokens[k + 1]) and not CONTENT_START.fullmatch(tokens[k + 1]):
            k += 1   # a unit's number is its name: قائد اللواء 14 مشاة، قائد الفرقة 9
            continue
        if word[:1].isdigit() and (tokens[k - 1] in _NUMBERED_OUTLETS or (
                bare(tokens[k - 1]) in _MEDIA and k + 1 < len(tokens) and definite[k + 1]
                and tokens[k + 1].endswith(("ي", "يه")))):
            k += 1   # an outlet's number is its name: مراسل فرانس 24، موقع 218 الليبي
            continue
        if word in _PURPOSE_LINKS and tokens[k - 1].startswith("لل") and k >= 2 and k + 1 < len(tokens) \
                and definite[k + 1] and _plain(tokens[k + 1]) and not _told(tokens[k - 1]) \
                and (bare(first) in _BODY_HEADS | _ORG_HEADS | _GROUP_HEADS or bare(first) in _MEDIA):
            k += 2   # what a body is for, its object after a preposition: الوكالة الإقليمية للتخفيف من الكوارث
            continue
        if word == "(" and titled and k + 3 < len(tokens) and tokens[k + 2] == ")" and _plain(tokens[k + 1]) \
                and tokens[k + 3].startswith("لل") and _plain(tokens[k + 3]):
            k += 3   # a body's name in parentheses inside its phrase: مدير خدمة (نجدة) للإسعاف
            continue
        if tokens[k:k + 2] == _FM_BAND:
            k += 2   # الجوهرة أف أم، موزاييك إف إم: a radio station's name goes on over its band,
            if k < len(tokens) and (_from_where(tokens[k]) or tokens[k] in _IN):
                break   # … not over where its man reports from (بالمهدية، في الجهة)
            continue
        if word == _WITHOUT and k + 1 < len(tokens) and tokens[k + 1] == _BORDERS:
            k += 2   # مراسلون بلا حدود، أطباء بلا حدود: a body's name
            continue
        if word in _WITH_IT and bare(tokens[k - 1]) in _TRUSTED:
            k += 1   # مصدر صحفي موثوق به: the trust, no preposition that ends the phrase
            continue
        if k <= 2 and tokens[k:k + 2] == _FOR_THE_SAKE and k + 2 < len(tokens) and _plain(tokens[k + 2]) \
                and (not definite[0] or bare(first) in _BODY_HEADS | _ORG_HEADS | _GROUP_HEADS):
            k += 2   # أطباء من أجل حقوق الإنسان، التحالف من أجل السلام: a body's name, what it is for
            if k + 1 < len(tokens) and not definite[k] and definite[k + 1] and _plain(tokens[k + 1]):
                k += 2   # … a construct (حقوق الإنسان)
            continue
        if word in _ADJECTIVE_PREFIXES and k + 1 < len(tokens) and _is_word(tokens[k + 1]) \
                and reporting_role(tokens[k + 1]) in (None, "participle") and not _ends_phrase(tokens[k + 1]) \
                and (is_nisba(bare(tokens[k + 1])) or bare(tokens[k + 1]).startswith("م")):
            k += 2   # منظمة إيمرجنسي غير الحكومية، القوات شبه العسكرية، مصادر غير رسمية، تقارير غير مؤكدة: one adjective
            continue
        if k == 1 and not definite[0] and bare(first) in _OUTLET_NAMED_AFTER \
                and (name_end := _outlet_name_end(tokens, definite, 1)) is not None:
            k = name_end   # an outlet's name of plain words after its medium or its sources, right before what
            break          # is said: مراسل سكاي نيوز عربية بأن، مصادر سكاي نيوز عربية بمقتل
        if k == 1 and not definite[0] and bare(first) in _NAMED_HEADS and _is_word(word) and not definite[1] \
                and reporting_role(word) in OPENS and not CONTENT_START.fullmatch(word):
            k += 1   # a body named by a word that is also a verb of reporting: منظمة رصد، تحالف رصد الحقوقي
            continue
        if word.isdigit() and bare(tokens[k - 1]) in _NUMBERED_UNITS:
            k += 1   # قائد اللواء 143، العميد ذياب القبلي: a unit named by its number
            continue
        if k == 1 and not definite[0] and first in _STAFF and word.startswith("ل") and word[1:] in _MEDIA \
                and k + 1 < len(tokens):
            # مراسل لوكالة الأنباء الفرنسية، مصور لوكالة فرانس برس: the outlet its man works for, not one he told,
            # when its name can be told where it ends (a definite name, or plain words right before what is said)
            if definite[k + 1]:
                k += 1
                continue
            if (name_end := _outlet_name_end(tokens, definite, k + 1)) is not None:
                k = name_end
                break
        if not _is_word(word) or len(word) <= 1 or (word in _TOLD_BARE and bare(tokens[k - 1]) not in _MEDIA):
            break   # … or the agency told: وأبلغ الكولونيل سامي داود رويترز أن
        if (word in _MEDIA or (word in _AGENCIES and not word.startswith("ال"))) and _closed_noun(tokens[k - 1]):
            break   # … or an outlet after a word that takes no genitive: أبلغ مسؤولون وكالة رويترز، أقران لهما بي بي سي
        role = reporting_role(word)
        if bare(word) in _LOCATED and k >= 2 and (bare(tokens[k - 2]) in _PLACE_HEADS
                                                  or bare(tokens[k - 2][1:]) in _PLACE_HEADS
                                                  or (k + 1 < len(tokens) and tokens[k + 1] in _IN)):
            break   # جمعية البر بمحافظة أضم التابعة لمنطقة مكة، شرطة سان برونو الواقعة في ضاحية سان فرانسيسكو:
            # where the place lies, no part of the body's name
        if word == _ON and (bare(tokens[k - 1]) in _SUPERVISING or (
                k >= 2 and definite[k - 1] and bare(tokens[k - 2]) in _SUPERVISING)) \
                and k + 1 < len(tokens) and _is_word(tokens[k + 1]) and _continues(tokens[k + 1]) \
                and not _is_document(tokens[k + 1]):
            k += 1   # المشرف العام على مركز الملك سلمان: the body he oversees
            titled = True
            continue
        if word == _ABOUT_WORD and bare(tokens[k - 1]) in _REPRESENTING and k + 1 < len(tokens) \
                and (bare(tokens[k + 1]) in _PLACE_HEADS | _REPRESENTED or _place_at(doc, matches[k + 1].start())):
            k += 1   # النائب عن ولاية جنوب غرب الصومال: whom a deputy represents is his title's
            titled = True
            continue
        if word in _ANOTHER and (_anonymous(first) or bare(first) in _WITNESSES) \
                and not (k + 1 < len(tokens) and tokens[k + 1][:1].isdigit()):
            k += 1   # شاهد عيان آخر، مصدر آخر: another source, as written
            continue
        if word == _GOD and not definite[k]:
            name_tokens.add(k)   # the name goes on: سامي نصر الله، مصادر داخل حزب الله
            names += 1
            k += 1
            continue
        if _belonging(tokens, definite, k):
            k += 2   # the body it belongs to (موقع بوابة الوطن التابع لصحيفة الوطن، … التابعة للمعارضة)
            limit = max(limit, k + _BELONGING_WORDS)
            titled, names, genitive = True, 0, False   # its name may follow: لغرفة عمليات "فتح حلب"
            continue
        nxt = tokens[k + 1] if k + 1 < len(tokens) else ""
        if word in _IN and k >= 2 and (nxt in LEXICON["direction"] or nxt in _COMPASS) and not definite[k - 1] \
                and (bare(tokens[k - 2]) in _PLACE_HEADS or bare(tokens[k - 2][1:]) in _PLACE_HEADS):
            reach = False   # حكومة مدينة ووهان في جنوب الصين: where the place lies, no part of the body's name
            break
        if word in _IN and nxt in _LINKING_PHRASES:
            break   # وثق المرصد في المقابل، وقالت الشرطة في السياق: the writer's link, no part of the name
        if word in _IN and nxt in LEXICON["demonstrative"]:
            break   # مديرية الأمن في هذه المدينة: a place pointed back to, no part of the name
        if k >= 1 and word.startswith("ال") and bare(word) in _PLACE_DESCRIBED and _place_ends_at(doc, matches[k - 1].end()):
            break   # شرطة تورونتو العاصمة الاقتصادية لكندا: the place described, no part of the name
        if k >= 1 and (definite[k - 1] or k - 1 in name_tokens) and _definite_incident(word):
            break   # وأدانت الوزارة الهجوم، مشيرة: the verb's object, no part of its subject
        if k >= 1 and _disagrees(tokens[k - 1], word):
            break   # وحذرت الشرطة المتظاهرين الملثمين: the same
        if word in _MONTH_EDGES and _month_at(tokens, k + 1):
            break   # مسؤول مطلع على التحقيق أواخر نيسان: when it spoke
        if _period_at(tokens, k) and nxt in _PAST_OR_NEXT:
            break   # قالت المفوضية الشهر الماضي إن: when it spoke (not الأمين العام الحالي)
        if k > 1 and word.startswith("لل") and definite[k - 1] and bare(word) in INCIDENTS:
            break   # حسب رواية وسائل الإعلام الرسمية للحادث: what it told of, no part of its name
        if word in _IN and ((nxt[:1].isdigit() and _month_at(tokens, k + 2)) or _month_at(tokens, k + 1)
                            or (k + 2 < len(tokens) and tokens[k + 2] == "من" and _month_at(tokens, k + 3))):
            break   # دمشق في التاسع من نيسان، في 30 مارس، في يناير: the day or month it spoke, no part of its name
        if nxt[:1].isdigit() and (word.startswith("ب") or (
                not definite[k] and not word.startswith("وال") and (definite[k - 1] or _place_ends_at(doc, matches[k - 1].end()))
                and bare(word) not in _NUMBERED_UNITS and word not in _MEDIA)):
            break   # what is reported, counted: أفادت مصادر طبية في مستشفى الثورة بوصول 8 جثث، مصدر في
            # مستشفى الزهراء بالبصرة استقبال 7 جثث (not a unit's number: اللواء 93)
        if role == "stop" and (titled or names or (k == 1 and not definite[0])) and names < NAME_WORDS \
                and (_is_name_ali(doc, matches[k], nxt) or tokens[k - 1] in NAME_LINKS):   # سالم بن علي الشهري
            names += 1   # هادي علي، عبدي علي: the name, not the preposition على
            k += 1
            continue
        nxt_definite = k + 1 < len(tokens) and definite[k + 1]
        if word == _ABOUT_WORD and bare(tokens[k - 1]) in _DEFENDING and _is_word(nxt) and _continues(nxt) \
                and nxt != _WAY:   # not وزارة الدفاع عن طريق متحدثها: by way of
            k += 2   # what a body defends is its name: منظمات الدفاع عن حقوق الإنسان، لجنة الدفاع عن الحريات
            continue
        if titled and k >= 2 and definite[k - 1] and tokens[k - 2].startswith("ال") and bare(tokens[k - 1]) != "ركن" \
                and bare(tokens[k - 2]) in _RANKS and _first_person(word):
            break   # a rank and a family name, then what he says without a colon: وقال الفريق المحرج وصلت إلى
        if word.startswith("ب") and word[1:] in LEXICON["demonstrative"]:
            break   # بهذا الصدد، بهذا الشأن: the speaker's aside, no part of his name (وقال «دي لوس» بهذا الصدد)
        # حذرت منظمة العفو الدولية من التصعيد: a body's name closed by its adjective takes no من after it
        closed_body = body_first and definite[k - 1] and is_nisba(tokens[k - 1])
        preposition = word in _IN or (word.startswith("ب") and len(word) > 3 and role is None
                                        and not _ends_phrase(word[1:]) and not _ends_phrase(word)   # بحياة
                                        and not _is_document(word)
                                        and (not all(definite[:k]) or bare(first) not in _BODY_HEADS | _ORG_HEADS
                                             or _where_it_stands(doc, word, matches[k].start()))) \
            or (word == "من" and (titled or _anonymous(first)) and not closed_body and (   # مصدر من المقاومة، من هيئة الإسعاف
                nxt_definite or reporting_role(nxt) == "title" or bare(nxt) in _PLACE_HEADS
                or (bare(nxt) in _BODY_HEADS | _ORG_HEADS and k + 2 < len(tokens) and definite[k + 2])   # من وزارة الصحة
                or (k == 1 and bare(first) in _QUANTITY))) \
            or (word == "من" and named_first and names and bare(nxt) in _HEADS | _GROUP_HEADS | _BODY_TITLES | _OFFICE
                and (nxt_definite or (k + 2 < len(tokens) and definite[k + 2])))
        # a named person from the body he works in: سامي حسن من المكتب الإعلامي، ليلى خوري من مكتب الأمم المتحدة
        counted_next = nxt.startswith("ب") and k + 2 < len(tokens) and tokens[k + 2][:1].isdigit()
        # a year, not a place: سجل المركز في عام 2018
        dated_next = nxt in YEAR_CUES and k + 2 < len(tokens) and tokens[k + 2][:1].isdigit()
        if word in _IN and titled and k - 2 in name_tokens and (k - 1 in name_tokens or definite[k - 1]) \
                and not (bare(tokens[k - 2]) in _HEADS | _CUE_NAME_HEADS and _name_after_place(tokens, definite, k + 1)) and (
                nxt_definite or (definite[0] and k + 2 < len(tokens) and _place_at(doc, matches[k + 1].start())
                                 and (tokens[k + 2] in "،," or CONTENT_START.fullmatch(tokens[k + 2])))):
            break   # العقيد ميلود الزوي في المدينة الساحلية إن، الطبيب سامي الحداد في حلب أن: where a named
            # person spoke, no part of his name (not a body's words, a name after: مدير شؤون الصحة في الولاية نجيب الله)
        if preposition and word.startswith("ب") and word not in _IN and counted_next:
            k += 1   # the place alone, then what is reported: بصنعاء بوصول 8 جثث
            continue
        if preposition and nxt in _ONE_OF and k + 2 < len(tokens) and _is_word(tokens[k + 2]) \
                and not definite[k + 2] and _continues(tokens[k + 2]) and k + 3 < len(tokens) and definite[k + 3]:
            k += 3   # one of the bodies it names: متحدث باسم إحدى جماعات المعارضة، مسؤول في أحد مستشفيات المدينة
            continue
        if preposition and word.startswith("ب") and bare(word[1:]) not in _HEADS \
                and (_place_at(doc, matches[k].start()) or _place_at(doc, matches[k].start() + 1)):
            k += 1   # ب and a place is whole: مصدر في مستشفى الزهراء بالبصرة | وصول 7 جثث، … بصفاقس | استقبال
            continue
        if preposition and _is_word(nxt) and _continues(nxt) and not counted_next and not dated_next \
                and nxt not in _TOLD_AUDIENCE and bare(nxt) not in _LOCATED:
            # القائد البارز في الجيش الصومالي، الشرطة في نيبال، مصدر أمني بشمال سيناء (not في بيان)
            if not nxt_definite:
                names += 1
                genitive = bare(nxt) in _PLACE_HEADS or (   # في محافظة شبوة: the place's name follows
                    k + 3 < len(tokens) and not _ELATIVE.fullmatch(nxt) and not definite[k + 2] and _plain(tokens[k + 2])
                    and _continues(tokens[k + 2]) and (definite[k + 3] or bare(tokens[k + 3]) in _PLACE_HEADS))
                # … and so does a body's chain (في خفر سواحل مدينة الزاوية), not a superlative (في أكبر مدن الولاية)
            titled = titled or reporting_role(nxt) == "title"   # بالإنابة الدكتور سلطان الشايع
            k += 2   # the place or body with it: في نيبال، بشمال سيناء، بمنطقة المدينة المنورة
            # a place's name of two words right before what is said: بمدينة خان يونس إن، في إقليم خيبر بختونخوا أن
            head, rest = (nxt, 2) if word in _IN else (word[1:], 1)
            if bare(head) in _PLACE_HEADS and not nxt_definite and k + rest < len(tokens) \
                    and all(_is_word(w) and not w.startswith(("ال", "لل")) and _continues(w) for w in tokens[k:k + rest]) \
                    and (tokens[k + rest] in "،," or CONTENT_START.fullmatch(tokens[k + rest])):
                k += rest
            elif word in _IN and _place_at(doc, matches[k - 1].start()):
                k = _past_place(doc, matches, k, matches[k - 1].start())   # read whole: السلطات في بوركينا فاسو
            continue
        if tokens[k - 1] in NAME_LINKS and role is None and not _ends_phrase(word) and word not in LEXICON["not_name"]:
            names += 1   # the name a link word opens: مستشفى أبو يوسف النجار، مدينة بن قردان، مستشفى بني سويف
            k += 1
            continue
        if word.startswith("ب") and not word.startswith("بال") and len(word) > 3 and role is None \
                and (titled or _anonymous(first)) and not _ends_phrase(word[1:]) and not _is_document(word) \
                and not _function_word(word) and not word.endswith(_PRONOUN_ENDINGS) \
                and (CONTENT_START.fullmatch(nxt) or nxt == "ل" or _told(nxt)):
            k += 1   # a place without the article right before the outlet or what is said: مصادر في المقاومة بعدن لـ«المدينة»
            break
        if word.startswith("بال") and len(word) > 4 and role is None and bare(tokens[k - 1]) in _CONCERNED \
                and not _ends_phrase(word[1:]) and not _is_document(word):
            k += 1   # what a body is concerned with names it: الوكالة المعنية بالكوارث، اللجنة المكلفة بالتحقيق
            continue
        if word.startswith("بال") and len(word) > 4 and role is None and not _ends_phrase(word[1:]) \
                and not _is_document(word) and (CONTENT_START.fullmatch(nxt) or nxt == "ل" or (
                    _told(nxt)) or (k + 1 == len(tokens) or nxt in _CLOSES_SENTENCE)
                    or (nxt in ("،", ",") and (titled or _anonymous(first)))):   # … بالولاية. / بالناظور، فضل
            k += 1   # a place right before what is said: مصدر في المقاومة بالضالع أن
            close = _quoted_name(tokens, k) if titled else None
            k = k if close is None else close + 1   # مدير مكتب الصحة بالمحافظة "الخضر لصور"
            break
        if (titled or (named_first and names == k - 1)) and names < NAME_WORDS and word in DATE_WORDS \
                and not definite[k] and _is_word(nxt) and not nxt.startswith("ال") \
                and reporting_role(nxt) is None and not _ends_phrase(nxt):
            names += 1   # a name that is also a date word (صباح كرحوت), not صباح أمس، صباح الثلاثاء
            k += 1
            continue
        if word == _AT_BODY and (titled or bare(first) in _ENVOYS) and k + 1 < len(tokens) and definite[k + 1] \
                and (bare(tokens[k + 1]) in _SERVED_AT or bare(tokens[k + 1]) in _BODY_HEADS):
            k += 1   # the body an envoy serves at: المندوب الدائم لدى الأمم المتحدة، سفيرها لدى الجامعة العربية
            continue
        if word.startswith("ل") and not definite[k] and len(word) > 3 and definite[k - 1] and not _told(word) \
                and word not in _AUDIENCE:
            j = k + 1
            while j < min(k + 3, len(tokens)) and not definite[j] and _plain(tokens[j]) and reporting_role(tokens[j]) is None:
                j += 1
            if j > k + 1 and j < len(tokens) and definite[j] and _plain(tokens[j]):
                k = j   # what a body is for, a genitive chain: المرصد اليمني لرصد انتهاكات حقوق الإنسان
                continue
        if word in LEXICON["direction"] and titled and not name_tokens and k + 1 < len(tokens) \
                and _place_at(doc, matches[k + 1].start()) \
                and (name_end := _name_after_comma(tokens, _past_place(doc, matches, k + 1, matches[k + 1].start()), names_ali)):
            k = name_end   # where a title's place lies, then the person's name: حاكم مدينة مريوان غربي إيران محمد شفيعي
            break
        # مدير مركز الاتصال، مركز المعلومات: a document word that a title or a body's head governs names it;
        # مصادر عسكرية للمركز الإعلامي: whom an anonymous source told ends it (not مصادر تابعة للجيش)
        headed = definite[k] and not definite[k - 1] and (
            reporting_role(tokens[k - 1]) == "title" or tokens[k - 1] in _BODY_HEADS or (k == 1 and first == _SOME))
        if (role in _NOT_SUBJECT and not (role == "anaphor" and headed)) or role in ("auxiliary", "responsibility") \
                or (_is_document(word) and not headed) \
                or (_ends_phrase(word) and not _cue_in_name(tokens, definite, k)
                    and not (genitive and bare(tokens[k - 1]) in _PLACE_HEADS and _cue_by_prefix(word))) \
                or (_told(word) and (not word.startswith("لل") or f"ا{word[1:]}" in _AGENCIES)) \
                or (word in _AUDIENCE and not _association_of(tokens, k)) \
                or (bare(first) in _SOURCE_NOUNS and word.startswith("لل") and all(
                    not definite[j] and is_nisba(bare(tokens[j])) and bare(tokens[j]) not in _TOWARD for j in range(1, k))) \
                or (word.startswith("لل") and word[2:] in _MEDIA and (nxt in ("،", ",") or CONTENT_START.fullmatch(nxt))
                    and bare(first) not in _SPOKESPEOPLE) \
                or (word in _TOLD_AUDIENCE and (names >= 2 or definite[k - 1])) \
                or (definite[k] and bare(word) in _ADDRESSED and titled and k - 1 in name_tokens
                    and k + 1 < len(tokens) and CONTENT_START.fullmatch(tokens[k + 1]) is not None) \
                or (word in _MEDIA and (definite[k - 1] or tokens[k - 1].startswith("وال") or names)) \
                or (word in LEXICON["not_name"] and not definite[k]
                    and not (reporting_role(tokens[k - 1]) == "title" and _is_word(nxt) and len(nxt) > 1
                             and nxt not in LEXICON["not_name"] and not _ends_phrase(nxt))) \
                or (word in LEXICON["direction"] and bare(tokens[k - 1][1:] if tokens[k - 1].startswith("ب")
                                                          else tokens[k - 1]) not in _PLACE_HEADS):
            # … لوكالة فرانس برس، مسؤول في المستشفى وكالة أسوشيتد برس، وزارتا الداخلية والصحة وكالة
            # فرانس برس: the outlet told; فقد; واحدة من;
            # إقليم لوغار شرقي أفغانستان: where the place lies (not بجنوب شرقي تركيا)
            break
        if word in _NUMBER_OF and k + 1 < len(tokens) and tokens[k + 1] in _FIGURE_CUES:
            break   # قدرت منظمة أطباء بلا حدود عدد القتلى: the count it gives, no part of its name
        if k >= 1 and definite[k - 1] and (
                (k >= 2 and word.startswith("ال") and is_nisba(tokens[k - 1]) and bare(word) in _BODY_HEADS)
                or (definite[0] and not definite[k] and not word.startswith("و")
                    and bare(word) in _ORG_HEADS | _NAMED_HEADS | _ORGANISATION)):
            break   # اتهم السفير البريطاني الحكومة، المسؤولون الأتراك تنظيم داعش: an adjective ends the subject,
            # a body after it is the object
        if k == 1 and definite[0] and definite[1] and first.endswith("ي") and word.endswith(("يين", "يون")):
            break   # واتهم المالكي الحوثيين: a plural adjective agrees with no singular nisba; it is the object
        if role is None and word in _ONE_OF and named_first and k + 1 < len(tokens) and _plain(nxt):
            role = "title"   # a name, then who he is without a comma: سايمن تيمبلر أحد سكان المنطقة
        if role is None and not definite[k] and bare(first) in _BODY_TITLES and bare(word) not in _PLACE_HEADS \
                and not _place_at(doc, matches[k].start()) \
                and ((definite[k - 1] and not is_nisba(tokens[k - 1])) or _place_ends_at(doc, matches[k - 1].end())
                     or (k == 2 and not definite[1] and is_nisba(tokens[1]) and tokens[0].endswith("ه")
                         and not word.endswith("ه"))) \
                and not word.startswith(("ل", "ب", "و")) and _plain(word) and tokens[k - 1] not in NAME_LINKS \
                and "title" not in (reporting_role(tokens[k - 1]), reporting_role(bare(tokens[k - 1]))) \
                and bare(tokens[k - 1]) not in _PERSON_TITLES | _RANKS:
            break   # a body's name ends at its last definite noun, place or lone adjective (a feminine body's
            # next word that does not agree); what follows is the verb's object (أعلنت قيادة عمليات الأنبار إحباط
            # محاولة، مديرية صحة درعا إغلاق، تريد جمعية فرنسية تقديم ملف), not a person's name (مركز الملك سلمان) nor the
            # body's own name after an adjective (هيئة الإسعاف الإسرائيلية نجمة داود الحمراء)
        if role is None and k == 2 and not any(definite[:3]) and bare(first) in _BODY_HEADS | _BODY_TITLES \
                and _plain(tokens[1]) and bare(tokens[1]) not in _PLACE_HEADS and _place_at(doc, matches[2].start()):
            k = _past_place(doc, matches, k, matches[2].start())   # a body's head, its members and the place
            break   # they serve: مجلس أساقفة نيكاراغوا (a place's head governs its own name: سلطات إقليم كردستان العراق)
        if role == "title" or (_office(word) and (names or named_first)):   # … سوينغ، المدير العام لـ
            titled = True
            names = 0   # the person's name starts after the title (… بمنطقة جازان الرائد محمد بن حسن آل صمغان)
            limit = max(limit, k + 1 + NAME_WORDS)   # a long title's name after it
        elif role == "qualifier" or definite[k] or (word.startswith("ل") and nxt_definite) or (
                word.startswith("وال") and definite[k - 1] and not _ends_phrase(word[1:])
                and word[1:] not in LEXICON["not_name"]):
            genitive = False   # … لمراقبة الفيضانات والعواصف، للتعبئة العامة والإحصاء: one body
            if definite[k] and named_first and names == k - 1 and tokens[k - 1] in NAME_LINKS:
                name_tokens.add(k)
                names += 1   # a given name with a link word: عبد الكريم، أبو الفضل
            elif definite[k]:
                names = 0   # the person's name starts after the body's (رئيس نقابة صيادي السمك … أبو بكر غامندي)
        elif word.startswith("ل") and bare(word[1:]) in _PLACE_HEADS and definite[k - 1] and _is_word(nxt) \
                and not nxt_definite and _continues(nxt):
            genitive = True   # السلطات المحلية لإقليم تنغير: the place the body serves, its name next
        elif word.startswith("ل") and not definite[k] and _cue_in_name(tokens, definite, k):
            genitive = True   # what a movement is for, then whom: الحركة الوطنية لتحرير أزواد
        elif genitive:   # the name a place or body head governs: محافظة شبوة، حكومة إقليم بلوشستان
            genitive = bare(word) in _PLACE_HEADS
        elif bare(word) in _PLACE_HEADS and not definite[k - 1] and tokens[k - 1] not in _CLOSE_QUOTE \
                and nxt_definite:
            pass   # a head in an indefinite chain, its definite name next: مرفق إسعاف محافظة البحيرة
        elif (titled or names or (k == 1 and not definite[0])) and bare(word) in _PLACE_HEADS:
            genitive = True   # حاكم محافظة شانلي أورفة عز الدين كجك، سلطات إقليم كردستان: the place's name
        elif (titled or (not definite[0] and (k == 1 or (named_first and names == k - 1
                                                           and _apposition_follows(tokens, definite, k, names))))) \
                and (names < NAME_WORDS or (word in NAME_LINKS and names < NAME_WORDS + 1)):   # … محمد بن حسن آل صمغان
            if {k - 1, k - 2} <= name_tokens and _place_at(doc, matches[k].start()):
                break   # حذر رئيس الهيئة عيسى قراقع إسرائيل من: a place after a full name is the verb's object
            name_tokens.add(k)
            names += 1   # the name after a title (الرئيس … إلهام علييف), or a bare name (قال جيب بوش، آرفين أحمد بور)
        elif is_nisba(word) and not definite[0]:
            pass
        elif not definite[k] and tokens[k - 1].startswith("و") and _cue_in_name(tokens, definite, k):
            pass   # a rescue's crews, the second of two: مسعفون وعناصر إنقاذ
        else:
            break
        k += 1
    if quoted:
        return None   # a quotation, not a name in quotes
    k = _reach_content(tokens, k, titled, names_ali) if reach else k
    k = _after_gloss(tokens, definite, k)
    while k > 1 and (tokens[k - 1] in _IN or tokens[k - 1] == "من"):
        k -= 1   # no phrase ends on a preposition: مصادر في وزارة الصحة (حذرت … من مقتل)
    phrase_end = matches[k - 1].end()
    s, e = doc.norm.span(start, phrase_end)
    name = _as_name(doc.text[s:e], doc.text)
    if matches[0].start() > start:   # «قوات سوريا الديمقراطية»: the name without its quotation marks
        name = " ".join(_QUOTE_MARKS.sub(" ", name).split())
    name = " ".join(name.translate(_NO_FORMATTING).split())   # ‫داود مراد الختاري‬: no invisible direction marks
    return ActorMention(s, e, doc.text[s:e], name, "unknown", "", "unknown", False, doc.in_body(s), start, phrase_end)


_NO_FORMATTING = {ord(c): None for c in FORMATTING}   # invisible marks, dropped from a name
_SPOKESPEOPLE = frozenset(without_article(normalize_key(w)) for w in LEXICON["spokesperson"])   # المتحدث للوكالة: its own
_NUMBERED_OUTLETS = frozenset(normalize_key(w) for w in ("فرانس",))   # فرانس 24
# Military units, named by a number (اللواء 14 مشاة، الفرقة التاسعة)
_NUMBERED_UNITS = frozenset(normalize_key(w) for w in ("لواء", "فرقة", "كتيبة", "فوج", "سرية", "منطقة", "محور", "قطاع"))
# Heads of bodies, which no person's name follows without a title of his own
_BODY_TITLES = frozenset(normalize_key(w) for w in (
    "منظمة", "بعثة", "مديرية", "هيئة", "لجنة", "مركز", "قيادة", "مفوضية", "خلية", "دائرة", "إدارة", "مصلحة", "جمعية",
    "مجلس", "نقابة", "اتحاد"))
# Titles that only a person holds, which a name may follow even written with ال (المدير العام
# للشؤون الصحية بمحافظة الأحساء محمد العبدالعالي)
_PERSON_TITLES = frozenset(normalize_key(w) for w in (
    "مدير", "رئيس", "وكيل", "أمين", "قائد", "محافظ", "نائب", "مساعد", "ناطق", "وزير", "سفير", "مستشار", "مفتي", "ضابط",
    "مديرة", "رئيسة", "نائبة", "ناطقة", "وزيرة", "سفيرة", "مستشارة", "ضابطة"))   # … and a woman's (رئيسة الوزراء البريطانية)
# Words that make a name of the people a figure counts (هيئة شؤون الأسرى، رابطة أسر الشهداء، لجنة أهالي المفقودين)
# Kin of the one killed, who speak for him as a title does, his name after: والد الشهيد العريف عيد الشهراني
_KIN = frozenset(normalize_key(w) for w in ("والد", "والدة", "شقيق", "شقيقة", "زوجة", "أرملة"))
_CUE_NAME_HEADS = frozenset(normalize_key(w) for w in ("شؤون", "أسر", "أهالي", "ذوي", "رعاية", "رابطة", "جمعية", "مؤسسة",
                                                         "أقارب", "عائلات",   # أقارب الضحايا: kin who speak for the dead
                                                         "نادي",   # نادي الأسير الفلسطيني
                                                         "جبهة", "حركة", "حزب",   # جبهة التحرير الوطني
                                                         # the crews of a rescue: أحد عناصر الإنقاذ، فرق الإنقاذ
                                                         "عناصر", "رجال", "فرق", "فريق", "طواقم", "عمال", "خدمات",
                                                         *_KIN))
_DEFENDING = frozenset(normalize_key(w) for w in ("دفاع",))   # الدفاع عن: the cause a body's name ends with
_ABOUT_WORD, _WAY = normalize_key("عن"), normalize_key("طريق")
_REPRESENTING = frozenset(normalize_key(w) for w in ("نائب", "نائبة", "ممثل", "ممثلة"))   # النائب عن دائرة …
_REPRESENTED = frozenset(normalize_key(w) for w in ("دائرة", "حزب", "كتلة", "قائمة"))   # … the seat or party
_OFFICE = frozenset({normalize_key("مكتب")})   # a person from an office: سامي حسن من المكتب الإعلامي
# Ranks, which no adjective follows as one may follow an office (المتحدث الرسمي طلعت حرب): a definite
# word after a rank is the family name (الفريق المحرج)
_RANKS = frozenset(normalize_key(w) for w in ("فريق", "عقيد", "لواء", "عميد", "رائد", "مقدم", "نقيب", "ملازم",
                                              "مشير", "رقيب"))
_FIRST_PERSON_ENDINGS = ("نا", "ت")   # وصلنا، وصلت: a perfect verb of the speaker's own


def _first_person(word: str) -> bool:
    """A perfect verb in the first person (وصلت، وصلنا، زرنا): what a speaker says begins."""
    return len(word) >= 4 and word.endswith(_FIRST_PERSON_ENDINGS) and reporting_role(word) is None


_LOCATED = frozenset(normalize_key(w) for w in ("تابع", "تابعة", "واقع", "واقعة"))   # after a place: where it lies
_BELONGS = frozenset(normalize_key(w) for w in ("التابع", "التابعة", "التابعين"))   # a body's: belonging to
_ORGANISATION = frozenset({normalize_key("تنظيم")})   # تنظيم داعش: a group's head, its name after it
_NUMBER_OF = frozenset(normalize_key(w) for w in ("عدد", "حصيلة"))   # before a casualty noun: the toll given
_BELONGS_INDEFINITE = frozenset(normalize_key(w) for w in ("تابع", "تابعة"))
_COMPASS = frozenset(normalize_key(w) for w in ("شمال", "جنوب", "شرق", "غرب", "وسط"))   # في جنوب الصين
_BELONGING_WORDS = 4   # words read after التابع لـ for the body an actor belongs to
# The edge of a month (مطلع آذار، أواخر يناير): a date, though مطلع alone qualifies a source (مصدر مطلع)
_MONTH_EDGES = frozenset(normalize_key(w) for w in ("مطلع", "أوائل", "أواخر", "منتصف"))
_MONTH_SPANS = frozenset(normalize_key(w) for w in ("نهاية", "بداية", "أواسط", "بدايات", "نهايات"))   # نهاية أفريل


def _belonging(tokens: list[str], definite: list[bool], k: int) -> bool:
    """التابع، التابعة at `k` after a body's words, or تابع، تابعة after an indefinite one (مسؤول تابع
    للحكومة), then ل and the body it belongs to (التابع للأمم المتحدة)."""
    if k + 1 >= len(tokens):
        return False
    agrees = tokens[k] in _BELONGS if definite[k] else k > 0 and not definite[k - 1] and tokens[k] in _BELONGS_INDEFINITE
    return agrees and tokens[k + 1].startswith("ل") \
        and len(tokens[k + 1]) > 3 and _plain(tokens[k + 1][1:] if not tokens[k + 1].startswith("لل") else tokens[k + 1])


def _month_at(tokens: list[str], k: int) -> bool:
    """Whether a month's name (one or two words: آذار، تشرين الثاني) stands at `k`."""
    return k < len(tokens) and (tokens[k] in _MONTHS or " ".join(tokens[k:k + 2]) in _MONTHS)


_MONTHS = frozenset((*DATES_LEXICON["greg_month"], *DATES_LEXICON.get("hijri_month", {})))
# … and, after the edge of a span of time (نهاية أفريل، مطلع الشهر), the Maghreb names and the periods
_PERIODS = _MONTHS | frozenset(" ".join(normalize_key(row["name"]).split()) for row in read_lexicon("months.csv")) \
    | frozenset(normalize_key(w) for w in ("الشهر", "الأسبوع", "العام", "السنة"))


# Incidents (actors.INCIDENTS) end a source's phrase: after ل, what it tells of (رواية وسائل الإعلام الرسمية
# للحادث); with the article after its subject, a verb's object.
def _definite_incident(word: str) -> bool:
    """An incident with the article (الهجوم، الحادث): after a subject, its verb's object."""
    return word.startswith("ال") and bare(word) in INCIDENTS


_FM_BAND = ["اف", "ام"]   # أف أم، إف إم after a radio station's name, normalised
_PAST_OR_NEXT = frozenset(normalize_key(w) for w in ("الماضي", "المنصرم", "الفائت", "المقبل", "القادم"))


def _period_at(tokens: list[str], k: int) -> bool:
    """Whether a month's name, Maghreb names too (أفريل), or a period (الشهر، العام) stands at `k`."""
    return k < len(tokens) and (tokens[k] in _PERIODS or " ".join(tokens[k:k + 2]) in _PERIODS)


_OFFICIALS = frozenset(normalize_key(w) for w in ("مسؤول", "مسؤولة"))   # qualifiers that stand for a person's title
_SPEAKERS = frozenset(normalize_key(w) for w in ("مسؤولو", "مسؤولي", "متحدث", "متحدثة"))   # … their plural, a spokesman
_ELATIVE = re.compile(r"ا[^\W\d_]{3}|[^\W\d_]{3}[ىي]")   # أكبر، كبرى: a superlative, normalised
_PRONOUN_ENDINGS = ("وره", "ورها", "نفسه", "نفسها", "قوله", "قولها")   # بدوره، بنفسه، بقوله: no place
_ONE_OF = frozenset(normalize_key(w) for w in ("أحد", "إحدى"))
_IN = frozenset(normalize_key(w) for w in ("في", "داخل"))   # مصدر في الشرطة، مصادر داخل الحزب: where a source stands


def _where_it_stands(doc: Document, word: str, at: int) -> bool:
    """Whether ب + a word (normalised, at `at`) after a body's definite words names where it
    stands: a place's head (بمحافظة), a body (بوزارة), a direction (بشمال) or a place (بغزة);
    not بحسب المرصد بلدات عدة, the verb's object after an aside."""
    rest = word[1:]
    return bare(rest) in _HEADS or rest in LEXICON["direction"] or _place_at(doc, at) or _place_at(doc, at + 1)


def _title_follows(tokens: list[str], k: int) -> bool:
    """A comma at `k`, then a title or qualifier: the name before it ends there (آرفين أحمد بور، مسؤول)."""
    return k + 1 < len(tokens) and tokens[k] in "،," and (reporting_role(tokens[k + 1]) in ("title", "qualifier")
                                                        or _office(tokens[k + 1]))


def _construct_office(tokens: list[str], definite: list[bool], k: int) -> bool:
    """A person's office in construct with what it serves (مساعد الأمين العام، نائب المدير): a title
    after a name and a comma, as the office written with its article is."""
    return tokens[k] in _PERSON_TITLES and k + 1 < len(tokens) and definite[k + 1]


def _office(word: str) -> bool:
    """A person's office written with its article (المدير، الرئيس، الأمين): a title after a name."""
    return word.startswith("ال") and bare(word) in _PERSON_TITLES


_GOD = normalize_key("الله")
_WITHOUT, _BORDERS = normalize_key("بلا"), normalize_key("حدود")
_FOR_THE_SAKE = [normalize_key("من"), normalize_key("أجل")]
_TRUSTED = frozenset(normalize_key(w) for w in ("موثوق", "موثوقة"))
_SHE_IS = normalize_key("وهي")
# Words that make the adjective after them one with it (غير الحكومية، شبه العسكرية، غير مؤكدة).
_ADJECTIVE_PREFIXES = frozenset(normalize_key(w) for w in ("غير", "شبه"))
_ON = normalize_key("على")
_EXCEPT = normalize_key("إلا")   # إلا وسائل إعلام محلية تحدثت: "but", no part of the subject
_CONCERNED = frozenset(without_article(normalize_key(w)) for w in ("المعني", "المعنية", "المكلف", "المكلفة", "المختص", "المختصة"))
_SUPERVISING = frozenset(normalize_key(w) for w in ("مشرف", "مشرفة", "قائم", "قائمة", "وصي"))   # المشرف العام على
_WITNESSES = frozenset(normalize_key(w) for w in ("شاهد", "شاهدة"))   # شاهد عيان آخر
_ANOTHER = frozenset(normalize_key(w) for w in ("آخر", "أخرى", "آخرون", "آخرين", "آخران"))
_WHO_IS = frozenset(normalize_key(w) for w in ("وهو", "وهي"))   # …، وهو من البدون: who the one named is


def _apposition_follows(tokens: list[str], definite: list[bool], k: int, names: int) -> bool:
    """Whether a bare name goes on from `k` in plain indefinite words, a family name with ال the
    last (up to NAME_WORDS in all), to a comma and then who he is: a title or qualifier (آرفين أحمد بور، مسؤول) or وهو/وهي
    (عبد الرحمن صباح عيدان سعود، وهو من البدون)."""
    j = k
    while j < len(tokens) and names + (j - k) < NAME_WORDS and _plain(tokens[j]) \
            and reporting_role(tokens[j]) is None \
            and (not definite[j] or tokens[j - 1] in NAME_LINKS
                 or (j + 1 < len(tokens) and tokens[j + 1] in "،,")):   # …، the family name last; عبد الرحيم
        j += 1
    return j > k and (_title_follows(tokens, j) or (
        j + 1 < len(tokens) and tokens[j] in "،," and tokens[j + 1] in _WHO_IS)
        or (j < len(tokens) and (reporting_role(tokens[j]) == "title" and definite[j]   # ذبيح الله مجاهد المتحدث
                                 or _office(tokens[j])))   # وليام لايسي سوينج المدير العام
        or (j + 1 < len(tokens) and not definite[j] and bare(tokens[j]) in _PERSON_TITLES
            and _plain(tokens[j + 1])))   # سامي خليل مدير مستشفى المدينة


def _outlet_name_end(tokens: list[str], definite: list[bool], k: int) -> int | None:
    """The end of two or more plain indefinite words from `k` (up to NAME_WORDS) that stand right before
    what is said (إن، بأن، بمقتل): an outlet's name (سكاي نيوز عربية، فرانس برس); None when the words
    run on into the sentence (مصدر طبي طلب عدم كشف اسمه، مصادر أمنية سيطرة المقاومة)."""
    def said(word: str) -> bool:   # what is said starts: إن، بأن، بمقتل
        return CONTENT_START.fullmatch(word) is not None or (word.startswith("ب") and len(word) > 3
                                                              and _ends_phrase(word[1:]))
    j = k
    while j < len(tokens) and j - k < NAME_WORDS and _is_word(tokens[j]) and not definite[j] and _plain(tokens[j]) \
            and reporting_role(tokens[j]) is None and not said(tokens[j]):
        j += 1
    return j if j - k >= 2 and j < len(tokens) and said(tokens[j]) else None


def _is_name_ali(doc: Document, token: re.Match, nxt: str) -> bool:
    """Whether the word at `token`, normalised as على, is written علي and so is a name (محمد
    علي): not before a definite word, where it may be the preposition written without its dots,
    unless the article writes the preposition with its alif maqsura (على) elsewhere, so that
    علي الغامدي is a name."""
    s, e = doc.norm.span(token.start(), token.end())
    return letters(doc.text[s:e]) == ALI and (not nxt.startswith("ال") or _writes_preposition_ala(doc.text))


_PREPOSITION_ALA = re.compile(r"(?<!\w)على(?!\w)")


@lru_cache(maxsize=4)
def _writes_preposition_ala(text: str) -> bool:
    """Whether a text writes the preposition على with its alif maqsura: one pass per text, however
    many names it asks about."""
    return _PREPOSITION_ALA.search(letters(text)) is not None


def _definite(doc: Document, token: re.Match) -> bool:
    """Whether a word has the article (ال، لل) as written: after hamza folding إلقاء and أليمة
    read as ال too, but their original alif carries a hamza."""
    if not token.group().startswith(("ال", "لل")):
        return False
    s, _ = doc.norm.span(token.start(), token.start() + 1)
    return doc.text[s:s + 1] not in _HAMZA_ALIF


_HAMZA_ALIF = frozenset("أإآ")
_QUOTE_MARKS = re.compile(r"[«»\"“”]")
_JOINED_PREPOSITIONS = ("وفي", "ومن")   # مصادر محلية وفي المقاومة الشعبية
_REACH_TOKENS = 8   # words read past an actor's phrase to the إن/أن that ends it (_reach_content)


def _medium_before(tokens: list[str], k: int) -> bool:
    """An outlet's medium stands right before token k, or before أنباء (صحيفة «الخبر»، وكالة أنباء "فارس")."""
    return bare(tokens[k - 1]) in _MEDIA or (k >= 2 and bare(tokens[k - 1]) == _NEWS and bare(tokens[k - 2]) in _MEDIA)


_NEWS = normalize_key("أنباء")


def _quoted_name(tokens: list[str], k: int) -> int | None:
    """Where the quotation closes when tokens[k] opens a name of two or three words in quotes,
    written after a title and the body it serves ("الخضر لصور"); None otherwise: a one-word name
    is read as a word, and after a short title a quotation is what is said (قال الوزير "…"), unless
    a body's head stands right before it (مدير منظمة «أطباء بلا حدود»)."""
    if (k < 3 and not (k == 2 and bare(tokens[1]) in _BODY_TITLES)) or k >= len(tokens) or tokens[k] not in _OPEN_QUOTE:
        return None
    close = next((j for j in range(k + 3, min(k + 5, len(tokens))) if tokens[j] in _CLOSE_QUOTE), None)
    return close if close is not None and all(_plain(w) for w in tokens[k + 1:close]) else None


def _cue_in_name(tokens: list[str], definite: list[bool], k: int) -> bool:
    """Whether a figure's cue word is a body's name: definite, right after an indefinite body
    head, hospital or title (جيش الاحتلال، مستشفى الشفاء، لإدارة الحالات الطارئة), with no number after it."""
    head = tokens[k - 1]
    heads = {bare(head), bare(head[1:])} if head.startswith("ل") else {bare(head)}   # لجبهة التحرير
    if k + 1 < len(tokens) and tokens[k + 1][:1].isdigit():
        return False
    if tokens[k].startswith("لل") and tokens[k] in _FIGURE_CUES and definite[k - 1]:
        return True   # whom a body serves: المفوضية العليا للاجئين
    if tokens[k].startswith("ل") and tokens[k] in _FIGURE_CUES and definite[k - 1] and definite[0] \
            and bare(tokens[0]) in _NAMED_HEADS | _CUE_NAME_HEADS and k + 1 < len(tokens) and _is_word(tokens[k + 1]):
        return True   # what a movement is for, its name: الحركة الوطنية لتحرير أزواد، الجبهة الشعبية لتحرير فلسطين
    if not definite[k - 1] and not definite[k] and tokens[k] in _FIGURE_CUES and (
            (k == 1 and heads & _CUE_NAME_HEADS) or (head.startswith("و") and bare(head[1:]) in _CUE_NAME_HEADS)):
        return True   # the crews of a rescue, indefinite, first or coordinated: عمال إنقاذ، مسعفون وعناصر إنقاذ
    if k == 1 and not definite[0] and tokens[k] in _NO_HARM_CUES and heads & (_OFFICIALS | _anonymous_nouns() | _SPEAKERS):
        return True   # an official of a rescue: مسؤول إنقاذ، مسؤولو الإنقاذ، متحدث إنقاذ
    return tokens[k] in _FIGURE_CUES and definite[k] and not definite[k - 1] and _is_word(head) \
        and bool(heads & (_BODY_HEADS | _CUE_NAME_HEADS | _HOSPITALS) or reporting_role(head) == "title")


def _quoted_run(tokens: list[str], k: int, media: bool = False, long_name: bool = False) -> int | None:
    """Where the quotation closes when tokens[k] opens a name of two to four plain words in
    quotes (“سكاي نيوز عربية”، "تايمز أوف إنديا"), up to seven after the indefinite head of a body
    (`long_name`: مجموعة "العمل من أجل فلسطينيي سوريا"), or, after a medium's noun, of one to four
    in parentheses (قناة (ان تي في)), of any words in quotes as well (قناة "إن تي في"); None otherwise."""
    if k >= len(tokens):
        return None
    if media and tokens[k] == "(":
        close = next((j for j in range(k + 2, min(k + 6, len(tokens))) if tokens[j] == ")"), None)
        return close if close is not None and all(_is_word(w) for w in tokens[k + 1:close]) else None
    if tokens[k] not in _OPEN_QUOTE:
        return None
    close = next((j for j in range(k + 3, min(k + (9 if long_name else 6), len(tokens))) if tokens[j] in _CLOSE_QUOTE),
                 None)
    # a word of an occasion names a body in quotes (رئيس «اللقاء الديمقراطي»)
    unit = k + 1 < len(tokens) and bare(tokens[k + 1]) in _NUMBERED_UNITS   # قائد "اللواء 14 مشاة": a unit named by its number
    return close if close is not None and all(
        _plain(w) or ((media or long_name) and _is_word(w)) or (_is_document(w) and len(w) > 1 and reporting_role(w) is None)
        or (unit and w[:1].isdigit()) for w in tokens[k + 1:close]) else None


def _object_after_name(tokens: list[str], k: int) -> bool:
    """A definite noun right after a name in quotes that is no adjective of it: the verb's object
    (انتقدت منظمة "هيومان رايتس ووتش" الطريقة التي، انتقدت منظمة "أطباء بلا حدود" الحكومة); not a
    relative adjective, a participle or a word of belonging (منظمة "بيتسليم" الحقوقية، جماعة "الإخوان"
    المحظورة، حركة "نور الدين زنكي" التابعة لغرفة عمليات)."""
    word = tokens[k] if k < len(tokens) else ""
    return word.startswith("ال") and _is_word(word) and not is_nisba(word) and not word.startswith("الم") \
        and word not in _BELONGS and reporting_role(word) is None


def _from_where(word: str) -> bool:
    """ب on a word after an outlet's quoted name: the place it reports from (بسيدي، بالجهة)."""
    return word.startswith("ب") and len(word) > 3 and _is_word(word) and not CONTENT_START.fullmatch(word)


def _who_is(tokens: list[str], definite: list[bool], k: int) -> bool:
    """An indefinite noun at k that says who a person just named is (وهو مشرع محلي، وهي طبيبة);
    not a verb of what he does (وهو يبكي، وهي تبكي), nor his part in the story (وهو أحد الشهود، وهو أب
    لطفلة)."""
    word = tokens[k]
    return not definite[k] and _plain(word) and not verb_shaped(word) and not word.startswith("ي") \
        and not (tokens[k - 1] == _SHE_IS and word.startswith("ت")) and word not in _STORY_PARTS


# Who a person is in the story, not by office: one of those in it, or kin (وهو أحد الشهود، وهو أب لطفلة)
_STORY_PARTS = _ONE_OF | _KIN | frozenset(normalize_key(w) for w in (
    "أب", "أم", "ابن", "ابنة", "زوج", "أخ", "أخت", "جد", "جدة"))


def _described_name(doc: Document, tokens: list[str], definite: list[bool]) -> bool:
    """A nationality, then a name without the article (قال المغربي عبد الرحمن بوعنان، الفرنسية
    ماري دوبون): the nationality stands as a title before the name. A family name shaped alike
    (وأكد البحسني محاصرة) is of no country in the gazetteer."""
    first = bare(tokens[0]) if tokens else ""
    stem = first[:-2] if first.endswith("يه") else first[:-1] if first.endswith("ي") else ""   # المغربي، الفرنسية
    return len(tokens) > 1 and definite[0] and stem in nationality_stems(doc.gazetteer) \
        and not definite[1] and _plain(tokens[1]) and reporting_role(tokens[1]) is None \
        and not CONTENT_START.fullmatch(tokens[1]) and tokens[1] not in DATE_WORDS and not _function_word(tokens[1])


def _plain(word: str) -> bool:
    """A word that may stand in an actor's phrase read up to its content (_reach_content)."""
    return _is_word(word) and len(word) > 1 and reporting_role(word) in (None, "title", "qualifier") \
        and not _ends_phrase(word) and not _is_document(word) and word not in LEXICON["not_name"] \
        and not _told(word)


_OCCASION_OPENERS = frozenset(normalize_key(w) for w in ("في", "خلال", "أثناء"))   # في مؤتمر صحفي: where he spoke
_OCCASION_TOKENS = 9   # tokens of that occasion before what is said


def _reach_content(tokens: list[str], k: int, titled: bool, names_ali: frozenset[int] = frozenset()) -> int:
    """Where an actor's phrase ends when it reaches the إن/أن (or colon) that opens what is said
    over words the phrase rules stop at: a name in apposition after a title (مدير عام الصحة في
    محافظة عدن، الخضر لصور، إن) or a second actor joined by و (مسؤولون في قطاع الصحة وسكان إن،
    مصادر في الجيش وأخرى من التنظيم إن); otherwise `k`, where the rules stopped."""
    n = len(tokens)
    if k >= n:
        return k
    if tokens[k] in "،," and not titled and k + 1 < n and bare(tokens[k + 1]) in _WINGS:
        return _wing_end(tokens, k)
    if tokens[k] in "،,":
        if not titled or _where_it_lies(tokens, k + 1):
            return k
        j = k + 1
        # a name with a link word (بن، عبد) may hold one word more: عبد الله بن عبدالعزيز الربيعة
        while j < n and j - k <= NAME_WORDS + any(w in NAME_LINKS for w in tokens[k + 1:j]) \
                and (_plain(tokens[j]) or j in names_ali) and tokens[j] not in _TOLD_BARE:   # the given name علي
            j += 1
        after = _past_outlet(tokens, j)   # …، حسين الاحمد لـ"اليوم"، أن: the outlet told, then what is said
        after += after < n and tokens[after] in "،,"
        after = _past_outlet(tokens, after)   # …، نصرت رحيمي، لوكالة فرانس برس إن: told after the comma
        said = after
        while said < n and (tokens[said] in DATE_WORDS or tokens[said] in "،," or (
                tokens[said] == _DAY and said + 1 < n and tokens[said + 1] in DATE_WORDS)):
            said += 1   # …، سامي عوض، اليوم الخميس، إن، يوم الأحد: the day he spoke
        said += said + 1 < n and tokens[said] == _ABOUT_WORD   # كشف …، عن مقتل: the toll he disclosed
        if said < n and tokens[said] in _OCCASION_OPENERS:   # …، إيان هوبكنز، في مؤتمر صحفي عقده أمس، أن
            occasion = next((i for i in range(said + 1, min(n, said + _OCCASION_TOKENS + 1))
                             if CONTENT_START.fullmatch(tokens[i])), None)
            if occasion is not None and all(_is_word(w) or w in "،," for w in tokens[said:occasion]):
                said = occasion
        # or the sentence's end, after an "according to" (وفق ما أكده المدير الجهوي للصحة، محمد بن سليمان.)
        return j if j > k + 1 and said < n and (CONTENT_START.fullmatch(tokens[said]) or (
            tokens[after] in _CLOSES_SENTENCE and after == j) or (
            said > after and tokens[said] in _TOLL_EVENTS)) else k
    # وسكان، وأخرى، وفي; not وكالة، وزارة، ولاية (words of their own)
    joined = [i for i in range(1, min(k + 1, n)) if tokens[i] in _JOINED_PREPOSITIONS or (
        tokens[i].startswith("و") and _plain(tokens[i][1:]) and reporting_role(tokens[i]) is None
        and bare(tokens[i]) not in _HEADS and tokens[i][1:] not in _SEAT)]   # not ومقره لندن: where the body sits
    if not joined:
        return k
    j = k
    while j < n and j - k < _REACH_TOKENS and tokens[j] not in _TOLD_AUDIENCE and tokens[j] not in _THERE \
            and (_plain(tokens[j]) or tokens[j] in (*_IN, "من", *_JOINED_PREPOSITIONS)):
        j += 1
    after = _past_outlet(tokens, j + (j < n and tokens[j] in "،,"))
    while after < n and (tokens[after] in DATE_WORDS or tokens[after] in "،,"):
        after += 1   # قال مسؤولون وشهود عيان أمس الثلاثاء إن: the day they spoke
    # … إن, a toll they announce (أعلن مسؤولون أمنيون عراقيون وأكراد أمس الخميس مقتل 11، أعلنت الشرطة العراقية
    # ومسعفون، اليوم الأحد عن ارتفاع), or the sentence's end after anonymous sources (وفق أطباء وشهود عيان.)
    return j if after < n and (CONTENT_START.fullmatch(tokens[after]) or tokens[after] in _TOLL_EVENTS or (
        tokens[after] == _ABOUT_WORD and after + 1 < n and tokens[after + 1] in _FIGURE_CUES) or (
        tokens[after] in _CLOSES_SENTENCE and after == j and _anonymous(tokens[0]))) else k


# What a group is to a larger one, in apposition after its name (كتائب القسام، الجناح العسكري لحركة حماس،)
_WINGS = frozenset(without_article(normalize_key(w)) for w in ("الجناح", "الذراع"))


def _wing_end(tokens: list[str], k: int) -> int:
    """Where a group's phrase ends when what it is to a larger group follows it between commas
    (قوات الدفاع الشعبي، الجناح العسكري لحزب العمال الكردستاني، السبت، مقتل): past that
    apposition, when what is said or the toll follows it; else `k`, at the first comma."""
    n = len(tokens)
    j = k + 2
    while j < n and j - k <= _REACH_TOKENS and _plain(tokens[j]):
        j += 1
    if j >= n or tokens[j] not in "،," or not any(w.startswith("ل") for w in tokens[k + 2:j]):
        return k
    after = j + 1
    while after < n and (tokens[after] in DATE_WORDS or tokens[after] in "،,"):
        after += 1   # …، السبت، مقتل: the day it spoke
    return j if after < n and (CONTENT_START.fullmatch(tokens[after]) or tokens[after] in _TOLL_EVENTS) else k


_THERE = frozenset(normalize_key(w) for w in ("هناك", "هنا", "آنذاك", "حينها"))   # وفق مسؤولي الصحة والأمن هناك.
_OUTLET_WORDS = 5   # words of an outlet's name after لوكالة، لمراسل (لمراسل وكالة تونس إفريقيا للأنباء)


def _past_outlet(tokens: list[str], at: int) -> int:
    """Past the outlet a source told, standing at `at` (ل"الرياض"، لـ«عكاظ»، لوكالة فرانس برس)
    before what it said; `at` when none stands there."""
    n = len(tokens)
    if at + 2 < n and tokens[at] == "ل" and tokens[at + 1] in _OPEN_QUOTE:
        close = next((j for j in range(at + 2, min(at + 6, n)) if tokens[j] in _CLOSE_QUOTE), None)
        return close + 1 if close is not None else at
    if at + 1 < n and tokens[at] == "ل" and tokens[at + 1] in "،,":
        return at + 1   # لـCNN، : an outlet in Latin letters, which no token holds
    if at < n and _told(tokens[at]):
        j = at + 1
        while j < n and j - at <= _OUTLET_WORDS and _is_word(tokens[j]) and not CONTENT_START.fullmatch(tokens[j]):
            j += 1
        return j
    return at


_GLOSS_WORDS = 3   # words of a short name in parentheses or quotation marks after a body's name


def _after_gloss(tokens: list[str], definite: list[bool], k: int) -> int:
    """Where a body's phrase ends when a short name of it follows in parentheses or quotation marks
    (حركة المقاومة الإسلامية (حماس)، وكالة الأنباء الفلسطينية "وفا"، مركز … (غير الحكومي)): past
    the closing mark, which the name keeps as written; `k` when none follows. A medium's own name
    may follow it so, in any letters (بحسب قناة (سي.بي.سي. نيوز))."""
    if k == 1 and len(tokens) > 3 and tokens[1] == "(" and bare(tokens[0]) in _MEDIA and _is_word(tokens[2]):
        close = next((j for j in range(3, min(len(tokens), 3 + 2 * _OUTLET_WORDS)) if tokens[j] == ")"), None)
        if close is not None and all(_is_word(w) or w == "." for w in tokens[2:close]):
            return close + 1
    if not 1 < k < len(tokens) or tokens[k] not in _OPEN_QUOTE | {"("} or not definite[k - 1] \
            or not any(bare(w) in _GLOSSED_HEADS for w in tokens[:k]):
        return k
    closing = {")"} if tokens[k] == "(" else _CLOSE_QUOTE
    for close in range(k + 2, min(len(tokens), k + 2 + _GLOSS_WORDS)):
        if tokens[close] in closing:
            inner = tokens[k + 1:close]
            return close + 1 if all(_is_word(w) and not _told(w) for w in inner) and not CONTENT_START.fullmatch(inner[0]) \
                and reporting_role(inner[0]) is None else k
    return k


def _acronym(doc: Document, matches: list[re.Match]) -> ActorMention | None:
    """(يونامي) standing as a subject: the actor is the phrase written right before the
    acronym's first mention in parentheses, from the nearest head of a body or title within
    eight words (بعثة الأمم المتحدة لمساعدة العراق (يونامي)); the acronym itself without one."""
    t = doc.norm.text
    close = next((k for k, m in enumerate(matches) if m.group() == ")"), None)
    if close is None or close < 2 or not all(_is_word(m.group()) for m in matches[1:close]):
        return None
    inner = t[matches[1].start():matches[close - 1].end()]
    first_use = t.find(f"({inner})")
    start, end = matches[1].start(), matches[close - 1].end()
    if 0 <= first_use < matches[0].start():
        words = list(_NON_SPACE.finditer(t[max(0, first_use - 160):first_use]))[-8:]
        head = next((w for w in words if reporting_role(w.group()) == "title"), None)
        if head is not None:
            base = max(0, first_use - 160)
            start, end = base + head.start(), base + words[-1].end()
    s, e = doc.norm.span(start, end)
    return ActorMention(s, e, doc.text[s:e], _as_name(doc.text[s:e], doc.text), "unknown", "", "unknown", False,
                        doc.in_body(s), start, end)


def _continues(word: str) -> bool:
    """Can `word` go on an actor's phrase after في or a ب-word: not a medium or occasion
    (في بيان، في تصريحات، في اتصال) or time (في البداية), "the same" before one (في ذات البلاغ، في نفس البيان),
    a reporting or date word or a figure's cue."""
    return reporting_role(word) in (None, "title") and word not in CARRY and word not in DATE_WORDS \
        and word not in _SAME_BEFORE and word not in _PEOPLE_CUES and bare(word) not in _OCCASIONS \
        and bare(word) not in _TIMES_AFTER_IN and bare(word) != _NEWS_ITEM and len(word) > 1 \
        and not _told(word)   # بشارات لوكالة: the outlet told


def _is_document(word: str) -> bool:
    """تقريرا، بيانها، تقريره: a document its author issued, which ends the author's phrase."""
    key = bare(word)
    return key in _OCCASIONS or (key.endswith("ا") and key[:-1] in _OCCASIONS)


def _is_word(token: str) -> bool:
    return bool(token) and token[0] >= "\u0621"


def _cue_by_prefix(word: str) -> bool:
    """A figure's cue only when a letter before it is read as a prefix (فاليه as ف + إليه): a
    place's name after its head (في إقليم فاليه), not a cue."""
    return word in _FIGURE_CUES and word not in _FIGURE_CUE_WORDS and word not in CARRY and word not in DATE_WORDS


def _authored(words: list[re.Match], k: int) -> bool:
    """A document word with its author after ل (بيان لوزارة الصحة، تقرير للأمم المتحدة): the subject's head."""
    return _document_word(words[k].group()) and k + 1 < len(words) and words[k + 1].group().startswith("ل") \
        and words[k + 1].group().isalpha()


def _names_body(words: list[re.Match], k: int) -> bool:
    """A figure's cue word with the article that names the body whose indefinite head stands right before
    it (جيش الاحتلال، قوات الاحتلال يعلن), not a date word or a word after which a speaker goes on."""
    word, head = words[k].group(), words[k - 1].group() if k > 0 else ""
    return word in _FIGURE_CUES and word.startswith("ال") and not head.startswith(("ال", "وال")) \
        and bare(head) in _BODY_HEADS


def _ends_phrase(word: str) -> bool:
    """A date word, a word after which the previous speaker goes on (أيضا، إلى) or a figure's
    cue word cannot be part of an actor's name."""
    return word in CARRY or word in DATE_WORDS or word in _FIGURE_CUES


# The media a source speaks to (… لوكالة فرانس برس), unlike the body a spokesman speaks for (لهيئة).
# Heads of places and bodies whose name follows them in an actor's phrase (محافظة شبوة).
_PLACE_HEADS = frozenset(without_article(w) for w in LEXICON["place_head"])
_PLACE_DESCRIBED = frozenset(without_article(w) for w in LEXICON["place_described"])   # البلد، العاصمة after a place
# Counts of people who speak together (عدد من مواطني المنطقة، مجموعة من الناشطين).
_QUANTITY = frozenset(without_article(normalize_key(w)) for w in LEXICON["quantity"])
_MEDIA = frozenset(normalize_key(w) for w in ("وكالة", "صحيفة", "قناة", "موقع", "إذاعة", "تلفزيون", "مراسل", "مراسلة", "شبكة",
                                              "محطة", "وكالتي", "صحيفتي", "قناتي", "وكالات", "صحف", "قنوات", "مواقع",
                                              "إذاعات", "شبكات", "محطات"))
# Media and their cameras, which record what they see (رصدت كاميرا الجزيرة وصول 3 شهداء), and what they film
_RECORDERS = _MEDIA | frozenset(normalize_key(w) for w in ("كاميرا", "كاميرات", "عدسة"))
_SCENES = frozenset(normalize_key(w) for w in ("آثار", "مشاهد", "مشهد", "لحظة", "لحظات", "صور", "صورا", "حجم", "دمار"))
_MEDICAL = frozenset(normalize_key(w) for w in ("الطبي", "الطبية"))   # مجمع ناصر الطبي، الخدمات الطبية


def _records_scenes(t: str, subject: ActorMention, end: int) -> bool:
    """Whether a medium or its camera records scenes (رصدت كاميرا الجزيرة آثار القصف الذي أسفر عن مقتل 6), also
    read into its subject (رصدت كاميرا الجزيرة اللحظات الأولى التي أعقبت): the toll of what it filmed is the
    writer's, not its report."""
    words = [bare(normalize_key(w)) for w in subject.name.split()]
    return bool(words) and words[0] in _RECORDERS \
        and (bare(_word_at(t, subject.norm_end + 1, end)) in _SCENES or any(w in _SCENES for w in words[1:]))


# An outlet's medium, or its sources, before the outlet's name of plain words (مراسل سكاي نيوز عربية)
_OUTLET_NAMED_AFTER = _MEDIA | _SOURCE_NOUNS
# Whom a source speaks to, which ends its phrase (قال مدير الطوارئ للصحفيين إن); not للإعلام or
# للصحافة, which end the names of bodies (الوكالة الوطنية للإعلام).
_AUDIENCE = frozenset(normalize_key(w) for w in ("للصحفيين", "للصحافيين", "للإعلاميين", "لوسائل", "للمراسلين",
                                                  "لمراسل", "لمراسلة", "لمراسلي"))
# The same, told without ل after a person's name (أبلغ رئيس البلدية بيل دي بلازيو الصحفيين أن); not
# after a body's head (لجنة حماية الصحفيين).
# Bodies told, after a person's full name, what follows (أبلغ كبير المحققين باكري ندايي المجلس أنه)
_ADDRESSED = frozenset(without_article(normalize_key(w)) for w in ("المجلس", "البرلمان", "المحكمة", "اللجنة", "الكونغرس"))
_TOLD_AUDIENCE = frozenset(normalize_key(w) for w in ("الصحفيين", "الصحافيين", "الإعلاميين", "المراسلين"))
# Words between a verb after كان and what is said: when (صرح قبلها بأنهم) or to whom (قالوا للصحافيين إن)
_BEFORE_WHAT_IS_SAID = _WHEN_ADVERBS | _AUDIENCE


_OUTLET_NAMED = re.compile(rf"(?<!\w)(?:{alternation(_MEDIA - _REPORTERS)})(?:[^\S\n]+[^\W\d_]+){{0,{_OUTLET_WORDS_BEFORE}}}?"
                           rf"[^\S\n]*[«\"“(][^\S\n]*([^\s«»\"“”()]+)[^\S\n]*[»\"”)]")


@lru_cache(maxsize=4)
def _outlet_names(text: str) -> dict[str, tuple[int, int]]:
    """Each outlet name quoted after an outlet's noun, with the span of its first such phrase: one
    pass per text, however many one-word actors ask."""
    first: dict[str, tuple[int, int]] = {}
    for found in _OUTLET_NAMED.finditer(text):
        first.setdefault(found.group(1), found.span())
    return first


# Prepositions that take the object of what a body is for (للتخفيف من، للدفاع عن، للرقابة على)
_PURPOSE_LINKS = frozenset(normalize_key(w) for w in ("من", "عن", "على"))


def _association_of(tokens: list[str], k: int) -> bool:
    """The words before token k name an association by its head and adjectives, so the audience
    word at k is whom it is of (الاتحاد الدولي للصحفيين، النقابة الوطنية للصحفيين), not whom it told."""
    return k >= 2 and bare(tokens[0]) in _GROUP_HEADS and all(is_nisba(w) for w in tokens[1:k])


_PRONOUN_OBJECTS = frozenset(p + e for p in ("ل", "من", "عن") for e in ("ه", "ها", "هما", "هم", "هن"))   # لهما، منه


def _closed_noun(word: str) -> bool:
    """A word after which no noun can go on a phrase as its genitive: a sound plural or dual that keeps its ن
    (مسؤولون، مسؤولين، مصدران), or a preposition with its pronoun (أقران لهما، مقرب منه)."""
    return word in _PRONOUN_OBJECTS or (len(word) > 4 and not word.startswith("ال") and word.endswith(("ون", "ان")))


def _told(word: str) -> bool:
    """An outlet or audience a source speaks to: لوكالة، لصحيفة، للتلفزيون، للصحفيين، لشبكتنا."""
    return (word.startswith("ل") and (word[1:] in _MEDIA or word[1:] in _AGENCIES)) or word in _AUDIENCE \
        or (word.startswith("لل") and (f"ا{word[1:]}" in _AGENCIES or word[2:] in _MEDIA)) or word in _TOLD_US


_TELLING = frozenset(normalize_key(w) for w in ("أبلغ", "أبلغت", "أبلغوا", "وأبلغ", "وأبلغت", "وأبلغوا"))   # told
# Agencies whose name, written bare after a speaker's, is the outlet told (وأبلغ الكولونيل سامي داود
# رويترز أن), not a part of the speaker's name.
_TOLD_BARE = frozenset(normalize_key(w) for w in ("رويترز", "أسوشيتد", "شينخوا", "نوفوستي", "يونهاب", "بلومبرغ",
                                                  "سبوتنيك"))


# The outlet that reports, told as "us" (قال المتحدث لشبكتنا، لموقعنا، لصحيفتنا)
_TOLD_US = frozenset(f"ل{m[:-1]}ت{normalize_key('نا')}" if m.endswith(("ة", "ه")) else f"ل{m}{normalize_key('نا')}"
                     for m in _MEDIA)


# News agencies, broadcasters and channels named without وكالة or قناة, told as ل + name (قال المتحدث باسم الشرطة
# لرويترز إن، لسانا، للأناضول، لبي بي سي، للجزيرة، مصدر أمني لنايا)
_AGENCIES = frozenset(normalize_key(w) for w in ("رويترز", "فرانس", "أسوشيتد", "اسوشيتدبرس", "شينخوا", "واس",
                                                 "سانا", "وفا", "كونا", "وام", "سبأ", "إرنا", "الأناضول",
                                                 "نوفوستي", "يونهاب", "بلومبرغ", "سكاي", "تاس", "إيتار",
                                                 "بي", "سي", "الجزيرة", "العربية", "الجوهرة", "الحرة", "الميادين",
                                                 "سبوتنيك", "تسنيم", "المنار", "نايا"))


PHRASE_TOKENS = 14   # words of an actor phrase written out (title, body, place and name)
NAME_WORDS = 4       # words of a person's name after a title (سعيد بن عبدالله النقير)
_OPEN_QUOTE = frozenset("«\"“")
_QUOTE_OPENS = _OPEN_QUOTE | {":"}
_CLOSE_QUOTE = frozenset("»\"”")
# Words after في that start the occasion of a statement, not a part of its actor.
_OCCASIONS = frozenset(without_article(normalize_key(w)) for w in (
    "بيان", "بيانات", "تصريح", "تصريحات", "حديث", "اتصال", "مؤتمر", "مقابلة", "لقاء", "رسالة", "تغريدة",
    "كلمة", "بلاغ", "وقت", "موقع", "موقعها", "موقعه", "حساب", "حسابه", "صفحة", "صفحته", "ختام", "أعقاب",
    "تقرير", "تقارير", "نشرة", "تعليق", "رد", "معرض", "سياق", "إطار", "حين", "الوقت", "بيانها", "بيانه", "معلومات",
    "تصريحاته", "تصريحاتها", "حديثه", "حديثها", "تقريرها", "تقريره", "مدونة", "تغريدات", "بريد", "موجز",
    "خطاب", "خطابه", "خطابها", "إحاطة", "ندوة", "سلسلة", "منشور", "تدوينة", "برقية"))
# … or its time (قالت الحكومة في البداية، في الصباح)
_TIMES_AFTER_IN = frozenset(without_article(normalize_key(w)) for w in (
    "بداية", "بدء", "صباح", "مساء", "ليل", "نهاية", "منتصف", "الأثناء"))
# A news item after في is the occasion too (أوردت وكالات الأنباء في خبر عاجل), though no document whose
# issuer it names (نشرت سبق خبر الحادث)
_NEWS_ITEM = normalize_key("خبر")
_LATEST = frozenset(normalize_key(w) for w in ("آخر", "أحدث", "أخر"))
_JOINT = frozenset(normalize_key(w) for w in ("مشترك", "مشتركة", "المشترك", "المشتركة"))
# Adjectives of a document that tell when or how it came (تقرير جديد، حصيلة أولية): never its author (_author)
_DOCUMENT_ADJECTIVES = frozenset(normalize_key(w) for w in ("جديد", "جديدة", "حديث", "حديثة", "أولي", "أولية",
                                                            "سابق", "سابقة", "نهائي", "نهائية", "رسمي", "رسمية"))
_NOT = normalize_key("غير")
_WORD_THEN_GAP = re.compile(r"(\S+)[^\S\n]+")
_ATTRIBUTED_TO = re.compile(r"(?:ال)?منسوب(?:ه|ين)?[^\S\n]+ل(?=[^\W\d_]{2})")   # بيان منسوب للجماعة، إلى: its author
_FROM_DOCUMENT = re.compile(r"(\S+)[^\S\n]+(?:من|عن)[^\S\n]+")
_FROM_BODY = re.compile(r"(?:([\u0621-\u064a]+)[^\S\n]+)?من[^\S\n]+")   # an adjective, then من


def _document_word(word: str) -> bool:
    """A document or count that stands for its author (بيان، حصيلة، الإحصاءات), also after ل
    written لل (للأرقام)."""
    return reporting_role(word) == "anaphor" or reporting_role(bare(word)) == "anaphor" \
        or (word.startswith("لل") and reporting_role("ال" + word[2:]) == "anaphor")   # للنشرة، not نشره (published it)


def _document_verb(word: str) -> bool:
    """A verb whose object is the document before it: أعدتها، أصدرها, or a reporting verb with
    the document's pronoun (أعلنتها، ذكرته), listed or not (أكدها: أكد and its pronoun)."""
    role = reporting_role(word)
    if role == "document_verb" or (role == "verb" and word.endswith(_OBJECT_PRONOUNS)):
        return True
    stem = next((word[:-len(p)] for p in ("ها", "ه") if word.endswith(p)), "")
    return len(stem) >= 3 and reporting_role(stem) in ("verb", "document_verb", "record")


_OBJECT_PRONOUNS = ("ه", "ها")
# Verbs that give a document with بها/به (حصيلة أدلى بها، أرقام صرح بها): the one who gave it follows
_GIVEN = frozenset(normalize_key(w) for w in ("أدلى", "أدلت", "صرح", "صرحت", "أفاد", "أفادت", "تقدم", "تقدمت"))
_WITH_IT = frozenset(normalize_key(w) for w in ("بها", "به"))
_REPORTS = normalize_key("تقارير")


def _author(t: str, at: int, end: int) -> int:
    """Where the actor starts when a document word stands first: بيان لمكتب المحافظ،
    إحصائية للأمم المتحدة (the author after its ل; لل keeps its ل, read as ال)."""
    m = _WORD_THEN_GAP.match(t, at, end)
    if m is not None and m.group(1) in _LATEST:   # آخر حصيلة لوزارة الداخلية
        latest = _WORD_THEN_GAP.match(t, m.end(), end)
        if latest is not None and _document_word(latest.group(1)):
            m = latest
    if m is None or not (_document_word(m.group(1)) or m.group(1) == _REPORTS):
        return at   # … and تقارير, which stands for an author named after it (تقارير وزارة الصحة) but is
        #             no anaphor alone (تقارير إعلامية is kept as written)
    joint = _WORD_THEN_GAP.match(t, m.end(), end)
    if joint is not None and joint.group(1) in _JOINT:
        m = joint   # بيان مشترك للجمعية والدفاع المدني: the authors after the document's adjective
    attributed = _ATTRIBUTED_TO.match(t, m.end(), end)
    if attributed is not None:
        # بيان منسوب للجماعة (لل read as ال), منسوب لتنظيم الدولة (after its ل)
        return attributed.end() - 1 if t.startswith("لل", attributed.end() - 1) else attributed.end()
    source = _FROM_DOCUMENT.match(t, m.end(), end)
    described = _WORD_THEN_GAP.match(t, m.end(), end)
    if source is None and described is not None and (is_nisba(described.group(1)) or described.group(1) in _DOCUMENT_ADJECTIVES):
        source = _FROM_DOCUMENT.match(t, described.end(), end)   # تقرير حقوقي صادر عن مركز: past its adjective
    if source is not None and (reporting_role(source.group(1)) == "from_document" or source.group(1) in _LATEST):
        # الأرقام الواردة من مصالح الدرك، إحصائية صادرة عن الهلال الأحمر، تقرير آخر من «المرصد»
        return source.end()
    issued = _FROM_BODY.match(t, m.end(), end)
    if issued is not None and _body_word(_word_at(t, issued.end(), end)) \
            and (issued.group(1) is None or is_nisba(issued.group(1)) or issued.group(1).endswith(("ة", "ه"))):
        return issued.end()   # حصيلة جديدة من الدفاع المدني، إحصائية من وزارة الصحة: its author after من
    nxt = _WORD_AT.match(t, m.end(), end)
    issuing = _issuing_clause(t, m.end(), end)
    if issuing is not None:
        nxt = issuing
    if nxt is not None and nxt.group() in _OPEN_QUOTE:
        quoted = _WORD_AT.match(t, nxt.end() + (t[nxt.end():nxt.end() + 1] == " "), end)
        if quoted is not None and (_body_word(quoted.group()) or bare(quoted.group()) in _GROUP_HEADS):
            return nxt.start()   # تقرير "ائتلاف الإغاثة الإنسانية في تعز": its author in quotes
    if nxt is not None and _document_verb(nxt.group()):
        author = _NEXT.match(t, nxt.end(), end)   # حصيلة أعدتها وكالة فرانس برس، أرقام أعلنتها الوزارة
        return author.start(1) if author else at
    if nxt is not None and nxt.group() in _GIVEN:   # حصيلة أدلى بها المتحدث باسم الشرطة: given by
        with_it = _WORD_AT.match(t, nxt.end() + 1, end)
        author = _NEXT.match(t, with_it.end(), end) if with_it is not None and with_it.group() in _WITH_IT else None
        if author is not None:
            return author.start(1)
    if nxt is None or reporting_role(nxt.group()) not in (None, "title", "qualifier") or not nxt.group()[0].isalpha():
        return at
    if nxt.group().startswith("ل") and _anonymous(nxt.group()[1:]):
        return m.end() + 1   # تقرير لناشطين معارضين: an anonymous author
    if not m.group(1).startswith(("ال", "لل")) and _anonymous(nxt.group()):
        return m.end()   # وفقا لتصريحات مسؤولين في إندونيسيا: an anonymous author, the document's genitive
    if nxt.group() == _NOT and (negated := _NEXT.match(t, nxt.end(), end)) is not None \
            and (adjective_at := _WORD_AT.match(t, negated.start(1))) is not None \
            and adjective_at.group() in _DOCUMENT_ADJECTIVES:
        nxt = adjective_at   # حصيلة غير نهائية للصليب الأحمر: the adjective after غير
    # a definite nisba after an indefinite document is its author, no adjective (تأكيدات الصحفي)
    adjective = (is_nisba(nxt.group()) and not nxt.group().startswith("لل") and not _anonymous(nxt.group() + "ن")
                 and (m.group(1).startswith(("ال", "لل")) or not nxt.group().startswith("ال"))) \
        or (nxt.group().endswith("ه") and not nxt.group().startswith(("ل", "ال"))) \
        or (not nxt.group().startswith(("ل", "ال")) and _body_after_l(t, nxt.end(), end)) \
        or nxt.group() in _DOCUMENT_ADJECTIVES   # تقرير جديد نشر في دورية: not جديد as its author
    # not بلاغ للوقاية المدنية، تقديرات المنظمة; تقرير حديث للأمم المتحدة: an adjective, then its author after ل
    if nxt.group() in LEXICON["not_name"] or (adjective and reporting_role(nxt.group()) != "title"
                                              and nxt.group() not in LEXICON["body_head"]
                                              and bare(nxt.group()) not in _PLACE_HEADS):
        following = _NEXT.match(t, nxt.end(), end) if adjective else None
        author = _WORD_AT.match(t, following.start(1)) if following is not None else None
        if author is not None and _document_verb(author.group()):
            author = _NEXT.match(t, author.end(), end)   # حصيلة جديدة أعلنتها وزارة الصحة: after its verb
            return author.start(1) if author else at
        if author is not None and _body_after_l(t, nxt.end(), end):
            return author.start() + _preposition_l(author.group())   # حصيلة جديدة للمرصد: its author
        return at   # حصيلة غير نهائية، تقديرات مستقلة، تقرير حكومي: an adjective of the document, no author
    if (verb := _NEXT.match(t, nxt.end(), end)) is not None \
            and reporting_role(_word_at(t, verb.start(1), end)) == "document_verb":
        return at   # تقرير شامل نشرته أمس: an adjective, then the document's verb with no author after it
    if not m.group(1).startswith("ال") and not nxt.group().startswith("ل") and len(nxt.group()) > 2 \
            and not _ends_phrase(nxt.group()):
        return m.end()   # a document and its author: إحصاء رويترز، إحصاءات المكتب الوطني
    if not nxt.group().startswith("ل") or len(nxt.group()) <= 3:
        return at
    return m.end() + _preposition_l(nxt.group())


def _preposition_l(word: str) -> int:
    """1 when the word opens with the preposition ل to leave out (لمنظمة العفو), 0 when its ل is kept:
    a ل of the word itself (تقرير لجنة برلمانية: a committee's report), or لل, which _as_name reads."""
    return int(not word.startswith("لل") and bare(normalize_key(word)) not in _HEADS)


def _body_after_l(t: str, at: int, end: int) -> bool:
    """The next word is a body or speaker after ل (للأمم المتحدة، لمنظمة العفو), not an outlet told."""
    following = _NEXT.match(t, at, end)
    word = _WORD_AT.match(t, following.start(1)) if following is not None else None
    return word is not None and word.group().startswith("ل") and len(word.group()) > 3 and not _told(word.group()) \
        and _body_word(word.group())


_TITLE_WORDS = 5   # words of a document's title before the clause naming its issuer
# Words after a document's verb that name no issuer (الذي نشرته على موقعها، أصدرته أمس)
_NOT_AUTHOR_START = frozenset(normalize_key(w) for w in (
    "على", "في", "من", "عن", "إلى", "مع", "عبر", "ضمن", "خلال", "أمس", "اليوم", "الأسبوع", "الشهر", "العام", "مؤخرا"))


def _issuing_clause(t: str, at: int, end: int) -> re.Match | None:
    """The verb of a relative clause on who issued the document that ends before `at`, after at most
    a few words of its title (التقرير الذي أصدرته المراكز الأمريكية، تقرير حالة الهواء العالمي
    السنوي الذي نشره معهد …), or None."""
    for _ in range(_TITLE_WORDS + 1):
        word = _NEXT.match(t, at, end)
        if word is None:
            return None
        w = _word_at(t, word.start(1), end)
        if w in LEXICON["relative_pronoun"]:
            verb = _NEXT.match(t, word.start(1) + len(w), end)
            if verb is None or not _document_verb(verb_word := _word_at(t, verb.start(1), end)):
                return None
            author = _NEXT.match(t, verb.start(1) + len(verb_word), end)
            if author is None or _word_at(t, author.start(1), end) in _NOT_AUTHOR_START:
                return None   # بيان وزارة الدفاع الذي نشرته على موقعها: its author named before, none after
            return _WORD_AT.match(t, verb.start(1), end)
        if reporting_role(w) == "document_verb" and (author := _NEXT.match(t, word.start(1) + len(w), end)) \
                and _word_at(t, author.start(1), end) not in _NOT_AUTHOR_START:
            return _WORD_AT.match(t, word.start(1), end)   # إحصاء حديث أجرته منظمات: no pronoun after an indefinite
        if not w[:1].isalpha() or reporting_role(w) not in (None, "title", "qualifier") \
                or any(c in "،," for c in t[at:word.start(1)]):
            return None   # the title's words, a comma allowed only right before the relative pronoun
        at = word.start(1) + len(w)
    return None


# Heads of groups that issue reports, besides bodies and organisations (ائتلاف الإغاثة، اتحاد المنظمات)
_GROUP_HEADS = frozenset(without_article(normalize_key(w)) for w in (
    "ائتلاف", "تحالف", "اتحاد", "جمعية", "منظمة", "هيئة", "رابطة", "نقابة", "مؤسسة", "مجموعة", "إدارة"))
# … and of bodies whose own name follows them without the article (منظمة رصد، حركة النهضة)
_NAMED_HEADS = _GROUP_HEADS | frozenset(normalize_key(w) for w in ("مركز", "حركة", "شبكة", "مرصد", "حزب", "جماعة"))


def _body_word(word: str, glued: bool = True) -> bool:
    """Whether a word, or one after ل (normalised: للمرصد، لوزارة) when `glued`, heads a body or names a
    speaker: the head of a body or organisation (المرصد، وزارة، منظمة), a title or an anonymous source."""
    keys = {bare(word), bare(word[1:])} if glued else {bare(word)}
    return any(k in _BODY_HEADS or k in _ORG_HEADS or reporting_role(k) == "title" or k in _anonymous_nouns()
               for k in keys)


_ORG_HEADS = frozenset(without_article(normalize_key(w.split()[0])) for w in LEXICON["org_head"])
_HEADS = _PLACE_HEADS | _BODY_HEADS | _ORG_HEADS   # heads of places, bodies and organisations: no person's name
_GLOSSED_HEADS = _BODY_TITLES | _BODY_HEADS | _ORG_HEADS | _MEDIA | _OFFICE | _CUE_NAME_HEADS   # a gloss may follow


_COUNT = normalize_key("عدد")   # عدد القتلى: a count, never an actor (not عدد من المسؤولين: some of them)
# The count a verb of estimating takes for its object (المركز قدر عددهم بحوالي 470 ألف): never its subject
_COUNT_OBJECTS = frozenset(normalize_key(w) for w in ("عدد", "عددهم", "عددها", "أعداد"))


def _phrase_before(doc: Document, verb_start: int, sentence_start: int, after: int,
                   imperfect: bool = False, issues: bool = False) -> ActorMention | None:
    """The subject written before its verb (يذكر أن الجيش أعلن أنه، المرصد قد ذكر أن، وكان
    «المرصد السوري» أفاد): one to four words back from the verb (over an auxiliary قد and
    quotation marks) to a stop word, a punctuation mark or the sentence start, when the verb
    is followed by a stop word such as أن or the subject follows كان; or, for a verb in the
    imperfect, back to the sentence start whatever follows (the headline الجيش يعلن مقتل 14). A verb
    that `issues` the document after it is followed by it (يذكر أن الوزارة أصدرت بيانا)."""
    t = doc.norm.text
    headline_only = reporting_role(_word_at(t, after, len(t))) != "stop" and after < len(t) and t[after].isalpha() \
        and not _told(_word_at(t, after, len(t))) and not issues   # مصدرا عسكريا أكد لوكالة فرانس برس مقتل: the outlet it told
    words = list(re.finditer(r"[^\W\d_]+|[^\w\s]|\d+", t[sentence_start:verb_start]))
    end = len(words) - 1
    auxiliaries = end
    was_after = comma_between = False
    while end >= 0 and (reporting_role(words[end].group()) == "auxiliary" or _key(words[end].group()) in _WAS):
        was_after = was_after or _key(words[end].group()) in _WAS   # المرصد قد ذكر، الوزارة كانت قد أعلنت
        end -= 1
    if end < auxiliaries and end >= 0 and words[end].group() in "،,":
        fronted = None if headline_only else _fronted_apposition(doc, words, sentence_start, end)
        if fronted is not None and any(w.group() in "،," for w in words[:end]):
            return fronted   # وكان نائب مدير سكوتلاند يارد، مارك رولي، قد أكد: the title and the name
        end -= 1   # وكان المتحدث الأمني بوزارة الداخلية، قد صرح
    elif end == auxiliaries and end >= 0 and words[end].group() in "،," and not headline_only:
        fronted = _fronted_apposition(doc, words, sentence_start, end)
        if fronted is not None:
            return fronted
        end -= 1   # غير أن مصادر طبية، أشارت إلى: a comma between a short subject and its verb
        comma_between = True
    if 0 <= end < auxiliaries and not headline_only and (long := _long_subject_after_was(doc, words, sentence_start, end)):
        return long   # وكان فرنس بارونغ مانغيرا المتحدث باسم الشرطة في شرق جاوة قد أكد
    quoted = end >= 0 and words[end].group() in (*_CLOSE_QUOTE, ")")
    end -= quoted

    def back(k: int, words_back: int) -> int:
        while k >= 0 and words_back < _BEFORE_WORDS and words[k].group().isalpha() and words[k].group() not in _TO_IT \
                and words[k].group() != _EXCEPT \
                and (reporting_role(words[k].group()) in (None, "title", "qualifier") or _authored(words, k)) \
                and (not _ends_phrase(words[k].group()) or _names_body(words, k)) \
                and (not _function_word(words[k].group()) or _authored(words, k) or (
                    words[k].group() in _GENERAL and k > 0 and (reporting_role(words[k - 1].group()) == "title"
                                                                 or bare(words[k - 1].group()) in _PERSON_TITLES))):
            k -= 1   # … over "general" after a title (النائب العام طارق صعب قال), not "the year" (العام الماضي)
            words_back += 1
            if _told_news(words[k + 1].group()):
                break   # نفيا لأنباء سابقة تحدثت: the news that told it, after its ل
        return k

    k = back(end, 0)
    first = k + 1
    if quoted:
        if k < 0 or words[k].group() not in (*_OPEN_QUOTE, "("):
            return None
        head = back(k - 1, end - k)   # تنظيم (داعش) أعلن، صحيفة “الخبر” أعلنت: the head before the name
        if words[k].group() == "(" or head < k - 1:
            k, first = head, head + 1
            end += 1   # the closing parenthesis or quotation mark
        else:
            k -= 1
    if k >= 0 and _OTHER_SIDE.fullmatch(" ".join(w.group() for w in words[k:end + 1])):
        return None   # من جهة أخرى أعلنت: "on the other hand", no subject
    if comma_between and ((k >= 0 and words[k].group() not in _CLAUSE_OPENERS)
                          or any(verb_shaped(w.group()) for w in words[k + 1:end + 1])):
        return None   # قتل 3 أشخاص في الهجوم، أعلنت; عسكريين ماليين طوقوا الفندق، أفادوا: only a subject that
        #               opens its clause, with no verb of its own (غير أن مصادر طبية، أشارت)
    # … والأونروا تنعى 6 من موظفيها، والهلال الأحمر يعلن انتشال 9 جثث: a number or a figure's cue after the verb
    clause_after = imperfect and (headline_only or t[after:after + 1].isdigit() or _word_at(t, after, len(t)) in _FIGURE_CUES)

    def place_before(j: int) -> bool:
        return _place_ends_at(doc, sentence_start + words[j - 1].end())

    opens_clause = clause_after and first <= end and (   # نازحين والأونروا تنعى: a definite word joined by و
        words[first].group().startswith("وال") or _second_clause(words, first, end, place_before) > first)
    if first > end or (k >= 0 and words[k].group().isalpha() and reporting_role(words[k].group()) != "stop"
                       and words[k].group() != _EXCEPT and not _told_news(words[first].group()) and not opens_clause):
        # المتحدث باسم الشرطة العقيد سالم الكعبي أعلن أن: a subject longer than four words
        return None if quoted or headline_only else _fronted_apposition(doc, words, sentence_start, end + 1)
    was = k >= 0 and _key(words[k].group()) in _WAS
    # وكان المرصد أفاد بسماع: what is reported, after ب; وكانت الوزارة قد أعلنت مقتل 9: a figure's cue
    cue = _after_dates(t, after) in _TOLL_EVENTS | _COUNT_OBJECTS   # أعلنت الأحد 19 يوليو مقتل، قدر عددهم
    reported = t[after:after + 1] == "ب" or cue
    told = was or was_after or (k >= 0 and reporting_role(words[k].group()) == "stop" and cue)
    # …، والدفاع المدني السعودي يعلن مقتل 107: a clause joined by و after a comma opens as a headline does
    opening = words[first].group() if first <= end else ""
    joined = imperfect and cue and k >= 0 and words[k].group() in "،," and (
        opening.startswith("وال") or (opening.startswith("و") and bare(opening[1:]) in _BODY_HEADS | _ORG_HEADS))
    if headline_only and not (told and reported) and not ((imperfect or cue) and k < 0) and not joined \
            and not opens_clause:   # 4 مجازر جديدة والقسام تعلن مقتل أسيرين: the headline's second clause
        return None   # … the subject opening its sentence (الجيش يعلن مقتل 14، سلطة السجون بولاية بارا أعلنت مقتل 52)
    if clause_after:
        second = _second_clause(words, first, end, place_before)   # شهداء في قصف بغزة والاحتلال يعلن مقتل 5
        joined = joined or second > first or words[second].group().startswith("وال")
        first = second
        opening = words[first].group()
    start = sentence_start + words[first].start() + (joined or _told_news(opening))
    stop = sentence_start + words[end].end()
    if (author := _author(t, start, stop)) != start:
        return _subject_phrase(doc, author, stop)   # وكان بيان لوزارة الصحة أوضح: the document's author
    s, e = doc.norm.span(start, stop)
    name = untagged(_QUOTE_MARKS.sub(" ", original(doc.text, doc.norm, start, stop)))
    return ActorMention(s, e, doc.text[s:e], name, "unknown", "", "unknown", False, doc.in_body(s), start, stop)


def _second_clause(words: list[re.Match], first: int, end: int, place_before: Callable[[int], bool]) -> int:
    """Where the subject of a headline's verb begins among words[first:end + 1]: at a definite word joined by و
    (قصف بغزة والاحتلال يعلن، غارات على غزة والجيش الإسرائيلي يعلن), or any word joined by و right after a place
    (دمار في مخيم طولكرم وحماس تنعى), when no word before it names an actor, which makes the words before it the
    headline's first clause; else `first` (وزارة الصحة والسكان تعلن)."""
    for j in range(first + 1, end + 1):
        word = words[j].group()
        if (word.startswith("وال") or (word.startswith("و") and len(word) > 3 and place_before(j))) \
                and not any(_body_word(w.group()) for w in words[first:j]):
            return j
    return first


def _told_news(word: str) -> bool:
    """ل and a noun of news (لأنباء، لتقارير): what a relative verb after it reports, without the ل."""
    return word[:1] == "ل" and word[1:] in _NEWS_NOUNS


def _long_subject_after_was(doc: Document, words: list[re.Match], sentence_start: int, end: int) -> ActorMention | None:
    """A subject longer than the words read back from its verb, between كان and قد (وكان X … قد أكد):
    the actor phrase read from كان when it ends right before قد; else None."""
    j = end
    while j >= 0 and end - j <= PHRASE_TOKENS and words[j].group().isalpha() and _key(words[j].group()) not in _WAS:
        j -= 1
    if j < 0 or end - j <= _BEFORE_WORDS or _key(words[j].group()) not in _WAS:
        return None
    phrase = _subject_phrase(doc, sentence_start + words[j + 1].start(), sentence_start + words[end].end())
    return phrase if phrase is not None and phrase.norm_end == sentence_start + words[end].end() else None


_APPOSITION_WORDS = 7   # words of each part of a subject and its apposition written before the verb
_BEFORE_WORDS = 6   # words of a subject read back from its verb (شركة آسمان المالكة للطائرة المنكوبة أعلنت)
_TO_IT = frozenset(normalize_key(w) for w in ("له", "لها", "لهم", "لهما"))   # المرصد التابع لها سجل: whose it is
_BUT = frozenset(name_key(w) for w in ("لكن", "ولكن"))
_CLAUSE_OPENERS = frozenset(normalize_key(w) for w in ("أن", "إن", "لكن", "ولكن", "بينما", "فيما"))
_OTHER_SIDE = re.compile(rf"[وف]?من (?:{alternation(normalize_key(w) for w in ('جهة', 'ناحية'))}) "
                         rf"(?:{alternation(normalize_key(w) for w in ('أخرى', 'ثانية'))})")
_ASIDE_PART = re.compile(r"(?:[وف]?من[^\S\n]+(?:جهته|جهتها|جانبه|جانبها|ناحيته|ناحيتها)|[وف]?بدوره|[وف]?بدورها"
                         r"|في[^\S\n]+(?:%s)(?:[^\S\n]+[^\W\d_]+)?)" % alternation(   # …، في بيان، قال: where he said it
                             normalize_key(w) for w in ("بيان", "تصريح", "تصريحات", "مؤتمر", "حديث", "مقابلة")))


def _fronted_apposition(doc: Document, words: list[re.Match], sentence_start: int, comma: int) -> ActorMention | None:
    """A subject and its apposition, set off by commas, that open the sentence before the verb
    (المتحدث باسم الدفاع المدني بالمنطقة، العقيد سالم الكعبي، أعلن أن): the title phrase and the
    name, when the sentence, or its clause after a comma and لكن, opens with a title and each part
    has at most seven plain words."""
    opening = next((k + 1 for k in range(comma - 1, 0, -1) if _key(words[k].group()) in _BUT
                    and words[k - 1].group() in "،,"), 0)   # ولا تعرف الجهة …، ولكن وزير الإعلام، ريمي دانجينو، قال
    while opening < comma and (_key(words[opening].group()) in _WAS or _key(words[opening].group()) in _BUT):
        opening += 1   # وكان، لكن: the subject after them
    parts: list[list[re.Match]] = [[]]
    for w in words[opening:comma]:
        if w.group() in "،,":
            parts.append([])
        else:
            parts[-1].append(w)
    parts = [p for p in parts if not _ASIDE_PART.fullmatch(" ".join(w.group() for w in p))]   # الوزير، من جهته، قال
    if not 0 < len(parts) <= 2 or not all(0 < len(p) <= _APPOSITION_WORDS for p in parts) \
            or sum(len(p) for p in parts) > _APPOSITION_WORDS + 3:
        return None
    first = parts[0][0].group()
    if reporting_role(first) != "title" or not all(
            w.group().isalpha() and reporting_role(w.group()) in (None, "title", "qualifier") and not _function_word(w.group())
            for w in [*(w for w in parts[0][1:] if w.group() not in _IN_PHRASE), *(w for p in parts[1:] for w in p)]) \
            or any(_is_document(w.group()) for p in parts for w in p):   # … في البصرة; not في تصريح
        return None
    start = sentence_start + parts[0][0].start() + (first[:1] == "و" and reporting_role(first[1:]) == "title")
    stop = sentence_start + parts[-1][-1].end()
    s, e = doc.norm.span(start, stop)
    name = untagged(original(doc.text, doc.norm, start, stop).replace("،", " ").replace(",", " "))
    return ActorMention(s, e, doc.text[s:e], name, "unknown", "", "unknown", False, doc.in_body(s), start, stop)


_BACK_WORDS = 10   # words read back from an actor found before its verb, for the phrase that holds it
_IN_PHRASE = _IN | {"من"}   # الصحة في غزة، مسؤول من الجيش: prepositions inside an actor phrase


def _holding_phrase(doc: Document, found: ActorMention, sentence_start: int, verb_start: int) -> ActorMention:
    """The actor phrase that holds an actor found right before its verb, read back from it over
    at most six words to a stop word, a punctuation mark or the sentence start: وكان المتحدث
    الأمني بوزارة الداخلية صرح (not وزارة الداخلية), ولكن وزارة الصحة في غزة تقول (not غزة).
    The phrase read from the earliest word that reaches the found actor's end is kept."""
    t = doc.norm.text
    if found.norm_start > sentence_start and _told_news(t[found.norm_start - 1:found.norm_end].split()[0]):
        return found   # ردا لأنباء تحدثت: the news, which ل governs, not the phrase before it
    if found.norm_start > sentence_start and t[found.norm_start - 1] == "و" \
            and (found.norm_start - 1 == sentence_start or t[found.norm_start - 2].isspace()) \
            and not _body_word(previous_word(t, found.norm_start - 1, found.norm_start - 1 - sentence_start)):
        return found   # قصف بغزة والاحتلال يعلن: a clause joined by و opens with the actor (_second_clause); not
        #                الحكومة ومكتب المدعي العام, two actors joined
    base = max(sentence_start, found.norm_start - 160)
    words = list(_NON_SPACE.finditer(t[base:found.norm_start]))
    if words and base + words[-1].end() == found.norm_start:
        words.pop()   # بوزارة: the letter attached before the actor
    best = found
    for w in reversed(words[-_BACK_WORDS:]):
        word = w.group()
        if not _is_word(word) or (word not in _IN_PHRASE and (
                reporting_role(word) in (*OPENS, "stop", "auxiliary") or _function_word(word) or _ends_phrase(word))):
            break
        if word in _IN_PHRASE:
            continue
        phrase = _subject_phrase(doc, base + w.start(), verb_start)
        if phrase is not None and phrase.norm_end >= found.norm_end and len(phrase.name) > len(best.name):
            best = phrase
    return best


def _function_word(word: str) -> bool:
    """A word that is no part of a name, alone or after و or ف (ولم، فقد، وقد)."""
    return word in LEXICON["not_name"] or (word[:1] in ("و", "ف") and word[1:] in LEXICON["not_name"])


_WAS = frozenset(name_key(w) for w in ("كان", "كانت", "وكان", "وكانت"))   # وكان المرصد أفاد: its subject
_GENERAL = frozenset(normalize_key(w) for w in ("العام", "العامة"))   # النائب العام، الأمينة العامة: after a title


def _as_name(actor: str, text: str) -> str:
    """An actor as a name, without a hashtag's marks (#حركة_الشباب: حركة الشباب) or the ل of
    "to/by": للأمم المتحدة is الأمم المتحدة, للجنة is اللجنة when the article writes it so (ل + ال
    drops the alef, and a lam with it before ل); else, for a head whose own first letter is ل, اللجنة
    before a definite adjective (للجنة الدولية) and لجنة before what it is of (للجنة الطوارئ)."""
    actor = untagged(actor)
    if not normalize_key(actor).startswith("لل"):
        return actor
    actor = letters(actor)   # لِلْأُمَمِ: the letters are counted below
    double = "ال" + actor[1:]     # ل + اللجنة -> للجنة
    words = actor.split()
    if double.split()[0] in text:
        return double
    if bare(normalize_key(words[0][1:])) in _HEADS:   # ل + لجنة
        described = len(words) > 1 and normalize_key(words[1]).startswith("ال") and is_nisba(normalize_key(words[1]))
        return double if described else actor[1:]
    return "ال" + actor[2:]


def _word_at(t: str, start: int, end: int) -> str:
    """The word (or punctuation mark) at `start`."""
    m = _WORD_AT.match(t, start, end)
    return m.group() if m else ""


def _subject_before(t: str, mention: ActorMention, verb: re.Match) -> bool:
    """أن أذربيجان أعلنت: the actor stands at most three words before its verb, and no dash
    between them ends a dateline (بيروت، لبنان (وكالة)— أعلنت الوزارة: the country is no subject)."""
    gap = t[mention.norm_end:verb.start()]
    return len(gap.split()) <= 3 and not any(dash in gap for dash in "—–-")


def _antecedent_of_report(t: str, pos: int, verb_start: int) -> bool:
    """Whether a relative pronoun of people stands right before a reporting verb, at most two words
    after the figure at `pos`, so that the figure's noun is what it takes up (القادة الثلاثة الذين
    اعترف الناشطون بمصرعهم، 5 جنود الذين أعلن الجيش مقتلهم)."""
    words = t[pos:verb_start].split()
    return 0 < len(words) <= 3 and words[-1] in _WHO_PLURAL


_WHO_PLURAL = frozenset(normalize_key(w) for w in ("الذين", "اللذين", "اللذان", "اللواتي", "اللاتي", "اللتين"))


# a clause on what the event did, inside a statement about something else (… الهجوم الذي أوقع 40 بحسب
# الدفاع المدني، … ما أسفر عن مقتل طفل، وفقا لوكالة): an "according to" after it is the toll's source
_RESULT_CLAUSE = re.compile(r"(?<!\w)(?:الذي|التي|(?:و|ما |مما )?(?:%s))(?!\w)" % "|".join(
    normalize_key(w) for w in ("أسفر", "أسفرت", "أدى", "أدت", "خلف", "خلفت", "أوقع", "أوقعت", "تسبب", "تسببت")))
# what carries another's statement (بحسب ما نقله الموقع الرسمي للجيش): no source of its own over the speaker's
_WHAT = frozenset(normalize_key(w) for w in ("ما", "لما"))   # بحسب ما، وفقا لما
_CARRYING = frozenset(normalize_key(w) for w in ("نقل", "نقلت", "نقله", "نقلته", "أورد", "أوردت", "أورده", "أوردته"))
_WHILE = re.compile(r"(?<!\w)(?:فيما|بينما)(?!\w)")   # a clause of its own inside a statement


def _closes_clause(t: str, pos: int, according: Statement) -> bool:
    """Whether an "according to" closes the clause that holds the figure at `pos`, written right after
    it: no new clause (أن، إن) stands between them, no comma sets it off as the whole sentence's
    (…، حسبما أفاد مصدر رسمي), and no و opens a new clause with it (…، ووفق جهاز الأمن)."""
    at = according.norm_start
    words = _WORD.findall(t, max(pos, at - 20), at)
    while words and (reporting_role(words[-1]) in ("according", "according_l") or words[-1] in _WHAT):
        at -= len(words.pop()) + 1   # حسبما أفاد، بحسب ما ذكرت: back to the word "according to"
    return CONTENT_START.search(t, pos, at) is None and not t[max(0, at - 8):at].rstrip().endswith(("،", ",")) \
        and t[at - 1:at] != "و"


def sources_at(doc: Document, offsets: list[int]) -> list[str | None]:
    """The actor reporting what stands at each original offset: the statement whose clause
    holds it (the statement around an "according to" aside), else an "according to" or a closing
    participle after it in the same sentence (قتل 12 شخصا، بحسب مصادر أمنية); None when no
    statement covers it."""
    found = doc.layer("statements")
    starts = [s.norm_start for s in found]
    t = doc.norm.text
    sources: list[str | None] = []
    for offset in offsets:
        pos = doc.norm.normalized_position(offset)
        i = bisect.bisect_right(starts, pos) - 1
        a = i + 1 + (i + 2 < len(found) and _aside_before(t, found[i + 1], found[i + 2], pos))
        after = found[a] if a < len(found) else None   # past an aside (قتل نحو 300، تقول إسرائيل إن غالبيتهم …، بحسب)
        if i > 0 and pos >= found[i].norm_end and found[i - 1].sentence == found[i].sentence \
                and pos < found[i - 1].norm_end:
            i -= 1   # past an "according to" aside (… الخلية، بحسب موقع المدى، مقتل 53): the statement around it
        if i >= 0 and pos < found[i].norm_end and after is not None and after.sentence == found[i].sentence \
                and after.kind == "according" and after.rule == "phrase" and after.actor \
                and (_WHILE.search(t, found[i].verb_end, pos) or (
                    _RESULT_CLAUSE.search(t, found[i].verb_end, pos) and not _medium(after.actor)
                    and normalize_key(after.verb) not in _CARRYING and _closes_clause(t, pos, after))) \
                and not _WHILE.search(t, pos, after.norm_start):
            # أكدت مصادر أن …، فيما أسفرت العمليات عن مقتل 23 بحسب المسؤول الصحي: the clause after
            # فيما/بينما that holds the figure has an "according to" of its own
            sources.append(_written(after))
        elif i >= 0 and pos < found[i].norm_end and after is not None and after.sentence == found[i].sentence \
                and after.kind == "according" and after.actor and (found[i].actor is None or _key(after.verb) == _QUOTING or (
                    (found[i].rule == "responsibility" or (_medium(found[i].actor) and not _medium(after.actor)))
                    and OPENS.get(ROLES.get(_key(normalize_key(after.verb)), ""), "") == "according")):
            # ذكرت شبكة CNN أن 10 قتلوا، وفقا للمتحدث الإقليمي: the outlet carries, the one it cites is the
            # source; so does any speaker who quotes (ذكرت وسائل الإعلام أن اثنين قتلوا، نقلا عن قادة الحركة)
            # أعلنت الجماعة مسؤوليتها عن التفجير الذي أدى إلى مقتل 7 بحسب بيان صادر عن البلدية: the claim
            # states no toll, the "according to" after it does; so for a statement with no actor
            # (الهجمات التي أبلغ عنها …، أدى 10 منها إلى مقتل 135، حسب ما ذكرت الوكالة)
            sources.append(_written(after))
        elif i >= 0 and pos < found[i].norm_end:   # … or the one quoted after its actor (وأكد المراسل، نقلا عن المدير، أن)
            sources.append(None if found[i].rule == "responsibility" or _about_speaker(t, found[i], pos)
                           or _when_it_spoke(t, found[i], pos) or _premise(t, found[i], pos)
                           else _written(_quoted_by(found, i, t)))
        elif after is not None and after.sentence[0] <= pos and after.kind == "verb" and after.actor \
                and after.rule not in ("responsibility", "carried") and _antecedent_of_report(t, pos, after.start):
            # والضباط الأربعة الذين اعترف المتمردون بمصرعهم: the figure is what the relative clause reports
            sources.append(_written(after))
        elif after is not None and after.sentence[0] <= pos and after.rule == "responsibility" and i + 2 < len(found) \
                and found[i + 2].sentence == after.sentence and found[i + 2].kind == "according" and found[i + 2].actor:
            # مقتل ثلاثة في هجوم أعلن التنظيم مسؤوليته عنه، وفق مسؤول بالشرطة: the claim describes the
            # attack, the "according to" after it states the toll
            sources.append(_written(found[i + 2]))
        elif after is not None and after.sentence[0] <= pos and (after.kind == "according" or after.rule == "participle") \
                and not _fronted(t, after):
            # قتل 12 شخصا، بحسب مصادر أمنية; كما باشرت الفرق حادثا نتج عنه إصابة 4، مشيرا إلى: the
            # participle's speaker (the previous one) reports the sentence it closes
            after = _quoted_by(found, a, t)
            sources.append(None if after.rule == "responsibility" else _written(after))
        else:
            sources.append(None)
    return sources


def _aside_before(t: str, aside: Statement, according: Statement, pos: int) -> bool:
    """A statement set off by commas after the figure at `pos` and before an "according to" that closes their
    sentence (قتل نحو 300 فلسطيني، تقول إسرائيل إن غالبيتهم مهاجمون، بحسب وكالات أنباء): it speaks of those
    counted, and the "according to" reports the figure."""
    if not (aside.kind == "verb" and according.kind == "according" and according.actor is not None
            and aside.sentence == according.sentence and aside.sentence[0] <= pos < aside.norm_start):
        return False
    opened = t[max(pos, aside.norm_start - _ASIDE_MARGIN):aside.norm_start].rstrip()
    said = t[aside.verb_end:according.norm_start].rstrip()   # what the aside says, up to its closing comma
    return opened.endswith(("،", ",")) and said.endswith(("،", ",")) and not _COMMA.search(said, 0, len(said) - 1)


_ASIDE_MARGIN = 8   # characters before an aside in which its opening comma stands


# ف opening what an "according to" before it reports (وحسب الشرطة فإن 30 أصيبوا، وحسب الهيئة فهناك 4500)
_THEN_SAID = re.compile(r"[^\S\n]*ف(?:ان|انه|انها|انهم|قد|هناك|ثمه)(?!\w)")   # on normalised text: فإن، فثمة


def _fronted(t: str, statement: Statement) -> bool:
    """An "according to" that opens its own clause, what it reports after its actor and ف (وحسب
    الشرطة فإن 30 أصيبوا): it covers nothing before it in its sentence."""
    return statement.kind == "according" and statement.mention is not None \
        and _THEN_SAID.match(t, statement.mention.norm_end) is not None


# what a speaker said begins (not دون أن، بعد أن: a clause of time or manner)
_SAID_NEXT = re.compile(r"(?<!\w)(?<!دون )(?<!بعد )(?<!قبل )(?<!منذ )(?:ب?ان|انه|انها|انهم|فان)(?!\w)|[،,:][^\S\n]*[«\"“]")


def _about_speaker(t: str, statement: Statement, pos: int) -> bool:
    """The figure at `pos` stands between a verb's speaker and what the speaker said, in words
    about the speaker (قال أردوغان الذي انتقد إسرائيل منذ مقتل 60 فلسطينيا، "…"؛ قال القاضي،
    المتعهد بالتحقيق في مقتل 30 سائحا، "إن …"): the writer's, not the speaker's."""
    m = statement.mention
    if statement.kind != "verb" or m is None or m.norm_start < statement.verb_end or m.norm_end > pos:
        return False
    # words about the speaker open with a relative pronoun or a comma not closed before the figure
    # (not أعلنت السلطات اعتقال ثمانية …؛ أعلنت الوزارة، الأحد، مقتل 5: the object itself)
    commas = [c.start() for c in _COMMA.finditer(t[m.norm_end:pos])]
    if not (len(commas) % 2 or _RELATIVE.search(t, m.norm_end + (commas[-1] if commas else 0), pos)):
        return False
    if commas and (told := _NEXT.match(t, m.norm_end, pos)) is not None and _word_at(t, told.start(1), pos) in _TOLL_EVENTS:
        return False   # أكد الإسعاف مقتل إسرائيلي وإصابة 49، حالة 15 منهم خطيرة: the toll is what is said
    return CONTENT_START.search(t, m.norm_end, pos) is None and _SAID_NEXT.search(t, pos, statement.norm_end) is not None \
        and not any(reporting_role(w) is not None and reporting_role(w) not in ("stop", "title", "qualifier", "auxiliary")
                    for w in _WORD.findall(t, m.norm_end, pos))   # التي تحدثت عن سقوط 16 جريحا: told in the clause itself


def _premise(t: str, statement: Statement, pos: int) -> bool:
    """The figure at `pos` is in a toll that opens what is said as the subject of a verb that judges it (قال
    الخبير إن مقتل 5 جنود … يؤكد استغلال المقاومة): a known fact the speaker draws on, not one it reports."""
    said = [c for c in CONTENT_START.finditer(t, statement.verb_end, pos) if c.group()[:1] not in ":«\"“"]
    if not said:
        return False
    toll = _NEXT.match(t, said[-1].end(), pos)
    if toll is None or _word_at(t, toll.start(1), pos) not in _FIGURE_CUES or _COMMA.search(t, said[-1].end(), pos):
        return False
    judged = _JUDGED_BY.search(t, pos, min(statement.sentence[1], pos + PREMISE_CHARS))
    return judged is not None and CONTENT_START.search(t, pos, judged.start()) is None


# Verbs whose subject is a fact they draw a judgement from (مقتل 5 جنود يؤكد، يدل على، يكشف، يعكس)
_JUDGING = frozenset(normalize_key(w) for w in ("يؤكد", "يدل", "يكشف", "يعكس", "يثبت", "يظهر", "يبين", "يشير"))
_JUDGED_BY = re.compile(rf"(?<!\w)(?:{alternation(_JUDGING)})(?!\w)")
PREMISE_CHARS = 120   # the longest toll between what is said and the verb that judges it


def _when_it_spoke(t: str, statement: Statement, pos: int) -> bool:
    """The figure at `pos` stands in a clause of time between a verb of saying and what is said
    (وأضاف قائلا في حديثه للصحافيين بعد يوم من مقتل ستة أشخاص … أن على الحكومة): the writer's."""
    return CONTENT_START.search(t, statement.verb_end, pos) is None \
        and _SINCE.search(t, statement.verb_end, pos) is not None \
        and _SAID_NEXT.search(t, pos, statement.norm_end) is not None


_SINCE = re.compile(rf"(?<!\w)(?:{alternation(_TIME_PREPOSITIONS)})(?!\w)")


def _medium(actor: str) -> bool:
    """Whether an actor is an outlet that carries news (شبكة CNN، وكالة رويترز، صحيفة الأيام، رويترز), or the media
    of a side (إعلام العدو، وسائل إعلام عبرية)."""
    words = actor.split()
    return bool(words) and (normalize_key(words[0]) in _MEDIA or normalize_key(words[0].strip("«»\"“”")) in _AGENCIES
                            or bare(words[0]) == _PRESS
                            or (len(words) > 1 and normalize_key(words[0]) in _MEDIA_GROUPS and bare(words[1]) == _PRESS))


_PRESS = normalize_key("إعلام")


def _written(statement: Statement) -> str | None:
    """A statement's actor as a figure's source: a country as the article names it, the capital for
    its government (موسكو، طهران، واشنطن); other known actors by the table's name, which figures,
    claims and events share."""
    m = statement.mention
    if m is not None and m.in_table and m.kind == "country" and statement.actor == m.name:
        return " ".join(m.surface.split())
    return statement.actor


# ---------------------------------------------------------------- names and spelling variants

_QUOTING = "نقلا"   # حسبما أفادت وسائل إعلام نقلا عن الشرطة: the one quoted is the source


def _quoted_by(found: list[Statement], j: int, t: str) -> Statement:
    """The statement at `j`, or the one it quotes right after its actor (بحسب وكالة الأنباء نقلا عن
    مصدر طبي، حسبما ذكرت صحف محلية، نقلا عن الشرطة): the one quoted reports the figure."""
    cited = found[j]
    while j + 1 < len(found) and found[j + 1].sentence == cited.sentence and cited.mention is not None \
            and _key(found[j + 1].verb) == _QUOTING and found[j + 1].actor \
            and not t[cited.mention.norm_end:found[j + 1].norm_start].strip(" ،,"):
        j += 1
        cited = found[j]
    return cited


def _osa(a: str, b: str, limit: int = 2) -> int:
    """Edit distance with transpositions (optimal string alignment), capped at limit + 1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] | None = None
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if prev2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


@lru_cache(maxsize=65536)
def bare(word: str) -> str:
    """A word normalised, without its article (and the letters attached before it) and a comma
    after it (التركي، of اللواء منصور التركي، المتحدث الأمني)."""
    return without_article(normalize_key(word.rstrip("،,")))


def same_word(a: str, b: str) -> bool:
    """Equal once normalised, or a same-length slip (one swap or wrong letter) in a long word;
    not at its last letter, which makes another word (نيجيرية, Nigerian; نيجيريا, Nigeria)."""
    a, b = bare(a), bare(b)
    return a == b or (len(a) == len(b) >= 6 and a[-1] == b[-1] and _osa(a, b, 1) <= 1)


def _slip_keys(key: str) -> list[str]:
    """Keys two same-length words share when they are one substitution or one swap of
    neighbouring letters apart: the word with one position blanked, or with one pair sorted."""
    subs = [f"s{i}:{key[:i]}{key[i + 1:]}" for i in range(len(key))]
    swaps = [f"t{i}:{key[:i]}{''.join(sorted(key[i:i + 2]))}{key[i + 2:]}" for i in range(len(key) - 1)]
    return subs + swaps


class _Alike:
    """Words by their bare form, found again from a word equal to one of them once bare, or one
    slip away in a long word (same_word), in time proportional to the word, not to the list."""

    def __init__(self) -> None:
        self._exact: dict[str, list[int]] = {}
        self._slips: dict[str, list[int]] = {}

    def add(self, word: str, item: int) -> None:
        key = bare(word)
        self._exact.setdefault(key, []).append(item)
        if len(key) >= 6:
            for slip in _slip_keys(key):
                self._slips.setdefault(slip, []).append(item)

    def like(self, word: str) -> set[int]:
        key = bare(word)
        found = set(self._exact.get(key, ()))
        if len(key) >= 6:
            for slip in _slip_keys(key):
                found.update(self._slips.get(slip, ()))
        return found


def _short_form_of(short: list[str], full: list[str]) -> bool:
    """Whether `short` (words) is a short form of the actor `full` (words holding them all):
    with the same head (المرصد → المرصد السوري لحقوق الإنسان), a title and a family name
    (الرئيس علييف → الرئيس الأذربيجاني إلهام علييف), or words that follow a given name in it
    (الغامدي → المتحدث الرسمي … علي الغامدي); not a body named inside a longer phrase, after
    a definite word or باسم (الجبهة الشعبية is not أحمد سالم، المتحدث باسم الجبهة الشعبية; لجان
    التنسيق المحلية is not ريما فليحان الناطقة باسم لجان التنسيق المحلية السورية)."""
    n = len(short)
    if n < len(full) and _second_actor(full[n]) and all(same_word(a, b) for a, b in zip(short, full)):
        return False   # الأمم المتحدة is not الأمم المتحدة ومنظمة العفو الدولية, which names two
    if same_word(short[0], full[0]) or len(short) == len(full):
        return True
    if not normalize_key(short[0]).startswith("ال"):   # a name: آسيا بوليسي بوينت in مركز آسيا بوليسي بوينت
        i = _run_at(short, full)
        return i is not None and normalize_key(full[i - 1]) not in LEXICON["not_name"] \
            and normalize_key(full[i - 1]) not in _NOT_GIVEN_NAME \
            and not _preposition_and_noun(full[i - 1]) and not _title_of(full[i - 1]) \
            and not (reporting_role(normalize_key(full[0])) == "title" and i + len(short) < len(full)
                     and not normalize_key(full[i - 1]).startswith("ال")
                     and reporting_role(normalize_key(full[i - 1])) != "title")
        # not a body inside a spokesman's title (حلف شمال الأطلسي in الناطق باسم مهمة حلف شمال الأطلسي في أفغانستان …)
    if len(short) == 2 and reporting_role(normalize_key(short[0])) == "title" and same_word(short[-1], full[-1]):
        return True
    i = _run_at(short, full)
    if i is None:
        return False
    if n > 1 and i + n == len(full) and reporting_role(normalize_key(short[0])) == "title" \
            and not normalize_key(short[1]).startswith("ال"):
        return True   # a title and a name ending a longer form: اللواء حسين الحواتمة → مدير الأمن العام، اللواء حسين الحواتمة
    before = full[i - 1]
    key = normalize_key(before)
    heads = _HEADS | _GROUP_HEADS | _BODY_TITLES
    if bare(normalize_key(short[0])) in heads and bare(key) not in heads:
        return False   # a body named inside a person's title, after a word that is no head of its own (not
        # الأمم المتحدة in دانيلي بيل، مديرة مهمة مساعدة الأمم المتحدة; but الداخلية in وزارة الداخلية)
    if before == ALI or (i >= 2 and normalize_key(full[i - 2]) in NAME_LINKS):
        return True   # علي الغامدي، محمد بن عبد الله الجعيثن
    return not key.startswith("ال") and key not in _NOT_GIVEN_NAME and reporting_role(key) is None \
        and key not in LEXICON["not_name"]


def _title_of(word: str) -> bool:
    """A person's indefinite title, which governs what he serves (مندوب سوريا، أمير قطر), not his
    name; not a body's head, whose name may follow it (مركز آسيا بوليسي بوينت)."""
    key = normalize_key(word)
    return not key.startswith("ال") and reporting_role(key) == "title" \
        and bare(key) not in _HEADS | _NAMED_HEADS | _GROUP_HEADS | _MEDIA


def _second_actor(word: str) -> bool:
    """و and an indefinite noun after a body's name (… ومنظمة العفو الدولية): another body joined to
    it, not a word of its name, which و joins definite (وزارة الصحة والسكان)."""
    key = normalize_key(word)
    if key.startswith("وال") and bare(key) in _SECOND_BODIES:
        return True   # منظمة الخوذ البيضاء والمرصد السوري: a body's head, with its article, opens a second body
    return len(key) > 3 and key.startswith("و") and not key[1:].startswith(("ال", "لل")) \
        and (reporting_role(key[1:]) == "title" or key[1:] in _MEDIA or key[1:] == _SOME
             or bare(key[1:]) in _anonymous_nouns())   # ومنظمة، ووزير، ووكالة، ومصادر محلية، وبعض سكان المنطقة


def _first_actor(short: list[str], full: list[str]) -> list[str]:
    """`full` up to a second actor joined to it (المرصد السوري ومصادر محلية → المرصد السوري) when
    all of `short` stands before it: a short form names one of two actors, not both; and up to the
    apposition of what it is to a larger group (_WINGS), which a short form leaves out. A body joined
    after في is where the first serves (مصادر في المخابرات والجيش): no second actor."""
    wing = next((i for i in range(len(short), len(full)) if normalize_key(full[i]).startswith("ال")
                 and bare(normalize_key(full[i])) in _WINGS), None)
    if wing is not None:
        full = full[:wing]   # قوات الدفاع الشعبي → not …، الجناح العسكري لحزب العمال: what it is to another, said once
    joint = next((i for i in range(1, len(full)) if full[i].startswith("و") and _second_actor(full[i])
                  and not (full[i].startswith("وال") and "في" in full[1:i])), None)
    if joint is None:
        return full
    return full[:joint] if all(any(same_word(a, b) for b in full[:joint]) for a in short) else full


_SOME = normalize_key("بعض")
# Heads of bodies that speak on their own, which و joins to another body, never to its name
_SECOND_BODIES = frozenset(without_article(normalize_key(w)) for w in (
    "المرصد", "الصليب", "الهلال", "الشرطة", "الحكومة", "اللجنة", "المنظمة", "الوزارة", "الهيئة", "المفوضية",
    "الوكالة", "الجيش"))


def _full_form(short: list[str], full: str) -> str | None:
    """`full` when `short` is a short form of it, the body inside it that `short` names, or None."""
    words = full.split()
    if _short_form_of(short, words):
        return " ".join(_first_actor(short, words))
    return full if _titled_person_inside(short, words) else _body_inside(short, words)


def _titled_person_inside(short: list[str], full: list[str]) -> bool:
    """Whether `short`, a title phrase (المتحدث باسم المقاومة), is the title that a person named in
    `full` carries after his rank and name (العقيد الركن صادق الدويد المتحدث باسم المقاومة الوطنية):
    it stands for him, not for the body in it."""
    i = _run_at(short, full) if reporting_role(normalize_key(short[0])) == "title" else None
    if i is None:
        return False
    first, name = normalize_key(full[0]), normalize_key(full[i - 1])
    return (reporting_role(first) == "title" or bare(first) in _RANKS) and _plain(name) \
        and reporting_role(name) is None and bare(name) not in _HEADS | _MEDIA and not _preposition_and_noun(name)


def _preposition_and_noun(word: str) -> bool:
    """ب or ل and a noun (بمدينة، للمنظمة، بالعاصمة), not a given name that starts so (بيتر، باسم، لينا)."""
    key = normalize_key(word)
    rest = key[1:]
    return key.startswith(("ب", "ل")) and len(key) > 3 and (
        rest.startswith(("ال", "ل")) or bare(rest) in _HEADS or reporting_role(rest) is not None
        or rest in LEXICON["not_name"])


def _run_at(short: list[str], full: list[str]) -> int | None:
    """Where the words of `short` stand in a row inside `full`, after its first word (None if not)."""
    for i in range(1, len(full) - len(short) + 1):
        if all(same_word(a, b) for a, b in zip(short, full[i:i + len(short)])):
            return i
    return None


def _body_inside(short: list[str], full: list[str]) -> str | None:
    """A body named by its head inside a longer phrase, the body's name in full: المرصد in مدير
    المرصد السوري لحقوق الإنسان رامي عبد الرحمن is المرصد السوري لحقوق الإنسان (the words from
    the head up to the first name without the article)."""
    if not normalize_key(short[0]).startswith("ال"):
        return None
    i = _run_at(short[:1], full)
    if i is None or normalize_key(full[i]).startswith("ل"):
        return None   # المفوض الأعلى للأمم المتحدة لحقوق الإنسان: the title's, not the body's name
    j = i + 1
    while j < len(full) and normalize_key(full[j]).startswith(("ال", "لل", "ل")) and not full[j].endswith(("،", ",")):
        j += 1
    if j < len(full) and normalize_key(full[j]).startswith(("ال", "لل", "ل")):
        j += 1   # the last word of the body, before a comma
    words = full[i:j]
    if normalize_key(words[0]).startswith(("و", "ف")) and not normalize_key(short[0]).startswith(("و", "ف")):
        words = [words[0][1:], *words[1:]]   # ناشطون والمرصد السوري: the body without the و that joins it
    return " ".join(words) if len(words) > len(short) and all(
        any(same_word(w, x) for x in words) for w in short) else None


_NOT_GIVEN_NAME = frozenset(normalize_key(w) for w in ("باسم",))   # المتحدث باسم الجبهة
_CLOSES_SENTENCE = frozenset(".؛!؟")


_CASE_ENDINGS = ("ون", "ين", "ان")   # الحوثيون، الحوثيين: one word in two cases, each as the sentence has it


def _case_endings(a: str, b: str) -> bool:
    """Whether two spellings differ only in a plural or dual ending, which grammar sets (وقال
    الحوثيون، عن الحوثيين): not a slip to put right."""
    return a[:-2] == b[:-2] and a[-2:] != b[-2:] and a[-2:] in _CASE_ENDINGS and b[-2:] in _CASE_ENDINGS


_SCAN_UP_TO = 64   # candidate words read one by one; more (a long text) are looked up in an index


class NameResolver:
    """The article's actors: each resolves to its fullest form, spelled as the text mostly does.

    Both look-ups go through indexes (helpers above), so that the cost stays linear in the text."""

    def __init__(self, text: str, actors: list[tuple[str, int]]):
        """`actors`: (name, where it is mentioned), in text order."""
        first_at: dict[str, int] = {}
        for name, at in actors:
            first_at.setdefault(name, at)
        # longest first; among equals, first mention first (a set's order would vary by run)
        self.actors = sorted(first_at, key=lambda a: -len(a.split()))
        self.first_at = [first_at[a] for a in self.actors]
        self.text = text
        self._actor_words = _Alike()
        for i, actor in enumerate(self.actors):
            for word in actor.split():
                self._actor_words.add(word, i)
        self._vocab: list[tuple[str, int]] | None = None
        self._counts: dict[str, int] = {}
        self._by_letters: dict[str, list[int]] = {}
        self._lengths: dict[str, dict[int, list[int]]] = {}
        self._alike: dict[tuple[str, int], _Alike] = {}
        self._resolved: dict[tuple[str, frozenset[int]], str] = {}
        self._spelled: dict[str, str] = {}

    def resolve(self, actor: str, at: int) -> str:
        """The fullest form of `actor` among the actors mentioned before `at` (where it stands)."""
        words = actor.split()
        holding = frozenset(i for i in (set.intersection(*[self._actor_words.like(w) for w in words]) if words else ())
                            if self.first_at[i] <= at)
        key = (actor, holding)
        if key not in self._resolved:
            full = next((found for i in sorted(holding) if (found := _full_form(words, self.actors[i]))), actor)
            self._resolved[key] = " ".join(self._spelling(w) for w in full.split())
        return self._resolved[key]

    def _spelling(self, word: str) -> str:
        """The text's more frequent spelling of `word` when they differ by one slip
        (الأذربيجاينة → الأذربيجانية); otherwise the word as written. Only the text's words
        with the same first two letters and bare length are candidates (see _candidates). Each
        word is worked out once per article."""
        if word not in self._spelled:
            self._spelled[word] = self._most_frequent_spelling(word)
        return self._spelled[word]

    def _most_frequent_spelling(self, word: str) -> str:
        if word == ALI:
            return word   # the name علي, never the preposition على that the text writes more often
        if self._vocab is None:
            self._vocab = list(Counter(_WORD.findall(self.text)).items())
            self._counts = dict(self._vocab)
            for i, (other, _) in enumerate(self._vocab):
                self._by_letters.setdefault(other[:2], []).append(i)
        vocab = self._vocab
        candidates = self._candidates(word)
        best, count = word, self._counts.get(word, 0)
        for i in candidates:   # in the text's order: the first more frequent wins
            other, n = vocab[i]
            if n > count and same_word(other, word) and not _case_endings(other, word):
                best, count = other, n
        return best

    def _candidates(self, word: str) -> list[int]:
        """The text's words that may be `word` or a slip of it: those with its first two letters
        and bare length; when those are many (a long text), only those an index by bare form and
        by slip (_Alike) gives, so that a look-up costs in proportion to the word."""
        vocab = self._vocab or []
        letters, length = word[:2], len(bare(word))
        if letters not in self._lengths:   # indexed when a word with these letters is first asked
            by_length = self._lengths[letters] = {}
            for i in self._by_letters.get(letters, ()):
                by_length.setdefault(len(bare(vocab[i][0])), []).append(i)
        group = self._lengths[letters].get(length, [])
        if len(group) <= _SCAN_UP_TO:
            return group
        if (letters, length) not in self._alike:
            alike = self._alike[(letters, length)] = _Alike()
            for i in group:
                alike.add(vocab[i][0], i)
        return sorted(self._alike[(letters, length)].like(word))
