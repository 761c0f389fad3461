"""A paragraph that tells what took place is no list of meetings: one opening with "What you
missed", "Looking back", "Report:", "Rückblick", "Bericht:", "Retour sur", "Compte rendu :",
"Crónica", "Informe:" loses every date in it; one that
thanks those who came ("Thanks to everyone who came!", "Danke an alle, die dabei waren",
"Merci à tous ceux qui sont venus", "Gracias a todos los que vinieron") loses its dates without
a time. Each is warned about. From the term card of tests/ingest/corpus/holdout6; the rows are
variants written from the pattern, not copied from the corpus."""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_listing

from eventmap.ingest.parse import parse

TODAY = date(2026, 12, 1)
MEETING = "Tuesday 19 January 2027, 7pm – Talk: the Chartists, Room 3"


# fmt: off
@pytest.mark.parametrize("para,lang", [
    ("What you missed this term: the archive visit (Tue 6 Oct),\n"
     "the canal walk (Tue 20 Oct) and our quiz night (Tue 10 Nov).", None),
    ("Looking back: on Saturday 7 November 2026 forty of us walked the old railway.", None),
    ("Recap – Tue 10 Nov 2026, 7pm: a full house for the quiz.", None),
    ("The archive visit (Tue 6 Oct) and the canal walk (Tue 20 Oct) were a great success.\n"
     "Thanks to everyone who came!", None),
    ("Rückblick: Am 8. November 2026 wanderten 34 Mitglieder vom Kandel nach Waldkirch.", "de"),
    ("Herbstfest am Samstag, 7. November 2026 und Laternenlauf am 11. November 2026.\n"
     "Danke an alle, die dabei waren!", "de"),
    ("Retour sur la soirée du samedi 7 novembre 2026 : merci pour vos questions.", "fr"),
    ("La fête du samedi 7 novembre 2026 fut une réussite. Merci à tous ceux qui sont venus !",
     "fr"),
    ("Crónica: el sábado 7 de noviembre de 2026 llenamos el salón.", "es"),
    ("Report: more than 200 attend\nOn Thursday, October 29, students packed a lecture room, and"
     "\non November 5 a second meeting was held at Hunter College.", None),
    ("Bericht: Am Samstag, 7. November 2026 kamen 150 Menschen in Berlin zusammen.", "de"),
    ("Compte rendu : le samedi 7 novembre 2026, la salle était comble.", "fr"),
    ("Informe: el sábado 7 de noviembre de 2026 se realizó la asamblea.", "es"),
    ("La asamblea del 7 de noviembre de 2026 fue un éxito. ¡Gracias a todos los que vinieron!",
     "es"),
])
# fmt: on
def test_the_dates_of_a_recap_are_no_meetings(para, lang):
    page = f"Society news\n\n{MEETING}\n\n{para}\n"
    listing = parse(page, today=TODAY, lang=lang)
    assert [m.date for m in listing.meetings] == ["2027-01-19"]
    assert any("took place" in w.reason for w in listing.warnings)


# fmt: off
@pytest.mark.parametrize("para,want", [
    # thanks without a recap: a date with its time stays a meeting
    ("Thanks to everyone who came to the quiz! Next: Tuesday 16 February 2027, 7pm, Room 3.",
     "2027-02-16"),
    # "missed" elsewhere in a paragraph is no recap
    ("Missed the AGM? Catch-up session Tuesday 16 February 2027, 7pm, Room 3.", "2027-02-16"),
    ("Report-back meeting: Tuesday 16 February 2027, 7pm, Room 3.", "2027-02-16"),
    ("Vielen Dank für eure Hilfe! Nächstes Treffen: Dienstag, 16. Februar 2027, 19 Uhr.",
     "2027-02-16"),
])
# fmt: on
def test_other_paragraphs_keep_their_meetings(para, want):
    page = f"Society news\n\n{MEETING}\n\n{para}\n"
    ms = parse(page, today=TODAY).meetings
    assert [m.date for m in ms] == ["2027-01-19", want]


TERM_CARD = """\
History Society — Spring term 2027

Tue 19 Jan | 7.30pm | The Chartists in Leeds | Room 3
Tue 2 Feb | 7.30pm | Mapping the medieval city | Room 3

What you missed last term: our talk on the Luddites (Tue 6 Oct),
the canal walk (Tue 20 Oct) and the quiz (Tue 10 Nov). Thanks to everyone who came!
"""


def test_cli_parse_leaves_the_recap_out(tmp_path):
    path = tmp_path / "termcard.txt"
    path.write_text(TERM_CARD, encoding="utf-8")
    listing = cli_listing(path)
    assert [m["date"] for m in listing["meetings"]] == ["2027-01-19", "2027-02-02"]
    warned = {w["line"] for w in listing["warnings"] if "took place" in w["reason"]}
    assert warned == {6, 7}
