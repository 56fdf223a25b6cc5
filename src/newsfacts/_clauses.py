"""Clause reading shared by the statements and events stages.

Both stages need the same few things around a verb: the noun phrase before it (the
subject or speaker), the one after it (the object), where its clause ends, and which
participant a phrase names, pronouns (`he`) and descriptions (`the minister`) included.
Participants come from ``doc.participants``; when none overlaps, callers keep the text.
"""

from __future__ import annotations

import weakref
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import compress, pairwise
from operator import attrgetter, itemgetter

import regex
from pydantic import model_validator

from newsfacts.dateline import agency_text_forms
from newsfacts.document import Document
from newsfacts.gazetteer import country_of_demonym, find_place
from newsfacts.model import Argument, Participant, ParticipantKind, Span, constructor
from newsfacts.patterns import alternation
from newsfacts.resources import ResourceModel, load
from newsfacts.text import rstrip_end

__all__ = ["Clauses", "Mention", "clauses_of"]

_new_argument = constructor(Argument)  # validated without the Python-level `__init__`

# Kinds in the order a phrase's participant is chosen (`the ISO Secretary General Mujica`).
_KIND_RANK: dict[str, int] = {"person": 0, "organization": 1, "place": 2}
_MAX_NP_TOKENS = 30
_MAX_LOWER_WORDS = 4
_ANTECEDENT_WINDOW = 3000  # characters searched back for a pronoun's antecedent
# `'s sister, ` after a possessor: the appositive after it is the subject
_OWNED = regex.compile(r"'s(?:\s+[\w-]+){1,3},\s+")
_LONGEST_MENTION = 300  # characters; a mention starting further back cannot overlap
_MAX_SUBJECT_WORDS = 10  # tokens of a subject before a participle set off by commas
_MAX_APPOSITIVE = 14  # tokens in an appositive or relative clause skipped before a verb
_MAX_RELATIVE = 24  # tokens in a `, who ...,` clause: its pronoun bounds it
_MAX_DASHED = 30  # tokens in one set off by dashes (` - which was contracted by ... - `)
_COMMON_HEAD = regex.compile(
    r"(?<!\S)(\p{Ll}[\w-]*)\s+(?:of|at|in|near|outside|to\s+\p{Ll}+)\s", regex.VERSION1
)  # `the quakes to hit Japan`: an infinitive after the head
# the same head capitalized as a sentence's first word (`Workers at X`, `Employees of X`)
_OPENING_HEAD = regex.compile(r"(\p{Lu}\p{Ll}+)\s+(?:of|at|in|near|outside)\s", regex.VERSION1)
_AND = regex.compile(r"\s+and\s+")
_NATIONALITY_ENDINGS = ("an", "ese", "ish", "ch", "i")  # `Indonesian`, `Japanese`, `Dutch`
_COMMA_AND = regex.compile(r"\s*,\s+and\s+")
_OF = regex.compile(r"\sof\s")
# A pronoun with its auxiliary contracted (`we've`, `they're`, `I'd`).
_CONTRACTED = regex.compile(r"(\w+)['’](?:ve|re|ll|d)", regex.IGNORECASE)
# An amount after `by` (`outlays by some 8 billion dlrs`, `by 19 pct`; not a year, `a balanced
# budget by 1991`): a measure, no agent.
_BY_AMOUNT = regex.compile(
    r"\s+(?:(?:some|about|around|nearly|almost|roughly|up\s+to|more\s+than|less\s+than)\s+)?(?!(?:19|20)\d\d\b)[\d$]"
)
_POSSESSIVE = regex.compile(r" ?'s\b")  # `Merkel's`, AG News `Sri Lanka 's`
_CLOSERS = {")": "(", ">": "<"}
_RELATIVE_CLAUSE = regex.compile(r"(?<=\w)\s+(?:who|which|that)\s")
# `quakes to hit ` right before a phrase: a noun, `to` and a bare verb (matched at the end)
_INFINITIVE_BEFORE = regex.compile(r"(?<!\S)(?P<noun>\p{Ll}+)\s+to\s+\p{Ll}+\s+$", regex.VERSION1)
# (`new research on how germs thrive in the body suggests`: a question after a preposition is
# a clause inside the subject, like a relative one)
_DIGIT_COMMA = regex.compile(r"\d,\d")
_WH_CLAUSE = regex.compile(
    r"(?<=\w)\s+(?:who|whose|which|(?:on|about|of|into|over)\s+(?:how|why|whether|what))\s"
)
_APPOSITION = regex.compile(r"\s*,\s*([^,]{1,80}),")
_MAX_CONJUNCT_WORDS = 6  # words of each side of `X and Y` read as two parties
_MAX_LIST_TOKENS = 40  # tokens in a list of names (tickers included) before a verb
_MAX_LIST_ITEMS = 12  # names in a list after a verb (`with Saudi Arabia, Iraq, ...`)
_MAX_LIST_ITEM_TOKENS = 6  # tokens in one listed name
_LIST_JOINT = regex.compile(r",\s+(?:and\s+)?|\s+and\s+")
_COMMA = regex.compile(r",")
_MAX_LIST = 6  # conjuncts before the last two of a subject list cut at its commas
_MAX_CONJUNCT = 4  # tokens in a conjunct joined to an object (`and its arena`)
_MAX_OF_COMPLEMENTS = 2  # `of`-complements in one noun phrase (`a part of the stake of X`)
_CLOSING = frozenset({".", ",", ";", ":", ")", "-"})
_CONJUNCT = regex.compile(
    r"\s+(?:and|as\s+well\s+as)\s+((?:its|their|his|her|the|an?)\s|(?=\p{Ll}))", regex.VERSION1
)
_WITH = regex.compile(r"\s+with\s+")
_TO_INFINITIVE = regex.compile(r"\s+to\s+\p{Ll}", regex.VERSION1)


_CLOSED_CLASSES = (
    "prepositions",
    "time_prepositions",
    "conjunctions",
    "ordinals",
    "relatives",
    "appositive_openers",
    "attaching",
    "owners",
    "on_against",
    "on_sides",
    "list_openers",
    "lone_titles",
    "office_qualifiers",
    "named_descriptions",
    "by_verbs",
    "determiner_adjectives",
    "own_clause_blockers",
    "subject_pronouns",
)


class _Lexicon(ResourceModel):
    stop: frozenset[str]
    connectors: frozenset[str]
    determiners: frozenset[str]
    venues: frozenset[str]
    between: frozenset[str]
    purpose_heads: frozenset[str]
    adverbs: frozenset[str]
    ly_nouns: frozenset[str]
    ly_adjectives: frozenset[str]
    control_verbs: frozenset[str]
    particle_control_verbs: frozenset[str]
    control_particles: frozenset[str]
    participle_adverbs: frozenset[str]
    irregular_participles: frozenset[str]
    pronouns: dict[str, ParticipantKind]
    descriptions: dict[ParticipantKind, frozenset[str]]
    name_subject_verbs: frozenset[str]
    title_abbreviations: frozenset[str]
    on_heads: frozenset[str]
    group_heads: frozenset[str]
    to_heads: frozenset[str]
    floating_quantifiers: frozenset[str]
    leading_adverbs: frozenset[str]
    clause_verbs: frozenset[str]
    clause_taking: frozenset[str]
    belief_verbs: frozenset[str]
    disposition_adjectives: frozenset[str]
    genders: dict[str, frozenset[str]]
    pronoun_genders: dict[str, str]
    prepositions: frozenset[str]
    time_prepositions: frozenset[str]
    conjunctions: frozenset[str]
    ordinals: frozenset[str]
    relatives: frozenset[str]
    appositive_openers: frozenset[str]
    attaching: frozenset[str]
    owners: frozenset[str]
    on_against: frozenset[str]
    on_sides: frozenset[str]
    list_openers: frozenset[str]
    lone_titles: frozenset[str]
    office_qualifiers: frozenset[str]
    named_descriptions: frozenset[str]
    by_verbs: frozenset[str]
    determiner_adjectives: frozenset[str]
    own_clause_blockers: frozenset[str]
    subject_pronouns: frozenset[str]
    firm_suffixes: frozenset[str]

    @model_validator(mode="after")
    def _closed_lower_case(self) -> _Lexicon:
        """Closed-class words are matched lower-cased: a capital in the data never matches."""
        for name in _CLOSED_CLASSES:
            words: frozenset[str] = getattr(self, name)
            if bad := [w for w in words if w != w.lower() or not w.strip()]:
                raise ValueError(f"clauses.{name}: not lower-case words: {bad}")
        return self

    @cached_property
    def firm_comma(self) -> regex.Pattern[str]:
        """A firm's name with a comma inside (`Sears, Roebuck and Co.`): one name."""
        suffixes = "|".join(regex.escape(s) for s in sorted(self.firm_suffixes, key=len)[::-1])
        return regex.compile(
            rf"\p{{Lu}}[\w&'-]*,\s+\p{{Lu}}[\w&'-]*(?:\s+(?:and|&))?\s+(?:{suffixes})(?!\w)"
        )

    @cached_property
    def attaching_or_prepositions(self) -> frozenset[str]:
        """Prepositions that attach a phrase or open an adjunct."""
        return self.attaching | self.prepositions


@cache
def _agency_names() -> frozenset[str]:
    """Canonical names of the news agencies (`Associated Press`, `Xinhua`)."""
    return frozenset(agency_text_forms().values())


@cache
def lexicon() -> _Lexicon:
    return load("clauses", _Lexicon)


# A clause ends at `;`, at a comma that is not inside a number or a date (`22, 2023`),
# or before a conjunction that opens another clause (`and,` before an interjected phrase:
# `and, amid ... deals, played down`, the subject's next predicate).
_CLAUSE_END = regex.compile(
    r";|\s(?:and|or)(?=,)|,(?!\s*\d{4}\b)(?<!\d,(?=\d))|\s(?:but|while|whereas|although|though)\s"
    r"|\s-\s|\(\s*\p{Ll}",
    regex.VERSION1,
)


