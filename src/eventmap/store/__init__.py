"""Versions of listing pages, location fixes and campaign fixes, in SQLite or PostgreSQL."""
