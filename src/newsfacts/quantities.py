"""Stage 3: quantities (counts, money, percent, measures), their qualifier and what was counted.

One pattern, built from ``resources/quantities.toml``, matches a number with the words
around it (qualifier, currency symbol, scale, range, unit); it is tried only around anchors
(digits and number words), which keeps the stage fast and linear. Small named filters then
drop what is not a quantity (years, dates, clock times, phone numbers, names such as
``Boeing 747``, durations, scores, anything overlapping a time expression), and passes fill
in what the phrase itself does not say: what was counted, and the unit a bare number shares
with its neighbour (``1.20 dlrs vs 1.05``), its sentence or its earnings-table row.
Rejected candidates go to ``doc.reject`` for the explain view.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from operator import attrgetter
from typing import Any

import regex
from pydantic import Field, model_validator

from newsfacts.document import Document
from newsfacts.errors import ResourceError
from newsfacts.model import Qualifier, Quantity, QuantityKind, constructor
from newsfacts.patterns import REACH as _REACH
from newsfacts.patterns import ascii_or_self, compile_pattern, tree_alternation
from newsfacts.resources import ResourceModel, load
from newsfacts.text import occurrences

__all__ = ["extract"]

FAMILY = "quantities"


class _Numbers(ResourceModel):
    words: dict[str, float]
    weak: list[str]
    scales: dict[str, float]
    currency_scales: dict[str, float]
    vague: dict[str, float]
    fractions: dict[str, float]
    denominators: list[int]


class _Qualifiers(ResourceModel):
    before: dict[str, Qualifier]
    after: dict[str, Qualifier]


class _Generic(ResourceModel):
    symbol: str
    default: str
    by_country: dict[str, str]


class _Money(ResourceModel):
    cents: dict[str, str]
    pence: dict[str, str]
    ambiguous_codes: list[str]
    historic_codes: list[str]
    rate_against: list[str]
    symbols: dict[str, str]
    names: dict[str, str]
    generic: dict[str, _Generic]
    dollar_countries: dict[str, str]
    noun_names: dict[str, str]
    noun_after: list[str]


class _Unit(ResourceModel):
    forms: list[str]
    attached: list[str] = Field(default_factory=list)
    scaled: dict[str, float] = Field(default_factory=dict)  # forms that hold a scale: `bcm`


class _Exclude(ResourceModel):
    time_units: list[str]
    before: list[str]
    capitalized_ok: list[str]
    model_nouns: list[str]
    model_numbers: list[str]
    model_context: list[str]
    streets: list[str]


class _Context(ResourceModel):
    money_labels: list[str]
    count_labels: list[str]
    money_words: list[str]
    joiners: list[str]
    movement: list[str]
    level_verbs: list[str]
    weight_words: list[str]
    pounds_by_country: dict[str, str]
    compared: list[str]
    per_day: dict[str, str]
    price_before: list[str]
    price_after: list[str]
    par_before: list[str]
    par_range: tuple[float, float]
    fee_after: list[str]
    stock_words: list[str]
    spread_after: list[str]
    spread_rates: list[str]


class _Counted(ResourceModel):
    max_words: int
    determiners: list[str]
    setters: list[str]
    irregular_plurals: list[str]
    stop: list[str]


class _Together(ResourceModel):
    patterns: list[str]
    at_digits: bool = False  # tried only at the runs of digits (`_blocked_mask`)
    before_digits: str = ""  # and at these characters right before one
    requires: tuple[str, ...] = ()  # a text holding none of these is not scanned
    # an ASCII text is not scanned unless it holds, of each of these lists, one word as a
    # whole run of letters (in any case): `or`, and `two` or `so`
    words: tuple[frozenset[str], ...] = ()


class _Blocked(ResourceModel):
    months: list[str]
    fragments: dict[str, str]
    patterns: dict[str, str]
    together: list[_Together]

    @model_validator(mode="after")
    def _known(self) -> _Blocked:
        if unknown := {n for t in self.together for n in t.patterns} - set(self.patterns):
            raise ValueError(f"blocked.together names no pattern: {sorted(unknown)}")
        for t in self.together:
            if t.before_digits and not t.at_digits:
                raise ValueError("blocked.together: `before_digits` needs `at_digits`")
            if (t.requires or t.words) and t.at_digits:
                raise ValueError("blocked.together: `requires` and `words` are for scans")
            if any(w != w.lower() for ws in t.words for w in ws):
                raise ValueError("blocked.together: `words` are in lowercase")
        return self


class _Resource(ResourceModel):
    numbers: _Numbers
    qualifiers: _Qualifiers
    money: _Money
    percent: dict[str, str]
    units: dict[str, _Unit]
    exclude: _Exclude
    context: _Context
    counted: _Counted
    blocked: _Blocked


@lru_cache(maxsize=4096)
def _key(phrase: str) -> str:
    """Lookup key of a matched phrase: lower case, single spaces (per process: the same few
    symbols, scales and qualifiers recur)."""
    return " ".join(phrase.lower().split())


# a prefix tree opens with a first-character lookahead only from this many first characters:
# most attempts fail at the first character, and for a big alternation a class check spares
# entering it (a tenth of the cost of the big pattern); for a few it costs more than it saves
_GATE = 8


def _first_letters(phrase: str) -> str:
    """The leading run of letters of a phrase (`US` of `US$`, `more` of `more than`)."""
    m = _LETTERS.match(phrase)
    return m.group() if m else ""


def _alt(words: Iterable[str], *, boundary: bool = True, cs: bool = False) -> str:
    """Phrases as one prefix-factored alternation; case-sensitive (`cs`) for codes, symbols
    and attached units, and between word boundaries unless told otherwise."""
    body = tree_alternation(words if cs else {w.lower() for w in words}, boundary=False, gate=_GATE)
    body = f"(?-i:{body})" if cs else f"(?:{body})"
    return rf"(?<!\w){body}(?!\w)" if boundary else body


def _cs(words: Iterable[str]) -> str:
    """A case-sensitive alternation of literal phrases (codes, symbols, attached units)."""
    return _alt(words, boundary=False, cs=True)


_Pattern = regex.Pattern[str] | re.Pattern[str]  # a `_TWINNED` pattern (`_ascii_rules`)


@dataclass(frozen=True)
class _Rules:
    """Everything compiled from the resource, once per process."""

    res: _Resource
    pattern: re.Pattern[str]  # compiled by the standard engine (`_stdlib`)
    # the numbers of the groups of the first number and of all numbers and scales: one call
    # reads all their offsets
    first_number: tuple[int, ...]
    core: tuple[int, ...]
    # where a quantity can be: a run of digits (``doc.digit_runs``) or a number word, in an
    # ASCII text one of these whole words (`_number_words`), else found by a scan, with the
    # character before it, which lets the engine skip ahead (or at the text start)
    anchor_words: frozenset[str]
    # (number words: case-sensitive, for the case-folded text, `_folded`)
    number_word: re.Pattern[str]
    first_number_word: re.Pattern[str]
    # where a qualifier, `between`, `a`, `one`, a currency symbol or code, `-` or `.` can
    # start a match before an anchor: a word start, found with the space, bracket or quote
    # before it (a scan that starts at a character class skips ahead several times faster
    # than a look-behind tried at every position), or the text start
    starts: re.Pattern[str]
    start_word: re.Pattern[str]
    # one scan per group of patterns or lone pattern, with the strings it requires and the
    # words it needs (`_Together`)
    blocked: tuple[tuple[regex.Pattern[str], tuple[str, ...], tuple[frozenset[str], ...]], ...]
    # the `at_digits` groups, each with the characters right before digits it is tried at
    blocked_at_digits: tuple[tuple[re.Pattern[str], str], ...]
    word_number: regex.Pattern[str]
    duration_after: re.Pattern[str]
    street_after: _Pattern
    joiner: _Pattern
    joiner_per: _Pattern  # ` per bag against `: only the second takes the unit
    compared: _Pattern  # ` from the monthly average of `
    compared_back: _Pattern  # ` in January against `
    rate_after: _Pattern
    currency_word: regex.Pattern[str]
    words: dict[str, float]
    units: dict[str, str]
    unit_scales: dict[str, float]  # lookup key of a unit form that holds a scale -> its factor
    attached_units: dict[str, str]
    currencies: dict[str, str]  # symbol, code or name (lookup key) -> code or generic name
    cents: dict[str, str]  # `cts`, `U.S. cents` (lookup key) -> the currency they are 1/100 of
    codes: frozenset[str]
    dollars: frozenset[str]  # the codes a bare `$`, `dlrs` or `cts` can stand for
    generic_symbols: frozenset[str]  # `$`, `francs`, `pesos`: resolved by the dateline
    stop: frozenset[str]
    # the resource's word lists as sets, for membership tests per candidate
    movement: frozenset[str]
    level_verbs: frozenset[str]
    par_before: _Pattern  # `priced at ` right before a number
    price_before: _Pattern  # `ended at ` right before a number
    price_after: _Pattern  # ` higher` right after a number
    quote_after: _Pattern  # `/90` of `6.0565/90`
    quote_pct: _Pattern  # `/80 pct` of `3.75/80 pct`
    dollar_country: _Pattern  # `Australian ` right before an amount
    dollar_issue: regex.Pattern[str]  # `Australian dlr eurobond`
    fee_after: _Pattern  # ` fee`, ` for management`
    stock_word: _Pattern  # `stock`, `shares`
    spread_after: _Pattern  # ` over LIBOR`
    not_before: frozenset[str]
    capitalized_ok: frozenset[str]
    models: frozenset[str]
    irregular_plurals: frozenset[str]
    determiners: frozenset[str]
    setters: frozenset[str]
    labels: frozenset[str]
    count_labels: frozenset[str]
    money_words: frozenset[str]
    versus: _Pattern  # `vs` before a number (`vs loss 35.6`)


# the quantity pattern's groups, in order (`_parse` unpacks them)
_GROUPS = (
    "qual",
    "between",
    "cur",
    "num",
    "vague",
    "frac",
    "word",
    "scale",
    "pct1",
    "sep",
    "cur2",
    "num2",
    "word2",
    "scale2",
    "vcur",
    "pct",
    "cname",
    "cents",
    "code",
    "unit",
    "after",
)


@cache
def _rules() -> _Rules:
    res = load(FAMILY, _Resource)
    num, money = res.numbers, res.money
    import pycountry  # ISO 4217 codes; imported here so `import newsfacts` stays light

    codes = frozenset({c.alpha_3 for c in pycountry.currencies} | set(money.historic_codes)) - set(
        money.ambiguous_codes
    )
    units = {_key(f): name for name, u in res.units.items() for f in (*u.forms, *u.scaled)}
    unit_scales = {_key(f): x for u in res.units.values() for f, x in u.scaled.items()}
    attached_units = {f: name for name, u in res.units.items() for f in u.attached}
    currencies = {_key(k): v for k, v in {**money.names, **money.noun_names}.items()}
    currencies.update({_key(k): v for k, v in money.symbols.items()})
    words = {_key(k): v for k, v in num.words.items()}
    single_words = [w for w in num.words if " " not in w]
    word = _alt(single_words, boundary=False)
    # `twenty-five`, `two dozen`; `three-six pct` is a range, not nine
    tens = _alt([w for w, v in num.words.items() if v in _TENS], boundary=False)
    ones = _alt([w for w, v in num.words.items() if 1 <= v <= 9 and len(w) > 2], boundary=False)
    word_number = rf"(?:{tens}[- ](?:{ones})|{word})(?:[- ]dozen)?"
    scales = _alt(num.scales, boundary=False) + r"(?!\w)"  # `$2bn` as well as `2 bn`
    fragments = {
        "qualifier": _alt(res.qualifiers.before),
        "symbol": rf"(?<!\w)(?:{_cs(money.symbols)}|{_cs(sorted(codes))}(?=[\s\d]))",
        "digits": r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ ]\d{3})+(?![\d,])|\d+)(?:\.\d+)?|\.\d+",
        "fraction": r"\d+[- ]\d+/\d+|\d+/\d+",
        "numeral": r"-?(?:{fraction}|{digits})(?!\d)",
        "word_number": rf"(?<!\w){word_number}(?:\s+hundred(?:\s+(?:and\s+)?{word_number})?)?",
        "vague": _alt(num.vague) + r"(?=\s+of\b)",
        "fraction_word": _alt(num.fractions),
        # a scale word may start the next, indented table line (`453.4\n    Billion`)
        # `the 300-mln-Canadian-dlr takeover`
        "scale": rf"(?:\n[ \t]{{1,8}}|\s?|-){scales}|(?(cur){_cs(num.currency_scales)}(?!\w)|(?!))",
        "scale2": rf"(?:\n[ \t]{{1,8}}|\s?){scales}|(?(cur2){_cs(num.currency_scales)}(?!\w)|(?!))",
        "percent": r"\s?%|\s?-?" + _alt(list(res.percent)),
        # `a 1,000 mark bond`, but not `the 2,000 mark`
        "money_name": r"\s?-?(?:"
        + _alt(money.names)
        + "|"
        + _alt(money.noun_names)
        + r"(?=\s+"
        + _alt(money.noun_after)
        + "))",
        "money_word": _alt(money.names),
        "cents": r"[\s-]?" + _alt(money.cents) + r"|(?<=\d)" + _cs(money.pence),
        "code_after": rf"\s?{_cs(sorted(codes))}(?!\w)",
        "measure": r"\s?-?"
        + _alt(list(units))
        + "|"
        + r"(?<=\d)"
        + _cs(list(attached_units))
        + r"(?!\w)",
        # `a`, `an`, `one` alone are not quantities (`one of them`, `dlrs a barrel`)
        "weak": _alt(num.weak)
        + r"(?!\s+(?:hundred|dozen|"
        + _alt([*num.scales, *res.percent], boundary=False)
        + r")\b)",
        "after": _alt(list(res.qualifiers.after), boundary=False),
    }
    pattern = compile_pattern(
        r"""
        (?:(?P<qual>{qualifier})\s+)?
        (?:(?P<between>between)\s+)?
        (?:(?P<cur>{symbol})\s?)?
        (?:(?P<num>{numeral})|(?P<vague>{vague})|(?P<frac>{fraction_word})
           |(?!{weak})(?P<word>{word_number}))
        (?P<scale>{scale})?
        (?P<pct1>(?(between){percent}(?=\s+and\s)|(?!)))?
        (?:
          (?P<sep>\s?-\s?|\s+to\s+|(?(between)\s+and\s+|(?!)))
          (?:(?P<cur2>{symbol})\s?)?
          (?:(?P<num2>{numeral})|(?P<word2>{word_number}))
          (?P<scale2>{scale2})?
        )?
        (?:(?P<vcur>(?(vague)\s+of\s+{money_word}|(?!)))|(?P<pct>{percent})|(?P<cname>{money_name})|(?P<cents>{cents})|(?P<code>{code_after})
           |(?P<unit>{measure}))?
        (?P<after>\s?{after})?
        (?![\w$]|[.,]\d|-(?-i:[A-Z]))
        """,
        fragments,
        # VERSION0: the syntax and simple case folding of the standard engine, which runs it
        regex.VERSION0 | regex.IGNORECASE | regex.VERBOSE,
    )
    blocked_fragments = dict(res.blocked.fragments, month=_cs(res.blocked.months))

    def blocked_group(names: list[str]) -> regex.Pattern[str]:
        alternatives = "|".join(f"(?:{res.blocked.patterns[n]})" for n in names)
        return compile_pattern(f"(?:{alternatives})", blocked_fragments, flags=regex.VERSION0)

    # one scan per group of patterns that cannot overlap, and one per other pattern
    grouped = {n for t in res.blocked.together for n in t.patterns}
    scans = [(t.patterns, t.requires, t.words) for t in res.blocked.together if not t.at_digits]
    scans += [([n], (), ()) for n in res.blocked.patterns if n not in grouped]
    # `hundred` anchors too: `one hundred` is a number, though `one` alone is weak
    anchor_words = {
        "hundred",
        *(
            t
            for phrase in [*num.words, *num.vague, *num.fractions, *num.scales, *res.percent]
            for t in regex.split(r"[\s-]+", phrase.lower())
            if t.isalpha()
        ),
    } - {*num.weak, "of", "and"}
    start_word = _start_word(
        # whole qualifiers, not their first words: `in 1986` starts no match (`in excess of`)
        {"between", *num.weak, *(q.lower() for q in res.qualifiers.before)},
        {*map(_first_letters, money.symbols), *codes},
        {"-", ".", *(s[0] for s in money.symbols if not s[0].isalpha())},
    )
    index = pattern.groupindex
    if tuple(sorted(index, key=index.__getitem__)) != _GROUPS:
        raise ResourceError(f"the quantity pattern's groups are not {_GROUPS}")
    return _Rules(
        res=res,
        pattern=_stdlib(pattern),
        first_number=tuple(index[n] for n in ("num", "vague", "frac", "word")),
        core=tuple(
            index[n] for n in ("num", "vague", "frac", "word", "scale", "num2", "word2", "scale2")
        ),
        starts=re.compile(_SEPARATOR + start_word),
        start_word=re.compile(start_word),
        anchor_words=frozenset(anchor_words),
        number_word=re.compile(
            r"\W" + tree_alternation(anchor_words, boundary=False, gate=_GATE) + r"\b"
        ),
        first_number_word=re.compile(
            tree_alternation(anchor_words, boundary=False, gate=_GATE) + r"\b"
        ),
        blocked=tuple((blocked_group(names), req, words) for names, req, words in scans),
        blocked_at_digits=tuple(
            (_stdlib(blocked_group(t.patterns)), t.before_digits)
            for t in res.blocked.together
            if t.at_digits
        ),
        word_number=compile_pattern(_alt(single_words)),
        # `five years`, `three and six-month bills`
        duration_after=_stdlib(
            compile_pattern(
                # `five years`, `30, 91 and 180-day agreements`
                r"(?:,\s*\d+){0,4}(?:\s+(?:and|or|to)\s+[\w.]+|,\s+(?:and|or)\s+(?:\d+|"
                + word
                + r"))?\s?-?\s?"
                + _alt(res.exclude.time_units)
            )
        ),
        street_after=compile_pattern(
            r"\s+(?:[A-Z][\w.'-]*\s+){1,3}" + _cs(res.exclude.streets) + r"\b",
            flags=regex.VERSION1,
        ),
        # `Net loss 13.4 mln vs loss 35.6 mln`: a table label may follow the joiner
        joiner=compile_pattern(
            r"\s*,?\s*"
            + _alt(res.context.joiners)
            + r"\s*(?:the\s+)?(?:"
            + _alt(res.context.money_labels)
            + r"\s+)?"
        ),
        # `1.20 dlrs a share vs 1.05`, `28 dlrs per bag against 7.0`
        joiner_per=compile_pattern(
            r"\s+(?:per|a|an)\s+[a-z]+\s*,?\s*" + _alt(res.context.joiners) + r"\s*"
        ),
        compared=compile_pattern(
            r"\s*,?\s+" + _alt(res.context.compared) + r"(?:\s+[a-z]+){0,5}?\s+",
            flags=regex.VERSION0,
        ),
        compared_back=compile_pattern(
            r"(?:\s+[\w.]+){0,3}?\s*,?\s+"
            + _alt(res.context.compared)
            + r"(?:\s+(?:a|an|the|[a-z]+ed))?\s+",
            flags=regex.VERSION0,
        ),
        rate_after=compile_pattern(r"\s+" + _alt(money.rate_against)),
        currency_word=compile_pattern(_alt(money.names)),
        words=words,
        units=units,
        unit_scales=unit_scales,
        attached_units=attached_units,
        currencies=currencies,
        cents={_key(k): v for k, v in money.cents.items()},
        codes=codes,
        generic_symbols=frozenset(g.symbol for g in money.generic.values()),
        dollars=frozenset(
            {money.generic["dollar"].default, *money.generic["dollar"].by_country.values()}
        ),
        stop=frozenset(w.lower() for w in res.counted.stop),
        movement=frozenset(res.context.movement),
        level_verbs=frozenset(res.context.level_verbs),
        par_before=compile_pattern(_alt(res.context.par_before) + r"\s+\Z"),
        price_before=compile_pattern(_alt(res.context.price_before) + r"\s+\Z"),
        price_after=compile_pattern(r",?\s+" + _alt(res.context.price_after)),
        quote_after=compile_pattern(r"/\d{1,4}(?![\d/])"),
        quote_pct=compile_pattern(r"/\d{1,4}\s?(?:" + _alt(res.percent) + r"|%)"),
        # it starts at `dlr` with the country in a look-behind: a scan that starts at a
        # country name tries every capital letter
        dollar_issue=compile_pattern(
            r"(?<=(?<![\w.])(?P<country>"
            + _cs(money.dollar_countries)
            + r")[\s-]+)(?:dlrs?|dollars?)[\s-]+"
            + _alt(money.noun_after, boundary=False)
            + r"\b",
            flags=regex.VERSION0 | regex.IGNORECASE,
        ),
        dollar_country=compile_pattern(
            r"(?<![\w.])" + _cs(money.dollar_countries) + r"\s+\Z", flags=regex.VERSION0
        ),
        fee_after=compile_pattern(r"\s+" + _alt(res.context.fee_after)),
        stock_word=compile_pattern(_alt(res.context.stock_words) + r"|(?-i:<[A-Z][A-Z.]{0,8}>)"),
        spread_after=compile_pattern(
            r"\s+" + _alt(res.context.spread_after) + r"\s+" + _alt(res.context.spread_rates)
        ),
        not_before=frozenset(res.exclude.before),
        capitalized_ok=frozenset(res.exclude.capitalized_ok),
        models=frozenset(res.exclude.model_nouns),
        irregular_plurals=frozenset(res.counted.irregular_plurals),
        determiners=frozenset(res.counted.determiners),
        setters=frozenset(res.counted.setters),
        labels=frozenset(res.context.money_labels),
        count_labels=frozenset(res.context.count_labels),
        money_words=frozenset(res.context.money_words),
        versus=compile_pattern(r"\bvs\.?\s+(?:[a-z]+\s+){0,2}\d", flags=regex.VERSION0),
    )


# the patterns tried at a candidate or in a short window, which an ASCII text's rules hold
# as their standard-engine twins (`_ascii_rules`)
_TWINNED = (
    "street_after",
    "joiner",
    "joiner_per",
    "compared",
    "compared_back",
    "rate_after",
    "par_before",
    "price_before",
    "price_after",
    "quote_after",
    "quote_pct",
    "dollar_country",
    "fee_after",
    "spread_after",
    "stock_word",
    "versus",
)


@cache
def _ascii_rules() -> _Rules:
    """The rules for ASCII text: the patterns of ``_TWINNED`` are their standard-engine
    twins (``patterns.ascii_or_self``: smaller programs, cheaper short matches) where the
    standard engine reads them alike."""
    rules = _rules()
    twins: dict[str, Any] = {name: ascii_or_self(getattr(rules, name)) for name in _TWINNED}
    return replace(rules, **twins)


def _stdlib(pattern: regex.Pattern[str]) -> re.Pattern[str]:
    """A pattern built and checked by `compile_pattern`, compiled again by the standard
    library's engine for the patterns tried at every anchor or candidate: a short anchored
    match costs about half as much there (40 % less for the quantity pattern). `regex` stays
    for the full-text scans, where its scanner is faster, and for what only it has
    (variable-length look-behinds, reverse matching). The standard engine always folds case
    simply, as `(?-f)` asks."""
    flags = re.IGNORECASE if pattern.flags & regex.IGNORECASE else 0
    flags |= re.VERBOSE if pattern.flags & regex.VERBOSE else 0
    return re.compile(pattern.pattern.removeprefix("(?-f)"), flags)


@dataclass(slots=True)
class _Candidate:
    """A quantity on its way to becoming a record (not frozen: one is built per match, and
    a frozen dataclass costs twice as much to build)."""

    start: int
    end: int
    value: float
    value_max: float | None
    qualifier: Qualifier
    kind: QuantityKind
    unit: str | None
    counted: str | None
    rule: str
    scaled: bool  # `5 mln`: written with a scale word, so never a percentage
    # the pattern's match: where its number(s) and scale end, before any unit, is asked only
    # when a time expression overlaps (`_fit`)
    match: re.Match[str]
    numeric: str  # the first number as written, for the filters
    generic: bool = False  # a currency taken from the dateline or the default (`dlrs`, `cts`)
    per: float = 1.0  # the written number divided by this is the value (100 for cents)
    scale: float = 1.0  # the scale word's factor (`43.10 billion`: 1e9)
    per_share: bool = False  # followed by `a share`, `per share`
    # a plain number with no unit or currency, which may share a neighbour's (set once per
    # candidate: the passes ask it far more often than candidates are built)
    bare: bool = field(init=False)

    def __post_init__(self) -> None:
        self.bare = self.kind == "count" and self.rule.endswith(
            ("_number", "_number_word", "_range")
        )

    @property
    def large(self) -> bool:
        """Written with a scale or thousands separators (`1.9 billion`, `420,000`)."""
        return self.scaled or "," in self.numeric


# the values of numbers as written, per process: pure functions of the text, and the same
# figures recur (`1.5`, `two`, `3/4`); bounded so memory stays flat over any number of texts
_NUMBER_CACHE = 8192


@lru_cache(maxsize=_NUMBER_CACHE)
def _words_value(text: str) -> float:
    """`twenty-five` -> 25, `three hundred and ten` -> 310 (text already matched)."""
    rules = _rules()
    total = 0.0
    for part_i, part in enumerate(_HUNDRED.split(text)):
        found = [_key(m.group()) for m in rules.word_number.finditer(part)]
        value = sum(rules.words.get(w, 0.0) for w in found)
        if found and found[-1] == "dozen":  # `a dozen`, `two dozen`
            value = (value - 12 or 1) * 12
        total += value * 100 if part_i == 0 and "hundred" in text.lower() else value
    return total


@lru_cache(maxsize=_NUMBER_CACHE)
def _numeral_value(text: str) -> float | None:
    """Digits, decimals, `1-1/2`, `3/4`; None for a fraction with an unlikely denominator or
    digits Python cannot read (`\\d` also matches digits of newer Unicode scripts)."""
    sign = -1.0 if text.startswith("-") else 1.0
    text = text.lstrip("-")
    if "/" in text:  # the substitution is the costly part and only fractions need it
        text = _MIXED.sub("+", text)
    text = text.replace(",", "").replace(" ", "")
    try:
        if "/" not in text:
            return sign * float(text)
        head, _, text = text.rpartition("+")
        top, bottom = (int(x) for x in text.split("/"))
        whole = float(head) if head else 0.0
    except ValueError:
        return None
    if bottom not in _rules().res.numbers.denominators or top >= bottom:
        return None
    return sign * (whole + top / bottom)


def _scale(rules: _Rules, text: str | None) -> float:
    if not text:
        return 1.0
    text = text.strip().lstrip("-")  # `300-mln`
    num = rules.res.numbers
    return num.scales.get(_key(text)) or num.currency_scales.get(text) or 1.0


def _currency(rules: _Rules, doc: Document, symbol: str) -> str:
    """An ISO 4217 code for a symbol, code or name; generic ones by the dateline country."""
    code = rules.currencies.get(_key(symbol), symbol.strip().upper())
    for generic in rules.res.money.generic.values():
        if code == generic.symbol:
            country = doc.dateline.country if doc.dateline is not None else None
            return generic.by_country.get(country or "", generic.default)
    return code


def _parse(rules: _Rules, doc: Document, m: re.Match[str]) -> _Candidate | str:
    """A candidate from a match, or the reason it is not a quantity."""
    # the groups in `_GROUPS` order (checked when the pattern is built): unpacking them is
    # much cheaper than a dict of them, once per match
    (
        qual,
        _,
        cur,
        numeral,
        vague,
        frac,
        word,
        scale_word,
        pct1,
        sep,
        cur2,
        numeral2,
        word2,
        scale_word2,
        vcur,
        pct,
        cname,
        cents,
        code,
        unit_form,
        after,
    ) = m.groups()
    num = rules.res.numbers
    qualifier: Qualifier = rules.res.qualifiers.before[_key(qual)] if qual else "exact"
    start = m.start()
    # `went up to 17.9 pct`, `was brought up to 15,229 cruzados`: a new level
    if qualifier == "up_to" and (
        _after_movement(rules, doc.norm, start)
        or (_key(qual) == "up to" and _level_verb_before(rules, doc.norm, start))
    ):
        qualifier, start = "exact", m.start("cur") if cur else _first_number_start(rules, m)
    rule = "number"
    if numeral:
        value = _numeral_value(numeral)
        if value is None:
            return "unreadable number or unlikely fraction"
    elif vague:
        value, qualifier, rule = num.vague[_key(vague)], "more_than", "vague_plural"
    elif frac:
        value, rule = num.fractions[_key(frac)], "fraction"
        if not (scale_word or _OF.match(doc.norm, m.end(), m.end() + _REACH)):
            return "fraction word without `of` or a scale"
    else:
        value, rule = _words_value(word), "number_word"
    scale = _scale(rules, scale_word)
    value *= scale
    if not math.isfinite(value):
        return "number too large"
    value_max = None
    if numeral2 or word2:
        second = _numeral_value(numeral2) if numeral2 else _words_value(word2)
        if second is None:
            return "unreadable number or unlikely fraction"
        scale2 = _scale(rules, scale_word2)
        value_max = second * (scale2 if scale_word2 else scale)
        if not scale_word and scale_word2:
            value *= scale2
        if not math.isfinite(value_max):
            return "number too large"
        if value_max <= value:
            return "score, tally or change, not a range"
        # `gained 3-1/4 to 75-1/2`, `its stock rose 8-5/8 to 24`: a change then a level
        if sep.strip() == "to" and (
            (value_max > 4 * value and _after_movement(rules, doc.norm, m.start()))
            or ("/" in (numeral or "") and value_max >= 10 and value_max > 2 * value)
        ):
            return _CHANGE
        rule = "range"
    kind: QuantityKind = "count"
    unit: str | None = None
    generic = False
    per = 1.0
    if pct or pct1:
        kind, unit = "percent", rules.res.percent.get(_key((pct or pct1).lstrip(" -")), "%")
    elif cname or code or cur or cur2 or vcur:
        symbol = _SYMBOL_TRIM.sub("", code or cname or cur or cur2 or vcur)
        if _key(symbol) in rules.res.money.noun_names and (value < 100 or not numeral):
            return "a small number before `mark` and a noun (`three mark eurobonds`)"
        kind, unit = "money", _currency(rules, doc, symbol)
        generic = rules.currencies.get(_key(symbol)) in rules.generic_symbols
    elif cents:
        kind = "money"
        form = cents.strip(" -")
        base = rules.res.money.pence.get(form) or rules.cents[_key(form)]
        unit, generic = _currency(rules, doc, base), base in rules.generic_symbols
        per = 100.0
        value /= per
        value_max = value_max / per if value_max is not None else None
    elif unit_form and _millions_of(rules, doc.norm, unit_form, m.end()):
        value *= 1e6  # `1.5m people`: a glued `m` before a plural noun is a million
    elif unit_form:
        form = unit_form.strip(" -")
        kind = "measure"
        unit = rules.attached_units.get(form) or rules.units.get(_key(form))
        factor = rules.unit_scales.get(_key(form))
        if factor is not None:  # `30 bcm`: 30 billion cubic metres
            value *= factor
            value_max = value_max * factor if value_max is not None else None
    if after:
        qualifier = rules.res.qualifiers.after[_key(after)]
    # positional, in field order: keywords cost the generated `__init__` twice as much
    return _Candidate(
        start,
        m.end(),
        value,
        value_max,
        qualifier,
        kind,
        unit,
        None,  # counted
        f"{FAMILY}.{kind}_{rule}",
        bool(scale_word or scale_word2),  # scaled
        m,
        numeral or "",  # numeric
        generic,
        per,
        scale if scale_word else _scale(rules, scale_word2),
    )


_new_quantity = constructor(Quantity)

_SPAN = attrgetter("span")
_YEAR = regex.compile(r"(?:1[89]|20)\d\d")
_BLOCKED = "inside a date, time, phone number or dateline"
_CHANGE = "a change then a level (`gained 3-1/4 to 75-1/2`), not a range"


def _not_a_quantity(rules: _Rules, doc: Document, c: _Candidate) -> str | None:
    """The reason a bare number is a year, a duration, a name, a code or an address."""
    text = doc.norm
    after = text[c.end : c.end + 40]
    if c.kind == "count" and rules.duration_after.match(after):
        return "duration or age (time stage)"
    if (
        c.kind == "count"
        and c.rule.endswith("_number_word")
        and after[:1] == "-"
        and after[1:2].isalnum()
    ):
        return "part of a compound adjective (`two-fold`, `four-engined`)"
    if not c.bare or c.scaled:
        return None
    if _YEAR.fullmatch(c.numeric):
        return "year"
    if rules.street_after.match(after):
        return "address"
    if c.numeric.isdigit() and len(c.numeric) >= 3 and _next_word(text, c.end) in rules.models:
        return "model number (`its 9370 computer`)"
    if (
        c.numeric in rules.res.exclude.model_numbers
        and not _is_plural(rules, _next_word(text, c.end))
        and any(
            w.strip(".,'s") in rules.res.exclude.model_context
            for w in text[slice(*doc.sentence_of(c.start))].split()
        )
    ):
        return "model number (`the 747`)"
    before, word_start = _before(text, c.start)
    if not before or "," in c.numeric:
        return None
    if before.lower() in rules.not_before:
        return f"number after `{before}`"
    line_start = text.rfind("\n", max(0, c.start - 80), c.start) + 1
    sentence_start = doc.sentence_of(c.start)[0]
    first = word_start in (line_start, sentence_start)
    # a capitalized possessive (`Brazil's 500 banks`) owns the count rather than naming it
    if (
        any(ch.isupper() for ch in before)
        and not first
        and before not in rules.capitalized_ok
        and not before.endswith(("'s", "'"))
    ):
        return f"number in a name (`{before} ...`)"
    return None


def _blocked_mask(rules: _Rules, doc: Document) -> bytearray:
    """Dates, clock times, phone numbers and the like, and the dateline, as a mask. A span
    starts at the pattern's `lead` group where it has one: a group in a look-behind lets a
    pattern start its match at a rare word yet block the words before it.

    A group that starts at digits is matched at each run of them (``doc.digit_runs``), left to
    right and never inside its last match, as a scan would find it."""
    text = doc.norm
    spans = [doc.local(doc.dateline.span)] if doc.dateline is not None else []
    words = doc.words if text.isascii() else None  # else case folding may make a word
    for pattern, requires, needs in rules.blocked:
        if requires and not any(map(text.__contains__, requires)):
            continue
        if words is not None and any(map(words.isdisjoint, needs)):
            continue
        lead = "lead" in pattern.groupindex
        for m in pattern.finditer(text):
            start = m.start("lead") if lead else -1
            spans.append((start if start >= 0 else m.start(), m.end()))
    for digits, before in rules.blocked_at_digits:
        end = 0
        for s, _ in doc.digit_runs:
            if s < end:
                continue
            found = digits.match(text, s - 1) if s > end and text[s - 1] in before else None
            if found is None:
                found = digits.match(text, s)
            if found is not None:
                spans.append(found.span())
                end = found.end()
    return _mask(len(text), spans)


def _mask(size: int, spans: Iterable[tuple[int, int]]) -> bytearray:
    """Spans as a mask of the text (1 inside one): whether a number overlaps one is then one
    ``find`` in C rather than a search of a sorted list in Python for every anchor and
    candidate."""
    mask = bytearray(size)
    for s, e in spans:
        mask[s:e] = b"\1" * (e - s)
    return mask


# An age: `Dragan Petrovic, 34, was` (a small whole number set off by commas right after a
# name) or `aged 56`
_AGED = regex.compile(r"(?r)\baged[ ]$")
_AGE_BEFORE = regex.compile(r"(?r)\p{Lu}[\w'-]*,[ ]$")
_AGE_AFTER = regex.compile(r",[ ]+\p{Ll}")
_HUNDRED = regex.compile(r"\s+hundred\b", regex.IGNORECASE)
_MIXED = regex.compile(r"[- ](?=\d+/)")  # `1-1/2`, `2 1/2`
_CLAUSE_BREAK = regex.compile(r"[.,;:()\"]")
_SYMBOL_TRIM = regex.compile(r"^[\s-]*(?:of\s+)?|[\s-]+$")
_DAILY = regex.compile(r"(?:\s+of(?:\s+[\w-]+){1,4}?)?\s+(?:daily|a\s+day|per\s+day)\b")
_COMPOUND = regex.compile(r"-[^\W\d_]")
_NEW_ROW = regex.compile(r"\n\s")
_COLUMNS = regex.compile(r"\S(?: {3,}|\.{3,})\S")  # cells apart by spaces or dot leaders
_TENS = frozenset(range(20, 100, 10))
_OPEN = regex.compile(r"\s?\( ?")
_LEVEL = regex.compile(r"\b(?:to|from)\b")
_PROSE_MARK = regex.compile(r",(?!\d)|['\"]")  # not the comma of `5,600,000`
_LETTERS = regex.compile(r"[^\W\d_]+")
# tried after every candidate: the standard engine, as a short anchored match costs about
# half as much there (`_stdlib`)
_OF = re.compile(r",?\s+of\s+")
_GAP = re.compile(r" *\n?")  # an indented line starts a new table row
_PER_SHARE = re.compile(r"\s+(?:per|a)\s+(?:common\s+|ordinary\s+)?share\b")
_SEPARATOR = r"[ \n\t(\"'\[]"  # what a word start follows (or the text start)
_WORD = regex.compile(r"\w(?:(?:[\w'&-]|\.(?=[\w'&-]))*\w)?")  # `U.S`, not dot leaders
_INITIALS = regex.compile(r"(?:\w\.){2,}(?![\w-])")  # `U.S.` before a noun: one word, no plural
# letters, digits (what `str.isalnum` accepts), `_`, `.`, `#` and `'` (`Poor's`), read
# backwards from a point
_WORD_BACK = regex.compile(r"(?r)[\p{L}\p{N}_.#']*")


def _is_plural(rules: _Rules, word: str) -> bool:
    low = word.lower()
    if low in rules.irregular_plurals:
        return True
    return len(low) > 2 and low.endswith("s") and not low.endswith(("ss", "us", "is", "'s"))


def _counted(rules: _Rules, doc: Document, c: _Candidate) -> str | None:
    """What was counted: the noun phrase after `of`, or (for counts) after the number."""
    text = doc.norm
    pos = c.end
    m = _OF.match(text, pos, pos + _REACH)
    of_phrase = m is not None
    if m is not None:
        pos = m.end()
    elif c.kind != "count" or c.rule.endswith(("vague_plural", "fraction")):
        return None
    words: list[regex.Match[str]] = []
    while len(words) < rules.res.counted.max_words:
        gap = _GAP.match(text, pos, pos + _REACH)  # an indented line starts a new row
        at = gap.end() if gap else pos
        w = _INITIALS.match(text, at, at + _REACH) or _WORD.match(text, at, at + _REACH)
        if w is None or w.group()[0].isdigit():
            break
        low = w.group().lower()
        if low in rules.words:  # another number (`of three and six-month bills`)
            break
        pos = w.end()
        if not words and (low in rules.setters or (of_phrase and low in rules.determiners)):
            continue  # `of the people`, `four other people`
        if low in rules.stop:
            break
        words.append(w)
    # the phrase ends at its first plural noun; a capitalized one (`Cyclops common shares`)
    # only when nothing follows it
    for i, w in enumerate(words):
        if _is_plural(rules, w.group()) and (w.group()[0].islower() or i == len(words) - 1):
            return doc.original(words[0].start(), w.end())
    if not words or not of_phrase:
        return None
    return doc.original(words[0].start(), words[-1].end())


def _per_day(rules: _Rules, doc: Document, c: _Candidate) -> _Candidate:
    """`500 barrels of condensate daily`: a rate, though `daily` comes after what was
    measured."""
    rate = rules.res.context.per_day.get(c.unit or "")
    if rate is None or not _DAILY.match(doc.norm, c.end, c.end + _REACH):
        return c
    return replace(c, unit=rate)


def _age(doc: Document, c: _Candidate) -> _Candidate:
    """`Marta Kowalczyk, 41, was`, `aged 56`: an age, in years (not a count of anything)."""
    if not (c.bare and c.numeric.isdigit() and len(c.numeric) <= 3 and c.counted is None):
        return c
    text = doc.norm
    lo = max(0, c.start - 40)
    if not (
        _AGED.match(text, lo, c.start)
        or (_AGE_BEFORE.match(text, lo, c.start) and _AGE_AFTER.match(text, c.end, c.end + 40))
    ):
        return c
    return replace(c, kind="measure", unit="year", counted="age", rule=f"{FAMILY}.age")


def _weight(rules: _Rules, doc: Document, c: _Candidate) -> _Candidate:
    """`a take-off weight of 870,000 pounds`: `pounds` after a weight word in the clause is lb;
    else the dateline's country may say which pounds (`pounds_by_country`: `KHARTOUM` gives
    Sudanese pounds, a US story weights), or it stays a count (it may be sterling or lb)."""
    if not (c.bare and c.counted == "pounds"):
        return c
    context = rules.res.context
    clause = _CLAUSE_BREAK.split(doc.norm[max(0, c.start - 60) : c.start])[-1]
    if any(w.lower() in context.weight_words for w in clause.split()):
        unit: str | None = "lb"
    else:
        country = doc.dateline.country if doc.dateline is not None else None
        unit = context.pounds_by_country.get(country or "")
    if unit is None:
        return c
    word = _WORD.match(doc.norm, c.end + 1, c.end + 1 + _REACH)
    end = word.end() if word else c.end
    if unit == "lb":
        return replace(
            c, kind="measure", unit="lb", counted=None, end=end, rule=f"{FAMILY}.measure_weight"
        )
    return replace(c, kind="money", unit=unit, counted=None, end=end, rule=f"{FAMILY}.money_pounds")


def _dollar_country(rules: _Rules, doc: Document, c: _Candidate) -> _Candidate:
    """`Australian 100 mln dlrs`, `U.S. 70 mln`: a country word right before an amount in a
    generic dollar, or before a bare scaled number, names the dollar."""
    if not ((c.generic and c.unit in rules.dollars) or (c.bare and c.scaled)):
        return c
    m = rules.dollar_country.search(doc.norm, max(0, c.start - 20), c.start)
    if m is None:
        return c
    code = rules.res.money.dollar_countries[" ".join(m.group().split())]
    return replace(c, kind="money", unit=code, generic=False, rule=f"{FAMILY}.money_number")


def _finance(rules: _Rules, doc: Document, c: _Candidate) -> _Candidate:
    """Bond and loan stories: `priced at 101-1/4` is a price in percent of par, `a 1-3/8 point
    fee` and `5/8 for management` are fees in percent of the issue, `7/8 point over LIBOR` is
    a spread in percentage points (`5/8 over LIBOR` too), and a bond price in 32nds (`June
    bonds closed at 100-4/32`) is in percent of par. Elsewhere a bare number or `N points`
    stays as it is."""
    text = doc.norm
    if c.unit == "point" or (c.bare and not c.scaled):
        if (c.unit == "point" or "/" in c.numeric) and rules.spread_after.match(
            text, c.end, c.end + _REACH
        ):
            return replace(c, kind="percent", unit="pp", rule=f"{FAMILY}.percent_spread")
        if (c.unit == "point" or "/" in c.numeric) and rules.fee_after.match(
            text, c.end, c.end + _REACH
        ):
            return replace(c, kind="percent", unit="%", rule=f"{FAMILY}.percent_fee")
    if not c.bare or c.scaled:
        return c
    low, high = rules.res.context.par_range
    if low <= c.value <= high and (
        c.numeric.endswith(("/32", "/64"))
        or rules.par_before.search(text, max(0, c.start - 40), c.start)
    ):
        return replace(c, kind="percent", unit="%", rule=f"{FAMILY}.percent_of_par")
    # `USAir stock was trading at 50-3/4, up 2-1/4`, `Chevron <CHV> 1-1/8 to 54-7/8`: share
    # prices are quoted in fractions (a stock word or ticker in the 400 characters before)
    if (
        "/" in c.numeric
        and c.counted is None
        and not _OF.match(text, c.end, c.end + _REACH)
        and rules.stock_word.search(text, max(0, c.start - 400), c.start)
    ):
        unit = _dollar(rules, doc)
        return replace(c, kind="money", unit=unit, generic=True, rule=f"{FAMILY}.money_share_price")
    return c


def _share_units(rules: _Rules, doc: Document, found: list[_Candidate]) -> list[_Candidate]:
    """A bare number takes the unit of a neighbour it is joined to (`1.83 and 2 GHz`,
    `1.20 dlrs vs 1.05`), of an exchange rate's currency, of a large amount before it in the
    sentence, or money on an earnings-table row (`Net 5,600,000 vs 4,300,000`)."""
    text = doc.norm
    out = list(found)
    _join(rules, text, out)
    _share_compared(rules.compared, text, out, back=False)
    _share_compared(rules.compared_back, text, out, back=True)
    for i, c in enumerate(out):
        if c.bare and c.counted is None and rules.rate_after.match(text, c.end, c.end + _REACH):
            code = _rate_currency(rules, doc, c.start)
            if code is not None:
                out[i] = replace(c, kind="money", unit=code, rule=f"{FAMILY}.money_exchange_rate")
    # `losses of 1.1 billion dlrs, down from 1.9 billion in 1986`: a scaled bare number takes
    # the unit of the last scaled quantity with a unit in its sentence.
    # A number with thousands separators does so within its row (`over 200,000 tonnes against
    # 350,000 for 1986, and 420,000 for 1985`). An amount in a default currency takes the
    # explicit one of an amount before it (`48 U.S. cents instead of the current 57 cents`).
    last: _Candidate | None = None
    explicit: _Candidate | None = None
    last_sentence = explicit_sentence = (-1, -1)
    for i, c in enumerate(out):
        # a sentence is asked for only while a quantity it may end waits
        waiting = last is not None or explicit is not None
        sentence = doc.sentence_of(c.start) if waiting else None
        if last is not None and last_sentence != sentence:
            last = None
        if explicit is not None and explicit_sentence != sentence:
            explicit = None
        if (
            c.bare
            and c.large
            and c.counted is None
            and last
            and (c.scaled or _same_row(text, last, c))
            and not _COMPOUND.match(text, c.end, c.end + _REACH)  # `a 1,000-strong crowd`
        ):
            c = out[i] = _take_unit(c, last)
        if (
            c.generic
            and explicit is not None
            and explicit.unit in rules.dollars
            and c.unit in rules.dollars
        ):
            c = out[i] = replace(c, unit=explicit.unit, generic=False)
        if c.kind in ("money", "measure") and c.large:
            last, last_sentence = c, sentence or doc.sentence_of(c.start)
        if c.kind == "money" and not c.generic:
            explicit, explicit_sentence = c, sentence or doc.sentence_of(c.start)
    # amounts of a results story: they are in the currency of the last amount before them
    # (yen in an Osaka results table), else in the dateline's dollar
    money: _Candidate | None = None
    for i, c in enumerate(out):
        if c.kind == "money":
            money = c
        elif c.bare and c.counted is None:
            rule = _money_rule(rules, doc, c, money is not None)
            if rule is not None:
                unit, generic = (
                    (money.unit, money.generic) if money else (_dollar(rules, doc), True)
                )
                out[i] = replace(c, kind="money", unit=unit, generic=generic, rule=rule)
    _join(rules, text, out)  # `Net loss 13.4 mln vs loss 35.6 mln`
    return out


def _dollar(rules: _Rules, doc: Document) -> str:
    """The dollar of the dateline's country, else the default (USD)."""
    return _currency(rules, doc, rules.res.money.generic["dollar"].symbol)


