"""Campaigns as organizers see them: an identity that survives re-imports, the organizer's name
and shape fixes applied to the frame, and one summary row per campaign (pages and the CLI).

Identity: a campaign is known by a key made from its title on the page, and by the significant
words of its title and blurb and the places of its meetings. A stored fix belongs to the
campaign with the same key; when the heading changed (new key), to the campaign whose words and
places are most alike (at least ``MATCH_AT``), so "The Threat of Fascism and How to Fight it"
and "The threat of fascism and how to fight it!" are one campaign.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import pandas as pd

from eventmap.core.shapes import Shape
from eventmap.core.tour import campaign_name
from eventmap.model import Campaign, Listing, Meeting, norm_text
from eventmap.store import CampaignFixRecord

MATCH_AT = 0.5
BLURB_WORDS = 60
_WORD = re.compile(r"[^\W\d_]{4,}")
_STOP_WORDS = (
    "about after also been before being between both could does each from have here into just "
    "more most must only other over same some such than that their them then there these they "
    "this those through under very well were what when where which while will with would your "
    "meeting meetings"
)
_STOP = frozenset(_STOP_WORDS.split(" "))


@dataclass(frozen=True)
class Identity:
    """Who a campaign is, across versions of its page."""

    key: str
    title: str
    words: frozenset[str]
    places: frozenset[str]

    def record(self, name: str | None = None, shape: str | None = None) -> CampaignFixRecord:
        """A store record for a fix of this campaign."""
        return CampaignFixRecord(
            self.key, self.title, tuple(sorted(self.words)), tuple(sorted(self.places)), name, shape
        )


@dataclass
class CampaignInfo:
    """One campaign as the pages and the CLI list it."""

    key: str
    title: str  # as the page gives it
    name: str  # as shown everywhere (the organizer's name, else the title)
    name_source: str  # heading | blurb | page | organizer
    shape: str | None
    shape_source: str  # inferred | organizer
    reason: str
    meetings: int
    dated: int
    located: int
    fixed_by: str | None = None  # the key of the stored fix applied, if any

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.casefold()) if w not in _STOP}


def campaign_key(title: str) -> str:
    """The key of a campaign title: its normalised words, hashed."""
    return hashlib.sha1(norm_text(title).encode("utf-8")).hexdigest()[:16]


def identity(campaign: Campaign, meetings: Iterable[Meeting]) -> Identity:
    """A campaign's identity from its title, the start of its blurb and its meetings' places."""
    blurb = " ".join(campaign.summary.split()[:BLURB_WORDS])
    places = {norm_text(m.campus or m.place) for m in meetings if (m.campus or m.place)}
    return Identity(
        campaign_key(campaign.title),
        campaign.title,
        frozenset(_words(f"{campaign.title} {blurb}")),
        frozenset(places),
    )


def _jaccard(a: Iterable[str], b: Iterable[str]) -> float | None:
    a, b = set(a), set(b)
    return len(a & b) / len(a | b) if a or b else None


def similarity(ident: Identity, fix: CampaignFixRecord) -> float:
    """How alike a campaign and a stored fix's campaign are: 1.0 for the same key, else the mean
    of the overlap of their words and of their places (each 0..1)."""
    if ident.key == fix.key:
        return 1.0
    parts = [_jaccard(ident.words, fix.words), _jaccard(ident.places, fix.places)]
    known = [p for p in parts if p is not None]
    return sum(known) / len(known) if known else 0.0


def match_fixes(
    identities: Sequence[Identity], fixes: Sequence[CampaignFixRecord]
) -> dict[str, CampaignFixRecord]:
    """Campaign key -> the stored fix that belongs to it; each fix to at most one campaign, best
    matches first, none below ``MATCH_AT``."""
    pairs = sorted(
        (
            (similarity(ident, fix), n, m)
            for n, ident in enumerate(identities)
            for m, fix in enumerate(fixes)
        ),
        reverse=True,
    )
    out: dict[str, CampaignFixRecord] = {}
    used: set[int] = set()
    for score, n, m in pairs:
        if score < MATCH_AT or m in used or identities[n].key in out:
            continue
        out[identities[n].key] = fixes[m]
        used.add(m)
    return out


def identities(listing: Listing) -> list[Identity]:
    """One identity per distinct campaign title of a listing (a title on two pages is one)."""
    by_title: dict[str, list[Meeting]] = {}
    for m in listing.meetings:
        by_title.setdefault(m.campaign or "", []).append(m)
    seen: dict[str, Identity] = {}
    for c in listing.campaigns:
        if c.title not in seen:
            seen[c.title] = identity(c, by_title.get(c.title, []))
    return list(seen.values())


def _names(listing: Listing, matched: dict[str, CampaignFixRecord]) -> dict[str, str]:
    """Page title -> display name, for the campaigns an organizer renamed (names kept unique)."""
    taken = {c.title for c in listing.campaigns}
    out: dict[str, str] = {}
    for c in listing.campaigns:
        fix = matched.get(campaign_key(c.title))
        if fix is None or not fix.name or fix.name == c.title or c.title in out:
            continue
        name, n = fix.name, 2
        while name in taken:
            name, n = f"{fix.name} ({n})", n + 1
        taken.add(name)
        out[c.title] = name
    return out


def apply_fixes(
    frame: pd.DataFrame, listing: Listing, fixes: Sequence[CampaignFixRecord]
) -> pd.DataFrame:
    """The frame with the organizers' campaign names and shapes applied."""
    if not fixes:
        return frame
    idents = identities(listing)
    matched = match_fixes(idents, fixes)
    renames = _names(listing, matched)
    out = frame
    if renames:
        campaign = frame["campaign"].astype("object").map(lambda v: renames.get(v, v))
        out = frame.assign(campaign=campaign.astype("category"))
    forced = {
        renames.get(i.title, i.title): matched[i.key].shape
        for i in idents
        if i.key in matched and matched[i.key].shape
    }
    return _force_shapes(out, forced) if forced else out


