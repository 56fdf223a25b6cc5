"""Stage 1: the dateline (`GENEVA. KAZINFORM -`, `LONDON, Nov 24 (Reuters) -`).

The shapes are data (``resources/dateline.toml``), the agencies too
(``resources/agencies.toml``); this module matches them at the start of the text, then
resolves the place through the gazetteer and the date against ``published``.
A place with neither a date nor an agency credit must be known to the gazetteer (and, in
title case, be large or carry its state), so headlines, sentences and table rows get none.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from functools import cache

import regex
from pydantic import Field

from newsfacts import gazetteer
from newsfacts.document import Document
from newsfacts.model import Dateline, constructor
from newsfacts.patterns import compile_pattern, folded_alternation, group_names
from newsfacts.resources import ResourceModel, load

__all__ = ["agency_name", "agency_pattern", "agency_text_forms", "extract"]

_new_dateline = constructor(Dateline)  # validated without the Python-level `__init__`


class _AgencyEntry(ResourceModel):
    name: str
    forms: list[str]
    feed: bool = False
    text_forms: list[str] = Field(default_factory=list)  # in running text (`told Reuters`)


class _Agencies(ResourceModel):
    agency: list[_AgencyEntry]


class _DatelineResource(ResourceModel):
    window: int
    bare_title_population: int
    months: dict[str, int]
    weekdays: dict[str, int]
    fragments: dict[str, str]
    patterns: dict[str, str]


@dataclass(frozen=True, slots=True)
class _Compiled:
    patterns: tuple[tuple[str, regex.Pattern[str], tuple[str, ...]], ...]  # with group names
    agencies: dict[str, str]  # case-folded form -> canonical name
    window: int
    bare_title_population: int
    months: dict[str, int]
    weekdays: dict[str, int]


def _agencies() -> list[_AgencyEntry]:
    return load("agencies", _Agencies).agency


def agency_pattern(*, feeds_only: bool = False) -> str:
    """A regex of the agencies' printed forms, in any case (`KAZINFORM`, `Kazinform`)."""
    forms = (f for e in _agencies() if e.feed or not feeds_only for f in e.forms)
    return "(?i:" + folded_alternation(forms) + ")"


@cache
def _compiled() -> _Compiled:
    res = load("dateline", _DatelineResource)
    entries = _agencies()
    fragments = dict(res.fragments)
    fragments["agency"] = agency_pattern()
    fragments["feed"] = agency_pattern(feeds_only=True)
    flags = regex.VERSION1
    compiled = ((name, compile_pattern(p, fragments, flags)) for name, p in res.patterns.items())
    patterns = tuple((name, p, group_names(p)) for name, p in compiled)
    agencies = {f.casefold(): e.name for e in entries for f in [*e.forms, e.name]}
    return _Compiled(
        patterns, agencies, res.window, res.bare_title_population, res.months, res.weekdays
    )


def agency_text_forms() -> dict[str, str]:
    """The forms that name an agency in running text (`Xinhua`, `The Associated Press`) ->
    its canonical name: the participants stage knows them as organizations."""
    return {form: a.name for a in _agencies() for form in a.text_forms}


def agency_name(printed: str) -> str | None:
    """The canonical name of an agency as printed (`KAZINFORM` -> `Kazinform`), or None."""
    return _compiled().agencies.get(" ".join(printed.split()).casefold())


def extract(doc: Document) -> Dateline | None:
    """The dateline at the start of the article, or None."""
    c = _compiled()
    head = doc.norm[: c.window]
    for name, pattern, names in c.patterns:
        m = pattern.match(head)
        if m is None:
            continue
        dateline = _build(doc, name, m, names)
        if dateline is not None:
            return dateline
        doc.reject("dateline", m.start("dateline"), m.end("dateline"), name, "unknown place")
    return None


def _build(
    doc: Document, shape: str, m: regex.Match[str], names: tuple[str, ...]
) -> Dateline | None:
    # every group (dozens of them) read by number at once: see `patterns.group_names`
    groups: dict[str, str | None] = dict(zip(names, m.groups(), strict=True))
    spans = dict(zip(names, m.regs[1:], strict=True))
    agency = _agency(groups)
    start, end = spans["dateline"]
    if shape != "wire":  # no place: an agency prefix, perhaps after a full date
        date, date_text = _date(doc, groups, spans)
        return _new_dateline(
            {
                "span": doc.span_fields(start, end),
                "date": date,
                "date_text": date_text,
                "agency": agency,
                "rule": f"dateline.{shape}",
            }
        )
    city_start, city_end = spans["city"]
    regions = [" ".join(r.split()) for r in m.captures("region")]
    date, date_text = _date(doc, groups, spans)
    place, country = _place(doc.norm[city_start:city_end], regions)
    if place is None and groups["caps_byline"]:
        # `By JANE DOE NEW YORK (AP)`: the city is the longest known tail of the words.
        tail = _byline_tail(m, regions)
        if tail is not None:
            start = tail[0] if start == city_start else start
            city_start, place, country = tail
    city = doc.original(city_start, city_end)
    dated = date_text is not None or groups["unreadable"] is not None
    credited = groups["agency"] or groups["other_agency"]
    if not dated and not credited and not _bare_place(doc, city, place, country, regions, end):
        return None
    rule = "dateline." + ("dated" if dated else "place") + ("_credit" if agency else "")
    return _new_dateline(
        {
            "span": doc.span_fields(start, end),
            "location": place.name if place else city,
            "location_text": doc.original(city_start, spans["place"][1]),
            "country": country,
            "date": date,
            "date_text": date_text,
            "agency": agency,
            "rule": rule,
        }
    )