def _money_rule(rules: _Rules, doc: Document, c: _Candidate, after_money: bool) -> str | None:
    """Why a bare number is an amount of money, if it is: on an earnings-table row (a label
    first, or among at most five words before it: `Net 5,600,000 vs 4,300,000`), on a `vs` row
    of a story with amounts (`Retailing 211 mln vs 186 mln`), or after a money word in its
    clause (`a pretax loss of 45.0 mln`), or before `per share`; never on a row or in a clause
    that counts something else (`Avg shrs`, `revenue passenger miles rose to 4.10 billion`)."""
    text = doc.norm
    newline = text.rfind("\n", max(0, c.start - 60), c.start)
    short = newline >= 0 or c.start <= 60  # a table row is short
    row_start = newline + 1 if short else c.start - 60
    words = [w.strip(".,:;()").lower() for w in text[row_start : c.start].split()]
    clause = _CLAUSE_BREAK.split(text[max(doc.sentence_of(c.start)[0], c.start - 60) : c.start])
    near = [w.lower() for w in clause[-1].split()[-6:]]
    if not (rules.count_labels.isdisjoint(words) and rules.count_labels.isdisjoint(near)):
        return None
    if (
        short
        and (
            (len(words) <= 5 and not rules.labels.isdisjoint(words))
            or (words and words[0] in rules.labels)
        )
        and _row_head(doc, row_start, c.start)
    ):
        return f"{FAMILY}.money_table_row"
    if after_money and c.large and short and rules.versus.search(text, row_start, c.end + 40):
        return f"{FAMILY}.money_table_row"
    if c.scaled and not rules.money_words.isdisjoint(near):
        return f"{FAMILY}.money_context"
    if not c.scaled and c.per_share:  # `or 7.42 per share`
        return f"{FAMILY}.money_per_share"
    return None


