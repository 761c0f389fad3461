"""A club's programme states its weekly venue once ("Our weekly meetings are held on Monday
evenings at the Rutherford Hotel, Trafalgar Square, Nelson. Dinner meetings start at 6pm"),
then lists date headings with a line under each. A line that is a title, a dash, then words in
lower case about it ("Club assembly – committee reports and the half-year budget",
"Fellowship evening – CANCELLED (function room unavailable)") names no place of its own, though
a venue's word is in it ("club", "room"): the meeting is at the list's venue and the line is
its title. A line that names a venue of its own keeps it. (holdout32's Rotary club, after its
blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# (rule, venue, date headings and their lines, the line naming its own venue and that venue)
PAGES = {
    "en": ("Our weekly meetings are held on Monday evenings at the Rutherford Hotel, Trafalgar "
           "Square, Nelson. Dinner meetings start at 6pm sharp.", "Rutherford Hotel",
           [("Monday 25 January", "Club assembly – committee reports and the half-year budget"),
            ("Monday 22 February", "Fellowship evening – social night in the lounge room")],
           ("Monday 15 February", "Joint meeting at the Richmond Town Hall, Cambridge Street, Richmond"),
           "Richmond Town Hall"),
    "de": ("Unsere Treffen finden jeden Montagabend im Hotel Rutherford, Marktplatz 3, 34117 "
           "Kassel statt und beginnen um 18 Uhr.", "Hotel Rutherford",
           [("Montag, 25. Januar", "Clubversammlung – berichte der ausschüsse und der haushalt"),
            ("Montag, 22. Februar", "Geselliger Abend – spiele im kleinen saal")],
           ("Montag, 15. Februar", "Gemeinsames Treffen im Rathaus Kassel, Obere Königsstraße 8, Kassel"),
           "Rathaus Kassel"),
    "fr": ("Nos réunions ont lieu chaque lundi soir à l'Hôtel Rutherford, place du Marché, "
           "Nantes, et commencent à 18 h.", "Hôtel Rutherford",
           [("Lundi 25 janvier", "Assemblée du club – rapports des commissions et budget"),
            ("Lundi 22 février", "Soirée conviviale – jeux dans la petite salle")],
           ("Lundi 15 février", "Réunion commune à la Mairie de Rezé, place Jean-Baptiste Daviais, Rezé"),
           "Mairie de Rezé"),
    "es": ("Nuestras reuniones son los lunes por la noche en el Hotel Rutherford, Plaza Mayor 3, "
           "Zaragoza, y empiezan a las 18:00.", "Hotel Rutherford",
           [("Lunes 25 de enero", "Asamblea del club – informes de las comisiones y presupuesto"),
            ("Lunes 22 de febrero", "Velada social – juegos en la sala pequeña")],
           ("Lunes 15 de febrero", "Reunión conjunta en el Centro Cívico Delicias, Calle Duquesa Villahermosa 159, Zaragoza"),
           "Centro Cívico Delicias"),
}  # fmt: skip


def _page(lang: str, *, own: bool) -> str:
    rule, _, entries, other, _ = PAGES[lang]
    rows = [*entries, other] if own else entries
    out = ["CLUB PROGRAMME", "", rule, ""]
    for when, line in rows:
        out += [when, line, ""]
    return "\n".join(out)


@pytest.mark.parametrize("lang", list(PAGES))
def test_a_title_with_a_remark_is_at_the_lists_venue(lang: str) -> None:
    _, venue, entries, _, _ = PAGES[lang]
    got = parse(_page(lang, own=False).encode(), as_of=AS_OF).meetings
    assert len(got) == len(entries)
    for m in got:
        assert venue in (m.venue or "")
        assert m.start_time == "18:00"


@pytest.mark.parametrize("lang", list(PAGES))
def test_a_line_that_names_its_own_venue_keeps_it(lang: str) -> None:
    _, venue, entries, _, own = PAGES[lang]
    got = parse(_page(lang, own=True).encode(), as_of=AS_OF).meetings
    assert len(got) == len(entries) + 1
    assert own in " ".join(v for v in (got[-1].venue, got[-1].place, got[-1].address) if v)
    assert venue not in (got[-1].venue or "")
