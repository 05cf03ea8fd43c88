"""The place index (gazetteer): the packaged GeoNames layer, administrative units, the team's
supplement and the user's own GeoNames imports. Nothing loads until :func:`load_gazetteer` is called.
"""

from __future__ import annotations

from rasd.gazetteer.geonames_import import ImportSummary, import_geonames
from rasd.gazetteer.index import Gazetteer, clear_cache, default_user_dir, load_gazetteer

__all__ = [
    "Gazetteer",
    "ImportSummary",
    "clear_cache",
    "default_user_dir",
    "import_geonames",
    "load_gazetteer",
]
