"""Posts reduced to the role they are, whatever the readout's wording.

"Municipal Party Secretary", "Secretary of the Municipal Party Committee" and "secretary
of the CPC Yiyang Municipal Committee" are one post, party secretary; so one committee
has one ``org:Post`` per role, and "who led this committee when" is one query.
"""

from __future__ import annotations

import re

__all__ = ["ROLES", "role_of"]

ROLES = {
    "party-secretary": "PartySecretary",
    "deputy-party-secretary": "DeputyPartySecretary",
    "head-of-government": "HeadOfGovernment",
    "discipline-secretary": "DisciplineSecretary",
    "standing-committee-member": "StandingCommitteeMember",
}
"""Role key (used in IRIs) -> the ontology individual naming it."""

_NOT_A_ROLE = re.compile(
    r"\b(?:vice|deputy|executive\s+vice|assistant)\s+(?:governor|mayor|magistrate)|secretary-general|副(?:省|市|县|区|州)长"
)
# Tried in order: a title naming several posts is read by its highest one.
_RULES = (
    ("deputy-party-secretary", re.compile(r"\bdeputy\s+(?:party\s+)?secretary\b|副书记")),
    (
        "discipline-secretary",
        re.compile(r"secretary\s+of\s+the\s+(?:\w+\s+){0,3}(?:commission|committee)\s+for\s+discipline|纪委书记"),
    ),
    (
        "party-secretary",
        re.compile(
            r"^(?:(?:provincial|municipal|city|county|district|prefectural|regional)\s+)?(?:party\s+)?secretary$|"
            # Not the secretary of a committee of the party committee ("of the Political and Legal Committee").
            r"(?<!deputy\s)\bparty\s+secretary\b|^secretary\s+of\s+the\s+(?:cpc\s+)?"
            r"(?:(?!political\b|legal\b|politics\b|law\b|work\b|working\b)[\w'’-]+\s+){0,4}"
            r"(?:party\s+)?committee(?!\s+for)|(?:省|市|县|区|州)委书记|党委书记"
        ),
    ),
    (
        "head-of-government",
        re.compile(
            r"^(?:(?!vice|deputy|executive)[\w'’-]+\s+){0,3}(?:governor|mayor|magistrate)\b|"
            r"^(?:acting\s+)?(?:governor|mayor)\b|省长|市长|县长|区长|州长|主席(?=.*政府)|"
            r"^chairman\s+of\s+the\s+(?:[\w'’-]+\s+){0,3}autonomous\s+region(?!.*(?:congress|consultative|cppcc))"
        ),
    ),
    (
        "standing-committee-member",
        re.compile(r"member\s+of\s+the\s+standing\s+committee|standing\s+committee\s+member|常委"),
    ),
)


def role_of(title: str) -> str | None:
    """The role a post title names, or None for posts outside the committee's core.

    >>> role_of("Secretary of the Municipal Party Committee"), role_of("Municipal Party Secretary")
    ('party-secretary', 'party-secretary')
    >>> role_of("Deputy Secretary of the Provincial Party Committee"), role_of("Vice Governor")
    ('deputy-party-secretary', None)
    >>> role_of("Secretary of the Political and Legal Committee") is None
    True
    """
    lowered = re.sub(r"\s+", " ", title.strip().lower())
    if _NOT_A_ROLE.search(lowered):
        return None
    for role, pattern in _RULES:
        if pattern.search(lowered):
            return role
    return None
