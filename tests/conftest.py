"""Shared fixtures: paths to the material under ../shared, skipped with a clear message where absent."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test saying what is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: this test reads material kept in ../shared next to the repository")
    return path


@pytest.fixture
def seed_text() -> str:
    return shared_path("seed", "ghwayran-sy24.txt").read_text(encoding="utf-8")
