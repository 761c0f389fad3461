"""A programme whose date heading is over the title, then a sentence that opens with the time and
the place ("Samedi 27 février" / "Cours théorique pour le brevet" / "14h00 – 17h00, Centre de
loisirs, salle 2. Inscription obligatoire."), or over a title with its time, then the place's
sentence and a blurb ("Assemblée générale ordinaire, 20h00" / "Restaurant de la Gare, Le
Noirmont. Ordre du jour : …"): one meeting at that place, whatever the page says of its usual
venue. Written from holdout42's riding society programme; the rows are variants, with
look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 10)

INTRO = {
    "fr": "Sauf indication contraire, les manifestations ont lieu au Manège de Saignelégier "
    "(chemin des Sports 6, 2350 Saignelégier).",
    "en": "Unless stated otherwise, all events are held at the Riding Hall (Sports Lane 6, "
    "Kendal LA9 4RT).",
    "de": "Sofern nicht anders angegeben, finden alle Anlässe in der Reithalle Altdorf "
    "(Sportweg 6, 6460 Altdorf) statt.",
    "es": "Salvo que se indique lo contrario, las actividades se realizan en el Picadero "
    "Municipal (Calle del Deporte 6, 28001 Madrid).",
}


@pytest.mark.parametrize(
    ("lang", "day", "title", "sentence", "start", "place"),
    [
        ("fr", "Samedi 27 février", "Cours théorique pour le brevet de cavalier",
         "14h00 – 17h00, Centre de loisirs des Franches-Montagnes, salle 2. Inscription "
         "obligatoire. L'examen pratique aura lieu en avril.", "14:00",
         "Centre de loisirs des Franches-Montagnes"),
        ("en", "Saturday 27 February", "Theory class for the riding badge",
         "2pm – 5pm, Kendal Leisure Centre, Room 2. Booking essential. The practical test is "
         "in April.", "14:00", "Kendal Leisure Centre"),
        ("de", "Samstag, 27. Februar", "Theoriekurs für das Reitabzeichen",
         "14:00 – 17:00, Freizeitzentrum Altdorf, Raum 2. Anmeldung erforderlich. Die "
         "Prüfung folgt im April.", "14:00", "Freizeitzentrum Altdorf"),
        ("es", "Sábado 27 de febrero", "Curso teórico para el carné de jinete",
         "14:00 – 17:00, Centro Cívico Delicias, sala 2. Inscripción obligatoria. El examen "
         "práctico será en abril.", "14:00", "Centro Cívico Delicias"),
        ("fr", "Samedi 13 mars", "Assemblée générale ordinaire, 20h00",
         "Restaurant de la Gare, Le Noirmont. Ordre du jour : rapports, comptes, élections.",
         "20:00", "Restaurant de la Gare"),
        ("en", "Saturday 13 March", "Annual general meeting, 8pm",
         "Station Hotel, Oxenholme. Agenda: reports, accounts, elections.", "20:00",
         "Station Hotel"),
        ("de", "Samstag, 13. März", "Generalversammlung, 20:00 Uhr",
         "Hotel Bahnhof, Flüelen. Traktanden: Berichte, Rechnung, Wahlen.", "20:00",
         "Hotel Bahnhof"),
        ("es", "Sábado 13 de marzo", "Asamblea general ordinaria, 20:00",
         "Restaurante La Estación, Alcalá. Orden del día: informes, cuentas, elecciones.",
         "20:00", "Restaurante La Estación"),
    ],
)  # fmt: skip
def test_the_sentence_under_the_title_gives_its_place(lang, day, title, sentence, start, place):
    page = f"PROGRAMME 2027\n\n{INTRO[lang]}\n\n{day}\n{title}\n{sentence}\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.start_time == start
    assert m.venue == place, (m.venue, m.room, m.address, m.title)


@pytest.mark.parametrize(
    ("lang", "day", "lines"),
    [
        # a day's timed entries, each its own: the untimed line over them does not make them one
        ("fr", "Samedi 27 février",
         ["Journée des jeunes", "10h, Manège de Saignelégier : voltige",
          "14h, Centre de loisirs : théorie"]),
        ("en", "Saturday 27 February",
         ["Young riders' day", "10am, Riding Hall: vaulting", "2pm, Leisure Centre: theory"]),
    ],
)  # fmt: skip
def test_a_day_s_timed_entries_stay_entries(lang, day, lines):
    page = f"PROGRAMME 2027\n\n{day}\n" + "\n".join(lines) + "\n"
    ms = parse(page, as_of=AS_OF, lang=lang).meetings
    assert [m.start_time for m in ms if m.start_time] == ["10:00", "14:00"]