@cache
def _own_clauses() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """Two clauses of their own inside a clause, their closed word sets from clauses.toml.

    A plural noun with a perfect after it, right after a noun (`jailed X in a case prosecutors
    had linked to a plot in Y`, whose place is not the trigger's; not after a determiner or
    `that`: `announced that the companies have signed`), searched only where ` had ` or
    ` have ` is; and `as` before a subject and a past verb (`posted higher earnings as
    business in X helped offset weakness in Y`: Y is not where it posted; not `as a part of`,
    nor `as chief of the company he helped found`), searched only where ` as ` is.
    """
    lex = lexicon()
    blockers = alternation(lex.own_clause_blockers, boundary=False)
    pronouns = alternation(lex.subject_pronouns, boundary=False)
    perfect = regex.compile(
        rf"(?<=\b(?!{blockers}\b)\p{{Ll}}{{3,}})"
        r"\s(?=\p{Ll}+s\s+ha(?:d|ve)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed\b)",
        regex.VERSION1,
    )
    as_clause = regex.compile(
        rf" (?=as\s+(?!(?:a|an)\s)(?:[\w'-]+\s+){{1,8}}?(?<!\b{pronouns}\s)\p{{Ll}}{{2,}}ed\s)",
        regex.VERSION1,
    )
    return perfect, as_clause


_BOUNDS = attrgetter("start", "end")
_SPAN = attrgetter("span")
_START = attrgetter("start")


@dataclass(frozen=True, slots=True)
class Mention:
    """A participant mention in normalized offsets."""

    start: int
    end: int
    participant: Participant


def clauses_of(doc: Document) -> Clauses:
    """The document's clause index, built on first use once its participants, times and
    quantities are known (statements and events share it)."""
    if doc.clauses is None:
        doc.clauses = Clauses(doc)
    return doc.clauses


