"""Dated lines that are not meetings: a social post's or a comment's own stamp, and a deadline.

- A post's stamp after its poster's badge ("Admin · December 3 at 3:14 PM · 🌎", "Moderator ·",
  "Administrateur ·", "Administrador ·") is when the post was written, as without the badge.
- A date alone under its author's handle ("@bi_nord@norden.social" / "3. Dez.", Mastodon,
  Bluesky) is the post's own date; the meetings the post announces stay.
- A date alone over a comment's text that ends in its "Reply" line ("Reply", "Antworten",
  "Répondre", "Responder") is the comment's own date.
- A date without a time whose line names a meeting listed further down on that day with its
  time ("Next general meeting Wed 12/16 (see below)", a newsletter's preview text) is a teaser
  of that entry, every word of the entry's title on its line.
- A date right after German "bis" ("Beitragsänderungen bitte bis 15. Januar mitteilen"),
  French "avant le", Spanish "antes del", or after a deadline's hour ("no later than 5:00 p.m.
  on", "spätestens 12 Uhr am", "au plus tard 17 h le", "a más tardar a las 17:00 del") is a
  deadline; an export stamp ("Exportiert: 2026-12-01 08:30") is the page's own; the days a
  sign-up, a survey or a consultation runs ("Enquête publique PLU : du 04/01/2027 au …") are
  its period.
- An invitation's furniture: a supply switched on or off or a collection in the date's sentence
  ("Das Wasser wird voraussichtlich am 3. April angestellt", "The water will be shut off on …"),
  a numbered agenda item ("TOP 2 Genehmigung des Protokolls … vom 18. Januar 2026"), a letter's
  town and date ("Chemnitz, den 26. November 2026", "Lyon, le 26 novembre 2026").

Each is warned about on its line. From holdout14's extras (a Facebook group, a Mastodon thread,
a Substack post's comments, a Signal export, newsletters and a legal notice); the rows are
variants written from the patterns, not copied from the corpus. The near misses ("vom 10. bis
12. März", "Montag bis Freitag", "Apéro avant le concert, samedi …", a name and an e-mail
address over a date) stay meetings.
"""

from __future__ import annotations

from datetime import date

import pytest
from parse_cli import cli_meetings

from eventmap.ingest.parse import parse

AS_OF = date(2026, 12, 3)


def _when(listing):
    return [(m.date, m.start_time) for m in listing.meetings]


def _warned(listing, line):
    return any(w.line == line for w in listing.warnings)


# (language, the post's stamp line, the post's text with its meeting)
# fmt: off
BADGE_ROWS = [
    ("en", "Admin · December 3 at 3:14 PM · 🌎",
     "Next meeting: Thursday, January 14, 6 pm, Wellman Hall 115."),
    ("en", "Moderator · 3 December at 15:14 · 🌍",
     "Next meeting: Thursday 14 January, 6 pm, Wellman Hall 115."),
    ("en", "Top contributor · December 3 at 9:52 AM · 👥",
     "Next meeting: Thursday, January 14, 6 pm, Wellman Hall 115."),
    ("de", "Admin · 3. Dezember um 15:14 · 🌎",
     "Nächstes Treffen: Donnerstag, 14. Januar, 18 Uhr, Hörsaal 3, Hauptgebäude."),
    ("fr", "Administrateur · 3 décembre à 15:14 · 🌎",
     "Prochaine réunion : jeudi 14 janvier à 18 h, Maison du Peuple."),
    ("es", "Administrador · 3 de diciembre a las 15:14 · 🌎",
     "Próxima reunión: jueves 14 de enero, 18:00 h, Ateneo Popular."),
]
# fmt: on


@pytest.mark.parametrize("lang,stamp,body", BADGE_ROWS)
def test_a_post_stamp_after_the_posters_badge_is_no_meeting(lang, stamp, body):
    page = (
        f"Students for Peace\nPrivate group · 214 members\n\nStudents for Peace\n{stamp}\n{body}\n"
    )
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert _when(listing) == [("2027-01-14", "18:00")]
    assert _warned(listing, 5)


