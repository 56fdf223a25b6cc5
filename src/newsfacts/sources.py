"""Stage 5: the source of the story: agency, bylines, end credits and attributions.

Runs after participants, so an attribution whose source phrase holds a participant's
mention (`the press service of the Kazakh MFA`) links to it. Cues, credits and byline
shapes are data (``resources/sources.toml``); agencies are shared with the dateline.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from typing import Literal

import regex

from newsfacts.dateline import agency_name, agency_pattern
from newsfacts.document import Document
from newsfacts.model import Attribution, Source, constructor
from newsfacts.patterns import compile_pattern, folded_alternation
from newsfacts.resources import ResourceModel, load

__all__ = ["extract"]

# validated without the Python-level `__init__`
_new_source, _new_attribution = constructor(Source), constructor(Attribution)

_FLAGS = regex.VERSION1


class _Cue(ResourceModel):
    triggers: list[str]
    pattern: str
    informant: Literal["", "noun", "name"] = ""


class _SourcesResource(ResourceModel):
    head: int
    tail: int
    agency_credit_triggers: list[str]
    credit_triggers: list[str]
    source_stop: str
    openers: list[str]
    subject_trailers: list[str]
    pronouns: list[str]
    determiners: list[str]
    informants: list[str]
    reporter_roles: list[str]
    editor_roles: list[str]
    not_names: list[str]
    fragments: dict[str, str]
    patterns: dict[str, str]
    attributions: dict[str, _Cue]


@dataclass(frozen=True, slots=True)
class _Compiled:
    res: _SourcesResource
    byline: regex.Pattern[str]
    credit: regex.Pattern[str]
    agency_credit: regex.Pattern[str]
    attributions: tuple[tuple[str, _Cue, regex.Pattern[str]], ...]
    stop: regex.Pattern[str]
    credit_triggers: tuple[str, ...]  # `reporting by `: a role's word, a `credit_triggers`
    openers: frozenset[str]
    determiners: frozenset[str]
    subject_trailers: frozenset[str]
    pronouns: frozenset[str]
    informants: frozenset[str]
    editor_roles: frozenset[str]
    not_names: frozenset[str]


@cache
def _compiled() -> _Compiled:
    res = load("sources", _SourcesResource)
    roles = folded_alternation([*res.reporter_roles, *res.editor_roles], boundary=False)
    fragments = {**res.fragments, "agency": agency_pattern(), "role": f"(?i:{roles})"}

    def compile_(pattern: str) -> regex.Pattern[str]:
        return compile_pattern(pattern, fragments, _FLAGS)

    return _Compiled(
        res=res,
        byline=compile_(res.patterns["byline"]),
        credit=compile_(res.patterns["credit"]),
        agency_credit=compile_(res.patterns["agency_credit"]),
        attributions=tuple(
            (name, cue, compile_(cue.pattern)) for name, cue in res.attributions.items()
        ),
        stop=compile_(res.source_stop),
        credit_triggers=tuple(  # a role's last word: the role may hold any spaces
            sorted(
                {
                    role.split()[-1].lower() + t
                    for role in [*res.reporter_roles, *res.editor_roles]
                    for t in res.credit_triggers
                }
            )
        ),
        openers=frozenset(w.casefold() for w in res.openers),
        determiners=frozenset(res.determiners),
        subject_trailers=frozenset(res.subject_trailers),
        pronouns=frozenset(res.pronouns),
        informants=frozenset(res.informants),
        editor_roles=frozenset(r.casefold() for r in res.editor_roles),
        not_names=frozenset(res.not_names),
    )


def extract(doc: Document) -> Source:
    """The agency (dateline, else a credit), bylines, editors and attributions."""
    c = _compiled()
    lowered = doc.lower  # for the triggers that let most texts skip a pattern
    reporters, editors = _credits(doc, c, lowered)
    return _new_source(
        {
            "agency": _agency(doc, c, lowered),
            "attributions": _attributions(doc, c, lowered),
            "byline": reporters,
            "editors": editors,
        }
    )


def _agency(doc: Document, c: _Compiled, lowered: str) -> str | None:
    if doc.dateline is not None and doc.dateline.agency:
        return doc.dateline.agency
    if not any(map(lowered.__contains__, c.res.agency_credit_triggers)):
        return None
    m = c.agency_credit.search(doc.norm)
    return agency_name(m.group("agency")) if m else None


def _credits(doc: Document, c: _Compiled, lowered: str) -> tuple[list[str], list[str]]:
    """Reporters (top byline, `Reporting by`) and editors (`Editing by`), in order."""
    reporters: list[str] = []
    editors: list[str] = []
    text = doc.norm
    top = c.byline.match(text[: c.res.head])
    if top is not None:
        reporters += _names(top, c)
    tail_start = max(0, len(text) - c.res.tail)
    # most texts: no credit in the tail (in ASCII text, where lower case keeps the offsets and
    # only these letters fold to those of the roles); three in four tails hold none of the
    # few `credit_triggers` that every role's trigger ends with: one search each, not one per role
    if text.isascii() and (
        all(lowered.find(t, tail_start) < 0 for t in c.res.credit_triggers)
        or all(lowered.find(t, tail_start) < 0 for t in c.credit_triggers)
    ):
        return reporters, editors
    for m in c.credit.finditer(text, tail_start):
        target = editors if m.group("role").casefold() in c.editor_roles else reporters
        target += [n for n in _names(m, c) if n not in target]
    return reporters, editors


def _names(m: regex.Match[str], c: _Compiled) -> list[str]:
    """The person names of a byline match, title-cased when printed in capitals."""
    names = []
    for name in regex.split(r",\s|,?\s+and\s|\s&\s", m.group("names")):
        words = name.split()
        while words and words[-1] in c.not_names:
            words.pop()
        if len(words) < 2 or any(w in c.not_names for w in words) or agency_name(name):
            continue
        joined = " ".join(words)
        names.append(joined.title() if joined.isupper() else joined)
    return names


def _attributions(doc: Document, c: _Compiled, lowered: str) -> list[Attribution]:
    found: list[Attribution] = []
    taken = _Intervals()
    mentions: _Mentions | None = None  # built for the first attribution found (few texts)
    text = doc.norm
    for name, cue, pattern in c.attributions:
        if not any(map(lowered.__contains__, cue.triggers)):
            continue
        for m in pattern.finditer(text):
            rule = f"sources.{name}"
            sentence = doc.sentence_of(m.start("cue"))
            source = _source(text, m, sentence, c)
            if source is None:
                doc.reject("sources", *m.span("cue"), rule, "no source phrase")
                continue
            if cue.informant and not _names_someone(text[slice(*source)], cue.informant, c):
                doc.reject("sources", *source, rule, "source names no one (`according to plan`)")
                continue
            start = min(m.start("cue"), source[0])
            end = max(m.end("cue"), source[1])
            if not taken.add(start, end):
                doc.reject("sources", start, end, rule, "overlaps an earlier cue")
                continue
            if mentions is None:
                mentions = _Mentions(doc)
            found.append(
                _new_attribution(
                    {
                        "span": doc.span_fields(start, end),
                        "cue": _cue(m.group("cue")),
                        "source": text[source[0] : source[1]],
                        "participant_id": mentions.within(*source),
                        "rule": rule,
                    }
                )
            )
    found.sort(key=lambda a: a.span.start)
    return found


class _Intervals:
    """Non-overlapping half-open intervals, sorted: the first cue to claim text keeps it."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []

    def add(self, start: int, end: int) -> bool:
        """Add ``[start, end)`` unless it overlaps one already taken; say whether it was added."""
        i = bisect_left(self._spans, (start, end))
        if i > 0 and self._spans[i - 1][1] > start:
            return False
        if i < len(self._spans) and self._spans[i][0] < end:
            return False
        self._spans.insert(i, (start, end))
        return True


