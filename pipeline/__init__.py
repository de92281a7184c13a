"""newsevents: an Apache Beam pipeline from news articles to dated, geocoded event tables."""

__version__ = "0.1.0"
