"""A club's blog post: a rule that gives every meeting's time and place unless noted, with a
remark in brackets between them ("Unless noted below, they start at 6:30 p.m. (doors open at 6
p.m. for the library and the raffle) at the Golden Community Center, 1470 10th St., Golden"),
then a list of dates with their demos, some "with" their demonstrator ("– Hollow forms, with Tom
Keller"). Before, the bracket hid the rule's place, and "with Tom Keller" was read as the
meeting's place. (holdout38's woodturners, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 30)

# (lang, rule, venue, entries: (date line, title part, "with" part), expected dates)
CASES = [
    ("en", "Unless noted below, meetings start at 6:30 p.m. (doors open at 6 p.m. for the raffle) at the "
     "Golden Community Center, 1470 10th St., Golden, CO 80401.", "Golden Community Center",
     ["• Thursday, February 11 – Hollow forms, with Tom Keller",
      "• Thursday, March 11 – Ornamental turning, with the rose engine from the Denver club"],
     ["2027-02-11", "2027-03-11"], "18:30"),
    ("de", "Sofern nicht anders angegeben, beginnen die Treffen um 18.30 Uhr (Einlass ab 18 Uhr für die "
     "Bibliothek) im Bürgerhaus Süd, Hauptstraße 12, 34117 Kassel.", "Bürgerhaus Süd",
     ["• Donnerstag, 11. Februar – Hohlformen drechseln, mit Anna Berger",
      "• Donnerstag, 11. März – Passigdrehen, mit der Drehbank aus dem Kasseler Verein"],
     ["2027-02-11", "2027-03-11"], "18:30"),
    ("fr", "Sauf mention contraire, les réunions commencent à 18 h 30 (ouverture des portes à 18 h pour la "
     "tombola) à la Maison des associations, 12 rue des Lilas, 38000 Grenoble.", "Maison des associations",
     ["• Jeudi 11 février – Formes creuses, avec Luc Martin",
      "• Jeudi 11 mars – Tournage ornemental, avec le tour à guillocher du club de Lyon"],
     ["2027-02-11", "2027-03-11"], "18:30"),
    ("es", "Salvo indicación, las reuniones empiezan a las 18:30 (las puertas abren a las 18:00 para la "
     "rifa) en el Centro Cívico Delicias, Avda. Navarra 54, 50010 Zaragoza.", "Centro Cívico Delicias",
     ["• Jueves 11 de febrero – Formas huecas, con Ana Ruiz",
      "• Jueves 11 de marzo – Torneado ornamental, con el torno del club de Huesca"],
     ["2027-02-11", "2027-03-11"], "18:30"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "rule", "venue", "entries", "dates", "start"), CASES)
def test_the_rules_place_after_a_remark_and_no_place_from_with(
    lang, rule, venue, entries, dates, start
) -> None:
    page = "Programme 2027\n\n" + rule + "\n\nComing up\n\n" + "\n".join(entries) + "\n"
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time, m.venue) for m in got] == [(d, start, venue) for d in dates]


@pytest.mark.parametrize(
    ("lang", "entry", "venue"),
    [
        ("en", "• Thursday, February 11 – Hollow forms, With Friends Hall, 12 Mill Road", "With Friends Hall"),
        ("de", "• Donnerstag, 11. Februar – Hohlformen drechseln, Mittelschule Nord, Hauptstraße 12",
         "Mittelschule Nord"),
        ("fr", "• Jeudi 11 février – Formes creuses, Avenue Théâtre, 12 rue des Lilas", "Avenue Théâtre"),
        ("es", "• Jueves 11 de febrero – Formas huecas, Conservatorio Municipal, Calle Mayor 14",
         "Conservatorio Municipal"),
    ],
)  # fmt: skip
def test_a_place_whose_name_opens_like_with_is_still_the_place(lang, entry, venue) -> None:
    # Look-alikes: "With" as a name's word, "Mittel…", "Avenue", "Conservatorio" are no "with".
    page = "Programme 2027\n\nAll meetings start at 7pm.\n\n" + entry + "\n"
    got = parse(page, as_of=AS_OF, lang=lang).meetings
    assert len(got) == 1
    assert venue in " ".join(filter(None, (got[0].venue, got[0].room, got[0].address)))
