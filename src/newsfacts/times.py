"""Stage 2: time expressions, normalized TIMEX3-style and anchored to the article's date.

Candidates come from the rules of ``resources/times.toml`` (patterns from named fragments,
each with a ``kind``); overlapping candidates are settled longest-first; then the
normalizer named by the rule's ``kind`` turns its named groups into a TIMEX3 value, an
inclusive interval and a ``mod``. Relative expressions are resolved against
``doc.anchor`` (published, else the dateline date); without an anchor they keep ``X``
placeholders (``XXXX-09-18``) and no interval. The clock is never read.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from bisect import bisect_left, bisect_right
from calendar import monthrange
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache, partial, reduce
from itertools import compress, repeat
from operator import itemgetter, or_

# the standard library's regex parser (private, but there since 1997 as `sre_parse`; untyped)
from re import _parser as _sre  # type: ignore[attr-defined]
from typing import Any, Literal, NamedTuple

import regex
from pydantic import Field

from newsfacts.document import Document
from newsfacts.errors import ResourceError
from newsfacts.model import TimeExpression, TimeType, constructor
from newsfacts.patterns import (
    alternation,
    ascii_or_self,
    ascii_twin,
    compile_pattern,
    expand,
    group_names,
)
from newsfacts.resources import ResourceModel, load
from newsfacts.text import occurrences

__all__ = ["extract"]

Kind = Literal[
    "calendar",
    "range",
    "relative",
    "weekday",
    "offset",
    "ref",
    "quarter_ref",
    "clock",
    "duration",
    "set",
    "holiday",
    "anaphor",
]


class _Rule(ResourceModel):
    name: str
    kind: Kind
    type: TimeType
    triggers: list[str] = Field(min_length=1)
    pattern: str
    # what every match contains, so that windows without it are skipped: one of these words
    # (lowercase, found in any case by a plain substring search, far cheaper than a regex
    # alternation), and a match of this pattern
    keywords: tuple[str, ...] = ()
    require: str | None = None


class _Lexicon(ResourceModel):
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    multipliers: dict[str, int]
    ordinals: dict[str, int]
    halves: dict[str, int]
    centuries: dict[str, int]
    decade_words: dict[str, int]
    units: dict[str, str]
    time_units: list[str]
    reporting_periods: list[str]
    unit_split: dict[str, tuple[str, int]]
    short_units: list[str]
    years_in: dict[str, int]
    seasons: dict[str, str]
    season_start: dict[str, int]
    parts: dict[str, str]
    rel: dict[str, int]
    mods: dict[str, str]
    quals: dict[str, str]
    refs: dict[str, str]
    sets: dict[str, str]
    holidays: dict[str, str]
    holiday_things: frozenset[str]
    future_cues: str
    past_cues: str
    ed_cues: str
    ed_not_after: frozenset[str]
    report_cues: str
    clause_word: str
    deadline_words: list[str]
    period_end: str
    present_after: str
    subordinators: str
    year_left_ok: list[str]
    year_left_count: list[str]
    month_noun_after: list[str]
    month_noun_before: list[str]
    publication_verbs: frozenset[str]
    publication_after: frozenset[str]
    publication_before: frozenset[str]
    header_words: int
    header_chars: int


class _Resource(ResourceModel):
    fragments: dict[str, str]
    lexicon: _Lexicon
    triggers: dict[str, list[str]]
    rules: list[_Rule]


_Pattern = regex.Pattern[str] | re.Pattern[str]
# what `_candidates` reads to try a rule: the rule, its pattern and requirement, the keys (or
# pairs) it may start at (None: any) and how to cut a position's key to their length
_Plan = tuple[_Rule, _Pattern, _Pattern | None, frozenset[str] | None, Callable[[str], str] | None]


@dataclass(frozen=True, slots=True)
class _Compiled:
    lex: _Lexicon
    rules: tuple[tuple[_Rule, regex.Pattern[str], regex.Pattern[str] | None], ...]
    # of each rule, the pattern and requirement for ASCII text: compiled again by the
    # standard engine where it reads them alike (`patterns.ascii_or_self`)
    ascii_rules: tuple[tuple[_Pattern, _Pattern | None], ...]
    heads: tuple[frozenset[str], ...]  # of each rule: the two characters a match may start with
    # of each rule, for ASCII text: the keys of positions it may start at (None: any), and
    # how to cut a key to their length
    keys: tuple[frozenset[str] | None, ...]
    cuts: tuple[Callable[[str], str] | None, ...]  # None: the keys are as long (``_KEY``)
    names: tuple[tuple[str, ...], ...]  # of each rule: its pattern's group names by number
    # of each rule, its plan (`_Plan`) in ASCII text and in other text: one tuple, read at once
    plans: tuple[tuple[_Plan, ...], tuple[_Plan, ...]]
    # rules as bits (rule ``i`` is ``1 << i``): those a trigger class opens, those whose
    # matches may start with two characters (of ``heads``), or in ASCII text with a key's
    # first ``_START`` (of ``keys``), and those tried anywhere (no heads, no keys): a
    # window's rules are then one ``|`` per position, not a set test per rule and window
    by_class: dict[str, int]
    by_head: dict[str, int]
    by_key: dict[str, int]
    open_heads: int
    open_keys: int
    triggers: dict[str, frozenset[str]]  # word -> the trigger classes it opens
    # groups `future`, `report`, `past` and `ed` (weak past), the last checked by
    # ``ed_not_after`` in ``tense_ascii``, for ASCII text (`_Ctx.cues`)
    tense: regex.Pattern[str]
    tense_ascii: re.Pattern[str]
    clause_word: regex.Pattern[str]
    period_end: regex.Pattern[str]
    present_after: regex.Pattern[str]
    subordinator: regex.Pattern[str]


_OTHER = "\x80"  # stands for every non-ASCII character
_CHARS = frozenset({*map(chr, range(128)), _OTHER})
_ANY = frozenset(a + b for a in _CHARS for b in _CHARS)
# In ASCII text a position's key is its first ``_KEY`` characters with case, digits and
# spaces folded (`March 1` and `march 9` read `march 0`): what ``keys`` tell of a rule
_KEY = 8
_SPACES = "".join(c for c in map(chr, range(128)) if c.isspace() and c != " ")
_FOLD = str.maketrans(
    string.ascii_uppercase + "123456789" + _SPACES,
    string.ascii_lowercase + "0" * 9 + " " * len(_SPACES),
)
_KEY_CHARS = sorted({chr(i).translate(_FOLD) for i in range(128)})
_START = 4  # a key's first characters that tell the rules a window may start (``by_key``)
_CUT = itemgetter(slice(_START))
_NESTED_SET = re.compile(r"\[(?:\\.|[^]\\])*\[")  # a `[` inside a class `[...]`
_CATEGORIES: dict[object, Callable[[str], bool]] = {
    _sre.CATEGORY_DIGIT: str.isdigit,
    _sre.CATEGORY_WORD: lambda c: c.isalnum() or c == "_",
    _sre.CATEGORY_SPACE: str.isspace,
}


class _AnyHead(Exception):
    """A construct whose first characters are not worked out: any character may start."""


def _parse(source: str) -> Any:
    """The standard library's parse of a pattern (group names dropped: ``regex`` allows a
    name twice); raises ``_AnyHead`` where the two read it differently."""
    if _NESTED_SET.search(source):
        raise _AnyHead  # `regex` reads `[[a-z]--[aeiou]]` as one set, the standard library not
    try:
        return _sre.parse(re.sub(r"\(\?P<\w+>", "(?:", source))
    except re.error as exc:
        raise _AnyHead from exc


def _heads(source: str) -> frozenset[str]:
    """The first two characters a match of ``source`` may start with (non-ASCII ones as
    ``_OTHER``, which may always be there).

    Read from the parsed pattern; unknown constructs and patterns that may match nothing
    allow any. Trying a rule only at positions that start with one of these skips most
    anchored attempts, among them the costliest: those that fail only after trying every
    alternative.
    """
    try:
        parsed = _parse(source)
        prefixes = _prefixes(parsed, bool(parsed.state.flags & re.I), 2, fold=False)
    except _AnyHead:
        return _ANY
    if "" in prefixes:
        return _ANY
    ends = {w for w in prefixes if len(w) == 1}  # matches of one character: any may follow
    heads = {a + b for a in (_OTHER, *ends) for b in _CHARS}
    heads.update(w for w in prefixes if len(w) == 2)
    heads.update(w[0] + _OTHER for w in prefixes)  # `\w`, `\d` take non-ASCII characters too
    return frozenset(heads)


def _keys(source: str) -> tuple[int, frozenset[str]] | None:
    """The keys of ASCII text positions where a match of ``source`` may start, as many
    characters of them as the shortest match has and one more (any character may follow
    it), with every start of those (for a text's end); None where any key may.

    Longer and folded, these tell far more than ``_heads``: `the ` from `the end of`, `March `
    from `March 1`; rules are tried at half the positions that two characters allow.
    """
    try:
        parsed = _parse(source)
        keys = _prefixes(parsed, bool(parsed.state.flags & re.I), _KEY, fold=True)
    except _AnyHead:
        return None
    shortest = min(map(len, keys))
    if shortest < _START - 2:
        return None  # too short: a start of its keys would have to list too many tails
    width = min(_KEY, shortest + 1)
    cut = {w[:width] for w in keys}
    full = {w + c for w in cut for c in (_KEY_CHARS if len(w) < width else [""])}
    return width, frozenset(w[:i] for w in full for i in range(1, width + 1))


def _prefixes(items: Any, icase: bool, width: int, *, fold: bool) -> set[str]:
    """The first ``width`` characters (fewer where it may end) of every match of a sequence
    parsed by the standard library's parser, read through ``_FOLD`` if ``fold``."""
    out = {""}
    for op, arg in items:
        if op is _sre.LITERAL or op is _sre.IN:
            chars = {chr(arg)} if op is _sre.LITERAL else _charset(arg)
            if any(not c.isascii() for c in chars):
                raise _AnyHead  # a non-ASCII character may fold to an ASCII one
            step = chars | {c.swapcase() for c in chars} if icase else chars
            if fold:
                step = {c.translate(_FOLD) for c in step}
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
            continue  # takes no character
        elif op is _sre.BRANCH:
            step = set().union(*(_prefixes(alt, icase, width, fold=fold) for alt in arg[1]))
        elif op is _sre.SUBPATTERN:
            _, add, remove, sub = arg
            sub_icase = (icase or bool(add & re.I)) and not remove & re.I
            step = _prefixes(sub, sub_icase, width, fold=fold)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            least, most, sub = arg
            once = _prefixes(sub, icase, width, fold=fold)
            # `width` or more repeats start like `width`: [nothing, once, twice, ...]
            repeats = [{""}]
            for _ in range(min(most, width)):
                repeats.append(_then(repeats[-1], once, width))
            step = set().union(*repeats[min(least, width) :])
        elif op is _sre.ATOMIC_GROUP:
            step = _prefixes(arg, icase, width, fold=fold)
        else:
            raise _AnyHead
        out = _then(out, step, width)
        if all(len(w) == width for w in out):
            break
    return out


def _then(first: set[str], then: set[str], width: int) -> set[str]:
    """The first ``width`` characters of a match of one sequence followed by one of another
    (the second cut to the room left first: far fewer pairs to join)."""
    out = {a for a in first if len(a) == width}
    tails: dict[int, set[str]] = {}
    for a in first:
        room = width - len(a)
        if room:
            if room not in tails:
                tails[room] = {b[:room] for b in then}
            out.update([a + b for b in tails[room]])
    return out


def _charset(items: Any) -> set[str]:
    """The characters of a parsed class ``[...]`` (its ASCII ones for a category)."""
    out: set[str] = set()
    for op, arg in items:
        if op is _sre.LITERAL:
            out.add(chr(arg))
        elif op is _sre.RANGE:
            out.update(map(chr, range(arg[0], arg[1] + 1)))
        elif op is _sre.CATEGORY and arg in _CATEGORIES:
            out.update(filter(_CATEGORIES[arg], map(chr, range(128))))
        else:
            raise _AnyHead
    return out


@cache
def _compiled() -> _Compiled:
    res = load("times", _Resource)
    lex = res.lexicon
    flags = regex.VERSION1
    words: dict[str, set[str]] = {}
    sources: list[tuple[str, list[str]]] = [
        ("month", list(lex.months)),
        ("weekday", list(lex.weekdays)),
        ("unit", list(lex.units)),
        ("word", [*lex.refs, *lex.sets, *lex.parts]),
        ("season", list(lex.seasons)),
        *res.triggers.items(),
    ]
    for cls, extra in sources:
        for word in extra:
            last = word.split()[-1]
            for form in (last, last + "s"):  # `Tuesdays`, `years`
                words.setdefault(form, set()).add(cls)
    classes = {"year"}.union(*words.values())
    for rule in res.rules:
        if set(rule.triggers) - classes:
            raise ResourceError(f"times.toml: rule {rule.name} has unknown triggers")
        if any(k != k.casefold() for k in rule.keywords):
            raise ResourceError(f"times.toml: rule {rule.name} has keywords not in lowercase")
    names = [name.title().replace("'S", "'s") for name in lex.holidays]  # `New Year's Day`
    fragments = {**res.fragments, "holiday_name": alternation(names, boundary=False)}
    requires = {
        r.require: compile_pattern(r.require, fragments, flags) for r in res.rules if r.require
    }  # one pattern per distinct requirement, so its result is shared between rules
    rules = tuple(
        (r, compile_pattern(r.pattern, fragments, flags), requires.get(r.require or ""))
        for r in res.rules
    )
    expanded = [expand(r.pattern, fragments) for r in res.rules]
    heads = tuple(map(_heads, expanded))
    keyed = [_keys(source) or (0, None) for source in expanded]  # (width, keys)
    by_class: dict[str, int] = {}
    by_head: dict[str, int] = {}
    by_key: dict[str, int] = {}
    for i, r in enumerate(res.rules):
        for cls in r.triggers:
            by_class[cls] = by_class.get(cls, 0) | 1 << i
        for pair in heads[i]:
            by_head[pair] = by_head.get(pair, 0) | 1 << i
        width, keys = keyed[i]
        for key in keys or ():
            # any character may follow a whole key shorter than a start (`_keys`: by one)
            tails = _KEY_CHARS if len(key) == width < _START else [""]
            for start in {_CUT(key + tail) for tail in tails}:
                by_key[start] = by_key.get(start, 0) | 1 << i
    cues = f"(?P<future>{lex.future_cues})|(?P<report>{lex.report_cues})|(?P<past>{lex.past_cues})|"
    not_after = rf"(?<!\b(?i:{'|'.join(map(regex.escape, lex.ed_not_after))})[ \t]+)"
    ascii_rules = tuple(
        (ascii_or_self(p), None if r is None else ascii_or_self(r)) for _, p, r in rules
    )
    rule_keys = tuple(keys for _, keys in keyed)
    cuts = tuple(None if width == _KEY else itemgetter(slice(width)) for width, _ in keyed)
    return _Compiled(
        lex,
        rules,
        ascii_rules,
        heads,
        rule_keys,
        cuts,
        tuple(group_names(pattern) for _, pattern, _ in rules),
        (
            tuple(
                (r, *twins, allowed, cut)
                for (r, _, _), twins, allowed, cut in zip(
                    rules, ascii_rules, rule_keys, cuts, strict=True
                )
            ),
            tuple(
                (r, p, q, None if h is _ANY else h, None)
                for (r, p, q), h in zip(rules, heads, strict=True)
            ),
        ),
        by_class,
        by_head,
        by_key,
        sum(1 << i for i, h in enumerate(heads) if h is _ANY),
        sum(1 << i for i, (_, keys) in enumerate(keyed) if keys is None),
        {w: frozenset(c) for w, c in words.items()},
        compile_pattern(f"{cues}(?P<ed>{not_after}(?:{lex.ed_cues}))", None, flags),
        # every cue starts at a word or an apostrophe (`'ll`): tried only there
        ascii_twin(
            compile_pattern(rf"(?:(?<!\w)(?=\w)|(?='))(?:{cues}(?P<ed>{lex.ed_cues}))", None, flags)
        ),
        compile_pattern(lex.clause_word, None, flags),
        compile_pattern(lex.period_end, None, flags),
        compile_pattern(lex.present_after, None, flags),
        compile_pattern(lex.subordinators, None, flags),
    )


Day = dt.date | dt.datetime | None


class _Norm(NamedTuple):
    """A normalized value with its inclusive interval and TIMEX3 ``mod`` (a tuple: cheap)."""

    value: str
    start: Day = None
    end: Day = None
    mod: str | None = None
    type: TimeType | None = None  # overrides the rule's type


# ------------------------------------------------------------ values of one grain


def _safe(f: Callable[..., _Norm], *args: int | str) -> _Norm | None:
    """A grain value, or None when the date is outside what ``datetime`` can hold."""
    try:
        return f(*args)
    except (ValueError, OverflowError):
        return None


@lru_cache(maxsize=4096)  # pure, and the same days recur (the dateline's, in every text)
def _day(d: dt.date) -> _Norm:
    return _Norm(d.isoformat(), d, d)


def _month(y: int, m: int) -> _Norm:
    return _Norm(f"{y:04d}-{m:02d}", dt.date(y, m, 1), dt.date(y, m, monthrange(y, m)[1]))


def _year(y: int) -> _Norm:
    return _Norm(f"{y:04d}", dt.date(y, 1, 1), dt.date(y, 12, 31))


def _week(d: dt.date) -> _Norm:
    iso = d.isocalendar()
    monday = d - dt.timedelta(days=d.weekday())
    return _Norm(f"{iso.year:04d}-W{iso.week:02d}", monday, monday + dt.timedelta(days=6))


def _weekend(d: dt.date) -> _Norm:
    week = _week(d)
    saturday = d + dt.timedelta(days=5 - d.weekday())
    return _Norm(week.value + "-WE", saturday, saturday + dt.timedelta(days=1))


def _quarter(y: int, q: int) -> _Norm:
    last = dt.date(y, 3 * q, monthrange(y, 3 * q)[1])
    return _Norm(f"{y:04d}-Q{q}", dt.date(y, 3 * q - 2, 1), last)


def _half(y: int, h: int) -> _Norm:
    end = dt.date(y, 6, 30) if h == 1 else dt.date(y, 12, 31)
    return _Norm(f"{y:04d}-H{h}", dt.date(y, 1, 1) if h == 1 else dt.date(y, 7, 1), end)


def _decade(y: int) -> _Norm:
    y -= y % 10
    return _Norm(f"{y // 10:03d}", dt.date(y, 1, 1), dt.date(y + 9, 12, 31))


def _century(c: int) -> _Norm:
    """``c`` as written: the 20th century is ``19`` (1900-1999)."""
    y = (c - 1) * 100
    return _Norm(f"{c - 1:02d}", dt.date(max(y, 1), 1, 1), dt.date(y + 99, 12, 31))


def _season(y: int, code: str) -> _Norm:
    first = _compiled().lex.season_start[code]
    start = dt.date(y, first, 1)
    last_month = (first + 1) % 12 + 1
    end_year = y + 1 if first == 12 else y
    end = dt.date(end_year, last_month, monthrange(end_year, last_month)[1])
    return _Norm(f"{y:04d}-{code}", start, end)


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _with_mod(n: _Norm | None, mod: str | None) -> _Norm | None:
    if n is None or mod is None:
        return n
    return _Norm(n.value, n.start, n.end, mod, n.type)


# ------------------------------------------------------------ the per-document context

Groups = dict[str, str | None]
Tense = Literal["future", "past", "report"] | None
_TENSE_LEFT, _TENSE_RIGHT = 80, 40  # characters searched for a verb's tense
_CLAUSE_CHARS = ',;:()"'
_CLAUSE_END = regex.compile(f"[{regex.escape(_CLAUSE_CHARS)}]")
_TENSES: dict[str, Tense] = {"future": "future", "past": "past", "ed": "past", "report": "report"}


@dataclass
class _Ctx:
    """What normalizers need besides their groups: the text, the anchor and the tense."""

    doc: Document
    anchor: dt.date | None
    lex: _Lexicon
    compiled: _Compiled
    start: int = 0
    end: int = 0
    quarter: tuple[int, int, int] | None = None  # (offset, year, quarter) last mentioned
    last_date: dt.date | None = None  # the last calendar date the text gave in full
    last_day: dt.date | None = None  # the last day the text named (`on Tuesday`, `Oct. 5`)

    def tense(self) -> Tense:
        """The tense of the verb that governs the current candidate, from cues near it.

        The nearest cue before it in its clause wins; else the first one after it in its
        clause (past a comma only when the candidate opens its clause: in `will arrive
        Thursday, he said` the report is not its verb); else the nearest one before it in
        its sentence. A possessive (`Tuesday's ruling`) dates a noun, not the clause; a
        deadline (`extended through January`) may lie after a past verb.
        """
        text = self.doc.norm
        if text.startswith("'s", self.end):
            return None
        s, e = self.doc.sentence_of(self.start)
        e = e if e > s else len(text)
        left = max(s, self.start - _TENSE_LEFT)
        # after the last clause end before it (a search from the end per character, in C)
        last = max(map(text.rfind, _CLAUSE_CHARS, repeat(left), repeat(self.start)))
        clause = last + 1 if last >= 0 else left
        best: tuple[int, Tense] | None = None
        for m in self.cues(left, self.start):
            if (
                m.lastgroup == "ed"
                and best
                and best[1] == "future"
                and best[0] >= clause
                and not self.compiled.subordinator.search(text, best[0], m.start())
            ):
                continue  # `will redeem its preferred shares`: the modal governs; not
                # `voted to endorse it when it convened`, a clause of its own
            best = (m.start(), _TENSES[str(m.lastgroup)])
        if best is None or best[0] < clause:
            right = min(e, self.end + _TENSE_RIGHT)
            if self.compiled.clause_word.search(text, clause, self.start):
                comma = _CLAUSE_END.search(text, self.end, right)
                right = comma.start() if comma else right
            after = next(self.cues(self.end, right), None)
            if after is not None:
                best = (after.start(), _TENSES[str(after.lastgroup)])
        tense = best[1] if best else None
        if tense != "past" or self.word_before().lower() not in self.lex.deadline_words:
            return tense
        period = self.compiled.period_end.search(text, max(s, self.start - 20), self.start)
        return tense if period else None

    def cues(self, start: int, end: int) -> Iterator[re.Match[str] | regex.Match[str]]:
        """The tense cues in ``text[start:end]``, in order. In ASCII text the standard engine
        finds them (``tense_ascii``: a smaller program, twice as fast in the pipeline) and a
        -ed word after a word of ``ed_not_after`` is dropped here: ``tense`` says so by a
        look-behind of variable length, which the standard engine has not."""
        text = self.doc.norm
        if not text.isascii():
            yield from self.compiled.tense.finditer(text, start, end)
            return
        not_after = self.lex.ed_not_after
        for m in self.compiled.tense_ascii.finditer(text, start, end):
            if m.lastgroup == "ed":
                k = p = m.start()
                while k and text[k - 1] in " \t":
                    k -= 1
                j = k
                while j and (text[j - 1].isalnum() or text[j - 1] == "_"):
                    j -= 1
                if k < p and text[j:k].lower() in not_after:
                    continue  # `the delayed launch`: an adjective
            yield m

    def future(self) -> bool:
        return self.tense() == "future"

    def word_before(self) -> str:
        text = self.doc.norm
        i = self.start
        while i > 0 and text[i - 1] in " \t":
            i -= 1
        j = i
        while j > 0 and not text[j - 1].isspace():
            j -= 1
        return text[j:i]

    def text_after(self, n: int) -> str:
        return self.doc.norm[self.end : self.end + n]


def _key(s: str | None) -> str:
    """A lexicon key: lowercase, no periods, single spaces (`Sept.` -> `sept`)."""
    return " ".join((s or "").lower().replace(".", "").split())


def _number(s: str | None, lex: _Lexicon) -> float | None:
    """``3``, ``1,000``, ``twenty-four``, ``a hundred``, ``2 1/2``; None when vague (`several`)."""
    if s is None:
        return 1
    k = " ".join(s.lower().replace("-", " ").split())  # keeps decimal points
    half = 0.0
    for tail in (" 1/2", " and a half"):
        if k.endswith(tail):  # `2 1/2`, `two and a half`
            k, half = k[: -len(tail)], 0.5
    digits = k.replace(",", "")
    if digits.replace(".", "", 1).isdigit():
        return float(digits) + half
    words = k.split()
    if len(words) > 1 and words[0] in {"a", "an"}:
        words = words[1:]  # `a couple of`, `a dozen`, `a hundred`
    total, current = 0, 0
    for word in words:
        if word in lex.numbers:
            current += lex.numbers[word]
        elif word in lex.multipliers:
            total += max(current, 1) * lex.multipliers[word]
            current = 0
        elif word != "of":
            return None
    return float(total + current) + half or None


def _period(n: float | None, unit: str, lex: _Lexicon) -> str:
    """A TIMEX3 duration: `P3D`, `PT24H`, `P20Y` (two decades), `P2Y6M`, `PT1M30S`, `PXY`."""
    if unit in lex.years_in:  # TIMEX3 writes decades as P10Y
        n, unit = (None if n is None else n * lex.years_in[unit]), "year"
    parts: list[tuple[str, str]] = []
    if n is None:
        parts.append(("X", unit))
    else:
        whole, frac = int(n), n - int(n)
        if whole or not frac:
            parts.append((str(whole), unit))
        if frac and unit in lex.unit_split:
            smaller, factor = lex.unit_split[unit]
            parts.append((f"{frac * factor:g}", smaller))
        elif frac:
            parts = [(f"{n:g}", unit)]
    date = "".join(a + lex.units[u] for a, u in parts if u not in lex.time_units)
    time = "".join(a + lex.units[u] for a, u in parts if u in lex.time_units)
    return "P" + date + ("T" + time if time else "")


def _unit(g: Groups, lex: _Lexicon) -> str:
    """The singular unit word of group ``unit`` (`years` -> `year`, `centuries` -> `century`)."""
    u = (g.get("unit") or "").lower()
    if u == "centuries":
        return "century"
    return u[:-1] if u.endswith("s") and u[:-1] in lex.units else u


def _year_of(g: Groups, key: str = "year") -> int | None:
    if g.get(key):
        return int(str(g[key]))
    yy = g.get("yy")
    if key == "year" and yy:
        n = int(yy)
        return 2000 + n if n < 30 else 1900 + n
    return None


def _resolve_md(ctx: _Ctx, m: int, d: int | None) -> int | None:
    """The year of a month (and day) without one, from the anchor and the tense."""
    a = ctx.anchor
    if a is None:
        return None
    tense = ctx.tense()
    best: tuple[int, int] | None = None
    for year in (a.year, a.year - 1, a.year + 1):  # ties go to the anchor's year
        try:
            first = dt.date(year, m, d or 1)
            last = dt.date(year, m, d or monthrange(year, m)[1])
        except ValueError:
            continue  # `Feb. 29` outside leap years
        if (tense == "future" and last < a) or (tense == "past" and first > a):
            continue  # `will meet on Jan. 14` is no past date, `quit in March` no future month
        distance = 0 if first <= a <= last else min(abs((first - a).days), abs((last - a).days))
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else a.year


def _resolve_weekday(ctx: _Ctx, wd: int, rel: int | None) -> dt.date | None:
    a = ctx.anchor
    if a is None:
        return None
    back = (a.isoweekday() - wd) % 7
    ahead = (wd - a.isoweekday()) % 7
    if rel == -1:
        return a - dt.timedelta(days=back or 7)
    if rel == 1:
        return a + dt.timedelta(days=ahead or 7)
    return a + dt.timedelta(days=ahead) if ctx.future() else a - dt.timedelta(days=back)


def _calendar(g: Groups, ctx: _Ctx) -> _Norm | None:
    lex = ctx.lex
    mod = lex.mods.get(_key(g["mod"])) if g.get("mod") else None
    if g.get("a"):  # numeric m/d/yyyy: only when one reading is impossible
        a, b = int(str(g["a"])), int(str(g["b"]))
        if a > 12 >= b:
            g = {**g, "day": str(a), "month": str(b)}
        elif b > 12 >= a:
            g = {**g, "day": str(b), "month": str(a)}
        else:
            return None
    year = _spoken_year(str(g["spoken"]), lex) if g.get("spoken") else _year_of(g)
    if g.get("decade_word"):
        return _with_mod(_safe(_decade, lex.decade_words[_key(g["decade_word"])]), mod)
    if g.get("decade") or g.get("decade_yy"):
        y = int(str(g["decade"])) if g.get("decade") else 1900 + int(str(g["decade_yy"]))
        return _with_mod(_safe(_decade, y), mod)
    if g.get("century"):
        c = str(g["century"]).lower()
        n = int(c[:-2]) if c[:-2].isdigit() else lex.centuries.get(c, 0)
        return _with_mod(_safe(_century, n), mod) if n else None
    if g.get("quarter") or g.get("half"):
        return _quarter_or_half(g, ctx, year, mod)
    if g.get("season"):
        code = lex.seasons[str(g["season"]).lower()]
        if year is None and g.get("rel") and ctx.anchor is not None:
            year = _season_year(ctx.anchor, code, lex.rel[_key(str(g["rel"]))])
        elif year is None:
            year = _resolve_md(ctx, lex.season_start[code], None)
        if year is None:
            return _Norm(f"XXXX-{code}", mod=mod)
        return _with_mod(_safe(_season, year, code), mod)
    if g.get("month"):
        if ctx.doc.norm[ctx.start : ctx.end] == g["month"] and _month_is_noun(ctx):
            return None
        m = _month_of(str(g["month"]), lex)
        d = int(str(g["day"]).rstrip("stndrh")) if g.get("day") else None
        if year is None:
            year = _resolve_md(ctx, m, d)
        if year is None:
            return _Norm(f"XXXX-{m:02d}" + (f"-{d:02d}" if d else ""), mod=mod)
        if d is None:
            return _with_mod(_safe(_month, year, m), mod)
        try:
            return _with_mod(_day(dt.date(year, m, d)), mod)
        except ValueError:
            return None
    if year is not None and _plausible_year(g, ctx):
        return _with_mod(_safe(_year, year), mod)
    return None


def _spoken_year(s: str, lex: _Lexicon) -> int | None:
    """`nineteen ninety-six` -> 1996, `two thousand and one` -> 2001."""
    words = _key(s.replace("-", " ")).split()
    if words[0] == "two":
        after = words[3:] if words[2:3] == ["and"] else words[2:]
        return 2000 + int(_number(" ".join(after), lex) or 0) if after else 2000
    rest = _number(" ".join(words[1:]), lex)
    return None if rest is None else 1900 + int(rest)


def _month_of(s: str, lex: _Lexicon) -> int:
    k = _key(s)
    return int(k) if k.isdigit() else lex.months[k]


def _season_year(a: dt.date, code: str, rel: int) -> int:
    """`last fall`: the latest fall over before the anchor; `next spring`: the first after it."""
    if rel == 0:
        return a.year
    years = [a.year - 1, a.year] if rel < 0 else [a.year, a.year + 1]
    for year in years if rel > 0 else reversed(years):
        season = _season(year, code)
        if season.start and season.end and (season.end < a if rel < 0 else season.start > a):
            return year
    return a.year + rel


def _month_is_noun(ctx: _Ctx) -> bool:
    """`the March for Life`, `March with us`: a bare month name used as a noun or a verb."""
    after = ctx.text_after(12).split()
    if not after or after[0].lower() not in ctx.lex.month_noun_after:
        return False
    before = ctx.word_before().lower()
    starts = ctx.doc.sentence_of(ctx.start)[0] >= ctx.start
    return starts or before in ctx.lex.month_noun_before


_INITIALS = re.compile(r"(?:\w\.)+")  # `U.S.`: a period that ends no sentence


def _publication(ctx: _Ctx) -> bool:
    """`the regional daily Stuttgarter Zeitung`, `the business weekly reported`, `told the
    daily.`: a newspaper or magazine, not how often."""
    lex = ctx.lex
    after = ctx.text_after(16)
    if after[:1] in ",.;:":
        return ctx.word_before().lower() in lex.publication_before
    words = after.split(maxsplit=1)
    if not words or not after[:1].isspace():
        return False
    word = words[0].strip(",.;:")
    if not word[:1].isupper():
        return word in lex.publication_verbs
    if word.lower().rstrip(".") in lex.weekdays or word.lower() in lex.months:
        return False
    following = ""
    for token in ctx.doc.norm[ctx.end : ctx.end + 80].split()[:6]:
        if not token[:1].isupper():
            following = token.rstrip(",;:.")
            break
        if token[-1] in ",;:" or (token.endswith(".") and not _INITIALS.fullmatch(token)):
            break  # the name ends its clause or sentence: `the daily Le Figaro.`
    return not following.isalpha() or following in lex.publication_verbs | lex.publication_after


def _plausible_year(g: Groups, ctx: _Ctx) -> bool:
    """A bare four-digit number is a year unless a name or a count word precedes it."""
    if g.get("mod") or g.get("yy") or g.get("spoken"):
        return True
    before = ctx.word_before()
    if before in ctx.lex.year_left_count:
        return False
    word = before.strip("\"'(,;:")
    if (
        not word[:1].isupper()
        or word.endswith("'s")
        or word in ctx.lex.year_left_ok
        or _key(word) in ctx.lex.months
    ):
        return True
    # a capitalized word starting the sentence is no name (`That 1978 resolution`)
    return ctx.doc.sentence_of(ctx.start)[0] >= ctx.start - len(before) - 1


def _quarter_or_half(g: Groups, ctx: _Ctx, year: int | None, mod: str | None) -> _Norm | None:
    lex = ctx.lex
    word = str(g.get("quarter") or g.get("half")).lower()
    table = lex.ordinals if g.get("quarter") else lex.halves
    n = int(word) if word.isdigit() else table[word]
    a = ctx.anchor
    if year is None and a is not None:
        year = a.year
        is_past = (3 * n - 2 if g.get("quarter") else 6 * n - 5) > a.month
        if is_past and not ctx.future() and g.get("quarter"):
            year -= 1
    if year is None:
        return _Norm(f"XXXX-Q{n}" if g.get("quarter") else f"XXXX-H{n}", mod=mod)
    if g.get("quarter"):
        ctx.quarter = (ctx.start, year, n)
        return _with_mod(_safe(_quarter, year, n), mod)
    return _with_mod(_safe(_half, year, n), mod)


def _shifted(ctx: _Ctx, unit: str, n: int) -> _Norm | None:
    """The ``unit`` containing the anchor, moved by ``n`` units."""
    a = ctx.anchor
    if a is None:
        return None
    match unit:
        case "day" | "night":
            return _day(a + dt.timedelta(days=n))
        case "week":
            return _week(a + dt.timedelta(weeks=n))
        case "weekend":
            return _weekend(a + dt.timedelta(weeks=n))
        case "month":
            return _safe(_month, *_add_months(a.year, a.month, n))
        case "quarter":
            y, m = _add_months(a.year, a.month, 3 * n)
            return _safe(_quarter, y, (m - 1) // 3 + 1)
        case "year":
            return _safe(_year, a.year + n)
        case "decade":
            return _safe(_decade, a.year + 10 * n)
        case "century":
            return _safe(_century, (a.year + 100 * n) // 100 + 1)
    return None


_UNKNOWN = {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX"}


def _relative(g: Groups, ctx: _Ctx) -> _Norm | None:
    lex = ctx.lex
    rel = lex.rel.get(_key(g["rel"]), 0) if g.get("rel") else 0
    mod = lex.mods.get(_key(g["mod"])) if g.get("mod") else None
    unit = _unit(g, lex)
    a = ctx.anchor
    if g.get("quarter"):  # `last year's third quarter`
        return _quarter_or_half(g, ctx, a.year + rel if a else None, mod)
    if g.get("month_d"):  # `Nov. 13 last year`: that day of that year (`XXXX-11-13` unanchored)
        in_year = str(a.year + rel) if a is not None else None
        return _calendar(
            {"month": g["month_d"], "day": g["day"], "year": in_year, "mod": g.get("mod")}, ctx
        )
    if g.get("month"):
        m = _month_of(str(g["month"]), lex)
        if a is None:
            return _Norm(f"XXXX-{m:02d}", mod=mod)
        if unit == "year":  # `January this year`
            year = a.year + rel
        elif rel < 0:
            year = a.year if m < a.month else a.year - 1
        elif rel > 0:
            year = a.year if m > a.month else a.year + 1
        else:
            year = _resolve_md(ctx, m, None) or a.year
        return _with_mod(_safe(_month, year, m), mod)
    if unit == "weekend" and rel == 0 and a is not None:
        # `the weekend`: the coming one in future clauses, else the last one
        ahead = ctx.future() or a.isoweekday() >= 6
        return _with_mod(_weekend(a if ahead else a - dt.timedelta(weeks=1)), mod)
    found = _shifted(ctx, unit, rel)
    if found is None:
        return _Norm(_UNKNOWN.get(unit, "XXXX"), mod=mod)
    if unit == "quarter":
        ctx.quarter = (ctx.start, found.start.year if found.start else 0, int(found.value[-1]))
    return _with_mod(found, mod)


def _weekday(g: Groups, ctx: _Ctx) -> _Norm | None:
    lex = ctx.lex
    wd = lex.weekdays[str(g["weekday"]).lower()]
    rel = lex.rel.get(_key(g["rel"])) if g.get("rel") else None
    part = lex.parts[str(g["part"]).lower()] if g.get("part") else None
    if rel and ctx.last_day and ctx.doc.norm[ctx.start : ctx.start + 4].lower() == "the ":
        # `the previous Friday`, `the following Monday`: from the last day named
        ctx = _Ctx(ctx.doc, ctx.last_day, lex, ctx.compiled, ctx.start, ctx.end)
    d = _resolve_weekday(ctx, wd, rel if rel else None)
    if d is None:
        value = f"XXXX-WXX-{wd}"
        return _Norm(value + f"T{part}" if part else value)
    return _Norm(f"{d.isoformat()}T{part}", d, d, type="time") if part else _day(d)


def _offset(g: Groups, ctx: _Ctx) -> _Norm | None:
    lex = ctx.lex
    n = _number(g.get("num"), lex)
    unit = _unit(g, lex)
    back = str(g["dir"]).lower() in {"ago", "earlier", "before", "back"}
    mod = lex.mods.get(_key(g["mod"])) if g.get("mod") else None
    if n is None:
        return _Norm("PAST_REF" if back else "FUTURE_REF", mod=mod)
    if unit in lex.short_units and str(g["dir"]).lower() in {"earlier", "later"}:
        # `three days later` counts from an event of the story, not from the anchor
        return _duration({"num": g.get("num"), "unit": g["unit"]}, ctx)
    if n != int(n) or unit in lex.time_units:
        n = 0  # `1.5 years ago`, `two hours later`: the day of the anchor
        unit = "day"
    steps = -int(n) if back else int(n)
    if ctx.last_date is not None and str(g["dir"]).lower() == "later":
        # `in 2001 ... Two years later`: from the last date the story gave, not the anchor
        ctx = _Ctx(ctx.doc, ctx.last_date, lex, ctx.compiled, ctx.start, ctx.end)
    q = ctx.quarter
    if unit == "year" and q is not None:
        # `profit rose from a year earlier` in a story about a quarter: that quarter
        return _with_mod(_safe(_quarter, q[1] + steps, q[2]), mod)
    if unit == "decade":
        unit, steps = "year", steps * 10
    if unit == "century":
        unit, steps = "year", steps * 100
    found = _shifted(ctx, unit, steps)
    if found is None:
        return _Norm(_UNKNOWN.get(unit, "XXXX"), mod=mod)
    return _with_mod(found, mod)


def _ref(g: Groups, ctx: _Ctx) -> _Norm | None:
    lex = ctx.lex
    word = _key(str(g["ref"]))
    a = ctx.anchor
    part = lex.parts.get(_key(g["part"])) if g.get("part") else None
    if word in {"this", "last"}:  # `this morning`, `last night`
        word = "yesterday" if word == "last" else "today"
    if word == "tonight":
        part = "NI"
    if word == "today" and ctx.compiled.present_after.match(ctx.text_after(20)):
        word = "now"  # `the portfolio today has ...`: nowadays
    value = lex.refs[word]
    if value.endswith("_REF"):
        if a is None:
            return _Norm(value)
        return _Norm(
            value,
            None if value == "PAST_REF" else a,
            None if value == "FUTURE_REF" else a,
        )
    if a is None:
        return _Norm("XXXX-XX-XX" + (f"T{part}" if part else ""))
    d = a + dt.timedelta(days=int(value))
    if part:
        return _Norm(f"{d.isoformat()}T{part}", d, d, type="time")
    return _day(d)


def _quarter_ref(g: Groups, ctx: _Ctx) -> _Norm | None:
    """`the quarter`, `the latest quarter`, `the year-ago period`: the quarter in question."""
    if g.get("e_month"):
        return _quarter_ended(g, ctx)
    rel = _key(g["rel"]) if g.get("rel") else ""
    if _unit(g, ctx.lex) == "period" and not rel:
        return None
    ago = rel in {"year-ago", "year-earlier", "comparable"} or "year" in rel
    q = ctx.quarter
    if g.get("year"):  # `the 1988 period`: that year's quarter in question, else the year
        year = int(str(g["year"]))
        return _safe(_quarter, year, q[2]) if q else _safe(_year, year)
    if q is not None and rel not in {"latest", "most recent"}:
        year, n = q[1], q[2]
    elif ctx.anchor is not None:
        a = ctx.anchor
        if rel == "current":
            year, n = a.year, (a.month - 1) // 3 + 1
        else:  # the last quarter that has ended
            year, m = _add_months(a.year, a.month, -3)
            n = (m - 1) // 3 + 1
    else:
        return _Norm("XXXX-QX")
    if not ago:
        ctx.quarter = (ctx.start, year, n)
    return _safe(_quarter, year - 1 if ago else year, n)


def _quarter_ended(g: Groups, ctx: _Ctx) -> _Norm | None:
    """`the quarter ended Sept. 30`: the calendar quarter holding most of the three months
    up to that day (`ended July 31` is the second), unless the story already named the
    quarter it is about; a numbered quarter keeps its number (`the fiscal first quarter
    ended Sept. 30` is 1989-Q1), in the year of its end."""
    lex = ctx.lex
    m, d = _month_of(str(g["e_month"]), lex), int(str(g["e_day"]).rstrip("stndrh"))
    year = _year_of(g, "e_year") or _resolve_md(ctx, m, d)
    if year is None:
        return None
    if g.get("quarter"):
        n = lex.ordinals[_key(g["quarter"])]
    elif ctx.quarter is not None:  # the numbered quarter the story is about
        return _safe(_quarter, ctx.quarter[1], ctx.quarter[2])
    else:
        # the middle month of the three; a week into a month still closes the one before
        year, middle = _add_months(year, m, -2 if d <= 7 else -1)
        n = (middle - 1) // 3 + 1
    ctx.quarter = (ctx.start, year, n)
    return _safe(_quarter, year, n)


def _clock(g: Groups, ctx: _Ctx) -> _Norm | None:
    if g.get("noon"):
        hour, minute = (0 if _key(str(g["noon"])) == "midnight" else 12), 0
    else:
        hour, minute = int(str(g["hour"])), int(g.get("minute") or 0)
        ampm = _key(g.get("ampm") or "")
        if ampm.startswith(("in the a", "in the e", "at")):  # `4 in the afternoon`
            ampm = "pm"
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
    clock = f"T{hour:02d}:{minute:02d}"
    day: Day = ctx.anchor
    if g.get("weekday"):
        day = _resolve_weekday(ctx, ctx.lex.weekdays[str(g["weekday"]).lower()], None)
    elif g.get("month"):  # `5 p.m. EST, Nov. 6`
        date = _calendar({"month": g["month"], "day": g["day"]}, ctx)
        if date is not None and date.start is None:
            return _Norm(date.value + clock)
        day = date.start if date else None
    if day is None:
        return _Norm("XXXX-XX-XX" + clock)
    d = day
    moment = dt.datetime(d.year, d.month, d.day, hour, minute)
    return _Norm(d.isoformat() + clock, moment, moment)


def _duration(g: Groups, ctx: _Ctx) -> _Norm | None:
    lex = ctx.lex
    unit = _unit(g, lex)
    num = g.get("num")
    if unit == "second" and num and _key(num) in {"a", "an"}:
        return None  # `a second term`
    if unit == "quarter" and not g.get("rel") and _key(num) in {"a", "an", "one", "three"}:
        return None  # `a quarter of the shares`, `fell by a quarter`: a fraction
    plural = str(g["unit"]).lower().endswith(("s", "ies"))
    n = _number(num, lex) if num else (None if plural else 1)
    if g.get("low") and n is not None:  # `two to three weeks`: TimeBank values it P2W
        low = _number(g["low"], lex)
        n = n if low is None else min(low, n)
    if n is not None and g.get("half"):  # `a minute and a half`
        n += 0.5
    qual = lex.quals.get(_key(g["qual"])) if g.get("qual") else None
    return _Norm(_period(n, unit, lex), mod=qual)


def _set(g: Groups, ctx: _Ctx) -> _Norm | None:
    lex = ctx.lex
    if g.get("adverb"):
        return None if _publication(ctx) else _Norm(lex.sets[_key(str(g["adverb"]))])
    if g.get("month"):
        return _Norm(f"XXXX-{_month_of(str(g['month']), lex):02d}")
    if g.get("weekday"):
        wd = lex.weekdays[str(g["weekday"]).lower()]
        part = f"T{lex.parts[_key(g['part']).rstrip('s')]}" if g.get("part") else ""
        return _Norm(f"XXXX-WXX-{wd}{part}")
    if g.get("part"):  # `every morning`
        return _Norm(f"XXXX-XX-XXT{lex.parts[_key(g['part'])]}")
    unit = _unit(g, lex)
    if unit == "weekend":
        return _Norm("XXXX-WXX-WE")
    num = _key(g["num"]) if g.get("num") else "1"
    return _Norm(_period(2.0 if num == "other" else _number(num, lex), unit, lex))


def _holiday(g: Groups, ctx: _Ctx) -> _Norm | None:
    after = ctx.text_after(16).split(maxsplit=1)
    if after and after[0].rstrip(",.;:") in ctx.lex.holiday_things and ctx.text_after(1) == " ":
        return None  # `Christmas trees`, `Christmas commodities`: a thing, no time
    spec = ctx.lex.holidays[_key(str(g["holiday"]))]
    month = int(spec[:2])
    year = _year_of(g) or _resolve_md(ctx, month, int(spec[3:]) if "-" in spec else 15)
    if year is None:
        return _Norm(f"XXXX-{spec}" if "-" in spec else f"XXXX-{month:02d}")
    if "-" in spec:
        return _safe(lambda y: _day(dt.date(y, month, int(spec[3:]))), year)
    _, weekday, nth = spec.split("/")
    first = dt.date(year, month, 1)
    offset = (int(weekday) - first.isoweekday()) % 7
    if int(nth) > 0:
        return _day(first + dt.timedelta(days=offset + 7 * (int(nth) - 1)))
    last = dt.date(year, month, monthrange(year, month)[1])
    return _day(last - dt.timedelta(days=(last.isoweekday() - int(weekday)) % 7))


def _range(g: Groups, ctx: _Ctx) -> _Norm | None:
    """`from September 18 to 22, 2023`: one expression, value ``start/end`` (ISO 8601)."""
    lex = ctx.lex
    year = _year_of(g)
    if g.get("weekday"):
        first = _weekday(g, ctx)
        last = _weekday({**g, "weekday": g["e_weekday"]}, ctx)
    elif g.get("day"):
        month = g.get("month") or g.get("e_month")
        e_month = g.get("e_month") or month
        if year is None:
            year = _resolve_md(ctx, _month_of(str(month), lex), None)
        y = str(year) if year else None
        first = _calendar({"month": month, "day": g["day"], "year": y}, ctx)
        last = _calendar({"month": e_month, "day": g["e_day"], "year": y}, ctx)
    elif g.get("month"):
        s_year = g.get("s_year") or (str(year) if year else None)
        if s_year is None:
            s_year = str(_resolve_md(ctx, _month_of(str(g["month"]), lex), None) or "") or None
        first = _calendar({"month": g["month"], "year": s_year}, ctx)
        last = _calendar({"month": g["e_month"], "year": str(year) if year else s_year}, ctx)
    else:
        e_year = _year_of(g, "e_year")
        if e_year is None and year is not None and g.get("e_yy"):
            e_year = year - year % 100 + int(str(g["e_yy"]))
        if year is None or e_year is None or e_year <= year:
            return None
        first, last = _safe(_year, year), _safe(_year, e_year)
    if first is None or last is None:
        return None
    if first.start and last.end and last.end < first.start:
        return None
    return _Norm(f"{first.value}/{last.value}", first.start, last.end)


def _anaphor(g: Groups, ctx: _Ctx) -> _Norm | None:
    """`that year`, `the following day`, `earlier in the day`: relative to the last full
    date (for a day, the last day named), else the anchor."""
    lex = ctx.lex
    unit = _unit(g, lex)
    part = lex.parts.get(unit)
    if part:
        unit = "day"
    mod = lex.mods.get(_key(g["mod"])) if g.get("mod") else None
    base = (ctx.last_day if unit == "day" else ctx.last_date) or ctx.anchor
    if base is None:
        return _Norm(_UNKNOWN.get(unit, "XXXX") + (f"T{part}" if part else ""), mod=mod)
    step = lex.rel.get(_key(g["ana"]).split()[-1], 0)
    found = _shifted(_Ctx(ctx.doc, base, lex, ctx.compiled), unit, step)
    if found is None:
        return None
    if part and found.start is not None:
        return _Norm(f"{found.value}T{part}", found.start, found.end, mod, "time")
    return _with_mod(found, mod)


_NORMALIZERS: dict[Kind, Callable[[Groups, _Ctx], _Norm | None]] = {
    "calendar": _calendar,
    "range": _range,
    "relative": _relative,
    "weekday": _weekday,
    "offset": _offset,
    "ref": _ref,
    "quarter_ref": _quarter_ref,
    "clock": _clock,
    "duration": _duration,
    "set": _set,
    "holiday": _holiday,
    "anaphor": _anaphor,
}


# ------------------------------------------------------------ candidates and overlaps


class _Candidate(NamedTuple):  # a tuple: cheap to make
    start: int
    end: int
    priority: int
    rule: _Rule
    match: regex.Match[str] | re.Match[str]  # its groups are read only if it wins its overlaps


_PAD = 60  # characters of context around a trigger word in which rules may match


_WORD = regex.compile(r"[^\W\d_]+", regex.VERSION1)  # a word is a whole run of letters
_LETTER = regex.compile(r"[^\W\d_]", regex.VERSION1)
_NON_ASCII = regex.compile(r"[^\x00-\x7f]")
_YEAR = {str(y) for y in range(1600, 2100)}
_YEAR_CLASS = frozenset({"year"})
_FIRST = itemgetter(0)


def _trigger_words(
    doc: Document, triggers: dict[str, frozenset[str]]
) -> list[tuple[int, int, frozenset[str]]]:
    """Start, end and classes of each trigger word (in any case) and year, in text order.

    The runs of ASCII letters of the lowercase text (``doc.words``) tell which few trigger
    words may occur; only those are looked for (``text.occurrences``), instead of a
    dictionary lookup for every word. Years are the text's runs
    of digits (``doc.digit_runs``) of four (`1987`) or of two after an apostrophe (`'87`).
    """
    text, low = doc.norm, doc.lower
    found: list[tuple[int, int, frozenset[str]]] = []
    if len(low) == len(text):
        # whether a character (or "", past the end) is a letter: in ASCII text, `str.isalpha`
        letter: Callable[[str], object] = str.isalpha if text.isascii() else _LETTER.fullmatch
        for i, j, word in occurrences(text, low, triggers.keys() & doc.words, letter):
            found.append((i, j, triggers[word]))
    else:  # lowercasing moved offsets (`İ`): look every word up
        for m in _WORD.finditer(text):
            got = triggers.get(m.group().lower())
            if got is not None:
                found.append((m.start(), m.end(), got))
    found += [
        (s, e, _YEAR_CLASS)
        for s, e in doc.digit_runs
        if (e - s == 4 and text[s:e] in _YEAR) or (e - s == 2 and text[s - 1 : s] == "'")
    ]
    found.sort(key=_FIRST)
    return found


_LEAD = 8  # tokens before a trigger word at which a match may start (6 seen in Reuters)


def _windows(
    doc: Document, starts: list[int], compiled: _Compiled
) -> dict[str, list[tuple[int, int, list[int], list[str], int]]]:
    """Per trigger class, the merged stretches of text around its words, cut between words,
    each with the positions where a match may start: the trigger words themselves and the
    ``_LEAD`` token starts before each (``starts`` are the text's token starts), and the
    keys of these positions, for rules' ``heads``, and the rules (as bits) that may start a
    match at one of them.

    Finding a few words and trying each rule at a few positions is far cheaper than running
    every rule over all the text, or over every position of the stretch.
    """
    text = doc.norm
    found: dict[str, list[tuple[int, int, list[int]]]] = {}
    n = len(text)
    for w_start, w_end, classes in _trigger_words(doc, compiled.triggers):
        start, end = max(0, w_start - _PAD), min(n, w_end + _PAD)
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while end < n and not text[end].isspace():
            end += 1
        i = bisect_right(starts, w_start)
        lead = starts[bisect_left(starts, start, max(0, i - _LEAD), i) : i]  # those in the window
        if not lead or lead[-1] != w_start:
            lead.append(w_start)  # a trigger inside a token (`mid-March`)
        for cls in classes:
            spans = found.setdefault(cls, [])
            if spans and start <= spans[-1][1]:
                merged = spans[-1][2]
                merged.extend(lead[bisect_right(lead, merged[-1]) :])
                spans[-1] = (spans[-1][0], max(end, spans[-1][1]), merged)
            else:
                spans.append((start, end, list(lead)))
    # the keys of positions: in ASCII text their first `_KEY` characters folded, else their
    # first two (for `heads`), with non-ASCII characters (and the text's end) as `_OTHER`
    if text.isascii():
        keyed, width, opened = text.translate(_FOLD), _KEY, compiled.open_keys
        by_key = compiled.by_key.get
        starts_of: Callable[[list[str]], Iterable[str]] = partial(map, _CUT)
    else:
        keyed, width, opened = _NON_ASCII.sub(_OTHER, text) + _OTHER, 2, compiled.open_heads
        by_key, starts_of = compiled.by_head.get, iter
    out: dict[str, list[tuple[int, int, list[int], list[str], int]]] = {}
    for cls, spans in found.items():
        out[cls] = []
        for start, end, ps in spans:
            keys = [keyed[p : p + width] for p in ps]
            rules = reduce(or_, map(by_key, starts_of(keys), repeat(0)), opened)
            out[cls].append((start, end, ps, keys, rules))
    return out


_TOKEN_START = itemgetter(0)  # of a `Token`: a tenth cheaper than its attribute


def _starts(doc: Document) -> list[int]:
    """Where words start, in order: tokens, and the parts of hyphenated ones (`first` in
    `fiscal-first quarter`, `year` in `mid-year`). Every position after a hyphen of the text
    is taken, found by `str.find`: a superset of those inside tokens (after a lone hyphen a
    rule finds nothing to match, and a position listed twice gives the same candidate)."""
    starts = list(map(_TOKEN_START, doc.tokens))
    text = doc.norm
    i = text.find("-")
    if i < 0:
        return starts
    while i >= 0:
        starts.append(i + 1)
        i = text.find("-", i + 1)
    starts.sort()  # two sorted runs: merged in one pass
    return starts


def _candidates(doc: Document, starts: list[int]) -> list[_Candidate]:
    """Every match of every rule that starts at one of the positions its triggers open."""
    compiled = _compiled()
    text = doc.norm
    windows = _windows(doc, starts, compiled)
    found: dict[tuple[int, int, int], _Candidate] = {}
    present: dict[tuple[_Pattern, int, int], bool] = {}
    ascii_text = text.isascii()  # the windows' keys are `_KEY` folded characters, else pairs
    # how `(?i:...)` sees it: in ASCII text the lower case the document holds already
    folded = doc.lower if ascii_text else text.casefold()
    aligned = len(folded) == len(text)  # else (`ß` -> `ss`) offsets differ: no keywords
    plans = compiled.plans[0 if ascii_text else 1]
    # the rules that a window of one of their trigger classes may start a match in
    active = 0
    for cls, spans in windows.items():
        active |= compiled.by_class.get(cls, 0) & reduce(or_, (w[4] for w in spans), 0)
    while active:  # in rule order
        bit = active & -active
        active ^= bit
        priority = bit.bit_length() - 1
        rule, pattern, require, allowed, cut = plans[priority]
        keywords = rule.keywords if aligned else ()
        for cls in rule.triggers:
            for start, end, positions, keys, rules in windows.get(cls, ()):
                if not rules & bit:
                    continue  # no position where one of its matches may start
                # the positions first: for more than half of the windows it opens, a rule may
                # start at none of them (one set test), and then the window's text is not read
                tried: Iterable[int] = positions
                if allowed is not None:
                    cut_keys = keys if cut is None else list(map(cut, keys))
                    if allowed.isdisjoint(cut_keys):
                        continue
                    tried = compress(positions, map(allowed.__contains__, cut_keys))
                if keywords and not any(map(folded.count, keywords, repeat(start), repeat(end))):
                    continue  # none in the window (far shorter than the text: searched alone)
                if require is not None:
                    probe = (require, start, end)
                    if probe not in present:
                        present[probe] = require.search(text, start, end) is not None
                    if not present[probe]:
                        continue  # no match can lack it
                for p in tried:
                    m = pattern.match(text, p, end)
                    if m is not None:
                        key = (m.start(), m.end(), priority)
                        if key not in found:
                            found[key] = _Candidate(*key, rule, m)
    return list(found.values())


def _longest_first(doc: Document, candidates: list[_Candidate]) -> list[_Candidate]:
    """Overlap policy: longer candidates win, then earlier ones, then earlier rules."""
    kept: list[_Candidate] = []
    # characters already kept, one byte each: a sorted list with inserts made long texts
    # quadratic (a million candidates in a megabyte of dates)
    taken = bytearray(len(doc.norm) + 1)
    for c in sorted(candidates, key=lambda c: (c.start - c.end, c.start, c.priority)):
        if taken.find(1, c.start, max(c.end, c.start + 1)) >= 0:
            doc.reject("times", c.start, c.end, f"times.{c.rule.name}", "overlaps a longer one")
            continue
        kept.append(c)
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
    kept.sort(key=lambda c: c.start)
    return kept


_new_time = constructor(TimeExpression)  # validated without the Python-level `__init__`
_HEADER_WORD = regex.compile(r"[^\W\d_]+")


def _in_header(doc: Document, c: _Candidate, lex: _Lexicon) -> bool:
    """Whether a candidate stands almost alone on the first line of the text (a short line:
    only the first ``header_chars`` characters are read, so each call costs the same)."""
    if c.end > lex.header_chars:
        return False
    text = doc.norm[: lex.header_chars + 1]
    first = len(text) - len(text.lstrip())
    line_end = text.find("\n", first)
    if line_end < 0 and len(text) > lex.header_chars:
        return False  # the first line goes on: a sentence or a table, no header
    line_end = len(text) if line_end < 0 else line_end
    if not first <= c.start < c.end <= line_end:
        return False
    rest = text[first : c.start] + " " + text[c.end : line_end]
    return len(_HEADER_WORD.findall(rest)) <= lex.header_words


def extract(doc: Document) -> list[TimeExpression]:
    """Every time expression, in text order."""
    compiled = _compiled()
    ctx = _Ctx(doc, doc.anchor, compiled.lex, compiled)
    out: list[TimeExpression] = []
    dateline = doc.dateline
    lo, hi = doc.local(dateline.span) if dateline and dateline.date else (0, 0)
    for c in _longest_first(doc, _candidates(doc, _starts(doc))):
        ctx.start, ctx.end = c.start, c.end
        groups: Groups = dict(zip(compiled.names[c.priority], c.match.groups(), strict=True))
        try:
            if dateline and dateline.date and lo <= c.start and c.end <= hi:
                norm: _Norm | None = _day(dateline.date)  # no tense: the dateline's own date
            else:
                norm = _NORMALIZERS[c.rule.kind](groups, ctx)
        except (ValueError, OverflowError):  # `Sept. 31`, a year past 9999
            norm = None
        if norm is None:
            doc.reject("times", c.start, c.end, f"times.{c.rule.name}", "no valid value")
            continue
        if c.rule.kind == "calendar" and groups.get("year") and isinstance(norm.start, dt.date):
            ctx.last_date = norm.start
            if ctx.anchor is None and norm.start == norm.end and _in_header(doc, c, ctx.lex):
                ctx.anchor = norm.start  # the article's date, printed above it
        day = norm.start
        if day is not None and day == norm.end and not norm.value.endswith("_REF"):
            ctx.last_day = day.date() if isinstance(day, dt.datetime) else day
        if norm.value in compiled.lex.reporting_periods:
            ctx.quarter = None  # `in the first nine months`: no longer about one quarter
        out.append(
            _new_time(
                {
                    "span": doc.span_fields(c.start, c.end),
                    "type": norm.type or c.rule.type,
                    "value": norm.value,
                    "start": norm.start,
                    "end": norm.end,
                    "mod": norm.mod,
                    "rule": f"times.{c.rule.name}",
                }
            )
        )
    return out
