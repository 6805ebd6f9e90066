"""Figures in Arabic news: what each number counts, who reports it, whether it is a running total.

Built on `helpers.numbers` (every number with its span) and three lexicons, so that the words
are data and the grammar is a few rules (CAMeL Tools / Duckling style):

- lexicons/figure_categories.csv (category, cue, role; for `status` rows the first column is the
  status, e.g. destroyed, captured): cue words by role: `noun` (the counted noun names
  the category: 14 قتيلا، 2971 منزلا، قريتي), `event` (a word before the number: مقتل 14 شخصا),
  `post` (a verb after the counted phrase: 16 من الركاب لقوا حتفهم), `status` (what happened to
  counted things: تدمير، السيطرة), `cumulative`, `subject` (generic nouns that name no subject),
  `link`/`part` (إلى، بلغ … and بينهم، منهم), `also` (إضافة إلى، إلى جانب: the next number
  adds to the figure before it) and `boundary` (كما، فيما: a new clause).
- lexicons/reporting_verbs.csv (through helpers.attribution): reporting words, titles, anaphors, stops.
- lexicons/figure_negatives.csv: counted nouns that are units or objects, animals, diseases and
  conditions, sports, words that make a casualty noun a name or an owner (حي الشهداء، أسر
  الشهداء، 1000 من أسر الشهداء), the words that tell another sense of a killing verb (below, `_other_sense`; `other_word`:
  a written form that is another word, وصفت "described"; `fall_other`: سقط في قبضة), the words of suspicion, intent or
  averting before harm (`unreal`: يشتبه بإصابة، بهدف قتل), witnesses or survivors counted with
  victims (`survivor`), companions counted after the injured their noun names (`companion`: 35 مصابا
  و44 مرافقا; not after a verb: قتل 4 جنود و3 مرافقين), plurals of events that a number before counts
  (`event_count`: ثلاثة تفجيرات), attempts and plots that a number before counts (`attempt`: ثماني محاولات قتل) and
  negations (لم، دون) that make a casualty counted by واحد none (لم يسقط قتيل واحد), words of
  time before a year (في 1979), events held in a year (`year_event`: مونديال روسيا 2018), of
  moving or treating patients (care: نقل أربع حالات) and of
  the state of cases (severity: 3 حالات حرجة are injured), letters of aircraft and weapon models
  before digits (`model`, as written: إف 16، إم 16), number words that are also fractions before a
  whole (`fraction`, `whole`: خمس سكان البلاد), kin someone has (`kin_plural` after لل- or
  `possessor`: للشهيد أربعة إخوة), passengers aboard (`aboard`: على متنه 700 شخص), the noun of a
  year before its digits (`year_noun`: قتلت 584 ألفا عام 2013), the word of a rate before its
  denominator (`per`: 64 جريمة قتل لكل 100 ألف نسمة), the question word before a number (`question`: كم
  ألف فلسطيني يحق لإسرائيل قتلهم: asked, no count), nouns of places whose dual counts no people
  (`place`: بين محافظتي), verbs of receiving care before a count and the care after it (`receive`,
  `treatment_object`: يتلقى 300 آخرين العلاج) unless the sick are named (`patient`), nouns of
  victims who may live (`victim`: 40 ضحية أصيبوا) or whom a legal case names (`legal_case`: الاتهامات تشمل 54
  ضحية; not after `families`: أسر 30 ضحية), households, no people, counted among the hurt
  (`household`: 40 أسرة بين المصابين), parts of the body an injury is on (`body`: 4 إصابات طالت الرأس),
  words of time or manner after a dual verb (`adverb`: قتلا طعنا) and
  prepositions with a pronoun of the event between a verb and its number (`resumptive`: سقط فيها)
  and words of age before a number (`age`: عن عمر يناهز 68) and the verbs of a span of ages before them
  (`age_span`: تتراوح أعمارهم بين 15 و16), the words that make a death clinical, the hurt kept alive (`clinical`:
  5 موت سريري), the convicted, whom a verb of death after a part of them does not
  name (`convict`: 160 محكوما بينهم 26 أعدموا), verbs of carrying out a sentence
  (`carried_out`: نفذت السلطات حكم الإعدام في 27) and the prepositions of an execution's object (`execution_object`:
  الإعدام شنقا بحق 13), suspicion of a killer rather than of a death (`suspect`,
  `agent_mark`: مشتبه بقتله خمسة، يشتبه بأنه قتل), words announcing a list (`as_follows`: كالتالي:) and
  particles that are no counted noun (`particle`: عددهم 23 وليس 25), words of a drill whose
  casualties are played (`drill`: محاكاة، تمرين افتراضي), and incidents that make cases counted after
  إصابة injuries rather than infections (`incident`: أسفر الحادث عن إصابة 3 حالات), verbs of harm in the
  feminine singular that tell what befell a feminine noun counted before them (`feminine_harm`: ألف
  امرأة قتلت; not أصابت, hit), words of number before a label's digits (`label`: الملك رقم 23),
  words of "all of" a group whose number follows (`every`: مقتل جميع ركابها وعددهم 298), the
  words of a kind of disease after ب (`disease_type`: بالنوع الثاني من السكري), periods shorter
  than a year that make a rate after في at a clause's end (`period`: 120 إصابة في الشهر،) and
  imperfect verbs of causing that قد makes a possibility (`may_cause`: قد يتسبب في وفاة), and kin
  of the people counted, the subject of a verb after them (`their_kin`: 8 أطفال يعتقد أن آباءهم قتلوا),
  lives (`lives`) counted as killed only after a verb of losing or taking them (`losing_verb`: فقدنا
  عشرة أرواح، أزهقت الغارات 17 روحا), and verbs of death that take their toll with ب (`by_verb`:
  أودى بأربعين), another word when no ب follows (أودي كيو 5: the car), and the anniversary whose
  number follows after الـ (`anniversary`: الذكرى السنوية الـ24 لوفاة), an ordinal, as after one victim
  (`one_victim`: القتيل الـ20, the twentieth dead); the names of
  epidemics (`epidemic`: كورونا، الوباء) after which an article's words of harm that also name an
  infection (`infection_word`: الإصابات، المصابين) count infections, and the parts of a count that
  are the subject of a verb right after them (`own_subject`: وبعضهم ماتوا), and the words of a total
  that a verb of reaching takes to the running total of the figure before (`total`: وبلغ الإجمالي 1578).

The rules, tried in order for each counting number: the counted noun, an event word shortly
before, a coordinated or partitive number inheriting the figure before it, a verb after the
counted phrase, a category head before إلى/بلغ. Categories without event words (homes,
villages…) count things, which are a figure only when a status word says what happened to them.
A number counted for two events at once (مقتل وإصابة 3440) gets the category `casualties`.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate
from operator import add
from typing import Any, NamedTuple

import pandas as pd

from .layout import sentences
from .normalize import letters, normalize, normalize_key
from .patterns import word_trie
from .numbers import (CHANGE_REACH, CHANGE_WORDS, CUES_AFTER, CUES_BEFORE, DASHES, MONTHS, WORDS as NUMBER_WORDS, YEAR_CUES,
                      NumberMention, find_numbers)
from .attribution import bare, reporting_role, sources_at
from .document import Document
from .pipeline import extract_table
from .places import Gazetteer, load_gazetteer
from .registry import register
from .vocabulary import read_lexicon
from .words import (DUAL_ENDINGS, NISBA_DUAL_ENDINGS, NOUN_PREFIXES, WORD_PREFIXES, dual_singulars, imperfect_shaped,
                    is_nisba, stems, verb_shaped, with_prefixes)

COUNT_KINDS = frozenset({"digits", "words", "mixed", "scaled", "dual"})
COMBINED = "casualties"   # the category of one number for two events (مقتل وإصابة 3440)
NO_FIGURE = "none"        # the category of verbs that end a carried one with a fate we do not count (سلموا، نجوا)
EVENT_WINDOW = 7      # words an event word may stand before its number (وقتل الهجوم الذي شنه مسلحون 32)
VERB_ON_WINDOW = 10   # words of subject, time and place between قضى and the على of its count
RULING_WINDOW = 6     # words before قضى, or after its على, where a court or a sentence makes it a ruling
SUBJECT_WINDOW = 3    # … more when it counts persons (شخصا) after the verb's subject
BETWEEN_WINDOW = 5    # … more when the number is followed by (ما) بين (استشهد في … الخلايا 37 ما بين رجال أمن ومواطنين)
POST_WINDOW = 5       # words between a counted phrase and its verb (3 من عناصر الشرطة قتلوا)
HEAD_WINDOW = 14      # words between a total's head and its إلى (عدد القتلى المدنيين جراء … إلى 92)
LIST_WINDOW = 16      # words between a list's colon and each of its numbers (إدلب 126، حماة 48)…
LIST_INTRO = 10       # … and between the casualty noun and the colon (توزع جرحى حوادث المرور خلال عطلة العيد على الشكل التالي:)
LIST_INTRO_ANNOUNCED = 16   # … when a word of "as follows" stands before the colon (كالتالي، على النحو الآتي)
COORD_GAP = 2         # words between a figure and the و-number that continues it (و4، وقرابة 200)
COMMA_GAP = 2         # … plain words between a figure and the comma before a list item (أصيب 11 شخصا بجروح، 7 طلاب)
LIST_GAP = 5          # … and plain words closing a list item before it (من جماعة حزب الله الشيعية و3304)
BREAKDOWN_COMPLEMENT = 3   # … plain words closing a figure before the comma of its breakdown (قتل 14 مدنيا في القصف، بينهم)
BREAKDOWN_REACH = 12  # … and before its breakdown word with no comma (استشهد 11 شخصا في غارة على منزل … بينهم)
BREAKDOWN_ITEMS = 10  # words of the items after a breakdown word before its و-number (بينهم شقيقة رئيس المكتب
#                       السياسي لحماس إسماعيل هنية وأحد أبنائها و6): named people with their titles
PLACE_GAP = 3         # … more when the new item repeats its preposition (… في إقليم كشمير بمنطقة الهيمالايا، و13 شخصا في)
DISEASE_WINDOW = 3    # words after a cue in which a disease makes it a case count, not harm
DISEASE_BEFORE = 6    # … and words before it (الالتهاب الرئوي - قتل أربعة أشخاص)
ABUSE_WINDOW = 6      # words either side of a victims' noun where the abuse they suffered is named
FAMILIES_BEFORE = 3   # words before a victims' noun where their families are named (أسر 30 ضحية)
SCORE_WINDOW = 4      # words between a match's result (فوز فريقه) and its score
SCORE_MAX = 20        # the most goals or points a side of a score read without its result has
SENSE_WINDOW = 8      # words after قضى in which a death word makes it "died" (قضى 18 عنصرا … في هجوم)…
SPENT_WINDOW = 6      # … and in which a span of time makes it "spent" (وقضى 40 من الطلاب المبتعثين عطلتهم)
CARE_WINDOW = 5       # words before bare cases in which a word of moving or treating them stands (نقل أربع حالات)
YEARS = (1900, 2100)   # four digits in this span after a word of time are a year (وقتل في 1979)
OLD_YEARS = 1000       # … and from here on after the word year itself (توفي في إسطنبول العام 1887)
CITE_WINDOW = 3       # words after استشهد in which على ذلك or بقول makes it "cited" (واستشهد الوزير على ذلك),
                      # and after a killing verb in which an abstract object makes it figurative

# Tokens: words, numbers, single marks (normalisation has made a hashtag's marks spaces: #ميليشيا_الحوثي).
_TOKEN_SPLIT = re.compile(r"([\u0621-\u064a]+|[0-9]+(?:[.,][0-9]+)*|[^\s\u0621-\u064a0-9A-Za-z])")
_CLAUSE_END = frozenset(".؛;:!?؟")
_CLOSING = frozenset(")]»”\"'")
_QUOTES = _CLOSING | frozenset("«“")   # between a number and its noun: (7) سبعة، ثلاث «جثث»
_COMMA = frozenset("،,")
# Nouns of people in a state that a killing may end (أسرى، جرحى): an event of killing before wins.
_HARM = frozenset({"killed", "injured"})
_ON = normalize_key("على")
_THAT = frozenset(normalize_key(w) for w in ("أن", "إن", "بأن", "أنه", "أنها", "أنهم", "إنه", "إنها", "إنهم", "فإن", "فإنه"))
_SAID_THAT = frozenset(normalize_key(w) for w in ("أن", "إن", "بأن"))   # what a verb of saying says begins (أضاف أن)
_INJURES = with_prefixes((normalize_key(w) for w in ("يصيب", "تصيب")), WORD_PREFIXES)   # ويصيب، ليصيب
_BROKEN_PLURAL_ENDINGS = tuple(normalize_key(e) for e in ("ى", "اء"))   # not a dual: خمسة قتلى وجريحين
_PLURAL_ADJECTIVE_ENDINGS = tuple(normalize_key(e) for e in ("ين", "ون"))   # جرحى كثيرين: its own count
_PLURAL_NOUN_ENDINGS = tuple(normalize_key(e) for e in ("ى", "ين", "ون", "ات", "اء"))   # جرحى، مصابين
_PLURAL_ENDINGS = ("ين", "ون", "ات", "ا", "ي", "ء")   # قتلى، ضحايا، شهداء، مصابين: not counted by واحد
_ALTERNATIVES = frozenset(normalize_key(w) for w in ("أو", "ثم"))
_OF_THEM = frozenset(normalize_key(w) for w in ("منهم", "منها", "منهما"))
_PEOPLE_OF_THEM = frozenset(normalize_key(w) for w in ("منهم", "منهما"))   # not منها: of things too (3 منها: attacks)
_PEOPLE_PART = frozenset(normalize_key(w) for w in ("بينهم", "وبينهم", "منهم", "ومنهم", "ضمنهم", "وضمنهم", "هم", "وهم",
                                                    "هما", "وهما"))
_STATES = frozenset({"injured", "captured", "arrested", "missing", "displaced"})
_PREPOSITIONS = frozenset(normalize_key(w) for w in ("في", "على", "من", "إلى", "عن", "داخل", "قرب", "بين"))
# … and those of place a list item may repeat after the item before (4 قتلوا أمام السفارة واثنان أمام المقر)
_PLACE_PREPOSITIONS = _PREPOSITIONS | frozenset(normalize_key(w) for w in (
    "أمام", "خلف", "عند", "وسط", "حول", "لدى", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي"))
_QUALIFIER_WORDS = frozenset(normalize_key(w) for phrases in (*CUES_BEFORE.values(), *CUES_AFTER.values())
                             for phrase in phrases for w in phrase.replace("الـ", "").split())

_AFTER_QUALIFIERS = tuple(tuple(normalize_key(phrase).split()) for phrases in CUES_AFTER.values() for phrase in phrases)


class Lexicon(NamedTuple):
    """All cue words, normalised, looked up by word form."""

    cues: dict[str, tuple[tuple[str, str], ...]]          # single word -> ((category, role), …)
    phrases: dict[str, tuple[tuple[tuple[str, ...], str, str], ...]]  # first word -> multiword cues
    negatives: dict[str, frozenset[str]]                   # kind -> words
    counted_things: frozenset[str]                         # categories that need a status
    cue_words: frozenset[str]                              # casualty and status cues with any proclitic
    models: frozenset[str]                                 # letters of aircraft and weapon models, as written


def _rows(name: str) -> list[dict[str, str]]:
    return read_lexicon(name, required=("cue",))


@lru_cache(maxsize=None)
def lexicon() -> Lexicon:
    """Load and normalise the three lexicons once."""
    cues: dict[str, list[tuple[str, str]]] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    with_events: set[str] = set()
    countable: set[str] = set()
    for row in _rows("figure_categories.csv"):
        words = tuple(normalize_key(row["cue"]).split())
        entry = (row["category"], row["role"])
        if row["role"] in ("event", "event_next"):
            with_events.add(row["category"])
        if row["role"] == "noun":
            countable.add(row["category"])
        if len(words) == 1:
            cues.setdefault(words[0], []).append(entry)
        else:
            phrases.setdefault(words[0], []).append((words, *entry))
    negatives: dict[str, set[str]] = {}
    models: set[str] = set()   # matched as written: إم 16 (a rifle), not أم (a mother)
    for row in _rows("figure_negatives.csv"):
        negatives.setdefault(row["kind"], set()).add(normalize_key(row["cue"]))
        if row["kind"] == "model":
            models.add(row["cue"])
    things = countable - with_events
    # A sentence is read when it holds a casualty cue, or a status word (things count only with one).
    # A phrase stands in its sentence by its longest word: إلى رحمة الله by رحمة, not إلى, which
    # would have every sentence with إلى read for numbers (any word of it selects the same sentence).
    entries = [(w, c, r) for w, es in cues.items() for c, r in es]
    entries += [(max(words, key=len), c, r) for ps in phrases.values() for words, c, r in ps]
    wanted = {w for w, c, r in entries if r == "status"
              or (r in ("noun", "event", "event_next", "post") and c not in things and c != NO_FIGURE)}
    # … and the duals of its casualty nouns (جثتا شخصين), from the number layer's dual nouns.
    wanted |= {w for w, word in NUMBER_WORDS.items() if word.type == "dual"
               and any(s in wanted for s in dual_singulars(w))}
    # … and the objects of death idioms (فارق تلميذان الحياة، أنهى مزارع حياة 3): see _frame.
    wanted |= {obj for objects in _idioms_by_order().values() for obj in objects}
    wanted |= _LOST   # … and verbs of losing one's kin (فقدت ثلاثة من أبنائها): see _lost_kin
    # … and the words of death or harm with a pronoun (مقتله و3 من مرافقيه، إصابته): see _possessed_event
    wanted |= {stem + end for w, c, r in entries if r == "event" and c in _HARM
               for stem in (w, w[:-1] + "ت" if w.endswith("ه") else w) for end in _PRONOUN_ENDS}
    return Lexicon({k: tuple(v) for k, v in cues.items()},
                   {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in phrases.items()},
                   {k: frozenset(v) for k, v in negatives.items()},
                   frozenset(things), frozenset(p + w for w in wanted for p in NOUN_PREFIXES + WORD_PREFIXES),
                   frozenset(models))


@lru_cache(maxsize=65536)
def _lookup(word: str) -> tuple[tuple[str, str, bool], ...]:
    """(category, role, definite) for every cue `word` is, once its proclitics are removed."""
    lex = lexicon()
    found = []
    for prefixes, noun_roles in ((NOUN_PREFIXES, True), (WORD_PREFIXES, False)):
        for p in prefixes:
            if not word.startswith(p) or len(word) - len(p) < 2:
                continue
            for category, role in lex.cues.get(word[len(p):], ()):
                if (role in ("noun", "subject")) == noun_roles:
                    found.append((category, role, "ال" in p or p.endswith("لل")))
    return tuple(dict.fromkeys(found))


@lru_cache(maxsize=65536)
def _phrases(word: str) -> tuple[tuple[tuple[str, ...], str, str, bool], ...]:
    """Multiword cues that start with `word` (مبنى سكني، القبض على), with whether it is definite."""
    phrases = lexicon().phrases
    return tuple((words, category, role, "ال" in p) for p in NOUN_PREFIXES if word.startswith(p)
                 for words, category, role in phrases.get(word[len(p):], ()))


def _post_cue_as_written(word: str) -> bool:
    """Whether `word`, with no proclitic taken off, is a verb after its count or opens one (فارقوا الحياة)."""
    lex = lexicon()
    return any(role == "post" for _, role in lex.cues.get(word, ())) \
        or any(role == "post" for _, _, role in lex.phrases.get(word, ()))


@lru_cache(maxsize=65536)
def _strip(word: str) -> tuple[str, ...]:
    """`word` and its forms without proclitics (و، ب، ال…)."""
    return stems(word, NOUN_PREFIXES)


@lru_cache(maxsize=65536)
def _is(word: str, kind: str) -> bool:
    """True when `word` (with or without proclitics) is in the negatives list `kind`."""
    words = lexicon().negatives.get(kind, frozenset())
    return word in words or any(w in words for w in _strip(word))


def _animal(word: str) -> bool:
    """An animal's noun, also in the accusative with its alef (8116 خنزيرا، 40 حصانا)."""
    return _is(word, "animal") or (word.endswith("ا") and _is(word[:-1], "animal"))


def _is_unit(dual: str) -> bool:
    """A dual of a unit, an object or an animal (عامين، يومين، ساعتين، فرقتين، بقرتين)."""
    return any(_is(stem, "unit") or _is(stem, "animal") for stem in dual_singulars(dual))


class Figure(NamedTuple):
    """One figure found in a sentence, with token positions for the rules that follow it."""

    mention: Any
    first: int          # token index range of the number (and counted noun)
    last: int
    category: str
    noun: tuple[int, int] | None     # normalised span of the counted noun
    subject: tuple[int, int] | None
    status: str | None
    rule: str


class _Sentence:
    """One sentence, normalised with offsets: its tokens and cue look-ups."""

    def __init__(self, text: str, base: int, place_names: frozenset[str] = frozenset(), epidemic: bool = False):
        self.text = text          # the sentence as written
        self.base = base          # its offset in the article
        self.place_names = place_names   # names of places that end in a number word (_numbered_places)
        self.epidemic = epidemic  # the article names an epidemic before the sentence ends (_epidemic_words)
        self.norm = normalize(text)
        # Tokens (words, numbers, punctuation) and their offsets in the normalised text, from one
        # split and running sums of the pieces' lengths: no Python loop over the tokens.
        pieces = _TOKEN_SPLIT.split(self.norm.text)   # gap, token, gap, token, …, gap
        self.words: list[str] = pieces[1::2]
        self.starts: list[int] = list(accumulate(map(len, pieces[:-1])))[::2]   # each token's gap ends
        self.ends: list[int] = list(map(add, self.starts, map(len, self.words)))
        self._disease: int | None = None
        self._drill: int | None = None
        self._sport: bool | None = None

    def about_disease(self, i: int) -> bool:
        """A casualty cue of the sentence has a disease next to it (عدد المصابين بالإنفلونزا …
        240 مصابا، الإصابة بكورونا … توفي منهم 467) and a disease is named before token i: the
        figures there count cases, not harm; those before any disease do not (… وأربع إصابات
        نتيجة الحوادث المختلفة كإصابات العمل وحالات تسمم)."""
        if self._disease is None:
            first = next((k for k, w in enumerate(self.words) if _is(w, "disease")), len(self.words))
            about = first < len(self.words) and any(
                self.cue(k, ("noun", "event", "post")) and _disease_near(self, k) for k in range(len(self.words)))
            self._disease = first if about else len(self.words)
            # … or cases of infection named so, with no disease named (يصل عدد حالات الإصابة منذ
            # شهر يونيو إلى 1053 حالة، تسع حالات إصابة مؤكدة): a bulletin of an epidemic
            self._disease = min(self._disease, next((k for k in range(1, len(self.words)) if _infection_cases(self, k)),
                                                    len(self.words)))
        return self._disease < i

    def about_sport(self) -> bool:
        """The sentence is about a match or a player (figure_negatives.csv, kinds sport and sports), or
        gives a match's score (فوز فريقه 3-2), and names no violent incident (kind incident: شغب،
        اشتباكات): its injuries are a player's."""
        if self._sport is None:
            self._sport = any(_is(w, "sport") or _is(w, "sports") or (w == "-" and _in_score(self, k - 1))
                              for k, w in enumerate(self.words)) \
                and not any(_is(w, "incident") for w in self.words)
        return self._sport

    def drill_before(self, i: int) -> bool:
        """A word of a drill stands before token i (محاكاة، تمرين افتراضي، عملية بيضاء;
        figure_negatives.csv, kind drill): the casualties after it are played, not real."""
        if self._drill is None:
            self._drill = next((k for k, w in enumerate(self.words)
                                if _is(w, "drill") or (w == _WHITE and self.word(k - 1) in _EXERCISE)), len(self.words))
        return self._drill < i

    def to_norm(self, offset: int) -> int:
        """Normalised offset of an offset into the sentence as written."""
        return self.norm.normalized_position(offset)

    def span(self, span: tuple[int, int]) -> tuple[int, int]:
        """Article offsets of a normalised span."""
        a, b = self.norm.span(*span)
        return self.base + a, self.base + b

    def original(self, span: tuple[int, int]) -> str:
        a, b = self.norm.span(*span)
        return self.text[a:b]

    def word(self, i: int) -> str:
        return self.words[i] if 0 <= i < len(self.words) else ""

    def is_word(self, i: int) -> bool:
        return 0 <= i < len(self.words) and self.words[i][0] >= "\u0621"

    def cue(self, i: int, roles: tuple[str, ...]) -> tuple[str, str, bool, int] | None:
        """(category, role, definite, width) of the cue starting at token i, if any."""
        if not self.is_word(i):
            return None
        word = self.words[i]
        for words, category, role, definite in _phrases(word):
            if role in roles and all(self.word(i + k) == w for k, w in enumerate(words[1:], 1)):
                return category, role, definite, len(words)
        for category, role, definite in _lookup(word):
            if role in roles:
                return category, role, definite, 1
        return None


@lru_cache(maxsize=4096)
def _dual_cue(dual: str) -> tuple[str, str, bool, int] | None:
    """(category, role, definite, width) of a noun cue whose dual `dual` is (جثتا، جثتين → جثة);
    not a noun of the event itself (إصابة)."""
    for stem in _strip(dual):
        for singular in dual_singulars(stem):
            entries = lexicon().cues.get(singular, ())
            if any(role == "event" for _, role in entries):
                continue   # إصابتين: two injuries (تعرض اللاعب لإصابتين), not two people
            for category, role in entries:
                if role == "noun":
                    return category, role, False, 1
    return None


_EXERCISE = frozenset(normalize_key(w) for w in ("عملية", "تمرين", "تمرينا", "التمرين"))   # عملية بيضاء: a drill
_WHITE = normalize_key("بيضاء")
_CASES = frozenset(normalize_key(w) for w in ("حالة", "حالات", "وحالات"))
_INFECTION = normalize_key("إصابة")
_CONFIRMED = frozenset(normalize_key(w) for w in ("مؤكدة", "المؤكدة", "جديدة", "الجديدة"))


def _infection_cases(s: _Sentence, k: int) -> bool:
    """Cases of infection at token k: حالات الإصابة (definite, "cases of the infection"; injuries
    are counted as إصابات or حالات إصابة) or confirmed or new cases (حالات إصابة مؤكدة، حالة إصابة جديدة)."""
    if s.word(k - 1) not in _CASES:
        return False
    word = s.word(k)
    return word == "ال" + _INFECTION or (word == _INFECTION and s.word(k + 1) in _CONFIRMED)


_CASES_CLOSE = frozenset(normalize_key(w) for w in ("في", "لدى", "بين", "منذ", "خلال", "حتى")) | _CONFIRMED


def _infections_counted(s: _Sentence, cue_i: int, counted: _Counted) -> bool:
    """Whether إصابة before a number counts cases of infection (إصابة 807 حالات في إنجلترا، تأكدت
    إصابة أربع حالات): cases that close the phrase or are placed in time or space, in a sentence with no
    dead and no incident (not إصابة 12 حالة اختناق, the injury named; not وفاة شخص وإصابة 3 حالات, أسفر
    الحادث عن إصابة 3 حالات; figure_negatives.csv, kind incident)."""
    if _INFECTION not in _strip(s.word(cue_i)) or not counted.has_noun or s.word(counted.noun_i) not in _CASES:
        return False
    after = counted.noun_i + 1
    if s.is_word(after) and s.word(after) not in _CASES_CLOSE:
        return False
    return not any(_is(s.word(k), "incident") or (s.cue(k, ("noun", "event", "post")) or ("",))[0] == "killed"
                   for k in range(len(s.words)))


def _aged(s: _Sentence, i0: int) -> bool:
    """Whether the number at token i0 is an age: after a word of age (عمره، سن), opening the
    range of ages it spans (تتراوح أعمارهم بين 12 و14، ما بين ستة وعشرة أعوام), or a decade with
    the article that someone reaches (مقتل رجل يبلغ الثمانين; not عدد القتلى بلغ الستين)."""
    if s.word(i0) in _DECADES and s.word(i0 - 1) in _REACHING and not s.cue(i0 - 2, ("noun",)) \
            and s.word(i0 - 2) not in _TOLL_HEADS:
        return True
    if s.word(i0) in _DECADES and s.word(i0 - 1) == "في":
        return True   # توفيت في العشرين بجرعة زائدة: the age one died at
    k = _before_qualifiers(s, i0)
    k -= s.word(k) == "ال"   # في سن الـ 9
    if s.word(k) in _RANGE_OPENERS:
        k -= 1 + (s.word(k - 1) == "ما")
    # … not a number whose و joins it to what comes before (20 طفلا دون السابعة من العمر وستة راشدين)
    return _is(s.word(k), "age") and not (k == i0 - 1 and s.word(i0).startswith("و"))


_DECADES = frozenset(normalize_key("ال" + w) for w in ("عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين",
                                                       "تسعين"))
_REACHING = frozenset(normalize_key(w) for w in ("يبلغ", "تبلغ", "بلغ", "بلغت", "البالغ", "البالغة"))


def _in_score(s: _Sentence, i0: int) -> bool:
    """Whether the number at token i0 is one side of a match's score (3-2، 2 - 1): a pair of small
    numbers that does not rise, which no range of a count is (انتهت لصالح النادي 3-1), or one
    written a few words after a word of its result (فوز، خسارة، تعادل، بنتيجة; figure_negatives.csv,
    kind score)."""
    if s.word(i0 + 1) == "-" and s.word(i0 + 2)[:1].isdigit():
        first = i0
    elif s.word(i0 - 1) == "-" and s.word(i0 - 2)[:1].isdigit():
        first = i0 - 2
    else:
        return False
    low, high = s.word(first), s.word(first + 2)
    if low.isdigit() and high.isdigit() and SCORE_MAX >= int(low) >= int(high):
        return True   # … not a year and a count in a timeline (2002 - 77 قتيلا)
    return any(_is(s.word(k), "score") for k in range(max(first - SCORE_WINDOW, 0), first))


def _victims_of_abuse(s: _Sentence, cue_i: int) -> bool:
    """The victims' noun at cue_i counts victims of abuse, fraud or trafficking (figure_negatives.csv,
    kind abuse): one is named near it (اعتدى جنسيا على 23 ضحية), or anywhere in a sentence with no
    other word of killing (111 حالة اتجار بالأشخاص … (94 ضحية); not سقط 14 ضحية في الهجوم على حافلة
    ناشطات في حملة مناهضة التحرش), as are victims a legal case names in such a sentence (kind
    legal_case: الاتهامات تشمل 54 ضحية، رفع 5 ضحايا دعوى قضائية; not اتهامات بقتل 9 ضحايا, nor the
    victims whose families sue, kind families: رفعت أسر 30 ضحية دعوى)."""
    if any(_is(s.word(k), "abuse") for k in range(max(cue_i - ABUSE_WINDOW, 0), cue_i + ABUSE_WINDOW + 1)):
        return True
    families = any(_is(s.word(k), "families") for k in range(max(cue_i - FAMILIES_BEFORE, 0), cue_i))
    return any(_is(w, "abuse") or (_is(w, "legal_case") and not families) for w in s.words) and not any(
        not _is(s.word(k), "victim") and (c := s.cue(k, ("noun", "event", "event_next", "post"))) and c[0] == "killed"
        for k in range(len(s.words)))


def _disease_after(s: _Sentence, i: int) -> bool:
    """A disease within a few words after token i (الإصابة بالكوليرا، 240 مصابا بالحصبة)."""
    return any(_is(s.word(k), "disease") for k in range(i + 1, min(i + 1 + DISEASE_WINDOW, len(s.words))))


def _disease_near(s: _Sentence, i: int) -> bool:
    """A disease just after cue i, or shortly before it (داء … - قتل أربعة أشخاص)."""
    return _disease_after(s, i) or any(_is(s.word(k), "disease") for k in range(max(i - DISEASE_BEFORE, 0), i))


def _countable(s: _Sentence, i: int) -> bool:
    """Can token i be the counted noun? Not a grammar word, a reporting verb, or the start of
    the next clause (وإصابة 4، وجرح 8: a cue glued to و)."""
    if not s.is_word(i) or reporting_role(s.word(i)) is not None or s.word(i) == "و" or _is(s.word(i), "particle"):
        return False   # مسعفين اثنين و3 مدنيين: the و of the next item; عددهم 23 وليس 25: a particle
    word = s.word(i)
    if s.cue(i, ("event", "event_next", "post")) and not s.cue(i, ("noun",)) and not _is(word, "unit"):
        return False   # a unit that is also a verb is counted, to be set aside (أصيب بعشرين جرحا: wounds)
    if word.startswith("ب") and len(word) > 3 and _is(word[1:], "unit"):
        return False   # المصابين الثلاثة بسيارة إسعاف: a unit after ب says how, it is not what is counted
    if word.startswith("لل") and len(word) > 4:
        return False   # الضحايا الـ257 للطائرة، عددهم 7 للمراقبة: ل and the article open a complement, not the noun
    return not (word.startswith("و") and (_lookup(word[1:]) or _counting_word(word[1:])))   # 17 واثنين من المارة


