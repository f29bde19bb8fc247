"""Charts as SVG drawn on the server: no script, and the same numbers as the table beside.

Pure functions from figures to markup. A figure about fewer than five people arrives as
None and is drawn as no bar and no point, only the words "< 5": its true size never
reaches the picture. Series differ in pattern, dash and marker shape as well as in
colour, so no chart relies on colour alone.
"""

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from html import escape

from nabij.community.suppression import MIN_CELL

SUPPRESSED = f"< {MIN_CELL}"

# Okabe–Ito: told apart by most people with a colour vision deficiency.
COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")
INK = "#1b1b1b"
GRID = "#c9c4b8"
SHAPES = ("circle", "square", "triangle", "diamond", "cross", "plus")
DASHES = ("", "6 4", "2 3", "10 3 2 3")

WIDTH = 400
LABEL_WIDTH = 150
VALUE_WIDTH = 55
# Longer labels are cut with an ellipsis: the table beside the chart has them in full.
LABEL_CHARS = 22
ROW = 22
GROUP_GAP = 12
LEGEND_ROW = 22
TOP = 8


@dataclass(frozen=True)
class Bar:
    """One bar: its value (None when suppressed) and how that value reads."""

    value: float | None
    text: str


@dataclass(frozen=True)
class BarGroup:
    """One category, with a bar per series (the place, the survey, ...)."""

    label: str
    bars: Sequence[Bar]


@dataclass(frozen=True)
class LineSeries:
    name: str
    values: Sequence[float | None]  # one per x label; None when suppressed


@dataclass(frozen=True)
class Dot:
    """One person in the network picture: a position in [0, 1]² and a community index."""

    x: float
    y: float
    community: int


@dataclass(frozen=True)
class Community:
    """A legend line of the network picture: the community's label and its size's text."""

    label: str
    size_text: str


def _svg_open(ident: str, title: str, description: str, width: float, height: float) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'viewBox="0 0 {_n(width)} {_n(height)}" width="100%" '
        f'preserveAspectRatio="xMinYMin meet" '
        f'aria-labelledby="{ident}-title {ident}-desc" '
        f'font-family="system-ui, sans-serif" font-size="13">'
        f'<title id="{ident}-title">{escape(title)}</title>'
        f'<desc id="{ident}-desc">{escape(description)}</desc>'
    )


def _n(number: float) -> str:
    """Coordinates with two decimals at most, and no trailing zeros."""
    text = f"{number:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _text(x: float, y: float, content: str, *, anchor: str = "start", **attrs: str) -> str:
    extra = "".join(f' {key.replace("_", "-")}="{value}"' for key, value in attrs.items())
    return (
        f'<text x="{_n(x)}" y="{_n(y)}" text-anchor="{anchor}" fill="{INK}"{extra}>'
        f"{escape(content)}</text>"
    )


def _fit(label: str, limit: int = LABEL_CHARS) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def _scale_max(values: Sequence[float | None], given: float | None) -> float:
    shown = [v for v in values if v is not None]
    top = given if given is not None else max(shown, default=0.0)
    return top if top > 0 else 1.0


def _patterns(ident: str, count: int) -> str:
    """Series after the first are hatched, each at its own angle, so print and grey
    screens tell them apart too."""
    defs = []
    for index in range(1, count):
        colour = COLOURS[index % len(COLOURS)]
        angle = (45, -45, 0, 90)[(index - 1) % 4]
        defs.append(
            f'<pattern id="{ident}-p{index}" width="6" height="6" '
            f'patternUnits="userSpaceOnUse" patternTransform="rotate({angle})">'
            f'<rect width="6" height="6" fill="#ffffff"/>'
            f'<line x1="0" y1="0" x2="0" y2="6" stroke="{colour}" stroke-width="3"/></pattern>'
        )
    return f"<defs>{''.join(defs)}</defs>" if defs else ""


def _fill(ident: str, series: int) -> str:
    return COLOURS[0] if series == 0 else f"url(#{ident}-p{series})"


