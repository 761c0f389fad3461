"""A Markdown page's entry whose date is in bold and whose title is in italics ("**Thursday,
December 17** — *Lamplighters to Streetlights: Lighting Millbrook, 1870–1925.* Ellen Marsh,
…"): a long line, but the date opens it and a dash leads to the title, so it is an entry (it
takes the list's time), never a date "mentioned in a sentence" and dropped. From holdout12's
history society page; the rows are variants written from the pattern, not copied from it."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)
RULE = "Unless otherwise noted, lectures are held at the Town Library, 12 Elm Street, at 7:00 p.m."


# fmt: off
@pytest.mark.parametrize("line,lang,rule,when", [
    ("**Thursday, December 17** — *Lamplighters to Streetlights: Lighting the Valley, 1870–1925.* "
     "Ellen Marsh, State Archives, with lantern slides from the collection.", None, RULE,
     "2026-12-17"),
    ("**Thu 21 January** – *The Mill Strike of 1912 and the town that took sides in it.* "
     "Prof. David Okafor, with readings from the strikers' letters.", None, RULE, "2027-01-21"),
    ("**February 18:** _Ice Harvesting on Crescent Pond and the ice houses of the county._ "
     "Robert Lindqvist, Crescent Pond Association, with photographs.", None, RULE, "2027-02-18"),
    ("**Donnerstag, 17. Dezember** — *Vom Gaslicht zur Straßenlaterne: die Beleuchtung der "
     "Altstadt 1870–1925.* Dr. Ellen Marsch, Stadtarchiv, mit Lichtbildern.", "de",
     "Sofern nicht anders angegeben, finden die Vorträge um 19 Uhr im Bürgerhaus statt.",
     "2026-12-17"),
    ("**Jeudi 17 décembre** — *Des réverbères à l'électricité : l'éclairage de la ville de 1870 "
     "à 1925.* Hélène Marchal, archives départementales.", "fr",
     "Sauf mention contraire, les conférences ont lieu à 19h à la Maison des associations.",
     "2026-12-17"),
])
# fmt: on
def test_a_bold_date_over_an_italic_title_is_an_entry(line, lang, rule, when):
    assert len(line) > 110
    listing = parse(f"# Lectures\n\n{rule}\n\n{line}\n", as_of=AS_OF, lang=lang)
    assert [m.date for m in listing.meetings] == [when]
    assert listing.meetings[0].start_time == "19:00"


def test_a_date_inside_a_sentence_stays_unread():
    line = (
        "The committee thanked everyone who came on **Thursday, November 19** and all those who "
        "sent apologies, and will report on the accounts at the next meeting."
    )
    listing = parse(f"# Lectures\n\n{RULE}\n\n{line}\n", as_of=AS_OF)
    assert listing.meetings == []
