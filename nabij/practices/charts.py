"""The pictures of a reflection, as SVG drawn on the server (no script): a radar of the
four sources, a dumbbell per tension field (now against desired, between its two poles)
and small multiples of how both moved across versions.

Pure functions from values to markup, in the style of nabij.insight.charts (its colours,
markers and text helpers). Every label is escaped there; each chart carries a title and
a description, and the page puts a data table beside it. Marks carry `data-value`, so
what is drawn can be read back."""

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.utils.translation import gettext as _

from nabij.insight.charts import COLOURS, GRID, INK, _marker, _n, _svg_open, _text
from nabij.practices.choices import POLES, Source, TensionField

if TYPE_CHECKING:
    from nabij.practices.selectors.reflections import Snapshot

NOW_SHAPE, WANT_SHAPE = "circle", "diamond"
NOW_COLOUR, WANT_COLOUR = COLOURS[0], COLOURS[1]


@dataclass(frozen=True)
class Spoke:
    """One source on the radar: its label and a value per series (None: not given)."""

    label: str
    values: Sequence[float | None]


@dataclass(frozen=True)
class Position:
    """One tension field: its name, its two poles and the two positions on it."""

    label: str
    left: str  # the pole at `low`
    right: str  # the pole at `high`
    actual: int
    desired: int


@dataclass(frozen=True)
class Panel:
    """One small multiple: a label and, per series, a value per version."""

    label: str
    series: Sequence[Sequence[float | None]]


def _fit(label: str, limit: int) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def _wrap(label: str, width: int) -> list[str]:
    """Words in lines of about `width` characters (two lines at most, then cut)."""
    lines: list[str] = []
    for word in label.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    if len(lines) > 2:
        lines = [lines[0], _fit(" ".join(lines[1:]), width)]
    return lines or [""]


def _legend(x: float, y: float, names: Sequence[str], shapes: Sequence[str], colours) -> str:
    parts = []
    for index, name in enumerate(names):
        ly = y + index * 20
        parts.append(_marker(shapes[index], x + 6, ly, colours[index], size=5))
        parts.append(_text(x + 18, ly + 4, name))
    return f'<g class="legend">{"".join(parts)}</g>'


RADAR_WIDTH = 480
RADAR_RADIUS = 100
RADAR_SHAPES = ("circle", "square")
RADAR_DASHES = ("", "6 4")


def radar_point(index: int, count: int, value: float, *, centre: tuple[float, float], top: float):
    """Where `value` sits on spoke `index` of `count` (the first spoke points up)."""
    angle = -math.pi / 2 + 2 * math.pi * index / count
    reach = RADAR_RADIUS * max(0.0, min(value, top)) / top
    return centre[0] + reach * math.cos(angle), centre[1] + reach * math.sin(angle)


