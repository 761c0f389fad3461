"""Events a page states as data (schema.org ``Event`` in JSON-LD or microdata) are read and
paired with the meetings its text gives: the data fills what the text lacks and wins where the
two disagree (with a warning naming what the text said); an event only the data states is a
meeting of its own; a page built by script, whose text shows nothing, is read from its data
alone. Written from the patterns event plugins, ticket sites and group platforms emit (WordPress
event calendars, Eventbrite, Meetup); the rows are variants in EN/DE/FR/ES."""

from __future__ import annotations

import json
from datetime import date

import pytest
from listing_server import Page

from eventmap.cli import main
from eventmap.ingest.fetch import fetch
from eventmap.ingest.parse import parse
from eventmap.ingest.structured import parse_stamp
from eventmap.model import Meeting

AS_OF = date(2026, 12, 1)


def page(*objects: object, body: str = '<div id="app"></div>', title: str = "Events") -> str:
    scripts = "".join(
        f'<script type="application/ld+json">{json.dumps(o, ensure_ascii=False)}</script>\n'
        for o in objects
    )
    return (
        f"<!doctype html>\n<html><head><title>{title}</title>\n{scripts}</head>\n"
        f"<body>\n{body}\n</body></html>\n"
    )


def event(**kw: object) -> dict:
    return {"@context": "https://schema.org", "@type": "Event", **kw}


def place(name: str | None = None, **address: str) -> dict:
    out: dict = {"@type": "Place"}
    if name:
        out["name"] = name
    if address:
        out["address"] = {"@type": "PostalAddress", **address}
    return out


def places(m: Meeting) -> str:
    return " | ".join(v for v in (m.campus, m.venue, m.room, m.address, m.city) if v)


def only(text: str, **kw) -> Meeting:
    ms = parse(text, as_of=AS_OF, **kw).meetings
    assert len(ms) == 1, [(m.date, m.title) for m in ms]
    return ms[0]