def campaign_infos(
    frame: pd.DataFrame, listing: Listing, fixes: Sequence[CampaignFixRecord]
) -> list[CampaignInfo]:
    """One :class:`CampaignInfo` per campaign with meetings in ``frame`` (the frame
    :func:`apply_fixes` gave for these fixes), in page order."""
    idents = identities(listing)
    matched = match_fixes(idents, fixes)
    return _infos(frame, listing, idents, matched, _names(listing, matched))


def _force_shapes(frame: pd.DataFrame, forced: dict[str, str]) -> pd.DataFrame:
    names = frame["campaign"].astype("object").map(campaign_name)
    shape = frame["campaign_shape"].astype("object").copy()
    reason = frame["campaign_shape_reason"].astype("object").copy()
    for name, value in forced.items():
        rows = names == name
        if not rows.any():
            continue
        first = rows.idxmax()
        inferred = Shape(str(shape[first]), str(reason[first]))
        shape[rows] = value
        reason[rows] = f"set by an organizer; inferred {inferred.shape}: {inferred.reason}"
    all_shapes = ["tour", "local", "series", "single"]
    return frame.assign(
        campaign_shape=pd.Categorical(shape, categories=all_shapes), campaign_shape_reason=reason
    )


def _infos(
    frame: pd.DataFrame,
    listing: Listing,
    idents: Sequence[Identity],
    matched: dict[str, CampaignFixRecord],
    renames: dict[str, str],
) -> list[CampaignInfo]:
    source = {c.title: c.title_source for c in reversed(listing.campaigns)}
    names = frame["campaign"].astype("object").map(campaign_name)
    out = []
    for ident in idents:
        name = renames.get(ident.title, ident.title)
        rows = frame[names == name]
        if rows.empty:
            continue  # a blurb with no meetings under it
        fix = matched.get(ident.key)
        first = rows.iloc[0]
        out.append(
            CampaignInfo(
                key=ident.key,
                title=ident.title,
                name=name,
                name_source="organizer" if ident.title in renames else source[ident.title],
                shape=None if pd.isna(first["campaign_shape"]) else str(first["campaign_shape"]),
                shape_source="organizer" if fix is not None and fix.shape else "inferred",
                reason=str(first["campaign_shape_reason"] or ""),
                meetings=len(rows),
                dated=int(rows["date"].notna().sum()),
                located=int((rows["lat"].notna() & rows["lon"].notna()).sum()),
                fixed_by=fix.key if fix is not None else None,
            )
        )
    return out


def find(infos: Sequence[CampaignInfo], name: str) -> CampaignInfo | None:
    """The campaign shown under ``name`` (its display name), or None."""
    return next((c for c in infos if c.name == name), None)
