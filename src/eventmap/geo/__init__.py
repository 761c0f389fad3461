"""Where meetings are: distances, the offline place tables, organizer pins, the geocode cache,
the online provider and time zones. May import ``ingest`` (for place words) and below."""