def _row_head(doc: Document, row_start: int, end: int) -> bool:
    """Whether the text of a row before a number reads as a table label (`Oper net loss`,
    after the dateline on the first row): capitalized, without the commas and apostrophes
    of a wrapped line of prose (`pct of their earnings, United's 21-member`)."""
    if doc.dateline is not None:
        row_start = max(row_start, min(doc.local(doc.dateline.span)[1], end))
    head = doc.norm[row_start:end].strip()
    return not head or (head[0].isupper() and _PROSE_MARK.search(head) is None)


def _same_order(x: float, y: float) -> bool:
    """Whether ``x`` is within a factor of ten of ``y`` (never for a zero ``y``)."""
    return y != 0 and 0.1 <= x / y <= 10


def _share_compared(compared: _Pattern, text: str, out: list[_Candidate], *, back: bool) -> None:
    """A large bare number compared with a large amount of the same order next to it takes
    that amount's unit: forward, `drop to 260,000 to 270,000 from the monthly average of
    300,000 to 330,000 tonnes` (`from`, `against`); back, `1.87 billion N.Z. Dlrs in January
    against 2.42 billion`, even where the sentence splitter breaks the sentence (`N.Z.
    Dlrs`)."""
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        bare, other = (b, a) if back else (a, b)
        if (
            bare.bare
            and bare.large
            and bare.counted is None
            and other.large
            and other.kind in ("money", "measure")
            and _same_order(bare.value, other.value)
            and compared.fullmatch(text, a.end, b.start)
        ):
            out[i + back] = _take_unit(bare, other)


