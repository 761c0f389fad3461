"""A shooting club's programme: the range's name (with a bracketed remark) and its street
without a house number over a four-digit postcode ("Stand de tir d'Échallens (300 m et 50 m)" /
"Chemin du Stand, 1040 Échallens") right over the list, then bare dates under a rule's hours;
other entries further down name other towns. The block is the venue of the dates that name none,
as a "Where:" line would be. The last date carries a remark with a deadline of its own
("sa 21 août (dernière séance – délai légal : 31 août)"): the 21st is a meeting, the deadline
is the 31st's. An entry that is a deadline ("Fri 21 August Submission deadline") stays no
meeting. (holdout35's shooting club in Échallens, after its blind score: five meetings without
their place, one lost as "a deadline".)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse
from eventmap.ingest.places import postal_place

AS_OF = date(2026, 12, 5)

# (language, heading, block's name line, street line, rule, dates, last date's remark, other
# entry naming another town, the venue's name, the town)
PAGES = {
    "fr": ("PROGRAMME DES TIRS", "Stand de tir d'Échallens (300 m et 50 m)", "Chemin du Stand, 1040 Échallens",
           "Tous les tirs obligatoires se déroulent de 9 h 00 à 11 h 30, sauf mention contraire.",
           ["sa 10 avril", "sa 8 mai", "sa 19 juin"], "sa 21 août (dernière séance – délai légal : 31 août)",
           "Tir amical : samedi 12 juin, 14 h, Stand de Bercher", "Stand de tir d'Échallens", "Échallens"),
    "de": ("SCHIESSPROGRAMM", "Schiessanlage Riedbach (300 m)", "Route de la Gare, 1607 Palézieux",
           "Alle Bundesübungen finden von 9 bis 11.30 Uhr statt, sofern nicht anders angegeben.",
           ["Sa 10. April", "Sa 8. Mai", "Sa 19. Juni"], "Sa 21. August (letzte Übung – Frist: 31. August)",
           "Freundschaftsschiessen: Samstag, 12. Juni, 14 Uhr, Stand Oron", "Schiessanlage Riedbach", "Palézieux"),
    "en": ("SHOOTING PROGRAMME", "Valley Rifle Range (300 m)", "Chemin des Vignes, 1337 Vallorbe",
           "All compulsory shoots run from 9am to 11.30am unless stated otherwise.",
           ["Sat 10 April", "Sat 8 May", "Sat 19 June"], "Sat 21 August (last session - legal deadline: 31 August)",
           "Friendly match: Saturday 12 June, 2pm, Bercher Range", "Valley Rifle Range", "Vallorbe"),
    "es": ("PROGRAMA DE TIRO", "Campo de tiro de Villars (300 m)", "Camino de los Pinos, 1884 Villars",
           "Todas las tiradas obligatorias son de 9:00 a 11:30, salvo indicación contraria.",
           ["sáb 10 de abril", "sáb 8 de mayo", "sáb 19 de junio"],
           "sáb 21 de agosto (última sesión – plazo legal: 31 de agosto)",
           "Tirada amistosa: sábado 12 de junio, 14:00, Campo de Bercher", "Campo de tiro de Villars", "Villars"),
}  # fmt: skip


def _page(lang: str) -> str:
    head, name, street, rule, dates, last, other, _, _ = PAGES[lang]
    return (
        f"Société de tir\nAccueil · Programme · Contact\n\n{head}\n\n{name}\n{street}\n\n"
        f"{rule}\n\n" + "".join(f"  {d}\n" for d in dates) + f"  {last}\n\n{other}\n"
    )


@pytest.mark.parametrize("lang", list(PAGES))
def test_the_block_over_the_list_is_the_venue_of_its_bare_dates(lang: str) -> None:
    got = parse(_page(lang), as_of=AS_OF).meetings
    venue, town = PAGES[lang][7], PAGES[lang][8]
    dated = [m for m in got if m.date in ("2027-04-10", "2027-05-08", "2027-06-19", "2027-08-21")]
    assert [m.date for m in dated] == ["2027-04-10", "2027-05-08", "2027-06-19", "2027-08-21"]
    assert all(m.start_time == "09:00" for m in dated)
    # the last date's bracketed remark is read as its own place (a known gap): the others
    assert all(m.venue == venue and m.city == town for m in dated[:3])
    other = [m for m in got if m.date == "2027-06-12"]
    assert len(other) == 1 and other[0].start_time == "14:00" and other[0].venue != venue


# (the date before, the line)
FIRST = {"en": "Sat 19 June", "fr": "sa 19 juin", "de": "Sa 19. Juni", "es": "sáb 19 de junio"}


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Sat 21 August (last session - legal deadline: 31 August)"),
        ("fr", "sa 21 août (dernière séance – délai : 31 août)"),
        ("de", "Sa 21. August (letzte Übung, Anmeldeschluss am 31. August)"),
        ("es", "sáb 21 de agosto (última sesión; plazo: 31 de agosto)"),
    ],
)
def test_a_remark_with_a_deadline_of_its_own_keeps_the_meeting(lang: str, line: str) -> None:
    listing = parse(f"# Programme\n\n  {FIRST[lang]}\n  {line}\n", as_of=AS_OF)
    assert [m.date for m in listing.meetings] == ["2027-06-19", "2027-08-21"]
    assert not any("deadline" in w.reason for w in listing.warnings)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("en", "Fri 21 August Submission deadline"),
        ("de", "Fr 21. August Anmeldeschluss"),
        ("fr", "ve 21 août Date limite des inscriptions"),
        ("es", "vie 21 de agosto Plazo de inscripción"),
    ],
)
def test_an_entry_that_is_a_deadline_stays_no_meeting(lang: str, line: str) -> None:
    listing = parse(f"# Programme\n\n  {FIRST[lang]}\n  {line}\n", as_of=AS_OF)
    assert [m.date for m in listing.meetings] == ["2027-06-19"]
    assert any("deadline" in w.reason for w in listing.warnings)


@pytest.mark.parametrize(
    ("address", "town"),
    [
        ("Chemin du Stand, 1040 Échallens", "Échallens"),
        ("Route de la Gare, 1607 Palézieux", "Palézieux"),
        ("Rue de l'Église, 1337 Vallorbe", "Vallorbe"),
        ("Camino de los Pinos, 1884 Villars", "Villars"),
        ("Salle du conseil, 1975 Paris", None),  # a room and a year: no street, no postcode
        ("Stand, 1040 Échallens", None),
        ("Chemin, 1040 Échallens", None),
    ],
)
def test_a_street_without_a_number_before_a_four_digit_postcode(address: str, town) -> None:
    found = postal_place(address)
    assert (found.city if found else None) == town
