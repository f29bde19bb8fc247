"""The reflection charts are well-formed SVG with a mark per source and per tension field
exactly where the values put it, labels escaped, a title and a description."""

import math
import xml.etree.ElementTree as ET
from datetime import date

import pytest

from nabij.practices.charts import (
    RADAR_RADIUS,
    Panel,
    Position,
    Spoke,
    fields_dumbbell,
    position_chart,
    position_x,
    radar_chart,
    sources_radar,
    trend_panels,
)
from nabij.practices.choices import Source, TensionField
from nabij.practices.selectors.reflections import Snapshot

SVG = "{http://www.w3.org/2000/svg}"


def _parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def _centre_of(mark: ET.Element) -> tuple[float, float]:
    shape = mark[0]
    if shape.tag == f"{SVG}circle":
        return float(shape.get("cx")), float(shape.get("cy"))
    if shape.tag == f"{SVG}polygon":  # a diamond: the mean of its corners
        corners = [tuple(map(float, p.split(","))) for p in shape.get("points").split()]
        return (
            sum(x for x, _ in corners) / len(corners),
            sum(y for _, y in corners) / len(corners),
        )
    x, y = float(shape.get("x")), float(shape.get("y"))  # a square
    return x + float(shape.get("width")) / 2, y + float(shape.get("height")) / 2


SNAPSHOT = Snapshot(
    version=2,
    held_on=date(2026, 3, 12),
    strengths={
        Source.INTERDEPENDENCE: 2,
        Source.NORMS_VALUES: 1,
        Source.STRUGGLE: 0,
        Source.ENCOUNTER: 3,
    },
    positions={
        TensionField.UNIVERSAL_PARTICULAR: (-2, -3),
        TensionField.CONSENSUS_CONFLICT: (-1, 0),
        TensionField.ECONOMIC_CULTURAL: (-2, -1),
        TensionField.INTEGRATION_TRANSFORMATION: (0, 2),
        TensionField.DISTANCE_PROXIMITY: (3, 3),
        TensionField.NEGOTIABLE: (1, 2),
    },
)


def test_the_radar_has_a_point_per_source_at_its_strength():
    root = _parse(sources_radar(SNAPSHOT, None, ident="radar"))
    assert root.find(f"{SVG}title").text == "Bronnen van solidariteit"
    points = root.findall(f".//{SVG}g[@class='point']")
    assert [p.get("data-value") for p in points] == ["2", "1", "0", "3"]
    rings = root.findall(f"{SVG}polygon[@class='ring']")
    # The centre is where the rings' corners meet: the mean of the outer ring's corners.
    outer = [tuple(map(float, c.split(","))) for c in rings[-1].get("points").split()]
    cx, cy = sum(x for x, _ in outer) / 4, sum(y for _, y in outer) / 4
    for index, (point, value) in enumerate(zip(points, (2, 1, 0, 3), strict=True)):
        angle = -math.pi / 2 + 2 * math.pi * index / 4
        x, y = _centre_of(point)
        assert x == pytest.approx(cx + RADAR_RADIUS * value / 3 * math.cos(angle), abs=0.01)
        assert y == pytest.approx(cy + RADAR_RADIUS * value / 3 * math.sin(angle), abs=0.01)


def test_the_radar_shows_the_previous_version_as_a_second_shape():
    earlier = Snapshot(1, date(2025, 9, 1), dict.fromkeys(Source.values, 1), SNAPSHOT.positions)
    root = _parse(sources_radar(SNAPSHOT, earlier, ident="radar"))
    shapes = root.findall(f"{SVG}polygon[@class='shape']")
    assert len(shapes) == 2
    earlier_points = root.findall(f".//{SVG}g[@data-series='1']")
    assert [p.get("data-value") for p in earlier_points] == ["1"] * 4
    legend = "".join(root.find(f"{SVG}g[@class='legend']").itertext())
    assert "versie 2" in legend and "versie 1" in legend


def test_the_dumbbell_puts_now_and_desired_of_each_field_where_they_stand():
    root = _parse(fields_dumbbell(SNAPSHOT, ident="fields"))
    actual = root.findall(f".//{SVG}g[@class='actual']")
    desired = root.findall(f".//{SVG}g[@class='desired']")
    assert len(actual) == len(desired) == 6
    for field, now, wanted in zip(TensionField, actual, desired, strict=True):
        want_actual, want_desired = SNAPSHOT.positions[field]
        assert int(now.get("data-value")) == want_actual
        assert _centre_of(now)[0] == pytest.approx(position_x(want_actual), abs=0.01)
        assert _centre_of(wanted)[0] == pytest.approx(position_x(want_desired), abs=0.01)
    text = " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))
    assert "nu" in text and "gewenst" in text
    assert "universeel: open voor iedereen" in text
    assert "particulier: voor een doelgroep" in text


def test_the_far_ends_of_the_scale_sit_at_the_ends_of_the_track():
    root = _parse(
        position_chart(
            [Position("veld", "links", "rechts", -3, 3)],
            legend=("nu", "gewenst"),
            ident="p",
            title="t",
            description="d",
        )
    )
    track = root.findall(f"{SVG}line")[0]
    now = root.find(f".//{SVG}g[@class='actual']")
    wanted = root.find(f".//{SVG}g[@class='desired']")
    assert _centre_of(now)[0] == pytest.approx(float(track.get("x1")))
    assert _centre_of(wanted)[0] == pytest.approx(float(track.get("x2")))


def test_labels_are_escaped():
    svg = radar_chart(
        [Spoke("<script>alert(1)</script> & co", [1])],
        series=["nu"],
        ident="x",
        title='"titel" <b>',
        description="d & e",
    )
    root = _parse(svg)
    assert "<script>" not in svg
    assert root.find(f"{SVG}title").text == '"titel" <b>'


def test_small_multiples_draw_a_point_per_version_and_series():
    root = _parse(
        trend_panels(
            ["1", "2", "3"],
            [Panel("veld", [[-2, -1, 0], [1, 1, 2]])],
            series=["nu", "gewenst"],
            low=-3,
            high=3,
            ident="t",
            title="t",
            description="d",
        )
    )
    now = root.findall(f".//{SVG}g[@data-series='0']")
    wanted = root.findall(f".//{SVG}g[@data-series='1']")
    assert [p.get("data-value") for p in now] == ["-2", "-1", "0"]
    assert [p.get("data-value") for p in wanted] == ["1", "1", "2"]
    # Higher values are drawn higher up (a smaller y).
    ys = [_centre_of(p)[1] for p in now]
    assert ys[0] > ys[1] > ys[2]