# (language, the author's name, the handle, the post's own date, the post's text)
# fmt: off
HANDLE_ROWS = [
    ("de", "BI Stadtbahn Nord", "@bi_nord@norden.social", "3. Dez.",
     "Nächstes Plenum: Do 14.1., 19 Uhr im Café Kranich (Lutherstraße 12)."),
    ("de", "BI Stadtbahn Nord", "BI Stadtbahn Nord @bi_nord@norden.social", "03.12.2026",
     "Nächstes Plenum: Do 14.1., 19 Uhr im Café Kranich (Lutherstraße 12)."),
    ("en", "Tenants Union", "@tenants.bsky.social", "Dec 3",
     "Next general meeting: Thursday, January 14, 7 pm, Union Hall, 12 Oak St."),
    ("fr", "Collectif Gare Nord", "@collectif@mastodon.fr", "3 déc.",
     "Prochaine assemblée : jeudi 14 janvier à 19 h, Maison du Peuple."),
    ("es", "Sindicato de Sanidad", "@sindicato@mastodon.social", "3 dic",
     "Próxima asamblea: jueves 14 de enero, 19:00 h, Ateneo Popular."),
]
# fmt: on


@pytest.mark.parametrize("lang,name,handle,stamp,body", HANDLE_ROWS)
def test_a_date_alone_under_the_authors_handle_is_the_posts_own(lang, name, handle, stamp, body):
    page = f"{name}\n{handle}\n{stamp}\n{body}\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert _when(listing) == [("2027-01-14", "19:00")]
    assert _warned(listing, 3)


# (language, the page's meeting, the comment: its writer, its own date, its text, its action)
# fmt: off
COMMENT_ROWS = [
    ("en", "Thursday, January 14, 2027, 7 pm, Trades Hall, 54 Victoria Street",
     "Mike T.", "Dec 3", "Will you do Philadelphia? I'd drive to Pittsburgh for it.", "Reply"),
    ("en", "Thursday, January 14, 2027, 7 pm, Trades Hall, 54 Victoria Street",
     "Ruth A.", "Dec 3", "Author\nNot this time, Mike — maybe in the spring!", "Reply (2)"),
    ("de", "Donnerstag, 14. Januar 2027, 19 Uhr, Café Kranich, Lutherstraße 12",
     "Jonas K.", "3. Dez.", "Kommt ihr auch nach Leipzig?", "Antworten"),
    ("fr", "Jeudi 14 janvier 2027 à 19 h, Maison du Peuple, 12 rue de la Paix",
     "Claire M.", "3 déc.", "Vous passez par Lyon ?", "Répondre"),
    ("es", "Jueves 14 de enero de 2027, 19:00 h, Ateneo Popular, calle del Prado 21",
     "Lucía P.", "3 dic", "¿Vienen a Valencia?", "Responder"),
]
# fmt: on


@pytest.mark.parametrize("lang,meeting,writer,stamp,text,action", COMMENT_ROWS)
def test_a_date_alone_over_a_comment_that_ends_in_reply_is_the_comments_own(
    lang, meeting, writer, stamp, text, action
):
    page = f"The tour\n\n{meeting}\n\nComments\n\n{writer}\n{stamp}\n{text}\n{action}\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert _when(listing) == [("2027-01-14", "19:00")]
    assert _warned(listing, 8)


# (language, the deadline's line, under a meeting on line 3)
# fmt: off
DEADLINE_ROWS = [
    ("de", "Beitragsänderungen bitte bis 15. Januar mitteilen."),
    ("de", "Rückmeldung bis 8. Januar an den Vorstand."),
    ("de", "Newsletter: Eintragen bis 15. Januar, dann kommt das Programm zu dir."),
    ("de", "Der Jahresbeitrag ist bis 31.01.2027 zu überweisen."),
    ("de", "Anträge spätestens 12 Uhr am Freitag, 22. Januar 2027 beim Vorstand."),
    ("fr", "Merci de confirmer votre présence avant le 11 janvier."),
    ("fr", "Les candidatures doivent parvenir au plus tard 17 h le vendredi 22 janvier."),
    ("es", "Confirmen su asistencia antes del 11 de enero."),
    ("es", "Las propuestas deben llegar a más tardar a las 17:00 del viernes 22 de enero."),
    ("en", "Written comments must be received no later than 5:00 p.m. on Friday, January 22, 2027."),
    ("fr", "Enquête publique PLU : du 04/01/2027 au 05/02/2027 (permanences les mercredis matin)."),
    ("fr", "Consultation publique du 4 au 28 janvier 2027."),
    ("de", "Umfrage vom 4. bis 28. Januar 2027."),
    ("es", "Inscripciones del 4 al 15 de enero de 2027."),
    ("en", "Exported: 2026-12-01 08:30"),
    ("de", "Exportiert am 01.12.2026 um 08:30"),
    ("fr", "Exporté le 01/12/2026 à 08:30"),
    ("es", "Exportado el 01/12/2026 a las 08:30"),
]
# fmt: on
MEETINGS = {
    "en": "Thursday, January 14, 2027, 7 p.m., Trades Hall, 54 Victoria Street",
    "de": "Donnerstag, 14. Januar 2027, 19 Uhr, Gewerkschaftshaus, Wilhelm-Leuschner-Str. 69",
    "fr": "Jeudi 14 janvier 2027 à 19 h, Maison du Peuple, 12 rue de la Paix",
    "es": "Jueves 14 de enero de 2027, 19:00 h, Ateneo Popular, calle del Prado 21",
}


