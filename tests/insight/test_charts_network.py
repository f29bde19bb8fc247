"""The network picture: one anonymous mark per person, placed where the layout says, its
shape and colour those of its community; nothing in it names or numbers a person."""

import re
import xml.etree.ElementTree as ET

from nabij.insight import charts
from nabij.insight.charts import Community, Dot

SVG = "{http://www.w3.org/2000/svg}"


def _picture(dots, ties=(), communities=()) -> str:
    return charts.network_picture(
        dots, ties, communities, ident="n", title="Netwerk", description="Zonder namen"
    )


def _group(root: ET.Element, name: str) -> list[ET.Element]:
    (group,) = [g for g in root.iter(f"{SVG}g") if g.get("class") == name]
    return list(group)


def test_every_person_is_one_mark_at_their_position():
    dots = [Dot(0.0, 0.0, 0), Dot(1.0, 1.0, 0), Dot(0.5, 0.25, 0)]
    root = ET.fromstring(_picture(dots, communities=[Community("gemeenschap 1", "")]))
    circles = [m for m in _group(root, "people") if m.tag == f"{SVG}circle"]
    assert len(circles) == 3
    span = charts.NETWORK_SIZE - 2 * charts.NETWORK_MARGIN
    at = sorted((float(c.get("cx")), float(c.get("cy"))) for c in circles)
    expected = sorted(
        (round(charts.NETWORK_MARGIN + span * d.x, 2), round(charts.NETWORK_MARGIN + span * d.y, 2))
        for d in dots
    )
    assert at == expected


def test_ties_are_lines_between_the_two_marks():
    dots = [Dot(0.0, 0.0, 0), Dot(1.0, 0.0, 0)]
    root = ET.fromstring(_picture(dots, ties=[(0, 1)]))
    (ties,) = [p for p in root.iter(f"{SVG}path") if p.get("class") == "ties"]
    m, end = charts.NETWORK_MARGIN, charts.NETWORK_SIZE - charts.NETWORK_MARGIN
    assert ties.get("d") == f"M{m} {m}L{end} {m}"


def test_communities_differ_in_shape_as_well_as_colour_and_the_legend_says_which():
    dots = [Dot(0.1 * i, 0.1, i) for i in range(4)]
    legend = [Community(f"gemeenschap {i + 1}", f"{5 + i} mensen") for i in range(4)]
    svg = _picture(dots, communities=legend)
    root = ET.fromstring(svg)
    kinds = [
        (m.get("class"), m.get("stroke") if m.get("fill") == "none" else m.get("fill"))
        for m in _group(root, "people")
    ]
    assert len({shape for shape, _colour in kinds}) == 4
    assert len({colour for _shape, colour in kinds}) == 4
    legend_marks = [m for m in _group(root, "legend") if m.tag != f"{SVG}text"]
    assert [
        (m.get("class"), m.get("stroke") if m.get("fill") == "none" else m.get("fill"))
        for m in legend_marks
    ] == kinds
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert texts == [f"gemeenschap {i + 1}: {5 + i} mensen" for i in range(4)]


def test_the_picture_names_no_one_and_has_nothing_to_hover_over():
    dots = [Dot(0.2, 0.3, 0), Dot(0.4, 0.1, 1)]
    svg = _picture(dots, ties=[(0, 1)], communities=[Community("a", ""), Community("b", "")])
    root = ET.fromstring(svg)
    # One title and one description for the whole picture; no per-mark titles or ids.
    assert len(list(root.iter(f"{SVG}title"))) == 1
    ids = {element.get("id") for element in root.iter() if element.get("id")}
    assert ids == {"n-title", "n-desc"}
    assert not re.search(r"data-|<a |href", svg)


def test_marks_come_in_the_order_of_their_position_not_of_the_input():
    forward = _picture([Dot(0.9, 0.1, 0), Dot(0.1, 0.9, 0)])
    backward = _picture([Dot(0.1, 0.9, 0), Dot(0.9, 0.1, 0)])
    assert forward == backward
