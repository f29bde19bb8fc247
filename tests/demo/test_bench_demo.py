"""`nabij bench demo` generates into a throwaway database and reports one JSON object."""

import json

import bench


def test_bench_names_its_benchmarks_and_refuses_unknown_ones(capsys):
    assert "demo" in bench.available()
    assert bench.run(["no-such-bench"]) == 2
    assert "demo" in capsys.readouterr().err


def test_bench_demo_prints_its_figures_as_json(capfd):
    assert bench.run(["demo", "--members", "60", "--seed", "3"]) == 0
    result = json.loads(capfd.readouterr().out)
    assert result["members"] == 60
    assert result["seed"] == 3
    assert result["database"] == "sqlite"
    assert result["seconds"] >= 0
