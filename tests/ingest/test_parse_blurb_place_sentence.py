"""A parish newsletter's entries: the date and time, then one paragraph that tells what happens
and, in one short sentence of its own, where ("Adventsfeier … mit Kaffee, Stollen und
Geschichten. Gemeindehaus Lamm, Am Markt 7. Wer abgeholt werden möchte, …"), or after a comma
("Im Anschluss an den Gottesdienst, Gemeindehaus Lamm"). That sentence is the place; the
paragraph's other sentences are not. (holdout22's b-gemeinde.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)


# fmt: off
@pytest.mark.parametrize("lang,date_line,blurb,venue", [
    ("de", "Mittwoch, 9.12., 14.30 Uhr", "Adventsfeier für Seniorinnen und Senioren mit Kaffee, "
     "Stollen und Geschichten. Gemeindehaus Lamm, Am Markt 7. Wer abgeholt werden möchte, meldet "
     "sich bitte im Gemeindebüro.", "Gemeindehaus Lamm"),
    ("de", "So, 10. Januar, ca. 11.15 Uhr", "Gemeindeversammlung: Bericht des "
     "Kirchengemeinderats, Haushalt, Zukunft des Gemeindehauses. Im Anschluss an den Gottesdienst, "
     "Gemeindehaus Lamm", "Gemeindehaus Lamm"),
    ("en", "Wednesday 9 December, 2.30pm", "Advent tea for older members with cake, carols and "
     "stories. Church Hall, 7 Market Street. If you need a lift, please ring the office.",
     "Church Hall"),
    ("fr", "Mercredi 9 décembre, 14 h 30", "Goûter de l'Avent pour les aînés avec gâteaux, chants "
     "et contes. Salle paroissiale, 7 rue du Marché. Pour être raccompagné, appelez le secrétariat.",
     "Salle paroissiale"),
    ("es", "Miércoles 9 de diciembre, 17:30", "Merienda de Adviento para mayores con dulces, "
     "villancicos y cuentos. Salón parroquial, calle Mayor 7. Si necesitas que te recojan, llama "
     "a la parroquia.", "Salón parroquial"),
])
# fmt: on
def test_the_short_sentence_that_names_the_place(
    lang: str, date_line: str, blurb: str, venue: str
) -> None:
    (m,) = parse(f"Termine\n\n{date_line}\n{blurb}\n", as_of=AS_OF, lang=lang).meetings
    assert m.venue == venue
