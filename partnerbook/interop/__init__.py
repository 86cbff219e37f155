"""File formats in and out: vCard, CSV, JSON archive, iCalendar."""