@pytest.mark.parametrize("lang,line", DEADLINE_ROWS)
def test_a_deadline_or_an_export_stamp_is_no_meeting(lang, line):
    page = f"Termine\n\n{MEETINGS[lang]}\nGeneral meeting\n\n{line}\n"
    listing = parse(page, as_of=AS_OF, lang=lang)
    assert _when(listing) == [("2027-01-14", "19:00")]
    assert _warned(listing, 6)


# (language, a line that must stay a meeting, its date and start time)
# fmt: off
NEAR_MISS_ROWS = [
    ("de", "Tagung vom 10. bis 12. März 2027, 10 Uhr, Volkshochschule, Markt 3",
     ("2027-03-10", "10:00")),
    ("de", "Offenes Treffen Donnerstag, 14. Januar 2027, 19 bis 21 Uhr, Café Rix",
     ("2027-01-14", "19:00")),
    ("de", "Plenum: Montag bis Freitag, 15. Januar 2027, 18 Uhr, Café Rix",
     ("2027-01-15", "18:00")),
    ("de", "Kundgebung bis zum Rathaus: Samstag, 16. Januar 2027, 14 Uhr, Marktplatz",
     ("2027-01-16", "14:00")),
    ("fr", "Apéro avant le concert, samedi 16 janvier 2027 à 19 h, Salle des fêtes",
     ("2027-01-16", "19:00")),
    ("es", "Asamblea antes de las fiestas: jueves 14 de enero de 2027, 19:00 h, Ateneo Popular",
     ("2027-01-14", "19:00")),
    ("de", "Anmeldung: Sommercamp vom 5. bis 9. Juli 2027, 10 Uhr, Zeltplatz am See",
     ("2027-07-05", "10:00")),
    ("en", "Tenant survey training weekend, 9–10 January 2027, 10am, Union Hall",
     ("2027-01-09", "10:00")),
    ("en", "Board meeting · Thursday, January 14 at 6:30 PM · Room 4, Trades Hall",
     ("2027-01-14", "18:30")),
    ("de", "Kontakt: info@bi-nord.de\nDo 14.1.2027, 19 Uhr, Café Kranich",
     ("2027-01-14", "19:00")),
    ("en", "Open meeting\nDec 10\nTrades Hall, 54 Victoria Street",
     ("2026-12-10", None)),
]
# fmt: on


@pytest.mark.parametrize("lang,text,when", NEAR_MISS_ROWS)
def test_near_misses_stay_meetings(lang, text, when):
    listing = parse(f"Termine\n\n{text}\n", as_of=AS_OF, lang=lang)
    assert _when(listing) == [when]


FACEBOOK_GROUP = """\
IYSSE at State
Private group · 214 members

Featured

IYSSE at State
Admin · December 3 at 3:14 PM · 🌎
Finals week: no meeting this Thursday. Winter quarter schedule:
Thursday, January 14, 6 pm – Memorial Union, Garrison Room
Thursday, January 21, 6 pm – Memorial Union, Garrison Room
12 · 1 comment

IYSSE at State
Moderator · December 2 at 10:30 AM · 🌎
Schedule change: the Thursday, February 11 meeting (6:30 PM, Wellman Hall 115) is POSTPONED.
5
"""


