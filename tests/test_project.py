"""Project hygiene: notebooks committed without outputs; conda and pip agree on dependencies."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

import nbformat
import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
_NAME = re.compile(r"^\s*([A-Za-z0-9_.\-]+)\s*(.*)$")


def _requirement(spec: str) -> tuple[str, str]:
    """('python-bidi', '>=0.4.2') from 'python-bidi>=0.4.2'; names compared PEP 503 style."""
    name, version = _NAME.match(spec).groups()
    return re.sub(r"[-_.]+", "-", name).lower(), version.replace(" ", "")


def _pyproject_requirements() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = project["dependencies"] + [s for extra in project["optional-dependencies"].values() for s in extra]
    return dict(_requirement(s) for s in specs)


def _conda_requirements() -> dict[str, str]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    specs: list[str] = []
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            specs += [s for s in dep["pip"] if not s.startswith("-e")]
        else:
            specs.append(dep)
    return {name: version for name, version in map(_requirement, specs) if name not in ("python", "pip")}


def test_environment_yml_matches_pyproject():
    assert _conda_requirements() == _pyproject_requirements()


def test_lint_and_type_checkers_are_test_dependencies_and_run_by_make_test():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert {"ruff", "mypy"} <= {_requirement(s)[0] for s in project["optional-dependencies"]["test"]}
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "ruff check helpers tests" in makefile and "/mypy" in makefile


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_committed_without_outputs(notebook):
    nb = nbformat.read(notebook, as_version=4)
    dirty = [i for i, cell in enumerate(nb.cells, 1)
             if cell.cell_type == "code" and (cell.outputs or cell.execution_count is not None)]
    assert not dirty, f"{notebook.name}: cells {dirty} carry outputs; clear them before committing"



def test_there_is_a_numbered_walkthrough():
    assert NOTEBOOKS and all(re.match(r"\d\d_", p.name) for p in NOTEBOOKS)