class Clauses:
    """One document's mentions, tokens and time spans, indexed for clause-level lookups."""

    def __init__(self, doc: Document) -> None:
        # a proxy: the document holds this index (``doc.clauses``), so a plain reference back
        # would make a cycle that only the garbage collector frees
        self.doc = weakref.proxy(doc)
        # most texts keep their offsets when normalized: a span's own (start, end), read in C
        local: Callable[[Span], tuple[int, int]] = (
            _BOUNDS if doc.normalized.offsets is None else doc.local
        )
        mentions = [
            Mention(*local(span), participant)
            for participant in doc.participants
            for span in participant.mentions
        ]
        mentions.sort(key=_BOUNDS)
        self.mentions = mentions
        self._mention_starts = list(map(_START, mentions))
        self.tokens = doc.tokens
        self._token_starts = list(map(itemgetter(0), self.tokens))  # Token.start, in C
        self.times = sorted(map(local, map(_SPAN, doc.times)))
        self._time_starts = list(map(itemgetter(0), self.times))
        self.quantities = sorted(map(local, map(_SPAN, doc.quantities)))
        self._quantity_starts = list(map(itemgetter(0), self.quantities))
        self._name_subjects: list[int] | None = None  # built on first use (one pass)
        self._genders: dict[str, str | None] = {}
        self._phrases_after: dict[tuple[int, int, int], tuple[int, int] | None] = {}
        self._clause_ends: dict[tuple[int, int], int] = {}
        self._dateline_end = local(doc.dateline.span)[1] if doc.dateline is not None else None

    # -- tokens and clauses ------------------------------------------------------------

    def token_index(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect_left(self._token_starts, offset)

    def quantity_at(self, offset: int) -> tuple[int, int] | None:
        """The quantity (normalized offsets) that holds ``offset``, if any."""
        i = bisect_right(self._quantity_starts, offset) - 1
        if i >= 0 and offset < self.quantities[i][1]:
            return self.quantities[i]
        return None

    def in_time(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies inside a time expression."""
        i = bisect_right(self._time_starts, start) - 1
        # time expressions do not nest, so the one starting last before `start` decides
        return i >= 0 and end <= self.times[i][1]

    def place_comma(self, i: int) -> int | None:
        """For the comma at token ``i`` closing a place after a place (`Nairobi, Kenya,`):
        the index of the comma opening it, else None."""
        if i < 3 or self.tokens[i].text != ",":
            return None
        k = self.token_index(self.tokens[i].start) - 1
        place = next(
            (
                m
                for m in self.overlapping(self.tokens[k].start, self.tokens[k].end)
                if m.participant.kind == "place" and m.end == self.tokens[k].end
            ),
            None,
        )
        if place is None:
            return None
        j = self.token_index(place.start) - 1
        if j < 1 or self.tokens[j].text != "," or not self.tokens[j - 1].text[0].isupper():
            return None
        return j

    def place_comma_opening(self, i: int) -> bool:
        """Whether the comma at token ``i`` opens a place after a place (`Nairobi, Kenya`)."""
        if i + 1 >= len(self.tokens) or not self.tokens[i - 1].text[0].isupper():
            return False
        nxt = self.tokens[i + 1]
        return any(
            m.participant.kind == "place" and m.start == nxt.start
            for m in self.overlapping(nxt.start, nxt.end)
        )

    def _place_list(self, i: int, listed: bool) -> int | None:
        """For the comma at token ``i`` opening `, Kenya, and` after a place: the index of
        the token after the country when `, and` follows it (or, ``listed`` already, the
        list's last country), else None."""
        if not self.place_comma_opening(i):
            return None
        nxt = self.tokens[i + 1]
        end = max(m.end for m in self.overlapping(nxt.start, nxt.end) if m.start == nxt.start)
        k = self.token_index(end)
        if listed:
            return k
        if k + 1 < len(self.tokens) and self.tokens[k].text == ",":
            return k if self.tokens[k + 1].text.lower() == "and" else None
        return None

    def dated_modifier(self, comma: int) -> tuple[int, int] | None:
        """`The Aug. 7, 1998, bombings`: the date between a determiner and the comma at
        ``comma`` that closes it (AP style), else None."""
        i = bisect_right(self._time_starts, comma) - 1
        if i < 0 or self.times[i][1] != comma:
            return None
        k = self.token_index(self.times[i][0]) - 1
        if k < 0 or self.tokens[k].text.lower() not in lexicon().determiners:
            return None
        return self.times[i]

    def firm_around(self, comma: int, lo: int) -> int | None:
        """Where a firm's name with the comma at ``comma`` inside starts (`Sears, Roebuck and
        Co.`; ``firm_suffixes``), else None."""
        start = max(lo, self.doc.norm.rfind(" ", lo, comma) + 1)
        found = lexicon().firm_comma.match(self.doc.norm, start)
        return start if found is not None and found.end() > comma else None

    def number_in_relative(self, comma: int, lo: int) -> bool:
        """Whether ``comma`` is a number's inside a relative clause (`a coin which is nearly
        1,900 years old ... is to be sold`): it closes no clause, the antecedent is the
        subject; elsewhere the number may open the subject (`and over 1,000 injured`)."""
        norm = self.doc.norm
        before = norm.rfind(",", lo, comma)
        return (
            _DIGIT_COMMA.match(norm, comma - 1) is not None
            and _RELATIVE_CLAUSE.search(norm, max(lo, before + 1), comma) is not None
        )

    def skip_time(self, pos: int, limit: int) -> int:
        """``pos`` moved past a time expression right after it (`on Friday`), if any."""
        i = self.token_index(pos)
        if i < len(self.tokens) and self.tokens[i].text.lower() in lexicon().time_prepositions:
            i += 1
        k = bisect_right(self._time_starts, self.tokens[i].start if i < len(self.tokens) else pos)
        if i < len(self.tokens) and k > 0 and self.times[k - 1][0] == self.tokens[i].start:
            return min(self.times[k - 1][1], limit)
        return pos

    def clause_end(self, pos: int, limit: int) -> int:
        """Where the clause running from ``pos`` ends (at most ``limit``); read once per
        document (a fifth of the calls ask again: an event's checks read its clause)."""
        key = (pos, limit)
        if key not in self._clause_ends:
            self._clause_ends[key] = self._clause_end(pos, limit)
        return self._clause_ends[key]

    def _clause_end(self, pos: int, limit: int) -> int:
        norm = self.doc.norm
        for m in _CLAUSE_END.finditer(norm, pos, limit):
            if not self.in_time(m.start(), m.end()) and not (
                norm.startswith(", ", m.start())
                and norm[m.start() + 2 : m.start() + 3].isupper()
                and self.firm_around(m.start(), pos) is not None
            ):
                limit = m.start()
                break
        perfect, as_clause = _own_clauses()
        if norm.find(" had ", pos, limit) != -1 or norm.find(" have ", pos, limit) != -1:
            own = perfect.search(norm, pos, limit)
            limit = own.start() if own is not None else limit
        if (k := norm.find(" as ", pos, limit)) != -1:
            own = as_clause.search(norm, k, limit)
            limit = own.start() if own is not None else limit
        return limit

    # -- noun phrases ------------------------------------------------------------------

    def skip_back(self, pos: int, lo: int) -> int | None:
        """Move left over adverbs, auxiliaries, time expressions, appositives (`Abboud,
        installed as CEO by X, resigned`) and a relative pronoun between subject and verb.

        None when the verb is an infinitive after a noun (`a campaign to sell`), whose
        subject the clause does not give.
        """
        lex = lexicon()
        tokens = self.tokens
        i = self.token_index(pos) - 1
        while i >= 0 and tokens[i].start >= lo:
            tok = tokens[i]
            low = tok.text.lower()
            if low in lex.conjunctions:
                return None  # `... and injured 1,000`: the subject is the earlier verb's
            passive_infinitive = i + 1 < len(tokens) and tokens[i + 1].text == "be"
            if low == "to" and i > 0 and not passive_infinitive:
                before = tokens[i - 1]
                if before.text.lower() not in lex.between and not self.in_time(
                    before.start, before.end
                ):
                    return None
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            timed = (
                nxt is not None
                and low in lex.time_prepositions
                and self.in_time(nxt.start, nxt.end)
            )
            adverb = (
                low.endswith("ly")
                and i > 0
                and tokens[i - 1].text.lower() in lex.between
                and tok.text[0].islower()
            )  # `was originally introduced`
            if low in lex.between or timed or adverb or self.in_time(tok.start, tok.end):
                pos = tok.start
                i -= 1
                continue
            if low in lex.relatives and i > 0 and tokens[i - 1].text[0].isalnum():
                return tok.start  # `a man who died`: the noun before the pronoun
            if low in lex.relatives and i > 1 and tokens[i - 1].text == ",":
                return tokens[i - 1].start  # `President Assad, who was sworn in`
            if tok.text in (",", "-") and (j := self._appositive(i, lo)) is not None:
                pos = tokens[j].start
                i = j  # the opening comma may close another appositive
                continue
            if (j := self.place_comma(i)) is not None and tokens[j].start >= lo:
                return tokens[i].start  # `in Nairobi, Kenya, and Dar es Salaam, Tanzania,`
            break
        return pos

    def _appositive(self, i: int, lo: int) -> int | None:
        """Index of the comma (or dash) opening an appositive that ends with the one at
        ``i``; dashes pair unambiguously, so theirs may be longer."""
        lex = lexicon()
        mark = self.tokens[i].text
        longest = _MAX_APPOSITIVE if mark == "," else _MAX_DASHED
        j = i - 1
        while j >= 0 and self.tokens[j].start >= lo and self.tokens[j].text != mark:
            j -= 1
        if j < 1 or self.tokens[j].start < lo:
            return None
        first = self.tokens[j + 1].text
        if not 1 < i - j <= (_MAX_RELATIVE if first.lower() == "who" else longest):
            return None
        named = self.tokens[j - 1].text[0].isupper()  # `Boris Gryzlov, chairman of X,`
        if first.lower() in lex.appositive_openers or first.lower() in lex.determiners:
            return j
        if self.skip_time(self.tokens[j + 1].start, self.tokens[i].start) == self.tokens[i].start:
            return j  # `The market blasts, on March 3, killed`: a time set off by commas
        if named and (first[0].islower() or (first.isdigit() and i - j == 2)):
            return j  # `Boris Gryzlov, chairman of X,`, `John Smith, 45,`
        if self._participle_phrase(j + 1, i) and self._short_subject(lo, j):
            return j  # `US officials, still hoping to revive talks, held a meeting`
        return self._list_opener(i, lo)

    def _short_subject(self, lo: int, j: int) -> bool:
        """Whether what stands before the comma at ``j`` (from ``lo``) can be a subject alone:
        a few words, no auxiliary (not `The government would remove X, giving them Y, said
        Song`, where the participle ends what was said)."""
        first = max(0, j - _MAX_SUBJECT_WORDS - 1)
        words = [t.text.lower() for t in self.tokens[first:j] if t.start >= lo]
        return len(words) <= _MAX_SUBJECT_WORDS and not any(w in lexicon().between for w in words)

    def _participle_phrase(self, k: int, end: int) -> bool:
        """Whether tokens ``k`` to ``end`` open with a present participle (`citing weak
        demand`), maybe after one adverb (`still hoping to`): a phrase set off by commas."""
        words = [t.text for t in self.tokens[k : min(end, k + 2)]]
        adverbs = lexicon().participle_adverbs
        if len(words) == 2 and (words[0].endswith("ly") or words[0].lower() in adverbs):
            words = words[1:]
        word = words[0] if words else ""
        return word.islower() and word.isalpha() and len(word) > 5 and word.endswith("ing")

    def _list_opener(self, i: int, lo: int) -> int | None:
        """Index of `including` / `such as` opening a list of names that ends with the
        comma at ``i`` (`companies including X Inc. <TXN.N>, Y and Z Corp. <BRCM.O>, said`)."""
        k = i - 1
        while k > 0 and self.tokens[k].start >= lo and i - k <= _MAX_LIST_TOKENS:
            low = self.tokens[k].text.lower()
            if low in lexicon().list_openers and self.tokens[k - 1].text[0].isalnum():
                return k
            if low in lexicon().stop:
                return None  # a clause, not a list of names
            k -= 1
        return None

    def subject(self, pos: int, sent_start: int) -> tuple[int, int] | None:
        """The subject of a verb at ``pos``: the noun phrase before it in its clause."""
        if self._dateline_end is not None:
            # the dateline opens the first sentence but is no part of its subject
            sent_start = max(sent_start, min(self._dateline_end, pos))
        skipped = self.skip_back(pos, sent_start)
        if skipped is None:
            return self.controller(pos, sent_start)
        first = self.doc.norm[skipped:pos].split()[:1]
        if first and first[0].lower() in lexicon().disposition_adjectives:
            # `held by Iraqi guerrillas willing to negotiate`: the phrase the adjective
            # describes, even a preposition's object, does what follows
            described = self.noun_phrase_before(skipped, sent_start, attach=False, governed=True)
            if described is not None:
                return described
        pos = skipped
        lo = sent_start
        comma = self.doc.norm.rfind(",", sent_start, pos)
        while comma != -1:
            k = self.token_index(comma)
            if (dated := self.dated_modifier(comma)) is not None:
                comma = self.doc.norm.rfind(",", sent_start, dated[0])
            elif (j := self.place_comma(k)) is not None:
                comma = self.doc.norm.rfind(",", sent_start, self.tokens[j].start)
            elif (k > 0 and self.place_comma_opening(k)) or self.number_in_relative(
                comma, sent_start
            ):
                comma = self.doc.norm.rfind(",", sent_start, comma)
            else:
                break
        if comma != -1 and not self.in_time(comma, comma + 1) and self.quantity_at(comma) is None:
            lo = comma + 1
        # before `who`, the antecedent alone (`a man who died`, not `the sister of a man`)
        pronoun = self.doc.norm[pos : pos + 8].lstrip(", ").split()[:1]
        relative = pronoun in (["who"], ["which"], ["that"])
        # `the chief of GM, who resigned` is the chief; `the chief of GM, which filed` is GM
        attach = not relative or (pronoun == ["who"] and self.doc.norm[pos] == ",")
        found = self.noun_phrase_before(pos, lo, attach=attach, governed=relative)
        if found is None and not relative:
            # `The sister of a man who died after a clash with police has demanded`: the
            # phrase before the relative clause
            rel = _RELATIVE_CLAUSE.search(self.doc.norm, lo, pos)
            if rel is not None:
                found = self.noun_phrase_before(rel.start(), lo)
        elif found is not None and not relative:
            # `A man whose house was a bomb factory was arrested`: the phrase before a
            # short relative clause, not the object inside it
            rels = list(_WH_CLAUSE.finditer(self.doc.norm, lo, found[0]))
            near = rels and self.token_index(found[0]) - self.token_index(rels[-1].end()) <= 4
            head = self.noun_phrase_before(rels[-1].start(), lo) if near else None
            if head is not None:
                found = head
        if (
            found is None
            and not relative
            and self.noun_phrase_before(pos, lo, governed=True) is not None
        ):
            # the phrase before the verb is a prepositional object: the subject is longer
            found = self._clause_head(lo, pos)
        elif found is not None:
            found = self._appositive_list(
                self._listed(self._coordinated(found, lo), lo, sent_start), sent_start
            )
        found = self._after_time(self._infinitive_head(found, lo))
        if (
            found is not None
            and (comma := self.doc.norm.rfind(",", sent_start, found[0])) != -1
            and not self.doc.norm[comma + 1 : found[0]].strip()
            and (firm := self.firm_around(comma, sent_start)) is not None
        ):
            found = (firm, found[1])  # `Sears, Roebuck and Co.`: one name
        return found if relative else self._participle_subject(found, lo)

    def _participle_subject(self, found: tuple[int, int] | None, lo: int) -> tuple[int, int] | None:
        """`A Russian rocket carrying a new crew to the station lifted off`: a phrase that is
        the object of a present participle after the clause's first noun phrase is no
        subject; that noun phrase is."""
        if found is None:
            return None
        k = self.token_index(found[0])
        if not self.tokens[k].text.endswith("ing") or self.tokens[k].end >= found[1]:
            k -= 1  # the participle before the phrase, or opening it (`carrying two X`)
        if k < 1 or self.tokens[k].start < lo:
            return found
        word = self.tokens[k].text
        if not (word.isalpha() and word.islower() and word.endswith("ing") and len(word) > 6):
            return found  # not `bring`, `thing`, `spring`
        if word in lexicon().stop:
            return found
        head = self.noun_phrase_before(self.tokens[k].start, lo, attach=False)
        if head is None or self.doc.norm[lo : head[0]].strip(" -,"):
            return found
        last = self.tokens[k - 1].text.lower()
        if last in lexicon().ordinals or last in lexicon().determiners or last.endswith("'s"):
            # `the latest killing bring the number`, `the world's leading supplier`: an
            # adjective or a noun in -ing
            return found
        return head

    def _infinitive_head(self, found: tuple[int, int] | None, lo: int) -> tuple[int, int] | None:
        """`the deadliest quakes to hit Japan in a decade killed 23`: a phrase that is the
        object of an infinitive after a noun is part of that noun's phrase, the subject."""
        if found is None:
            return None
        m = _INFINITIVE_BEFORE.search(self.doc.norm, lo, found[0])
        if m is None or m["noun"].lower() in lexicon().between:
            return found
        if m["noun"].lower() in lexicon().purpose_heads:
            return found  # `in a bid to save the lives of 10 employees kidnapped`: a purpose
        head = self.noun_phrase_before(m.end("noun"), lo)
        return (head[0], found[1]) if head is not None else found

    def _after_time(self, found: tuple[int, int] | None) -> tuple[int, int] | None:
        """`said Tuesday net profit jumped`: a time opening a subject belongs to the verb
        before it, no part of the subject; a hyphenated one is the noun's modifier
        (`said third-quarter profit rose`: the subject is the whole phrase)."""
        if found is None:
            return None
        k = bisect_left(self.times, (found[0], found[0]))
        if k == len(self.times) or self.times[k][0] != found[0] or self.times[k][1] >= found[1]:
            return found
        if "-" in (modifier := self.doc.norm[self.times[k][0] : self.times[k][1]]) and not any(
            ch.isspace() for ch in modifier
        ):
            return found
        before = self.token_index(found[0]) - 1
        i = self.token_index(self.times[k][1])
        if (
            before >= 0
            and self.tokens[before].text.isalpha()
            and self.tokens[before].text.islower()  # a verb: `said Tuesday`, not `Monday's`
            and i < len(self.tokens)
            and self.tokens[i].start < found[1]
            and not self.doc.norm.startswith("'s", self.times[k][1])
        ):
            return self.tokens[i].start, found[1]
        return found

    def _listed(self, found: tuple[int, int], lo: int, sent_start: int) -> tuple[int, int]:
        """`Sergei Lavrov of Russia, Wang Yi of China and S. Jaishankar of India met`: the
        last conjuncts of a list cut at its commas take the ones before, when every one is a
        whole noun phrase that names someone and the list opens the sentence (after an
        opening adverbial: `At the Truman Library, the ministers of X of Poland, ...`)."""
        norm = self.doc.norm
        first = self.token_index(lo)
        if (
            lo <= sent_start
            or first >= len(self.tokens)
            or self.tokens[first].start != found[0]
            or not _AND.search(norm, found[0], found[1])
        ):
            return found
        comma, start = lo - 1, found[0]
        for _ in range(_MAX_LIST):
            before = norm.rfind(",", sent_start, comma)
            while before != -1 and self.quantity_at(before) is not None:
                before = norm.rfind(",", sent_start, before)  # `5,000`: no item's comma
            k = self.token_index(before + 1 if before != -1 else sent_start)
            if k >= len(self.tokens):
                return found
            # items of a list of names: `the home of a large number of Cuban exiles, officials
            # of the X and Y Service said` lists nothing
            item = self.noun_phrase_after(self.tokens[k].start, comma, complements=0)
            end = rstrip_end(norm, comma)
            if (
                item is None
                or item[1] != end
                or not (self._names(*item) or self._kinds(item, found))
            ):
                opening = before == -1 and self.tokens[k].text.lower() in lexicon().stop
                return (start, found[1]) if opening else found
            if before == -1:
                return item[0], found[1]
            comma, start = before, item[0]
        return found

    def _kinds(self, item: tuple[int, int], found: tuple[int, int]) -> bool:
        """`More than 5,000 scientists, conservationists and politicians meet`: an item of a
        list of kinds of people, bare plurals like the last two conjuncts (a count may open
        the first), no clause."""
        lex = lexicon()

        def bare(lo: int, hi: int) -> bool:
            quantity = self.quantity_at(lo)
            if quantity is not None and quantity[0] == lo:
                lo = quantity[1]
            words = self.doc.norm[lo:hi].split()
            return (
                0 < len(words) <= _MAX_CONJUNCT
                and words[-1].endswith("s")
                and all(w.isalpha() and w.islower() and w not in lex.stop for w in words)
            )

        return bare(*item) and all(bare(lo, hi) for lo, hi in self._and_sides(found))

    def _and_sides(self, span: tuple[int, int]) -> list[tuple[int, int]]:
        """The two sides of the first `and` in ``span`` (none without one)."""
        m = _AND.search(self.doc.norm, *span)
        return [(span[0], m.start()), (m.end(), span[1])] if m is not None else [(0, 0)]

    def controller(self, pos: int, lo: int) -> tuple[int, int] | None:
        """`forced Apple Inc. to lower its prices`, `urged the two sides to hold talks`:
        the object of a control verb is the subject of the infinitive at ``pos``."""
        i = self.token_index(pos) - 1
        if i < 1 or self.tokens[i].text.lower() != "to":
            return None
        found = self.noun_phrase_before(self.tokens[i].start, lo, attach=False, governed=True)
        if found is None:
            return None
        j = self.token_index(found[0]) - 1
        if j < 0 or self.tokens[j].start < lo:
            return None
        lex, word = lexicon(), self.tokens[j].text.lower()
        if word in lex.control_particles and j > 0 and self.tokens[j - 1].start >= lo:
            word = self.tokens[j - 1].text.lower()  # `called on Blair to make`
            return found if word in lex.particle_control_verbs else None
        return found if word in lex.control_verbs else None

    def shared_subject(self, pos: int, sent_start: int) -> tuple[int, int] | None:
        """`Jobs welcomed everyone to the event and announced`: a verb right after `and`
        shares the subject that opens its sentence, when that names a participant."""
        i = self.token_index(pos) - 1
        while i >= 0 and self.tokens[i].text.lower() in lexicon().between:
            i -= 1
        if i < 1 or self.tokens[i].text.lower() != "and":
            return None
        return self.opening_subject(self.tokens[i].start, sent_start)

    def opening_subject(self, end: int, sent_start: int) -> tuple[int, int] | None:
        """The subject that opens a sentence, before ``end``, when it names a participant
        or a name and a verb, not a comma, follows it."""
        if self._dateline_end is not None:
            sent_start = max(sent_start, min(self._dateline_end, end))
        k = self.token_index(sent_start)
        if (
            k >= len(self.tokens)
            or not self.tokens[k].text[0].isupper()
            or self.tokens[k].text.lower() in lexicon().stop  # `In a statement, ...`
        ):
            return None
        found = self.noun_phrase_after(self.tokens[k].start, end)
        if found is None:
            return None
        words = self.doc.norm[found[0] : found[1]].split()
        if (
            self.participant_in(*found) is None
            and not all(w[0].isupper() for w in words)
            # `The Madrid council`: a description of an organization or place
            and not any(words[-1].lower() in nouns for nouns in lexicon().descriptions.values())
        ):
            return None  # neither a participant nor a name nor a description
        nxt = self.token_index(found[1])
        if nxt >= len(self.tokens) or self.tokens[nxt].text in (",", ";", ":"):
            return None  # `X, the maker of Y, and ...`: not a subject before its verb
        return found

    def participle_head(self, pos: int, lo: int) -> tuple[int, int] | None:
        """`Bin Laden, indicted as ...`: the noun phrase a participle right after a comma
        modifies (its subject undergoes it), else None."""
        i = self.token_index(pos) - 1
        if i < 1 or self.tokens[i].text != "," or self.tokens[i].start < lo:
            return None
        return self.noun_phrase_before(self.tokens[i].start, lo, attach=False)

    def nearest_phrase(self, pos: int, lo: int) -> tuple[int, int] | None:
        """The noun phrase right before ``pos`` without the phrases it attaches to (`a
        mother and her seven children` in `a funeral for a mother and her seven children`)."""
        found = self.noun_phrase_before(pos, lo, attach=False, governed=True)
        if found is None:
            return None
        i = self.token_index(found[0])
        if i > 1 and self.tokens[i - 1].text.lower() == "and":
            left = self.noun_phrase_before(
                self.tokens[i - 1].start, lo, attach=False, governed=True
            )
            # `eight of them Americans and over 1,000 injured`: a count joins only a count
            counted = self.quantity_at(found[0]) is not None
            if left is not None and (self.quantity_at(left[0]) is not None) == counted:
                return left[0], found[1]
        return found

    def _coordinated(self, found: tuple[int, int], lo: int) -> tuple[int, int]:
        """`the CDU and their sister party`: a subject opening with a determiner after
        `and` takes the conjunct before it too."""
        i = self.token_index(found[0])
        if i < 2 or self.tokens[i].text.lower() not in lexicon().determiners:
            return found
        if self.tokens[i - 1].text.lower() != "and":
            return found
        left = self.noun_phrase_before(self.tokens[i - 1].start, lo)
        if left is None:
            return found
        if self._object_of_verb(self.token_index(left[0]) - 1, lo) and self._with_object(found[1]):
            # `Gunmen killed the governor and a suicide bomber killed 10`: the phrase before
            # `and` is a verb's object, the one after opens a clause of its own (not `for a
            # mother and her children killed when`: a participle after its noun)
            return found
        k = self.token_index(left[0]) - 1
        if k > 0 and self.tokens[k - 1].text.lower() == "to" and self.tokens[k].text.islower():
            return found  # `caused the carmaker to cut its forecast and its stock fell`
        return left[0], found[1]

    def _with_object(self, end: int) -> bool:
        """Whether the phrase ending at ``end`` is followed by a verb in -ed and its object
        (`killed 10 people`, `stormed the building`)."""
        k = self.token_index(end)
        if k + 1 >= len(self.tokens):
            return False
        verb, nxt = self.tokens[k].text, self.tokens[k + 1].text
        return (
            verb.isalpha()
            and verb.islower()
            and verb.endswith("ed")
            and (
                nxt[0].isupper()
                or nxt.lower() in lexicon().determiners
                or self.quantity_at(self.tokens[k + 1].start) is not None
            )
        )

    def _object_of_verb(self, k: int, lo: int) -> bool:
        """Whether token ``k``, right before a phrase, is a finite verb in -ed whose object
        the phrase is: not one that takes a clause (`said the company and the union agreed`,
        ``clause_taking``) nor an adjective after a determiner or a number (`Two affiliated
        investment firms`)."""
        if k < 1 or self.tokens[k].start < lo:
            return False
        word, before = self.tokens[k].text, self.tokens[k - 1].text
        lex = lexicon()
        return (
            word.isalpha()
            and word.islower()
            and word.endswith("ed")
            and word not in lex.clause_taking
            and before.lower() not in lex.determiners
            and not before[0].isdigit()
            and self.quantity_at(self.tokens[k - 1].start) is None
        )

    def _appositive_list(self, found: tuple[int, int], lo: int) -> tuple[int, int]:
        """`Ahold NV, the Dutch grocery operator, and three former executives agreed`: a
        last conjunct after `, and` closing an appositive takes the name the appositive
        describes, when that name opens the clause (`X, the maker of Y, said` has no `and`,
        one subject)."""
        i = self.token_index(found[0])
        if i < 4 or self.tokens[i - 1].text.lower() != "and" or self.tokens[i - 2].text != ",":
            return found
        j = self._appositive(i - 2, lo)
        if j is None or self.tokens[j].text != ",":
            return found
        left = self.noun_phrase_before(self.tokens[j].start, lo, attach=False)
        if left is None or not self._names(*left):
            return found
        k = self.token_index(left[0])
        opening = k == self.token_index(lo) or self.tokens[k - 1].text in (",", ":", "-")
        return (left[0], found[1]) if opening else found

    def appositive_items(self, start: int, end: int) -> tuple[int, int, int] | None:
        """For `A, an appositive, and B` at ``[start, end)``: the end of A, and where B
        starts and the appositive's closing comma is, else None."""
        norm = self.doc.norm
        first = norm.find(",", start, end)
        if first == -1:
            return None
        m = _COMMA_AND.search(norm, first + 1, end)
        if m is None or "," in norm[first + 1 : m.start()]:
            return None
        # an appositive opens with a determiner (`, the Dutch grocery operator,`); a list of
        # names does not (`Bush, Blair, and Chirac` keeps its middle item)
        opener = norm[first + 1 : m.start()].split()[:1]
        lex = lexicon()
        if not opener or (
            opener[0].lower() not in lex.determiners
            and opener[0].lower() not in lex.appositive_openers
        ):
            return None
        if not self._names(start, rstrip_end(norm, first)):
            return None
        return rstrip_end(norm, first), m.end(), m.start()

    def apposition(self, end: int, pos: int) -> tuple[int, int] | None:
        """`X and their sister party, the Christian Social Union (CSU), launched`: the
        phrase between commas after a subject, when it names a participant."""
        m = _APPOSITION.match(self.doc.norm, end, pos)
        if m is None:
            return None
        span = self.noun_phrase_after(m.start(1), m.end(1))
        return span if span is not None and self.participant_in(*span) is not None else None

    def _clause_head(self, lo: int, pos: int) -> tuple[int, int] | None:
        """`A 50 per cent stake held by X in its venture with Y will be sold`: a long
        subject ending in a prepositional object; its head opens the clause."""
        i = self.token_index(lo)
        if i >= len(self.tokens) or self.tokens[i].start >= pos:
            return None
        first = self.tokens[i].text
        if (
            first.lower() not in lexicon().determiners
            and self.quantity_at(self.tokens[i].start) is None
        ):
            return None
        return self.noun_phrase_after(self.tokens[i].start, pos)

    def noun_phrase_before(
        self, pos: int, lo: int, *, attach: bool = True, governed: bool = False
    ) -> tuple[int, int] | None:
        """The noun phrase ending at ``pos`` (after :meth:`skip_back`), not before ``lo``;
        with ``attach``, prepositional phrases go with the noun before them; with
        ``governed``, the object of a preposition too (`into a war that has killed`)."""
        lex = lexicon()
        tokens = self.tokens
        end_i = self.token_index(pos)
        i = end_i - 1
        first: int | None = None
        lower_words = 0
        after_verb = False  # the scan stopped at a function word (`will allow Merkel`)
        conjunction: int | None = None  # the `and` the scan went past
        while i >= 0 and tokens[i].start >= lo and end_i - i <= _MAX_NP_TOKENS:
            tok = tokens[i]
            word = tok.text
            low = word.lower()
            if first is None and (low in lex.pronouns or low in {"they", "we", "i"}):
                return tok.start, tok.end
            if word == "'" and i > 0 and tokens[i - 1].text.endswith("s"):
                i -= 1  # a plural possessive: `The workers' union`
                continue
            if low == "s" and first is not None and i > 1 and tokens[i - 1].text == "'":
                i -= 2  # a possessive, spaced in AG News (`Sri Lanka 's wicketkeeper X`)
                continue
            if word == "," and (self.place_comma(i) is not None or self.place_comma_opening(i)):
                i -= 1  # `Nairobi, Kenya, and Dar es Salaam`: one list of places
                continue
            if word == "," and first is not None and (dated := self.dated_modifier(tok.start)):
                first = self.token_index(dated[0])  # `The Aug. 7, 1998, bombings`
                i = first - 1
                continue
            if word == "." and i > 0 and self._abbreviation(i):
                i -= 1  # `Halliburton Co. on Tuesday`
                continue
            if word in _CLOSERS:
                # `(ISO)`, a ticker `<BRCM.O>`: skipped
                j = i - 1
                while j >= 0 and tokens[j].text != _CLOSERS[word] and i - j < 8:
                    j -= 1
                if j < 0 or tokens[j].text != _CLOSERS[word] or tokens[j].start < lo:
                    break
                i = j - 1
                continue
            if low in lex.determiners:
                if first is None and low in lex.floating_quantifiers:
                    break  # `Ford and GM both said`: no phrase of its own
                first = i
                if not attach or not self._attached(i - 1, lo):
                    break
                i -= 2
                lower_words = 0  # the noun the phrase attaches to has modifiers of its own
                continue
            if (
                first is not None
                and not word[0].isalnum()
                and (amount := self.quantity_at(tok.start)) is not None
                and amount[0] == tok.start
            ):
                first = i  # `an $11.5 billion deal`: the currency sign opens the amount
            elif word[0].isupper() or word[0].isdigit():
                first = i
            elif low == "and" and i > 0 and self.in_time(*self._span(i - 1)):
                break  # `killed on Monday and two civilians were injured`: another clause
            elif low == "and" and i > 0 and self._verb_before_and(i - 1):
                break  # `as refinancings fell and rates climbed`: the clause before `and`
            elif low in lex.connectors and low != "of":
                conjunction = i if low == "and" else conjunction
            elif (
                low in lex.determiner_adjectives
                and first is not None
                and i > 0
                and tokens[i - 1].text.lower() in lex.determiners
            ):
                first = i  # `an earlier blast`: after a determiner, an adjective of the phrase
            elif low in lex.stop or low == "of" or not word[0].isalpha():
                if (
                    low == "to"
                    and conjunction is not None
                    and tokens[i + 1].text.islower()
                    and tokens[i + 1].text not in lex.determiners
                    and tokens[i + 1].text not in lex.floating_quantifiers
                    and self.quantity_at(tokens[i + 1].start) is None
                ):
                    # `caused earnings to miss estimates and shares fell`: the infinitive's
                    # object ends at `and`; what follows it is the subject
                    first = conjunction + 1
                    break
                if (
                    low == "to"
                    and i > 0
                    and tokens[i - 1].text.lower() in lex.purpose_heads
                    and tokens[i + 1].text.isalpha()
                    and tokens[i + 1].text.islower()
                    and i + 2 < end_i
                ):
                    # `in a bid to free nine workers kidnapped`: the purpose's object alone
                    first = i + 2
                    break
                if attach and first is not None and self._attached(i, lo):
                    i -= 1
                    lower_words = 0
                    continue
                after_verb = word[0].isalpha()
                break
            else:
                lower_words += 1
                left = tokens[i - 1].text.lower() if i > 0 else ""
                if (
                    low.endswith("ed")
                    and attach
                    and first is not None
                    and tokens[i + 1].text.lower() in lex.attaching
                    and left.isalpha()
                    and left not in lex.stop
                    and left not in lex.determiners
                    and lower_words <= _MAX_LOWER_WORDS
                ):
                    # `a religious fatwa issued in Iraq demanded`: a reduced relative after
                    # its noun, part of the subject
                    first = i
                    i -= 1
                    continue
                if (
                    lower_words > _MAX_LOWER_WORDS
                    or (low.endswith("ed") and left not in lex.determiners)
                    or low in lex.belief_verbs
                ):
                    # a verb, not a modifier (`which killed scores of people`; `Investigators
                    # believe fellow soldiers killed her`: the clause's subject is after it)
                    break
                first = i
            i -= 1
        if first is None:
            return None
        if after_verb and tokens[first].text[0].islower():
            # a lower-case run after an auxiliary is a verb (`will allow Merkel`), not a title
            named = next((k for k in range(first, end_i) if tokens[k].text[0].isupper()), None)
            if named is not None:
                first = named
        while first < end_i and self._loose_connector(tokens[first].text):
            first += 1
        last = end_i - 1
        while last > first and tokens[last].text.lower() in lex.connectors:
            last -= 1
        if first > last:
            return None
        if not governed and first > 0 and tokens[first - 1].text.lower() in lex.prepositions:
            return None  # the object of a preposition (`a confrontation with police`)
        begin = tokens[first].start
        quantity = self.quantity_at(begin)
        if quantity is None and first > 0:
            quantity = self.quantity_at(tokens[first - 1].start)  # `1,000 others`
        if quantity is not None and lo <= quantity[0] < begin:
            begin = quantity[0]  # `At least eleven people`: the quantity's qualifier too
        return begin, tokens[last].end

    def _determiner(self, i: int) -> bool:
        """Whether token ``i`` is a determiner or ends a possessive (`the`, `its`, `group's`,
        `country 's`, `rebels'`)."""
        word = self.tokens[i].text.lower()
        return (
            word in lexicon().determiners
            or word.endswith(("'s", "'"))
            or (word == "s" and i > 0 and self.tokens[i - 1].text == "'")
        )

    def _verb_before_and(self, i: int) -> bool:
        """Whether token ``i``, right before `and`, is a finite verb closing a clause (`fell`,
        `rose`, `was cut`): what follows `and` is another clause's subject."""
        word = self.tokens[i].text
        if not word.isalpha() or not word.islower():
            return False
        return word.endswith("ed") or word in lexicon().clause_verbs

    def _span(self, i: int) -> tuple[int, int]:
        return self.tokens[i].start, self.tokens[i].end

    @staticmethod
    def _loose_connector(word: str) -> bool:
        """Whether a connector opening a phrase is no part of it: `And Mayor X`, not the
        particle of `Bin Laden`, `Van Gogh`."""
        low = word.lower()
        connector = low != "the" and low in lexicon().connectors and word == low
        return connector or low in lexicon().conjunctions  # `But Russian lesbians say`

    def _abbreviation(self, i: int) -> bool:
        """Whether the period at token ``i`` closes a capitalized abbreviation (`Co.`)."""
        prev = self.tokens[i - 1]
        return prev.end == self.tokens[i].start and prev.text[0].isupper() and len(prev.text) <= 4

    def _attached(self, i: int, lo: int) -> bool:
        """Whether token ``i`` is a preposition attaching what follows to a noun before it
        (`Officials from both countries`, `Shares of the airline`)."""
        lex = lexicon()
        if i < 1:
            return False
        word, prev = self.tokens[i].text.lower(), self.tokens[i - 1]
        if word not in lex.attaching and not (
            word in lex.on_against
            and (prev.text.lower() in lex.on_heads or self._side_after(i) in lex.on_sides)
        ):
            # `A mortar attack on a mosque`: `on` attaches to an attack; `medics on both
            # sides`: to any noun
            return False
        return prev.start >= lo and prev.text[0].isalnum() and prev.text.lower() not in lex.stop

    def _side_after(self, i: int) -> str:
        """The two words after token ``i``, lower-cased (`both sides`)."""
        return " ".join(t.text.lower() for t in self.tokens[i + 1 : i + 3])

    def noun_phrase_after(
        self, pos: int, hi: int, *, complements: int = _MAX_OF_COMPLEMENTS
    ) -> tuple[int, int] | None:
        """The noun phrase starting at ``pos`` (determiner included), not after ``hi``, with
        at most ``complements`` `of`-complements that have a determiner or modifiers of their
        own (`of` before a name always goes on: `the ministers of X of Poland`); read once
        per document (an event's checks ask for its object several times)."""
        key = (pos, hi, complements)
        if key not in self._phrases_after:
            self._phrases_after[key] = self._noun_phrase_after(pos, hi, complements)
        return self._phrases_after[key]

    def _noun_phrase_after(self, pos: int, hi: int, complements: int) -> tuple[int, int] | None:
        lex = lexicon()
        i = self.token_index(pos)
        start_i = i
        last: int | None = None
        lower_words = 0
        listed = False  # inside a list of places with their countries
        quoted = False  # inside a quoted name
        read = 0  # `of`-complements read
        if (
            i < len(self.tokens)
            and (firm := lex.firm_comma.match(self.doc.norm, self.tokens[i].start)) is not None
            and firm.end() <= hi
        ):
            return self.tokens[i].start, firm.end()  # `Sears, Roebuck and Co.`: one name
        if i < len(self.tokens) and self.tokens[i].text.lower() in lex.determiners:
            i += 1  # `A 50 per cent stake`: the quantity after the determiner
        if i < len(self.tokens):
            # a quantity opens the phrase with its qualifier (`more than 1,000 others`)
            quantity = self.quantity_at(self.tokens[i].start)
            if quantity is not None and quantity[0] == self.tokens[i].start and quantity[1] <= hi:
                last = self.token_index(quantity[1]) - 1
                i = last + 1
            else:
                i = start_i
        while i < len(self.tokens) and self.tokens[i].end <= hi and i - start_i < _MAX_NP_TOKENS:
            tok = self.tokens[i]
            word = tok.text
            low = word.lower()
            nxt = self.tokens[i + 1].text if i + 1 < len(self.tokens) else ""
            if word == "," and last is not None and (k := self._place_list(i, listed)) is not None:
                # `Nairobi, Kenya, and Dar es Salaam, Tanzania`: several places, each with
                # its country
                last, i, listed = k - 1, k + (2 if not listed else 0), True
                continue
            if word == "(":
                j = i + 1
                while j < len(self.tokens) and self.tokens[j].text != ")" and j - i < 6:
                    j += 1
                if j >= len(self.tokens) or self.tokens[j].text != ")":
                    break
                # `Acme Corp (ACME)`, or an amount converted (`a 7 billion euro ($8.5
                # billion) merger`): the phrase goes on past it
                inner = self.quantity_at(self.tokens[i + 1].start)
                if not nxt[:1].isupper() and (inner is None or inner[1] > self.tokens[j].start):
                    break
                if self.tokens[j].end > hi:
                    break
                last = j
                i = j + 1
                continue
            if self.in_time(tok.start, tok.end):
                if i == start_i:
                    start_i = i = i + 1  # `released Tuesday a survey`
                    continue
                if last is not None:
                    break  # `France last July`; a modifier (`the current state`) is kept
            if low in lex.determiners and (last is None or i == start_i):
                i += 1
                continue
            if word == '"' and i > start_i and nxt[:1].isupper():
                i += 1  # `the so-called "Ghost Fleet"`: a quoted name goes on
                quoted = True
                continue
            if word == "'" and nxt == "s" and last is not None:
                i += 2  # a possessive, spaced in AG News (`New Zealand 's Auckland Airport`)
                continue
            if (
                word == "'"
                and last == i - 1
                and self.tokens[last].end == tok.start
                and self.tokens[last].text[0].isupper()
                and nxt[:1].isupper()
            ):
                i += 1  # `the Runnin' Rebels`, `the Jones' Ranch`: the name goes on
                continue
            if (
                word == "-"
                and last == i - 1
                and self.tokens[last].end == tok.start
                and nxt.isalpha()
                and self.tokens[i + 1].start == tok.end
            ):
                i += 1  # `U.S.-led troops`: a name's period splits the compound's tokens
                continue
            if (
                not word[0].isalpha()
                and last == i - 1
                and (
                    # `the company's $2.6 billion in surplus cash`: the possessive's head
                    self.tokens[last].text.endswith(("'s", "s'", "'"))
                    # `an additional $70 million in assistance`, `a further 500 jobs`: after
                    # the determiner's adjectives
                    or (
                        lower_words == i - start_i - 1
                        and self.tokens[start_i].text.lower() in lex.determiners
                    )
                )
                and (amount := self.quantity_at(tok.start)) is not None
                and amount[0] == tok.start
                and amount[1] <= hi
            ):
                # the amount is the phrase's head, with what it is in
                last = self.token_index(amount[1]) - 1
                i = self._amount_in(last + 1, hi)
                last = max(last, i - 1)
                continue
            if (
                word == "."
                and last == i - 1
                and nxt[:1].isupper()
                and self.tokens[i - 1].text.lower() in lex.title_abbreviations
            ):
                i += 1  # `Mrs. Helen Ward`, `Sen. John Smith`: the title's period
                continue
            if low in lex.ordinals and i > 0 and self._determiner(i - 1):
                # `the next generation`, `its last plant`, `the group's most senior commander`:
                # adjectives here
                lower_words += 1
                last = i
                i += 1
                continue
            if (
                low == "to"
                and last is not None
                and read < complements
                and self.tokens[last].text.lower() in lex.to_heads
                and not nxt[:1].isupper()  # `access to China`: a place, read as one
            ):
                # `an end to the anti-French violence`, `a halt to fighting`: the complement
                # belongs to the phrase, like `of`
                read += 1
                lower_words = 0
                i += 2 if nxt.lower() in lex.determiners else 1
                continue
            if low == "of" and last is not None and read < complements:
                # the `of`-complement belongs to the phrase, with its own determiner and
                # modifiers (`a major overhaul of his senior staff`, `50 percent of the
                # team`, `the newest version of its iMac model`): the head is after it
                read += 1
                lower_words = 0
                i += 2 if nxt.lower() in lex.determiners else 1
                continue
            if low in lex.connectors and last is not None and (low == "of" or nxt[:1].isupper()):
                i += 1
                continue
            if (
                low == "and"
                and last == i - 1
                and self.tokens[last].text.lower() in lex.lone_titles
                and nxt.lower() in lex.lone_titles
            ):
                # `a new chairman and vice chairman`: titles joined under one determiner
                last, i = i + 1, i + 2
                continue
            if word[0].isupper() or word[0].isdigit():
                last = i
            elif low in lex.stop or low in lex.connectors or not word[0].isalpha():
                break
            elif last is not None and (
                (
                    low.endswith(("ed", "ing"))
                    and low not in lex.venues  # `a government building under construction`
                    and (nxt.lower() in lex.stop or nxt.lower() in lex.connectors)
                )
                or (
                    nxt.lower() == "by"  # `a review by the EAC`: a noun, not a participle
                    and (
                        low.endswith(("ed", "en"))
                        or low in lex.by_verbs
                        or _BY_AMOUNT.match(self.doc.norm, self.tokens[i + 1].end) is not None
                    )
                )
                or (
                    low.endswith("ed")
                    and i + 1 < len(self.tokens)
                    and self.in_time(self.tokens[i + 1].start, self.tokens[i + 1].end)
                )  # `the two sides failed Thursday`
            ):
                break  # a participle after the head: `three men suspected of`, `a stake held by`
            elif (
                low.endswith("ed")
                and last == i - 1
                and self.tokens[last].text[0].isupper()
                and not self.tokens[last].text.endswith("'s")  # `Sudan's troubled Darfur`
                and (nxt[:1].isupper() or nxt.lower() in lex.determiners)
            ):
                break  # a verb after a name: `attacks on America forced Prime Minister X`
            elif (low.endswith("ly") or low in lex.adverbs) and last is None:
                start_i = i + 1  # an adverb, no object: `voted overwhelmingly Friday to`
            elif low.endswith("ly") and not (
                nxt[:1].islower() and nxt.lower() not in lex.stop and not nxt.endswith("ed")
            ):
                break  # an adverb; not a noun before another (`a new assembly plant`)
            else:
                lower_words += 1
                if lower_words > _MAX_LOWER_WORDS:
                    break
                last = i
            i += 1
        if last is None:
            return None
        if quoted and last + 1 < len(self.tokens) and self.tokens[last + 1].text == '"':
            last += 1  # the closing quote
        return self.tokens[start_i].start, self.tokens[last].end

    def _amount_in(self, i: int, hi: int) -> int:
        """After an amount at token ``i - 1``: the index past `in` and the bare lower-case
        noun phrase it names (`$2.6 billion in surplus cash`), else ``i``."""
        lex = lexicon()
        if i >= len(self.tokens) or self.tokens[i].text != "in":
            return i
        j = i + 1
        while (
            j < len(self.tokens)
            and self.tokens[j].end <= hi
            and j - i <= _MAX_LOWER_WORDS
            and self.tokens[j].text.isalpha()
            and self.tokens[j].text.islower()
            and self.tokens[j].text not in lex.stop
            and self.tokens[j].text not in lex.determiners
        ):
            j += 1
        return j if j > i + 1 else i

    def name_list(self, np: tuple[int, int], hi: int) -> list[tuple[int, int]]:
        """`with Saudi Arabia, Iraq, Jordan and Egypt`: the names listed after a first one,
        each a capitalized phrase, up to the list's `and` (at most ``_MAX_LIST_ITEMS``)."""
        items = [np]
        end = np[1]
        while len(items) < _MAX_LIST_ITEMS:
            m = _LIST_JOINT.match(self.doc.norm, end, hi)
            if m is None:
                break
            nxt = self.noun_phrase_after(m.end(), hi)
            if nxt is None or nxt[0] != m.end() or not self.doc.norm[nxt[0]].isupper():
                break
            if self.token_index(nxt[1]) - self.token_index(nxt[0]) > _MAX_LIST_ITEM_TOKENS:
                break
            items.append(nxt)
            end = nxt[1]
            if "and" in m.group().split():
                break  # the list's last item
        # a list of names ends with `and`, or runs to the sentence end (three or more
        # names); commas alone may join clauses (`X, Y said`)
        closed = "and" in self.doc.norm[np[1] : end].split() or (
            len(items) >= 3 and not self.doc.norm[end:hi].strip(" .\"'")
        )
        return items if closed else [np]

    def conjunct_end(self, end: int, hi: int) -> int:
        """`50 percent of the team and its arena`: the end of a noun phrase's conjunct that
        opens with a possessive or article, or is one bare noun (`police and officials`), and
        closes the clause, else ``end``."""
        m = _CONJUNCT.match(self.doc.norm, end, hi)
        if m is None and (w := _WITH.match(self.doc.norm, end, hi)) is not None:
            # `a new player with a color display as well as a box set`: past the first
            # conjunct's `with` phrase
            feature = self.noun_phrase_after(w.end(), hi, complements=0)
            m = _CONJUNCT.match(self.doc.norm, feature[1], hi) if feature is not None else None
        if m is None:
            return end
        nxt = self.noun_phrase_after(m.start(1), hi)
        if nxt is None or self.token_index(nxt[1]) - self.token_index(nxt[0]) > _MAX_CONJUNCT:
            return end
        if not m.group(1) and (
            self.token_index(nxt[1]) - self.token_index(nxt[0]) > 1
            or self.doc.norm[nxt[0] : nxt[1]].endswith(("ed", "ing"))
            or self.doc.norm[nxt[1] : nxt[1] + 4] == " to "
        ):
            return end  # `and raised cash`, `and plans to`: a verb, no conjunct
        if _TO_INFINITIVE.match(self.doc.norm, nxt[1], hi):
            return end  # `attacks on Christian targets and a failed bid to kill`: no conjunct
        k = self.token_index(nxt[1])
        # the conjunct must close the clause or meet a preposition: `and its shares rose
        # 4 percent` is another clause
        if k < len(self.tokens) and self.tokens[k].start < hi:
            following = self.tokens[k].text.lower()
            if following not in lexicon().attaching_or_prepositions and following not in _CLOSING:
                return end
        return nxt[1]

    # -- participants --------------------------------------------------------------------

    def overlapping(self, start: int, end: int) -> list[Mention]:
        """Mentions that overlap ``[start, end)``."""
        hi = bisect_left(self._mention_starts, end)
        lo = bisect_left(self._mention_starts, start - _LONGEST_MENTION)
        return [m for m in self.mentions[lo:hi] if m.end > start]

    def participant_in(
        self, start: int, end: int, kinds: frozenset[str] | None = None
    ) -> Participant | None:
        """The participant a phrase names: people first, then organizations, then places;
        the last one of a kind (`the Secretary General of ISO Sergio Mujica` -> Mujica)."""
        if not self.overlapping(start, end):
            return None  # most phrases name no one: skip the two head patterns
        of = _COMMON_HEAD.search(self.doc.norm, start, end) or self._opening_head(start, end)
        # `the receivers of X`, `explosions at embassies in X` name no X
        head_end = of.end(1) if of is not None else end
        found = [
            m
            for m in self.overlapping(start, head_end)
            if (kinds is None or m.participant.kind in kinds)
            # a place names the phrase only as its head: not `US authorities`
            and (m.participant.kind != "place" or not self.doc.norm[m.end : head_end].strip())
        ]
        owned = [m for m in found if _POSSESSIVE.match(self.doc.norm, m.end) is None]
        found = owned  # `Merkel's Christian Democratic Union` names the party, not Merkel
        if not found:
            return None
        best = min(found, key=lambda m: (_KIND_RANK[m.participant.kind], -m.start))
        return best.participant

    def _opening_head(self, start: int, end: int) -> regex.Match[str] | None:
        """A phrase's capitalized first word before `of`/`at`/`in` that names a group of
        people (`Workers at Hyundai Motor`, `Voters in Australia`, `Staff of X`): X only
        modifies it; not a title (`President of Russia`) nor a thing (`Shares of X`)."""
        m = _OPENING_HEAD.match(self.doc.norm, start, end)
        if m is None or self.overlapping(m.start(1), m.end(1)):
            return None
        return m if m[1].lower() in lexicon().group_heads else None

    def latest(
        self, before: int, kind: str, title: str | None = None, *, named: bool = False
    ) -> Participant | None:
        """The participant of ``kind`` mentioned last before ``before`` (with ``title``, or
        with ``named``, whose name holds it). A news agency is never the one a bare `it` or
        `the ministry` means (`..., the ministry said, The Associated Press reported`)."""
        i = bisect_right(self._mention_starts, before) - 1
        while i >= 0 and self.mentions[i].start >= before - _ANTECEDENT_WINDOW:
            p = self.mentions[i].participant
            if (
                self.mentions[i].end <= before
                and p.kind == kind
                and (
                    p.name not in _agency_names()
                    if title is None
                    else (
                        title in p.name.lower()
                        if named
                        else any(title in t.lower() for t in p.titles)
                    )
                )
            ):
                return p
            i -= 1
        return None

    def gender(self, p: Participant) -> str | None:
        """A person's gender as marked by a word of their titles, the first word of a mention
        or the word right before one (`Mrs. Helen Ward`, `Queen Sofia`), else None (not by
        the name: `Courtney Prince`)."""
        if p.id not in self._genders:
            words = {w.lower() for t in p.titles for w in t.split()}
            for span in p.mentions:
                words.add(span.text.split()[0].lower())  # `Mrs. Helen Ward` as one mention
                k = self.token_index(self.doc.local(span)[0]) - 1
                if k > 0 and self.tokens[k].text == ".":
                    k -= 1  # `Mrs.`
                if k >= 0:
                    words.add(self.tokens[k].text.lower())
            marked = [g for g, nouns in lexicon().genders.items() if words & nouns]
            self._genders[p.id] = marked[0] if len(marked) == 1 else None
        return self._genders[p.id]

    def name_subjects(self) -> list[int]:
        """Offsets of capitalized words inside a sentence that no participant names, right
        before a finite verb, named more than once, no place and no word of a known
        person's name (`Tessa said` for Tessa Bishop): people the participants stage missed
        (`1995, Farkas was`)."""
        if self._name_subjects is None:
            lex = lexicon()
            found = []
            toks = self.tokens
            starts = {s for s, _ in self.doc.sentences}
            # the capitalized tokens picked in C-level passes: the loop below visits only them
            texts = list(map(itemgetter(2), toks))  # Token.text
            capital = list(map(str.isupper, map(itemgetter(0), texts)))
            seen = Counter(compress(texts, capital))
            known = {
                w
                for p in self.doc.participants
                if p.kind == "person"
                for n in (p.name, *p.aliases)
                for w in n.split()
            }
            for i in compress(range(1, len(toks) - 1), capital[1:-1]):
                tok, nxt = toks[i], texts[i + 1]
                if (
                    tok.text.isalpha()
                    and len(tok.text) > 1
                    and tok.start not in starts
                    and toks[i - 1].text not in {'"', "'", "`"}
                    and toks[i - 1].text.lower() not in lex.determiners  # `The MEC said`
                    and not tok.text.isupper()
                    and not any(tok.text.lower() in nouns for nouns in lex.descriptions.values())
                    and (nxt in lex.name_subject_verbs or (nxt.endswith("ed") and nxt.islower()))
                    and tok.text.lower() not in lex.stop
                    and seen[tok.text] > 1
                    and tok.text not in known
                    and not self.overlapping(tok.start, tok.end)
                    and not self.in_time(tok.start, tok.end)
                    and find_place(tok.text) is None
                ):
                    found.append(tok.start)
            self._name_subjects = found
        return self._name_subjects

    def subject_before(self, pos: int) -> tuple[int, int] | None:
        """When ``pos`` opens its sentence, the capitalized words (a name and its titles)
        opening the sentence before as its subject; for a possessor, the appositive of what
        it owns (`X's sister, Y, told` -> Y); None when the sentence opens otherwise (`The
        minister met X`) or with two subjects (`X and Y`)."""
        doc, norm, tokens = self.doc, self.doc.norm, self.tokens
        here = doc.sentence_index(pos)
        if here == 0 or norm[doc.sentences[here][0] : pos].strip(" \"'`("):
            return None
        lo, hi = doc.sentences[here - 1]
        if self._dateline_end is not None:
            lo = max(lo, min(self._dateline_end, hi))
        lex = lexicon()
        k = self.token_index(lo)
        while True:
            j = k
            while j < len(tokens) and tokens[j].start < hi and tokens[j].text[0].isupper():
                j += 1
            first = tokens[k].text.lower()
            if j == k or first in lex.stop or first in lex.determiners:
                return None
            end = tokens[j - 1].end
            owned = _OWNED.match(norm, end - 2 if norm.endswith("'s", 0, end) else end, hi)
            if owned is None:
                break
            k = self.token_index(owned.end())
        return None if norm.startswith((" and ", " or "), end) else (tokens[k].start, end)

    def antecedent(self, pos: int, pronoun: str) -> Participant | None:
        """The person a `he`/`she` at ``pos`` refers to: opening a sentence, the subject of
        the sentence before when it is a name and the gender fits (`X, who searched for Y,
        appeared ... He said` is X; none when no participant holds that name); else the
        latest person mentioned before it whose gender (if marked) fits; none when a name no
        participant holds, the subject of a clause, lies in between (the pronoun may be
        that person)."""
        lex = lexicon()
        want = lex.pronoun_genders.get(pronoun)
        subject = self.subject_before(pos)
        if subject is not None:
            p = self.participant_in(*subject)
            if (
                p is None
                and len(self.doc.norm[subject[0] : subject[1]].split()) > 1
                and not self.overlapping(*subject)
                and not self.doc.norm.startswith(" of ", subject[1])
            ):
                return None  # a name the participants stage did not read: maybe this person
            if p is not None and p.kind == "person":
                other = self.gender(p)
                if want is None or other is None or other == want:
                    return p
        i = bisect_right(self._mention_starts, pos) - 1
        while i >= 0 and self.mentions[i].start >= pos - _ANTECEDENT_WINDOW:
            m = self.mentions[i]
            p = m.participant
            if m.end <= pos and p.kind == "person":
                other = self.gender(p)
                if want is None or other is None or other == want:
                    names = self.name_subjects()
                    k = bisect_left(names, m.end)
                    return p if k == len(names) or names[k] >= pos else None
            i -= 1
        return None

    def resolve(self, start: int, end: int) -> Participant | None:
        """The participant a phrase refers to, following pronouns and `the <noun>`."""
        direct = self.participant_in(start, end)
        if direct is not None:
            return direct
        lex = lexicon()
        words = self.doc.norm[start:end].lower().split()
        if len(words) == 1 and words[0] in lex.pronouns:
            if lex.pronouns[words[0]] == "person":
                return self.antecedent(start, words[0])
            return self.latest(start, lex.pronouns[words[0]])
        if len(words) >= 2 and words[0] in {"the", "its", "their"}:
            if "of" in words[1:]:
                # `the head of state` is a person, not a state; `the current state of
                # cooperation` none: only a title before `of` refers back
                return self.latest(start, "person", words[: words.index("of")][-1])
            head = words[-1]
            for kind, nouns in lex.descriptions.items():
                if head in nouns:
                    # `the commission`: the latest one so called, else the latest of its kind
                    named = self.latest(start, kind, head, named=True)
                    if named is not None or head in lex.named_descriptions:
                        return named
                    latest = self.latest(start, kind)
                    return latest if latest is None or self._may_be(latest, start, end) else None
            # `the prime minister` is not the finance minister named before
            office = words[-2] if words[-2] in lex.office_qualifiers else None
            return self.latest(start, "person", f"{office} {head}" if office else head)
        return None

    def _may_be(self, p: Participant, start: int, end: int) -> bool:
        """Whether `the <modifiers> <noun>` may be ``p``, the latest of its kind. `The Afghan
        government` after the U.N. is not the U.N.: a capitalized modifier says which, so the
        name must open with it, or hold it when it is no nationality (`the Hutton LBO group`,
        `the Porsche board`, `the IMF's executive board`; not `the Indonesian government` for
        an association of Indonesian exporters); a place, or `-based`, is where a firm is
        based (`the Houston-based company`, `the Palo Alto, California, company`: the one the
        story is about)."""
        proper = _proper_modifier(self.doc.norm[start:end].split()[1:-1])
        if (
            proper is None
            or proper.endswith("-based")
            or any(m.participant.kind == "place" for m in self.overlapping(start, end))
        ):
            return True
        inner = " " in proper or not proper.endswith(_NATIONALITY_ENDINGS)
        return any(
            n.startswith(proper) or (inner and f" {proper} " in f" {n} ")
            for n in (p.name, *p.aliases)
        )

    def arguments(self, role: str, start: int, end: int) -> list[Argument]:
        """Arguments for a phrase, one per conjunct when `X and Y` names two participants
        (`Minister Joseph Kamotho and ambassador Prudence Bushnell were injured`), or per
        item of `A, an appositive, and B` (the appositive describes A, no item of its own)."""
        items = self.appositive_items(start, end)
        if items is not None:
            return [self.argument(role, start, items[0]), *self.arguments(role, items[1], end)]
        for m in _AND.finditer(self.doc.norm, start, end):
            if any(n.start < m.start() and n.end > m.end() for n in self.overlapping(*m.span())):
                continue  # `Merrill, Lynch and Co.`: one name
            left, right = (start, m.start()), (m.end(), end)
            # `Xabi Alonso from Real Sociedad and Luis Garcia from Barcelona`: each side's
            # head is before its origin
            left_head, right_head = self._before_origin(*left), self._before_origin(*right)
            a, b = self._head_participant(*left_head), self._head_participant(*right_head)
            # two of a kind, each the head of its side: not `Representative of the WTO and
            # Economic Organizations Zhanar Aitzhan`
            if a is not None and b is not None and a.kind == b.kind:
                return [*self._items(role, *left, a.kind), *self.arguments(role, *right)]
            if (a is None) != (b is None) and self._conjuncts(start, left_head[1], m.end(), end):
                # `The Minnesota Wild and defenseman Nick Schultz agreed`: two parties, one
                # of them no participant; not one name (`Cable and Wireless`)
                parts = []
                for side, head in ((left, left_head), (right, right_head)):
                    arg = self.argument(role, *side)
                    if arg.participant_id is not None and self._head_participant(*head) is None:
                        arg = arg.model_copy(update={"participant_id": None})  # `the union`
                    parts.append(arg)
                return parts
        return [self.argument(role, start, end)]

    def _before_origin(self, start: int, end: int) -> tuple[int, int]:
        """A phrase cut before `from` and a name closing it (`Luis Garcia from Barcelona`:
        where he comes from), else whole."""
        cut = self.doc.norm.find(" from ", start, end)
        if cut == -1 or not self.doc.norm[cut + 6 : cut + 7].isupper():
            return start, end
        return start, cut

    def _conjuncts(self, start: int, left_end: int, right_start: int, end: int) -> bool:
        """Whether `X and Y` at ``[start, end)`` joins two short noun phrases, each opening
        with a determiner or a capital, and no one name spans the `and`."""
        if any(m.start < left_end and m.end > right_start for m in self.overlapping(start, end)):
            return False
        if _OF.search(self.doc.norm, start, left_end) or "," in self.doc.norm[start:end]:
            return False  # `The presidents of Poland and the Czech Republic`; an appositive
        lex = lexicon()
        left, right = self.doc.norm[start:left_end].split(), self.doc.norm[right_start:end].split()
        if (
            len(right) > 1
            and right[1].islower()
            and country_of_demonym(right[0]) is not None
            and all(w[0].isupper() for w in left)
        ):
            return False  # `US and Iraqi troops`: one noun, two nations modifying it
        for lo, hi in ((start, left_end), (right_start, end)):
            words = self.doc.norm[lo:hi].split()
            if not words or len(words) > _MAX_CONJUNCT_WORDS:
                return False
            if all(w.lower() in lex.lone_titles for w in words):
                return False  # `Chairman and Chief Executive Bruce Nelson`: one person
            low = words[0].lower()
            opening = words[0][0].isupper() or (low in lex.determiners and low not in lex.owners)
            if not opening and self._head_participant(lo, hi) is None:
                # `defenseman Nick Schultz`: a name with its title goes; `their sister
                # party` is someone named elsewhere (an appositive after it)
                return False
        return True

    def _names(self, start: int, end: int) -> bool:
        """Whether a phrase names someone: a participant, or a capitalized word after its
        first (`The three foreign ministers of Bronislaw Geremek of Poland`)."""
        words = self.doc.norm[start:end].split()
        if words[0].lower() in lexicon().stop:
            return False  # `In New York, ...`: an adverbial, no item
        return self.participant_in(start, end) is not None or any(w[0].isupper() for w in words[1:])

    def _items(self, role: str, start: int, end: int, kind: str) -> list[Argument]:
        """`X of Poland, Y of Hungary` before `and Z`: one argument per item, when every
        item's head is a participant of ``kind``; the phrase whole otherwise."""
        norm = self.doc.norm
        cuts = [start, *(m.start() for m in _COMMA.finditer(norm, start, end)), end]
        items = [(a + (a > start), b) for a, b in pairwise(cuts)]
        items = [(a + len(norm[a:b]) - len(norm[a:b].lstrip()), b) for a, b in items]
        if len(items) > 1 and norm[items[0][0] : items[0][1]].split()[0].lower() in lexicon().stop:
            items = items[1:]  # `In Paris, Ukraine, Russia and Belarus`: an adverbial first
            start = items[0][0]
        heads = [self._head_participant(a, b) for a, b in items]
        if len(items) == 1 or any(h is None or h.kind != kind for h in heads):
            return [self.argument(role, start, end)]
        return [self.argument(role, a, b) for a, b in items]

    def _head_participant(self, start: int, end: int) -> Participant | None:
        """The participant whose mention ends a phrase (its head), if any."""
        found = self.participant_in(start, end)
        if found is None:
            return None
        ends = [m.end for m in self.overlapping(start, end) if m.participant is found]
        return found if any(not self.doc.norm[e:end].strip(" .,)") for e in ends) else None

    def argument(self, role: str, start: int, end: int) -> Argument:
        """An event argument for the phrase ``[start, end)``, linked when it names a participant;
        an adverb closing it is cut off (`a parole officer apparently`, `guerrillas almost`
        before a time)."""
        words = self.doc.norm[start:end].split()
        last = words[-1] if len(words) > 1 else ""
        lex = lexicon()
        if (
            (last.endswith("ly") and last.isalpha() and last.islower() and last not in lex.ly_nouns)
            or last in lex.adverbs
            or last in lex.floating_quantifiers  # `Costello, Hill and Williams all voted`
            or last.lower().endswith("n't")  # `Chinese and Taiwanese leaders haven't met`
        ):
            end = rstrip_end(self.doc.norm, rstrip_end(self.doc.norm, end) - len(last))
        elif len(words) == 1 and (
            (pronoun := _CONTRACTED.fullmatch(words[0])) is not None
            and pronoun.group(1).lower() in lex.subject_pronouns
        ):
            end = start + len(pronoun.group(1))  # `we've killed 30 Taliban`: `we` acts
        elif len(words) == 1 and _POSSESSIVE.match(self.doc.norm, end - 2) is not None:
            end -= 2  # `Kmart's plan to buy Sears`: the owner of the plan is its agent
        elif last == "worth":
            # `bought five production lines worth ...`: the measure is cut off
            end = rstrip_end(self.doc.norm, rstrip_end(self.doc.norm, end) - len(last))
        while len(words) > 1 and words[0].lower() in lex.leading_adverbs:
            # `Shortly afterwards another car bomb killed`: an adverb opens no phrase
            start = self.doc.norm.index(words[1], start + len(words[0]))
            words = words[1:]
        participant = self.resolve(start, end)
        span = self.doc.span_fields(start, end)
        return _new_argument(
            {
                "role": role,
                "participant_id": participant.id if participant else None,
                "text": span["text"],
                "span": span,
            }
        )


def _proper_modifier(modifiers: list[str]) -> str | None:
    """The capitalized words between a determiner and its head, as written (`Harper and Row`
    in `the Harper and Row board`, `IMF` in `the IMF's executive board`), if any, at most
    one word before the head."""
    caps = [i for i, w in enumerate(modifiers) if w[0].isupper()]
    if not caps or caps[-1] < len(modifiers) - 2:
        return None  # `the Internet media and software company`: a modifier of its own
    return " ".join(modifiers[caps[0] : caps[-1] + 1]).removesuffix("'s")
