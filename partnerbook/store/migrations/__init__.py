"""Alembic migrations of the journal schema.

``HEAD`` names the newest revision so that opening an up-to-date journal does not load
Alembic at all (it costs a tenth of a second at every start). A test keeps it equal to
the newest revision in ``versions/``.
"""

HEAD = "0005"
