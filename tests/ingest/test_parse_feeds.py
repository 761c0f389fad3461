"""An RSS or Atom feed, pasted or fetched, is read as a feed: each item's title and description
text (CDATA or escaped HTML unescaped) is an entry; an item's publication date is the page's own
date at most (it anchors years), never a meeting's. Hostile XML gives plain text and a warning,
never a hang. Written from holdout10's Basque events feed; the rows are variants."""

from __future__ import annotations

import time
from datetime import date

import pytest
from listing_server import Page

from eventmap.ingest.feed import looks_like_feed, read_feed
from eventmap.ingest.fetch import fetch
from eventmap.ingest.parse import parse
from eventmap.model import Meeting

AS_OF = date(2026, 12, 1)


def places(m: Meeting) -> str:
    return " | ".join(v for v in (m.place, m.venue, m.room, m.address, m.city, m.campus) if v)


def rss(items: str, *, head: str = "", close: bool = True) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/">\n<channel>\n'
        f"<title>Events</title>\n<link>https://example.org/</link>\n{head}{items}"
        + ("</channel>\n</rss>\n" if close else "")
    )


def item(title: str, body: str, pub: str = "Mon, 30 Nov 2026 09:00:00 +0000") -> str:
    return (
        f"<item>\n<title>{title}</title>\n<link>https://example.org/e/1</link>\n"
        f"<pubDate>{pub}</pubDate>\n<description>{body}</description>\n</item>\n"
    )


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Agenda</title><updated>2026-11-29T10:00:00Z</updated><id>urn:x</id>
<entry><title>{title}</title><id>urn:x:1</id><updated>2026-11-28T10:00:00Z</updated>
<content type="{kind}">{body}</content></entry>
</feed>
"""

RDF = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
 xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://example.org/"><title>Termine</title></channel>
<item rdf:about="https://example.org/1"><title>{title}</title>
<dc:date>2026-11-27T08:00:00+01:00</dc:date><description>{body}</description></item>
</rdf:RDF>
"""


# fmt: off
@pytest.mark.parametrize("lang,feed,when,place", [
    ("en", rss(item("Reading group", "<![CDATA[<p>Thursday 14 January 2027, 7pm, Central "
                    "Library, Leeds</p><p>All welcome.</p>]]>")),
     ("2027-01-14", "19:00"), "Central Library"),
    ("de", rss(item("Lesekreis", "&lt;p&gt;Donnerstag, 21. Januar 2027, 19:30 Uhr, "
                    "Gewerkschaftshaus, Leipzig&lt;/p&gt;")),
     ("2027-01-21", "19:30"), "Gewerkschaftshaus"),
    ("fr", rss(item("Rencontre", "jeudi 4 février 2027 à 18h30, Maison des associations, "
                    "Rennes")),
     ("2027-02-04", "18:30"), "Maison des associations"),
    ("es", rss(item("Charla", "<![CDATA[<p><strong>Fecha:</strong> sábado 6 de marzo de 2027"
                    "<br/><strong>Hora:</strong> 11:00 h<br/><strong>Lugar:</strong> Ateneo "
                    "Popular, Calle Feria 12, Sevilla</p>]]>")),
     ("2027-03-06", "11:00"), "Ateneo Popular"),
    ("en", ATOM.format(title="Walk and talk", kind="html",
                       body="&lt;p&gt;Saturday 13 February 2027, 2pm – Friends Meeting House, "
                            "Manchester&lt;/p&gt;"),
     ("2027-02-13", "14:00"), "Friends Meeting House"),
    ("en", ATOM.format(title="Open meeting", kind="xhtml",
                       body='<div xmlns="http://www.w3.org/1999/xhtml"><p>Wednesday 10 March '
                            "2027, 18:00, Old Council Chamber, Bristol</p></div>"),
     ("2027-03-10", "18:00"), "Old Council Chamber"),
    ("de", RDF.format(title="Stammtisch",
                      body="&lt;p&gt;Dienstag, 9. Februar 2027, 20 Uhr, Café Central, "
                           "Wien&lt;/p&gt;"),
     ("2027-02-09", "20:00"), "Café Central"),
    ("es", rss(item("Taller", "<![CDATA[<p>Martes 19 de enero, 18:30. Centro Cívico La Vaguada, "
                    "Zaragoza.</p>]]>", pub="Fri, 27 Nov 2026 12:00:00 +0100")),
     ("2027-01-19", "18:30"), "Centro Cívico La Vaguada"),
    ("en", rss(item("Film night", "<![CDATA[<p>Friday 29 January 2027, 7.30pm, Lexi "
                    "Cinema, London</p>]]>"), close=False),
     ("2027-01-29", "19:30"), "Lexi Cinema"),
    ("fr", rss("<item><title>Assemblée</title><description>Réunion mensuelle."
               "</description><content:encoded><![CDATA[<p>Réunion mensuelle.</p><p>Samedi 16 "
               "janvier 2027, 10h, Salle Pétrarque, Montpellier</p>]]></content:encoded>"
               "</item>\n"),
     ("2027-01-16", "10:00"), "Salle Pétrarque"),
])
# fmt: on
def test_each_item_of_a_feed_is_an_entry(lang, feed, when, place):
    for as_of in (AS_OF, None):  # without as_of the feed's own dates anchor the year
        listing = parse(feed, as_of=as_of, lang=lang, today=date(2026, 12, 2))
        assert [(m.date, m.start_time) for m in listing.meetings] == [when]
        assert place in places(listing.meetings[0])