def _take_unit(
    c: _Candidate, other: _Candidate, rule: str = "shared_unit", *, level: bool = False
) -> _Candidate:
    """``c`` with the kind and unit of the quantity it shares them with, in its terms when
    the written numbers are alike or ``c`` is a market price or a level (`64 cts vs 60` is
    0.60, `May ended at 66.17, off 0.22 cent` is 0.6617, `down 4p to 567` is 5.67, but `gain
    651,000, or 18 cts per share` stays 651,000); a currency taken from the dateline or the
    default stays open to an explicit one."""
    alike = 0.1 <= c.value / (other.value * other.per or 1) <= 10
    per = other.per if alike or level or rule == "price" else 1.0
    # `43.10 billion stg, against 43.19 in January`: a bare figure of the same size as the
    # other's written number shares its scale as well (not a price, nor `1.3 mln dlrs, or 1.45
    # a share`)
    scale = 1.0
    if (
        rule != "price"
        and other.scale > 1
        and c.scale == 1
        and other.value != 0
        and 0.5 <= c.value * other.scale / other.value <= 2
        and not c.per_share
    ):
        scale = other.scale
    factor = scale / per
    return replace(
        c,
        kind=other.kind,
        unit=other.unit,
        generic=other.generic,
        value=c.value * factor,
        value_max=c.value_max * factor if c.value_max is not None else None,
        per=per,
        scale=scale,
        rule=f"{FAMILY}.{other.kind}_{rule}",
    )


