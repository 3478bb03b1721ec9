"""Training code for the Dutch NER model shipped with woo_redact (``models/nl_woo_ner``).

Modules:

- :mod:`.corpora`  -- readers for CoNLL-2002, ``.conllu`` and Europeana ``.bio`` files
  and conversion to spaCy ``Doc``/``DocBin``.
- :mod:`.synth`    -- generator of synthetic Woo-style training documents.
- :mod:`.train`    -- training entry point (``python -m woo_redact.training.train``).
- :mod:`.evaluate` -- evaluation entry point (``python -m woo_redact.training.evaluate``).

Nothing here is imported by the redaction pipeline at run time.
"""

LABELS = ("PER", "ORG", "LOC")
