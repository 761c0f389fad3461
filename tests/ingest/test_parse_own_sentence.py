"""A lecture cycle states its time and place once ("All talks start at 7.30pm at the Friends
Meeting House … unless stated otherwise"), and an entry's own sentence changes them: led by
"exceptionally" ("Exceptionnellement à 18h, à la Salle Wittert (place du 20-Août 7), dans le
cadre …"), by a meeting point with its time ("Rendez-vous à 10h devant le Château de Seraing"), or
opening with the place's preposition and giving a time ("Au Théâtre de Liège (…), à 20h."). The
entry gets that time and place, the bracketed street as its address; the others keep the list's.
A speaker's name and affiliation under a talk's quoted title ("Anne-Sophie Lemaire, ULiège") are
the speaker's, not a venue. (holdout21's c-up-liege.)"""

import json
import subprocess
import sys
from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 25)

# lang: (rule line, [entries: (date line, line under it)], [(date, time, venue, address)])
PAGES = {
    "en": (
        "All talks start at 7.30pm at the Friends Meeting House, 6 Mount Street, Manchester, "
        "unless stated otherwise.",
        [
            ('Wednesday 2 December: "The Chartists in Manchester"', "Mary Jones, historian"),
            (
                'Wednesday 9 December: "The Peterloo massacre"',
                "Exceptionally at 6pm, in the Central Library (St Peter's Square, 1), as part of "
                "the Peterloo exhibition.",
            ),
            (
                "Saturday 12 December: Walking tour of radical Manchester",
                "Meet at 10am outside the Town Hall (Albert Square). Booking essential.",
            ),
            (
                "Wednesday 16 December: Closing night",
                "At the Working Class Movement Library (51 The Crescent, Salford), at 8pm.",
            ),
            ('Wednesday 13 January: "Cotton and slavery"', "Tom Baker, University of Manchester"),
        ],
        [
            ("2026-12-02", "19:30", "Friends Meeting House", "6 Mount Street, Manchester"),
            ("2026-12-09", "18:00", "Central Library", "St Peter's Square, 1"),
            ("2026-12-12", "10:00", "Town Hall", None),
            ("2026-12-16", "20:00", "Working Class Movement Library", "51 The Crescent, Salford"),
            ("2027-01-13", "19:30", "Friends Meeting House", "6 Mount Street, Manchester"),
        ],
    ),
    "de": (
        "Alle Vorträge beginnen, sofern nicht anders angegeben, um 19:30 Uhr im "
        "Gewerkschaftshaus, Schwanthalerstraße 64, 80336 München.",
        [
            ("Mittwoch, 2. Dezember – „Die Novemberrevolution“", "Maria Huber, Historikerin"),
            (
                "Mittwoch, 9. Dezember – „Räterepublik 1919“",
                "Ausnahmsweise um 18 Uhr in der Monacensia (Maria-Theresia-Straße 23), im Rahmen "
                "der Ausstellung.",
            ),
            (
                "Samstag, 12. Dezember – Stadtrundgang",
                "Treffpunkt um 10 Uhr vor dem Münchner Rathaus (Marienplatz). Anmeldung nötig.",
            ),
            (
                "Mittwoch, 16. Dezember – Jahresabschluss",
                "Im Eine-Welt-Haus (Schwanthalerstraße 80), um 20 Uhr.",
            ),
            ("Mittwoch, 13. Januar – „Streiks in Bayern“", "Thomas Maier, LMU München"),
        ],
        [
            ("2026-12-02", "19:30", "Gewerkschaftshaus", "Schwanthalerstraße 64, 80336 München"),
            ("2026-12-09", "18:00", "Monacensia", "Maria-Theresia-Straße 23"),
            ("2026-12-12", "10:00", "Münchner Rathaus", None),
            ("2026-12-16", "20:00", "Eine-Welt-Haus", "Schwanthalerstraße 80"),
            ("2027-01-13", "19:30", "Gewerkschaftshaus", "Schwanthalerstraße 64, 80336 München"),
        ],
    ),
    "fr": (
        "Toutes les conférences commencent à 19h30 à la Bourse du Travail, 205 place Guichard, "
        "69003 Lyon, sauf mention contraire.",
        [
            ("Mercredi 2 décembre — « Les canuts et la révolte de 1831 »", "Marie Dubois, historienne"),
            (
                "Mercredi 9 décembre — « La Commune de Lyon »",
                "⚠ Exceptionnellement à 18h, à la Bibliothèque municipale de la Part-Dieu "
                "(30 boulevard Vivier-Merle), dans le cadre de l'exposition.",
            ),
            (
                "Samedi 12 décembre — Visite guidée de la Croix-Rousse",
                "Rendez-vous à 10h devant la Mairie du 4e (133 boulevard de la Croix-Rousse).",
            ),
            (
                "Mercredi 16 décembre — Soirée de clôture",
                "Au Théâtre des Célestins (4 rue Charles Dullin), à 20h.",
            ),
            ("Mercredi 13 janvier — « Grèves et syndicats »", "Anne-Sophie Lemaire, ULiège"),
        ],
        [
            ("2026-12-02", "19:30", "Bourse du Travail", "205 place Guichard, 69003 Lyon"),
            ("2026-12-09", "18:00", "Bibliothèque municipale de la Part-Dieu", "30 boulevard Vivier-Merle"),
            ("2026-12-12", "10:00", "Mairie du 4e", "133 boulevard de la Croix-Rousse"),
            ("2026-12-16", "20:00", "Théâtre des Célestins", "4 rue Charles Dullin"),
            ("2027-01-13", "19:30", "Bourse du Travail", "205 place Guichard, 69003 Lyon"),
        ],
    ),
    "es": (
        "Todas las charlas empiezan a las 19:30 en el Ateneo Popular, calle Mayor 12, 46001 "
        "Valencia, salvo que se indique otra cosa.",
        [
            ("Miércoles 2 de diciembre — «La huelga de 1917»", "María López, historiadora"),
            (
                "Miércoles 9 de diciembre — «La Segunda República»",
                "Excepcionalmente a las 18:00, en la Biblioteca Pública de Valencia (calle del "
                "Hospital 13), dentro de la exposición.",
            ),
            (
                "Sábado 12 de diciembre — Ruta por el Cabanyal",
                "Quedamos a las 10:00 frente al Mercado del Cabanyal (calle de los Ángeles).",
            ),
            (
                "Miércoles 16 de diciembre — Cierre del ciclo",
                "En el Teatro El Musical (plaza del Rosario 3), a las 20:00.",
            ),
            ("Miércoles 13 de enero — «Sindicatos y transición»", "Pablo García, Universitat de València"),
        ],
        [
            ("2026-12-02", "19:30", "Ateneo Popular", None),
            ("2026-12-09", "18:00", "Biblioteca Pública de Valencia", "calle del Hospital 13"),
            ("2026-12-12", "10:00", "Mercado del Cabanyal", None),
            ("2026-12-16", "20:00", "Teatro El Musical", "plaza del Rosario 3"),
            ("2027-01-13", "19:30", "Ateneo Popular", None),
        ],
    ),
}  # fmt: skip