def radar_chart(
    spokes: Sequence[Spoke],
    *,
    series: Sequence[str],
    ident: str,
    title: str,
    description: str,
    scale_max: int = 3,
) -> str:
    """A spoke per source, rings at every whole step up to `scale_max`, a closed shape
    per series (the first solid, the second dashed: a later and an earlier version)."""
    legend_height = 20 * len(series) if len(series) > 1 else 0
    centre = (RADAR_WIDTH / 2, 16 + legend_height + RADAR_RADIUS + 40)
    count = len(spokes)
    parts: list[str] = []
    if legend_height:
        parts.append(_legend(16, 16, series, RADAR_SHAPES, COLOURS))
    for ring in range(1, scale_max + 1):
        corners = [radar_point(i, count, ring, centre=centre, top=scale_max) for i in range(count)]
        points = " ".join(f"{_n(x)},{_n(y)}" for x, y in corners)
        parts.append(f'<polygon class="ring" points="{points}" fill="none" stroke="{GRID}"/>')
        _x, ry = radar_point(0, count, ring, centre=centre, top=scale_max)
        parts.append(_text(centre[0] + 4, ry + 12, str(ring), font_size="10"))
    for index, spoke in enumerate(spokes):
        x, y = radar_point(index, count, scale_max, centre=centre, top=scale_max)
        parts.append(
            f'<line x1="{_n(centre[0])}" y1="{_n(centre[1])}" x2="{_n(x)}" y2="{_n(y)}" '
            f'stroke="{GRID}"/>'
        )
        angle = -math.pi / 2 + 2 * math.pi * index / count
        cos = math.cos(angle)
        lx = centre[0] + (RADAR_RADIUS + 12) * cos
        ly = centre[1] + (RADAR_RADIUS + 12) * math.sin(angle)
        anchor = "middle" if abs(cos) < 0.3 else ("start" if cos > 0 else "end")
        lines = _wrap(spoke.label, 16)
        if anchor != "middle":
            first_y = ly + 4 - (len(lines) - 1) * 7
        elif ly < centre[1]:
            first_y = ly - (len(lines) - 1) * 14
        else:
            first_y = ly + 12
        for number, line in enumerate(lines):
            parts.append(_text(lx, first_y + number * 14, line, anchor=anchor))
    for number in reversed(range(len(series))):
        colour = COLOURS[number % len(COLOURS)]
        shape = RADAR_SHAPES[number % len(RADAR_SHAPES)]
        dash = RADAR_DASHES[number % len(RADAR_DASHES)]
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        corners = [
            radar_point(i, count, spoke.values[number] or 0, centre=centre, top=scale_max)
            for i, spoke in enumerate(spokes)
        ]
        points = " ".join(f"{_n(x)},{_n(y)}" for x, y in corners)
        opacity = "0.18" if number == 0 else "0"
        parts.append(
            f'<polygon class="shape" points="{points}" fill="{colour}" fill-opacity="{opacity}" '
            f'stroke="{colour}" stroke-width="2.5"{dash_attr}/>'
        )
        for spoke, (x, y) in zip(spokes, corners, strict=True):
            value = spoke.values[number]
            if value is None:
                continue
            parts.append(
                f'<g class="point" data-series="{number}" data-value="{_n(value)}">'
                f"{_marker(shape, x, y, colour)}</g>"
            )
    height = centre[1] + RADAR_RADIUS + 48
    return _svg_open(ident, title, description, RADAR_WIDTH, height) + "".join(parts) + "</svg>"


POSITION_WIDTH = 560
TRACK_LEFT, TRACK_RIGHT = 24, 536
POSITION_ROW = 78
POLE_CHARS = 40


def position_x(value: float, *, low: int = -3, high: int = 3) -> float:
    """Where a position sits on a tension field's track."""
    return TRACK_LEFT + (TRACK_RIGHT - TRACK_LEFT) * (value - low) / (high - low)


