"""CSV exports that people open in a spreadsheet."""

import csv
import re

from django.http import StreamingHttpResponse

from . import dates

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# A spreadsheet may split a cell at any of these (Excel in Swedish splits at ";", others at
# "," or tab, some imports at "|"), and every piece then starts a cell of its own: a piece that
# starts like a formula (after spaces) is made text with an apostrophe too.
_FORMULA_AFTER_SEPARATOR = re.compile(r"([,;\t|\r\n])([ ]*)(?=[=+\-@\t\r])")


def safe_cell(cell) -> str:
    """The cell as text that no spreadsheet runs as a formula (a learner can type "=..." or
    "Quiz;=2+5" as their name): a cell that starts like a formula is prefixed with an
    apostrophe, and so is every piece after a separator that does."""
    text = "" if cell is None else str(cell)
    text = _FORMULA_AFTER_SEPARATOR.sub(r"\1\2'", text)
    return "'" + text if text.startswith(FORMULA_START) else text


class _Echo:
    """A file whose write() hands the line back, so csv.writer can feed a stream."""

    def write(self, value):
        return value


class SpreadsheetCellsMixin:
    """For a Wagtail IndexView with ``list_export``: its CSV gets what every CSV of ours gets,
    timestamps in ISO 8601 to the second (``dates.iso``) and cells made safe."""

    def preprocess_field_value(self, field, value, export_format):
        if export_format == self.FORMAT_CSV:
            value = dates.iso(value)
        value = super().preprocess_field_value(field, value, export_format)
        return safe_cell(value) if export_format == self.FORMAT_CSV else value


def csv_download(rows, filename: str) -> StreamingHttpResponse:
    """``rows`` (any iterable of lists, consumed lazily) as a CSV attachment, every cell made
    safe for spreadsheets."""
    response = StreamingHttpResponse(
        (_line(row) for row in rows), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def csv_text(rows) -> str:
    """``rows`` as CSV text, every cell made safe for spreadsheets (for small exports)."""
    return "".join(_line(row) for row in rows)


def _line(row) -> str:
    # Every cell quoted: a separator inside a cell (the ";" of a Swedish spreadsheet, which
    # Python's "," dialect would leave bare) never splits it.
    cells = [safe_cell(dates.iso(cell)) for cell in row]
    return csv.writer(_Echo(), quoting=csv.QUOTE_ALL).writerow(cells)
