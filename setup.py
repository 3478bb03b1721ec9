"""Packaging glue that pyproject.toml alone cannot express.

The shipped spaCy pipelines live in ``models/`` at the repository root (the training project
writes there and the benchmarks read them there). They go into the wheel as their own top-level
package, ``woo_redact_models``, so the runtime finds them by package name through
``importlib.resources`` whether installed from a wheel or editable. ``[tool.setuptools.packages.find]``
cannot rename a folder to a package, hence this file; everything else is in pyproject.toml.
Every folder under ``models/`` is listed as a (namespace) package, and pyproject.toml's
package-data takes all its files, so a new model is shipped without touching either file.
"""

from setuptools import find_namespace_packages, find_packages, setup

_MODELS = "woo_redact_models"
_model_dirs = [f"{_MODELS}.{p}" for p in find_namespace_packages("models", exclude=["*__pycache__*"])]

setup(
    packages=[*find_packages("src"), _MODELS, *_model_dirs],
    package_dir={"": "src", _MODELS: "models"},
)