# A page whose text shows nothing: each row is one way the data states an event -------------
DATA_ONLY = [
    pytest.param(
        event(
            name="Winter talk",
            startDate="2027-02-05T19:30:00+01:00",
            location=place(
                "Gewandhaus",
                streetAddress="Augustusplatz 8",
                addressLocality="Leipzig",
                postalCode="04109",
                addressCountry="DE",
            ),
        ),
        dict(
            date="2027-02-05",
            start_time="19:30",
            tz_hint="UTC+01:00",
            venue="Gewandhaus",
            address="Augustusplatz 8, 04109 Leipzig",
            city="Leipzig",
            postal_code="04109",
            country="Germany",
        ),
        id="de-place-postal-address",
    ),
    pytest.param(
        event(
            name="Book launch",
            startDate="2027-03-04T18:00:00-05:00",
            endDate="2027-03-04T20:00:00-05:00",
            location=place(
                "Powell's City of Books",
                streetAddress="1005 W Burnside St",
                addressLocality="Portland",
                addressRegion="OR",
                postalCode="97209",
                addressCountry="US",
            ),
        ),
        dict(
            start_time="18:00",
            end_time="20:00",
            tz_hint="UTC-05:00",
            city="Portland",
            state="OR",
            country="US",
            address="1005 W Burnside St, Portland, OR 97209",
        ),
        id="en-us-address-with-end",
    ),
    pytest.param(
        {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "WebPage", "name": "Agenda"},
                event(
                    name="Réunion publique",
                    startDate="2027-01-14T18:30",
                    location=place("Bourse du Travail", addressLocality="Lyon"),
                ),
            ],
        },
        dict(
            date="2027-01-14",
            start_time="18:30",
            venue="Bourse du Travail",
            city="Lyon",
            tz_hint=None,
        ),
        id="fr-in-graph-local-time",
    ),
    pytest.param(
        {
            "@type": "ItemList",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": 1,
                    "item": {
                        "@type": ["Event", "SocialEvent"],
                        "name": "Tertulia",
                        "startDate": "2027-01-20 19:00",
                        "location": "Ateneo Obrero, Calle Mayor 3, Gijón",
                    },
                }
            ],
        },
        dict(date="2027-01-20", start_time="19:00", venue="Ateneo Obrero"),
        id="es-item-list-type-list-location-text",
    ),
    pytest.param(
        event(
            **{"@type": "http://schema.org/MusicEvent"},
            name="Konzert",
            startDate="2027-02-12",
            location=place("Stadthalle"),
        ),
        dict(date="2027-02-12", start_time=None, time_tba=True, status="tba", venue="Stadthalle"),
        id="type-as-uri-date-only",
    ),
    pytest.param(
        event(
            name="All-day fair",
            startDate="2027-02-13T00:00:00+01:00",
            endDate="2027-02-14T23:59:00+01:00",
            location=place("Messe"),
        ),
        dict(date="2027-02-13", end_date="2027-02-14", start_time=None, time_tba=True),
        id="midnight-is-all-day-over-two-days",
    ),
    pytest.param(
        event(
            name="Lesung",
            startDate="2027-02-12T18:00",
            eventStatus="https://schema.org/EventCancelled",
            location=place("Stadtbibliothek"),
        ),
        dict(status="cancelled", venue="Stadtbibliothek"),
        id="cancelled-as-url",
    ),
    pytest.param(
        event(name="Charla", startDate="2027-02-12T18:00", eventStatus="EventPostponed"),
        dict(status="postponed"),
        id="postponed-bare",
    ),
    pytest.param(
        event(
            name="Webinar",
            startDate="2027-02-12T18:00",
            eventAttendanceMode="https://schema.org/OnlineEventAttendanceMode",
            location={"@type": "VirtualLocation", "url": "https://zoom.us/j/1"},
        ),
        dict(online=True, venue=None),
        id="online-virtual-location",
    ),
    pytest.param(
        event(
            name="Moved",
            startDate="2027-02-12T18:00",
            eventStatus="EventMovedOnline",
            location=place("Online"),
        ),
        dict(online=True, status="scheduled", venue=None),
        id="moved-online-place-named-online",
    ),
    pytest.param(
        event(
            name="Hybrid",
            startDate="2027-02-12T18:00",
            eventAttendanceMode="MixedEventAttendanceMode",
            location=[place("Trades Hall"), {"@type": "VirtualLocation"}],
        ),
        dict(online=True, venue="Trades Hall"),
        id="mixed-two-locations",
    ),
    pytest.param(
        event(
            name="Q&amp;A <b>night</b>",
            startDate="2027-02-12T18:00",
            location=place("Hall &amp; Annex"),
        ),
        dict(title="Q&A night", venue="Hall & Annex"),
        id="entities-and-tags-in-names-are-text",
    ),
    pytest.param(
        event(name='=HYPERLINK("http://x","y")', startDate="2027-02-12T18:00"),
        dict(title='=HYPERLINK("http://x","y")'),
        id="formula-stays-text",
    ),
    pytest.param(
        event(name="Talk", startDate="2027-02-12T18:00", url="https://example.org/e/1"),
        dict(links=["https://example.org/e/1"]),
        id="link-kept",
    ),
    pytest.param(
        event(name="Talk", startDate="2027-02-12T18:00", url="javascript:alert(1)"),
        dict(links=[]),
        id="script-link-dropped",
    ),
]


@pytest.mark.parametrize(("data", "want"), DATA_ONLY)
def test_a_page_built_by_script_is_read_from_its_data(data, want):
    listing = parse(page(data), as_of=AS_OF)
    assert len(listing.meetings) == 1
    m = listing.meetings[0]
    for key, value in want.items():
        assert getattr(m, key) == value, key
    assert any("read from the page's data" in w.reason for w in listing.warnings)
    # the page's title names its one campaign
    assert [c.title for c in listing.campaigns] == ["Events"]
    assert m.campaign == "Events"


