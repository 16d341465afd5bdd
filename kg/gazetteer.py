"""China's provinces, prefectures and counties, read from ``ontology/places.tsv``.

Readouts name their committee's place in pinyin ("Heshan District") or in characters
(鹤山区); the gazetteer says which places exist, of what kind, and inside which
province and prefecture, so that a level and a region found in the text can be checked
against each other and a county can be placed in its province.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from kg.reference import ontology_dir

__all__ = ["KINDS_OF_LEVEL", "Gazetteer", "Place", "load_gazetteer"]

KINDS_OF_LEVEL: dict[str, frozenset[str]] = {
    "provincial": frozenset({"province"}),
    "municipal": frozenset({"municipality", "city", "county-city"}),
    "prefecture": frozenset({"city", "prefecture"}),
    "county": frozenset({"county", "county-city"}),
    "district": frozenset({"district"}),
}
"""The kinds of place a committee of each level can belong to.

English readouts call prefecture-level cities "municipal", and county-level cities
sometimes do too; Chinese ones say 市委 for all of them.
"""


@dataclass(frozen=True, slots=True)
class Place:
    """One administrative division."""

    code: str
    """The six-digit division code (GB/T 2260)."""
    parent: str
    kind: str
    """province, municipality, city, prefecture, county-city, county or district."""
    zh: str
    zh_short: str
    en: str


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Places by code and by name (pinyin, lowercased; characters, full and short)."""

    places: dict[str, Place]
    by_en: dict[str, tuple[str, ...]]
    by_zh: dict[str, tuple[str, ...]]

    def named(self, name: str, level: str | None = None) -> list[Place]:
        """Places called ``name`` (pinyin or characters), of a kind that fits ``level`` when given."""
        codes = self.by_en.get(name.lower(), ()) or self.by_zh.get(name, ())
        found = [self.places[c] for c in codes]
        if level is not None:
            found = [p for p in found if p.kind in KINDS_OF_LEVEL[level]]
        return found

    def province(self, place: Place) -> Place:
        """The province (or municipality) a place lies in."""
        return self.places.get(place.code[:2] + "0000", place)

    def ancestors(self, place: Place) -> list[Place]:
        """The enclosing places, nearest first."""
        chain = []
        while place.parent and place.parent in self.places:
            place = self.places[place.parent]
            chain.append(place)
        return chain


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Read ``places.tsv`` once per process."""
    places: dict[str, Place] = {}
    by_en: dict[str, list[str]] = defaultdict(list)
    by_zh: dict[str, list[str]] = defaultdict(list)
    with (ontology_dir() / "places.tsv").open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        for row in rows:
            place = Place(row["code"], row["parent"], row["kind"], row["zh"], row["zh_short"], row["en"])
            places[place.code] = place
            by_en[place.en.lower()].append(place.code)
            by_zh[place.zh].append(place.code)
            if place.zh_short != place.zh:
                by_zh[place.zh_short].append(place.code)
    return Gazetteer(
        places,
        {k: tuple(v) for k, v in by_en.items()},
        {k: tuple(dict.fromkeys(v)) for k, v in by_zh.items()},
    )