def bar_chart(
    groups: Sequence[BarGroup],
    *,
    ident: str,
    title: str,
    description: str,
    series: Sequence[str] = (),
    scale_max: float | None = None,
) -> str:
    """Horizontal bars, one row per series within each group, lengths proportional to the
    values against `scale_max` (or the largest shown value)."""
    top = _scale_max([b.value for g in groups for b in g.bars], scale_max)
    plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH
    legend = len(series) if len(series) > 1 else 0
    y = TOP + legend * LEGEND_ROW + (GROUP_GAP if legend else 0)
    body: list[str] = []
    for index, name in enumerate(series if legend else ()):
        ly = TOP + index * LEGEND_ROW
        body.append(
            f'<rect class="swatch" x="{LABEL_WIDTH}" y="{ly}" width="16" height="14" '
            f'fill="{_fill(ident, index)}" stroke="{INK}"/>'
        )
        body.append(_text(LABEL_WIDTH + 22, ly + 12, name))
    for group in groups:
        body.append(
            _text(
                LABEL_WIDTH - 8, y + ROW * len(group.bars) / 2 + 4, _fit(group.label), anchor="end"
            )
        )
        for index, bar in enumerate(group.bars):
            row_y = y + index * ROW
            if bar.value is None:
                body.append(_text(LABEL_WIDTH + 4, row_y + 15, SUPPRESSED, class_="suppressed"))
                continue
            length = plot * max(bar.value, 0.0) / top
            body.append(
                f'<rect class="bar" x="{LABEL_WIDTH}" y="{_n(row_y + 2)}" '
                f'width="{_n(length)}" height="{ROW - 4}" fill="{_fill(ident, index)}" '
                f'stroke="{INK}" stroke-width="0.5"/>'
            )
            body.append(_text(LABEL_WIDTH + length + 6, row_y + 15, bar.text, class_="value"))
        y += ROW * len(group.bars) + GROUP_GAP
    height = y + TOP
    axis = (
        f'<line x1="{LABEL_WIDTH}" y1="{TOP + legend * LEGEND_ROW}" x2="{LABEL_WIDTH}" '
        f'y2="{_n(height - TOP)}" stroke="{INK}"/>'
    )
    return (
        _svg_open(ident, title, description, WIDTH, height)
        + _patterns(ident, len(series))
        + axis
        + "".join(body)
        + "</svg>"
    )


LINE_HEIGHT = 260
LINE_LEFT = 48
LINE_RIGHT = 16
LINE_BOTTOM = 40


def _marker(shape: str, x: float, y: float, colour: str, size: float = 4.5) -> str:
    """A mark whose class names its shape: circle, square, triangle, diamond, cross, plus."""
    s = size
    outline = f'fill="{colour}" stroke="{INK}" stroke-width="0.75"'
    stroke = f'fill="none" stroke="{colour}" stroke-width="2.5"'
    if shape == "square":
        return (
            f'<rect class="square" x="{_n(x - s)}" y="{_n(y - s)}" width="{_n(2 * s)}" '
            f'height="{_n(2 * s)}" {outline}/>'
        )
    if shape in ("triangle", "diamond"):
        d = s * 1.3
        corners = (
            [(x, y - s * 1.2), (x + s * 1.1, y + s), (x - s * 1.1, y + s)]
            if shape == "triangle"
            else [(x, y - d), (x + d, y), (x, y + d), (x - d, y)]
        )
        points = " ".join(f"{_n(px)},{_n(py)}" for px, py in corners)
        return f'<polygon class="{shape}" points="{points}" {outline}/>'
    if shape == "cross":
        return (
            f'<path class="cross" d="M{_n(x - s)} {_n(y - s)}L{_n(x + s)} {_n(y + s)}'
            f'M{_n(x - s)} {_n(y + s)}L{_n(x + s)} {_n(y - s)}" {stroke}/>'
        )
    if shape == "plus":
        return (
            f'<path class="plus" d="M{_n(x - s)} {_n(y)}H{_n(x + s)}M{_n(x)} {_n(y - s)}'
            f'V{_n(y + s)}" {stroke}/>'
        )
    return f'<circle class="circle" cx="{_n(x)}" cy="{_n(y)}" r="{_n(s)}" {outline}/>'


