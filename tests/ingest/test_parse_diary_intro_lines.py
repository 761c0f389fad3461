"""A tenants' association's e-mail lists its diary under framed section headings: an intro
that ends in a colon gives the time and the place of the dates indented under it, the place
right after the time ("10am–12 noon, Clapton Library, Northwold Road, London E5 8RA:") or in
brackets with the time, over two lines ("Committee meetings (all 18:30, Round Chapel Old
School Rooms; all" / "members welcome to observe):"). A section heading in capitals over a
cancelled social ("CHRISTMAS SOCIAL – CANCELLED") is no town. (holdout27's Hackney tenants'
e-mail, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 30)
RULE = "-" * 60

# (cancelled heading, its sentence, diary heading, surgeries intro (2 lines), their dates,
#  committee intro (2 lines), its dates, surgery venue, committee venue)
PAGES = [
    ("CHRISTMAS SOCIAL – CANCELLED",
     "Sorry: the Christmas social planned for Saturday 19 December is CANCELLED.",
     "DATES FOR YOUR DIARY",
     "Free housing surgeries with the advice worker,\n"
     "10am–12 noon, Clapton Library, Northwold Road, London E5 8RA:",
     "Sat 12 Dec, Sat 9 Jan, Sat 13 Feb",
     "Committee meetings (all 18:30, Round Chapel Old School Rooms; all\n"
     "members welcome to observe):",
     "Tuesday 12 January, Tuesday 9 February and Tuesday 9 March",
     "Clapton Library", "Round Chapel Old School Rooms", "10:00", "18:30"),
    ("WEIHNACHTSFEIER – ABGESAGT",
     "Leider fällt die Weihnachtsfeier am Samstag, 19. Dezember aus.",
     "TERMINE ZUM VORMERKEN",
     "Kostenlose Mietrechtsberatung mit unserer Beraterin,\n"
     "10–12 Uhr, Stadtteilbibliothek Ehrenfeld, Venloer Straße 419, 50825 Köln:",
     "Sa. 12.12., Sa. 9.1., Sa. 13.2.",
     "Vorstandssitzungen (alle 18:30 Uhr, Bürgerzentrum Ehrenfeld; alle\n"
     "Mitglieder sind willkommen):",
     "Dienstag, 12. Januar, Dienstag, 9. Februar und Dienstag, 9. März",
     "Stadtteilbibliothek Ehrenfeld", "Bürgerzentrum Ehrenfeld", "10:00", "18:30"),
    ("FÊTE DE NOËL – ANNULÉE",
     "La fête de Noël prévue le samedi 19 décembre est annulée.",
     "DATES À RETENIR",
     "Permanences logement avec notre juriste,\n"
     "10 h – 12 h, Médiathèque Jacques-Demy, 24 quai de la Fosse, 44000 Nantes :",
     "sam. 12 déc., sam. 9 janv., sam. 13 févr.",
     "Réunions du bureau (toutes à 18 h 30, Maison de quartier Madeleine ; tous\n"
     "les adhérents sont bienvenus) :",
     "mardi 12 janvier, mardi 9 février et mardi 9 mars",
     "Médiathèque Jacques-Demy", "Maison de quartier Madeleine", "10:00", "18:30"),
    ("FIESTA DE NAVIDAD – SUSPENDIDA",
     "La fiesta de Navidad prevista para el sábado 19 de diciembre queda suspendida.",
     "FECHAS PARA AGENDAR",
     "Asesoría gratuita de vivienda con nuestra abogada,\n"
     "10:00–12:00 h, Biblioteca Pública de Lavapiés, calle del Doctor Fourquet 30, 28012 Madrid:",
     "sáb. 12 dic., sáb. 9 ene., sáb. 13 feb.",
     "Reuniones de la junta (todas a las 18:30, Centro Social Seco; todos\n"
     "los socios son bienvenidos):",
     "martes 12 de enero, martes 9 de febrero y martes 9 de marzo",
     "Biblioteca Pública de Lavapiés", "Centro Social Seco", "10:00", "18:30"),
]  # fmt: skip


def _page(row: tuple) -> str:
    cancelled, sentence, diary, intro1, dates1, intro2, dates2, *_ = row
    return (
        "Dear neighbours,\n\n"
        f"{RULE}\n{cancelled}\n{RULE}\n{sentence}\n\n"
        f"{RULE}\n{diary}\n{RULE}\n{intro1}\n  {dates1}\n\n{intro2}\n  {dates2}\n"
    )


@pytest.mark.parametrize("row", PAGES, ids=["en", "de", "fr", "es"])
def test_each_intro_gives_its_dates_their_time_and_place(row: tuple) -> None:
    *_, venue1, venue2, time1, time2 = row
    listing = parse(_page(row), as_of=AS_OF)
    got = [m for m in listing.meetings if m.date != "2026-12-19"]
    assert [m.date for m in got] == [
        "2026-12-12", "2027-01-09", "2027-02-13", "2027-01-12", "2027-02-09", "2027-03-09"
    ]  # fmt: skip
    assert [(m.start_time, m.venue) for m in got[:3]] == [(time1, venue1)] * 3
    assert [(m.start_time, m.venue) for m in got[3:]] == [(time2, venue2)] * 3
    heading = row[0].split(" – ")[0].casefold()
    assert all((m.city or "").casefold() != heading for m in listing.meetings)
