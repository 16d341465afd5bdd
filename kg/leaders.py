"""Known holders of the top posts of the four municipalities, read from ``ontology/leaders.tsv``.

A Beijing, Tianjin, Shanghai or Chongqing readout often calls its committee just 市委 ("the
Municipal Party Committee") and names the city nowhere, because its readers know. The
secretary or mayor it names says which city it is, given the year: the table holds who held
each post when, so a name is read as a place only in the years its holder was there.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from kg.gazetteer import Gazetteer, Place
from kg.reference import ontology_dir

__all__ = ["KnownPost", "load_leaders", "municipality_led_by", "municipality_place"]


@dataclass(frozen=True, slots=True)
class KnownPost:
    """One person in one post of one municipality, over a span of years."""

    region: str
    """The municipality's short Chinese name (北京, 天津, 上海, 重庆)."""
    role: str
    """secretary or mayor."""
    zh: str
    en: str
    first: int
    last: int | None
    """None while the person is still in the post."""

    def held_in(self, year: int) -> bool:
        return self.first <= year and (self.last is None or year <= self.last)


@lru_cache(maxsize=1)
def load_leaders() -> tuple[KnownPost, ...]:
    """Every row of ``ontology/leaders.tsv`` (read once per process)."""
    path = ontology_dir() / "leaders.tsv"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return tuple(
        KnownPost(row["region"], row["role"], row["zh"], row["en"], int(row["from"]), int(row["until"] or 0) or None)
        for row in csv.DictReader(lines, delimiter="\t")
    )


def _plain(name: str) -> str:
    return re.sub(r"[\s'’\-]", "", name).lower()


def municipality_led_by(names: list[str], year: int | None) -> str | None:
    """The municipality whose secretary or mayor in ``year`` is among ``names``, when exactly one is.

    Names compare without case, spaces or apostrophes, in characters or pinyin. Without a
    year nothing is placed: the same name may have led two cities in turn (陈敏尔: 重庆, then 天津).
    """
    if year is None:
        return None
    wanted = {_plain(n) for n in names}
    regions = {
        post.region
        for post in load_leaders()
        if post.held_in(year) and (_plain(post.zh) in wanted or _plain(post.en) in wanted)
    }
    return regions.pop() if len(regions) == 1 else None


def municipality_place(region: str, gazetteer: Gazetteer) -> Place | None:
    """The gazetteer's municipality of a short name from the table (天津 -> 天津市)."""
    return next((p for p in gazetteer.named(region) if p.kind == "municipality"), None)