@pytest.mark.parametrize(
    ("value", "day", "time", "zone", "utc"),
    [
        ("2027-03-05", "2027-03-05", None, None, False),
        ("2027-03-05T19:30", "2027-03-05", "19:30", None, False),
        ("2027-03-05T19:30:00.000+01:00", "2027-03-05", "19:30", "UTC+01:00", False),
        ("2027-03-05T19:30:00+0530", "2027-03-05", "19:30", "UTC+05:30", False),
        ("2027-03-05T19:30-03", "2027-03-05", "19:30", "UTC-03:00", False),
        ("2027-03-05T18:30:00Z", "2027-03-05", "18:30", "UTC", True),
        ("2027-03-05T18:30:00+00:00", "2027-03-05", "18:30", "UTC", False),
        ("2027-03-05 7:30", "2027-03-05", None, None, False),  # no ISO time: the day alone
        ("2027-03-05T25:00", "2027-03-05", None, None, False),
    ],
)
def test_iso_dates_as_pages_state_them(value, day, time, zone, utc):
    s = parse_stamp(value)
    assert (s.day.isoformat(), s.time, s.zone, s.utc) == (day, time, zone, utc)


@pytest.mark.parametrize(
    "value", ["", "next Tuesday", "2027-02-30", "05/03/2027", None, 20270305, ["x"]]
)
def test_what_is_no_iso_date_is_no_stamp(value):
    assert parse_stamp(value) is None


def test_a_page_built_by_script_is_named_by_its_site():
    data = event(name="Forum", startDate="2027-01-14T19:00")
    listing = parse(page(data, title="Events | Leipzig Readers"), as_of=AS_OF)
    assert [(c.title, c.title_source) for c in listing.campaigns] == [("Leipzig Readers", "page")]
    assert listing.meetings[0].campaign == "Leipzig Readers"


def test_a_series_with_sub_events_gives_its_events_as_its_campaign():
    data = {
        "@context": "https://schema.org", "@type": "EventSeries", "name": "Lesereise 2027",
        "subEvent": [
            event(name="Leipzig", startDate="2027-03-01T19:00", location=place("Haus des Buches")),
            event(name="Halle", startDate="2027-03-02T19:30", location=place("Stadtbibliothek")),
        ],
    }  # fmt: skip
    listing = parse(page(data), as_of=AS_OF)
    assert [(m.date, m.start_time, m.venue, m.campaign) for m in listing.meetings] == [
        ("2027-03-01", "19:00", "Haus des Buches", "Lesereise 2027"),
        ("2027-03-02", "19:30", "Stadtbibliothek", "Lesereise 2027"),
    ]
    assert [c.title for c in listing.campaigns] == ["Lesereise 2027"]


def test_a_stated_event_over_before_the_page_s_date_is_left_out_with_a_warning():
    text = page(
        {"@type": "WebPage", "datePublished": "2027-01-10"},
        event(name="Past", startDate="2026-12-01T18:00"),
        event(name="Coming", startDate="2027-02-01T18:00"),
    )
    listing = parse(text)  # the page's own date anchors it
    assert [m.title for m in listing.meetings] == ["Coming"]
    assert any("ended before 2027-01-10" in w.reason for w in listing.warnings)


def test_utc_times_are_kept_with_their_zone_and_a_warning():
    listing = parse(page(event(name="Call", startDate="2027-02-20T17:00:00Z")), as_of=AS_OF)
    m = listing.meetings[0]
    assert (m.start_time, m.tz_hint) == ("17:00", "UTC")
    assert any("stated in UTC" in w.reason for w in listing.warnings)


# Pairing with the text ----------------------------------------------------------------------
CARD = "<h2>Upcoming</h2>\n<p>{line}</p>\n<p>{place}</p>"


