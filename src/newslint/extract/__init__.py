"""Extraction: facts read from the cleaned text (quantities, time expressions, quotes, entities)."""
