"""The text layer shared by every stage: normalization with an offset map, sentences, tokens.

Stages match their patterns on the normalized text (straight quotes, ASCII dashes and
spaces, ``\\n`` line ends) and turn offsets back into spans of the original text with
:meth:`Normalized.to_original`, so ``text[span.start:span.end] == span.text`` always holds.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import accumulate, pairwise, repeat
from typing import NamedTuple

import regex

from newsfacts.resources import ResourceModel, load

__all__ = [
    "Normalized",
    "Token",
    "digit_runs",
    "letter_runs",
    "normalize",
    "occurrences",
    "rstrip_end",
    "sentences",
    "tokens",
]


class _Sentences(ResourceModel):
    abbreviations: frozenset[str]
    sentence_final: frozenset[str]
    starters: frozenset[str]


class _Unwrap(ResourceModel):
    min_line: int
    max_line: int
    share: float
    min_lines: int


class _TextResource(ResourceModel):
    normalize: dict[str, str]
    unwrap: _Unwrap
    sentences: _Sentences


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalized text and, for each of its characters, the offset in the original."""

    text: str
    original: str
    offsets: tuple[int, ...] | None  # None: the normalization kept every offset
    unwrapped: bool = False  # hard-wrapped: line ends inside paragraphs became spaces

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalized text to the original text."""
        if self.offsets is None:
            return start, end
        n = len(self.offsets)
        o_start = self.offsets[start] if start < n else len(self.original)
        o_end = self.offsets[end - 1] + 1 if end > start else o_start
        return o_start, max(o_start, o_end)

    def to_normalized(self, offset: int) -> int:
        """The normalized offset of an original offset (first character at or after it)."""
        if self.offsets is None:
            return offset
        return bisect_right(self.offsets, offset - 1)


@cache
def _resource() -> _TextResource:
    return load("text", _TextResource)


@cache
def _char_pattern() -> regex.Pattern[str]:
    chars = "".join(regex.escape(c) for c in _resource().normalize)
    # CR LF and lone CR become LF; C0 controls other than \n become spaces; NUL too.
    return regex.compile(rf"\r\n?|[{chars}]|[\x00-\x08\x0e-\x1f\x7f]|\p{{Cs}}")


@cache
def _any_change() -> re.Pattern[str]:
    """The first character of every `_char_pattern` match, as one class of the standard `re`
    module: it tells a text that needs no change (most of them) eight times faster."""
    chars = "".join(re.escape(c) for c in _resource().normalize)
    return re.compile(rf"[\r{chars}\x00-\x08\x0e-\x1f\x7f\ud800-\udfff]")


def _unwrapped(text: str) -> str:
    """``text`` with its wrap line ends as spaces when it is hard-wrapped (Reuters' 65-column
    lines, where `Texas\\nCommerce Bank` is one name); other texts, whose line ends part a
    headline from its story or one paragraph from the next, are returned as they are. A wrap
    is a line end after a non-space (trailing spaces allowed) before a line that is neither
    blank nor indented; only the ends of lines of a wrapped line's length are joined, so a
    short headline stays apart. Lines by `str.split`, not a regex scan: four times cheaper."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    rule = _resource().unwrap
    wraps = fitting = 0
    joins: list[bool] = []
    for line, after in pairwise(lines):
        last = line.rstrip(" ")[-1:]
        if not last or last.isspace() or not after or after[0].isspace():
            joins.append(False)
            continue
        fits = rule.min_line <= len(line) <= rule.max_line
        wraps += 1
        fitting += fits
        joins.append(fits)
    if wraps < rule.min_lines or fitting < rule.share * wraps:
        return text
    pieces = [lines[0]]
    for join, line in zip(joins, lines[1:], strict=True):
        pieces += (" " if join else "\n", line)
    return "".join(pieces)


def normalize(text: str) -> Normalized:
    """Normalize characters, keeping a map to the original offsets.

    Only ``\\r\\n`` changes length (it becomes ``\\n``); everything else is one-for-one, so
    most texts get an identity map. A hard-wrapped text's line ends inside a paragraph become
    spaces (:func:`_unwrapped`).
    """
    chars, offsets = _normalized_chars(text)
    norm = _unwrapped(chars)
    return Normalized(norm, text, offsets, unwrapped=norm is not chars)


