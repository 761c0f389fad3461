"""A blog or party page copied with its comments: a heading ("Commentaires (2)", "2 réponses",
"3 Comments", "Kommentare", "Comentarios (2)", "2 réponses à « Réunions à venir »"), then each
comment's stamp, maybe after the
commenter's name ("Sophie M. – 24 novembre 2026 à 21 h 40", "Karim B. 19 novembre 2026 à 21 h
04 min", or the name and the date on lines of their own), then its text. The stamp says when a comment was written: no meeting, warned about
(``parse.lines._drop_comment_stamps``). The page's meetings above the comments are kept.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 11, 20)

PAGES = {
    "en": ("Public meetings\n\nLeeds – Saturday 5 December, 2pm\nLeeds Civic Hall\n",
           ["3 Comments", "Comments (2)", "Leave a reply", "2 responses to “Public meetings”"],
           ["Mike T. – 24 November 2026 at 9:40 pm", "Mike T.\nNovember 24, 2026 at 9:40 pm",
            "Mike T. 24 November 2026 at 21 h 40 min"],
           "Will it be filmed?"),
    "de": ("Öffentliche Treffen\n\nLeipzig – Samstag, 5. Dezember, 14 Uhr\nVolkshaus Leipzig\n",
           ["Kommentare", "2 Kommentare", "Schreibe einen Kommentar", "2 Antworten zu „Treffen“"],
           ["Anna B. – 24. November 2026 um 21:40", "Anna B.\n24. November 2026 um 21:40 Uhr",
            "Anna B. 24. November 2026 um 21 h 40 min"],
           "Wird es gefilmt?"),
    "fr": ("Réunions publiques\n\nLyon – samedi 5 décembre, 14 h\nBourse du Travail\n",
           ["Commentaires (2)", "2 réponses", "Laisser un commentaire",
            "2 réponses à « Réunions à venir »"],
           ["Sophie M. – 24 novembre 2026 à 21 h 40", "Sophie M.\nvendredi 27 novembre à 18 h 02",
            "Karim B. 19 novembre 2026 à 21 h 04 min"],
           "Est-ce que la réunion sera filmée ?"),
    "es": ("Reuniones públicas\n\nMadrid – sábado 5 de diciembre, 18:00 h\nAteneo de Madrid\n",
           ["Comentarios (2)", "2 respuestas", "Deja un comentario", "2 respuestas a «Reuniones»"],
           ["Lucía R. – 24 de noviembre de 2026 a las 21:40", "Lucía R.\n24 de noviembre de 2026, 21:40",
            "Lucía R. 24 de noviembre de 2026 a las 21 h 40 min"],
           "¿La van a grabar?"),
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(PAGES))
@pytest.mark.parametrize("heading_at", [0, 1, 2, 3])
@pytest.mark.parametrize("stamp_at", [0, 1, 2])
def test_a_comments_stamp_is_no_meeting(lang: str, heading_at: int, stamp_at: int) -> None:
    post, headings, stamps, text = PAGES[lang]
    page = f"{post}\n{headings[heading_at]}\n\n{stamps[stamp_at]}\n{text}\n\nImpressum\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert [(m.date, m.start_time) for m in listing.meetings] == [
        ("2026-12-05", "14:00" if lang != "es" else "18:00")
    ]
    assert any("comment" in w.reason for w in listing.warnings)


def test_an_html_comment_list() -> None:
    page = (
        "<html><body><h1>Réunions publiques</h1><p>Grenoble – samedi 5 décembre, 14 h, "
        "salle Edmond-Vigne</p><div class='comments'><h2>2 réponses</h2><ol><li>"
        "<div class='comment-author'>Martine D.</div><div class='comment-date'>vendredi 27 "
        "novembre à 18 h 02</div><p>Accessible en fauteuil ?</p></li><li><div "
        "class='comment-author'>Section de Grenoble</div><div class='comment-date'>samedi 28 "
        "novembre à 9 h 40</div><p>Oui.</p></li></ol></div></body></html>"
    )
    listing = parse(page, as_of=AS_OF, lang="fr")
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-12-05", "14:00")]


def test_a_meeting_with_its_place_under_the_comments_heading_stays() -> None:
    page = (
        "Public meetings\n\nComments (1)\n\nOrganiser – We added one more:\n"
        "Saturday 12 December, 2pm, Leeds Civic Hall\n"
    )
    listing = parse(page, as_of=AS_OF)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2026-12-12", "14:00")]
