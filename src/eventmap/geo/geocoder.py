"""Meetings -> coordinates, with an honest precision and a time zone.

For each meeting the queries go most specific first -- street address, venue on its campus,
campus, postal code, city -- and the first hit wins; ``precision`` names the level that hit.
Sources, in order:

1. organizer overrides (``data/venues.csv`` plus any the store passes), pinned by campus,
   venue or address; they win over every other source at any level;
2. the persistent cache (:mod:`eventmap.geo.cache`), keyed by provider + normalized query;
3. an online geopy geocoder (Nominatim by default; any geopy geocoder by name), rate limited
   process-wide (:mod:`eventmap.geo.ratelimit`);
4. the offline gazetteer (:mod:`eventmap.geo.gazetteer`): campus table, US ZIP centroids, cities.

Two deliberate deviations from a strict source order, both to spare the public service: at the
campus, postal-code and city levels the curated offline tables answer first when they know the
place (a provider would only return the same centroid), and a visitor's free-text query that is
a ZIP, a city or a campus name never leaves the machine.

Provider faults (timeouts, refused connections, 429, 5xx, malformed answers) fall through to the
offline sources, are listed in :attr:`Geocoder.failures`, and are never cached. A true "no match"
is cached as a negative entry that expires. Coordinates that are NaN, out of range, or far from
where the campus/ZIP/city says the place is (which is how swapped lat/lon show up) are rejected.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from eventmap import __version__, config
from eventmap.errors import (
    ConfigurationError,
    ProviderError,
    ProviderRateLimited,
    ProviderRefused,
    ProviderUnavailable,
    TooManyLookups,
)
from eventmap.geo.cache import DatabaseGeocodeCache, GeocodeCache, open_cache
from eventmap.geo.credits import GEONAMES_ATTRIBUTION, OSM_ATTRIBUTION, attribution  # noqa: F401
from eventmap.geo.distance import COORDINATES
from eventmap.geo.distance import distance_km as haversine_km
from eventmap.geo.gazetteer import (
    MAX_TEXT,
    Campus,
    Gazetteer,
    Place,
    default_gazetteer,
    find_zip,
    fold,
    norm,
    state_code,
    valid_coords,
)
from eventmap.geo.overrides import Override, OverrideIndex, default_overrides, normalize_address
from eventmap.geo.ratelimit import (
    DatabaseRateLimiter,
    RateLimiter,
    shared_database_limiter,
    shared_limiter,
)
from eventmap.geo.timezones import timezone_at
from eventmap.model import PRECISIONS, Location, Meeting, Progress
from eventmap.shared import Shared

log = logging.getLogger(__name__)


OFFLINE = config.OFFLINE
ANCHOR_KM = 50.0  # a provider answer farther than this from the known campus/ZIP/city is wrong
MAX_RETRY_AFTER = 60.0  # a longer Retry-After is not waited for: the provider counts as down
DOWN_FOR = 300.0  # after repeated faults the provider is skipped for this long
FAULTS_BEFORE_DOWN = 3


# -- overrides ---------------------------------------------------------------------------------

# -- per-meeting plan --------------------------------------------------------------------------

_ROOM = re.compile(r"\b(room|rm|suite|floor|lecture hall)\b.*$", re.I)
_PAREN = re.compile(r"\([^)]*\)")
_STREET = re.compile(r"^\s*\d+[A-Za-z]?\s+\S*[A-Za-z]")


@dataclass
class _Plan:
    campus: Campus | None
    campus_text: str | None
    venue: str | None
    address: str | None
    zip_code: str | None
    city: str | None
    state: str | None
    country: str | None
    levels: list[tuple[str, str]] = field(default_factory=list)

    @property
    def signature(self) -> tuple:
        return (
            self.campus.name if self.campus else norm(self.campus_text),
            norm(self.venue),
            normalize_address(self.address),
            self.zip_code,
            norm(self.city),
            self.state,
            norm(self.country),
        )


def _clean(text: str | None) -> str | None:
    if text is None:
        return None
    text = fold(text).strip()
    if not text or text.casefold() in {"none", "null", "nan", "tba", "location tba"}:
        return None
    return text


def _split_place(place: str | None) -> tuple[str | None, str | None, str | None]:
    """'Berkeley, California' -> ('Berkeley', 'CA', None); 'Berlin, Germany' -> (Berlin, None, DE)."""
    place = _clean(place)
    if not place:
        return None, None, None
    parts = [p.strip() for p in place.split(",") if p.strip()]
    if len(parts) >= 2:
        st = state_code(parts[-1])
        if st:
            return parts[0], st, "US"
        return parts[0], None, parts[-1]
    return None, None, None


# -- the geocoder ------------------------------------------------------------------------------


@dataclass
class _Hit:
    lat: float
    lon: float
    source: str
    kind: str | None = None


_FAILED = object()  # a provider fault: distinct from None (= no match)


class _LazyAnchor:
    """Where a meeting should be according to the offline tables, looked up on first use."""

    def __init__(self, find: Callable[[], Place | None]):
        self._find = find
        self._done = False
        self._place: Place | None = None

    def get(self) -> Place | None:
        if not self._done:
            self._place, self._done = self._find(), True
        return self._place


class Geocoder:
    """Resolve meetings and free-text queries to :class:`~eventmap.model.Location`.

    Thread-safe: one instance may serve every Streamlit session. ``clock`` and ``sleep`` are test
    seams; when either is given the instance gets its own rate limiter using them, otherwise it
    shares the process-wide limiter of its endpoint.
    """

    def __init__(
        self,
        provider: str | None = None,
        *,
        cache_path: str | Path | None = None,
        overrides: Sequence[Override] | None = None,
        extra_overrides: Sequence[Override] = (),
        user_agent: str | None = None,
        domain: str | None = None,
        scheme: str | None = None,
        api_key: str | None = None,
        timeout: float | None = None,
        min_delay: float | None = None,
        max_retries: int = 2,
        negative_ttl: float | None = None,
        clock: Callable[[], float] | None = None,
        sleep: Callable[[float], None] | None = None,
        limiter: RateLimiter | DatabaseRateLimiter | None = None,
        gazetteer: Gazetteer | None = None,
    ):
        cfg = config.settings()
        self.provider = (provider or cfg.geocoder or OFFLINE).strip().casefold()
        self.domain = domain or cfg.geocoder_domain
        self.scheme = scheme or cfg.geocoder_scheme
        self.user_agent = user_agent or cfg.user_agent or _default_user_agent()
        self.timeout = float(timeout if timeout is not None else cfg.geocoder_timeout)
        self.max_retries = max(0, int(max_retries))
        self.negative_ttl = negative_ttl
        self._clock = clock or time.monotonic
        self._sleep = sleep or time.sleep
        self.gazetteer = gazetteer or default_gazetteer()
        self.failures: list[str] = []
        self.provider_calls = 0
        self._lock = threading.Lock()
        self._call_lock = threading.Lock()
        self._faults = 0
        self._down_until = float("-inf")
        self._tz_cache: dict[tuple[float, float], str | None] = {}

        self._overrides = list(default_overrides() if overrides is None else overrides)
        self._overrides += list(extra_overrides)
        self._index = OverrideIndex(self._overrides, self.gazetteer)

        self._geocoder = None
        self.provider_id = OFFLINE
        self.cache: GeocodeCache | DatabaseGeocodeCache | None = None
        if self.provider != OFFLINE:
            self._geocoder = self._make_geocoder(api_key or cfg.geocoder_api_key)
            self.provider_id = self.provider + (f"@{self.domain}" if self.domain else "")
            target = Path(cache_path) if cache_path else cfg.geocode_cache_target
            self.cache = open_cache(target)
            self.failures.extend(self.cache.warnings)
            if min_delay is None:
                min_delay = cfg.geocoder_min_delay
            if limiter is not None:
                self.limiter = limiter
            elif clock is not None or sleep is not None:
                self.limiter = RateLimiter(min_delay, clock=self._clock, sleep=self._sleep)
            elif isinstance(target, str):  # a shared database: so is the provider's rate limit
                self.limiter = shared_database_limiter(target, self.provider_id, min_delay)
            else:
                self.limiter = shared_limiter(self.provider_id, min_delay)

    # -- configuration -------------------------------------------------------------------------
    def _make_geocoder(self, api_key: str | None):
        import inspect

        from geopy.geocoders import get_geocoder_for_service

        try:
            cls = get_geocoder_for_service(self.provider)
        except Exception as exc:  # geopy raises GeocoderNotFound (a ValueError)
            raise ConfigurationError(
                f"unknown geocoder {self.provider!r}: set EVENTMAP_GEOCODER to 'offline', "
                "'nominatim' or another geopy geocoder name"
            ) from exc
        params = inspect.signature(cls.__init__).parameters
        kwargs: dict = {"timeout": self.timeout}
        if "user_agent" in params:
            kwargs["user_agent"] = self.user_agent
        if self.domain and "domain" in params:
            kwargs["domain"] = self.domain
        if self.scheme and "scheme" in params:
            kwargs["scheme"] = self.scheme
        if "adapter_factory" in params:
            kwargs["adapter_factory"] = _adapter_factory(self.provider)
        if api_key:
            for name in ("api_key", "key", "apikey"):
                if name in params:
                    kwargs[name] = api_key
                    break
        try:
            return cls(**kwargs)
        except Exception as exc:
            raise ConfigurationError(f"cannot configure geocoder {self.provider!r}: {exc}") from exc

    @property
    def online(self) -> bool:
        return self._geocoder is not None

    @property
    def attribution(self) -> str | None:
        return attribution(self.provider)

    def close(self) -> None:
        if self.cache is not None:
            self.cache.close()

    # -- public API ----------------------------------------------------------------------------
    def locate(self, meeting: Meeting) -> Location | None:
        return self.locate_all([meeting])[0]

    def locate_all(
        self, meetings: Sequence[Meeting], progress: Progress | None = None
    ) -> list[Location | None]:
        """Locate every meeting; meetings at the same place are resolved once."""
        total = len(meetings)
        groups: dict[tuple, list[int]] = {}
        plans: dict[tuple, _Plan] = {}
        out: list[Location | None] = [None] * total
        for i, m in enumerate(meetings):
            try:
                plan = self._plan(m)
            except Exception as exc:  # hostile input must not stop the batch
                log.exception("cannot plan meeting %s", i)
                self._fail(f"meeting at line {getattr(m, 'source_line', '?')}: {exc}")
                continue
            sig = plan.signature
            plans.setdefault(sig, plan)
            groups.setdefault(sig, []).append(i)
        memo: dict[str, object] = {}
        done = total - sum(len(v) for v in groups.values())
        if progress:
            progress(done, total)
        for sig, idxs in groups.items():
            try:
                loc = self._resolve(plans[sig], memo)
            except Exception as exc:
                log.exception("cannot locate %s", sig)
                self._fail(f"could not locate {plans[sig].levels[:1]}: {exc}")
                loc = None
            for i in idxs:
                out[i] = loc
            done += len(idxs)
            if progress:
                progress(done, total)
        return out

    def lookup(
        self,
        query: str,
        *,
        persist: bool = False,
        before_online: Callable[[], None] | None = None,
    ) -> Location | None:
        """A visitor's free text: ZIP, "City, ST", "City, Country", campus, address, "lat,lon".

        Returns None when nothing matches. Raises ``ProviderUnavailable`` when the online
        geocoder failed and the offline tables had no answer either, so the caller can tell
        "no such place" from "try again". With ``persist=False`` (the default) nothing is
        written to the cache. ``before_online`` is called just before the provider would be asked
        (not for offline or cached answers); it may refuse by raising ``TooManyLookups``, which
        propagates (the visitor page's lookup budget).
        """
        try:
            return self._lookup(query, persist, before_online)
        except TooManyLookups:
            raise
        except ProviderUnavailable:
            self._fail("lookup failed (the geocoding service did not answer)")
            raise
        except Exception as exc:
            # The error text may quote the visitor's query: keep it out of logs and failures.
            log.warning("visitor lookup failed (%s)", type(exc).__name__)
            self._fail(f"lookup failed ({type(exc).__name__})")
            return None

    # -- internals -----------------------------------------------------------------------------
    def _fail(self, message: str) -> None:
        with self._lock:
            if message not in self.failures:
                self.failures.append(message)
            del self.failures[:-100]

    def _plan(self, m: Meeting) -> _Plan:
        campus_text = _clean(m.campus)
        venue = _clean(m.venue)
        address = _clean(m.address)
        place = _clean(m.place)
        campus = self.gazetteer.campus(campus_text, venue, place)
        p_city, p_state, p_country = _split_place(place)
        city = _clean(m.city) or p_city or (campus.city if campus else None)
        state = state_code(m.state) or p_state or (campus.state if campus else None)
        country = _clean(m.country) or p_country or ("US" if state or campus else None)
        zip_code = _clean(m.postal_code) or find_zip(address)
        if zip_code and country is None and city and address and f"{zip_code} {city}" in address:
            zip_code = None  # "08001 Barcelona": a code before its town is no US ZIP code
        plan = _Plan(campus, campus_text, venue, address, zip_code, city, state, country)
        campus_name = campus.name if campus else campus_text
        where = ", ".join(x for x in (city, state) if x)
        if address and _STREET.match(address):
            q = address
            tail = norm(address)
            if city and norm(city) not in tail and not (zip_code and zip_code in tail):
                q += f", {where}"
            plan.levels.append(("address", q))
        if venue:
            v = _PAREN.sub(" ", _ROOM.sub("", venue)).strip(" ,;-") or venue
            plan.levels.append(("venue", ", ".join(x for x in (v, campus_name, where) if x)))
        if campus_name:
            plan.levels.append(("campus", ", ".join(x for x in (campus_name, where) if x)))
        if zip_code:
            plan.levels.append(("postal_code", zip_code))
        if city:
            plan.levels.append(("city", ", ".join(x for x in (city, state or country) if x)))
        return plan

    def _anchor(self, plan: _Plan) -> Place | None:
        if plan.campus:
            return plan.campus.place()
        z = self.gazetteer.zips.get(plan.zip_code)
        if z and (plan.country in (None, "US")):
            return z
        return self.gazetteer.cities.get(plan.city, plan.state, plan.country)

    def _resolve(self, plan: _Plan, memo: dict) -> Location | None:
        # The anchor is found only when a pin or a provider answer needs checking: a campus is
        # its own anchor, so pins and cached answers on a campus never open the place index.
        anchor = _LazyAnchor(lambda: self._anchor(plan))
        gaz = self.gazetteer
        # 1. organizer overrides, most specific first
        ov = self._index.find_address(plan.address)
        if ov and self._near(ov.lat, ov.lon, anchor, f"override {ov.key!r}"):
            return self._loc(plan, ov.lat, ov.lon, "address", "override", ov.key)
        campus_key = norm(plan.campus.name) if plan.campus else norm(plan.campus_text)
        ov = self._index.find_venue(campus_key, plan.venue, plan.campus_text)
        if ov and self._near(ov.lat, ov.lon, anchor, f"override {ov.key!r}"):
            return self._loc(plan, ov.lat, ov.lon, "venue", "override", ov.key)
        ov = self._index.campus.get(campus_key) if campus_key else None
        if ov:
            return self._loc(plan, ov.lat, ov.lon, "campus", "override", ov.key)
        # 2-4. per level: offline table when it knows the place, else cache/provider
        coarse: Location | None = None  # a provider hit less precise than the level asked
        for level, query in plan.levels:
            if coarse is not None and _RANK[coarse.precision] <= _RANK[level]:
                return coarse
            table = None
            if level == "campus" and plan.campus:
                c = plan.campus
                table = self._loc(plan, c.lat, c.lon, "campus", "gazetteer", c.name, c.place())
            elif level == "postal_code" and plan.country in (None, "US"):
                z = gaz.zips.get(plan.zip_code)
                if z:
                    table = self._loc(plan, z.lat, z.lon, "postal_code", "gazetteer", z.name, z)
            elif level == "city":
                c = gaz.cities.get(plan.city, plan.state, plan.country)
                if c:
                    table = self._loc(plan, c.lat, c.lon, "city", "gazetteer", query, c)
            if table is not None:
                return table
            if not self.online:
                continue
            hit = self._ask(query, memo=memo, persist=True)
            if isinstance(hit, _Hit) and self._near(hit.lat, hit.lon, anchor, query):
                honest = _honest(level, hit.kind)
                loc = self._loc(plan, hit.lat, hit.lon, honest, hit.source, query)
                if honest == level:
                    return loc
                # The provider only knew something coarser (a city for a venue query): keep
                # going, a later level (the campus table, say) may do better.
                if coarse is None or _RANK[honest] < _RANK[coarse.precision]:
                    coarse = loc
        return coarse

    def _near(self, lat: float, lon: float, anchor: Place | _LazyAnchor | None, what: str) -> bool:
        if not valid_coords(lat, lon):
            return False
        if isinstance(anchor, _LazyAnchor):
            anchor = anchor.get()
        if anchor is None:
            return True
        if haversine_km(lat, lon, anchor.lat, anchor.lon) <= ANCHOR_KM:
            return True
        swapped = (
            valid_coords(lon, lat) and haversine_km(lon, lat, anchor.lat, anchor.lon) <= ANCHOR_KM
        )
        why = "latitude and longitude look swapped" if swapped else "too far from the place named"
        log.info("ignored %s at %.4f,%.4f: %s", what, lat, lon, why)
        if swapped:
            self._fail(f"{what}: {why}; ignored")
        return False

    def _loc(
        self,
        plan: _Plan | None,
        lat: float,
        lon: float,
        precision: str,
        source: str,
        query: str,
        place: Place | None = None,
    ) -> Location | None:
        if not valid_coords(lat, lon):
            return None
        lat, lon = float(lat), float(lon)
        city = (place.city if place else None) or (plan.city if plan else None)
        state = (place.state if place else None) or (plan.state if plan else None)
        country = (place.country if place else None) or (plan.country if plan else None)
        if country and len(country) != 2:
            country = self.gazetteer.cities.country_code(country) or country
        return Location(
            lat=lat,
            lon=lon,
            precision=precision,
            source=source,
            query=str(query)[:500],
            timezone=self.timezone_at(lat, lon),
            city=city,
            state=state,
            country=country,
        )

    def timezone_at(self, lat: float, lon: float) -> str | None:
        key = (round(lat, 4), round(lon, 4))
        try:
            return self._tz_cache[key]
        except KeyError:
            pass
        tz = timezone_at(lat, lon)
        self._tz_cache[key] = tz
        return tz

    def _lookup(
        self, query: str, persist: bool, before_online: Callable[[], None] | None = None
    ) -> Location | None:
        text = fold(query if isinstance(query, str) else str(query or ""))[:MAX_TEXT].strip()
        if not text:
            return None
        m = COORDINATES.match(text)
        if m:
            lat, lon = float(m.group(1)), float(m.group(2))
            if valid_coords(lat, lon):
                return self._loc(None, lat, lon, "address", "input", text)
            return None
        ov = self._index.find_address(text)
        if ov:
            return self._loc(None, ov.lat, ov.lon, "address", "override", ov.key)
        campus = self.gazetteer.campuses.match(text)
        if campus:
            ov = self._index.campus.get(norm(campus.name))
            if ov:
                return self._loc(None, ov.lat, ov.lon, "campus", "override", ov.key, campus.place())
        streetlike = bool(_STREET.match(text))
        place = None if streetlike else self.gazetteer.free_text(text)
        if place:
            return self._place_loc(place, text)
        hit = None
        if self.online:
            hit = self._ask(text, memo=None, persist=persist, before_call=before_online)
        if isinstance(hit, _Hit):
            level = "address" if streetlike else "venue"
            return self._loc(None, hit.lat, hit.lon, _honest(level, hit.kind), hit.source, text)
        place = self.gazetteer.free_text(text) if streetlike else None
        if place:
            return self._place_loc(place, text)
        if hit is _FAILED:
            raise ProviderUnavailable("the geocoding service did not answer")
        return None

    def _place_loc(self, place: Place, text: str) -> Location | None:
        return self._loc(None, place.lat, place.lon, place.kind, "gazetteer", text, place)

    # -- the provider ------------------------------------------------------------------------
    def _ask(
        self,
        query: str,
        *,
        memo: dict | None,
        persist: bool,
        before_call: Callable[[], None] | None = None,
    ) -> object:
        """A cached or fresh provider answer: a _Hit, None (no match) or _FAILED."""
        key = norm(query)
        if not key:
            return None
        if memo is not None and key in memo:
            return memo[key]
        entry = self.cache.get(self.provider_id, key) if self.cache else None
        if entry is not None:
            if entry.found and valid_coords(entry.lat, entry.lon):
                result: object = _Hit(entry.lat, entry.lon, f"cache:{self.provider}", entry.kind)
            else:
                result = None
        else:
            if before_call is not None:
                before_call()
            result = self._call(query, private=not persist)
            if persist and self.cache is not None:
                if isinstance(result, _Hit):
                    self.cache.put(self.provider_id, key, result.lat, result.lon, None, result.kind)
                elif result is None:
                    if self.negative_ttl is None:
                        self.cache.put_negative(self.provider_id, key)
                    else:
                        self.cache.put_negative(self.provider_id, key, self.negative_ttl)
        if memo is not None:
            memo[key] = result
        return result

    def _call(self, query: str, *, private: bool = False) -> object:
        """Ask the provider. ``private`` (a visitor's query): failures name no text of it."""
        if self._clock() < self._down_until:
            return _FAILED

        def said(exc: Exception) -> str:
            return type(exc).__name__ if private else str(exc)

        attempt = 0
        while True:
            try:
                hit = self._call_once(query)
                with self._lock:
                    self._faults = 0
                return hit
            except ProviderRateLimited as exc:
                wait = exc.retry_after if exc.retry_after is not None else 2.0**attempt
                if attempt < self.max_retries and wait <= MAX_RETRY_AFTER:
                    attempt += 1
                    self.limiter.defer(wait)
                    continue
                self._fail(f"{self.provider}: {said(exc)}; using offline data")
                self._trip(max(wait, 1.0))
                return _FAILED
            except ProviderRefused as exc:
                self._fail(f"{self.provider}: {said(exc)}")
                if not isinstance(exc, _QueryRejected):
                    self._trip(float("inf"))
                return _FAILED
            except ProviderError as exc:
                self._fail(f"{self.provider}: {said(exc)}; using offline data")
                with self._lock:
                    self._faults += 1
                    faults = self._faults
                if faults >= FAULTS_BEFORE_DOWN:
                    self._trip(DOWN_FOR)
                return _FAILED

    def _trip(self, seconds: float) -> None:
        with self._lock:
            self._down_until = max(self._down_until, self._clock() + seconds)

    def _call_once(self, query: str) -> _Hit | None:
        from geopy import exc as gexc

        with self._call_lock:
            self.limiter.acquire()
            with self._lock:
                self.provider_calls += 1
            try:
                result = self._geocoder.geocode(query[:MAX_TEXT], exactly_one=True)
            except gexc.GeocoderRateLimited as e:
                raise ProviderRateLimited(
                    f"rate limited (HTTP 429, retry after {e.retry_after} s)", e.retry_after
                ) from e
            except gexc.GeocoderQueryError as e:
                raise _QueryRejected(f"query rejected (HTTP 400): {_short(e)}") from e
            except (
                gexc.GeocoderInsufficientPrivileges,
                gexc.GeocoderAuthenticationFailure,
                gexc.ConfigurationError,
            ) as e:
                raise ProviderRefused(f"access refused: {_short(e)}; not retrying") from e
            except gexc.GeocoderTimedOut as e:
                raise ProviderError(f"timed out after {self.timeout:g} s") from e
            except gexc.GeocoderUnavailable as e:
                raise ProviderError(f"unavailable: {_short(e)}") from e
            except _BadAnswer as e:
                raise ProviderError(f"malformed answer ({e})") from e
            except gexc.GeocoderParseError as e:
                raise ProviderError("malformed answer (not JSON)") from e
            except gexc.GeopyError as e:
                raise ProviderError(f"service error: {_short(e)}") from e
            except Exception as e:  # a malformed answer that geopy trips over (KeyError, ...)
                raise ProviderError(f"malformed answer ({type(e).__name__})") from e
        if result is None:
            return None
        try:
            lat, lon = float(result.latitude), float(result.longitude)
        except (TypeError, ValueError, AttributeError) as e:
            raise ProviderError("malformed answer (bad coordinates)") from e
        if not valid_coords(lat, lon) or (lat == 0 and lon == 0):
            raise ProviderError(f"malformed answer (coordinates {lat}, {lon})")
        raw = getattr(result, "raw", None) or {}
        kind = None
        if isinstance(raw, dict):
            parts = [str(raw.get(k) or "") for k in ("class", "type", "addresstype")]
            kind = ":".join(parts) if any(parts) else None
        return _Hit(lat, lon, self.provider, kind)


class _QueryRejected(ProviderRefused):
    """400: this query is bad; other queries may still work."""


class _BadAnswer(Exception):
    """A 200 answer that is not what the provider answers: not cached, counted as a failure."""


def _nominatim_answer(data: object) -> None:
    """Nominatim (and its clones) answer a search with a JSON list of places, each with lat/lon.

    ``[]`` is a true "no match". ``{}``, ``null``, a string or places without coordinates are a
    broken answer (a proxy's error page, a misconfigured server), which must not be cached as
    "no match" for an address the provider knows.
    """
    if not isinstance(data, list):
        raise _BadAnswer(f"expected a list of places, got {_json_kind(data)}")
    for place in data:
        if not isinstance(place, dict) or place.get("lat") is None or place.get("lon") is None:
            raise _BadAnswer("a place without coordinates")


def _photon_answer(data: object) -> None:
    """Photon answers a GeoJSON FeatureCollection: an object with a ``features`` list."""
    if not isinstance(data, dict) or not isinstance(data.get("features"), list):
        raise _BadAnswer(f"expected a FeatureCollection, got {_json_kind(data)}")


def _json_kind(data: object) -> str:
    if data is None:
        return "null"
    if isinstance(data, dict):
        return "an object" if data else "an empty object"
    return {str: "a string", list: "a list", bool: "a boolean"}.get(type(data), "a number")


# Providers whose answer shape is checked before geopy reads it (others: geopy's own parsing).
_ANSWER_CHECKS = {
    "nominatim": _nominatim_answer,
    "openmapquest": _nominatim_answer,
    "pickpoint": _nominatim_answer,
    "photon": _photon_answer,
}


def _adapter_factory(provider: str):
    """geopy's HTTP adapter without hidden retries, checking the answer's shape.

    requests retries a 429/503 that carries Retry-After by sleeping inside the call, for as long
    as the server asks; that would bypass the rate limiter and block a Streamlit thread for an
    hour. Retrying is this module's job. geopy reads ``{}`` or ``null`` from Nominatim as "no
    match"; the check (``_ANSWER_CHECKS``) makes such an answer a provider failure instead.
    """
    import functools

    from geopy.adapters import RequestsAdapter, URLLibAdapter

    base = RequestsAdapter if RequestsAdapter.is_available else URLLibAdapter
    check = _ANSWER_CHECKS.get(provider)

    class CheckedAdapter(base):  # type: ignore[misc, valid-type]
        def get_json(self, url, *, timeout, headers):
            data = super().get_json(url, timeout=timeout, headers=headers)
            if check is not None and "/reverse" not in url:
                check(data)
            return data

    if base is RequestsAdapter:
        return functools.partial(CheckedAdapter, max_retries=0)
    return CheckedAdapter


def _short(exc: Exception) -> str:
    return " ".join(str(exc).split())[:200]


_CITY_TYPES = frozenset(
    [
        "city",
        "town",
        "village",
        "hamlet",
        "suburb",
        "municipality",
        "administrative",
        "county",
        "state",
        "borough",
        "quarter",
        "neighbourhood",
        "locality",
    ]
)


_RANK = {p: i for i, p in enumerate(PRECISIONS)}


def _honest(level: str, kind: str | None) -> str:
    """Downgrade a provider hit to what it really is (a city polygon is not a street address)."""
    if not kind:
        return level
    parts = set(kind.split(":"))
    if "postcode" in parts:
        return "postal_code"
    if parts & _CITY_TYPES or "boundary" in parts:
        return "city"
    if level in ("address", "venue") and ("university" in parts or "college" in parts):
        return "campus"
    return level


def _default_user_agent() -> str:
    return f"eventmap/{__version__} (event map for meeting listings)"


_DEFAULT: Shared[Geocoder] = Shared(Geocoder, close=Geocoder.close)


def default_geocoder() -> Geocoder:
    """The process-wide geocoder configured from the settings (one limiter, one cache)."""
    return _DEFAULT.get()


def reset_default_geocoder() -> None:
    """Forget the shared instance (after changing the settings, e.g. in tests)."""
    _DEFAULT.reset()
