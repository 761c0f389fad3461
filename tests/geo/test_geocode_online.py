"""The online path: geopy's Nominatim pointed at a local fake server on 127.0.0.1."""

from __future__ import annotations

import socket
import threading
from datetime import date

import pytest
from geopy.distance import geodesic
from nominatim_server import FakeNominatim

from eventmap.errors import ConfigurationError, ProviderUnavailable
from eventmap.geo import geocoder as geocode
from eventmap.geo.cache import GeocodeCache
from eventmap.geo.geocoder import FAULTS_BEFORE_DOWN, Geocoder
from eventmap.geo.ratelimit import shared_limiter
from eventmap.ingest.parse import parse
from eventmap.model import Meeting

# What the fake server knows: the seed's street addresses (true coordinates).
ADDRESSES = {
    "350 moffitt library": (37.8725, -122.2608),
    "6075 aztec": (32.7740, -117.0697),
    "5221 gullen mall": (42.3574, -83.0702),
    "450 church st": (42.2767, -83.7365),
    "238 thompson st": (40.7289, -73.9988),
    "60 washington square south": (40.7298, -73.9977),
}
WEISER = Meeting(
    campus="University of Michigan",
    venue="Weiser Hall",
    address="450 Church St., Ann Arbor, MI 48109",
)


class FakeTime:
    """Injected clock and sleep: sleeping advances the clock, nothing really waits."""

    def __init__(self):
        self.now = 1000.0
        self.sleeps: list[float] = []
        self._lock = threading.Lock()

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        with self._lock:
            self.sleeps.append(seconds)
            self.now += seconds


@pytest.fixture
def server():
    with FakeNominatim(dict(ADDRESSES)) as s:
        yield s


@pytest.fixture
def fake_time():
    return FakeTime()


@pytest.fixture
def make(server, tmp_path, fake_time):
    """Geocoders against the fake server, sharing one cache file and the fake clock."""
    made = []

    def _make(domain=None, **kw):
        kw.setdefault("overrides", [])  # no pins: exercise the provider
        kw.setdefault("timeout", 2)
        g = Geocoder(
            "nominatim",
            domain=domain or server.domain,
            scheme="http",
            cache_path=tmp_path / "geocode.sqlite",
            clock=fake_time.clock,
            sleep=fake_time.sleep,
            **kw,
        )
        made.append(g)
        return g

    yield _make
    for g in made:
        g.close()


def _cache(tmp_path) -> GeocodeCache:
    return GeocodeCache(tmp_path / "geocode.sqlite")


@pytest.fixture(scope="module")
def seed_meetings(seed_text):
    return parse(seed_text, as_of=date(2019, 3, 1)).meetings


def test_second_run_of_the_same_listing_costs_no_provider_calls(make, server, seed_meetings):
    first = make()
    locs = first.locate_all(seed_meetings)
    assert server.count == first.provider_calls > 0
    assert len(set(server.queries)) == len(server.queries)  # no query asked twice
    assert all(ua.startswith("eventmap/") for ua in server.user_agents)
    by_address = [loc for m, loc in zip(seed_meetings, locs, strict=True) if m.address]
    assert by_address and all(loc.precision == "address" for loc in by_address)
    assert {loc.source for loc in by_address} == {"nominatim"}

    asked = server.count
    again = make()
    locs2 = again.locate_all(seed_meetings)
    assert server.count == asked
    assert again.provider_calls == 0
    assert [(loc.lat, loc.lon, loc.precision) for loc in locs2] == [
        (loc.lat, loc.lon, loc.precision) for loc in locs
    ]
    assert {loc.source for loc in locs2 if loc.precision == "address"} == {"cache:nominatim"}


