"""PartnerBook: a desktop relationship journal for people whose job is relationships."""

__version__ = "0.1.0"

APP_ID = "io.github.partnerbook.PartnerBook"
APP_NAME = "PartnerBook"