@pytest.mark.parametrize(
    ("line", "where", "data", "want", "warned"),
    [
        pytest.param(
            "Thursday 14 January 2027",
            "Leeds Central Library",
            event(
                name="Reading group",
                startDate="2027-01-14T19:00:00+00:00",
                location=place("Leeds Central Library"),
            ),
            dict(start_time="19:00", time_tba=False, venue="Leeds Central Library"),
            None,
            id="en-time-from-data-no-tba-warning",
        ),
        pytest.param(
            "Donnerstag, 14. Januar 2027, 18 Uhr",
            "Gewerkschaftshaus, Saal 2",
            event(
                name="Treffen",
                startDate="2027-01-14T19:00:00+01:00",
                location=place("Gewerkschaftshaus"),
            ),
            dict(start_time="19:00", room="Saal 2"),
            "its text reads the start as 18:00",
            id="de-data-time-wins",
        ),
        pytest.param(
            "jeudi 14 janvier 2027 à 18h30",
            "Bourse du Travail",
            event(
                name="Réunion",
                startDate="2027-01-14T18:30",
                location=place(
                    "Bourse du Travail",
                    streetAddress="205 place Guichard",
                    addressLocality="Lyon",
                    postalCode="69003",
                    addressCountry="FR",
                ),
            ),
            dict(
                venue="Bourse du Travail",
                address="205 place Guichard, 69003 Lyon",
                city="Lyon",
                postal_code="69003",
            ),
            None,
            id="fr-same-venue-address-filled",
        ),
        pytest.param(
            "jueves 14 de enero de 2027, 19:00 h",
            "conferencia de clausura",
            event(
                name="Charla",
                startDate="2027-01-14T19:00",
                location="Ateneo Obrero, Calle Mayor 3, Gijón",
            ),
            dict(venue="Ateneo Obrero"),
            "its text reads the place as conferencia de clausura",
            id="es-other-place-data-wins",
        ),
        pytest.param(
            "Thursday 14 January 2027, 7pm",
            "Trades Hall",
            event(
                name="Forum",
                startDate="2027-01-14T19:00",
                eventStatus="EventCancelled",
                location=place("Trades Hall"),
            ),
            dict(status="cancelled", venue="Trades Hall"),
            "marks it cancelled",
            id="en-cancelled-in-data",
        ),
        pytest.param(
            "Thursday 14 January 2027, 7pm",
            "Trades Hall",
            event(name="Forum", startDate="2027-01-14T19:00:00Z", location=place("Trades Hall")),
            dict(start_time="19:00", tz_hint=None),
            None,
            id="utc-time-does-not-override-the-text",
        ),
        pytest.param(
            "Thursday 14 January 2027, 7pm",
            "Trades Hall",
            event(name="Forum", startDate="2027-01-14T18:00:00Z"),
            dict(start_time="19:00", venue="Trades Hall"),
            None,
            id="utc-time-other-hour-text-kept",
        ),
    ],
)
def test_a_meeting_in_text_and_data_is_one_meeting(line, where, data, want, warned):
    listing = parse(page(data, body=CARD.format(line=line, place=where)), as_of=AS_OF)
    assert len(listing.meetings) == 1, [(m.date, m.title) for m in listing.meetings]
    m = listing.meetings[0]
    for key, value in want.items():
        assert getattr(m, key) == value, (key, places(m))
    reasons = [w.reason for w in listing.warnings]
    assert not any("no start time" in r for r in reasons)
    assert not any("read from the page's data" in r for r in reasons)
    if warned:
        assert any(warned in r for r in reasons), reasons
    else:
        assert not any("which is kept" in r for r in reasons), reasons


def test_two_meetings_on_one_day_pair_by_time_and_name():
    body = (
        "<h2>Agenda</h2>\n<p>Saturday 16 January 2027</p>\n"
        "<p>10:00 Workshop, Room 4</p>\n<p>15:00 Film screening, Main Hall</p>"
    )
    data = [
        event(name="Film screening", startDate="2027-01-16T15:00",
              location=place("Main Hall", streetAddress="1 High St", addressLocality="Hull")),
        event(name="Workshop", startDate="2027-01-16T10:00"),
    ]  # fmt: skip
    listing = parse(page(*data, body=body), as_of=AS_OF)
    got = [(m.start_time, m.address) for m in listing.meetings]
    assert got == [("10:00", None), ("15:00", "1 High St, Hull")]