def test_n_meetings_at_k_addresses_cost_k_calls(make, server):
    addresses = [
        "60 Washington Square South, New York, NY",
        "238 Thompson St., New York, NY 10012",
        "5221 Gullen Mall, Detroit, MI 48202",
    ]
    meetings = [Meeting(address=addresses[i % 3], date=f"2019-04-{i + 1:02d}") for i in range(9)]
    g = make()
    locs = g.locate_all(meetings)
    assert server.count == 3 == g.provider_calls
    assert all(loc.precision == "address" for loc in locs)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize(
    "mode, expect_in_failure",
    [
        ("429", "429"),
        ("500", "service error"),
        ("503", "timed out"),  # geopy maps 503 to GeocoderTimedOut
        ("slow", "timed out"),
        ("garbage", "malformed"),
        ("badjson", "malformed"),
        ("nan", "malformed"),
        # A 200 whose body is not a list of places: geopy would read {} and null as "no match".
        ("empty-object", "expected a list of places, got an empty object"),
        ("null", "expected a list of places, got null"),
        ("string", "expected a list of places, got a string"),
        ("object", "expected a list of places, got an object"),
        ("403", "refused"),
        ("400", "rejected"),
        ("refused", "unavailable"),
    ],
)
def test_provider_faults_fall_through_and_are_not_cached(
    make, server, tmp_path, fake_time, mode, expect_in_failure
):
    server.retry_after = 3600  # longer than we wait: counts as down
    server.delay = 1.0
    if mode == "refused":
        g = make(domain=f"127.0.0.1:{_closed_port()}", timeout=1)
    else:
        server.mode = mode
        g = make(timeout=0.3)
    loc = g.locate(WEISER)
    assert loc is not None
    assert (loc.precision, loc.source) == ("campus", "gazetteer")
    assert geodesic((loc.lat, loc.lon), (42.2780, -83.7382)).km < 1
    assert g.failures and any(expect_in_failure in f for f in g.failures), g.failures
    assert _cache(tmp_path).count() == 0  # a failure is never cached, not even as "no match"

    server.mode = "ok"
    before = server.count
    fresh = make()
    loc2 = fresh.locate(WEISER)
    assert server.count == before + 1
    assert (loc2.precision, loc2.source) == ("address", "nominatim")


def test_429_honours_retry_after(make, server, fake_time):
    server.retry_after = 7
    server.fail_next(1, "429")
    g = make()
    loc = g.locate(WEISER)
    assert loc.precision == "address"
    assert server.count == 2
    assert any(s >= 7 for s in fake_time.sleeps)
    assert g.failures == []


def test_429_without_retry_after_backs_off_then_gives_up(make, server, fake_time):
    server.retry_after = None
    server.mode = "429"
    g = make(max_retries=2)
    loc = g.locate(WEISER)
    assert loc.precision == "campus"
    assert server.count == 3  # one try + two retries, then the provider counts as down
    assert sum(fake_time.sleeps) >= 1 + 2


def test_403_is_not_retried_and_stops_all_asking(make, server):
    server.mode = "403"
    g = make()
    g.locate_all([WEISER, Meeting(address="5221 Gullen Mall, Detroit, MI 48202")])
    assert server.count == 1
    assert any("refused" in f for f in g.failures)


def test_400_is_not_retried_but_other_queries_still_go(make, server):
    server.mode = "400"
    g = make()
    locs = g.locate_all([WEISER, Meeting(address="5221 Gullen Mall, Detroit, MI 48202")])
    # Weiser: address + venue queries; Gullen Mall: address. Each asked once, none retried.
    assert server.count == len(set(server.queries)) == 3
    assert [loc.precision for loc in locs] == ["campus", "postal_code"]


def test_repeated_faults_stop_asking(make, server):
    server.mode = "500"
    g = make()
    meetings = [Meeting(address=f"{n} Main St, Ann Arbor, MI 48104") for n in range(1, 8)]
    locs = g.locate_all(meetings)
    assert server.count == FAULTS_BEFORE_DOWN
    assert all(loc.precision == "postal_code" for loc in locs)


def test_no_match_is_cached_and_expires(make, server):
    m = Meeting(address="1 Nowhere Rd, Ann Arbor, MI 48104")
    g = make()
    assert g.locate(m).precision == "postal_code"
    assert server.count == 1
    assert make().locate(m).precision == "postal_code"
    assert server.count == 1  # the negative answer was cached
    short = Meeting(address="2 Nowhere Rd, Ann Arbor, MI 48104")
    make(negative_ttl=0).locate(short)
    assert server.count == 2
    make().locate(short)
    assert server.count == 3  # an expired "no match" is asked again


def test_visitor_lookup_is_not_persisted_unless_asked(make, server, tmp_path):
    g = make()
    assert g.lookup("48109").precision == "postal_code"
    assert g.lookup("Ann Arbor, MI").precision == "city"
    assert server.count == 0  # answered offline: the visitor's text never left the machine
    loc = g.lookup("450 Church St, Ann Arbor, MI")
    assert (loc.precision, loc.source) == ("address", "nominatim")
    assert _cache(tmp_path).count() == 0
    g.lookup("450 Church St, Ann Arbor, MI", persist=True)
    assert _cache(tmp_path).count() == 1