def _own_verb(s: _Sentence, c: _Counted, prev: Figure, i0: int) -> bool:
    """A verb in the perfect plural that is no harm right after the counted phrase: the item's own
    predicate, which ends the category carried over (57 منهم قتلوا، و44 عادوا إلى إسبانيا); not the
    verb the item before has too (9 منهم نقلوا إلى مستشفى الطور و7 نقلوا إلى مستشفى أبورديس)."""
    # right after the number, where a verb may have been read as its noun (و44 عادوا), else after the noun
    j = c.next_i if s.word(c.next_i).endswith("وا") or not c.has_noun else c.noun_i + 1
    word = s.word(j)
    return word.endswith("وا") and verb_shaped(word) and s.cue(j, ("post", "event")) is None and not _idiom_verb(s, j) \
        and word not in s.words[prev.first:i0]


def _counting_word(word: str) -> bool:
    """A number word that counts on its own (اثنين، ثلاثة), not a fraction of the number before
    (مليون ونصف مليون) nor a vague one."""
    found = NUMBER_WORDS.get(word)
    return found is not None and found.type not in ("fraction", "vague")


def _subject(s: _Sentence, i: int, j: int) -> tuple[int, int] | None:
    """Normalised span of tokens i..j-1, or None when they are generic (شخصا، آخرين)."""
    if i >= j or not s.is_word(i) or s.cue(i, ("subject",)):
        return None
    return s.starts[i], s.ends[j - 1]


class _Counted(NamedTuple):
    """What follows a number: its counted noun's token (whether or not it is one), and the token
    right after the number."""

    noun_i: int
    has_noun: bool
    partitive: bool      # 9 من أفراد الشرطة
    dual: bool           # the number is its own noun (قريتي، جنديان)
    next_i: int
    group: int | None = None   # the definite casualty noun of a group it is part of (3 من الضحايا)


def _definite_after_noun(s: _Sentence, m: Any, i0: int, i1: int, counted: _Counted | None) -> int | None:
    """The noun a number word with the article counts when it ends that noun's phrase and agrees
    with it as an adjective does: a possessed noun right before (أطفالها الثلاثة، أبناؤه الأربعة) or
    the head of a construct whose definite thing comes between (ركاب الطائرة الخمسة). Not a noun
    with the article, people already counted (بينهم الطيارون الثلاثة), nor a casualty noun, which
    counts by its own rules (الأسرى الخمسة الذين توفوا)."""
    if m.kind != "words" or i1 != i0 + 1 or not s.word(i0).startswith(("ال", "وال")) or counted is None or counted.has_noun:
        return None
    noun_i = i0 - 1
    if _definite(s.word(noun_i)) or not s.word(noun_i).endswith(_POSSESSED):
        noun_i = i0 - 2
        thing = s.word(i0 - 1)
        if not _definite(thing) or not s.is_word(i0 - 1) or _lookup(thing) or is_nisba(thing) or _is(thing, "duration") \
                or verb_shaped(s.word(noun_i)) or s.word(noun_i - 1) in _BEFORE_VERB:
            return None   # not غالبية الإعلاميين التسعة, an age or a time (ذات الأعوام الثمانية), a verb
            #              and its subject (فقد اجتمع الأطراف الأربعة)
    noun = s.word(noun_i)
    if noun.startswith(("ال", "وال")) or not _countable(s, noun_i) or s.cue(noun_i, ("noun", "event", "post")) \
            or _is(noun, "unit"):
        return None
    return noun_i


_POSSESSED = tuple(normalize_key(e) for e in ("ها", "هم", "ه"))   # أطفالها، أبناؤه
_BEFORE_VERB = frozenset(normalize_key(w) for w in ("قد", "لقد", "فقد", "وقد", "سوف", "لم", "لن"))   # a verb follows


def _one_of_the(s: _Sentence, m: Any, i0: int) -> bool:
    """A number word with the article after "one of" and its definite noun, a demonstrative perhaps
    between (وفاة أحد هؤلاء المتظاهرين الثلاثة، إحدى الرهائن الأربع): one of people counted before."""
    if m.kind != "words" or not s.word(i0).startswith("ال") or not s.word(i0 - 1).startswith("ال"):
        return False
    k = i0 - 2
    k -= _is(s.word(k), "demonstrative")
    return s.word(k) in _ONE_OF


_THEIR = tuple(normalize_key(e) for e in ("هما", "هم", "هن"))
_DEEDS = frozenset(normalize_key(w) for w in ("قتل", "إصابت", "جرح", "اغتيال", "ذبح", "طعن", "دهس", "تعذيب"))


def _their_deed(word: str) -> bool:
    """A verbal noun of harm with ل or ب and their pronoun (لقتلهم، بإصابتهم): what the counted did
    (not بحياتهم: their lives, taken)."""
    ending = next((e for e in _THEIR if word.endswith(e)), None)
    return ending is not None and word[:1] in ("ل", "ب") and word[1:-len(ending)] in _DEEDS


# The thousands, whose normalised forms open with the letters of the article (ألف → الف، آلاف → الاف).
_THOUSANDS = frozenset(normalize_key(w) for w in ("ألف", "ألفا", "ألفين", "ألفان", "آلاف"))


def _definite(word: str, articles: tuple[str, ...] = ("ال",)) -> bool:
    """`word` opens with one of `articles` (الخمسة، والأربعين، للثلاثة) and is no word of thousands
    that only looks so (ألف، وآلاف)."""
    return word.startswith(articles) and word not in _THOUSANDS and not (word[:1] in "وبل" and word[1:] in _THOUSANDS)


def _unit_adjective(s: _Sentence, m: Any, i0: int, i1: int) -> bool:
    """A number word with the article after a unit with the article (في الأشهر الثلاثة الأخيرة، خلال
    الأسابيع الخمسة الماضية) or after a unit's construct (خلال أيام العيد الثلاثة): it agrees with
    the unit as an adjective, a length of time, no count."""
    unit = s.word(i0 - 1)
    if m.kind != "words" or i1 != i0 + 1 or not _definite(s.word(i0), ("ال", "وال")):
        return False
    return (bare(unit) != unit and _is(unit, "unit")) or (
        _definite(unit) and bare(head := s.word(i0 - 2)) == head and s.is_word(i0 - 2) and _is(head, "unit"))


def _figure(s: _Sentence, m: Any, i0: int, i1: int, prev: Figure | None, coordinated: bool) -> Figure | None:
    """Apply the rules to the number at tokens i0..i1-1; None when it counts no harm or things."""
    counted = _counted(s, m, i1)
    if s.word(i0) in _TWO and i1 == i0 + 1 and s.word(i0 - 1).endswith(("ين", "ون")) and not s.word(i0 - 1).startswith("ال") \
            and _countable(s, i0 - 1) and not s.cue(i0 - 1, ("event", "post")):
        counted = _Counted(i0 - 1, True, False, False, i1, _dead_among(s, i1))   # قتل مواطنين اثنين بطلقات
        # نارية: the noun first; مسعفين اثنين بين القتلى: some of the dead
    elif (noun_i := _definite_after_noun(s, m, i0, i1, counted)) is not None:
        counted = _Counted(noun_i, True, False, False, i1)   # بينهم امرأة وأطفالها الثلاثة: the noun first
    if counted is None or _year(s, m, i0, i1) or _times(s, counted, i0) or _ordinal(s, m, i0) \
            or _family_size(s, i0) or _rank(s, i0) or _is(s.word(i0 - 1), "per") or _is(s.word(i0 - 1), "question") \
            or _in_every(s, i0) \
            or _aged(s, i0) or _model(s, i0) or _slashed(s, i0, i1) or _fraction(s, m, i0, i1) or _kin_of(s, counted, i0) \
            or _place_name(s, i0, i1) \
            or (_unit_adjective(s, m, i0, i1) and counted.noun_i != i0 - 2) or _one_of_the(s, m, i0) \
            or (counted.has_noun and bare(unit_noun := s.word(counted.noun_i)) == unit_noun and _is(unit_noun, "duration")):
        return None   # سبيكة شيخ، 18 عاما من بين القتلى: an age (not 29 عنصرا مقابل 21 العام الماضي)
    if m.kind == "dual" and any(_counts_events(singular) for stem in _strip(s.word(i0)) for singular in dual_singulars(stem)):
        return None   # في هجومين: two events, no two people
    if m.kind == "dual" and s.word(i0).endswith(_FEMININE_NISBA_DUAL) and any(
            s.word(j).endswith(_FEMININE_DUAL) and not s.word(j).endswith(_FEMININE_NISBA_DUAL) for j in (i0 - 1, i0 - 2)):
        return None   # عمليتي قتل إرهابيتين، غارتين جويتين: the adjective of a feminine dual before it, no two people
    category, rule, cue_i, width = _category(s, i0, counted, prev, coordinated)
    if category is None or category == NO_FIGURE:
        return None
    if category in _HARM and (value := _whole(m).value) is not None and value != int(value):
        return None   # من 112 وفاة بكل 100.000 ولادة إلى 72.6 وفاة: a fraction of a person is a rate
    if category == "injured" and m.kind == "dual" and s.word(i0) not in NUMBER_WORDS and s.about_sport():
        return None   # تعرض مخيتاريان لإصابة في أربطة الركبة: a player's name shaped like a nisba dual
    if category == "injured" and rule == "noun" and not counted.dual and _on_a_body(s, counted.noun_i):
        return None   # تعرض الموقوف إلى 30 إصابة في أنحاء من جسده: wounds, not people
    if category in _HARM and counted.dual and any(_is(w, "place") for w in dual_singulars(s.word(counted.noun_i))):
        return None   # وإصابة آخرين في اشتباكات بين محافظتي مأرب والبيضاء: two places, no two people
    if category in _HARM and counted.has_noun and not counted.partitive and not counted.dual \
            and (_is(s.word(counted.noun_i), "place") or _is(s.word(counted.noun_i), "disease")) \
            and not (category == "killed" and s.word(counted.noun_i).startswith("ب")):
        return None   # نعي وفاة … في 42 ولاية، أصيب الأطفال بما يعادل 5211 عدوى: places or cases of a
        #               disease counted, no people (not اثنان من ولاية: a part of a count, from a place; not
        #               توفي 73 بالفيروس: the cause of their death)
    if category in _HARM and cue_i < i0 and _toll_word_after(s, i0, counted) is not None \
            and _toll_after(s, i0, counted)[0] is None:
        return None   # في قتل الرجل ما رفع الى خمسة عدد الاشخاص المعتقلين: its toll counts others
    if counted.dual and _possessed(s.word(counted.noun_i)) and not (
            rule == "post" or (rule in ("event", "chain") and 0 < i0 - cue_i <= KIN_WINDOW
                               and s.word(cue_i - 1) not in _SINCE)):
        return None   # بقتل خاله … بعد انفصال والديه: one's two kin only right after the verb of
        # harm, and not in a time clause of a life story (بعد وفاة والديه)
    if rule == "post" and not counted.has_noun and m.kind == "digits" and len(m.surface) == 4 \
            and m.value is not None and YEARS[0] <= m.value <= YEARS[1] and cue_i > i1 + 1:
        return None   # كأس العالم 2014 على أرضه …، بعد تعرضه لإصابة: a year with no noun, its verb far off,
        #               is not who was hurt (not قرابة 2000 لفظوا أنفاسهم)
    if rule == "event" and s.word(cue_i) in _KILLING_OF_HIM and s.word(cue_i - 1) in _WHICH:
        return None   # الرجل الذي قتله 3 مسلحين: a verb with its object, the number its killers (not بعد قتله 100)
    if category in _HARM and _forecast(s, min(i0, cue_i)) and not _rises_from(s, i0):
        return None   # وتوقعت وسائل إعلام أن ترتفع حصيلة الضحايا إلى أكثر من 100: a forecast, no count yet
        #               (not the toll it rises from: من المتوقع أن يزيد عدد الوفيات من نحو ستة ملايين)
    if category in _HARM and rule == "event" and s.word(i0 - 1) == "في" and cue_i + width < i0 - 1 \
            and _executed(s, i0) is None:
        return None   # إصابة في الركبة تعرض لها في 23 فبرار: the event's number stands after a preposition of its
        #               own, a date or an age (not تسبب في مقتل 23, nor the count of a noun after it: في 23 حالة
        #               وفاة, nor the executed: نفذ حكم الإعدام رميا بالرصاص في أربعة سائقين)
    if category in _HARM and _in_score(s, i0):
        return None   # أصيب خلال فوز فريقه 4-1، بعد التعادل 2 - 2: a match's score, no count
    if category == "injured" and rule == "event" and cue_i < i0 and _infections_counted(s, cue_i, counted):
        return None   # إصابة 807 حالات في إنجلترا، تأكدت إصابة أربع حالات: infections counted as cases
    if category in _HARM and s.drill_before(min(i0, cue_i)):
        return None   # عملية بيضاء للتعامل مع إسعاف 50 مصابا، محاكاة لحريق: the casualties of an exercise
    # Harm suspected, intended or averted (يشتبه بإصابة ست حالات، كان الهدف إصابة ألف مصل) is none,
    # and so are those suspected of it (18 شخصا يشتبه في قتلهم الطيار); nor are victims counted with
    # witnesses or survivors (مقابلات مع 174 ضحية وشاهدا).
    if category in _HARM and rule != "noun" and _by_hand(s, i0):
        return None   # اغتيل على يد عصابة من 7 ملثمين: the killers
    if category in _HARM and rule == "post" and _whole_after_part(s, m, i0, i1):
        return None   # وقال إن ثلاثة من أبنائه الستة قتلوا: the six are the whole the three were of; the
        #               verb counts the part
    if rule not in ("noun", "post") and _out_of(s, i0):
        return None   # مقتل 7 ارهابيين واصابة آخر من ضمن 10 ارهابيين: the whole, a figure only when its own
        #               noun or verb says what befell it (من أصل مائة جريح، من أصل 157 شخصا قتلوا)
    if category in _HARM and _is(s.word(k := _before_qualifiers(s, i0)), "capacity_purpose") and _is(s.word(k - 1), "readiness"):
        return None   # استعدادها لاستقبال نحو 300 جريح: whom hospitals stand ready for (not أعلن المستشفى الشفرة
        #               الخضراء لاستقبال 8 مصابين)
    if category == "injured" and s.word(cue_i) in _INJURES and any(_is(w, "disease") for w in s.words):
        return None   # مرض الذئبة الحمراء … يصيب نحو خمسة ملايين شخص: the cases a disease strikes
    if category in _HARM and ((_unreal(s, cue_i) if rule == "event" else _is(s.word(_before_qualifiers(s, i0)), "unreal"))
                              or (rule == "post" and any(_is(s.word(j), "suspect") for j in range(i0 + 1, cue_i)))
                              or (rule == "noun" and _with_witnesses(s, counted.noun_i + width))
                              or (counted.has_noun and _is(s.word(counted.noun_i), "survivor"))):
        return None
    if category == "killed" and _is(s.word(cue_i), "victim") and _victims_of_abuse(s, cue_i):
        return None   # اعتدى جنسيا على 23 ضحية، ضحايا الاحتيال: victims of abuse or fraud, not the dead
    if category == "killed" and _is(s.word(cue_i), "sentence") and s.cue(cue_i, ("noun",)) \
            and not _carried_out(s, min(i0, cue_i)):
        return None   # أصدرت المحكمة 12 حكما بالإعدام: sentences; تنفيذ 120 حكما بالإعدام: executions
    if category in _HARM and rule == "post" and _sentenced_object(s, i0):
        return None   # وحكم على ثمانية … بينهم أربعة تم إعدامهم: the sentenced, named by their part's verb
    if category == "killed" and _sentenced(s, cue_i):
        return None   # قضت المحكمة بإعدام 5، حكما بإعدام 7، بوقف إعدام 10: a sentence, not yet carried out
    after = (counted.noun_i + (width if rule == "noun" else 1)) if counted.has_noun else i1   # past a noun of two words
    if category in _HARM and (_is(s.word(after), "rate") or _per_each(s, after) or _per_period(s, after)
                              or (cue_i == after and _is(s.word(cue_i + 1), "rate"))
                              or s.word(i0 - 1) in _EACH or _is(s.word(i0 - 1), "per")):
        return None   # بلغ إعدام ثلاثة أشخاص يوميا، بما يعادل شخصين يوميا، 400 طفل يموتون يوميا: a daily rate;
        #               3 وفيات من بين كل ألف ولادة، 64 جريمة قتل لكل 100 ألف نسمة: a rate over a denominator;
        #               120 حالة في الأسبوع، سبعة قتلى في الشهر.: a rate by period; من بين كل 100 ألف: its denominator
    if rule == "post" and (s.word(cue_i) in _DUAL_POST or s.word(cue_i) == _DIED_TWO) and m.kind != "dual" \
            and m.value is not None and m.value != 2:
        return None   # توريس (84) وخوان ماتا: a dual verb agrees with two, not with another count
    if category == "killed" and rule in ("noun", "post") and _rescued(s, i0):
        return None   # ينقذ 26 غريقا، إنقاذ 12 شخصا من الموت غرقا: the drowning, rescued
    if category == "injured" and rule == "post" and _is(s.word(cue_i), "treatment") \
            and any(_is(w, "disease") for w in s.words):
        return None   # لا يزال 12 شخصا في المستشفيات يخضعون للعلاج … حامل للفيروس: patients, cases
    # Cases of a disease are no injuries; deaths from it are deaths (توفي منهم 467، 311 وفاة بالكوليرا).
    if category != "killed" and ((category not in lexicon().counted_things and s.about_disease(max(i1, cue_i + width)))
                                 or _disease_after(s, cue_i + width - 1)
                                 or (counted.has_noun and _disease_after(s, counted.noun_i))):
        return None
    if category == "injured" and any(_is(s.word(j), "injury_noun") for j in range(cue_i, cue_i + width)) \
            and (not counted.has_noun or counted.noun_i == cue_i) and s.about_sport():
        return None   # خلفت المقابلة ثلاث إصابات في صفوف النجم الساحلي، ثلاث حالات إصابة عضلية: a match's or a
        #               team's injuries, no casualties
    if rule not in ("post", "noun") and _aboard(s, i0):
        return None   # قارب على متنه نحو 700 شخص; not … لقوا حتفهم, nor طائرة تقل على متنها 80 جريحا
    if category == "injured" and _infected_by(s, i1):
        return None   # أصيب 10 أشخاص من عائلة واحدة … بتسمم غذائي: an illness, not an injury
    if category == "injured" and _is(s.word(cue_i + width), "with_it") \
            and (cue_i > i0 or s.word(cue_i).startswith(("ال", "وال"))):
        return None   # نحو 80 ألف شخص قد يكونون مصابين به، عدد المصابين بها: a disease the text names
        #               before (not the shell that hit them: القذيفة التي أصيب بها 3 أشخاص)
    status = None
    if category in lexicon().counted_things:
        status = _status(s, i0, prev if rule == "chain" or coordinated else None)
        if status is None:
            return None
    if category == "killed" and rule == "post" and s.word(cue_i) in _ACTIVE_HARM \
            and (_word_object(s, cue_i + 1) or s.word(cue_i + 1) in _MANY):
        return None   # ثلاثة مسلحين قتلوا حارسا، ثمانية رجال أعدموا المئات: the killers, not the killed
    if category in _HARM and (rule == "post" or cue_i < i0) and _or_other_fate(s, cue_i, category):
        return None   # 102 مسلحين قتلوا أو اعتقلوا أو استسلموا، قتل أو فقد 4500 شخص: killed or another
        #               fate, not a toll
    if category in _HARM and cue_i > i0 and _their_deed(s.word(cue_i)):
        return None   # سجن عشرة جنود لقتلهم صحفيا، بالسجن لإصابتهم شرطيا: who did it, not who suffered it
    noun, subject, last = _phrase(s, counted, rule, cue_i, width, prev)
    if category in _HARM and s.word(last) in _ALTERNATIVES \
            and (other := s.cue(last + 1, ("noun", "event", "post"))) is not None and other[0] not in _HARM:
        return None   # مصرع أكثر من 800 شخص أو فقدان أثرهم: dead or missing, a count of either
    if category == "injured" and rule == "noun" and (sick := s.word(cue_i + width))[:1] == "و" and _is(sick[1:], "patient") \
            and s.word(cue_i + width + 1) not in NUMBER_WORDS:
        return None   # 35 ألف جريح ومريض: the hurt and the sick counted together, neither (not … ومريض واحد)
    if category in _HARM and (_together(s, last) or (rule in ("noun", "head") and _is(s.word(cue_i), "victim")
                                                     and _broken_down_by_harm(s, last))):
        category = COMBINED   # 60 ضحية بين قتيل وجريح، 700 طفل قتلوا أو أصيبوا: counted together
    elif category in _HARM and prev is not None and prev.category == COMBINED and _is(s.word(cue_i), "victim") \
            and s.cue(_before_qualifiers(s, i0), ("part",)) is not None:
        category = COMBINED   # 1700 ضحية بين غريق ومفقود، بينهم 362 ضحية: a part of victims counted together
    return Figure(_whole(m), i0, last, category, noun, subject, status, rule)


BODY_WINDOW = 6   # words after a noun of injury in which a part of the body it is on stands


_NUMBERED_PLACES: dict[int, tuple[Gazetteer, frozenset[str]]] = {}


def _numbered_places(path: Any) -> frozenset[str]:
    """The names of the gazetteer at `path` whose last word is a number word (بئر السبع، النقاط الخمس،
    سوق الاثنين), normalised; kept per gazetteer object, so a reloaded file is read anew."""
    gazetteer = load_gazetteer(path)
    cached = _NUMBERED_PLACES.get(id(gazetteer))
    if cached is None or cached[0] is not gazetteer:
        names = frozenset(key for key in gazetteer.by_key if " " in key and bare(key.split()[-1]) in NUMBER_WORDS)
        cached = _NUMBERED_PLACES[id(gazetteer)] = (gazetteer, names)
    return cached[1]


def _place_name(s: _Sentence, i0: int, i1: int) -> bool:
    """The number ends the name of a place with the word or two before it (في بئر السبع، ببئر السبع):
    it names the place and counts nothing."""
    number = " ".join(s.words[i0:i1])
    return i0 > 0 and any(f"{before[len(prefix):]} {number}" in s.place_names
                          for before in (s.word(i0 - 1), " ".join(s.words[max(0, i0 - 2):i0]))
                          for prefix in WORD_PREFIXES if before.startswith(prefix))


def _on_a_body(s: _Sentence, k: int) -> bool:
    """The counted noun at token k is an injury (إصابة، جروح: a noun that is also an event word)
    with a part of the body after it in its clause (figure_negatives.csv, kind body: 4 إصابات طالت
    الرأس والكتف، 20 إصابة في أنحاء من جسده): wounds on one body, not injured people."""
    if not s.cue(k, ("event",)):
        return False
    for j in range(k + 1, min(k + 1 + BODY_WINDOW, len(s.words))):
        if not s.is_word(j):
            return False
        if _is(s.word(j), "body"):
            return True
    return False


KIN_WINDOW = 4   # tokens between a verb or noun of harm and the possessed dual it names (وإصابة شقيقه ووالديه)
_POSSESSIVE = ("اه", "يه", "اها", "يها")
_SINCE = frozenset(normalize_key(w) for w in ("بعد", "قبل", "منذ", "عقب"))


def _possessed(word: str) -> bool:
    """A dual noun with a possessive pronoun (والداه، نجليه، ابنتيها): one's own two kin, who
    are named in many stories without any harm."""
    key = normalize_key(word)
    key = key[1:] if key.startswith("و") and key[1:] in NUMBER_WORDS else key
    return key in NUMBER_WORDS and key.endswith(_POSSESSIVE)


_DOT_THOUSANDS = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+")


def _whole(m: Any) -> Any:
    """A figure counts whole people or things: digits whose dot stands before groups of three
    (1.240 قتيلا، 21.300 جريح، 100.000 شخص, the Maghrebi thousands dot) are thousands."""
    if m.kind == "digits" and m.value is not None and _DOT_THOUSANDS.fullmatch(m.surface):
        return m._replace(value=int(m.surface.replace(".", "")))
    return m


_EACH = frozenset(normalize_key(w) for w in ("كل",))
_BEFORE_EACH = frozenset(normalize_key(w) for w in ("من", "في", "بين", "ل"))


def _per_period(s: _Sentence, k: int) -> bool:
    """في and a period shorter than a year (اليوم، الشهر; figure_negatives.csv, kind period) from
    token k that ends its clause: a rate (120 إصابة في الأسبوع، سبعة قتلى في الشهر.), not a date
    (في اليوم التالي، في الشهر الماضي). A year's toll is a figure (6ر0 مليون وفاة في العام)."""
    return s.word(k) == _IN_PLACE and _is(s.word(k + 1), "period") \
        and (not s.word(k + 2) or s.word(k + 2) in _CLAUSE_END or s.word(k + 2) in _COMMA)


def _per_each(s: _Sentence, k: int) -> bool:
    """A denominator from token k: لكل, or من/في/بين (من بين) before كل, then a number (3 وفيات
    لكل ألف ولادة، 20 قتيلا من بين كل 100 ألف نسمة)."""
    j = k
    if _is(s.word(j), "per"):
        j += 1
    else:
        while s.word(j) in _BEFORE_EACH and j < k + 2:
            j += 1
        if s.word(j) not in _EACH or j == k:
            return False
        j += 1
    return _is_number(s, j)


def _rescued(s: _Sentence, i0: int) -> bool:
    """A word of rescue (the `none` events: إنقاذ، ينقذ) right before the number at i0, quotes or
    a qualifier between (ينقذ «26» غريقا; not عثر رجال إنقاذ على ثماني جثث، إنقاذ 6 وانتشال 15 جثة)."""
    k = i0 - 1
    while k > 0 and (s.word(k) in _QUOTES or s.word(k) in _QUALIFIER_WORDS):
        k -= 1
    found = s.cue(k, ("event",))
    return found is not None and found[0] == NO_FIGURE


UNREAL_WINDOW = 3   # words before a cue in which a word of suspicion, intent or averting stands
_HARDLY = frozenset(normalize_key(w) for w in ("ما", "لم", "لا"))   # ما كادت: "hardly", not "nearly"
NEARLY_WINDOW = 8   # … and a verb of "nearly", which governs the clause after it (كاد الحادث يتسبب بكارثة تودي بحياة)


def _unreal(s: _Sentence, k: int) -> bool:
    """A word of suspicion, intent or averting shortly before token k in its clause (يشتبه بإصابة،
    بهدف قتل، كاد يودي، لتفادي وقوع; figure_negatives.csv, kind unreal): no و-word or
    punctuation from it to k, so that a clause of its own is real (إحباط محاولة هجوم وقتلت 21)."""
    relative = _is(s.word(k + 1), "resumptive")   # … الحرب التي راح ضحيتها، محاولة الانقلاب التي قتل فيها,
    #               محاولة تسلل قتل خلالها: a relative clause of its own (with its pronoun back), not governed by كاد
    #               or محاولة before it
    for j in range(k, max(k - 1 - NEARLY_WINDOW, -1), -1):
        if j < k - 1 and s.word(j + 1) in _RESULTED:
            return False   # محاولة التسلل خلفت مقتل 30: the attempt is what caused the deaths
        if j < k and ((k - j <= UNREAL_WINDOW and _is(s.word(j), "unreal") and not relative)
                      or (_is(s.word(j), "nearly") and not relative and s.word(j - 1) not in _HARDLY)):
            return not _suspected_killer(s, j, k)
        relative = relative or s.word(j) in _WHICH
        if (s.word(j).startswith("و") and (j < k or _lookup(s.word(j)[1:]))) or not s.is_word(j):
            return False   # إحباط محاولة هجوم للإرهابيين وقتلت 21 منهم: a clause of its own (k: the cue; وفاة
            #                is not و + فاة)
    return False


# Verbs of a result, after which an attempt or intent before them is their subject, and real
_RESULTED = frozenset(normalize_key(w) for w in ("خلف", "خلفت", "أسفر", "أسفرت", "أدى", "أدت", "أوقع", "أوقعت",
                                                 "تسبب", "تسببت"))
_PRONOUN_ENDS = tuple(normalize_key(e) for e in ("ه", "ها", "هم", "هما"))
FORECAST_WINDOW = 16   # words between a verb of forecasting and the toll it forecasts (توقعت وسائل إعلام محلية أن ترتفع …)


def _rises_from(s: _Sentence, i0: int) -> bool:
    """The number at i0 is what a change starts from (يزيد عدد الوفيات من نحو ستة ملايين): من
    before it and its qualifiers, not the من of a qualifier (أكثر من)."""
    k = i0 - 1
    while k > 0 and s.word(k) in _QUALIFIER_WORDS and s.word(k) != "من":
        k -= 1
    return s.word(k) == "من" and s.word(k - 1) not in _QUALIFIER_WORDS


def _forecast(s: _Sentence, k: int) -> bool:
    """A verb of forecasting a few words before token k in its clause (figure_negatives.csv, kind
    forecast: تتوقع منظمة الصحة أكثر من مليار حالة وفاة), or قد before an imperfect verb of causing
    (kind may_cause: قد يتسبب ذلك في وفاة 300 مليون, "may cause"), or في الطريق ل (on track to):
    no و-word, relative pronoun or punctuation from it to k."""
    for j in range(k - 1, max(k - 1 - FORECAST_WINDOW, -1), -1):
        if _is(s.word(j), "forecast"):   # … not توقع "inflicts" right before the casualties (غارة توقع 12 قتيلا)
            harm = s.cue(k + 1, ("noun",))
            return not (s.word(j) in _INFLICTS and j == _before_qualifiers(s, k) and harm is not None and harm[0] in _HARM)
        if s.word(j) in _QAD and _is(s.word(j + 1), "may_cause"):
            return True
        if s.word(j) in _ON_TRACK and s.word(j - 1) == "في" and s.word(j + 1).startswith("ل"):
            return True   # إيران في الطريق لتسجيل تنفيذ الإعدام ضد أكثر من ألف: on track to, not yet done
        if (not s.is_word(j) and not s.word(j)[:1].isdigit()) or (s.word(j).startswith("و") and _lookup(s.word(j)[1:])) \
                or s.word(j) in _WHICH or s.word(j) in _SINCE:
            return False   # … عدد القتلى الذي بلغ 40: a relative clause tells the toll so far; يخشى السكان
            #              بعد أن قتل 5: a clause of time tells what happened
    return False


_INFLICTS = frozenset(normalize_key(w) for w in ("توقع", "وتوقع"))   # also the imperfect of أوقع
_ON_TRACK = frozenset(normalize_key(w) for w in ("الطريق", "طريقها", "طريقه", "طريقهم"))   # في الطريق ل: on track to
_HAND = frozenset(normalize_key(w) for w in ("يد", "أيدي", "بيد", "بأيدي", "يدي"))
AGENT_GROUP = 3   # words between على يد and the من of the group it names (على يد فريق أمني من 15 عنصرا)


def _by_hand(s: _Sentence, i0: int) -> bool:
    """The number at i0 counts the agents of the harm, not its victims: right after على يد/بأيدي
    (قتل على يد 3 مسلحين) or after the من of a group named there (على يد خلية من سبعة عناصر)."""
    k = i0 - 1
    while k > 0 and s.word(k) in _QUALIFIER_WORDS and s.word(k) != "من":
        k -= 1
    if s.word(k) in _HAND or s.word(_before_qualifiers(s, i0)) in _HAND:
        return True
    if s.word(k) != "من":
        return False
    for j in range(k - 1, max(k - 2 - AGENT_GROUP, -1), -1):
        if s.word(j) in _HAND:
            return True
        if not s.is_word(j) or _is_cue(s, j):
            return False
    return False


def _suspected_killer(s: _Sentence, j: int, k: int) -> bool:
    """The suspicion at token j falls on who killed, not on the killing: a killing verb or noun at
    k with its agent as a pronoun (رجل مشتبه بقتله خمسة، شاب يشتبه في أنه قتل ثلاثة، المشتبه به في قتل
    سبعة; figure_negatives.csv, kinds suspect and agent_mark): the dead are real."""
    found = s.cue(k, ("event",))
    return found is not None and found[0] == "killed" and _is(s.word(j), "suspect") and (
        (found[3] == 1 and s.word(k).endswith(_PRONOUN_ENDS)) or any(_is(s.word(i), "agent_mark") for i in range(j + 1, k)))


SENTENCE_WINDOW = 6   # words before a noun of execution in which a court's sentence or an appeal stands
CARRIED_WINDOW = 5    # … and words before that sentence in which a verb of carrying it out stands (its subject and a
#                       time between, commas not counted: نفذت السلطات، الثلاثاء، حكم الإعدام)


