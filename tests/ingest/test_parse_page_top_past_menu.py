"""A shop's events page exported as Markdown: a front matter ("---" / "layout: page" / … / "---"),
the site's menu of links on one line ("[Home](/) · [Shop](/shop/) · **Events** · …"), the
page's heading, then the shop's name with its street and town ("**Dice & Deck Games** · 212
Sydney Road, Brunswick VIC 3056 · (03) 9380 6614"), then entries that name no place. The shop is
their venue: the front matter and the menu do not push its line out of the page's top. (holdout34's
game store in Brunswick, after its blind score.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 27)

FRONT = "---\nlayout: page\ntitle: Events\npermalink: /events/\n---\n\n"
PAGES = {
    "en": ("[Home](/) · [Shop](/shop/) · **Events** · [Discord](https://discord.gg/x) · [Contact](/contact/)",
           "# What's on at Dice & Deck",
           "**Dice & Deck Games** · 212 Sydney Road, Brunswick VIC 3056 · (03) 9380 6614",
           ["### Friday 4 December", "- 6:30pm Friday Night Magic",
            "### Saturday 5 December", "- 1pm Pokémon League Challenge"], "Dice & Deck"),
    "de": ("[Start](/) · [Laden](/laden/) · **Termine** · [Discord](https://discord.gg/x) · [Kontakt](/kontakt/)",
           "# Termine bei Würfelwerk",
           "**Würfelwerk Spieleladen** · Bergmannstraße 12, 10961 Berlin · 030 6912345",
           ["### Freitag, 4. Dezember", "- 18:30 Uhr Freitagsturnier",
            "### Samstag, 5. Dezember", "- 13 Uhr Pokémon-Liga"], "Würfelwerk"),
    "fr": ("[Accueil](/) · [Boutique](/boutique/) · **Agenda** · [Discord](https://discord.gg/x) · [Contact](/contact/)",
           "# L'agenda du Dé Pipé",
           "**Le Dé Pipé, boutique de jeux** · 12 rue des Carmes, 31000 Toulouse · 05 61 12 34 56",
           ["### Vendredi 4 décembre", "- 18 h 30 Tournoi du vendredi",
            "### Samedi 5 décembre", "- 13 h Ligue Pokémon"], "Dé Pipé"),
    "es": ("[Inicio](/) · [Tienda](/tienda/) · **Agenda** · [Discord](https://discord.gg/x) · [Contacto](/contacto/)",
           "# Agenda de Dado Rojo",
           "**Dado Rojo Juegos** · Calle de Embajadores 12, 28012 Madrid · 912 345 678",
           ["### Viernes 4 de diciembre", "- 18:30 Torneo de los viernes",
            "### Sábado 5 de diciembre", "- 13:00 Liga Pokémon"], "Dado Rojo"),
}  # fmt: skip


@pytest.mark.parametrize("front", [FRONT, ""], ids=["front-matter", "none"])
@pytest.mark.parametrize("lang", list(PAGES))
def test_the_shop_under_the_menu_is_the_venue(lang: str, front: str) -> None:
    menu, heading, shop, entries, name = PAGES[lang]
    page = front + "\n\n".join([menu, heading, shop, *entries]) + "\n"
    got = parse(page, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in got] == [
        ("2026-12-04", "18:30"), ("2026-12-05", "13:00"),
    ]  # fmt: skip
    for m in got:
        assert name in (m.venue or "")
        assert "Home" not in (m.venue or "") and "[" not in (m.venue or "")
