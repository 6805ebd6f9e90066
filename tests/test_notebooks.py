"""Every notebook runs top to bottom on a fresh kernel and becomes an HTML report.

This is the same code path as `make report`; a notebook's own closing asserts make a
regression fail here.
"""
from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from helpers.report import NotebookFailed, build_report, main, notebooks_in

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.notebooks
@pytest.mark.parametrize("notebook", notebooks_in(ROOT / "notebooks"), ids=lambda p: p.name)
def test_notebook_builds_its_report(notebook, tmp_path):
    report = build_report(notebook, tmp_path)
    html = report.read_text(encoding="utf-8")
    assert report.name == f"{notebook.stem}.html"
    title = nbformat.read(notebook, as_version=4).cells[0].source.splitlines()[0].lstrip("# ")
    assert title.split(" ")[0] in html
    assert "Traceback" not in html


def test_a_failing_notebook_is_named_with_its_cell(tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell("x = 1"), nbformat.v4.new_code_cell('assert x == 2, "x drifted"')]
    path = tmp_path / "09_broken.ipynb"
    nbformat.write(nb, path)
    with pytest.raises(NotebookFailed, match=r"09_broken\.ipynb: cell 2 \('assert x == 2, \"x drifted\"'\): "
                                             r"AssertionError: x drifted"):
        build_report(path, tmp_path / "out")


def test_report_command_runs_the_rest_and_exits_non_zero(tmp_path, capsys):
    good, bad = nbformat.v4.new_notebook(), nbformat.v4.new_notebook()
    good.cells = [nbformat.v4.new_markdown_cell("# fine"), nbformat.v4.new_code_cell("1 + 1")]
    bad.cells = [nbformat.v4.new_code_cell("raise ValueError('boom')")]
    nbformat.write(bad, tmp_path / "01_bad.ipynb")
    nbformat.write(good, tmp_path / "02_good.ipynb")
    assert main([str(tmp_path), str(tmp_path / "out")]) == 1
    assert "FAILED" in capsys.readouterr().err
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["02_good.html"]
