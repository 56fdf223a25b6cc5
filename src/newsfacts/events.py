"""Stage 7: events, who did what with whom, when and where.

Triggers are data (``resources/events.toml``): verbs (`met`, `signed`), light-verb phrases
(`held talks`, `paid a visit`) and named events (`the Organization's Annual Meeting`,
`COP29`), each of a closed list of types mapped to CAMEO codes. Arguments come from the
trigger's clause (subject, object, `with X`, `on X`, `by X`, `in X`), linked to
participants by :class:`~newsfacts._clauses.Clauses`; time from a time expression in the
clause, place from `in X` / `at X`, else the dateline's for actions reported from there.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Container
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import compress, pairwise
from operator import itemgetter
from typing import Literal

import regex
from pydantic import Field, model_validator

from newsfacts._clauses import clauses_of, lexicon
from newsfacts.document import Document
from newsfacts.gazetteer import country_name, country_of_demonym, find_country
from newsfacts.model import (
    Argument,
    Event,
    Modality,
    Participant,
    ParticipantKind,
    Span,
    Statement,
    TimeExpression,
    constructor,
)
from newsfacts.patterns import alternation, compile_pattern, expand
from newsfacts.resources import ResourceModel, load
from newsfacts.text import letter_runs, rstrip_end

__all__ = ["EventType", "event_types", "extract", "trigger_at"]

_FAMILY = "events"
_new_event = constructor(Event)  # validated without the Python-level `__init__`
_new_argument = constructor(Argument)
_VERB_RULE = f"{_FAMILY}.verb"
_TRIGGER_REACH = 120  # longest trigger, in characters
_NAME_REACH = 90  # characters before an event noun where its name may start
_CONTEXT = 60  # characters before a trigger searched for negation and modality
_BACKWARDS = regex.VERSION1 | regex.IGNORECASE | regex.REVERSE
_TOPIC_CHARS = 160  # longest topic taken from a clause after a trigger
_COUNTERPART_REACH = 80  # `with X` this far after the trigger
_PURPOSE_REACH = 90  # `to protest X`, `over X` this far after a vote's or protest's trigger
_NOUN_TIME_REACH = 30  # characters before a noun trigger searched for its time
_CONTENT_LOOKBACK = 4  # statements checked back for one whose content holds an offset
_ADDRESSEE_REACH = 60  # characters from `urged` to the `to` of what is urged
_MAX_SUBJECT_GAP = 26  # tokens between a subject and its verb beyond which we abstain
_RELATIVE_REACH = 4  # tokens before a trigger searched for a relative pronoun
_SUBORDINATE_REACH = 160  # characters from a trigger to a `when`/`since` clause it shares
_MAX_ARGUMENT_WORDS = 16  # longer agents, patients and counterparts are no one phrase
_CORE_ROLES = frozenset({"agent", "patient", "counterpart"})
_EPISODIC = frozenset({"actual", "possible"})  # modalities of a consequence that inherits
_CAUSE_REACH = 60  # characters after a consequence searched for a cause of its own
_MAX_OUTER_WORDS = 8  # words of the noun phrase a subject's preposition hangs on
_MAX_ATTACHED = 3  # prepositional phrases a subject is run back over (`X outside Y in Z`)
_MODALITIES: tuple[Modality, ...] = ("future", "planned", "possible")  # in priority order
_ONSET_CHARS = 40  # characters before a time searched for a verb of onset
_OBJECT_TOKENS = 8  # words of an incident verb's object read back from a place in it
_ERA = 3  # characters of a century's or decade's TIMEX value (`11`, `199`)

_LITERAL = regex.compile(r"(?<![\\\w])([A-Za-z][a-z]*)(\?)?")
_WORD = regex.compile(r"[\w'-]+")
_AZ_RUN = regex.compile("[a-z]+")
_TICKER = regex.compile(r"<?[A-Z]{1,5}\.[A-Z]{1,2}>?")  # `ATH.N`, `<BRCM.O>`
# words no trigger pattern names: one that takes them after its first word takes any word
_ANY_WORD_PROBES = ("qzxv", "Qzxv", "9", "$9", "qzxv-qzxv")
_WHERE = regex.compile(r",?\s+where\s+$")
# `were killed in Lingotam when police fired`: a `when` clause right after the place it shares
_WHEN = regex.compile(r",?\s+when\s+$")
# a time right before a point, its words checked against the time expressions
_TIME_BEFORE = regex.compile(r"(?r)\s+(?:on|in|at|last|this)\s+(?P<time>[^,;]+?)$")
_PREV_CHARS = 30  # characters before a trigger read for the two words before it (whole)
_MODIFIER_TOKENS = 4  # tokens before an incident noun read as its modifiers
_LEAD = 2  # the sentences of a story's lead, whose incidents may take the dateline's place
_ANAPHORIC_REACH = 6  # sentences back a definite event noun (`The bombings`) may refer
_LONE_VERB = regex.compile(r"\p{Ll}+ed")  # a topic that is one past-tense verb
_BY = regex.compile(r"\bby\s+")
_PERFECT = regex.compile(r"\b(?:have|has|had)\s+(?:been\s+)?$", regex.IGNORECASE)
_SINCE = regex.compile(r"\ssince\s")
_PRESENT_PERFECT = regex.compile(r"\b(?:have|has)\s+(?:been\s+)?$", regex.IGNORECASE)
# `Monday's extraordinary cabinet session which approved`: a day's possessive, a noun of at most
# five words and a relative pronoun right before a trigger
_POSSESSIVE_RELATIVE = regex.compile(
    r"\b\w+(?P<own>'s)\s+(?:[\w-]+\s+){1,5}(?:which|that)\s+$", regex.IGNORECASE
)
_WEEK = 7  # days before the story's date within which a named day moves the story (day_frame)
_COMMA_RELATIVE = regex.compile(r",\s+(?:who|which|where)\s")  # a relative clause set off
_PERIOD = dt.timedelta(days=27)  # a time this long or longer is a period (a month, a year)
_TO_INFINITIVE = regex.compile(r"\s+to\s+(?=\p{Ll})", regex.VERSION1)
_TALLY = regex.compile(r"\d+\s*-\s*\d+")
_BETWEEN = regex.compile(r"\s+between\s+")  # a topic's own pair (`ties between X and Y`)
_PARTICIPLE_CLAUSE = regex.compile(r",\s+\p{Ll}+ing\s", regex.VERSION1)  # `, burning flags`
_AND_VERB = regex.compile(r"\sand\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed\s", regex.VERSION1)
# `soldiers confronting army loyalists`: a participle and its object (not `a car bombing
# outside`, a noun before a preposition)
_PARTICIPLE_OBJECT = regex.compile(
    r"\s\p{Ll}+ing\s+(?!(?:near|in|at|on|outside|inside|from|with|into|across|around|of|by|for)\b)"
    r"[\p{Ll}\p{Lu}]",
    regex.VERSION1,
)
# a participle and its object after a noun (`a minibus carrying seven students`)
_CARRYING = regex.compile(r"\s\p{Ll}+ing\s+(?:a|an|the|his|her|its|their|\d)", regex.VERSION1)
_PARTICIPLE_WORD = regex.compile(r"\s\p{Ll}+ing\b", regex.VERSION1)  # `region bordering X`
# `a $550,000, one-year contract`: a hyphenated modifier and the noun after a comma
_COORDINATE = regex.compile(r",\s+(?:[\w.]+-)+\w+\s+\p{Ll}+(?=[\s,.;]|$)", regex.VERSION1)
# `, a provider of Internet telephony,`: an appositive after an argument; `, or ASEAN,`:
# another name for it
_APPOSITIVE = regex.compile(
    r",\s+(?:(?:a|an|the)\s[^,;]{1,80}|or\s+\p{Lu}[^,;]{0,40}),", regex.VERSION1
)
# `..., killing 24 people`, `killing one and injuring two`: a participle's clause opens so
_PARTICIPLE_OPENER = regex.compile(r"(?:,|\band)\s+$")
# a lower-case word right after (past an acronym in brackets: `Movement (MRTA) hostage-takers`)
_NEXT_WORD = regex.compile(r"\)?(?:\s+\([^()\s]{1,12}\))?\s+(\p{Ll}[\w-]*)(?!\w)")
_NEXT_TITLE = regex.compile(
    r"\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}", regex.VERSION1
)  # `NASA Administrator X`
# a sentence's end inside a named event's match (`Thursday.`, not `St.` or `U.N.`)
_NAME_BREAK = regex.compile(r"(?<=\p{Ll}{3})[.!?]\s+|\n", regex.VERSION1)
# matched backwards from a trigger's start (`REVERSE`): tried there only, not at every
# position of the words before it
_MODIFIED_NOUN = regex.compile(
    r"(?i:\b(?:a|an|the|his|her|its|their)\s+)(?:\S+-\S+\s+)?"
    r"(?:[[:upper:]]\p{Ll}+(?:an|ese|ish|ic|i)\s+|\p{Ll}+(?:ing|al|ic|ive|ous|ful)\s+)",
    regex.VERSION1 | regex.REVERSE,
)  # `a five-day European tour`, `the qualifying meet`: adjectives before a noun
_POSSESSIVE_MODIFIER = regex.compile(
    r"\S's\s+(?:\p{Ll}+-\p{Ll}+|\p{Ll}+(?:ing|al|ic|ive|ous|ful|ed))\s+",
    regex.VERSION1 | regex.REVERSE,
)  # `Chavez's fence-mending visit`, `Wen Jiabao's impending visit`
_INITIALS = regex.compile(r"(?:\p{Lu}\.?){2,3}\s")  # `US`, `U.S.`, `UK` opening a name
_OBJECT_PRONOUN = regex.compile(r"\s+(?:him|her|them|us|me)(?!\w)", regex.IGNORECASE)
_PARTICLE = regex.compile(
    r"\s+(?:back|off|out|into\s+law)(?=\s+(?:the|a|an|its|his|her|their|\$|\d))"
)  # `bought back the shares`, `signed into law a measure`
_SPACED_DASH = regex.compile(r" --? ")  # a dash set off by spaces opens an aside
# A quotation mark opening quoted words right after a word (` "specific steps`).
_WORD_QUOTE = regex.compile(r' "(?=\w)')
_CAPITALIZED_MODIFIER = regex.compile(r"\b([A-Z][a-z]+)\s+(?=[a-z]+\b)")
# what goes on after a bare verb read into a noun phrase (`X explain more clearly how`)
_CONTINUES = regex.compile(r"\s+(?:more|how|why|what|whether|its|their|his|her|the|a|an)\s")
_LIST_NEXT = regex.compile(r",? (?:and )?\p{Lu}")  # `of Alabama, Florida and Mississippi`
# `worth $1 billion in new work with X`: what the price is for, before the other party
_ORIGIN = regex.compile(r"\.?\s+of\s+(?=\p{Lu})")
_NAMED = regex.compile(r"(?:the\s+)?\p{Lu}")
_FROM = regex.compile(r"\s+from\s+")
_RELATIVE_PREPOSITION = regex.compile(r"\b(?P<prep>from|with|to|between)\s+(?:which|whom)\s+")
_PRICE_OF = regex.compile(r"\s+in\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+(?=\s+(?:with|from|to)\s)")
_SPONSORED = regex.compile(r",?\s+(?P<verb>\p{Ll}+)\s+by\s+")  # `votes sponsored by X`
_IN_AT = regex.compile(r"\b(?:in|at)\s+(?!(?:least|most)\b)")  # not `at least seven`
# an incident's own place in its phrase: `in`, `at`, and `near`, `outside` (`an inferno near Mecca`)
_TO_END = regex.compile(r"\sto\s+$")
_HERE = regex.compile(r"(?<!\b(?:from|of)\s)\bhere\b(?!\s+(?:and|is|are)\b)")
_SUBJECT_PLACE = regex.compile(r"\b(?:in|at|near)\s+(?!(?:least|most)\b)")
_IN_AT_NEAR = regex.compile(r"\b(?:in|at|near|outside)\s+(?!(?:least|most)\b)")
_LINE_ENDS = regex.compile(r"\s+(?:between|with|of)\s+")
_ABBREVIATED = regex.compile(r"(?<![\w.])(?:\p{L}\.){2,}$")
_WH_OPENERS = ("whether ", "how ", "what ", "ways ")  # a question or a manner as the topic
_WITH = regex.compile(r"\s+with\s+(?=[A-Z]|the\s+[A-Z])")
_AND_CLAUSE = regex.compile(r",?\s+and\s+$")
_CONJOINED = regex.compile(r"\band(?:\s+[\w\"']+){0,2}\s+$")
_REDUCED_BY = regex.compile(r"(?:\s+(?:earlier|later|previously|\w+ly))?\s+by\s+")
_LEADING_IN_AT = regex.compile(r"\s*(?:in|at)\s+", regex.IGNORECASE)
_CONTENT_OPENER = regex.compile(r"\s*(?:that\s+|to\s+)?")
_PLACE_BEFORE_THAT = regex.compile(
    r"\s*(?:in|at)\s+(?P<place>\p{Lu}[^,;]{0,40}?)(?=\s+that\s)", regex.VERSION1
)
_GERUND = regex.compile(r"\p{Ll}+ing", regex.VERSION1)
_ABOUT = regex.compile(r"\s*(?:on|about|over)\s+")
_BUT = regex.compile(r"\sbut\s")
# `, aerospace and the defence industry.`: the rest of a list, to the sentence's end
_LIST_TAIL = regex.compile(r"(?:,(?:\s+[\w'-]+){1,4})+,?\s+and(?:\s+[\w'-]+){1,5}(?=\s*[.!?]?\s*$)")
_OF_FROM = regex.compile(r"\s+(?:of|from|in)\s+")
_IN_IDIOM = regex.compile(r"\p{Ll}+\s+(?:for|to|with|of)\b", regex.VERSION1)  # `in response to`
_AND_TO = regex.compile(r",?\s+and\s+(?:the\s+)?(?P<noun>\w+)\s+to\s")
_TO_VERB = regex.compile(r"\sto$")
# `to expand its presence`: an infinitive with its object (not `to investors`, `to 5 pct`)
# a topic's closing participle and its complement (`journalists held hostage`, `troops
# stationed`): what follows is that participle's
_TOPIC_PARTICIPLE = regex.compile(
    r"\s\p{Ll}+\s+(?:held|kept|taken|\p{Ll}+ed)(?:\s+\p{Ll}+)?$", regex.VERSION1
)
_CONTRACTION = regex.compile(r"'(?:d|ll|ve|re|s)$")
_PURPOSE = regex.compile(r"\sto\s+\p{Ll}+\s+(?:the|a|an|his|her|its|their|our|new|more)\s")
# What ends a consequence's clause between it and a break word of its own (`died on the spot
# and another died in hospital`): past the trigger also a comma (`killed two, one of whom
# died in hospital`); before it only a conjunction.
_OWN_BREAK_JOINERS = (
    regex.compile(r"\s(?:and|but|while|whereas)\s|;"),
    regex.compile(r"\s(?:and|but|while|whereas)\s|[;,]"),
)
_BARE_VERB = regex.compile(r"\s+(?!(?:the|a|an|his|her|its|their|our)\b)\p{Ll}")


@cache
def _described_name() -> regex.Pattern[str]:
    """Lower-case words ending in an organization noun before a name (`investment group
    Investcorp`, `rival Nokia`): a noun phrase, not an infinitive's verb."""
    nouns = alternation(sorted(lexicon().descriptions["organization"] | _grammar().party_nouns))
    return regex.compile(rf"\s+(?:[\p{{Ll}}-]+\s+){{0,2}}(?:{nouns})\s+\p{{Lu}}")


@cache
def _price_opener() -> regex.Pattern[str]:
    """Words before a deal's price after its object (`for`, `worth`, `valued at`), or none
    when the object read ends at them (`a contract worth`)."""
    return regex.compile(rf"(?:\s+(?:{alternation(sorted(_grammar().price_openers))}))?\s+")


@cache
def _cause_opener(on: bool) -> regex.Pattern[str]:
    """Words opening a cause's phrase after a trigger (`due to`, `amid`; `on` too for
    prices and results, `rose on volume growth`): a place inside it is the cause's."""
    words = sorted(_grammar().cause_openers | ({"on"} if on else set()))
    return regex.compile(rf"\s(?:{alternation(words)})\s+")


# `urged its people to rally`: the addressee, then what it is urged to do
# (`urged Putin to "uphold the principles of democracy"`: the verb phrase may be quoted)
# a finite verb right after a phrase: the phrase was a clause's subject
_FINITE = regex.compile(
    r"\s+(?:will|would|could|can|may|might|must|should|has|have|had|is|are|was|were)\s+\p{Ll}"
)
_TO_CLAUSE = regex.compile(r"\s+to\s+(?=\"?(?!(?:the|a|an|his|her|its|their|our)\b)\p{Ll})")
_FULL_STOP = regex.compile(r"(?<=\p{Ll})[.!?]\s+(?=[`'\"]*\p{Lu})", regex.VERSION1)
_INCLUDING = regex.compile(r",\s+(?:including|among\s+them)\s+[^,;]{1,60},")
# (not `after`: `a trip by 2007, ..., after Russia agreed to help` dates no agreeing)
_SUBORDINATE = regex.compile(r"\b(?:when|as|while)\s+$", regex.IGNORECASE)
# `since 1995, when flooding damaged ...`: a `when` clause right after a time it tells of
_TIME_WHEN = regex.compile(r",\s*when\s+$", regex.IGNORECASE)
# `killed when fire tore through`, `have died since a bomb ripped through`: a clause after
# the trigger that gives the time (and, for a cause, the place) of what it tells
_SUBORDINATE_AFTER = regex.compile(r"\b(?P<conj>when|since|after)\s+")
_SUBORDINATE_PLACE = regex.compile(r"\b(?:in|at|through)\s+")
# `the United States for defying`, `Bobby Fischer after fleeing`: a phrase's trailing junk
_GERUND_TAIL = regex.compile(
    r"\s+(?:for|of|by|after|before|without|from|in|on|while|when|to)\s+\p{Ll}+ing\b",
    regex.VERSION1,
)
_LEADING_ADVERBIAL = regex.compile(r"[^,]{1,60}(?:,\s*\d{4})?,\s*$")  # `On March 5, 2024,`
_EVENT_CUE = regex.compile(
    r"\b(?:at|attend|attends|attended|attending|during|host|hosts|hosted|hosting|opened|opens|"
    r"open|opening|ahead\s+of|sidelines\s+of|before|after|since|to|for|in|on)\s+(?:the\s+)?"
    r"(?:[\w.'-]+\s+){0,4}$",
    regex.IGNORECASE,
)
_OF_OBJECT = regex.compile(r"\s+of\s+")
_OF = regex.compile(r"\s+of\b")
# `to attend` and at most three words before an event noun (`to attend the APEC summit`)
_TO_ATTEND = regex.compile(r"\bto\s+attend\s+(?:[\w'.-]+\s+){0,3}$")
_ABBREVIATION = regex.compile(r"\s*\([A-Z][A-Z0-9&.-]*\)\s*$")  # `Index (KOSPI)`
# `slipped to 117.96 yen from 118.06 in New York late Monday`: what follows dates the value
# it came from, not the change (no `to` or `and` between: `from 5 to 6 pct on Monday`)
_FROM_VALUE = regex.compile(
    r"\bfrom\s+(?:about\s+|around\s+)?[$\p{Sc}]?\d[\d.,/]*\s+(?:(?!(?:to|and)\s)[\w.'-]+\s+){0,6}"
    r"(?:(?:and\s+(?:from\s+)?|compared\s+with\s+)[$\p{Sc}]?\d[\d.,/]*\s+"
    r"(?:(?!(?:to|and)\s)[\w.'-]+\s+){0,6})*$"
)
# `could not have been killed without the complicity of ...`: a negation undone after the
# trigger in its clause (at most five words between), so the event happened
# a past told with `not` and a perfect or a passive (`could not have been`, `was not`), not a
# habit (`We never negotiate this issue without ...`)
_NOT_PERFECT = regex.compile(
    r"(?:\bnot\s+(?:have|has|had|be)|\b(?:was|were|has|have|had)(?:n't|\s+not))(?:\s+been)?\s+$"
)
_WITHOUT = regex.compile(r"(?:\s+[\w'-]+){0,5}?\s+without\b")
_FROM_REACH = 60  # characters back from a time for `from <value>`
_ATTACHED = regex.compile(r"\s+(?:in|at|on|near|outside|inside)\s+")
_AND = regex.compile(r"\s+and\s+")
_PAIR = regex.compile(r"\s+and\s+(?=\p{Lu})")
_ORGANIZED_BY = regex.compile(
    r",?\s+(?:(?:was|were|is|are|being)\s+)?(?:organi[sz]ed|hosted|convened|sponsored)\s+by\s+"
)

ObjectRole = Literal["patient", "counterpart", "topic", "location", "content", "none"]


class EventType(ResourceModel):
    """One type of the closed list, with its CAMEO code and triggers."""

    group: Literal["diplomacy", "economy", "security"]
    cameo: str
    verbs: list[str]
    phrases: list[str]
    object: ObjectRole
    counterpart: bool
    counterpart_words: list[str] = Field(default_factory=lambda: ["with", "between"])
    counterpart_role: Literal["counterpart", "patient"] = "counterpart"
    dateline: bool
    no_dateline_place: frozenset[str] = frozenset()
    subjects: dict[str, str] = Field(default_factory=dict)
    subject_modifiers: dict[str, str] = Field(default_factory=dict)
    subjects_only: bool = False
    subject_only_verbs: frozenset[str] = frozenset()
    undergoer_verbs: frozenset[str] = frozenset()
    passive: bool = True
    not_after: frozenset[str] = frozenset()
    not_followed_by: frozenset[str] = frozenset()
    undergoer_without_object: bool = False
    transitive: bool = False
    addressee_verbs: frozenset[str] = frozenset()
    core: frozenset[str] = _CORE_ROLES
    kinds: dict[str, frozenset[ParticipantKind]] = Field(default_factory=dict)
    cause_clause: bool = False
    occasions: frozenset[str] = frozenset()  # nouns whose date is the event's (`referendum`)
    standing_relative: bool = False
    noun_target: frozenset[str] = frozenset()
    purpose: list[str] = Field(default_factory=list)
    cause_on: bool = False
    cumulative: bool = False
    participles: frozenset[str] = frozenset()
    holdings: bool = False
    invested_in: bool = False
    sponsors: frozenset[str] = frozenset()
    source_verbs: frozenset[str] = frozenset()
    not_source: frozenset[str] = frozenset()


class _Sense(ResourceModel):
    """What the object (or subject) of an ambiguous trigger must be for it to count."""

    type: str
    words: frozenset[str]
    role: Literal["object", "subject"] = "object"
    heads: frozenset[str] = frozenset()
    not_heads: frozenset[str] = frozenset()
    names: bool = False
    quantity: bool = False
    kinds: frozenset[str] = frozenset()
    optional: bool = False
    not_context: frozenset[str] = frozenset()
    through: frozenset[str] = frozenset()
    not_subjects: frozenset[str] = frozenset()


class _Named(ResourceModel):
    nouns: dict[str, str]
    lower_nouns: dict[str, str]
    codes: dict[str, str]
    connectors: list[str]
    not_first: frozenset[str]
    bodies: frozenset[str]
    venues: frozenset[str]
    leagues: frozenset[str]


class _Modality(ResourceModel):
    negated: str
    future: str
    planned: str
    possible: str
    passive: str
    passive_trigger: str
    advice: str
    failure: str
    condition: str
    progressive: str
    pluperfect: str
    upcoming: str
    time_clause: str
    weekday: str
    prospect: str
    ability: str
    conditional: str
    condition_after: str


class _Episode(ResourceModel):
    """Which incidents a consequence type follows, and what it takes from them."""

    after: frozenset[str]
    inherit: frozenset[Literal["time", "place"]]


class _IncidentWords(ResourceModel):
    """What tells the document's incident (see ``[incidents]`` in events.toml)."""

    types: frozenset[str]
    nouns: list[str]
    verbs: list[str]
    generic: frozenset[str]
    others: frozenset[str]
    reach: int


@dataclass(frozen=True)
class _Mention:
    """One mention of an incident: its text, and the times, places and victims it gives."""

    text: str
    times: frozenset[tuple[dt.date, dt.date]]
    places: frozenset[tuple[str, str | None]]
    victims: frozenset[str]
    other: bool  # after `since`, `another` ...: an incident other than the story's


@dataclass
class _Incident:
    """What a set of mentions gives together: their times and places (two or more of
    either: incidents compete), whether one is another incident, the texts giving them."""

    times: set[tuple[dt.date, dt.date]] = field(default_factory=set)
    places: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    other: bool = False
    time_text: str = ""
    place_text: str = ""

    def add(self, m: _Mention) -> None:
        self.other = self.other or m.other
        if m.times and len(self.times) < 2:  # two already compete: no need for more
            self.times |= m.times
            self.time_text = self.time_text or m.text
        if m.places and len(self.places) < 2:
            self.places.update((pid or name, (name, pid)) for name, pid in m.places)
            self.place_text = self.place_text or m.text


@dataclass
class _Incidents:
    """The document's incident model: every mention together, and by noun and by victim."""

    whole: _Incident = field(default_factory=_Incident)
    by_noun: dict[str, _Incident] = field(default_factory=dict)
    by_victim: dict[str, _Incident] = field(default_factory=dict)

    def add(self, m: _Mention) -> None:
        self.whole.add(m)
        self.by_noun.setdefault(_noun_key(m.text), _Incident()).add(m)
        for pid in m.victims:
            self.by_victim.setdefault(pid, _Incident()).add(m)


class _Grammar(ResourceModel):
    """Closed-class words the stage reads around a trigger (events.toml ``[grammar]``)."""

    articles: frozenset[str]
    measure_heads: frozenset[str]
    raising: frozenset[str]
    indefinite: frozenset[str]
    determiners: frozenset[str]
    np_openers: frozenset[str]
    definite: frozenset[str]
    be_forms: frozenset[str]
    subject_pronouns: frozenset[str]
    object_pronouns: frozenset[str]
    object_forms: frozenset[str]
    he_she: frozenset[str]
    plural: frozenset[str]
    first_person: frozenset[str]
    third_person: frozenset[str]
    conjunctions: frozenset[str]
    leading_prepositions: frozenset[str]
    subordinators: frozenset[str]
    adjective_openers: frozenset[str]
    place_openers: frozenset[str]
    possessives: frozenset[str]
    utterances: frozenset[str]
    place_on: frozenset[str]
    place_parts: frozenset[str]
    named_area_heads: frozenset[str]
    bearings: frozenset[str]
    subject_place_breaks: frozenset[str]
    stationed_in: frozenset[str]
    purpose_place_types: frozenset[str]
    market_sessions: frozenset[str]
    scene_venues: frozenset[str]
    scene_types: frozenset[str]
    dateline_incidents: frozenset[str]
    retold_types: frozenset[str]
    departures: frozenset[str]
    arrivals: frozenset[str]
    commercial_words: frozenset[str]
    official_words: frozenset[str]
    devices: frozenset[str]
    target_types: frozenset[str]
    settlements: frozenset[str]
    collectives: frozenset[str]
    local_people: frozenset[str]
    party_nouns: frozenset[str]
    closing_adverbs: frozenset[str]
    holding_nouns: frozenset[str]
    governing_prepositions: frozenset[str]
    cause_prepositions: frozenset[str]
    cause_openers: frozenset[str]
    price_openers: frozenset[str]
    noun_prepositions: frozenset[str]
    attached_place: frozenset[str]
    nominal_openers: frozenset[str]
    journeys: frozenset[str]
    journey_openers: frozenset[str]
    captures: frozenset[str]
    gerund_openers: frozenset[str]
    nationality_agent_types: frozenset[str]
    group_heads: frozenset[str]
    party_plurals: frozenset[str]
    count_words: frozenset[str]
    shared_counterpart_types: frozenset[str]
    verb_openers: frozenset[str]
    time_of: frozenset[str]
    reasons: frozenset[str]
    no_topic: frozenset[str]
    occasions_of: frozenset[str]
    not_content: frozenset[str]
    adjective_endings: tuple[str, ...]
    modifier_endings: tuple[str, ...]

    @model_validator(mode="after")
    def _lower_case(self) -> _Grammar:
        """Every word is matched lower-cased: a capital in the data would never match."""
        for name, words in self:
            if bad := [w for w in words if w != w.lower() or not w.strip()]:
                raise ValueError(f"grammar.{name}: not lower-case words: {bad}")
        return self

    @cached_property
    def speaker_pronouns(self) -> frozenset[str]:
        """`The company said it agreed`: a pronoun that names the speaker."""
        return self.plural | {"it"}

    @cached_property
    def noun_before(self) -> frozenset[str]:
        """Words right before a verb trigger that make it a noun."""
        return self.determiners | self.noun_prepositions

    @cached_property
    def nominal_before(self) -> frozenset[str]:
        """... and a phrase trigger."""
        return self.noun_before | self.attached_place


class _Resource(ResourceModel):
    fragments: dict[str, str]
    grammar: _Grammar
    types: dict[str, EventType]
    named: _Named
    modality: _Modality
    dated_heads: frozenset[str]
    other_event_nouns: frozenset[str]
    span_openers: frozenset[str]
    onset: str
    whereabouts: str
    stationed: frozenset[str]
    owner: str
    superlatives: frozenset[str]
    place_prepositions: frozenset[str]
    embedders: frozenset[str]
    apposition_participles: frozenset[str]
    relative_pronouns: frozenset[str]
    opening_scope_joiners: frozenset[str]
    opening_adverbs: frozenset[str]
    infinitive_triggers: frozenset[str]
    episode_breaks: list[str]
    own_breaks: list[str]
    episodes: dict[str, _Episode]
    incidents: _IncidentWords
    intent_nouns: frozenset[str]
    complement_nouns: frozenset[str]
    complement_prepositions: frozenset[str]
    quote_openers: frozenset[str]
    in_complement_nouns: frozenset[str]
    effort_nouns: frozenset[str]
    job_nouns: frozenset[str]
    title_nouns: frozenset[str]
    focus_adverbs: list[str]
    noun_triggers: list[str]
    senses: dict[str, _Sense]
    topic_breaks: list[str]
    speech_after_and: list[str]
    clause_openers: frozenset[str]
    finite_verbs: frozenset[str]
    topic_break_reach: int
    control_verbs: frozenset[str]
    purpose_verbs: frozenset[str]
    purpose_nouns: frozenset[str]
    purpose_adjuncts: frozenset[str]
    past_as_base: frozenset[str]
    country_phrase: str
    place_name: str
    this_place: str


