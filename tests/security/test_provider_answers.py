"""A provider's 200 answer that is not a list of places is a failure: never cached, counted in
the build's failures, and a visitor is told to try again rather than "no place found"."""

from __future__ import annotations

import pytest
from nominatim_server import ODD_BODIES, FakeNominatim

from eventmap.core.dataset import build_dataset
from eventmap.errors import ProviderUnavailable
from eventmap.geo.cache import GeocodeCache
from eventmap.geo.geocoder import Geocoder
from eventmap.model import Source

PAGE = "Ann Arbor, Michigan\nMonday, April 15, 2019, 7:00 p.m.\n123 Unknown Street, Ann Arbor, MI\n"


@pytest.fixture
def server():
    with FakeNominatim() as s:
        yield s


def _geocoder(server, tmp_path) -> Geocoder:
    return Geocoder(
        "nominatim",
        domain=server.domain,
        scheme="http",
        cache_path=tmp_path / "geocode.sqlite",
        overrides=[],
        min_delay=0,
        timeout=2,
    )


@pytest.mark.parametrize("mode", sorted(ODD_BODIES))
def test_an_odd_answer_is_a_failure_everywhere(server, tmp_path, mode) -> None:
    server.mode = mode
    g = _geocoder(server, tmp_path)
    with pytest.raises(ProviderUnavailable):
        g.lookup("123 Unknown Street, Springfield Gardens")  # a visitor: "try again"
    dataset = build_dataset([Source("page.txt", PAGE)], geocoder=g)
    assert any("malformed answer (expected a list of places" in f for f in dataset.geocode_failures)
    assert len(dataset.frame) == 1  # the meeting is still there, located offline or not at all
    g.close()
    assert GeocodeCache(tmp_path / "geocode.sqlite").count() == 0


def test_an_empty_list_is_still_a_cached_no_match(server, tmp_path) -> None:
    g = _geocoder(server, tmp_path)
    build_dataset([Source("page.txt", PAGE)], geocoder=g)
    g.close()
    assert GeocodeCache(tmp_path / "geocode.sqlite").count() > 0