def _sentenced(s: _Sentence, k: int) -> bool:
    """A noun of execution (إعدام) at token k ordered by a court, asked for or stopped shortly
    before it in its clause (one or two short asides between commas skipped), or wished for (قضت المحكمة بإعدام،
    حكما بإعدام، بوقف إعدام، أراد … إعدام;
    figure_negatives.csv, kinds execution, sentence and unreal): a sentence is no killing, one carried out is
    (جرى إعدام 1800، نفذت حكم الإعدام في 27: see _carried_out)."""
    if not _is(s.word(k), "execution"):
        return False
    words, j = 0, k - 1
    while j >= 0 and words < SENTENCE_WINDOW:
        if s.word(j) in _COMMA:   # … في المنيا، أمس الأحد، بإعدام 9: a short aside set off by commas
            opening = _aside_opening(s, j)
            if opening is None and words:
                return False
            if opening is not None:
                second = _aside_opening(s, opening)   # الإسماعيلية، شرقي مصر، الخميس، بالإعدام: two asides
                j = opening if second is None else second
            # … else the comma right before the noun closes the court's own phrase (قضت محكمة جنايات الجيزة في
            # مصر، بالإعدام شنقا)
        elif s.word(j) in _QUOTES:
            pass   # أمرت المحكمة بـ"إعدام 6": the order quoted
        elif s.word(j) == "/" and s.word(j - 1) in MONTHS:
            pass   # حكم القضاء في شباط/فبراير بإعدام: a month named in both calendars
        elif not s.is_word(j):
            return False
        elif _is(s.word(j), "sentence") or _is(s.word(j), "unreal"):
            return not _carried_out(s, j)
        else:
            words += 1
        j -= 1
    return False


EXECUTION_MANNER = 3   # words of manner between a noun of execution and the preposition of its object


def _executed(s: _Sentence, i0: int) -> int | None:
    """Token of a noun of execution whose object the number at i0 is, after في or بحق (في حق) and
    a few words of manner (تنفيذ حكم الإعدام شنقا بحق 13، نفذ الإعدام رميا بالرصاص في خمسة;
    figure_negatives.csv, kinds execution and execution_object); whether it was carried out is _sentenced's."""
    k = _before_qualifiers(s, i0)
    if not _is(s.word(k), "execution_object") and k + 1 < i0:
        k += 1   # في, also a word of a qualifier (في حدود)
    if not _is(s.word(k), "execution_object"):
        return None
    k -= s.word(k - 1) == "في" and s.word(k) == "حق"
    for j in range(k - 1, max(k - 2 - EXECUTION_MANNER, -1), -1):
        if _is(s.word(j), "execution"):
            return j
        if not s.is_word(j) or _is_cue(s, j) or s.word(j) in NUMBER_WORDS:
            return None
    return None


def _date_token(s: _Sentence, i: int) -> bool:
    """Token i is part of a date: a day or time word, a month's name, its day or its year
    (اليوم الأربعاء 25 جانفي 2017)."""
    word = s.word(i)
    if word[:1].isdigit():
        return _day_of_month(s, i) or (len(word) == 4 and s.word(i - 1) in MONTHS)
    return word in MONTHS or _is(word, "time_adverb")


def _carried_out(s: _Sentence, j: int) -> bool:
    """A verb of carrying out shortly before the sentence at token j (نفذت حكم الإعدام في 27، نفذت
    أحكاما بالإعدام بحق 310), itself not ordered or stopped (قضت بتنفيذ، بوقف تنفيذ; figure_negatives.csv,
    kind carried_out): the executions done."""
    words = 0
    for i in range(j - 1, max(j - 1 - 2 * CARRIED_WINDOW - DATE_SPAN, -1), -1):
        if s.word(i) in _COMMA or _date_token(s, i) or s.word(i) in _QUALIFIER_WORDS:
            continue   # … a date between (نفذت الكويت اليوم الأربعاء 25 جانفي 2017 حكم الإعدام بحق 7), or the
            #            number's qualifier (نفذ العراق ما لا يقل عن 111 حكما بالإعدام)
        words += 1
        if words > CARRIED_WINDOW or not s.is_word(i):
            break
        if _is(s.word(i), "carried_out"):
            # … not asked for, ordered or stopped, a subject of two words between (طالبت عائلات الضحايا بتنفيذ)
            return not any(_is(s.word(h), "sentence") or _is(s.word(h), "unreal") for h in range(max(i - 3, 0), i))
    return False


def _ordinal(s: _Sentence, m: Any, i0: int) -> bool:
    """A tens number word with the article after a definite noun that is no cue and no plural
    of people reads as an ordinal (الذكرى الخمسين لوفاة، العام العشرين), not a count (unlike
    القتلى الخمسين، الطاقم الخمسة: below twenty the ordinal has its own form, الخامس); so do
    digits after الـ that follow an anniversary (الذكرى السنوية الـ24), a definite span of time
    (خلال الساعات الـ72: how long) or one victim (القتيل الـ20: the twentieth)."""
    if m.kind == "digits" and s.word(i0 - 1) == "ال" and (_is(s.word(i0 - 2), "anniversary") or (
            (_is(s.word(i0 - 2), "duration") or _is(s.word(i0 - 2), "one_victim")) and s.word(i0 - 2).startswith("ال"))):
        return True   # الذكرى السنوية الـ24 لوفاة: which anniversary; خلال الساعات الـ72: a span of time, not a count;
        #               القتيل الـ20: which of the dead
    if m.kind != "words" or m.value is None or m.value < 20 or not _definite(s.word(i0), ("ال", "وال", "بال", "لل")):
        return False
    before = s.word(i0 - 1)
    return s.is_word(i0 - 1) and before.startswith(("ال", "وال", "بال", "لل")) \
        and not before.endswith(("ين", "ون")) and not _is_cue(s, i0 - 1) and not s.cue(i0 - 1, ("subject",))


def _rank(s: _Sentence, i0: int) -> bool:
    """Digits right after a definite word of rank (figure_negatives.csv, kind rank), in quotes or not, name a rank,
    not a count (في الدقيقة 75، خرج في الدقيقة 72 مصابا، الطابق 3، الفرقة 30، الذكرى 12 لوفاة),
    and so do digits after a word of number (kind label: الملك رقم 23، الضحية رقم 59) and the
    digits listed after them (الحارسين رقم 1 و2; not الطابق 3 و5 مدنيين, a count of its own)."""
    if not s.word(i0)[:1].isdigit():
        return False
    k = i0
    while (s.word(k - 1) == "و" or s.word(k - 1) in _COMMA) and s.word(k - 2)[:1].isdigit():
        k -= 2
    if k < i0:
        return _is(s.word(k - 1), "label")
    if s.word(i0 - 1) in _QUOTES and s.word(i0 + 1) in _QUOTES:
        i0 -= 1   # الكتيبة "8103": the number in quotes, a unit's name
    word = s.word(i0 - 1 - (s.word(i0 - 1) == "ال"))   # الذكرى الـ25
    if word.startswith(("ال", "وال", "بال")) and not _is(word, "rank") and _is(s.word(i0 - 2), "rank") \
            and not s.word(i0 - 2).startswith(("ال", "وال", "بال")):
        return True   # a rank's noun with its genitive: كتيبة الاتصالات 481، لواء المظليين 35
    return (word.startswith(("ال", "وال", "بال", "لل")) and _is(word, "rank")) or _is(word, "label")   # للواء 401


def _names_year(s: _Sentence, i0: int) -> bool:
    """A year written right after a name or a definite noun that is no word of a toll (معارك مدينة
    الرقة 2017، نهائي أبطال أوروبا 2018، مركبة المريخ 2020): a name's date, not a count; not after a
    cue, a link, a qualifier or a preposition (مقتل 2000، عدد القتلى 2000، بلغ 2000، نحو 2000), nor
    after the noun that a headline's casualty noun heads (قتلى الفيضانات 2015)."""
    k = i0 - 1
    return s.is_word(k) and not _is_cue(s, k) and not s.cue(k, ("link", "also", "part", "boundary")) \
        and (s.cue(k - 1, ("noun",)) or ("",))[0] not in _HARM \
        and s.word(k) not in _QUALIFIER_WORDS and s.word(k) not in _PREPOSITIONS and s.word(k) not in _AND_OR \
        and not verb_shaped(s.word(k)) and reporting_role(s.word(k)) is None


def _dated_digits(word: str) -> bool:
    """Four digits of a year before a و-number (أصيبت بها في 1998 و2009 و2012)."""
    return len(word) == 4 and word.isdigit() and YEARS[0] <= int(word) <= YEARS[1]


def _times(s: _Sentence, c: _Counted, i0: int) -> bool:
    """Bare cases after في count times it happened, not people (في حالتين، في 3 حالات; not
    في 3 حالات وفاة)."""
    return s.word(i0 - 1) == "في" and _bare_cases(s, c)


def _bare_cases(s: _Sentence, c: _Counted) -> bool:
    """The counted noun is cases and nothing more (3 حالات، حالتين; not 3 حالات وفاة)."""
    if not c.has_noun or s.cue(c.noun_i, ("noun",)):
        return False
    word = s.word(c.noun_i)
    return _is(word, "cases") or (c.dual and any(_is(w, "cases") for w in dual_singulars(word)))


def _with_witnesses(s: _Sentence, k: int) -> bool:
    """Victims counted with witnesses or survivors at token k, the token after their noun
    (ضحية وشاهدا، 2500 ضحية ونحو 60 شاهدا): people heard or met, not a toll."""
    if _is(s.word(k), "survivor"):
        return True
    rest = s.word(k)[1:]   # … a count of them joined by و (ونحو 60 شاهدا; not 26 شهيدا وقصف يضرب أحياء المدينة)
    return s.word(k).startswith("و") and (not rest or rest[:1].isdigit() or rest in NUMBER_WORDS or rest in _QUALIFIER_WORDS) \
        and any(_is(s.word(j), "survivor") for j in range(k, k + 4))   # not 17 جثة وتم نقل تسعة ناجين: a clause


def _model(s: _Sentence, i0: int) -> bool:
    """Digits right after the letters of an aircraft or weapon model (طائرة إف 16، ميغ 29،
    أك 47، ركاب البوينغ 777; figure_negatives.csv, kind model, matched as written, with و or the
    article before it), or joined to any letters by a hyphen (سو-24، إيل-20، سي-130), name the
    model, not a count."""
    if not s.word(i0)[:1].isdigit():
        return False
    hyphen = s.word(i0 - 1) in ("-", "–")
    k = i0 - 1 - hyphen
    if not s.is_word(k):
        return False
    if hyphen and s.ends[k] == s.starts[i0 - 1] and s.ends[i0 - 1] == s.starts[i0]:
        return True   # إيل-20، سي-130: letters joined to the digits by a hyphen name a model
    if not hyphen and len(s.word(k)) == 1 and "\u0621" <= s.word(k) <= "\u064a" and s.word(k) not in _PROCLITIC_LETTERS \
            and s.ends[k] == s.starts[i0]:
        return True   # ج1، ص68: a volume's or page's letter glued to its digits, a reference, not a count
    word = letters(s.original((s.starts[k], s.ends[k])))   # as written, vowel marks left out
    models = lexicon().models
    return any(word.startswith(p) and word[len(p):] in models for p in _MODEL_PREFIXES)


_PROCLITIC_LETTERS = frozenset("وفبلكس")   # و5، ب4: a letter glued to digits that is a word of its own


def _slashed(s: _Sentence, i0: int, i1: int) -> bool:
    """Digits joined by a slash to digits, with no space (يوم 15/4، 2011/2012): a date, a season or
    a ratio, not a count."""
    def joined(a: int, b: int) -> bool:   # tokens a, a + 1 (the slash) and b touch, a and b digits
        return s.word(a + 1) == "/" and s.word(a)[:1].isdigit() and s.word(b)[:1].isdigit() \
            and s.ends[a] == s.starts[a + 1] and s.ends[a + 1] == s.starts[b]
    return (i0 >= 2 and joined(i0 - 2, i0)) or (i1 + 1 < len(s.words) and joined(i1 - 1, i1 + 1))


_MODEL_PREFIXES = ("", "و", "ال", "وال", "بال")   # بوينغ، وبوينغ، البوينغ، والبوينغ، بالنوع 2 (a type: السكري نوع 2)


def _fraction(s: _Sentence, m: Any, i0: int, i1: int) -> bool:
    """A number word that is also a fraction (خمس، سبع، ثمن) before a definite noun or a noun of a
    whole (figure_negatives.csv, kind whole: سكان، عدد) is a part of it, not a count (مقتل نحو خمس
    سكان البلاد، خمس الضحايا; not خمس نساء)."""
    if m.kind != "words" or i1 - i0 != 1 or not _is(s.word(i0), "fraction"):
        return False
    after = s.word(i1)
    return s.is_word(i1) and (after.startswith(("ال", "وال")) or _is(after, "whole"))


def _before_qualifiers(s: _Sentence, i0: int) -> int:
    """The token before the number at i0 and any qualifier in front of it (نحو، قرابة)."""
    k = i0 - 1
    while k > 0 and s.word(k) in _QUALIFIER_WORDS:
        k -= 1
    return k


def _sentenced_object(s: _Sentence, i0: int) -> bool:
    """The number at i0 is whom a court sentenced, after على and a word of sentencing (حكم على
    ثمانية، قضت المحكمة على 5؛ not قضى 25 نحبهم, died)."""
    k = _before_qualifiers(s, i0)
    return _ON in (s.word(j) for j in range(k + 1, i0)) and _is(s.word(k), "sentence")


def _kin_of(s: _Sentence, c: _Counted, i0: int) -> bool:
    """Kin that someone has (للشهيد أربعة إخوة، له ثلاثة أبناء): a plural of kin (kind kin_plural)
    counted after a possessive ل-word (لل-noun, or kind possessor: له، لديه), not casualties."""
    if not c.has_noun or not _is(s.word(c.noun_i), "kin_plural"):
        return False
    word = s.word(_before_qualifiers(s, i0))
    return word.startswith(("لل", "ولل")) or _is(word, "possessor")


def _aboard(s: _Sentence, i0: int) -> bool:
    """People aboard a vessel or vehicle (قارب على متنه نحو 700 شخص; kind aboard) are its
    passengers, not a toll, unless a verb of harm after them or their own noun says so (على متنها
    5 أشخاص لقوا حتفهم، تقل على متنها نحو 80 جريحا). The verb of carrying may stand among the
    number's qualifiers (كان يقل نحو 60 راكبا: يقل is also "less" in لا يقل عن)."""
    return any(_is(s.word(k), "aboard") and not _is(s.word(k - 1), "negation") and s.word(k + 1) != "عن"
               for k in range(_before_qualifiers(s, i0), i0)) and _post(s, i0)[0] is None


INFECTION_WINDOW = 12   # words after an injured figure in which ب + a disease makes it an illness


def _name_after(s: _Sentence, j: int) -> list[str]:
    """The two words after token j (بـ #سوء_التغذية: a hashtag's words)."""
    words: list[str] = []
    for k in range(j + 1, min(j + 3, len(s.words))):
        if not s.is_word(k):
            break
        words.append(s.word(k))
    return words


def _infected_by(s: _Sentence, k: int) -> bool:
    """ب + a disease or poisoning, or a kind of one, in the clause after token k (أصيب 10 أشخاص من
    عائلة واحدة في مدينة سيهات بتسمم غذائي، بالنوع الثاني من السكري): people taken ill, not injured
    (the corpus conventions)."""
    for j in range(k, min(k + INFECTION_WINDOW, len(s.words))):
        word = s.word(j)
        if word.startswith(("ب", "وب")) and (_is(word, "disease") or any(_is(w, "disease") for w in _name_after(s, j))):
            return True   # … بالكوليرا; بسوء التغذية، بـ #سوء_التغذية: ب on the first word of a disease's name
        if word.startswith(("ب", "وب")) and _is(word, "disease_type") \
                and any(_is(s.word(n), "disease") for n in range(j + 1, min(j + 1 + DISEASE_WINDOW, len(s.words)))):
            return True   # … بالنوع الثاني من السكري، بنوع نادر من السرطان: a kind of disease
        harm = s.cue(j, ("noun", "event", "post"))
        if word in _CLAUSE_END or word in _COMMA or (word[:1].isdigit() and not _is(s.word(j + 1), "place")
                                                        and not _is(s.word(j + 1), "duration")) \
                or (harm and harm[0] in _HARM):
            return False   # … و12 إصابة في حوادث العمل، إلى جانب إصابات بالتسمم: a count of its own (not
            #                one of places: أصيب 53 شخصا في 16 ولاية بالبكتيريا; nor a time: خلال 7 سنوات بالسرطان)
    return False


def _family_size(s: _Sentence, i0: int) -> bool:
    """The number at token i0 is the size of a family (أم لثلاثة أطفال، أب لخمسة أبناء): ل on it
    or before it, after a word of kinship."""
    if s.word(i0 - 1) == "ل":
        return _is(s.word(i0 - 2), "kin")
    return s.word(i0).startswith("ل") and _is(s.word(i0 - 1), "kin")


EVENT_NAME = 3   # words before a year in which the event held that year may be named (كأس العالم 2018)


def _year(s: _Sentence, m: Any, i0: int, i1: int) -> bool:
    """Four digits of a year after a word of time or another year (وقتل في 1979، قبل 2011، في
    1998 و2009، الأشهر الستة الأولى من 2015) or an event's name (مونديال روسيا 2018) with no counted noun after them, or any
    number before the name of an era (هجرية، ميلادية), or two digits right after an event's name (بمونديال 78):
    a date, not a count."""
    if _is(s.word(i1), "year_after"):
        return True   # سنة 20 هجرية، عام 1418 هجري: a year of an era, whatever its value
    if m.kind == "digits" and len(m.surface) == 2 and _is(s.word(i0 - 1), "year_event") \
            and not s.cue(i1, ("noun", "subject")):
        return True   # الفائز بمونديال 78: a year cut to two digits right after the event's name, no counted noun after
    named = _is(s.word(i0 - 1), "year_noun")   # العام 1887: a year named so may be any year of the era
    # … and after the indefinite noun, three digits too (عام 632، a year cut short: عام 199): العام
    # may be the adjective "general" (النائب العام 5)
    early = named and not s.word(i0 - 1).startswith(("ال", "وال", "بال", "لل")) and len(m.surface) == 3
    # … and so may four digits after a word of time with no word after them (ولد في 1871).
    named = named or (_is(s.word(i0 - 1), "year_before") and not s.is_word(i1))
    # … or after the name of an event held in a year, its place between (مونديال روسيا 2018، كأس العالم 2018)
    named = named or (not s.is_word(i1) and any(_is(s.word(j), "year_event") for j in range(max(i0 - EVENT_NAME, 0), i0)))
    return m.kind == "digits" and m.value is not None \
        and (YEARS[0] <= m.value <= YEARS[1] or (named and OLD_YEARS <= m.value < YEARS[0]) or early) \
        and float(m.value).is_integer() and (len(m.surface) == 4 or early) \
        and (named or _is(s.word(i0 - 1), "year_before") or _names_year(s, i0)
             or (s.word(i0 - 1) == "و" and _dated_digits(s.word(i0 - 2)))
             or (s.word(i0 - 1) == "من" and _is(s.word(i0 - 2), "year_part"))) \
        and not ((s.cue(i1, ("noun", "subject")) and not _dated_event(s, i1)) or s.word(i1) == "من")


def _dated_event(s: _Sentence, i: int) -> bool:
    """An event noun at token i with whom or how many it befell after it (وفاة 30 شخصا، وفاة كيم ايل
    سونغ): four digits before it date the event (أذاع في 1994 وفاة …), they count nothing."""
    after = s.word(i + 1)
    return bool(s.cue(i, ("event",))) and (after[:1].isdigit() or (s.is_word(i + 1) and not after.startswith("و")))


def _other_cases(s: _Sentence, c: _Counted, prev: Figure) -> bool:
    """Bare cases after cases of a kind name other cases (9 حالات وفيات و39 حالة تتلقى العلاج), and so do
    cases of a fate that is no harm (figure_negatives.csv, kind other_case: و300 حالة إجهاض، و30 حالة شفاء);
    after cases in a state they are more of the same (4 حالات خطيرة و15 حالة متوسطة). Cases moved
    or treated after the killed are patients, not more dead (وفاة 3 أشخاص، وحالتين تم نقلهما)."""
    if prev.category == "killed" and _bare_cases(s, c) \
            and any(_is(s.word(k), "care") for k in range(c.noun_i + 1, c.noun_i + 1 + CARE_WINDOW)):
        return True
    if c.has_noun and _is(s.word(c.noun_i), "cases") and _is(s.word(c.noun_i + 1), "other_case"):
        return True   # 326 وفاة و300 حالة إجهاض، 12 وفاة و30 حالة شفاء: cases of a fate that is no harm
    if not (c.has_noun and _is(s.word(c.noun_i), "cases") and prev.noun is not None):
        return False
    words = s.norm.text[prev.noun[0]:prev.noun[1]].split()
    return len(words) > 1 and _is(words[0], "cases") and any(r == "noun" for _, r, _ in _lookup(words[1]))


def _or_other_fate(s: _Sentence, k: int, category: str) -> bool:
    """The verb of harm at token k has أو and a verb of a fate that is no harm after it (قتلوا أو
    اعتقلوا، توفوا أو فقدوا): the count is of either."""
    if s.word(k + 1) not in _ALTERNATIVES:
        return False
    other = s.cue(k + 2, ("post",)) or s.cue(k + 2, ("event",)) or s.cue(k + 2, ("event_next",))
    return other is not None and other[0] not in _HARM


def _together(s: _Sentence, i: int) -> bool:
    """Killed and injured counted together after token i: بين قتيل وجريح، أو أصيبوا، وجريحا; after
    بين or a noun with و, harm and another fate too (بين قتيل ومفقود، بين جريح ومعتقل، خمسة آلاف قتيل
    ومفقود): a count of either."""
    while is_nisba(s.word(i)) and s.word(i + 1) in ("بين", "او", "أو"):
        i += 1   # 14 مسلحا حوثيا بين قتيل وجريح: the count's adjective first
    if s.word(i) == "بين":
        one, other = s.cue(i + 1, ("noun",)), s.cue(i + 2, ("noun",))
        return bool(one and other and one[0] != other[0] and {one[0], other[0]} & _HARM)
    if s.word(i) in ("او", "أو"):   # 50 قتيلا أو مصابا، 300 قتيل أو جريح، 1427 قتيلا أو مشوها
        one, other = s.cue(i - 1, ("post", "noun")), s.cue(i + 1, ("post", "noun"))
        return bool(one and other and {one[0], other[0]} == _HARM)
    if s.word(i).startswith("و"):   # 50 قتيلا وجريحا: one number for both nouns
        one, other = s.cue(i - 1, ("noun",)), s.cue(i, ("noun",))
        return bool(one and other and one[0] != other[0] and {one[0], other[0]} & _HARM) \
            and not s.word(i + 1)[:1].isdigit() and not _dual_word(s.word(i)[1:]) \
            and (not s.word(i).endswith(_PLURAL_NOUN_ENDINGS)   # 4 قتلى وجرحى: two broken plurals, one count
                 or (s.word(i - 1).endswith(_PLURAL_NOUN_ENDINGS) and s.word(i).endswith(_BROKEN_PLURAL_ENDINGS)
                     and not s.word(i + 1).endswith(_PLURAL_ADJECTIVE_ENDINGS))) \
            and not s.cue(i, ("event",))   # not 25 قتيلا وجرحى كثيرين، 15 شهيدا وإصابة آخرين: a clause of its own
    return False


def _dual_word(word: str) -> bool:
    """A dual noun, a count of two of its own (جريحان، قتيلين): not a second noun sharing a number."""
    entry = NUMBER_WORDS.get(word)
    return entry is not None and entry.type == "dual"


def _broken_down_by_harm(s: _Sentence, i: int) -> bool:
    """A breakdown after token i names a kind of harm (1000 ضحية، منهم 440 قتيلا; سقط 60 ضحية، بينهم 20
    قتيلا; الضحايا البالغ عددهم 17223 شخصا - من بينهم 6660 قتيلا): the victims counted before are of both kinds."""
    k = i + (s.word(i) in _COMMA or s.word(i) in DASHES)
    k += s.word(k) == "من"
    if not s.cue(k, ("part",)):
        return False
    k += 1
    while s.word(k) in _QUALIFIER_WORDS:
        k += 1
    if not (s.word(k)[:1].isdigit() or s.word(k) in NUMBER_WORDS):
        return False
    found = s.cue(k + 1, ("noun",))
    return found is not None and found[0] in _HARM


def _counted(s: _Sentence, m: Any, i1: int) -> _Counted | None:
    """The number's counted noun; None when the number is not a count of anything we track:
    zero, a definite dual (الشهيدين: people already counted), a unit (عامين، (١٨) عاما،
    كيلومترا), sports (3 من لاعبيه), or some of a group counted elsewhere (اثنان من الجرحى)."""
    if m.value is not None and m.value <= 0:
        return None
    if m.kind == "dual":
        word = s.word(i1 - 1)
        if s.word(i1 - 2) in _ONE_OF:
            return None   # أحد والديه، إحدى ابنتيه: one of the two
        if word.endswith(("تي", "تا")) and not s.is_word(i1):
            return None   # على جثتي": "my body"; the construct dual has its genitive after it (جثتي شابين)
        # definite when the article comes off and leaves a dual (الشهيدين), not a stem opening
        # with its letters (والداه)
        definite = bare(word) != word and normalize_key(word) not in NUMBER_WORDS
        if (definite and s.word(i1) not in _THE_TWO_ARE and not _names_the_two(s, i1)
                and not _first_harm_dual(s, i1 - 1)) or _is_unit(word):
            return None   # … unless the clause names the two (القتيلان هما فلان وفلان، الشابين سعد وعلي)
        if (group := _group(s, i1)) is not None:
            return _Counted(group, True, True, True, i1, group)   # عرفت هوية قتيلين: شخصين من القتلى
        if not s.cue(i1 - 1, ("noun",)) and (group := _dead_among(s, i1)) is not None:
            return _Counted(i1 - 1, True, False, True, i1, group)   # ضابطين (اثنين) بين القتلى
        # a construct dual's phrase goes on over its genitive (رجلا شرطة على الأقل واثنان، رجلي أمن)
        return _Counted(i1 - 1, True, False, True, i1 + _governs(s, i1 - 1))
    while s.word(i1) in _QUOTES:
        i1 += 1
    if s.word(i1) == _ONLY and s.word(i1 + 1) == "من":
        i1 += 1   # ثلاثة فقط من المصابين: only, then the partitive
    quoted = s.word(i1) == "من" and s.word(i1 + 1) in _QUOTES and s.is_word(i1 + 2)   # 3 من "حراس القرى"
    # a definite number word counts the noun before it, so من after it is no partitive (المصابين الستة من المستشفى)
    partitive = s.word(i1) == "من" and (s.is_word(i1 + 1) or quoted) \
        and not (m.kind == "words" and (key := normalize_key(m.surface)).startswith("ال") and key not in NUMBER_WORDS)
    group = _group(s, i1) if partitive else None
    if group is not None:
        return _Counted(group, True, True, False, i1, group)
    if partitive and (found := s.cue(i1 + 1 + quoted, ("noun",))) and found[2]:
        if found[0] in _STATES and found[0] not in _HARM:
            return _Counted(i1 + 1 + quoted, True, True, False, i1)   # أربعة من الأسرى: some of the captives, counted
            #                                                          as the verb before them tells (قتل، أفرج عن)
        return None
    noun_i = i1 + 1 + quoted if partitive else i1
    has_noun = _countable(s, noun_i)
    if has_noun and s.cue(noun_i, ("subject",)) and (group := _group(s, noun_i + 1)) is not None:
        return _Counted(noun_i, True, False, False, i1, group)   # 17 شخصا من بين الضحايا
    if has_noun and not s.cue(noun_i, ("noun",)) and (group := _dead_among(s, noun_i + 1)) is not None:
        return _Counted(noun_i, True, False, False, i1, group)   # ثلاثة أطفال بين القتلى
    word = s.word(noun_i)
    if has_noun and _is(word, "year_noun") and _dated_digits(s.word(noun_i + 1)):
        return _Counted(noun_i, False, partitive, False, i1)   # قتلت 584 ألفا عام 2013: a date follows
    # a definite unit and its adjective after a number tell when, not what it counts (25 ألف العام الماضي)
    dated = _definite(word) and _definite(s.word(noun_i + 1)) and not partitive
    if has_noun and _is(word, "families") and (kin := s.cue(noun_i + 1, ("noun",))) and kin[0] in _HARM:
        return None   # 1000 من أسر الشهداء، 200 من ذوي الضحايا: the kin of the dead are counted
    if has_noun and not partitive and _is(word, "household"):
        return None   # 41 عائلة ادعت أن أفرادا منها قتلوا: households, not people (5 من عائلة واحدة counts people)
    if has_noun and ((_is(word, "unit") and not dated) or (_is(word, "sports") and s.about_sport()) or _animal(word)
                     or _is(f"{word} {s.word(noun_i + 1)}", "unit") or _counts_events(word) or _is(word, "attempt")):
        return None   # … 48 مليون طائر، عشرة آلاف دجاجة: animals are no casualties; players are, in an
        #             incident (أصيب سبعة لاعبين آخرين … نتيجة اعتداء إرهابي بقذيفة)
    if not partitive and s.word(i1) in _AND_OR and _is_number(s, i1 + 1) and _is(s.word(i1 + 2), "unit"):
        return None   # الفئة العمرية 15 و 29 عاما، نحو 20 أو 30 مرة: two numbers of one unit
    return _Counted(noun_i, has_noun, partitive, False, i1)


def _first_harm_dual(s: _Sentence, k: int) -> bool:
    """The definite dual at token k is of the dead or the hurt themselves (نعت الحركة الشهيدين، جثماني القتيلين،
    سقط الجريحان) and its sentence has counted no one before it: it counts the two, as a sentence is read on its
    own (not …، وشيع القتيلين after مقتل شخصين, the same two again). Not the participle (وعاد المصابان إلى
    مسكنهما), which names two already told of more often than it counts them."""
    def harm_dual(word: str) -> bool:
        cue = _dual_cue(word)
        return cue is not None and cue[0] in _HARM and not any(stem.endswith(_INJURED_PARTICIPLE) for stem in _strip(word))

    return harm_dual(s.word(k)) and not any(
        s.word(j)[:1].isdigit() or s.word(j) in NUMBER_WORDS or _dual_word(s.word(j)) or harm_dual(s.word(j))
        for j in range(k))


_INJURED_PARTICIPLE = ("مصابان", "مصابين")
_ONLY = normalize_key("فقط")
_HELD_BY = normalize_key("لدى")   # 239 مختطفا لدى حماس: by whom they are held, no nisba of theirs
# A verb of killing with its object pronoun (the counted were killed, not killers): أعدمهم، قتلتهما.
_KILLED_THEM = frozenset(normalize_key(w) for w in (
    "قتلهم", "قتلهما", "قتلتهم", "قتلتهما", "أعدمهم", "أعدمهما", "أعدمتهم", "أعدمتهما"))
_THE_TWO_ARE = frozenset(normalize_key(w) for w in ("هما", "وهما", "يتمثلان", "تتمثلان"))   # … يتمثلان في أب وابنته
# Words that open a name of two words (عبد العال، أبو بكر), whose second word may carry the article.
_NAME_OPENERS = frozenset(normalize_key(w) for w in ("عبد", "أبو", "أبي", "أم", "ابن", "بن", "بنت", "آل"))


def _name_word(s: _Sentence, i: int, word: str) -> bool:
    """`word` (token i, or it without its و) may be a given name: no article, cue, number,
    preposition, word of time or verb."""
    return s.is_word(i) and len(word) > 1 and not word.startswith("ال") and not _lookup(word) \
        and not _phrases(word) and word not in NUMBER_WORDS and word not in _PLACE_PREPOSITIONS \
        and word not in MONTHS and not _is(word, "time_adverb") and not verb_shaped(word)


def _names_the_two(s: _Sentence, i: int) -> bool:
    """The two names right after a definite dual, joined by و and closing the phrase (مقتل الشابين عبد
    العال ومرتجى في القصف، الزوجين سعد وريهام وابنهما، الشهيدين مبروك وخليفة اللذين): the dual counts two
    people named here, not two counted before."""
    if not _name_word(s, i, s.word(i)):
        return False
    j = i + 2 if s.word(i) in _NAME_OPENERS and s.is_word(i + 1) else i + 1
    second = s.word(j)
    return second.startswith("و") and _name_word(s, j, second[1:]) \
        and (not s.is_word(j + 1) or s.word(j + 1).startswith("و") or s.word(j + 1) in _WHICH | _RELATIVE | _PREPOSITIONS)


CASES_OF = 5   # tokens after bare cases in which the من of the casualties they are cases of may stand


