import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"
try:
    import woo_redact  # noqa: F401
except ImportError:  # running from a checkout without `pip install -e .`
    sys.path.insert(0, str(SRC))