def _normalized_chars(text: str) -> tuple[str, tuple[int, ...] | None]:
    """The text with its characters normalized, and the offset map (None: one-for-one)."""
    if _any_change().search(text) is None:
        return text, None
    table = _resource().normalize
    pieces: list[str] = []
    offsets: list[int] | None = None
    last = 0
    for m in _char_pattern().finditer(text):
        s = m.group()
        if s.startswith("\r"):
            repl = "\n"
        elif s in table:
            repl = table[s]
        else:
            repl = " "  # control characters and lone surrogates
        if len(repl) != len(s) and offsets is None:
            offsets = list(range(last))
        if offsets is not None:
            offsets.extend(range(last, m.start()))
            # each replacement character points at the start of what it replaced
            offsets.extend([m.start()] * len(repl))
        pieces.append(text[last : m.start()])
        pieces.append(repl)
        last = m.end()
    if last == 0 and not pieces:
        return text, None
    pieces.append(text[last:])
    if offsets is not None:
        offsets.extend(range(last, len(text)))
    return "".join(pieces), tuple(offsets) if offsets is not None else None


class Token(NamedTuple):
    """A word, number or punctuation mark with its half-open offsets (a tuple: cheap to make)."""

    start: int
    end: int
    text: str


# a word (`U.S.` keeps its last period, `Corp.` does not: the look-behind is tried only at a
# period), or any other non-space character. Possessive repeats: the greedy path always
# succeeds (its last part is optional), so the engine need not keep states to go back to
# (a split 13% cheaper)
_TOKEN_PATTERN = r"\w++(?:[-'.,/]\w++)*+(?:\.(?<=\w\.\w\.))?|\S"
_TOKEN = regex.compile(_TOKEN_PATTERN, regex.VERSION1)
# On ASCII text the standard engine's `\w` and `\s` are those of `regex` but for the
# separators \x1c-\x1f (spaces to it, tokens to `regex`); splitting a whole text by it yields
# the tokens and the spaces between them as strings, without the match objects (which the
# standard engine makes for the garbage collector to track: a cost that grows with the heap)
_ASCII_TOKEN = re.compile(rf"({_TOKEN_PATTERN}|[\x1c-\x1f])")
_MATCH_START, _MATCH_END, _MATCH_TEXT = regex.Match.start, regex.Match.end, regex.Match.group


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``.

    Built by C-level ``map``/``zip`` passes, with ``tuple.__new__`` skipping
    ``Token.__new__``: a Python step per token cost a fifth more.
    """
    fields: Iterator[tuple[int, int, str]]
    if start == 0 and end is None and text.isascii():
        parts = _ASCII_TOKEN.split(text)  # space, token, space, token, ..., space
        part_ends = list(accumulate(map(len, parts)))
        # token i is part 2i + 1: it starts where the space before it ends
        fields = zip(part_ends[0:-1:2], part_ends[1::2], parts[1::2], strict=True)
    else:
        found = list(_TOKEN.finditer(text, start, len(text) if end is None else end))
        starts, ends = map(_MATCH_START, found), map(_MATCH_END, found)
        fields = zip(starts, ends, map(_MATCH_TEXT, found), strict=True)
    return list(map(tuple.__new__, repeat(Token), fields))


# every byte but `a`-`z` to a space (`bytes.translate`: a table lookup per byte in C, a
# tenth cheaper than `str.translate`)
_NOT_AZ = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
_AZ = re.compile("[a-z]+")
_DIGITS = regex.compile(r"\d+")


def letter_runs(low: str) -> frozenset[str]:
    """The distinct runs of ASCII letters `a`-`z` of a lower-case text: which of a stage's
    trigger words may occur in it is then one set intersection, and only those are looked
    for (`str.translate` and `split` in C: far cheaper than a regex scan)."""
    if low.isascii():
        return frozenset(low.encode("ascii").translate(_NOT_AZ).decode("ascii").split())
    return frozenset(_AZ.findall(low))


def occurrences(
    text: str, low: str, words: Iterable[str], inner: Callable[[str], object]
) -> Iterator[tuple[int, int, str]]:
    """Where each of ``words`` (lower case) occurs in ``low`` (``text`` lower-cased, with the
    same offsets) as a whole word: the characters of ``text`` either side of it (or "", past
    its ends) are none for which ``inner`` holds. A substring search per word (`str.find` in
    C): for the few words a text's ``letter_runs`` hold, far cheaper than a scan for all."""
    for word in words:
        i = low.find(word)
        while i >= 0:
            j = i + len(word)
            if not (i and inner(text[i - 1])) and not inner(text[j : j + 1]):
                yield i, j, word
            i = low.find(word, j)


