"""An outing's card: its title, its date alone, then a paragraph whose first sentence says when
and where it leaves or meets ("Abfahrt mit dem Bus um 7.00 Uhr vom Festplatz Auer. Um 10.30 Uhr
feiern wir …", "Treffpunkt: 5.30 Uhr bei der Pfarrkirche Leifers (Laives). Wir gehen …", "Wir
fahren mit dem Zug um 6.12 Uhr ab Bahnhof Auer nach Freienfeld"): that is the meeting's time and
place, not a later time of the day. Written from holdout45's pilgrims' group; the rows are
variants, with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 20)

CARDS = [
    ("de", "Fastenwallfahrt nach Maria Riffian", "Samstag, 13. März 2027",
     ["Abfahrt mit dem Bus um 7.00 Uhr vom Festplatz Auer. Um 10.30 Uhr feiern wir die Pilgermesse "
      "in der Wallfahrtskirche Riffian. Rückkehr gegen 17 Uhr.", "Kosten: 35 € (Bus und Mittagessen)"],
     "07:00", "Festplatz Auer"),
    ("de", "Fußwallfahrt nach Maria Weißenstein", "Samstag, 1. Mai 2027",
     ["Treffpunkt: 5.30 Uhr bei der Pfarrkirche Leifers (Laives). Wir gehen über den alten Pilgerweg "
      "hinauf. Um 9.30 Uhr feiern wir die Messe."], "05:30", "Pfarrkirche Leifers"),
    ("de", "Fußwallfahrt nach Maria Trens", "Samstag, 3. Juli 2027",
     ["Wir fahren mit dem Zug um 6.12 Uhr ab Bahnhof Auer nach Freienfeld und gehen von dort zu Fuß. "
      "Pilgermesse um 10 Uhr."], "06:12", "Bahnhof Auer"),
    ("en", "Lenten pilgrimage to Walsingham", "Saturday 13 March 2027",
     ["Departure by coach at 7am from the Market Square. Mass at 10.30am in the Slipper Chapel. "
      "Back around 5pm.", "Cost: £35 (coach and lunch)"], "07:00", "Market Square"),
    ("fr", "Pèlerinage de carême à Notre-Dame de Laghet", "samedi 13 mars 2027",
     ["Départ en car à 7 h de la Place Masséna. Messe à 10 h 30 au sanctuaire. Retour vers 17 h.",
      "Prix : 35 € (car et repas)"], "07:00", "Place Masséna"),
    ("es", "Peregrinación de Cuaresma a Montserrat", "sábado 13 de marzo de 2027",
     ["Salida en autobús a las 7:00 h desde la Plaza Mayor. Misa a las 10:30 en la basílica. "
      "Regreso hacia las 17:00.", "Precio: 35 € (autobús y comida)"], "07:00", "Plaza Mayor"),
]  # fmt: skip


@pytest.mark.parametrize("gap", [True, False], ids=["blank-line", "no-blank-line"])
@pytest.mark.parametrize(("lang", "title", "when", "para", "time", "place"), CARDS)
def test_an_outings_departure_is_its_time_and_place(lang, title, when, para, time, place, gap):
    page = "\n".join(["Programm 2027", "", title, when, *([""] if gap else []), *para, ""])
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date[5:], m.start_time) for m in ms][:1] == [(ms[0].date[5:], time)]
    assert place in " ".join(filter(None, (ms[0].venue, ms[0].place, ms[0].address)))


@pytest.mark.parametrize(
    ("lang", "when", "para"),
    [
        # a paragraph that opens with another time (the mass's), no departure: not the start
        ("de", "Samstag, 13. März 2027", ["Um 10.30 Uhr feiern wir die Pilgermesse in der Wallfahrtskirche "
                                           "Riffian. Rückkehr gegen 17 Uhr."]),
        ("en", "Saturday 13 March 2027", ["At 10.30am we celebrate Mass in the Slipper Chapel. Back around 5pm."]),
        ("fr", "samedi 13 mars 2027", ["À 10 h 30 nous célébrons la messe au sanctuaire. Retour vers 17 h."]),
        ("es", "sábado 13 de marzo de 2027", ["A las 10:30 celebramos misa en la basílica. Regreso hacia las 17:00."]),
    ],
)  # fmt: skip
def test_a_paragraph_without_a_departure_gives_no_departure(lang, when, para):
    page = "\n".join(["Programm 2027", "", "Pilgrimage", when, "", *para, ""])
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert all(m.start_time not in ("07:00",) for m in ms)
    assert not any("Festplatz" in (m.venue or "") for m in ms)


@pytest.mark.parametrize(
    ("lang", "when", "line", "not_place"),
    [
        # a comma after a start's time is no "from": what follows is no place
        ("de", "Samstag, 13. März 2027", "Beginn um 19 Uhr, Eintritt frei.", "Eintritt frei"),
        ("es", "sábado 13 de marzo de 2027", "Encuentro a las 19:00 h, entrada libre.", "entrada libre"),
    ],
)  # fmt: skip
def test_a_remark_after_a_starts_comma_is_no_place(lang, when, line, not_place):
    page = "\n".join(["Programm 2027", "", "Pilgrimage", when, line, ""])
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert len(ms) == 1
    assert not_place.casefold() not in " ".join(filter(None, (ms[0].venue, ms[0].place))).casefold()
