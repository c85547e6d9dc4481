"""NUM rules: figures that contradict each other, their conversions or their comparisons."""