def line_chart(
    x_labels: Sequence[str],
    series: Sequence[LineSeries],
    *,
    ident: str,
    title: str,
    description: str,
    scale_max: float | None = None,
    unit: str = "",
    empty: Collection[int] = (),
) -> str:
    """Lines over time. A suppressed point breaks its line and shows "< 5" under it; a
    point in `empty` (an x with nothing to count) breaks it without a word."""
    legend_height = LEGEND_ROW * len(series)
    plot_top = TOP + legend_height + 8
    plot_bottom = plot_top + LINE_HEIGHT - LINE_BOTTOM
    plot_width = WIDTH - LINE_LEFT - LINE_RIGHT
    top = _scale_max([v for s in series for v in s.values], scale_max)
    steps = max(len(x_labels) - 1, 1)

    def x_at(index: int) -> float:
        if len(x_labels) == 1:
            return LINE_LEFT + plot_width / 2
        return LINE_LEFT + plot_width * index / steps

    def y_at(value: float) -> float:
        return plot_bottom - (plot_bottom - plot_top) * max(value, 0.0) / top

    parts: list[str] = []
    for tick in range(5):
        value = top * tick / 4
        ty = y_at(value)
        parts.append(
            f'<line x1="{LINE_LEFT}" y1="{_n(ty)}" x2="{_n(LINE_LEFT + plot_width)}" '
            f'y2="{_n(ty)}" stroke="{GRID}"/>'
        )
        parts.append(_text(LINE_LEFT - 6, ty + 4, f"{_n(value)}{unit}", anchor="end"))
    label_every = max(1, -(-len(x_labels) // 6))
    for index, label in enumerate(x_labels):
        if index % label_every == 0:
            parts.append(_text(x_at(index), plot_bottom + 18, label, anchor="middle"))
    for number, line in enumerate(series):
        colour = COLOURS[number % len(COLOURS)]
        shape = SHAPES[number % len(SHAPES)]
        dash = DASHES[number % len(DASHES)]
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        ly = TOP + number * LEGEND_ROW
        parts.append(
            f'<line x1="{LINE_LEFT}" y1="{ly + 8}" x2="{LINE_LEFT + 28}" y2="{ly + 8}" '
            f'stroke="{colour}" stroke-width="2.5"{dash_attr}/>'
        )
        parts.append(_marker(shape, LINE_LEFT + 14, ly + 8, colour))
        parts.append(_text(LINE_LEFT + 36, ly + 12, line.name))
        runs: list[list[tuple[float, float]]] = [[]]
        for index, value in enumerate(line.values):
            if index in empty:
                runs.append([])
                continue
            if value is None:
                runs.append([])
                parts.append(
                    _text(
                        x_at(index),
                        plot_bottom - 6 - 14 * number,
                        SUPPRESSED,
                        anchor="middle",
                        class_="suppressed",
                        font_size="11",
                    )
                )
                continue
            runs[-1].append((x_at(index), y_at(value)))
        for run in runs:
            if len(run) > 1:
                points = " ".join(f"{_n(px)},{_n(py)}" for px, py in run)
                parts.append(
                    f'<polyline class="line" points="{points}" fill="none" stroke="{colour}" '
                    f'stroke-width="2.5"{dash_attr}/>'
                )
            for px, py in run:
                parts.append(f'<g class="point">{_marker(shape, px, py, colour)}</g>')
    axis = (
        f'<line x1="{LINE_LEFT}" y1="{_n(plot_bottom)}" x2="{_n(LINE_LEFT + plot_width)}" '
        f'y2="{_n(plot_bottom)}" stroke="{INK}"/>'
    )
    height = plot_bottom + LINE_BOTTOM
    return _svg_open(ident, title, description, WIDTH, height) + "".join(parts) + axis + "</svg>"


NETWORK_SIZE = 560
NETWORK_MARGIN = 14


def network_picture(
    dots: Sequence[Dot],
    ties: Sequence[tuple[int, int]],
    communities: Sequence[Community],
    *,
    ident: str,
    title: str,
    description: str,
) -> str:
    """People as anonymous marks, ties as faint lines, each community its own colour and
    shape; the legend says which shape is which community and how many people it holds.

    Nothing in the markup names or numbers a person: no ids, no titles on marks.
    """
    span = NETWORK_SIZE - 2 * NETWORK_MARGIN

    def at(dot: Dot) -> tuple[float, float]:
        return NETWORK_MARGIN + span * dot.x, NETWORK_MARGIN + span * dot.y

    parts: list[str] = [
        f'<rect x="0" y="0" width="{NETWORK_SIZE}" height="{NETWORK_SIZE}" fill="#ffffff" '
        f'stroke="{GRID}"/>'
    ]
    lines = []
    for a, b in ties:
        (x1, y1), (x2, y2) = at(dots[a]), at(dots[b])
        lines.append(f"M{_n(x1)} {_n(y1)}L{_n(x2)} {_n(y2)}")
    if lines:
        parts.append(
            f'<path class="ties" d="{"".join(lines)}" stroke="{GRID}" stroke-width="0.6" '
            f'fill="none"/>'
        )
    # Drawn in a fixed order (by position), so the markup's order says nothing either.
    parts.append('<g class="people">')
    for dot in sorted(dots, key=lambda d: (d.x, d.y, d.community)):
        x, y = at(dot)
        colour = COLOURS[dot.community % len(COLOURS)]
        shape = SHAPES[dot.community % len(SHAPES)]
        parts.append(_marker(shape, x, y, colour, size=3.5))
    parts.append('</g><g class="legend">')
    legend_top = NETWORK_SIZE + 12
    for index, community in enumerate(communities):
        ly = legend_top + index * LEGEND_ROW
        colour = COLOURS[index % len(COLOURS)]
        parts.append(_marker(SHAPES[index % len(SHAPES)], 10, ly + 8, colour, size=5))
        line = (
            f"{community.label}: {community.size_text}" if community.size_text else community.label
        )
        parts.append(_text(24, ly + 12, line))
    height = legend_top + LEGEND_ROW * len(communities) + 4
    return (
        _svg_open(ident, title, description, NETWORK_SIZE, height) + "".join(parts) + "</g></svg>"
    )