def _join(rules: _Rules, text: str, out: list[_Candidate]) -> None:
    """Neighbours joined by `and`, `vs`, `from` ..., or a figure and the one in brackets after
    it (`4.27 pct (4.32)`), share the unit one of them has."""
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        a_takes, b_takes = a.bare and _shares(a, b), b.bare and _shares(b, a)
        if not (a_takes or b_takes):  # nothing to share: spare the patterns
            continue
        if rules.joiner_per.fullmatch(text, a.end, b.start):  # `a` is per something
            if b_takes:
                out[i + 1] = _take_unit(b, a)
            elif b.kind == "money" and a_takes:
                out[i] = _take_unit(a, b)
            continue
        joined = rules.joiner.fullmatch(text, a.end, b.start)
        if not (joined or _bracketed(text, a, b)):
            continue
        # `down 4p to 567`: a change and the level it leads to are in the same terms
        level = joined is not None and _LEVEL.search(joined.group()) is not None
        if a_takes:
            out[i] = _take_unit(a, b, level=level)
        elif b_takes:
            out[i + 1] = _take_unit(b, a, level=level)


def _bracketed(text: str, a: _Candidate, b: _Candidate) -> bool:
    """Whether ``b`` stands alone in brackets right after ``a`` (`169 (167)`)."""
    return _OPEN.fullmatch(text, a.end, b.start) is not None and text[b.end : b.end + 1] == ")"


