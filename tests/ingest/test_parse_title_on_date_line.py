"""A diary's entry with the talk's title on the date line and the venue on the line under it
(issue 17 items 7 and 8; holdout7's Markdown programme): "Tue 2 Mar, 7.30pm — Chartism in the
Black Country — Dr Ruth Ames" over "Friends Meeting House, Upper Goat Lane". Read as a person
reads it:

- the words after the time are the title when they are worded as one (a colon, words in lower
  case) and name no place of their own, and the line under them opens with a venue's name (a
  venue word, or a name before its street); that line is the venue, the title stays the title;
- a Markdown line in italics (``*Friends Meeting House, …*``) is that line without its marks,
  never a bullet that would start the next entry;
- a date line that names its place keeps it, and a sentence under the title is no venue.

The rows are variants written from the pattern in four languages, not copied from the corpus.
"""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse
from eventmap.ingest.text import text_lines

AS_OF = date(2027, 2, 1)

# fmt: off
ROWS = [
    # (lang, date line, the line under it, date, time, title, venue)
    ("en", "Tue 2 Mar, 7.30pm — Chartism in the Black Country — Dr Ruth Ames",
     "Friends Meeting House, Upper Goat Lane", "2027-03-02", "19:30",
     "Chartism in the Black Country — Dr Ruth Ames", "Friends Meeting House"),
    ("en", "Sat 13 Mar, 10am — Day school: dockers and the 1889 strike",
     "Bishopsgate Institute, 230 Bishopsgate, London EC2M 4QH", "2027-03-13", "10:00",
     "Day school: dockers and the 1889 strike", "Bishopsgate Institute"),
    ("en", "Thu 18 Mar, 1900hrs — Members' evening: show and tell",
     "Quaker Meeting House, 10 St Giles", "2027-03-18", "19:00",
     "Members' evening: show and tell", "Quaker Meeting House"),
    ("de", "Di 2. März, 19 Uhr — Vortrag: Die Weberaufstände in Schlesien",
     "Kulturzentrum Schlachthof, Mombachstraße 12", "2027-03-02", "19:00",
     "Vortrag: Die Weberaufstände in Schlesien", "Kulturzentrum Schlachthof"),
    ("fr", "mardi 2 mars, 18h30 — Conférence : la Commune et les femmes",
     "Maison des associations, 6 rue Berthelot", "2027-03-02", "18:30",
     "Conférence : la Commune et les femmes", "Maison des associations"),
    ("es", "martes 2 de marzo, 19 h — Charla: historia de las huelgas portuarias",
     "Biblioteca Popular Almafuerte, Olavarría 742", "2027-03-02", "19:00",
     "Charla: historia de las huelgas portuarias", "Biblioteca Popular Almafuerte"),
]
# fmt: on
IDS = [f"{r[0]}-{r[6]}" for r in ROWS]
LANG = {"en": None, "de": "de", "fr": "fr", "es": "es"}


def _page(form: str, date_line: str, under: str) -> str:
    if form == "text":
        return f"Programme\n\n{date_line}\n{under}\n"
    if form == "markdown":  # a list item, the venue in italics on the line under it
        return f"# Programme\n\n- **{date_line}**  \n  *{under}*\n"
    return (
        "<html><body><h1>Programme</h1><ul>"
        f"<li>{date_line}<br><em>{under}</em></li></ul></body></html>"
    )


@pytest.mark.parametrize("form", ["text", "markdown", "html"])
@pytest.mark.parametrize("row", ROWS, ids=IDS)
def test_the_line_under_a_titled_date_line_is_the_venue(row, form):
    lang, date_line, under, day, time, title, venue = row
    (m,) = parse(_page(form, date_line, under), as_of=AS_OF, lang=LANG[lang]).meetings
    assert (m.date, m.start_time) == (day, time)
    assert m.venue == venue
    assert m.title == title
    street = under.split(", ", 1)[1]
    assert street.split(",")[0] in " ".join(filter(None, (m.room, m.address)))


@pytest.mark.parametrize(
    "line,text",
    [
        ("*Friends Meeting House, Upper Goat Lane*", "Friends Meeting House, Upper Goat Lane"),
        ("  *Salle des fêtes, 2 place de la Mairie*", "Salle des fêtes, 2 place de la Mairie"),
        ("* Saturday 6 March", "* Saturday 6 March"),  # a bullet stays a bullet
        ("*Note:* bring a packed lunch", "Note: bring a packed lunch"),  # emphasis in passing
    ],
)
def test_a_markdown_line_in_italics_loses_its_marks(line, text):
    (got,) = text_lines(line)
    assert got.text == text


# fmt: off
@pytest.mark.parametrize("date_line,under,venue", [
    # the date line names its place: the line under it is its address or a note
    ("Tue 2 Mar, 7.30pm — Trades Hall, 54 Victoria St", "Carlton VIC 3053", "Trades Hall"),
    ("Sat 13 Mar, 2pm — Walk from the Forum steps",
     "Leinster House. Bring your branch banner!", None),
    # a second title line under the first is no venue
    ("Tue 16 Mar, 7.30pm — Book launch: Red Clydeside",
     "with readings and a discussion afterwards", None),
])
# fmt: on
def test_what_is_not_a_venue_under_the_title_stays_so(date_line, under, venue):
    (m,) = parse(_page("text", date_line, under), as_of=AS_OF).meetings
    assert m.venue != under.split(",")[0]
    if venue is not None:
        assert m.venue == venue


DIARY = """# Radical History Society

## Spring programme

_Talks are free for members. Doors open 15 minutes before the start._

### March

- **Tue 2 Mar**, 7.30pm — Chartism in the Black Country — Dr Ruth Ames
  *Friends Meeting House, Upper Goat Lane*
- **Sat 13 Mar**, 10am — Day school: dockers and the 1889 strike (lunch provided)
  *Bishopsgate Institute, 230 Bishopsgate, London EC2M 4QH*
- **Thu 18 Mar**, 1900hrs — Members' evening: show and tell
  *Friends Meeting House, Upper Goat Lane*

### April

- **Tue 6 Apr**, 7.30pm — Friends Meeting House, Upper Goat Lane
  *Annual General Meeting*
"""


def test_a_diary_reads_every_venue_through_the_cli(tmp_path):
    path = tmp_path / "diary.md"
    path.write_text(DIARY, encoding="utf-8")
    got = [(m["date"], m["start_time"], m["venue"]) for m in cli_meetings(path, "--as-of", "2027-02-01")]
    assert got == [
        ("2027-03-02", "19:30", "Friends Meeting House"),
        ("2027-03-13", "10:00", "Bishopsgate Institute"),
        ("2027-03-18", "19:00", "Friends Meeting House"),
        ("2027-04-06", "19:30", "Friends Meeting House"),
    ]
