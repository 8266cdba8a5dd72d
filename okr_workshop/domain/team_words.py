"""Words of the team folder that the app layer writes into workshops and files (the window
and the command line have their own catalogues for what they show)."""

from __future__ import annotations

from okr_workshop.domain.catalogue import entry
from okr_workshop.domain.values import MAX_TITLE_LENGTH

# The local copy kept beside the colleague's version after a conflict ("keep both").
_MY_VERSION = entry(en="{title} (my version)", fr="{title} (ma version)")


def my_version_title(title: str, language: object) -> str:
    lang = "fr" if str(getattr(language, "value", language)) == "fr" else "en"
    suffix_free = _MY_VERSION[lang].format(title="")
    room = MAX_TITLE_LENGTH - len(suffix_free)
    short = title if len(title) <= room else title[: max(1, room - 1)].rstrip() + "…"
    return _MY_VERSION[lang].format(title=short)
