"""Code of the spaCy project (``training/project.yml``) that builds the Dutch NER model shipped
with woo_redact (``models/nl_woo_ner``). Not part of the installed package.

Modules:

- :mod:`.names`    -- name, place and organisation material; the data folder is given
  explicitly (``--data-dir``, project variable ``data_dir``), there is no default path.
- :mod:`.corpora`  -- readers for CoNLL-2002, ``.conllu`` and Europeana ``.bio`` files.
- :mod:`.synth`    -- generator of synthetic Woo-style training documents.
- :mod:`.corpus`   -- writes the train/dev DocBins for ``spacy train``.
- :mod:`.meta`     -- turns ``spacy train``'s model-best into the shipped model (meta, licences).
- :mod:`.evaluate` -- exact-span scores and speed of a model on gold data.
- :mod:`.pretrain` -- raw text for ``spacy pretrain``.

Importing these modules changes nothing in the process (no thread settings, no data loading).
"""

LABELS = ("PER", "ORG", "LOC")