@dataclass(frozen=True)
class _Rules:
    res: _Resource
    by_word: dict[str, list[tuple[regex.Pattern[str], str, str]]]
    # a word that may open a trigger -> None when alone or before any word, else the words
    # that may go on it
    first_words: dict[str, frozenset[str] | None]
    verb_type: dict[str, str]
    named: regex.Pattern[str]
    event_noun: regex.Pattern[str]
    # the shortest first words of event nouns, each with the first runs of letters a-z of
    # the words it opens (None: one has none), one of which a text's runs hold if it is there
    noun_openers: tuple[tuple[str, frozenset[str] | None], ...]
    code_noun: regex.Pattern[str] | None
    code_type: list[tuple[regex.Pattern[str], str]]
    negated: regex.Pattern[str]
    modality: regex.Pattern[str]  # one named group per modality, in priority order
    passive: regex.Pattern[str]
    passive_trigger: regex.Pattern[str]
    advice: regex.Pattern[str]
    failure: regex.Pattern[str]
    condition: regex.Pattern[str]
    progressive: regex.Pattern[str]
    pluperfect: regex.Pattern[str]
    upcoming: regex.Pattern[str]  # a time's words that look ahead (`next week`)
    time_clause: regex.Pattern[str]  # a clause of time that opens before a simple present
    weekday: regex.Pattern[str]  # a bare weekday (`on Thursday`): no `last`, no `next`
    country_phrase: regex.Pattern[str]  # `the country's X`: the story's one country
    place_name: regex.Pattern[str]  # a place named with no participant (`Sichuan province`)
    this_place: regex.Pattern[str]  # `this northern city`: the dateline's place
    prospect: regex.Pattern[str]  # a sentence that looks ahead (`will`, `a chance`)
    ability: regex.Pattern[str]
    conditional: regex.Pattern[str]  # `would` right before a trigger
    condition_after: regex.Pattern[str]  # `if` or `unless` a few words after it
    place_opener: regex.Pattern[str]  # a preposition opening the trigger's place
    journey: regex.Pattern[str]  # `during the pilgrimage to`: the goal's place
    capture: regex.Pattern[str]  # `, taking the town of X` after a security event's clause
    whereabouts: regex.Pattern[str]
    owner: regex.Pattern[str]
    counterpart: dict[str, regex.Pattern[str]]
    purpose: dict[str, regex.Pattern[str]]
    onset: regex.Pattern[str]
    senses: dict[tuple[str, str], _Sense]
    noun_trigger: regex.Pattern[str]
    episode_break: regex.Pattern[str]
    own_break: regex.Pattern[str]  # a break of the consequence whose trigger it follows
    topic_break: regex.Pattern[str]
    and_speech: regex.Pattern[str]  # `and said`: the subject's next predicate ends a topic
    in_utterance: regex.Pattern[str]  # `in a carefully worded message`: the manner, no topic
    incident_noun: regex.Pattern[str]
    incident_first: frozenset[str]
    incident_verb: regex.Pattern[str]


def _in_context(sense: _Sense, words: list[str]) -> bool:
    """Whether the sentence of these lower-case words names a context where the trigger has
    another sense (`two teams meet`, `the Spurs visit ... in the game`: sport, not
    diplomacy)."""
    pairs = (f"{a} {b}" for a, b in pairwise(words))
    return any(w in sense.not_context for w in words) or any(p in sense.not_context for p in pairs)


def _key(text: str) -> str:
    """A trigger's lexicon key: lower case, single spaces, focus adverbs dropped."""
    key = " ".join(text.lower().split())
    return _focus_words().sub("", key) if " " in key else key


@cache
def _focus_words() -> regex.Pattern[str]:
    """A focus adverb between two words of a multi-word trigger (`agreed only to`)."""
    focus = alternation(load(_FAMILY, _Resource).focus_adverbs)
    return compile_pattern(rf"(?<=\w)\s+{focus}(?=\s+\w)")


@cache
def _grammar() -> _Grammar:
    """The closed-class words, loaded once."""
    return load(_FAMILY, _Resource).grammar


@cache
def _rules() -> _Rules:
    res = load(_FAMILY, _Resource)
    frags = res.fragments
    verb_type: dict[str, str] = {}
    for name, etype in res.types.items():
        for verb in etype.verbs:
            if _key(verb) in verb_type:
                raise ValueError(f"events.toml: trigger {verb!r} in two types")
            verb_type[_key(verb)] = name
    # triggers by the words they can start with, so that only a few short patterns are
    # tried at each word (one long alternation tried everywhere is ten times slower)
    by_word: dict[str, list[tuple[regex.Pattern[str], str, str]]] = {}
    literals: set[str] = set()
    for name, etype in res.types.items():
        for phrase in etype.phrases:
            pattern = compile_pattern(rf"(?<!\w)(?:{phrase})(?!\w)", frags)
            literals |= _first_words(expand(phrase, frags))
            for word in _first_words(expand(phrase, frags)):
                # keep the literal words a match can really start with (`held`, not `the`)
                if pattern.match(f"{word} ", partial=True) is not None:
                    by_word.setdefault(word, []).append((pattern, name, "phrase"))
    verbs_by_word: dict[str, list[str]] = {}
    for verb in verb_type:
        verbs_by_word.setdefault(verb.split()[0], []).append(verb)
    focus_gap = rf"\s+(?:{alternation(res.focus_adverbs)}\s+)?"
    for word, verbs in verbs_by_word.items():
        # `agreed to` also as `agreed only to`
        pattern = compile_pattern(alternation(verbs).replace(r"\s+", focus_gap))
        by_word.setdefault(word, []).append((pattern, "", "verb"))
    # the words that may go on a trigger opening with a word that is none alone and takes
    # only some words after it (`the closure`, `has had talks`, `to close`): at any other
    # word after it no pattern is tried (`has`, `to`, `the` are everywhere)
    after_word: dict[str, frozenset[str]] = {}
    for word, entries in by_word.items():
        patterns = [pattern for pattern, _type, _rule in entries]
        if not any(
            p.match(f"{word} ") or p.match(f"{word} {probe} ", partial=True)
            for p in patterns
            for probe in _ANY_WORD_PROBES
        ):
            # a word that can go on is a literal of the patterns themselves
            words = {w for p in patterns for w in _first_words(p.pattern)}
            after_word[word] = frozenset(
                w for w in words if any(p.match(f"{word} {w} ", partial=True) for p in patterns)
            )
    n = res.named
    cap = r"(?:[[:upper:]][[:alpha:]\d.&-]*|\d{4}|\d+(?:st|nd|rd|th))"
    joiner = alternation(n.connectors)
    named = compile_pattern(
        rf"""(?:(?P<owner>(?:the\s+)?{cap}(?:\s+{cap}){{0,3}})'s\s+)?
        (?P<name>
          (?:{cap}\s+(?:{joiner}\s+){{0,2}}){{1,6}}?(?P<noun>{alternation(n.nouns)})
        | [[:upper:]][[:upper:]\d-]+\s+(?P<lower>{alternation(n.lower_nouns)})
        | (?P<code>{"|".join(n.codes)})
        )(?!\w)""",
        flags=regex.VERSION1 | regex.VERBOSE,
    )
    event_noun = compile_pattern(
        rf"{alternation(n.nouns)}|{alternation(n.lower_nouns)}|{'|'.join(n.codes)}",
        flags=regex.VERSION1,
    )
    # the literal words an event noun starts with (`Meeting` for `Meetings` too), found with
    # `str.find`: `event_noun` scanned over a whole text costs three times more
    openers = {noun.split()[0] for noun in (*n.nouns, *n.lower_nouns)}
    m = res.modality
    return _Rules(
        res=res,
        by_word=by_word,
        first_words={word: after_word.get(word) for word in by_word},
        verb_type=verb_type,
        named=named,
        event_noun=event_noun,
        noun_openers=_opener_runs(openers),
        code_noun=compile_pattern("|".join(n.codes), flags=regex.VERSION1) if n.codes else None,
        code_type=[(compile_pattern(rf"^(?:{k})$"), v) for k, v in n.codes.items()],
        # the cues end where the trigger starts (`$`): matched backwards (`REVERSE`), `match`
        # tries them from there only, instead of from every position of the context
        negated=compile_pattern(m.negated, flags=_BACKWARDS),
        # one backward match finds the first that fits, as trying them in turn would
        modality=compile_pattern(
            f"(?P<future>{m.future})|(?P<planned>{m.planned})|(?P<possible>{m.possible})",
            flags=_BACKWARDS,
        ),
        passive=compile_pattern(m.passive, flags=_BACKWARDS),
        passive_trigger=compile_pattern(m.passive_trigger),
        advice=compile_pattern(m.advice, flags=_BACKWARDS),
        failure=compile_pattern(m.failure, flags=_BACKWARDS),
        condition=compile_pattern(m.condition, flags=regex.IGNORECASE),
        progressive=compile_pattern(m.progressive, flags=_BACKWARDS),
        pluperfect=compile_pattern(m.pluperfect, flags=_BACKWARDS),
        upcoming=compile_pattern(m.upcoming, flags=regex.IGNORECASE),
        time_clause=compile_pattern(m.time_clause, flags=regex.IGNORECASE),
        weekday=compile_pattern(m.weekday),
        country_phrase=compile_pattern(res.country_phrase, flags=regex.IGNORECASE),
        place_name=compile_pattern(res.place_name),
        this_place=compile_pattern(res.this_place, flags=regex.IGNORECASE),
        prospect=compile_pattern(m.prospect, flags=regex.IGNORECASE),
        ability=compile_pattern(m.ability, flags=_BACKWARDS),
        conditional=compile_pattern(m.conditional, flags=_BACKWARDS),
        condition_after=compile_pattern(m.condition_after, flags=regex.IGNORECASE),
        place_opener=compile_pattern(
            rf"\b(?:{'|'.join(sorted(res.grammar.place_openers))})\s+(?!(?:least|most)\b)"
            # (`on the Greek island of X`, `on Indonesia's resort island of X`)
            rf"|\bon\s+(?=(?:the|[A-Z][\w.-]*'s)\s+(?:[\w-]+\s+){{0,2}}"
            rf"{alternation(res.grammar.place_on)}"
            r"(?!\s+(?!(?:between|with|of|near|in)\b)[a-z]))"
        ),
        journey=compile_pattern(
            rf"\b{alternation(res.grammar.journey_openers)}\s+(?:[\w'.-]+\s+){{0,4}}?"
            rf"{alternation(res.grammar.journeys)}\s+to\s+"
        ),
        capture=compile_pattern(rf",\s+{alternation(res.grammar.captures)}\s+"),
        whereabouts=compile_pattern(res.whereabouts, flags=_BACKWARDS),
        owner=compile_pattern(res.owner, flags=_BACKWARDS),
        counterpart={
            name: compile_pattern(rf"\b{alternation(t.counterpart_words)}\s+")
            for name, t in res.types.items()
        },
        purpose={
            name: compile_pattern(rf"\s(?:{'|'.join(t.purpose)})\s+", frags)
            for name, t in res.types.items()
            if t.purpose
        },
        onset=compile_pattern(res.onset, frags, flags=_BACKWARDS),
        senses={(sense.type, word): sense for sense in res.senses.values() for word in sense.words},
        noun_trigger=compile_pattern(rf"(?:{'|'.join(res.noun_triggers)})", flags=regex.IGNORECASE),
        episode_break=compile_pattern(
            rf"\b{alternation(res.episode_breaks)}\b", flags=regex.IGNORECASE
        ),
        own_break=compile_pattern(rf"\b{alternation(res.own_breaks)}\b", flags=regex.IGNORECASE),
        topic_break=compile_pattern(rf"\s{alternation(res.topic_breaks)}\s"),
        and_speech=compile_pattern(rf",?\s+and\s+{alternation(res.speech_after_and)}\b"),
        in_utterance=compile_pattern(
            r",?\s+in\s+(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?"
            rf"{alternation(res.grammar.utterances)}\b"
        ),
        # not `cease-fire`: a hyphen before makes the word part of another
        incident_noun=compile_pattern(rf"(?<!-){alternation(res.incidents.nouns)}"),
        incident_first=frozenset(noun.split()[0] for noun in res.incidents.nouns),
        incident_verb=compile_pattern(alternation(res.incidents.verbs)),
    )


def _opener_runs(openers: set[str]) -> tuple[tuple[str, frozenset[str] | None], ...]:
    """The shortest of ``openers`` (`Meeting` finds `Meetings` too), each with the first run
    of letters a-z of every opener it begins: an event noun stands alone (no word character
    on either side), so that run is one of its text's (``Document.words``) wherever it is."""
    found = []
    for short in sorted(o for o in openers if not any(o.startswith(p) and o != p for p in openers)):
        runs = [_AZ_RUN.search(o.lower()) for o in openers if o.startswith(short)]
        found.append((short, frozenset(r.group() for r in runs if r) if all(runs) else None))
    return tuple(found)


def _first_words(pattern: str) -> set[str]:
    """Every literal word of a pattern (a superset of the words a match can start with);
    `plans?` gives both `plans` and `plan`."""
    words = set()
    for lit in _LITERAL.finditer(pattern):
        word = lit.group(1).lower()
        words.update({word, word[:-1]} if lit.group(2) else {word})
    return words


def trigger_at(text: str, pos: int) -> tuple[int, str, str] | None:
    """The longest trigger starting at ``pos`` of ``text``: (end, type, rule), else None."""
    word = _WORD.match(text, pos, pos + _TRIGGER_REACH)
    return None if word is None else _longest(text, pos, word.group().lower())


def _longest(text: str, pos: int, word: str) -> tuple[int, str, str] | None:
    """:func:`trigger_at` for the lower-case ``word`` known to start at ``pos``."""
    rules = _rules()
    best: tuple[int, str, str] | None = None
    for pattern, etype, rule in rules.by_word.get(word, ()):
        # a bounded end: `regex` may otherwise look for a required literal up to the text end
        m = pattern.match(text, pos, pos + _TRIGGER_REACH)
        if m is not None and (best is None or m.end() > best[0]):
            best = (m.end(), etype or rules.verb_type[_key(m.group())], rule)
    return best


def event_types() -> dict[str, EventType]:
    """The closed list of event types with their CAMEO codes and triggers."""
    return dict(_rules().res.types)


@dataclass
class _Candidate:
    """An event under construction (normalized offsets)."""

    start: int
    end: int
    type: str
    rule: str
    name: str | None = None
    arguments: list[Argument] | None = None
    clause_start: int = 0
    clause_end: int = 0


def _participle_before_noun(norm: str, c: _Candidate, following: list[str]) -> bool:
    """An `-ed` trigger followed by a lower-case content word: an adjective before its noun
    (`publicly traded subsidiaries`, `Injured passengers`), not a verb."""
    return (
        norm[c.start : c.end].endswith("ed")
        and bool(following)
        and following[0].isalpha()
        and following[0].islower()
        and following[0] not in _function_words()
    )


def _after_possessive(prev: list[str]) -> bool:
    """Whether the words before a trigger end with a possessive, or one with its ticker
    after it (`Anthem Inc.'s ATH.N`)."""
    if prev and _TICKER.fullmatch(prev[-1]):
        prev = prev[:-1]
    return bool(prev) and prev[-1].endswith(("'s", "s'"))