def position_chart(
    rows: Sequence[Position],
    *,
    legend: tuple[str, str],
    ident: str,
    title: str,
    description: str,
    low: int = -3,
    high: int = 3,
) -> str:
    """A track per tension field from its first pole (`low`) to its second (`high`),
    a circle where the practice stands now, a diamond where the team wants it, and a
    line between the two: how far and which way to move."""
    parts = [_legend(TRACK_LEFT, 14, legend, (NOW_SHAPE, WANT_SHAPE), (NOW_COLOUR, WANT_COLOUR))]
    y = 14 + 2 * 20 + 8
    for row in rows:
        parts.append(_text(TRACK_LEFT, y + 12, _fit(row.label, 60), font_weight="700"))
        track = y + 34
        parts.append(
            f'<line x1="{TRACK_LEFT}" y1="{track}" x2="{TRACK_RIGHT}" y2="{track}" stroke="{INK}"/>'
        )
        for step in range(low, high + 1):
            tx = position_x(step, low=low, high=high)
            size = 7 if step == 0 else 4
            parts.append(
                f'<line x1="{_n(tx)}" y1="{track - size}" x2="{_n(tx)}" y2="{track + size}" '
                f'stroke="{INK}"/>'
            )
        now_x = position_x(row.actual, low=low, high=high)
        want_x = position_x(row.desired, low=low, high=high)
        if row.actual != row.desired:
            parts.append(
                f'<line class="move" x1="{_n(now_x)}" y1="{track}" x2="{_n(want_x)}" '
                f'y2="{track}" stroke="{WANT_COLOUR}" stroke-width="4"/>'
            )
        parts.append(
            f'<g class="desired" data-value="{row.desired}">'
            f"{_marker(WANT_SHAPE, want_x, track, WANT_COLOUR, size=7)}</g>"
        )
        parts.append(
            f'<g class="actual" data-value="{row.actual}">'
            f"{_marker(NOW_SHAPE, now_x, track, NOW_COLOUR, size=5.5)}</g>"
        )
        poles = track + 24
        parts.append(_text(TRACK_LEFT, poles, _fit(row.left, POLE_CHARS), font_size="11"))
        parts.append(
            _text(TRACK_RIGHT, poles, _fit(row.right, POLE_CHARS), anchor="end", font_size="11")
        )
        y += POSITION_ROW
    return _svg_open(ident, title, description, POSITION_WIDTH, y + 4) + "".join(parts) + "</svg>"


PANEL_WIDTH = 270
PANEL_HEIGHT = 110
PANEL_GAP = 20
PANEL_LEFT = 28
PANEL_SHAPES = ("circle", "diamond")
PANEL_DASHES = ("", "6 4")


