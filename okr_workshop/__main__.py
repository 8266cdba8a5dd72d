"""``python -m okr_workshop``: the same as the ``okr-workshop`` command."""

from okr_workshop.cli import main

raise SystemExit(main())
