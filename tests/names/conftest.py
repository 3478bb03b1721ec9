"""Make ``src/`` importable when the package is not installed (e.g. a plain checkout)."""

from __future__ import annotations

import sys
from pathlib import Path

try:
    import woo_redact.types  # noqa: F401
except ImportError:  # pragma: no cover - depends on the environment
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