def test_a_facebook_group_page_gives_its_posts_meetings_only():
    listing = parse(FACEBOOK_GROUP, as_of=AS_OF, lang="en")
    got = [(m.date, m.start_time, m.status) for m in listing.meetings]
    assert got == [
        ("2027-01-14", "18:00", "scheduled"),
        ("2027-01-21", "18:00", "scheduled"),
        ("2027-02-11", "18:30", "postponed"),
    ]
    assert [m.venue for m in listing.meetings[:2]] == ["Memorial Union"] * 2
    assert _warned(listing, 7) and _warned(listing, 14)


MASTODON_THREAD = """\
Beiträge
Beiträge und Antworten

BI Stadtbahn Nord
@bi_stadtbahn_nord@norden.social
3. Dez.
Nächstes Plenum: Do 14.1., 19 Uhr im Café Kranich (Lutherstraße 12). Neue Leute willkommen!
2 Antworten  7 Boosts  11 Favoriten

BI Stadtbahn Nord
@bi_stadtbahn_nord@norden.social
1. Dez.
Infoabend mit den Stadtwerken am Di 2.2., 18:30 Uhr, Bürgerhaus Nord.
5 Antworten  14 Boosts  9 Favoriten
"""


def test_a_mastodon_thread_gives_its_posts_meetings_not_their_dates():
    listing = parse(MASTODON_THREAD, as_of=AS_OF)
    assert _when(listing) == [("2027-01-14", "19:00"), ("2027-02-02", "18:30")]
    venues = [m.venue or "" for m in listing.meetings]
    assert venues[0].startswith("Café Kranich") and venues[1] == "Bürgerhaus Nord"
    assert _warned(listing, 6) and _warned(listing, 12)


SUBSTACK_POST = """\
A winter tour
I'm going on the road in January. Here's where to find me.

Toronto
Sunday, January 10, 2027, 2 pm
Friends House, 60 Lowther Ave

Chicago
Thursday, January 14, 2027, 7 pm
Hyde Park Union Church, 5600 S Woodlawn Ave

Comments

Mike T.
Dec 3
Will you do Philadelphia? I'd drive to Pittsburgh for it.
Reply

Ruth Adeyemi
Dec 3
Author
Not this time, Mike — maybe in the spring!
Reply
"""


def test_a_substack_posts_comments_give_no_meetings():
    listing = parse(SUBSTACK_POST, as_of=AS_OF, lang="en")
    assert _when(listing) == [("2027-01-10", "14:00"), ("2027-01-14", "19:00")]
    assert [m.venue for m in listing.meetings] == ["Friends House", "Hyde Park Union Church"]
    assert _warned(listing, 15) and _warned(listing, 20)


NEWSLETTER = """\
Rundbrief Dezember

=== TERMINE ===

Donnerstag, 14. Januar 2027, 19 Uhr
Mitgliederversammlung
Gewerkschaftshaus, Wilhelm-Leuschner-Str. 69

Samstag, 20. Februar 2027, 11 Uhr
Aktionstag
Marktplatz

=== GESCHÄFTSSTELLE ===

Beitragsänderungen bitte bis 31. Dezember melden.
Newsletter: Eintragen bis 15. Januar, dann kommt das Programm direkt zu dir.
Anträge zur Tagesordnung sind bis spätestens 2. Januar 2027 einzureichen.
"""


def test_a_newsletters_deadlines_are_warned_about_not_meetings():
    listing = parse(NEWSLETTER, as_of=AS_OF)
    assert _when(listing) == [("2027-01-14", "19:00"), ("2027-02-20", "11:00")]
    assert [m.venue for m in listing.meetings] == ["Gewerkschaftshaus", "Marktplatz"]
    assert all(_warned(listing, n) for n in (15, 16, 17))


# (language, the teaser's line, the entry it names: title, date and time, place)
# fmt: off
TEASER_ROWS = [
    ("en", "Next general meeting Wed 12/16 (see below)",
     "General Meeting\nWednesday, December 16, 7 pm\nHoly Cross Parish Hall, 12 Oak St."),
    ("en", "Save the date: Book Club, Wednesday 16 December",
     "Book Club\nWednesday 16 December, 7pm\nMarigold Books, 3 High Street"),
    ("de", "Nächste Mitgliederversammlung am Mittwoch, 16. Dezember (siehe unten)",
     "Mitgliederversammlung\nMittwoch, 16. Dezember, 19 Uhr\nGewerkschaftshaus, Wilhelm-Leuschner-Str. 69"),
    ("fr", "Prochaine assemblée générale le 16 décembre (voir plus bas)",
     "Assemblée générale\nMercredi 16 décembre à 19 h\nMaison du Peuple, 12 rue de la Paix"),
    ("es", "Próxima asamblea general: 16 de diciembre (ver abajo)",
     "Asamblea general\nMiércoles 16 de diciembre, 19:00 h\nAteneo Popular, calle del Prado 21"),
]
# fmt: on