def _same_row(text: str, a: _Candidate, b: _Candidate) -> bool:
    """Whether ``b`` is near ``a`` in the same row: no line break with indentation between
    (a new table row or paragraph) and at most 200 characters apart."""
    return b.start - a.end <= 200 and _NEW_ROW.search(text, a.end, b.start) is None


def _rate_currency(rules: _Rules, doc: Document, start: int) -> str | None:
    """`the kwacha was pegged at 16.99 to the dollar`: the currency named before the rate in
    its sentence (not a generic one such as `dollars`)."""
    codes = [
        _currency(rules, doc, m.group())
        for m in rules.currency_word.finditer(
            doc.norm, max(doc.sentence_of(start)[0], start - 200), start
        )
        if rules.currencies[_key(m.group())] not in rules.generic_symbols
    ]
    return codes[-1] if codes else None


def _shares(bare: _Candidate, other: _Candidate) -> bool:
    """Whether a bare number may take the unit of the quantity it is joined to."""
    return (
        bare.bare
        and bare.counted is None
        and other.kind != "count"
        and not (other.kind == "percent" and (bare.scaled or bare.value > 100))
    )


def _fit(
    rules: _Rules, text: str, times: list[tuple[int, int]], c: _Candidate
) -> _Candidate | None:
    """Settle an overlap with time expressions: a unit tail is cut before the time expression
    (`200,000 barrels per day` keeps unit `barrel/day`, span `200,000 barrels`); a number
    inside one is no quantity."""
    i = bisect_left(times, (c.end, c.end))
    hits = [(s, e) for s, e in times[max(0, i - 8) : i] if s < c.end and c.start < e]
    if not hits:
        return c
    cut = min(s for s, _ in hits)
    if cut < max(map(c.match.end, rules.core)):
        return None
    return replace(c, end=len(text[:cut].rstrip(" -")))