@pytest.mark.parametrize("mode", ["500", "garbage", "400"])
def test_a_failed_visitor_lookup_leaves_no_trace_of_the_query(make, server, caplog, mode):
    server.mode = mode
    g = make(timeout=0.3)
    secret = "1600 Secretive Lane, Ann Arbor, MI"
    with caplog.at_level("DEBUG"), pytest.raises(ProviderUnavailable) as raised:
        g.lookup(secret)
    assert "secretive" not in str(raised.value).casefold()
    assert server.count >= 1  # it did ask
    assert g.failures  # and the fault is reported
    ours = [r.getMessage() for r in caplog.records if r.name.startswith("eventmap")]
    trace = " ".join(g.failures + ours).casefold()
    assert "secretive" not in trace


def test_far_off_answers_are_ignored(make, server):
    server.places["450 church st"] = (48.8566, 2.3522)  # Paris: not in Ann Arbor
    loc = make().locate(WEISER)
    assert loc.precision == "campus"


@pytest.mark.parametrize(
    "place, cls_type, meeting, precision",
    [
        # a city polygon for a venue query: the campus table does better
        (
            "weiser hall",
            ("place", "city"),
            Meeting(campus="University of Michigan", venue="Weiser Hall"),
            "campus",
        ),
        # a city polygon for an address nobody else knows: it is a city, not an address
        (
            "unknown rd",
            ("boundary", "administrative"),
            Meeting(address="9 Unknown Rd, Smallville, Kansas"),
            "city",
        ),
        # the campus polygon for an unknown campus's venue
        (
            "hall 9",
            ("amenity", "university"),
            Meeting(campus="Nowhere College", venue="Hall 9"),
            "campus",
        ),
    ],
)
def test_precision_is_honest_about_what_the_provider_found(
    make, server, place, cls_type, meeting, precision
):
    server.places = {place: (39.0, -98.0, *cls_type)} if "unknown" in place else {}
    if "unknown" not in place:
        server.places[place] = (42.2770, -83.7360, *cls_type)
    loc = make().locate(meeting)
    assert loc.precision == precision


def test_rate_limit_spaces_requests_without_real_sleeps(make, server, fake_time):
    g = make(min_delay=1.0)
    for n in range(5):
        g.lookup(f"{n + 1} Main St, Ann Arbor, MI")
    assert server.count == 5
    assert sum(fake_time.sleeps) == pytest.approx(4.0)


def test_threads_share_one_geocoder(make, server):
    g = make(min_delay=0.0)
    results = {}

    def work(n):
        results[n] = g.lookup(f"{n} Washington Square South, New York", persist=True)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(60, 68)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert server.count == 8 == g.provider_calls
    assert results[60].precision == "address"


def test_default_geocoder_is_configured_from_the_environment(monkeypatch, server, tmp_path):
    monkeypatch.setenv("EVENTMAP_GEOCODER", "nominatim")
    monkeypatch.setenv("EVENTMAP_GEOCODER_DOMAIN", server.domain)
    monkeypatch.setenv("EVENTMAP_GEOCODER_SCHEME", "http")
    monkeypatch.setenv("EVENTMAP_GEOCODER_MIN_DELAY", "0")
    monkeypatch.setenv("EVENTMAP_USER_AGENT", "eventmap-test/1")
    monkeypatch.setenv("EVENTMAP_GEOCODE_CACHE", str(tmp_path / "env.sqlite"))
    geocode.reset_default_geocoder()
    try:
        g = geocode.default_geocoder()
        assert g is geocode.default_geocoder()
        assert g.limiter is shared_limiter(g.provider_id, 0)
        assert g.attribution == geocode.OSM_ATTRIBUTION
        assert g.lookup("5221 Gullen Mall, Detroit, MI", persist=True).source == "nominatim"
        assert server.user_agents == ["eventmap-test/1"]
        assert (tmp_path / "env.sqlite").exists()
    finally:
        geocode.reset_default_geocoder()


def test_unknown_provider_is_a_clear_configuration_error(tmp_path):
    with pytest.raises(ConfigurationError, match="EVENTMAP_GEOCODER"):
        Geocoder("no-such-geocoder", cache_path=tmp_path / "c.sqlite")


def test_a_dataset_reports_only_the_failures_of_its_own_build(make, server, seed_text):
    from eventmap.core.dataset import Source, build_dataset

    g = make(timeout=0.3)
    server.mode = "500"
    first = build_dataset([Source("seed.txt", seed_text)], geocoder=g)
    assert first.geocode_failures  # reported, and the meetings still located offline
    assert first.frame["lat"].notna().sum() == 14
    # The same (shared) geocoder builds again: the earlier build's failures are not repeated.
    second = build_dataset([Source("seed.txt", seed_text)], geocoder=g)
    assert g.failures and second.geocode_failures == []
