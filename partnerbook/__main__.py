"""``python -m partnerbook``: the same as the ``partnerbook`` command."""

from partnerbook.cli.main import main

raise SystemExit(main())
