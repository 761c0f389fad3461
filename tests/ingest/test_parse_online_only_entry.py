"""An entry held only online, in a list whose intro states where the meetings are held:

    Unless otherwise noted, lectures are held at the **Millbrook Public Library**, …
    **Thursday, March 18, 7:30 p.m.** — **Online only**, via Zoom: *Letters Home*. Register …

is online and has no place: the list's library is not where it is (a visitor must not be sent
there). An entry that is also streamed ("also on Zoom", "auch im Livestream") stays at the list's
place."""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# (rule, venue, online-only entry, hybrid entry)
# fmt: off
ROWS = {
    "en": ("Unless otherwise noted, lectures are held at the **Millbrook Public Library**, 212 Elm Street, and begin at **7:00 p.m.**",
           "Millbrook Public Library",
           "**Thursday, March 18** — **Online only**, via Zoom: Letters Home from the Front. Register on our website.",
           "**Thursday, March 25** — Letters Home from the Front. Also streamed on Zoom."),
    "de": ("Sofern nicht anders angegeben, finden die Vorträge im **Stadtarchiv**, Marktplatz 3, statt und beginnen um **19 Uhr**.",
           "Stadtarchiv",
           "**Donnerstag, 18. März** — **Nur online** per Zoom: Feldpostbriefe aus dem Krieg. Anmeldung auf unserer Website.",
           "**Donnerstag, 25. März** — Feldpostbriefe aus dem Krieg. Auch im Livestream."),
    "fr": ("Sauf indication contraire, les conférences ont lieu à la **Maison de la Nature**, 10 rue Bossuet, 44000 Nantes, et commencent à 19h30.",
           "Maison de la Nature",
           "**Jeudi 18 mars** — **Uniquement en ligne** sur Zoom : Lettres du front. Inscription sur notre site.",
           "**Jeudi 25 mars** — Lettres du front. Aussi retransmis en direct."),
    "es": ("Salvo indicación contraria, las charlas son en el **Archivo Municipal**, Plaza Mayor 3, a las **19:00**.",
           "Archivo Municipal",
           "**Jueves 18 de marzo** — **Solo en línea** por Zoom: Cartas desde el frente. Inscripción en nuestra web.",
           "**Jueves 25 de marzo** — Cartas desde el frente. También en directo por streaming."),
}
# fmt: on


@pytest.mark.parametrize("lang", list(ROWS))
def test_online_only_entry_is_not_at_the_list_s_place(lang):
    rule, venue, online, hybrid = ROWS[lang]
    text = f"# Programme 2027\n\n{rule}\n\n## March\n\n{online}\n\n{hybrid}\n"
    first, second = parse(text, as_of=AS_OF).meetings
    assert first.date.endswith("-03-18") and second.date.endswith("-03-25")
    assert first.online
    assert (first.venue, first.address, first.room) == (None, None, None)
    assert second.venue == venue
