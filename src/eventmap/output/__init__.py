"""Files for analysts and calendars: frames in, bytes out (CSV, Excel, JSON, GeoJSON, ICS, Parquet)."""