def _cases_of(s: _Sentence, k: int) -> int | None:
    """Token of the injured noun that bare cases before token k are cases of: من and the
    injured, definite or construct, right after them or after the people named (19 حالة من مصابي التفجير، 7
    حالات من الأشقاء العمانيين من مصابي الحادث), in their clause with no number between."""
    for j in range(k, min(k + CASES_OF, len(s.words))):
        word = s.word(j)
        if not s.is_word(j) or word[:1].isdigit():
            return None
        if word == "من" and (found := s.cue(j + 1, ("noun",))) and found[0] == "injured" \
                and (found[2] or _construct(s, j + 1) or _people_construct(s, j + 1)) and not _disease_after(s, j + 1):
            return j + 1
    return None


_WOUNDED_OF = frozenset(normalize_key(w) for w in ("جرحى", "مصابي"))


def _people_construct(s: _Sentence, k: int) -> bool:
    """The wounded of something, in construct before a word (مصابي تفجير، جرحى حزام ناسف): the
    people, not injuries (إصابات متعددة)."""
    return s.word(k) in _WOUNDED_OF and s.is_word(k + 1) and not s.word(k + 1).startswith("و")


GROUP_BEFORE = 16   # tokens before "N منهم" in which the group it is a part of may be named


def _group_before(s: _Sentence, i0: int) -> tuple[str, int] | None:
    """(category, token) of the definite (or construct: قتلى الحافلة) casualty noun nearest before i0, with no
    count nor other word of harm between (للمصابين … نقل سبعة منهم; an age may stand between: أعمارهم 60 سنة)."""
    for k in range(i0 - 1, max(i0 - 1 - GROUP_BEFORE, -1), -1):
        word = s.word(k)
        if word[:1].isdigit() and _is(s.word(k + 1), "unit"):
            continue   # وجميع الضحايا تتجاوز أعمارهم 60 سنة وبينهم: an age, not a count
        if word[:1].isdigit() or word in _CLAUSE_END:
            return None
        if _idiom_met(s, k):
            return "killed", k   # لقي عشرات الحوثيين مصرعهم منهم قياديان: some of those who met their death
        found = s.cue(k, ("noun", "event"))
        if found and (found[0] in _HARM or found[1] == "event"):   # not a thing (للمصابين في المستشفى)
            other = s.cue(k - 1, ("noun",)) if word.startswith("و") else None   # المصابين والمتوفين: both
            return (found[0], k) if found[1] == "noun" and (found[2] or _construct(s, k)) and found[0] in _HARM \
                and not _disease_after(s, k) \
                and not (other and other[0] in _HARM and other[0] != found[0]) else None
    return None


HARMED_BEFORE_EVERY = 3   # words between a word of harm and "all of" (وقتل طاقم الطائرة وجميع ركابها)


def _all_harmed_before(s: _Sentence, i0: int) -> tuple[str, int] | None:
    """(category, token) of a word of death or harm shortly before "all of" a group named before
    i0, with no count nor clause end between but a model's digits (مقتل جميع ركابها، وقتل طاقمها
    وجميع ركابها، لمقتل كل من كان على متنها، وعددهم 49 شخصا; figure_negatives.csv, kind every)."""
    for k in range(i0 - 1, max(i0 - 1 - GROUP_BEFORE, 0), -1):
        word = s.word(k)
        if (word[:1].isdigit() and not _model(s, k)) or word in _CLAUSE_END:
            return None
        if _is(word, "every"):
            for j in range(k - 1, max(k - 1 - HARMED_BEFORE_EVERY, -1), -1):
                found = s.cue(j, ("event",))
                if found and found[0] in _HARM:
                    return found[0], j
            return None
    return None


_FEMININE_DUAL = tuple(end for end, restored in DUAL_ENDINGS if restored == "ه")   # عمليتي، غارتين: of a noun in ة
_FEMININE_NISBA_DUAL = tuple(end for end in NISBA_DUAL_ENDINGS if end.startswith("يت"))   # إرهابيتين، جويتين


def _counts_events(word: str) -> bool:
    """A number before a plural of events counts events, not people (أصيب العشرات في ثلاثة
    تفجيرات، في 3 حوادث سير; figure_negatives.csv, kind event_count); not after ب, which names
    the cause of a toll (إصابة 50 بحادث، مقتل 20 بتفجيرات)."""
    words = lexicon().negatives.get("event_count", frozenset())
    return word in words or (word[:1] in ("و", "ف") and word[1:] in words)


_OR = normalize_key("أو")
_AND_OR = frozenset(("و", _OR))   # 15 و 29 عاما، 20 أو 30 مرة: two numbers of one unit
_AMONG_DEAD = frozenset(normalize_key(w) for w in ("بين", "ضمن"))
_GROUP_WORDS = _AMONG_DEAD | {"من"}


def _group(s: _Sentence, k: int) -> int | None:
    """Token of the definite casualty noun of the group that the من (or بين، ضمن) at token k takes a part
    of (اثنين من الضحايا، 17 شخصا من بين القتلى، 3 من الجرحى، خمسة أشخاص بين القتلى، ضمن القتلى), if any."""
    if s.word(k) not in _GROUP_WORDS:
        return None
    among = s.word(k) in _AMONG_DEAD
    k += 1 + (not among and s.word(k + 1) == "بين")
    found = s.cue(k, ("noun",))
    if among and _is(s.word(k), "victim"):
        return None   # وجود 3 مواطنين بين الضحايا، رفعوا دعواهم: victims who may live
    return k if found and (found[2] or (among and _construct(s, k))) and found[0] in _HARM else None


GROUP_GAP = 4   # words between a counted noun and the بين of the dead it is among (ثلاثة أشخاص من عائلة واحدة بين القتلى)


def _dead_among(s: _Sentence, k: int) -> int | None:
    """The dead or hurt (_group) that a بين at token k or a few plain words after it counts people among
    (أربعة أشخاص من عائلة واحدة بين القتلى الـ 17، سائحين اثنين بين الجرحى): the counted are some of them."""
    for j in range(k, min(k + 1 + GROUP_GAP, len(s.words))):
        word = s.word(j)
        if ((word in _AMONG_DEAD and s.word(j - 1) != "من")
                or (word == "من" and s.word(j + 1) == _AMONG and not _is(s.word(j + 2), "victim"))) \
                and (group := _group(s, j)) is not None:   # … بين القتلى، من بين القتلى (not الضحايا: _group)
            return group if (s.cue(group, ("noun",)) or ("",))[0] in _HARM else None
        if (j == k and word in _TWO) or word in _WERE:
            continue   # a dual and the word two agreeing with it: ضابطين اثنين بين القتلى; 41 طفلا كانوا بين قتلى الحريق
        if not s.is_word(j) or (word in NUMBER_WORDS and word not in _ONE) or s.cue(j, ("noun", "event", "post")) \
                or word in _THAT or reporting_role(word) in ("verb", "participle"):
            return None   # … not across another number (عائلة واحدة: an adjective), nor into what is said next
            #               (جرح 56 آخرون مضيفا أن أطفالا كانوا من بين القتلى)
    return None


_LOST = with_prefixes((normalize_key(w) for w in ("فقد", "فقدت", "فقدوا", "فقدا", "فقدتا", "فقدنا",
                                                  "خسر", "خسرت", "خسروا", "خسرنا")), ("", "و", "ف"))
# One's own people: kin, and the citizens or men a body or leader speaks of (خسرنا 11 من مواطنينا، فقد
# الجيش 3 من جنوده)
_KIN_STEMS = tuple(normalize_key(w) for w in ("أبنا", "أولاد", "أطفال", "أشقا", "شقيقات", "إخوت", "أخوات", "بنات", "أحفاد",
                                              "مواطني", "جنود", "عناصر", "رجال", "مقاتلي", "أفراد"))
_OUR = normalize_key("نا")   # مواطنينا: the speaker's own
LOST_SUBJECT = 3   # words of a subject between فقد and the count of the kin it lost (فقد المزارع سالم 4 من أبنائه)


def _lost_kin(s: _Sentence, i0: int, c: _Counted) -> int | None:
    """Token of a verb of losing before a count of one's own kin (فقدت ثلاثة من أبنائها في البحر،
    فقد المزارع 4 من أطفاله جراء القصف): they died. Not kin with no possessive (فقد 3 من الأبناء
    الاتصال) or a subject with more than a few plain words."""
    kin = s.word(c.noun_i) if c.partitive else ""
    if not (kin.startswith(_KIN_STEMS) and kin.endswith((*_PRONOUN_ENDS, _OUR))):
        return None
    k = _before_qualifiers(s, i0)
    for j in range(k, max(k - 1 - LOST_SUBJECT, -1), -1):
        if s.word(j) in _LOST:
            return j
        if not s.is_word(j) or _is_cue(s, j) or s.cue(j, ("boundary",)):
            return None
    return None


def _after_preposition(word: str) -> bool:
    """A cue word on the preposition ب (بمدينة، بمخيم), not one whose ب is its own (بيت، بلدة)."""
    return word.startswith("ب") and not lexicon().cues.get(word) and bool(lexicon().cues.get(word[1:]))


def _category(s: _Sentence, i0: int, c: _Counted, prev: Figure | None,
              coordinated: bool) -> tuple[str | None, str, int, int]:
    """(category, rule, cue token, cue width): the rules in order (noun, event, chain, post, head).
    A part of a group of the dead is a breakdown of the killed (اثنين من الضحايا من الأطفال);
    a part of the injured counts as killed when they die (وفاة 3 من الجرحى), and otherwise as a
    breakdown of the injured (اثنان من الجرحى حالتهما حرجة، 9 من الجرحى هم من رجال الشرطة)."""
    if (lost_i := _lost_kin(s, i0, c)) is not None:
        return "killed", "event", lost_i, 1   # فقدت ثلاثة من أبنائها: kin lost, dead
    found = s.cue(c.noun_i if c.group is None else c.group, ("noun",)) if c.has_noun else None
    if found and found[0] in lexicon().counted_things and c.group is None and _after_preposition(s.word(c.noun_i)):
        found = None   # بينهم 49 بمدينة غزة: a place the number is in, not 49 cities (a counted noun takes no ب)
    if found and _is(s.word(c.noun_i), "lives") and (s.word(i0).startswith("ال") or not any(
            _is(s.word(j), "losing_verb") for j in range(max(i0 - CITE_WINDOW, 0), i0))):
        return NO_FIGURE, "noun", c.noun_i, 1   # lives lost (فقدنا عشرة أرواح، أزهقت الغارات 17 روحا), not
        # saved (أنقذ الأطباء 10 أرواح) nor an idiom's (القطط تتمتع بتسع أرواح، ذو التسعة أرواح)
    if found is None and c.dual:
        found = _dual_cue(s.word(c.noun_i))   # جثتا شخصين: the dual of a casualty noun
    if c.has_noun and c.group is None and (found is None or found[0] == "killed") \
            and _is(s.word(c.noun_i + (found[3] if found else 1)), "clinical"):
        return "injured", "noun", c.noun_i, 1   # ٥ موت سريري: brain death, kept alive in care
    if found and found[2] and c.partitive and c.group is None and found[0] in _STATES and found[0] not in _HARM:
        found = None   # قتل الخاطفون أربعة من الرهائن: people taken from a group, their fate the verb's (not 70 من
        #               أسرى الحوثيين, a count of captives)
    if found and found[0] in _STATES and found[0] not in _HARM and prev is not None and prev.category in _HARM \
            and c.group is None and s.cue(_before_qualifiers(s, i0), ("part",)) and prev.last >= i0 - OTHERS_GAP \
            and not _count_between(s, prev.last + 1, i0 - 1):
        return prev.category, "chain", c.noun_i, 1   # قتل 8 أشخاص بينهم 3 أسرى، جثث ثمانية أشخاص بينهم ستة مخطوفين:
        #                                            the dead among them (not 184 مختطفا بينهم 80: _count_between)
    if found and found[0] in _STATES:   # أعدمت المليشيا 8 أسرى، فارق 7 جرحى الحياة: killed
        event, event_i = _event_before(s, i0, prev, ("event",))
        executed = None if event else _executed(s, i0)
        if executed is not None:   # نفذت الميليشيا الإعدام بحق 8 أسرى
            event, event_i = ("killed", "event", False, 1), executed
        others = (s.word(i0).startswith("و") or s.word(i0 - 1) == "و") \
            and not _OTHERS.isdisjoint((s.word(c.noun_i + 1), s.word(c.noun_i + 2)))
        if event and event[0] == "killed" and (others or not _conjoined(s, event_i, i0)):
            return "killed", "event", event_i, 1   # … قطع رأس مترجم و4 رهائن آخرين: others of the same fate
        if event and event[0] == "injured" and found[0] != "injured" and not _conjoined(s, event_i, i0):
            return "injured", "event", event_i, 1   # أصيب 4 مهجرين، جرح 3 معتقلين: hurt
        if found[0] == "displaced":   # سقوط 220 لاجئا: a verb of death right before refugees (not before the hurt)
            event, event_i = _event_before(s, min(i0, c.noun_i), prev, ("event_next",))
            if event and event[0] == "killed":
                return "killed", "event", event_i, 1
        end = c.noun_i + found[3] if c.group is None else _partitive_end(s, c.group + 1)
        if c.group is not None:   # … past the group's own number and a قد (من بين الجرحى الخمسة قد لقوا مصرعهم)
            end += s.word(end).startswith("ال") and s.word(end)[2:] in NUMBER_WORDS
            end += s.word(end) in _QAD
        after, after_i = _post(s, end)   # اثنين من مصابي الحادث استشهدا: killed
        if after and after[0] == "killed" and (c.partitive or s.word(after_i) in _KILLED_THEM
                                               or after_i - _partitive_end(s, end) <= 1):
            return "killed", "post", after_i, 1   # … or their killer's verb (500 سجين أعدمهم التنظيم), or a
            # verb right after them, or after where they are from (77 معتقلا منهم قتلوا، 36 أسيرا من غزة قتلوا)
        if c.group is not None and found[0] == "injured" and after and after[0] == "injured":
            return "injured", "post", after_i, 1   # 9 من المصابين أصيبوا بالرصاص: a count of the hurt by its wound
        if c.group is not None and found[0] == "injured" and not c.partitive and not _is(s.word(c.noun_i), "household"):
            return "injured", "noun", c.noun_i, 1   # سائحين بريطانيين اثنين بين الجرحى: a breakdown of the hurt
            #                                         (not 40 أسرة بين المصابين: households)
        if c.group is not None and found[0] == "injured" and (state_i := _in_state(s, c.group + 1)) is not None:
            return "injured", "post", state_i, 1   # ثلاثة من المصابين في حالة خطيرة: a breakdown of the hurt, as
            #                                        ثلاثة منهم في حالة خطيرة
        if (frame_i := _frame(s, i0, end)) is not None:
            return "killed", "post", frame_i, 1   # وفارق 7 جرحى الحياة: the injured died
        if c.group is not None and c.partitive and found[0] == "injured":
            return "injured", "noun", c.noun_i, 1   # أربعة من الجرحى التسعة إصاباتهم بالغة: a part of the hurt
        if c.group is not None:
            return None, "noun", c.noun_i, 1
    if found and c.group is None and not c.dual and _is(s.word(c.noun_i), "victim"):
        after, after_i = _post(s, c.noun_i + found[3])   # 23 ضحية أصيبوا بجروح، 85 ضحية تعرضوا لبتر:
        if after and after[0] == "injured":              # victims who live, by the verb after them
            return "injured", "post", after_i, 1
    victims = c.noun_i if c.group is None else c.group   # … or in a state of care (9 من الضحايا في حالة خطيرة)
    if found and not c.dual and _is(s.word(victims), "victim") \
            and (state_i := _in_state(s, victims + 1 if c.group is None else _partitive_end(s, c.group + 1))) is not None:
        return "injured", "post", state_i, 1
    if found and c.group is not None:
        return found[0], "noun", c.noun_i, 1
    if not found and _bare_cases(s, c):
        if _is(s.word(c.noun_i + 1), "severity"):
            return "injured", "noun", c.noun_i, 1   # 3 حالات حرجة، وحالتين متوسطة الإصابة: cases in a state
        kind = s.cue(c.noun_i + 1, ("noun",)) if c.dual and s.word(c.noun_i).endswith(("ي", "ين")) else None
        # حالتي وفاة، وحالتين إصابة: the dual of cases of harm (not حالتين حالة وفاة)
        if kind and kind[0] in _HARM and not kind[2] and (kind[3] == 1 or s.word(c.noun_i).endswith("ي")):
            return kind[0], "noun", c.noun_i, 1
        if (of_i := _cases_of(s, c.noun_i + 1)) is not None:   # خرجت 19 حالة من مصابي تفجير المسجد
            return "injured", "noun", of_i, 1
    if found:
        return found[0], "noun", c.noun_i, found[3]
    # A count of persons in a state of care (9 أشخاص في حالة حرجة، ثلاثة بحالة خطيرة): hurt
    # (not a part of a figure before, which its breakdown names: بينهم 3 في حالة خطرة)
    persons_at = None if coordinated or (prev is not None and s.cue(_before_qualifiers(s, i0), ("part",))) else \
        c.noun_i + 1 if c.has_noun and not c.partitive and s.cue(c.noun_i, ("subject",)) else \
        None if c.has_noun or c.dual else c.next_i
    if persons_at is not None and (state_i := _in_state(s, persons_at + _qualifier_width(s, persons_at))) is not None \
            and state_i <= persons_at + _qualifier_width(s, persons_at) + 1:
        return "injured", "post", state_i, 1
    # … و3 آخرون أصيبوا: the verb after a و-number names it, and after من بين (توفي عسكري من بين
    # ثلاثة آخرين كانوا قد أصيبوا: the three were hurt)
    if coordinated or s.word(i0 - 1) == "و" or (s.word(i0 - 1) == _AMONG and s.word(i0 - 2) == "من"):
        after, after_i = _post(s, c.noun_i + c.has_noun)
        if after:
            return after[0], "post", after_i, 1
        # … و9 آخرون تم نقلهم إلى مستشفى المدينة مصابين بكسور: their clause names them hurt
        # further on than a verb right after them would stand.
        if c.has_noun and s.cue(c.noun_i, ("subject",)) and prev is not None and prev.category in _HARM \
                and (hurt_i := _hurt_later(s, c.noun_i + 1)) is not None:
            return "injured", "post", hurt_i, 1
        # … و10 آخرين تم إنقاذهم، و160 آخرون تقطعت بهم السبل: a verb of their own that names no
        # harm ends the category carried over to "others", and so does a negated one (و11 آخرون لم يصابوا),
        # past a qualifier too (و13 شخصا على الأقل واجهوا صعوبات في التنفس).
        own = c.noun_i + 1 + _qualifier_width(s, c.noun_i + 1)
        if c.has_noun and s.cue(c.noun_i, ("subject",)) \
                and (verb_shaped(s.word(own)) or _is(s.word(own), "negation")):
            return NO_FIGURE, "post", own, 1
    # A count of people of several kinds (37 ما بين رجال أمن ومواطنين) may stand further from its verb.
    j = c.next_i   # past the number restated in words ((37) سبعة وثلاثون مابين)
    while s.word(j) in NUMBER_WORDS or (s.word(j)[:1] == "و" and s.word(j)[1:] in NUMBER_WORDS):
        j += 1
    between = s.word(j) in ("بين", "مابين") or (s.word(j) == "ما" and s.word(j + 1) == "بين")
    # … and so may a count of persons (شخصا، أشخاص) after a long subject of its verb (قتل مفجر
    # انتحاري يشتبه بأنه من تنظيم داعش 32 شخصا).
    persons = c.has_noun and not c.partitive and s.cue(c.noun_i, ("subject",)) is not None \
        and s.word(c.noun_i) not in _OTHERS
    # … and so may "and N others" after a long named victim of its verb (قتل زعيم شبكة النفط والغاز أبو
    # خطاب العراقي وثلاثة أعضاء آخرين).
    others = c.has_noun and s.word(i0).startswith("و") and not _OTHERS.isdisjoint((s.word(c.noun_i), s.word(c.noun_i + 1)))
    if (possessed := _possessed_event(s, i0)) is not None:
        return possessed[0], "event", possessed[1], 1
    found, cue_i = _event_before(s, i0, prev, ("event",),
                                 EVENT_WINDOW + BETWEEN_WINDOW * between + SUBJECT_WINDOW * (persons or others),
                                 c.noun_i if c.has_noun else None)
    if c.has_noun and s.word(c.noun_i) in _OTHERS:
        after, after_i = _post(s, c.noun_i + 1)
        if after and after_i == c.noun_i + 1 and (not found or found[0] != after[0]):
            return after[0], "post", after_i, 1   # … قتلوا، مضيفا أن أكثر من 20 آخرين أصيبوا: "others" and
            #                                      their own verb, whatever event stands before
    if found and persons and i0 - cue_i > EVENT_WINDOW + BETWEEN_WINDOW * between + 1 \
            and (s.word(cue_i - 1) in _WHICH or any(s.word(j).startswith("و") for j in range(cue_i + 1, i0))):
        found = None   # الطفلة التي توفيت … طالت أكثر من 25 شخصا، وقتل العشرات … وفر أكثر من 170 ألف شخص
    if found:
        # مقتل وإصابة 3440، قتل أو جرح 30: the event before, joined by و or by أو
        other_i = cue_i - 1 if s.word(cue_i).startswith("و") else cue_i - 2 if s.word(cue_i - 1) == _OR else None
        other = s.cue(other_i, ("event",)) if other_i is not None else None
        if other and other_i is not None and other[0] != found[0] \
                and (prev is None or other_i >= prev.last) and not _stated_subject(s, other_i) \
                and verb_shaped(s.word(other_i)) == verb_shaped(s.word(cue_i)):
            if other[0] not in _HARM or found[0] not in _HARM:
                return NO_FIGURE, "event", cue_i, 1   # أصيب واعتقل 20: hurt or arrested, a count of either
            return COMBINED, "event", cue_i, 1   # مقتل وإصابة 3440 عراقيا: both together (not two verbs that
            #                                     differ in their subject's ending: النجار قتلت وأصيب نحو مئة)
        fate = s.cue(cue_i + 1, ("event", "event_next")) if cue_i + 1 < i0 and s.word(cue_i + 1).startswith("و") else None
        if fate and found[0] in _HARM and fate[0] != found[0]:   # أصيب وفقد نحو 40: hurt or missing, a count
            return COMBINED if fate[0] in _HARM else NO_FIGURE, "event", cue_i + 1, 1   # of either; يقتل ويصيب 9
        if _conjoined(s, cue_i, i0):   # استشهد جندي و3 آخرون أصيبوا: a verb of the new item names it
            after, after_i = _post(s, c.noun_i + c.has_noun)
            if after:
                return after[0], "post", after_i, 1
        if found[0] in ("missing", "captured", NO_FIGURE):   # فقد 8 أشخاص حياتهم، إنقاذ 5 أشخاص أصيبوا، أسر
            #                                                     46 بحارا قتلوا (the families of 46 sailors killed)
            after, after_i = _post(s, c.noun_i + c.has_noun)
            if after and (after[0] == "killed" or (found[0] == NO_FIGURE and after[0] in _HARM)):
                return after[0], "post", after_i, 1
        return found[0], "event", cue_i, 1
    # A number with the article right after its definite casualty noun counts that noun, whatever
    # verb follows (جنديين من بين الجرحى الخمسة قد لقوا مصرعهم: the five are the wounded).
    head = s.cue(i0 - 1, ("noun",))
    head = head if head and head[2] and head[0] in _HARM and not c.has_noun else None
    if head and _definite(s.word(i0)):
        return head[0], "head", i0 - 1, 1
    # A verb of its own after the counted phrase ends the category carried over (قتل 34 شخصا
    # و45 آخرون أصيبوا: 45 injured; و6 آخرون سلموا أنفسهم: no figure).
    found, cue_i = _post(s, c.noun_i + c.has_noun + (c.partitive and s.word(c.noun_i + 1).startswith("ال")))
    if found:
        return found[0], "post", cue_i, 1
    # A verb and its object that name a death around the counted phrase (لقي 24 عنصرا من … مصرعهم،
    # قدم 37 من رجال الأمن أرواحهم، أنهى مزارع حياة 3 من جيرانه).
    frame_i = _frame(s, i0, c.noun_i + c.has_noun)
    if frame_i is not None:
        return "killed", "post" if frame_i > i0 else "event", frame_i, 1
    # … and a verb of receiving before it and care after it (يتلقى نحو 300 آخرين العلاج).
    if (care_i := _treated(s, i0, c.noun_i + c.has_noun)) is not None:
        return "injured", "post", care_i, 1
    # A verb that names a death only with its number right after it (قضى 18 عنصرا، سقوط 13 مدنيا), or
    # its noun when the two follows it (القضاء على إرهابيين اثنين), weaker than a verb after the phrase
    # (قضى خمسة عمال نحبهم).
    found, cue_i = _event_before(s, min(i0, c.noun_i), prev, ("event_next",))
    if found:
        return found[0], "event", cue_i, 1
    if c.has_noun and (opening := _opening_verb(s, i0, prev)) is not None:
        return opening[0], "event", opening[1], 1
    if (executed := _executed(s, i0)) is not None:
        return "killed", "event", executed, 1
    if head:   # … 26 شخصا والمصابين 28
        return head[0], "head", i0 - 1, 1
    # … its qualifiers may stand between the word of a part and it (بينهم ما يزيد على 900 مدني)
    first = min(i0, c.noun_i)   # the noun before its number: بينهم أطفالها الثلاثة، بينهم مواطنين اثنين
    opener = _before_qualifiers(s, first)
    opener -= s.word(opener) in _QUOTES and opener > 0   # … or a quotation mark (منهم "91 في ريف دمشق، 32 في حماة")
    part = s.cue(opener, ("part",)) \
        or (s.cue(c.next_i, ("part",)) and not c.partitive
            and (s.word(c.next_i) in _PEOPLE_OF_THEM or prev is None or prev.last >= i0 - OTHERS_GAP)) \
        or (s.word(i0 - 1) in _SHARES and s.cue(i0 - 2, ("part",)) and prev is not None and prev.last >= i0 - 4) \
        or (c.has_noun and not c.partitive and not c.dual and s.word(c.noun_i + 1) in _OF_THEM
            and not s.word(c.noun_i + 2)[:1].isdigit()) \
        or (prev is not None and prev.last == i0 - 1 and (s.word(i0 - 1) == ":" or (
            s.word(i0 - 1) in _BREAKDOWN_OPEN and c.has_noun and not c.dual) or (   # بينهم 4، 17 منهم، …: 5 طلاب
            (s.word(i0 - 1) in _COMMA or s.word(i0 - 1) in _BREAKDOWN_OPEN)   # … or by place after a comma or a dash:
            and not c.has_noun and not c.partitive   # إصابة 15، اثنان في رفح و13 في غزة؛ أربعة جنود - ثلاثة في الأردن
            and s.word(c.next_i) == _IN_PLACE and _part_of(s.word(i0), prev))))
    # … and a breakdown in brackets or dashes right after its total (الشهداء الـ15 (11 رجل أمن،
    # وأربعة من العمال)؛ سقوط 28 قتيلا - 17 متمردا و11 عنصرا -)
    if prev is not None and prev.category in _HARM and not c.partitive and not _bare_cases(s, c) and _moved(s, i0):
        return "injured", "event", i0 - 1, 1   # توفي 21 شخصا ونقل 66 آخرون إلى المستشفيات: patients
    if part and not coordinated and prev is not None and _count_between(s, max(prev.last + 1, i0 - 1 - OTHERS_GAP), i0 - 1):
        return None, "chain", c.noun_i, 1   # بقتل 14 صحافيا، واختطاف 60 آخرين، منهم 11: a part of the 60
    if prev is not None and (coordinated or part) and not (coordinated and not part and _own_verb(s, c, prev, i0)) \
            and not (c.has_noun and prev.category in lexicon().counted_things) \
            and not (c.has_noun and prev.rule == "noun" and _is(s.word(c.noun_i), "companion")) \
            and not _other_cases(s, c, prev):   # 5 منازل و3 مدارس; 35 مصابا و44 مرافقا: their companions
        state = s.cue(c.noun_i + 1, ("noun",)) if c.has_noun and not c.partitive and prev.category in _HARM else None
        if state and state[0] in _HARM and not state[2] and not _disease_after(s, c.noun_i + 1) \
                and not s.cue(c.noun_i + 1, ("event",)):   # … و3 مدنيين وإصابة 12 آخرين: the next item
            return state[0], "chain", c.noun_i + 1, 1   # جثامين تسعة أشخاص، و27 شخصا مصابا: its own state
        return prev.category, "chain", c.noun_i, 1
    if c.dual and s.word(i0 - 1) in _PREPOSITIONS:
        return None, "head", i0, 1   # … جراء الحالة المدارية في محافظتي ظفار والوسطى إلى 14: places
    category, cue_i = _head(s, i0)
    if category is None:
        category, cue_i = _toll_after(s, i0, c)
    if category is None and prev is not None and prev.category in _HARM and (toll_i := _bare_toll_before(s, i0)) is not None:
        return prev.category, "chain", toll_i, 1   # قتل 8 مدنيين …، ما رفع الحصيلة منذ 18 فبراير إلى 1002: its toll
    if category is None:
        listed, list_i = _listed(s, i0, c)
        if listed is not None:
            return listed, "list", list_i, 1
        # Bare cases moved or treated after the injured of the sentence are patients (وإصابة 7
        # آخرين، مشيرا إلى نقل أربع حالات، وحالتين تم نقلهما): injured; after the killed they may be either.
        if _bare_cases(s, c) and prev is not None and prev.category == "injured" \
                and any(_is(s.word(k), "care") for k in (*range(max(i0 - CARE_WINDOW, prev.last), i0),
                                                         *range(c.noun_i + 1, c.noun_i + 1 + CARE_WINDOW))) \
                and not _other_cases(s, c, prev):
            return "injured", "chain", c.noun_i, 1
        # A part of a group named earlier in the sentence with no count (الوضع الصحي للمصابين
        # مطمئن وتم نقل سبعة منهم): a part of the injured is injured, of the dead killed.
        if prev is None and not c.partitive and (s.word(c.next_i) in _PEOPLE_OF_THEM or s.word(
                i0 - 1 - (s.word(i0 - 1) in _QUOTES or s.word(i0 - 1) == "(")) in _PEOPLE_PART) \
                and (group := _group_before(s, i0)) is not None:   # وجميع الضحايا … وبينهم سبع نساء
            return group[0], "head", group[1], 1
        # … and so is the number of a group named earlier (نقل الجرحى، لا سيما ذوي الإصابات البليغة، ويقدر عددهم بنحو 70؛
        # بعض القتلى من المدنيين وعددهم 232 شخصا: its noun, if any, names the same people).
        # A definite word on a preposition after the number is its complement, not its noun (وعددهم 7 للمراقبة).
        # A figure before is no matter when a count does not stand between them (غادر 4 من الجرحى …
        # بينما يتلقى باقي الجرحى وعددهم 7 العلاج: _group_before stops at a number).
        if (not c.has_noun or s.word(c.noun_i).startswith(("لل", "بال"))
                or not (s.cue(c.noun_i, ("noun",)) or _is(s.word(c.noun_i), "unit"))) \
                and (k := _their_number(s, i0)) is not None and (prev is None or prev.last <= k) \
                and ((group := _group_before(s, k)) is not None or (group := _all_harmed_before(s, k)) is not None):
            return group[0], "head", group[1], 1
    return category, "head", cue_i, 1


OTHERS_GAP = 12   # tokens before a part (منهم) in which a count of others it belongs to may stand
BARE_TOLL_WINDOW = 6   # tokens between a toll named by no noun (الحصيلة) and the إلى of its number


def _bare_toll_before(s: _Sentence, i0: int) -> int | None:
    """Token of a toll that names no category (الحصيلة، حصيلة) a few words before the إلى of the number
    at i0, a date perhaps between (ما رفع الحصيلة منذ 18 فبراير إلى 1002, لترتفع الحصيلة إلى 40): the
    toll of the figure before it in the sentence. Not across a comma or another count."""
    k = _before_qualifiers(s, i0)
    if s.word(k) != _UP_TO:
        return None
    for j in range(k - 1, max(k - 1 - BARE_TOLL_WINDOW, -1), -1):
        word = s.word(j)
        if word in _COMMA or word in _CLAUSE_END or (word[:1].isdigit() and not _date_token(s, j)):
            return None
        if bare(word) == _TOLL and not s.cue(j + 1, ("noun",)):
            return j
    return None


_UP_TO = normalize_key("إلى")   # also الى: both normalise alike
_TOLL = normalize_key("حصيلة")


def _is_number(s: _Sentence, k: int) -> bool:
    return s.word(k)[:1].isdigit() or s.word(k) in NUMBER_WORDS