def test_what_only_the_text_or_only_the_data_gives_is_kept():
    body = "<h2>Upcoming</h2>\n<p>Thursday 14 January 2027, 7pm</p>\n<p>Trades Hall</p>"
    data = event(name="Day school", startDate="2027-02-06T10:00", location=place("Unity Hall"))
    listing = parse(page(data, body=body), as_of=AS_OF)
    got = [(m.date, m.start_time, m.venue, m.campaign) for m in listing.meetings]
    assert got == [
        ("2027-01-14", "19:00", "Trades Hall", "Upcoming"),
        ("2027-02-06", "10:00", "Unity Hall", "Upcoming"),  # the page's one campaign
    ]
    assert any("1 meeting(s) read from the page's data" in w.reason for w in listing.warnings)


def test_an_event_stated_in_json_ld_and_microdata_is_one_meeting():
    body = (
        '<div itemscope itemtype="https://schema.org/Event">'
        '<h3 itemprop="name">Forum</h3>'
        '<time itemprop="startDate" datetime="2027-01-14T19:00">14 Jan</time>'
        '<span itemprop="location" itemscope itemtype="https://schema.org/Place">'
        '<span itemprop="name">Trades Hall</span></span></div>'
    )
    data = event(name="Forum", startDate="2027-01-14T19:00", location=place("Trades Hall"))
    listing = parse(page(data, body=body), as_of=AS_OF)
    assert [(m.date, m.start_time, m.venue) for m in listing.meetings] == [
        ("2027-01-14", "19:00", "Trades Hall")
    ]


# Microdata ----------------------------------------------------------------------------------
MICRODATA = [
    pytest.param(
        '<div itemscope itemtype="http://schema.org/Event">'
        '<span itemprop="startDate" content="2027-01-13T18:30">Mercredi 13 janvier</span>'
        '<span itemprop="name">Lire en prison</span>'
        '<span itemprop="location">Médiathèque André Malraux, auditorium, 1 presqu\'île '
        "André Malraux</span></div>",
        dict(date="2027-01-13", start_time="18:30", venue="Médiathèque André Malraux"),
        id="fr-location-as-text",
    ),
    pytest.param(
        '<article itemscope itemtype="https://schema.org/Event">'
        '<h3 itemprop="name">Stammtisch</h3>'
        '<meta itemprop="startDate" content="2027-01-20T19:00:00+01:00">'
        '<div itemprop="location" itemscope itemtype="https://schema.org/Place">'
        '<span itemprop="name">Gasthaus Krone</span>'
        '<div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress">'
        '<span itemprop="streetAddress">Hauptstraße 5</span> '
        '<span itemprop="postalCode">79098</span> '
        '<span itemprop="addressLocality">Freiburg</span>'
        '<meta itemprop="addressCountry" content="DE"></div></div></article>',
        dict(
            venue="Gasthaus Krone",
            address="Hauptstraße 5, 79098 Freiburg",
            city="Freiburg",
            start_time="19:00",
        ),
        id="de-nested-place-and-address",
    ),
    pytest.param(
        '<li itemscope itemtype="https://schema.org/SportsEvent">'
        '<a itemprop="url" href="https://example.org/m/1"><span itemprop="name">Partido</span></a>'
        '<time itemprop="startDate" datetime="2027-01-23">sáb 23 ene</time>'
        '<link itemprop="eventStatus" href="https://schema.org/EventCancelled"></li>',
        dict(date="2027-01-23", status="cancelled", links=["https://example.org/m/1"]),
        id="es-link-values-and-status",
    ),
]


@pytest.mark.parametrize(("body", "want"), MICRODATA)
def test_microdata_events_are_read(body, want):
    m = only(page(body=body))
    for key, value in want.items():
        assert getattr(m, key) == value, (key, places(m))


# Bad data never breaks the page ----------------------------------------------------------------
TEXT_CARD = "<h2>Upcoming</h2>\n<p>Thursday 14 January 2027, 7pm</p>\n<p>Trades Hall</p>"


