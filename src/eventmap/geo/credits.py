"""Who must be credited next to a location: the data behind each provider's answers.

Its own small module so a page can credit its map without loading the geocoder (and its cache's
database library).
"""

from __future__ import annotations

from eventmap import config

OSM_ATTRIBUTION = "© OpenStreetMap contributors"
GEONAMES_ATTRIBUTION = "Place data: GeoNames (CC BY 4.0)"
# geopy geocoders whose answers come from OpenStreetMap data.
_OSM_PROVIDERS = frozenset({"nominatim", "photon", "openmapquest", "pickpoint", "geocodeearth"})


def attribution(provider: str | None) -> str | None:
    """What a page must show next to results from ``provider`` (a provider or a Location.source)."""
    name = (provider or "").removeprefix("cache:").split("@")[0].casefold()
    if name in _OSM_PROVIDERS:
        return OSM_ATTRIBUTION
    if name in {config.OFFLINE, "gazetteer"}:
        return GEONAMES_ATTRIBUTION
    return None
