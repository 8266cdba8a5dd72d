"""The window's side of the team folder (issue 19, docs/team-folder.md)."""
