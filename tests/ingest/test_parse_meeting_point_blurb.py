"""A walk's or a course's card: its date and time alone, then a blurb whose later sentence says
where to meet ("Frühlingsführung mit Förster Jan Dersch. Treffpunkt: Wanderparkplatz
Christenberg (Münchhausen). Dauer ca. 2 Stunden."), with or without a blank line between them;
and a table's column of seats left ("Termin | Uhrzeit | Ort | Plätze" / "… | 4 Plätze frei")
that names no place. Written from holdout44's forestry office; the rows are variants, with
look-alikes."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2027, 1, 10)

WALKS = [
    ("de", "Waldführungen",
     [("So, 18.04.2027, 14 Uhr",
       "Frühlingsführung mit Förster Jan Dersch. Treffpunkt: Wanderparkplatz Christenberg "
       "(Münchhausen). Dauer ca. 2 Stunden, festes Schuhwerk empfohlen."),
      ("Do, 10.06.2027, 17:00 Uhr",
       "Öffentliche Waldbegehung mit dem Forstausschuss. Treffpunkt: Grillhütte Oberrosphe. "
       "Im Anschluss Imbiss.")],
     [("2027-04-18", "14:00", "Wanderparkplatz Christenberg (Münchhausen)"),
      ("2027-06-10", "17:00", "Grillhütte Oberrosphe")]),
    ("en", "Guided walks",
     [("Sunday 18 April 2027, 2pm",
       "Spring walk with ranger Jan Davies. Meeting point: Christchurch Road car park "
       "(Burley). About two hours, stout shoes advised."),
      ("Thursday 10 June 2027, 5pm",
       "Evening bat walk with the county recorder. Meeting point: Furzey Gardens gate. "
       "Bring a torch.")],
     [("2027-04-18", "14:00", "Christchurch Road car park (Burley)"),
      ("2027-06-10", "17:00", "Furzey Gardens gate")]),
    ("fr", "Sorties nature",
     [("dimanche 18 avril 2027, 14 h",
       "Balade de printemps avec le garde forestier Jean Dubois. Rendez-vous : Parking du "
       "Col de la Croix (Vaulnaveys). Durée 2 heures environ."),
      ("jeudi 10 juin 2027, 17 h",
       "Sortie chauves-souris avec le naturaliste du parc. Point de rendez-vous : Maison de "
       "la Réserve. Prévoir une lampe.")],
     [("2027-04-18", "14:00", "Parking du Col de la Croix (Vaulnaveys)"),
      ("2027-06-10", "17:00", "Maison de la Réserve")]),
    ("es", "Rutas guiadas",
     [("domingo 18 de abril de 2027, 10:00 h",
       "Ruta de primavera con el guarda forestal Juan Morales. Punto de encuentro: Área "
       "recreativa de Valsaín (Segovia). Duración aproximada: 3 horas."),
      ("jueves 10 de junio de 2027, 19:00 h",
       "Paseo de murciélagos con la bióloga del parque. Lugar de encuentro: Centro de "
       "Visitantes Boca del Asno (Valsaín). Traed linterna.")],
     [("2027-04-18", "10:00", "Área recreativa de Valsaín (Segovia)"),
      ("2027-06-10", "19:00", "Centro de Visitantes Boca del Asno (Valsaín)")]),
]  # fmt: skip


def _card_page(heading: str, cards: list[tuple[str, str]], gap: bool) -> str:
    out = [heading, ""]
    for when, blurb in cards:
        out += [when, *([""] if gap else []), blurb, ""]
    return "\n".join(out)


@pytest.mark.parametrize("gap", [True, False], ids=["blank-line", "no-blank-line"])
@pytest.mark.parametrize(("lang", "heading", "cards", "want"), WALKS)
def test_a_blurbs_meeting_point_is_the_place(lang, heading, cards, want, gap):
    ms = parse(_card_page(heading, cards, gap), as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time, m.venue or m.place) for m in ms] == want


# The same label's place as a sentence's other label ("Dauer:", "Duration:", "Durée :",
# "Duración:"): not where to meet.
_OTHER_LABEL = {"de": "Dauer", "en": "Duration", "fr": "Durée", "es": "Duración"}


@pytest.mark.parametrize(("lang", "heading", "cards", "want"), WALKS)
def test_another_label_in_the_blurb_names_no_place(lang, heading, cards, want):
    other = []
    for when, blurb in cards:
        first, rest = blurb.split(". ", 1)
        label, value = rest.split(":", 1)
        other.append((when, f"{first}. {_OTHER_LABEL[lang]}:{value}"))
    ms = parse(_card_page(heading, other, True), as_of=AS_OF, lang=lang).meetings
    assert [m.date for m in ms] == [w[0] for w in want]
    assert not any(
        w[2] in " ".join(filter(None, (m.venue, m.place))) for m, w in zip(ms, want, strict=True)
    )


@pytest.mark.parametrize(
    ("lang", "head", "rows", "want"),
    [
        ("de", "| Termin | Uhrzeit | Ort | Plätze |",
         ["| Fr., 29.01.2027 | 8:00–16:30 Uhr | Forstamt Burgwald | ausgebucht |",
          "| Fr., 12.03.2027 | 8:00–16:30 Uhr | Forstamt Burgwald | 4 Plätze frei |"],
         [("2027-01-29", "08:00", "Forstamt Burgwald"), ("2027-03-12", "08:00", "Forstamt Burgwald")]),
        ("en", "| Date | Time | Venue | Seats |",
         ["| Fri 29 Jan 2027 | 9am | Ashford Depot | Fully booked |",
          "| Fri 12 Mar 2027 | 9am | Ashford Depot | 3 seats left |"],
         [("2027-01-29", "09:00", "Ashford Depot"), ("2027-03-12", "09:00", "Ashford Depot")]),
        ("fr", "| Date | Heure | Lieu | Places |",
         ["| vendredi 29 janvier 2027 | 9 h | Maison forestière | complet |",
          "| vendredi 12 mars 2027 | 9 h | Maison forestière | 2 places restantes |"],
         [("2027-01-29", "09:00", "Maison forestière"), ("2027-03-12", "09:00", "Maison forestière")]),
        ("es", "| Fecha | Hora | Lugar | Plazas |",
         ["| viernes 29 de enero de 2027 | 9:00 | Vivero de Valsaín | agotado |",
          "| viernes 12 de marzo de 2027 | 9:00 | Vivero de Valsaín | 3 plazas libres |"],
         [("2027-01-29", "09:00", "Vivero de Valsaín"), ("2027-03-12", "09:00", "Vivero de Valsaín")]),
    ],
)  # fmt: skip
def test_a_column_of_seats_left_names_no_place(lang, head, rows, want):
    rule = "|" + "---|" * (head.count("|") - 1)
    ms = parse("\n".join(["# Kurse", "", head, rule, *rows, ""]), as_of=AS_OF, lang=lang).meetings
    assert [(m.date, m.start_time, m.venue or m.place) for m in ms] == want
    assert all(m.room is None for m in ms)


@pytest.mark.parametrize(
    ("lang", "blurb"),
    [
        # where to meet still to come: no place, and the blurb is not made one
        ("de", "Vogelstimmen-Wanderung mit Förster Jan Dersch. Treffpunkt: wird bei der Anmeldung "
               "bekannt gegeben. Dauer ca. 2 Stunden."),
        ("de", "Vogelstimmen-Wanderung mit Förster Jan Dersch. Treffpunkt: nach Anmeldung per E-Mail. "
               "Dauer ca. 2 Stunden."),
        ("fr", "Balade des oiseaux avec le garde Jean Dubois. Rendez-vous : communiqué lors de "
               "l'inscription. Durée 2 heures."),
        ("es", "Ruta de aves con el guarda Juan Morales. Punto de encuentro: se enviará por correo tras "
               "la inscripción. Duración 2 horas."),
    ],
)  # fmt: skip
def test_a_meeting_point_to_come_names_no_place(lang, blurb):
    page = "\n".join(["Führungen", "", "So, 16.05.2027, 10 Uhr", "", blurb, ""])
    ms = parse(page, as_of=date(2027, 3, 1), lang=lang).meetings
    assert [m.start_time for m in ms] == ["10:00"]
    assert ms[0].venue is None
