"""A seminar's page states when and where its sessions are once, the sentence wrapped so its
place opens the next line ("Les séances ont lieu le mardi, de 17 h à 19 h, sauf indication
contraire," / "au Campus Condorcet, Centre de colloques, salle 3.01, 93300 Aubervilliers"),
then lists its sessions with the talk and the speaker with where they work in brackets ("«
Écrire l'histoire des ouvrières du textile », Camille Roussel (Université de Lille)"). Each
session is at the rule's time and place; the speaker's university is the speaker's, not the
session's place. (holdout26's EHESS seminar page, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 27)

# (rule line, its place line, session, venue, speaker)
PAGES = [
    ("Sessions take place on Tuesdays, 5pm to 7pm, unless stated otherwise,",
     "at the Institute of Historical Research, Senate House, Malet Street, London WC1E 7HU",
     "- **Tuesday 12 January 2027**: “Writing the history of textile workers”, Camille Roussel "
     "(University of Leeds)", "Institute of Historical Research", "Camille Roussel"),
    ("Die Sitzungen finden dienstags von 17 bis 19 Uhr statt, sofern nicht anders angegeben,",
     "im Institut für Zeitgeschichte, Leonrodstraße 46b, 80636 München",
     "- **Dienstag, 12. Januar 2027**: „Textilarbeiterinnen schreiben“, Camille Roussel "
     "(Universität Leipzig)", "Institut für Zeitgeschichte", "Camille Roussel"),
    ("Les séances ont lieu le mardi, de 17 h à 19 h, sauf indication contraire,",
     "au Campus Condorcet, Centre de colloques, salle 3.01, 93300 Aubervilliers",
     "- **mardi 12 janvier 2027** : « Écrire l'histoire des ouvrières du textile », Camille "
     "Roussel (Université de Lille)", "Campus Condorcet", "Camille Roussel"),
    ("Las sesiones son los martes, de 17:00 a 19:00 h, salvo indicación en contrario,",
     "en el Instituto de Historia, Calle Albasanz 26, 28037 Madrid",
     "- **martes 12 de enero de 2027**: «Escribir la historia de las obreras textiles», Camila "
     "Rosales (Universidad de Sevilla)", "Instituto de Historia", "Camila Rosales"),
]  # fmt: skip


@pytest.mark.parametrize("row", PAGES, ids=["en", "de", "fr", "es"])
def test_sessions_at_the_rules_place_not_the_speakers_university(row: tuple) -> None:
    rule, place, session, venue, speaker = row
    (m,) = parse(f"# Seminar\n\n{rule}\n{place}\n\n{session}\n", as_of=AS_OF).meetings
    assert (m.date, m.start_time) == ("2027-01-12", "17:00")
    assert venue in (m.venue or "")
    assert m.campus is None or "Universit" not in m.campus
    assert speaker in (m.speaker or "")
