"""A body's calendar of sittings as a PDF's text keeps it: a two-column table ("Sitzung
Datum") whose rows name each sitting and its date, the time said once in a sentence under the
table ("Alle Sitzungen beginnen jeweils um 9.00 Uhr"), and the place in the intro's sentence,
wrapped over two lines. A list under a heading of sittings closed to the public ("Nicht
öffentliche Sitzungen der Kommissionen") holds no meetings. Written from holdout44's
parliament's session calendar; the rows are variants, with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 10)

# (lang, intro's two lines, header, rows, the rule under the table, want: (date, time, title),
# venue, address)
SITTINGS = [
    ("en", ["Council meetings are held at the Civic Centre,",
            "25 Armstrong Street South, Ballarat VIC 3350. Members of the public are welcome."],
     "Meeting            Date",
     ["March Council      Wednesday, 3 March 2027",
      "April Council      Wednesday, 7 April 2027",
      "Budget Council     Wednesday, 12 May 2027"],
     "All meetings begin at 6.30pm.",
     [("2027-03-03", "18:30", "March Council"), ("2027-04-07", "18:30", "April Council"),
      ("2027-05-12", "18:30", "Budget Council")],
     "Civic Centre", "25 Armstrong Street South, Ballarat VIC 3350"),
    ("de", ["Die Sitzungen des Gemeinderats finden im Ratssaal im Gemeindehaus,",
            "Dorfstrasse 24, 9495 Triesen, statt. Zuhörerinnen und Zuhörer sind willkommen."],
     "Sitzung               Datum",
     ["März-Sitzung          Dienstag, 2. März 2027",
      "April-Sitzung         Dienstag, 6. April 2027",
      # a long first cell leaves two spaces before the date's column
      "Budget-Sondersitzung  Dienstag, 11. Mai 2027"],
     "Alle Sitzungen beginnen jeweils um 18.00 Uhr.",
     [("2027-03-02", "18:00", "März-Sitzung"), ("2027-04-06", "18:00", "April-Sitzung"),
      ("2027-05-11", "18:00", "Budget-Sondersitzung")],
     "Ratssaal im Gemeindehaus", "Dorfstrasse 24, 9495 Triesen"),
    ("fr", ["Les séances du Conseil communal ont lieu à l'Hôtel de Ville,",
            "place du Château 1, 1260 Nyon. Le public est le bienvenu."],
     "Séance                 Date",
     ["Séance de mars         mercredi 3 mars 2027",
      "Séance d'avril         mercredi 7 avril 2027 *)",
      "Séance du budget       mercredi 12 mai 2027"],
     "Toutes les séances commencent à 19 h 30.",
     [("2027-03-03", "19:30", "Séance de mars"), ("2027-04-07", "19:30", "Séance d'avril"),
      ("2027-05-12", "19:30", "Séance du budget")],
     "Hôtel de Ville", "place du Château 1, 1260 Nyon"),
    ("es", ["Los plenos ordinarios se celebran en el Salón de Plenos de la Casa Consistorial,",
            "Plaza de Santa María 3, 11380 Tarifa. Las sesiones son públicas."],
     "Sesión                 Fecha",
     ["Pleno de marzo         jueves 4 de marzo de 2027",
      "Pleno de abril         jueves 8 de abril de 2027",
      "Pleno del presupuesto  jueves 13 de mayo de 2027"],
     "Todas las sesiones comienzan a las 10:00.",
     [("2027-03-04", "10:00", "Pleno de marzo"), ("2027-04-08", "10:00", "Pleno de abril"),
      ("2027-05-13", "10:00", "Pleno del presupuesto")],
     "Salón de Plenos de la Casa Consistorial", "Plaza de Santa María 3, 11380 Tarifa"),
]  # fmt: skip


def _page(intro: list[str], head: str, rows: list[str], rule: str, more: list[str] = ()) -> str:
    return "\n".join(["CALENDAR 2027", "", *intro, "", head, *rows, "", rule, "", *more, ""])


@pytest.mark.parametrize(
    ("lang", "intro", "head", "rows", "rule", "want", "venue", "address"), SITTINGS
)
def test_a_sittings_table_takes_the_time_below_it_and_the_intros_place(
    lang, intro, head, rows, rule, want, venue, address
):
    ms = parse(_page(intro, head, rows, rule), as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time, m.title) for m in ms] == want
    assert {(m.venue, m.address) for m in ms} == {(venue, address)}


@pytest.mark.parametrize(
    ("lang", "intro", "head", "rows", "rule", "want", "venue", "address"), SITTINGS
)
def test_without_the_header_the_row_is_read_as_before(
    lang, intro, head, rows, rule, want, venue, address
):
    # no header naming the columns: one wide gap is a line's padding, and the words before the
    # date are no title cell (the place read from them is the page's own business)
    ms = parse(_page(intro, "", rows, rule), as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in ms] == [w[0] for w in want]
    assert all(m.title != w[2] for m, w in zip(ms, want, strict=True))


@pytest.mark.parametrize(
    ("lang", "head", "rows", "rule", "times"),
    [
        # rows with their own times keep them: the rule under the table is for untimed rows
        ("en", "Meeting            Date",
         ["March Council      Wednesday, 3 March 2027, 7pm",
          "April Council      Wednesday, 7 April 2027, 5pm"],
         "All meetings begin at 6.30pm.", ["19:00", "17:00"]),
        ("de", "Sitzung            Datum",
         ["März-Sitzung       Dienstag, 2. März 2027, 19 Uhr",
          "April-Sitzung      Dienstag, 6. April 2027, 17 Uhr"],
         "Alle Sitzungen beginnen jeweils um 18.00 Uhr.", ["19:00", "17:00"]),
        # one row is no list: the rule under it is for what follows
        ("fr", "Séance                 Date", ["Séance de mars         mercredi 3 mars 2027"],
         "Toutes les séances commencent à 19 h 30.", [None]),
        ("es", "Sesión                 Fecha", ["Pleno de marzo         jueves 4 de marzo de 2027"],
         "Todas las sesiones comienzan a las 10:00.", [None]),
    ],
)  # fmt: skip
def test_the_rule_below_a_table_leaves_timed_rows_and_a_lone_row(lang, head, rows, rule, times):
    ms = parse(_page([], head, rows, rule), as_of=AS_OF, lang=lang).meetings
    assert [m.start_time for m in ms] == times


@pytest.mark.parametrize(
    ("lang", "heading", "row"),
    [
        ("en", "Closed sessions (for information)", "Audit Committee      15 February 2027, 2pm"),
        ("en", "Committee meetings (not open to the public)", "Audit Committee      15 February 2027"),
        ("de", "Nicht öffentliche Sitzungen der Kommissionen (zur Information)",
         "Finanzkommission      15.02.2027"),
        ("de", "Sitzungen der Ausschüsse (nicht öffentlich)", "Finanzausschuss      15.02.2027, 14 Uhr"),
        ("fr", "Séances non publiques des commissions", "Commission des finances      15 février 2027"),
        ("fr", "Séances à huis clos", "Commission des finances      15 février 2027, 14 h"),
        ("es", "Sesiones no públicas de las comisiones", "Comisión de Hacienda      15 de febrero de 2027"),
        ("es", "Reuniones a puerta cerrada", "Comisión de Hacienda      15 de febrero de 2027, 14:00"),
    ],
)  # fmt: skip
def test_sittings_closed_to_the_public_are_no_meetings(lang, heading, row):
    page = "\n".join(["Public meeting 3 March 2027, 7pm, Town Hall", "", heading, row, ""])
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == ["2027-03-03"]
    assert any("closed to the public" in w.reason and w.line == 4 for w in listing.warnings)


@pytest.mark.parametrize(
    ("lang", "heading", "row"),
    [
        # a public sitting, or a closure of something else, keeps its meetings
        ("en", "Public sessions", "Full Council      15 February 2027, 7pm"),
        ("en", "Closed on Mondays", "Full Council      15 February 2027, 7pm"),
        ("de", "Öffentliche Sitzungen", "Gemeinderat      15.02.2027, 19 Uhr"),
        ("fr", "Séances publiques", "Conseil communal      15 février 2027, 19 h"),
        ("es", "Sesiones públicas", "Pleno ordinario      15 de febrero de 2027, 19:00"),
        # a heading that mentions a closed part, or private or internal sittings, is no list of
        # closed sittings: "Private sessions" of a yoga studio are booked, not closed
        ("en", "City Council Meetings (Closed Session begins at 5:30 p.m.)",
         "Regular Meeting      15 February 2027, 7pm"),
        ("en", "Private sessions", "Intro to Yoga      15 February 2027, 7pm"),
        ("en", "Internal meetings and public events", "Public meeting      15 February 2027, 7pm"),
        ("es", "Sesiones del Pleno (no públicas las de la Junta de Gobierno)",
         "Pleno ordinario      15 de febrero de 2027, 19:00"),
        ("de", "Geschlossene Sitzungen und öffentliche Termine", "Gemeinderat      15.02.2027, 19 Uhr"),
    ],
)  # fmt: skip
def test_public_sittings_stay_meetings(lang, heading, row):
    page = "\n".join(["Public meeting 3 March 2027, 7pm, Town Hall", "", heading, row, ""])
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in ms] == ["2027-03-03", "2027-02-15"]


@pytest.mark.parametrize(
    ("lang", "page", "venues"),
    [
        # the date's cell goes on with the time and the place: the place is read
        ("en", "Event                         Date\n"
               "Spring concert                Saturday 20 March 2027, 7pm, St Mary's Church\n"
               "Summer fete                   Saturday 19 June 2027, 2pm, Vicarage garden\n",
         ["St Mary's Church", "Vicarage garden"]),
        ("fr", "Séance                  Date\n"
               "Conseil municipal       lundi 18 janvier 2027, 19 h, salle du conseil\n"
               "Conseil municipal       lundi 15 février 2027, 19 h, salle du conseil\n",
         ["salle du conseil", "salle du conseil"]),
        ("es", "Evento                  Fecha\n"
               "Asamblea general        jueves 28 de enero de 2027, 19:00, Casal del Barri\n"
               "Asamblea general        jueves 25 de febrero de 2027, 19:00, Casal del Barri\n",
         ["Casal del Barri", "Casal del Barri"]),
        # the date first, then the title's cell with its time and place: read as a line
        ("de", "Datum              Thema\n"
               "12.01.2027         Mitgliederversammlung, 19 Uhr, Vereinsheim\n"
               "09.02.2027         Stammtisch, 19 Uhr, Vereinsheim\n",
         ["Vereinsheim", "Vereinsheim"]),
    ],
)  # fmt: skip
def test_a_date_cell_with_its_place_keeps_the_place(lang, page, venues):
    ms = parse(page, as_of=date(2027, 1, 5), lang=lang).meetings
    assert [m.venue for m in ms] == venues
