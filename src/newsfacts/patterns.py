"""Regular expressions built from named fragments (the Recognizers-Text way).

A fragment may refer to another as ``{name}`` (a name starts with a letter, so
regex quantifiers such as ``{2,4}`` are left alone). References are expanded
recursively into non-capturing groups; unknown names, cycles and patterns that
match the empty string raise :class:`~newsfacts.errors.ResourceError` at load.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Mapping

import regex

from newsfacts.errors import ResourceError

__all__ = [
    "REACH",
    "alternation",
    "ascii_or_self",
    "ascii_twin",
    "compile_pattern",
    "expand",
    "folded_alternation",
    "group_names",
    "tree_alternation",
]

# How far an anchored match may reach, in characters. Pass ``pos + REACH`` as ``endpos`` to
# ``pattern.match(text, pos, ...)``: the `regex` module scans from ``pos`` to ``endpos`` for a
# pattern's required literal before trying it, so an unbounded anchored match costs time in
# proportion to the rest of the text, and a long text becomes quadratic.
REACH = 400

_REF = regex.compile(r"\{([A-Za-z_]\w*)\}")


def expand(pattern: str, fragments: Mapping[str, str], _seen: tuple[str, ...] = ()) -> str:
    """Replace every ``{name}`` in ``pattern`` by ``(?:fragment)``, recursively."""

    def sub(match: regex.Match[str]) -> str:
        name = match.group(1)
        if name not in fragments:
            raise ResourceError(f"unknown fragment {{{name}}} in pattern {pattern!r}")
        if name in _seen:
            raise ResourceError(f"fragment cycle: {' -> '.join((*_seen, name))}")
        return "(?:" + expand(fragments[name], fragments, (*_seen, name)) + ")"

    return str(_REF.sub(sub, pattern))


def compile_pattern(
    pattern: str,
    fragments: Mapping[str, str] | None = None,
    flags: int = regex.VERSION1 | regex.IGNORECASE,
    *,
    allow_empty: bool = False,
) -> regex.Pattern[str]:
    """Expand fragments and compile; refuse a pattern that matches the empty string."""
    # `(?-f)`: simple case folding. Version 1's default full case folding lets one character
    # of a class match two of the text (`[\w]` takes `ss` as `ß`), so `[\w.]+` splits a run of
    # `s` or `f` in exponentially many ways before failing (40 `s` took minutes).
    source = "(?-f)" + expand(pattern, fragments or {})
    try:
        compiled = regex.compile(source, flags)
    except regex.error as exc:
        raise ResourceError(f"bad pattern {pattern!r}: {exc}") from exc
    if not allow_empty and compiled.fullmatch("") is not None:
        raise ResourceError(f"pattern matches the empty string: {pattern!r}")
    return compiled


def alternation(words: Iterable[str], *, boundary: bool = True) -> str:
    """A regex alternation of literal phrases, longest first, spaces matching any whitespace."""
    parts = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    body = "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in parts)
    # A lookahead on the possible first characters: `regex` otherwise tries every
    # alternative at every position (180 us per 120 characters of quotes for 90 cues).
    firsts = "".join(sorted({regex.escape(w[0]) for w in parts}))
    head = f"(?=[{firsts}])" if parts else ""
    return rf"(?<!\w){head}(?:{body})(?!\w)" if boundary else f"{head}(?:{body})"


_Tree = dict[str, "_Tree"]  # a prefix tree of phrases: character -> subtree; "" ends one


def tree_alternation(
    words: Iterable[str], *, boundary: bool = True, fold: bool = False, gate: int = 1
) -> str:
    """:func:`alternation` as a prefix tree (`sa(?:id|ys?)`): `regex` tries a flat
    alternation's branches one by one, reading `ch` again for `chief executive`, `chief`,
    `chairman` ...; the tree reads each prefix once (2-4x cheaper for a hundred phrases).

    The phrases that match at one position are prefixes of one another, and the tree, like
    the longest-first list, tries the longest first, so it matches what :func:`alternation`
    matches (case-insensitively when ``fold``: the phrases are lower-cased, for
    ``IGNORECASE`` patterns). An optional tail is written `(?:tail|)`: the same match as
    `(?:tail)?`, but a branch costs the engine nothing where a repeat costs its reset. A
    first-character lookahead opens it when the tree has at least ``gate`` first characters
    (most attempts fail there). Not for reverse (``(?r)``) patterns, which try branches from
    the end.
    """
    tree: _Tree = {}
    for word in {w for w in words if w}:
        node = tree
        for ch in word:
            low = ch.lower() if fold else ch
            node = node.setdefault(low if len(low) == 1 else ch, {})
        node[""] = {}

    def branch(node: _Tree) -> str:
        alts = [
            (r"\s+" if ch == " " else regex.escape(ch)) + branch(node[ch])
            for ch in sorted(node)
            if ch
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body}|)" if "" in node else body

    body = f"(?:{branch(tree)})"
    if tree and len(tree) >= gate:
        firsts = "".join(r"\s" if ch == " " else regex.escape(ch) for ch in sorted(tree))
        body = f"(?=[{firsts}]){body}"
    return rf"(?<!\w){body}(?!\w)" if boundary else body


def folded_alternation(words: Iterable[str], *, boundary: bool = True) -> str:
    """:func:`tree_alternation` of the lower-cased phrases, for ``IGNORECASE`` patterns."""
    return tree_alternation(words, boundary=boundary, fold=True)


def group_names(pattern: regex.Pattern[str]) -> tuple[str, ...]:
    """The pattern's group names by group number (from 1; "" for an unnamed group).

    `regex` looks a group name up on every ``m.group(name)``/``m.start(name)`` (0.2 us each,
    3 us for ``groupdict()`` of 14 groups); ``dict(zip(names, m.groups()))`` and
    ``dict(zip(names, m.regs[1:]))`` read them all for a tenth of that."""
    names = [""] * pattern.groups
    for name, number in pattern.groupindex.items():
        names[number - 1] = name
    return tuple(names)


# Unicode classes the standard engine lacks, as the ASCII ranges they match in an ASCII text
_ASCII_RANGES = {
    "[:upper:]": "A-Z",
    "[:lower:]": "a-z",
    r"\pL": "A-Za-z",
    r"\pM": "",
    r"\p{Lu}": "A-Z",
    r"\p{Ll}": "a-z",
}
_NOT_ASCII = r"^\x00-\x7f"  # a set of no ASCII character: marks (`\pM`) alone
# a source read piece by piece: a property, a POSIX class, an escape, any other character
_PIECE = regex.compile(r"\\[pP](?:\{\w+\}|\w)|\[:\^?\w+:\]|\\.|.", regex.DOTALL)


def ascii_twin(pattern: regex.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` compiled again by the standard engine, for ASCII texts only: there a short
    anchored match costs about half as much (more inside a pipeline, where the `regex`
    engine's larger state is cold) and a scan for capitalized runs a fifth less. Its Unicode
    classes are spelled as ASCII ranges (inside a set or as one); in an ASCII text
    ``re.ASCII``'s ``\\w``, ``\\s`` and case folding are those of `regex` (with ``(?-f)``).
    A class or set operation the standard engine would read otherwise is refused."""
    out: list[str] = []
    in_set = False
    for piece in _PIECE.findall(pattern.pattern.removeprefix("(?-f)")):
        if piece in _ASCII_RANGES:
            ranges = _ASCII_RANGES[piece]
            out.append(ranges if in_set else f"[{ranges or _NOT_ASCII}]")
            continue
        if piece.startswith(("\\p", "\\P", "[:")) or (in_set and piece == "["):
            raise ResourceError(f"no ASCII twin for {piece!r} in {pattern.pattern!r}")
        if in_set and out and piece in "-&|~" and out[-1] == piece:  # a `regex` set operation
            raise ResourceError(f"no ASCII twin for {piece * 2!r} in {pattern.pattern!r}")
        if piece == "[" or (piece == "]" and in_set):
            in_set = piece == "["
        out.append(piece)
    flags = re.ASCII | (re.IGNORECASE if pattern.flags & regex.IGNORECASE else 0)
    return re.compile("".join(out), flags)


def ascii_or_self(pattern: regex.Pattern[str]) -> regex.Pattern[str] | re.Pattern[str]:
    """The pattern to use on ASCII texts: its twin (:func:`ascii_twin`) where the standard
    engine reads it alike, else the pattern itself (a look-behind of variable length, a group
    name given twice, a class it cannot spell or would read otherwise)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # `re` warns where it reads a `[` differently
            twin = ascii_twin(pattern)
    except (re.error, ResourceError, FutureWarning):
        return pattern
    return twin if twin.groupindex == pattern.groupindex else pattern