def _match_at(rules: _Rules, text: str, anchor: int, pos: int) -> re.Match[str] | None:
    """The match that holds the anchor (a number or a number word), tried at the last word
    starts up to 32 characters before it so that qualifiers and currency symbols are included.
    Matching only around anchors keeps the stage fast and linear in the text."""
    lo = max(pos, anchor - 32)
    starts = [m.end() for m in rules.starts.finditer(text, max(lo - 1, 0), anchor)]
    if lo == 0 and rules.start_word.match(text, 0, anchor):
        starts.insert(0, 0)
    if not _glued(text, anchor):
        starts.append(anchor)
    for p in starts[-6:]:  # `a little more than US$ 5`: five words at most
        m = rules.pattern.match(text, p, p + _REACH)
        if m is not None and m.end() > anchor:
            return m
    return None


def _glued(text: str, p: int) -> bool:
    """Whether a number at ``p`` continues a word or another number (`G20`, `COVID-19`,
    the `5` of `1.5`, the `4` of `3/4`), so it cannot start a quantity."""
    before = text[p - 1] if p else " "
    if before.isalnum() or before in "$_/":  # after `$`, the match starts at the `$`
        return True
    if before in ".,":
        return p >= 2 and text[p - 2].isdigit()
    return before == "-" and p >= 2 and (text[p - 2].isalnum() or text[p - 2] in "/_")


def _start_word(words: set[str], symbols: set[str], chars: set[str]) -> str:
    """A look-ahead for a whole word or phrase of ``words`` (any case) or a word of
    ``symbols`` (as written), or one of ``chars``: what can begin a match before an anchor."""
    whole = r"(?![^\W\d_])"
    lower = tree_alternation([w for w in words if w == w.lower()], boundary=False, gate=_GATE)
    return (
        r"(?="
        + rf"(?i:{lower}){whole}"
        + rf"|{_cs(s for s in symbols if s)}{whole}"
        + "|["
        + "".join(regex.escape(c) for c in sorted(chars))
        + "])"
    )


def _millions_of(rules: _Rules, text: str, unit: str, end: int) -> bool:
    """Whether a glued `m` (`1.5m`) means million: a plural noun follows it."""
    if unit != "m":
        return False
    word = _WORD.match(text, end + 1, end + 1 + _REACH) if text[end : end + 1] == " " else None
    return word is not None and word.group()[0].islower() and _is_plural(rules, word.group())


def _first_number_start(rules: _Rules, m: re.Match[str]) -> int:
    return min(s for s in map(m.start, rules.first_number) if s >= 0)


def _before(text: str, p: int) -> tuple[str, int]:
    """The word (letters, digits, `.`, `#`) ending at ``p`` or one space before it, and where
    it starts: `No.` in `No. 1`, `Boeing` in `Boeing 747`."""
    end = p - 1 if p and text[p - 1].isspace() else p
    m = _WORD_BACK.match(text, max(0, p - 30), end)  # a reverse pattern: it ends at ``end``
    return (m.group(), m.start()) if m else ("", end)


def _level_verb_before(rules: _Rules, text: str, p: int) -> bool:
    """Whether a verb that brought something to a level (`brought`, `lifted`) stands among
    the four words before ``p`` in the same clause: `lifted its stake up to 20 pct`."""
    clause = _CLAUSE_BREAK.split(text[max(0, p - 50) : p])[-1]
    return any(w.lower() in rules.level_verbs for w in clause.split()[-4:])


def _next_word(text: str, p: int) -> str:
    """The word one space after ``p``, as written (`computer` in `9370 computer`)."""
    if text[p : p + 1] != " ":
        return ""
    word = _WORD.match(text, p + 1, p + 1 + _REACH)
    return word.group() if word else ""


def _after_movement(rules: _Rules, text: str, p: int) -> bool:
    """Whether the word just before ``p`` is a movement (`rose` in `rose 5 pct`); asked only
    where the answer matters, as most matches never need it."""
    return _before(text, p)[0].lower() in rules.movement


def _first_number_end(rules: _Rules, m: re.Match[str]) -> int:
    return max(map(m.end, rules.first_number))


def _anchors(rules: _Rules, doc: Document) -> list[tuple[int, int]]:
    """Runs of digits and number words, in text order (they never overlap: a number word
    stands between word boundaries)."""
    text = doc.norm
    if text.isascii():  # then lower case is case folding, and a number word a run of `a`-`z`
        return sorted(doc.digit_runs + _number_words(rules, doc))
    folded = _folded(text)
    first = rules.first_number_word.match(folded)
    return sorted(
        doc.digit_runs
        + ([first.span()] if first else [])
        + [(m.start() + 1, m.end()) for m in rules.number_word.finditer(folded)]
    )


def _number_words(rules: _Rules, doc: Document) -> list[tuple[int, int]]:
    """The spans of the whole words of an ASCII text that are number words: only those of
    its runs of letters (``doc.words``) are looked for (``text.occurrences``), where a scan
    of the text for all of them costs several times more."""
    found = occurrences(doc.norm, doc.lower, rules.anchor_words & doc.words, _is_word_char)
    return [(i, j) for i, j, _ in found]


def _is_word_char(ch: str) -> bool:
    """Whether an ASCII character (or "", past the end) is one of ``\\w``."""
    return ch.isalnum() or ch == "_"


