"""eventmap: turn "Upcoming Meetings" pages into a map, a timeline, search and exports."""

from eventmap.model import Campaign, Listing, Location, Meeting, ParseWarning

__all__ = ["Campaign", "Listing", "Location", "Meeting", "ParseWarning"]
__version__ = "0.1.0"
