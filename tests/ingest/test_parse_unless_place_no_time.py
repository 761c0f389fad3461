"""A sentence at a page's top that gives every entry its place, unless an entry says otherwise,
and states no time ("Sauf avis contraire, le départ se fait toujours du Relais Le Montagnais
(865, boul. de la Traversée, Roberval).", "Sofern nicht anders angegeben, finden alle Treffen im
Bürgerhaus Nord statt."), or a label for all of them ("Venue for all lec-dems: Sundaram Mini
Hall (First Floor)"): its place is the entries' that name none. Written from holdout42's abbey,
snowmobile club and music society pages; the rows are variants, with look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.calendar import unless_place
from eventmap.ingest.parse import parse

AS_OF = date(2027, 2, 1)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Sauf mention contraire, toutes les retraites ont lieu à l'Abbaye Saint-Benoît "
         "(hôtellerie monastique), 1 chemin de l'Abbaye.", "Abbaye Saint-Benoît"),
        ("Voici le calendrier. Sauf avis contraire, le départ se fait toujours du Relais Le "
         "Montagnais (865, boul. de la Traversée, Roberval). Réservoir plein SVP.",
         "Relais Le Montagnais"),
        ("Unless otherwise stated, all walks start from the Old Mill car park.",
         "Old Mill car park"),
        ("All meetings are held at the Union Hall unless noted otherwise.", "Union Hall"),
        ("Sofern nicht anders angegeben, finden alle Treffen im Bürgerhaus Nord statt.",
         "Bürgerhaus Nord"),
        ("Salvo que se indique lo contrario, todas las charlas se realizan en el Ateneo Obrero.",
         "Ateneo Obrero"),
        ("Venue for all lec-dems: Sundaram Mini Hall (First Floor, A/C), Sabha premises.",
         "Sundaram Mini Hall"),
        ("Lieu de toutes les séances : Maison des Associations, 6 rue Berthelot.",
         "Maison des Associations, 6 rue Berthelot"),
        ("Ort aller Treffen: Stadtteilzentrum Mitte (1. OG)", "Stadtteilzentrum Mitte"),
        ("Lugar de todas las charlas: Casa de la Cultura (sala 2)", "Casa de la Cultura"),
    ],
)  # fmt: skip
def test_the_place_of_every_entry(text, place):
    assert unless_place(text) == place


@pytest.mark.parametrize(
    "text",
    [
        # a time too: ``unless_rule`` reads it
        "Unless stated otherwise, all meetings are held at the Union Hall at 7pm.",
        "Sauf mention contraire, les réunions ont lieu le samedi de 14 h à 17 h au local.",
        # no place
        "Unless stated otherwise, all events are free.",
        "Sofern nicht anders angegeben, ist der Eintritt frei.",
        "Salvo que se indique lo contrario, la entrada es libre.",
        # a place, but not said of every entry
        "The AGM is held at the Union Hall.",
        "Venue: Sundaram Mini Hall",
    ],
)
def test_no_place_for_every_entry(text):
    assert unless_place(text) is None


@pytest.mark.parametrize(
    ("lang", "intro", "entries", "place"),
    [
        ("fr", "Sauf avis contraire, le départ se fait toujours du Relais Le Montagnais (865, "
         "boul. de la Traversée, Roberval). Réservoir plein SVP.",
         ["Sam. 13 mars : Rando familiale, départ 9h", "Dim. 14 mars : Rando du printemps, 9h"],
         "Relais Le Montagnais"),
        ("en", "Unless otherwise stated, all walks start from the Old Mill Visitor Centre (Mill "
         "Lane, Hebden). Bring lunch.",
         ["Sat 13 March: Family walk, 9am", "Sun 14 March: Spring ramble, 9am"],
         "Old Mill Visitor Centre"),
        ("de", "Sofern nicht anders angegeben, finden alle Wanderungen ab dem Wanderheim "
         "Hohe Warte statt. Rucksackverpflegung.",
         ["Sa 13. März: Familienwanderung, 9 Uhr", "So 14. März: Frühlingstour, 9 Uhr"],
         "Wanderheim Hohe Warte"),
        ("es", "Salvo que se indique lo contrario, todas las salidas se realizan en el Refugio "
         "Los Pinos (km 12). Traer comida.",
         ["Sáb 13 de marzo: Ruta familiar, 9:00", "Dom 14 de marzo: Ruta de primavera, 9:00"],
         "Refugio Los Pinos"),
    ],
)  # fmt: skip
def test_entries_that_name_no_place_are_at_it(lang, intro, entries, place):
    page = "Calendrier 2027\n\n" + intro + "\n\n" + "\n".join(f"- {e}" for e in entries)
    ms = parse(page + "\n", as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in ms] == ["2027-03-13", "2027-03-14"]
    assert {m.start_time for m in ms} == {"09:00"}
    assert [m.venue for m in ms] == [place, place], [(m.venue, m.place, m.title) for m in ms]


@pytest.mark.parametrize(
    ("lang", "intro"),
    [
        ("fr", "Sauf avis contraire, l'entrée est libre. Réservoir plein SVP."),
        ("en", "Unless otherwise stated, all walks are free. Bring lunch."),
        ("de", "Sofern nicht anders angegeben, ist die Teilnahme kostenlos."),
        ("es", "Salvo que se indique lo contrario, la participación es gratuita."),
    ],
)
def test_no_place_from_a_rule_that_names_none(lang, intro):
    entries = {
        "fr": "Sam. 13 mars : Rando familiale, 9h",
        "en": "Sat 13 March: Family walk, 9am",
        "de": "Sa 13. März: Familienwanderung, 9 Uhr",
        "es": "Sáb 13 de marzo: Ruta familiar, 9:00",
    }
    page = f"Calendrier 2027\n\n{intro}\n\n- {entries[lang]}\n"
    (m,) = parse(page, as_of=AS_OF, lang=lang).meetings
    assert m.venue is None and m.date == "2027-03-13"


def test_an_entry_s_own_place_stays():
    page = (
        "Calendrier 2027\n\nSauf avis contraire, le départ se fait toujours du Relais Le "
        "Montagnais (865, boul. de la Traversée, Roberval).\n\n"
        "- Sam. 13 mars : Rando familiale, 9h\n"
        "- Sam. 10 avril : Souper de fin de saison, 18h, Restaurant La Volière, Roberval\n"
    )
    ms = parse(page, as_of=AS_OF, lang="fr").meetings
    assert ms[0].venue == "Relais Le Montagnais"
    assert ms[1].venue == "Restaurant La Volière"
