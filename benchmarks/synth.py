"""Synthetic listing pages of any size in the three known layouts (for benchmarks and tests)."""

from __future__ import annotations

import random
from datetime import date, timedelta

CAMPUSES = [
    ("University of Michigan", "Ann Arbor", "MI", "Michigan League", "911 N University Ave", "48109"),
    ("Wayne State University", "Detroit", "MI", "Student Center", "5221 Gullen Mall", "48202"),
    ("UC Berkeley", "Berkeley", "CA", "Moffitt Library", "350 Moffitt Library", "94720"),
    ("San Diego State University", "San Diego", "CA", "Student Union", "6075 Aztec Cir. Dr.", "92182"),
    ("New York University", "New York", "NY", "Kimmel Center", "60 Washington Square South", "10012"),
    ("University of Florida", "Gainesville", "FL", "Reitz Union", "686 Museum Rd", "32611"),
    ("Ohio State University", "Columbus", "OH", "Ohio Union", "1739 N High St", "43210"),
    ("University of Chicago", "Chicago", "IL", "Ida Noyes Hall", "1212 E 59th St", "60637"),
]  # fmt: skip
STATES = {"MI": "Michigan", "CA": "California", "NY": "New York", "FL": "Florida", "OH": "Ohio",
          "IL": "Illinois"}  # fmt: skip
TIMES = ["7:00 p.m.", "7pm", "6:30pm", "7PM", "12:00pm", "6 p.m.", "time TBA", "11:00 am – 5:00 pm"]
BLURB = (
    "The meeting series will take up the historical lessons that must be learned in order to "
    "build a mass movement of workers and young people capable of preventing a new disaster. "
)


def _when(d: date, rng: random.Random, weekday: bool = True) -> str:
    day = (
        f"{d.day}{rng.choice(['', 'th'])}" if d.day not in (1, 2, 3, 21, 22, 23, 31) else str(d.day)
    )
    text = f"{d:%B} {day}"
    return f"{d:%A}, {text}" if weekday else text


def synthetic_listing(
    n_meetings: int, *, seed: int = 0, start: date = date(2019, 3, 4), dense: bool = True
) -> str:
    """A page with ``n_meetings`` meetings, cycling through the three layouts.

    ``dense`` pages are nearly all meeting entries (12 per campaign, one short blurb): the
    parser's worst case per byte. Otherwise campaigns look like the bundled page: a blurb of
    three long paragraphs, 7 meetings, and every third campaign with none listed.
    """
    rng = random.Random(seed)
    per_campaign = 12 if dense else 7
    blurb = [BLURB * 3] if dense else [BLURB * 5, BLURB * 4, BLURB * 3]
    out = ["Upcoming Meetings", "", f"Attend a meeting in {start.year}", ""]
    d = start
    made = 0
    campaign = 0
    while made < n_meetings:
        campaign += 1
        layout = campaign % 3
        out += [f"Campaign number {campaign}: the fight for a future", ""]
        for paragraph in blurb:
            out += [paragraph, ""]
        if not dense and campaign % 3 == 0:
            continue  # a campaign with no meetings listed yet
        d = start + timedelta(days=rng.randint(0, 300))  # a page lists the coming months
        for _ in range(min(per_campaign, n_meetings - made)):
            d += timedelta(days=rng.randint(1, 3))
            c = CAMPUSES[rng.randrange(len(CAMPUSES))]
            t = rng.choice(TIMES)
            if layout == 0:
                out += [f"{c[1]}, {STATES[c[2]]}", f"{_when(d, rng)}, {t}", f"{c[0]} {c[3]} Room {rng.randint(1, 400)}",
                        f"{c[4]}, {c[1]}, {c[2]} {c[5]}", "Facebook Event Page", ""]  # fmt: skip
            elif layout == 1:
                out.append(
                    f"{c[0]}, {c[1]} – {_when(d, rng)}, {t}, {c[3]} Room {rng.randint(1, 400)}, {c[4]}"
                )
            else:
                if made % 4 == 0:
                    out += ["", c[0], f"All meetings held in the {c[3]}, Room {rng.randint(1, 99)}"]
                out += [
                    f"• Lecture {made}: history and politics",
                    f"  {_when(d, rng, weekday=rng.random() < 0.7)} {t}",
                ]
            made += 1
        out.append("")
    return "\n".join(out) + "\n"


# Pieces that make regexes backtrack when repeated: punctuation runs, digit runs, weekday and
# month words, "a.m." and clock times, and the openings of the parser's own patterns.
HOSTILE_PIECES = [
    "!", ".", ",", ":", "-", "/", "1", "7 ", "a", "A", " ", "·", "Monday ", "March ", "Mon. ",
    "a.m. ", "7:00 ", "19.30 ", "7.3. ", "1/", "of ", "Room ", "University of ", "12345 ",
    "http://", "Uhr ", "h ",
]  # fmt: skip
HOSTILE_OPENINGS = [
    "", "meetings held in x", "Monday, March 5, ", "University of ", "Rally – ", "7:00 pm ",
    "Location ", "12345", "Details ", "http://x", "Speakers: ", "350 Main St ",
]  # fmt: skip


def hostile_line(opening: str, piece: str, length: int, end: str = "y") -> str:
    """One line of ``length`` characters: an opening, then a piece repeated, then ``end``."""
    return opening + piece * max(1, (length - len(opening) - len(end)) // len(piece)) + end


def hostile_listing(size: int, *, line_length: int = 20_000, seed: int = 0) -> str:
    """A page of about ``size`` characters made of long adversarial lines (see HOSTILE_PIECES)."""
    rng = random.Random(seed)
    lines = []
    total = 0
    while total < size:
        line = hostile_line(rng.choice(HOSTILE_OPENINGS), rng.choice(HOSTILE_PIECES), line_length)
        lines += [line, ""]
        total += len(line) + 2
    return "\n".join(lines) + "\n"
