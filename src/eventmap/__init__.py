"""eventmap: turn "Upcoming Meetings" pages into a map, a timeline, search and exports."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("eventmap")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

from eventmap.model import Campaign, Listing, Location, Meeting, ParseWarning

__all__ = ["Campaign", "Listing", "Location", "Meeting", "ParseWarning"]