def _page(lang: str, numbered: bool = True) -> str:
    rule, entries, _ = PAGES[lang]
    lines = ["Cycle 2026-2027", "", rule, ""]
    for n, (head, under) in enumerate(entries, 1):
        lines += [f"{n}. {head}" if numbered else head, f"   {under}"]
    return "\n".join(lines) + "\n"


def _read(meetings) -> list[tuple]:
    return [(m.date, m.start_time, m.venue, m.address) for m in meetings]


@pytest.mark.parametrize("numbered", [True, False])
@pytest.mark.parametrize("lang", sorted(PAGES))
def test_an_entry_own_sentence_changes_the_list_time_and_place(lang: str, numbered: bool) -> None:
    listing = parse(_page(lang, numbered), as_of=AS_OF, lang=lang)
    want = PAGES[lang][2]
    got = _read(listing.meetings)
    if lang == "es":  # the list's place is read with its street as a room; not this test's
        got = [(d, t, v, a if d in ("2026-12-09", "2026-12-16") else None) for d, t, v, a in got]
    assert got == want


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_speaker_and_affiliation_under_a_quoted_title_are_no_venue(lang: str) -> None:
    listing = parse(_page(lang), as_of=AS_OF, lang=lang)
    last = listing.meetings[-1]
    speaker = PAGES[lang][1][-1][1].split(",")[0]
    assert last.speaker == speaker
    assert last.campus is None and speaker not in (last.venue or "")


