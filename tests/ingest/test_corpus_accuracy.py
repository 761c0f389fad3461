"""Issue 17, "Done when": on real-looking pages the parser has not been written from (this
organization's pages from several countries, other groups' diaries, a book tour, a union's
schedule; English, German, French, Spanish), at least 90% of the meetings come out with the
right date, start time and place and at most 5% are extra, given --as-of; at least 80% without
--as-of on the pages that carry a dateline or a year.

The pages and their expected meetings are in tests/ingest/corpus/pages; the scorer is
tests/support/corpus_score.py (``python tests/support/corpus_score.py -v`` prints the table).

The same bars hold on tests/ingest/corpus/holdout: 19 pages (AU, LK, NZ, DE, FR, ES, MX/AR, CA, US,
UK; a book tour, a union schedule, events diaries, Meetup/Eventbrite/Facebook-like dumps, a
PDF-to-text flyer; tables, lists, <dl>, <h3> and <br> blocks) written from how such pages look,
before reading the parser, so they were the honest estimate of how it does on pages nobody tuned
it on. Do not tune the parser on a single page there: fix the pattern (with a test table of its
own), then re-score (``python tests/support/corpus_score.py --holdout -v``).
Blind figures, before any fix: 68% right with --as-of (55/81, 4% extra); 66% without (51/77).
After the fixes by category (tests/ingest/test_parse_holdout_fixes.py): 91% with --as-of
(74/81, no extras) and 91% without (70/77, no extras); after the next round (its events diary and
its press release; tests/ingest/test_parse_unseen_patterns.py) 100% (81/81) and 100% (77/77).
These are no longer blind: the next unseen pages are the honest check.

tests/ingest/corpus/holdout2 is that check: 20 more pages (251 meetings) written blind later (a
hall diary, a union's schedule with one time and place for the list, an HTML agenda, colloquium
cards with date badges, a library's events table, lists of dates on one line, an e-mail newsletter).
Scored blind it gave 74.5% right with --as-of (187/251, 7.2% extra) and 71.6% without (161/225,
8.0% extra); after the fixes by pattern (tests/ingest/test_parse_holdout2_patterns.py) it meets
the same bars, so it is no longer blind either.

holdout3, holdout4 and holdout5 followed the same way (each README gives its one blind score and
the fixes after it); all three meet the bars now, so they are kept here too, as a guard that a fix
for one corpus does not undo another's. holdout6, practice7 and holdout7 (public since its blind
score: 81.5% right, 6.2% extras) meet every bar now after their fixes by pattern, so the same bars
are kept on them too. holdout8 met every bar at its one blind score (91.7% right, 3.7% extras with
--as-of; 90.6% and 3.1% without), so the bars guard it from then on as well. holdout9 met the
right-meeting bars at its one blind score but not the extras bar (9.2% with --as-of, 11.4%
without); it meets every bar since its extras and misses were fixed by pattern, so it is kept too.
holdout10 met none of the bars at its one blind score (81.1% right, 10.2% extras with --as-of);
after its fixes by pattern it meets them all (96.9% and 0.7% with --as-of, 96.1% and 1.3% without),
so it is kept too. holdout11 met none at its one blind score (79.6% right, 10.2% extras with
--as-of; 76.3% and 17.9% without); after its fixes by pattern it meets them all (its README), so it
is kept too. holdout13 (81.5% right, 3.0% extras at its one blind score) and holdout14 (77.5%, 6.7%)
meet every bar since their fixes by pattern (93.5% and 1.5% with --as-of, 94.0% and 3.5% without;
95.7% and 0.8%, 94.9% and 4.0%), so they are kept too, and so is holdout15 (82.3%, 7.4% at its
one blind score; 94.6% and 1.1% with --as-of, 95.0% and 3.0% without after its fixes by pattern).
holdout12 (74.1% right, 12.9% extras at its one blind score) meets every bar since holdout18's
fixes (91.2% and 3.2% with --as-of, 92.6% and 4.8% without), so it is kept too; holdout16 is not
yet (92.7% and 4.7% with --as-of, but 11.6% extras without). holdout17 (81.3% right, 5.1% extras
at its one blind score) meets every bar since its fixes by pattern (94.4% and 1.9% with --as-of,
93.8% and 3.3% without), so it is kept too. holdout18 (85.9% right, 2.9% extras at its one blind
score) is not yet: 94.9% and 2.4% with --as-of, 94.0% but 8.6% extras without (past rows kept on
pages whose date is unknown); nor holdout19 (73.3% at its one blind score, 87.0% after its fixes).
holdout20 (81.4% right, 2.2% extras at its one blind score) meets every bar since session 38's
fixes (96.8% and 1.0% with --as-of, 97.4% and 4.9% without), so it is kept too.
holdout21 (84.7% right, 4.1% extras at its one blind score) meets every bar since its second round
of fixes by pattern (96.6% and 0.7% with --as-of, 96.9% and 3.5% without), so it is kept too.
holdout22 (86.7% right, 4.0% extras at its one blind score; 81.1% and 5.0% without) meets every
bar after the fixes for its a, b and d parts (90.6% and 2.0% with --as-of, 88.1% and 3.6%
without), so it is kept too. holdout23's English, German and French parts (87.5% right, 1.0%
extras at their blind score; 83.9% and 5.8% without) meet every bar after session 39's fixes, so
it is kept too. holdout24 (70.7% right, 4.8% extras at its one blind score; 70.9% and 6.0%
without) is not yet: 88.3% and 3.2% with --as-of, 89.2% and 4.8% without after session 42's
fixes, 89.4% and 2.1%, 90.1% and 2.9% after session 43's. holdout25 (83.9% right, 2.4% extras at
its one blind score; 82.8% and 4.1% without) meets every bar after session 43's fixes (94.5% and
0.8% with --as-of, 98.2% and 3.6% without), so it is kept too. holdout26 (81.9% right, 1.6%
extras at its one blind score on session 43's 56eb0b8; 84.5% and 5.4% without) is not yet (87.5%
and 1.6%, 89.3% and 5.4% after its fixes), nor holdout27 (65.9% right, 4.4% extras at its one
blind score on session 43's last parser; 61.9% and 7.7% without; 88.9% and 4.4%, 87.5% and 7.7%
after session 44's fixes), nor holdout28 (76.0% right, 2.4% extras at its one blind score on
session 44's last parser; 80.8% and 3.6% without; 89.0% and 2.4%, 89.2% and 3.6% after session
45's fixes), nor holdout29 (74.2% and 2.8% at its one blind score on session 45's a1005fa;
79.4% after its fixes), nor holdout30 (76.8% and 5.0%, 82.2% and 12.9% without, at its one blind
score on session 45's last parser; 78.0% and 10.4% extras without after two fixes; 83.8% and
7.4% after session 46's), nor holdout31 (74.9% and 8.5%, 76.0% and 15.0% without, at its one
blind score on session 46's 0427559, the same as on session 45's last parser; 87.4% and 4.5%,
88.0% and 9.6% after session 47's fixes), nor holdout32 (66.9% and 4.7%, 58.6% and 7.7% without
at its one blind score on session 47's e511da4; 83.5% and 4.7%, 81.7% and 7.7% after that
session's fixes), nor holdout33 (85.1% and 11.5%, 79.3% and 14.9% without, at its one blind
score on session 47's last parser, 0a095a2; 91.6% and 7.7%, 87.4% and 9.8% after session 48's
fixes; 92.0% and 7.3%, 87.9% and 9.2% after session 49's), nor holdout34 (75.9% and 4.3%, 77.4%
and 1.8% without, at its one blind score on session 48's last parser, 791e329; 89.9% and 0.8%,
92.9% and 0.0% after session 49's fixes), nor holdout35 (82.6% and 8.1%, 76.8% and 16.1% without,
at its one blind score on session 49's 1127ebc; 93.0% and 4.3%, 92.9% but 6.0% extras without
after session 50's fixes), nor holdout36 (76.3% and 4.0%, 78.7% and 5.9% without, at its one
blind score on session 50's b443b9c). holdout26 meets the bars with --as-of since session 47
(90.7% and 1.6%) but not the extras bar without it (94.0% and 5.4%). holdout34 meets every bar
since session 50 (90.3% and 0.8% with --as-of, 92.9% and 0.0% without), so it is kept too.
holdout35 meets every bar since session 52 (93.4% and 4.3%, 92.9% and 4.8% without), and so does
holdout37 (78.1% and 2.3%, 73.7% and 3.5% without at its one blind score on session 51's
3a54669; 95.7% and 1.6%, 94.7% and 1.2% after session 52's fixes): both are kept. holdout38
(67.5% and 3.6%, 78.0% and 6.5% without, at its one blind score on session 52's 0606877; 76.2%
and 3.6%, 87.5% and 6.5% after that session's fixes) meets every bar since session 53 (90.1% and
2.4%, 93.5% and 4.8% without), so it is kept too. holdout39 (71.2% and 7.4%, 67.8% and 8.8%
without, at its one blind score on session 53's 04624b9) is not yet (85.6% and 5.8%, 87.1% and
6.4% after session 54's fixes), nor holdout40 (63.8% and 6.6%, 64.9% and 8.2% without, at its
one blind score on session 54's 950d269), nor holdout41 (66.0% and 10.7%, 73.1% and 25.1%
without, at its one blind score on session 55's c6ee3ec; 76.3% and 8.3%, 84.2% and 21.6% after
session 56's fixes), nor holdout42 (66.5% and 10.9%, 61.6% and 35.6% without, at its one blind
score on session 56's 4e6653f; 70.8% and 10.9%, 64.4% and 35.6% after that session's fixes;
84.8% and 7.4%, 82.5% and 31.1% after session 57's), nor holdout43 (72.7% and 22.9%, 73.8% and
36.3% without, at its one blind score on session 57's 9ec1749; 74.7% and 18.1%, 76.8% and 29.2%
after that session's fixes; 84.3% and 14.5%, 86.3% and 23.8% after session 58's), nor holdout44
(61.7% and 21.3%, 63.7% and 29.8% without, at its one blind score on session 58's 999c01f;
65.6% and 17.4% after that session's one fix; 73.9% and 15.0%, 76.0% and 26.3% after session
59's), nor holdout45 (57.4% and 15.1%, 46.6% and 21.8% without, at its one blind score on
session 59's ee967e1; 74.4% and 10.5%, 69.0% and 14.4% after that session's fixes).
"""