def test_a_feed_page_reads_every_item_and_no_publication_date():
    items = "".join([
        item("Book launch", "<![CDATA[<p>Tuesday 8 December, 6.30pm, Waterstones, Deansgate, "
             "Manchester</p>]]>", "Thu, 26 Nov 2026 10:00:00 +0000"),
        item("POSTPONED – Author talk", "<![CDATA[<p><strong>This event is postponed.</strong> "
             "It was to be on Thursday 17 December, 7pm, at the Portico Library, Manchester.</p>"
             "]]>", "Wed, 25 Nov 2026 10:00:00 +0000"),
        item("News: our new website", "<![CDATA[<p>We have moved to a new address.</p>]]>",
             "Tue, 24 Nov 2026 10:00:00 +0000"),
        item("Poetry evening", "&lt;p&gt;Wednesday 13 January, 7.30pm&lt;br/&gt;Salford Museum"
             ", Salford&lt;/p&gt;", "Mon, 23 Nov 2026 10:00:00 +0000"),
    ])  # fmt: skip
    listing = parse(rss(items), today=date(2026, 12, 2))
    got = [(m.date, m.start_time, m.status) for m in listing.meetings]
    assert got == [
        ("2026-12-08", "18:30", "scheduled"),
        ("2026-12-17", "19:00", "postponed"),
        ("2027-01-13", "19:30", "scheduled"),
    ]
    assert ["Waterstones" in places(m) for m in listing.meetings] == [True, False, False]
    assert "Portico Library" in places(listing.meetings[1])
    assert "Salford Museum" in places(listing.meetings[2])
    assert listing.as_of == date(2026, 11, 26)  # the newest item's publication date
    assert all(m.links == ["https://example.org/e/1"] for m in listing.meetings)


def test_an_item_without_a_date_is_no_meeting():
    feed = rss(item("Volunteers wanted", "<![CDATA[<p>Help us run the stall.</p>]]>"))
    listing = parse(feed, as_of=AS_OF)
    assert listing.meetings == []
    assert not any("2026-11-30" in w.reason for w in listing.warnings)


def test_only_a_feed_s_root_makes_it_a_feed():
    assert looks_like_feed(rss(""))
    assert looks_like_feed("\ufeff  " + ATOM)
    assert looks_like_feed(RDF)
    assert not looks_like_feed(
        '<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" '
        'href="/feed"></head><body><p>rss</p></body></html>'
    )
    assert not looks_like_feed("Our <rss> feed moved. Thursday 14 January 2027, 7pm")