def _count_between(s: _Sentence, start: int, end: int) -> bool:
    """A count of others or of people that is no figure stands between tokens start and end
    (واختطاف 60 آخرين؛ تسعة أشخاص مازالوا في المستشفى بينهم أربعة; ومحاصرة نحو ألف, after an event of a
    fate not counted): the part that follows is of it."""
    return any(_is_number(s, k) and (_OTHERS & {s.word(k + 1), s.word(k + 2)} or s.cue(k + 1, ("subject",))
                                     or _uncounted_fate(s, _before_qualifiers(s, k)))
               for k in range(start, end))


def _uncounted_fate(s: _Sentence, k: int) -> bool:
    """Token k is the noun of an event whose people are not counted (نجاة، فرار، محاصرة: category none)."""
    found = s.cue(k, ("event",))
    return found is not None and found[0] == NO_FIGURE


_THEIR_NUMBER = frozenset(normalize_key(w) for w in ("عددهم", "وعددهم", "عددهن", "وعددهن"))
THEIR_NUMBER_GAP = 3   # words between عددهم and its number (يقدر عددهم بنحو، بلغ عددهم نحو)


def _their_number(s: _Sentence, i0: int) -> int | None:
    """Token of عددهم ("their number") a few words before the number at i0, with only a link,
    a qualifier or a ب between (عددهم بنحو 70، بلغ عددهم نحو 300)."""
    for k in range(i0 - 1, max(i0 - 2 - THEIR_NUMBER_GAP, -1), -1):
        word = s.word(k)
        if word in _THEIR_NUMBER:
            return k
        if not (word in _QUALIFIER_WORDS or _estimated(word) or s.cue(k, ("link",))):
            return None
    return None


Span = tuple[int, int]


def _phrase(s: _Sentence, c: _Counted, rule: str, cue_i: int, width: int,
            prev: Figure | None) -> tuple[Span | None, Span | None, int]:
    """The counted noun and subject (normalised spans) and the token after the figure's phrase."""
    noun = subject = None
    last = _partitive_end(s, c.next_i)
    if rule == "noun":
        noun = (s.starts[c.noun_i], s.ends[c.noun_i + width - 1])
        after = c.noun_i + width
        last = c.next_i if c.dual else _partitive_end(s, after)
        if s.is_word(after) and is_nisba(s.word(after)) and s.word(after) not in _PREPOSITIONS \
                and s.word(after) != _HELD_BY and not s.cue(after, ("noun", "event", "post")):
            subject = _subject(s, after, after + 1)   # قتيلا مدنيا (not قتيلا على الأقل، جريح في المدينة، أسيرا لدى)
    elif rule in ("head", "list"):
        noun = (s.starts[cue_i], s.ends[cue_i])
        if c.has_noun and not c.dual:
            last = _partitive_end(s, _past_nisbas(s, c.noun_i + 1))   # … 14 طالبا وثلاث معلمات
        if s.word(cue_i + 1).startswith("ال") and not s.cue(cue_i + 1, ("noun", "event", "status")) \
                and reporting_role(s.word(cue_i + 1)) is None:
            subject = _subject(s, cue_i + 1, cue_i + 2)   # عدد القتلى المدنيين
        elif s.word(cue_i).startswith("و") and prev is not None and prev.rule == "head":
            subject = prev.subject                      # … إلى 92، والمصابين إلى 404
    elif c.has_noun:
        noun = (s.starts[c.noun_i], s.ends[c.noun_i])
        subject = _subject(s, c.noun_i, c.noun_i + 1 + (c.partitive and s.word(c.noun_i + 1).startswith("ال")))
        if not c.dual and not c.partitive:
            last = _partitive_end(s, _past_nisbas(s, c.noun_i + 1))
    if rule == "post":
        last = max(last, cue_i + 1)   # the phrase runs through its verb (7 مدنيين قتلوا)
    if s.word(last) in _OF_THEM:
        last += 1   # … 38 حالة منها و29 حالة: the و-number after it is coordinated
    return noun, subject, last


def _joins(word: str) -> bool:
    """A token that may stand between a figure and the و-number continuing it: و, a comma, a
    qualifier (و4، ، وقرابة 200; not ونقل 66، وضبط 15: a verb opens a clause of its own)."""
    return word in _COMMA or word in _QUOTES or word == "و" or word in _QUALIFIER_WORDS \
        or (word.startswith("و") and word[1:] in _QUALIFIER_WORDS)


_AT_LEAST = frozenset(normalize_key(w) for w in ("على", "الأقل"))
SUBJECT_WORDS = 2   # words of a subject between أن and its verb (أن جنديا تركيا قتل)


def _stated_subject(s: _Sentence, k: int) -> bool:
    """The verb at token k has its own indefinite subject after أن/إن before it (إن شرطيا قتل
    وأصيب ثلاثة آخرون، أن «متظاهرا قتل وأصيب آخران): the next verb and its number are another
    item, not one count of both (قتل وجرح 45، أن الاشتباكات قتل وجرح فيها 30); so has "one of" a
    group (أن أحد عناصر الحماية قتل)."""
    for j in range(k - 1, max(k - 2 - SUBJECT_WORDS - 1, 0), -1):
        if s.word(j) in _ONE_OF and s.word(j - 1) in _THAT:   # "one of" and its group
            return all(s.is_word(i) and not _is_cue(s, i) and reporting_role(s.word(i)) is None for i in range(j + 1, k))
    words = 0
    for j in range(k - 1, max(k - 2 - SUBJECT_WORDS - 1 - len(_AT_LEAST), -1), -1):
        if s.word(j) in _QUOTES or s.word(j) in _AT_LEAST:   # أن طفلا واحدا على الأقل قتل وأصيب 9
            continue
        if s.word(j) in _THAT:
            return words > 0
        if not s.is_word(j) or _is_cue(s, j) or reporting_role(s.word(j)) is not None \
                or s.word(j).startswith("ال"):   # أن الاشتباكات قتل وجرح فيها 30: the event, not a person
            return False
        words += 1
        if words > SUBJECT_WORDS:
            return False
    return False


def _moved(s: _Sentence, i0: int) -> bool:
    """A verb of moving or treating casualties joined by و stands right before the number at i0
    (ونقل 66 آخرون، وأسعف 12 شخصا): after a figure of harm, the people it counts are hurt."""
    word = s.word(i0 - 1)
    return word.startswith("و") and _is(word[1:], "care") and not s.cue(i0 - 1, ("event", "noun", "post"))


_LONE_AND = re.compile(r"(?:^|[^\w])و$")   # a و standing alone at the end of the text before a number


def _conjoined(s: _Sentence, k: int, i0: int) -> bool:
    """A و joins another item between token k and the number at i0 (مقتل شخص و20 جريحا, مقتل شخص و 20);
    a word that ends in و is none (مقتل نحو 50)."""
    return any(s.word(j).startswith("و") for j in range(k + 1, i0 + 1)) \
        or _LONE_AND.search(s.norm.text[:s.starts[i0]].rstrip()) is not None


def _event_before(s: _Sentence, i0: int, prev: Figure | None, roles: tuple[str, ...],
                  window: int = EVENT_WINDOW, first: int | None = None) -> tuple[tuple | None, int]:
    """The nearest event word a few words before the number, within its clause (`event_next`
    words only right before it and its qualifiers). A status word between them says what the number counts
    (إصابة العشرات وتدمير 10 أطقم: no injured). `first` is the counted noun when it stands before
    the number (مقاومين اثنين): words set off by commas may end right before it."""
    next_to = _before_qualifiers(s, i0)   # مات ما يقرب من 18 ألف شخص: its qualifiers between,
    stop = max(next_to - window, -1)      # not counted in the window (أعدمت الجماعة … ما لا يقل عن 58)
    if "event" not in roles and next_to + 1 < i0 and s.word(next_to + 1) == _ON \
            and (verb := _verb_on_before(s, next_to + 1, prev)):   # على 12، على أكثر من 12: على opens its qualifiers
        return verb   # قضت وحدات الجيش، بولاية البويرة، على خمسة إرهابيين: its subject between
    if "event" not in roles and (before := _past_resumptive(s, next_to)) != next_to:
        # سقط فيها، وفق حصيلة غير نهائية، نحو 30 مسلحا: the verb before what stands between
        for k in (before, before - 1):
            found = s.cue(k, roles)
            if found and k + found[3] - 1 >= before and (prev is None or k >= prev.last) and not _other_sense(s, k):
                return found, k
        return None, i0
    adjacent = next_to   # event_next words: a word or two of time may stand between (قضى الأحد خمسة، سقط صباح اليوم 12;
    #                      figure_negatives.csv, kind time_adverb)
    while adjacent > max(next_to - 2, 0) and _is(s.word(adjacent), "time_adverb"):
        adjacent -= 1
    if s.word(adjacent) in _PEOPLE_OF_THEM:   # … and the part of those counted before (مات منهم 623)
        adjacent -= 1
    elif s.word(adjacent) == "بينهم" and s.word(adjacent - 1) == "من":   # مات من بينهم 623 شخصا
        adjacent -= 2
    for k in range(i0 - 1, -1, -1):
        if k <= stop:
            break
        if _time_span(s, k):
            stop = max(stop - TIME_SPAN, -1)   # وقتل منذ بداية النزاع قبل أربعة أشهر نحو أربعة آلاف
        elif s.word(k)[:1].isdigit() and _day_of_month(s, k):
            stop = max(stop - DATE_SPAN, -1)   # وقتل منذ بدء الاشتباكات في 25 شباط/فبراير 60: a date
        word = s.word(k)
        if word in _COMMA and k == (next_to if first is None or first >= i0 else first - 1) and "event" in roles:
            aside = _aside(s, k, prev)   # قتل، ظهر يوم الخميس، أربعة: words set off between its verb and it
            if aside is not None:
                return aside
        if word in DASHES and k == next_to and "event" in roles:
            aside = _dash_aside(s, k, prev)   # قتلت القوات - في محاولة منها … - نحو 800 ألف
            if aside is not None:
                return aside
        if word in _COMMA and k == next_to - 1 and "event" in roles and s.cue(next_to, ("part",)) \
                and (many := _vague_before(s, k)) is not None:
            return _event_before(s, many, prev, roles, window)   # استشهد عشرات الفلسطينيين في القصف، بينهم 17:
            #                                                      a part of the vague count, its event's
        if word in _CLAUSE_END or word in _COMMA or (prev is not None and k < prev.last) \
                or s.cue(k, ("boundary",)) or (s.cue(k, ("status",)) and not s.cue(k, roles)) \
                or (word[:1] == "و" and verb_shaped(word[1:]) and not s.cue(k, roles)
                    and (s.cue(k, ("post",)) or (NO_FIGURE,))[0] not in _HARM) \
                or (k < next_to and _vague(word) and _new_word_item(s, k + 1, i0)) \
                or (k <= next_to and _new_imperfect_clause(s, k) and not s.cue(k, ("event", "event_next"))
                    and (s.cue(k, ("post",)) or (NO_FIGURE,))[0] not in _HARM) \
                or (word in _SAID_THAT and reporting_role(s.word(k - 1)) in ("verb", "participle")) \
                or (word[:1] == "و" and word[1:] in _THAT):
            break   # … مقتل عشرات الآلاف وأجبرت أكثر من ثلاثة ملايين على الفرار: a new verb's clause (and
            #         an imperfect one: قتل جنود والاحتلال يعتقل 13، ويرتكب 13 مجزرة); أودى
            #         بحياة المئات وأجبر أكثر من 130 ألفا: the verb's own count, then another item; السائق قتل
            #         نفسه مضيفا أن 30 أصيبوا: a new statement; قتل مسلحون ضابطا وأسروا 3 جنود: a verb of
            #         another fate (not وأصيبوا: harm, whose verb it may be); يوم قتل خاشقجي وإن ثلاثة من
            #         أفراده ذهبوا: a new clause of what was said
        found = s.cue(k, roles) if "event" in roles or k >= adjacent - 2 else None
        if found and "event" not in roles and not adjacent <= k + found[3] - 1 < i0:
            found = None   # … or a phrase that ends right before it (القضاء على 5 إرهابيين)
        if found and _closed_aside(s, k, i0):
            break   # … آخرين (قتلوا في الغارة) في مراسم حضرها نحو عشرة: the verb in brackets closed before it
        if found and not _other_sense(s, k):
            return found, k
    return None, i0


def _new_imperfect_clause(s: _Sentence, k: int) -> bool:
    """An imperfect verb at k opens a clause of its own: after و (ويعتقل) or after a new definite subject
    that و brings (والاحتلال يرتكب; not a masdar after a verb: وقتل تنظيم داعش)."""
    word = s.word(k)
    if word.startswith("و") and imperfect_shaped(word[1:]):
        return True
    return imperfect_shaped(word) and s.word(k - 1).startswith("وال")


def _vague_before(s: _Sentence, comma: int) -> int | None:
    """The vague count (عشرات، المئات) of the clause that a comma at token `comma` closes, within
    VAGUE_GAP words before it."""
    for j in range(comma - 1, max(comma - 1 - VAGUE_GAP, -1), -1):
        if s.word(j) in _CLAUSE_END or s.word(j) in _COMMA:
            return None
        if _vague(s.word(j)):
            return j
    return None


VAGUE_GAP = 12   # words between a vague count and the comma of its breakdown (… عشرات الفلسطينيين بنيران الاحتلال
#                  في مناطق عدة بالقطاع منذ فجر اليوم، بينهم 17)


def _verb_on_before(s: _Sentence, on: int, prev: Figure | None) -> tuple[tuple, int] | None:
    """A verb whose count follows على after its subject (قضت وحدات الجيش بعد ظهر الأربعاء بولاية
    البويرة، على خمسة إرهابيين): the first word of an event_next phrase that ends with على
    (figure_categories.csv: قضى على، قضت على), at most VERB_ON_WINDOW words before the على at token
    `on`, commas not counted; not a court's ruling (قضت المحكمة بالسجن على أربعة، محاكم
    بغداد قضت … على 300 من الجهاديين بالإعدام: a word of a sentence before the verb or ب + execution after)."""
    words = 0
    for k in range(on - 1, -1, -1):
        word = s.word(k)
        if word in _COMMA:
            continue
        category = _VERBS_ON.get(word[1:] if word[:1] in ("و", "ف") else word)
        words += 1
        if not s.is_word(k) or words > VERB_ON_WINDOW + 1 or (prev is not None and k < prev.last) \
                or (_is(word, "sentence") and category is None):
            return None
        if category is not None:
            ruled = any(_is(s.word(j), "sentence") or not _COURTS.isdisjoint(_strip(s.word(j)))
                        for j in range(max(k - RULING_WINDOW, 0), k)) \
                or any(s.word(j).startswith("ب") and _is(s.word(j), "execution") for j in range(on + 1, on + 1 + RULING_WINDOW))
            return ((category, "event_next", False, 1), k) if words > 1 and not ruled and not _other_sense(s, k) else None
    return None


def _verbs_on() -> dict[str, str]:
    """First word -> category of the event_next phrases of figure_categories.csv that end with على."""
    out: dict[str, str] = {}
    for row in _rows("figure_categories.csv"):
        words = normalize_key(row["cue"]).split()
        if row["role"] == "event_next" and len(words) == 2 and words[1] == _ON and not words[0].startswith("ال"):
            out[words[0]] = row["category"]
    return out


_VERBS_ON = _verbs_on()
_COURTS = frozenset(normalize_key(w) for w in ("محكمة", "محاكم", "قاض", "قاضي"))   # محاكم بغداد قضت: a ruling


def _possessed_event(s: _Sentence, i0: int) -> tuple[str, int] | None:
    """(category, token) of a word of death or harm with a pronoun right before a و-number (أسفر عن
    مقتله و3 من مرافقيه، فقتلها و9 من زملائها، إصابته و4 آخرين): the one it points to and the
    number with him, harmed alike."""
    k = i0 - 2 if s.word(i0 - 1) == "و" else i0 - 1 if s.word(i0).startswith("و") else -1
    word = s.word(k) if k >= 0 else ""
    for end in _PRONOUN_ENDS:   # ه، ها، هم، هما: no word ends in two of them
        stem = word[:-len(end)]
        if word.endswith(end) and len(stem) > 2:
            for form in (stem, stem[:-1] + "ه" if stem.endswith("ت") else stem):   # إصابته: إصابة + ه
                found = next((c for c, role, _ in _lookup(form) if role == "event" and c in _HARM), None)
                if found is not None:
                    return found, k
            return None
    return None


def _opening_verb(s: _Sentence, i0: int, prev: Figure | None) -> tuple[str, int] | None:
    """(category, token) of a verb of death or harm that opens the clause, then says where, when
    or why before its counted subject (ومات خلال سنوات الحفر أكثر من 120 ألف شخص، وأصيب في القصف
    الذي استهدف الأحياء الشرقية للمدينة طوال يوم أمس 45 شخصا): the words between open with a
    preposition or a pronoun of the event after a relative (التي قتل فيها، حسب مصادر طبية، 374 شخصا;
    figure_negatives.csv, kinds opening_verb, adverbial_opener and resumptive), are at most
    ADVERBIAL_WINDOW and hold no other number, clause end or vague count, nor a comma unless the
    number itself is set off by one (وقد قتل في العام نفسه، 200 شخص؛ وقتل نتيجة للغارة، وفقا لبيانات
    الأمم المتحدة، 140 شخصا), and the number is no adjective (سنوات الحفر العشر); None otherwise."""
    if _definite(s.word(i0)):
        return None
    before = _before_qualifiers(s, i0)   # the number's qualifiers (أكثر من) are not counted
    commas = OPENING_COMMAS if s.word(before - 1) in _COMMA or s.word(before) in _COMMA else 0
    for k in range(before - 1, max(before - 2 - ADVERBIAL_WINDOW, -1), -1):
        word = s.word(k)
        if word in _COMMA and commas:
            commas -= 1
            continue
        if word in _CLAUSE_END or word in _COMMA or word[:1].isdigit() or (prev is not None and k < prev.last) \
                or s.cue(k, ("boundary",)) or _vague(word):
            return None   # … فيما سلم آخرون ويقدر عددهم ب 35: another clause; قتل خلال المواجهات العشرات: its count
        opens = k == 0 or s.word(k - 1) in _CLAUSE_END or s.word(k - 1) in _COMMA or s.word(k - 1) in _QAD
        if _is(word, "opening_verb") and not _other_sense(s, k) and (
                (opens and _is(s.word(k + 1), "adverbial_opener"))
                or (s.word(k - 1) in _WHICH and _is(s.word(k + 1), "resumptive"))):   # التي قتل فيها
            found = s.cue(k, ("event", "event_next"))
            return (found[0], k) if found and found[0] in _HARM else None
    return None


def _closed_aside(s: _Sentence, k: int, i0: int) -> bool:
    """The word at token k stands inside brackets that close before the number at i0, with
    more words in them (not a word set in brackets alone: أسفر عن (استشهاد) 21 مدنيا)."""
    for j in range(k + 1, i0):
        if s.word(j) == "(":
            return False
        if s.word(j) == ")":
            return not (j == k + 1 and s.word(k - 1) == "(")
    return False


def _aside_opening(s: _Sentence, comma: int, opener: str | None = None) -> int | None:
    """Token of the comma (or of a word of kind `opener`) that opens an aside of at most ASIDE
    words closed by the comma at token `comma`; None when there is none that near."""
    return next((a for a in range(comma - 1, max(comma - 2 - ASIDE, -1), -1)
                 if s.word(a) in _COMMA or (opener is not None and _is(s.word(a), opener))), None)


def _past_resumptive(s: _Sentence, k: int) -> int:
    """The token before an aside set off by commas ending at token k (، وفق حصيلة غير نهائية،) and
    before a preposition with a pronoun that refers back to the event (figure_negatives.csv, kind
    resumptive: سقط فيها، قتل خلالها): what stands between a verb of death and its number."""
    if s.word(k) in _COMMA:   # … or opened by the pronoun's preposition itself (سقط فيها منذ يومين، 40)
        opening = _aside_opening(s, k, "resumptive")
        if opening is None:
            return k
        k = opening - (s.word(opening) in _COMMA)
    return k - 1 if _is(s.word(k), "resumptive") else k


TIME_SPAN = 3   # tokens of a span of time (قبل أربعة أشهر) that do not count in the window of an event word


def _time_span(s: _Sentence, k: int) -> bool:
    """Token k closes a span of time (قبل أربعة أشهر، منذ 3 أيام): a unit after a number after a
    preposition of time (figure_negatives.csv, kinds unit and time_preposition)."""
    number = s.word(k - 1)
    return _is(s.word(k), "unit") and (number[:1].isdigit() or number in NUMBER_WORDS) \
        and _is(s.word(k - 2), "time_preposition")


OPENING_COMMAS = 2   # commas between a clause-opening verb of harm and its count, the last right before it
# the particle before the verb (وقد قتل، فقد أصيب، ولقد قتل)
_QAD = frozenset(normalize_key(w) for w in ("قد", "وقد", "فقد", "لقد", "ولقد"))
ADVERBIAL_WINDOW = 14   # words of place, time or cause between a clause-opening verb of harm and its count
ASIDE = 4   # words set off by commas between a verb and its number (قتل، ظهر يوم الخميس، أربعة)
RELATIVE_ASIDE = 10   # … when they are a relative clause on the verb's subject (التي تسعى لتأسيس دولة …)
RELATIVE_SUBJECT = 3  # words of that subject between the verb and the clause (وقتلت بوكو حرام، التي)
TIME_SUBJECT = 6      # … and when they are a time of day (قتلت عبوة زرعها مسلحون في الطريق، الأحد، خمسة جنود)
NAMED_SUBJECT = 4     # words of a subject closed by a comma alone between its verb and the number


def _aside(s: _Sentence, k: int, prev: Figure | None) -> tuple[tuple, int] | None:
    """The event verb before a few plain words set off by commas, the second of them at token k
    right before the number (الذي قتل، ظهر يوم الخميس، أربعة من جنود المارينز): the words are an
    aside, the verb's object the number; after a relative clause on its subject, the verb may
    stand a few words before it (وقتلت بوكو حرام، التي تسعى …، أكثر من 14 ألف شخص). Not when the
    words hold a cue, a number or a verb of saying (an "according to" may open them: قتل، بحسب مسعفين،
    40), or the verb has its own object before the
    first comma (قتل 5، بينهم). A time of day may also close with the comma alone (توفي اليوم
    الاثنين، زوجان; after the verb's subject: وقتل الجيش يوم الجمعة الماضي، 16), and so may the subject
    of a clause's verb, named in a few words with no
    preposition (وقتل رضوان لقديم المغربي الأصل، 4 أشخاص)."""
    when = k - 1
    while when > max(k - 2 - ASIDE, 0) and _is(s.word(when), "time_adverb"):
        when -= 1
    if when < k - 1 and (verb := _event_verb_before(s, when + 1, NAMED_SUBJECT, prev)) is not None:
        return verb
    for j in range(k - 1, max(k - 2 - RELATIVE_ASIDE, -1), -1):
        if s.word(j) in _COMMA:
            relative = s.word(j + 1) in _WHICH
            if j == k - 1 or (k - j - 1 > ASIDE and not relative):
                return None
            # after a relative clause, the verb may stand before its subject (وقتلت بوكو حرام، التي …، أكثر من 14 ألف),
            # and after a time of day (قتل مسلحون، فجر الأحد، خمسة جنود) before a longer one
            when = all(_is(s.word(a), "time_adverb") for a in range(j + 1, k))
            return _event_verb_before(s, j, TIME_SUBJECT if when else RELATIVE_SUBJECT if relative else 0, prev)
        if s.word(j)[:1].isdigit() and _day_of_month(s, j):
            continue   # … الذي ضرب الجزيرة في 28 سبتمبر الماضي،: a day in the aside, no count
        if s.word(j - 1) in _COMMA and reporting_role(s.word(j)) in ("according", "according_l"):
            continue   # وقتل، بحسب مسعفين، 40 شخصا: the aside says who reports the count
        if not s.is_word(j) or _is_cue(s, j) or reporting_role(s.word(j)) not in (None, "stop") \
                or s.cue(j, ("boundary", "part", "link")):
            if 1 < k - j <= 1 + NAMED_SUBJECT and (j == 0 or s.word(j - 1) in _CLAUSE_END or s.word(j - 1) in _COMMA
                                                   or s.word(j - 1) in _QAD) \
                    and not any(s.word(a) in _PREPOSITIONS for a in range(j + 1, k)) \
                    and (verb := _event_verb_before(s, j + 1, 0, prev)) is not None and verb[1] == j:
                return verb   # the clause's verb, its subject named with a comma after it (وقتل رضوان لقديم المغربي الأصل، 4;
                # after an opening phrase: وفي سيناريو مماثل، قتلت قوات الأمن قبل أسبوعين، 11 مسلحا)
            return None
    return None


DASH_ASIDE = 16   # words set off by dashes between a verb and its number


def _dash_aside(s: _Sentence, k: int, prev: Figure | None) -> tuple[tuple, int] | None:
    """The event verb right before an aside set off by dashes, the second of them at token k right
    before the number (وكانت الميليشيا قد قتلت - خلال سنوات الحرب الأهلية - نحو 800 ألف): not
    when the aside holds a number, a cue or the end of a clause."""
    for j in range(k - 1, max(k - 2 - DASH_ASIDE, -1), -1):
        word = s.word(j)
        if word in DASHES:   # the verb right before it, or before its subject (وقتلت القوات -)
            return _event_verb_before(s, j, RELATIVE_SUBJECT, prev) if j < k - 1 else None
        if word in _CLAUSE_END or _is_number(s, j) or _is_cue(s, j):
            return None
    return None


def _event_verb_before(s: _Sentence, j: int, subject_words: int, prev: Figure | None) -> tuple[tuple, int] | None:
    """The event verb right before the aside that opens at token j, or up to `subject_words` words
    before it (its subject between); None when a non-word, another cue or the figure before comes first."""
    for verb in range(j - 1, max(j - 2 - subject_words, -1), -1):
        if prev is not None and verb < prev.last or not s.is_word(verb):
            return None
        found = s.cue(verb, ("event",))
        if found:
            return (found, verb) if not _other_sense(s, verb) else None
        phrase = s.cue(verb - 1, ("event",))
        if phrase and phrase[3] > 1:   # the last word of a verb of two (راح ضحية هذا الزلزال، الذي …، 2100)
            return (phrase, verb - 1) if not _other_sense(s, verb - 1) else None
        if _is_cue(s, verb):
            return None
    return None


_AND_HAVE = normalize_key("وقد")   # وقد before a verb that agrees with the counted phrase (، وقد أصيبا)
_WERE = frozenset(normalize_key(w) for w in ("كان", "كانت", "كانوا", "كن", "كانا", "كانتا"))
COPULA_CLAUSE = 3   # more words of the counted phrase when it goes on with a clause of كان


# A relative adjective that agrees with a counted plural (حوثيين، صينيون، حوثيا، أمنية), not a bare -ي
# that may be a noun (دوري)
_AGREEING_NISBA = ("يين", "يون", "يا", "يات", "يه")


def _post(s: _Sentence, start: int) -> tuple[tuple | None, int]:
    """A verb after the counted phrase (16 من الركاب لقوا حتفهم، 11 شخصا أصيبوا), its
    partitive phrase not counted in the window (3 عمال من الجنسية النيبالية، بينهم …، لقوا حتفهم);
    an object of a verb before the number (`object_post` of an `object_verb`: فقد 8 أشخاص حياتهم)
    only right after the counted phrase and with that verb (not عشرة آلاف من تنظيم حياتهم)."""
    words, commas, part = 0, 0, False   # part: a breakdown (بينهم ستة من عائلة واحدة) may hold counts
    first = _partitive_end(s, start + _qualifier_width(s, start))
    if first == start and s.word(start + 1) == "من" and is_nisba(s.word(start)) \
            and s.cue(start, ("noun", "event", "post")) is None:
        first = _partitive_end(s, start + 1)   # 390 مقاتلاً كردياً من حزب العمال الكردستاني قتلوا
    first += _qualifier_width(s, first)   # 15 جنديا على الأقل في الجيش المصري قتلوا: not counted either
    # … and a clause of what they were doing, opened by كان, stands longer (14 آخرين كانوا في مؤخرة المركب غرقوا),
    # also after a relative pronoun (الأشخاص الخمسة الذين كانوا على متنها لقوا حتفهم)
    lead = first + (s.word(first) in _OTHERS)
    relative = s.word(lead) in _WHICH and s.word(lead + 1) in _WERE
    window = POST_WINDOW + (COPULA_CLAUSE + relative) * (s.word(lead + relative) in _WERE)
    ages = first   # the end of an age clause, not counted (ثلاثة تلاميذ تتراوح أعمارهم بين 15 و16 عاما أصيبوا)
    adjectives = first == start   # the counted noun's own adjectives, not counted (7 خبراء حوثيين في صناعة …)
    qualified = first   # the end of a qualifier, not counted (17 من عناصر قوات الأمن الأفغانية على الأقل قتلوا)
    for k in range(first, len(s.words)):
        ages = _age_clause_end(s, k) if k >= ages else ages
        qualified = k + _qualifier_width(s, k) if k >= qualified else qualified
        if k < ages or k < qualified:
            continue
        adjectives = adjectives and s.word(k).endswith(_AGREEING_NISBA) and s.word(k) not in _WHICH \
            and s.cue(k, ("post",)) is None
        if adjectives:
            continue
        if not s.is_word(k):
            # 7 عناصر من تنظيم / داعش / قتلوا: agency copy sets a name between slashes or quotes
            # (عشرة مدنيين بينهم "عدد كبير من الأطفال" قتلوا), or an editor's word in brackets (19 (شخصا) قتلوا)
            if s.word(k) in ("/", "(", ")") or s.word(k) in _QUOTES:
                continue
            if part and commas and s.word(k)[:1].isdigit() and _aside_closes(s, k):
                words += 1   # 230 مدنيا، من بينهم 35 طفلا، قتلوا: the breakdown's own count
                continue
            if _dated_digits(s.word(k)) and _is(s.word(k - 1), "year_noun"):
                words += 1   # سبعة جنود عام 1985 فأرداهم قتلى: the year of it, no count
                continue
            commas += s.word(k) in _COMMA
            if s.word(k) not in _COMMA or commas > 2 or (
                    s.word(k + 1).startswith(("و", "ف")) and not _post_cue_as_written(s.word(k + 1))
                    and _age_clause_end(s, k + 1) == k + 1
                    and not (s.word(k + 1) == _AND_HAVE and s.cue(k + 2, ("post",)) is not None)):
                break   # … 32 دراجة نارية، وقتلوا؛ ثلاث حالة في العناية المركزة، فما انتقل: a new clause
                #         (not a cue whose ف is its own: اثنين من الجرحى، فارقوا الحياة; an age clause:
                #         رجلان آخران، في سن 33، و38 عاما، وقد أصيبا; nor وقد before the verb agreeing)
            continue    # 21 زائرا على الأقل، بينهم نساء، لقوا حتفهم
        if _idiom_verb(s, k) and s.cue(k, ("post",)) is None:
            continue    # the verb of an idiom whose object follows is one with it (… والغاز لقوا حتفهم)
        words += 1
        part = part or s.word(k) in _part_words()
        beyond = words > window + 2 * (commas > 0 or part)
        if beyond and (far := _dual_verb_after(s, k)) is not None:
            return s.cue(far, ("post",)), far   # اثنين من المسلحين الذين شاركوا في الهجوم على المركز لقيا حتفهما
        if beyond or s.cue(k, ("boundary",)) or _new_count(s.word(k)) \
                or _is(s.word(k), "their_kin") or (s.word(k) in _SAID_THAT and _a_count(s.word(k + 1))) \
                or (k > first and not part and _is(s.word(k + 1), "unit") and _a_count(s.word(k))):
            break   # … 2000 عنصر وآلاف من رجاله سقطوا مصابين: the verb is the new item's (مسؤولان أمنيان أن سبعة
            # أشخاص قتلوا: what the two said, its count's verb; 8 أطفال يعتقد أن
            # آباءهم قتلوا: their kin's); a count of
            # units is another phrase (مصاب واحد من الثلاثة يبلغ من العمر قرابة ثلاثين عاما، نتيجة تعرضه لإصابة)
        found = s.cue(k, ("post",)) or _agreeing_verb(s, start, k)
        if found is None and s.word(k).startswith("و") and (s.cue(k, ("event",)) or (
                s.is_word(k + 1) and s.cue(k + 1, ("event",)) and not s.cue(k + 1, ("post",)) and not _idiom_verb(s, k + 1))):
            break   # … و3 آخرين وإصابة عدد آخر بجروح: the next clause's verb and its complement; also
            #         after a noun that opens it (وإلقاء القبض على مسلحين مصابين)
        if found and k > first and _is(s.word(k - 1), "own_subject"):
            break   # 400 سجين، اعتقل نصفهم وبعضهم ماتوا: the verb of a part named right before it, not of the count
        if found and s.word(k + 1) in _PEOPLE_OF_THEM and any(_is_number(s, j) for j in range(k + 2, k + 5)):
            break   # 1410000 حالة، توفوا منهم أكثر من 81 ألفا: the verb of the part counted after it, within three words
        if found and not _other_sense(s, k) and not _is(s.word(k - 1), "negation") \
                and (not _is(s.word(k), "object_post") or (words == 1 and any(
                    _is(s.word(j), "object_verb") for j in range(max(start - POST_WINDOW, 0), start)))):
            return found, k   # غير مصابين: not hurt; من تنظيم حياتهم: no فقد before
    return None, start


