"""CSV exports that people open in a spreadsheet."""

import csv

from django.http import StreamingHttpResponse

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(cell) -> str:
    """The cell as text; one a spreadsheet would run as a formula (a learner can type "=..."
    as their name) is prefixed with an apostrophe."""
    text = "" if cell is None else str(cell)
    return "'" + text if text.startswith(FORMULA_START) else text


class _Echo:
    """A file whose write() hands the line back, so csv.writer can feed a stream."""

    def write(self, value):
        return value


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
    return csv.writer(_Echo()).writerow([safe_cell(cell) for cell in row])
