"""Line charts over months: points sit where their values say, and a suppressed month
breaks the line instead of being drawn."""

import itertools
import xml.etree.ElementTree as ET

import pytest

from nabij.insight import charts
from nabij.insight.charts import LineSeries

SVG = "{http://www.w3.org/2000/svg}"
MONTHS = ["jan 2026", "feb 2026", "mrt 2026", "apr 2026", "mei 2026"]


def _chart(series, labels=MONTHS, **options) -> ET.Element:
    svg = charts.line_chart(
        labels, series, ident="l", title="Per maand", description="Uitleg", **options
    )
    return ET.fromstring(svg)


def _lines(root: ET.Element) -> list[list[tuple[float, float]]]:
    return [
        [tuple(map(float, point.split(","))) for point in line.get("points").split()]
        for line in root.iter(f"{SVG}polyline")
    ]


def test_points_are_spaced_evenly_and_heights_follow_the_values():
    root = _chart([LineSeries("allebei", [0, 25, 50, 75, 100])], scale_max=100)
    (points,) = _lines(root)
    xs = [x for x, _y in points]
    ys = [y for _x, y in points]
    steps = {round(b - a, 2) for a, b in itertools.pairwise(xs)}
    assert len(steps) == 1
    assert xs[0] == pytest.approx(charts.LINE_LEFT)
    assert xs[-1] == pytest.approx(charts.WIDTH - charts.LINE_RIGHT)
    # Equal steps in value are equal steps in height, upwards.
    rises = [a - b for a, b in itertools.pairwise(ys)]
    assert rises == pytest.approx([rises[0]] * 4)
    assert rises[0] > 0
    # 0 sits on the axis and 100 at the top of the plot.
    axis = [
        line
        for line in root.iter(f"{SVG}line")
        if line.get("stroke") == charts.INK and line.get("y1") == line.get("y2")
    ][-1]
    assert ys[0] == pytest.approx(float(axis.get("y1")))
    assert ys[0] - ys[-1] == pytest.approx(charts.LINE_HEIGHT - charts.LINE_BOTTOM)


def test_a_suppressed_month_breaks_the_line_and_reads_fewer_than_five():
    root = _chart([LineSeries("alleen ontvangen", [10, 20, None, 40, 50])], scale_max=100)
    runs = _lines(root)
    assert [len(run) for run in runs] == [2, 2]
    texts = [text.text for text in root.iter(f"{SVG}text")]
    assert texts.count("< 5") == 1
    markers = [g for g in root.iter(f"{SVG}g") if g.get("class") == "point"]
    assert len(markers) == 4


def test_series_differ_in_dash_and_marker_not_only_in_colour():
    root = _chart(
        [LineSeries("alleen geven", [1, 2, 3, 4, 5]), LineSeries("allebei", [2, 3, 4, 5, 6])]
    )
    first, second = list(root.iter(f"{SVG}polyline"))
    assert first.get("stroke") != second.get("stroke")
    assert first.get("stroke-dasharray") != second.get("stroke-dasharray")
    shapes = [next(iter(g)).get("class") for g in root.iter(f"{SVG}g") if g.get("class") == "point"]
    assert set(shapes[:5]) != set(shapes[5:])


def test_a_single_month_is_one_point_in_the_middle():
    root = _chart([LineSeries("allebei", [30])], labels=["jan 2026"], scale_max=100)
    assert _lines(root) == []
    (marker,) = [g for g in root.iter(f"{SVG}g") if g.get("class") == "point"]
    circle = next(iter(marker))
    middle = charts.LINE_LEFT + (charts.WIDTH - charts.LINE_LEFT - charts.LINE_RIGHT) / 2
    assert float(circle.get("cx")) == pytest.approx(middle)


def test_a_month_with_nothing_to_count_breaks_the_line_without_claiming_suppression():
    root = _chart([LineSeries("allebei", [None, None, 30, 40, 50])], empty={0, 1})
    assert [len(run) for run in _lines(root)] == [3]
    assert "< 5" not in [text.text for text in root.iter(f"{SVG}text")]