def _folded(text: str) -> str:
    """The text case-folded character for character, so with the same offsets: a
    case-sensitive scan of it for lower-case words finds what a case-insensitive scan of the
    text finds (simple case folding), in half the time. A character that folds to several
    (`ß`) stays as it is, as simple folding leaves it."""
    folded = text.casefold()
    if len(folded) == len(text):  # no character folded to several
        return folded
    return "".join(f if len(f := ch.casefold()) == 1 else ch for ch in text)


def extract(doc: Document) -> list[Quantity]:
    """Every quantity, in text order; spans of time expressions are never quantities."""
    text = doc.norm
    rules = _ascii_rules() if text.isascii() else _rules()
    blocked = _blocked_mask(rules, doc)
    times = sorted(map(doc.local, map(_SPAN, doc.times)))
    in_time = _mask(len(text), times)
    found: list[_Candidate] = []
    pos = 0
    for a_start, a_end in _anchors(rules, doc):
        if a_start < pos:
            continue
        if blocked.find(1, a_start, a_end) >= 0:  # a day or clock number, a phone number
            doc.reject(FAMILY, a_start, a_end, f"{FAMILY}.pattern", _BLOCKED)
            pos = a_end
            continue
        if (m := _match_at(rules, text, a_start, pos)) is None:
            continue
        # after a rejected match the scan resumes after its first number, so the rest can
        # still be a quantity (`frame 1 - 540-600 lbs`)
        pos = _first_number_end(rules, m)
        parsed = _parse(rules, doc, m)
        if parsed == _CHANGE:  # `rose 8-5/8 to 24`: the change alone, then the level
            doc.reject(FAMILY, m.start(), m.end(), f"{FAMILY}.pattern", parsed)
            change = rules.pattern.match(text, m.start(), max(pos, m.end("scale")))
            if change is None:
                continue
            m, parsed = change, _parse(rules, doc, change)
        if isinstance(parsed, str):
            doc.reject(FAMILY, m.start(), m.end(), f"{FAMILY}.pattern", parsed)
            continue
        reason = _not_a_quantity(rules, doc, parsed)
        if reason is None and blocked.find(1, parsed.start, parsed.end) >= 0:
            reason = _BLOCKED
        if reason is not None:
            fitted = None
        elif in_time.find(1, parsed.start, parsed.end) < 0:  # no time expression in it
            fitted = parsed
        else:
            fitted = _fit(rules, text, times, parsed)
        if fitted is None:
            doc.reject(FAMILY, parsed.start, parsed.end, parsed.rule, reason or "time expression")
            continue
        pos = m.end()
        found.append(fitted)
    for c in found:
        c.counted = _counted(rules, doc, c)
        c.per_share = _PER_SHARE.match(text, c.end, c.end + _REACH) is not None
    found = [
        _age(
            doc,
            _weight(
                rules,
                doc,
                _finance(rules, doc, _dollar_country(rules, doc, _per_day(rules, doc, c))),
            ),
        )
        for c in found
    ]
    found = _drop_cells(doc, found, _after_unit)
    found = _share_units(rules, doc, found)
    found = _drop_cells(doc, found, _in_columns)
    found = _prices(rules, doc, found)
    _article_dollar(rules, doc, found)
    _share_counted(rules, doc, found)
    return [
        _new_quantity(
            {
                "span": doc.span_fields(c.start, c.end),
                "value": c.value,
                "value_max": c.value_max,
                "qualifier": c.qualifier,
                "kind": c.kind,
                "unit": c.unit,
                "counted": c.counted,
                "rule": c.rule,
            }
        )
        for c in found
    ]


def _prices(rules: _Rules, doc: Document, found: list[_Candidate]) -> list[_Candidate]:
    """Market reports: a bare number read as a price (`May ended at 66.17`, `0.70 higher`)
    or a dealer's quote (`an early 6.0565/90`) takes the unit of the nearest amount of money
    in its sentence; a quote with none is dropped (its unit is nowhere in the text)."""
    text = doc.norm
    out = []
    money_all = [o for o in found if o.kind == "money"]  # in text order
    money_starts = [o.start for o in money_all]
    for c in found:
        if not c.bare or c.counted is not None or c.scaled:
            out.append(c)
            continue
        quote = rules.quote_after.match(text, c.end, c.end + _REACH) is not None
        if not (
            quote
            or rules.price_after.match(text, c.end, c.end + _REACH)
            or rules.price_before.search(text, max(0, c.start - 30), c.start)
        ):
            out.append(c)
            continue
        sentence = doc.sentence_of(c.start)
        money = money_all[
            bisect_left(money_starts, sentence[0]) : bisect_left(money_starts, sentence[1])
        ]
        # `eased to 3.75/80 pct from 3.80/85`
        pct_before = bool(out) and out[-1].rule == f"{FAMILY}.percent_quote" and quote
        if quote and (pct_before or rules.quote_pct.match(text, c.end, c.end + _REACH)):
            out.append(replace(c, kind="percent", unit="%", rule=f"{FAMILY}.percent_quote"))
        elif money:
            nearest = min(money, key=lambda o: abs(o.start - c.start))
            out.append(_take_unit(c, nearest, "price"))
        elif quote:
            doc.reject(FAMILY, c.start, c.end, c.rule, "a dealer's quote without a unit")
        else:
            out.append(c)
    return out


def _article_dollar(rules: _Rules, doc: Document, found: list[_Candidate]) -> None:
    """A bare `dlrs` that fell back to the default (USD) takes the one dollar the article
    names, when it names no other: `a 75 mln Australian dlr bond ... in denominations of
    1,000 and 10,000 dlrs` is in AUD, and so is `its Australian dlr eurobond ... to 75 mln
    dlrs` (a US dollar named anywhere keeps the default)."""
    default = rules.res.money.generic["dollar"].default
    generic = [i for i, c in enumerate(found) if c.generic and c.unit in rules.dollars]
    if not generic:
        return
    named = {c.unit for c in found if not c.generic and c.unit in rules.dollars}
    countries = rules.res.money.dollar_countries
    issues = {
        countries[" ".join(m["country"].split())] for m in rules.dollar_issue.finditer(doc.norm)
    }
    named |= issues
    # one dollar other than the default, and no other dollar named anywhere (a scan of the
    # text, so only asked when it can matter)
    if len(named) != 1 or default in named:
        return
    names = {rules.currencies[_key(m.group())] for m in rules.currency_word.finditer(doc.norm)}
    named |= names & rules.dollars
    if len(named) != 1:
        return
    code = named.pop()
    for i in generic:
        # the dateline's dollar gives way only to an issue in another dollar (`HONG KONG - ... a
        # 100 mln Australian dlr note issuance facility ... denominations of 100,000 dlrs`)
        if found[i].unit == default or issues:
            found[i] = replace(found[i], unit=code, generic=False)


def _drop_cells(
    doc: Document,
    found: list[_Candidate],
    is_cell: Callable[[str, list[_Candidate], int], bool],
) -> list[_Candidate]:
    """Drop the bare numbers of market tables (`MAY7     285     UP  1 1/2`, `650-700 lbs
    70.05-73.90`): what a cell measures is in a column header or a convention of the report
    (cents per bushel, dlrs per cwt) that the text does not spell out, and a count there
    would be wrong."""
    out = []
    for i, c in enumerate(found):
        if c.bare and c.counted is None and is_cell(doc.norm, found, i):
            doc.reject(FAMILY, c.start, c.end, c.rule, "table cell without a unit")
        else:
            out.append(c)
    return out


def _after_unit(text: str, found: list[_Candidate], i: int) -> bool:
    """Right after a quantity with a unit, with only white space between (`lbs 70.05`)."""
    before, c = found[i - 1] if i else None, found[i]
    return before is not None and before.kind != "count" and text[before.end : c.start].isspace()


def _in_columns(text: str, found: list[_Candidate], i: int) -> bool:
    """On a line laid out in columns (cells apart by three spaces or more), or a bare pair of
    a figure and the one in brackets after it (`pellets 162 (160)`)."""
    c = found[i]
    if (i and found[i - 1].bare and _bracketed(text, found[i - 1], c)) or (
        i + 1 < len(found) and found[i + 1].bare and _bracketed(text, c, found[i + 1])
    ):
        return True
    # the line around it, at most 200 characters either side (a line with no break in sight
    # must not send every number's search back to the start of the text)
    lo = max(0, c.start - 200)
    start = text.rfind("\n", lo, c.start) + 1 or lo
    end = text.find("\n", c.end, c.end + 200)
    return _COLUMNS.search(text, start, end if end >= 0 else c.end + 200) is not None


def _share_counted(rules: _Rules, doc: Document, found: list[_Candidate]) -> None:
    """`500 and 1,000 songs`: a count joined to the next one counts the same thing."""
    for i in range(len(found) - 2, -1, -1):
        a, b = found[i], found[i + 1]
        if (
            a.kind == b.kind == "count"
            and a.counted is None
            and b.counted is not None
            and rules.joiner.fullmatch(doc.norm, a.end, b.start)
        ):
            found[i] = replace(a, counted=b.counted)
