"""Detection: recognizers and models that find personal data in a page's text.

Every detector follows :class:`woo_redact.detect.base.Detector` and returns
:class:`woo_redact.types.Detection` spans; the pipeline ties them to pages.
"""
