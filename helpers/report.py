"""Per-article reports: the walkthrough notebooks executed on an article, and a reader report.

    python -m helpers.report                      # every .txt directly in data/
    python -m helpers.report path/to/article.txt  # one article, anywhere on disk
    python -m helpers.report --encoding cp1256 a.txt  # articles (or a --corpus) named here, not in UTF-8
    python -m helpers.report --corpus DIR         # the corpus notebooks on DIR (any file or folder
                                                  # `python -m helpers extract` reads)

For each article this writes `reports/<article stem>/`: `index.html`, the reader report (no
code: the article highlighted, its figures, charts, dates, places, actors and claims), and each
walkthrough notebook executed on the article as HTML with its code shown.

Notebooks are discovered, not listed. A notebook whose `parameters` cell (the papermill
convention: a code cell tagged `parameters`) assigns `article_path` runs once per article;
any other notebook (a corpus notebook, say) runs once per full `make report`, into
`reports/corpus/`. Parameters are injected papermill's way, as a cell tagged
`injected-parameters` after the `parameters` cell, so the notebooks also run under papermill.
The notebooks run in parallel, each on its own kernel. A notebook that fails still gets its
HTML, with the error shown at the top and in its cell; the command names the cell and exits
non-zero.
"""
from __future__ import annotations

import argparse
import asyncio
import codecs
import html
import os
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nbformat
from jupyter_client.manager import AsyncKernelManager
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

ROOT = Path(__file__).resolve().parent.parent
PER_ARTICLE = re.compile(r"^article_path\s*=", re.MULTILINE)
ASSIGNED = re.compile(r"^([A-Za-z_]\w*)\s*=", re.MULTILINE)


class NotebookFailed(RuntimeError):
    """A notebook cell raised while the report was being built."""


@dataclass(frozen=True)
class Job:
    """One notebook to execute with its parameters, and the HTML it becomes."""

    notebook: Path
    parameters: dict[str, Any]
    target: Path


def parameters_cell(nb: nbformat.NotebookNode) -> int | None:
    """Index of the cell tagged `parameters`, or None."""
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "code" and "parameters" in cell.get("metadata", {}).get("tags", []):
            return i
    return None


def declared_parameters(nb: nbformat.NotebookNode) -> list[str]:
    """Names the `parameters` cell assigns."""
    i = parameters_cell(nb)
    return [] if i is None else ASSIGNED.findall(nb.cells[i].source)


def runs_per_article(notebook: Path) -> bool:
    """True when the notebook's `parameters` cell assigns `article_path`."""
    nb = nbformat.read(notebook, as_version=4)
    i = parameters_cell(nb)
    return i is not None and bool(PER_ARTICLE.search(nb.cells[i].source))


def inject_parameters(nb: nbformat.NotebookNode, parameters: dict[str, Any]) -> None:
    """Insert `parameters` (those the notebook declares) after its `parameters` cell."""
    declared = set(declared_parameters(nb))
    lines = [f"{name} = {value!r}" for name, value in parameters.items() if name in declared]
    if not lines:
        return
    cell = nbformat.v4.new_code_cell("# Parameters\n" + "\n".join(lines))
    cell.metadata["tags"] = ["injected-parameters"]
    position = parameters_cell(nb)
    nb.cells.insert(len(nb.cells) if position is None else position + 1, cell)


def _failing_cell(nb: nbformat.NotebookNode) -> str:
    for number, cell in enumerate(nb.cells, start=1):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                first_line = cell.source.strip().splitlines()[0] if cell.source.strip() else ""
                return f"cell {number} ({first_line[:60]!r}): {output['ename']}: {output['evalue']}"
    return "a cell failed"


async def execute_notebook(notebook: Path, parameters: dict[str, Any] | None = None, extra_cells: tuple[str, ...] = (),
                           timeout: int = 900) -> tuple[nbformat.NotebookNode, str | None]:
    """Run `notebook` top to bottom in its own folder with `parameters` injected and
    `extra_cells` appended; return the executed notebook and the failure (None if it ran)."""
    nb = nbformat.read(notebook, as_version=4)
    inject_parameters(nb, parameters or {})
    nb.cells.extend(nbformat.v4.new_code_cell(source) for source in extra_cells)
    with tempfile.TemporaryDirectory(prefix="kernel-") as sockets:
        client = NotebookClient(nb, km=_kernel_manager(Path(sockets)), timeout=timeout,
                                resources={"metadata": {"path": str(Path(notebook).parent.resolve())}})
        try:
            await client.async_execute()
        except CellExecutionError:
            return nb, _failing_cell(nb)
    return nb, None


