"""Stage 4: people, organizations and places, each once with all its mentions.

Rules and data, no statistics: titles and honorifics before a name (`Secretary General
Mujica`) and its complement (`of the Republic of Kazakhstan to the WTO`), capitalized runs
classified by curated organizations, organization head words and company suffixes, the
gazetteer's countries, regions and cities, and given names; then every mention is linked:
surnames to full names, acronyms to their definitions, `Apple Inc.` to `Apple`, and definite
descriptions (`the Organization`, `the company`) to the nearest fitting organization.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, compress, pairwise, repeat
from operator import attrgetter, itemgetter, methodcaller

import regex

from newsfacts import gazetteer
from newsfacts._clauses import lexicon
from newsfacts._names import Rules, ascii_rules, rules, token_starts
from newsfacts.document import Document
from newsfacts.model import Participant, ParticipantKind, constructor
from newsfacts.patterns import REACH as _REACH

__all__ = ["extract"]

_FAMILY = "participants"
_TITLED = "participants.title_name"  # a person named after a title
_PUNCTUATION = "\"'()[]{}.,;:!?`"
_OPENERS = " \"'(`"  # what may stand between a sentence's start and its first word
_PAREN_OPENINGS = ("(", " (", "  ")  # how ` (ISO)` after a name (`acronym_paren`) starts
_SEPARATORS = frozenset(",/([")  # of a dateline's place and its area (`dateline_parts`)
# Longer texts answer sentence-initial words from word sets built once, not by searching
_SEARCH_LIMIT = 20_000
# Small cities share names with people and common words; a bare one-word city needs a
# locative cue or this population.
_BIG_CITY = 400_000
_CUED_CITY = 40_000  # with a cue: `in Ibiza`, not `to Ramos` (a 15,000-people town and a name)
_ANTECEDENTS = 30  # how many earlier organization mentions a description may reach back over
# Runs repeat within and across stories (`Reuters`, `U.S.`, month names): what a run's text
# alone says is looked up once per process (the rules and the gazetteer never change).
_memo = lru_cache(maxsize=16_384)
# mention fields read in C-level passes when the records are built, and match spans
_NAMED, _NAME, _TITLES, _COUNTRY, _START = map(
    attrgetter, ("named", "name", "titles", "country", "start")
)
_SPAN = methodcaller("span")
_new_participant = constructor(Participant)


@dataclass(slots=True)
class _Mention:
    """A mention found in the normalized text, before linking."""

    start: int
    end: int
    kind: ParticipantKind
    key: str  # mentions with one key are one participant
    name: str  # the name this mention gives its participant
    rule: str
    country: str | None = None
    titles: list[str] = field(default_factory=list)
    org_at: tuple[int, int] | None = None  # span of the organization a person speaks for
    company: bool = False
    named: bool = True  # False for `the company`-style references


@dataclass(slots=True)
class _Scan:
    """Working state of one document's scan."""

    doc: Document
    r: Rules
    mentions: list[_Mention] = field(default_factory=list)
    claimed: list[tuple[int, int]] = field(default_factory=list)
    acronyms: dict[str, str] = field(default_factory=dict)  # acronym -> organization name
    singles: list[tuple[int, int]] = field(default_factory=list)  # unknown one-word runs
    people: set[str] = field(default_factory=set)  # names of several words found for people
    # the same names by their last word lower-cased (`vorm`: `Pieter van der Vorm`)
    people_by_last: dict[str, list[str]] = field(default_factory=dict)
    longest_claim: int = 0
    claimed_end: int = 0  # the end of the last-ending claim
    dateline_end: int = -1  # where the dateline ends: the story's first sentence opens there
    norm: str = field(init=False)  # ``doc.norm``, read by every rule: an attribute, not a property

    def __post_init__(self) -> None:
        self.norm = self.doc.norm

    # Evidence of whether a sentence's first word is a name, asked only about such words: a
    # few per text, so in a short text each is looked up where the word occurs rather than in
    # sets of all the text's words (answers kept: sentences often start alike). A search per
    # word grows with the text, so a long one builds the sets once (``_word_sets``).
    lower_seen: dict[str, bool] = field(default_factory=dict)
    mid_seen: dict[str, bool] = field(default_factory=dict)
    word_sets: tuple[frozenset[str], frozenset[str]] | None = None

    def _word_sets(self) -> tuple[frozenset[str], frozenset[str]]:
        """Words written in lower case, and capitalized words after a lower-case word or a
        comma, in the whole text (what the searches of a short text find)."""
        if self.word_sets is None:
            raws = self.norm.split()
            words = [raw.strip(_PUNCTUATION) for raw in raws]
            lower = frozenset(w for w in words if w[:1].islower())
            mid = frozenset(
                w
                for prev, w in zip(raws[:-1], words[1:], strict=True)  # `w` follows `prev`
                if (prev[-1].islower() or prev[-1] == ",") and not w[:1].islower()
            )
            self.word_sets = lower, mid
        return self.word_sets

    def written_lower(self, word: str) -> bool:
        """Whether ``word`` is written in lower case somewhere in the text."""
        seen = self.lower_seen.get(word)
        if seen is None:
            lower = word.lower()
            if not lower[:1].islower():
                seen = False
            elif len(self.norm) > _SEARCH_LIMIT:
                seen = lower in self._word_sets()[0]
            else:
                seen = next(_written_as(self.norm, lower), -1) >= 0
            self.lower_seen[word] = seen
        return seen

    def mid_cap(self, word: str) -> bool:
        """Whether ``word`` (capitalized) follows a lower-case word or a comma somewhere,
        i.e. is capitalized inside a sentence."""
        seen = self.mid_seen.get(word)
        if seen is None and len(self.norm) > _SEARCH_LIMIT:
            seen = self.mid_seen[word] = word in self._word_sets()[1]
        if seen is None:
            norm = self.norm
            seen = False
            for at in _written_as(norm, word):
                last = at - 1  # the last character of the word before (`str.split` spaces)
                while last >= 0 and norm[last].isspace():
                    last -= 1
                if last >= 0 and (norm[last].islower() or norm[last] == ","):
                    seen = True
                    break
            self.mid_seen[word] = seen
        return seen

    def add(self, m: _Mention) -> None:
        self.mentions.append(m)
        if m.kind == "person" and " " in m.name and m.name not in self.people:
            self.people.add(m.name)
            last = m.name.rsplit(" ", 1)[1].lower()
            self.people_by_last.setdefault(last, []).append(m.name)

    def claim(self, start: int, end: int) -> None:
        """Reserve a span (a title, a name) so that no other rule reads it again."""
        insort(self.claimed, (start, end))
        self.longest_claim = max(self.longest_claim, end - start)
        self.claimed_end = max(self.claimed_end, end)

    def claims(self, start: int, end: int) -> list[tuple[int, int]]:
        """Claimed spans overlapping ``[start, end)``, in order (a bounded look-back)."""
        if start >= self.claimed_end:
            return []  # most runs: after every claim (a dateline, the titles read first)
        claimed, reach = self.claimed, start - self.longest_claim
        found = []
        j = bisect_left(claimed, (end,))
        while j:
            j -= 1
            s, e = claimed[j]
            if s < reach:
                break
            if e > start:
                found.append((s, e))
        found.reverse()
        return found


