"""Minting IRIs from content, so the same input always gives the same graph.

Every IRI is built from a slug of what the thing is (a name, a date, an occasion),
never from a counter or a random id; text from readouts is slugged before it is put
into an IRI, so it can never break one.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from rdflib import URIRef

from kg.document import to_simplified
from kg.facts import Span
from kg.occasions import occasion_key

__all__ = ["Minter", "document_slug", "local_name", "meeting_key", "slug"]

_MAX_SLUG = 80
# Words that name the kind of a directive, not which one it is.
_GENERIC_OCCASION = frozenset(
    "recent reply replies letter letters congratulatory message messages instructions instruction speech speeches "
    "series meeting meetings political bureau central committee standing conference session plenary work spirit "
    "remarks new year".split()
)
_CJK = re.compile(r"[\u3400-\u9fff]")
# The Chinese words that name a directive's kind or time, not which one it is ("近期重要回信").
_GENERIC_CHINESE = re.compile(r"近期|近日|最近|重要|系列|讲话|指示|批示|回信|贺信|贺辞|精神|[在上时的和及、]")


@lru_cache(maxsize=1 << 14)  # topic keys, names and titles recur in every readout
def slug(text: str, limit: int = _MAX_SLUG) -> str:
    """A lowercase ASCII slug: "Chen Min'er" -> "chen-miner", "Alxa Left Banner" -> "alxa-left-banner".

    Chinese characters become their pinyin plus a short hash of the characters, so two
    names that share a romanisation (and traditional and simplified spellings) stay apart.

    >>> slug("Yuan Jiajun"), slug("Chen Min’er"), slug("<script>"), slug("袁家军")
    ('yuan-jiajun', 'chen-miner', 'script', 'yuan-jia-jun-c43313')
    """
    if _CJK.search(text):
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:6]
        from pypinyin import lazy_pinyin  # its dictionaries take 0.4 s to load; most slugs never need them

        return f"{slug(' '.join(lazy_pinyin(text)), limit - 7)}-{digest}"
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    ascii_text = re.sub(r"['’]", "", ascii_text.lower())
    words = re.findall(r"[a-z0-9]+", ascii_text)
    out = "-".join(words)[:limit].rstrip("-")
    return out or "unnamed"


@lru_cache(maxsize=4096)  # every span, agenda item and task of a readout asks for its stem's slug
def document_slug(document_id: str) -> str:
    """A readout's file stem as an IRI segment that no other stem can share.

    A stem that is already a slug stays as it is; any other ("Report 1", a 200-character
    name, "报告") gets a short hash of the whole stem, so "Report 1" and "report-1", or
    two long names that share their first 80 characters, never become one node.

    >>> document_slug("chongqing-2023-02-24"), document_slug("Report 1") != document_slug("report-1")
    ('chongqing-2023-02-24', True)
    """
    plain = slug(document_id)
    if plain == document_id:
        return plain
    digest = hashlib.sha256(document_id.encode("utf-8")).hexdigest()[:8]
    return f"{slug(document_id, _MAX_SLUG - 9)}-{digest}"


def local_name(iri: str) -> str:
    """The last path segment of an IRI ("…/topic/audit-work" -> "audit-work")."""
    return str(iri).rstrip("/").rsplit("/", 1)[-1]


def meeting_key(meeting: str) -> str:
    """A meeting's committee and day, which together name it ("chongqing-municipal-2023-02-24-morning")."""
    return "-".join(str(meeting).rstrip("/").rsplit("/", 2)[-2:])