def test_a_feed_cut_short_is_read_and_warned_about():
    feed = rss(item("Film night", "Friday 29 January 2027, 7.30pm, Lexi Cinema"), close=False)
    feed = feed[: feed.rindex("</item>")]
    listing = parse(feed, as_of=AS_OF)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2027-01-29", "19:30")]
    assert any("not well-formed" in w.reason for w in listing.warnings)


LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY a "ha">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
 <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
 <!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">
]>
<rss version="2.0"><channel><item><title>&i;</title>
<description>Thursday 14 January 2027, 7pm, Central Library</description></item></channel></rss>
"""
XXE = (
    '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    '<rss version="2.0"><channel><item><title>&x;</title></item></channel></rss>'
)


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "feed",
    [
        pytest.param(LAUGHS, id="billion-laughs"),
        pytest.param(XXE, id="external-entity"),
        pytest.param('<rss version="2.0"><channel><item><title>' + "<" * 400_000, id="lt-flood"),
        pytest.param('<rss version="2.0"><channel><item><title>t' + "<!--" * 100_000, id="comments"),
        pytest.param(
            rss(item("t", "&lt;!--" * 100_000 + "Thursday 14 January 2027")), id="escaped-comments"
        ),
        pytest.param('<rss version="2.0"><channel>' + "<item><title>a" * 20_000, id="unclosed"),
    ],
)
def test_hostile_xml_gives_text_and_a_warning_never_a_hang(feed):
    started = time.monotonic()
    listing = parse(feed, as_of=AS_OF)
    assert time.monotonic() - started < 30
    assert listing.warnings
    assert not any("root:" in (m.title or "") for m in listing.meetings)
    assert "ha" * 1000 not in " ".join(line.text for line in read_feed(feed).lines)


def test_entities_are_never_expanded_and_the_page_says_why():
    listing = parse(LAUGHS, as_of=AS_OF)
    assert any("declares its own XML entities" in w.reason for w in listing.warnings)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2027-01-14", "19:00")]
    assert not any("root:" in line.text for line in read_feed(XXE).lines)


def test_a_feed_served_as_rss_is_fetched_and_read(listing_site):
    feed = rss(item("Reading group", "<![CDATA[<p>Thursday 14 January 2027, 7pm, Central "
                    "Library, Leeds</p>]]>"))  # fmt: skip
    for kind in ("application/rss+xml", "application/atom+xml", "text/xml; charset=utf-8"):
        listing_site.pages["/feed"] = Page(feed, content_type=kind)
        got = fetch(listing_site.url("/feed"))
        assert got.text == feed
        ms = parse(got.text, as_of=AS_OF).meetings
        assert [(m.date, m.start_time) for m in ms] == [("2027-01-14", "19:00")]
    assert "application/rss+xml" in listing_site.requests_for("/feed")[0]["Accept"]


def test_a_fetched_feed_s_declared_encoding_is_honoured(listing_site):
    feed = rss(item("Café-débat", "jeudi 4 février 2027 à 18h30, Maison de la Grève, Rennes"))
    body = feed.replace("UTF-8", "ISO-8859-1").encode("iso-8859-1")
    listing_site.pages["/feed.xml"] = Page(body, content_type="application/rss+xml")
    got = fetch(listing_site.url("/feed.xml"))
    ms = parse(got.text, as_of=AS_OF, lang="fr").meetings
    assert [(m.date, m.start_time) for m in ms] == [("2027-02-04", "18:30")]
    assert "Maison de la Grève" in places(ms[0])


@pytest.mark.parametrize("name", ["agenda.xml", "events.rss", "feed.atom"])
def test_an_uploaded_feed_file_is_read_as_a_feed(name):
    from eventmap.core.admin import read_upload_page

    feed = rss(item("Reading group", "Thursday 14 January 2027, 7pm, Central Library, Leeds"))
    page = read_upload_page(name, feed.encode("utf-8"))
    ms = parse(page.text, as_of=AS_OF).meetings
    assert [(m.date, m.start_time) for m in ms] == [("2027-01-14", "19:00")]