def digit_runs(text: str) -> list[tuple[int, int]]:
    """The spans of the runs of digits (``\\d``: of any script), in text order: where
    numbers, years and dates can be."""
    return [m.span() for m in _DIGITS.finditer(text)]


@cache
def _boundary() -> regex.Pattern[str]:
    return regex.compile(
        r"""
        (?P<gap>\n[ \t]*\n\s*)                             # blank line: paragraph break
        | [.!?]["')\]]*(?P<gap>\s+)(?=["'(\[]*[\p{Lu}\d])   # end punctuation, then a capital
        | [.!?]["')\]]*(?P<gap>\n\s*)                       # end punctuation at a line end
        """,
        regex.VERSION1 | regex.VERBOSE,
    )


# reverse patterns (`(?r)`): anchored at the end, they are tried from there, not from the start
_WORD_BEFORE = regex.compile(r"(?r)([\w.]+)\.[\"')\]]*\s*$", regex.VERSION1)
_INITIAL = regex.compile(r"(?r)(?:^|\s)\p{Lu}\.(?:\p{Lu}\.)*[\"')\]]*\s*$", regex.VERSION1)
_NEXT_WORD = regex.compile(r"[\"'(\[]*(\w+)", regex.VERSION1)


def _is_break(text: str, pos: int, nxt: int) -> bool:
    """Decide whether a candidate boundary after ``text[:pos]`` is a real sentence end."""
    if "\n\n" in text[pos:nxt].replace(" ", "").replace("\t", ""):
        return True
    if pos < 80 and not any(c.islower() for c in text[:pos]):
        return False  # an all-caps dateline (`GENEVA. KAZINFORM -`) belongs to the first sentence
    head = text[max(0, pos - 40) : pos]
    res = _resource().sentences
    m = _WORD_BEFORE.search(head)
    if m is None:
        return True
    word = m.group(1)
    if word in res.sentence_final:
        follower = _NEXT_WORD.match(text, nxt, nxt + 80)  # bounded: `regex` scans to endpos
        return (follower.group(1) if follower else "") in res.starters
    if word in res.abbreviations:
        return False
    # an initial (`John F. Kennedy`, `J. P. Morgan`) does not end a sentence
    return not (len(word.rstrip(".")) == 1 and _INITIAL.search(head))


def sentences(text: str) -> list[tuple[int, int]]:
    """Half-open sentence spans of ``text``, surviving news abbreviations.

    Paragraph breaks always end a sentence; ``.``, ``!`` or ``?`` end one when the next
    sentence starts with a capital or a digit and the period is not an abbreviation
    (``Feb.``, ``Mr.``, ``Gov.``, initials, ``No. 1``), and ``U.S.`` ends one only when a
    typical sentence start follows it.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _boundary().finditer(text):
        gap = m.start("gap")  # the punctuation before it stays in the sentence
        if gap <= start or not _is_break(text, gap, m.end()):
            continue
        if text[start:gap].strip():
            spans.append(_trim(text, start, gap))
        start = m.end()
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


def rstrip_end(text: str, end: int) -> int:
    """``len(text[:end].rstrip())`` without copying the text before ``end`` (a copy per call
    made work grow with the position in long texts)."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
