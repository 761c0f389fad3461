"""Meetings read from venue blocks abroad (UK, Australian, Canadian and German postcodes) are
located offline by their city and country."""

from __future__ import annotations

from datetime import date

import pytest

from eventmap.geo.geocoder import Geocoder
from eventmap.ingest.parse import parse


@pytest.fixture(scope="module")
def offline(tmp_path_factory):
    return Geocoder("offline", cache_path=tmp_path_factory.mktemp("c") / "never.sqlite")


# fmt: off
BLOCKS = [
    ("Friends Meeting House\n6 Mount Street\nManchester M2 5NS", "GB", 53.48, -2.24),
    ("Trades Hall\n54 Victoria Street\nCarlton VIC 3053", "AU", -37.80, 144.97),
    ("Town Hall\n1 Main Street\nPerth WA 6000", "AU", -31.95, 115.86),
    ("Hart House\n7 Hart House Circle\nToronto, ON M5S 1A1", "CA", 43.71, -79.40),
    ("Gewerkschaftshaus\nWilhelm-Leuschner-Straße 69\n60329 Frankfurt am Main", "DE", 50.12, 8.68),
]
# fmt: on


@pytest.mark.parametrize("block,country,lat,lon", BLOCKS)
def test_a_venue_block_abroad_is_located_by_its_city(offline, block, country, lat, lon):
    (m,) = parse(
        f"Meetings\n\nThursday 7 March, 7.30pm\n{block}\n", as_of=date(2019, 2, 1)
    ).meetings
    loc = offline.locate(m)
    assert (loc.precision, loc.country) == ("city", country)
    assert abs(loc.lat - lat) < 0.1 and abs(loc.lon - lon) < 0.1