def trend_panels(
    versions: Sequence[str],
    panels: Sequence[Panel],
    *,
    series: Sequence[str],
    low: int,
    high: int,
    ident: str,
    title: str,
    description: str,
    columns: int = 2,
) -> str:
    """Small multiples, one per source or tension field: the versions from left to
    right, the value from `low` (bottom) to `high` (top), a line per series."""
    legend_height = 20 * len(series) + 8 if len(series) > 1 else 0
    parts: list[str] = []
    if legend_height:
        parts.append(_legend(PANEL_LEFT, 14, series, PANEL_SHAPES, COLOURS))
    top = legend_height + 8
    plot_width = PANEL_WIDTH - PANEL_LEFT - 12
    plot_height = PANEL_HEIGHT - 46

    for number, panel in enumerate(panels):
        left = (number % columns) * (PANEL_WIDTH + PANEL_GAP)
        base = top + (number // columns) * (PANEL_HEIGHT + PANEL_GAP)
        plot_top = base + 22
        plot_bottom = plot_top + plot_height
        parts.append(_text(left + 4, base + 12, _fit(panel.label, 36), font_weight="700"))

        def x_at(index: int, left: float = left) -> float:
            if len(versions) == 1:
                return left + PANEL_LEFT + plot_width / 2
            return left + PANEL_LEFT + plot_width * index / (len(versions) - 1)

        def y_at(value: float, bottom: float = plot_bottom) -> float:
            return bottom - plot_height * (value - low) / (high - low)

        for step in (low, (low + high) / 2, high):
            gy = y_at(step)
            parts.append(
                f'<line x1="{_n(left + PANEL_LEFT)}" y1="{_n(gy)}" '
                f'x2="{_n(left + PANEL_LEFT + plot_width)}" y2="{_n(gy)}" stroke="{GRID}"/>'
            )
            label = f"{step:+g}" if low < 0 and step else f"{step:g}"
            parts.append(_text(left + PANEL_LEFT - 4, gy + 4, label, anchor="end", font_size="10"))
        for index, version in enumerate(versions):
            parts.append(
                _text(x_at(index), plot_bottom + 14, version, anchor="middle", font_size="10")
            )
        for which, values in enumerate(panel.series):
            colour = COLOURS[which % len(COLOURS)]
            shape = PANEL_SHAPES[which % len(PANEL_SHAPES)]
            dash = PANEL_DASHES[which % len(PANEL_DASHES)]
            dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
            marks = [(x_at(i), y_at(v), v) for i, v in enumerate(values) if v is not None]
            if len(marks) > 1:
                points = " ".join(f"{_n(mx)},{_n(my)}" for mx, my, _v in marks)
                parts.append(
                    f'<polyline class="line" points="{points}" fill="none" stroke="{colour}" '
                    f'stroke-width="2"{dash_attr}/>'
                )
            for mx, my, value in marks:
                parts.append(
                    f'<g class="point" data-series="{which}" data-value="{_n(value)}">'
                    f"{_marker(shape, mx, my, colour, size=4)}</g>"
                )
    rows = -(-len(panels) // columns)
    width = columns * PANEL_WIDTH + (columns - 1) * PANEL_GAP
    height = top + rows * (PANEL_HEIGHT + PANEL_GAP)
    return _svg_open(ident, title, description, width, height) + "".join(parts) + "</svg>"


# --- The charts of a reflection, from its snapshots (nabij.practices.selectors) ---


def _version_label(snapshot: "Snapshot") -> str:
    return str(_("versie %(number)s") % {"number": snapshot.version})


def sources_radar(current: "Snapshot", previous: "Snapshot | None", *, ident: str) -> str:
    """The four sources of this version, and of the previous one if there is one."""
    shown = [current, previous] if previous is not None else [current]
    return radar_chart(
        [
            Spoke(str(source.label), [snapshot.strengths.get(source) for snapshot in shown])
            for source in Source
        ],
        series=[_version_label(snapshot) for snapshot in shown],
        ident=ident,
        title=str(_("Bronnen van solidariteit")),
        description=str(
            _("Hoe sterk de praktijk steunt op elke bron, van 0 (niet) tot 3 (sterk).")
        ),
    )


def fields_dumbbell(snapshot: "Snapshot", *, ident: str) -> str:
    """The six tension fields: where the practice stands now and where the team wants it."""
    return position_chart(
        [
            Position(
                str(field.label),
                str(POLES[field][0]),
                str(POLES[field][1]),
                *snapshot.positions[field],
            )
            for field in TensionField
        ],
        legend=(str(_("nu")), str(_("gewenst"))),
        ident=ident,
        title=str(_("Spanningsvelden: nu en gewenst")),
        description=str(
            _(
                "Per spanningsveld een lijn van de ene pool (-3) naar de andere (+3): een "
                "bol waar de praktijk nu staat, een ruit waar het team ze wil."
            )
        ),
    )


def sources_over_time(history: "Sequence[Snapshot]", *, ident: str) -> str:
    return trend_panels(
        [str(snapshot.version) for snapshot in history],
        [
            Panel(str(source.label), [[s.strengths.get(source) for s in history]])
            for source in Source
        ],
        series=[str(_("sterkte"))],
        low=0,
        high=3,
        ident=ident,
        title=str(_("Bronnen door de tijd")),
        description=str(
            _("Per bron de sterkte in elke versie, van de oudste versie naar de nieuwste.")
        ),
    )


def fields_over_time(history: "Sequence[Snapshot]", *, ident: str) -> str:
    return trend_panels(
        [str(snapshot.version) for snapshot in history],
        [
            Panel(
                str(field.label),
                [
                    [s.positions[field][0] if field in s.positions else None for s in history],
                    [s.positions[field][1] if field in s.positions else None for s in history],
                ],
            )
            for field in TensionField
        ],
        series=[str(_("nu")), str(_("gewenst"))],
        low=-3,
        high=3,
        ident=ident,
        title=str(_("Spanningsvelden door de tijd")),
        description=str(_("Per spanningsveld de plaats nu en de gewenste plaats in elke versie.")),
    )
