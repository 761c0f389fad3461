"""The day from which appointments can be booked ("Clinique d'impôts : prise de rendez-vous à
partir du lundi 1er février", "Tax clinic: appointments from Monday 1 February", "Terminvergabe
ab 1. Februar", "citas a partir del 1 de febrero") is a sign-up date, as "Registration opens
…" is: no meeting, warned about. A meeting point ("rendez-vous au chalet") or an appointment
that is itself the event keeps its date. From the Québec community centre's e-mail of
tests/ingest/corpus/holdout8; the rows are variants written from the pattern."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_listing

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 25)
PAGE = (
    "Agenda\n\n"
    "02.12.2026, 18:30 – Centre communautaire, 680 rue Raoul-Jobin\n\n"
    "INFOS\n\n"
    "{line}\n"
)  # a dotted date: read in every language

# fmt: off
ROWS = [
    ("fr", "- Clinique d'impôts : prise de rendez-vous à partir du lundi 1er février, au 418 555-0142."),
    ("fr", "- Pour prendre rendez-vous dès le lundi 1er février, appelez l'accueil."),
    (None, "- Tax clinic: appointments from Monday 1 February, call 555-0142."),
    (None, "- Tax clinic: book an appointment from Monday, February 1"),
    ("de", "- Steuerberatung: Terminvergabe ab Montag, 1. Februar, Tel. 0711 555"),
    ("de", "- Terminvereinbarung für die Sozialberatung ab dem 1. Februar"),
    ("es", "- Asesoría fiscal: citas a partir del lunes 1 de febrero, al 555-0142"),
    ("es", "- Asesoría fiscal: cita previa desde el lunes 1 de febrero"),
]
# fmt: on


@pytest.mark.parametrize("lang,line", ROWS)
def test_a_booking_start_is_no_meeting(lang, line):
    listing = parse(PAGE.format(line=line), as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == ["2026-12-02"]
    (w,) = [w for w in listing.warnings if w.line == 7]
    assert "sign-up date" in w.reason


# fmt: off
@pytest.mark.parametrize("lang,line,when", [
    ("fr", "Marche hivernale — dimanche 17 janvier 2027, rendez-vous à 10 h au chalet du parc",
     ("2027-01-17", "10:00")),
    (None, "Sunday 17 January, 10am: free tax appointments at the Centre, 680 Raoul-Jobin St",
     ("2027-01-17", "10:00")),
])
# fmt: on
def test_an_event_with_such_a_word_stays(lang, line, when):
    listing = parse(PAGE.format(line=line), as_of=AS_OF, lang=lang)
    assert when in [(m.date, m.start_time) for m in listing.meetings]


def test_through_eventmap_parse(tmp_path):
    path = tmp_path / "courriel.txt"
    path.write_text(PAGE.format(line=ROWS[0][1]), encoding="utf-8")
    listing = cli_listing(path, "--as-of", AS_OF.isoformat(), "--lang", "fr")
    assert [m["date"] for m in listing["meetings"]] == ["2026-12-02"]
    assert any(w["line"] == 7 and "rendez-vous" in w["reason"] for w in listing["warnings"])