@pytest.mark.parametrize("lang,teaser,entry", TEASER_ROWS)
def test_a_teaser_of_an_entry_listed_below_is_no_meeting(lang, teaser, entry):
    listing = parse(f"December news\n\n{teaser}\n\nUpcoming\n\n{entry}\n", as_of=AS_OF, lang=lang)
    assert _when(listing) == [("2026-12-16", "19:00")]
    assert [m.source_line for m in listing.meetings] == [7]
    assert _warned(listing, 3)


# (a dated line without a time, a timed entry on that day below it): two meetings
# fmt: off
NOT_TEASER_ROWS = [
    ("Members' meeting, Wednesday 16 December (time TBA)",
     "Committee meeting\nWednesday, December 16, 7 pm\nHoly Cross Parish Hall, 12 Oak St."),
    ("Town hall on housing, Wednesday 16 December",
     "Book sale\nWednesday, December 16, 10 am\nCentral Library"),
]
# fmt: on


@pytest.mark.parametrize("line,entry", NOT_TEASER_ROWS)
def test_an_untimed_meeting_naming_another_entry_stays(line, entry):
    listing = parse(f"December news\n\n{line}\n\nUpcoming\n\n{entry}\n", as_of=AS_OF, lang="en")
    assert [(m.date, m.source_line) for m in listing.meetings] == [
        ("2026-12-16", 3),
        ("2026-12-16", 7),
    ]


MAILCHIMP_NEWS = """\
<html><body>
<span class="mcnPreviewText" style="display:none">Next general meeting Wed 12/16 + rent board hearing in January</span>
<h1>December News</h1>
<h2>Upcoming meetings</h2>
<p><strong>General Meeting</strong><br>Wednesday, December 16, 7 pm<br>Holy Cross Parish Hall, 1020 Oak St.</p>
<p><strong>Building captains training</strong><br>Saturday, December 19, 11 am<br>Building B Community Room</p>
<p><strong>Pack the Rent Board!</strong><br>Tuesday, January 26, 9 am<br>Rent Stabilization Board, 2125 Milvia St.</p>
</body></html>
"""


def test_a_newsletters_preview_text_is_no_meeting_of_its_own():
    listing = parse(MAILCHIMP_NEWS, as_of=AS_OF, lang="en")
    assert _when(listing) == [
        ("2026-12-16", "19:00"),
        ("2026-12-19", "11:00"),
        ("2027-01-26", "09:00"),
    ]
    assert [m.venue for m in listing.meetings][:2] == [
        "Holy Cross Parish Hall",
        "Building B Community Room",
    ]
    assert any("teaser" in w.reason for w in listing.warnings)


# (language, a line of an invitation over its meeting)
# fmt: off
INVITATION_ROWS = [
    ("de", "Das Wasser wird voraussichtlich am 3. April angestellt."),
    ("de", "Die Heizung wird am Montag, 11. Januar abgestellt."),
    ("de", "Sperrmüll wird am 20. Januar abgeholt."),
    ("en", "The water will be shut off on Monday, January 11."),
    ("en", "Bins will be collected on Friday 8 January instead."),
    ("fr", "L'eau sera coupée le lundi 11 janvier."),
    ("fr", "Le chauffage sera rétabli le 11 janvier."),
    ("es", "Se cortará el agua el lunes 11 de enero."),
    ("es", "La luz se restablecerá el 11 de enero."),
    ("de", "TOP 5 Festlegung des Arbeitseinsatzes am 20. März 2027"),
    ("de", "TOP 2 Genehmigung des Protokolls der Mitgliederversammlung vom 18. Januar 2026"),
    ("de", "Tagesordnungspunkt 3: Bericht über die Versammlung vom 5. Dezember 2026"),
    ("fr", "Point 2 de l'ordre du jour : compte rendu de la réunion du 12 novembre 2026"),
    ("de", "Genehmigung des Protokolls vom 18. Januar 2026"),
    ("de", "                                  Chemnitz, den 26. November 2026"),
    ("de", "Berlin, den 2. Dezember 2026"),
    ("fr", "                                  Lyon, le 26 novembre 2026"),
]
# fmt: on
INVITED = {
    "en": "Saturday, January 16, 2027, 2 pm, Club House, 4 Hill Road",
    "de": "Samstag, 16. Januar 2027, 14 Uhr, Vereinsheim, Am Hang 4",
    "fr": "Samedi 16 janvier 2027 à 14 h, Salle des fêtes, 2 place de la Mairie",
    "es": "Sábado 16 de enero de 2027, 14:00 h, Casa del Pueblo, calle Mayor 3",
}