DUAL_REACH = 8   # more words in which a dual verb may still agree with its count (a relative clause between)


def _dual_verb_after(s: _Sentence, k: int) -> int | None:
    """A dual verb of harm (قتلا، لقيا حتفهما) within DUAL_REACH words from token k, before any number or
    the clause's end: it agrees with a count of two however long the clause between (the figure takes it
    only for a count of two); not an active one with its object (see _dual_killers)."""
    for j in range(k, min(k + DUAL_REACH, len(s.words))):
        if (s.word(j) in _DUAL_POST or s.word(j + 1) in _DUAL_POST) and s.cue(j, ("post",)) is not None:
            return None if _dual_killers(s, j) else j   # انتحاريتين … قتلتا تسعة أشخاص: the two killed
        if _is_number(s, j) or s.word(j) in _CLAUSE_END or s.cue(j, ("boundary",)):
            return None
    return None


AGE_CLAUSE = 8   # tokens of an age clause after its age word, at most (بين 15 و16 عاما)
_AGE_LINKS = frozenset(normalize_key(w) for w in ("بين", "ما", "مابين", "من", "و", "إلى"))   # بين 15 و16، من 15 إلى 20


def _age_clause_end(s: _Sentence, k: int) -> int:
    """The token after an age clause opening at token k (تتراوح أعمارهم بين 15 و16 عاما، عمره 19
    عاما، في سن 33، و38 عاما: a verb of span or في, a word of age, then its numbers, links, units
    and the commas between them; في العشرين من العمر: a number, then من and a word of age), else k."""
    opener = k + (_is(s.word(k), "age_span") or s.word(k) == "في")
    if _age_number(s.word(opener)) and s.word(opener + 1) == "من" and _is(s.word(opener + 2), "age"):
        return opener + 3
    if not _is(s.word(opener), "age"):
        return k
    last = opener
    for j in range(opener + 1, min(opener + 1 + AGE_CLAUSE, len(s.words))):
        word = s.word(j)
        if _age_number(word) or _is(word, "unit"):
            last = j
        elif word not in _AGE_LINKS and not (word in _COMMA and _age_number(s.word(j + 1 + (s.word(j + 1) == "و")))):
            break
    return last + 1 if last > opener else k


def _age_number(word: str) -> bool:
    """A number an age is told in: digits, a number word, a decade with the article (العشرين)."""
    return word[:1].isdigit() or word in NUMBER_WORDS or word in _DECADES


def _agreeing_verb(s: _Sentence, start: int, k: int) -> tuple | None:
    """A verb of harm in the feminine singular right after a feminine singular noun counted
    (15 امرأة قتلت، 20 طفلة أصيبت): it agrees with the noun, so it tells what befell them; the
    event cue's category, else None (not after 300 جندي: قتلت has another subject)."""
    if k != start:
        return None
    noun, verb = s.word(start - 1), s.word(k)
    if verb not in lexicon().negatives.get("feminine_harm", ()) or not noun.endswith("ه") or noun in NUMBER_WORDS \
            or s.word(k + 1)[:1].isdigit():
        return None   # 7389 امرأة أصيبت 751 منهن: the verb counts others
    found = s.cue(k, ("event",))
    return found if found is not None and found[0] in _HARM else None


ASIDE_TAIL = 4   # tokens after a count inside a breakdown set off by commas, up to its closing comma


def _aside_closes(s: _Sentence, k: int) -> bool:
    """The breakdown holding the count at token k closes with a comma right before a verb of harm
    (، بينهم 35 طفلا، قتلوا), or an idiom of it (، بينهم 6 أطفال، لقوا حتفهم), so the verb is the whole count's."""
    for j in range(k + 1, min(k + 1 + ASIDE_TAIL, len(s.words))):
        if s.word(j) in _COMMA:
            return s.cue(j + 1, ("post",)) is not None or (_idiom_verb(s, j + 1) and s.cue(j + 2, ("post",)) is not None)
        if not s.is_word(j):
            return False
    return False


OTHERS_WINDOW = 10   # words of the clause of "others" in which it may name them hurt (و9 آخرون تم نقلهم … مصابين)


def _hurt_later(s: _Sentence, start: int) -> int | None:
    """Token of the first word of harm in the clause from `start` when it names the injured
    (مصابين، بإصابات، بجروح), not negated or a disease; None when a word of another fate comes
    first (أنقذهم، في عداد المفقودين), a number (a new item), or the clause ends."""
    for k in range(start, min(start + OTHERS_WINDOW, len(s.words))):
        word = s.word(k)
        if word in _CLAUSE_END or word in _COMMA or word[:1].isdigit() or s.cue(k, ("boundary",)):
            return None
        found = s.cue(k, ("post",))
        if found:
            ok = found[0] == "injured" and not _is(s.word(k - 1), "negation") and not _disease_after(s, k)
            return k if ok else None
        if s.cue(k, ("event", "status")):
            return None
    return None


FRAME_WINDOW = 14   # words between a counted phrase and the object of the idiom before it (لقي … مصرعهم)
VERB_BEFORE = 3     # words between an idiom's verb and its object before the number (أنهى مزارع حياة 3)


@lru_cache(maxsize=None)
def _idioms_by_order() -> dict[str, dict[str, frozenset[str]]]:
    """The idioms of death (lexicons/death_idioms.csv), normalised: order (`after`: the object
    follows the counted phrase, لقي … مصرعهم; `before`: it precedes the number, أنهى مزارع حياة 3)
    -> object -> the verbs it takes; see _frame."""
    by: dict[str, dict[str, set[str]]] = {"after": {}, "before": {}}
    for r in read_lexicon("death_idioms.csv", choices={"order": ("after", "before")}):
        by[r["order"]].setdefault(normalize_key(r["object"]), set()).add(normalize_key(r["verb"]))
    return {order: {o: frozenset(v) for o, v in objects.items()} for order, objects in by.items()}


def _frame(s: _Sentence, i0: int, start: int) -> int | None:
    """Token of the object of an idiom of death (lexicons/death_idioms.csv) around the number at
    i0: its verb right before the number and its object after the counted phrase, in its clause,
    with no other number between (لقي 3 أشخاص من منتسبي كتيبة … مصرعهم، فارق تلميذان الحياة، قدم
    37 من رجال الأمن والمواطنين أرواحهم); or the object right before the number and its verb a
    few words before it (أنهى مزارع حياة 3 من جيرانه)."""
    idioms = _idioms_by_order()
    k = i0 - 1
    while k > 0 and (s.word(k) in _QUALIFIER_WORDS or s.word(k) in _QUOTES or _is(s.word(k), "resumptive")):
        k -= 1   # … and a pronoun of the event (اشتباكات لقي فيها 40 مسلحا … مصرعه)
    verbs = idioms["before"].get(s.word(k))
    if verbs is not None:
        return k if any(set(_strip(s.word(j))) & verbs for j in range(max(k - VERB_BEFORE, 0), k)) else None
    verbs = idioms["after"].get(s.word(k - 1)) if s.word(k) == _WITH else None
    if verbs is not None:   # لقي القيادي … مصرعه مع 6 آخرين: the others met their death with the one named
        return k - 1 if _verb_back(s, k - 1, WITH_VERB, verbs) is not None else None
    verb = set(_strip(s.word(k)))
    if not s.is_word(k) or not verb & {v for vs in idioms["after"].values() for v in vs}:
        return None
    part = False   # a breakdown's counts (لقي 26 مدنيا، بينهم 11 طفلا مصرعهم) stand inside the frame
    for j in range(start, min(start + FRAME_WINDOW, len(s.words))):
        word = s.word(j)
        part = part or word in _part_words()
        if word in _CLAUSE_END or (word[:1].isdigit() and not part and not _model(s, j)) or s.cue(j, ("boundary",)):
            return None
        if verb & idioms["after"].get(word, frozenset()):
            return j
    return None


def _idiom_verb(s: _Sentence, k: int) -> bool:
    """Token k is the verb of an idiom of death whose object follows it (لقوا حتفهم، لقي … مصرعه)."""
    verbs = _idioms_by_order()["after"].get(s.word(k + 1))
    return verbs is not None and (bool(set(_strip(s.word(k))) & verbs) or verb_shaped(s.word(k)))


def _idiom_met(s: _Sentence, k: int) -> bool:
    """Token k closes an idiom of death whose verb stands a few words before it in its clause, with
    no number between (لقي عشرات الحوثيين مصرعهم)."""
    verbs = _idioms_by_order()["after"].get(s.word(k))
    return verbs is not None and _verb_back(s, k, FRAME_WINDOW, verbs) is not None


def _verb_back(s: _Sentence, k: int, window: int, verbs: frozenset[str]) -> int | None:
    """Token of one of an idiom's `verbs` within `window` words before token k, in its clause and
    with no number between."""
    for j in range(k - 1, max(k - 1 - window, -1), -1):
        if s.word(j) in _CLAUSE_END or s.word(j)[:1].isdigit():
            return None
        if set(_strip(s.word(j))) & verbs:
            return j
    return None


_WITH = normalize_key("مع")
WITH_VERB = 10   # words between an idiom's verb and its object before مع and a count (لقي القيادي … مصرعه مع 6)


TREATED_WINDOW = 2   # words between a counted phrase and the care its verb before it receives


def _treated(s: _Sentence, i0: int, start: int) -> int | None:
    """Token of the care (العلاج) that the people counted at i0 receive, with its verb right
    before the number and its qualifiers, in a sentence that names no disease or patients
    (figure_negatives.csv, kinds receive, treatment_object and patient:
    يتلقى نحو 300 آخرين العلاج في مستشفيات الإقليم، تلقى 12 مصابا العلاج): patients, injured."""
    k = i0 - 1
    while k > 0 and (s.word(k) in _QUALIFIER_WORDS or s.word(k) in _QUOTES):
        k -= 1
    if not _is(s.word(k), "receive") or any(_is(w, "patient") or _is(w, "disease") for w in s.words):
        return None   # … not the sick (تلقى 340 سعوديا العلاج في الخارج … الحالات المرضية)
    end = _partitive_end(s, start)
    for j in range(end, min(end + 1 + TREATED_WINDOW, len(s.words))):
        if not s.is_word(j):
            return None
        if _is(s.word(j), "treatment_object"):
            return j
    return None


def _qualifier_width(s: _Sentence, k: int) -> int:
    """Tokens of a qualifier written after a number (على الأقل، تقريبا) that starts at token k."""
    for phrase in _AFTER_QUALIFIERS:
        if all(s.word(k + j) == w for j, w in enumerate(phrase)):
            return len(phrase)
    return 0


@lru_cache(maxsize=4096)
def _vague(word: str) -> bool:
    """A vague amount (عشرات، المئات، آلاف), as helpers.numbers reads it."""
    return any(m.kind == "vague" for m in find_numbers(word))


_IN_PLACE = normalize_key("في")


def _part_of(word: str, total: Figure) -> bool:
    """`word` is a count smaller than the figure `total` (إصابة 15 فلسطينيا، اثنان في رفح): a part of it."""
    value = next((m.value for m in find_numbers(word) if m.kind in COUNT_KINDS), None)
    return isinstance(value, (int, float)) and isinstance(total.mention.value, (int, float)) \
        and value < total.mention.value


def _new_count(word: str) -> bool:
    """A و-word that is a vague amount (وآلاف، وعشرات): a new item with its own verb, unlike a
    counted one, which may share the verb (ثلاثة مدنيين وثلاثة رجال شرطة قتلوا)."""
    return word.startswith("و") and len(word) > 2 and _vague(word[1:])


def _new_word_item(s: _Sentence, start: int, end: int) -> bool:
    """A word joined by و in tokens start..end-1 that is no number (وشرد، وأجبر): after a vague amount,
    the item of another verb."""
    return any(s.word(j)[:1] == "و" and s.is_word(j) and s.word(j)[1:] not in NUMBER_WORDS and not _vague(s.word(j)[1:])
               for j in range(start, end))


@lru_cache(maxsize=4096)
def _a_count(word: str) -> bool:
    """A number word (ثلاثين، خمسة), not a dual noun or واحد."""
    return any(m.kind in COUNT_KINDS and m.kind != "dual" and m.value not in (None, 1) for m in find_numbers(word))


def _before_count(s: _Sentence, j: int) -> int:
    """The token before the noun at j and the number counting it (خلال الـ24 ساعة: خلال)."""
    k = j - 1
    while k > 0 and (s.word(k)[:1].isdigit() or s.word(k) in NUMBER_WORDS or s.word(k) == "ال"):
        k -= 1
    return k


def _other_sense(s: _Sentence, k: int) -> bool:
    """The killing verb at token k is used in another sense (the words are kinds of
    figure_negatives.csv): قضى "spent" when a span of time is its object within a few words
    (قضى أربعين منها، قضوا يوما كاملا، قضى 25 مشجعا ليلتهم; not after خلال، مدى: قضى 3279
    مهاجرا مدى العام، قضوا خلال الـ24 ساعة الماضية) and no death word follows (قضى 13 شخصا غرقا، في هجوم); استشهد "cited" when
    على ذلك or a ب-phrase of citing follows within a few words (واستشهد الوزير على ذلك، استشهد
    بقوله; not استشهد برصاص، على يد); a verb whose object is abstract (اغتالت فرحتهم، اغتالت
    الحرب أحلام), or whose على-object is, its subject between (أجهز قضاة المجلس على آمال بقاء خمس
    مستشارين); أرواح after a verb of saving (أنقذ الأطباء أرواح 30 شخصا)."""
    word = s.word(k)
    if word in lexicon().negatives.get("other_word", ()):
        return True   # وصفت حالة 15 بالحرجة: "described", not و + صفت
    if _is(word, "by_verb") and not any(s.word(j).startswith("ب") for j in range(k + 1, min(k + 1 + EVENT_WINDOW, len(s.words)))):
        return True   # أودي كيو 5: the car, not أودى بحياة، أودى بأربعين
    if _is(word, "fall_verb") and any(_is(s.word(j), "fall_other") for j in range(k + 1, k + 1 + SPENT_WINDOW)):
        return True   # يسقط 431 إرهابيا في قبضة العدالة: caught, not killed
    if _is(word, "spent_verb"):
        if any(_is(s.word(j), "death_context") for j in range(k + 1, k + 1 + SENSE_WINDOW)):
            return False
        return any(_is(s.word(j), "spent_object") and not _is(s.word(_before_count(s, j)), "time_preposition")
                   for j in range(k + 1, k + 1 + SPENT_WINDOW))
    if _is(word, "cite_verb") and any(
            (s.word(j) == _ON and _is(s.word(j + 1), "citation"))
            or (s.word(j).startswith("ب") and (_is(s.word(j), "citation")
                                               or _is(s.word(j + 1), "citation")))   # يستشهد بخمسة أمثلة
            for j in range(k + 1, k + 1 + CITE_WINDOW)):
        return True
    if _is(word, "lives") and any(_is(s.word(j), "saving_verb") for j in range(max(k - CITE_WINDOW, 0), k)):
        return True   # أنقذ الأطباء أرواح 30 شخصا: lives saved
    return any(_is(s.word(j), "abstract") for j in range(k + 1, k + 1 + CITE_WINDOW)) \
        or any(s.word(j) == _ON and _is(s.word(j + 1), "abstract") for j in range(k + 1, k + 1 + EVENT_WINDOW))


QUOTED_NAME = 4   # words of a name in quotes that closes a partitive phrase (من عناصر «أنصار بيت المقدس»)


STATE_GAP = 2   # words between a count and the حالة of its severity (9 من الضحايا لا يزالون في حالة خطيرة)
_STATE = frozenset(normalize_key(w) for w in ("حالة", "بحالة", "حالتهم", "حالتهما", "حالتها", "حالتهن",
                                              # … or their wounds' (تسعة آخرين إصاباتهم طفيفة)
                                              "إصاباتهم", "إصابتهم", "إصاباتهما", "إصابتهما", "إصاباتهن"))


def _in_state(s: _Sentence, start: int) -> int | None:
    """Token of حالة and a severity a few words from `start` (في حالة خطيرة، حالتهم حرجة): the
    people counted are alive and hurt."""
    for k in range(start, min(start + STATE_GAP + 2, len(s.words))):
        if not s.is_word(k):
            return None
        if s.word(k) in _STATE and _is(s.word(k + 1), "severity"):
            return k
    return None


NISBAS = 2   # nisba adjectives that may follow a counted noun (ثلاثة جنود ماليين)


def _past_nisbas(s: _Sentence, i: int) -> int:
    """Token after the nisba adjectives at i that describe the noun before them (جنود ماليين على
    الأقل وثلاثة عشر: the figure closes after them), i itself when there is none."""
    for _ in range(NISBAS):
        if not (s.is_word(i) and is_nisba(s.word(i)) and not s.word(i).startswith("و")   # وامرأتين: a new item
                and s.word(i) not in _PREPOSITIONS and not s.cue(i, ("noun", "event", "post"))):
            break
        i += 1
    return i


def _partitive_end(s: _Sentence, i: int) -> int:
    """Token after a partitive phrase at i (من عناصر الأمن), so that a و-number after it
    still reads as coordinated; i itself when there is none."""
    if s.word(i) != "من" or not (s.is_word(i + 1) or (s.word(i + 1) in _QUOTES and s.is_word(i + 2))):
        return i
    start = i
    if s.is_word(i + 1):
        i += 2
        if s.word(i) in _ONE:   # من أسرة واحدة، من عائلة واحدة: "one" agrees with the noun
            return i + 1
        for _ in range(2):
            if not s.word(i).startswith("ال"):
                break
            i += 1
    else:
        i += 1   # the name in quotes right after من: 3 من "حراس القرى"
    if s.word(i) in _QUOTES:   # a name in quotes: من أعضاء «بوكو حرام»، من مسلحي "داعش"
        for j in range(i + 1, min(i + 1 + QUOTED_NAME, len(s.words))):
            if s.word(j) in _QUOTES:
                return j + 1
            if not s.is_word(j):
                break
    return i if s.is_word(start + 1) else start


def _to_qualifier(word: str) -> bool:
    """A qualifier of a number with ل for إلى (لأكثر، لنحو، لقرابة), or with the ب of a verb of
    estimating (قدر عددهم بما يقرب من الألف، بحوالي)."""
    return word[:1] in "لب" and not word.startswith(("لل", "بال")) and word[1:] in _QUALIFIER_WORDS


_WHAT_RANGE = frozenset(normalize_key(w) for w in ("ما", "بما"))   # (ب)ما بين before a range
_COPULA = frozenset(normalize_key(w) for w in ("هم", "هي", "هو"))   # القتلى هم: the dead are
COPULA_GAP = 2   # words between that pronoun and the count of its predicate (هم أفراد الطاقم العشرة)


def _new_clause(s: _Sentence, k: int) -> bool:
    """Token k is a verb that opens a clause of its own after a comma and و (، واستمعت), no link."""
    word = s.word(k)
    return word.startswith("و") and s.word(k - 1) in _COMMA and verb_shaped(word[1:]) and s.cue(k, ("link",)) is None


def _head(s: _Sentence, i0: int) -> tuple[str | None, int]:
    """Category of a total whose number comes later (rule `head`): a casualty noun before the
    number, right before it (الجرحى الـ15) or with words between when a link word stands
    between them or before the noun (بلغ عدد ضحايا التفجير … 63 شخصا، عدد الجرحى هو قرابة 640،
    تجاوزت حصيلة الضحايا حاجز الـ300). The noun is definite, the head of a toll (عدد شهداء،
    حصيلة ضحايا) or opens a headline (قتلى الفيضانات 73)."""
    k = i0 - 1
    skipped_link = False
    while (s.word(k) in _QUALIFIER_WORDS or _estimated(s.word(k)) or _to_qualifier(s.word(k))) and k > i0 - 4:
        # … إلى نحو 1800، لم يتجاوز، ارتفعت الحصيلة لأكثر من عشرة (ل for إلى)
        skipped_link = skipped_link or s.cue(k, ("link",)) is not None or _estimated(s.word(k)) or _to_qualifier(s.word(k))
        k -= 1
    qualified = k < i0 - 1   # … ما يزيد على 60، نحو 60: a predicate may open with its qualifier
    while s.word(k) in _QUOTES and k > i0 - 3:   # الضحايا هم "أربعة قاصرين
        k -= 1
    # نصف القتلى (34) سجلوا: the count set in brackets right after its noun, a verb or no word after it (not
    # المصابين (50) حالة: the count of its own noun)
    rise = _increment(s, i0, i0 + 1)   # الوفيات (1+): the rise of the day after its noun
    if rise is not None and s.cue(rise - 1, ("noun",)) is not None:
        k = rise
    bracketed = s.word(k) == "(" and (rise is not None or s.word(i0 + 1) == ")") and s.cue(k - 1, ("noun",)) is not None \
        and (rise is not None or not s.is_word(i0 + 2) or verb_shaped(s.word(i0 + 2)) or s.word(i0 + 2) in _PREPOSITIONS)
    k -= bracketed
    if s.word(k) in ("ال", "بين", "بينهم"):   # الجرحى الـ15، بين القتلى 7
        k -= 1
        ranged = s.word(k + 1) == "بين" and s.word(k) in _WHAT_RANGE   # قدر عدد القتلى بما بين ألفين وثلاثة آلاف
        k -= ranged
        qualified = qualified or ranged   # عدد القتلى … في الموصل ما بين 1066 و1579: a predicate as a qualified number
    amounting = s.word(k) in _AMOUNTS and s.cue(k - 1, ("noun",)) is not None
    k -= amounting   # عدد القتلى البالغ 18، حصيلة الضحايا البالغة 40: "which amounts to"
    found = None if _is(s.word(k), "lives") else s.cue(k, ("noun",))   # خسائر في الأرواح بلغت: no head
    if found and found[0] in lexicon().counted_things and _governed(s, k):
        found = None   # عدد القتلى في المدينة بلغ 60: the place, not the head
    direct = skipped_link or amounting or bracketed or s.cue(k, ("link",)) is not None \
        or _toll_before_change(s, i0)   # … إلى 92، القتلى هم 11، ارتفع عدد القتلى … من 10 إلى
    linked = verb_linked = False   # a link word; a verb of it (بلغت، وصل), not إلى or هم
    if not found:
        stop = k - HEAD_WINDOW
        for k in range(k, max(k - HEAD_WINDOW - DATE_SPAN, -1), -1):
            word = s.word(k)
            if k <= stop:
                break
            day = (word[:1].isdigit() or word.startswith("ال")) and _day_of_month(s, k)
            if day:   # … منذ بدء المسيرات في 14 أيار/مايو (في السابع من تشرين الأول/أكتوبر) إلى 52: a date, not
                #       counted in the window (once)
                stop = max(stop - DATE_SPAN, -1)
            if word in _CLAUSE_END or (word[:1].isdigit() and not _dated(s, k) and not _date_token(s, k)
                                       and not _toll_before_change(s, k)) \
                    or s.cue(k, ("boundary",)) \
                    or word in _THAT or reporting_role(word) in ("verb", "participle") or _new_clause(s, k):
                break   # … مبينة أن الإقليم استقبل 800، ملفات الشهداء، واستمعت إلى 1500: another clause
                #         (not the toll before a change: ارتفع عدد القتلى من 10 إلى 14)
            if k < i0 - 1 and word in _TOLL_HEADS and not (
                    s.cue(k + 1, ("noun",)) or _is(s.word(k + 1), "cases") or s.word(k + 1) in _RELATIVE):
                break   # … في المدينة التي يبلغ عدد سكانها 240 ألفا: the total of another thing
            if s.cue(k, ("link",)) is not None:
                linked = True
                verb_linked = verb_linked or not set(_strip(word)) & _PARTICLES
            found = (None if _is(word, "lives") else s.cue(k, ("noun",))) or _relative_toll(s, k)
            if found and found[0] in lexicon().counted_things and (_genitive(s, k) or _governed(s, k)):
                found = None   # a thing named in the phrase, not its head (شهداء تفجير المسجد إلى 12،
                #                عدد القتلى في المدينة بلغ 60)
            if found and s.word(k - 1) == _AMONG and any(s.cue(j, ("noun",)) for j in range(max(k - 3, 0), k - 1)):
                found = None   # the group a toll is taken from (الوفيات بين المصابين بالفيروس بلغ), not its head
            if found:
                break
        # The casualty noun is the subject of a link between it and the number when definite, or
        # construct before a definite noun (وفيات الحمى النزفية في محلية شرق النيل بلغت حتى أمس 27).
        subject = verb_linked and found is not None and s.cue(k, ("noun",)) is not None \
            and (found[2] or _construct(s, k)) and (s.word(k - 1) in _THAT or not _genitive(s, k))   # خزان الشهداء
        # … or right before البالغ عددهم, which counts the noun it follows (رفات الضحايا البالغ عددهم 40).
        subject = subject or (found is not None and s.cue(k, ("noun",)) is not None
                              and s.word(k + 1) == _AMOUNTING and s.cue(k + 1, ("link",)) is not None)
        # … or right before a pronoun of being whose predicate ends with the count a few words on (أن
        # الضحايا هم أفراد الطاقم العشرة; not هم من عائلة واحدة تضم 7 أطفال).
        subject = subject or (found is not None and found[2] and s.cue(k, ("noun",)) is not None
                              and s.word(k + 1) in _COPULA and s.cue(k + 1, ("link",)) is not None
                              and i0 - (k + 2) <= COPULA_GAP and all(s.is_word(j) and s.word(j) not in _WHICH
                                                                    and s.word(j) != "من" for j in range(k + 2, i0)))
        # … after a relative, the toll word stands before its noun (بلغ عدد الجنود الذين قتلوا).
        relative = found is not None and s.cue(k, ("noun",)) is None
        if found and not linked:   # the link may stand before the noun: بلغ عدد القتلى …
            linked = any(s.cue(j, ("link",)) for j in (range(max(k - 6, 0), k - 2) if relative else range(max(k - 3, 0), k)))
        # … or a toll opening its clause, a nominal sentence whose predicate is a qualified number
        # (عدد القتلى المدنيين في اشتباكات المدينة منذ السبت ما يزيد على 60).
        subject = subject or (qualified and found is not None and _tolled(s, k) and _opens_clause(s, k - 1)
                              and not any(s.word(j) in _WHICH for j in range(k, i0)))   # … التي شنها نحو 60
        # … and so are bare digits a few plain words after such a toll (إن عدد قتلى الحريق 41).
        subject = subject or (found is not None and i0 - k <= PREDICATE_GAP and s.word(i0)[:1].isdigit()
                              and _tolled(s, k) and _opens_clause(s, k - 1)
                              and all(s.is_word(j) and s.word(j) not in _WHICH for j in range(k, i0)))
        # … or the dead the number is among, fronted (وكان بين قتلى التفجيرين … تسعة صحافيين، وبين قتلى الجمعة 16).
        subject = subject or (found is not None and s.word(k - 1) in (_AMONG, "و" + _AMONG) and found[0] in _HARM
                              and s.cue(k, ("noun",)) is not None and not _is(s.word(i0 - 1), "before_noun"))
        #                     … not a unit's number (من بين المصابين العقيد … رئيس عمليات اللواء 135)
        if found and not (direct or (linked and (_tolled(s, k) or relative)) or subject
                          or (_headline(s, k) and s.cue(k, ("event",)) is None)):
            return None, k   # … not the noun of an event opening a headline, whose genitive names its dead
            #                  (وفاة معلم صيني بعد ضغوط العمل الإضافي لـ400 طالب)
    if found and found[0] not in lexicon().counted_things and not _is(s.word(k - 1), "before_noun") \
            and (found[2] or _is(s.word(k - 1), "toll") or _headline(s, k) or _construct(s, k)
                 or s.word(k - 1) in (_AMONG, "و" + _AMONG)):   # من بين قتلى هجوم مانشستر 7 أطفال: a name after it
        other = s.cue(k - 1, ("noun",)) if s.word(k).startswith("و") else None
        if other and other[2] and found[0] in _HARM and other[0] in _HARM and other[0] != found[0]:
            return COMBINED, k   # عدد القتلى والجرحى بلغ 5: the dead and the hurt counted together (not the
            #                     next toll after a count's noun: إلى 15 شهيداً والمصابين إلى 40)
        return found[0], k
    return None, k


def _toll_before_change(s: _Sentence, k: int) -> bool:
    """The number at token k is the toll before a change its clause tells (ارتفع عدد القتلى من 10 إلى 14;
    helpers.numbers.CHANGE_WORDS), not a range (تتراوح التقديرات من 42 إلى أكثر من 60)."""
    return s.word(k - 1) == "من" and s.word(k + 1) == _UP_TO \
        and any(s.word(j) in CHANGE_WORDS for j in range(max(k - 1 - CHANGE_REACH, 0), k - 1))


PREDICATE_GAP = 5   # tokens from a toll's casualty noun to a bare number that is its predicate
RELATIVE_TOLL = 7   # tokens after a toll word after its number in which the relative of a verb of harm may stand


def _toll_word_after(s: _Sentence, i0: int, c: _Counted) -> int | None:
    """Token of the toll word (عدد، حصيلة) of a total whose toll phrase comes after its number,
    a link before it (ما رفع إلى خمسة عدد …، بلغت 40 حصيلة …); see _toll_after."""
    k = i0 - 1
    while s.word(k) in _QUALIFIER_WORDS and k > i0 - 4:   # إلى نحو 18
        k -= 1
    if s.cue(k, ("link",)) is None and not _estimated(s.word(k)):
        return None
    j = c.next_i + _qualifier_width(s, c.next_i)
    if c.has_noun and not c.partitive and not c.dual and c.noun_i == c.next_i and not _is(s.word(j), "toll"):
        j = c.noun_i + 1 + _qualifier_width(s, c.noun_i + 1)   # ما يرفع الى 13 شخصا على الاقل عدد القتلى
    if s.word(j).startswith("و"):
        return None   # … بلغ 144 حالة وعدد الوفيات 7، إلى اثنين وإجمالي العدد … إلى 158: the next item's toll
    return j if _is(s.word(j), "toll") else None


def _toll_after(s: _Sentence, i0: int, c: _Counted) -> tuple[str | None, int]:
    """Category of a total whose toll phrase comes after its number, the link before it (ارتفع
    إلى 18 على الأقل عدد قتلى النظام، بلغت 40 حصيلة ضحايا الحريق): the toll word, then its
    casualty noun (or حالات and the noun), right after the number and its qualifier."""
    toll = _toll_word_after(s, i0, c)
    if toll is None:
        return None, i0
    j = toll
    j += 1 + _is(s.word(j + 1), "cases")
    found = s.cue(j, ("noun",))
    if found and found[0] in _HARM and not (found[0] == "injured" and _disease_after(s, j)):
        return found[0], j   # deaths from a disease count, its cases do not (المصابين بالكوليرا)
    for k in range(toll + 2, min(toll + RELATIVE_TOLL, len(s.words))):
        if not s.is_word(k):
            break
        if s.word(k) in _RELATIVE:   # إلى 25 على الأقل عدد مقاتلي جبهة النصرة الذين لقوا حتفهم
            for j in (k + 1, k + 2):
                found = s.cue(j, ("post",))
                if found and found[0] in _HARM and not _other_sense(s, j):
                    return found[0], j
            break
    return None, i0


