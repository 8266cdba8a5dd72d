"""Dialogs of the window: each gathers answers; pages act on them through the app layer."""