@pytest.mark.parametrize(
    "script",
    [
        "{not json",
        "[" * 100_000 + "]" * 100_000,  # deeper than the JSON reader goes
        '{"@type": "Event", "name": "No date"}',
        '{"@type": "Event", "startDate": {"nested": true}}',
        '{"@type": "Event", "startDate": "2027-01-14T19:00", "location": [[[[["x"]]]]]}',
        '{"@type": "Event", "startDate": "2027-01-14", "name": 5, "url": 7, "eventStatus": 3}',
        "null",
        '"just a string"',
    ],
)
def test_bad_structured_data_leaves_the_text_s_reading(script):
    text = (
        '<!doctype html><html><head><script type="application/ld+json">'
        f"{script}</script></head><body>{TEXT_CARD}</body></html>"
    )
    listing = parse(text, as_of=AS_OF)
    assert [(m.date, m.start_time, m.venue) for m in listing.meetings] == [
        ("2027-01-14", "19:00", "Trades Hall")
    ]
    assert not any("could not read" in w.reason for w in listing.warnings)


def test_an_event_with_no_readable_start_is_named_in_a_warning():
    listing = parse(page(event(name="Sommerfest", startDate="bald")), as_of=AS_OF)
    assert listing.meetings == []
    assert any(
        "states no start date" in w.reason and "Sommerfest" in w.reason for w in listing.warnings
    )


def test_a_page_stating_thousands_of_events_is_read_up_to_its_cap():
    many = [event(name=f"E{i}", startDate="2027-01-14T19:00") for i in range(3000)]
    listing = parse(page({"@graph": many}), as_of=AS_OF)
    assert len(listing.meetings) == 2000


# Through fetching and the command line -------------------------------------------------------
def test_a_fetched_page_built_by_script_gives_its_stated_events(listing_site):
    data = event(name="Forum", startDate="2027-01-14T19:00:00+00:00",
                 location=place("Trades Hall", addressLocality="Leeds"))  # fmt: skip
    listing_site.pages["/events"] = Page(page(data))
    got = fetch(listing_site.url("/events"))
    ms = parse(got.text, as_of=AS_OF).meetings
    assert [(m.date, m.start_time, m.venue, m.city) for m in ms] == [
        ("2027-01-14", "19:00", "Trades Hall", "Leeds")
    ]


