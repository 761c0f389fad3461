"""A social post's entries whose titles are led by a pictograph ("🎭 ENTROIDO (carnaval
gallego) — Sáb 6/2 – 21 hs") name no place: the post's "unless stated" sentence ("Salvo que se
indique otro lugar, todo es en el Salón Rosalía de Castro de nuestra sede, Chiclana 1150") gives
them theirs, and an entry that names its own keeps it. Written from holdout43's Galician
centre's Facebook post; the rows are variants, with look-alikes (a pin before a place, a flag
before a town)."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 20)


@pytest.mark.parametrize(
    ("lang", "rule", "first", "second", "hall", "elsewhere"),
    [
        ("es", "Queridos socios: acá va todo lo que se viene. Salvo que se indique otro lugar, todo "
               "es en el Salón Rosalía de Castro de nuestra sede, Chiclana 1150. ¡Los esperamos!",
         ["🎭 ENTROIDO (carnaval gallego) — Sáb 6/2 – 21 hs", "Cena con filloas y baile."],
         ["🌹 HOMENAJE A ROSALÍA — Miércoles 24 de febrero, 19.30 hs",
          "Lectura de poemas en la Biblioteca Rivadavia (Av. Colón 31)."],
         "Salón Rosalía de Castro", "Biblioteca Rivadavia"),
        ("en", "Here's what's coming up. Unless stated otherwise, everything is at the Hibernian "
               "Hall, 12 Queen Street. See you there!",
         ["🎻 TRAD SESSION — Sat 6 Feb, 9pm", "Bring your instrument."],
         ["🍀 ST PATRICK'S CEILI — Wed 17 March, 7.30pm", "Dancing at the Town Hall, Main Street."],
         "Hibernian Hall", "Town Hall"),
        ("de", "Hier kommt unser Programm. Sofern nicht anders angegeben, finden alle Treffen im "
               "Vereinsheim Seeblick statt, Uferweg 3. Wir freuen uns auf euch!",
         ["🎸 KONZERTABEND — Sa., 6.2., 20 Uhr", "Mit der Band Nordlicht."],
         ["🍺 BOCKBIERANSTICH — Mi., 17.3., 19 Uhr", "Diesmal im Gasthaus Zur Post, Dorfstraße 2."],
         "Vereinsheim Seeblick", "Gasthaus Zur Post"),
        ("fr", "Voici le programme. Sauf mention contraire, tout se passe à la Maison du Peuple, "
               "4 rue Haute. À bientôt !",
         ["🎭 SOIRÉE CABARET — sam. 6 février, 20 h", "Avec la troupe des Tréteaux."],
         ["🎶 BAL FOLK — mer. 17 mars, 19 h 30", "Au Café de la Gare, place de la Gare."],
         "Maison du Peuple", "Café de la Gare"),
    ],
)  # fmt: skip
def test_emoji_led_titles_take_the_post_s_hall(lang, rule, first, second, hall, elsewhere):
    page = "\n".join(["Centro Galicia", "", rule, "", *first, "", *second, ""])
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert len(ms) == 2
    assert hall.casefold() in (ms[0].venue or "").casefold()
    assert hall.casefold() not in (ms[0].title or "").casefold()
    assert elsewhere.casefold() in (ms[1].venue or "").casefold()


@pytest.mark.parametrize(
    ("lang", "line", "value"),
    [
        ("es", "📍 Biblioteca Central — Sáb 6/2 – 19 hs", "Biblioteca Central"),
        ("de", "🇩🇪 Berlin — Sa., 6.2., 19 Uhr", "Berlin"),
        ("en", "🇬🇧 London — Sat 6 Feb, 7pm", "London"),
        ("fr", "📍 Maison des Associations — sam. 6 février, 19 h", "Maison des Associations"),
        # a venue's name in capitals after a pictograph, a town after a flag
        ("es", "🏟️ ESTADIO OBRAS — Sáb 6/2 – 21 hs", "ESTADIO OBRAS"),
        ("en", "🇬🇧 SETTLE — Sat 6 Feb, 7pm", "SETTLE"),
        ("de", "🏛️ STADTHALLE WEDEL — Sa., 6.2., 19 Uhr", "STADTHALLE WEDEL"),
        ("fr", "🎭 THÉÂTRE MUNICIPAL — sam. 6 février, 20 h", "THÉÂTRE MUNICIPAL"),
    ],
)
def test_a_pin_or_a_flag_before_a_place_keeps_it(lang, line, value):
    ms = parse("\n".join(["Agenda", "", line, ""]), as_of=AS_OF, lang=lang).meetings
    assert len(ms) == 1
    got = " ".join(filter(None, (ms[0].place, ms[0].city, ms[0].venue))).casefold()
    assert value.casefold() in got
    assert value.casefold() not in (ms[0].title or "").casefold()