def _kernel_manager(sockets: Path) -> AsyncKernelManager:
    """A kernel that talks over Unix sockets in `sockets` where there are any: kernels started
    side by side over TCP can lose a port they were given to another connection before they
    bind it (jupyter_client issue 487), and that kernel never answers."""
    if os.name != "posix":
        return AsyncKernelManager(kernel_name="python3")
    return AsyncKernelManager(kernel_name="python3", transport="ipc", connection_file=str(sockets / "kernel.json"))


def export_html(nb: nbformat.NotebookNode, target: Path, failure: str | None = None) -> Path:
    """Write `nb` as HTML with its code shown; a failure is announced at the top."""
    from nbconvert import HTMLExporter

    if failure:
        banner = nbformat.v4.new_markdown_cell(f"**This notebook failed** at {html.escape(failure)}. "
                                               "The error is shown below, in that cell's output.")
        nb.cells.insert(0, banner)
    exporter = HTMLExporter(template_name="lab")
    exporter.mathjax_url = ""
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": target.stem}})
    # The lab template loads MathJax and RequireJS from a CDN; the notebooks need neither,
    # and a report must open offline without console errors.
    body = re.sub(r'<script[^>]*src="(?:https?://[^"]*)?"[^>]*>\s*</script>', "", body)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(body, encoding="utf-8")
    return target


def build_report(notebook: Path, out_dir: Path, parameters: dict[str, Any] | None = None) -> Path:
    """Execute one notebook and write `<out_dir>/<name>.html`; raise NotebookFailed (after
    writing the HTML, error included) when a cell fails."""
    nb, failure = asyncio.run(execute_notebook(Path(notebook), parameters))
    target = export_html(nb, Path(out_dir) / f"{Path(notebook).stem}.html", failure)
    if failure:
        raise NotebookFailed(f"{notebook}: {failure}")
    return target


def notebooks_in(folder: Path) -> list[Path]:
    """The notebooks of `folder`, in their numbered order."""
    return sorted(p for p in Path(folder).glob("*.ipynb") if not p.name.startswith("."))


def plan(articles: list[Path], notebooks: list[Path], out_root: Path, corpus: bool,
         corpus_input: Path | None = None, encoding: str | None = None,
         corpus_encoding: str | None = None) -> list[Job]:
    """Every notebook run: the per-article notebooks once per article, the others once (on
    `corpus_input`, given as their `corpus` parameter, when there is one); `encoding` and
    `corpus_encoding`, when given, are passed as `article_encoding` and as `encoding`."""
    jobs = []
    per_article = [nb for nb in notebooks if runs_per_article(nb)]

    def seen_from(nb: Path, path: Path) -> str:
        # Paths as the notebook, which runs in its own folder, reaches them: no machine's paths in a report.
        return os.path.relpath(path.resolve(), nb.parent.resolve())

    for article in articles:
        out_dir = out_root / article.stem
        for nb in per_article:
            jobs.append(Job(nb, {"article_path": seen_from(nb, article), "output_dir": seen_from(nb, out_dir),
                                 **({"article_encoding": encoding} if encoding else {})},
                            out_dir / f"{nb.stem}.html"))
    if corpus:
        out_dir = out_root / "corpus"
        # `corpus` is a path from the project folder, as the corpus notebooks take it
        given = {} if corpus_input is None else {"corpus": os.path.relpath(corpus_input.resolve(), ROOT)}
        if corpus_encoding:
            given["encoding"] = corpus_encoding
        jobs += [Job(nb, {"output_dir": seen_from(nb, out_dir), **given}, out_dir / f"{nb.stem}.html")
                 for nb in notebooks if nb not in per_article]
    return jobs


