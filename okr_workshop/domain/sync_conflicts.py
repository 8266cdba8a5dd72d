# TEMPORARY STUB (not committed): replaced by helper "names".
from __future__ import annotations
import re
from dataclasses import dataclass
@dataclass(frozen=True)
class ConflictCopy:
    engine: str
    original: str
    device_or_date: str
_ST = re.compile(r"^(?P<stem>.*)\.sync-conflict-(?P<d>\d{8}-\d{6})-(?P<dev>[A-Z0-9]{7})(?P<ext>\..*)?$")
def conflict_copy(name, siblings=frozenset()):
    m = _ST.match(name)
    if m: return ConflictCopy("syncthing", m["stem"] + (m["ext"] or ""), m["dev"])
    return None
def is_engine_temporary(name):
    return name.startswith((".syncthing.", "~syncthing~")) or name.endswith(".tmp")
