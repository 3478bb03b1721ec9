"""Old import path of :mod:`woo_redact.outputs.audit` (the same module object)."""

import sys

from .outputs import audit as _audit

sys.modules[__name__] = _audit
