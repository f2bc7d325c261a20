"""Cells for CSV exports that people open in a spreadsheet."""

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(cell) -> str:
    """The cell as text; one a spreadsheet would run as a formula (a learner can type "=..."
    as their name) is prefixed with an apostrophe."""
    text = "" if cell is None else str(cell)
    return "'" + text if text.startswith(FORMULA_START) else text
