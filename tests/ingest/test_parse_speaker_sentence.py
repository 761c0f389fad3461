"""A lecture list under a list-wide place ("Unless otherwise noted, lectures are held at …")
whose entries end with a sentence naming the speaker and where they work:

    **Thursday, December 17** — Lamplighters to Streetlights: Lighting Millbrook, 1870–1925.
    Ellen Marsh, Connecticut State Library.

- the last sentence is the speaker (with a courtesy title if any), the words before it the talk's
  title, and the talk is at the list's place, not at the speaker's library, museum or university;
- an entry whose last sentence is a place ("Trades Hall", "The Red Lion, 4 Market Street",
  "Hebden Bridge, West Yorkshire") keeps it as its place, never as a speaker.
"""

from datetime import date

import pytest
from list_rules import RULES, VENUE

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)


def _page(lang: str, entry: str) -> str:
    return f"# Programme\n\n{RULES[lang]}\n\n## December\n\n{entry}\n"


# fmt: off
@pytest.mark.parametrize("lang,entry,title,speaker", [
    ("en", "**Thursday, December 17** — Lamplighters to Streetlights: Lighting Millbrook, 1870–1925. Ellen Marsh, Connecticut State Library.",
     "Lamplighters to Streetlights: Lighting Millbrook, 1870–1925", "Ellen Marsh"),
    ("en", "**Thursday, December 17** — A Town Divided: the Mill Strike of 1912. Prof. David Okafor, UConn.",
     "A Town Divided: the Mill Strike of 1912", "Prof. David Okafor"),
    ("en", "**Thursday, December 17** — Ice Harvesting on Crescent Pond. Dr. Robert Lindqvist.",
     "Ice Harvesting on Crescent Pond", "Dr. Robert Lindqvist"),
    ("de", "**Donnerstag, 17. Dezember** — Die Gaslaternen der Altstadt. Dr. Eva Brandt, Landesmuseum Württemberg.",
     "Die Gaslaternen der Altstadt", "Dr. Eva Brandt"),
    ("fr", "**Jeudi 17 décembre** — Les lavoirs du vieux Lyon. Marie Lefèvre, Musée Gadagne.",
     "Les lavoirs du vieux Lyon", "Marie Lefèvre"),
    ("es", "**Jueves 17 de diciembre** — Los tranvías de Zaragoza. Dra. Pilar Gómez, Universidad de Zaragoza.",
     "Los tranvías de Zaragoza", "Dra. Pilar Gómez"),
])
# fmt: on
def test_speaker_sentence_leaves_the_list_s_place(lang, entry, title, speaker):
    (m,) = parse(_page(lang, entry), as_of=AS_OF).meetings
    assert m.date == "2026-12-17"
    assert (m.title, m.speaker) == (title, speaker)
    assert m.venue == VENUE[lang]
    assert m.campus is None


# fmt: off
@pytest.mark.parametrize("entry,place", [
    ("**Thursday, December 17** — Members' evening. Trades Hall.", "Trades Hall"),
    ("**Thursday, December 17** — Christmas social. The Red Lion, 4 Market Street.", "Red Lion"),
    ("**Thursday, December 17** — Walk and talk. Hebden Bridge, West Yorkshire.", "Hebden Bridge"),
    ("**Thursday, December 17** — Walk and talk. Hebden Bridge, near Halifax.", "Hebden Bridge"),
])
# fmt: on
def test_a_place_sentence_is_no_speaker(entry, place):
    (m,) = parse(_page("en", entry), as_of=AS_OF).meetings
    assert m.speaker is None
    assert place in " ".join(v for v in (m.title, m.venue, m.address, m.city) if v)
