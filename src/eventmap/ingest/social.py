"""Comments under a social media post, as a copy of the page shows them.

A comment is its writer's name, its text, then a footer: how long ago it was written and what a
reader can do with it, parted by middle dots ("3d · Like · Reply · 2", "2 Tg. · Gefällt mir ·
Antworten", "5 j · J'aime · Répondre", "1 sem · Me gusta · Responder"). A date in a comment is
a reader's reply to the post ("I could do Sat 19 Dec"), never a meeting the post announces.
"""

from __future__ import annotations

import re
from functools import lru_cache

_DOTS = ("·", "•")
_DOT = re.compile("[·•]")
_FOOTER_MAX = 80  # characters: a longer line is no footer
_AGE = re.compile(r"(\d{1,3})\s?([^\W\d_]{1,4})\.?")
_ACTION_MAX = 24  # characters of one of the footer's actions ("Gefällt mir", "Me gusta")


@lru_cache(maxsize=8)
def _age_units(langs: tuple[str, ...]) -> frozenset[str]:
    """The short and narrow units of a time span in ``langs`` ("d", "h", "wk", "Tg", "j",
    "sem"), from CLDR through babel, folded and without their dots."""
    from babel import Locale

    out: set[str] = set()
    for lang in langs:
        units = Locale(lang)._data["unit_patterns"]
        for unit in ("minute", "hour", "day", "week", "month", "year"):
            for width in ("narrow", "short"):
                forms = units[f"duration-{unit}"][width]
                for count in ("one", "other"):
                    if count in forms:
                        out.add(forms[count].replace("{0}", "").strip(" .\u00a0\u202f").casefold())
    return frozenset(out)


# A comment's one action after its age, as a photo site's copy has it (no middle dot)
# ("4 h  Responder", "2 Std.  Antworten", "3 j  Répondre", "5h  Reply"): platforms write these
# words, not CLDR.
_REPLY_FOOTER = re.compile(
    r"(\d{1,3})\s?([^\W\d_]{1,4})\.?\s++(?:reply|responder|r[ée]pondre|antworten)",
    re.IGNORECASE,
)


def reply_footer(text: str, langs: tuple[str, ...]) -> bool:
    """Whether a line is a comment's footer that says "Reply" after its age and nothing else
    ("4 h  Responder"): unlike a footer of any actions ("11 h · Le Foyer · Annulé" may be a
    meeting's time and place), never an entry's line."""
    rf = _REPLY_FOOTER.fullmatch(text.strip()) if len(text) <= _FOOTER_MAX else None
    return rf is not None and rf.group(2).casefold() in _age_units((*langs, "en"))


def comment_footer(text: str, langs: tuple[str, ...]) -> bool:
    """Whether a line is a comment's footer: its age and two or more actions or counts parted
    by middle dots, the actions without digits ("3d · Like · Reply", "Like" and "Reply" in
    whatever words the page's language has), or its age and "Reply" (``reply_footer``)."""
    if reply_footer(text, langs):
        return True
    if len(text) > _FOOTER_MAX or not any(dot in text for dot in _DOTS):
        return False
    parts = [p.strip() for p in _DOT.split(text)]
    if len(parts) < 3 or not parts[0]:
        return False
    age = _AGE.fullmatch(parts[0])
    if age is None or age.group(2).casefold() not in _age_units((*langs, "en")):
        return False
    actions = [p for p in parts[1:] if not p.isdecimal()]
    return bool(actions) and all(
        0 < len(p) <= _ACTION_MAX and not any(c.isdigit() for c in p) for p in actions
    )


# A post's counters, as a copy of the page shows them under the post: "♡ 412 likes",
# "❤️ 214 Me gusta · 💬 18 comentarios", "1.2K Likes | 34 Comments", "87 J'aime · 5
# commentaires", "56 Gefällt mir · 3 Kommentare". Platforms write these words, not CLDR.
_COUNTER_WORDS = (
    r"likes?|me\s++gusta|j['’]aime|gef[äa]llt(?:\s++mir)?|comments?|comentarios?|"
    r"commentaires?|kommentare?|shares?|compartid[oa]s|partages?|geteilt|views|vues|"
    r"visualizaciones|reproducciones|aufrufe|reposts?|retweets?"
)
_COUNTER_PART = re.compile(
    r"[^\w\s]{0,4}+\s*+\d[\d.,]*+(?:\s?+[kKmM](?!\w))?+\s++(?:" + _COUNTER_WORDS + r")",
    re.IGNORECASE,
)
_COUNTER_SPLIT = re.compile(r"\s[·•|]\s")
_COUNTER_MAX = 80  # characters: a longer line is no row of counters


def post_counters(text: str) -> bool:
    """Whether a line is a post's counters and nothing else: each part a count and what it
    counts (likes, comments, shares, views), parted by middle dots or bars."""
    if len(text) > _COUNTER_MAX or not any(c.isdigit() for c in text):
        return False
    return all(_COUNTER_PART.fullmatch(p.strip()) for p in _COUNTER_SPLIT.split(text))
