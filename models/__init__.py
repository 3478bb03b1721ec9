"""The spaCy pipelines shipped with woo_redact, installed as the package ``woo_redact_models``.

Each sub-folder is one pipeline (``meta.json`` + spaCy files), loaded with
``woo_redact.detect.ner.load_model(folder_name)``. Data only: nothing here is imported.
"""
