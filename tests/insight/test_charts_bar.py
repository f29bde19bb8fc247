"""Bar charts: each bar's length is its value against the scale, and a suppressed figure
draws no bar at all, only the words "< 5"."""

import xml.etree.ElementTree as ET

import pytest

from nabij.insight import charts
from nabij.insight.charts import Bar, BarGroup

SVG = "{http://www.w3.org/2000/svg}"
PLOT = charts.WIDTH - charts.LABEL_WIDTH - charts.VALUE_WIDTH


def _parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def _bars(root: ET.Element) -> list[ET.Element]:
    return [rect for rect in root.iter(f"{SVG}rect") if rect.get("class") == "bar"]


def _texts(root: ET.Element) -> list[str]:
    return [text.text or "" for text in root.iter(f"{SVG}text")]


def _chart(groups, **options) -> ET.Element:
    return _parse(
        charts.bar_chart(groups, ident="t", title="Titel", description="Uitleg", **options)
    )


def test_bar_lengths_are_proportional_to_the_values_against_the_largest():
    root = _chart(
        [
            BarGroup("alleen geven", [Bar(40, "40")]),
            BarGroup("allebei", [Bar(20, "20")]),
            BarGroup("alleen ontvangen", [Bar(5, "5")]),
        ]
    )
    widths = [float(bar.get("width")) for bar in _bars(root)]
    assert widths == pytest.approx([PLOT, PLOT / 2, PLOT / 8], abs=0.01)
    assert {bar.get("x") for bar in _bars(root)} == {str(charts.LABEL_WIDTH)}


def test_a_fixed_scale_makes_percentages_comparable_to_a_hundred():
    root = _chart([BarGroup("alleen geven", [Bar(40, "40 %"), Bar(23, "23 %")])], scale_max=100)
    widths = [float(bar.get("width")) for bar in _bars(root)]
    assert widths == pytest.approx([PLOT * 0.40, PLOT * 0.23], abs=0.01)


def test_a_suppressed_figure_draws_no_bar_and_reads_fewer_than_five():
    root = _chart(
        [
            BarGroup("kwetsbaar", [Bar(None, "< 5")]),
            BarGroup("niet kwetsbaar", [Bar(12, "12")]),
        ]
    )
    bars = _bars(root)
    assert len(bars) == 1
    assert float(bars[0].get("width")) == pytest.approx(PLOT)
    assert "< 5" in _texts(root)
    # The suppressed row is not drawn as a bar of any size, not even zero.
    assert all(float(bar.get("width")) > 0 for bar in bars)


def test_a_suppressed_figure_does_not_set_the_scale():
    """Were the hidden value used as the scale, the shown bar's length would betray it."""
    root = _chart([BarGroup("a", [Bar(None, "< 5")]), BarGroup("b", [Bar(6, "6")])])
    assert float(_bars(root)[0].get("width")) == pytest.approx(PLOT)


def test_bars_of_one_group_sit_one_row_apart_and_the_second_series_is_hatched():
    root = _chart(
        [BarGroup("alleen geven", [Bar(40, "40 %"), Bar(23, "23 %")])],
        series=("deze plek", "bevraging"),
    )
    first, second = _bars(root)
    assert float(second.get("y")) - float(first.get("y")) == pytest.approx(charts.ROW)
    assert first.get("fill").startswith("#")
    assert second.get("fill") == "url(#t-p1)"
    assert root.find(f".//{SVG}pattern[@id='t-p1']") is not None
    assert {"deze plek", "bevraging"} <= set(_texts(root))


def test_the_picture_is_an_image_named_by_its_title_and_description():
    root = _chart([BarGroup("a", [Bar(1, "1")])])
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "t-title t-desc"
    assert root.find(f"{SVG}title").get("id") == "t-title"
    assert root.find(f"{SVG}title").text == "Titel"
    assert root.find(f"{SVG}desc").text == "Uitleg"


def test_labels_are_escaped():
    svg = charts.bar_chart(
        [BarGroup("<script>alert(1)</script>", [Bar(3, "3")])],
        ident="t",
        title="a & b",
        description="",
    )
    assert "<script>" not in svg
    assert "&lt;script&gt;" in svg
    assert _parse(svg).find(f"{SVG}title").text == "a & b"


def test_nothing_to_show_still_makes_a_valid_picture():
    root = _chart([BarGroup("a", [Bar(None, "< 5")]), BarGroup("b", [Bar(0, "0")])])
    assert [float(bar.get("width")) for bar in _bars(root)] == [0.0]


def test_a_long_label_is_cut_in_the_picture_only():
    long = "een heel lange naam van een vereniging in de buurt"
    root = _chart([BarGroup(long, [Bar(3, "3")])])
    (label,) = [t for t in _texts(root) if t.startswith("een heel")]
    assert label.endswith("…")
    assert len(label) <= charts.LABEL_CHARS
