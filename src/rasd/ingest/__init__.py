"""Article readers: text, HTML, JSON Lines, RSS/Atom feeds and URLs, and feed polling.

``iter_articles`` turns files, folders, feeds and URLs into ``Article`` items, with a ``BadInput``
(origin and reason) for each input that cannot be read; ``watch`` polls feeds for new entries.
Heavy dependencies (trafilatura, feedparser, httpx) load only when an input needs them.
"""

from __future__ import annotations

from rasd.ingest.sources import Article, BadInput, iter_articles

__all__ = ["Article", "BadInput", "iter_articles"]
