"""The home page's side of the team folder (issue 19): the folder's workshops beside the
library's, the settings dialog, the share / open / update actions, and the warning shown
when the library itself sits in a synced folder."""