def _within_sentences(
    doc: Document, r: Rules, runs: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The runs cut where a sentence starts after a firm's suffix inside one (`... Palmer
    Valve Co. Moody's said`). Only there: after initials (`E.F. Hutton`) the splitter's
    sentence starts are not trusted. Read from the sentence starts after a suffix, far
    fewer than runs."""
    norm = doc.norm
    cuts: dict[int, list[tuple[int, int]]] = {}
    run_starts: list[int] = []
    for (_, end), (first, _) in pairwise(doc.sentences):
        period = end - 1  # a sentence keeps its closing period
        if norm[period] != ".":
            continue
        space = norm.rfind(" ", period - 14 if period > 14 else 0, period)  # a suffix ends a name
        if space == -1 or norm[space + 1 : period] not in r.company_suffixes:
            continue  # most sentences: no firm's suffix before them
        run_starts = run_starts or list(map(itemgetter(0), runs))
        i = bisect_right(run_starts, first) - 1
        if i >= 0 and run_starts[i] <= space < first < runs[i][1]:
            cuts.setdefault(i, []).append((period + 1, first))
    if not cuts:
        return runs
    out = []
    for i, (s, e) in enumerate(runs):
        for period_end, first in cuts.get(i, ()):
            out.append((s, period_end))
            s = first
        out.append((s, e))
    return out


def extract(doc: Document) -> list[Participant]:
    """Every participant, ids `P1`, `P2`, ... in order of first mention."""
    norm = doc.norm
    r = ascii_rules() if norm.isascii() else rules()
    scan = _Scan(doc, r)
    _dateline(scan)
    runs = _within_sentences(doc, r, list(map(_SPAN, r.run.finditer(norm))))
    _titles(scan, runs)
    skip = r.function_words
    for start, end in runs:
        if norm[start:end] in skip:
            continue  # `The`, `It`, `March`: a fifth of all runs, and they name nothing
        if start >= scan.claimed_end:  # most runs: after every claim (``claims`` says none)
            _classify(scan, start, end)
            continue
        cuts = scan.claims(start, end)
        if not cuts:
            _classify(scan, start, end)
            continue
        for s, e in _unclaimed(scan, start, end, cuts):
            _classify(scan, s, e)
    _initialisms(scan)
    _articles(scan)
    _speaking_acronyms(scan)
    _surnames(scan)
    _anaphora(scan)
    _appositions(scan)
    return _participants(scan)


# --- finding mentions -------------------------------------------------------------------


def _dateline(scan: _Scan) -> None:
    """The dateline's place becomes a place mention (`CHICAGO` of `CHICAGO, Ill.`, whose
    state or country is a place of its own); the rest of the dateline is no name."""
    dl = scan.doc.dateline
    if dl is None:
        return
    start, end = scan.doc.local(dl.span)
    scan.claim(start, end)
    scan.dateline_end = end
    written = dl.location_text or dl.location
    if not written or not dl.location:
        return
    at = scan.norm.find(written, start, end)
    if at < 0:
        return
    # `dateline_parts` needs a separator: most datelines are one name (`WASHINGTON`)
    parts = None if _SEPARATORS.isdisjoint(written) else scan.r.dateline_parts.match(written)
    head = parts.group("head") if parts else written
    key = f"place:{dl.location}|{dl.country}"
    scan.add(
        _Mention(
            at,
            at + len(head),
            "place",
            key,
            dl.location,
            "participants.dateline",
            country=dl.country,
        )
    )
    if parts is not None:
        _place(scan, at + parts.start("tail"), at + parts.end("tail"), add=True)


def _titles(scan: _Scan, runs: list[tuple[int, int]]) -> None:
    """People named after a title or honorific, with the title's complement and prefix."""
    norm, r = scan.norm, scan.r
    run_starts = list(map(itemgetter(0), runs))
    title, text = (r.title_lower, scan.doc.lower) if norm.isascii() else (r.title, norm)
    for at in token_starts(scan.doc, r.title_index):
        t = title.match(text, at, at + _REACH)
        if t is None or scan.claims(*t.span()):
            continue
        ts, te = t.span()
        stacked = [(ts, te)]  # `President Gen. Pervez Musharraf`: an abbreviated title follows
        while norm.startswith(" ", te) and (s := title.match(text, te + 1, te + _REACH)):
            if not norm.endswith(".", 0, s.end()):
                break  # a full word may be a name (`Coach Dean Smith`)
            stacked.append(s.span())
            te = s.end()
        name, title_end = _name_after_title(scan, te)
        written = norm[ts:te]
        if name is None or not _title_case_ok(written, norm[name[0] : name[1]]):
            continue
        ns, ne = name
        if norm[ts:ne] in r.org_names:
            continue  # `Dean Witter`: a firm's name, no dean
        if (
            written.rsplit(None, 1)[-1] in r.given_name_only_titles
            and norm[ns:ne].split(" ", 1)[0] not in r.given
        ):
            continue  # `Chief Accountant Clarence Sampson`: a longer title
        if len(stacked) == 1 and written in r.given_name_titles and " " not in norm[ns:ne]:
            # `Dean Whitehead`: a given name that is also a title, before one word
            scan.add(_person(scan, ts, ne, "participants.given_name"))
            scan.claim(ts, ne)
            continue
        if written.rstrip(".") in r.honorifics:
            # `Mr Howard`, `Dr. Smith`: the courtesy title is part of how the person is named
            scan.add(_person(scan, ts, ne, "participants.honorific", ns))
            scan.claim(ts, ne)
            continue
        person = _person(scan, ns, ne, _TITLED)
        person.titles += [norm[a:b] for a, b in stacked[:-1]]
        person.titles.append(norm[stacked[-1][0] : title_end])
        # a prefix in the same capitalized run: `Kazakh`, `U.S.`, `Chrysler` (+ `Chief ...`)
        i = bisect_right(run_starts, ts) - 1
        pre_start = _skip_function_words(scan, runs[i][0], ts) if i >= 0 else ts
        if i >= 0 and pre_start < ts <= runs[i][1] + 1:
            pre = norm[pre_start:ts].strip()
            person.country = person.country or gazetteer.country_of_demonym(pre)
            if person.country is None and pre:
                person.org_at = (pre_start, pre_start + len(pre))
        for c in r.complement.finditer(norm, te, title_end):
            if c.group().lstrip().startswith("of"):
                person.org_at = person.org_at or c.span("run")
        scan.add(person)
        scan.claim(ts, te)
        scan.claim(ns, ne)
        if written.rsplit(None, 1)[-1].lower() in r.plural_ends:
            _second_titled(scan, ne, person.titles)


def _second_titled(scan: _Scan, end: int, titles: list[str]) -> None:
    """`Foreign Ministers Sergei Lavrov and Wang Yi`: the name after `and` holds the title."""
    norm, r = scan.norm, scan.r
    if not norm.startswith(" and ", end):
        return
    after = r.person_after.match(norm, end + 4, end + 4 + _REACH)
    if after is None or not _is_personal(scan, after.group("name")):
        return
    ns, ne = _without_day(scan, *after.span("name"))
    if scan.claims(ns, ne):
        return
    person = _person(scan, ns, ne, _TITLED)
    person.titles += titles
    scan.add(person)
    scan.claim(ns, ne)


def _title_case_ok(title: str, name: str) -> bool:
    """A capitalized title, or a lower-case one (`chairman`, which is also an ordinary noun)
    before a full name of at least two words."""
    return title[:1].isupper() or " " in name


def _name_after_title(scan: _Scan, te: int) -> tuple[tuple[int, int] | None, int]:
    """The personal name after a title ending at ``te``, and where the title phrase ends."""
    norm, r = scan.norm, scan.r
    direct = r.person_after.match(norm, te, te + _REACH)
    if direct is not None and _is_personal(scan, direct.group("name"), titled=True):
        if _and_suffixes(scan, direct.start("name"), direct.end("name")) is not None:
            return None, te  # `lead manager Hallam Reed and Co Inc`: a firm
        return _without_day(scan, *direct.span("name")), te
    end = te
    last: tuple[int, int] | None = None
    for _ in range(4):
        c = r.complement.match(norm, end, end + _REACH)
        if c is None:
            break
        end, last = c.end(), c.span("run")
    if last is None:
        return None, te
    paren = r.acronym_paren.match(norm, end, end + _REACH)
    at = paren.end() if paren else end
    after = r.person_after.match(norm, at, at + _REACH)
    if after is not None and _is_personal(scan, after.group("name")):
        return _without_day(scan, *after.span("name")), end
    return _split_tail(scan, last[0], last[1])


def _without_day(scan: _Scan, start: int, end: int) -> tuple[int, int]:
    """`President Bill Clinton Saturday said`: the weekday is no part of the name, nor a
    participle joined to it (`Meles Zenawi-led`)."""
    end = _without_attributive(scan, start, end)
    last = scan.norm.rfind(" ", start, end)
    if last > start and scan.norm[last + 1 : end] in scan.r.not_name_end:
        return start, last
    return start, end


def _without_attributive(scan: _Scan, start: int, end: int) -> int:
    """Where a name ends before a participle joined to it by a hyphen (`Hong Kong-based`,
    `Conrad Black-controlled`): the name modifies what follows."""
    hyphen = scan.norm.rfind("-", start, end)
    if hyphen > start and scan.norm[hyphen + 1 : end] in scan.r.attributive:
        return hyphen
    return end