async def _run(jobs: list[Job], articles: list[Path], out_root: Path, workers: int,
               encoding: str | None = None) -> list[str]:
    gate = asyncio.Semaphore(workers)
    failures: list[str] = []

    async def notebook(job: Job) -> None:
        async with gate:
            started = time.perf_counter()
            try:
                nb, failure = await execute_notebook(job.notebook, job.parameters)
            except Exception as err:  # unreadable notebook, dead kernel: the other notebooks go on
                nb, failure = nbformat.v4.new_notebook(), f"{type(err).__name__}: {err}"
            export_html(nb, job.target, failure)
        if failure:
            failures.append(f"{job.target}: {job.notebook.name}: {failure}")
            print(f"FAILED {job.target} ({job.notebook.name}: {failure})", file=sys.stderr, flush=True)
        else:
            print(f"wrote {job.target} ({time.perf_counter() - started:.1f} s)", flush=True)

    async def reader(article: Path) -> None:
        # A process of its own: matplotlib is not thread-safe, and it runs beside the kernels.
        target = out_root / article.stem / "index.html"
        async with gate:
            process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "helpers.reader", str(article), str(target.parent), *([encoding] if encoding else []),
                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE, cwd=ROOT)
            _, err = await process.communicate()
        if process.returncode == 0:
            print(f"wrote {target}", flush=True)
            return
        error = err.decode("utf-8", "replace").strip()
        last = error.splitlines()[-1] if error else f"exit status {process.returncode}"
        failures.append(f"{target}: {last}")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("<!doctype html><meta charset='utf-8'><title>report failed</title>"
                          f"<h1>The report of {html.escape(article.name)} failed</h1>"
                          f"<pre>{html.escape(error)}</pre>", encoding="utf-8")
        print(f"FAILED {target}: {last}", file=sys.stderr, flush=True)

    await asyncio.gather(*(notebook(job) for job in jobs), *(reader(a) for a in articles))
    return failures


def build_reports(articles: list[Path], out_root: Path = ROOT / "reports", notebooks: Path = ROOT / "notebooks",
                  corpus: bool = False, workers: int | None = None, corpus_input: Path | None = None,
                  encoding: str | None = None, corpus_encoding: str | None = None) -> list[str]:
    """Write the reports of `articles`, read as `encoding` (None: UTF-8), and, with `corpus`, run
    the corpus notebooks once, on `corpus_input` if given, read as `corpus_encoding`; return the
    failures, one line each."""
    for article in articles:
        if not article.is_file():
            raise FileNotFoundError(f"{article}: article file not found")
    if corpus_input is not None and not corpus_input.exists():
        raise FileNotFoundError(f"{corpus_input}: corpus file or folder not found")
    for name in (n for n in (encoding, corpus_encoding) if n is not None):
        try:
            codecs.lookup(name)
        except LookupError:
            raise ValueError(f"unknown encoding {name!r}") from None
    jobs = plan(articles, notebooks_in(notebooks), Path(out_root), corpus, corpus_input, encoding, corpus_encoding)
    workers = workers or int(os.environ.get("REPORT_JOBS", 0)) or 2 * (os.cpu_count() or 1)
    return asyncio.run(_run(jobs, articles, Path(out_root), workers, encoding))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m helpers.report", description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", nargs="*", type=Path,
                        help="article .txt files (default: every .txt directly in data/, and the corpus notebooks)")
    parser.add_argument("--out", type=Path, default=ROOT / "reports", help="reports folder (default: reports/)")
    parser.add_argument("--notebooks", type=Path, default=ROOT / "notebooks", help="notebooks folder")
    parser.add_argument("--corpus", type=Path, default=None,
                        help="run the corpus notebooks on this file or folder (default: the shipped sample)")
    parser.add_argument("--encoding", default=None,
                        help="encoding of the articles and the --corpus named here, e.g. cp1256 for Windows-1256 "
                             "(default: UTF-8; the shipped articles and sample are read as UTF-8 whatever is given)")
    parser.add_argument("--jobs", type=int, default=None, help="notebooks run at once (default: twice the CPU count)")
    args = parser.parse_args(argv)
    everything = not args.articles or args.corpus is not None
    articles = args.articles or sorted((ROOT / "data").glob("*.txt"))
    # an encoding is for the files named here: the shipped ones are UTF-8, and read as another they would garble
    encoding = args.encoding if args.articles else None
    corpus_encoding = args.encoding if args.corpus is not None else None
    if args.encoding and not (encoding or corpus_encoding):
        print(f"--encoding {args.encoding}: no article or --corpus named, so nothing is read in it "
              "(the shipped articles and sample are UTF-8)", file=sys.stderr)
    started = time.perf_counter()
    try:
        failures = build_reports(articles, args.out, args.notebooks, corpus=everything, workers=args.jobs,
                                 corpus_input=args.corpus, encoding=encoding, corpus_encoding=corpus_encoding)
    except (FileNotFoundError, ValueError) as err:
        print(err, file=sys.stderr)
        return 2
    print(f"{len(articles)} article(s) in {time.perf_counter() - started:.1f} s; "
          f"{len(failures)} failure(s)", file=sys.stderr if failures else sys.stdout)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
