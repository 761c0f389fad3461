"""A court's table of public hearings ("Datum | Zeit | Geschäfts-Nr. | Verfahren | Gegenstand |
Ort | Bemerkungen", "Fecha | Hora | Expediente | Asunto | Sala | Observaciones") is a table
with a header row: its case-number and matter columns are named, so its room column is each
row's room, the court's building (said once for all, "wo nicht anders angegeben") is their
venue, and a hearing taken off the list ("abgesetzt") is cancelled. Written from holdout43's
district court; the rows are variants, with look-alikes (a row with its own venue)."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 14)
# The page's title and the first sentence of its intro, before the sentence that names the court.
TOP = {
    "de": ("# Öffentliche Verhandlungen", "Hauptverhandlungen sind grundsätzlich öffentlich."),
    "en": ("# Public hearings", "Hearings are open to the public."),
    "fr": ("# Audiences publiques", "Les audiences sont en principe publiques."),
    "es": ("# Audiencias públicas", "Las audiencias son públicas."),
}

PAGES = {
    "de": ("Die Verhandlungen finden, wo nicht anders angegeben, im Bezirksgericht Bülach, "
           "Spitalstrasse 13, 8180 Bülach statt.",
           "| Datum | Zeit | Geschäfts-Nr. | Verfahren | Gegenstand | Ort | Bemerkungen |",
           ["| Di 12.01.2027 | 08.15 Uhr | DG260178 | Strafsache | Veruntreuung | Saal 1 | |",
            "| Di 19.01.2027 | 08.30 Uhr | GG260311 | Strafsache | Verkehrsregeln | Saal 3 | abgesetzt |"],
           "Bezirksgericht Bülach", ("Saal 1", "Saal 3")),
    "en": ("Unless stated otherwise, all hearings are held at the County Courthouse, 200 Main "
           "Street, Springfield.",
           "| Date | Time | Case number | Matter | Courtroom | Notes |",
           ["| Tue 12 January 2027 | 9:15 am | CV-2026-0178 | Contract claim | Courtroom 1 | |",
            "| Tue 19 January 2027 | 10:30 am | CR-2026-0311 | Traffic offence | Courtroom 3 | cancelled |"],
           "County Courthouse", ("Courtroom 1", "Courtroom 3")),
    "fr": ("Sauf indication contraire, les audiences se tiennent au Palais de justice de Sion, "
           "rue Mathieu-Schiner 1.",
           "| Date | Heure | N° de dossier | Affaire | Salle d'audience | Remarques |",
           ["| mardi 12 janvier 2027 | 9 h 15 | C1 26 178 | Bail à loyer | Salle 1 | |",
            "| mardi 19 janvier 2027 | 10 h 30 | P1 26 311 | Circulation routière | Salle 3 | annulée |"],
           "Palais de justice de Sion", ("Salle 1", "Salle 3")),
    "es": ("Salvo indicación en contrario, las audiencias se celebran en el Palacio de Justicia, "
           "Av. Pasteur 12, Querétaro.",
           "| Fecha | Hora | Expediente | Asunto | Sala | Observaciones |",
           ["| martes 12 de enero de 2027 | 9:15 | 178/2026 | Arrendamiento | Sala 1 | |",
            "| martes 19 de enero de 2027 | 10:30 | 311/2026 | Tránsito | Sala 3 | suspendida |"],
           "Palacio de Justicia", ("Sala 1", "Sala 3")),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["de", "en", "fr", "es"])
def test_a_court_s_table_gives_each_hearing_its_room_and_the_court(lang):
    intro, head, rows, court, rooms = PAGES[lang]
    sep = "|" + "---|" * (head.count("|") - 1)
    title, lead = TOP[lang]
    page = "\n".join([title, "", f"{lead} {intro}", "", head, sep, *rows, ""])
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in ms] == ["2027-01-12", "2027-01-19"]
    assert [m.room for m in ms] == list(rooms)
    assert [m.status for m in ms] == ["scheduled", "cancelled"]
    for m in ms:
        assert court.casefold() in (m.venue or "").casefold()


@pytest.mark.parametrize("lang", ["de", "en", "fr", "es"])
def test_a_hearing_held_elsewhere_keeps_its_own_venue(lang):
    intro, head, rows, court, _ = PAGES[lang]
    elsewhere = {
        "de": "| Mi 27.01.2027 | 08.15 Uhr | CG260020 | Zivilprozess | Augenschein | "
        "Stadthaus Kloten, Kirchgasse 7, 8302 Kloten | |",
        "en": "| Wed 27 January 2027 | 9:15 am | CV-2026-0020 | Site visit | Springfield Town Hall, "
        "1 Court Street | |",
        "fr": "| mercredi 27 janvier 2027 | 9 h 15 | C1 26 020 | Vision locale | Hôtel de Ville de "
        "Martigny, rue de l'Hôtel-de-Ville 1 | |",
        "es": "| miércoles 27 de enero de 2027 | 9:15 | 020/2026 | Inspección | Centro Cívico de "
        "Corregidora, Calle Juárez 5 | |",
    }[lang]
    sep = "|" + "---|" * (head.count("|") - 1)
    title, lead = TOP[lang]
    page = "\n".join([title, "", f"{lead} {intro}", "", head, sep, rows[0], elsewhere, ""])
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in ms] == ["2027-01-12", "2027-01-27"]
    assert court.casefold() not in (ms[1].venue or "").casefold()