def _split_tail(scan: _Scan, start: int, end: int) -> tuple[tuple[int, int] | None, int]:
    """Split `World Trade Organization Zhanar Aitzhan` into complement and name."""
    norm = scan.norm
    words = [m.span() for m in scan.r.space_word.finditer(norm, start, end)]
    order = sorted(range(1, min(3, len(words) - 1) + 1), key=lambda k: (k != 2, k))
    order.sort(key=lambda k: norm[words[-k][0] : words[-k][1]] not in scan.r.given)
    for k in order:
        rest_end = words[-k - 1][1]
        name = norm[words[-k][0] : end]
        if _starts_title(scan.r, name):
            continue  # `co-president and CBS Chairman Leslie Moonves`: a title of its own
        if _is_personal(scan, name) and _closes_complement(scan, start, rest_end):
            return (words[-k][0], end), rest_end
    return None, end


def _closes_complement(scan: _Scan, start: int, end: int) -> bool:
    """Whether ``norm[start:end]`` can end a title's complement (an org, place or acronym)."""
    text = scan.norm[start:end]
    last = text.rsplit(" ", 1)[-1]
    r = scan.r
    return (
        _bare(last) in r.heads
        or last in r.plural_heads
        or last in r.portfolios  # `Minister for Home Affairs Ho Peng Kee`
        or text in r.org_names
        or r.acronym_word.fullmatch(last) is not None
        or _place(scan, start, end) is not None
    )


def _is_personal(scan: _Scan, name: str, *, titled: bool = False) -> bool:
    """Whether a capitalized phrase may be a personal name (no org or place word in it)."""
    r = scan.r
    words = name.split()
    if not words or words[0] in r.function_words or name in r.org_names:
        return False
    if not words[0][0].isupper():
        return False  # `of American States`, the tail of a name cut at its `of`
    if any(_bare(w) in r.heads or w in r.plural_heads or w in r.not_personal for w in words):
        return False
    if titled and any(_bare(w) in r.company_suffixes for w in words):
        return False  # `vice-chairmen Morgan Guaranty Trust Co`: a firm
    if words[0].rstrip(".") in r.name_suffixes:
        return False  # `King Jr.` of `Martin Luther King Jr.`: no title before a suffix
    if len(words) > (1 if titled else 2) and words[-1].rstrip(".") in r.name_suffixes:
        words = words[:-1]  # `Queen Elizabeth II`, `John Smith III`; not `Mark IV` alone
    if _is_title(r, name) or any(
        len(w.rstrip(".")) > 1 and w.isupper() and not (i < len(words) - 1 and _initials(r, w))
        for i, w in enumerate(words)
    ):
        return False  # an acronym; not initials before the surname (`R.V. Shahi`, `John S.R. Shad`)
    return len(words) > 1 or gazetteer.find_country(name) is None


def _starts_title(r: Rules, text: str) -> bool:
    """A cheap test before the title patterns: does the first word start a title?"""
    return text.split(" ", 1)[0].split("-", 1)[0].rstrip(".").lower() in r.title_starts


def _is_title(r: Rules, text: str) -> bool:
    """Whether ``text`` is nothing but a title (`Permanent Representative`)."""
    return _starts_title(r, text) and r.title_only.fullmatch(text) is not None


def _person(scan: _Scan, start: int, end: int, rule: str, name_at: int | None = None) -> _Mention:
    """A person mention; its name starts at ``name_at`` (after an honorific) if given."""
    name = scan.norm[start if name_at is None else name_at : end]
    return _Mention(start, end, "person", f"person:{name}", name, rule)


