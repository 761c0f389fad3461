"""A photo site's post copied with its comments: the caption's emoji-marked date, time and place,
its tags, its counters ("212 Me gusta"), the link to its comments and the comments, each with a
footer of its age and "Reply" ("4 h  Responder"). The post is one meeting at its place; the
comments' footers are no calendar entries ("4 h" is no 04:00), and neither the tags, the
counters nor the comments are its room.
"""

from datetime import date

import pytest

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 1)

# lang: (date line, time line, place line, likes, comments link, reply word, hour unit, place)
POSTS = {
    "es": ("🗓 Martes 15 de diciembre", "🕖 19 hs", "📍 Centro Cultural La Toma (Tucumán 1349)",
           "212 Me gusta", "Ver los 11 comentarios", "Responder", "h", "Centro Cultural La Toma"),
    "en": ("🗓 Tuesday 15 December", "🕖 7pm", "📍 Community Hall (12 High Street)",
           "212 likes", "View all 11 comments", "Reply", "h", "Community Hall"),
    "de": ("🗓 Dienstag, 15. Dezember", "🕖 19 Uhr", "📍 Nachbarschaftshaus (Hauptstraße 12)",
           "212 Gefällt mir", "Alle 11 Kommentare ansehen", "Antworten", "Std.", "Nachbarschaftshaus"),
    "fr": ("🗓 Mardi 15 décembre", "🕖 19 h", "📍 Maison du peuple (12 rue Pargaminières)",
           "212 J'aime", "Voir les 11 commentaires", "Répondre", "h", "Maison du peuple"),
}  # fmt: skip


def _page(lang: str) -> str:
    day, time, place, likes, link, reply, unit, _ = POSTS[lang]
    return "\n".join([
        "colectiva.example", "Rosario", "colectiva.example 💜 ASAMBLEA ABIERTA 💜",
        "Nos juntamos a organizar la jornada.", day, time, place,
        "Vení con tu colectiva.", "#8M #Asamblea #Rosario", likes, link,
        "mica.g Ahí estaremos!! 🔥", f"4 {unit}  {reply}",
        "sindicato_ros Vamos con la comisión 💪", f"3 {unit}  {reply}",
    ]) + "\n"  # fmt: skip


@pytest.mark.parametrize("lang", sorted(POSTS))
def test_a_post_with_its_comments_is_one_meeting_at_its_place(lang: str) -> None:
    want = POSTS[lang][-1]
    (m,) = parse(_page(lang), as_of=AS_OF, lang=lang).meetings
    assert (m.date, m.start_time) == ("2026-12-15", "19:00")
    assert m.venue is not None and m.venue.startswith(want)
    for junk in ("#8M", "212", "Ahí estaremos", "Vamos", "Responder", "Reply"):
        assert junk not in " ".join(filter(None, [m.venue, m.room, m.address, m.city]))


# A meeting's own meta line that reads like a footer of actions ("11 h · Le Foyer · Annulé", as a
# theatre's agenda card writes it) stays the meeting's time and place.
@pytest.mark.parametrize(
    ("lang", "day", "time_text", "place", "status"),
    [
        ("fr", "sam. 13 mars", "11 h", "Le Foyer", "Annulé"),
        ("en", "Sat 13 March", "11am", "The Foyer", "Cancelled"),
        ("de", "Sa., 13. März", "11 Uhr", "Foyer", "Abgesagt"),
        ("es", "sáb. 13 de marzo", "11 h", "El Vestíbulo", "Suspendido"),
    ],
)
def test_a_meetings_meta_line_is_no_comment_footer(
    lang: str, day: str, time_text: str, place: str, status: str
) -> None:
    page = (
        "<html><body><h2>Agenda</h2><article>"
        f'<p class="date">{day}</p><p class="cat">Café-théâtre</p>'
        "<h3>Le petit-déjeuner des spectateurs</h3>"
        f'<p class="meta"><span class="heure">{time_text}</span> · <span class="lieu">{place}</span>'
        f' · <strong class="statut">{status}</strong></p></article></body></html>'
    )
    (m,) = parse(page, as_of=date(2027, 2, 1), lang=lang).meetings
    assert (m.date, m.start_time, m.status) == ("2027-03-13", "11:00", "cancelled")
    assert place.split()[-1] in " ".join(filter(None, [m.venue, m.room]))