def _cue(printed: str) -> str:
    """The cue as printed, in lower case at a sentence start (`According to` -> `according to`)."""
    cue = " ".join(printed.split())
    return cue[:1].lower() + cue[1:]


def _source(
    text: str, m: regex.Match[str], sentence: tuple[int, int], c: _Compiled
) -> tuple[int, int] | None:
    """Normalized offsets of the source phrase: after the cue, else the clause subject."""
    groups = m.groupdict()
    if groups.get("source") is not None:
        start, end = m.start("source"), min(m.end("source"), sentence[1])
        stop = c.stop.search(text, start, end)
        if stop is not None:
            end = stop.start()
        while end > start and text[end - 1] in " .":
            end -= 1
        return (start, end) if end - start >= 2 else None
    subject = _subject(text, sentence[0], m.start("cue"), c)
    if groups.get("head") is None:
        return subject
    start = min(subject[0], m.start("head")) if subject else m.start("head")
    stop = c.stop.search(text, m.end("head"), m.start("cue"))
    return start, stop.start() if stop else m.start("cue") - 1


def _names_someone(phrase: str, informant: str, c: _Compiled) -> bool:
    """Whether a source phrase names a source: an informant noun, or else (`name`) a name."""
    for word in regex.findall(r"\w[\w'.\-]*", phrase):
        folded = word.casefold().rstrip(".")
        if folded in c.informants or (
            informant == "name" and word[:1].isupper() and folded not in c.determiners
        ):
            return True
    return False


def _subject(text: str, s_start: int, cue: int, c: _Compiled) -> tuple[int, int] | None:
    """The subject right before a cue (`the ministry` in `On Monday the ministry said`)."""
    clause = max(s_start, *(text.rfind(ch, s_start, cue) + 1 for ch in ',;:"('))
    words = [(w.start(), w.end()) for w in regex.finditer(r"\w[\w.'\-]*", text[clause:cue])]
    words = [(s + clause, e + clause) for s, e in words][-8:]
    while words and text[slice(*words[0])].casefold() in c.openers:
        words.pop(0)
    while words and text[slice(*words[-1])].casefold() in c.subject_trailers:
        words.pop()
    if not words:
        return None
    lowered = [text[slice(*w)].lower() for w in words]
    if lowered[-1] in c.pronouns:
        return words[-1]
    first = next((i for i, w in enumerate(lowered) if w in c.determiners), None)
    if first is None:
        first = next((i for i, w in enumerate(words) if text[w[0]].isupper()), 0)
    return words[first][0], words[-1][1]


class _Mentions:
    """The people's and organizations' mentions in normalized offsets, sorted, for lookups.

    Places are never the source (`diplomatic sources in Riyadh`, `a senior U.S. official`).
    """

    def __init__(self, doc: Document) -> None:
        spans = sorted(
            (*doc.local(mention), p.id)
            for p in doc.participants
            if p.kind != "place"
            for mention in p.mentions
        )
        self._spans = spans
        self._starts = [s for s, _, _ in spans]
        self._longest = max((e - s for s, e, _ in spans), default=0)

    def within(self, start: int, end: int) -> str | None:
        """The participant mentioned in ``[start, end)``: inside it first, then the longest."""
        best: tuple[int, int, str] | None = None
        lo = bisect_left(self._starts, start - self._longest)
        for m_start, m_end, pid in self._spans[lo : bisect_left(self._starts, end)]:
            if start < m_end:
                key = (int(start <= m_start and m_end <= end), m_end - m_start, pid)
                if best is None or key[:2] > best[:2]:
                    best = key
        return best[2] if best else None
