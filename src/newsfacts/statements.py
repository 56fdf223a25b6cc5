"""Stage 6: statements, reported and direct speech with the speaker linked to a participant.

Direct speech is found from quotation marks (straightened by the text layer, so any
quote style), including quotes that run over several paragraphs, with the reporting
clause before (`Smith said: "..."`) or after (`"...," he said` / `said Smith`). Reported
speech is found from a reporting verb with its speaker before it (`Aitzhan noted ...`)
or after it (`..., said Smith`, `according to the ministry`). Speakers are linked to
participants through :class:`~newsfacts._clauses.Clauses`, pronouns and `the minister`
included.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from typing import NamedTuple

import regex

from newsfacts._clauses import Clauses, clauses_of, lexicon
from newsfacts._names import WordIndex, token_starts, word_index
from newsfacts.document import Document
from newsfacts.gazetteer import country_of_demonym
from newsfacts.model import Participant, Span, Statement, constructor
from newsfacts.patterns import alternation, ascii_twin, compile_pattern, folded_alternation
from newsfacts.resources import ResourceModel, load
from newsfacts.text import rstrip_end

__all__ = ["extract"]

_FAMILY = "statements"
_CUE_REACH = 40  # longest cue, in characters
_ATTRIBUTION_REACH = 120  # characters around a quotation searched for its reporting clause
_OWNER_REACH = 60  # characters before `statements` searched for `Putin's key`
_HEADING_REACH = 3000  # characters after a heading whose quotations it attributes
_CONDITION_REACH = 13  # characters before a speaker read for ` as soon as `
_OPENING_WORDS = 12  # an opening adverbial before the main clause's subject
_ADVERBIAL_WORDS = 5  # `In a surprise move,`; a longer opening is a clause (`At least one ...`)
_LEAD_WORDS = 4  # words between a cue and its quotation (`told a television interviewer,`)
_TICKER_CHARS = 8  # the longest stock ticker (`MSFT.O`, `RDSa.L`)
_FRONTED_WORDS = 3  # words of a clause before `, <speaker> <cue>` that is what was said
_SOURCE_WORDS = 7  # words of a report's source after the content (`, state media reported`)


class _Resource(ResourceModel):
    cues: list[str]
    quote_cues: list[str]
    quote_adverbs: list[str]
    listener_cues: frozenset[str]
    participle_cues: list[str]
    subordinators: list[str]
    comma_participles: frozenset[str]
    quoted_as: str
    quoted_passive: str
    appositive_links: frozenset[str]
    conjoined_verbs: list[str]
    prepositional_cues: frozenset[str]
    clause_only_cues: frozenset[str]
    pronoun_clause: str
    name_clause_verb: str
    name_clause_not_after: frozenset[str]
    not_after: list[str]
    object_cues: frozenset[str]
    object_determiners: list[str]
    not_before: frozenset[str]
    verb_before: frozenset[str]
    verb_before_not: frozenset[str]
    guess_modals: frozenset[str]
    adjuncts: list[str]
    adjunct_patterns: list[str]
    listeners: list[str]
    min_quote_words: int
    heading_nouns: list[str]
    source_verbs: frozenset[str]
    generic_speakers: frozenset[str]
    conditions: list[str]
    as_cues: frozenset[str]
    firm_endings: frozenset[str]
    outlet_heads: frozenset[str]
    document_heads: frozenset[str]
    writer_openers: list[str]
    opening_words: frozenset[str]
    writer_words: frozenset[str]
    open_ends: frozenset[str]
    writer_participles: list[str]
    writer_conjunctions: list[str]
    act_cues: frozenset[str]
    act_objects: list[str]
    person_heads: frozenset[str]
    ticker: str
    age_description: str
    ly_nouns: frozenset[str]

    def publishes(self, head: str) -> bool:
        """Whether a speaker's head word names an outlet or a document (`the newspaper`, `the
        report`): a source that speaks in print, no person."""
        return head in self.outlet_heads or head in self.document_heads


_Pattern = regex.Pattern[str] | re.Pattern[str]
_Match = regex.Match[str] | re.Match[str]


class _Anchored(NamedTuple):
    """The patterns tried at and after every cue and near every quotation, by one engine:
    `regex`, or for an ASCII text the standard one (``patterns.ascii_twin``; a short match
    costs half as much there)."""

    cue: _Pattern
    quote_cue: _Pattern  # a cue that attributes a quotation, searched near every quotation
    adjunct: _Pattern
    listener: _Pattern
    not_after: _Pattern
    participle: _Pattern
    that: _Pattern  # `that` (and spaces, a colon or a comma) opening the content
    goes_on: _Pattern  # `and`/`but` right after a cue: the sentence goes on, no content


@dataclass(frozen=True)
class _Rules:
    res: _Resource
    cue: regex.Pattern[str]  # ``anchored.cue``, for searches
    anchored: _Anchored
    ascii: _Anchored  # ``anchored`` for an ASCII text
    quote_adverb: regex.Pattern[str]  # an adverb right before such a cue (`also said`)
    object_after: regex.Pattern[str]
    pronoun_clause: regex.Pattern[str]
    name_clause_verb: regex.Pattern[str]
    quoted_as: regex.Pattern[str]
    quoted_passive: regex.Pattern[str]
    conditions: tuple[str, ...]  # ` as soon as ` right before a speaker
    head_of: regex.Pattern[str]  # `a dealer with`: the head of a speaker read backwards
    link: regex.Pattern[str]  # the last preposition in a reporting clause (`with`)
    conjoined: regex.Pattern[str]
    joined: regex.Pattern[str]  # `and`/`but` (and an adverb) right before a cue
    subordinator: regex.Pattern[str]  # the last `after`/`when` opening a clause
    conjoined_first: frozenset[str]
    first_words: WordIndex  # the first words of the cues (``token_starts``)
    participles: frozenset[str]
    heading: regex.Pattern[str]
    heading_words: tuple[str, ...]  # the first word of each heading noun, lower case
    owner: regex.Pattern[str]
    firm_part: regex.Pattern[str]  # `Smith Barney, ` right before the rest of a firm's name
    firm_endings: tuple[str, ...]  # ` Co`: a speaker's last word, for str.endswith
    writer_opener: regex.Pattern[str]  # `in a sign that`: the writer's, after a cue
    writer_conjunctions: tuple[str, ...]  # ` even as `, for str.find
    act_object: regex.Pattern[str]  # `declared a state of emergency`: an act
    ticker: regex.Pattern[str]
    list_and: regex.Pattern[str]  # `Norvex Corp. NVX.N and`: a list goes on
    age_description: regex.Pattern[str]


@cache
def _rules() -> _Rules:
    res = load(_FAMILY, _Resource)
    cue = compile_pattern(folded_alternation(res.cues))
    anchored: dict[str, regex.Pattern[str]] = dict(
        cue=cue,
        quote_cue=compile_pattern(r"\b" + folded_alternation([*res.cues, *res.quote_cues]) + r"\b"),
        # possessive: every adjunct opens with a letter, so giving back a space never helps
        adjunct=compile_pattern(
            r"(?:\s*+,?+\s*+(?:"
            + "|".join([folded_alternation(res.adjuncts), *res.adjunct_patterns])
            + r")(?![\w']))+"  # not `last month's discovery`
        ),
        listener=compile_pattern(
            r"\s+(?:to\s+)?"
            + folded_alternation(res.listeners)
            + "|\\s+to\\s+(?=(?-i:[[:upper:]]))"
        ),
        not_after=compile_pattern(r"\s+" + folded_alternation(res.not_after)),
        # a participle cue opens another statement, a writer's participle none (`, marking
        # the end of ...`): either ends the content before it
        participle=compile_pattern(
            r",\s+" + folded_alternation([*res.participle_cues, *res.writer_participles])
        ),
        that=compile_pattern(r"[\s:,]*(?:that\s+)?", allow_empty=True),
        goes_on=compile_pattern(r"[\s,]*(?:and|but)\s"),
    )
    return _Rules(
        res=res,
        cue=cue,
        anchored=_Anchored(**anchored),
        ascii=_Anchored(**{name: ascii_twin(p) for name, p in anchored.items()}),
        # ... or any `-ly` adverb (`"...," bluntly admitted`: no speaker there)
        quote_adverb=compile_pattern(
            r"(?r)\s(?:" + alternation(res.quote_adverbs) + r"|[a-z]+ly)\s+$"
        ),
        pronoun_clause=compile_pattern(res.pronoun_clause),
        name_clause_verb=compile_pattern(res.name_clause_verb),
        # a determiner or a number (`added 13` points)
        object_after=compile_pattern(
            r"\s+(?:" + folded_alternation(res.object_determiners) + r"\s|\d)"
        ),
        quoted_as=compile_pattern(res.quoted_as),
        quoted_passive=compile_pattern(res.quoted_passive),
        link=compile_pattern(r"(?r)\s" + alternation(res.appositive_links) + r"\s"),
        conditions=tuple(f" {c} " for c in res.conditions),
        head_of=compile_pattern(
            r"(?:(?:a|an|the|one|another)\s+)?(?-i:[a-z][a-z-]*)(?:\s+(?-i:[a-z][a-z-]*)){0,2}\s+"
            + alternation(res.appositive_links)
        ),
        conjoined=compile_pattern(
            r"(?:also\s+)?" + folded_alternation([*res.cues, *res.conjoined_verbs]) + r"\s"
        ),
        joined=compile_pattern(
            r"(?r)\s(?:and|but)(?:\s+" + alternation(res.quote_adverbs) + r")?\s+$"
        ),
        subordinator=compile_pattern(r"(?r)\b" + alternation(res.subordinators) + r"\s"),
        conjoined_first=frozenset(
            w.split()[0].lower() for w in ["also", *res.cues, *res.conjoined_verbs]
        ),
        first_words=word_index(frozenset(cue.split()[0].lower() for cue in res.cues)),
        participles=frozenset(res.participle_cues),
        heading=compile_pattern(folded_alternation(res.heading_nouns)),
        heading_words=tuple(dict.fromkeys(n.split()[0].lower() for n in res.heading_nouns)),
        firm_endings=tuple(f" {w}" for w in res.firm_endings),
        writer_opener=compile_pattern(folded_alternation(res.writer_openers)),
        writer_conjunctions=tuple(f" {c} " for c in res.writer_conjunctions),
        # a determiner and up to two words before the thing, no verb after it (`declared
        # the war was over` is speech)
        act_object=compile_pattern(
            r"(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?"
            + folded_alternation(res.act_objects)
            + r"(?!\s+(?:is|was|were|had|has|would|will)\b)"
        ),
        ticker=compile_pattern(res.ticker),
        list_and=compile_pattern(r"\.?(?:\s+" + res.ticker + r")?\s+(?:and|&)\s"),
        age_description=compile_pattern(res.age_description),
        firm_part=compile_pattern(
            r"(?r)(?-i:[[:upper:]])[\w.&'-]*(?:\s+(?-i:[[:upper:]])[\w.&'-]*){0,2},\s+$"
        ),
        # the owner right before the noun, at most two modifiers between (`Putin's key`)
        owner=compile_pattern(
            r"(?P<who>(?-i:[[:upper:]])[\w.-]*(?:\s+(?-i:[[:upper:]])[\w.-]*){0,3})'s"
            r"(?:\s+[\w-]+){0,2}\s+$"
        ),
    )


