"""Use cases shared by the window and the command line."""

# Loaded with the layer, so every message a use case renders prints its numbers and dates
# through the one formatter (it installs itself into the domain's wording).
from okr_workshop.app import formats  # noqa: F401