def test_eventmap_parse_reads_a_page_s_data(tmp_path, capsys):
    path = tmp_path / "events.html"
    data = event(name="Forum", startDate="2027-01-14T19:00", location=place("Trades Hall"))
    path.write_text(page(data), encoding="utf-8")
    assert main(["parse", str(path), "--as-of", "2026-12-01"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [(m["date"], m["start_time"], m["venue"]) for m in out["meetings"]] == [
        ("2027-01-14", "19:00", "Trades Hall")
    ]


# Microformats -------------------------------------------------------------------------------
MICROFORMATS = [
    pytest.param(
        '<div class="h-event"><a class="p-name u-url" href="https://example.org/e/1">Book '
        'launch</a> <time class="dt-start" datetime="2027-01-21T19:00-05:00">Thu Jan 21, 7pm'
        '</time><span class="p-location h-card"><span class="p-name">Powell\'s Books</span>, '
        '<span class="p-street-address">1005 W Burnside St</span>, <span class="p-locality">'
        'Portland</span>, <abbr class="p-region" title="Oregon">OR</abbr></span></div>',
        dict(
            title="Book launch",
            start_time="19:00",
            tz_hint="UTC-05:00",
            venue="Powell's Books",
            city="Portland",
            links=["https://example.org/e/1"],
        ),
        id="en-h-event-with-h-card",
    ),
    pytest.param(
        '<div class="vevent"><span class="summary">Stammtisch</span> am '
        '<abbr class="dtstart" title="2027-01-20T19:00:00+01:00">Mittwochabend</abbr>, '
        '<span class="location">Gasthaus Krone, Hauptstraße 5, 79098 Freiburg</span></div>',
        dict(date="2027-01-20", start_time="19:00", venue="Gasthaus Krone", postal_code="79098"),
        id="de-hcalendar-abbr-title",
    ),
    pytest.param(
        '<li class="vevent"><h3 class="summary">Réunion</h3><p class="dtstart">'
        '<data class="value" value="2027-01-14">jeudi prochain</data> à '
        '<data class="value" value="18:30">la sortie du travail</data></p>'
        '<p class="location">Bourse du Travail, Lyon</p></li>',
        dict(date="2027-01-14", start_time="18:30", venue="Bourse du Travail"),
        id="fr-hcalendar-value-class",
    ),
    pytest.param(
        '<article class="h-event"><h2 class="p-name">Tertulia</h2><data class="dt-start" '
        'value="2027-01-20">el miércoles</data><p class="p-location">Ateneo Obrero</p>'
        "</article>",
        dict(date="2027-01-20", start_time=None, venue="Ateneo Obrero"),
        id="es-h-event-data-day-only",
    ),
]


@pytest.mark.parametrize(("body", "want"), MICROFORMATS)
def test_microformat_events_are_read(body, want):
    m = only(page(body=body))
    for key, value in want.items():
        assert getattr(m, key) == value, (key, places(m))


@pytest.mark.parametrize("utc", ["18:00:00Z", "17:00:00Z"])
def test_a_time_stated_in_utc_never_overrides_the_text_s_clock_time(utc):
    # SPIP writes the local time with a "Z" (18:00Z); a correct one is an hour earlier in Lyon
    body = (
        '<ul><li class="vevent"><h3 class="summary">AG interprofessionnelle</h3>'
        f'<p><abbr class="dtstart" title="2027-01-14T{utc}">Jeudi 14 janvier 2027 de 18h00 '
        'à 20h00</abbr></p><p class="location">Bourse du Travail, Grenoble</p></li></ul>'
    )
    listing = parse(page(body=body), as_of=AS_OF)
    assert [(m.date, m.start_time, m.tz_hint) for m in listing.meetings] == [
        ("2027-01-14", "18:00", None)
    ]


# What real generators write ------------------------------------------------------------------
def raw_page(script: str) -> str:
    return (
        '<!doctype html><html><head><title>Events</title><script type="application/ld+json">'
        f"{script}</script></head><body></body></html>"
    )


@pytest.mark.parametrize(
    ("script", "want"),
    [
        pytest.param(
            '{"@type": "Event", "name": "Lesung", "startDate": "2027-02-12T18:00",\n'
            '"description": "Zeile eins\nZeile zwei"}',
            dict(title="Lesung", start_time="18:00"),
            id="raw-line-break-inside-a-string",
        ),
        pytest.param(
            '<!--\n{"@type": "Event", "name": "Charla", "startDate": "2027-02-12T18:00"}\n-->',
            dict(title="Charla"),
            id="html-comment-wrapper",
        ),
        pytest.param(
            '//<![CDATA[\n{"@type": "Event", "name": "Réunion", "startDate": "2027-02-12"}\n//]]>',
            dict(title="Réunion"),
            id="cdata-wrapper",
        ),
        pytest.param(
            json.dumps({"@graph": [
                {"@type": "Place", "@id": "https://example.org/#hall", "name": "Trades Hall",
                 "address": {"@id": "https://example.org/#hall-address"}},
                {"@type": "PostalAddress", "@id": "https://example.org/#hall-address",
                 "streetAddress": "54 Victoria St", "addressLocality": "Carlton",
                 "addressRegion": "VIC", "postalCode": "3053", "addressCountry": "AU"},
                {"@type": "Event", "name": "Forum", "startDate": "2027-02-12T18:00",
                 "location": {"@id": "https://example.org/#hall"}},
            ]}),
            dict(venue="Trades Hall", city="Carlton", state="VIC", postal_code="3053",
                 country="Australia"),
            id="place-and-address-by-reference",
        ),
        pytest.param(
            json.dumps({"@type": "Event", "name": "Talk", "startDate": "2027-02-12T18:00",
                        "url": "/events/42/"}),
            dict(links=["https://example.org/events/42/"]),
            id="relative-url-read-against-the-page-s-address",
        ),
    ],
)  # fmt: skip
def test_what_real_generators_write_is_read(script, want):
    listing = parse(raw_page(script), as_of=AS_OF, url="https://example.org/agenda/")
    assert len(listing.meetings) == 1, listing.warnings
    for key, value in want.items():
        assert getattr(listing.meetings[0], key) == value, key


# Pairing only what is the same event (from a review of the first version) ------------------------
def test_an_event_of_another_time_and_place_is_another_meeting_of_that_day():
    body = "<h2>Upcoming</h2>\n<p>Friday 5 March 2027, 7pm: Book club, Central Library, Leeds</p>"
    data = event(name="Toddler yoga", startDate="2027-03-05T10:00:00+00:00",
                 location=place("Leisure Centre", addressLocality="York"))  # fmt: skip
    ms = parse(page(data, body=body), as_of=AS_OF).meetings
    assert [m.start_time for m in ms] == ["19:00", "10:00"]
    assert "Central Library" in places(ms[0]) and "York" not in places(ms[0])  # left as it was
    assert (ms[1].title, ms[1].venue, ms[1].city) == ("Toddler yoga", "Leisure Centre", "York")


def test_one_event_stated_twice_under_two_names_is_one_meeting():
    # the film's card is marked up as an h-event, and the page's JSON-LD names it otherwise
    body = (
        "<h2>Agenda</h2>\n<p>Saturday 6 March 2027</p>\n"
        '<p class="h-event"><time class="dt-start" datetime="2027-03-06T18:00">6pm</time> '
        '<span class="p-name">Casablanca</span>, Hall A</p>\n<p>9pm Quiz, Hall B</p>'
    )
    data = event(name="Film night: Casablanca", startDate="2027-03-06T18:00",
                 location=place("Hall A"))  # fmt: skip
    ms = parse(page(data, body=body), as_of=AS_OF).meetings
    assert sorted(m.start_time for m in ms) == ["18:00", "21:00"]
    quiz = next(m for m in ms if m.start_time == "21:00")
    assert "Hall B" in places(quiz) and "Casablanca" not in (quiz.title or "")


def test_a_utc_date_pairs_with_the_meeting_of_its_name_the_day_before():
    # 7pm in Los Angeles on 5 March is 03:00 UTC on 6 March
    body = (
        "<h2>Agenda</h2>\n<p>Friday 5 March 2027, 7pm: Film night, Hall A</p>\n"
        "<p>Saturday 6 March 2027, 9pm: Quiz, Hall B</p>"
    )
    data = event(name="Film night", startDate="2027-03-06T03:00:00Z",
                 eventStatus="EventCancelled")  # fmt: skip
    ms = parse(page(data, body=body), as_of=AS_OF).meetings
    by_day = {m.date: m for m in ms}
    assert set(by_day) == {"2027-03-05", "2027-03-06"} and len(ms) == 2
    assert by_day["2027-03-05"].status == "cancelled"
    assert by_day["2027-03-06"].status == "scheduled" and by_day["2027-03-06"].start_time == "21:00"


def test_a_series_whose_sub_events_are_only_links_is_a_meeting_itself():
    data = {"@type": "Festival", "name": "Lesefest", "startDate": "2027-05-07T18:00",
            "subEvent": ["https://example.org/e/1", {"@id": "https://example.org/e/2"}]}  # fmt: skip
    ms = parse(page(data), as_of=AS_OF).meetings
    assert [(m.date, m.start_time, m.title) for m in ms] == [("2027-05-07", "18:00", "Lesefest")]


def test_microdata_places_nested_hundreds_deep_are_read_without_error():
    nested = '<div itemscope itemtype="https://schema.org/Place" itemprop="location">' * 600
    body = (
        '<div itemscope itemtype="https://schema.org/Event"><span itemprop="name">Forum</span>'
        '<meta itemprop="startDate" content="2027-01-14T19:00">' + nested + "x" + "</div>" * 601
    )
    listing = parse(page(body=body), as_of=AS_OF)
    assert [(m.date, m.start_time) for m in listing.meetings] == [("2027-01-14", "19:00")]


def test_a_place_of_two_letters_tells_halls_apart():
    body = "<h2>Agenda</h2>\n<p>Saturday 6 March 2027, 6pm: Talk, Hall B</p>"
    data = event(name="Talk", startDate="2027-03-06T18:00", location=place("Hall A"))
    (m,) = parse(page(data, body=body), as_of=AS_OF).meetings
    assert m.venue == "Hall A"  # the data's place wins, with a warning, not "the same place"