_new_statement = constructor(Statement)
_PARAGRAPH = regex.compile(r"\n\s*")
# in hard-wrapped copy (lines of about 70 characters, as on the old wires) a line break is
# no paragraph break: only a blank line or an indented line opens a paragraph
_WRAPPED_PARAGRAPH = regex.compile(r"\n[ \t]*\n\s*|\n[ \t]+")
# a line that breaks mid-sentence (`a word\nits next`): the mark of hard-wrapped copy
_WRAP = regex.compile(r"(?<=[\w,;]\"?)\n(?=[\w\"'(])")
_WRAPPED_SHARE = 3  # wrapped copy: at least one line break in this many breaks mid-sentence
_WRAPPED_MIN = 2  # ... and at least this many
# a double quotation mark: `"` or the `` `` ... '' `` of Penn Treebank-style copy
_DOUBLE_MARK = regex.compile(r'"|``|(?<!\w)\'\'|\'\'(?!\w)')
_DOUBLE_MARKS = ('"', "``", "''")  # one of these is in every _DOUBLE_MARK match
# a single-quoted passage: opens before a word, closes after one; apostrophes inside
# words (`it's`) allowed; one paragraph at most
_SINGLE_QUOTE = regex.compile(
    r"(?<![\w'`])'(?=[\w\"])(?:[^'\n]|(?<=\w)'(?=\w)){1,400}?(?<=[\w.,!?])'(?![\w'])"
)
_PLURAL = frozenset({"they", "we"})
_WE = regex.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")
_ARTICLES = frozenset({"a", "an", "the"})
_INDEFINITE = frozenset({"a", "an"})
_CLOSING = regex.compile(r"[.!?]?(?:\"|'')")  # a quotation's closing mark after its content
_SET_OFF_BREAK = regex.compile(r'[."`]\s|["`]')  # a sentence's end or a quotation mark
_SET_OFF_CLOSE = frozenset(",?!")  # closing a quotation that a reporting clause follows
_SET_OFF_WORDS = 10  # of a description set off by commas (`a spokeswoman for the ministry`)
_MODIFIERS = regex.compile(r"\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}")
_TO_OR_THAT = regex.compile(r"\s+(?:to|that)\s", regex.IGNORECASE)
_PHRASE_THAT = regex.compile(
    r"\s*,?\s*(?P<phrase>(?:in|at|on|during|with|from)\s+[^,;.!?\"]{1,80}?)\s+that\s"
)
_PARTICIPLE_THAT = regex.compile(
    r"\s*,?\s*(?P<phrase>(?:in|at|on|during|with|from|\p{Ll}+ed)\s+[^,;.!?\"]{1,80}?)\s+that\s",
    regex.VERSION1,
)
# a finite verb makes the phrase a clause (`at least 20 people were killed that day`)
_FINITE = regex.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|did|does|do)\b"
)
# speakers that refer back, and the kind they stand for
_REFERRING: dict[str, str] = {
    "it": "organization",
    "he": "person",
    "she": "person",
    # `according to him`
    "him": "person",
    "her": "person",
}
# `according to a statement (today) by X`: the document, then its author
_BY_AUTHOR = regex.compile(r"(?:\s+[\w-]+){0,3}?\s+by\s+(?=(?:the\s+)?\p{Lu})")
_OUTER_REACH = 3  # statements before one read for the statement its content opens
_DESCRIPTION = 4  # words in `the head of state`; longer phrases name their speaker
# what follows a cue is only where, when or how it was said: `said in an interview with X on
# Thursday`, `said as dawn broke Saturday` (no `that`, no comma): the content is the clause
# before; a name there may take one apposition (`at Camp Crame, PNP headquarters in the
# capital`, `in Busan, South Korea`): a capitalized or `the` phrase with no auxiliary verb
_ADJUNCT_ONLY = regex.compile(
    r"(?:in|at|on|during|after|before|with|via|through|from|when|while|until|\p{Ll}+ing"
    r"|prior\sto|ahead\sof)\s"  # `..., the chief said on Saturday ahead of a meeting`
    r"(?:(?!\bthat\b)[^,;:\"])*"
    r"(?:(?<=(?-i:\b\p{Lu})[\w.'-]*),\s(?-i:the\s|\p{Lu})"
    r"(?:(?!\b(?:that|is|are|was|were|has|have|had|will|would|could|can|may|might)\b)"
    r"[^,;:\"])*)?$",
    regex.IGNORECASE,
)
_WORD = regex.compile(r"\S+")
_CLAUSE_COMMA = regex.compile(r",\s(?!\d)")  # not `the Cyber Security Bill, 2023`
_SUBORDINATE_OPENING = regex.compile(r"(?:While|Whilst|Although|Though|Even though|Whereas)\s+$")
# `"We guessed ...," a miner called Wang told Xinhua`: the clause before the speaker is one
# quotation, so what was said is quoted, though its speaker is no shape the quote rules take
_QUOTED_CLAUSE = regex.compile(r'"[^"]+,"')
# `said "it is quite clear" that ...`: a quotation the reported clause goes on after
# the window `_THAT_AFTER` is matched in: without an end, `regex` looks for the pattern's
# literal through the rest of the text on every call (quadratic over a text of quotations)
_THAT_WINDOW = 64
_THAT_AFTER = regex.compile(
    r"\s+that\s(?!(?:night|day|morning|afternoon|evening|week|month|year|time)\b)"
)
# words before a source's verb that make it no source's (`, but was to be announced Monday`)
_NO_SOURCE = frozenset({"and", "but", "or", "be", "been", "was", "were", "is", "are", "to"})
# `according to local TV reports`: the cue is the noun of the source just named, no verb
_ACCORDING_NOUN = regex.compile(r"(?r)\baccording\s+to\s+(?:[\w-]+\s+){0,3}$", regex.IGNORECASE)
_PARTICIPLE_PART = regex.compile(r"\p{Ll}+ed\s(?:(?!\bthat\b)[^,;:\"])*$")


def _adverbial(norm: str, start: int, end: int) -> bool:
    """Whether ``norm[start:end]`` is an opening adverbial, no content: a short phrase of a
    preposition (`In Almaty`), or one with participle phrases after commas (`In his appeal,
    lodged last week,`), each part short and without a finite verb."""
    parts = norm[start:end].split(",")
    if any(len(part.split()) > _ADVERBIAL_WORDS for part in parts):
        return False
    if _ADJUNCT_ONLY.match(parts[0]) is None:
        return False
    return len(parts) == 1 or (
        _FINITE.search(norm, start, end) is None
        and all(_PARTICIPLE_PART.match(part.strip()) for part in parts[1:])
    )


_SOURCE_FIRST = regex.compile(r"(?:by|in|on)\b")  # `quoted as saying by Interfax`
_LIST_END = regex.compile(r"\s(?:and|or|and/or|&)\s")  # `A, B and C`: a list, no opening
_PARTNERS = regex.compile(r"\s(?:and|&)\s")  # `Upham Harris and Co`: a firm of partners
_ADVERB_END = regex.compile(r"\s+([a-z]+ly)$")  # `the president repeatedly`
_NAME_SHAPE = regex.compile(r"\p{Lu}[\p{Ll}'-]+(?:\s\p{Lu}[\p{Ll}'-]+){1,2}")  # `Zbiegniew Madej`
_QUOTED = regex.compile(r"\bquot(?:ed|es)\s+(?!(?:as|by)\b)")  # `X quoted Y as saying`, active
_AS_ONLY = regex.compile(r"as\s(?:(?!\bthat\b)[^,;:\"])*$", regex.IGNORECASE)


