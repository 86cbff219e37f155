"""Use cases. Each opens its own short session and returns frozen domain values."""