@pytest.mark.parametrize("lang,line", INVITATION_ROWS)
def test_an_invitations_notices_agenda_and_letter_date_are_no_meetings(lang, line):
    page = f"Einladung\n\n{line}\n\n{INVITED[lang]}\nMitgliederversammlung\n"
    listing = parse(page, today=AS_OF, lang=lang)  # no --as-of: a letter's own date is past
    assert _when(listing) == [("2027-01-16", "14:00")]
    assert _warned(listing, 3)


# (language, a line that must stay a meeting, its date and start time)
# fmt: off
NOT_INVITATION_ROWS = [
    ("en", "Meeting on the water supply: Tuesday, January 12, 2027, 7 pm, Town Hall",
     ("2027-01-12", "19:00")),
    ("de", "Infoabend zur Wasserversorgung am Dienstag, 12. Januar 2027, 19 Uhr, Rathaus",
     ("2027-01-12", "19:00")),
    ("de", "TOP-Treffen: Dienstag, 12. Januar 2027, 19 Uhr, Rathaus", ("2027-01-12", "19:00")),
    ("en", "Portland, 20 February 2027\nPowell's Books, 1005 W Burnside St", ("2027-02-20", None)),
]
# fmt: on


@pytest.mark.parametrize("lang,text,when", NOT_INVITATION_ROWS)
def test_near_misses_of_an_invitation_stay_meetings(lang, text, when):
    listing = parse(f"Termine\n\n{text}\n", as_of=AS_OF, lang=lang)
    assert _when(listing) == [when]


INVITATION = """\
Kleingartenverein „Am Bach“ e.V.
Bachweg 2 · 04109 Leipzig

An alle Mitglieder
                                                  Leipzig, den 27. November 2026

Einladung zur Jahreshauptversammlung

        am Samstag, dem 23. Januar 2027, um 15:00 Uhr
        im Vereinsheim, Bachweg 2, 04109 Leipzig.

Tagesordnung:
TOP 1   Begrüßung
TOP 2   Genehmigung des Protokolls der Versammlung vom 24. Januar 2026
TOP 3   Beschluss über den Arbeitseinsatz am 10. April 2027
TOP 4   Verschiedenes

Anträge sind bis spätestens 9. Januar 2027 beim Vorstand einzureichen.

Vereinstermine:
  Sa, 13.03.2027   9 Uhr     Frühjahrsputz, Treffpunkt Vereinsheim
  Sa, 12.06.2027   15 Uhr    Sommerfest auf der Festwiese

Das Wasser wird voraussichtlich am 3. April angestellt. Die Pacht ist bis 31.03.2027 zu
überweisen. Sprechstunde: jeden ersten Samstag im Monat, 10–12 Uhr im Vereinsheim.
"""


def test_an_invitation_gives_its_meeting_and_dates_only():
    listing = parse(INVITATION, today=AS_OF)
    assert _when(listing) == [
        ("2027-01-23", "15:00"),
        ("2027-03-13", "09:00"),
        ("2027-06-12", "15:00"),
    ]
    first, _, last = listing.meetings
    assert "Vereinsheim" in (first.venue or "") and "Leipzig" in (first.address or "")
    assert "Festwiese" in (last.venue or "")
    assert all(_warned(listing, n) for n in (5, 14, 15, 18, 24))


def test_through_eventmap_parse(tmp_path):
    path = tmp_path / "thread.txt"
    path.write_text(MASTODON_THREAD, encoding="utf-8")
    ms = cli_meetings(path, "--as-of", AS_OF.isoformat())
    assert [m["date"] for m in ms] == ["2027-01-14", "2027-02-02"]