@dataclass
class _Finder:
    doc: Document
    clauses: Clauses
    rules: _Rules
    at: _Anchored  # ``rules.anchored``, or ``rules.ascii`` for an ASCII text

    @cached_property
    def wrapped(self) -> bool:
        """Whether the copy is hard-wrapped: the text layer joined its wrapped lines (the
        line breaks left are paragraph breaks or lines with trailing spaces), or many of its
        line breaks fall mid-sentence (read only for a document with a quotation near a line
        break)."""
        if self.doc.normalized.unwrapped:
            return True
        wraps = len(_WRAP.findall(self.doc.norm))
        return wraps >= _WRAPPED_MIN and wraps * _WRAPPED_SHARE >= self.doc.norm.count("\n")

    def breaks(self, start: int, end: int) -> list[regex.Match[str]]:
        """The paragraph breaks between two offsets: in hard-wrapped copy a blank or an
        indented line, elsewhere any line break."""
        pattern = _WRAPPED_PARAGRAPH if self.wrapped else _PARAGRAPH
        return list(pattern.finditer(self.doc.norm, start, end))

    def antecedent(self, start: int, statements: list[Statement]) -> Statement | None:
        """For `they said`: the statement before it, at most two sentences back."""
        sentences = self.doc.sentences
        here = self.doc.sentence_index(start)
        floor = sentences[max(0, here - 2)][0]
        for s in reversed(statements):  # in text order: stop below the floor
            s_start = self.doc.local(s.span)[0]
            if s_start < floor:
                break
            if s_start < start and s.speaker is not None:
                return s
        return None

    def make(
        self,
        rule: str,
        span: tuple[int, int],
        speaker: tuple[int, int] | None,
        cue: str,
        content: tuple[int, int],
        direct: bool,
    ) -> Statement:
        """A statement record; the speaker is linked when it names a participant."""
        # `Robert Bretz, chairman of X said`: a comma inside the speaker or right before it
        norm = self.doc.norm
        if (
            speaker is not None
            and speaker[1] - speaker[0] <= _TICKER_CHARS
            and norm.find(".", *speaker) != -1  # in C: most speakers hold no period
            and self.rules.ticker.fullmatch(norm, *speaker)
        ):
            # `Lowe's Cos. LOW.N said`: the name before the ticker, as written with it
            # (the sentence splitter may have cut after `Cos.`: a bounded reach back instead)
            lo = max(self._dateline_end, speaker[0] - _ATTRIBUTION_REACH)
            name = self.clauses.noun_phrase_before(speaker[0], lo)
            if name is not None:
                span = (name[0], span[1]) if span[0] == speaker[0] else span
                speaker = (name[0], speaker[1])
        if speaker is not None and norm.endswith("ly", 0, speaker[1]):  # in C: most fail
            adverb = _ADVERB_END.search(norm, *speaker)
            if adverb is not None and adverb.group(1) not in self.rules.res.ly_nouns:
                speaker = (speaker[0], adverb.start())  # `Bankers generally said`
        if speaker is not None and norm.endswith(self.rules.firm_endings, *speaker):
            firm = self.firm_name(*speaker)
            span = (firm[0], span[1]) if span[0] == speaker[0] else span
            speaker = firm
        named = (
            self.named_before(*speaker)
            if speaker is not None
            and (norm.find(",", *speaker) != -1 or norm.endswith(", ", 0, speaker[0]))
            else None
        )
        if named is not None and speaker is not None:
            span = (named[0], span[1]) if span[0] == speaker[0] else span
            speaker = named
        participant = (
            None
            if speaker is None
            else self.speaker_of(*speaker)
            if norm.startswith(("the ", "The "), speaker[0])  # in C: most speakers fail
            else self.clauses.resolve(*speaker)
        )
        content = _trim(norm, *content)
        if not direct and (norm.find('"', *content) != -1 or norm.find("``", *content) != -1):
            content = _balanced(norm, *content)
        return _new_statement(
            {
                "span": self.doc.span(*span),
                "speaker_id": participant.id if participant else None,
                # a name broken over a wrapped line is one name: spaces collapsed
                "speaker": " ".join(self.doc.original(*speaker).split()) if speaker else None,
                "cue": " ".join(cue.lower().split()),
                "content": self.doc.span(*content),
                "direct": direct,
                "rule": f"{_FAMILY}.{rule}",
            }
        )

    def firm_name(self, start: int, end: int) -> tuple[int, int]:
        """`Smith Barney, Upham Harris and Co`: a firm's name with the capitalized parts a
        comma sets off before its last part (at most three), else the speaker as read."""
        norm = self.doc.norm
        if (
            not norm[start].isupper()
            or norm[start:end].rsplit(None, 1)[-1] not in self.rules.res.firm_endings
            or not _PARTNERS.search(norm, start, end)
        ):
            return start, end
        lo = max(0, start - _CUE_REACH, self.doc.sentence_of(start)[0], self._dateline_end)
        for _ in range(3):
            m = self.rules.firm_part.search(norm, lo, start)
            if m is None or self.clauses.overlapping(m.start(), m.end()):
                break  # a place or a name of its own (`Calif.`, `Lazard,`) before the comma
            if self.clauses.in_time(m.start(), m.end() - 2):
                break
            start = m.start()
        return start, end

    @cached_property
    def _dateline_end(self) -> int:
        """Where the dateline ends (0 without one): no speaker's name starts before it."""
        return self.doc.local(self.doc.dateline.span)[1] if self.doc.dateline else 0

    def speaker_of(self, start: int, end: int) -> Participant | None:
        """The participant a speaker names: `the company` opening its sentence is the
        organization that is the subject of the sentence before, when one is (not the last
        firm named); a description with a name no participant holds (`the Interfax news
        agency`) is that unknown one, linked to none."""
        words = self.doc.norm[start:end].split()
        if len(words) > _DESCRIPTION:
            return self.clauses.resolve(start, end)
        if words[-1].lower() in self.rules.res.outlet_heads and any(
            w[0].isupper() and w not in self.known_words and country_of_demonym(w) is None
            for w in words[1:]
        ):
            return self.clauses.participant_in(start, end)
        found = self.clauses.resolve(start, end)
        subject = (
            self.clauses.subject_before(start)
            if found is not None and found.kind == "organization"
            else None
        )
        if subject is not None:
            before = self.clauses.participant_in(*subject)
            if before is not None and before.kind == "organization":
                return before
            if (
                before is None
                and len(self.doc.norm[subject[0] : subject[1]].split()) > 1
                and not self.clauses.overlapping(*subject)
            ):
                return None  # a firm the participants stage did not read: maybe this one
        return found

    @cached_property
    def known_words(self) -> frozenset[str]:
        """Every word of a participant's mention (`U.S.` in `the U.S. company`)."""
        return frozenset(
            w for p in self.doc.participants for m in p.mentions for w in m.text.split()
        )

    def named_before(self, start: int, end: int) -> tuple[int, int] | None:
        """`Robert Bretz, chairman of X at Y said`: the person named right before a
        description that opens with a singular lower-case noun and has a preposition, set
        off by a comma before it and none after; the speaker read may hold both."""
        norm = self.doc.norm
        comma = norm.find(",", start, end)
        inside = comma != -1 and norm[start].isupper()
        described = comma + 1 if inside else start
        while described < end and norm[described].isspace():
            described += 1
        words = norm[described:end].split()
        if (
            not norm[described : described + 1].islower()
            or len(words) < 3
            or words[0].endswith("s")
            or words[0] in lexicon().determiners
            or self.rules.res.appositive_links.isdisjoint(words)
        ):
            return None  # most speakers: no such description (cheap tests first)
        if inside:
            name: tuple[int, int] | None = (start, comma)
        else:
            comma = rstrip_end(norm, start) - 1
            if comma < 1 or norm[comma] != ",":
                return None
            name = self.clauses.noun_phrase_before(comma, self.doc.sentence_of(comma)[0])
        if name is None or not norm[name[0]].isupper():
            return None
        person = self.clauses.participant_in(*name, frozenset({"person"}))
        return name if person is not None else None

    # -- quotations ----------------------------------------------------------------------

    def quotations(self) -> list[tuple[int, int]]:
        """Quotation spans (marks included); a quote left open at a paragraph end goes on
        when the next paragraph opens with a quotation mark, as wire copy does."""
        norm = self.doc.norm
        # most texts hold no double quotation mark: three scans in C tell them
        quoting = any(map(norm.__contains__, _DOUBLE_MARKS))
        found_marks = list(_DOUBLE_MARK.finditer(norm)) if quoting else []
        marks = [m.start() for m in found_marks]
        mark_end = {m.start(): m.end() for m in found_marks}  # `''` is two characters
        found: list[tuple[int, int]] = []
        i = 0
        while i < len(marks):
            opened = last = marks[i]
            j = i + 1
            closed = False
            while j < len(marks):
                # a quote runs over line wraps, and over a paragraph break only when the
                # next paragraph opens with a mark (wire copy's multi-paragraph quote)
                paras = self.breaks(last + 1, marks[j]) if "\n" in norm[last + 1 : marks[j]] else []
                if paras:
                    if len(paras) > 1 or paras[0].end() != marks[j]:
                        break
                    last = marks[j]
                    j += 1
                    continue
                found.append((opened, mark_end[marks[j]]))
                closed = True
                break
            i = j + 1 if closed else i + 1
        # single quotes (`'...'`, curly ones straightened) outside the double ones
        single = [
            m.span()
            for m in _SINGLE_QUOTE.finditer(norm)
            if not self.quoted(m.start(), found) and not self.quoted(m.end() - 1, found)
        ]
        return sorted(found + single) if single else found

    def reporting_after(self, end: int) -> tuple[int, int, int, int] | None:
        """`"...," he said` / `"...," said Smith`: (clause start, clause end, speaker)."""
        norm = self.doc.norm
        limit = min(len(norm), end + _ATTRIBUTION_REACH)
        # bounded: an unbounded search is O(text) per quote
        paras = self.breaks(end, limit) if "\n" in norm[end:limit] else []
        if paras:
            limit = paras[0].start()
        cue = self.at.quote_cue.search(norm, end, limit)
        if cue is None:
            return None
        lead = norm[end : cue.start()]
        if not lead.strip(" ,\n"):  # a wrapped line may break before the cue
            speaker = self.clauses.noun_phrase_after(cue.end() + 1, limit)
            if speaker is None:
                return None
            return cue.start(), speaker[1], *speaker
        # `"...," Zurabov was quoted by RIA Novosti as saying`: the subject of the passive
        passive = self.rules.quoted_passive.search(norm, end, cue.start())
        quoted = (
            _QUOTED.search(norm, end, cue.start())
            if passive is None and norm.endswith(" as ", 0, cue.start())
            else None
        )
        if quoted is not None:
            # `"...," Vietnam News Agency quoted Hoang Van Dung, chairman of ..., as saying`:
            # the one quoted speaks; not when a clause follows (`Under a headline of '...',
            # The Sunday Telegraph quoted Kewell as saying the Socceroos were ...`)
            if _FINITE.search(norm, cue.end(), self.doc.sentence_of(cue.start())[1]):
                return None
            who = self.clauses.noun_phrase_after(quoted.end(), cue.start())
            return None if who is None else (quoted.end(), cue.end(), *who)
        # `"...," Gumport also said`: an adverb between the speaker and the cue
        adverb = self.rules.quote_adverb.search(norm, end, cue.start())
        before = passive.start() if passive else adverb.start() if adverb else cue.start()
        speaker = self.clauses.noun_phrase_before(before, end)
        if speaker is None:
            # `"...," a dealer with a U.S. bank commented`: the phrase after the preposition,
            # its head in the gap read below
            link = self.rules.link.search(norm, end, before)
            speaker = (
                self.clauses.noun_phrase_before(before, link.end(), governed=True) if link else None
            )
        if speaker is None:
            speaker = self.set_off(end, before)
        if speaker is None:
            return None
        gap = norm[end : speaker[0]].strip(" ,'\n")
        if gap and (not _MODIFIERS.fullmatch(gap) or any(w in lexicon().stop for w in gap.split())):
            if self.rules.head_of.fullmatch(gap):
                # `"...," a dealer with a U.S. bank commented`: the phrase's head is in the gap
                return norm.index(gap, end), cue.end(), norm.index(gap, end), speaker[1]
            # `"...," Mark Brett, economist at X said`: the name before the appositive
            named = self.named_before(*speaker)
            if named is None or norm[end : named[0]].strip(" ,'\n"):
                return None
            return named[0], cue.end(), *named
        if gap:
            # `"...," former team-mate and fellow great Franz Beckenbauer told`: the
            # lower-case words left of the phrase belong to it
            speaker = (norm.index(gap, end), speaker[1])
        return speaker[0], cue.end(), *speaker

    def set_off(self, end: int, cue_start: int) -> tuple[int, int] | None:
        """`"...," Smith, 54, said`, `"...," Ana Ruiz, a spokeswoman, told reporters`: a name
        (capitalized words) right after the quotation, then a description set off by commas
        (no sentence's end, no quotation mark inside)."""
        norm = self.doc.norm
        if norm[end - 2 : end - 1] not in _SET_OFF_CLOSE and not norm.startswith(",", end):
            return None  # `"... ready." Smith, 54, said the talks ...`: a sentence of its own
        start = end
        while start < cue_start and norm[start] in " ,'\n":
            start += 1
        comma = norm.find(",", start, cue_start)
        close = rstrip_end(norm, cue_start) - 1
        if comma < 0 or close <= comma or norm[close] != ",":
            return None  # most quotations: the speaker alone before the cue
        described = norm[comma + 1 : close]
        if len(described.split()) > _SET_OFF_WORDS or _SET_OFF_BREAK.search(described):
            return None
        name_end = rstrip_end(norm, comma)
        name = norm[start:name_end].split()
        if not 0 < len(name) <= _SET_OFF_WORDS // 2 or not all(w[0].isupper() for w in name):
            return None  # a name (`Smith`, `Acme Corp`), not a phrase that names no one
        return start, name_end

    def reporting_before(self, start: int) -> tuple[int, int, int, int] | None:
        """`Smith said: "..."`: the reporting clause ending right before a quotation."""
        norm = self.doc.norm
        reach = max(0, start - _ATTRIBUTION_REACH)
        paras = self.breaks(reach, start) if "\n" in norm[reach:start] else []
        lo = paras[-1].end() if paras else reach
        if lo == start and paras and norm[paras[-1].start() - 1] == ":":
            # `... but added:` closing a paragraph, the quotation opening the next
            start = paras[-1].start()
            lo = paras[-2].end() if len(paras) > 1 else reach
        cues: list[_Match] = [*self.at.quote_cue.finditer(norm, lo, start)]
        if not cues:
            return None
        cue = cues[-1]
        opener = self.content_after(cue.end(), start, " ".join(cue.group().lower().split()))
        lead = norm[opener:start].rstrip()
        # `It said only, "..."`, `told a television interviewer, "..."`: a few words closed
        # by a comma or colon; `said the plan was "unworkable"` is reported speech
        if lead.strip(" ,:") and (
            not lead.endswith((",", ":"))
            or len(lead.split()) > _LEAD_WORDS
            or '"' in lead
            or "`" in lead
        ):
            return None
        # the sentence may open before the reach (`Roger Hemminghaus, vice president of ...
        # and chief executive of ..., said, "..."`), not before the paragraph
        sentence_start = max(lo if paras else 0, self.doc.sentence_of(cue.start())[0])
        word = " ".join(cue.group().lower().split())
        speaker = None
        if word in self.rules.participles:
            # `X quoted Y as saying: "..."`, `In his evidence to X, Lawson repeated ...,
            # adding that "..."`: the one quoted, else the subject opening the main clause
            speaker = self.quoted_as(cue.start(), sentence_start) or self.main_subject(
                cue.start(), sentence_start
            )
        if speaker is None:
            speaker = self.subject(cue.start(), sentence_start)
        if speaker is None:
            speaker = self.appositive(cue.start(), sentence_start)
        joined = (
            self.rules.joined.search(norm, sentence_start, cue.start()) if speaker is None else None
        )
        if joined is not None:
            # `X told Reuters that ..., but added: "..."`: the subject of the cue before
            # `and`/`but` in the sentence, else the one opening it
            opening = self.doc.sentence_of(cue.start())[0]
            earlier = list(self.rules.cue.finditer(norm, opening, joined.start()))
            speaker = (
                self.clauses.subject(earlier[-1].start(), opening)
                if earlier
                else self.clauses.opening_subject(joined.start(), opening)
            )
        if speaker is None and word in self.rules.participles:
            speaker = self.opening_name(sentence_start)
        if speaker is None:
            return None
        return speaker[0], cue.end(), *speaker

    def quoted_as(self, cue_start: int, sentence_start: int) -> tuple[int, int] | None:
        """`The newspaper quoted the minister as saying`: the one quoted."""
        lo = max(sentence_start, cue_start - 2 * _CUE_REACH - 20)
        passive = self.rules.quoted_passive.search(self.doc.norm, lo, cue_start)
        if passive is not None:  # `Yeltsin was quoted as saying`
            return self.clauses.subject(passive.start(), sentence_start)
        m = self.rules.quoted_as.search(self.doc.norm, lo, cue_start)
        return m.span("who") if m is not None else None

    def main_subject(self, end: int, sentence_start: int) -> tuple[int, int] | None:
        """The subject opening a sentence's main clause, after an opening adverbial set off
        by a comma (`In his evidence to X, Lawson repeated ...`)."""
        found = self.clauses.opening_subject(end, sentence_start)
        if found is not None:
            return found
        comma = self.doc.norm.find(",", sentence_start, end)
        if comma == -1 or len(self.doc.norm[sentence_start:comma].split()) > _OPENING_WORDS:
            return None
        return self.clauses.opening_subject(end, comma + 1)

    def appositive(self, cue_start: int, sentence_start: int) -> tuple[int, int] | None:
        """`Michael Samuels, U.S. ambassador to the GATT, told Reuters:`: the noun phrase
        before an appositive set off by commas right before the cue (no quote inside)."""
        norm = self.doc.norm
        close = rstrip_end(norm, cue_start) - 1
        if close <= sentence_start or norm[close] != ",":
            return None
        open_ = norm.rfind(",", sentence_start, close)
        if open_ == -1 or '"' in norm[open_:close] or "`" in norm[open_:close]:
            return None
        return self.clauses.noun_phrase_before(open_, sentence_start)

    def opening_name(self, start: int) -> tuple[int, int] | None:
        """`Martonyi called it "...," saying: "..."`: the person or organization named at
        the start of the sentence, the subject a participle goes with."""
        k = self.clauses.token_index(start)
        if k >= len(self.doc.tokens):
            return None
        first = self.doc.tokens[k].start
        names = [
            m
            for m in self.clauses.overlapping(first, first + 1)
            if m.start == first and m.participant.kind in ("person", "organization")
        ]
        if names:
            return first, max(m.end for m in names)
        # a name the participants stage did not read: the capitalized words opening it
        end_k = k
        tokens = self.doc.tokens
        while end_k < len(tokens) and tokens[end_k].text[0].isupper():
            end_k += 1
            if (
                end_k + 1 < len(tokens)
                and tokens[end_k].text.islower()
                and tokens[end_k + 1].text[0].isupper()
            ):
                end_k += 1  # `Olympic champion Kostas Kederis`: a title before the name
        if end_k == k or tokens[k].text.lower() in lexicon().stop | lexicon().determiners:
            return None
        return first, tokens[end_k - 1].end

    @cached_property
    def headings(self) -> list[tuple[int, int, int, int]]:
        """`Putin's key statements`: (noun start, noun end, speaker start, speaker end) of
        each phrase announcing someone's words, in text order (read when first needed)."""
        norm = self.doc.norm
        found: list[tuple[int, int, int, int]] = []
        # an ASCII text without a heading noun's first word (lower-cased, in C) has none
        if norm.isascii() and not any(map(norm.lower().__contains__, self.rules.heading_words)):
            return found
        for m in self.rules.heading.finditer(norm):
            owner = self.rules.owner.search(norm, max(0, m.start() - _OWNER_REACH), m.start())
            # a heading names the words and goes on with no verb (`Below are Putin's key
            # statements:`); `Castro's remarks ... were aimed at` is narrative
            if owner is not None and not _FINITE.search(
                norm, m.end(), self.doc.sentence_of(m.start())[1]
            ):
                found.append((m.start(), m.end(), *owner.span("who")))
        return found

    @staticmethod
    def heading(
        headings: list[tuple[int, int, int, int]], start: int, previous_end: int
    ) -> tuple[int, int, int, int] | None:
        """The heading a quotation at ``start`` falls under: the last one before it, after
        the last attributed quotation and not too far back."""
        k = bisect_left(headings, (start,)) - 1
        if k < 0:
            return None
        h = headings[k]
        return h if previous_end < h[0] and start - h[1] <= _HEADING_REACH else None

    def direct(self) -> tuple[list[Statement], list[tuple[int, int]], set[int]]:
        """Direct statements, every quotation span, and the cue offsets they used."""
        statements: list[Statement] = []
        used: set[int] = set()
        quotes = self.quotations()
        previous: Statement | None = None
        previous_end = -1
        for start, end in quotes:
            # both marks may be two characters (`` ``...'' ``); _trim drops what is left
            close = 2 if self.doc.norm[end - 2 : end] == "''" else 1
            content = _trim(self.doc.norm, start + 1, end - close)
            while content[1] > content[0] and self.doc.norm[content[1] - 1] in ",. ":
                content = (content[0], content[1] - 1)
            words = len(self.doc.norm[content[0] : content[1]].split())
            # `Calling her "an excellent girl," Castro said ...`: a short phrase quoted inside a
            # clause (a word right before it) is no content of the reporting clause after it
            embedded = (
                words < self.rules.res.min_quote_words
                and start > 1
                and self.doc.norm[start - 1].isspace()
                and self.doc.norm[start - 2].isalnum()
            ) or _THAT_AFTER.match(self.doc.norm, end, end + _THAT_WINDOW) is not None
            if embedded:
                self.doc.reject(_FAMILY, start, end, "quotation", "a phrase inside a clause")
                continue
            # `Amstutz said "... severe." He said USDA ...`: a quotation closing its sentence
            # after a reporting clause is that clause's; the cue after opens the next one
            closed = self.doc.norm[end - close - 1 : end - close] in (".", "!", "?")
            found = None if closed and self.reporting_before(start) else self.reporting_after(end)
            rule = "quote_then_speaker"
            if found is not None and self.doc.norm.endswith(
                ":", 0, rstrip_end(self.doc.norm, start)
            ):
                # `Annan said: "...," he said`: one statement with two cues, not two
                twice = self.reporting_before(start)
                said = [*self.at.quote_cue.finditer(self.doc.norm, *twice[:2])] if twice else []
                if said:
                    used.add(said[-1].start())
            if found is None:
                found = self.reporting_before(start)
                rule = "speaker_then_quote"
            if found is not None:
                c_start, c_end, s_start, s_end = found
                # the cue opens the clause (`said Smith`) or closes it (`Smith said`, `Smith
                # confirmed ... but added`)
                cues: list[_Match] = [*self.at.quote_cue.finditer(self.doc.norm, c_start, c_end)]
                if not cues:
                    continue
                cue = cues[0] if cues[0].start() == c_start else cues[-1]
                used.add(cue.start())
                opening = self.clause_before(start) if rule == "quote_then_speaker" else None
                # `Washington does not expect ... troops "any time in the near future,"
                # Jeffrey told ...`: the quotation ends a clause of the writer's words, which
                # the speaker said too: made as reported speech (its marks balanced), still
                # direct (the quotation is in it)
                previous = self.make(
                    rule,
                    (c_start, c_end),
                    (s_start, s_end),
                    cue.group(),
                    content if opening is None else (opening, end),
                    opening is None,
                )
                if opening is not None:
                    previous = previous.model_copy(update={"direct": True})
                previous_end = end
                statements.append(previous)
            elif words >= self.rules.res.min_quote_words and (
                heading := self.heading(self.headings, start, previous_end)
            ):
                # `Below are Putin's key statements:` and the quotes under it
                noun_start, noun_end, who_start, who_end = heading
                statements.append(
                    self.make(
                        "heading",
                        (who_start, noun_end),
                        (who_start, who_end),
                        self.doc.norm[noun_start:noun_end],
                        content,
                        True,
                    )
                )
            elif words >= self.rules.res.min_quote_words and previous is not None:
                # a further quotation in the same or the next paragraph: the same speaker
                # unless another reporting verb comes between (`And Geremek said it was "..."`)
                since = max(previous_end, self.doc.local(previous.span)[1])
                between = self.doc.norm[since:start]
                if between.count("\n") <= 2 and self.rules.cue.search(between) is None:
                    statements.append(
                        previous.model_copy(
                            update={
                                "content": self.doc.span(*content),
                                "rule": f"{_FAMILY}.continued_quote",
                            }
                        )
                    )
                    previous_end = end
            else:
                self.doc.reject(_FAMILY, start, end, "quotation", "no reporting clause")
        return statements, quotes, used

    def clause_before(self, start: int) -> int | None:
        """Where the clause opens whose words a quotation opening at ``start`` ends (`the
        withdrawal of US troops "any time ...`): after a word of its sentence (not a colon,
        nor the sentence's start or its dateline), with no cue of its own before (`Mobutu had
        warned that "...`, `The company said it expects "...`: a statement of its own)."""
        norm = self.doc.norm
        if start < 2 or norm[start - 1] != " " or not norm[start - 2].isalnum():
            return None
        opening = max(self.doc.sentence_of(start - 2)[0], self._dateline_end)
        while opening < start and norm[opening].isspace():
            opening += 1
        if opening >= start - 2 or self.rules.cue.search(norm, opening, start) is not None:
            return None
        return opening

    # -- reported speech -------------------------------------------------------------------

    def conjoined(self, pos: int, end: int) -> int:
        """Where a content ends before `and` and another cue or verb of the speaker
        (`condemned the attack and said that ...`, `and called on ...`), else ``end``; the
        cue alternation is tried only after each ` and `."""
        norm = self.doc.norm
        k = norm.find(" and ", pos, end)
        while k != -1:
            space = norm.find(" ", k + 5, end)
            word = norm[k + 5 : space if space != -1 else end].lower()
            if word in self.rules.conjoined_first and self.rules.conjoined.match(norm, k + 5, end):
                return k - 1 if norm[k - 1] == "," else k
            k = norm.find(" and ", k + 5, end)
        return end

    def content_after(self, pos: int, sentence_end: int, cue: str) -> int:
        """Where the content starts after a cue: listeners, adjuncts and `that` skipped."""
        norm = self.doc.norm
        m = self.at.listener.match(norm, pos, sentence_end)
        if m is not None and (cue in self.rules.res.listener_cues or m.group().split()[0] == "to"):
            pos = m.end()
            listener = self.clauses.noun_phrase_after(pos, sentence_end)
            if m.group().strip() == "to" and listener is not None:
                pos = listener[1]  # `confirmed to AFP news agency that`
        elif cue in self.rules.res.listener_cues:
            listener = self.clauses.noun_phrase_after(pos + 1, sentence_end)
            if listener is not None and (
                norm[listener[0]].isupper()
                # `told shareholders to take no action`, `warned investors that`, `told his
                # cabinet on Monday that`
                or _TO_OR_THAT.match(
                    norm, self.clauses.skip_time(listener[1], sentence_end), sentence_end
                )
                # `told a radio station in an interview that`
                or _PHRASE_THAT.match(norm, listener[1], sentence_end)
            ):
                pos = listener[1]
        m = self.at.adjunct.match(norm, pos, sentence_end)
        adjunct = m is not None
        if m is not None:
            pos = m.end()
        k = bisect_left(self.clauses.times, (pos, pos))
        if k < len(self.clauses.times):
            t_start, t_end = self.clauses.times[k]
            gap = norm[pos:t_start].strip(" ,").lower()
            # not `last month's discovery`: a time owning the content's subject
            if (
                gap in {"", "on", "in", "at"}
                and t_end <= sentence_end
                and not norm.startswith("'", t_end)
                and not self.modifies_noun(t_start, t_end)
            ):
                pos = t_end
        # `said in a statement issued Tuesday that`, `said in an interview with a local
        # television station at her office that`: a prepositional phrase before `that`
        # both phrase patterns close with `that`: most contents hold none (a search in C)
        if norm.find("that", pos, sentence_end) != -1:
            m = (_PARTICIPLE_THAT if adjunct else _PHRASE_THAT).match(norm, pos, sentence_end)
            if m is not None and not _FINITE.search(m.group("phrase")):
                pos = m.end()  # ... and `in a statement issued Tuesday that`
        pos = self.at.that.match(norm, pos, sentence_end).end()  # type: ignore[union-attr]
        # `said on Monday said it will pay`: the cue written twice is no part of the content
        again = pos + len(cue)
        if norm[pos:again].lower() == cue and norm[again : again + 1].isspace():
            pos = self.at.that.match(norm, again, sentence_end).end()  # type: ignore[union-attr]
        return pos

    @cached_property
    def periods(self) -> frozenset[int]:
        """Where the times naming a month, quarter, week or year start (not a day)."""
        return frozenset(
            self.doc.local(t.span)[0]
            for t in self.doc.times
            if t.value and t.value[:4].isdigit() and len(t.value) < len("2000-01-01")
        )

    def modifies_noun(self, start: int, end: int) -> bool:
        """`said February sales rose`: a month or year before a lower-case noun is part of
        the content's subject, not when it was said (`said Tuesday the company ...` is)."""
        if start not in self.periods:
            return False
        words = self.doc.norm[end : end + _CUE_REACH].split(maxsplit=1)
        word = words[0] if words else ""
        words_of = lexicon()
        return (
            word.isalpha()
            and word.islower()
            and word != "that"
            and word not in words_of.determiners
            and word not in words_of.subject_pronouns
        )

    def cues(self) -> list[_Match]:
        """Cue matches, tried only at tokens that can start a cue (bounded, not overlapping);
        a scan of the whole text with the cue alternation is several times slower."""
        norm = self.doc.norm
        found: list[_Match] = []
        reached = 0
        for at in token_starts(self.doc, self.rules.first_words):
            if at < reached:
                continue
            m = self.at.cue.match(norm, at, at + _CUE_REACH)
            if m is not None:
                found.append(m)
                reached = m.end()
        return found

    @staticmethod
    def quoted(offset: int, quotes: list[tuple[int, int]]) -> bool:
        """Whether ``offset`` lies inside one of the (sorted, disjoint) quotations."""
        k = bisect_left(quotes, (offset, offset)) - 1
        return k >= 0 and quotes[k][0] < offset < quotes[k][1]

    def reported(
        self, quotes: list[tuple[int, int]], used: set[int], direct: list[Statement]
    ) -> list[Statement]:
        """Statements from reporting verbs outside quotations; ``direct`` for the speaker of
        a participle after a quotation's reporting clause (`"...," X said, adding that`)."""
        norm = self.doc.norm
        res = self.rules.res
        found: list[Statement] = []
        said = sorted(((self.doc.local(s.span)[0], s) for s in direct), key=lambda p: p[0])
        said_starts = [at for at, _ in said]
        # the dateline opens the first sentence but is not part of what was said
        dateline = self.doc.dateline
        dateline_end = self.doc.local(dateline.span)[1] if dateline is not None else None
        for m in self.cues():
            start, end = m.span()  # read once: a dozen uses per cue
            if start in used or self.quoted(start, quotes):
                continue
            cue = " ".join(m.group().lower().split())
            sent_start, sent_end = self.doc.sentence_of(start)
            while sent_end > sent_start and norm[sent_end - 1] in ".!?\"' ":
                sent_end -= 1
            if dateline_end is not None:
                sent_start = max(sent_start, min(dateline_end, start))
            if norm[start].isupper() and start > sent_start:
                self.doc.reject(_FAMILY, start, end, "reported", "part of a name")
                continue
            # `participle` opens with a comma: most sentences have none after their cue
            comma = norm.find(",", end, sent_end) != -1
            cut = self.at.participle.search(norm, end, sent_end) if comma else None
            if cut is not None:
                sent_end = cut.start()  # `X stressed that ..., saying ...`: two statements
            if norm.find(" and ", end, sent_end) != -1:
                sent_end = self.conjoined(end, sent_end)
            if cue in res.object_cues and self.rules.object_after.match(norm, end, sent_end):
                self.doc.reject(_FAMILY, start, end, "reported", "a thing as object")
                continue
            if cue in res.act_cues and self.rules.act_object.match(norm, end + 1, sent_end):
                self.doc.reject(_FAMILY, start, end, "reported", "an act, no speech")
                continue
            if cue in res.comma_participles and not _comma_before(norm, start):
                self.doc.reject(_FAMILY, start, end, "participle", "modifies the noun before")
                continue
            if cue in res.participle_cues:
                k = self.clauses.token_index(start) - 1
                if k >= 0 and self.doc.tokens[k].text.lower() in lexicon().determiners:
                    # `the warning was based only on ...`: a noun, no one's words
                    self.doc.reject(_FAMILY, start, end, "participle", "a noun")
                    continue
                k = bisect_left(said_starts, start) - 1
                last = found[-1] if found else None
                if (
                    k >= 0
                    and (last is None or self.doc.local(last.span)[0] < said[k][0])
                    and _comma_before(norm, start)  # not `said an article ... explaining`
                    and self.doc.local(said[k][1].span)[1] <= start  # `X, noting ..., said "`
                ):
                    last = said[k][1]  # a quotation's reporting clause, nearer the cue
                statement = self.participle(m, cue, last, sent_start, sent_end)
                if statement is not None:
                    found.append(statement)
                continue
            k = self.clauses.token_index(start) - 1
            before = self.doc.tokens[k : k + 1] if k >= 0 else []
            if before and (
                before[0].text.lower() in res.not_before
                or (before[0].text.endswith("'s") and before[0].text not in self.known_words)
            ):  # `that country's disputed election`; `Moody's said` is a name's own `'s`
                self.doc.reject(_FAMILY, start, end, "reported", "adjective or passive")
                continue
            if (
                cue.endswith("ed")
                and k >= 1
                and before[0].text.islower()
                and before[0].text not in res.verb_before_not
                and self.doc.tokens[k - 1].text.lower() in res.verb_before
            ):  # `to oppose proposed legislation`: a participle, an adjective of the object
                self.doc.reject(_FAMILY, start, end, "reported", "adjective after a verb")
                continue
            if (
                k >= 1
                and before[0].text == "have"
                and self.doc.tokens[k - 1].text.lower() in res.guess_modals
            ):  # `Prachanda might have said so`: a guess at speech, no report of it
                self.doc.reject(_FAMILY, start, end, "reported", "a guess, no speech")
                continue
            if _ACCORDING_NOUN.search(norm, max(sent_start, start - 48), start):
                self.doc.reject(_FAMILY, start, end, "reported", "a noun after according to")
                continue
            if self.at.not_after.match(norm, end, end + 12):
                self.doc.reject(_FAMILY, start, end, "reported", "not a reporting use")
                continue
            if cue in res.prepositional_cues:
                statement = self.according_to(m, sent_start, sent_end)
            else:
                statement = self.speaker_cue(m, cue, sent_start, sent_end)
            if statement is None:
                self.doc.reject(_FAMILY, start, end, "reported", "no speaker or content")
            else:
                found.append(statement)
        return found

    def participle(
        self,
        m: _Match,
        cue: str,
        last: Statement | None,
        sent_start: int,
        sent_end: int,
    ) -> Statement | None:
        """`..., saying ...`: the speaker of the statement before it in the sentence."""
        previous = last if last and self.doc.local(last.span)[0] >= sent_start else None
        content_start = self.content_after(m.end(), sent_end, cue)
        if content_start >= sent_end or (
            cue in self.rules.res.clause_only_cues
            and not self.doc.norm[m.end() : content_start].rstrip().endswith("that")
            and not self.clause_after(content_start, sent_end, cue)
        ):  # `claiming the lives of 20 people`: no clause, no speech
            self.doc.reject(_FAMILY, m.start(), m.end(), "participle", "no content")
            return None
        quoted = self.quoted_as(m.start(), sent_start)  # `quoted X as saying`
        if quoted is not None:
            if _SOURCE_FIRST.match(self.doc.norm, content_start, sent_end):
                # `was quoted as saying by the Interfax news agency (that) ...`: the content
                # after its `that`, none without one
                that = self.doc.norm.find(" that ", content_start, sent_end)
                if that == -1:
                    return None
                content_start = that + len(" that ")
            span = (quoted[0], m.end())
            return self.make("quoted_as", span, quoted, cue, (content_start, sent_end), False)
        if previous is None and not self.doc.norm[sent_start : m.start()].strip(" \"'`("):
            led = self.opening_participle(m, content_start, sent_end)
            if led is not None:
                return self.make(led[0], led[1], led[2], cue, led[3], False)
        if previous is None:
            # `Germany has been a strong advocate of X, saying ...`: the sentence's subject;
            # a comma first, else a noun (`a profit warning tied to ...`)
            comma = self.doc.norm[sent_start : m.start()].rstrip().endswith(",")
            speaker = self.plural_opening(m.start(), sent_start) if comma else None
            opening = self.clauses.opening_subject(m.start(), sent_start) if comma else None
            if speaker is None and opening is not None:
                speaker = self.before_verb(opening)
            if speaker is None and not comma:
                speaker = self.document_before(m.start(), sent_start)
            if speaker is None:
                self.doc.reject(_FAMILY, m.start(), m.end(), "participle", "no speaker")
                return None
            return self.make(
                "participle_subject",
                (m.start(), m.end()),
                speaker,
                cue,
                (content_start, sent_end),
                False,
            )
        norm = self.doc.norm
        content = _trim(norm, content_start, sent_end)
        return previous.model_copy(
            update={
                "span": self.doc.span(m.start(), m.end()),
                "cue": cue,
                "content": self.doc.span(*content),
                # `adding, "We have long memories."`: a quotation of its own
                "direct": norm[content[0] - 1] == '"'
                and _CLOSING.match(norm, content[1], content[1] + 2) is not None,
                "rule": f"{_FAMILY}.participle",
            }
        )

    def document_before(self, at: int, sent_start: int) -> tuple[int, int] | None:
        """`a Japanese government report saying the economy grew ...`: a document or an
        outlet right before the participle says what follows."""
        found = self.clauses.noun_phrase_before(at, sent_start, attach=False)
        if found is None:
            return None
        head = self.doc.norm[found[0] : found[1]].rpartition(" ")[2].lower()
        return found if self.rules.res.publishes(head) else None

    def opening_participle(
        self, m: _Match, content_start: int, sent_end: int
    ) -> tuple[str, tuple[int, int], tuple[int, int], tuple[int, int]] | None:
        """`Stressing that ratings have been upgraded, Yushchenko said ...`: a participle and
        its `that` clause opening the sentence are said by the subject of the cue after the
        comma: (rule, span, speaker, content)."""
        norm = self.doc.norm
        if not norm[m.end() : content_start].rstrip().endswith("that"):
            return None
        later = self.at.cue.search(norm, content_start, sent_end)
        comma = norm.rfind(",", content_start, later.start()) if later is not None else -1
        if later is None or comma == -1:
            return None
        speaker = self.subject(later.start(), comma + 1)
        if speaker is None or norm[comma + 1 : speaker[0]].strip():
            return None
        return "participle_opening", (m.start(), m.end()), speaker, (content_start, comma)

    def clause_after(self, start: int, end: int, cue: str) -> bool:
        """Whether a clause without `that` opens at ``start``: a subject pronoun or a
        participant's name, then a finite verb (`claimed they resolved`, `claimed Pakistan
        had fired`)."""
        norm = self.doc.norm
        if self.rules.pronoun_clause.match(norm, start, end):
            return True
        if not norm[start : start + 1].isupper() or cue in self.rules.res.name_clause_not_after:
            return False
        return any(
            m.start == start and self.rules.name_clause_verb.match(norm, m.end, end) is not None
            for m in self.clauses.overlapping(start, start + 1)
        )

    def subject(self, at: int, lo: int) -> tuple[int, int] | None:
        """The subject of the verb at ``at``, past a `here` before it (`officials here said`,
        Xinhua's and AFP's place of the dateline)."""
        norm = self.doc.norm
        if not norm.endswith(" here ", lo, at):
            return self.after_comma(self.clauses.subject(at, lo))
        here = at - len("here ")
        found = self.clauses.subject(here, lo)
        if found is not None and norm.endswith("ing", found[0], found[1]):
            return found[0], here + len("here")  # `reports reaching here said`
        return self.after_comma(found)

    def after_comma(self, found: tuple[int, int] | None) -> tuple[int, int] | None:
        """A subject read back past a comma starts after it (`Meanwhile, Sydney resident
        Issam Abdulla`, `the border area between Afghanistan and Pakistan, US military`),
        unless a name spans the comma (`Kidder, Peabody and Co`), a place follows it
        (`Matane, Quebec`) or a list goes on (`, and members of his family`, `Lee, Kim and
        Park`); after an opening word or a time it always does (`However, Brazil and
        Argentina`, `Friday, Exxon Corp`)."""
        if found is None:
            return None
        norm = self.doc.norm
        comma = norm.rfind(", ", *found)
        if comma == -1:
            return found
        start = comma + 2
        rest = norm[start : found[1]]
        if not rest[:1].isupper() and rest.split(" ", 1)[0] not in lexicon().determiners:
            return found  # `and members of his family`, `The Palo Alto, California, company`
        piece = norm[max(found[0], norm.rfind(",", found[0], comma) + 1) : comma].strip()
        if piece.split(" ", 1)[0].lower() in self.rules.res.opening_words or self.clauses.in_time(
            comma - len(piece), comma
        ):
            return start, found[1]
        lead = rest.split(" ", 1)[0]
        if self.named_at(comma - len(piece), comma, "person") or (
            all(w[:1].isupper() for w in piece.split())
            and (lead in lexicon().determiners or lead.endswith("'s"))
        ):
            return found  # `Pyotr Verbitsky, Ukraine's chief veterinary inspector`
        if " " not in piece and not self.named_at(comma - len(piece), comma, "place"):
            return found  # `Kleinwort, Benson Ltd`: one word before the comma, a partner
        if _LIST_END.search(rest):
            return found  # `Information, Communications and the Arts`, `A, B and C`
        for m in self.clauses.overlapping(comma, start):
            if m.start < comma:
                return found  # a name spanning the comma
        if self.named_at(start, found[1], "place"):
            return found  # `Matane, Quebec`
        return start, found[1]

    def named_at(self, start: int, end: int, kind: str) -> bool:
        """Whether a mention of a participant of ``kind`` is exactly ``[start, end)``."""
        return any(
            m.start == start and m.end == end and m.participant.kind == kind
            for m in self.clauses.overlapping(start, end)
        )

    def speaker_cue(self, m: _Match, cue: str, sent_start: int, sent_end: int) -> Statement | None:
        """`X said (that) ...`, `..., X said` and `..., said X`."""
        norm = self.doc.norm
        speaker = self.subject(m.start(), sent_start) or self.joined_subject(m.start(), sent_start)
        if speaker is not None and (self.generic(speaker, m.start()) or self.condition(speaker[0])):
            return None
        comma = norm.rfind(",", sent_start, speaker[0] if speaker else m.start())
        if comma != -1 and norm[sent_start:comma].strip().lower() in self.rules.res.opening_words:
            comma = -1  # `Separately, US Sprint told ...`: an opening word, no content before
        if speaker is None and comma == -1:
            return None  # neither `X said ...` nor `..., said X`: no content to look for
        content_start = self.content_after(m.end(), sent_end, cue)
        if (
            # `..., Dacey said. ``All sites ...''`: the sentence ends at the cue (a quotation
            # after it may have kept the splitter from cutting there)
            norm.startswith((".", "!", "?"), content_start)
            or self.at.goes_on.match(norm, content_start, sent_end)
            or (comma != -1 and _ADJUNCT_ONLY.match(norm, content_start, sent_end))
            or (
                comma != -1
                and speaker is not None
                and self.fronted(comma, speaker[0], m.end(), content_start, sent_start, sent_end)
            )
            # `..., officials said as dawn broke`; but `described as a threat` is the content
            or (
                comma != -1
                and cue not in self.rules.res.as_cues
                and _AS_ONLY.match(norm, content_start, sent_end)
            )
            # `"...," Castro told hundreds of students in town`: only the listeners follow
            or (
                comma != -1
                and cue in self.rules.res.listener_cues
                and not norm[m.end() : content_start].strip()
            )
        ):
            content_start = sent_end  # `..., a spokesperson said, and the plane landed`
        if speaker is not None and content_start < sent_end:
            if (
                cue in self.rules.res.clause_only_cues
                and not norm[m.end() : content_start].rstrip().endswith("that")
                and not self.clause_after(content_start, sent_end, cue)
            ):
                return None
            # `..., the official news agency IRNA reported`: the source of the report after
            # the last comma, no part of what the speaker said
            last = norm.rfind(",", content_start, sent_end)
            if last > content_start and self.source_after(last + 1, sent_end):
                sent_end = last
            if _SUBORDINATE_OPENING.match(norm, sent_start, speaker[0]):
                # `While the defense complains they had no time, there is frustration`: the
                # subordinate clause ends at its comma, the main clause is the writer's
                clause_end = _CLAUSE_COMMA.search(norm, content_start, sent_end)
                sent_end = clause_end.start() if clause_end is not None else sent_end
            for c in self.rules.writer_conjunctions:  # `said ... even as ...`: the writer's
                k = norm.find(c, content_start, sent_end)
                if k != -1:
                    sent_end = k - 1 if norm[k - 1] == "," else k
            return self.make(
                "speaker_cue", (speaker[0], m.end()), speaker, cue, (content_start, sent_end), False
            )
        if comma == -1:
            return None
        content = (sent_start, comma)
        if _adverbial(norm, sent_start, comma):
            return None  # `In Almaty, the minister told farmers ...`: no content before
        if speaker is not None and not norm[content_start:sent_end].strip():
            if " " not in norm[sent_start:comma].strip():
                return None  # `Separately, US Sprint in its comments told the FCC`
            return self.make(
                "content_speaker_cue",
                (speaker[0], m.end()),
                speaker,
                cue,
                content,
                _QUOTED_CLAUSE.fullmatch(norm, sent_start, comma + 2) is not None,
            )
        if norm[comma + 1 : m.start()].strip(" \"'`"):  # `a "double-edged sword," said X`
            return None
        after = self.clauses.noun_phrase_after(m.end() + 1, sent_end)
        if after is None:
            return None
        for mention in self.clauses.overlapping(after[1] - 1, after[1]):
            if mention.end > after[1]:  # `said lead manager Kidder, Peabody and Co Inc.`
                after = (after[0], min(mention.end, sent_end))
        space = norm.find(" ", after[0], after[1])
        opening = norm[after[0] : space if space != -1 else after[1]].lower()
        apposed = self.apposed_name(sent_start, comma)
        if apposed is not None and content_start < sent_end:
            return self.make(
                "speaker_cue", (apposed[0], m.end()), apposed, cue, (content_start, sent_end), False
            )
        if (
            opening in lexicon().subject_pronouns
            or cue in self.rules.res.listener_cues
            or (norm.startswith(" ", after[1]) and _FINITE.match(norm, after[1] + 1, sent_end))
        ):
            # `Cotton, president of X, said he bought ...`, `Funaro, on a tour ..., said
            # creditors have ...`, `Baglini, an observer ..., told the radio that ...`: what
            # follows the cue is the content (or its listener), the speaker is the noun
            # phrase opening the sentence, before its appositive
            if content_start >= sent_end:
                return None  # `..., Paye, head of X, told a news conference.`: a listener
            lo = sent_start  # after an opening adverbial (`In a filing with X, Y, a firm, said`)
            words = norm[lo : lo + _CUE_REACH].split()
            if words and words[0].lower() in self.rules.res.opening_words:
                lo = norm.find(",", lo, comma) + 1 or comma
                while lo < comma and norm[lo].isspace():
                    lo += 1
            named = self.clauses.noun_phrase_after(lo, comma)
            if named is None:
                return None
            return self.make(
                "speaker_cue", (named[0], m.end()), named, cue, (content_start, sent_end), False
            )
        if (
            cue in self.rules.res.object_cues
            and norm[after[0]].islower()
            and opening not in lexicon().determiners
        ):
            return None  # `..., added costs from expansion`: a thing, not who added it
        return self.make("content_cue_speaker", (m.start(), after[1]), after, cue, content, False)

    def apposed_name(self, sent_start: int, comma: int) -> tuple[int, int] | None:
        """A person's name and a noun phrase set off by one comma, the whole of the clause
        before `, <cue>` (`The adviser, John Nagenda, said Museveni's position ...`, `Madej, a
        spokesman, said the search ...`): a subject and its apposition, not what was said, so
        the name speaks and what follows the cue is the content."""
        norm = self.doc.norm
        inner = norm.rfind(",", sent_start, comma)
        if inner == -1 or norm.rfind(",", sent_start, inner) != -1:
            return None
        start, end = _trim(norm, sent_start, inner)
        space = norm.find(" ", start, end)
        if space != -1 and norm[start:space].lower() in self.rules.res.opening_words:
            start = space + 1  # `But Robert Lutz, Chrysler executive vice-president, said`
        parts = [(start, end), _trim(norm, inner + 1, comma)]
        for i, (start, end) in enumerate(parts):
            other = parts[1 - i]
            phrase = self.clauses.noun_phrase_after(other[0], other[1])
            if phrase is not None and norm.startswith("s' ", phrase[1] - 1, other[1]):
                # `Williams' defense lawyer, Craig Washington`: read on past a possessive's
                # bare apostrophe, where the noun phrase reader stops
                rest = self.clauses.noun_phrase_after(phrase[1] + 2, other[1])
                phrase = phrase if rest is None else (phrase[0], rest[1])
            if (
                phrase == other
                and (
                    self.named_at(start, end, "person")
                    # a name the participants stage missed, after a description of one person
                    or (
                        _NAME_SHAPE.fullmatch(norm, start, end) is not None
                        and norm[start : norm.find(" ", start)].lower() not in lexicon().determiners
                        and _person_description(norm[other[0] : other[1]])
                    )
                )
            ):
                return start, end
        return None

    def source_after(self, start: int, end: int) -> bool:
        """Whether ``norm[start:end]`` names a report's source (`the official news agency IRNA
        reported`), its verb last or before an adjunct (`local nepalnews.com reported
        Tuesday`; not `528,790 dlrs reported earlier today`, `but was to be announced`)."""
        norm = self.doc.norm
        verbs = self.rules.res.source_verbs
        words = list(_WORD.finditer(norm, start, end))
        if 1 < len(words) <= _SOURCE_WORDS and words[-1].group().lower() in verbs:
            return True
        if not norm[start : start + 2].lstrip("\"'")[:1].isspace():
            return False  # a number's comma
        for k in range(1, min(len(words), _SOURCE_WORDS)):
            if words[k - 1].group().lower() in _NO_SOURCE:
                return False
            if words[k].group().lower() in verbs:
                tail = self.at.adjunct.match(norm, words[k].end(), end)
                return tail is not None and tail.end() == end
        return False

    def fronted(
        self, comma: int, speaker_start: int, cue_end: int, content_start: int, lo: int, hi: int
    ) -> bool:
        """`X is not acceptable, the minister said, in a sign that ...`: the clause before a
        speaker set off by a comma is what was said, and what follows the cue the writer's,
        when the cue's clause is closed by a comma (not before `that`), goes on with a
        phrase of the writer's or with a relative clause on its adjunct (`said in a report
        that confirmed ...`); not after an opening adverbial or subordinate clause (`After the
        talks, the minister said ...`), nor inside the clause."""
        norm = self.doc.norm
        if norm[comma + 1 : speaker_start].strip():
            return False  # most: the comma is not right before the speaker
        between = norm[cue_end:content_start]
        after = norm[content_start : content_start + _CUE_REACH].split()
        word = after[0].lower() if after else ""
        # `in a report that confirmed ...`: `that` with a verb and no subject after it
        relative = (
            between.rstrip().endswith(" that")
            and len(between.split()) > 1  # an adjunct before it (`notes that could` no cue)
            and (word.endswith("ed") or _FINITE.fullmatch(word) is not None)
        )
        if not relative and _FINITE.match(norm, content_start, hi):
            return False  # `The goal, analysts say, is to ...`: the cue's clause set inside
        res = self.rules.res
        # the cue's clause closed by a comma before a word of the writer's
        closed = (
            "," in between
            and not between.rstrip().endswith("that")
            and (word in res.writer_words or word.endswith(("ing", "ed")))
        )
        if not (
            relative
            or closed
            or self.rules.writer_opener.search(norm, cue_end, content_start) is not None
            or self.rules.writer_opener.match(norm, content_start, hi) is not None
        ):
            return False
        words = norm[lo:comma].split()
        first = words[0].strip("\"'`(").lower() if words else ""
        return (
            len(words) >= _FRONTED_WORDS
            and first not in res.opening_words
            and not first.endswith(("ing", "ly"))
            and words[-1] not in res.open_ends  # lower case: `in May` closes a clause
        )

    def group_subject(self, start: int) -> Participant | None:
        """`X and Y unveiled a tool that they said would ...`: a `they` inside a sentence
        whose subject is a list speaks for the list, linked to its first participant (as a
        list speaker is)."""
        sent_start = self.doc.sentence_of(start)[0]
        found = self.clauses.opening_subject(start, sent_start)
        if (
            found is None
            or found[1] >= start
            or not self.rules.list_and.match(self.doc.norm, found[1])
        ):
            return None  # `X and Y`: the opening subject is the list's first member
        return self.clauses.participant_in(*found)

    def plural_opening(self, end: int, sent_start: int) -> tuple[int, int] | None:
        """`Ohio authorities sued X, alleging ...`: a noun phrase with a plural lower-case
        head opening the sentence, right before its verb, is the participle's subject."""
        k = self.clauses.token_index(sent_start)
        tokens = self.doc.tokens
        if k >= len(tokens) or tokens[k].text.lower() in lexicon().stop:
            return None
        j = k
        while j + 1 < len(tokens) and tokens[j].end < end and tokens[j].text.istitle():
            j += 1  # `Ohio authorities`: the capitalized words, then the plural head
        head, verb = tokens[j].text, tokens[j + 1].text if j + 1 < len(tokens) else ""
        if (
            head.islower()
            and head.endswith("s")
            and verb.islower()
            and j > k  # `Ohio authorities`, not `Germany has`
            and _FINITE.fullmatch(head) is None
            and head not in self.rules.first_words.words
            and (j == k or tokens[k].text.isalpha())
            and not self.clauses.in_time(tokens[k].start, tokens[j].end)
            and self.clauses.quantity_at(tokens[k].start) is None
        ):
            return tokens[k].start, tokens[j].end
        return None

    def joined_subject(self, cue_start: int, sent_start: int) -> tuple[int, int] | None:
        """`X termed it premature but said ...`, `shares rose after the retailer reported a
        profit and said ...`: a cue after `and`/`but` shares the subject of the verb before
        it, the subject right after the last subordinator before the conjunction, else the
        one opening the sentence (`X posted a profit, buoyed by Y, and said`)."""
        norm = self.doc.norm
        joined = self.rules.joined.search(norm, sent_start, cue_start)
        if joined is None:
            return self.clauses.shared_subject(cue_start, sent_start)
        sub = self.rules.subordinator.search(norm, sent_start, joined.start())
        if sub is not None and "," not in norm[sub.end() : joined.start()]:
            found = self.clauses.noun_phrase_after(sub.end(), joined.start())
            # `before it blew up ... and said`: a pronoun there is no speaker's
            if found is not None and norm[found[0] : found[1]].lower() not in _REFERRING:
                return self.before_verb(found)
        found = self.clauses.opening_subject(joined.start(), sent_start)
        return self.before_verb(found) if found is not None else None

    def before_verb(self, found: tuple[int, int]) -> tuple[int, int] | None:
        """A subject read forward without its verb (`The Federation suspended three judges`
        -> `The Federation`): cut before a lower-case word after a capitalized one when a
        lower-case word follows it too (`Cable giant Comcast` stays); none for an opening
        participle (`Leaving behind ...`)."""
        tokens = self.doc.tokens
        k = self.clauses.token_index(found[0])
        hi = self.clauses.token_index(found[1])
        if tokens[k].text.lower().endswith("ing") and not self.clauses.overlapping(*found):
            return None
        lex = lexicon()
        for i in range(k + 1, hi - 1):
            word, prev = tokens[i].text, tokens[i - 1].text
            if (
                word.islower()
                and tokens[i + 1].text.islower()
                and word not in lex.connectors
                and prev.lower() not in lex.determiners
                and not prev.endswith(("'s", "\u2019s"))
                # `The Federation suspended three judges` (no name after: not `European
                # aircraft maker Airbus`), `Kohberger's defense team issued`
                and (
                    (prev[0].isupper() and not any(t.text[0].isupper() for t in tokens[i:hi]))
                    or (word.endswith("ed") and prev.islower() and i > k + 1)
                )
            ):
                return found[0], tokens[i - 1].end
        return found

    def condition(self, start: int) -> bool:
        """`as soon as their company says ...`: a speaker after a word opening a condition."""
        before = " " + self.doc.norm[max(0, start - _CONDITION_REACH) : start].lower()
        return before.endswith(self.rules.conditions)

    def generic(self, speaker: tuple[int, int], cue_start: int) -> bool:
        """`those who say ...`, `anyone who believes ...`: a kind of people, no speaker."""
        norm = self.doc.norm
        return (
            norm.startswith(" who ", speaker[1])  # the cheap test first: most speakers fail it
            and norm[speaker[1] : cue_start].split() == ["who"]  # the cue is the relative's own
            and norm[speaker[0] : speaker[1]].lower() in self.rules.res.generic_speakers
        )

    def according_to(self, m: _Match, sent_start: int, sent_end: int) -> Statement | None:
        """`According to X, ...` and `..., according to X`."""
        norm = self.doc.norm
        speaker = self.clauses.noun_phrase_after(m.end() + 1, sent_end)
        if speaker is None:
            return None
        by = _BY_AUTHOR.match(norm, speaker[1], sent_end)
        author = self.clauses.noun_phrase_after(by.end(), sent_end) if by else None
        if author is not None and self.clauses.participant_in(*author) is not None:
            speaker = author  # `according to a joint statement by the Commission and ...`
        span = (m.start(), speaker[1])
        if not norm[sent_start : m.start()].strip():
            rest = self.clauses.clause_end(speaker[1], sent_end)
            content = (min(rest + 1, sent_end), sent_end)
        else:
            end = m.start()
            while end > sent_start and norm[end - 1] in " ,":
                end -= 1
            content = (sent_start, end)
        while content[0] < content[1] and norm[content[0]].isspace():
            content = (content[0] + 1, content[1])
        if content[0] >= content[1]:
            return None
        return self.make("according_to", span, speaker, m.group(), content, False)