from __future__ import annotations

import pytest
from corpus_score import (
    CORPUS,
    HOLDOUT,
    HOLDOUT2,
    HOLDOUT3,
    HOLDOUT4,
    HOLDOUT5,
    HOLDOUT6,
    HOLDOUT7,
    HOLDOUT8,
    HOLDOUT9,
    HOLDOUT10,
    HOLDOUT11,
    HOLDOUT12,
    HOLDOUT13,
    HOLDOUT14,
    HOLDOUT15,
    HOLDOUT17,
    HOLDOUT20,
    HOLDOUT21,
    HOLDOUT22,
    HOLDOUT23,
    HOLDOUT25,
    HOLDOUT34,
    HOLDOUT35,
    HOLDOUT37,
    HOLDOUT38,
    PRACTICE7,
    load_pages,
    score_corpus,
    table,
    totals,
)

RECALL_AS_OF = 0.90
EXTRA_RATE = 0.05
RECALL_NO_AS_OF = 0.80


@pytest.fixture(
    scope="module",
    params=[
        CORPUS,
        HOLDOUT,
        HOLDOUT2,
        HOLDOUT3,
        HOLDOUT4,
        HOLDOUT5,
        HOLDOUT6,
        PRACTICE7,
        HOLDOUT7,
        HOLDOUT8,
        HOLDOUT9,
        HOLDOUT10,
        HOLDOUT11,
        HOLDOUT12,
        HOLDOUT13,
        HOLDOUT14,
        HOLDOUT15,
        HOLDOUT17,
        HOLDOUT20,
        HOLDOUT21,
        HOLDOUT22,
        HOLDOUT23,
        HOLDOUT25,
        HOLDOUT34,
        HOLDOUT35,
        HOLDOUT37,
        HOLDOUT38,
    ],
    ids=[
        "tuned",
        "holdout",
        "holdout2",
        "holdout3",
        "holdout4",
        "holdout5",
        "holdout6",
        "practice7",
        "holdout7",
        "holdout8",
        "holdout9",
        "holdout10",
        "holdout11",
        "holdout12",
        "holdout13",
        "holdout14",
        "holdout15",
        "holdout17",
        "holdout20",
        "holdout21",
        "holdout22",
        "holdout23",
        "holdout25",
        "holdout34",
        "holdout35",
        "holdout37",
        "holdout38",
    ],
)
def corpus(request):
    return request.param