def _unclaimed(
    scan: _Scan, start: int, end: int, cuts: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The parts of a run outside the claimed spans ``cuts``, trimmed back to whole words."""
    pieces: list[tuple[int, int]] = []
    pos = start
    for s, e in [*cuts, (end, end)]:
        if s > pos:
            pieces += [m.span() for m in scan.r.run.finditer(scan.norm, pos, s)]
        pos = max(pos, e)
    return pieces


# what may stand between `The company` and its speech verb (`The company also said`)
_ADVERBS = re.compile(r"(?: (?:also|later|again|previously|had|has|further))*")
_NEXT_WORD = re.compile(r",? (\S+)")  # the next word, maybe after a comma
_TIE = re.compile(r" (?:of|for) ")  # a name, then where its bearer is from or works


def _classify(scan: _Scan, start: int, end: int) -> None:
    """Turn one capitalized run into mentions (or nothing)."""
    norm, r = scan.norm, scan.r
    one_word = norm.find(" ", start, end) == -1  # two thirds of the runs: no ticker, no trail
    if not one_word:
        end = _before_ticker(scan, start, end)  # first: a name ending in a suffix keeps its start
    start = _skip_function_words(scan, start, end)
    if start >= end:
        return
    if not one_word:
        end = _drop_trailing_function_words(scan, start, end)
    if "-" in norm[start:end]:  # in C: most runs hold no hyphen
        cut = _without_attributive(scan, start, end)
        if cut < end and _place(scan, start, cut) is not None:
            return  # `Hong Kong-based press`: a modifier, neither a person nor a place named
        end = cut
    if norm.startswith("'s ", end):
        end = _possessive_name(scan, start, end)
    if norm.startswith(" and ", end):
        firm = _comma_firm(scan, start, end)
        if firm is not None:  # `Kidder, Peabody and Co Inc`: no `Co Inc` of its own
            _add_comma_firm(scan, start, firm)
            return
        end = _and_company(scan, start, end)
    text = norm[start:end]
    words = text.split()
    suffix = _suffix_may_follow(scan, end) and r.suffix_after.match(norm, end, end + _REACH)
    if suffix and _bare(words[-1]) not in r.company_suffixes:
        end = suffix.end()
        text = norm[start:end]
    if text in scan.people:  # `Nhek Bunchhay` again, first named after a title
        scan.add(_person(scan, start, end, "participants.known_person"))
        return
    if " " not in text and text not in scan.acronyms and _unknown_word(text):
        scan.singles.append((start, end))  # most runs: one word that no rule below can name
        return
    if " " in text and words[0].lower() in r.particles:
        full = _particle_surname(scan, text)
        if full is not None:  # `Van der Vorm said`, after `Pieter van der Vorm`
            scan.add(_Mention(start, end, "person", f"person:{full}", full, "participants.surname"))
            return
    titled = _starts_title(r, text)
    if titled and _is_title(r, text):
        scan.doc.reject(_FAMILY, start, end, "participants.run", "a title without a name")
        return
    led = r.title_led.match(norm, start, end) if titled else None
    if led is not None:  # `Chief Executive Officer of General Motors`: the title is no name
        _classify(scan, led.start("rest"), end)
        return
    several = " " in text
    if several and _demonym_place(scan, start, end):
        return  # `West Bank`, `Palestinian West Bank`: a place, though `Bank` is a head word
    # `John Smith of Boston`, `Wayne Rooney for Manchester United`; not inside a known name
    # (`Associated Press of Pakistan` is no `Associated Press` of a place)
    tie = _TIE.search(norm, start, end) if several and text not in r.org_names else None
    if tie is not None:
        cut = tie.start()
        name = norm[start:cut]
        head = name.split()
        if name in r.org_names or (
            len(head) >= 2
            and (head[0] in r.given or _has_initial(head))
            and _is_personal(scan, name)
        ):
            _classify(scan, start, cut)
            _classify(scan, tie.end(), end)
            return
    if _organization(scan, start, end):
        return
    if not several and _place(scan, start, end, add=True) is not None:
        return
    if (
        len(words) >= 2
        and (words[0] in r.given or _has_initial(words))
        and _is_personal(scan, text)
    ):
        scan.add(_person(scan, start, end, "participants.given_name"))
        return
    if (
        len(words) >= 2
        and norm.startswith(",", end)  # what `age_after` starts with
        and r.age_after.match(norm, end, end + _REACH)
        and _is_personal(scan, text)
    ):
        scan.add(_person(scan, start, end, "participants.age"))
        return
    if (
        len(words) >= 2
        and norm.startswith(",", end)  # what `titled_after` starts with
        and (t := r.titled_after.match(norm, end, end + _REACH)) is not None
        and t.group("title").rsplit(None, 1)[-1].lower() not in r.deal_roles
        and _is_personal(scan, text)
        and "&" not in text
        # not a place, nor a name ending in one (`South Sulawesi, the head of ...`)
        and _place(scan, norm.rfind(" ", start, end) + 1, end) is None
    ):
        # `said Thierry Ribaux, the deputy head of the Red Cross`: a name no given-name list
        # holds, borne by someone with a title
        scan.add(_person(scan, start, end, "participants.titled_apposition"))
        return
    if len(words) == 1:
        scan.singles.append((start, end))
        return
    _inner(scan, start, end)


def _particle_surname(scan: _Scan, text: str) -> str | None:
    """The full name already found whose surname, particles included, ``text`` is written
    with a capital particle (`Van der Vorm` of `Pieter van der Vorm`)."""
    tail = " " + text.lower()
    named = scan.people_by_last.get(tail.rsplit(" ", 1)[1], ())
    return next((p for p in named if p.lower().endswith(tail)), None)


def _possessive_name(scan: _Scan, start: int, end: int) -> int:
    """`Moody's Investors Service`: a curated name through a possessive (else the run after
    `'s` would be a name of its own) ends there (claimed); else ``end``."""
    norm = scan.norm
    known = scan.r.known.match(norm, start, end + _REACH)
    if known is None or known.end() < end + 2 or norm[known.end() : known.end() + 1].isalnum():
        return end
    scan.claim(start, known.end())
    return known.end()


def _and_company(scan: _Scan, start: int, end: int) -> int:
    """`Tata Iron and Steel Company Ltd.`, `Johnson and Johnson Inc.`: a run before `and`
    and a run closed by a company suffix or an organization head are one name (the end of
    the joined name, claimed, else ``end``), unless the run before names something of its
    own: a place, an organization, a person, a nationality (`Britain and France Inc.`), or
    the run after is a name of its own (more than one word before its head words, a known
    organization, a title)."""
    r, norm = scan.r, scan.norm
    known = r.known.match(norm, start, end + _REACH)  # `Securities and Exchange Commission`
    if (
        known is not None
        and known.end() > end
        and not norm[known.end() : known.end() + 1].isalnum()
    ):
        scan.claim(start, known.end())
        return known.end()
    # the run after `and` ends where a name found earlier begins: `Means Committee` of `House
    # Ways and Means Committee Chairman Dan Rostenkowski`, whose title and name were read first
    claims = scan.claims(end, end + _REACH)
    joined = r.and_run.match(norm, end, claims[0][0] if claims else end + _REACH)
    if joined is None:
        return end
    firm = _and_suffixes(scan, start, end)
    if firm is not None:
        scan.claim(start, firm)  # `Merck and Co Inc`, `Samuel Montagu and Co Ltd`
        return firm
    right = joined.group("run")
    last_word = norm[(norm.rfind(" ", start, end) + 1) or start : end]  # not `norm[0:end]`
    if (last_word, right.split(" ", 1)[0]) in r.and_heads:
        scan.claim(start, joined.end())  # `Federal Savings and Loan Insurance Corp`
        return joined.end()
    last = _bare(right.rsplit(" ", 1)[-1])
    if last not in r.heads and last not in r.company_suffixes:
        return end
    named = [w for w in right.split() if _bare(w) not in r.heads and w not in r.company_suffixes]
    if len(named) > 1 or (named and gazetteer.country_of_demonym(named[0]) is not None):
        return end  # `Time Warner Inc.`, `Swiss Bank Corp`: a name of its own
    left = norm[start:end]
    words = left.split()
    if (
        (len(words) == 1 and not named)  # `Windows and Office`
        or _acronym_like(words[-1])
        or _acronym_like(right.split(" ", 1)[0])  # `NVIDIA and Intel`, `EFF and MK Party`
        or _bare(words[-1]) in r.heads
        or _bare(words[-1]) in r.company_suffixes
        or words[-1] in r.company_words
        or left in scan.acronyms
        or _named_org(left) is not None
        or _named_place(left) != (None, None)
        or _named_place(words[-1]) != (None, None)  # `National Bank of Minneapolis`
        or (len(words) >= 2 and words[0] in r.given)
        or (len(words) == 1 and gazetteer.country_of_demonym(left) is not None)
        or _named_org(right) is not None
        or _starts_title(r, right)
    ):
        return end
    scan.claim(start, joined.end())
    return joined.end()


def _comma_firm(scan: _Scan, start: int, end: int) -> int | None:
    """Where a firm named with a comma (`Sears, Roebuck and Co.`) whose second word is the
    run at ``start``-``end`` ends: the clause reader keeps that name whole (a participant
    for its part would split it)."""
    norm = scan.norm
    if not norm.endswith(", ", 0, start):
        return None
    first = norm.rfind(" ", 0, start - 2) + 1
    if _acronym_like(norm[first : start - 2]):
        return None  # `the drug AZT, Merck and Co Inc`: a list
    firm = lexicon().firm_comma.match(norm, first, end + _REACH)
    return firm.end() if firm is not None and firm.end() > end else None


def _add_comma_firm(scan: _Scan, second: int, end: int) -> None:
    """The firm named with a comma whose second word starts at ``second`` is one company,
    under its curated name when it has one (`Kidder Peabody`); what was read of its first
    word alone (a single word, a place, a firm) is dropped."""
    norm, r = scan.norm, scan.r
    first = norm.rfind(" ", 0, second - 2) + 1
    while (more := _NEXT_WORD.match(norm, end, end + _REACH)) and (
        _bare(more.group(1)) in r.company_suffixes
    ):
        end = more.end()  # `Kidder, Peabody and Co Inc`
    scan.claim(first, end)
    # read just before this run, so at the end of the lists (a whole-list filter per firm
    # made long texts quadratic)
    while scan.singles and first <= scan.singles[-1][0] < second:
        scan.singles.pop()
    while scan.mentions and first <= scan.mentions[-1].start < second:
        scan.mentions.pop()
    words = norm[first:end].replace(",", "").split()
    while words and (_bare(words[-1]) in r.company_suffixes or words[-1] in ("and", "&")):
        words.pop()
    known = r.org_names.get(" ".join(words))
    name = known[0] if known is not None else norm[first:end]
    scan.add(_org(first, end, name, "participants.comma_firm", True))


def _and_suffixes(scan: _Scan, start: int, end: int) -> int | None:
    """Where ` and Co Inc` (` and` and nothing but company suffixes) after the name at
    ``start``-``end`` ends: the name is a firm's (not one named with a comma)."""
    norm = scan.norm
    if not norm.startswith(" and ", end) or _comma_firm(scan, start, end) is not None:
        return None
    joined = scan.r.and_run.match(norm, end, end + _REACH)
    if joined is None:
        return None
    words = joined.group("run").split()
    return joined.end() if all(_bare(w) in scan.r.company_suffixes for w in words) else None


def _acronym_like(word: str) -> bool:
    """`IBM`, `SBC`: a short name of its own, not a word of a longer name."""
    return len(word) > 1 and word.isupper()


def _suffix_may_follow(scan: _Scan, end: int) -> bool:
    """Whether a company suffix may follow (`, Inc.`, ` plc`): the text after most runs says
    no at its first letter, before ``suffix_after`` is tried."""
    norm = scan.norm
    at = end + 1 if norm.startswith(",", end) else end
    return norm.startswith(" ", at) and (
        norm[at + 1 : at + 2] in scan.r.suffix_firsts or norm.startswith("  ", at)
    )


@_memo
def _unknown_word(word: str) -> bool:
    """A word that starts no title and is no known organization, place or city: as a run of
    its own it can only be a surname or an acronym, found once all runs are read."""
    return (
        not _starts_title(rules(), word)
        and _named_org(word) is None
        and _named_place(word) == (None, None)
    )


def _drop_trailing_function_words(scan: _Scan, start: int, end: int) -> int:
    """`UN Security Council Friday` -> `UN Security Council`."""
    norm, r = scan.norm, scan.r
    last = norm.rfind(" ", start, end)
    while last > start and norm[last + 1 : end] in r.function_words:
        shorter = r.run.match(norm, start, last)
        if shorter is None:
            break
        end = shorter.end()
        last = norm.rfind(" ", start, end)
    return end


_TICKER = re.compile(r"[A-Z]{1,5}")  # `ODP` of `Office Depot Inc. ODP.N`


def _before_ticker(scan: _Scan, start: int, end: int) -> int:
    """`Office Depot Inc. ODP`, `Wal-Mart Stores Inc. WMT.N`: a stock ticker after a company
    suffix is no part of the name."""
    norm = scan.norm
    last = norm.rfind(" ", start, end)
    if last <= start or not _TICKER.fullmatch(norm, last + 1, end):
        return end
    if norm[last + 1 : end] in scan.r.company_suffixes:
        return end  # `Triton Coal Co. LLC`: a second suffix
    before = norm.rfind(" ", start, last) + 1
    if _bare(norm[max(before, start) : last]) not in scan.r.company_suffixes:
        return end
    scan.doc.reject(_FAMILY, last + 1, end, "participants.ticker", "a stock ticker")
    return last


def _demonym_place(scan: _Scan, start: int, end: int) -> bool:
    """A place, possibly after a nationality word; adds its mention."""
    if _place(scan, start, end, add=True) is not None:
        return True
    first = scan.norm[start:end].split(" ", 1)[0]
    if gazetteer.country_of_demonym(first) is None:
        return False
    return _place(scan, start + len(first) + 1, end, add=True) is not None


def _skip_function_words(scan: _Scan, start: int, end: int) -> int:
    """Drop leading words capitalized only by position (`The`, `In`, `Developers`)."""
    norm, r = scan.norm, scan.r
    while start < end:
        space = norm.find(" ", start, end)  # words of a run are separated by single spaces
        word = norm[start : space if space >= 0 else end]
        if (
            word in r.function_words
            or word in r.attributive
            or ("-" in word and word.rsplit("-", 1)[1] in r.attributive)
            or (
                _initial(scan, start)
                and (
                    (
                        scan.written_lower(word)
                        and not scan.mid_cap(word)
                        # `Office Depot Inc.`, though `office` is written in lower case too
                        and _bare(norm[max(norm.rfind(" ", start, end) + 1, start) : end])
                        not in r.company_suffixes
                    )
                    or _noun_of(scan, start, end)
                )
            )
        ):
            if space < 0:
                return end  # the last word: nothing left
            nxt = r.run.search(norm, space, end)
            if nxt is None:
                return end
            start = nxt.start()
            continue
        break
    return start


def _initial(scan: _Scan, start: int) -> bool:
    """Whether a word opens its sentence or line (so its capital says nothing)."""
    norm = scan.norm
    if start > 1 and norm[start - 1] == " ":  # most words: the one before decides
        c = norm[start - 2]
        if c.isalnum() or c == ",":
            return False
    before = norm[max(0, start - 4) : start].rstrip(_OPENERS)
    if before.endswith("\n"):
        return True
    if before and (before[-1].isalnum() or before[-1] == ","):
        return False  # inside a sentence: the cheap answer for most words
    # nothing but spaces, quotes and brackets since the sentence began (read backwards from
    # the word: a table's "sentence" can be long)
    first, at = scan.doc.sentence_of(start)[0], start
    while at > first and norm[at - 1] in _OPENERS:
        at -= 1
    return at in (first, scan.dateline_end)  # `AP - Shares of Kmart ...`


def _written_as(norm: str, word: str) -> Iterator[int]:
    """Starts of the space-separated words of ``norm`` that are ``word`` once stripped of
    surrounding punctuation (what ``raw.strip(_PUNCTUATION)`` of ``norm.split()`` gives)."""
    if word[0] in _PUNCTUATION or word[-1] in _PUNCTUATION:
        return  # stripping would remove those characters: no word is written so
    size = len(norm)
    at = norm.find(word)
    while at >= 0:
        start, end = at, at + len(word)
        while start and norm[start - 1] in _PUNCTUATION:
            start -= 1
        while end < size and norm[end] in _PUNCTUATION:
            end += 1
        if (not start or norm[start - 1].isspace()) and (end == size or norm[end].isspace()):
            yield start
        at = norm.find(word, at + 1)


def _noun_of(scan: _Scan, start: int, end: int) -> bool:
    """`Shares of Samsung`, `Residents of Almaty` at a sentence start: the first word is an
    ordinary noun, unless the whole is an organization (`Bank of ...`) or a place."""
    space = scan.norm.find(" ", start, end)
    if space < 0 or not scan.norm.startswith(" of ", space, end):
        return False  # what `noun_of` needs after the first word
    head = scan.r.noun_of.match(scan.norm, start, end)
    return (
        head is not None
        and _bare(head.group(1)) not in scan.r.heads
        and gazetteer.find_place(scan.norm[start:end]) is None
    )


def _bare(word: str) -> str:
    """A word without its abbreviation period (`Inc.` -> `Inc`)."""
    return word.rstrip(".")


def _initials(r: Rules, word: str) -> bool:
    """Dotted single letters (`R.V.`, `H.D.`), not a country's or a body's (`U.S.`, `U.N.`)."""
    return (
        len(word) % 2 == 0
        and all(c == "." for c in word[1::2])
        and word[::2].isalpha()
        and word not in r.org_names
        and gazetteer.find_country(word) is None
    )


def _has_initial(words: list[str]) -> bool:
    """A middle initial (`John F. Kennedy`): the shape of a personal name."""
    return any(len(w) == 2 and w.endswith(".") for w in words[1:-1])


def _organization(scan: _Scan, start: int, end: int) -> bool:
    """A curated name, a ministry, or a name with an organization head word or suffix."""
    norm, r = scan.norm, scan.r
    text = norm[start:end]
    # an acronym the text defines beats the table's (`the Interstate Commerce Commission
    # (ICC)` in a 1987 story is no International Criminal Court)
    if text in scan.acronyms:
        known: tuple[str, str, bool, str | None] | None = (
            scan.acronyms[text],
            "participants.acronym",
            False,
            None,
        )
    else:
        known = _named_org(text)
    if known is not None:
        name, rule, company, country = known
        scan.add(_org(start, end, name, rule, company, country))
        return True
    headed = _headed_org(text)
    if headed is None:
        return False
    company, country = headed
    joined: regex.Match[str] | re.Match[str] | None = None
    if norm.startswith((" and ", "  "), end):  # what `and_acronym` starts with
        # `... for Standardization and Metrology (KazST)`
        joined = r.and_acronym.match(norm, end, end + _REACH)
    if joined is None and (" of " in text or " for " in text) and norm.startswith(" and ", end):
        joined = r.and_tail.match(norm, end, end + _REACH)  # `Ministry of Trade and Integration`
        if joined is not None and not _plain_words(scan, *joined.span("run")):
            joined = None
    if joined is not None:
        end, text = joined.end("run"), norm[start : joined.end("run")]
    scan.add(_org(start, end, text, "participants.org_head", company, country))
    _define_acronym(scan, end, text)
    return True


@_memo
def _named_org(text: str) -> tuple[str, str, bool, str | None] | None:
    """A curated organization, a ministry or an institution written ``text``, as (name,
    rule, is a company, country)."""
    r = rules()
    if text in r.org_names:
        canonical, company = r.org_names[text]
        rule = "participants.agency" if text in r.agency_forms else "participants.known_org"
        return canonical, rule, company, None
    ministry = _ministry(r, text.split())
    if ministry is not None:
        return ministry[0], "participants.ministry", False, ministry[1]
    if text in r.institutions:  # `the Senate`, `Congress`
        return text, "participants.institution", False, None
    return None


@_memo
def _headed_org(text: str) -> tuple[bool, str | None] | None:
    """A name of two or more words with an organization head word or company suffix, a
    known company's name and company words (`Apple Computer`), or a name that opens with a
    company's name of two words or more (`Morgan Stanley Asset Management`), or a place
    after a company opener (`Air Canada`), as (is a company, country)."""
    r = rules()
    words = text.split()
    if len(words) < 2:
        return None
    headed = not r.heads.isdisjoint(map(str.rstrip, words, repeat("."))) or (
        _bare(words[-1]) in r.company_suffixes
    )
    first_known = (
        words[0] in r.org_names
        and r.org_names[words[0]][1]
        and all(w in r.company_words or _bare(w) in r.heads for w in words[1:])
    ) or _company_unit(r, words)
    opened = words[0] in r.company_openers and gazetteer.find_place(" ".join(words[1:]))
    if not (headed or first_known or opened):
        return None
    company = (
        first_known
        or bool(opened)
        or any(w in r.company_words or _bare(w) in r.company_suffixes for w in words)
    )
    return company, _org_country(words)


def _company_unit(r: Rules, words: list[str]) -> bool:
    """A unit of a company known by two words or more (`Merrill Lynch Canada`, `Morgan
    Stanley Asset Management`); not when a given name follows (`Merrill Lynch Capital
    Markets Mario Rossi`: the run goes on into a person's name)."""
    for k in range(len(words) - 1, 1, -1):
        known = r.org_names.get(" ".join(words[:k]))
        if known is not None:
            return known[1] and r.given.isdisjoint(words[k:])
    return False


def _plain_words(scan: _Scan, start: int, end: int) -> bool:
    """Capitalized words that are no name of their own (`Integration`, `Metrology`)."""
    text = scan.norm[start:end]
    r = scan.r
    return not (
        text in r.org_names
        or any(_bare(w) in r.heads or w in r.plural_heads or w in r.given for w in text.split())
        or gazetteer.find_place(text) is not None
    )


def _org(
    start: int, end: int, name: str, rule: str, company: bool, country: str | None = None
) -> _Mention:
    return _Mention(
        start, end, "organization", f"org:{name}", name, rule, country=country, company=company
    )


def _ministry(r: Rules, words: list[str]) -> tuple[str, str | None] | None:
    """`Kazakh MFA`, `Foreign Ministry` -> (`Ministry of Foreign Affairs of Kazakhstan`, KZ)."""
    if not words or words[-1] not in r.ministry_ends:
        return None  # most names
    for i in range(min(2, len(words))):
        key = " ".join(words[i:])
        if key in r.ministries:
            country = gazetteer.country_of_demonym(" ".join(words[:i])) if i else None
            if i and country is None:
                place = gazetteer.find_country(" ".join(words[:i]))
                country = place.country if place else None
            if i and country is None:
                return None
            name = r.ministries[key]
            country_name = gazetteer.country_name(country) if country else None
            return (f"{name} of {country_name}" if country_name else name), country
    return None


def _org_country(words: list[str]) -> str | None:
    """The country in an organization's name (`Ministry of Foreign Affairs of Kazakhstan`)."""
    text = " ".join(words)
    if " of " in text:
        place = gazetteer.find_country(text.rsplit(" of ", 1)[1])
        if place is not None:
            return place.country
    return gazetteer.country_of_demonym(words[0])


def _define_acronym(scan: _Scan, end: int, name: str) -> None:
    """`International Organization for Standardization (ISO)`: ISO now means that name."""
    if not scan.norm.startswith(_PAREN_OPENINGS, end):
        return  # most names: no `acronym_paren`
    paren = scan.r.acronym_paren.match(scan.norm, end, end + _REACH)
    if paren is not None:
        scan.acronyms[paren.group("acr")] = name
        s, e = paren.span("acr")
        scan.add(_org(s, e, name, "participants.acronym", False))
        scan.claim(s, e)


def _place(scan: _Scan, start: int, end: int, *, add: bool = False) -> gazetteer.Place | None:
    """A country, region, continent or city; a bare small city needs a locative cue."""
    norm = scan.norm
    text = norm[start:end]
    found, anywhere = _named_place(text)
    if anywhere is not None:
        city = _city(scan, text, end, anywhere)
        settled = (
            city is not None
            and scan.r.settlement_before.search(norm, max(0, start - 16), start) is not None
        )
        if city is not None and _same_first_word(city.name, text, accents=settled):
            cue = settled or scan.r.locative.search(norm, max(0, start - 12), start) is not None
            if text in scan.r.not_places_alone and not cue:
                return None
            if (
                " " in text
                or city.population >= (_CUED_CITY if cue else _BIG_CITY)
                or (cue and gazetteer.is_news_city(text))  # `in Davos`, `near Jenin`
            ):
                found = city
    if found is not None and add:
        m_start = start
        if _article_before(scan, start, end) and _takes_article(found, text):
            m_start = start - 4
        scan.add(
            _Mention(
                m_start,
                end,
                "place",
                f"place:{found.name}|{found.country}",
                found.name,
                "participants.place",
                country=found.country,
            )
        )
    return found


_NOT_IN_NAME = regex.compile(r"[ -]|\.")  # `St. Louis`, `Port-au-Prince`: letters otherwise


def _same_first_word(canonical: str, written: str, *, accents: bool = False) -> bool:
    """A city found under its own name, not an alternate one: alternate names collide with
    ordinary words and names. The news may add accents (`Bogotá` is Bogota), but a plain
    written name is no sign of an accented canonical one (`Bush` is no `Būsh`) unless
    ``accents`` (after `the city of`: `Samarra` is `Sāmarrā’`)."""
    first = _NOT_IN_NAME.split(written, 1)[0]  # `Dar-es-Salaam` for Dar es Salaam
    own = _NOT_IN_NAME.split(canonical, 1)[0]
    if accents:
        own = gazetteer.unaccented(own).rstrip("'’")
    return own in (first, gazetteer.unaccented(first))


@_memo
def _named_place(text: str) -> tuple[gazetteer.Place | None, gazetteer.Place | None]:
    """A continent, country or region written ``text``; else, if ``text`` has the shape of
    a city's name, the most populous city of that name (to be confirmed by context)."""
    if text in rules().continents:
        return gazetteer.Place(text, None, "region"), None
    city_like = text.replace(" ", "").replace("-", "").replace(".", "").isalpha()
    city_like = city_like and not text.isupper()
    return gazetteer.find_named(text, cities=city_like)


def _city(scan: _Scan, text: str, end: int, anywhere: gazetteer.Place) -> gazetteer.Place | None:
    """A city, in the country or state written after it when there is one (`Perth
    (Australia)`, `Portland, Maine`), else ``anywhere``, the most populous of that name."""
    area = None
    if scan.norm.startswith((" (", ", "), end):  # what `area_after` starts with
        area = scan.r.area_after.match(scan.norm, end, end + _REACH)
    if area is not None:
        hinted = gazetteer.find_city(text, area.group("area"))
        if hinted is not None:
            return hinted
    for country in _context_countries(scan, end - len(text)):
        if country == anywhere.country:
            return anywhere
        hinted = gazetteer.find_city(text, country)
        # a namesake in the story's country, unless far smaller (`Paris` in a Texas story is
        # still Paris, France; `Valencia` in a Spanish one is Spain's, not Venezuela's)
        if hinted is not None and hinted.population * _NAMESAKE > anywhere.population:
            return hinted
    return anywhere


_NAMESAKE = 3  # how much smaller than the most populous a namesake in context may be
_RECENT = 40  # mentions read back for the countries of places named before a city
_HINTS = 4  # countries tried, nearest first


def _context_countries(scan: _Scan, start: int) -> list[str]:
    """Countries a city name at ``start`` is likely in: a nationality right before it (`the
    Spanish city of Valencia`), the dateline's, then those of the places named before it,
    latest first."""
    found = []
    before = scan.r.demonym_before.search(scan.norm, max(0, start - 40), start)
    if before is not None:
        found.append(gazetteer.country_of_demonym(before.group("demonym")))
    dateline = scan.doc.dateline
    found.append(dateline.country if dateline is not None else None)
    for m in reversed(scan.mentions[-_RECENT:]):  # bounded: a long text stays linear
        if m.kind == "place" and m.start < start:
            found.append(m.country)
    return list(dict.fromkeys(c for c in found if c))[:_HINTS]


def _takes_article(place: gazetteer.Place, text: str) -> bool:
    """`the United States`, `the U.S.`, `the UK`: the article belongs to the name."""
    return place.kind == "country" and (
        _abbreviation(text) or gazetteer.find_country("the " + text) is not None
    )


def _abbreviation(text: str) -> bool:
    """`US`, `U.S.`, `UK`: short forms, often used as modifiers (`the U.S. economy`)."""
    return text.isupper() or "." in text


def _inner(scan: _Scan, start: int, end: int) -> None:
    """In an unclassified run, keep the known organizations and countries inside it."""
    known, countries = _inner_names(scan.norm[start:end])
    for s, e, canonical, company in known:
        scan.add(_org(start + s, start + e, canonical, "participants.known_in_run", company))
    for s, e in countries:
        _place(scan, start + s, start + e, add=True)
    scan.doc.reject(_FAMILY, start, end, "participants.run", "no organization, place or name")


@_memo
def _inner_names(
    text: str,
) -> tuple[tuple[tuple[int, int, str, bool], ...], tuple[tuple[int, int], ...]]:
    """The curated organizations (offsets, name, is a company) and the country words
    (offsets; with the words before them when those make a longer place) in a run's text. A
    run follows no word character, so the text alone gives what matching in place would."""
    r = rules()
    known = tuple((m.start(), m.end(), *r.org_names[m.group()]) for m in r.known.finditer(text))
    words = [m.span() for m in r.space_word.finditer(text)]
    countries: list[tuple[int, int]] = []
    for i, (s, e) in enumerate(words):
        if gazetteer.find_country(text[s:e]) is None or r.known.fullmatch(text[s:e]):
            continue
        # the word may end a longer place: `New Jersey` in `New Jersey Nets`, not Jersey
        for k in (2, 1):
            if i >= k and gazetteer.find_place(text[words[i - k][0] : e]) is not None:
                s = words[i - k][0]
                break
        if not countries or countries[-1][1] <= s:
            countries.append((s, e))
    return known, tuple(countries)


def _articles(scan: _Scan) -> None:
    """`the Senate`, `the UAW`: the article is part of an organization's mention, unless the
    name modifies a noun (`the GM plant`)."""
    for m in scan.mentions:
        if (
            m.kind == "organization"
            and m.rule != "participants.known_in_run"
            and _article_before(scan, m.start, m.end)
        ):
            m.start -= 4


def _article_before(scan: _Scan, start: int, end: int) -> bool:
    """`the` right before a name that is not used as a modifier (`the US automaker`) or a
    possessive (`the United States's largest ...`), where `the` belongs to another noun."""
    norm = scan.norm
    return (
        norm[max(0, start - 4) : start] in ("the ", "The ")
        and not (start > 4 and norm[start - 5].isalnum())
        and not scan.r.modifier_use.match(norm, end, end + _REACH)
    )


# --- linking ----------------------------------------------------------------------------


def _initialisms(scan: _Scan) -> None:
    """An undefined acronym made of the initials of an organization named in the text
    (`Kazakhstan Institute for Standardization and Metrology` ... `KISM`)."""
    initials: dict[str, _Mention] = {}
    for m in scan.mentions:
        if m.kind == "organization" and " " in m.name:
            letters = "".join(w[0] for w in m.name.split() if w[0].isupper())
            if len(letters) >= 2:
                initials.setdefault(letters, m)
    if not initials:
        return
    left = []
    for s, e in scan.singles:
        org = initials.get(scan.norm[s:e])
        if org is None:
            left.append((s, e))
            continue
        scan.add(_org(s, e, org.name, "participants.initialism", org.company, org.country))
    scan.singles = left


def _speaking_acronyms(scan: _Scan) -> None:
    """`NPD said`: an unknown acronym that speaks or reports is an organization."""
    norm, r = scan.norm, scan.r
    left = []
    for s, e in scan.singles:
        text = norm[s:e]
        if (
            (text[-1].isupper() or text[-1] == "&")  # how an `acronym_word` ends: most say no
            and r.acronym_word.fullmatch(text)
            and r.speech_after.match(norm, e, e + _REACH)
        ):
            scan.add(_org(s, e, text, "participants.speaking_acronym", False))
        else:
            left.append((s, e))
    scan.singles = left


def _surnames(scan: _Scan) -> None:
    """Link `Aitzhan`, `Mr Howard` and one-word cities such as `Henderson` to full names."""
    people: dict[str, tuple[list[int], list[_Mention]]] = {}
    for m in sorted(scan.mentions, key=_START):
        if m.kind == "person" and " " in m.name:
            starts, found = people.setdefault(_surname(scan, m.name), ([], []))
            starts.append(m.start)
            found.append(m)
    speaking = _speaking_names(scan)
    if not people:  # most texts: no full name, so no single word is a surname
        for s, e in scan.singles:
            _single(scan, s, e, speaking)
        return
    shared = {w for w, (_, found) in people.items() if len({m.key for m in found}) > 1}
    linker = _SurnameLinker(scan, people, shared, _family_first(scan, people))
    bare = [m for m in scan.mentions if m.kind in ("person", "place") and " " not in m.name]
    runs: list[tuple[int, int, _Mention | None]] = [(m.start, m.end, m) for m in bare]
    runs += [(s, e, None) for s, e in scan.singles]
    if shared:  # in text order: a shared surname goes on naming the person it named last
        runs.sort(key=itemgetter(0))
    for s, e, mention in runs:
        if mention is None:
            full = linker.full_name(scan.norm[s:e], s)
            if full is None:
                _single(scan, s, e, speaking)
                continue
            scan.add(_Mention(s, e, "person", full.key, full.name, "participants.surname"))
        elif mention.kind == "person":
            full = linker.full_name(mention.name, s)
            if full is not None:
                mention.key, mention.name = full.key, full.name
                mention.country = mention.country or full.country
        else:
            text = scan.norm[s:e]
            full = linker.full_name(text, s)
            if full is not None and gazetteer.find_country(text) is None:
                mention.kind, mention.key, mention.name = "person", full.key, full.name
                mention.country = None


def _speaking_names(scan: _Scan) -> set[str]:
    """One-word names that speak somewhere in the text (`Prachanda said`) and stand after a
    lower-case title (`Maoist chairman Prachanda`) or before a titled apposition (`Silas,
    chairman of Phillips,`) somewhere: a person, not a firm that says (`Kodak said`)."""
    norm, r = scan.norm, scan.r
    spoken = {norm[s:e] for s, e in scan.singles if _speaks_after(r, norm, e)}
    return {
        norm[s:e]
        for s, e in scan.singles
        if norm[s:e] in spoken
        and (_after_title(scan, s) or r.apposition.match(norm, e, e + _REACH) is not None)
    }


def _after_title(scan: _Scan, at: int) -> bool:
    """Whether a lower-case title ends right before ``at`` (`chairman Prachanda`)."""
    norm = scan.norm
    before = norm.rfind(" ", 0, at - 1) + 1
    if at - before < 3 or norm[at - 1] != " " or not norm[before].islower():
        return False
    if norm[before : at - 1].lower() in scan.r.deal_roles:
        return False  # `lead manager Postipankki said`: a firm in a role on a deal
    t = scan.r.title.match(norm, before, at)
    return t is not None and t.end() == at - 1


def _single(scan: _Scan, start: int, end: int, speaking: set[str]) -> None:
    """A one-word name that is no surname: a person if it speaks somewhere, else nothing."""
    name = scan.norm[start:end]
    if name in speaking:
        scan.add(_person(scan, start, end, "participants.speaking_name"))
    else:
        scan.doc.reject(_FAMILY, start, end, "participants.single", "unknown single word")


# a name opening its clause: after a sentence start, a comma or a quote, titles allowed
# between (`Later, President Fidel Castro said`); not `led by Fidel Castro`
_CLAUSE_OPENING = regex.compile(r"(?:^|[.,;:!?\"'\n(`])\s*(?:\p{Lu}[\w.-]*\s+){0,3}$")
_OPENING_REACH = 60  # characters before a full name read for `_CLAUSE_OPENING`


@dataclass(slots=True)
class _SurnameLinker:
    """Surnames to full names; a surname two people share (`Castro` after Raul and Fidel
    Castro) names the person a bare use named last, until a full name of the other opens
    a clause; the first bare use names the nearest full name that opens a clause."""

    scan: _Scan
    people: dict[str, tuple[list[int], list[_Mention]]]
    shared: set[str]  # surnames of more than one person
    first: dict[str, _Mention]  # a family name written first (`Wang` of `Wang Qishan`)
    last: dict[str, tuple[int, _Mention]] = field(default_factory=dict)

    def full_name(self, word: str, at: int) -> _Mention | None:
        """The nearest earlier (else the first later) person whose surname is ``word``."""
        if word not in self.people:
            return self.first.get(word)
        starts, fitting = self.people[word]
        i = bisect_left(starts, at)
        nearest = fitting[i - 1] if i else fitting[0]
        if word not in self.shared:
            return nearest  # most surnames: one person
        lead = next((m for m in reversed(fitting[:i]) if self.opens_clause(m)), None)
        before = self.last.get(word)
        if before is not None and (lead is None or lead.start < before[0]):
            full = before[1]
        else:
            full = lead or nearest
        self.last[word] = (at, full)
        return full

    def opens_clause(self, m: _Mention) -> bool:
        """Whether a full name opens its clause and is the first of its surname in its
        sentence (`Raul Castro, brother of President Fidel Castro,`: Raul)."""
        norm = self.scan.norm
        first = self.scan.doc.sentence_of(m.start)[0]
        lo = max(first, m.start - _OPENING_REACH)
        if m.start > first and not _CLAUSE_OPENING.search(norm[lo : m.start]):
            return False
        return _surname(self.scan, m.name) not in norm[first : m.start]


def _family_first(
    scan: _Scan, people: dict[str, tuple[list[int], list[_Mention]]]
) -> dict[str, _Mention]:
    """The first words of two-word names after a title, each of one person only: Chinese
    and Korean names put the family first (`Vice Premier Wang Qishan` ... `Wang said`); not
    names found by their given name alone (`Dallas Cowboys`)."""
    first: dict[str, _Mention] = {}
    taken: set[str] = set()
    for _, found in people.values():
        for m in found:
            words = m.name.split()
            if m.rule != _TITLED or len(words) != 2 or not words[0].isalpha():
                continue
            if gazetteer.country_of_demonym(words[0]) or gazetteer.find_country(words[0]):
                continue  # `Swiss Volksbank`, `Soviet Kazakhstan`: read as titled people
            if words[0] in first and first[words[0]].key != m.key:
                taken.add(words[0])
            first.setdefault(words[0], m)
    return {w: m for w, m in first.items() if w not in taken}


def _surname(scan: _Scan, name: str) -> str:
    words = [w for w in name.replace(",", " ").split() if _bare(w) not in scan.r.name_suffixes]
    return words[-1] if words else name


def _deal_firms(scan: _Scan) -> set[str]:
    """Firms first named in a role on another's deal (`said sole manager Bear, Stearns and
    Co`, `Goldman, Sachs and Co will be lead underwriter`)."""
    norm, r = scan.norm, scan.r
    first: dict[str, _Mention] = {}
    for m in sorted((m for m in scan.mentions if m.company), key=_START):
        first.setdefault(m.key, m)
    found = set()
    for key, m in first.items():
        words = norm[max(0, m.start - 40) : m.start].lower().split()
        if (
            (words and words[-1] in r.deal_roles)
            or (words[-2:-1] and words[-1] == "by" and words[-2] in r.deal_role_participles)
            or r.deal_role_after.match(norm, m.end, m.end + _REACH)
        ):
            found.add(key)
    return found


def _anaphora(scan: _Scan) -> None:
    """`the Organization`, `the company`: the nearest earlier fitting organization."""
    norm, r = scan.norm, scan.r
    found = list(r.anaphor.finditer(norm))
    if not found:
        return  # most texts: no antecedents to index
    companies = {m.key for m in scan.mentions if m.company} - _deal_firms(scan)
    orgs = sorted((m for m in scan.mentions if m.kind == "organization"), key=_START)
    starts = [m.start for m in orgs]
    taken = sorted((m.start, m.end) for m in scan.mentions)
    resolved: list[_Mention] = []  # `the company` read so far: a chain of them goes on
    for a in found:
        i = bisect_left(taken, (a.end(),))
        if i and taken[i - 1][1] > a.start():  # part of a name (`the Organization for ...`)
            continue
        noun = a.group("noun")
        head = r.anaphora[noun]
        first = scan.doc.sentence_of(a.start())[0]
        limit = 0 if noun[0].isupper() else first - 600
        last = bisect_right(starts, a.start())
        before = orgs[max(0, last - _ANTECEDENTS) : last]
        if (
            head == "*company"
            and not norm[first : a.start()].strip(_OPENERS)
            and _speaks_after(r, norm, a.end())
        ):
            before = _subject_first(scan, before, resolved, companies, first) or before
        for m in reversed(before):
            if m.start < limit:
                break
            if (head == "*company" and m.key in companies) or head in m.name.split():
                mention = _Mention(
                    a.start(),
                    a.end(),
                    "organization",
                    m.key,
                    m.name,
                    "participants.anaphora",
                    named=False,
                )
                scan.add(mention)
                resolved.append(mention)
                break
        else:
            scan.doc.reject(_FAMILY, a.start(), a.end(), "participants.anaphora", "no antecedent")


def _speaks_after(r: Rules, norm: str, at: int) -> bool:
    """Whether a speech verb follows ``at``, maybe after an adverb (`also said`)."""
    adverbs = _ADVERBS.match(norm, at)
    return r.speech_after.match(norm, adverbs.end() if adverbs else at) is not None


def _subject_first(
    scan: _Scan, before: list[_Mention], resolved: list[_Mention], companies: set[str], first: int
) -> list[_Mention]:
    """`The company said` opening a sentence is the sentence before's first company, most
    often its subject (`Selas Corp said ... in a suit filed by Milgard Tempering Co. The
    company said`: Selas), as one candidate; none when that sentence names no company. Not
    without a speech verb: `Fiat agreed to buy a stake in Chrysler. The company had
    struggled` is Chrysler."""
    i = scan.doc.sentence_index(first)
    if i == 0:
        return []
    lo = scan.doc.sentences[i - 1][0]
    # `resolved` is in text order: only its tail can be in the sentence before
    recent = resolved[bisect_left(resolved, lo, key=_START) :]
    fitting = [m for m in (*before, *recent) if lo <= m.start < first and m.key in companies]
    return [min(fitting, key=_START)] if fitting else []


def _appositions(scan: _Scan) -> None:
    """`Sergio Mujica, the Secretary General of ISO,`: a title and an organization."""
    for m in scan.mentions:
        if m.kind != "person" or not m.named:
            continue
        if not scan.norm.startswith(", ", m.end):
            continue  # what `apposition` starts with
        a = scan.r.apposition.match(scan.norm, m.end, m.end + _REACH)
        if a is None or not _title_case_ok(a.group("title"), m.name):
            continue
        m.titles.append(a.group("title"))
        # who they speak for: `Kazakhstan's ambassador`, `spokeswoman for Gazprom` (not `to`)
        if a.group("owner"):
            m.org_at = m.org_at or a.span("owner")
        if a.group("org") and a.group("prep") in ("of", "at", "for"):
            m.org_at = m.org_at or a.span("org")


@_memo
def _org_key(name: str) -> str:
    """`Apple Inc.`, `Apple Computer` and `Apple` are one company."""
    r = rules()
    words = name.split()
    while len(words) > 1 and (
        _bare(words[-1]) in r.company_suffixes or words[-1] in r.company_words
    ):
        words.pop()
    base = " ".join(words).rstrip(",")
    return r.org_names[base][0] if base in r.org_names else base


def _participants(scan: _Scan) -> list[Participant]:
    """Settle overlaps, group mentions by key and build the records."""
    doc = scan.doc
    kept: list[_Mention] = []
    for m in sorted(scan.mentions, key=lambda m: (m.start, m.start - m.end)):
        if kept and m.start < kept[-1].end:
            doc.reject(_FAMILY, m.start, m.end, m.rule, f"overlaps {kept[-1].name!r}")
            continue
        kept.append(m)
    by_head: dict[str, set[str]] = {}  # `Senate` -> {`United States Senate`}
    for m in kept:
        if m.kind == "organization":
            m.key = "org:" + _org_key(m.name)
            if " " in m.name:
                by_head.setdefault(m.name.rsplit(" ", 1)[1], set()).add(m.key)
    for m in kept:
        # `the Senate` after `the United States Senate`: one body, when only one fits
        if m.rule == "participants.institution" and len(by_head.get(m.name, ())) == 1:
            m.key = next(iter(by_head[m.name]))
    groups: dict[str, list[_Mention]] = {}
    for m in kept:
        groups.setdefault(m.key, []).append(m)
    ids = {key: f"P{i}" for i, key in enumerate(groups, 1)}
    spans: list[tuple[int, int, str]] = []  # sorted mention spans, built once a person needs them
    records = []
    unnamed = not all(map(_NAMED, kept))  # `the company`: only in a few texts
    for key, ms in groups.items():
        named = (list(compress(ms, map(_NAMED, ms))) or ms) if unnamed else ms
        first = named[0]
        name = first.name if first.kind == "place" else max(map(_NAME, named), key=len)
        mentions = [doc.span(m.start, m.end) for m in ms]
        plain = (name.lower(), f"the {name}".lower())
        aliases = [s.text for s in mentions if s.text.lower() not in plain]
        titles = list(chain.from_iterable(map(_TITLES, ms)))
        # most participants have one mention and no title: nothing to deduplicate
        aliases = list(dict.fromkeys(aliases)) if len(aliases) > 1 else aliases
        titles = list(dict.fromkeys(titles)) if len(titles) > 1 else titles
        country = next(filter(None, map(_COUNTRY, ms)), None)
        org_id = None
        for m in ms:
            if m.org_at is None:
                continue
            spans = spans or sorted((m.start, m.end, m.key) for m in kept)
            target = _covering(spans, m.org_at)
            if target is None or target == key:
                continue
            if target.startswith("org:") and org_id is None:
                org_id = ids[target]
            elif target.startswith("place:") and country is None:
                country = target.rsplit("|", 1)[1] or None
        records.append(
            _new_participant(
                {
                    "id": ids[key],
                    "kind": first.kind,
                    "name": name,
                    "aliases": aliases,
                    "titles": titles,
                    "organization_id": org_id,
                    "country": country,
                    "mentions": mentions,
                    "rule": first.rule,
                }
            )
        )
    return records


def _covering(spans: list[tuple[int, int, str]], at: tuple[int, int]) -> str | None:
    """The key of the first organization or place mention overlapping the span ``at``."""
    for s, e, key in spans[max(0, bisect_left(spans, (at[0],)) - 1) :]:
        if s >= at[1]:
            break
        if at[0] < e and not key.startswith("person:"):
            return key
    return None