def _comma_before(text: str, pos: int) -> bool:
    """Whether a comma ends the text before ``pos`` (`sued X, alleging`), also inside a
    closing quotation mark (`were "small," adding that`)."""
    end = rstrip_end(text, pos)
    return text[max(0, end - 3) : end].rstrip("\"'").endswith(",")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Content without surrounding spaces and quotation marks."""
    while start < end and text[start] in " \"\n.,;:`'":
        start += 1
    while end > start and text[end - 1] in ' "\n`':
        end -= 1
    return start, end


def _balanced(text: str, start: int, end: int) -> tuple[int, int]:
    """Reported content that opens a quotation closed right after it (`said the plan was
    "unworkable."`) takes the closing mark, so no mark is left open."""
    body = text[start:end]
    if body.count('"') % 2 or body.count("``") > body.count("''"):
        m = _CLOSING.match(text, end)
        if m is not None:
            return start, m.end()
    return start, end


def _description_kind(words: list[str]) -> str | None:
    """The kind of participant a `the <noun>` description names by its head (`the
    anti-foreigner party`: an organization; `the head of state`: none), so it takes no
    speaker of another kind before it."""
    head = words[-1] if words else ""
    return next((k for k, nouns in lexicon().descriptions.items() if head in nouns), None)


def _person_description(speaker: str | None) -> bool:
    """Whether a speaker is a description of one person (`a U.S. Embassy official`): more
    than one word, a lower-case singular head that names no organization or place."""
    words = (speaker or "").split()
    head = words[-1] if words else ""
    kinds = lexicon().descriptions.values()
    return (
        len(words) > 1
        and head.islower()
        and not head.endswith("s")
        and not any(head in nouns for nouns in kinds)
    )


def _marked_gender(words: list[str]) -> str | None:
    """The gender a speaker marks: `she`, `he`, or a description's head (`the spokeswoman`,
    `a State Department spokesman`); None for a name or an unmarked head."""
    lex = lexicon()
    if len(words) == 1 and words[0] in lex.pronoun_genders:
        return lex.pronoun_genders[words[0]]
    if len(words) < 2 or words[0] not in _ARTICLES:
        return None  # not `his son`: a relative of someone named
    return next((g for g, nouns in lex.genders.items() if words[-1] in nouns), None)


def _own_name(s: Statement, kind: str | None, before: str) -> bool:
    """Whether a speaker `the <Name>` names a participant of its own (`The FBI says` after
    the Buffalo News reported), not a shorter name of the speaker before (`the Statistics
    Office` after the National Statistics Office); a person's title (`the Russian President`)
    is a description."""
    name = (s.speaker or "").split()[1:]
    return (
        kind not in (None, "person")
        and all(w[:1].isupper() for w in name)
        and not before.endswith(" ".join(name))
    )


def _reporting(
    s: Statement, words: list[str], resolved: list[Statement], kinds: Mapping[str, str]
) -> Statement | None:
    """The statement by a person whose content opens with the `he`/`she` speaking in
    ``s`` (`X said he told ...`), if any."""
    if len(words) != 1 or words[0] not in lexicon().pronoun_genders:
        return None
    for outer in reversed(resolved[-_OUTER_REACH:]):
        if outer.content.start == s.span.start and kinds.get(outer.speaker_id or "") == "person":
            return outer
    return None


def _inside(start: int, spans: tuple[Span, ...]) -> bool:
    return any(c.start <= start < c.end for c in spans)


def _speaker_before(
    s: Statement,
    words: list[str],
    resolved: list[Statement],
    finder: _Finder,
    people: Mapping[str, tuple[Participant, list[int]]],
) -> str | None:
    """The speaker of the statement before, for a `he`/`she` linked to another person
    named since then only inside what was said (`Li told Millon ... "... by Chirac," he
    said`; `Rodriguez said Williams was ... He said ...`): the one speaking goes on.
    ``people``: each person with their mention starts, in order."""
    if len(words) != 1 or words[0] not in lexicon().pronoun_genders:
        return None
    if s.speaker_id is None or s.speaker_id not in people:
        return None
    before = finder.antecedent(finder.doc.local(s.span)[0], resolved)
    if before is not None and _inside(before.span.start, (s.content,)):
        # `Acedera has reported to Ramos that ..., he said`: one he reports, not before him
        before = finder.antecedent(finder.doc.local(before.span)[0], resolved)
    if (
        before is None
        or before.speaker_id is None
        or before.speaker_id not in people
        or before.speaker_id == s.speaker_id
        or _inside(s.span.start, (before.content,))  # `X said Y told him he ...`
    ):
        return None
    other = finder.clauses.gender(people[before.speaker_id][0])
    if other is not None and other != lexicon().pronoun_genders[words[0]]:
        return None
    lo = min(before.span.start, before.content.start)
    starts = people[s.speaker_id][1]
    since = starts[bisect_left(starts, lo) : bisect_left(starts, s.span.end)]
    # `..., but he warned` after `Bosworth said ...`: Bosworth speaks there
    speaking: set[int] = set()
    for r in reversed(resolved):
        if r.span.start < lo:
            break
        speaking.add(r.span.start)
    spoken = (before.content, s.content)
    # named since only in what was said; named in the writer's words, maybe that one
    return (
        before.speaker_id
        if since and all(_inside(m, spoken) and m not in speaking for m in since)
        else None
    )


def _publisher(
    resolved: list[Statement], document: bool, res: _Resource, kinds: Mapping[str, str]
) -> str | None:
    """For `the report`, `the newspaper`, which no person is: the body behind the nearest
    statement before by an outlet or a document (`local newspaper Ha'aretz reported`), or for
    a document by any organization (`Kyodo News reported`), linked or not; else none."""
    for before in reversed(resolved[-_OUTER_REACH:]):
        kind = kinds.get(before.speaker_id or "")
        head = (before.speaker or "").rpartition(" ")[2].lower()
        if (document and kind == "organization") or res.publishes(head):
            return before.speaker_id if kind != "person" else None
    return None


def extract(doc: Document) -> list[Statement]:
    """Every statement, in text order; `they said` takes the speaker of the one before."""
    rules = _rules()
    finder = _Finder(
        doc, clauses_of(doc), rules, rules.ascii if doc.norm.isascii() else rules.anchored
    )
    direct, quotes, used = finder.direct()
    statements = direct + finder.reported(quotes, used, direct)
    statements.sort(key=lambda s: (s.span.start, s.content.start))
    kinds = {p.id: p.kind for p in doc.participants}
    names = {p.id: p.name for p in doc.participants}
    people = {
        p.id: (p, sorted(m.start for m in p.mentions))
        for p in doc.participants
        if p.kind == "person"
    }
    resolved: list[Statement] = []
    for s in statements:
        words = (s.speaker or "").lower().split()
        if (outer := _reporting(s, words, resolved, kinds)) is not None:
            # `McCormack ... said he told the FBI ...`: the `he` opening what a person said
            # is that person, not the man named last (Victor Conte)
            s = s.model_copy(update={"speaker_id": outer.speaker_id})
        elif (prior := _speaker_before(s, words, resolved, finder, people)) is not None:
            s = s.model_copy(update={"speaker_id": prior})
        elif (
            kinds.get(s.speaker_id or "") == "person"
            and (gender := _marked_gender(words)) is not None
            and (before := finder.antecedent(doc.local(s.span)[0], resolved)) is not None
            and kinds.get(before.speaker_id or "") != "person"
            and _person_description(before.speaker)
            and (described := (before.speaker or "").lower().split())
            # marked the same (`a spokeswoman ... She said`), or a person unmarked and unnamed
            # (`a foreign ministry official said ... He said`): the one described speaks on
            and (
                _marked_gender(described) == gender
                # only `a`/`an`: `the LDP official` is mostly a person named before (Ito)
                or (described[0] in _INDEFINITE and described[-1] in rules.res.person_heads)
            )
            # not when that one spoke of a `he` (the spokesman's `He continues to be
            # interested`, then `He was quoted ... as saying`: the man spoken of)
            and not any(
                lexicon().pronoun_genders.get(w) == gender
                for w in regex.findall(r"\w+", before.content.text.lower())
            )
        ):
            # `..., a State Department spokeswoman told AFP. She said ...`, `the spokeswoman
            # said`: the one described before, not a person named earlier (Saddam Hussein)
            update = {"speaker_id": before.speaker_id}  # none, or the body she speaks for
            s = s.model_copy(
                update=update | ({"speaker": before.speaker} if len(words) == 1 else {})
            )
        elif s.speaker_id is None and len(words) == 1 and words[0] in _PLURAL:
            before = finder.antecedent(doc.local(s.span)[0], resolved)
            if (
                before is not None
                and before.speaker_id is not None
                # a `they` is no one person, unless they speak as `we` (`Ryan Eagle, a partner
                # at X, said ... "We will work through the options," they said`)
                and (
                    kinds.get(before.speaker_id) != "person"
                    or _WE.search(s.content.text) is not None
                )
            ):
                s = s.model_copy(update={"speaker_id": before.speaker_id})
            elif (group := finder.group_subject(doc.local(s.span)[0])) is not None:
                s = s.model_copy(update={"speaker_id": group.id})
        elif (
            (len(words) == 1 and words[0] in _REFERRING)
            and (words[0] == "it" or s.speaker_id is None)
        ) or (words[:1] == ["the"] and len(words) <= _DESCRIPTION):
            # `it noted`, `the statement said`, `the head of state said`: the speaker before,
            # when of the same kind, rather than the last name mentioned (maybe in a quote)
            before = finder.antecedent(doc.local(s.span)[0], resolved)
            kind = (
                _REFERRING.get(words[0])
                or kinds.get(s.speaker_id or "")
                or _description_kind(words[: words.index("of")] if "of" in words else words)
            )
            own = kinds.get(s.speaker_id or "")
            if before is not None and _own_name(s, own, names.get(before.speaker_id or "", "")):
                pass  # `The FBI says` after the Buffalo News reported: its own participant
            elif (
                before is not None
                and before.speaker_id is not None
                and (kind is None or kinds.get(before.speaker_id) == kind)
            ):
                s = s.model_copy(update={"speaker_id": before.speaker_id})
            elif (
                s.speaker_id is None
                and rules.age_description.fullmatch(s.speaker or "")
                and (person := finder.clauses.latest(doc.local(s.span)[0], "person"))
            ):
                # `"...," the 24-year-old said` with no speaker before: the person named last
                s = s.model_copy(update={"speaker_id": person.id})
            elif (
                before is not None
                and kind == "person"
                and (
                    _person_description(before.speaker)
                    # `Tin Oo said ... "...," he said`: a name the participants stage missed
                    or (
                        len(words) == 1
                        and before.speaker_id is None
                        and _NAME_SHAPE.fullmatch(before.speaker or "") is not None
                    )
                )
            ):
                # `"...," said a U.S. Embassy official. "...," he said.`: no participant to
                # link, so the speaker described or named before, as written
                s = s.model_copy(update={"speaker": before.speaker})
            elif (
                before is not None
                and before.speaker_id is None
                and s.speaker_id is None
                and words == ["it"]
                and (head := (before.speaker or "").rpartition(" ")[2].lower())
                and rules.res.publishes(head)
            ):
                # `..., state radio said. ..., it added.`: the outlet before, linked to none
                s = s.model_copy(update={"speaker": before.speaker})
        if (
            words[:1] == ["the"]
            and len(words) <= _DESCRIPTION
            and kinds.get(s.speaker_id or "") == "person"
            and rules.res.publishes(words[-1])
        ):
            document = words[-1] in rules.res.document_heads
            s = s.model_copy(
                update={"speaker_id": _publisher(resolved, document, rules.res, kinds)}
            )
        resolved.append(s)
    return resolved
