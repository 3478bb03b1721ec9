"""Old import path of :mod:`woo_redact.outputs.inventory` (the same module object)."""

import sys

from .outputs import inventory as _inventory

sys.modules[__name__] = _inventory
