"""A club's bulletin: each date in capitals, its event's title in capitals under it, then one
sentence that opens with the time and says where ("A las 19:00 en el salón de actos del Centro
Cívico Delicias (C/ Manuela Sancho, 3). Entrada libre.", "A las 19:30 h, Centro Cívico Delicias,
salón de actos.", "De 9:00 a 14:00 en el Parque Grande …"). Each date is one meeting with that
time and place; the sentences are no calendar entries of their own and no campaign's name.
(holdout24's mountain club bulletin, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 2)

# (heading, [(date line, title, sentence)], [(date, start, venue)])
BULLETINS = {
    "es": ("CALENDARIO DE ACTIVIDADES", [
        ("SÁBADO 16 DE ENERO", "PROYECCIÓN: «TRES SEMANAS EN EL ACONCAGUA»",
         "A las 19:00 en el salón de actos del Centro Cívico Delicias (C/ Manuela Sancho, 3). "
         "Entrada libre."),
        ("VIERNES 26 DE FEBRERO", "ASAMBLEA GENERAL DE SOCIOS",
         "A las 19:30 h, Centro Cívico Delicias, salón de actos. Renovación de la junta."),
        ("SÁBADO 20 DE MARZO", "CURSO DE ORIENTACIÓN (MAPA Y BRÚJULA)",
         "De 9:00 a 14:00 en el Parque Grande José Antonio Labordeta. Inscripción: 10 €."),
    ], [("2027-01-16", "19:00", "Centro Cívico Delicias"),
        ("2027-02-26", "19:30", "Centro Cívico Delicias"),
        ("2027-03-20", "09:00", "Parque Grande José Antonio Labordeta")]),
    "en": ("WHAT'S ON", [
        ("SATURDAY 16 JANUARY", "FILM NIGHT: THREE WEEKS ON ACONCAGUA",
         "At 7pm in the main hall of the Delicias Civic Centre (3 Sancho Street). Free entry."),
        ("FRIDAY 26 FEBRUARY", "ANNUAL GENERAL MEETING",
         "At 7.30pm, Delicias Civic Centre, upstairs room. Election of the committee."),
        ("SATURDAY 20 MARCH", "MAP AND COMPASS COURSE",
         "From 9am in Heaton Park (meet at the boathouse). Fee: £10."),
    ], [("2027-01-16", "19:00", "Delicias Civic Centre"),
        ("2027-02-26", "19:30", "Delicias Civic Centre"),
        ("2027-03-20", "09:00", "Heaton Park")]),
    "de": ("TERMINE", [
        ("SAMSTAG, 16. JANUAR", "FILMABEND: DREI WOCHEN AM ACONCAGUA",
         "Um 19 Uhr im großen Saal des Bürgerhauses Vahrenheide. Eintritt frei."),
        ("FREITAG, 26. FEBRUAR", "MITGLIEDERVERSAMMLUNG",
         "Um 19.30 Uhr, Bürgerhaus Vahrenheide, Clubraum. Wahl des Vorstands."),
        ("SAMSTAG, 20. MÄRZ", "KARTE-UND-KOMPASS-KURS",
         "Ab 9 Uhr im Stadtpark Hannover (Treffpunkt am Bootshaus). Gebühr: 10 €."),
    ], [("2027-01-16", "19:00", "Bürgerhauses Vahrenheide"),
        ("2027-02-26", "19:30", "Bürgerhaus Vahrenheide"),
        ("2027-03-20", "09:00", "Stadtpark Hannover")]),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(BULLETINS))
@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["lines", "paragraphs"])
def test_each_date_is_one_meeting_at_its_sentences_time_and_place(lang: str, gap: str) -> None:
    heading, entries, want = BULLETINS[lang]
    blocks = [gap.join(entry) for entry in entries]
    text = "\n\n".join([heading, *blocks]) + "\n"
    listing = parse(text, as_of=AS_OF)
    got = listing.meetings
    assert [(m.date, m.start_time) for m in got] == [w[:2] for w in want]
    for m, (_, _, venue) in zip(got, want, strict=True):
        assert venue in (m.venue or ""), m
    assert [m.title for m in got] == [e[1] for e in entries]
    assert all(m.campaign == heading for m in got)
