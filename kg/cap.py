"""Open topics placed under a Comparative Agendas Project major topic where their words allow.

The curated scheme already maps each of its topics to a CAP major topic. An open topic
takes the major topic its content words point to through the scheme's labels, when
those words point to one major topic only: "rural tourism project" shares "rural" and
"tourism" with scheme topics under Agriculture and Domestic Commerce, so it is left open;
"township fiscal reform" meets only Macroeconomics words and goes there.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from rdflib import Graph, URIRef
from rdflib.namespace import SKOS

from kg.namespace import KG
from kg.rdfnodes import iris

__all__ = ["CapIndex"]

# Words too common across the scheme to say anything about a policy area.
_GENERIC = frozenset(
    "the of and in on for to a an with work works development construction building reform system high quality "
    "new modern comprehensive overall key major important level good solid".split()
)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 2 and w not in _GENERIC}


class CapIndex:
    """Content word -> the CAP major topics of the scheme topics whose labels use it."""

    def __init__(self, scheme: Graph) -> None:
        self._by_word: dict[str, set[URIRef]] = defaultdict(set)
        for topic in iris(scheme.subjects(SKOS.inScheme, KG.Topics)):
            major = scheme.value(topic, SKOS.broadMatch)
            if not isinstance(major, URIRef):
                continue
            for label in (*scheme.objects(topic, SKOS.prefLabel), *scheme.objects(topic, SKOS.altLabel)):
                for word in _words(str(label)):
                    self._by_word[word].add(major)

    def major_topic(self, label: str) -> URIRef | None:
        """The one CAP major topic the label's words point to, or None when they point to none or several."""
        votes: Counter[URIRef] = Counter()
        for word in _words(label):
            majors = self._by_word.get(word, set())
            if len(majors) == 1:
                votes.update(majors)
        if not votes:
            return None
        ranked = votes.most_common(2)
        return ranked[0][0] if len(ranked) == 1 or ranked[0][1] > ranked[1][1] else None
