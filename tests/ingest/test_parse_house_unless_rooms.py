"""A neighbourhood house's calendar names the house at its top with its street, says that
everything is at the house unless another venue is shown ("Unless another venue is shown,
everything below happens at the house", "Sofern kein anderer Ort angegeben, finden alle
Angebote im Haus statt"), then lists entries by room ("Room 2", "Computer lab") among others
held in other towns. The rooms are the house's, even though the page names several towns;
the entries elsewhere keep their own venues. (holdout27's Fitzroy neighbourhood house page,
after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 20)

# (name, address line, rule, days, times, titles, rooms, elsewhere: (line, venue) x2)
PAGES = [
    ("FITZROY LEARNING NETWORK", "198 Napier Street, Fitzroy VIC 3065  |  (03) 9417 9999",
     "Unless another venue is shown, everything below happens at the house,\n198 Napier Street.",
     ["MONDAY 11 JANUARY", "WEDNESDAY 20 JANUARY", "THURSDAY 28 JANUARY"],
     ["10.00am", "1.30pm", "7.00pm", "2.00pm"],
     ["Conversation Club", "Digital help drop-in", "Residents' forum", "Author talk"],
     ["Room 2", "Computer lab"],
     [("Richmond Town Hall, Reading Room, 333 Bridge Road, Richmond VIC 3121", "Richmond Town Hall"),
      ("Fitzroy Library, 128 Moor Street, Fitzroy VIC 3065", "Fitzroy Library")]),
    ("NACHBARSCHAFTSHAUS URBANSTRASSE", "Urbanstraße 21, 10961 Berlin  |  Tel. 030 690 4970",
     "Sofern kein anderer Ort angegeben, finden alle Angebote im Haus statt.",
     ["MONTAG, 11. JANUAR", "MITTWOCH, 20. JANUAR", "DONNERSTAG, 28. JANUAR"],
     ["10:00 Uhr", "13:30 Uhr", "19:00 Uhr", "14:00 Uhr"],
     ["Sprachcafé", "Digitale Sprechstunde", "Kiezversammlung", "Lesung"],
     ["Raum 2", "Computerraum"],
     [("Rathaus Neukölln, BVV-Saal, Karl-Marx-Straße 83, 12043 Berlin", "Rathaus Neukölln"),
      ("Stadtbibliothek Potsdam, Am Kanal 47, 14467 Potsdam", "Stadtbibliothek Potsdam")]),
    ("MAISON DE QUARTIER DES BABETS", "12 rue des Babets, 35000 Rennes  |  02 99 00 00 00",
     "Sauf autre lieu indiqué, toutes les activités ont lieu à la maison, 12 rue des Babets.",
     ["LUNDI 11 JANVIER", "MERCREDI 20 JANVIER", "JEUDI 28 JANVIER"],
     ["10 h", "13 h 30", "19 h", "14 h"],
     ["Café des langues", "Aide numérique", "Forum des habitants", "Rencontre d'auteur"],
     ["Salle 2", "Salle informatique"],
     [("Hôtel de Ville, salle du conseil, place de la Mairie, 35000 Rennes", "Hôtel de Ville"),
      ("Médiathèque de Cesson, 1 place de l'Église, 35510 Cesson-Sévigné", "Médiathèque de Cesson")]),
    ("CASA DEL BARRIO DE BENIMACLET", "Calle de Arquitecto Arnau 9, 46020 Valencia  |  963 000 000",
     "Salvo que se indique otro lugar, todas las actividades son en la casa.",
     ["LUNES 11 DE ENERO", "MIÉRCOLES 20 DE ENERO", "JUEVES 28 DE ENERO"],
     ["10:00 h", "13:30 h", "19:00 h", "17:00 h"],
     ["Café de idiomas", "Ayuda digital", "Asamblea vecinal", "Charla de autora"],
     ["Sala 2", "Aula de informática"],
     [("Ayuntamiento de Valencia, Salón de Cristal, Plaza del Ayuntamiento 1, 46002 Valencia", "Ayuntamiento de Valencia"),
      ("Biblioteca de Alboraya, Calle Mayor 12, 46120 Alboraya", "Biblioteca de Alboraya")]),
]  # fmt: skip


def _page(name, address, rule, days, times, titles, rooms, elsewhere) -> str:
    return (
        f"{name}\n{address}\n\n{rule}\n\n"
        f"{days[0]}\n  {times[0]}   {titles[0]}\n            {rooms[0]}\n"
        f"  {times[1]}   {titles[1]}\n            {rooms[1]}\n\n"
        f"{days[1]}\n  {times[2]}   {titles[2]}\n            {elsewhere[0][0]}\n\n"
        f"{days[2]}\n  {times[3]}   {titles[3]}\n            {elsewhere[1][0]}\n"
    )


@pytest.mark.parametrize("row", PAGES, ids=["en", "de", "fr", "es"])
def test_the_rooms_are_the_houses_and_the_others_keep_theirs(row: tuple) -> None:
    name, *_, rooms, elsewhere = row
    listing = parse(_page(*row), as_of=AS_OF)
    got = listing.meetings
    assert [m.date for m in got] == ["2027-01-11", "2027-01-11", "2027-01-20", "2027-01-28"]
    for m, room in zip(got[:2], rooms, strict=True):
        assert (m.venue or "").casefold() == name.casefold()
        assert m.room == room
    assert [m.venue for m in got[2:]] == [v for _, v in elsewhere]
