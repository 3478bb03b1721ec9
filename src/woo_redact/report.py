"""Old import path of :mod:`woo_redact.outputs.report` (the same module object)."""

import sys

from .outputs import report as _report

sys.modules[__name__] = _report
