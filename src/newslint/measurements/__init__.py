"""Measurements: every figure of an article with what it measures, whose it is, its time scope
and its role, and the links between mentions of one measure across the whole article.

Built once per article (``Analysis.measurements``) after extraction and before the rules; the
number rules compare measurements instead of hunting for partners in character windows. See
``table.py`` for how mentions are judged one measure and ``reading.py`` for what the parse
contributes.
"""

from newslint.measurements.model import Measurement, Role
from newslint.measurements.table import Agreement, Measurements, build

__all__ = ["Agreement", "Measurement", "Measurements", "Role", "build"]
