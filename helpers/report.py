"""Execute the notebooks in order, each on a fresh kernel, and write them as HTML reports.

    python -m helpers.report notebooks reports

A notebook that fails is named with its failing cell, the other notebooks still run, and
the command exits non-zero.
"""
from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from nbconvert import HTMLExporter


class NotebookFailed(RuntimeError):
    """A notebook cell raised while the report was being built."""


def _failing_cell(nb: nbformat.NotebookNode) -> str:
    for number, cell in enumerate(nb.cells, start=1):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                first_line = cell.source.strip().splitlines()[0] if cell.source.strip() else ""
                return f"cell {number} ({first_line[:60]!r}): {output['ename']}: {output['evalue']}"
    return "a cell failed"


def build_report(notebook: Path, out_dir: Path, timeout: int = 900) -> Path:
    """Run `notebook` top to bottom in its own folder and write `<out_dir>/<name>.html`."""
    notebook = Path(notebook)
    nb = nbformat.read(notebook, as_version=4)
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3",
                            resources={"metadata": {"path": str(notebook.parent.resolve())}})
    try:
        client.execute()
    except CellExecutionError:
        raise NotebookFailed(f"{notebook}: {_failing_cell(nb)}") from None
    html, _ = HTMLExporter().from_notebook_node(nb, resources={"metadata": {"name": notebook.stem}})
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{notebook.stem}.html"
    target.write_text(html, encoding="utf-8")
    return target


def notebooks_in(folder: Path) -> list[Path]:
    """The walkthrough notebooks, in their numbered order."""
    return sorted(p for p in Path(folder).glob("*.ipynb") if not p.name.startswith("."))


def main(argv: list[str]) -> int:
    source = Path(argv[0]) if argv else Path("notebooks")
    out_dir = Path(argv[1]) if len(argv) > 1 else Path("reports")
    failures = []
    for notebook in notebooks_in(source):
        try:
            print(f"wrote {build_report(notebook, out_dir)}", flush=True)
        except NotebookFailed as err:
            print(f"FAILED {err}", file=sys.stderr, flush=True)
            failures.append(notebook)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
