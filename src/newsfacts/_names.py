"""Rule data for the participants stage, compiled once: name shapes, titles, organization cues.

Everything here comes from ``resources/participants.toml`` and ``resources/names.toml``;
this module only turns those lists into patterns and lookup sets (first use, then cached).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache, partial
from itertools import compress
from operator import itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple

import regex

from newsfacts.dateline import agency_text_forms
from newsfacts.patterns import ascii_twin, compile_pattern, folded_alternation, tree_alternation
from newsfacts.resources import ResourceModel, load

if TYPE_CHECKING:
    from newsfacts.document import Document

__all__ = ["Rules", "WordIndex", "ascii_rules", "rules", "token_starts", "word_index"]


class _ParticipantsResource(ResourceModel):
    function_words: list[str]
    not_name_end: list[str]
    attributive: list[str]
    speech_verbs: list[str]
    not_personal: list[str]
    not_places_alone: list[str]
    settlement_nouns: list[str]
    title_modifiers: list[str]
    hyphen_modifiers: list[str]
    titles: list[str]
    honorifics: list[str]
    given_name_titles: list[str]
    given_name_only_titles: list[str]
    name_particles: list[str]
    name_connectors: list[str]
    name_suffixes: list[str]
    plural_titles: list[str]
    org_heads: list[str]
    org_plural_heads: list[str]
    company_suffixes: list[str]
    company_words: list[str]
    company_openers: list[str]
    and_heads: list[str]
    deal_roles: list[str]
    deal_role_participles: list[str]
    continents: list[str]
    institutions: list[str]
    clause_words: list[str]
    anaphora: dict[str, str]
    ministries: dict[str, str]
    organizations: dict[str, list[str]]
    companies: dict[str, list[str]]


class _NamesResource(ResourceModel):
    given: list[str]


Pattern = regex.Pattern[str] | re.Pattern[str]  # `regex`, or a twin in ``ascii_rules``


class Rules(NamedTuple):
    """Compiled patterns and lookup tables of the participants stage (a NamedTuple: a
    dataclass this wide costs milliseconds of import time)."""

    run: Pattern  # a capitalized name run (`Ministry of Foreign Affairs of Kazakhstan`)
    run_ascii: regex.Pattern[str]  # ``run`` written capital first: the source of its twin
    title: regex.Pattern[
        str
    ]  # a title or honorific, with modifiers (`First Deputy Prime Minister`)
    title_lower: re.Pattern[str]  # ``title`` for a lower-cased ASCII text (standard engine)
    title_only: Pattern  # fullmatch: a run that is nothing but a title
    title_starts: frozenset[str]  # lower-cased first words of titles (a cheap pre-filter)
    title_index: WordIndex  # ``title_starts`` for ``token_starts``
    plural_ends: frozenset[str]  # lower-cased last words of titles for several people
    title_led: Pattern  # `Chief Executive Officer of` + (?P<rest>...)
    modifier_use: Pattern  # `the U.S.` + ` economy` or `'s`: a name as a modifier
    person_after: Pattern  # a personal name right after a title
    complement: Pattern  # `of the Republic of Kazakhstan`, `to the WTO` after a title
    acronym_paren: Pattern  # ` (ISO)` after a name
    and_acronym: Pattern  # ` and Metrology (KazST)`: the rest of a defined name
    and_tail: Pattern  # ` and Integration` closing `Ministry of Trade ...`
    and_run: Pattern  # ` and Steel Company Ltd.` closing `Tata Iron ...`
    apposition: Pattern  # `, the Secretary General of ISO,` after a name
    titled_after: Pattern  # `, the deputy head of` after a name: its bearer is a person
    anaphor: regex.Pattern[str]  # `the Organization`, `the company`
    known: regex.Pattern[str]  # curated organization names and acronyms
    suffix_after: Pattern  # `, Inc.` after a name
    age_after: Pattern  # `, 45,` after a name: only people have an age
    space_word: Pattern  # a run of non-space characters
    noun_of: Pattern  # `Shares of`
    acronym_word: Pattern  # `ISO`, `AT&T`
    locative: Pattern  # `in (the) ` before a place
    settlement_before: Pattern  # `the northern city of ` before a place
    speech_after: Pattern  # ` said`, ` reported` after a name
    area_after: Pattern  # ` (Australia)`, `, Maine` after a city
    dateline_parts: Pattern  # `CHICAGO, Ill.`: the place, then its area
    function_words: frozenset[str]
    not_name_end: frozenset[str]
    attributive: frozenset[str]
    not_personal: frozenset[str]
    not_places_alone: frozenset[str]
    # `the Spanish city of `: a nationality naming the country of the city after it
    demonym_before: Pattern
    honorifics: frozenset[str]
    given_name_titles: frozenset[str]  # `Dean Whitehead`: a name, not a dean
    given_name_only_titles: frozenset[str]  # `Chief Oscar Calderon`; not `Chief Accountant`
    given: frozenset[str]
    particles: frozenset[str]
    name_suffixes: frozenset[str]
    heads: frozenset[str]
    plural_heads: frozenset[str]
    company_suffixes: frozenset[str]
    suffix_firsts: frozenset[str]  # first characters of the company suffixes (a cheap gate)
    company_words: frozenset[str]
    company_openers: frozenset[str]  # `Air` of `Air Canada`: a company named after a place
    and_heads: frozenset[tuple[str, str]]  # `Savings and Loan`: one head, joined by `and`
    deal_roles: frozenset[str]  # `sole manager X`, `lead underwriters X`
    deal_role_participles: frozenset[str]  # `managed by X`
    deal_role_after: Pattern  # ` will be lead underwriter` after a firm
    continents: frozenset[str]
    institutions: frozenset[str]
    anaphora: dict[str, str]
    ministries: dict[str, str]
    ministry_ends: frozenset[str]  # last words of ``ministries``' keys (a cheap gate)
    portfolios: frozenset[str]  # last words of ``ministries``' names (`Affairs`, `Finance`)
    org_names: dict[str, tuple[str, bool]]  # surface form -> (canonical name, is a company)
    agency_forms: frozenset[str]  # those of ``org_names`` that name a news agency


# A capitalized word: dotted acronym (`U.S.`), `AT&T`, an initial (`F.`), or a word with
# hyphenated or `O'`-style parts; dotted abbreviations of names (`Inc.`, `Jr.`) go first.
# The capital is read once, then the alternatives for the rest, in the same order.
_WORD_REST = (
    r"(?:(?:\.[[:upper:]])+\.|[[:upper:]]*&[[:upper:]]+|\.(?=[ ][[:upper:]])"
    r"|[\pL\pM]*(?:'[[:upper:]]\pL+)?(?:-\pL+)*)"
)
_WORD = r"[[:upper:]]" + _WORD_REST
# the words after a run's first: joined by a space, maybe a connector (`of`, `bin`) and `the`
_MORE_WORDS = r"(?:[ ](?:(?:{connector})[ ]){0,2}(?:the[ ])?{word}){0,11}"


@cache
def rules() -> Rules:
    """Compile the participants rules (once per process)."""
    res = load("participants", _ParticipantsResource)
    given = load("names", _NamesResource).given
    dotted = [w for w in (*res.company_suffixes, *res.name_suffixes) if w.endswith(".")]
    dotted += ["St.", "Mt.", "Ft."]
    # a possessive before a company suffix is part of the name (`Lowe's Cos.`, `McDonald's Corp.`)
    suffixes = tree_alternation(res.company_suffixes, boundary=False)
    possessive = rf"[\pL\pM]*'s(?=[ ](?:{suffixes})(?![\w&]))"  # after the capital
    word = tree_alternation(dotted, boundary=False) + "|[[:upper:]]" + possessive + "|" + _WORD
    # the same word with its capital read first, each dotted abbreviation's rest behind its
    # own capital: the standard engine's scan for runs then skips to the next capital instead
    # of starting a match at every character (``run_ascii``: 1.3x faster, the same runs)
    by_capital: dict[str, list[str]] = {}
    for w in dotted:
        by_capital.setdefault(w[0], []).append(w[1:])
    rests = [
        f"(?<={regex.escape(c)}){tree_alternation(by_capital[c], boundary=False)}"
        for c in sorted(by_capital)
    ]
    capital_word = "|".join([*rests, possessive, _WORD_REST])
    particles = tree_alternation(res.name_particles, boundary=False)
    # a title of several words is also written hyphenated (`Vice-President`, `Director-General`)
    titles = [*res.titles, *res.honorifics]
    titles += [t.replace(" ", "-") for t in res.titles if " " in t]
    titles += res.plural_titles  # `Foreign Ministers Sergei Lavrov and Wang Yi`
    fragments = {
        "word": word,
        "connector": tree_alternation(res.name_connectors, boundary=False),
        "run": r"{word}" + _MORE_WORDS,
        # an initial first: leftmost-first matching would stop at the `W` of `George W. Bush`;
        # initials may run together (`R.V. Shahi`, not a person `R`)
        "pword": (
            r"[[:upper:]](?:(?:\.[[:upper:]])*\.(?=[ ]+[[:upper:]])"
            r"|[\pL\pM]*(?:'[[:upper:]]\pL+)?(?:-\pL+)*)"
        ),
        "particle": particles,
        "suffix": tree_alternation(res.name_suffixes, boundary=False),
        # a particle stands alone or joins the next word (`Bashar al-Assad`, `el-Sisi`)
        "pname": (
            r"{pword}(?:[ ]+(?:(?:{particle})(?:[ ]+|-)){0,2}{pword}){0,3}"
            r"(?:,?[ ]+{suffix}(?!\w))?"
        ),
        "acronym": r"[[:upper:]][\pL&.-]{1,14}",
        "modifier": tree_alternation(res.title_modifiers, boundary=False),
        "title_word": tree_alternation(titles, boundary=False),
        "title": r"(?:(?:{modifier})[ -]+){0,2}(?:{title_word})",
    }
    flags = regex.VERSION1
    ci = flags | regex.IGNORECASE
    # a case-insensitive match costs five times a case-sensitive one of the same words in lower
    # case; on an ASCII text both find the same spans (lowering keeps every offset). The
    # case-insensitive patterns take this folded tree too (one branch per lower-case letter).
    lower = {
        **fragments,
        "modifier": folded_alternation(res.title_modifiers, boundary=False),
        "title_word": folded_alternation(titles, boundary=False),
    }
    org_names: dict[str, tuple[str, bool]] = {}
    for table, is_company in ((res.organizations, False), (res.companies, True)):
        for name, aliases in table.items():
            for form in (name, *aliases):
                org_names[form] = (name, is_company)
    agencies = agency_text_forms()
    for form, name in agencies.items():  # news agencies, from their own table
        org_names.setdefault(form, (name, False))
    anaphora = tree_alternation(res.anaphora, boundary=False)
    roles = "|".join(map(regex.escape, res.deal_roles))
    title_starts = frozenset(
        start
        for w in (*titles, *res.title_modifiers)
        for first in [w.split()[0].rstrip(".").lower()]
        for start in (first, first.split("-")[0])  # a hyphenated word is one token
    ) | {m.lower() + "-" for m in res.hyphen_modifiers}  # `Vice-Minister`: one token
    return Rules(
        # every run starts with a capital: the leading lookahead lets the scan skip the rest fast
        run=compile_pattern(r"(?=[[:upper:]])(?<![\w.&-]){run}(?![\w&$])", fragments, flags),
        run_ascii=compile_pattern(
            rf"[[:upper:]](?<![\w.&-].)(?:{capital_word}){_MORE_WORDS}(?![\w&$])",
            fragments,
            flags,
        ),
        title=compile_pattern(r"(?<![\w-]){title}(?![\w-])", lower, ci),
        title_lower=ascii_twin(compile_pattern(r"(?<![\w-]){title}(?![\w-])", lower, flags)),
        title_only=compile_pattern(r"{title}", lower, ci),
        title_starts=title_starts,
        title_index=word_index(title_starts),
        plural_ends=frozenset(t.rsplit(None, 1)[-1].lower() for t in res.plural_titles),
        title_led=compile_pattern(
            r"{title}[ ]+(?:of|for|at)[ ]+(?:the[ ]+)?(?P<rest>[[:upper:]])", fragments, flags
        ),
        modifier_use=compile_pattern(
            r"'s?(?!\w)|[ ]+(?!(?:{clause})(?!\w))(?![[:lower:]]+(?:ed|s)(?!\w))[[:lower:]]",
            {"clause": tree_alternation(res.clause_words, boundary=False)},
            flags,
        ),
        person_after=compile_pattern(r"[ ]+(?P<name>{pname})(?![\w&])", fragments, flags),
        complement=compile_pattern(
            r"[ ]+(?:of|for|to|at|in|and|on)[ ]+(?:the[ ]+)?(?P<run>{run})(?![\w&])",
            fragments,
            flags,
        ),
        acronym_paren=compile_pattern(r"[ ]*\((?P<acr>{acronym})\)", fragments, flags),
        and_tail=compile_pattern(
            r"[ ]and[ ](?P<run>{word}(?:[ ]{word})?)(?![\w&]|[ ][[:upper:]])", fragments, flags
        ),
        and_run=compile_pattern(r"[ ]and[ ](?P<run>{run})(?![\w&])", fragments, flags),
        and_acronym=compile_pattern(
            r"[ ]+and[ ]+(?P<run>{run})(?=[ ]*\({acronym}\))", fragments, flags
        ),
        apposition=compile_pattern(
            r",[ ]+(?:the[ ]+|a[ ]+|an[ ]+|(?P<owner>{run})'s?[ ]+)?(?P<title>(?i:{title})"
            r"(?:[ ]+(?P<prep>of|at|for|to|in)[ ]+(?:the[ ]+)?(?P<org>{run}))?)(?=[,.;])",
            lower,
            flags,
        ),
        titled_after=compile_pattern(
            r",[ ]+(?:the[ ]+|a[ ]+|an[ ]+)?(?P<title>(?i:{title}))"
            r"(?=[ ]+(?:of|at|for|in|with)[ ]|[,.;])",
            lower,
            flags,
        ),
        anaphor=compile_pattern(rf"(?<!\w)[Tt]he[ ]+(?P<noun>{anaphora})(?!\w)", {}, flags),
        known=compile_pattern(tree_alternation(org_names) + r"(?!\$)", {}, flags),
        age_after=compile_pattern(r",[ ]+(?:aged[ ]+)?\d{1,3},", None, flags),
        suffix_after=compile_pattern(
            r",?[ ]+(?P<suffix>{suffix})(?![\w&])",
            {"suffix": suffixes},
            flags,
        ),
        space_word=regex.compile(r"\S+", flags),
        noun_of=regex.compile(r"(\S+) of ", flags),
        acronym_word=regex.compile(r"\p{Lu}[\p{Lu}&]{1,7}", flags),
        locative=regex.compile(r"\b(?:in|at|from|to|near|outside|across)[ ]+(?:the[ ]+)?$", flags),
        settlement_before=compile_pattern(
            r"\b(?:{noun})[ ]+of[ ]+$",
            {"noun": tree_alternation(res.settlement_nouns, boundary=False)},
            flags,
        ),
        area_after=compile_pattern(r"(?:[ ]\(|,[ ])(?P<area>{run})", fragments, flags),
        speech_after=compile_pattern(
            r"[ ](?:{verb})(?!\w)",
            {"verb": tree_alternation(res.speech_verbs, boundary=False)},
            flags,
        ),
        dateline_parts=regex.compile(
            r"(?P<head>[^,/(\[]+?)\s*[,/(\[]\s*(?P<tail>[^,/)\]]+?)[\s/)\]]*$", flags
        ),
        function_words=frozenset(res.function_words),
        not_name_end=frozenset(res.not_name_end),
        attributive=frozenset(res.attributive),
        not_personal=frozenset(res.not_personal),
        not_places_alone=frozenset(res.not_places_alone),
        demonym_before=compile_pattern(
            r"(?P<demonym>[[:upper:]][[:lower:]]+)[ ]+(?:{noun})[ ]+of[ ]+$",
            {"noun": tree_alternation(res.settlement_nouns, boundary=False)},
            flags,
        ),
        honorifics=frozenset(h.rstrip(".") for h in res.honorifics),
        given_name_titles=frozenset(res.given_name_titles),
        given_name_only_titles=frozenset(res.given_name_only_titles),
        given=frozenset(given),
        particles=frozenset(res.name_particles),
        name_suffixes=frozenset(s.rstrip(".") for s in res.name_suffixes),
        heads=frozenset(h.rstrip(".") for h in res.org_heads),
        plural_heads=frozenset(res.org_plural_heads),
        company_suffixes=frozenset(s.rstrip(".") for s in res.company_suffixes),
        suffix_firsts=frozenset(s[0] for s in res.company_suffixes),
        company_words=frozenset(res.company_words),
        company_openers=frozenset(res.company_openers),
        and_heads=frozenset((left, right) for left, _, right in (h.split() for h in res.and_heads)),
        deal_roles=frozenset(res.deal_roles),
        deal_role_participles=frozenset(res.deal_role_participles),
        deal_role_after=regex.compile(
            r",?\s+(?:is|was|are|were|will\s+be|would\s+be|acted\s+as|is\s+acting\s+as)\s+"
            rf"(?:the\s+)?(?:(?:lead|sole|joint|co-?lead|senior)\s+)?(?:{roles})(?!\w)",
            regex.IGNORECASE | flags,
        ),
        continents=frozenset(res.continents),
        institutions=frozenset(res.institutions),
        anaphora=dict(res.anaphora),
        ministries=dict(res.ministries),
        ministry_ends=frozenset(key.rsplit(" ", 1)[-1] for key in res.ministries),
        # not a firm's word too (`Energy`: `director of Cambridge Energy Research Associates`)
        portfolios=frozenset(name.rsplit(" ", 1)[-1] for name in res.ministries.values())
        - frozenset(res.not_personal),
        org_names=org_names,
        agency_forms=frozenset(agencies),
    )


# The patterns read at every run or title, with a standard-engine twin (``ascii_rules``)
_TWINNED = (
    "run",
    "title_led",
    "title_only",
    "modifier_use",
    "person_after",
    "complement",
    "and_tail",
    "and_run",
    "apposition",
    "titled_after",
    "suffix_after",
    "age_after",
    "space_word",
    "noun_of",
    "locative",
    "speech_after",
    "area_after",
    "dateline_parts",
    "demonym_before",
    "acronym_word",
    "acronym_paren",
    "and_acronym",
)


@cache
def ascii_rules() -> Rules:
    """``rules()`` for an ASCII text: its patterns tried at every run or title compiled again
    by the standard engine (``patterns.ascii_twin``), where an anchored match costs half as
    much and the scan for runs a fifth less."""
    r = rules()
    twins: dict[str, Any] = {name: ascii_twin(getattr(r, name)) for name in _TWINNED}
    twins["run"] = ascii_twin(r.run_ascii)  # the same runs, found by a faster scan
    return r._replace(**twins)


_LETTERS = re.compile("[a-z]+")


class WordIndex(NamedTuple):
    """Lower-case words (`vice-president`), and each under its first run of letters `a`-`z`
    (`vice`): the key a text's ``Document.words`` holds wherever a token is the word. A word
    ending in a hyphen (`vice-`) is a prefix: it finds every token it starts (`Vice-Minister`)."""

    words: frozenset[str]
    by_run: dict[str, tuple[str, ...]]
    runs: frozenset[str]  # ``by_run``'s keys: a set intersects another set in one C pass


def word_index(words: frozenset[str]) -> WordIndex:
    by_run: dict[str, list[str]] = {}
    for word in sorted(words):
        first = _LETTERS.search(word)
        if first is None:
            raise ValueError(f"{word!r}: a word of a WordIndex needs a letter a-z")
        by_run.setdefault(first.group(), []).append(word)
    return WordIndex(words, {run: tuple(found) for run, found in by_run.items()}, frozenset(by_run))


_TEXT = itemgetter(2)  # Token.text


def token_starts(doc: Document, index: WordIndex) -> list[int]:
    """Where the tokens whose lower case is one of ``index``'s words start, in text order.

    A token that is such a word leaves the word's first run of letters among the text's
    (``doc.words``, already built): only the few words whose run is there are looked for, by
    `str.find` in the lower-cased text and a look-up of the token there, instead of
    lower-casing every token (the participants' titles and the statements' cues read this).
    """
    norm, low, tokens = doc.norm, doc.lower, doc.tokens
    if len(low) != len(norm):  # a character whose lower case is longer (`İ`) moved offsets
        lowered = map(str.lower, map(_TEXT, tokens))
        return [t.start for t in compress(tokens, map(partial(_indexed, index.words), lowered))]
    found = []
    size = len(tokens)
    for run in index.runs & doc.words:
        for word in index.by_run[run]:
            prefix = word.endswith("-")
            at = low.find(word)
            while at >= 0:
                end = at + len(word)
                k = bisect_left(tokens, (at,))
                if k < size and tokens[k].start == at and (tokens[k].end == end or prefix):
                    found.append(at)
                    at = low.find(word, end)
                else:
                    at = low.find(word, at + 1)
    return sorted(set(found))  # a prefix and a whole word may find the same token


def _indexed(words: frozenset[str], token: str) -> bool:
    """Whether ``words`` holds a lower-cased token or the prefix up to its first hyphen."""
    return token in words or ("-" in token and token[: token.index("-") + 1] in words)
