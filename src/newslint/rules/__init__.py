"""Rules, one module per family: text (TXT), numbers (NUM), sources (SRC)."""

from newslint.rules.registry import RULES, Flag, Rule, all_rules, get_rule, rule, selected

__all__ = ["RULES", "Flag", "Rule", "all_rules", "get_rule", "rule", "selected"]