@pytest.fixture(scope="module")
def scores(corpus):
    return score_corpus(corpus=corpus)


def test_the_corpus_is_whole(corpus):
    pages = load_pages(corpus=corpus)
    assert len(pages) >= 15
    assert sum(len(p.meetings) for p in pages) >= 60
    assert {".txt", ".html"} <= {p.path.suffix for p in pages}


def test_with_as_of(scores):
    with_as_of, without = scores
    t = totals(with_as_of)
    assert t.recall >= RECALL_AS_OF, table(with_as_of, without)
    assert t.extra_rate <= EXTRA_RATE, table(with_as_of, without)


def test_without_as_of_on_dated_pages(scores):
    with_as_of, without = scores
    t = totals(without)
    assert t.recall >= RECALL_NO_AS_OF, table(with_as_of, without)
    assert t.extra_rate <= EXTRA_RATE, table(with_as_of, without)


def test_the_scorer_matches_places_loosely():
    from corpus_score import Expected, place_matches

    from eventmap.model import Meeting

    m = Meeting(venue="Ateneu Barcelonès", address="Carrer de la Canuda 6", city="Barcelona")
    assert place_matches(Expected("2019-03-15", "19:30", "ateneu barcelones"), m)
    assert place_matches(Expected("2019-03-15", "19:30", "Canuda"), m)
    assert not place_matches(Expected("2019-03-15", "19:30", "Madrid"), m)
    assert not place_matches(Expected("2019-03-15", "19:30", "online"), m)
    assert place_matches(Expected("2019-03-15", "19:30", "online"), Meeting(online=True))


@pytest.mark.parametrize("page", load_pages(), ids=lambda p: p.name)
def test_nothing_lost_on_the_corpus_pages(page):
    """Each line with a date (in the page's language) is a meeting's or is warned about."""
    from eventmap.ingest.html import html_lines, looks_like_html
    from eventmap.ingest.parse import parse
    from eventmap.ingest.text import text_lines
    from eventmap.ingest.when import find_date, page_language

    text = page.path.read_text(encoding="utf-8")
    listing = parse(text, as_of=page.as_of)
    lines = html_lines(text) if looks_like_html(text) else text_lines(text)
    lang = page_language(text)
    langs = (lang, "en") if lang != "en" else ("en",)
    warned = {w.line for w in listing.warnings}
    starts = sorted({m.source_line for m in listing.meetings if m.date})
    for line in lines:
        if find_date(line.text, langs=langs) and line.number not in warned:
            above = [s for s in starts if s <= line.number]
            near_above = above and line.number - above[-1] <= 6
            heads_entries = any(0 < s - line.number <= 3 for s in starts)  # a calendar's day
            assert near_above or heads_entries, f"line {line.number}: {line.text}"