_BREAKDOWN_OPEN = frozenset("(-–—")   # what opens a breakdown set off after its total
_SHARES = frozenset(normalize_key(w) for w in ("إلى", "على", "بين"))   # يتوزعون إلى 19 مسلحا
_AMOUNTING = normalize_key("البالغ")   # البالغ عددهم: "whose number is"
_AMOUNTS = frozenset(normalize_key(w) for w in ("البالغ", "البالغة"))   # right before the number: "amounting to"
_AMONG = normalize_key("بين")
_ONE = frozenset(normalize_key(w) for w in ("واحد", "واحدة"))
_OTHERS = frozenset(normalize_key(w) for w in ("آخر", "آخرين", "آخرون", "آخران", "أخريات", "أخرى"))
_TOLL_HEADS = frozenset(normalize_key(w) for w in ("عدد", "أعداد", "حصيلة", "إجمالي"))   # nouns that take what they count
_WHICH = frozenset(normalize_key(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"))
# A masdar of killing with its killer's pronoun (بعد قتله 100، إلى جانب قتلها 167), also a verb with its object
# pronoun after a relative (الذي قتله 3 مسلحين: his killers).
_KILLING_OF_HIM = frozenset(normalize_key(w) for w in ("قتله", "قتلها"))
_PARTICLES = frozenset(normalize_key(w) for w in ("إلى", "هو", "هي", "هم", "هما", "حاجز", "عتبة"))
_RELATIVE = frozenset(normalize_key(w) for w in ("الذين", "اللذين", "اللذان", "اللواتي", "اللاتي", "من", "ممن"))


def _relative_toll(s: _Sentence, k: int) -> tuple[str, str, bool, int] | None:
    """A verb of harm after a relative after a toll word heads a total as its noun would (عدد
    المقاتلين الذين قضوا في معارك تلعفر … إلى 115، عدد من قتلوا): (category, role, True, 1)."""
    if s.word(k - 1) not in _RELATIVE or not any(_is(s.word(j), "toll") for j in range(max(k - 4, 0), k - 1)):
        return None
    found = s.cue(k, ("post",))
    return (found[0], "noun", True, 1) if found and found[0] in _HARM else None


def _construct(s: _Sentence, k: int) -> bool:
    """The noun at token k is indefinite before a definite one, its genitive, or the last of a
    chain of two (وفيات الحمى، جرحى حوادث المرور), or before an incident and its place's name
    (قتلى تفجيري كابل، قتلى هجوم باريس): definite as a phrase."""
    return not s.word(k).startswith(("ال", "وال", "بال", "لل")) and (s.word(k + 1).startswith("ال") or (
        s.is_word(k + 1) and reporting_role(s.word(k + 1)) is None and s.word(k + 2).startswith("ال")) or (
        s.is_word(k + 2) and any(_is(w, "incident") for w in (s.word(k + 1), *dual_singulars(s.word(k + 1))))))


DATE_SPAN = 4   # tokens of a day and its month (14 أيار/مايو) that do not count in the window of a toll's head


def _day_of_month(s: _Sentence, k: int) -> bool:
    """The digits or the ordinal at token k are a day: a month's name follows, after من perhaps (14 أيار/مايو،
    5 نوفمبر، 13 من حزيران، السابع من تشرين الأول)."""
    j = k + 1 + (s.word(k + 1) == "من")
    return s.word(j) in MONTHS or f"{s.word(j)} {s.word(j + 1)}" in MONTHS


def _dated(s: _Sentence, k: int) -> bool:
    """The digits at token k are a year inside a toll phrase (عدد الأطفال المصابين عام 1424هـ بلغ 119)."""
    before = s.word(k - 1)
    return before in YEAR_CUES or before[1:] in YEAR_CUES or s.word(k + 1) in ("ه", "م")   # وعام 2014


def _estimated(word: str) -> bool:
    """ب before a number, alone or on its qualifier, links an estimated toll to it (قدرت عدد القتلى
    بنحو 150 000، بـ300، بأكثر من 40)."""
    return word == "ب" or (word.startswith("ب") and word[1:] in _QUALIFIER_WORDS)


def _genitive(s: _Sentence, k: int) -> bool:
    """The noun at token k is governed by the noun before it (شهداء المسجد، تفجير مسجد، سوق
    المدينة), not by a preposition (القتلى بمدينة …، في المدينة)."""
    word = s.word(k)
    return (word in lexicon().cues or (word.startswith("ال") and word[2:] in lexicon().cues)) \
        and s.is_word(k - 1) and s.word(k - 1) not in _PREPOSITIONS


def _opens_clause(s: _Sentence, k: int) -> bool:
    """Token k opens its sentence or clause: first, or after أن (and its verb of being: أن يكون) or
    a clause mark."""
    return k == 0 or s.word(k - 1) in _THAT or s.word(k - 1) in _CLAUSE_END \
        or (s.word(k - 1) in _TO_BE and s.word(k - 2) in _THAT)


_TO_BE = frozenset(normalize_key(w) for w in ("يكون", "تكون"))


def _governed(s: _Sentence, k: int) -> bool:
    """The noun at token k is the object of a preposition, written apart or on it (في المدينة،
    بمنطقة): a place or thing inside a toll phrase, not the head of its total."""
    word = s.word(k)
    return s.word(k - 1) in _PREPOSITIONS or word.startswith("بال") or (word[:1] == "ب" and word[1:] in lexicon().cues)


def _tolled(s: _Sentence, k: int) -> bool:
    """The noun at token k is counted by a toll word (عدد القتلى، حصيلة الضحايا، عدد حالات الوفيات), also by its
    ل after the toll's adjective (الحصيلة الإجمالية للقتلى، العدد النهائي للضحايا)."""
    return _is(s.word(k - 1), "toll") or (_is(s.word(k - 1), "cases") and _is(s.word(k - 2), "toll")) or (
        s.word(k).startswith("لل") and _definite(s.word(k - 1)) and _is(s.word(k - 2), "toll"))


def _headline(s: _Sentence, k: int) -> bool:
    """The noun at token k opens its sentence (قتلى الفيضانات 73، وجرحى القصف 86)."""
    return k == 0 or (k == 1 and s.word(0) == "و")


def _listed(s: _Sentence, i0: int, c: _Counted) -> tuple[str | None, int]:
    """A list after a colon that drops the noun (توزعت الوفيات: حلب 210، إدلب 95): a number
    with no counted noun after a colon that a casualty noun shortly precedes."""
    if c.has_noun and not s.cue(c.noun_i, ("subject",)):
        return None, i0
    items = set()   # the categories of earlier items that keep their noun (درعا 23 قتيلا، السويداء 9)
    for k in range(i0 - 1, max(i0 - 1 - LIST_WINDOW, -1), -1):
        word = s.word(k)
        noun = s.cue(k, ("noun",))
        if noun and s.word(k - 1)[:1].isdigit() and s.word(k + 1) in _COMMA:
            items.add(noun[0])
            continue
        if (word in _CLAUSE_END and word != ":") or s.cue(k, ("event", "post", "noun")):
            return None, i0
        if word == ":":
            # … further when the colon is announced (القتلى الـ 19 الذين قضوا جراء العاصفة … كالتالي:)
            intro = LIST_INTRO_ANNOUNCED if _is(s.word(k - 1), "as_follows") else LIST_INTRO
            for j in range(k - 1, max(k - 1 - intro, -1), -1):
                found = s.cue(j, ("noun",))   # … or the noun of a total before it (40 جريحا توزعوا … كالآتي:)
                if found and found[0] not in lexicon().counted_things and (found[2] or _construct(s, j) or (
                        intro == LIST_INTRO_ANNOUNCED and _is_number(s, j - 1))):
                    return (found[0], j) if items <= {found[0]} else (None, i0)
            return None, i0
    return None, i0


def _status(s: _Sentence, i0: int, prev: Figure | None) -> str | None:
    """What happened to counted things: the nearest status word before, or the chain's."""
    for k in range(i0 - 1, max(i0 - 1 - EVENT_WINDOW, -1), -1):
        t = s.word(k)
        if t in _CLAUSE_END or (prev is not None and k < prev.last):
            break
        found = s.cue(k, ("status",))
        if found:
            return found[0]
    return prev.status if prev is not None else None


def _is_cue(s: _Sentence, i: int) -> bool:
    return s.cue(i, ("noun", "event", "post", "status", "cumulative")) is not None


# ---------------------------------------------------------------- one article

class FigureRow(NamedTuple):
    """One figure: the table's columns."""

    value: Any
    low: Any
    high: Any
    qualifier: str
    category: str
    noun: str | None
    subject: str | None
    status: str | None
    cumulative: bool
    source: str | None
    sentence: str
    start: int
    end: int
    surface: str
    in_body: bool
    rule: str           # the named rule that found it: noun, event, chain, post or head (not in the table)


COLUMNS = FigureRow._fields[:15]


@register("figures", COLUMNS, exact=("value", "low", "high"))
def figure_rows(doc: Document) -> list[FigureRow]:
    """The figures of a document (the publication date is not read: the dates of running
    totals come from the text).

    The document's word index gives where casualty and status cues stand; only the sentences
    that hold one are read for numbers.
    """
    lines: dict[tuple[int, int], list[int]] = {}
    line_start = line_end = -1
    prepared, text = doc, doc.text
    for at in map(prepared.norm.position, prepared.starts(lexicon().cue_words)):
        if at >= line_end:   # each line is delimited once: linear in the text
            line_start = text.rfind("\n", 0, at) + 1
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
        lines.setdefault((line_start, line_end), []).append(at - line_start)
    found: dict[int, tuple[_Sentence, list[Figure]]] = {}
    place_names = _numbered_places(doc.gazetteer) if lines else frozenset()   # the gazetteer looked up once a document
    epidemic = prepared.starts(_epidemic_words()) if lines else []
    epidemic_at = prepared.norm.position(epidemic[0]) if epidemic else len(text)
    for (line_start, line_end), hits in lines.items():
        line = text[line_start:line_end]
        for a, b in sentences(line):
            i = bisect.bisect_left(hits, a)
            if i == len(hits) or hits[i] >= b:
                continue
            mentions = find_numbers(line[a:b])
            if mentions or _maybe_dual(normalize_key(line[a:b])):
                s = _Sentence(line[a:b], line_start + a, place_names, epidemic_at < line_start + b)
                figures = _sentence_figures(s, mentions)
                if s.epidemic and any(f.category == "injured" for f in figures) and _counts_infections(s):
                    figures = [f for f in figures if f.category != "injured"]
                if figures:
                    found[line_start + a] = (s, figures)
                    last_line_end = line_end
    if not found:
        return []
    spans = sentences(text[:last_line_end])
    return _rows_for(doc, [found[start] for start, _ in spans if start in found])


@lru_cache(maxsize=None)
def _epidemic_words() -> frozenset[str]:
    """The names of epidemics (figure_negatives.csv, kind epidemic: كورونا، الوباء، ميرس) with any proclitic."""
    return with_prefixes(lexicon().negatives.get("epidemic", ()), NOUN_PREFIXES + WORD_PREFIXES)


def _counts_infections(s: _Sentence) -> bool:
    """In an article that has named an epidemic, a sentence whose every word of the injured also names an
    infection (figure_negatives.csv, kind infection_word: الإصابات، مصابين، أصيب، حالة), that has one, and that
    names no incident (kind incident: حادث، قصف) counts infections and patients: a bulletin's lines (توزيع
    الإصابات: فاس 5819، وصل عدد المصابين فالمجموع ل492403، 252 حالة حرجة فالإنعاش) name the virus only in an
    earlier sentence. Not جرحى or بجروح, which are injuries only."""
    harm = [(k, c[3]) for k in range(len(s.words))
            if (c := s.cue(k, ("noun", "event", "event_next", "post"))) is not None and c[0] == "injured"]
    return any(_is(w, "infection_word") for w in s.words) \
        and all(any(_is(s.word(j), "infection_word") for j in range(k, k + width)) for k, width in harm) \
        and not any(_is(w, "incident") for w in s.words)


def _maybe_dual(sentence: str) -> bool:
    """A sentence with no number may still count two: a dual verb or pronoun (قتلا، حتفهما), a
    participle dual (مهاجران), "a third" (وأصيب ثالث), a dual pronoun (أحدهما، نقلهما) or كانا in it (the
    cheap test before reading it)."""
    words = _WORDS.findall(sentence)   # without the punctuation after them (طيارين قتلا.)
    return bool(_DUAL_POST.intersection(words)) or bool(_DUAL_AGREEING.intersection(words)) \
        or _dual_shapes().search(sentence) is not None


_WORDS = re.compile(r"\w+")
@lru_cache(maxsize=None)
def _dual_shapes() -> re.Pattern:
    """A participle dual, "a third", a dual pronoun, or a construct dual before its genitive in ة or a
    service's name (طيارا مروحية، رجلا أمن: _construct_dual), on the normalised sentence."""
    services = "|".join(sorted(lexicon().negatives.get("service", ())))
    return re.compile(rf"\b[وف]?م\w{{3,}}ان\b|\bو?ثالثه?\b|\w+هما\b|\w{{3,}}ا (?:[^\Wالوفبل]\w+ه|{services})\b")


# Dual verbs and pronouns of dying or being hurt after a counted phrase (not غرقا, "drowning").
_DUAL_POST = frozenset(normalize_key(w) for w in (
    "قتلا", "قتلتا", "توفيا", "توفيتا", "استشهدا", "أصيبا", "أصيبتا", "جرحا", "حتفهما", "مصرعهما", "نحبهما"))
_DIED_TWO = normalize_key("ماتا")   # the dual of مات, also a name (خوان ماتا)
# "One of the two", or "the two were", right after an -ين noun makes it a dual (فلسطينيين أحدهما صبي، عاملين كانا)
_DUAL_AGREEING = frozenset(normalize_key(w) for w in ("أحدهما", "إحداهما", "كانا", "كانتا"))


def _agreeing_duals(s: _Sentence, mentions: list) -> list:
    """Mentions of 2 for an indefinite noun in -ين that reads as a plural or a dual (مهاجمين،
    فلسطينيين) when a dual verb or pronoun agrees with it (مهاجمين آخرين قتلا، فلسطينيين لقيا
    حتفهما), unless it follows a count it describes (جنديين كوريين جنوبيين); the number layer
    leaves these words alone, as most are plurals."""
    taken = {(m.start, m.end) for m in mentions}
    added: list[NumberMention] = []
    events = _harm_events()
    words = s.words
    # Candidates, found cheaply: -ين words, words after a killing or wounding word, and words in
    # -ا when a dual verb stands in the sentence.
    ks = [k for k, w in enumerate(words) if w.endswith("ين") and len(w) >= 6]
    if not events.isdisjoint(words):
        ks += [k + 1 for k, w in enumerate(words[:-1]) if w in events]
    parts = _part_words()
    if not parts.isdisjoint(words):
        ks += [k + 1 for k, w in enumerate(words[:-1]) if w in parts]   # بينهم رجلا شرطة
    if not _DUAL_POST.isdisjoint(words):
        ks += [k for k, w in enumerate(words) if w.endswith("ا") and len(w) >= 4]
    for k in sorted(set(ks)) if len(ks) > 1 else ks:
        word = words[k]
        if len(word) < 4 or word.startswith(("ال", "وال")) or not s.is_word(k):
            continue
        after_event = k > 0 and words[k - 1] in events
        if word.endswith("ين") and len(word) >= 6:
            j = k + 1 + (s.cue(k + 1, ("subject",)) is not None)   # … آخرين
        elif word.endswith("ا") and not word.endswith("ها") and (s.word(k + 2) in _DUAL_POST or s.word(k + 3) in _DUAL_POST) \
                and s.is_word(k + 1) and not s.word(k + 1).startswith("ال") and not s.word(k + 1).endswith("ين"):
            j = k + 2    # the construct dual before its genitive: رجلا إطفاء قتلا (not إدارة الشرطة حارسين قتلا, nor
            #              a noun with its pronoun: موتها تم قتلا)
        else:
            if (after_event and _event_dual(s, k)) or (k > 0 and words[k - 1] in parts and _construct_dual(s, k)):
                _add_dual(s, k, mentions, taken, added)
            continue
        j += s.word(j) in ("قد", _AND_HAVE, "لقيا")   # طيارين وقد قتلا
        if _dual_killers(s, j):
            continue
        if ((s.word(j) in _DUAL_POST or s.word(j) in _DUAL_AGREEING) and not s.cue(k, ("noun", "subject"))) \
                or (after_event and _event_dual(s, k)):
            _add_dual(s, k, mentions, taken, added)
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


@lru_cache(maxsize=None)
def _part_words() -> frozenset[str]:
    """Every written form of a word that opens a breakdown (بينهم، منهم، وبينهم)."""
    words = {w for w, entries in lexicon().cues.items() if any(r == "part" for _, r in entries)}
    return frozenset(p + w for w in words for p in WORD_PREFIXES)


@lru_cache(maxsize=None)
def _harm_events() -> frozenset[str]:
    """Every written form (with its proclitics) of a killing or wounding event word."""
    words = {w for w, entries in lexicon().cues.items() if any(r == "event" and c in _HARM for c, r in entries)}
    return frozenset(p + w for w in words for p in NOUN_PREFIXES + WORD_PREFIXES)


_DUAL_ACTIVE = frozenset(normalize_key(w) for w in ("قتلا", "قتلتا", "جرحا", "أعدما"))
# Verbs of harm in the active plural or dual, which take an object (قتلوا حارسا، قتلا رجلا).
_ACTIVE_HARM = _DUAL_ACTIVE | frozenset(normalize_key(w) for w in ("قتلوا", "قتلن", "جرحوا", "أعدموا"))
_MANY = frozenset(normalize_key(w) for w in ("المئات", "العشرات", "الآلاف", "مئات", "عشرات", "آلاف"))   # a vague object


def _dual_killers(s: _Sentence, j: int) -> bool:
    """The dual verb at token j is active, its subject the killers: an object follows it, a
    count (مسلحين قتلا 3 جنود، قتلتا تسعة أشخاص) or a word object (see _word_object)."""
    return s.word(j) in _DUAL_ACTIVE and (_is_number(s, j + 1) or _word_object(s, j + 1))


def _word_object(s: _Sentence, k: int) -> bool:
    """Token k is the indefinite object of a verb of killing before it (حارسين قتلا سائقا،
    جانيين قتلا شخصا، ثلاثة مسلحين قتلوا حارسا), not a word of time or manner in the accusative
    (قتلا ليلا، قتلوا طعنا، قتلوا بعدما; figure_negatives.csv, kind adverb), a qualifier (قتلا حوالي
    الساعة) nor a preposition or particle with the pronoun ها (قتلوا فيها، خلالها، قتلوا لكنها; but قتلوا
    زوجها is an object)."""
    word = s.word(k)
    return s.is_word(k) and word.endswith("ا") and len(word) >= 4 and not word.startswith(("ال", "وال")) \
        and not (word.endswith("ها") and (word[:-2] in _PREPOSITIONS_BEFORE_PRONOUN or word[:-2] in _PRONOUN_PARTICLES)) \
        and not _is(word, "adverb") and word not in _QUALIFIER_WORDS and not s.cue(k, ("event", "post", "noun"))


# Particles that take an attached pronoun (لكنها، ولكنها، إنها، أنها)
_PRONOUN_PARTICLES = frozenset(normalize_key(w) for w in ("لكن", "ولكن", "إن", "أن", "بأن", "كأن"))
# Prepositions as written before an attached pronoun (فيها، عليها، إليها، خلالها، جراءها)
_PREPOSITIONS_BEFORE_PRONOUN = frozenset(normalize_key(w) for w in (
    "في", "ب", "ل", "علي", "من", "عن", "إلي", "مع", "خلال", "بعد", "قبل", "جراء", "إثر", "عقب", "أثناء", "بسبب"))


def _add_dual(s: _Sentence, k: int, mentions: list, taken: set, added: list) -> None:
    """A mention of 2 for the word at token k, unless it describes a count just before it
    (جنديين كوريين جنوبيين: an adjective) or holds a number itself (بعشرين جرحا)."""
    a, b = s.norm.span(s.starts[k], s.ends[k])
    if any(m.start < b and a < m.end for m in mentions):
        return
    near = s.norm.span(s.starts[max(k - 2, 0)], s.starts[k])[0]
    if s.cue(k - 1, ("event",)) is not None or s.word(k - 1) in _part_words():
        near = a + 1   # a verb between: قتل 3 وأصيب طيارا طائرة; a breakdown opened: إصابة 3، بينهم ضابطا شرطة
    if (a, b) not in taken and not any(near <= m.end <= a for m in mentions):
        taken.add((a, b))
        added.append(NumberMention(a, b, s.text[a:b], 2, "dual", "exact", None, None))


_THIRD = frozenset(normalize_key(w) for w in ("ثالث", "ثالثة", "الثالث", "الثالثة"))
PRONOUN_WINDOW = 6   # tokens after such a word in which a dual pronoun may refer back to it (مقيمين أحدهما)
_DUAL_NOUNS = read_lexicon("dual_nouns.csv", required=("noun", "stem"))
# Duals in -ين that the number layer leaves alone as they are plurals too (شرطيين، مدنيين): the nouns
# of lexicons/dual_nouns.csv whose endings leave out ين.
_PLURAL_DUALS = frozenset(normalize_key(r["stem"] + "ين") for r in _DUAL_NOUNS if "ين" not in r["endings"].split("|"))
THIRD_WINDOW = 4   # tokens after a dual in which "and a third was hurt" may stand (شرطيين وإصابة ثالث)


def _dual_pronoun_after(s: _Sentence, k: int) -> bool:
    """A dual pronoun refers back to the word at token k a few words on, before any other
    feminine dual or clause break (إصابة مقيمين أحدهما من الجنسية الباكستانية، قتل شرطيين تركيين
    عثر على جثتيهما، إصابة مدنيين تم نقلهما إلى المستشفى)."""
    if not s.word(k).endswith("ين") or s.word(k).endswith(_DEMONSTRATIVE_DUALS):
        return False
    for j in range(k + 1, min(k + 1 + PRONOUN_WINDOW, len(s.words))):
        word = s.word(j)
        if word.endswith("هما") and len(word) >= 4:
            return True
        if not s.is_word(j) or word.endswith(("تين", "تان")) or s.cue(j, ("boundary",)) is not None \
                or reporting_role(word) not in (None, "stop"):
            return False
    return False


# Demonstratives and relatives in -ين are no counted noun (استشهد بهذين المثالين: "cited").
_DEMONSTRATIVE_DUALS = tuple(normalize_key(w) for w in ("هذين", "هاتين", "اللذين", "اللتين"))


_DUAL_VOWELS = re.compile("(?:\u064e\u0640*ي\u0652?|ي\u0652)ن$")   # -َين or -يْن: a dual, never a plural


def _event_dual(s: _Sentence, k: int) -> bool:
    """The word at token k is a dual of people, the subject or object of the killing or
    wounding word right before it: a participle in -ان (قتل مهاجران، أصيب منتسبان، استشهد مجندان;
    a stem of four letters or more opening with م, so that names in -ان stay names), or any
    dual-shaped word (-ين، -ان، the construct -ا/-ي) when "and a third" follows it (استشهاد شرطيين
    وإصابة ثالث، قتل رجلا إطفاء وأصيب ثالث) or a dual pronoun refers back to it (مقيمين أحدهما)."""
    word = s.word(k)
    if not word.endswith(("ين", "ان", "ا", "ي")) or len(word) < 4:
        return False
    event = s.cue(k - 1, ("event",))
    if event is None or event[0] not in _HARM or _other_sense(s, k - 1) \
            or s.cue(k, ("noun", "subject", "event", "post", "link", "part", "boundary")):
        return False
    if word.endswith("ان") and word.startswith("م") and len(word) >= 6 and reporting_role(word) is None:
        return True
    if _construct_dual(s, k):
        return True
    if word.endswith("ين") and _DUAL_VOWELS.search(s.original((s.starts[k], s.ends[k]))):
        return True   # وفاة راكبَين، إرهابييْن: the dual's own vowel written, not the plural's (راكبِين)
    if _dual_pronoun_after(s, k):
        return True
    for j in range(k + 1, min(k + 1 + THIRD_WINDOW, len(s.words))):
        if s.word(j) in _THIRD:
            return s.word(j - 1).startswith("و") and (found := s.cue(j - 1, ("event",))) is not None \
                and found[0] in _HARM
        if s.word(j) in _OTHERS and word in _PLURAL_DUALS and j >= k + 3 and _is_number(s, j - 1) \
                and s.word(k + 1).startswith("و") and (found := s.cue(k + 1, ("event",))) is not None \
                and found[0] in _HARM:
            return True   # مقتل شرطيين وإصابة 3 آخرين: "others" after it, a dual that reads as a plural too
        if not s.is_word(j) and not (j == k + 2 and _is_number(s, j)):
            return False
    return False


def _construct_dual(s: _Sentence, k: int) -> bool:
    """The word at token k is a dual of people (lexicons/dual_nouns.csv) in the construct state before
    its indefinite genitive in ة or a service's name (قتل طيارا مروحية، بينهم رجلا شرطة، رجلا أمن;
    figure_negatives.csv, kind service): an accusative singular has an adjective in -ا after it instead
    (قتل رجلا مسنا), or a preposition, a verb, a number (أبا ثلاثة) or a time (kind time: ليلة)."""
    word, genitive = s.word(k), s.word(k + 1)
    if not (word.endswith("ا") and word[:-1] in _PEOPLE_DUAL_STEMS and s.is_word(k + 1)) \
            or any(_is(word[:-1], kind) for kind in ("unit", "place", "animal")):
        return False
    return (letters(s.original((s.starts[k + 1], s.ends[k + 1]))).endswith("ة") or _is(genitive, "service")) \
        and not genitive.startswith(("ال", "و", "ف", "ب", "ل")) and genitive not in NUMBER_WORDS \
        and not _is(genitive, "time") and s.cue(k + 1, ("noun", "event", "post", "status")) is None \
        and not s.word(k + 2).endswith(NISBA_DUAL_ENDINGS)   # ضابطا شرطة مصريان: the nisba dual counts them


def _governs(s: _Sentence, k: int) -> bool:
    """The dual of people at token k is in the construct state, its genitive after it (ضابطا شرطة، رجلي أمن)."""
    word = s.word(k)
    return word.endswith(("ا", "ي")) and word[:-1] in _PEOPLE_DUAL_STEMS and s.is_word(k + 1) \
        and not s.word(k + 1).startswith(("و", "ف", "ال")) and s.cue(k + 1, ("noun", "event", "post", "status")) is None


# The stems of the duals of people (رجل، ضابط، طيار), not of places and things in ة (قرية: قريتا)
_PEOPLE_DUAL_STEMS = frozenset(normalize_key(r["stem"]) for r in _DUAL_NOUNS if not r["endings"].startswith("ت"))
_TO = frozenset(("إلى", "الى", "-", "–", "أو", "او"))   # أربعة أو خمسة: an estimate between the two
RANGE_SPREAD = 3   # the high end of a range with no opener is at most this many times the low


def _bare_ranges(s: _Sentence, mentions: list) -> list:
    """Two counts of one kind joined by إلى, أو or a dash with no opener (the number layer reads من …
    إلى and بين … و): a range when the second is larger and close to the first (أصابت أربعة إلى
    خمسة مارة، 3-4 قتلى، مقتل ثلاثة أو أربعة مسلحين، نحو 300 - 400 امرأة), not a rise or two years
    (ارتفع من 2013 إلى 2014)."""
    out: list = []
    for m in mentions:
        a = out[-1] if out else None
        if a is not None and a.kind == m.kind and a.kind in ("digits", "words") and a.qualifier in ("exact", "about") \
                and m.qualifier == "exact" \
                and a.value is not None and m.value is not None and 0 < a.value < m.value <= RANGE_SPREAD * a.value \
                and m.value < YEARS[0] and s.text[a.end:m.start].strip() in _TO \
                and not any(normalize_key(w) in _RANGE_OPENERS for w in s.text[max(0, a.start - 20):a.start].split()[-2:]):
            out[-1] = NumberMention(a.start, m.end, s.text[a.start:m.end], None, a.kind, "range", a.value, m.value)
            continue
        out.append(m)
    return out


_RANGE_OPENERS = frozenset(normalize_key(w) for w in ("من", "بين", "مابين"))


def _sentence_figures(s: _Sentence, mentions: list) -> list[Figure]:
    mentions = _agreeing_duals(s, _bare_ranges(s, mentions))
    figures: list[Figure] = []
    prev: Figure | None = None
    before = None   # the mention before, figure or not
    pending: list = []   # numbers with no figure since the last figure (a verb after may name them)
    for n, m in enumerate(mentions):
        if m.kind not in COUNT_KINDS or (m.value is None and m.low is None):
            before = m
            continue
        if _restates(s.text, before, m):
            continue
        before = m
        ms, me = s.to_norm(m.start), s.to_norm(m.end)
        i0 = bisect.bisect_right(s.ends, ms)
        i1 = bisect.bisect_left(s.starts, me)
        if i0 >= i1 or _in_quoted_name(s, i0, i1):
            continue
        if m.kind == "words" and m.value == 1:   # أحد المصابين، أسرة واحدة: one of, not a count
            one = _one(s, m, i0, i1)            # … but مصاب واحد، حالة وفاة واحدة: one casualty
            if one is not None:
                figures.append(one)
                prev = one
            continue
        coordinated = prev is not None and (_added(s, prev.last, i0) or _listed_on(s, prev, i0, i1, m.kind == "dual")
                                            or _ranked(s, prev, m, i0, i1)
                                            or _comma_item(s, prev, i0, i1) or _noun_first(s, prev, m, i0) or (
            # 39 متمردا على الأقل و17، … وما يزيد على 30: a qualifier of more words before the number as well
            0 <= i0 - prev.last - (q := _qualifier_width(s, prev.last)) <= COORD_GAP + i0 - 1 - _before_qualifiers(s, i0)
            and s.norm.text[s.ends[prev.last + q - 1]:me].lstrip(" ،,").startswith("و")
            and not any(s.cue(k, ("event", "post", "status")) for k in range(prev.last, i0))
            and (all(_joins(s.word(k)) for k in range(prev.last + q, i0))
                 or _definite(s.word(i0)))))   # وأفراد الطاقم الخمسة: the noun before its number
        figure = _figure(s, m, i0, i1, prev, coordinated)
        if figure is None and prev is not None and (rise := _increment(s, i0, i1)) is not None \
                and prev.first < rise <= prev.last:
            figure = prev._replace(mention=m, first=i0, last=i1, rule="chain")   # الوفيات 297 (12+): today's rise
        if figure is None and prev is not None and prev.category in _HARM and _running_total(s, prev, i0) \
                and not _forecast(s, i0):   # not مع التوقع بأن يصل العدد إلى 19 ألفا: a total foreseen
            figure = prev._replace(mention=m, first=i0, last=i1, rule="head")   # توفي 25، وبلغ الإجمالي 1578
        if figure is not None and not _attacker(s, figure, mentions[n + 1:]) \
                and not _killers(s, figure, mentions[n + 1:]):
            if figure.rule == "post" and figure.category in _HARM and pending:
                figures.extend(_named_by_verb(s, pending, figure, prev))
            figures.append(figure)
            prev = figure
            pending = []
        elif figure is None:
            pending.append((m, i0, i1))
    return figures


_REACHING_TO = frozenset(normalize_key(w) for w in ("ل", "إلى"))   # وصل المجموع لـ955، ليرتفع المجموع إلى 340
TOTAL_LINK = 2   # words between a verb of reaching and the word of a total after it (ووصل هكذا العدد)


def _running_total(s: _Sentence, prev: Figure, i0: int) -> bool:
    """The number at token i0 is what a word of a total (figure_negatives.csv, kind total: الإجمالي،
    المجموع، العدد) reaches after a verb of reaching (بلغ، وصل، ارتفع), later in the sentence of the figure
    `prev`: the running total of prev's category (توفي اليوم 25، وبلغ الإجمالي 1578؛ وصل المجموع لـ955;
    العدد دالوفيات, a Darija genitive of prev's noun after it), with no cue of another count between."""
    k = i0 - 1
    while k > prev.last and (s.word(k) in _REACHING_TO or s.word(k) in _QUALIFIER_WORDS):
        k -= 1
    if s.word(k).startswith("دال") and any(c == prev.category and r == "noun" for c, r, _ in _lookup(s.word(k)[1:])):
        k -= 1   # العدد دالوفيات: the total of the deaths
    word = s.word(k)
    if k <= prev.last or not _is(word, "total"):   # فالمجموع: its proclitic taken off
        return False
    if not any(s.cue(j, ("link", "cumulative")) for j in range(max(k - 1 - TOTAL_LINK, prev.last), k)):
        return False
    return not any(s.cue(j, ("noun", "event", "post", "status")) for j in range(prev.last, k)
                   if not s.word(j).startswith("دال"))


def _increment(s: _Sentence, i0: int, i1: int) -> int | None:
    """The token of the bracket that opens the number at tokens i0..i1 as a rise, its plus sign inside
    (الإصابات 2960 (200+)، الوفيات (+12)): a bulletin's count of the day after its total or its noun."""
    if s.word(i0 - 1) == "(" and s.word(i1) == "+" and s.word(i1 + 1) == ")":
        return i0 - 1
    if s.word(i0 - 1) == "+" and s.word(i0 - 2) == "(" and s.word(i1) == ")":
        return i0 - 2
    return None


BREAKDOWN_GAP = 8   # words between the counts of a list whose verb comes after its last item


def _named_by_verb(s: _Sentence, pending: list, figure: Figure, prev: Figure | None) -> list[Figure]:
    """Counts before a figure named by its verb, joined to it by بينهم/منهم or و with only plain
    words between, are named by that verb too (إن 57 مدنيا بينهم 12 طفلا و6 نساء قتلوا؛ 28
    عنصرا من الجيش ومليشيا الحشد و18 مقاتلا من التنظيم، قتلوا): a list of counts shares its verb."""
    named: list[Figure] = []
    next_i0 = figure.first
    for m, i0, i1 in reversed(pending):
        counted = _counted(s, m, i1)
        if counted is None or not counted.has_noun or _year(s, m, i0, i1) or _out_of(s, i0) \
                or _sentenced_object(s, i0) or _is(s.word(counted.noun_i), "cases") \
                or _is(s.word(counted.noun_i), "convict"):
            break   # قتل 107 من أصل 110 ركاب … أصيبوا: the whole the count before was out of, not named by
            #         the verb after (a whole that names its own harm stays: من أصل مائة جريح); حكم على
            #         ثمانية … بينهم أربعة تم إعدامهم، 160 محكوما بينهم 26 أعدموا: the sentenced; 463 حالة،
            #         و24 توفوا: cases, of which the next count died
        # … a bare count right before its part too (أكثر من 40 بينهم 9 نساء قتلوا)
        start = counted.noun_i + (counted.partitive or not s.cue(counted.noun_i, ("part",)))
        if not 0 <= next_i0 - start <= BREAKDOWN_GAP or (prev is not None and i0 < prev.last):
            break
        linked = s.word(next_i0).startswith("و") or s.word(next_i0 - 1).startswith("و") \
            or any(s.cue(k, ("part",)) for k in range(start, next_i0))
        if not linked or not all(
                (s.word(k) in _COMMA and s.word(k + 1).startswith("و"))   # 8 سعوديين، و5 من اليمنيين، قتلوا
                or (s.is_word(k) and not _is_cue(s, k) and (s.cue(k, ("part",)) or not s.cue(k, ("boundary", "link")))
                    and reporting_role(s.word(k)) in (None, "stop")) for k in range(start, next_i0)):
            break
        noun, subject, last = _phrase(s, counted, "post", counted.noun_i, 1, prev)
        named.append(Figure(_whole(m), i0, last, figure.category, noun, subject, None, "post"))
        next_i0 = i0
    return named[::-1]


def _one(s: _Sentence, m: Any, i0: int, i1: int) -> Figure | None:
    """One casualty counted by واحد after its singular noun, agreeing with it (إسعاف مصاب واحد،
    بينها حالة وفاة واحدة، قتيل واحد); not a noun of the event itself (نتج عنه إصابة واحدة),
    a definite noun (الضحية الواحدة), one of (ضحايا واحدة من، ضحية لواحدة من عمليات), a ب-noun (فاز بإصابة
    واحدة: a goal), a negated one (لم يسقط قتيل واحد، دون تسجيل إصابة واحدة) or a case of a
    disease."""
    for width in (1, 2):
        k = i0 - width
        found = s.cue(k, ("noun",)) if k >= 0 else None
        if found and found[3] == width:
            break
    else:
        return None
    category, _, definite, _ = found
    noun, feminine = s.word(i0 - 1), s.word(i0).endswith("ه")
    if category not in _HARM or definite or noun.endswith(_PLURAL_ENDINGS) or noun.startswith("ب") \
            or (width == 1 and s.cue(k, ("event",)) and not s.cue(k - 1, ("noun",))) \
            or feminine != noun.endswith("ه") or any(_is(s.word(j), "negation") for j in range(max(k - 3, 0), k)) \
            or s.word(i0).startswith(("ل", "ب")):
        return None   # ضحايا واحدة من أكثر الأعمال، وقع ضحية لواحدة من عمليات الاحتيال: one of
    if category != "killed" and (s.about_disease(i0 + 1) or _disease_after(s, i0)):
        return None
    return Figure(m, i0, i1, category, (s.starts[k], s.ends[i0 - 1]), None, None, "noun")


def _attacker(s: _Sentence, figure: Figure, later: list) -> bool:
    """The count right after a killing verb is its subject when a counted object follows with
    nothing but the subject's words between, its partitive included (قتلت شابتان انتحاريتان 13
    شخصا، قتل 3 مسلحين 12 قرويا، قتل أربعة مسلحين من حركة الشباب 67 شخصا): the object, read
    next with the same verb, is the killed figure. Not a generic count (قتل 17 شخصا 12 جنديا: a
    breakdown) or an object that is no count of people (3 أطفال 10 أعوام)."""
    if figure.rule != "event" or figure.category != "killed":
        return False
    dual = figure.mention.kind == "dual"
    noun_i = bisect.bisect_left(s.starts, figure.noun[0]) if figure.noun is not None else -1
    if not dual and (noun_i < 0 or s.cue(noun_i, ("subject",)) or s.word(noun_i) in _ALTERNATIVES):
        return False   # وفاة ثلاثة أو أربعة أشخاص: two counts, not a subject and its object
    for m in later:
        if m.kind == "dual" and dual:
            continue   # a dual adjective of the subject (انتحاريتان)
        if m.kind not in COUNT_KINDS:
            return False
        j0 = bisect.bisect_right(s.ends, s.to_norm(m.start))
        j1 = bisect.bisect_left(s.starts, s.to_norm(m.end))
        if dual and j0 == figure.last and s.word(j0) in _TWO:
            return False   # قتل شخصين اثنين: the dual restated, not its object
        if _aged(s, j0):
            return False   # قتلت فلسطينيين أحدهما صبي عمره 14 عاما: an age, no object
        if not dual and ((c := _counted(s, m, j1)) is None or not c.has_noun or c.partitive):
            return False
        between = range(figure.first + 1, j0)
        width = 3 + _partitive_width(s, figure.first + 1)   # … its partitive (أربعة مسلحين من حركة الشباب)
        return len(between) <= width and j1 < len(s.words) and s.is_word(j1) and not s.word(j0).startswith("و") \
            and not s.cue(j1, ("part",)) and not s.word(j1).startswith("و") \
            and all(s.is_word(k) and not s.word(k).startswith("و") and not _is_cue(s, k)
                    and not s.cue(k, ("part", "link", "boundary", "also"))
                    and (reporting_role(s.word(k)) is None or (s.word(k) == "من" and width > 3)) for k in between)
    return False


def _killers(s: _Sentence, figure: Figure, later: list) -> bool:
    """A count before a verb of killing is its subject when the verb's counted object follows it
    right away (ثلاثة مسلحين من جماعة أبو سياف قتلوا 11 قرويا): the object is the killed figure;
    not a generic count (17 شخصا قتلوا 12 جنديا: a total and its part) or a part of it (12
    شخصا قتلوا 5 منهم أطفال)."""
    verb = figure.last - 1
    if figure.rule != "post" or figure.category != "killed" or not s.cue(verb, ("event",)) or not later \
            or figure.noun is None:
        return False
    noun_i = bisect.bisect_left(s.starts, figure.noun[0])
    if s.cue(noun_i, ("subject",)):
        return False   # ان 17 شخصا قتلوا 12 جنديا وأفراد الطاقم: the total, then its parts
    m = later[0]
    j0 = bisect.bisect_right(s.ends, s.to_norm(m.start))
    j1 = bisect.bisect_left(s.starts, s.to_norm(m.end))
    if m.kind not in COUNT_KINDS or j0 != verb + 1 or (c := _counted(s, m, j1)) is None:
        return False
    return c.has_noun and not s.cue(c.noun_i, ("part",)) and not s.cue(c.next_i, ("part",))


def _partitive_width(s: _Sentence, k: int) -> int:
    """Words of the partitive phrase after the noun of a count whose noun is at token k, when it
    names an indefinite group (أربعة مسلحين من حركة الشباب); not a definite one, which may end in
    a number of its own (خمسة جنود من الكتيبة 21), nor the whole they are out of (خمسة أحداث من بين
    الـ16 قاصرا، مقتل 7 مسلحين من أصل 10 مسلحين)."""
    start = k + 1
    if s.word(start) != "من" or s.word(start + 1).startswith("ال") or s.word(start + 1) in _WHOLE_OPENERS:
        return 0
    return _partitive_end(s, start) - start


def _restates(text: str, before: Any, m: Any) -> bool:
    """`m` only repeats the number right before it: the same value in words after digits
    ((7) سبعة من رجال الأمن) or a dual that is the counted noun of a digit (و2 آخران أصيبا)."""
    if before is None or text[before.end:m.start].strip(" ()[]-") or before.kind not in COUNT_KINDS:
        return False
    return (m.kind == "dual" and before.kind == "digits") or (m.value is not None and m.value == before.value)


NAME_BEFORE_NUMBER = 3   # words of a name in quotes before the number that ends it (طائرة "إم أتش 17")


def _in_quoted_name(s: _Sentence, i0: int, i1: int) -> bool:
    """The number is the last word of a name in quotes after the noun it names (رحلة "إم أتش 17"،
    فرقة "ذي جاكسون 5"): a few plain words without the article open the quotes, the number closes
    them; not a quotation (قال إن "الحصيلة بلغت 17"، «مقتل 17»)."""
    if s.word(i1) not in _CLOSING or s.word(i1) in ")]":
        return False
    for j in range(i0 - 1, max(i0 - 2 - NAME_BEFORE_NUMBER, -1), -1):
        if s.word(j) in _QUOTES:
            named = s.word(j - 1)
            return j < i0 - 1 and s.word(j) not in ")]" and s.is_word(j - 1) and reporting_role(named) is None \
                and named not in _THAT
        if not s.is_word(j) or _is_cue(s, j) or _definite(s.word(j)):
            return False
    return False


def _added(s: _Sentence, k: int, i0: int) -> bool:
    """An additive or contrasting phrase joins the number at token i0 to the figure that ends at
    token k (… 13 من منسوبي الطوارئ، إضافة إلى ثلاثة؛ 50 ألفا … قتلوا إلى جانب 33 ألفا؛ 20 عنصرا
    من قوات النظام مقابل 12 مسلحا), after a few plain words that close the figure (خلال الشهر
    الماضي مقارنة بـ 40), a year among them (22 شخصا في 2016 مقابل 43 في 2015)."""
    end = min(i0, k + LIST_GAP + 1)
    while k < end and s.cue(k, ("also",)) is None and (s.word(k) in _COMMA or (
            _dated_digits(s.word(k)) and _is(s.word(k - 1), "year_before")) or (
            s.is_word(k) and not _is_cue(s, k) and not s.cue(k, ("boundary", "link", "part"))
            and reporting_role(s.word(k)) in (None, "stop"))):
        k += 1
    found = s.cue(k, ("also",))
    if found is None or not 0 <= i0 - (k + found[3]) <= COORD_GAP:
        return False
    # … a qualifier, the opener of a range (إضافة إلى ما بين عشرين وثلاثين) or the noun of a two that
    # follows it (إضافة إلى قياديين اثنين), or the definite noun of a definite number (بالإضافة إلى المهاجمين الأربعة)
    return all(s.word(j) in _QUALIFIER_WORDS or s.word(j) == "بين" or (s.word(j) in _WHAT_RANGE and s.word(j + 1) == "بين")
               or (j == i0 - 1 and _countable(s, j) and (
                   s.word(i0) in _TWO or (_definite(s.word(j)) and _definite(s.word(i0)))))
               for j in range(k + found[3], i0))


_TWO = frozenset(normalize_key(w) for w in ("اثنين", "اثنان", "اثنتين", "اثنتان"))
_OUT_OF_WORDS = frozenset(normalize_key(w) for w in ("أصل", "ضمن"))   # من أصل، من ضمن: out of
_WHOLE_OPENERS = _OUT_OF_WORDS | {"بين"}   # … and من بين, which also opens a part's group (من بين القتلى)


def _out_of(s: _Sentence, i0: int) -> bool:
    """The number at i0 is the whole that a count before is out of (من أصل 110، من ضمن 10)."""
    k = _before_qualifiers(s, i0)
    return s.word(k) in _OUT_OF_WORDS and s.word(k - 1) == "من"


WHOLE_PHRASE = 3   # words of the noun phrase between من and the definite number that closes it


def _whole_after_part(s: _Sentence, m: Any, i0: int, i1: int) -> bool:
    """The number word with the article at i0 closes the group that a count before was taken from by
    من (ثلاثة من أبنائه الستة، أربعة من أفراد الأسرة العشرة، اثنان من الصيادين الثلاثة): the whole."""
    if m.kind != "words" or i1 != i0 + 1 or not _definite(s.word(i0)):
        return False
    for j in range(i0 - 1, max(i0 - 2 - WHOLE_PHRASE, 0), -1):
        if s.word(j) == "من":
            part = s.word(j - 1)
            return part[:1].isdigit() or (part in NUMBER_WORDS and not _definite(part))
        if not s.is_word(j) or _is_cue(s, j):
            return False
    return False


def _in_every(s: _Sentence, i0: int) -> bool:
    """The number at token i0 is the base of a ratio (شخص من كل عشرة أشخاص): one in every ten, no count."""
    return s.word(i0 - 1) in _EACH and s.word(i0 - 2) == "من"
_ONE_OF = frozenset(normalize_key(w) for w in ("أحد", "إحدى", "وأحد", "وإحدى"))


def _noun_first(s: _Sentence, prev: Figure, m: Any, i0: int) -> bool:
    """A list item whose اثنين follows its و-noun in the dual (مقتل 7 من أفراد الحماية ومهندسين
    اثنين) after a few plain words that close the item before."""
    noun = i0 - 1
    word = s.word(noun)
    if m.kind != "words" or m.value != 2 or not word.endswith(("ين", "ان")) \
            or not word.startswith("و") or word.startswith("وال") or not s.is_word(noun) \
            or not _countable(s, noun) or _lookup(word[1:]) or not 0 <= noun - prev.last <= LIST_GAP:
        return False
    return all(s.is_word(k) and not _is_cue(s, k) and not s.cue(k, ("boundary", "link", "part"))
               and reporting_role(s.word(k)) in (None, "stop") for k in range(prev.last, noun))


RANK_GAP = 4   # plain words between the items of a ranking (بـ7 وفيات تليها البليدة بـ3 ثم تيبازة بحالتين)


def _ranked(s: _Sentence, prev: Figure, m: Any, i0: int, i1: int) -> bool:
    """A ranking of places by their count, each count after ب and the noun given once (أكبر حصيلة
    في ولاية البويرة بـ7 وفيات تليها البليدة بـ3 ثم تيبازة بحالتين): a ب-number with no noun of
    its own (or bare cases in the dual) a few plain words after a ب-figure."""
    if s.word(prev.first - 1) != "ب" or not 0 < i0 - prev.last <= RANK_GAP + 1:
        return False
    if m.kind == "dual":
        word = s.word(i0)
        if not (word.startswith("ب") and any(_is(w, "cases") for w in dual_singulars(word[1:]))):
            return False
        gap = range(prev.last, i0)
    else:
        if s.word(i0 - 1) != "ب" or (s.is_word(i1) and not s.word(i1).startswith(("و", "ثم"))):
            return False
        gap = range(prev.last, i0 - 1)
    return all(s.is_word(k) and not _is_cue(s, k) and not s.cue(k, ("boundary", "link", "part"))
               and reporting_role(s.word(k)) in (None, "stop") for k in gap)


def _comma_item(s: _Sentence, prev: Figure, i0: int, i1: int) -> bool:
    """A list item right after the comma that closes the figure before, or a plain word or two
    after it (17 شخصا قتلوا، 12 جنديا وأفراد الطاقم؛ أصيب 11 شخصا بجروح، 7 طلاب): a number with
    its own counted noun or من, or with no noun, the preposition of the phrase closing the item
    before repeated, after a longer phrase (منهم 91 في ريف دمشق، 32 في حماة، 17 في اللاذقية)."""
    comma = i0 - 1
    period = 3 * any(_period_number(s, k) for k in range(prev.last + 1, comma - 1))   # خلال 24 ساعة، 12 في
    parallel = s.word(i1) in _PLACE_PREPOSITIONS and (s.word(i1) == s.word(prev.last) or period > 0)
    return s.word(comma) in _COMMA and 0 <= comma - prev.last <= COMMA_GAP + PLACE_GAP * parallel + period \
        and all((s.is_word(k) or _period_number(s, k)) and (not _is_cue(s, k) or _closes(s, k, prev)
                                                          or (parallel and _thing(s, k)))
                and not s.cue(k, ("boundary", "link", "part"))
                and reporting_role(s.word(k)) in (None, "stop") for k in range(prev.last, comma)) \
        and (parallel or s.word(i1) == "من" or (s.is_word(i1) and _countable(s, i1)))


def _period_number(s: _Sentence, k: int) -> bool:
    """Token k is the number of a period of time (خلال 24 ساعة; figure_negatives.csv, kinds time_preposition
    and unit), which may close a list's first item (سجلت 35 وفاة خلال 24 ساعة، 12 في الدار البيضاء)."""
    return s.word(k)[:1].isdigit() and _is(s.word(k + 1), "unit") and _is(s.word(k - 1), "time_preposition")


def _plain(s: _Sentence, k: int) -> bool:
    """Token k is a plain word of a complement: no punctuation, number, verb, reporting or clause word, and
    no cue but a thing's noun (على منزل عائلة هنية) or a title in a place's name (بحي الشيخ عثمان)."""
    return s.is_word(k) and (not _is_cue(s, k) or _thing(s, k)) and not s.cue(k, ("boundary", "link", "part")) \
        and reporting_role(s.word(k)) in (None, "stop", "title") and not verb_shaped(s.word(k))


def _listed_on(s: _Sentence, prev: Figure, i0: int, i1: int, dual: bool = False) -> bool:
    """A long list goes on (… 33 ألفا و839 مقاتلا حليفا و903 من جماعة حزب الله و3304 مقاتلين):
    a و-number (و3، واثنان) with its own counted noun or من after a few plain words that close
    the item before (no punctuation, number, cue, reporting or clause word, but for a word that
    the new item repeats after its noun: استشهدوا في موقعهم واثنان آخران في المستشفى). A dual is its
    own counted noun (بينهم امرأة وطفلان، هم حارس ومسعفان)."""
    glued = s.word(i0).startswith("و") and not _definite(s.word(i0), ("وال",))   # واثنان آخران، وألف, not والأربعين
    # … or the و on a possessed noun the number follows as its adjective (بينهم امرأة وأطفالها الثلاثة)
    noun_first = not glued and s.word(i0 - 1).startswith("و") and s.word(i0 - 1).endswith(_POSSESSED) \
        and _definite(s.word(i0)) and _countable(s, i0 - 1)
    conj = i0 if glued else i0 - 1
    # After بينهم the items name people (بينهم رئيس المجلس المحلي في البلدة وخمسة أطفال); a comma
    # may stand before the و (راح ضحيته 10 من منسوبي قوات الطوارئ الخاصة، وثلاثة من العاملين).
    q = _qualifier_width(s, prev.last)   # … after a qualifier that closes the figure (خمسة جنود على الأقل بينهم)
    part = s.cue(prev.last + q, ("part",)) is not None
    # … or after a comma that closes the figure and its complement (قتل 14 مدنيا في القصف، بينهم
    # مسعف وأربعة أطفال؛ لقي تسعة أشخاص حتفهم، من بينهم طفل وثلاث نساء): the complement's words
    # are checked as the item's, the comma and the breakdown word skipped.
    lead, skipped = (q + 1, set(range(prev.last, prev.last + q + 1))) if part else (0, set())
    for k in range(prev.last, min(conj, prev.last + BREAKDOWN_COMPLEMENT + 1)):
        if not part and s.word(k) in _COMMA:
            opener = k + 1 + (s.word(k + 1) == "من")
            if s.cue(opener, ("part",)) is not None:
                lead, part, skipped = opener + 1 - prev.last, True, set(range(k, opener + 1))
            break
    # … or after a longer complement with no comma (استشهد 11 شخصا في غارة على منزل عائلة هنية بمخيم
    # الشاطئ بينهم شقيقته وأحد أبنائها و6 من أحفادها): plain words up to the breakdown word.
    for k in range(prev.last + q, min(conj, prev.last + BREAKDOWN_REACH + 1)) if not part else ():
        if s.cue(k, ("part",)) is not None:
            lead, part, skipped = k + 1 - prev.last, True, set(range(prev.last, k + 1))
            break
        if not _plain(s, k):
            break
    comma = s.word(conj - 1) in _COMMA
    end = conj - comma
    # An item that repeats the preposition of the phrase closing the item before may follow a
    # longer phrase (22 شخصا آخرون في إقليم كشمير بمنطقة الهيمالايا، و13 شخصا في إقليم …).
    # An item with no noun whose preposition repeats the one after the item before (38 شخصا في
    # المقاطعة الشمالية و16 في العاصمة و5 في الجنوب) may follow a longer phrase too (46 شخصا في
    # أوتار براديش في الشمال، و31 في ولاية راجستان).
    # The item before may close with its qualifier first (4 أشخاص على الأقل في فلوريدا و5 في فرجينيا).
    closing = prev.last + q
    if not part:
        skipped |= set(range(prev.last, closing))
    # … and the من of an age that closes the item before (20 طفلا دون السابعة من العمر وستة راشدين)
    skipped |= {k for k in range(prev.last, end) if s.word(k) == "من" and _is(s.word(k + 1), "age")}
    parallel = s.word(i1) in _PLACE_PREPOSITIONS and s.word(i1) == s.word(closing)
    repeated = parallel or (s.word(i1 + 1) in _PLACE_PREPOSITIONS
                            and s.word(i1 + 1) in (s.word(closing), s.word(closing + 1)))
    if not (glued or noun_first or s.word(i0 - 1) == "و") \
            or not 0 < conj - prev.last <= LIST_GAP + lead + PLACE_GAP * repeated + (BREAKDOWN_ITEMS - LIST_GAP) * part:
        return False
    if not noun_first and not (parallel or s.word(i1) == "من" or dual
            or (s.is_word(i1) and _countable(s, i1) and not (glued and s.word(i1).startswith("و")))):
        return False   # والأربعين وسوق الصميل: a name, not a list item
    # The verb left out before a parallel phrase: … في موقعهم واثنان آخران في المستشفى، ونقلت 5
    # حالات منها إلى مستشفى ابن سينا و9 حالات إلى مستشفى الإدريسي: words the new item repeats.
    gapped = {s.word(i1 + 1), s.word(i1 + 2)} | ({s.word(i1)} if parallel else set())
    # … and a title joined to the noun of the item before (500 معلم ومدير مدرسة، و100 عالم) before a comma
    roles = (None, "stop", "title") if part or comma else (None,)
    # … and the year of the item before when the new item names its own (7950 حالة وفاة في 2014 و7345 في 2013)
    # and a time since which it counts (توفي 3 منهم في فرنسا منذ الجمعة، واثنان في إيطاليا)
    return all(s.word(k) in _QUOTES   # 3 من "حراس القرى" و4 جنود
               or (s.word(k) == "منذ" and s.cue(k, ("noun", "event", "post", "status")) is None)
               or (parallel and _dated_digits(s.word(k)) and s.word(k - 1) == s.word(i1) and _dated_digits(s.word(i1 + 1)))
               or (s.is_word(k) and (s.word(k) in gapped or (
        not (_is_cue(s, k) and not ((part or comma or parallel) and _thing(s, k)) and not _closes(s, k, prev))
        and not s.cue(k, ("boundary", "link", "part"))
        and reporting_role(s.word(k)) in roles))) for k in range(prev.last, end) if k not in skipped)


def _closes(s: _Sentence, k: int, prev: Figure) -> bool:
    """Token k is a complement of harm that agrees with the figure before and closes it
    (أصيب 11 شخصا بجروح، 7 طلاب ومعلمان؛ أصيب 15 شخصا بحالات اختناق، واثنان بحروق): a post
    word of its category that is no verb, or a ب-noun of it."""
    word = s.word(k)
    if word.startswith("ب") and (found := s.cue(k, ("noun",))) is not None:
        return found[0] == prev.category
    found = s.cue(k, ("post",))
    return found is not None and found[0] == prev.category and not verb_shaped(word) \
        and not s.cue(k, ("event", "noun"))


def _thing(s: _Sentence, k: int) -> bool:
    """Token k names a counted thing, not harm (في البلدة، المدينة): a place in a named item."""
    found = s.cue(k, ("noun",))
    return found is not None and found[0] in lexicon().counted_things


def _rows_for(doc: Document, found: list[tuple[_Sentence, list[Figure]]]) -> list[FigureRow]:
    """The rows of the figures found, each with its source from the attribution engine."""
    text = doc.text
    sources = iter(sources_at(doc, [s.base + f.mention.start for s, figures in found for f in figures]))
    rows = []
    for s, figures in found:
        cumulative = _cumulative(s.norm.text)
        for figure in figures:
            m = figure.mention
            a, b = s.base + m.start, s.base + m.end
            if figure.rule == "noun" and m.kind != "dual" and figure.noun is not None:
                b = max(b, s.span(figure.noun)[1])
            rows.append(FigureRow(m.value, m.low, m.high, m.qualifier, figure.category,
                                  s.original(figure.noun) if figure.noun else None,
                                  s.original(figure.subject) if figure.subject else None,
                                  figure.status, cumulative, next(sources),
                                  s.text, a, b, text[a:b], doc.in_body(a), figure.rule))
    return rows


@lru_cache(maxsize=None)
def _cumulative_pattern() -> re.Pattern:
    words = [w for w, entries in lexicon().cues.items() if any(r == "cumulative" for _, r in entries)]
    return re.compile(r"(?<![\u0621-\u064a])[وفل]?(?:" + word_trie(words) + r")(?![\u0621-\u064a])")


def _cumulative(sentence: str) -> bool:
    """A running total: the sentence says the toll rose (ارتفع، ارتفاع) or counts since (منذ)."""
    return _cumulative_pattern().search(sentence) is not None


# ---------------------------------------------------------------- public

def extract_figures(text_or_texts: Any, published: Any = None) -> pd.DataFrame:
    """One row per figure: value, category, counted noun, subject, status, running total,
    reporting source, sentence and exact span. A list or Series of texts gives one table with
    an `article` column first."""
    if not isinstance(text_or_texts, (str, list, tuple, pd.Series)):
        raise TypeError(f"extract_figures expects a str, a list of str or a pandas Series, "
                        f"got {type(text_or_texts).__name__}")
    return extract_table("figures", text_or_texts, published)


# ---------------------------------------------------------------- facts and breakdowns

FACT_KEY = ("category", "value", "low", "high", "source", "status")
ITEM_INTRO = 4        # words between a plural noun and the هي / : that opens its list of names
NAMED_SENTENCES = 3   # sentences after a total in which named places count as its parts


def summarize_figures(figures: pd.DataFrame, texts: Any = None) -> pd.DataFrame:
    """Merge repeated mentions of one fact (same category, value, source, status) into one row
    listing its mentions, and check totals against their breakdowns.

    A part is a later figure of the same category and source that is smaller than the total;
    given the article texts (`texts`: a str, or a sequence/Series indexed like `article`),
    named places listed after a category noun in the following sentences count as parts too
    (7 قرى = قريتي ميراك وقاودار + مشدي إسمايللي وشفي بيلي + باشارات، قره كيشيلر، قره جاللي).
    `breakdown` is matches / short / over, or None where no parts were found.
    """
    if not isinstance(figures, pd.DataFrame):
        raise TypeError(f"figures must be a DataFrame from extract_figures, got {type(figures).__name__}")
    by_article = "article" in figures.columns
    text_of = _texts_lookup(texts, by_article)
    out = []
    groups = figures.groupby("article", sort=False) if by_article else [(None, figures)]
    for article, rows in groups:
        records = sorted(rows.to_dict("records"), key=lambda r: r["start"])
        facts: dict[tuple, dict] = {}
        for position, row in enumerate(records):
            key = tuple(None if pd.isna(row[k]) else row[k] for k in FACT_KEY)
            fact = facts.get(key)
            if fact is None:
                fact = facts[key] = {**({"article": article} if by_article else {}),
                                     **{k: row[k] for k in ("category", "value", "low", "high", "qualifier",
                                                             "noun", "subject", "status", "cumulative", "source")},
                                     "mentions": [], "surfaces": [], "_first": position}
            fact["mentions"].append((row["start"], row["end"]))
            fact["surfaces"].append(row["surface"])
            fact["cumulative"] = bool(fact["cumulative"]) or bool(row["cumulative"])
            if _missing(fact["subject"]):
                fact["subject"] = row["subject"]
        text = text_of(article)
        spans = sentences(text) if text is not None else []
        used: set[int] = set()   # positions of figures already counted as a part of a total
        for fact in facts.values():
            first = fact.pop("_first")
            parts = [] if first in used else _parts(fact, records, first, text, spans, used)
            total = sum(value for value, _ in parts)
            fact["n_mentions"] = len(fact["mentions"])
            fact["parts"] = parts
            fact["parts_sum"] = total if parts else None
            fact["breakdown"] = None if not parts or _missing(fact["value"]) else (
                "matches" if total == fact["value"] else "short" if total < fact["value"] else "over")
            out.append(fact)
    columns = (["article"] if by_article else []) + [
        "category", "value", "low", "high", "qualifier", "noun", "subject", "status", "cumulative", "source",
        "n_mentions", "mentions", "surfaces", "parts", "parts_sum", "breakdown"]
    return pd.DataFrame(out, columns=columns)


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value)


def _texts_lookup(texts: Any, by_article: bool):
    if texts is None:
        return lambda article: None
    if isinstance(texts, str):
        return lambda article: texts
    if isinstance(texts, pd.Series):
        return lambda article: texts.get(article)
    if isinstance(texts, Sequence):
        return lambda article: texts[article] if isinstance(article, int) and 0 <= article < len(texts) else None
    raise TypeError(f"texts must be a str, a list of str or a pandas Series, got {type(texts).__name__}")


def _parts(fact: dict, records: list[dict], first: int, text: str | None, spans: list[tuple[int, int]],
           used: set[int]) -> list[tuple[Any, str]]:
    """(value, label) of each part of a total: the smaller figures of its category and source
    that follow it, and (with the text) places named after a category noun in the next few
    sentences. `records` are the article's rows by start; `first` is the total's position."""
    value = fact["value"]
    if _missing(value) or value < 2:
        return []
    total = records[first]

    def same(r: dict) -> bool:
        return r["category"] == fact["category"] and r["source"] == fact["source"]

    parts: list[tuple[Any, str]] = []
    by_sentence: dict[str, list[tuple[int, dict]]] = {}   # sentence -> (index in parts, row)
    for position in range(first + 1, len(records)):
        r = records[position]
        if r["sentence"] == total["sentence"]:
            continue
        if not same(r) or _missing(r["value"]) or r["value"] >= value:
            break
        by_sentence.setdefault(r["sentence"], []).append((len(parts), r))
        parts.append((r["value"], r["surface"]))
        used.add(position)
    if text is None or fact["category"] not in lexicon().counted_things:
        return parts
    starts = [r["start"] for r in records]
    index = bisect.bisect_right([a for a, _ in spans], total["start"]) - 1
    for start, end in spans[index + 1:index + 1 + NAMED_SENTENCES]:
        inside = records[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
        if any(not same(r) for r in inside):
            break   # another source or category has the floor
        names = _named_items(text[start:end], fact["category"])
        counted = 0
        for i, r in by_sentence.get(text[start:end], []):
            n = int(r["value"])
            if len(names) >= counted + n:   # the dual's own names: قريتي ميراك وقاودار
                parts[i] = (parts[i][0], f"{parts[i][1]} {' و'.join(names[counted:counted + n])}")
            counted += n
        if len(names) > counted:
            parts.append((len(names) - counted, "، ".join(names[counted:])))
    return parts


def _named_items(sentence: str, category: str) -> list[str]:
    """Places named after a noun of `category` (قريتي ميراك وقاودار، قرى … هي باشارات، …):
    items are separated by a comma or a و; attachment phrases (التابعتين لمدينة …) are skipped."""
    s = _Sentence(sentence, 0)
    for k in range(len(s.words)):
        found = s.cue(k, ("noun",))
        if not found or found[0] != category:
            continue
        j = k + 1
        for i in range(k + 1, min(k + 1 + ITEM_INTRO, len(s.words))):
            if s.word(i) in ("هي", "وهي", ":"):
                j = i + 1
                break
        else:
            if not s.word(k).endswith(("ي", "ين", "ان")):  # only a dual is followed by its names directly
                continue
        items: list[list[int]] = []
        skipping = False
        for i in range(j, len(s.words)):
            word = s.word(i)
            if not s.is_word(i):
                if word in _COMMA:
                    skipping = False
                    items.append([])
                    continue
                if word in _CLAUSE_END:
                    break
                continue
            if skipping:
                continue
            if word.startswith("ال") and s.word(i + 1).startswith("ل"):   # التابعتين لمدينة …
                skipping = True
                continue
            if reporting_role(word) == "stop" or _is_cue(s, i):
                break
            if word.startswith("و") and items and items[-1]:
                items.append([])
            if not items:
                items.append([])
            items[-1].append(i)
        names = [s.original((s.starts[item[0]], s.ends[item[-1]])) for item in items if item]
        return [name[1:] if name.startswith("و") else name for name in names]   # ومشدي إسمايللي
    return []
