from partnerbook.store.migrate import script_head
from partnerbook.store.migrations import HEAD


def test_head_constant_names_the_newest_revision() -> None:
    """A new revision must also move HEAD, or journals would never be upgraded."""
    assert script_head() == HEAD
