"""A talks programme splits its terms under headings, the one gone by marked in brackets
("Autumn 2026 (past talks)", "Herbst 2026 (vergangene Vorträge)", "Automne 2026 (séances
passées)", "Otoño 2026 (charlas pasadas)"), its dates struck through. Those are no meetings,
each warned about; the next term's heading ("Winter & Spring") ends the past section, and the
programme's "All talks begin at 8pm unless otherwise stated" still holds for the talks under it.
(holdout22's a-history-society.)"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 30)

# lang: (rule, past heading, past lines, next heading, talks, time)
PAGES = {
    "en": ("Our talks are held on Wednesdays. All talks begin at 8pm unless otherwise stated, and most are held in the Studio of "
           "the Central Library.", "Autumn 2026 (past talks)",
           ["- ~~Wednesday 14th October~~ – *The Regatta*, Nuala Devereux",
            "- ~~Wednesday 28th October~~ – *Bathing places*, Dr Declan Fitzgerald"],
           "Winter & Spring",
           ["- **Wednesday 9th December 2026** – *Harbour pilots*, Dr Aoife Brennan",
            "- **Wednesday 27th January** – *Mapping Monkstown*, Síle Ní Bhriain"], "20:00"),
    "de": ("Unsere Vorträge finden mittwochs statt. Alle Vorträge beginnen, sofern nicht anders angegeben, um 19 Uhr im Saal der "
           "Stadtbibliothek.", "Herbst 2026 (vergangene Vorträge)",
           ["- ~~Mittwoch, 14. Oktober~~ – *Die Regatta*, Anna Berg",
            "- ~~Mittwoch, 28. Oktober~~ – *Badeorte*, Dr. Jan Roth"],
           "Winter und Frühjahr",
           ["- **Mittwoch, 9. Dezember 2026** – *Lotsen im Hafen*, Dr. Eva Brenner",
            "- **Mittwoch, 27. Januar** – *Karten der Stadt*, Sila Berger"], "19:00"),
    "fr": ("Nos conférences ont lieu le mercredi. Toutes les conférences commencent à 18h30 à la Médiathèque, sauf mention contraire.",
           "Automne 2026 (séances passées)",
           ["- ~~Mercredi 14 octobre~~ – *Les régates*, Anne Dubois",
            "- ~~Mercredi 28 octobre~~ – *Les bains de mer*, Paul Martin"],
           "Hiver et printemps",
           ["- **Mercredi 9 décembre 2026** – *Les pilotes du port*, Eva Brun",
            "- **Mercredi 27 janvier** – *Cartes de la ville*, Lise Morel"], "18:30"),
    "es": ("Nuestras charlas son los miércoles. Todas las charlas empiezan a las 19:00 en el Ateneo, salvo que se indique otra cosa.",
           "Otoño 2026 (charlas pasadas)",
           ["- ~~Miércoles 14 de octubre~~ – *Las regatas*, Ana Ruiz",
            "- ~~Miércoles 28 de octubre~~ – *Los baños de mar*, Pablo Gil"],
           "Invierno y primavera",
           ["- **Miércoles 9 de diciembre de 2026** – *Los prácticos del puerto*, Eva Sanz",
            "- **Miércoles 27 de enero** – *Mapas de la ciudad*, Lía Mora"], "19:00"),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_past_term_holds_no_meetings_and_the_next_term_keeps_the_rule(lang: str) -> None:
    rule, past_head, past, next_head, talks, time = PAGES[lang]
    page = "\n".join(["# Programme 2026–2027", "", rule, "", f"### {past_head}", "", *past, "",
                      f"### {next_head}", "", *talks, ""])  # fmt: skip
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [
        ("2026-12-09", time),
        ("2027-01-27", time),
    ]
    warned = [w.line for w in listing.warnings if past_head in w.reason]
    assert warned == [7, 8]


@pytest.mark.parametrize(
    "heading", ["Autumn 2026 (talks at the library)", "Winter 2026 (new venue)", "Herbst 2026"]
)
def test_a_term_heading_without_a_past_word_keeps_its_dates(heading: str) -> None:
    page = f"# Programme\n\n### {heading}\n\n- **Wednesday 9th December 2026**, 8pm – *Harbour pilots*, Trades Hall\n"
    listing = parse(page, as_of=AS_OF, lang="en")
    assert [m.date for m in listing.meetings] == ["2026-12-09"]