def _agency(groups: dict[str, str | None]) -> str | None:
    """The canonical agency credited in the dateline, else before it, else as printed."""
    for key in ("agency", "prefix_agency"):
        printed = groups.get(key)
        if printed:
            return agency_name(printed) or printed
    other = groups.get("other_agency")
    return " ".join(other.split()) if other else None


def _place(city: str, regions: list[str]) -> tuple[gazetteer.Place | None, str | None]:
    """The city (by the first region that resolves it) and its country."""
    regions = [_with_dot(r) for r in regions]
    for hint in regions:
        found = gazetteer.find_city(city, hint)
        if found is not None:
            return found, found.country
    hinted = next(filter(None, map(_hint_place, regions)), None)
    if hinted is not None:
        return None, hinted.country
    found = gazetteer.find_city(city) or gazetteer.find_country(city)
    return found, found.country if found else None


def _bare_place(
    doc: Document,
    city: str,
    place: gazetteer.Place | None,
    country: str | None,
    regions: list[str],
    end: int,
) -> bool:
    """Whether a place with no date and no credit (`GENEVA -`, `Berlin - `) is a dateline.

    In capitals it must be known to the gazetteer (or its state or country); in title case
    it must also be followed by a capital, and be a large place unless a known state or
    country follows it (`Hempstead, NY -- `), so that `Police - ...` or `Paris - the city -`
    are not.
    """
    located = bool(regions and country)
    if city.isupper():
        return place is not None or located
    following = doc.norm[end : end + 3].lstrip()[:1]
    large = place is not None and place.population >= _compiled().bare_title_population
    return (large or located) and following.isupper()


def _byline_tail(
    m: regex.Match[str], regions: list[str]
) -> tuple[int, gazetteer.Place, str | None] | None:
    """The longest tail of the city words that is a known place, with its start offset."""
    city = m.group("city")
    for word in list(regex.finditer(r"\S+", city))[1:]:
        place, country = _place(city[word.start() :], regions)
        if place is not None:
            return m.start("city") + word.start(), place, country
    return None


def _hint_place(hint: str) -> gazetteer.Place | None:
    return gazetteer.find_region(hint) or gazetteer.find_country(hint)


def _with_dot(region: str) -> str:
    """The region as the gazetteer knows it: `N.C` and `Calif` lost their final dot, and
    `AZ` after a city is a postal code (Arizona, never Azerbaijan)."""
    coded = gazetteer.find_region_code(region)
    if coded is not None:
        return coded.name
    if _hint_place(region) is None and _hint_place(region + ".") is not None:
        return region + "."
    return region


def _date(
    doc: Document, groups: dict[str, str | None], spans: dict[str, tuple[int, int]]
) -> tuple[dt.date | None, str | None]:
    """The dateline date resolved against ``published`` (None without one), and its text."""
    c = _compiled()
    published = doc.published.date() if doc.published else None
    weekday = groups.get("weekday")
    if weekday:
        if published is None:
            return None, weekday
        back = (published.weekday() - c.weekdays[weekday[:3].lower()]) % 7
        return published - dt.timedelta(days=back), weekday
    month_name, day_text, year = groups.get("month"), groups.get("day"), groups.get("year")
    if not month_name or day_text is None:
        return None, None
    (month_start, month_end), (day_start, day_end) = spans["month"], spans["day"]
    text = doc.norm[min(month_start, day_start) : max(month_end, day_end)]
    month = c.months[month_name[:3].lower()]
    day = int(day_text)
    if year:
        return _valid(int(year), month, day), text
    if published is None:
        return None, text
    candidates = [
        d
        for y in (published.year - 1, published.year, published.year + 1)
        if (d := _valid(y, month, day)) is not None
    ]
    if not candidates:
        return None, text
    return min(candidates, key=lambda d: abs((d - published).days)), text


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  # by month number, Feb unleaped


def _valid(year: int, month: int, day: int) -> dt.date | None:
    # the month's length without `calendar.monthrange`, which also works out a weekday
    last = 29 if month == 2 and calendar.isleap(year) else _MONTH_DAYS[month]
    if 1 <= day <= last:
        return dt.date(year, month, day)
    return None