# Look-alikes, each an entry under a date line, read as they were before.
# fmt: off
@pytest.mark.parametrize("lang,date_line,under,venue", [
    # a meeting point under the place already named is where to gather there
    ("de", "### Samstag, 12. Dezember, 14 Uhr — Kundgebung",
     "**Ort:** Place d'Armes, Luxembourg-Stadt\nTreffpunkt um 14 Uhr am Musikpavillon.",
     "Place d'Armes"),
    ("en", "Saturday 12 December, 2pm — Rally",
     "Venue: Albert Square, Manchester\nMeet at 1.45pm by the Gladstone statue.",
     "Albert Square"),
    # a venue with its street and room under a quoted title is the venue, not a speaker
    ("de", "Do, 04.02.2027, 17:00 Uhr – Infoabend „Teilzeit – was geht?“",
     "Volkshochschule Bielefeld, Ravensberger Park 1, Raum 240", "Volkshochschule Bielefeld"),
    ("fr", "Mar. 1er déc. — 18h30 — « Guerre en Europe »",
     "Campus Saint-Charles, amphi Massiani (3 place Victor Hugo, Marseille)", "Campus Saint-Charles"),
    ("es", "Sáb. 5 de diciembre, 11 a.m. — «Grabado en tetrapak»",
     "Patio de Jazmines, Casona de San Marcos, Jr. Azángaro 931", "Patio de Jazmines"),
    # a venue and its town under a quoted title: a place ("Hope Mill": a venue word)
    ("en", 'Friday 4 December, 7pm — "Cotton towns"', "Hope Mill, Manchester", "Hope Mill"),
    # "exceptionally" with no place after it changes nothing of the place
    ("en", 'Friday 4 December, 7pm — "Cotton towns"',
     "Conway Hall, 25 Red Lion Square\nExceptionally this talk is in English and Welsh.", "Conway Hall"),
])
# fmt: on
def test_look_alikes_are_read_as_before(lang: str, date_line: str, under: str, venue: str) -> None:
    listing = parse(f"Termine 2026\n\n{date_line}\n{under}\n", as_of=AS_OF, lang=lang)
    assert len(listing.meetings) == 1
    m = listing.meetings[0]
    assert venue in " ".join(filter(None, (m.venue, m.campus, m.place)))


def test_cli_parse_reads_an_entry_own_sentence(tmp_path) -> None:
    path = tmp_path / "cycle.txt"
    path.write_text(_page("fr"), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "eventmap", "parse", str(path), "--as-of", "2026-11-25"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    meetings = json.loads(out.stdout)["meetings"]
    assert [(m["date"], m["start_time"], m["venue"]) for m in meetings] == [
        (d, t, v) for d, t, v, _ in PAGES["fr"][2]
    ]


# A note marked "NB" under an entry, with the place after its preposition and the time, among a
# list's entries that share the list's place and time (holdout21's folk club diary).
# fmt: off
@pytest.mark.parametrize("lang,rule,date_line,note,time,venue", [
    ("en", "All club nights at The Musician, Clarence Street, 8pm unless stated.",
     "Fri 18 Dec   CHRISTMAS SPECIAL with THE GRIMSTONE WAITS",
     "*** NB at LEICESTER GUILDHALL, Guildhall Lane – 7.30pm start ***", "19:30",
     "LEICESTER GUILDHALL"),
    ("en", "All club nights at The Musician, Clarence Street, 8pm unless stated.",
     "Fri 18 Dec: Christmas special", "NB: at the Friends Meeting House, 7pm start", "19:00",
     "Friends Meeting House"),
    ("de", "Alle Abende, sofern nicht anders angegeben, um 20 Uhr im Folkclub, Hauptstraße 3.",
     "Fr, 18.12. – Weihnachtskonzert", "NB: im Rathaussaal, Marktplatz 1 – Beginn 19.30 Uhr",
     "19:30", "Rathaussaal"),
    ("fr", "Toutes les soirées ont lieu à 20h au Café Folk, 3 rue Haute, sauf mention contraire.",
     "Ven. 18 déc. – Spécial Noël", "NB : à la Salle des fêtes, place du Marché – 19h30",
     "19:30", "Salle des fêtes"),
    ("es", "Todas las noches son a las 20:00 en el Café Folk, calle Alta 3, salvo que se indique "
     "otra cosa.", "Vie. 18 dic. – Especial Navidad",
     "NB: en el Salón de actos, calle Mayor 3 – 19:30 h", "19:30", "Salón de actos"),
])
# fmt: on
def test_a_note_under_an_entry_gives_its_place_and_time(
    lang: str, rule: str, date_line: str, note: str, time: str, venue: str
) -> None:
    page = f"Winter programme\n\n{rule}\n\n{date_line}\n{note}\nTickets £15\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time, m.venue) for m in listing.meetings] == [
        ("2026-12-18", time, venue)
    ]
