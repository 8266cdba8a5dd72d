"""The SQLite library and the JSON exchange format. Never imports Qt."""
