"""Server-rendered SVG bar charts, for every chart of the site (the quiz report, course
analytics): the geometry is computed here, ``templates/components/chart.html`` only draws it.
Each chart comes with the same figures as a table (for screen readers and for copying), so
the SVG is a picture of the table, not the only place a number lives."""

from __future__ import annotations

from dataclasses import dataclass, field

WIDTH = 640
BAR_AREA = 150  # height of the tallest bar
TOP = 18  # room for the value above the tallest bar
LABEL_ROOM = 34  # room under the bars for the labels
LEFT_LABEL = 190  # horizontal charts: room for the labels on the left


@dataclass
class Bar:
    label: str
    value: float
    x: float
    y: float
    width: float
    height: float
    text: str

    @property
    def label_x(self) -> float:
        return self.x + self.width / 2

    @property
    def value_y(self) -> float:
        return self.y - 4

    @property
    def middle_y(self) -> float:
        return self.y + self.height / 2 + 4

    @property
    def end_x(self) -> float:
        return self.x + self.width + 6


@dataclass
class Chart:
    bars: list[Bar] = field(default_factory=list)
    width: int = WIDTH
    height: int = BAR_AREA + TOP + LABEL_ROOM
    horizontal: bool = False

    @property
    def baseline(self) -> int:
        return TOP + BAR_AREA

    @property
    def label_y(self) -> int:
        return TOP + BAR_AREA + 16

    @property
    def label_x(self) -> int:
        return LEFT_LABEL - 8


def columns(items: list[tuple[str, float]], unit: str = "") -> Chart:
    """Vertical bars, e.g. enrolments per month or attempts per score band."""
    chart = Chart()
    if not items:
        return chart
    tallest = max(value for _label, value in items) or 1
    slot = WIDTH / len(items)
    width = max(slot * 0.7, 2)
    for index, (label, value) in enumerate(items):
        height = BAR_AREA * value / tallest
        chart.bars.append(
            Bar(
                label,
                value,
                x=round(index * slot + (slot - width) / 2, 1),
                y=round(TOP + BAR_AREA - height, 1),
                width=round(width, 1),
                height=round(height, 1),
                text=f"{value:g}{unit}",
            )
        )
    return chart


def rows(items: list[tuple[str, float]], unit: str = "", maximum=None) -> Chart:
    """Horizontal bars with labels on the left, e.g. the completion funnel."""
    row_height, gap = 22, 8
    chart = Chart(horizontal=True, height=len(items) * (row_height + gap) + gap)
    if not items:
        return chart
    tallest = maximum or max(value for _label, value in items) or 1
    room = WIDTH - LEFT_LABEL - 60
    for index, (label, value) in enumerate(items):
        chart.bars.append(
            Bar(
                label,
                value,
                x=LEFT_LABEL,
                y=gap + index * (row_height + gap),
                width=round(room * value / tallest, 1),
                height=row_height,
                text=f"{value:g}{unit}",
            )
        )
    return chart