class _Finder:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.clauses = clauses_of(doc)
        self.rules = _rules()
        self.last: Event | None = None  # the event built last, for conjoined verbs
        self.last_passive = False  # whether it was told in the passive
        # trigger start -> where its victims were, told in a relative clause on them
        self.whereabouts: dict[int, tuple[str, str | None]] = {}
        self.scenes: dict[int, tuple[str, str | None]] = {}
        self.eventive_spans: dict[tuple[int, int], bool] = {}
        self.holdings: set[int] = set()  # where the `in` of a holding's patient stands
        self.sentence_words: dict[int, frozenset[str]] = {}  # by sentence start
        self.context: dict[int, list[str]] = {}  # by sentence start

    # -- indexes, built on first use: a third of the articles have no candidate --------------

    @cached_property
    def places(self) -> list[Participant]:
        return [p for p in self.doc.participants if p.kind == "place"]

    @cached_property
    def first_sentence_end(self) -> int:
        """Where the story's first sentence (the dateline's) ends."""
        return self.doc.sentence_of(self.dateline_end)[1]

    @cached_property
    def participant_names(self) -> dict[str, str]:
        return {p.id: p.name for p in self.doc.participants}

    @cached_property
    def participant_countries(self) -> dict[str, str]:
        """The country of each place that has one."""
        return {p.id: p.country for p in self.places if p.country}

    @cached_property
    def country_places(self) -> dict[str, str]:
        """The places that are countries, with their code (`Indonesia`: ID)."""
        return {
            p.id: country.country
            for p in self.places
            if (country := find_country(p.name)) is not None and country.country
        }

    @cached_property
    def times(self) -> list[TimeExpression]:
        """Time expressions in the order of `clauses.times` (by normalized start)."""
        return sorted(self.doc.times, key=lambda t: self.doc.local(t.span))

    @cached_property
    def countries(self) -> list[tuple[int, Participant]]:
        """Where each country of the story is first named, in text order."""
        found = [
            (self.doc.local(p.mentions[0])[0], p)
            for p in self.places
            if p.mentions and find_country(p.name) is not None
        ]
        return sorted(found, key=itemgetter(0))

    def this_place(self, start: int, end: int) -> tuple[str, str | None] | None:
        """`in this northern city`: the dateline's place (``this_place`` in events.toml)."""
        line = self.doc.dateline
        if line is None or not line.location:
            return None
        if self.rules.this_place.fullmatch(self.doc.norm, start, end) is None:
            return None
        return line.location, self.place_id(line.location)

    def the_country(self, start: int, end: int) -> tuple[str, str | None] | None:
        """`in the country's first presidential election`: the country its sentence last
        names as a place (after `in`, `at`, `to`), else the one country named before it
        (``country_phrase`` in events.toml), none when two are."""
        norm = self.doc.norm
        if self.rules.country_phrase.fullmatch(norm, start, end) is None:
            return None
        sent_start = self.doc.sentence_of(start)[0]
        for m in reversed(self.clauses.overlapping(sent_start, start)):
            # `The US embassy in Iraq confirmed that ... in the violence-plagued country`
            before = norm[max(sent_start, m.start - 4) : m.start].split()[-1:]
            if (
                m.participant.kind == "place"
                and find_country(m.participant.name) is not None
                and before
                and before[0].lower() in ("in", "at", "to")
            ):
                return m.participant.name, m.participant.id
        named = {p.id: p for first, p in self.countries if first < start}
        if len(named) != 1:
            return None
        (p,) = named.values()
        return p.name, p.id

    @cached_property
    def lowered(self) -> list[str]:
        """Each token's text lower-cased (C-level pass), once per document."""
        return list(map(str.lower, map(itemgetter(2), self.clauses.tokens)))  # Token.text

    @cached_property
    def time_starts(self) -> list[int]:
        return [s for s, _ in self.clauses.times]

    @cached_property
    def incident_gives(self) -> set[str]:
        """What an incident of this document can give at all: a place, and a time only if
        some date resolves (a consequence that lacks only a time in a text without one
        skips building the incident model)."""
        gives = {"place"}
        if any(t.start is not None and t.type in ("date", "time") for t in self.doc.times):
            gives.add("time")
        return gives

    @cached_property
    def kinds(self) -> dict[str, ParticipantKind]:
        return {p.id: p.kind for p in self.doc.participants}

    @cached_property
    def by_id(self) -> dict[str, Participant]:
        return {p.id: p for p in self.doc.participants}

    @cached_property
    def dateline_place(self) -> bool:
        """Whether the dateline names one place: `DUBAI/PARIS` names two, and an event the
        story does not place may be in either (the crisis talks were in Paris)."""
        line = self.doc.dateline
        return line is not None and bool(line.location) and "/" not in (line.location_text or "")

    @cached_property
    def dateline_end(self) -> int:
        doc = self.doc
        return doc.local(doc.dateline.span)[1] if doc.dateline is not None else 0

    @cached_property
    def contents(self) -> list[tuple[int, int, Statement]]:
        """Statement contents by start, for what lies inside reported speech."""
        doc = self.doc
        return sorted(((*doc.local(s.content), s) for s in doc.statements), key=lambda t: t[:2])

    @cached_property
    def content_starts(self) -> list[int]:
        return [s for s, _, _ in self.contents]

    @cached_property
    def cues(self) -> list[tuple[int, int, Statement]]:
        """Statements by their reporting clause, for the cue that is a trigger too."""
        doc = self.doc
        return sorted(((*doc.local(s.span), s) for s in doc.statements), key=lambda t: t[:2])

    @cached_property
    def cue_starts(self) -> list[int]:
        return [s for s, _, _ in self.cues]

    # -- helpers -------------------------------------------------------------------------

    def modality(self, lo: int, start: int, end: int) -> tuple[bool, Modality]:
        """Negation and modality from the words before the trigger (and its first word)."""
        norm = self.doc.norm
        first_word = norm.find(" ", start, end)
        context = norm[max(lo, start - _CONTEXT) : first_word if first_word != -1 else end]
        negated = self.rules.negated.match(context) is not None  # backwards: at the trigger
        found = self.rules.modality.match(context)
        modality: Modality = "actual"
        if found is not None:
            modality = next(m for m in _MODALITIES if found.group(m) is not None)
            if modality == "planned" and self.rules.ability.match(context) is not None:
                modality = "possible"  # `is now free to invest`: it may, nothing planned
        elif self.rules.condition.search(context) is not None:
            modality = "possible"  # `If John Kerry is elected`: a condition, searched forward
        return negated, modality

    def conditioned(self, lo: int, start: int, end: int, hi: int) -> bool:
        """`would be elected to power if fresh elections were held now`: `would` before the
        trigger and a condition after it in its clause: what may happen, not what will."""
        norm = self.doc.norm
        return (
            self.rules.conditional.match(norm, max(lo, start - _CONTEXT), start) is not None
            and self.rules.condition_after.match(norm, end, hi) is not None
        )

    def upcoming(self, lo: int, start: int, end: int, hi: int) -> bool:
        """`meet in Bangkok over the next week`, `are meeting next Tuesday`: a present or
        progressive trigger with a later time of its clause (up to ``hi``) still to come
        tells what will be; a bare weekday only with a progressive or a base form (`ministers
        meet on Thursday`: `agrees to X on Monday` is a headline's past)."""
        norm, anchor, times = self.doc.norm, self.doc.anchor, self.clauses.times
        k = bisect_left(self.time_starts, end)
        while k < len(times) and times[k][0] < hi:
            t_start, t_end = times[k]
            when = self.times[k].start
            if not norm.startswith("'s", t_end):  # `ahead of next week's talks`
                if self.rules.upcoming.search(norm, t_start, t_end) is not None or (
                    anchor is not None and when is not None and _day(when) > anchor
                ):
                    break
                if self.rules.weekday.fullmatch(norm, t_start, t_end) is not None:
                    return self.present(start, end, base=True) or self.progressive(lo, start, end)
            k += 1
        else:
            return False
        return self.progressive(lo, start, end) or self.present(start, end)

    def progressive(self, lo: int, start: int, end: int) -> bool:
        """`are meeting`: an -ing trigger after a present form of `be`."""
        norm = self.doc.norm
        return (
            norm[start:end].split()[0].lower().endswith("ing")
            and self.rules.progressive.match(norm, max(lo, start - _CONTEXT), start) is not None
        )

    def present(self, start: int, end: int, *, base: bool = False) -> bool:
        """A simple present: its -s form (or its base) is a trigger too, the rest of the
        trigger alike (`meet`/`meets`, `go to the polls`/`goes to the polls`); not `met`, nor a
        past written like its base (`shut down ... on Monday`). ``base``: the base form only
        (`meet`, not `meets`)."""
        word, _, rest = _key(self.doc.norm[start:end]).partition(" ")
        tail = f" {rest}" if rest else ""
        verbs = self.rules.verb_type
        if word.endswith("ed") or word in self.rules.res.past_as_base:
            return False
        if self.base_form(start, end):
            return True
        return not base and (
            (word.endswith("s") and f"{word[:-1]}{tail}" in verbs)
            or (word.endswith("es") and f"{word[:-2]}{tail}" in verbs)
        )

    def base_form(self, start: int, end: int) -> bool:
        """A trigger in its base form (`sign`, `meet`: its -s or -ed form is a trigger word
        too; `shut`, `cut` written alike): what a modal before a list governs (`would cut X
        and shut Y`); not `sold`, `met`."""
        word = _key(self.doc.norm[start:end]).partition(" ")[0]
        forms = _verb_words()
        return not word.endswith("ed") and (
            word in self.rules.res.past_as_base
            or any(f"{word}{ending}" in forms for ending in ("s", "es", "ed", "d"))
        )

    def signed_with(
        self, c: _Candidate, etype: EventType, subject: tuple[int, int] | None, hi: int
    ) -> bool:
        """`Kevin Weekes signed Thursday with the New York Rangers`: a name that does it `with`
        a counterpart needs no object (not `the agreement signed with Russia`, a thing)."""
        norm = self.doc.norm
        return (
            etype.counterpart
            and subject is not None
            and norm[subject[0] : subject[1]].split()[-1][:1].isupper()
            and _WITH.match(norm, self.clauses.skip_time(c.end, hi)) is not None
        )

    def time_to_come(self, lo: int, start: int, end: int, hi: int) -> bool:
        """A simple present in a clause of time (`when voters go to the polls`, `until the
        talks resume`; ``time_clause`` in events.toml) in a sentence that looks ahead (`will`,
        `has a chance`: ``prospect``) tells what is still to come; `When oil prices rise,
        interest often does` is a habit."""
        norm = self.doc.norm
        return (
            self.rules.time_clause.search(norm, max(lo, start - _CONTEXT), start) is not None
            and self.present(start, end)
            and self.rules.prospect.search(norm, lo, hi) is not None
        )

    def forward(
        self, start: dt.date | None, end: dt.date | None, lo: int, hi: int
    ) -> tuple[dt.date | None, dt.date | None]:
        """A bare weekday of an event still to come, read back from the story's date (`meet
        on Thursday`), is the one after it."""
        anchor = self.doc.anchor
        if start is None or anchor is None or start != end or not 0 < (anchor - start).days < 7:
            return start, end
        k = bisect_left(self.time_starts, lo)
        while k < len(self.times) and self.clauses.times[k][0] < hi:
            s, e = self.clauses.times[k]
            if self.times[k].start == start and self.rules.weekday.fullmatch(self.doc.norm, s, e):
                later = start + dt.timedelta(days=7)
                return later, later
            k += 1
        return start, end

    def place(self, start: int, end: int, *, cause: bool = False) -> tuple[str, str | None] | None:
        """A place phrase's name and participant id (`Brisbane (Australia)` -> Brisbane);
        with ``cause`` (the trigger's own `in` phrase), the town that modifies an incident
        noun (`killed in a Baghdad rocket attack`)."""
        norm = self.doc.norm
        if self.clauses.in_time(start, end) or not any(c.isupper() for c in norm[start:end]):
            return None
        mentions = self.clauses.overlapping(start, end)
        if any(m.participant.kind == "person" for m in mentions):
            return None
        k = bisect_right(self.time_starts, end) - 1
        if k >= 0 and start <= self.time_starts[k] and self.clauses.times[k][1] > end:
            return None  # `in the October 1998 shooting`: a date cut, no place
        paren = norm.find(" (", start, end)
        end = paren if paren != -1 else end
        closing = _grammar().closing_adverbs
        while (cut := norm.rfind(" ", start, end)) > start and norm[cut + 1 : end] in closing:
            end = rstrip_end(norm, cut)  # `the city of Jeddah overnight`
        words = norm[start:end].lower().split()
        if words and words[-1].strip(".,") in self.rules.res.dated_heads:
            # `killed in Ukrainian strikes`, `in US air strikes`: the cause, not the place (a
            # country before it tells whose); a town that modifies it is where it happened
            # (`killed in a Baghdad rocket attack`)
            for m in mentions if cause else ():
                if m.participant.kind == "place" and find_country(m.participant.name) is None:
                    return m.participant.name, m.participant.id
            return None
        places = [m for m in mentions if m.participant.kind == "place"]
        for i, m in enumerate(places):
            if norm.startswith("'s ", m.end) and i + 1 < len(places):
                continue  # `Italy's island of Sicily`: the island, not the country holding it
            words = norm[start : m.start].split()
            if (
                len(words) >= 3
                and words[-1] == "of"
                and words[-2] in _grammar().bearings
                and words[-3][0].isupper()
                and i == 0
            ):
                # `the Kurile Islands north of Japan`: the name before the bearing
                cut = norm.rfind(f" {words[-2]} of", start, m.start)
                return self.doc.original(start, cut), None
            if "of" in words and not self.place_head(words[: _last_index(words, "of")]):
                return None  # `in the credit limit of the United States`: no place
            rest = norm[m.end : end].split()
            if rest and rest[0].startswith("-"):
                return None  # `the U.S.-led operation`: a compound modifier, no place
            if (
                rest
                and rest[-1] in _grammar().market_sessions
                and find_country(m.participant.name) is None
                and all(w.isalpha() and w.islower() for w in rest)
            ):
                return m.participant.name, m.participant.id  # `in Tokyo morning trade`
            if rest and rest[-1].islower() and not _venue(rest[-1]):
                if norm.startswith("'s ", m.end) and self.rules.place_name.fullmatch(
                    norm, m.end + 3, end
                ):
                    # `in south Sudan's Bahrel Ghazal state`: a region no gazetteer knows
                    return self.doc.original(m.end + 3, end), None
                return None  # `US troops`: a place names no such phrase
            if (words and words[-1][0].isupper()) or rest:
                # `New Delhi`, `Dar es Salaam` when only part of the name is known
                return self.doc.original(start, end), m.participant.id
            return m.participant.name, m.participant.id
        head = _OF.split(norm[start:end])[0]
        last = head.split()[-1:]  # the head: `the trial of X`
        tail = norm[start:end].split()[-1]
        if not (
            last
            and (
                last[0][0].isupper()
                or _venue(last[0])
                # `the outskirts of the Iraqi city of Fallujah`: a part of a named place
                or (last[0] in _grammar().place_parts and self.part_of_name(start, end))
                # `in the Darb al-Sim area`: the name right before names the area (not a
                # nationality, nor past a modifier: `the mainly Kurdish southeastern area`)
                or (
                    last[0] in _grammar().named_area_heads
                    and len(name := head.split()[-2:]) == 2
                    and any(c.isupper() for c in name[0])
                    and country_of_demonym(name[0]) is None
                )
            )
        ):
            return None  # `visit US troops`, `at the trial of X`: no place
        if head.split()[0].lower() in lexicon().owners and last[0].endswith("s"):
            return None  # `at its CVS stores`: the owner's premises, no one place named
        if not mentions and not any(c.isupper() for c in head) and not tail[0].isupper():
            # `a compound housing offices of an autonomous Muslim government`: a venue no
            # name places (`the province of Ghazni` is one)
            return None
        return self.doc.original(start, end), None

    def lone_word(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` is one lower-case word right before a determiner."""
        word = self.doc.norm[start:end]
        nxt = _WORD.match(self.doc.norm, end + 1)
        return (
            word.isalpha()
            and word.islower()
            and self.doc.norm.startswith(" ", end)
            and nxt is not None
            and nxt[0] in _grammar().np_openers
        )

    def place_head(self, words: list[str]) -> bool:
        """Whether the head before a place's `of` is a place itself or a part of one (`the
        city of X`, `the outskirts of X`, `the Republic of X`), not a thing (`the credit limit
        of the United States`)."""
        head = words[-1] if words else ""
        return not head.islower() or _venue(head) or head in _grammar().place_parts

    def in_topic(self, pos: int, args: list[Argument]) -> bool:
        """Whether ``pos`` lies inside a topic argument (what was voted or agreed on)."""
        spans = [self.doc.local(a.span) for a in args if a.role == "topic" and a.span is not None]
        return any(start <= pos < end for start, end in spans)

    def listed_place(self, listed: regex.Match[str]) -> tuple[str, str | None] | None:
        """The named place that closes a list of victims set off by commas (`, including
        four US soldiers in the northern city of Samarra,`)."""
        norm = self.doc.norm
        found = None
        for m in _IN_AT.finditer(norm, listed.start(), listed.end() - 1):
            np = self.clauses.noun_phrase_after(m.end(), listed.end() - 1)
            if np is not None and rstrip_end(norm, listed.end() - 1) == np[1]:
                found = self.place(*np)
        return found

    def trigger_country(self, c: _Candidate) -> tuple[str, str | None] | None:
        """A country named inside a phrase trigger (`raised U.S. interest rates`): where."""
        for m in self.clauses.overlapping(c.start, c.end):
            p = m.participant
            if p.kind == "place" and find_country(p.name) is not None:
                return p.name, p.id
        return None

    def participle_topic(self, pos: int, args: list[Argument]) -> bool:
        """Whether a topic argument ends right before ``pos`` (a lower-case word between at
        most) with a participle after its noun (`the fate of two journalists held hostage`),
        whose phrase ``pos`` goes on."""
        norm = self.doc.norm
        for a in args:
            if a.role == "topic" and a.span is not None:
                start, end = self.doc.local(a.span)
                gap = norm[end:pos].split()
                if (
                    end <= pos
                    and (not gap or (len(gap) == 1 and gap[0].isalpha() and gap[0].islower()))
                    and _TOPIC_PARTICIPLE.search(norm, start, rstrip_end(norm, pos))
                ):
                    return True
        return False

    def after_noun(self, pos: int) -> bool:
        """Whether the word before ``pos`` is a noun (`an advance into X`), not a verb of
        motion whose goal follows (`crashed into`, `moved into`)."""
        k = self.clauses.token_index(pos) - 1
        tok = self.clauses.tokens[k] if k >= 0 else None
        return tok is not None and self.noun_like(tok.text, tok.start)

    def named_place(self, start: int, end: int) -> bool:
        """Whether a phrase names a place: a place participant in it, or a name naming no
        one, every word capitalized but its determiner and connectors (`near the Green Zone`;
        not `near the American embassy`, `near the famous Bridge`, `into Earth's orbit`)."""
        mentions = self.clauses.overlapping(start, end)
        if any(o.participant.kind == "place" for o in mentions):
            return True
        words = self.doc.norm[start:end].split()
        if words[0].lower() in lexicon().determiners:
            words = words[1:]
        if not mentions and self.part_of_name(start, end):
            # `the outskirts of the Iraqi city of Fallujah`: a part of a name no one bears
            words = words[_last_index(words, "of") + 1 :]
        return (
            not mentions
            and bool(words)
            and not words[-1].endswith("'s")
            and all(w[0].isupper() or w in lexicon().connectors for w in words)
        )

    def part_of_name(self, start: int, end: int) -> bool:
        """Whether a phrase ends in a place's part or kind, `of` and a bare name (`the
        outskirts of Galkayo`, `the southern city of Kiel`; not `the end of the Cold War`)."""
        words = self.doc.norm[start:end].split()
        of = _last_index(words, "of") if "of" in words[1:-1] else 0
        return (
            of > 0
            and words[of - 1].islower()
            and self.place_head(words[:of])
            and all(w[0].isupper() for w in words[of + 1 :])
        )

    def owner(self, pos: int, sent_start: int) -> list[Argument]:
        """The agent named before a trigger that has no subject: an organization whose
        decision it completes (`a United Nations decision to impose`) or an acting body
        modifying it (`government attacks on`; ``owner`` in events.toml)."""
        m = self.rules.owner.match(self.doc.norm, max(sent_start, pos - _CONTEXT), pos)
        if m is None:
            return []
        if m.group("actor") is not None:
            return [self.clauses.argument("agent", *m.span("actor"))]
        s, e = m.span("owner")
        if any(o.participant.kind == "organization" for o in self.clauses.overlapping(s, e)):
            return [self.clauses.argument("agent", s, e)]
        return []

    def employer(self, m: regex.Match[str]) -> bool:
        """Whether `at X` follows a job noun (`head football coach at Brigham Young`, `a
        professor at Harvard`): X is the employer, no place of the event."""
        if m.group().split()[0] != "at":
            return False
        before = _WORD.findall(self.doc.norm, max(0, m.start() - _PREV_CHARS), m.start())
        return bool(before) and before[-1].lower() in self.rules.res.job_nouns

    def eventive(self, arg: Argument) -> bool:
        """Whether an argument is an event itself (`The Friday explosions at X killed`; `The
        attacks March 3 at X`: past a date between the head and its place)."""
        if arg.span is None:
            return False
        key = (arg.span.start, arg.span.end)
        if key not in self.eventive_spans:
            self.eventive_spans[key] = self._eventive(arg.span)
        return self.eventive_spans[key]

    def _eventive(self, span: Span) -> bool:
        """:meth:`eventive` for one span: the head before its place phrase is an event
        noun, with the dates inside blanked out first when the plain reading fails."""
        heads = self.rules.res.dated_heads
        words = span.text.lower().split()
        cut = _place_cut(words)
        if cut == 0 or words[cut - 1].strip(".,") in heads:
            return cut > 0
        start, end = self.doc.local(span)
        k = bisect_left(self.time_starts, start)
        if k == len(self.time_starts) or self.time_starts[k] >= end:
            return False  # no date inside: the common case
        text = self.doc.norm[start:end]
        while k < len(self.time_starts) and self.time_starts[k] < end:
            s, e = self.clauses.times[k]
            e = min(e, end)
            text = text[: s - start] + " " * (e - s) + text[e - start :]
            k += 1
        words = text.lower().split()
        cut = _place_cut(words)
        return cut > 0 and words[cut - 1].strip(".,") in heads

    def device(self, arg: Argument) -> bool:
        """Whether an agent is a weapon with its place (`Two car bombs in Baghdad killed`)."""
        if arg.role != "agent" or arg.text is None:
            return False
        words = arg.text.lower().split()
        cut = _place_cut(words)
        return 0 < cut < len(words) and words[cut - 1] in _grammar().devices

    def eventive_place(self, args: list[Argument]) -> tuple[str, str | None] | None:
        """`The explosions at U.S. embassies in Nairobi killed`, `Two car bombs in Baghdad
        killed`, `an inferno near Mecca killed`: the place of an eventive agent or patient, or
        of a weapon that acted."""
        for arg in args:
            if (
                arg.span is None
                or arg.role not in ("agent", "patient")
                or not (self.eventive(arg) or self.device(arg))
            ):
                continue
            start, end = self.doc.local(arg.span)
            places = []
            for m in _IN_AT_NEAR.finditer(self.doc.norm, start, end):
                np = self.clauses.noun_phrase_after(m.end(), end)
                if np is not None and (place := self.place(*np)) is not None:
                    named = self.doc.norm[np[0] : np[1]].split()[-1][0].isupper()
                    places.append((not named, place))
            # a phrase ending in a name before a description (`at U.S. embassies in Nairobi`)
            return min(places, key=lambda p: p[0])[1] if places else None
        return None

    def modifier_place(self, args: list[Argument]) -> tuple[str, str | None] | None:
        """`stormed a Moscow theater`, `A Kabul hospital treated`, `attacks on Iraq's southern
        oil pipelines`: a named place written as the modifier or the owner of a building or
        public place (a venue noun heading the argument) is where the event happened; `US
        troops`, `a Xinhua photographer` name no venue. A patient's place named by the
        dateline too is where it happened (`killed the Baghdad governor` from BAGHDAD)."""
        lexicon_words = lexicon().determiners
        dateline = self.doc.dateline.location if self.doc.dateline is not None else None
        for arg in args:
            if arg.span is None or arg.role not in ("agent", "patient"):
                continue
            last = arg.span.text.rpartition(" ")[2]
            if not last.islower():
                continue
            venue = _venue(last)
            start, end = self.doc.local(arg.span)
            for m in self.clauses.overlapping(start, end):
                if m.participant.kind != "place" or not (
                    venue or (arg.role == "patient" and m.participant.name == dateline)
                ):
                    continue
                before = self.doc.norm[start : m.start].split()
                after = self.doc.norm[m.end : end].split()
                owned = len(after) > 1 and after[0] == "'s" and len(after) <= _MODIFIER_TOKENS
                # `the Kabul police chief`: the dateline's place before a title
                titled = (
                    not venue
                    and 0 < len(after) <= _MODIFIER_TOKENS
                    and all(w.isalpha() and w.islower() for w in after)
                )
                if (len(after) == 1 or owned or titled) and all(
                    w.lower() in lexicon_words or w.isdigit() for w in before
                ):
                    return m.participant.name, m.participant.id
        return None

    @cached_property
    def scene_types(self) -> frozenset[str]:
        return _grammar().scene_types

    def scene_country(self, start: int, end: int) -> tuple[str, str | None] | None:
        """`outside a Saudi shopping center`, `at a Russian nuclear power station`, `Iraqi
        police`: the country of a nationality adjective modifying a public place
        (``scene_venues``) or local people (``local_people``) is where an incident happened;
        not an embassy or a base (`the American embassy`), not a visitor (`a British tourist`)."""
        words = self.doc.norm[start:end].split()
        grammar = _grammar()
        if words and words[0].lower() in lexicon().determiners:
            words = words[1:]
        if not words or len(words) > _MODIFIER_TOKENS + 1:
            return None
        last = words[-1].lower()
        two = " ".join(words[-2:]).lower()
        people = two in grammar.local_people or last in grammar.local_people
        if not words[-1].islower() or not (
            people or last in grammar.scene_venues or last.removesuffix("s") in grammar.scene_venues
        ):
            return None
        k = next((k for k in range(len(words) - 2, -1, -1) if not words[k].islower()), None)
        if k is None or not all(w.isalpha() for w in words[k + 1 : -1]) or "and" in words:
            return None  # the adjective is the last capitalized word: `Three Afghan guards`
        code = country_of_demonym(words[k])
        name = country_name(code) if code is not None else None
        return (name, self.place_id(name)) if name is not None else None

    def scene_of(self, args: list[Argument]) -> tuple[str, str | None] | None:
        """A scene's country (:meth:`scene_country`) named by an incident's patient or by
        the place inside it (`One reactor at a Russian nuclear power station was closed`)."""
        for arg in args:
            if arg.role != "patient" or arg.span is None:
                continue
            start, end = self.doc.local(arg.span)
            found = self.scene_country(start, end)
            for m in _IN_AT.finditer(self.doc.norm, start, end) if found is None else ():
                np = self.clauses.noun_phrase_after(m.end(), end)
                if np is not None and (found := self.scene_country(*np)) is not None:
                    break
            if found is not None:
                return found
        return None

    def target_place(self, args: list[Argument]) -> tuple[str, str | None] | None:
        """`shelled Fallujah`, `bombed the rebel-held city of Fallujah`: a place attacked is
        where the attack happened (a place participant as the whole patient, or a place's head
        with `of` and the name)."""
        for arg in args:
            if arg.role != "patient" or arg.span is None:
                continue
            start, end = self.doc.local(self.trimmed(arg).span or arg.span)
            words = self.doc.norm[start:end].split()
            if words and words[0].lower() in _grammar().articles:
                start += len(words[0]) + 1
                words = words[1:]
            mentions = self.clauses.overlapping(start, end)
            if (
                len(mentions) == 1
                and mentions[0].participant.kind == "place"
                and mentions[0].start == start
                and mentions[0].end == end
            ):
                return mentions[0].participant.name, mentions[0].participant.id
            of = _last_index(words, "of") if "of" in words else 0
            if 0 < of < len(words) - 1 and words[of - 1] in _grammar().settlements:
                return self.place(start, end)
        return None

    def named_venue(
        self, args: list[Argument], etype: EventType | None
    ) -> tuple[str, str | None] | None:
        """`stormed Khan Younis refugee camp`, `raided the Abu Ghraib prison`: a target that
        is a named public place (a name, then a venue noun) is where an incident happened."""
        if etype is None or etype.group != "security":
            return None
        for arg in args:
            if arg.role != "patient" or arg.span is None:
                continue
            words = arg.span.text.split()
            if words and words[0].lower() in _grammar().articles:
                if words[0].lower() != "the":
                    continue  # `attacked a Hamas training camp`: no one place named
                words = words[1:]
            names = [w for w in words if w[0].isupper()]
            rest = words[len(names) :]
            start, end = self.doc.local(arg.span)
            if (
                names
                and 0 < len(rest) <= _MODIFIER_TOKENS
                and all(w.isalpha() and w.islower() for w in rest)
                and _venue(rest[-1])
                and not any(
                    m.participant.kind != "place" for m in self.clauses.overlapping(start, end)
                )
            ):
                return " ".join(words), None
        return None

    def reduced_passive(self, c: _Candidate, sent_end: int) -> bool:
        """`a reward announced earlier by Janet Reno`, `protesters killed by police`: a
        participle with a `by` agent that is no time or quantity (`rose by 5%`)."""
        norm = self.doc.norm
        if c.rule != "verb" or not norm[c.start : c.end].endswith("ed"):
            return False
        by = _REDUCED_BY.match(norm, c.end, sent_end)
        if by is None:
            return False
        agent = self.clauses.noun_phrase_after(by.end(), sent_end)
        return (
            agent is not None
            and not self.clauses.in_time(*agent)
            and self.clauses.quantity_at(agent[0]) is None
        )

    def leading_place(self, sent_start: int, subject_start: int) -> tuple[str, str | None] | None:
        """`At the Harry Truman Library in Independence, the ministers signed`: a place
        adverbial opening the sentence before the subject."""
        norm = self.doc.norm
        if self.doc.dateline is not None:
            sent_start = max(
                sent_start, min(self.doc.local(self.doc.dateline.span)[1], subject_start)
            )
        opener = _LEADING_IN_AT.match(norm, sent_start, subject_start)
        if opener is None:
            return None
        comma = norm.rfind(",", opener.end(), subject_start)
        if comma == -1 or norm[comma + 1 : subject_start].strip():
            return None
        for m in _LEADING_IN_AT.finditer(norm, opener.start(), comma):
            # `At the Harry Truman Library in Independence`: the first phrase that is a place
            np = self.clauses.noun_phrase_after(m.end(), comma)
            if np is not None and (place := self.place(*np)) is not None:
                return place
        return None

    def subject_place(
        self, start: int, end: int, *, topical: bool
    ) -> tuple[str, str | None] | None:
        """`Coastguard officials at the main Greek port of Piraeus have arrested`, `A NATO-led
        airstrike in southern Afghanistan killed`: a place phrase right after the subject's
        head is where its event happened; not a base (`a group based in London`), another
        predicate's (`Acuras built in the U.S.`, `banks allowed to operate in Jakarta`), a
        topic's (`an MOU on the project in Myanmar was inked`, `Shell in South Africa was
        discussed`: ``topical``) or a subject read across a full stop."""
        norm = self.doc.norm
        if topical or _FULL_STOP.search(norm, start, end) is not None or "\n " in norm[start:end]:
            return None  # `N.J.\n    American Midland has agreed`: read across a paragraph
        m = _SUBJECT_PLACE.search(norm, start, end)
        if m is None:
            return None
        before = norm[start : m.start()].lower().split()
        breaks = _grammar().subject_place_breaks
        if (
            not before
            or any(w in breaks for w in before)
            or (_participle(before[-1]) and before[-1] not in _grammar().stationed_in)
            or "to" in before[-2:]
        ):
            return None
        np = self.clauses.noun_phrase_after(m.end(), end)
        found = self.place(*np) if np is not None else None
        if (
            np is None
            or found is None
            or len(norm[np[0] : np[1]].split()) > _MAX_OUTER_WORDS
            or (found[1] is None and not _venue(_head(found[0])))
        ):
            return None  # `shares in Google`, `a stake in Sabena`: a firm, no place
        return found

    def embedder_between(self, start: int, end: int) -> bool:
        """Whether a word opening another clause (`after`, `who`, `when` ...: `embedders`)
        lies between two offsets of one sentence, after the last `and` (which goes back to
        the main clause: `appointed X after Y left and have begun a campaign to sell`)."""
        embedders = self.rules.res.embedders
        words = _WORD.findall(self.doc.norm[start:end].lower())
        if "and" in words:
            words = words[len(words) - words[::-1].index("and") :]
        return any(w in embedders for w in words)

    def after_object(self, event: Event, pos: int) -> bool:
        """Whether ``pos`` comes after the patient of ``event``, outside its topic."""
        spans = [(a.role, self.doc.local(a.span)) for a in event.arguments if a.span is not None]
        if any(role == "topic" and s <= pos < e for role, (s, e) in spans):
            return False
        return any(role == "patient" and e <= pos for role, (_s, e) in spans)

    def here(
        self, lo: int, hi: int, trigger: tuple[int, int], etype: EventType | None
    ) -> tuple[str, str | None] | None:
        """`shot dead two militants here Monday` under a SRINAGAR dateline: `here` after the
        trigger in its own clause is the dateline's place; not `from here`, nor another
        predicate's (`arrested a man who lives here`)."""
        line = self.doc.dateline
        if line is None or not line.location or not self.dateline_place:
            return None
        m = _HERE.search(self.doc.norm, trigger[1], hi)
        if m is None or self.embedded(lo, m.start(), trigger, etype):
            return None
        return line.location, self.place_id(line.location)

    def journey_place(
        self, lo: int, hi: int, trigger: tuple[int, int], etype: EventType | None
    ) -> tuple[str, str | None] | None:
        """`were killed during the annual pilgrimage to Mecca`, `was injured on a visit to
        Baghdad`: what happens on a journey happens at its named goal; not another
        predicate's (`arrested a man who was on a trip to Paris`)."""
        m = self.rules.journey.search(self.doc.norm, trigger[1], hi)
        if m is None or self.embedded(lo, m.start(), trigger, etype):
            return None
        np = self.clauses.noun_phrase_after(m.end(), hi)
        return self.place(*np) if np is not None and self.named_place(*np) else None

    def told_at(
        self, hi: int, trigger: tuple[int, int], etype: EventType | None
    ) -> tuple[str, str | None] | None:
        """`declared the closing of the carnival at the weekend in Abuja`: a named place
        right after a time that closes what was told, the clause ending there, is where it
        was told (what is told keeps a place before its time: `plans to build in Texas`);
        not another predicate's (`the clashes which began last weekend in Kafanchan`)."""
        norm = self.doc.norm
        k = bisect_left(self.time_starts, trigger[1])
        for start, end in self.clauses.times[k:]:
            if end > hi or self.embedded(trigger[0], start, trigger, etype):
                break
            m = _IN_AT.match(norm, end + 1) if norm.startswith(" ", end) else None
            np = self.clauses.noun_phrase_after(m.end(), hi) if m is not None else None
            if np is not None and not norm[np[1] : hi].strip(" .") and self.named_place(*np):
                return self.place(*np)
        return None

    def captured_place(self, clause_end: int, sent_end: int) -> tuple[str, str | None] | None:
        """`launched attacks on Saturday, taking the town of Sake`: a named place a capture's
        participle takes right after the clause is where the fighting was."""
        m = self.rules.capture.match(self.doc.norm, clause_end, sent_end)
        np = self.clauses.noun_phrase_after(m.end(), sent_end) if m is not None else None
        return self.place(*np) if np is not None and self.named_place(*np) else None

    def purpose_place(self, pos: int, sent_start: int) -> tuple[str, str | None] | None:
        """`The board met in Amsterdam to discuss the programme`: talks, a vote or a protest
        that is the purpose of the event right before it, in its clause, happen at its place."""
        last = self.last
        if last is None or last.location is None:
            return None
        end = self.doc.local(last.span)[1]
        between = self.doc.norm[end:pos]
        if (
            not sent_start <= end <= pos
            or _TO_END.search(between) is None
            or any(mark in between for mark in ',;:"')
            or len(between.split()) > _MAX_OUTER_WORDS
            or self.embedder_between(end, pos)
        ):
            return None
        return last.location, last.location_id

    def where_place(self, pos: int, sent_start: int) -> tuple[str, str | None] | None:
        """`in Oklahoma City, where 168 people were killed`: a clause opened by `where`
        happened at the place before it."""
        m = _WHERE.search(self.doc.norm, max(sent_start, pos - 10), pos)
        if m is None:
            return None
        end = m.start()
        time = _TIME_BEFORE.search(self.doc.norm, max(sent_start, end - _CONTEXT), end)
        if time is not None and self.clauses.in_time(time.start("time"), end):
            end = time.start()  # `arrived in Beijing on Sunday, where`: past the time
        for attach in (True, False):  # else the place alone, not the subject it ends
            np = self.clauses.noun_phrase_before(end, sent_start, attach=attach, governed=True)
            if np is not None and (found := self.place(*np)) is not None:
                return found
        return None

    def when_place(self, pos: int, sent_start: int) -> tuple[str, str | None] | None:
        """`overcame its final hurdle in Russia when the upper house ratified`, `a meeting
        in New York in September 1985 when industrial nations agreed`: a clause opened by
        `when` right after a named place that a locative preposition opens (a time between)
        happened there; not any phrase before it (`the hostage-taking at Beslan`, `a trade
        surplus with the United States`)."""
        norm = self.doc.norm
        m = _WHEN.search(norm, max(sent_start, pos - 10), pos)
        if m is None:
            return None
        end = m.start()
        time = _TIME_BEFORE.search(norm, max(sent_start, end - _CONTEXT), end)
        if time is not None and self.clauses.in_time(time.start("time"), end):
            end = time.start()  # `in Paris on February 22 when`: past the time
        tokens, preps = self.clauses.tokens, self.rules.res.place_prepositions
        for mention in self.clauses.overlapping(max(sent_start, end - _CONTEXT), end):
            k = self.clauses.token_index(mention.start) - 1
            if k > 1 and tokens[k].text == "of" and _venue(tokens[k - 1].text):
                # `in the central city of Mandalay`: the preposition before the venue's phrase
                k = next(
                    (j for j in range(k - 2, max(k - 5, -1), -1) if tokens[j].text in preps), k
                )
            if k > 0 and tokens[k].text.lower() in lexicon().determiners:
                k -= 1
            if (
                mention.participant.kind == "place"
                and not norm[mention.end : end].strip()
                and k >= 0
                and tokens[k].text.lower() in preps
            ):
                return mention.participant.name, mention.participant.id
        return None

    def attended_at(self, pos: int, sent_start: int) -> tuple[str, str | None] | None:
        """`visited New Delhi to attend the Leadership Summit`, `arrived in Hanoi to attend
        the APEC summit`: an event noun right after `to attend` is held at the place named
        right before it."""
        norm = self.doc.norm
        m = _TO_ATTEND.search(norm, max(sent_start, pos - _CONTEXT), pos)
        if m is None:
            return None
        for mention in self.clauses.overlapping(max(sent_start, m.start() - _CONTEXT), m.start()):
            if mention.participant.kind == "place" and not norm[mention.end : m.start()].strip():
                return mention.participant.name, mention.participant.id
        return None

    def place_id(self, name: str) -> str | None:
        """The place participant called ``name`` (for the dateline place)."""
        for p in self.places:
            if p.name == name or name in p.aliases:
                return p.id
        return None

    def noun_time(self, s: int, e: int, value: str, etype: EventType | None) -> bool:
        """Whether the time expression ``[s, e)`` dates a noun, not a clause: another
        event's noun before it (`his capture on Feb. 2`) or a noun it modifies (`the
        famed 9th century shrine`, `last year's blasts`), unless that noun is the cause a
        casualty shares (`killed in Monday's blast`); or opens a span (`since March`)."""
        norm, tokens, res = self.doc.norm, self.clauses.tokens, self.rules.res
        lex = lexicon()
        k = self.clauses.token_index(s)
        before = [t.text.lower() for t in tokens[max(0, k - 3) : k]]
        if (
            len(before) > 1
            and before[-1] in _grammar().time_of
            and before[-2] in res.other_event_nouns
        ):
            return True
        if before and before[-1] in res.span_openers:
            return True  # `killed since the start of the year`: a span's start (`since_until_now`)
        if self.rules.onset.match(norm, max(0, s - _ONSET_CHARS), s) is not None:
            return True  # `an agreement to start January 1`: when it starts, not when made
        possessive = norm.startswith("'", e)
        determined = (bool(before) and before[-1] in lex.determiners) or (
            len(before) > 1
            and before[-2] in lex.determiners
            and before[-1].endswith((*_grammar().modifier_endings, "al", "ern"))
        )  # `the (famed) 9th century ...`: a modifier if a noun follows
        era = len(value) <= _ERA and norm[s:e].split()[0].lower() in lex.determiners
        determined = determined or era  # `the 12th century monastery`, `the 1990s boom`
        if not (determined or possessive):
            return False
        # the noun after it: `year's twin blasts`, `9th century shrine`
        head = ""
        for tok in tokens[self.clauses.token_index(e) : self.clauses.token_index(e) + 3]:
            low = tok.text.lower()
            if not (tok.text.isalpha() and tok.text.islower()) or low in lex.stop:
                break
            head = low
        if not head or (head.endswith("ed") and not possessive):
            return False  # `the company Monday announced`: a verb
        if etype is not None and head in etype.occasions:
            return False  # `voted in the October 15 referendum`: the occasion's date is the vote's
        return not (etype is not None and etype.cause_clause and head in res.dated_heads)

    def embedded(
        self, lo: int, pos: int, trigger: tuple[int, int], etype: EventType | None
    ) -> bool:
        """Whether a time or place at ``pos`` lies in a clause of another predicate: a word
        of ``embedders`` between the trigger and it (`arrested a man who fled in May`), or
        between the subject at ``lo`` and it when it comes before the trigger (`The man who
        was arrested Monday died`); not one right before it (`after Monday`), nor a relative
        clause telling a casualty's cause (`killed in an explosion that took place in X`)."""
        a, b = (trigger[1], pos) if pos >= trigger[1] else (lo, pos)
        res, tokens = self.rules.res, self.clauses.tokens
        cause = etype is not None and etype.cause_clause
        last = self.clauses.token_index(b) - 1  # the time's own preposition
        if pos < trigger[0] and self.apposed(a, pos, trigger[0]):
            return True
        for i in range(self.clauses.token_index(a), last):
            low = tokens[i].text.lower()
            if low in res.clause_openers and self.opens_clause(
                tokens[i + 1].start, self.doc.sentence_of(b)[1]
            ):
                return True  # `dropped as rebels in X agreed`: the clause's own place
            if low not in res.embedders:
                continue
            if not (cause and i > 0 and tokens[i - 1].text.lower() in res.dated_heads):
                return True
        return False

    def apposed(self, lo: int, pos: int, trigger: int) -> bool:
        """Whether ``pos`` lies in a participle's clause set off by commas between the
        subject at ``lo`` and the trigger (`Bouteflika, born in March 1937, was elected`):
        that participle's time or place, not the trigger's."""
        tokens, index = self.clauses.tokens, self.clauses.token_index
        k, end = index(pos), index(trigger)
        opened = False
        for i in range(index(lo), k):
            if tokens[i].text == ",":
                nxt = tokens[i + 1].text
                opened = nxt.islower() and (
                    _participle(nxt) or nxt in self.rules.res.apposition_participles
                )
        return opened and any(tokens[i].text == "," for i in range(k, end))

    def joined_clause(self, opening: int, trigger: int) -> bool:
        """Whether the trigger lies in a clause joined to the main one past a time opening the
        sentence (``opening_scope_joiners``: `and`, `but`, `when`, `in which`), with no other
        embedder between (`told the SEC he sold`, `a proposal that called for`); an
        infinitive is its main verb's (`In October, the regime ordered the Red Cross to close`)."""
        res, tokens, index = self.rules.res, self.clauses.tokens, self.clauses.token_index
        words = [tokens[i].text.lower() for i in range(index(opening), index(trigger) + 1)]
        joined = words[-1] == "to" or (len(words) > 1 and words[-2] == "to")
        words = words[:-1]
        for i, word in enumerate(words):
            if word == "which" and i > 0 and words[i - 1] in res.opening_scope_joiners:
                continue  # `in which`: the preposition joined it
            if word in res.embedders and word not in res.opening_scope_joiners:
                return False
            joined = joined or word in res.opening_scope_joiners
        return joined

    @cached_property
    def named_days(self) -> list[tuple[int, dt.date]]:
        """The single days of the week before the story's date named after the dateline, by
        their starts (`on Sunday`, `On Nov. 11`): the days the story moves to (:meth:`day_frame`);
        not a day told in a relative clause (`Boucher, who arrived in Kathmandu Wednesday`),
        one to come, a month, a span or a day long before (background told in passing)."""
        line = self.doc.dateline
        last = line.date if line is not None else None
        found: list[tuple[int, dt.date]] = []
        if last is None:
            return found
        norm = self.doc.norm
        for (start, _), t in zip(self.clauses.times, self.times, strict=True):
            if start < self.dateline_end or t.type != "date" or t.start is None:
                continue
            day = _day(t.start)
            if _day(t.end or t.start) != day or not 0 <= (last - day).days <= _WEEK:
                continue
            before = norm[self.doc.sentence_of(start)[0] : start]
            relative = _COMMA_RELATIVE.search(before)
            if relative is None or "," in before[relative.end() :]:
                found.append((start, day))
        return found

    def day_frame(self, pos: int) -> dt.date | None:
        """The story's day at ``pos``: the last single day named before it (the lead's
        `Sunday`, a later `On Nov. 11`), else None."""
        k = bisect_left(self.named_days, (pos,)) - 1
        return self.named_days[k][1] if k >= 0 else None

    def possessive_day(self, sent_start: int, pos: int) -> tuple[dt.date | None, dt.date | None]:
        """`Monday's extraordinary cabinet session which approved`: a day's possessive opening
        the noun a relative clause right before the trigger tells of dates the trigger."""
        m = _POSSESSIVE_RELATIVE.search(self.doc.norm, max(sent_start, pos - _CONTEXT), pos)
        if m is None:
            return None, None
        k = bisect_left(self.time_starts, m.start())
        if k < len(self.time_starts) and self.clauses.times[k][1] == m.start("own"):
            t = self.times[k]
            if t.type == "date" and t.start is not None:
                return _day(t.start), _day(t.end or t.start)
        return None, None

    def when_of(self, lo: int, pos: int) -> tuple[dt.date | None, dt.date | None]:
        """The dates of the time a `when` clause opening at ``pos`` tells of (`since 1995,
        when flooding damaged ...`, `in 1930, when it erupted`): the time right before its
        comma, whatever its preposition."""
        m = _TIME_WHEN.search(self.doc.norm, lo, pos)
        if m is None:
            return None, None
        k = bisect_left(self.time_starts, m.start()) - 1
        if k < 0 or self.clauses.times[k][1] != m.start():
            return None, None
        t = self.times[k]
        if t.start is None or t.type not in ("date", "time") or t.value.endswith("_REF"):
            return None, None
        end_value = t.end if t.end is not None else t.start
        return _day(t.start), _day(end_value)

    def since_until_now(
        self, sent_start: int, c: _Candidate, hi: int, etype: EventType | None
    ) -> tuple[dt.date | None, dt.date | None]:
        """A present perfect with `since <time>` in its clause (`have died in the campaign since
        1989`) runs from that time to the story's date; not after a superlative, whose noun it
        measures (`have soared to their highest levels since 1983`)."""
        norm, anchor = self.doc.norm, self.doc.anchor
        if anchor is None or not _PRESENT_PERFECT.search(
            norm, max(sent_start, c.start - _PREV_CHARS), c.start
        ):
            return None, None
        k = bisect_left(self.time_starts, c.end)
        while k < len(self.times) and self.time_starts[k] < hi:
            s, t = self.time_starts[k], self.times[k]
            before = norm[max(c.end, s - 6) : s].split()
            if (
                before
                and before[-1].lower() == "since"
                and t.start is not None
                and t.type == "date"
                and not self.embedded(c.start, s, (c.start, c.end), etype)
                and _day(t.start) <= anchor
                and not any(
                    w.lower() in self.rules.res.superlatives for w in norm[c.end : s].split()
                )
            ):
                return _day(t.start), anchor
            k += 1
        return None, None

    def relative_between(self, pos: int, trigger: int) -> bool:
        """Whether a relative pronoun stands between ``pos`` and the trigger after it
        (`Prachanda who had visited New Delhi`): the trigger is in a relative clause."""
        tokens, index = self.clauses.tokens, self.clauses.token_index
        pronouns = self.rules.res.relative_pronouns
        return any(tokens[i].text.lower() in pronouns for i in range(index(pos), index(trigger)))

    def times_in(
        self,
        lo: int,
        hi: int,
        near: int,
        args: list[Argument],
        etype: EventType | None = None,
        trigger: tuple[int, int] | None = None,
    ) -> tuple[dt.date | None, dt.date | None]:
        """The dates of the time expression in ``[lo, hi)`` nearest ``near`` (a date before
        a clock time), outside the arguments (`the current state of cooperation` dates
        nothing), not dating a noun and, given the ``trigger``, not in a clause of another
        predicate."""
        best: tuple[bool, int, dt.date, dt.date] | None = None
        taken: list[Span] | None = None  # built once a date is in range: most clauses have none
        spans, times = self.clauses.times, self.times
        # indexing from the first candidate: a slice copies, and islice steps over, every
        # time expression before it, per event (quadratic on long texts)
        for k in range(bisect_left(self.time_starts, lo), len(spans)):
            (s, e), t = spans[k], times[k]
            if s >= hi:
                break
            if e > hi or t.start is None or t.type not in ("date", "time"):
                continue
            if t.value.endswith("_REF"):
                continue  # `the future`, `now`: no date for an event
            if taken is None:
                # a date inside an argument dates the event only when the argument is an event
                # itself (`the Oct. 13 attack that killed`), not `the current state of cooperation`
                taken = [a.span for a in args if a.span is not None and not self.eventive(a)]
            if any(a.start <= t.span.start and t.span.end <= a.end for a in taken):
                continue
            if self.noun_time(s, e, t.value, etype) or (
                trigger is not None
                and (
                    self.embedded(lo, s, trigger, etype)
                    or (s >= trigger[1] and self.event_noun_between(trigger[1], s, etype))
                    or (
                        s >= trigger[1]
                        and _FROM_VALUE.search(self.doc.norm, max(trigger[1], s - _FROM_REACH), s)
                        is not None
                    )
                )
            ):
                continue
            start = t.start.date() if isinstance(t.start, dt.datetime) else t.start
            end_value = t.end if t.end is not None else t.start
            end = end_value.date() if isinstance(end_value, dt.datetime) else end_value
            # a clock time takes its day from the anchor: a day named in the clause wins
            # (`at about 10:35 a.m. (0735 GMT) Friday`)
            rank = (t.type == "time", min(abs(s - near), abs(e - near)))
            if best is None or rank < best[:2]:
                best = (*rank, start, end)
        return (best[2], best[3]) if best else (None, None)

    # -- candidates ----------------------------------------------------------------------

    def named_events(self) -> list[_Candidate]:
        found = []
        n = self.rules.res.named
        for m in self.named_matches():
            start, end = m.span("name")
            # `... on Thursday.\n\nThe International Conference`: a name starts after the
            # sentence before it ends
            stop = _NAME_BREAK.search(self.doc.norm, start, end)
            while stop is not None:
                start = stop.end()
                stop = _NAME_BREAK.search(self.doc.norm, start, end)
            words = self.doc.norm[start:end].split()
            while words and words[0] in n.not_first:
                start += len(words[0]) + 1
                words.pop(0)
            if len(words) < 2 and m.group("code") is None:
                self.doc.reject(_FAMILY, start, end, "named", "a bare event noun")
                continue
            following = _WORD.match(self.doc.norm, end + 1)
            if (
                following is not None
                and self.doc.norm.startswith(" ", end)
                and (following[0] in n.venues or following[0] in n.leagues)
            ):
                # `the Bayside Expo Center`: a building; `an Atlantic Coast Conference title`:
                # a sports league
                self.doc.reject(_FAMILY, start, end, "named", "a venue's or a league's name")
                continue
            if m.group("code") is not None:
                etype = next(t for p, t in self.rules.code_type if p.match(m.group("code")))
            elif m.group("lower") is not None:
                etype = n.lower_nouns[m.group("lower").lower()]
            else:
                etype = n.nouns[m.group("noun")]
            args = []
            if m.group("owner") is not None:
                args.append(self.clauses.argument("organizer", *m.span("owner")))
            by = _ORGANIZED_BY.match(self.doc.norm, end, end + _COUNTERPART_REACH)
            if by is not None:
                # `the BRICS Media Summit organized by TASS`
                sent_end = self.doc.sentence_of(end)[1]
                np = self.clauses.noun_phrase_after(by.end(), sent_end)
                if np is not None:
                    args.append(self.clauses.argument("organizer", *np))
            found.append(
                _Candidate(
                    start,
                    end,
                    etype,
                    "named",
                    name=self.doc.norm[start:end],
                    arguments=args,
                )
            )
        return found

    def named_matches(self) -> list[regex.Match[str]]:
        """Named-event matches, tried only at the words shortly before an event noun."""
        norm = self.doc.norm
        found: list[regex.Match[str]] = []
        reached = 0
        tokens = self.clauses.tokens
        for noun in self.event_nouns():
            k = self.clauses.token_index(max(reached, noun.start() - _NAME_REACH))
            for tok in tokens[k : self.clauses.token_index(noun.end())]:
                if not (norm[tok.start].isupper() or tok.text == "the"):
                    continue
                m = self.rules.named.match(norm, tok.start, noun.end() + 1)
                if m is not None and m.end() >= noun.end():
                    found.append(m)
                    reached = m.end()
                    break
        return found

    def event_nouns(self) -> list[regex.Match[str]]:
        """What ``event_noun.finditer`` finds, tried only where an event noun's first word or
        a code starts."""
        norm, rules, words = self.doc.norm, self.rules, self.doc.words
        starts = set()
        for word, runs in rules.noun_openers:
            if runs is not None and runs.isdisjoint(words):
                continue  # a `str.find` over the whole text spared
            i = norm.find(word)
            while i != -1:
                starts.add(i)
                i = norm.find(word, i + 1)
        if rules.code_noun is not None:
            starts.update(m.start() for m in rules.code_noun.finditer(norm, overlapped=True))
        found = []
        reached = 0
        for i in sorted(starts):
            if i >= reached and (noun := rules.event_noun.match(norm, i)) is not None:
                found.append(noun)
                reached = noun.end()
        return found

    def triggers(self) -> list[_Candidate]:
        """Trigger matches, longest at each word, not overlapping."""
        found = []
        reached = 0
        norm, rules = self.doc.norm, self.rules
        tokens = self.clauses.tokens
        # pick the tokens that may open a trigger in one C-level pass (no Python step per
        # token); a word that is no trigger alone only before a word that may go on one
        # opening with it (`the closure of`, `a magnitude-6.1 earthquake`: the word before
        # any `-`)
        lowered, firsts, last = self.lowered, rules.first_words, len(tokens) - 1
        picked = [
            k
            for k in compress(range(len(tokens)), map(firsts.__contains__, lowered))
            if (goes_on := firsts[lowered[k]]) is None
            or (k < last and lowered[k + 1].partition("-")[0] in goes_on)
        ]
        for k in picked:
            tok = tokens[k]
            if tok.start < reached:
                continue
            word = lowered[k]
            # the token is the word `trigger_at` would read, unless `'` or `-` ends it
            hit = (
                _longest(norm, tok.start, word)
                if norm[tok.end : tok.end + 1] not in ("'", "-")
                else trigger_at(norm, tok.start)
            )
            if hit is not None:
                end, etype, rule = hit
                found.append(_Candidate(tok.start, end, etype, rule))
                reached = end
        return found

    # -- arguments -----------------------------------------------------------------------

    def untracked(
        self, c: _Candidate, etype: EventType | None, sent_start: int, sent_end: int
    ) -> bool:
        """Whether a verb trigger is sure to be dropped as a change of something not tracked
        (in :meth:`build`, once its subject is read): its type needs a subject with one of
        its ``subjects`` heads and no word of the sentence is one (`rose` in a sentence
        naming no shares, prices, rates ...). Reading the subject is most of what building
        those costs: tested first, whenever no trace wants the reason."""
        if (
            c.rule != "verb"
            or etype is None
            or not etype.subjects
            or not (
                etype.subjects_only
                or _key(self.doc.norm[c.start : c.end]) in etype.subject_only_verbs
            )
        ):
            return False
        words = self.sentence_words.get(sent_start)
        if words is None:
            words = letter_runs(self.doc.norm[sent_start:sent_end].lower())
            self.sentence_words[sent_start] = words
        return etype.subjects.keys().isdisjoint(words)

    def context_words(self, sent_start: int, sent_end: int) -> list[str]:
        """The lower-case words of a sentence, read once for all its ambiguous triggers."""
        words = self.context.get(sent_start)
        if words is None:
            words = _WORD.findall(self.doc.norm[sent_start:sent_end].lower())
            self.context[sent_start] = words
        return words

    def build(self, c: _Candidate) -> Event | None:
        doc, norm, clauses, g = self.doc, self.doc.norm, self.clauses, _grammar()
        sent_start, sent_end = doc.sentence_of(c.start)
        etype = self.rules.res.types.get(c.type)
        if doc.trace is None and self.untracked(c, etype, sent_start, sent_end):
            return None  # dropped below in any case, the reason told only when tracing
        incident = None
        if (
            etype is not None
            and etype.participles
            and _key(norm[c.start : c.end]) in etype.participles
        ):
            incident = self.participle_incident(c, sent_start)
            if incident is None:
                doc.reject(_FAMILY, c.start, c.end, c.rule, "a participle of no incident told")
                return None
        prev = norm[max(sent_start, c.start - _PREV_CHARS) : c.start].split()
        word_after = _WORD.search(norm, c.end, c.end + 24)
        following = [word_after.group()] if word_after is not None else []
        if (
            c.rule == "verb"
            and prev
            and (
                prev[-1].lower() in g.noun_before
                # a possessive makes it a noun (`next month 's tour`, `the firm's sale`)
                or prev[-1].endswith(("'s", "s'"))
                # `Hugo Chavez's fence-mending visit to Spain`
                or (
                    ("-" in prev[-1] or prev[-1].endswith((*g.adjective_endings, "ed")))
                    and _POSSESSIVE_MODIFIER.match(norm, max(sent_start, c.start - 40), c.start)
                )
                # `an unannounced visit`, `the newly elected president`, `a five-day visit`
                or (
                    len(prev) > 1
                    and prev[-2].lower() in g.determiners
                    and (
                        prev[-1].lower().endswith(g.modifier_endings)
                        # `The latest arrest brought`, `the biggest sale`: a superlative
                        or prev[-1] in self.rules.res.superlatives
                        or "-" in prev[-1]
                        or prev[-1][0].isdigit()
                        # `could be a tough sell,`: `a`, a word and a verb form that closes
                        # the phrase make no clause (`a year rose 5 percent` goes on)
                        or (
                            prev[-2].lower() in g.indefinite
                            and prev[-1].isalpha()
                            and prev[-1].islower()
                            and norm[c.end : c.end + 1] in (",", ".", ";", ":")
                        )
                    )
                )
                # `publicly traded subsidiaries`, `expensive imported fruits`; `one of three
                # attacked hotels`: a count of the things the participle describes
                or (
                    (
                        prev[-1].lower().endswith((*g.modifier_endings, "ly"))
                        or (
                            len(prev) > 1
                            and prev[-2].lower() == "of"
                            and (prev[-1].isdigit() or prev[-1].lower() in g.count_words)
                        )
                    )
                    and _participle_before_noun(norm, c, following)
                )
                # `a five-day European tour`, `the qualifying meet`
                or (
                    prev[-1].endswith(g.adjective_endings)
                    and _MODIFIED_NOUN.match(norm, max(sent_start, c.start - 50), c.start)
                )
            )
        ):
            doc.reject(_FAMILY, c.start, c.end, c.rule, "a noun or adjective, not a verb")
            return None
        if (
            c.rule == "verb"
            and len(prev) > 1
            and prev[-1].lower() == "being"
            and prev[-2].lower() not in g.be_forms
            and prev[-2].lower() not in g.subject_pronouns | g.he_she | g.object_forms
        ):
            # `the origins of ivory being sold illegally`: what is done to a thing, told as
            # its description, no act (`is being sold` is one)
            doc.reject(_FAMILY, c.start, c.end, c.rule, "a thing described, no act")
            return None
        if (
            c.rule == "phrase"
            and prev
            and prev[-1].lower() in g.articles
            and not self.rules.noun_trigger.fullmatch(norm, c.start, c.end)
        ):
            # `due to a lower tax rate`: an adjective and its noun, no verb phrase
            doc.reject(_FAMILY, c.start, c.end, c.rule, "a noun phrase, not a verb phrase")
            return None
        if (
            c.rule == "verb"
            and (
                (not prev and norm[c.start].isupper())
                # `as jailed intifada leader Marwan Barghuti pulled out`: a clause opener
                # needs a subject before its verb
                or (prev and prev[-1].lower() in g.adjective_openers)
            )
            and _participle_before_noun(norm, c, following)
        ):
            # `Injured passengers were treated at the scene`: an adjective opening a sentence
            # or a clause
            doc.reject(_FAMILY, c.start, c.end, c.rule, "a participle before a noun, no verb")
            return None
        if c.rule == "verb" and norm[c.start : c.end].endswith("ed") and _after_possessive(prev):
            # `Anthem Inc.'s ATH.N proposed acquisition`, `the firm's planned sale`: a word
            # right after a possessive (or its ticker) modifies the noun it owns, no verb
            doc.reject(_FAMILY, c.start, c.end, c.rule, "a participle after a possessive")
            return None
        if etype is not None and (
            (prev and prev[-1].lower() in etype.not_after)
            or (following and following[0].lower() in etype.not_followed_by)
        ):
            doc.reject(_FAMILY, c.start, c.end, c.rule, "a word around it makes it no event")
            return None
        if c.rule == "verb" and (
            (norm[c.start].isupper() and c.start > sent_start) or _OF.match(norm, c.end, c.end + 8)
        ):
            doc.reject(_FAMILY, c.start, c.end, c.rule, "part of a name or a noun (`signs of`)")
            return None
        clause_end = clauses.clause_end(c.end, sent_end)
        if c.rule == "verb" and self.plural_subject(c, clause_end):
            # `Iraqi oil exports to Turkey were halted`: the noun heading a subject
            doc.reject(_FAMILY, c.start, c.end, c.rule, "a plural noun before its verb, no verb")
            return None
        args: list[Argument] = list(c.arguments or [])
        subject = clauses.subject(c.start, sent_start) if c.rule != "named" else None
        own_subject = subject
        passive = c.rule != "named" and (
            # `is cutting 4,600 jobs`: a progressive, no passive
            (
                self.rules.passive.match(norm[max(sent_start, c.start - 30) : c.start]) is not None
                and not norm[c.start : c.end].split()[0].endswith("ing")
            )
            or self.rules.passive_trigger.search(norm[c.start : c.end]) is not None
            or self.reduced_passive(c, sent_end)
        )
        if self.rules.noun_trigger.fullmatch(norm, c.start, c.end) or (
            c.rule == "phrase"
            and prev
            and (prev[-1].lower() in g.nominal_before or prev[-1].endswith(("'s", "s'")))
        ):
            subject = None  # `the peace talks`, `in a mine blast`: a noun, no subject
            nominal_use = True
        elif c.rule == "phrase" and subject is not None and self.modifier(subject, c.start):
            subject = None  # `final peace talks`: a noun trigger's modifier, no subject
            nominal_use = True
        else:
            nominal_use = False
        participle = self.participle(c, etype, sent_start, clause_end, own_subject)
        if participle is not None:
            subject, passive = participle, True
        if subject is not None and norm[subject[0]].isupper():
            subject = self.past_opener(subject)
        if incident is not None:
            subject = None  # `..., killing 24`: the participle's subject is the incident's
        elif c.rule == "verb" and not passive and subject is not None:
            # `A second car bombing outside a hotel in Quetta killed`: a subject read after
            # a preposition runs back to the noun the phrase hangs on; with none there
            # (`soldiers confronting loyalists near this town declared`) abstain (a
            # participle after its noun may have one: `plans announced in January`)
            subject = self.ungoverned(subject, c.start, sent_start)
            if subject is None:
                doc.reject(_FAMILY, c.start, c.end, c.rule, "subject a preposition's object")
                return None
        if subject is not None and self.last is not None and self.last.rule == _VERB_RULE:
            last_start, last_end = doc.local(self.last.span)
            if subject[0] < last_start and last_end < subject[1]:
                # `ministers meet in Luxembourg next week to discuss X`: a phrase that holds
                # the verb before is no subject; `to discuss` shares that verb's agent
                subject = None
        joined = [] if passive or subject is not None else self.joined_passive(c, clause_end)
        if joined:
            # `A colonel was kidnapped and killed`: the colonel was killed too
            args.extend(joined)
            passive = True
        if passive and etype is not None and not etype.passive:
            doc.reject(_FAMILY, c.start, c.end, c.rule, "a passive of this verb is no event")
            return None
        if (
            subject is not None
            and clauses.token_index(c.start) - clauses.token_index(subject[1]) > _MAX_SUBJECT_GAP
        ):
            doc.reject(_FAMILY, c.start, c.end, c.rule, "subject too far from its verb: abstain")
            return None
        if (
            etype is not None
            and etype.transitive
            and c.rule == "verb"
            and not passive
            and _participle(norm[c.start : c.end])
            # `unveiled on Wednesday a miniature version`: the object past a time (or a
            # particle: `signed into law a measure`)
            and clauses.noun_phrase_after(
                clauses.skip_time(
                    particle.end() if (particle := _PARTICLE.match(norm, c.end)) else c.end,
                    clause_end,
                ),
                clause_end,
            )
            is None
            and not (following and following[0].lower() in g.object_pronouns)
            and not self.signed_with(c, etype, subject, clause_end)
        ):
            if following and following[0].lower() == "as":
                passive = True  # a headline's passive: `Mary Barra appointed as GM chief`
            else:
                # `the price for gas sold to Azerbaijan`: a participle after a noun
                doc.reject(_FAMILY, c.start, c.end, c.rule, "a participle, no object: abstain")
                return None
        key = _key(norm[c.start : c.end])
        sense = self.rules.senses.get((c.type, key)) or self.rules.senses.get(
            (c.type, key.split()[-1])
        )  # `will close`: the verb
        if (
            sense is not None
            and sense.not_context
            and _in_context(sense, self.context_words(sent_start, sent_end))
        ):
            doc.reject(_FAMILY, c.start, c.end, c.rule, "a sentence of another sense (a game)")
            return None
        if sense is not None and not self.sense_fits(sense, c, subject, passive, sent_end):
            doc.reject(_FAMILY, c.start, c.end, c.rule, "no object or subject of this sense")
            return None
        if (
            etype is not None
            and etype.cumulative
            and _PERFECT.search(norm, max(sent_start, c.start - _PREV_CHARS), c.start)
            and _SINCE.search(norm, c.end, min(sent_end, c.end + _COUNTERPART_REACH))
        ):
            # `75 million copies have been built since 1947`: a count over the years
            doc.reject(_FAMILY, c.start, c.end, c.rule, "a cumulative count, no one act")
            return None
        event_type = c.type
        if etype is not None and etype.subjects and c.rule == "verb":
            # the head before a place or another preposition (`The blast in Nairobi occurred`)
            head = _head(_ATTACHED.split(norm[subject[0] : subject[1]])[0]) if subject else ""
            if head not in etype.subjects and (
                etype.subjects_only or key in etype.subject_only_verbs
            ):
                doc.reject(_FAMILY, c.start, c.end, c.rule, "a change of something not tracked")
                return None
            event_type = etype.subjects.get(head, c.type)
            if subject is not None:
                words = _ABBREVIATION.sub("", norm[subject[0] : subject[1]]).lower().split()
                before = words[-2] if len(words) > 1 else ""
                if head in self.rules.res.grammar.measure_heads:
                    # `Malaysia's Industrial Production Index (IPI) rose`: the index of what
                    # the word before it names
                    event_type = etype.subjects.get(before, event_type)
                elif head in etype.subjects:
                    # `A gas blast happened there`: an accident, not an attack; `The blast
                    # took place` after `a colliery gas blast`: the word before its mention
                    words = _ATTACHED.split(norm[subject[0] : subject[1]])[0].lower().split()
                    before = words[-2] if len(words) > 1 else ""
                    if len(words) == 2 and words[0] in self.rules.res.grammar.definite:
                        before = _word_before_last(norm, subject[0], head)
                    event_type = etype.subject_modifiers.get(before, event_type)
        conjoined: Event | None = None
        purpose_of: Event | None = None
        joined_modality: Modality | None = None
        nationality = (
            self.nationality_agent(c.start, event_type)
            if not passive and c.rule != "named"
            else None
        )
        if nationality is not None:
            # `repeated Israeli attacks on the Palestinians`: Israel; `Japanese exports to the
            # EC`: a noun, whatever was read as its subject
            args.append(nationality)
            subject = None
        if (
            subject is None
            and nationality is None
            and c.rule != "named"
            and not passive
            and self.last is not None
            # a noun trigger after the event's object is no act of its agent (`arrested a man
            # wanted over attacks on X`); inside its topic or with no object it is (`agreed
            # to join peace talks`)
            and not (nominal_use and self.after_object(self.last, c.start))
            # `Shares fell ... after X withdrew its proposal to acquire`: another clause
            and not self.embedder_between(self.doc.local(self.last.span)[1], c.start)
            and self.last.sentence.start == doc.normalized.to_original(sent_start, sent_end)[0]
        ):
            # `killed 40 people and injured 1,000`, `agreed to take part in peace talks`,
            # `have begun a campaign to sell`: the agent of the event before in the sentence
            args.extend(a for a in self.last.arguments if a.role == "agent")
            if (
                c.type in g.shared_counterpart_types
                and self.last.type in g.shared_counterpart_types
                and _TO_VERB.search(norm, max(sent_start, c.start - 4), c.start - 1)
                # not past another verb (`will meet X but declined to discuss`)
                and not _BUT.search(norm, doc.local(self.last.span)[1], c.start)
                and not _AND_VERB.search(norm, doc.local(self.last.span)[1], c.start)
            ):
                purpose_of = self.last  # `met members of a Ugandan delegation to discuss`
            if _CONJOINED.search(norm, max(sent_start, c.start - 30), c.start):
                conjoined = self.last  # `killed X in Lebanon in October and opened fire`
                if self.last.modality != "actual" and self.base_form(c.start, c.end):
                    joined_modality = self.last.modality  # `would cut X, part Y and shut Z`
        if subject is None and c.rule == "verb" and not passive and not args:
            subject = clauses.shared_subject(c.start, sent_start)
        elif subject is None and c.rule == "phrase" and not (passive or args or nominal_use):
            # `Hamas has vowed to destroy Israel and staged rocket attacks`: a verb phrase
            # after `and` shares the subject opening its sentence, not across another clause
            # and names a participant (not `Subject to approval, the Exchange will add`; `She`
            # resolved through speech only)
            opener = clauses.shared_subject(c.start, sent_start)
            if (
                opener is not None
                and clauses.participant_in(*opener) is not None
                and not self.clause_between(opener[1], c.start)
            ):
                subject = opener
        if subject is None and not passive and not args and c.rule in ("verb", "phrase"):
            subject = self.adjunct_subject(c, sent_start)
        if (
            passive
            and subject is not None
            and etype is not None
            and etype.object == "content"
            and norm[subject[0] : subject[1]].lower() == "it"
        ):
            subject = None  # `it was announced that`: no one named
        if subject is not None and norm[subject[0] : subject[1]].lower() in g.speaker_pronouns:
            subject_args = self.speakers_of(c.start, *subject)
        else:
            subject_args = None
        nominal = (
            nominal_use or c.rule == "phrase" or (prev and prev[-1].lower() in g.nominal_openers)
        )
        if (
            c.rule == "verb"
            and not passive
            and not nominal
            and c.start > sent_start  # a headline noun (`job cuts`) has none
            and subject is None
            and incident is None  # `An earthquake rocked Bali, killing one`: no agent to name
            and not any(a.role == "agent" for a in args)
        ):
            doc.reject(_FAMILY, c.start, c.end, c.rule, "no subject found: abstain")
            return None
        counted = (
            etype is not None
            and etype.undergoer_without_object
            and not passive
            and subject is not None
            and clauses.noun_phrase_after(c.end, clause_end) is None
            # `after fellow soldiers killed her`: a pronoun object, the subject acts
            and _OBJECT_PRONOUN.match(norm, c.end) is None
        )
        if counted and subject is not None:
            # `killed 12 people and 40 others wounded`: the last count is this verb's
            last = list(_AND.finditer(norm, *subject))[-1:]
            if last and clauses.quantity_at(last[0].end()) is not None:
                subject = (last[0].end(), subject[1])
            near = clauses.nearest_phrase(c.start, subject[0])
            if (
                near is not None
                and near[0] > subject[0]
                and not clauses.in_time(*near)
                # `X, who served as envoy to the United Nations for 30 years, died`: the
                # appositive closed, the clause's subject is X
                and "," not in norm[near[1] : c.start]
            ):
                # `a funeral for a mother and her seven children killed when`: the phrase
                # right before the participle, not the clause's subject
                subject = near
        undergoer = counted or (etype is not None and _undergoer(etype, key))
        if subject is not None:
            role = "patient" if passive or undergoer else "agent"
            if subject_args is not None:
                args.extend(a.model_copy(update={"role": role}) for a in subject_args)
            else:
                args.extend(clauses.arguments(role, *subject))
            appos = clauses.apposition(subject[1], c.start)
            if appos is not None and _AND.search(norm, *subject):
                # the last of two conjuncts named in an appositive
                named = clauses.argument(role, *appos)
                if all(a.participant_id != named.participant_id for a in args):
                    args.append(named)
        location: tuple[str, str | None] | None = None
        # `Gunmen killed X and a suicide bomber killed 10 near Y on Tuesday`: the place and
        # time after a clause of its own joined by `and` are that clause's
        window_end = self.and_subject(c.end, clause_end)
        if etype is not None:
            # `A car bomb hit a bus`: the object is the incident's (an attack's target)
            told = (
                self.rules.res.types[event_type]
                if event_type in self.rules.res.incidents.types
                else etype
            )
            location = self.object_arguments(c, told, passive, clause_end, args)
            self.relative_counterpart(c, etype, subject, sent_start, args)
            if purpose_of is not None and not any(a.role == "counterpart" for a in args):
                # whom they met to discuss it with: the meeting's counterparts
                args.extend(a for a in purpose_of.arguments if a.role == "counterpart")
            if etype.object == "content" and any(
                a.role == "topic"
                and a.text
                and a.text.split()[-1].lower().strip(".,") in etype.not_followed_by
                for a in args
            ):
                # `has declared some sugar exports illegal`: a ruling on its object
                doc.reject(_FAMILY, c.start, c.end, c.rule, "a ruling on its object, no event")
                return None
            if etype.object != "content":
                # before the time is looked for: a time cut off a topic may date the event
                # (what is said keeps its own: `suggested that the talks resume next month`)
                args = [self.bare_time_cut(a) for a in args]
        listed_end = clause_end
        if norm.startswith(",", clause_end):  # only a list runs past the clause's comma
            listed_end = max(
                (doc.local(a.span)[1] for a in args if a.span is not None and a.role != "agent"),
                default=clause_end,
            )
        if listed_end > clause_end:
            # `met Tony Blair, Jacques Chirac and Gerhard Schroeder in Paris`: a list of
            # names read past the clause's comma; its place and time come after the list
            window_end = clauses.clause_end(listed_end, sent_end)
        by = _BY.search(norm, c.end, clause_end) if passive else None
        if by is not None and self.other_passive(c.end, by.start()):
            by = None  # `arrested in the theft of software used by Cisco`: `used`'s agent
        if by is not None:
            agent = clauses.noun_phrase_after(by.end(), clause_end)
            if agent is not None:
                args.append(clauses.argument("agent", *agent))
        speech_like = etype is not None and etype.object == "content"
        own_place = False  # `in their presidential palaces`: a place we cannot name
        trigger = (c.start, c.end)
        # `In January, police concluded he had been killed`: what lies before the content of
        # what someone said (its time, its place) is the saying's, not the event's
        scope = max(sent_start, self.content_start(c.start))
        if location is None and not speech_like:
            for m in self.rules.place_opener.finditer(norm, c.end, window_end):
                if self.embedded(c.start, m.start(), trigger, etype):
                    # `arrested a man who lives in London`: another predicate's; but where
                    # the victims were (`killed militants who were hiding in X`) is kept
                    self.note_whereabouts(c, m, window_end)
                    break
                if (
                    etype is not None
                    and etype.group != "security"
                    and _PURPOSE.search(norm, c.end, m.start()) is not None
                ):
                    # `bought X to expand its presence in Europe`: the purpose's place (an
                    # offensive `to retake a police station in X` is fought there)
                    break
                if (
                    etype is not None
                    and etype.group != "security"
                    and (why := _cause_opener(etype.cause_on).search(norm, c.end, m.start()))
                    is not None
                    and not clauses.in_time(why.end(), why.end() + 1)
                    # `rallied on the Commodity Exchange in New York`: a market, no cause
                    and not _NAMED.match(norm, why.end())
                ):
                    # `profit rose on volume growth in the United States`: the cause's place
                    break
                if (
                    etype is not None
                    and etype.group != "security"
                    and self.participle_topic(m.start(), args)
                ):
                    # `held crisis talks on the fate of two journalists held hostage in Iraq`:
                    # where the topic's participle happened, not the talks
                    break
                if (
                    m.start() in self.holdings
                    or self.modifies_object(m.start(), args)
                    or (etype is not None and self.after_event_noun(c.end, m.start(), etype))
                    or self.employer(m)
                ):
                    continue
                if incident is not None and any(
                    w.strip(".,") in self.rules.res.dated_heads
                    for w in norm[c.end : m.start()].lower().split()
                ):
                    # `..., killing nine people in a bloody strike at a key U.S. ally`: what
                    # follows the incident's noun tells of it again; the incident's place holds
                    break
                if norm.startswith("into", m.start()) and (
                    not self.after_noun(m.start()) or self.in_topic(m.start(), args)
                ):
                    # `crashed into a gate of X`, `moved into Iraq`, `approved plans to send a
                    # satellite into orbit`: a goal, no place of the event
                    continue
                np = clauses.noun_phrase_after(m.end(), window_end)
                if np is not None and _LIST_NEXT.match(norm, np[1]) is not None:
                    np = self.place_list(np, sent_end)
                if np is not None and norm.startswith("on", m.start()):
                    # `on the border between Egypt and the Gaza Strip`: the line and its ends
                    tail = _LINE_ENDS.match(norm, np[1], window_end)
                    ends = clauses.noun_phrase_after(tail.end(), window_end) if tail else None
                    pair = _AND.match(norm, ends[1], window_end) if ends else None
                    other = clauses.noun_phrase_after(pair.end(), window_end) if pair else None
                    ends = other or ends
                    np = (np[0], ends[1]) if ends is not None else np
                scene = (
                    self.scene_country(*np)
                    if np is not None and etype is not None and event_type in self.scene_types
                    else None
                )
                if scene is None and norm.startswith("outside", m.start()):
                    continue  # `outside a Saudi mall`; not `outside Europe`, `the US embassy`
                if (
                    np is not None
                    and not _IN_AT.match(norm, m.start())
                    and not self.named_place(*np)
                    and scene is None
                ):
                    continue  # `near the American embassy in X`: only a named place is near
                # a town before the cause's noun, not past another predicate (`killed 16 and
                # killing two militants in Gaza air strikes`)
                cause = not _AND.search(norm, c.end, m.start() + 1)
                if np is not None and (
                    (location := self.place(*np, cause=cause)) is not None
                    or (location := self.the_country(*np)) is not None
                    or (location := self.this_place(*np)) is not None
                    or (location := scene) is not None
                ):
                    if (
                        scene is not None
                        and location[1] is None
                        and norm[np[0] : np[1]].split()[0] != "the"
                    ):
                        location = scene  # `a Saudi mall`: Saudi Arabia; `the Nepali capital` kept
                    break
                own_place = own_place or (np is not None and _venue(_head(norm[np[0] : np[1]])))
        if location is None and not speech_like:
            location = self.journey_place(c.start, window_end, trigger, etype)
        if location is None and speech_like:
            location = self.told_at(window_end, trigger, etype)
        if location is None and etype is not None and etype.group == "security":
            location = self.captured_place(clause_end, sent_end)
        if location is None and not speech_like:
            location = self.here(c.start, window_end, trigger, etype)
        if location is None and event_type in _grammar().purpose_place_types:
            location = self.purpose_place(c.start, sent_start)
        if location is None and not speech_like and subject is not None:
            location = self.leading_place(scope, subject[0])
        if location is None and not speech_like:
            location = (
                self.eventive_place(args)
                or self.modifier_place(args)
                or (self.trigger_country(c) if c.rule == "phrase" else None)
                or self.named_venue(args, etype)
                or (self.target_place(args) if event_type in _grammar().target_types else None)
            )
        if location is None and not speech_like and event_type in self.scene_types:
            scene = self.scene_of(args)
            if scene is not None:
                self.scenes[c.start] = scene  # after the incident's place (`with_whereabouts`)
        if (
            location is None
            and not speech_like
            and subject is not None
            and c.start not in self.scenes
        ):
            # `One turbine at a Swedish power station was shut down`: the scene's country first
            topical = passive and etype is not None and etype.object == "topic"
            location = self.subject_place(*subject, topical=topical)
        lo = subject[0] if subject else c.start
        if location is None and not speech_like:
            location = self.where_place(lo, sent_start) or self.when_place(lo, sent_start)
        if location is None and not speech_like and c.rule != "verb":
            location = self.attended_at(c.start, sent_start)
        # `killed 31 people, including four police officers, on Jan. 9`: a list set off by
        # commas inside the clause
        listed = _INCLUDING.match(norm, clause_end, sent_end)
        if (
            location is None
            and listed is not None
            and not speech_like
            and event_type in self.scene_types
        ):
            # `wounding seven, including four US soldiers in the northern city of Samarra,`:
            # where the listed victims were is where the incident was
            location = self.listed_place(listed)
        time_end = clauses.clause_end(listed.end(), sent_end) if listed else window_end
        start, end = self.times_in(min(lo, c.start), time_end, c.end, args, etype, trigger)
        if start is None and (
            _SUBORDINATE.search(norm, max(scope, lo - 8), lo)
            or _LEADING_ADVERBIAL.match(norm, scope, lo)
        ):
            # `finalized his team on Monday when he announced ...`, `Also on Friday morning,
            # four people were killed`: the time before the clause
            start, end = self.times_in(scope, c.start, c.start, args, etype)
        body = (
            c.rule == "named" and norm[c.start : c.end].split()[-1] in self.rules.res.named.bodies
        )
        if start is None and not body:
            # `In September, during Russia's chairmanship, a summit was held`: a time
            # opening the sentence, set off by a comma, dates its main clause (not a body
            # named as the subject: `Earlier Thursday, the Peruvian Congress approved`)
            opening = self.opening_time(scope, c.start, subject[0] if subject else None)
            # ... only when the trigger's clause is the main one: `In February, investigators
            # concluded the pilot had been killed` dates the concluding
            between = norm[opening + 1 : subject[0]].strip() if opening and subject else ""
            # nor in a relative clause, past the subject or, with none, past the time (`On Nov.
            # 18, ..., Prachanda who had visited New Delhi to attend the Leadership Summit ...
            # disclosed`): the time is the main verb's
            relative = opening is not None and self.relative_between(
                subject[1] if subject is not None else opening, c.start
            )
            if (
                opening is not None
                and not relative
                and (not between or between.endswith(",") or self.joined_clause(opening, c.start))
            ):
                start, end = self.times_in(scope, opening, c.start, args, etype)
        if start is None:
            start, end = self.when_of(max(scope, lo - _CONTEXT), lo)
        if start is None:
            start, end = self.during_time(scope, c.start, subject)
        if start is None:
            start, end = self.noun_dated(c, sent_start)
        if start is None:
            start, end = self.possessive_day(sent_start, c.start)
        if start is None:
            start, end = self.since_until_now(sent_start, c, time_end, etype)
        if start is None and subject is None and nominal:
            # `started in 2011 with protests against his rule`: a noun trigger's time may
            # come right before it
            start, end = self.times_in(
                max(scope, c.start - _NOUN_TIME_REACH), c.start, c.start, args, etype
            )
        if (start is None or location is None) and etype is not None and not speech_like:
            shared = self.subordinate(c, etype, clause_end, sent_end, args)
            if shared is not None:
                if start is None:
                    start, end = shared[0], shared[1]
                if location is None:
                    location = shared[2]
        if (
            conjoined is None
            and subject is not None
            and self.last is not None
            and self.last.type == event_type
            and etype is not None
            and etype.cause_clause
            and self.last.sentence.start == doc.normalized.to_original(sent_start, sent_end)[0]
            and _AND_CLAUSE.search(norm, max(sent_start, subject[0] - 8), subject[0])
        ):
            # `74 were killed in Nairobi, and 1,640 were wounded`: casualties of a clause
            # joined by `and` share the cause's time and place
            conjoined = self.last
        conjoined = conjoined or incident
        if conjoined is not None and start is None:
            start, end = conjoined.start, conjoined.end  # the time of the verb conjoined
        if conjoined is not None and location is None and conjoined.location is not None:
            location = (conjoined.location, conjoined.location_id)
        if (
            etype is not None
            and etype.standing_relative
            and passive
            and start is None
            and subject is not None
            and not norm[subject[1] : c.start].strip()
            # `the leader was sworn in`: an auxiliary inside the trigger makes a clause; so
            # does a headline's `as` (`Mary Barra appointed as GM chief`)
            and self.rules.passive_trigger.search(norm[c.start : c.end]) is None
            and not (following and following[0].lower() == "as")
        ):
            # `The gas produced by farm waste punches holes in ...`: a participle right after
            # its noun, undated, tells what the thing is, not that it was made
            doc.reject(_FAMILY, c.start, c.end, c.rule, "a kind described, no act (undated)")
            return None
        if (
            etype is not None
            and start is None
            and key in etype.subject_only_verbs
            and (
                sent_start != doc.sentences[0][0]
                or subject is None
                or any(w in lexicon().relatives for w in norm[subject[1] : c.start].split())
                or norm[subject[0] : subject[1]].split()[0].lower() in g.definite
            )
        ):
            # `the bomb went off`, `The two bombings happened minutes apart`: an incident told
            # again, by its subject alone; without a date of its own it adds no fact (the
            # lead's opening phrase tells a new one: `A car bomb hit a bus on Sunday, killing
            # 22`; not `killed in separate bombings that occurred within hours`)
            doc.reject(_FAMILY, c.start, c.end, c.rule, "an incident retold, undated: abstain")
            return None
        if not passive and not any(a.role == "agent" for a in args):
            args[:0] = self.owner(c.start, sent_start)
        negated, modality = self.modality(sent_start, c.start, c.end)
        if (
            negated
            and modality == "actual"
            and _NOT_PERFECT.search(norm, max(sent_start, c.start - _CONTEXT), c.start)
            and _WITHOUT.match(norm, c.end, sent_end)
        ):
            negated = False  # `not ... without`: a double negation asserts what was done
        if modality == "future" and self.conditioned(sent_start, c.start, c.end, sent_end):
            modality = "possible"
        if modality == "actual" and joined_modality is not None:
            modality = joined_modality  # a base verb in a list after a modal's verb
        if (
            modality == "actual"
            and not negated
            and c.rule != "named"
            and (
                self.upcoming(sent_start, c.start, c.end, time_end)
                or self.time_to_come(sent_start, c.start, c.end, sent_end)
            )
        ):
            modality = "future"
            start, end = self.forward(start, end, sent_start, time_end)
        if self.rules.failure.match(norm, max(sent_start, c.start - _CONTEXT), c.start):
            # `sanctioned Bosnian Serbs for failing to arrest suspects`: what the object failed
            # to do, its doer not the subject: abstain
            doc.reject(_FAMILY, c.start, c.end, c.rule, "a failure blamed on the object: abstain")
            return None
        if negated and self.rules.advice.match(norm, max(sent_start, c.start - _CONTEXT), c.start):
            # `Americans should not travel to Haiti`: advice against it, no event done or
            # planned
            doc.reject(_FAMILY, c.start, c.end, c.rule, "advice not to, no event")
            return None
        if (
            c.rule == "named"
            and norm[c.start : c.end].split()[-1] in self.rules.res.named.bodies
            and (start is None or self.place_first(c.start))
        ):
            # `support in the U.S. Congress`, `the US Congress in 2005`: a legislature
            doc.reject(_FAMILY, c.start, c.end, c.rule, "a body, no event (undated)")
            return None
        if (
            c.rule == "named"
            and start is None
            and location is None
            and not _EVENT_CUE.search(norm, max(sent_start, c.start - 40), c.start)
        ):
            # `the Southeastern Conference West`: a league or a body, not an event
            doc.reject(_FAMILY, c.start, c.end, c.rule, "a name with no date, place or cue")
            return None
        if c.rule != "verb" and start is not None and doc.anchor and start > doc.anchor:
            # a named event or a noun dated after the story (`a meeting between X and Y next
            # week`) is still to come (a verb keeps its tense: `announced in January`)
            modality = "future" if modality == "actual" else modality
        if (
            etype is not None
            and etype.dateline
            and doc.dateline is not None
            and not negated
            and modality == "actual"
            and not self.reported(c.start)
        ):
            # reported speech may put it anywhere (`visited Russia ... and discussed`)
            dated = doc.dateline.date or doc.anchor
            if (
                location is None
                and not own_place
                and doc.dateline.location
                and self.dateline_place
                and start in (None, dated)
                and key not in etype.no_dateline_place
                and self.acted(args)
                and (sent_start < self.first_sentence_end or self.official(args))
                and not self.commercial(args)
            ):
                # the story's first sentence, or an official's act (later sentences tell of
                # other times and places: `the December accord, under which OPEC agreed`); an
                # event dated another day than the dateline happened elsewhere too
                location = (doc.dateline.location, self.place_id(doc.dateline.location))
            if (
                start is None
                and doc.dateline.date is not None
                and bisect_left(self.time_starts, max(sent_start, self.dateline_end))
                == bisect_left(self.time_starts, sent_end)
                and self.rules.pluperfect.match(norm, max(sent_start, c.start - _CONTEXT), c.start)
                is None
                and self.day_frame(sent_start) in (None, doc.dateline.date)
            ):
                # a sentence that dates something else does not happen on the dateline date,
                # nor does a past perfect (`had earlier proposed`), nor a sentence after one
                # that moved the story to another day (`left Libya by air Sunday` under a
                # Monday dateline, then `Before leaving, Al-Bashir issued a statement`)
                start = end = doc.dateline.date
        if any(a.role in _CORE_ROLES and (a.text or "").startswith(("No ", "no ")) for a in args):
            negated = True  # `No contract has been signed`: a negated subject or object
        args = [t for t in map(self.trimmed, args) if self.topical(t)]
        doubt = self.doubt(c, etype, args)
        if doubt is not None:
            doc.reject(_FAMILY, c.start, c.end, c.rule, doubt)
            return None
        self.last_passive = passive
        self.last = _new_event(
            {
                "span": doc.span_fields(c.start, c.end),
                "type": event_type,
                "name": c.name,
                "arguments": args,
                "start": start,
                "end": end,
                "location": location[0] if location else None,
                "location_id": location[1] if location else None,
                "negated": negated,
                "modality": modality,
                "sentence": doc.span_fields(sent_start, sent_end),
                "rule": f"{_FAMILY}.{c.rule}",
            }
        )
        return self.last

    def object_arguments(
        self,
        c: _Candidate,
        etype: EventType,
        passive: bool,
        clause_end: int,
        args: list[Argument],
    ) -> tuple[str, str | None] | None:
        """Object, counterparts and topic after the trigger; returns a place object."""
        norm, clauses = self.doc.norm, self.clauses
        location = None
        after = c.end
        particle = _PARTICLE.match(norm, c.end)
        if particle is not None:
            after = particle.end()  # `bought back the car maker`, `sold off its unit`
        # `survived three no-confidence votes sponsored by X`: an undergoer's phrase holds
        # what it underwent
        held = c.rule == "phrase" and _undergoer(etype, _key(norm[c.start : c.end]))
        obj = None if passive or held else clauses.noun_phrase_after(after, clause_end)
        if obj is not None and etype.object == "patient" and self.lone_word(*obj):
            # `signed intolaw a measure` (`into law` run together), `bought all the stock`: a
            # lone lower-case word before a determiner is no object, the phrase after it is;
            # a participle's object (`filed a lawsuit asking a judge`) is none
            obj = (
                None
                if norm[obj[0] : obj[1]].endswith("ing")
                else clauses.noun_phrase_after(rstrip_end(norm, obj[1]) + 1, clause_end) or obj
            )
        if obj is None and not (passive or held) and etype.object == "patient":
            # `unveiled on Wednesday a miniature version`: the object past a time (a topic
            # is read whole past it below)
            obj = clauses.noun_phrase_after(clauses.skip_time(after, clause_end), clause_end)
        if (
            obj is not None
            and c.rule == "phrase"
            and etype.object == "counterpart"
            and norm[c.start : c.end].split()[-1].lower() not in lexicon().prepositions
        ):
            obj = None  # `the decision to hold the meeting marked`: a noun takes no object
        if (
            obj is not None
            and c.rule == "phrase"
            and etype.object == "patient"
            and _GERUND.match(norm, *obj) is not None
            and not norm[c.start : c.end].endswith(("ing", "ed"))
        ):
            # `passed a second bill targeting spyware`: the phrase's noun is the object, and
            # the participle after it describes that noun
            obj = None
        if (
            c.rule == "verb"
            and _TO_VERB.search(norm, c.start, c.end)
            and _BARE_VERB.match(norm, c.end, c.end + 8)
            # `appealed to its neighbours`: an addressee, no verb phrase
            and _key(norm[c.start : c.end]) not in etype.addressee_verbs
        ):
            # `agreed to pay $430 million`: what follows is a verb phrase, taken whole
            stop = self.topic_end(c.end, clause_end)
            if stop > c.end + 1:
                args.append(clauses.argument("topic", c.end + 1, stop))
        elif c.rule == "phrase" and (of := _OF_OBJECT.match(norm, c.end, clause_end)) is not None:
            # `announced the sale of stakes`, `the closure of the plant`
            np = clauses.noun_phrase_after(of.end(), clause_end)
            if np is not None:
                # `the sale of 50 percent of the team and its arena`: the whole object
                np = (np[0], clauses.conjunct_end(np[1], clause_end))
                args.extend(clauses.arguments("patient", *np))
                after = np[1]
        elif (
            obj is not None
            and etype.object not in ("none", "content")
            and not _TALLY.fullmatch(norm, *obj)  # `voted 89-52 for`: a tally, no object
        ):
            role: str = etype.object
            if etype.object == "location":
                location = self.place(*obj)
                role = "destination"
            elif role == "patient":
                if etype.holdings:  # `sold its stake in X`, not `closed its unit in Japan`
                    obj = (obj[0], self.holding_in(obj, clause_end))
                elif etype.invested_in and clauses.quantity_at(obj[0]) is not None:
                    obj = (obj[0], self.invested_in(obj[1], clause_end) or obj[1])
                obj = (obj[0], clauses.conjunct_end(obj[1], clause_end))
            # `met Smith, Jones and Brown`: each listed name a counterpart; `will visit Japan,
            # China and South Korea`: each a destination, the place the list as written
            items = (
                clauses.name_list(obj, self.doc.sentence_of(c.start)[1])
                if role in ("counterpart", "destination")
                else [obj]
            )
            if role == "destination" and len(items) > 1:
                location = (self.doc.original(obj[0], items[-1][1]), None)
            for item in items:
                args.extend(
                    self.split_pair(item, role)
                    if len(items) > 1
                    else clauses.arguments(role, *item)
                )
            after = items[-1][1]
        elif etype.object == "content" and not passive:
            if obj is not None and (
                norm[obj[0] : obj[1]].lower() in _grammar().subject_pronouns
                or _GERUND.fullmatch(norm, obj[0], obj[1]) is not None
            ):
                # `announced she would resign`, `proposed classifying the emergency as X`:
                # a clause, not an object
                obj = None
            to = _TO_CLAUSE.match(norm, obj[1], clause_end) if obj is not None else None
            addressee = _key(norm[c.start : c.end]) in etype.addressee_verbs
            if to is None and addressee and obj is not None:
                # `urged X on Tuesday to devote`: a time between the addressee and the `to`
                to = _TO_CLAUSE.match(norm, clauses.skip_time(obj[1], clause_end), clause_end)
            if to is None and addressee:
                # `urged residents in coastal areas to`, `called on both sides to`
                to = _TO_CLAUSE.search(norm, c.end, min(clause_end, c.end + _ADDRESSEE_REACH))
                if to is not None:
                    begin = obj[0] if obj is not None else c.end + 1
                    obj = (begin, to.start()) if to.start() > begin else obj
            if obj is not None and to is not None and addressee:
                # `urged its people to rally`: the addressee, and what it is urged to do;
                # `urged Britain and Argentina to`: one counterpart each
                args.extend(clauses.arguments("counterpart", *obj))
                begin = to.end()
                sent_end = self.doc.sentence_of(c.start)[1]
                close = (
                    norm.find('"', begin + 1, sent_end + 2) if norm.startswith('"', begin) else -1
                )
                if close != -1:
                    begin, stop = begin + 1, close  # the words quoted, whole
                    while stop > begin and norm[stop - 1] in " .,!?":
                        stop -= 1
                else:
                    stop = self.topic_end(begin, clause_end)
                if stop > begin:
                    args.append(clauses.argument("topic", begin, stop))
            elif (
                obj is not None
                and _head(norm[obj[0] : obj[1]]) in self.rules.res.intent_nouns
                and (
                    later := _TO_CLAUSE.match(
                        norm, clauses.skip_time(obj[1], clause_end), clause_end
                    )
                )
            ):
                # `announced plans Thursday to start using whole grains`: what is planned
                stop = self.topic_end(later.end(), clause_end)
                args.append(clauses.argument("topic", later.end(), stop))
            elif obj is not None and not addressee and _FINITE.match(norm, obj[1], clause_end):
                # `announced ace X's ailing ankle will prevent him from pitching`: the phrase
                # is the subject of the content clause, read whole
                stop = self.topic_end(obj[0], clause_end, content=True)
                args.append(clauses.argument("topic", obj[0], max(stop, obj[1])))
            elif (
                obj is not None
                and not addressee
                and etype.object == "content"
                and self.bare_clause(obj, clause_end)
            ):
                # `demanded Washington explain more clearly how ...`, `suggested the two
                # countries engage in joint projects`: a clause whose subject and bare verb
                # were read as one phrase, read whole, with a list closing the sentence (`in
                # nuclear energy, aerospace and the defence industry.`)
                stop = self.topic_end(obj[0], clause_end, content=True)
                sent_end = self.doc.sentence_of(c.start)[1]
                if stop == clause_end and (tail := _LIST_TAIL.match(norm, stop, sent_end)):
                    stop = tail.end()
                args.append(clauses.argument("topic", obj[0], max(stop, obj[1])))
            elif obj is not None:
                if not addressee:
                    obj = self.complemented(self.quoted(obj, c.start), clause_end)
                args.append(clauses.argument("counterpart" if addressee else "topic", *obj))
                if _key(norm[c.start : c.end]) in etype.source_verbs:
                    self.source_after(obj, etype, clause_end, args)
            else:
                begin = clauses.skip_time(c.end, clause_end)
                there = _PLACE_BEFORE_THAT.match(norm, begin, clause_end)
                if there is not None:
                    # `announced in Washington that ...`: the place, then the content
                    location = self.place(*there.span("place"))
                    begin = there.end()
                m = _CONTENT_OPENER.match(norm, begin, clause_end)
                begin = m.end() if m else c.end  # `announced on Friday that ...`
                fronted = self.fronted_content(c.start)
                lead = _WORD.match(norm, begin, clause_end)
                if fronted is not None and lead is not None and lead[0] in _grammar().not_content:
                    # `X permits Y, the attorney general declared Friday in a legal opinion
                    # that ...`: what was declared is before, the phrase after is its manner
                    begin = clause_end
                stop = self.topic_end(begin, clause_end, content=True)
                if stop > begin:
                    args.append(clauses.argument("topic", begin, stop))
                elif fronted is not None:
                    # `Lufthansa will add flights ..., the carrier announced Friday`
                    stop = self.topic_end(fronted[0], fronted[1], content=True)
                    args.append(clauses.argument("topic", fronted[0], stop))
        if (
            etype.sponsors
            and not any(a.role == "agent" for a in args)
            and (by := _SPONSORED.match(norm, c.end, clause_end)) is not None
            and by["verb"] in etype.sponsors
            and (np := clauses.noun_phrase_after(by.end(), clause_end)) is not None
        ):
            # `survived three no-confidence votes sponsored by opposition parties`: who
            # called the vote
            args.extend(clauses.arguments("agent", *np))
            after = np[1]
        if (
            etype.invested_in
            and c.rule == "verb"
            and obj is None
            and not passive
            and (into := self.invested_in(after, clause_end)) is not None
        ):
            # `invested in a U.S. company`: what the money went into
            args.extend(clauses.arguments("patient", after + 4, into))
        if (
            c.rule == "phrase"
            and etype.noun_target
            and not any(a.role == "patient" for a in args)
            and (word := _WORD.match(norm, c.end + 1)) is not None
            and norm[c.end] == " "
            and word[0] in etype.noun_target
        ):
            # `launched an offensive on rebel-held towns`: the noun's target is the patient
            np = clauses.noun_phrase_after(word.end() + 1, clause_end)
            if np is not None and np[0] == word.end() + 1 and not clauses.in_time(*np):
                args.extend(clauses.arguments("patient", *np))
        if etype.counterpart:
            # `bought X Ltd. of Germany for $2 billion from Y`
            after = self.past_price(self.past_origin(after, clause_end), clause_end)
            reach = min(clause_end, after + _COUNTERPART_REACH)
            m = self.rules.counterpart[c.type].search(norm, after, reach)
            infinitive = m is not None and m.group().split()[0].lower() == "to"
            if (
                m is not None
                and self.adjacent(after, m.start())
                # `sold the unit to raise cash`: an infinitive, no party to the deal; `to
                # investment group Investcorp`: a described name, the party
                and not (
                    infinitive
                    and _BARE_VERB.match(norm, m.end() - 1, m.end() + 8)
                    and not _described_name().match(norm, m.end() - 1, m.end() + 60)
                )
            ):
                np = clauses.noun_phrase_after(m.end(), clause_end)
                if np is not None and etype.counterpart_role == "patient":
                    # `sanctions against Serb police and officials`: the whole target
                    np = (np[0], clauses.conjunct_end(np[1], clause_end))
                if np is not None:
                    # `with Saudi Arabia, Iraq, Jordan and Egypt`: each a counterpart
                    sent_end = self.doc.sentence_of(c.start)[1]
                    for item in self.with_group(clauses.name_list(np, sent_end), clause_end):
                        args.extend(self.split_pair(item, etype.counterpart_role))
            m = _ABOUT.match(norm, after, clause_end)
            if m is not None and etype.object == "topic":
                np = clauses.noun_phrase_after(m.end(), clause_end)
                if np is not None and not clauses.in_time(*np):
                    args.append(clauses.argument("topic", *np))
        # `sign contracts worth up to $1 billion for the delivery of trains`: a measure
        # (dropped later) is no topic, and what the contracts are for lies past it
        if c.type in self.rules.purpose and not any(
            a.role == "topic" and self.topical(a) for a in args
        ):
            self.purpose(c, after, clause_end, args)
        return location

    def topical(self, arg: Argument) -> bool:
        """Whether an argument may stand: no topic opening with a measure or an adverb
        (`sealed deals worth more than $1 billion`, `announced here Monday`), nor an occasion
        (`talks on the sidelines of the APEC forum`)."""
        if arg.role != "topic":
            return True
        words = (arg.text or "").split()
        if words[:1] and words[0].lower() in lexicon().determiners:
            words = words[1:]
        grammar = _grammar()
        return not words or (
            words[0] not in grammar.no_topic
            and not (words[0].lower() in grammar.occasions_of and words[1:2] == ["of"])
        )

    def purpose(self, c: _Candidate, after: int, clause_end: int, args: list[Argument]) -> None:
        """What a vote, a protest or a strike is for (`voted to make X a republic`, `marched
        ... to protest X`, `went on strike over pay`, `in protest at X`): its topic, past a
        place or a time in between, or a participle's clause of the same subject (`marched
        Sunday in Istanbul, burning flags to protest X`), never inside another argument."""
        norm, clauses = self.doc.norm, self.clauses
        taken = [self.doc.local(a.span) for a in args if a.span is not None and self.topical(a)]
        sent_end = self.doc.sentence_of(c.start)[1]
        if any(e == clause_end for _, e in taken) and (
            appos := _APPOSITIVE.match(norm, clause_end)
        ):
            # `signed an agreement with Skype, a provider of telephony, to develop X`: past
            # the appositive of the argument before
            clause_end = clauses.clause_end(appos.end(), sent_end)
        if (ing := _PARTICIPLE_CLAUSE.match(norm, clause_end)) is not None:
            clause_end = clauses.clause_end(ing.end(), sent_end)
        reach = min(clause_end, after + _PURPOSE_REACH)
        for m in self.rules.purpose[c.type].finditer(norm, max(after - 1, c.end - 1), reach):
            if ing is not None and m.start() == ing.end() - 1:
                return  # `clinging to power as he seeks to X`: the participle's own, and on
            if any(s <= m.start() < e for s, e in taken):
                continue
            np = clauses.noun_phrase_after(m.end(), clause_end)
            if np is not None and (clauses.in_time(*np) or clauses.quantity_at(np[0])):
                continue  # `went on strike for two days`, `voted 89-52 for`
            # `to protest X`; `agreed Wednesday to a one-year contract` is a noun phrase
            to_verb = m.group().split()[-1] == "to" and _BARE_VERB.match(norm, m.end() - 1)
            between = norm[c.end : m.start()].split() if to_verb else []
            if between and between[-1] in _grammar().raising:
                continue  # `began a strike on Tuesday expected to affect X`: that word's `to`
            # `talks on fighting X`, `about joining its coalition`, `on completely removing
            # tariffs on goods`: a gerund's phrase whole (past an adverb before it)
            lead = norm[m.end() : np[0]].split() if np is not None else []
            gerund = (
                np is not None
                and all(w.islower() and w.endswith("ly") for w in lead)
                and _GERUND.fullmatch(norm[np[0] : np[1]].split()[0]) is not None
            )
            if to_verb or gerund or norm.startswith(_WH_OPENERS, m.end()):
                # `to protest X`, `on whether to recall X`, `met to consider how to prevent X`:
                # the verb phrase or question whole, to a clause joined by `and` (`... and
                # electoral authorities prolonged voting`)
                stop = self.day_cut(m.end(), self.topic_end(m.end(), clause_end))
                stop = self.and_clause(m.end(), stop)
            elif np is not None and np[0] == m.end():
                # `to hammer out a blueprint for saving X`: a topic noun with its complement
                stop = clauses.conjunct_end(self.complemented(np, clause_end)[1], clause_end)
                if (more := _COORDINATE.match(norm, stop)) is not None:
                    stop = more.end()  # `a $550,000, one-year contract`: the noun after
                efforts = _AND_TO.match(norm, stop, clause_end)
                if efforts is not None and efforts["noun"] in self.rules.res.effort_nouns:
                    # `on the latest developments ... and efforts to form a government`
                    stop = self.topic_end(efforts.end(), clause_end)
                if (pair := _BETWEEN.match(norm, stop, clause_end)) is not None and (
                    other := clauses.noun_phrase_after(pair.end(), clause_end)
                ) is not None:
                    # `talks focusing on ties between Cuba and China`: the pair is the topic's
                    stop = clauses.conjunct_end(other[1], clause_end)
                hi = clauses.clause_end(stop, sent_end) if stop >= clause_end else clause_end
                self.counterpart_after(c, stop, hi, args)
            else:
                continue
            if stop > m.end():
                args.append(clauses.argument("topic", m.end(), stop))
            return

    def relative_counterpart(
        self,
        c: _Candidate,
        etype: EventType,
        subject: tuple[int, int] | None,
        sent_start: int,
        args: list[Argument],
    ) -> None:
        """`two European companies from which the firm acquired two Danish providers`, `the
        rebels, with whom the government began talks`: a relative clause opened by a
        counterpart's preposition; the other party is its antecedent, when none was found
        after the trigger."""
        if (
            subject is None
            or not etype.counterpart
            or etype.counterpart_role != "counterpart"
            or any(a.role == "counterpart" for a in args)
        ):
            return
        norm = self.doc.norm
        m = _RELATIVE_PREPOSITION.search(norm, max(sent_start, subject[0] - 16), subject[0])
        if (
            m is None
            or m.end() != subject[0]
            or m["prep"] not in etype.counterpart_words
            or not self.adjacent(subject[1], c.start)  # the relative clause's own verb
        ):
            return
        np = self.clauses.noun_phrase_before(rstrip_end(norm, m.start()), sent_start, attach=False)
        found = self.clauses.arguments("counterpart", *np) if np is not None else []
        if found and all(a.participant_id is not None or self.party_head(a) for a in found):
            args.extend(found)  # a party, not `the speed with which`

    def source_after(
        self, obj: tuple[int, int], etype: EventType, clause_end: int, args: list[Argument]
    ) -> None:
        """`demanded a response from the Afghan government and the United Nations`: whom a
        demand is made of, after what is demanded (not `the withdrawal of troops from X`,
        a motion's origin: ``not_source``)."""
        norm, clauses = self.doc.norm, self.clauses
        if _head(norm[obj[0] : obj[1]]) in etype.not_source or _TO_CLAUSE.search(
            norm, obj[0], obj[1]
        ):
            return  # `requested the right to buy shares from X`: the infinitive's
        m = _FROM.match(norm, clauses.skip_time(obj[1], clause_end), clause_end)
        np = clauses.noun_phrase_after(m.end(), clause_end) if m is not None else None
        if np is None or clauses.in_time(*np):
            return
        np = (np[0], clauses.conjunct_end(np[1], clause_end))
        for item in clauses.name_list(np, clause_end):
            args.extend(self.split_pair(item))

    @staticmethod
    def party_head(arg: Argument) -> bool:
        """Whether an argument's head is a firm's or a body's noun (`two European companies`)."""
        if not arg.text:
            return False
        head = _head(arg.text)
        single = head[:-3] + "y" if head.endswith("ies") else head.removesuffix("s")
        return (
            single in lexicon().descriptions["organization"] or head in _grammar().commercial_words
        )

    def bare_clause(self, obj: tuple[int, int], clause_end: int) -> bool:
        """Whether a phrase read as an object ends with the bare verb of a clause: a verb
        phrase goes on after it (`demanded Washington explain more clearly how`), or plural
        parties come before it (`suggested the two countries engage in joint projects`)."""
        words = self.doc.norm[obj[0] : obj[1]].split()
        return words[-1].islower() and (
            _CONTINUES.match(self.doc.norm, obj[1], clause_end) is not None
            or (len(words) > 2 and words[-2].lower() in _grammar().party_plurals)
        )

    def with_group(self, items: list[tuple[int, int]], hi: int) -> list[tuple[int, int]]:
        """A list of names closed by a group of people (`group_heads`) after `and`, not yet
        read as an item (`with Libyan leader Moammer Kadhafi and government officials from
        Uganda`)."""
        norm = self.doc.norm
        if "and" in norm[items[0][0] : items[-1][1]].split():
            return items
        joint = _AND.match(norm, items[-1][1], hi)
        if joint is None:
            return items
        np = self.clauses.noun_phrase_after(joint.end(), hi)
        if np is None or np[0] != joint.end():
            return items
        head = _OF_FROM.split(norm[np[0] : np[1]], maxsplit=1)[0].split()[-1].lower()
        if head not in _grammar().group_heads:
            return items
        origin = _OF_FROM.match(norm, np[1], hi)
        if origin is not None:
            where = self.clauses.noun_phrase_after(origin.end(), hi)
            if where is not None and where[0] == origin.end() and norm[where[0]].isupper():
                np = (np[0], where[1])  # `officials from Uganda`
        return [*items, np]

    def counterpart_after(self, c: _Candidate, pos: int, hi: int, args: list[Argument]) -> None:
        """`agreed Wednesday to a one-year contract with the Texas Rangers`: the other party,
        right after what was agreed, when none was found after the trigger."""
        etype = self.rules.res.types[c.type]
        if not etype.counterpart or any(a.role == "counterpart" for a in args):
            return
        m = self.rules.counterpart[c.type].match(self.doc.norm, pos + 1, hi)
        if m is None or self.doc.norm[pos] != " " or m.group().split()[0] != "with":
            return
        np = self.clauses.noun_phrase_after(m.end(), hi)
        if np is not None:
            args.extend(self.split_pair(np))

    def note_whereabouts(self, c: _Candidate, m: regex.Match[str], hi: int) -> None:
        """Where the victims of an incident or a consequence were, told in a relative clause
        on them (`killed 24 militants who had taken refuge in X`, `arrested a man hiding in
        X`; ``whereabouts`` in events.toml): noted as its place for when nothing else gives
        one (see :meth:`with_whereabouts`). The phrase is cut before a participle (`the
        region bordering Cameroon` names no place)."""
        norm, res = self.doc.norm, self.rules.res
        if c.type not in res.episodes or not self.rules.whereabouts.match(
            norm, max(c.end, m.start() - _CONTEXT), m.start()
        ):
            return
        np = self.clauses.noun_phrase_after(m.end(), hi)
        if np is None:
            return
        cut = _PARTICIPLE_WORD.search(norm, *np)
        place = self.place(np[0], cut.start() if cut is not None else np[1])
        if place is not None:
            self.whereabouts[c.start] = place

    def with_whereabouts(self, events: list[Event]) -> list[Event]:
        """Events with no place, given where their victims were (:meth:`note_whereabouts`),
        else the country of their scene (:meth:`scene_of`): the last resort, after the
        clause, the incident it follows and the story's one."""
        doc = self.doc
        out = []
        for e in events:
            start = doc.local(e.span)[0]
            for table, rule in ((self.whereabouts, "whereabouts"), (self.scenes, "scene")):
                where = table.get(start) if e.location is None else None
                if where is not None:
                    e = _placed(e, where, rule)
            out.append(e)
        return out

    def stations(self) -> dict[str, tuple[str, str | None]]:
        """Where each force of ``stationed`` acts in the story: its place in the lead's
        first sentence (`Police in Sarajevo on Saturday foiled ...`), one place, not a pair
        (`police in London and Brussels`), when no later sentence puts it elsewhere."""
        norm, tokens, lowered = self.doc.norm, self.clauses.tokens, self.lowered
        forces = self.rules.res.stationed
        found: dict[str, tuple[str, str | None]] = {}
        places: dict[str, set[tuple[str, str | None]]] = {}
        if forces.isdisjoint(lowered):
            return found
        for k, low in enumerate(lowered[:-1]):
            if low not in forces or lowered[k + 1] not in ("in", "at"):
                continue
            start = tokens[k + 1].end
            np = self.clauses.noun_phrase_after(start, self.doc.sentence_of(start)[1])
            place = self.place(*np) if np is not None else None
            if np is not None and place is not None:
                lead = start < self.first_sentence_end
                pair = _AND.search(norm, *np) is not None
                places.setdefault(low, set()).add(place if lead and not pair else ("", None))
        for force, where in places.items():
            if len(where) == 1 and next(iter(where))[0]:
                found[force] = next(iter(where))
        return found

    def with_station(self, events: list[Event]) -> list[Event]:
        """Events done by a force with no place of their own, at the one place the story
        puts that force (`Police said they had arrested a man Saturday` after `Police in
        Sarajevo`): the last resort before the dateline's."""
        if not any(e.location is None for e in events):
            return events
        stations = self.stations()
        if not stations:
            return events
        line = self.doc.dateline
        dated = (line.date if line is not None else None) or self.doc.anchor
        out = []
        for e in events:
            agent = next((a.text for a in e.arguments if a.role == "agent"), None)
            force = (agent or "").lower().removeprefix("the ")
            if (
                e.location is None
                and not e.negated
                and force in stations
                and e.start in (None, dated)
            ):
                e = _placed(e, stations[force], "station")
            out.append(e)
        return out

    def at_dateline(self, events: list[Event]) -> list[Event]:
        """Incidents told as done with no place at all happened at the dateline's place
        (`KABUL - Three prison guards were killed in a jail break`) when no sentence up to
        theirs names a place of another country (`WASHINGTON - ... killed in Fallujah`)."""
        doc = self.doc
        line = doc.dateline
        if line is None or not line.location or not self.dateline_place or line.country is None:
            return events
        types = _grammar().dateline_incidents
        if not any(e.location is None and e.type in types for e in events):
            return events
        place = (line.location, self.place_id(line.location))
        other = [
            doc.local(m)[0]
            for p in self.places
            if p.id != place[1]
            for m in p.mentions
            if doc.local(m)[0] >= self.dateline_end
        ]
        # the first sentence naming another place (`in the Philippines` from MANILA: somewhere
        # in the country), and every one after it, may tell of an incident there; so may any
        # past the lead
        first = doc.sentence_index(self.dateline_end)
        lead_end = doc.sentences[min(first + _LEAD, len(doc.sentences)) - 1][1]
        named = self.rules.place_name.search(doc.norm, self.dateline_end, lead_end)
        if named is not None:
            other.append(named.start())
        bar = min(doc.sentence_index(min(other)) if other else first + _LEAD, first + _LEAD)
        # one incident per sentence: a part told of a nationality or of several incidents
        # keeps the dateline from all of it (`Gunmen ambushed the convoy of former Iraqi ...,
        # wounding two`)
        barred = {
            e.sentence.start
            for e in events
            if e.type in types and (self.capitalized_modifier(e) or self.several_causes(e))
        }
        out = []
        for e in events:
            if (
                e.location is None
                and e.type in types
                and not e.negated
                and e.modality == "actual"
                and (e.start is None or line.date is None or e.start == line.date)
                and doc.sentence_index(doc.local(e.sentence)[0]) < bar
                and e.sentence.start not in barred
                and self.told_as_clause(e)
            ):
                e = _placed(e, place, "dateline_incident")
            out.append(e)
        return out

    def told_as_clause(self, e: Event) -> bool:
        """Whether an incident is a verb with its subject before it, not in a relative clause
        (`a bomb that wounded soldiers`: an example, `the terrorist attacks on 9/11`: a
        noun)."""
        if not e.rule.startswith(f"{_FAMILY}.verb"):
            return False
        at = self.doc.local(e.span)[0]
        words = self.doc.norm[max(0, at - 12) : at].split()
        if words and words[-1].lower() in lexicon().relatives:
            return False
        return any(
            a.role in _CORE_ROLES
            and a.span is not None
            and a.span.start < e.span.start
            # `Israeli attacks on X`: a nationality adjective, no subject
            and country_of_demonym(a.span.text) is None
            for a in e.arguments
        )

    def several_causes(self, e: Event) -> bool:
        """Whether an agent is a plural incident noun (`recent attacks that have killed`):
        several incidents, no one place."""
        heads = self.rules.res.dated_heads
        return any(
            a.role == "agent"
            and (h := _head(a.text or "").strip(".,")) in heads
            and h.endswith("s")
            for a in e.arguments
        )

    def acted(self, args: list[Argument]) -> bool:
        """Whether someone is told as acting: an agent, or both parties named (`Peace talks
        between X and Y`), not a process named as someone's aim (`trust in peace talks with
        the government`)."""
        roles = [a.role for a in args]
        return "agent" in roles or roles.count("counterpart") > 1

    def official(self, args: list[Argument]) -> bool:
        """Whether an agent is an official or a government body (``official_words``), or a
        person the story gives a title (`Permanent Representative Aitzhan`)."""
        words = _grammar().official_words
        return any(
            a.role == "agent"
            and (
                not words.isdisjoint((a.text or "").lower().split())
                or a.participant_id in self.titled
            )
            for a in args
        )

    @cached_property
    def titled(self) -> frozenset[str]:
        """The people the story gives a title."""
        return frozenset(p.id for p in self.doc.participants if p.kind == "person" and p.titles)

    def commercial(self, args: list[Argument]) -> bool:
        """Whether a party is a business (``commercial_words``: `Sony Corp.`, `the two
        companies`): its deals happen where no dateline says."""
        words = _grammar().commercial_words
        names = self.participant_names
        return any(
            a.role in ("agent", "counterpart")
            and not words.isdisjoint(
                (names.get(a.participant_id or "", "") + " " + (a.text or "")).lower().split()
            )
            for a in args
        )

    def capitalized_modifier(self, e: Event) -> bool:
        """Whether an agent or patient has a capitalized modifier that is no participant: a
        place the stage may not know (`a Kandahar police chief`) or a nationality, which
        widens the scene to a country or puts it abroad (`British police arrested 16 people`
        from LONDON, `an Israeli-American woman` killed in a settlement); a victim's own
        nationality right after the article says nothing of the place (`Police arrested a
        Ghanaian trader`)."""
        norm = self.doc.norm
        for a in e.arguments:
            if a.role not in ("agent", "patient") or a.span is None:
                continue
            start, end = self.doc.local(a.span)
            for m in _CAPITALIZED_MODIFIER.finditer(norm, start, end):
                if self.clauses.overlapping(m.start(), m.end(1)):
                    continue
                if country_of_demonym(m[1]) is None:
                    if m.start() > start:
                        return True
                elif a.role == "agent" or len(norm[start : m.start()].split()) > 1:
                    return True
        return False

    def past_opener(self, subject: tuple[int, int]) -> tuple[int, int]:
        """A subject read from a sentence-opening adverbial, cut after it: `In Minsk,
        Ukraine, Russia and Belarus` (a list after it stays whole), `In Cape Town, South
        Africa, police` (a place's appositive before a lone phrase goes too)."""
        norm = self.doc.norm
        opener = _WORD.match(norm, subject[0])
        if opener is None or opener[0].lower() not in _grammar().governing_prepositions:
            return subject
        start = norm.find(", ", subject[0], subject[1])
        if start == -1:
            return subject
        start += 2
        nxt = norm.find(", ", start, subject[1])
        if nxt != -1 and " and " not in norm[start : subject[1]]:
            start = nxt + 2  # `South Africa, police`: no list, the appositive goes
        return (start, subject[1])

    def ungoverned(
        self, subject: tuple[int, int], pos: int, sent_start: int
    ) -> tuple[int, int] | None:
        """The subject run back over prepositional phrases to the noun they hang on (`A
        second car bombing outside a hotel in Quetta`), None when a preposition's object is
        all there is (see :meth:`governed`)."""
        for _ in range(_MAX_ATTACHED):
            if not self.governed(subject, pos, sent_start):
                return subject
            before = self.clauses.token_index(subject[0]) - 1  # the preposition
            outer = self.clauses.subject(self.clauses.tokens[before].start, sent_start)
            if outer is None or outer[0] >= subject[0] or before < 1:
                return None
            if (
                outer[1] != self.clauses.tokens[before - 1].end
                or len(self.doc.norm[outer[0] : outer[1]].split()) > _MAX_OUTER_WORDS
            ):
                return None  # not one noun phrase the preposition hangs on
            ing = _PARTICIPLE_OBJECT.search(self.doc.norm, outer[0], subject[0])
            if ing is not None:
                # `Rebel soldiers confronting army loyalists near X`: the noun before the
                # participle's clause
                return (outer[0], rstrip_end(self.doc.norm, ing.start()))
            subject = (outer[0], subject[1])
        return None

    def governed(self, subject: tuple[int, int], pos: int, sent_start: int) -> bool:
        """Whether a subject read before the trigger at ``pos`` is a preposition's object
        (`near this town declared`), not the antecedent of a relative clause the trigger
        opens (`in the Oct. 13 attack that killed`, `the tragedy which killed`)."""
        k = self.clauses.token_index(subject[0]) - 1
        tokens = self.clauses.tokens
        return (
            k >= 0
            and tokens[k].start >= sent_start
            and tokens[k].text in _grammar().governing_prepositions
            and not any(w in lexicon().relatives for w in self.doc.norm[subject[1] : pos].split())
        )

    def other_passive(self, trigger_end: int, by: int) -> bool:
        """Whether the `by` at ``by`` belongs to another predicate after the trigger: a
        participle of its own right before it (`was arrested in the theft of blueprints used
        by Cisco`), or a verb joined by `and` further back (`was sworn in and acknowledged
        he was a target for assassination by separatists`; `arrested and charged by police`
        shares it), or a relative clause in between (`charged with the slaying of a doctor
        who was cut down by a sniper's bullet`), or a passive of its own after `and` (`were
        shot dead and their bodies were first found by their relatives`)."""
        words = self.doc.norm[trigger_end:by].split()
        if not words:
            return False
        if any(w.lower() in lexicon().relatives for w in words):
            return True
        if "and" in words and any(
            w.lower() in _grammar().be_forms for w in words[words.index("and") + 1 :]
        ):
            return True
        last = words[-1]
        if last.isalpha() and last.islower() and _participle(last):
            return not (len(words) > 1 and words[-2] == "and")
        joined = _AND_VERB.match(self.doc.norm, trigger_end, by)
        if joined is not None and self.shares_by(joined.end(), by):
            return False  # `was kidnapped and killed Sunday in Gaza by militants`
        return _AND_VERB.search(self.doc.norm, trigger_end, by) is not None

    def nationality_agent(self, pos: int, event_type: str) -> Argument | None:
        """A nationality adjective right before an event noun of ``nationality_agent_types``
        is its agent, the country (`repeated Israeli attacks on the Palestinians`: Israel);
        not part of a name (`the Israeli Defence Forces`) nor after a possessive."""
        if event_type not in _grammar().nationality_agent_types:
            return None
        k = self.clauses.token_index(pos) - 1
        if k < 0:
            return None
        token = self.clauses.tokens[k]
        code = country_of_demonym(token.text)
        name = country_name(code) if code is not None else None
        if (
            name is None
            or not token.text[0].isupper()
            or self.clauses.overlapping(token.start, pos)
        ):
            return None
        previous = self.clauses.tokens[k - 1] if k > 0 else None
        before = previous.text if previous is not None else ""
        if before.endswith(("'s", "s'")) or (
            previous is not None
            and before[:1].isupper()
            and previous.start != self.doc.sentence_of(pos)[0]
        ):
            return None  # `Iran's Islamic revolution`, `the Lebanese Shiite attacks`
        place = next((pid for pid, c in self.country_places.items() if c == code), None)
        return _new_argument(
            {
                "role": "agent",
                "participant_id": place,
                "text": name,
                "span": self.doc.span_fields(token.start, token.end),
            }
        )

    def adjunct_subject(self, c: _Candidate, sent_start: int) -> tuple[int, int] | None:
        """The subject of the main clause for a gerund after `after`, `before`, `while`, `by`
        ... (`gerund_openers`): `Al-Bashir left Libya Sunday, after holding talks with
        Kadhafi`; a named participant, not a place (`Al-Bashir left Libya` read as one
        phrase), with no other clause opening before the adjunct."""
        norm, clauses = self.doc.norm, self.clauses
        if not norm[c.start : c.end].split()[0].endswith("ing"):
            return None
        i = clauses.token_index(c.start) - 1
        if i < 1 or clauses.tokens[i].text.lower() not in _grammar().gerund_openers:
            return None
        adjunct = clauses.tokens[i].start
        opener = clauses.opening_subject(adjunct, sent_start)
        if opener is None or self.clause_between(opener[1], adjunct):
            return None
        named = clauses.participant_in(*opener)
        if named is None or named.kind == "place":
            return None
        for m in clauses.overlapping(*opener):
            if m.participant is named and m.end < opener[1]:
                # `Sudanese President Omar Hassan al-Bashir left Libya`: the name, not a verb
                # after it read into the phrase
                after = _WORD.search(norm, m.end, opener[1])
                if after is not None and after.group().islower():
                    return opener[0], m.end
        return opener

    def clause_between(self, start: int, end: int) -> bool:
        """Whether another clause opens between a subject ending at ``start`` and a verb
        at ``end``: what was said (`X said the agreement reflects lower taxes and ...`; not
        an infinitive, `has vowed to destroy Israel and staged attacks`) or after an embedder
        (`when a guy named Steve Ballmer called and asked`)."""
        embedders = self.rules.res.embedders
        if any(w in embedders for w in _WORD.findall(self.doc.norm[start:end].lower())):
            return True
        return any(
            start <= s <= end < e and not self.doc.norm.startswith("to ", s)
            for s, e, _ in self.contents
        )

    def joined_passive(self, c: _Candidate, clause_end: int) -> list[Argument]:
        """The undergoers of a passive event right before a participle joined to it by `and`
        with no object of its own (`were arrested and jailed`, `was ambushed and shot dead by
        armed men`; not `were killed and called on Palestinians to ...`)."""
        norm, last = self.doc.norm, self.last
        if (
            last is None
            or not self.last_passive
            or c.rule != "verb"
            or not _participle(norm[c.start : c.end].split()[0])
            or _AND.fullmatch(norm, self.doc.local(last.span)[1], c.start) is None
            or self.clauses.noun_phrase_after(self.clauses.skip_time(c.end, clause_end), clause_end)
            is not None
        ):
            return []
        return [a for a in last.arguments if a.role == "patient"]

    def shares_by(self, pos: int, by: int) -> bool:
        """Whether a participle joined to a passive trigger (ending at ``pos``) has only a time
        and place phrases before the `by` at ``by``, so the agent is both verbs' (`kidnapped
        and killed Sunday in the Gaza Strip by Hamas militants`; not `sworn in and
        acknowledged he was a target for assassination by separatists`)."""
        pos = self.clauses.skip_time(pos, by)
        word = _WORD.search(self.doc.norm, pos, by + 2)
        if word is None or word.start() == by:
            return True
        return (
            word.group().lower() in self.rules.res.place_prepositions
            and _AND_VERB.search(self.doc.norm, pos, by) is None
            and not any(w.lower() in _grammar().be_forms for w in self.doc.norm[pos:by].split())
        )

    def plural_subject(self, c: _Candidate, clause_end: int) -> bool:
        """Whether a verb trigger in -s is a plural noun heading a subject: a form of `be`
        right after it or after its complement (`exports to Turkey were halted`, `visits
        are rare`), never after a verb's object (`exports oil`) nor after a pronoun."""
        norm, clauses = self.doc.norm, self.clauses
        space = norm.find(" ", c.start, c.end)
        first_end = space if space != -1 else c.end  # the first word's end
        if norm[first_end - 1] != "s" or norm[first_end - 2] == "s":
            return False
        end = c.end
        if norm.endswith(" to", c.start, c.end):
            np = clauses.noun_phrase_after(c.end, clause_end)
            end = np[1] if np is not None else end
        word = _WORD.match(norm, end + 1)
        if word is None or norm[end] != " " or word[0] not in _grammar().be_forms:
            return False
        before = norm[max(0, c.start - _PREV_CHARS) : c.start].split()[-1:]
        # `the music it sells is not`: a verb after its subject
        return not (before and before[0].lower() in _grammar().subject_pronouns)

    def participle_incident(self, c: _Candidate, sent_start: int) -> Event | None:
        """The incident a participle of consequence tells the outcome of (`A bomb exploded
        in Mosul on Monday, killing three people`; `killing one and injuring two`): the
        event right before it in its sentence, of a type the consequence follows
        (``[episodes]``), with the participle opening a clause after a comma, or after `and`
        joining it to another such participle (not `arresting X and killing Y`: the
        subject's, whatever event came before)."""
        last, episode, norm = self.last, self.rules.res.episodes.get(c.type), self.doc.norm
        opener = _PARTICIPLE_OPENER.search(norm, max(sent_start, c.start - 8), c.start)
        if (
            last is None
            or episode is None
            or opener is None
            or last.type not in episode.after
            or self.doc.local(last.sentence)[0] != sent_start
        ):
            return None
        chained = _key(last.span.text) in self.rules.res.types[c.type].participles
        return last if opener[0][0] == "," or chained else None

    def subordinate(
        self,
        c: _Candidate,
        etype: EventType,
        clause_end: int,
        sent_end: int,
        args: list[Argument],
    ) -> tuple[dt.date | None, dt.date | None, tuple[str, str | None] | None] | None:
        """`were killed when fire tore through their home Saturday`, `have died since a
        bomb ripped through a building in Nairobi Friday`: the time of a `when` clause right
        after the trigger's clause (and, for a cause (``cause_clause``), its place; `since`
        and `after` only then: `rose since March` dates a span, not the event)."""
        norm, clauses = self.doc.norm, self.clauses
        m = _SUBORDINATE_AFTER.search(norm, c.end, min(sent_end, c.end + _SUBORDINATE_REACH))
        if m is None or (m.group("conj") != "when" and not etype.cause_clause):
            return None
        if "," in norm[c.end : m.start()] and self.embedder_between(c.end, m.start()):
            return None  # `visited X ..., disclosed that when he decided`: another verb's
        np = clauses.noun_phrase_after(m.end(), sent_end)
        k = clauses.token_index(m.end())
        if np is None and k < len(clauses.tokens):
            # `voted ... when it convened on Thursday`; not for a trigger in a relative clause
            # (`the person who had bought the chips when it tried to buy them back last week`)
            pronoun = clauses.tokens[k]
            reach = clauses.tokens[max(0, clauses.token_index(c.start) - _RELATIVE_REACH)]
            if pronoun.text.lower() in _grammar().subject_pronouns and not self.relative_between(
                reach.start, c.start
            ):
                np = (pronoun.start, pronoun.end)
        if np is None or np[0] != m.end() or clauses.in_time(*np):
            return None  # `since last year`: a time, not a clause
        k = clauses.token_index(np[1])
        verb = clauses.tokens[k].text if k < len(clauses.tokens) else ""
        swallowed = norm[np[0] : np[1]].split()  # `fire tore`: the verb read as a noun
        if not (verb.isalpha() and verb.islower() and verb not in lexicon().stop) and not (
            len(swallowed) > 1 and swallowed[-1].isalpha() and swallowed[-1].islower()
        ):
            return None  # a clause has a verb after its subject
        verb_end = clauses.tokens[k].end if k < len(clauses.tokens) else np[1]  # text ends
        sub_end = clauses.clause_end(verb_end, sent_end)
        # not into the reporting clause after what is said (`were killed when police fired on
        # a mob, the United News of India reported Tuesday`: the report's day)
        sub_end = min(
            self.reporting_start(c.start, sent_end), max(sub_end, m.end() + _SUBORDINATE_REACH)
        )
        start, end = self.times_in(m.end(), sub_end, m.end(), args, etype)
        location = None
        if etype.cause_clause:
            places = []
            for p in _SUBORDINATE_PLACE.finditer(norm, np[1], sub_end):
                phrase = clauses.noun_phrase_after(p.end(), sub_end)
                if phrase is not None and (place := self.place(*phrase)) is not None:
                    places.append((place[1] is None, place))
            # a named place before a description (`an office building ... in Nairobi`)
            location = min(places, key=lambda p: p[0])[1] if places else None
        return start, end, location

    def trimmed(self, arg: Argument) -> Argument:
        """An agent, patient or counterpart cut before trailing junk: a preposition and a
        gerund (`the United States for defying`) or a time inside it (`a church Saturday
        for a funeral`), unless the phrase is an event itself (`the Oct. 13 attack`); a
        topic unlinked from a participant it does not open with."""
        if arg.role == "topic" and arg.participant_id is not None and arg.text:
            # `resume flights between Moscow and Ho Chi Minh City` is no city: a topic names
            # a participant only when it opens with it
            words = arg.text.split()
            head = " ".join(words[1:] if words[0].lower() in lexicon().determiners else words)
            p = self.by_id[arg.participant_id]
            if not any(head.startswith(n) for n in (p.name, *p.aliases)) or (
                arg.span is not None and self.name_modifies(p.id, *self.doc.local(arg.span))
            ):
                # `proposed a U.N. crackdown on ...`: the crackdown, not the U.N.
                return arg.model_copy(update={"participant_id": None})
        if arg.role not in _CORE_ROLES or arg.span is None:
            return arg
        start, end = self.doc.local(arg.span)
        if arg.participant_id is not None and self.name_modifies(arg.participant_id, start, end):
            arg = arg.model_copy(update={"participant_id": None})
        opener = _WORD.match(self.doc.norm, start)
        if (
            opener is not None
            and (
                opener[0].lower() in _grammar().subordinators
                # `working to prevent any terror attack that might close`: the infinitive's
                # verb is no part of the noun phrase read back from the relative clause
                or (
                    opener[0].islower()
                    and opener[0] not in lexicon().determiners
                    and self.doc.norm[max(0, start - 4) : start].lower() == " to "
                    and (det := _WORD.search(self.doc.norm, opener.end(), end)) is not None
                    and det[0].lower() in _grammar().np_openers
                )
            )
        ):
            # `If John Kerry is elected`: the conjunction opening the clause is no part of it
            rest = _WORD.search(self.doc.norm, opener.end(), end)
            if rest is not None:
                return self.trimmed(self.clauses.argument(arg.role, rest.start(), end))
        cut = end
        m = _GERUND_TAIL.search(self.doc.norm, start, end)
        if m is not None:
            cut = m.start()
        if not self.eventive(arg):
            k = bisect_right(self.time_starts, start)
            if k < len(self.time_starts) and self.time_starts[k] < cut:
                before = self.doc.norm[start : self.time_starts[k]].split()
                # `a two-year contract`: a duration after a determiner modifies the noun
                if self.times[k].type != "duration" or not all(
                    w.lower() in lexicon().determiners for w in before
                ):
                    cut = self.time_starts[k]
        cut = len(self.doc.norm[start:cut].rstrip(" ,")) + start
        closing = _grammar().closing_adverbs
        while (space := self.doc.norm.rfind(" ", start, cut)) > start and (
            self.doc.norm[space + 1 : cut] in closing
        ):
            cut = space  # `shelled the town overnight`: the adverb is no part of the town
        if cut == end or cut <= start:
            return arg
        return self.clauses.argument(arg.role, start, cut)

    def after_participle(self, a: Argument, first: str, words: int) -> bool:
        """Whether an agent opens with a present participle (`holding three workers
        hostage`) or is its object (`two workers hostage` after `holding`)."""
        if words > 1 and first.islower() and first.endswith("ing"):
            return first not in _function_words()
        if a.span is None or first.lower() in lexicon().determiners:
            return False  # `prosecuting the bombings which killed 224`: a relative's antecedent
        k = self.clauses.token_index(self.doc.local(a.span)[0]) - 1
        before = self.clauses.tokens[k].text if k >= 0 else ""
        return before.islower() and before.endswith("ing") and before not in _function_words()

    def place_first(self, start: int) -> bool:
        """Whether a name opens with a place or a country's initials (`US Congress`,
        `Philippine Congress`: a country's legislature)."""
        if _INITIALS.match(self.doc.norm, start) is not None:
            return True
        return any(
            m.participant.kind == "place" and m.start == start
            for m in self.clauses.overlapping(start, start + 1)
        )

    def name_modifies(self, pid: str, start: int, end: int) -> bool:
        """Whether every mention of participant ``pid`` in ``[start, end)`` modifies a noun
        after it (`a Pentagon analyst`, `the U.N. nuclear watchdog agency`): the phrase
        names that noun, not the participant."""
        found = False
        for m in self.clauses.overlapping(start, end):
            if m.participant.id != pid:
                continue
            title = _NEXT_TITLE.match(self.doc.norm, m.end, end)
            if title is not None and title[1].lower() in self.rules.res.title_nouns:
                found = True  # `NASA Administrator Sean O'Keefe`: the title's organization
                continue
            word = _NEXT_WORD.match(self.doc.norm, m.end, end)
            low = word.group(1) if word is not None else ""
            if not low or low in _function_words() or low in _grammar().conjunctions:
                return False
            if low.endswith(("ed", "ing")):
                return False  # `Kodak said`, `IBM agreed`: a verb after the name
            found = True
        return found

    def and_clause(self, start: int, end: int) -> int:
        """The end of a verb phrase before `and` opening a clause of its own: a subject, then
        a finite verb a few words on (`recall X and electoral authorities prolonged voting`);
        `make X a republic and elect a president` goes on."""
        tokens, res = self.doc.tokens, self.rules.res
        for m in _AND.finditer(self.doc.norm, start, end):
            i = self.clauses.token_index(m.end())
            for k in range(i + 1, min(len(tokens), i + 1 + res.topic_break_reach)):
                word = tokens[k].text
                if tokens[k].start >= end or not word.isalpha():
                    break
                if word.islower() and (word in res.finite_verbs or word.endswith("ed")):
                    return m.start()
        return end

    def and_subject(self, start: int, end: int) -> int:
        """The end of a clause before `and` and a clause of its own with a subject opened by a
        determiner, a verb in -ed and its object (`killed X and a suicide bomber killed 10`);
        `were killed and one injured in X` and `killed X and wounded Y` go on."""
        tokens, lex = self.clauses.tokens, lexicon()
        for m in _AND.finditer(self.doc.norm, start, end):
            i = self.clauses.token_index(m.end())
            if i >= len(tokens) or tokens[i].text not in _grammar().determiners:
                continue
            for k in range(i + 1, min(len(tokens) - 1, i + _MODIFIER_TOKENS + 1)):
                word, nxt = tokens[k].text, tokens[k + 1].text
                if tokens[k].start >= end or not word.isalpha() or word in lex.stop:
                    break
                if word.islower() and word.endswith("ed"):
                    if (
                        nxt[0].isupper()
                        or nxt in _grammar().determiners
                        or self.clauses.quantity_at(tokens[k + 1].start) is not None
                    ):
                        return m.start()
                    break
        return end

    def last_time_in(self, start: int, end: int) -> tuple[int, int] | None:
        """The (start, end) of the last time expression starting after ``start`` and by
        ``end``, unless it is a duration (which measures, and never closes a phrase)."""
        k = bisect_right(self.time_starts, end) - 1
        if k < 0 or self.time_starts[k] <= start or self.times[k].type == "duration":
            return None
        return self.clauses.times[k]

    def day_cut(self, start: int, end: int) -> int:
        """A verb phrase's end before `on <day>` closing it (`voted to make X a republic on
        Saturday`: the day dates the vote); a time of another preposition stays its own
        (`voted to hold elections in March`)."""
        norm = self.doc.norm
        found = self.last_time_in(start, end)
        if found is None:
            return end
        t_start, t_end = found
        before = norm[start:t_start].split()
        if (
            rstrip_end(norm, t_end) != rstrip_end(norm, end)
            or len(before) < 2
            or before[-1] != "on"
        ):
            return end
        return rstrip_end(norm, rstrip_end(norm, t_start) - 2)

    def bare_time_cut(self, arg: Argument) -> Argument:
        """A topic cut before a time that closes it with no preposition of its own: `agreed
        to terms on a one-year contract Tuesday` (the day dates the agreeing, as AP writes
        it); `to meet on Tuesday` keeps its time."""
        if arg.role != "topic" or arg.span is None:
            return arg
        norm = self.doc.norm
        start, end = self.doc.local(arg.span)
        end = rstrip_end(norm, end)
        found = self.last_time_in(start, end)
        if found is None:
            return arg
        t_start, t_end = found
        before = norm[start:t_start].split()
        if (
            rstrip_end(norm, t_end) != end
            or not before
            or before[-1].lower() in _grammar().time_of
            or before[-1].lower() in _grammar().conjunctions  # `between 7 a.m. and 8 p.m.`
            or before[-1].lower() in lexicon().stop
        ):
            return arg
        return self.clauses.argument(arg.role, start, rstrip_end(norm, t_start))

    def doubt(self, c: _Candidate, etype: EventType | None, args: list[Argument]) -> str | None:
        """Why an event is not certain enough to emit, else None: a type that needs a
        core role (agent, patient or counterpart by type) without one, or a core role
        filled by an ill-formed phrase or by a participant of a kind the type does not
        allow there (`Gold Coast rose`: a place's price)."""
        if c.rule == "named" or etype is None:
            return None
        if etype.core and not any(a.role in etype.core for a in args):
            return "no core role filled: abstain"
        if self.named_person(c):
            return "a person named as who they are, no role: abstain"
        if self.given_to(c):
            return "a thing given to someone, no proposal: abstain"
        lex = lexicon()
        for a in args:
            if a.role == "topic" and a.text and _LONE_VERB.fullmatch(a.text):
                # `the arrest announced today stemmed from`: a reduced relative, whose
                # "topic" is the sentence's own verb
                return "topic a lone verb form: abstain"
            if a.role == "topic" and a.text and a.text.split()[0] == "by":
                # `an evacuation called for by the embassy`: a passive after its noun
                return "topic opens with `by`: a passive, abstain"
            if a.role not in _CORE_ROLES or not a.text:
                continue
            words = a.text.split()
            first, last = words[0], words[-1].lower().strip(".,")
            if (
                len(words) > _MAX_ARGUMENT_WORDS
                and a.participant_id is None
                and not self.eventive(a)
            ):
                # a long title before a name is one phrase (`Permanent Representative of
                # ... Zhanar Aitzhan`), so is an incident with its places (`The attacks at
                # the embassies in Nairobi, Kenya, and ...`); a long phrase naming no one is not
                return f"{a.role} too long for one phrase: abstain"
            if last in _function_words() and last not in lex.pronouns:
                # `That 2015 accord calls for` read as `That`: no phrase at all
                return f"{a.role} ends in a function word: abstain"
            if a.span is not None and self.clauses.in_time(*self.doc.local(a.span)):
                # `the bombings ... last year that killed`: a relative read off the time
                return f"{a.role} is a time, not a participant: abstain"
            if first.islower() and (
                (first.endswith("ly") and (first not in lex.ly_adjectives or len(words) == 1))
                or first in lex.adverbs
            ):
                return f"{a.role} is an adverb: abstain"
            if (
                len(words) == 1
                and a.participant_id is None
                and first.lower().endswith("ly")
                and first.lower() not in lex.ly_nouns
                and first.lower() not in lex.ly_adjectives
            ):
                # `Widely derided by politicians, the idea ...`: a sentence's opening adverb
                return f"{a.role} is an adverb: abstain"
            if first in _grammar().leading_prepositions and len(words) > 1:
                # `opened two days of meetings Saturday to discuss`: `of meetings` is no agent
                return f"{a.role} opens with a preposition: abstain"
            if len(words) == 1 and first.islower() and first.endswith("ing") and self.gerund(a):
                return f"{a.role} is a gerund, not a noun phrase: abstain"
            if a.role == "agent" and self.after_participle(a, first, len(words)):
                # `A splinter group holding three workers hostage demanded`: the participle's
                # clause read as the subject, its noun lost
                return "agent a participle clause, not a noun phrase: abstain"
            # `they'd buy more beef`: the pronoun with its auxiliary's contraction
            pronoun = _CONTRACTION.sub("", a.text.lower())
            if a.participant_id is None and (
                (a.role == "agent" and pronoun in _grammar().third_person)
                or pronoun in _grammar().he_she
            ):
                # `They bombed ...`, `since he was elected` with no antecedent found: a wrong
                # agent or person is worse than none (`it was attacked`: a thing told before)
                return f"{a.role} an unresolved pronoun: abstain"
            kind = self.kinds.get(a.participant_id or "")
            allowed = etype.kinds.get(a.role)
            if allowed and kind is not None and kind not in allowed:
                return f"{a.role} of a kind this type does not allow: abstain"
            if a.role == "agent" and a.participant_id is None and self.cannot_act(a, allowed):
                return "agent a place or an utterance, which cannot act: abstain"
        return None

    def named_person(self, c: _Candidate) -> bool:
        """`whom the media named as Steve Wright`: a trigger ending in `as` (`named as`)
        followed right away by a person's name tells who someone is, not a role given."""
        norm = self.doc.norm
        if not norm[c.start : c.end].endswith(" as"):
            return False
        k = self.clauses.token_index(c.end)
        if k >= len(self.clauses.tokens) or not self.clauses.tokens[k].text[:1].isupper():
            return False
        first = self.clauses.tokens[k].start
        return any(
            m.start == first and m.participant.kind == "person"
            for m in self.clauses.overlapping(first, first + 1)
        )

    def given_to(self, c: _Candidate) -> bool:
        """`relief was being offered to people`, `offered to the families`: a trigger whose
        `to` opens an infinitive (``infinitive_triggers``) told in the passive or before a
        determiner gives a thing to someone; nothing is proposed."""
        norm = self.doc.norm
        if not norm.startswith(" to", c.end - 3) or (
            _key(norm[c.start : c.end]) not in self.rules.res.infinitive_triggers
        ):
            return False
        k = self.clauses.token_index(c.end)
        after = self.clauses.tokens[k].text.lower() if k < len(self.clauses.tokens) else ""
        return (
            self.rules.passive.match(norm, max(0, c.start - _CONTEXT), c.start) is not None
            or after in lexicon().determiners
        )

    def cannot_act(self, a: Argument, kinds: frozenset[ParticipantKind] | None) -> bool:
        """Whether an agent is a thing that cannot act: for a type whose agents are of given
        ``kinds`` only, the object of a place preposition (`bombings of resorts in the Sinai
        that killed`: the relative's antecedent read off the place; a name or a venue, not `in
        the raid that killed`, and not for any type: `workers at Comibol, which produces`), or
        someone's utterance (`used his New Year speech to urge`: the speaker acts)."""
        if a.span is None:
            return False
        words, grammar = a.span.text.split(), _grammar()
        head = words[-1]
        if len(words) > 1 and words[0].lower() in grammar.possessives:
            return head.lower() in grammar.utterances
        if not kinds or not (head[0].isupper() or _venue(head.lower())):
            return False
        start = self.doc.local(a.span)[0]
        before = self.doc.norm[max(0, start - 12) : start].lower().split()
        return bool(before) and before[-1] in grammar.place_openers

    def episodes(self, events: list[Event]) -> list[Event]:
        """Episode inheritance (event coreference): a consequence (casualties, an arrest)
        with no time or place of its own takes those of the incident it follows in the same
        or the previous sentence (`A bomb tore through a market in Peshawar on Monday. Five
        people were killed.`), as the ``episodes`` table says: the nearest one that has it, of
        its own (no chains); a break word (`in a separate attack`) or a cause of its own
        (`died in air strikes`) stops it, and a date or place of the consequence's sentence
        that is not the incident's keeps that one away. The rule records it."""
        table, doc = self.rules.res.episodes, self.doc
        out = []
        incidents: _Incidents | None = None  # built on the first consequence needing it
        for i, e in enumerate(events):
            episode = table.get(e.type)
            wants = set() if episode is None else set(episode.inherit)
            if e.start is not None:
                wants.discard("time")
            if e.location is not None:
                wants.discard("place")
            if episode is None or not wants or e.negated or e.modality not in _EPISODIC:
                out.append(e)
                continue
            sent_start, sent_end = doc.local(e.sentence)
            trigger_end = doc.local(e.span)[1]
            if self.broken(e) or self.own_cause(trigger_end, sent_end):
                out.append(e)
                continue
            # `In January, police concluded he had been killed`: a date of the sentence's
            # own that is not the incident's leaves the time to no one; so does a place
            # (`A second car bombing outside a hotel in Quetta killed 10`)
            own_end = self.reporting_start(doc.local(e.span)[0], sent_end)
            dates = self.dates_in(sent_start, own_end)
            places = self.places_in(sent_start, sent_end, trigger_end)
            k = doc.sentence_index(sent_start)
            reach = _ANAPHORIC_REACH if self.anaphoric_cause(e) else 1
            update: dict[str, object] = {}
            taken = []
            for j in range(i - 1, -1, -1):
                prev = events[j]
                if not wants or doc.sentence_index(doc.local(prev.sentence)[0]) < k - reach:
                    break
                if prev.type not in episode.after or prev.negated or prev.modality != "actual":
                    continue
                if reach > 1 and prev.type == e.type:
                    continue  # `The bombings killed 9 and injured 50`: the cause is no toll

                # `Two bombs exploded Friday ... Six were killed in Herat and 40 were
                # wounded`: past casualties told without a time, to the blasts'
                if "time" in wants and prev.start is not None and dates <= {prev.start}:
                    update |= {"start": prev.start, "end": prev.end}
                    taken.append(f"time of `{prev.span.text}`")
                    wants.discard("time")
                if "place" in wants and prev.location is not None and self.within(places, prev):
                    update |= {"location": prev.location, "location_id": prev.location_id}
                    taken.append(f"place of `{prev.span.text}`")
                    wants.discard("place")
                if reach > 1:
                    break  # `The bombings`: the nearest incident only, had it these or not
            rule = f"{_FAMILY}.episode"
            if not update and (wants & self.incident_gives):
                if incidents is None:
                    incidents = self.incidents(events)
                update, taken = self.from_incident(e, incidents, wants, dates, places)
                rule = f"{_FAMILY}.incident"
            if "location_id" in update and self.running_toll(
                doc.local(e.span)[0], sent_start, sent_end
            ):
                update = self.country_of(update)  # the toll of a war, not of one attack
            if update:
                update["rule"] = f"{e.rule}; {rule} ({', '.join(taken)})"
            out.append(e.model_copy(update=update))
        return out

    def retold(self, events: list[Event]) -> list[Event]:
        """A lead event told again later (`the two met by accident` after `Abbas and Shalom
        met ... in Tunis on Wednesday`): an event after the lead's sentence that retells one
        the lead tells as done (:meth:`retells`), with no time or place of its own, takes the
        lead event's when its sentence names no other date or place, no cause (`died in air
        strikes`) and no break (`in a separate attack`); a place only to an event of the
        lead's time or none (`accords, signed more than 20 years ago`). The story-level step
        after the clause's own attachment; the rule records it."""
        doc, lead_end = self.doc, self.first_sentence_end
        lead = [
            e
            for e in events
            if doc.local(e.sentence)[0] < lead_end and e.modality == "actual" and not e.negated
        ]
        out = []
        for e in events:
            sent_start, sent_end = doc.local(e.sentence)
            first = next((f for f in lead if self.retells(e, f)), None)
            if (
                first is None
                or sent_start < lead_end
                or e.negated
                or e.modality != "actual"
                or self.perfect(sent_start, *doc.local(e.span))
                or (
                    e.type in self.rules.res.episodes
                    and self.own_cause(doc.local(e.span)[1], sent_end)
                )
                or self.broken(e)
            ):
                out.append(e)
                continue
            update: dict[str, object] = {}
            if (
                e.start is None
                and first.start is not None
                and not self.dates_in(sent_start, sent_end)
            ):
                update |= {"start": first.start, "end": first.end}
            places = self.places_in(sent_start, sent_end, doc.local(e.span)[1])
            if (
                e.location is None
                and first.location is not None
                and e.start in (None, first.start)
                and self.within(places, first)
            ):
                update |= {"location": first.location, "location_id": first.location_id}
            if update:
                update["rule"] = f"{e.rule}; {_FAMILY}.retold (of `{first.span.text}`)"
                e = e.model_copy(update=update)
            out.append(e)
        return out

    def trips(self, events: list[Event]) -> dict[str, set[tuple[str, str | None, int]]]:
        """Where each traveller of the story was, on a day told up to the story's: the place
        of an arrival (`Abbas arrived in Cairo on Tuesday`: from that day on) or of a
        departure (`Al-Bashir left Libya by air Sunday`: up to that day), one named place, by
        the traveller's participant id, each with the day's ordinal, signed (+ from, - up to)."""
        found: dict[str, set[tuple[str, str | None, int]]] = {}
        line = self.doc.dateline
        last = (line.date if line is not None else None) or self.doc.anchor
        if last is None:
            return found
        grammar = _grammar()
        for e in events:
            if (
                e.type == "visit"
                and _key(e.span.text) in grammar.arrivals
                and e.location
                and e.location_id is not None
                and e.modality == "actual"
                and not e.negated
                and e.start is not None
                and e.start <= last
            ):
                for a in e.arguments:
                    if a.role == "agent" and a.participant_id is not None:
                        found.setdefault(a.participant_id, set()).add(
                            (e.location, e.location_id, e.start.toordinal())
                        )
        tokens, clauses = self.clauses.tokens, self.clauses
        for k in (k for k, w in enumerate(self.lowered) if w in grammar.departures):
            tok = tokens[k]
            sent_start, sent_end = self.doc.sentence_of(tok.start)
            np = clauses.noun_phrase_after(tok.end, sent_end)
            place = self.place(*np) if np is not None and np[0] == tok.end + 1 else None
            subject = clauses.subject(tok.start, sent_start)
            who = clauses.resolve(*subject) if subject is not None else None
            if place is None or place[1] is None or who is None or who.kind != "person":
                continue
            start, _ = self.times_in(tok.end, clauses.clause_end(tok.end, sent_end), tok.end, [])
            if start is not None and start <= last:
                found.setdefault(who.id, set()).add((place[0], place[1], -start.toordinal()))
        return found

    def on_trip(self, events: list[Event]) -> list[Event]:
        """Events of a traveller with no place of their own, at the one place the story puts
        them (:meth:`trips`): talks on Wednesday with a `visiting` Abbas who `arrived in Cairo`
        on Tuesday, a meeting told with no time before Al-Bashir `left Libya by air Sunday`;
        not an event dated before the arrival or after the departure, nor one whose sentence
        names another place."""
        if all(e.location is not None for e in events):
            return events
        trips = self.trips(events)
        if not trips:
            return events
        doc, out = self.doc, []
        # an argument the participants stage left unlinked, by the traveller's last name
        # (`Al-Bashir` for `Omar Hassan al-Bashir`)
        surnames = {self.participant_names[pid].split()[-1].lower(): pid for pid in trips}
        for e in events:
            places = {
                place
                for a in e.arguments
                if a.role in ("agent", "counterpart")
                for pid in (
                    a.participant_id or surnames.get("".join((a.text or "").split()[-1:]).lower()),
                )
                if pid in trips
                for place in trips[pid]
            }
            if (
                e.location is not None
                or e.type == "visit"
                or e.negated
                or e.modality != "actual"
                or len({p[1] for p in places}) != 1
            ):
                out.append(e)
                continue
            day = e.start.toordinal() if e.start is not None else None
            fits = all(
                (day is not None and day >= mark) if mark > 0 else (day is None or day <= -mark)
                for _, _, mark in places
            )
            sent_start, sent_end = doc.local(e.sentence)
            where = next(iter(places))
            own = self.places_in(sent_start, sent_end, doc.local(e.span)[1])
            if fits and self.within(own, where[1]):
                e = _placed(e, (where[0], where[1]), "trip")
            out.append(e)
        return out

    def retells(self, e: Event, lead: Event) -> bool:
        """Whether ``e`` may retell the lead's event ``lead``: of its type, by any verb for
        the ``retold_types``, else by a word of the lead's trigger (its first four letters:
        `killed`, `kill`)."""
        if e.type != lead.type:
            return False
        if e.type in _grammar().retold_types:
            return True
        stop = _function_words()
        own = {w[:4] for w in e.span.text.lower().split() if w not in stop}
        return not own.isdisjoint(w[:4] for w in lead.span.text.lower().split() if w not in stop)

    def perfect(self, sent_start: int, start: int, end: int) -> bool:
        """Whether a trigger is a perfect (`has killed more than 150`, `had agreed`, `has
        already been purchased`): a toll or an earlier act, not the lead's event told again."""
        words = self.doc.norm[max(sent_start, start - _PREV_CHARS) : end].lower().split()
        return not {"has", "have", "had"}.isdisjoint(words[-5:-1])

    def running_toll(self, pos: int, sent_start: int, sent_end: int) -> bool:
        """Whether a consequence at ``pos`` is a toll counted over a period, no episode's
        (`More than 80 US soldiers have died this year`, `1,500 have been killed ... since the
        beginning of this year`): a present perfect and a time of a month or more."""
        if not _PRESENT_PERFECT.search(self.doc.norm, max(sent_start, pos - _PREV_CHARS), pos):
            return False
        k = bisect_left(self.time_starts, sent_start)
        while k < len(self.time_starts) and self.time_starts[k] < sent_end:
            t = self.times[k]
            long = t.start is not None and t.end is not None and t.end - t.start >= _PERIOD
            if t.type == "date" and long:
                return True
            k += 1
        return False

    def country_of(self, update: dict[str, object]) -> dict[str, object]:
        """An inherited place widened to the country holding it, when the text names that
        country (`Iraq's Anbar province` -> Iraq), else no place."""
        country: str | None = str(update["location_id"])
        if country not in self.country_places:
            code = self.participant_countries.get(country or "")
            country = next((k for k, v in self.country_places.items() if v == code), None)
        if country is None:
            return {k: v for k, v in update.items() if k not in ("location", "location_id")}
        return update | {"location": self.participant_names[country], "location_id": country}

    def reporting_start(self, pos: int, sent_end: int) -> int:
        """Where the reporting clause after what is said at ``pos`` starts (`At least 82
        were killed, officials said as dawn broke Saturday`: its date is the report's), else
        the sentence's end."""
        st = self.statement_at(pos)
        if st is None:
            return sent_end
        cue = self.doc.local(st.span)[0]
        return cue if pos <= cue < sent_end else sent_end

    def incidents(self, events: list[Event]) -> _Incidents:
        """The document's incident model from its mentions: events of the incident types
        (their own time and place, not inherited) and incident nouns with their modifiers
        and complements. Built once per document, on the first consequence that needs it,
        in one pass (each consequence then reads it in constant time)."""
        types = self.rules.res.incidents.types
        model = _Incidents()
        for e in events:
            if e.type in types and not e.negated and e.modality == "actual" and ";" not in e.rule:
                model.add(
                    _Mention(
                        e.span.text,
                        frozenset({(e.start, e.end or e.start)} if e.start is not None else ()),
                        frozenset({(e.location, e.location_id)} if e.location else ()),
                        frozenset(),
                        other=False,
                    )
                )
        # the tokens that may open an incident noun, picked in a C-level pass; the pattern
        # tried there only (`car bomb`), not scanned over the whole text
        norm, rules = self.doc.norm, self.rules
        tokens = self.clauses.tokens
        firsts = map(rules.incident_first.__contains__, self.lowered)
        reached = 0
        for tok in compress(tokens, firsts):
            m = rules.incident_noun.match(norm, tok.start) if tok.start >= reached else None
            if m is not None:
                reached = m.end()
                mention = self.noun_mention(*m.span())
                if mention is not None:
                    model.add(mention)
        return model

    def noun_mention(self, s: int, e: int) -> _Mention | None:
        """An incident noun at ``[s, e)`` with its modifiers before it (`the Oct. 7
        bombings`, `Friday's attack`, `the Nairobi blast`) and its complements after it (`in
        Nairobi on Aug. 7`, `of Dr. X`); when a verb that tells an incident follows, the
        rest of that clause (`The blast occurred at 10:35 a.m. Friday`). None for a verb
        (`to attack`, `they clash`)."""
        doc, tokens, res = self.doc, self.clauses.tokens, self.rules.res
        lex, inc = lexicon(), res.incidents
        sent_lo, sent_hi = doc.sentence_of(s)
        k = j = self.clauses.token_index(s)
        if k > 0 and tokens[k - 1].text.lower() in _grammar().verb_openers:
            return None
        while j > 0 and k - j < _MODIFIER_TOKENS and tokens[j - 1].start >= sent_lo:
            low = tokens[j - 1].text.lower()
            if low in lex.determiners:
                j -= 1
                break
            if not tokens[j - 1].text[0].isalnum() or low in lex.stop:
                break
            if tokens[j - 1].text[0].islower() and not self.noun_like(low, tokens[j - 1].start):
                break  # `Clinton Thursday condemned terrorist bomb attacks`: a verb
            j -= 1
        other = any(t.text.lower() in inc.others for t in tokens[max(0, j - 1) : k])
        lo = tokens[j].start if j < k else s
        i = self.clauses.token_index(e)
        hi, limit = e, min(sent_hi, e + inc.reach)
        while i < len(tokens) and tokens[i].start < limit:
            tok = tokens[i]
            low = tok.text.lower()
            if self.rules.incident_verb.match(doc.norm, tok.start) is not None:
                # the clause the verb tells: up to a comma, a semicolon or the sentence's end
                while i < len(tokens) and tokens[i].start < limit + inc.reach:
                    if tokens[i].text in (",", ";", "."):
                        break
                    hi = tokens[i].end
                    i += 1
                break
            if not tok.text[0].isalnum() or low in res.embedders or low in res.finite_verbs:
                break
            if tok.text.islower() and low.endswith(("ed", "ing")):
                break
            hi = tok.end
            i += 1
        hi = min(hi, sent_hi)
        times: set[tuple[dt.date, dt.date]] = set()
        clocks: set[tuple[dt.date, dt.date]] = set()
        for x in range(bisect_left(self.time_starts, lo), len(self.time_starts)):
            (ts, te), t = self.clauses.times[x], self.times[x]
            if ts >= hi:
                break
            if te > hi or t.start is None or t.type not in ("date", "time"):
                continue
            if t.value.endswith("_REF"):
                continue
            span = (_day(t.start), _day(t.end if t.end is not None else t.start))
            (clocks if t.type == "time" else times).add(span)
        return _Mention(
            doc.norm[s:e],
            frozenset(times or clocks),
            frozenset(self.mention_places(lo, s, hi)),
            frozenset(
                m.participant.id
                for m in self.clauses.overlapping(e, hi)
                if m.participant.kind == "person" and _OF.search(doc.norm, e, m.start)
            ),
            other,
        )

    def mention_places(self, lo: int, noun: int, hi: int) -> set[tuple[str, str | None]]:
        """The places of an incident mention ``[lo, hi)``: a modifier before its noun (`the
        Nairobi blast`) or a place after a locative preposition (`in Kenya and Tanzania`),
        not a modifier of another noun (`at U.S. embassies`)."""
        tokens, preps = self.clauses.tokens, self.rules.res.place_prepositions
        lex = lexicon()
        found: set[tuple[str, str | None]] = set()
        taken = False
        for m in self.clauses.overlapping(lo, hi):
            if m.participant.kind != "place" or m.start < lo:
                continue
            k = self.clauses.token_index(m.start) - 1
            if k > 0 and tokens[k].text.lower() in lex.determiners:
                k -= 1
            before = tokens[k].text.lower() if k >= 0 else ""
            n = self.clauses.token_index(m.end)
            modifier = n < len(tokens) and self.noun_like(tokens[n].text, tokens[n].start)
            # `damaged Pyongyang's already low food supplies`: an owner, not the place struck
            owner = self.doc.norm.startswith("'s ", m.end) and m.end > noun
            struck = self.struck(k, lo) and not owner
            taken = m.end <= noun or (
                (before in preps or struck or (taken and before in ("and", ","))) and not modifier
            )  # `quakes to hit Japan`: the place an incident verb names
            if taken:
                found.add((m.participant.name, m.participant.id))
        if not found:
            # `the Madrid train bombings` where only the dateline's `MADRID` is a mention: a
            # modifier that names a place of the story, or the incident verb's object
            # (`rocked Indonesia's premier tourist island of Bali` from BALI)
            named = {p.name.lower(): p for p in self.places}
            last = self.clauses.token_index(noun)
            for t in range(self.clauses.token_index(lo), self.clauses.token_index(hi)):
                tok = tokens[t]
                place = named.get(tok.text.lower()) if tok.text[0].isupper() else None
                if place is not None and (t < last or self.struck(t - 1, lo)):
                    found.add((place.name, place.id))
        return found

    def struck(self, k: int, lo: int) -> bool:
        """Whether the phrase ending at token ``k`` is the object of an incident verb (`hit
        Japan`, `shook a large part of western Colombia`, `rocked Indonesia's island of
        Bali`): the verb, then at most ``_OBJECT_TOKENS`` words of one noun phrase."""
        tokens, verb, stop = self.clauses.tokens, self.rules.incident_verb, lexicon().stop
        for j in range(k, max(-1, k - _OBJECT_TOKENS), -1):
            text = tokens[j].text
            if tokens[j].start < lo:
                return False
            if verb.fullmatch(text) is not None:
                return True
            low = text.lower()
            word = low.removesuffix("'s")  # `rocked Indonesia's island of Bali`
            if not (low in ("of", "a", "an", "'s") or (word.isalpha() and word not in stop)):
                return False
        return False

    def noun_like(self, word: str, pos: int) -> bool:
        """Whether a lower-case word may be a noun or a modifier in a noun phrase (`U.S.
        embassies`), not a function word or a verb (`Nairobi occurred`, `Thursday
        condemned`)."""
        low = word.lower()
        return (
            word[:1].islower()
            and low not in _function_words()
            and low not in _grammar().conjunctions
            and low not in self.rules.res.finite_verbs
            and not low.endswith(("ed", "ing"))
            and self.rules.incident_verb.match(self.doc.norm, pos) is None
        )

    def from_incident(
        self,
        e: Event,
        incidents: _Incidents,
        wants: Container[str],
        dates: set[dt.date | None],
        places: set[str | None],
    ) -> tuple[dict[str, object], list[str]]:
        """The document incident's time and place for a consequence with none of its own:
        from the mentions naming its victim (`the shooting death of X`), else, when it names
        its cause (`The floods killed 12`), the mentions of that noun (`killed by a sniper's
        bullet`: a cause of its own, no incident's), else every mention; only what they all
        agree on (two incidents compete: abstain)."""
        victims = [a.participant_id for a in e.arguments if a.role == "patient"]
        named = [incidents.by_victim[v] for v in victims if v in incidents.by_victim]
        etype = self.rules.res.types.get(e.type)
        causes = [
            _noun_key(_head(_TO_INFINITIVE.split(a.text or "")[0]))  # `quakes to hit Japan`
            for a in e.arguments
            if a.role == "agent" and etype is not None and etype.cause_clause
        ]
        if named:
            chosen = _Incident()
            for part in named:
                chosen.other = chosen.other or part.other
                chosen.times |= part.times
                chosen.places.update(part.places)
                chosen.time_text = chosen.time_text or part.time_text
                chosen.place_text = chosen.place_text or part.place_text
        elif causes and causes[0] not in self.rules.res.incidents.generic:
            # `The floods killed 12`: the mentions of that noun; `the tragedy`: every one
            found = incidents.by_noun.get(causes[0])
            if found is None:
                return {}, []
            chosen = found
        else:
            chosen = incidents.whole
        if chosen.other:
            return {}, []
        update: dict[str, object] = {}
        taken = []
        if "time" in wants and len(chosen.times) == 1:
            ((start, end),) = chosen.times
            if dates <= {start}:
                update |= {"start": start, "end": end}
                taken.append(f"time of `{chosen.time_text}`")
        if "place" in wants and len(chosen.places) == 1:
            ((name, pid),) = chosen.places.values()
            if self.within(places, pid):
                update |= {"location": name, "location_id": pid}
                taken.append(f"place of `{chosen.place_text}`")
        return update, taken

    def within(self, places: set[str | None], where: Event | str | None) -> bool:
        """Whether ``places`` name the incident's place or only the country holding it
        (`rocked Indonesia's premier tourist island of Bali`: Bali)."""
        pid = where.location_id if isinstance(where, Event) else where
        inner = self.participant_countries.get(pid or "")
        return all(
            p == pid
            or (inner is not None and p is not None and self.country_places.get(p) == inner)
            for p in places
        )

    def anaphoric_cause(self, e: Event) -> bool:
        """Whether a consequence's agent is a definite event noun (`The bombings on Aug. 7
        killed`): the incident told before, further back than the previous sentence."""
        heads = self.rules.res.dated_heads
        return any(
            a.role == "agent"
            and a.text is not None
            and a.text.split()[0].lower() == "the"
            and _head(a.text).strip(".,") in heads
            for a in e.arguments
        )

    def broken(self, e: Event) -> bool:
        """Whether a consequence's sentence opens another episode for it: a break word
        anywhere in it (`in a separate attack`), or one of a single consequence's
        (``own_breaks``) in its own clause (`One pupil died on the spot and another died in
        hospital`: only the second death is another episode; `was shot and died of his
        wounds`: the shooting is the incident's)."""
        doc, norm = self.doc, self.doc.norm
        sent_start, sent_end = doc.local(e.sentence)
        if self.rules.episode_break.search(norm, sent_start, sent_end) is not None:
            return True
        start, end = doc.local(e.span)
        for m in self.rules.own_break.finditer(norm, sent_start, sent_end):
            lo, hi = (end, m.start()) if m.start() >= end else (m.end(), start)
            joiner = _OWN_BREAK_JOINERS[m.start() >= end]
            if joiner.search(norm, lo, hi) is None:
                return True
        return False

    def own_cause(self, pos: int, hi: int) -> bool:
        """Whether a consequence names a cause of its own right after it, not one told
        before (`died in air strikes`, `killed in a blast`; `killed in the attack` is the
        incident's): another episode."""
        words = self.doc.norm[pos : min(hi, pos + _CAUSE_REACH)].lower().split()
        if len(words) < 2 or words[0] not in _grammar().cause_prepositions:
            return False
        heads = self.rules.res.dated_heads
        head = next((k for k, w in enumerate(words[1:6], 1) if w.strip(".,") in heads), None)
        return head is not None and words[1] not in _grammar().definite

    def places_in(self, lo: int, hi: int, trigger_end: int) -> set[str | None]:
        """The places ``[lo, hi)`` names as where something is: a place participant after a
        locative preposition (`in Quetta`, not `the ambassador to Pakistan`) or after the
        trigger (`died in air strikes near the border town of Chaman`)."""
        found: set[str | None] = set()
        tokens, preps = self.clauses.tokens, self.rules.res.place_prepositions
        for m in self.clauses.overlapping(lo, hi):
            if m.participant.kind != "place" or m.start < lo:
                continue
            k = self.clauses.token_index(m.start) - 1
            if k > 0 and tokens[k].text.lower() in lexicon().determiners:
                k -= 1
            if m.start >= trigger_end or (k >= 0 and tokens[k].text.lower() in preps):
                found.add(m.participant.id)
        return found

    def dates_in(self, lo: int, hi: int) -> set[dt.date | None]:
        """The start dates of the dates and times of day in ``[lo, hi)`` (not `now`)."""
        found: set[dt.date | None] = set()
        k = bisect_left(self.time_starts, lo)
        while k < len(self.time_starts) and self.time_starts[k] < hi:
            t = self.times[k]
            if t.type in ("date", "time") and not t.value.endswith("_REF"):
                found.add(t.start.date() if isinstance(t.start, dt.datetime) else t.start)
            k += 1
        return found

    def gerund(self, arg: Argument) -> bool:
        """Whether a one-word argument follows a conjunction or preposition that takes a
        gerund (`after marching`), not a noun (`a memorandum of understanding`)."""
        if arg.span is None:
            return False
        i = self.clauses.token_index(self.doc.local(arg.span)[0]) - 1
        return i >= 0 and self.clauses.tokens[i].text.lower() in _grammar().gerund_openers

    def statement_at(self, pos: int) -> Statement | None:
        """The statement whose content holds ``pos`` (the latest starting before it)."""
        i = bisect_right(self.content_starts, pos) - 1
        for k in range(i, max(-1, i - _CONTENT_LOOKBACK), -1):
            if pos < self.contents[k][1]:
                return self.contents[k][2]
        return None

    def fronted_content(self, pos: int) -> tuple[int, int] | None:
        """The content before the reporting clause that holds the cue at ``pos``, as the
        statements stage read it (`X will add ..., the carrier announced`), else None."""
        i = bisect_right(self.cue_starts, pos) - 1
        if i < 0 or pos >= self.cues[i][1]:
            return None
        start, end = self.doc.local(self.cues[i][2].content)
        return (start, end) if end <= pos else None

    def content_start(self, pos: int) -> int:
        """Where the content of what someone said that holds ``pos`` starts, else 0."""
        s = self.statement_at(pos)
        return self.doc.local(s.content)[0] if s is not None else 0

    def reported(self, pos: int) -> bool:
        """Whether ``pos`` lies in what someone said."""
        return self.statement_at(pos) is not None

    def speakers_of(self, pos: int, start: int, end: int) -> list[Argument]:
        """:meth:`speaker_of`, one argument per speaker when `they` stands for speakers
        named as `X and Y` (`Kodak and IBM said they have agreed`)."""
        arg = self.speaker_of(pos, start, end)
        s = self.statement_at(pos)
        if s is None or s.speaker is None or self.doc.norm[start:end].lower() != "they":
            return [arg]
        lo, hi = self.doc.local(s.span)
        at = self.doc.norm.find(s.speaker, lo, hi)
        if at == -1 or arg.participant_id != s.speaker_id:
            return [arg]
        found = self.clauses.arguments("agent", at, at + len(s.speaker))
        return found if len(found) > 1 else [arg]

    def speaker_of(self, pos: int, start: int, end: int) -> Argument:
        """`X said they will propose ...`, `X said it agreed`, `"I propose ...," X said`: the
        speaker of the statement around; in a direct quote only `I` and `we` are the
        speaker (`they must hold elections` are others)."""
        arg = self.clauses.argument("agent", start, end)
        s = self.statement_at(pos)
        pronoun = self.doc.norm[start:end].lower()
        if s is not None and s.direct and pronoun not in _grammar().first_person:
            return arg
        if s is not None and pronoun == "they" and self.kinds.get(s.speaker_id or "") == "person":
            return arg  # `According to the spokeswoman, they talked`: one person is no `they`
        if s is not None and pronoun == "it" and self.kinds.get(s.speaker_id or "") == "person":
            return arg  # a person is no `it`
        if s is not None and s.speaker is not None:
            # no participant (`A group of technology companies`): the speaker's words
            return arg.model_copy(update={"participant_id": s.speaker_id, "text": s.speaker})
        return arg

    def participle(
        self,
        c: _Candidate,
        etype: EventType | None,
        sent_start: int,
        clause_end: int,
        subject: tuple[int, int] | None,
    ) -> tuple[int, int] | None:
        """`Bin Laden, indicted as a suspect, ...`: a participle of a transitive trigger
        right after a comma, with no object, says what happened to the phrase before it
        (not a finite passive with a ``subject`` of its own before the commas: `22 people,
        including women and children, were killed`)."""
        if (
            c.rule != "verb"
            or etype is None
            or etype.object != "patient"
            or not etype.passive
            or not self.doc.norm[c.start : c.end].endswith("ed")
            or (
                subject is not None
                and self.rules.passive_trigger.search(self.doc.norm[c.start : c.end]) is not None
            )
            # `X, who served as envoy to the U.N. for 30 years, died`: an intransitive verb
            # is no participle of what was done to the phrase before
            or _undergoer(etype, _key(self.doc.norm[c.start : c.end]))
            or self.clauses.noun_phrase_after(c.end, clause_end) is not None
        ):
            return None
        head = self.clauses.participle_head(c.start, sent_start)
        if head is None or self.clauses.quantity_at(head[0]) is not None:
            return None  # `John Smith, 45, ...`: an age
        return head

    def sense_fits(
        self,
        sense: _Sense,
        c: _Candidate,
        subject: tuple[int, int] | None,
        passive: bool,
        sent_end: int,
    ) -> bool:
        """Whether the object (or subject) of an ambiguous trigger fits the sense."""
        clauses, norm = self.clauses, self.doc.norm
        if (
            sense.not_subjects
            and subject is not None
            and not passive
            and _head(norm[subject[0] : subject[1]]).strip(".,'\"") in sense.not_subjects
        ):
            return False  # `the machine shut down again`: a machine stops, nothing closes
        if sense.role == "subject" or passive:
            phrase = subject
            cut = (
                _CARRYING.search(norm, *subject)
                if subject is not None and sense.role == "subject"
                else None
            )
            if phrase is not None and cut is not None and cut.start() > phrase[0]:
                phrase = (phrase[0], cut.start())  # `A rocket carrying a crew`: the rocket
        else:
            begin = c.end
            if (word := _WORD.match(norm, c.end + 1)) is not None and word[0] in sense.through:
                begin = word.end()  # `an assault on X`: X, past the preposition
            stop = clauses.clause_end(c.end, sent_end)
            phrase = clauses.noun_phrase_after(begin, stop)
            if phrase is None:
                # `unveiled on Wednesday a miniature version`: the object past a time
                phrase = clauses.noun_phrase_after(clauses.skip_time(begin, stop), stop)
            if phrase is None and not sense.optional and subject is not None:
                # used without an object: `the phone launches`; only its head can tell
                head = _head(norm[subject[0] : subject[1]]).strip(".,'\"")
                return head in sense.heads
        if phrase is None:
            return sense.optional
        words = norm[phrase[0] : phrase[1]].split()
        while len(words) > 1 and words[-1].lower() in lexicon().adverbs:
            words.pop()  # `his services again`: the head before a closing adverb
        head = _head(" ".join(words)).strip(".,'\"")
        if head in sense.not_heads:
            return False
        if head in sense.heads:
            return True
        if len(words) > 1 and words[-1][0].isupper() and words[-2] in sense.heads:
            return True  # `the space shuttle Discovery`: the kind, then its name
        if sense.quantity and clauses.quantity_at(phrase[0]) is not None:
            return True
        found = clauses.resolve(*phrase)
        if sense.kinds and found is not None and found.kind in sense.kinds:
            return True
        # a name in the phrase, not its possessor: `a new iPad`, not `Israel's offensive`
        words = [
            w
            for w in _OF.split(norm[phrase[0] : phrase[1]])[0].split()
            if "'" not in w and w.lower() not in lexicon().determiners  # `A state of X`
        ]
        if sense.names and any(ch.isupper() for w in words for ch in w):
            return found is None or found.kind not in ("person", "place")
        return not (sense.heads or sense.names or sense.quantity or sense.kinds)

    def modifier(self, subject: tuple[int, int], start: int) -> bool:
        """Whether a "subject" is an adjective right before a noun trigger (`final peace
        talks`, `the two sides' formal talks`)."""
        norm = self.doc.norm
        if norm[subject[1] : start].strip():
            return False
        last = norm[subject[0] : subject[1]].split()[-1]
        return last.islower() and last.endswith((*_grammar().modifier_endings, "al"))

    def opening_time(self, sent_start: int, pos: int, subject: int | None = None) -> int | None:
        """End of a time expression opening the sentence (after the dateline, with its
        preposition, perhaps after `Earlier` or `However,`: ``opening_adverbs``) and set off by
        a comma before ``pos``, or right before the ``subject`` (`Earlier Tuesday an Iraqi
        judge announced`), else None."""
        sent_start = self.after_dateline(sent_start, pos)
        tokens = self.clauses.tokens
        k = self.clauses.token_index(sent_start)
        if k >= len(tokens):
            return None
        after = self.clauses.skip_time(tokens[k].start, pos)
        if (
            after == tokens[k].start
            and tokens[k].text.lower() in self.rules.res.opening_adverbs
            and k + 1 < len(tokens)
        ):
            k += 1  # `Earlier Tuesday`, where `Earlier in the day` is one time
            if tokens[k].text == "," and k + 1 < len(tokens):
                k += 1  # `However, in 2004,`
            after = self.clauses.skip_time(tokens[k].start, pos)
        if after == tokens[k].start:
            return None
        following = self.clauses.token_index(after)
        if self.doc.norm.startswith(",", after):
            bare = tokens[k].text.lower() not in lexicon().time_prepositions
            nxt = tokens[following + 1] if following + 1 < len(tokens) else None
            if bare and nxt is not None and self.clauses.in_time(nxt.start, nxt.end):
                return None  # `July, August and September, the mid-season, had passed`: a list
            return after
        if subject is not None and following < len(tokens) and tokens[following].start == subject:
            return after
        return None

    def after_dateline(self, sent_start: int, pos: int) -> int:
        """The start of a sentence's own words before ``pos``: past the dateline in the lead."""
        if self.doc.dateline is None:
            return sent_start
        return max(sent_start, min(self.doc.local(self.doc.dateline.span)[1], pos))

    def during_time(
        self, sent_start: int, pos: int, subject: tuple[int, int] | None
    ) -> tuple[dt.date | None, dt.date | None]:
        """The dates of a time closing an opening `During <noun> <time>,` (`During the street
        violence two weeks ago, in which police clashed ..., at least 46 people died`): the
        noun's time holds the main clause's event, past its subject; not a relative clause's."""
        if subject is None or subject[1] > pos:
            return None, None
        sent_start = self.after_dateline(sent_start, pos)
        tokens, norm = self.clauses.tokens, self.doc.norm
        k = self.clauses.token_index(sent_start)
        if k >= len(tokens) or tokens[k].text.lower() != "during":
            return None, None
        comma = norm.find(",", tokens[k].end, subject[0])
        if comma < 0 or self.relative_between(subject[1], pos):
            return None, None
        i = bisect_left(self.time_starts, tokens[k].end)
        if i >= len(self.times) or self.clauses.times[i][1] != comma:
            return None, None
        t = self.times[i]
        if t.start is None or t.type != "date" or t.value.endswith("_REF"):
            return None, None
        return _day(t.start), _day(t.end if t.end is not None else t.start)

    def noun_dated(self, c: _Candidate, sent_start: int) -> tuple[dt.date | None, dt.date | None]:
        """The dates of the same act told as a noun with its time in the sentence before (`who
        spoke to the BBC before his arrest Monday.` ... `once Stephens was arrested`): an event
        noun sharing the trigger's stem (its first five letters), the time right after it."""
        sents = self.doc.sentences
        i = bisect_right(sents, sent_start, key=itemgetter(0)) - 1
        if i < 1:
            return None, None
        stem = self.doc.norm[c.start : c.end].split()[-1].lower()[:5]
        if len(stem) < 5:
            return None, None
        res, tokens = self.rules.res, self.clauses.tokens
        lo, hi = sents[i - 1]
        for k in range(bisect_left(self.time_starts, lo), len(self.times)):
            (s, _), t = self.clauses.times[k], self.times[k]
            if s >= hi:
                break
            if t.start is None or t.type != "date" or t.value.endswith("_REF"):
                continue
            j = self.clauses.token_index(s) - 1
            if j > 0 and tokens[j].text.lower() in lexicon().time_prepositions:
                j -= 1
            noun = tokens[j].text.lower() if j >= 0 else ""
            if noun.startswith(stem) and (noun in res.other_event_nouns or noun in res.dated_heads):
                return _day(t.start), _day(t.end if t.end is not None else t.start)
        return None, None

    def after_event_noun(self, start: int, end: int, etype: EventType) -> bool:
        """Whether a reason given as an event noun lies between the trigger and a place
        phrase: `indicted for the bombings of embassies in Kenya` places the bombings, not
        the indictment, as does any event noun between them (`arrested in connection with
        the bombings of two hotels in Bali`; while `killed in a blast at X` is placed by its
        cause)."""
        res = self.rules.res
        if self.event_noun_between(start, end, etype):
            return True
        words = self.doc.norm[start:end].lower().split()
        reason = next((k for k, w in enumerate(words) if w in _grammar().reasons), None)
        return reason is not None and any(
            w.strip(".,") in res.dated_heads for w in words[reason + 1 : reason + 8]
        )

    def event_noun_between(self, start: int, end: int, etype: EventType | None) -> bool:
        """Whether an event noun (`bombings`, `capture`) lies in ``[start, end)`` after a
        trigger whose type does not share its cause's time and place: a time or place after
        it is that event's (`arrested in connection with the bombings ... last year`)."""
        if etype is None or etype.cause_clause:
            return False
        nouns = (self.rules.res.dated_heads | self.rules.res.other_event_nouns) - etype.occasions
        return any(w.strip(".,'") in nouns for w in self.doc.norm[start:end].lower().split())

    def modifies_object(self, pos: int, args: list[Argument]) -> bool:
        """Whether `in X` at ``pos`` right after an organization or person object describes
        it (`bought Joyo.com, an online retailer in China`) rather than the event."""
        for a in args:
            if a.role != "patient" or a.span is None:
                continue
            kind = self.kinds.get(a.participant_id or "")
            # a name not yet a participant, its head capitalized too (not `Shi'ite militia
            # positions in Najaf`: a common noun's modifier)
            words = a.span.text.split()
            named = kind is None and words[0][0].isupper() and words[-1][0].isupper()
            start, end = self.doc.local(a.span)
            if (
                (kind == "organization" or named)
                and not self.doc.norm[end:pos].strip()
                # `killed a Reuters reporter in Lebanon`: the name only modifies the object
                and not (kind and self.name_modifies(a.participant_id or "", start, end))
            ):
                return True
        return False

    def holding_in(self, obj: tuple[int, int], clause_end: int) -> int:
        """The end of a patient whose head is a holding, with the `in` phrase naming what it
        is in (`sold its stake in X to Y`, `its holdings in Spain`: no place of the deal)."""
        norm, clauses = self.doc.norm, self.clauses
        if _head(norm[obj[0] : obj[1]]) not in _grammar().holding_nouns or not norm.startswith(
            " in ", obj[1]
        ):
            return obj[1]
        np = clauses.noun_phrase_after(obj[1] + 4, clause_end)
        if np is None or np[0] != obj[1] + 4 or clauses.in_time(*np):
            return obj[1]
        self.holdings.add(obj[1] + 1)
        return np[1]

    def invested_in(self, pos: int, clause_end: int) -> int | None:
        """The end of what money goes into, its `in` phrase at ``pos`` (`invest $12 million in
        a research centre`), when it names no place (`will invest $1 billion in Europe`:
        where) and no time; ``None`` when there is none."""
        norm, clauses = self.doc.norm, self.clauses
        if not norm.startswith(" in ", pos):
            return None
        np = clauses.noun_phrase_after(pos + 4, clause_end)
        if (
            np is None
            or np[0] != pos + 4
            or clauses.in_time(*np)
            or norm[np[0]].isdigit()  # `in 1986/87`
            or ((where := self.place(*np)) is not None and where[1] is not None)
        ):
            return None
        self.holdings.add(pos + 1)
        return clauses.conjunct_end(np[1], clause_end)  # `in oil and gas properties`

    def quoted(self, obj: tuple[int, int], pos: int) -> tuple[int, int]:
        """A topic that is only its opener before a quotation mark (`call for any "specific
        steps,"`) read with the words quoted, to the closing mark in the sentence."""
        norm = self.doc.norm
        words = norm[obj[0] : obj[1]].split()
        if len(words) != 1 or words[0].lower() not in self.rules.res.quote_openers:
            return obj
        opening = _WORD_QUOTE.match(norm, obj[1])
        if opening is None:
            return obj
        close = norm.find('"', opening.end(), self.doc.sentence_of(pos)[1] + 2)
        if close == -1:
            return obj
        while close > opening.end() and norm[close - 1] in " .,!?":
            close -= 1
        return (obj[0], close) if close > opening.end() else obj

    def complemented(self, obj: tuple[int, int], clause_end: int) -> tuple[int, int]:
        """A topic noun phrase with the complement its head takes (`called for attacks on
        foreign embassies`, not `attacks`), unless the preposition opens a time (`announced
        plans on Monday`)."""
        norm, res, clauses = self.doc.norm, self.rules.res, self.clauses
        prep = _WORD.match(norm, obj[1] + 1, clause_end)
        head = _head(norm[obj[0] : obj[1]])
        if (
            norm[obj[1] : obj[1] + 1] != " "
            or prep is None
            or not (
                (head in res.complement_nouns and prep[0] in res.complement_prepositions)
                or (head in res.in_complement_nouns and prep[0] == "in")
            )
            or clauses.in_time(prep.start(), prep.end() + 2)
        ):
            return obj
        np = clauses.noun_phrase_after(prep.end() + 1, clause_end)
        if np is None or np[0] != prep.end() + 1 or clauses.in_time(*np):
            return obj
        if prep[0] == "in" and _IN_IDIOM.match(norm, np[0], clause_end):
            return obj  # `the debt situation in preparation for April`: a purpose, no complement
        if _GERUND.fullmatch(norm[np[0] : np[1]]) is not None:
            # `a blueprint for saving endangered species`: the gerund's phrase whole
            return (obj[0], self.topic_end(np[0], clauses.clause_end(np[0], clause_end)))
        return (obj[0], clauses.conjunct_end(np[1], clause_end))

    def topic_end(self, begin: int, clause_end: int, *, content: bool = False) -> int:
        """End of a topic running to the clause end, at most ``_TOPIC_CHARS`` long, never
        past a sentence's end the sentence splitter missed (`stay home. ``The`) and, unless
        it is the ``content`` of what is said, not into another clause (`topic_breaks`), and
        never past `and said` (the subject's next predicate)."""
        norm = self.doc.norm
        stop = clause_end
        if stop - begin > _TOPIC_CHARS:
            stop = norm.rfind(" ", begin, begin + _TOPIC_CHARS)
        full_stop = _FULL_STOP.search(norm, begin, stop)
        if full_stop is not None:
            stop = full_stop.start() + 1
        if (speech := self.rules.and_speech.search(norm, begin, stop)) is not None:
            stop = speech.start()  # `announced it would cut jobs and said a filing ...`
        if not content and (said := self.rules.in_utterance.search(norm, begin, stop)):
            stop = said.start()  # `urged X to uphold Y in a carefully worded message`
        dash = None if content else _SPACED_DASH.search(norm, begin, stop)
        if dash is not None and _SPACED_DASH.search(norm, dash.end(), stop) is None:
            # `agreed to trade X for Y -- if the Bears can ...`: an aside, unless it closes
            stop = dash.start()
        for m in () if content else self.rules.topic_break.finditer(norm, begin, stop):
            if self.opens_clause(m.end(), stop):
                stop = m.start()  # `to boost his campaign as his rival shifted ...`
                break
        if not content and norm[max(0, begin - 4) : begin].lower().split()[-1:] == ["to"]:
            stop = self.purpose_start(begin + (norm[begin : begin + 1] == " "), stop)
        while stop > begin and norm[stop - 1] in ".!?\"' ":
            if norm[stop - 1] == "." and _ABBREVIATED.search(norm, max(begin, stop - 12), stop):
                break  # `between 7 a.m. and 8 p.m.`, `the U.S.`: initials keep their period
            stop -= 1
        return stop

    def purpose_start(self, begin: int, stop: int) -> int:
        """Where a topic that is an infinitive gives way to its purpose: `agreed to release
        all studies of its drugs to settle a lawsuit` ends before `to settle` (a verb of
        ``purpose_verbs``); not after a verb whose object does the next verb (`agreed to allow
        Iran to ease`; ``control_verbs``) nor right after the verb and one word."""
        norm = self.doc.norm
        first = _WORD.match(norm, begin)
        if first is None or first[0].lower() in self.rules.res.control_verbs:
            return stop
        res = self.rules.res
        for m in _TO_CLAUSE.finditer(norm, first.end(), stop):
            before = norm[first.end() : m.start()].split()
            if (
                len(before) >= 3
                and before[-3] == "in"
                and before[-2] in ("a", "an")
                and before[-1] in res.purpose_adjuncts
            ):
                # `agreed to limit flights ... in an effort to cut congestion`: the purpose
                return norm.rfind(" in ", first.end(), m.start())
            verb = _WORD.match(norm, m.end())
            if verb is not None and verb[0] in res.purpose_verbs:
                # `in a move to lower prices`, `an effort to curb`: the noun's own content
                if before[-2:] == ["in", "order"]:
                    return norm.rfind(" in order", first.end(), m.start())  # `in order to`
                if len(before) >= 2 and before[-1].lower() not in res.purpose_nouns:
                    return m.start()
                break
        return stop

    def opens_clause(self, pos: int, hi: int) -> bool:
        """Whether a clause starts at ``pos``: a subject (a determiner, a capitalized word or a
        subject pronoun first) and a finite verb a few tokens on, before ``hi``, not a
        participle before `by` (`as a disaster caused by floods` is no clause)."""
        tokens, res = self.doc.tokens, self.rules.res
        i = self.clauses.token_index(pos)
        if i >= len(tokens):
            return False
        first = tokens[i].text
        if not (
            first[0].isupper()
            or first.lower() in _grammar().determiners
            or first.lower() in _grammar().subject_pronouns
        ):
            return False
        for k in range(i + 1, min(len(tokens) - 1, i + 1 + res.topic_break_reach)):
            word = tokens[k].text
            if tokens[k].end > hi:
                break
            if not word.isalpha() or not word.islower():
                continue
            if word in res.finite_verbs or (
                word.endswith("ed")
                and tokens[k - 1].text.lower() not in _grammar().determiners
                and tokens[k + 1].text.lower() != "by"
            ):
                return True
        return False

    def place_list(self, np: tuple[int, int], hi: int) -> tuple[int, int]:
        """A place phrase with the places listed after it (`in the coast states of Alabama,
        Florida and Mississippi`), when every listed item is a place, or a name and two of
        them known places (`in Mandalay, Mawlamyine, Hpa-an, Taunggyi and Kyaing Tong`)."""
        items = self.clauses.name_list(np, hi)
        known = [
            any(m.participant.kind == "place" for m in self.clauses.overlapping(*item))
            for item in items
        ]
        if len(items) > 1 and (all(known) or (sum(known) > 1 and all(map(self.bare, items)))):
            return np[0], items[-1][1]
        return np

    def bare(self, item: tuple[int, int]) -> bool:
        """Whether a listed item is one place and nothing else, or a name of at most two
        capitalized words that names nothing else (`Hpa-an`, `Taunggyi and Kyaing Tong`)."""
        mentions = self.clauses.overlapping(*item)
        if any(m.participant.kind == "place" and (m.start, m.end) == item for m in mentions):
            return True
        parts = [p.split() for p in _AND.split(self.doc.norm[item[0] : item[1]])]
        return not mentions and all(
            0 < len(words) <= 2 and all(w[0].isupper() for w in words) for words in parts
        )

    def past_origin(self, pos: int, hi: int) -> int:
        """Past a firm's country after its name (`Tenovis GmbH of Germany`, the stop of
        `Ltd.` included): where the deal's price or other party may follow; ``pos`` when
        none."""
        m = _ORIGIN.match(self.doc.norm, pos, hi)
        if m is None:
            return pos
        np = self.clauses.noun_phrase_after(m.end(), hi)
        if np is None or np[0] != m.end() or self.place(*np) is None:
            return pos
        return np[1]

    def past_price(self, pos: int, hi: int) -> int:
        """Past the price right after an object (`for $2 billion`, `for 14.5 mln dlrs`,
        `worth more than $1 billion in new work`): where the deal's other party may follow;
        ``pos`` when none."""
        m = _price_opener().match(self.doc.norm, pos, hi)
        if m is None:
            return pos
        end = next((end for end in self.money_ends.get(m.end(), ()) if end <= hi), pos)
        what = _PRICE_OF.match(self.doc.norm, end, hi) if end > pos else None
        return what.end() if what is not None else end

    @cached_property
    def money_ends(self) -> dict[int, list[int]]:
        """The ends of the amounts of money by their starts (normalized offsets): a lookup
        per object, not a pass over every amount (which made long texts quadratic)."""
        ends: dict[int, list[int]] = {}
        for q in self.doc.quantities:
            if q.kind == "money":
                start, end = self.doc.local(q.span)
                ends.setdefault(start, []).append(end)
        return ends

    def adjacent(self, start: int, end: int) -> bool:
        """Whether only adverbs and time expressions lie between two offsets."""
        between = lexicon().between
        return all(
            t.text.lower() in between or self.clauses.in_time(t.start, t.end)
            for t in self.doc.tokens[
                self.clauses.token_index(start) : self.clauses.token_index(end)
            ]
        )

    def split_pair(self, np: tuple[int, int], role: str = "counterpart") -> list[Argument]:
        """`X and Y` -> two counterparts (or targets); one phrase otherwise."""
        text = self.doc.norm[np[0] : np[1]]
        m = _PAIR.search(text)
        parts = [np] if m is None else [(np[0], np[0] + m.start()), (np[0] + m.end(), np[1])]
        return [self.clauses.argument(role, s, e) for s, e in parts]


@cache
def _verb_words() -> frozenset[str]:
    """The first words of the verb triggers."""
    return frozenset(key.partition(" ")[0] for key in _rules().verb_type)


@cache
def _function_words() -> frozenset[str]:
    """Function words and determiners: no head of a phrase."""
    return lexicon().stop | lexicon().determiners


def _participle(trigger: str) -> bool:
    """Whether a verb trigger's last word can be a past participle (`sold`, `acquired`)."""
    last = trigger.lower().split()[-1]
    return last.endswith("ed") or last in lexicon().irregular_participles


def _place_cut(words: list[str]) -> int:
    """Where a phrase's place or complement opens (`The explosions | at X`), past the `of`
    of a collective noun (`A series of car bombings | in Baghdad`)."""
    grammar = _grammar()
    for k, w in enumerate(words):
        if w in grammar.attached_place and not (
            w == "of" and k > 0 and words[k - 1] in grammar.collectives
        ):
            return k
    return len(words)


def _venue(word: str) -> bool:
    """Whether a lower-case head names a place (`headquarters`; `palaces` as `palace`)."""
    low = word.lower()
    venues = lexicon().venues
    return low in venues or (low.endswith("s") and low[:-1] in venues)


def _last_index(words: list[str], word: str) -> int:
    """The index of the last ``word`` in ``words`` (which holds it)."""
    return len(words) - 1 - words[::-1].index(word)


def _head(phrase: str) -> str:
    """The head word of a noun phrase: the last word before `of` (`Shares of the airline`),
    before an abbreviation in brackets (`the Korea Composite Stock Price Index (KOSPI)`)."""
    words = _ABBREVIATION.sub("", phrase).lower().split() or phrase.lower().split()
    return words[: words.index("of", 1)][-1] if "of" in words[1:] else words[-1]


def _word_before_last(text: str, end: int, noun: str) -> str:
    """The word before the last mention of ``noun`` ahead of ``end``, lower case: what a
    definite `the blast` refers back to (`a colliery gas blast`: `gas`)."""
    found = regex.search(
        rf"(\w+)\s+{regex.escape(noun)}\b", text, regex.IGNORECASE | regex.REVERSE, endpos=end
    )
    return found.group(1).lower() if found else ""


def _noun_key(word: str) -> str:
    """An incident noun's key, singular and plural alike (`blast`, `blasts`)."""
    return word.lower().rstrip("s")


def _day(value: dt.date) -> dt.date:
    """The date of a time expression's bound (a datetime's day)."""
    return value.date() if isinstance(value, dt.datetime) else value


def _undergoer(etype: EventType, key: str) -> bool:
    """Whether a trigger's subject undergoes it: the trigger (its lexicon ``key``), or a
    phrase's first word, is one of the type's ``undergoer_verbs`` (`died`; `survived ...
    votes`)."""
    return key in etype.undergoer_verbs or key.partition(" ")[0] in etype.undergoer_verbs


def _overlaps(a: _Candidate, b: _Candidate) -> bool:
    return a.start < b.end and b.start < a.end


def _placed(event: Event, place: tuple[str, str | None], rule: str) -> Event:
    """``event`` at ``place`` (name, participant id), the rule that placed it added."""
    return event.model_copy(
        update={
            "location": place[0],
            "location_id": place[1],
            "rule": f"{event.rule}; {_FAMILY}.{rule}",
        }
    )


def extract(doc: Document) -> list[Event]:
    """Every event, in text order; a named event wins over a trigger it overlaps."""
    finder = _Finder(doc)
    named = finder.named_events()
    candidates = list(named)
    for c in finder.triggers():
        if any(_overlaps(c, n) for n in named):
            doc.reject(_FAMILY, c.start, c.end, c.rule, "inside a named event")
        else:
            candidates.append(c)
    candidates.sort(key=lambda c: c.start)
    events = [e for e in map(finder.build, candidates) if e is not None]
    events = finder.episodes(events)
    events = finder.retold(events)
    events = finder.on_trip(events)
    if finder.whereabouts or finder.scenes:
        events = finder.with_whereabouts(events)
    events = finder.with_station(events)
    return finder.at_dateline(events) if doc.dateline is not None else events
