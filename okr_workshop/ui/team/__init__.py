"""The window's side of the team folder (issue 19): on the home page, the folder's workshops
beside the library's, the settings dialog, the share / open / update actions and the warning
shown when the library itself sits in a synced folder; while a shared workshop is open,
publishing, a colleague's revision brought in, conflicts and who else has it open."""