class Minter:
    """Makes the IRIs of one graph under a base IRI (``id:`` by default)."""

    def __init__(self, base: str) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def _iri(self, *parts: str) -> URIRef:
        return URIRef(self.base + "/".join(parts))

    def document(self, document_id: str) -> URIRef:
        return self._iri("document", document_slug(document_id))

    def span(self, document_id: str, span: Span) -> URIRef:
        return self._iri("span", document_slug(document_id), f"{span.start}-{span.end}")

    def person(self, name: str) -> URIRef:
        return self._iri("person", slug(name))

    def post(self, committee: URIRef, title: str) -> URIRef:
        return self._iri("post", local_name(committee), slug(title))

    def membership(self, post: URIRef, person: URIRef) -> URIRef:
        """One person's holding of one post: the post's path, then the person's slug."""
        return self._iri("membership", *str(post).removeprefix(self.base + "post/").split("/"), local_name(person))

    def committee(self, level: str | None, region: str | None, document_id: str) -> URIRef:
        level_slug = level or "unknown-level"
        if region:
            place = slug(region).removesuffix(f"-{level_slug}")
            return self._iri("committee", f"{place}-{level_slug}")
        return self._iri("committee", f"unidentified-{level_slug}-{document_slug(document_id)}")

    def region(self, name: str, code: str | None = None) -> URIRef:
        """A place by its name; below the provinces also by its division code, since names repeat
        (Jilin city in Jilin province, the Hainan prefecture of Qinghai and Hainan province)."""
        if code is not None and not code.endswith("0000"):
            return self._iri("region", f"{slug(name)}-{code}")
        return self._iri("region", slug(name))

    def meeting(self, committee: URIRef, date: str | None, part_of_day: str | None, document_id: str) -> URIRef:
        committee_slug = local_name(committee)
        day = date or f"undated-{document_slug(document_id)}"
        return self._iri("meeting", committee_slug, day + (f"-{part_of_day}" if part_of_day else ""))

    def directive(self, issuer: str | None, kind: str, occasion: str, window: str | None = None) -> URIRef:
        """A directive by its issuer, kind and occasion words; ``window`` tells apart generic ones.

        An occasion of generic words only ("recent important reply and congratulatory
        letter") names a different letter every month, so its key carries the window.
        """
        if _CJK.search(occasion):
            # Chinese occasions by their characters: "致2025世界智能产业博览会" and "致2025年中国国际
            # 服务贸易交易会" share no more than a year, which is all their ASCII words would keep.
            plain = to_simplified(occasion)
            key, generic = slug(plain), len(_GENERIC_CHINESE.sub("", plain)) < 2
        else:
            words = sorted(occasion_key(occasion))
            key, generic = (slug("-".join(words)) if words else slug(occasion)), not set(words) - _GENERIC_OCCASION
        if window is not None and generic:
            key = f"{key}-{slug(window)}"
        return self._iri("directive", slug(issuer or "unattributed"), kind, key)

    def event_directive(self, issuer: str, kind: str, event_key: str) -> URIRef:
        """A directive that is, or was given at, an event of the calendar: the event's key names it."""
        return self._iri("directive", slug(issuer), kind, event_key)

    def event(self, event_key: str) -> URIRef:
        return self._iri("event", event_key)

    def agenda_item(self, document_id: str, span: Span) -> URIRef:
        return self._iri("agenda-item", document_slug(document_id), f"{span.start}-{span.end}")

    def task(self, document_id: str, span: Span) -> URIRef:
        return self._iri("task", document_slug(document_id), f"{span.start}-{span.end}")

    def organization(self, name: str) -> URIRef:
        return self._iri("organization", slug(name))

    def topic(self, key: str) -> URIRef:
        return self._iri("topic", slug(key))

    def policy_document(self, title: str) -> URIRef:
        return self._iri("policy-document", slug(title))

    def outlet(self, name: str) -> URIRef:
        return self._iri("outlet", slug(name))

    def analytics_run(self) -> URIRef:
        """The one node that records how this graph's network figures were computed."""
        return self._iri("analytics")

    def co_occurrence(self, a: str, b: str) -> URIRef:
        """The node carrying the weight of a topic pair, named by the two topic keys."""
        return self._iri("co-occurrence", f"{slug(a)}--{slug(b)}")
