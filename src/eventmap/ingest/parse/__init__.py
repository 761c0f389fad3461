"""Parse an "Upcoming Meetings" page (text or HTML) into campaigns, meetings and warnings.

The page is read as lines. A meeting is anchored on a line with a date ("Monday, April 8,
7:00 p.m.") or a pending marker ("Details coming soon."); its heading is the line(s) just before
the anchor and its details (venue, address, links) the lines after it. Three layouts are known:
multi-line blocks, one-line entries ("Campus, City – Tuesday, March 5, 7 pm, Venue, Address"),
and per-campus series ("All meetings held in ..." then talk titles with dates). Lines that are
not meetings form campaigns: a heading, then a blurb. Nothing that looks like a meeting is
dropped silently: what cannot be read fully becomes a warning with its line number.
"""

from eventmap.errors import ListingError
from eventmap.ingest.parse.page import parse
from eventmap.ingest.text import decode_bytes, read_listing_file

__all__ = ["ListingError", "decode_bytes", "parse", "read_listing_file"]
