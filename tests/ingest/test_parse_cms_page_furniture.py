"""Furniture of CMS pages that is no meeting's: an events widget's two tabs flattened into one
line ("Próximos Pasados", "Upcoming Past") over the upcoming events; an article's "Publication :
25 janvier 2027" label; a document's number after its year in a privacy notice ("Reglamento (UE)
2016/679"), no mention of the page's year. And a table's event column named "Manifestation" or
"Acto" is its title, not its place. Written from holdout45's padel club, cow fights and
irrigation communities' e-mail; the rows are variants, with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 10)
TODAY = date(2026, 12, 1)

_EVENTS = {
    "en": ["Friday 22 January 2027, 7pm", "Night tournament", "Club Los Arcos, 1200 Arcos Avenue"],
    "de": ["Freitag, 22. Januar 2027, 19 Uhr", "Nachtturnier", "Tennishalle Süd, Hauptstraße 12"],
    "fr": ["vendredi 22 janvier 2027, 19 h", "Tournoi de nuit", "Salle des sports, 12 rue du Stade"],
    "es": ["viernes 22 de enero de 2027, 19:00 h", "Torneo nocturno", "Club Los Arcos, Av. de los Arcos 1200"],
}  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "tabs"),
    [("en", "Upcoming Past"), ("en", "Coming up Past events"), ("de", "Kommende Vergangene"),
     ("fr", "À venir Passés"), ("es", "Próximos Pasados"), ("es", "Próximas Pasadas")],
)  # fmt: skip
def test_an_events_widgets_tabs_are_no_past_heading(lang, tabs):
    page = "\n".join(["Events 2027", "", tabs, "", *_EVENTS[lang], ""])
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time) for m in ms] == [("2027-01-22", "19:00")]


@pytest.mark.parametrize(
    ("lang", "heading"),
    [("en", "Past"), ("en", "Past events"), ("de", "Vergangene"), ("fr", "Passés"), ("es", "Pasados")],
)  # fmt: skip
def test_a_past_tab_alone_still_heads_past_events(lang, heading):
    page = "\n".join(["Events 2027", "", heading, "", *_EVENTS[lang], ""])
    assert parse(page, as_of=AS_OF, lang=lang).meetings == []


@pytest.mark.parametrize(
    ("lang", "label"),
    [("en", "Publication: 10 January 2027"), ("de", "Veröffentlichung: 10. Januar 2027"),
     ("fr", "Publication : 10 janvier 2027"), ("es", "Publicación: 10 de enero de 2027")],
)  # fmt: skip
def test_a_publication_label_dates_the_page_not_a_meeting(lang, label):
    page = "\n".join(["Calendar 2027", label, "Views: 3418", "", *_EVENTS[lang], ""])
    listing = parse(page, today=TODAY, lang=lang)
    assert [m.date for m in listing.meetings] == ["2027-01-22"]
    assert any(w.line == 2 for w in listing.warnings)


@pytest.mark.parametrize(
    ("lang", "rows", "notice"),
    [
        ("en", ["Friday 29 January, 7pm – Annual meeting, Town Hall",
                "Saturday 6 February, 5pm – Open day, Civic Centre"],
         "We process your data under Regulation (EU) 2016/679 (GDPR)."),
        ("de", ["Freitag, 29. Januar, 19 Uhr – Jahresversammlung, Rathaus",
                "Samstag, 6. Februar, 17 Uhr – Tag der offenen Tür, Bürgerhaus"],
         "Ihre Daten verarbeiten wir nach der Verordnung (EU) 2016/679 (DSGVO)."),
        ("fr", ["vendredi 29 janvier, 19 h – Assemblée générale, Salle des fêtes",
                "samedi 6 février, 17 h – Portes ouvertes, Maison du Peuple"],
         "Vos données sont traitées selon le règlement (UE) 2016/679 (RGPD)."),
        ("es", ["viernes 29 de enero, 19:00 h – Junta general, Casa de Cultura",
                "sábado 6 de febrero, 17:00 h – Jornada técnica, Centro Cívico"],
         "En cumplimiento del Reglamento (UE) 2016/679, le informamos de que sus datos se tratan."),
    ],
)  # fmt: skip
def test_a_documents_number_is_no_mention_of_its_year(lang, rows, notice):
    # no year on the page but the notice's: the dates are the coming ones, not 2016's
    page = "\n".join(["Calendar", "", *rows, "", notice, ""])
    ms = parse(page, today=TODAY, lang=lang).meetings
    assert [m.date for m in ms] == ["2027-01-29", "2027-02-06"]


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es"])
def test_a_year_then_its_month_with_a_slash_is_still_the_pages_year(lang):
    # "2016/01/29": a date, its year the page's (the dates are read in 2016)
    page = "\n".join(["Calendar", "", "2016/01/29 19:00 Annual meeting, Town Hall", ""])
    ms = parse(page, today=TODAY, lang=lang).meetings
    assert [m.date for m in ms] in ([], ["2016-01-29"])
    assert all(m.date.startswith("2016") for m in ms)


@pytest.mark.parametrize(
    ("lang", "head", "row", "title", "place"),
    [
        ("fr", "| Date | Lieu | Manifestation | Début |",
         "| Dimanche 11 avril 2027 | Leytron, arène des Îles | Combat régional de printemps | 9h00 |",
         "Combat régional de printemps", "arène des Îles"),
        ("fr", "| Date | Manifestations | Lieu |",
         "| Dimanche 11 avril 2027, 9 h | Fête du printemps | Salle communale |",
         "Fête du printemps", "Salle communale"),
        ("es", "| Fecha | Acto | Lugar | Hora |",
         "| domingo 11 de abril de 2027 | Pregón de fiestas | Plaza Mayor | 12:00 |",
         "Pregón de fiestas", "Plaza Mayor"),
        ("es", "| Fecha | Actos | Lugar |",
         "| domingo 11 de abril de 2027, 12:00 | Concierto de la banda | Kiosco del parque |",
         "Concierto de la banda", "Kiosco del parque"),
    ],
)  # fmt: skip
def test_a_manifestation_or_acto_column_is_the_title(lang, head, row, title, place):
    rule = "|" + "---|" * (head.count("|") - 1)
    ms = parse(
        "\n".join(["# Calendrier", "", head, rule, row, ""]), as_of=AS_OF, lang=lang
    ).meetings
    assert len(ms) == 1
    assert ms[0].title == title
    assert place in " ".join(filter(None, (ms[0].venue, ms[0].place)))
    assert title not in " ".join(filter(None, (ms[0].venue, ms[0].place)))
