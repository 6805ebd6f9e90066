# Front door: `make report` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV   ?= .venv
COMPAT ?= .venv-compat
PY      = $(VENV)/bin/python
CPY     = $(COMPAT)/bin/python

.PHONY: report test test-compat lab bench clean

$(VENV)/.installed: pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || { \
	  echo "could not create $(VENV): on Debian install python3-venv"; exit 1; }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,scale]'
	touch $@

# make report                         every .txt directly in data/ (and the corpus notebooks, once)
# make report ARTICLE=path/to/a.txt    one article, anywhere on disk, with or without its JSON
# make report CORPUS=path              the corpus notebook on a corpus (default: the shipped sample)
# make report ARTICLE=a.txt ENCODING=cp1256   an ARTICLE (or CORPUS) named here that is not UTF-8 (the shipped ones stay UTF-8)
ARTICLE ?=
ENCODING ?=
report: $(VENV)/.installed
	$(PY) -m helpers.report $(ARTICLE) $(if $(filter command line,$(origin CORPUS)),--corpus $(CORPUS)) \
	  $(if $(ENCODING),--encoding $(ENCODING))

test: $(VENV)/.installed
	$(VENV)/bin/ruff check helpers tests
	$(VENV)/bin/mypy
	$(PY) -m pytest

# The label test again on matplotlib 3.10, which does not shape Arabic itself.
$(COMPAT)/.installed: pyproject.toml
	@test -x $(CPY) || $(PYTHON) -m venv $(COMPAT)
	$(CPY) -m pip install --quiet --upgrade pip
	$(CPY) -m pip install --quiet -e '.[test]' 'matplotlib>=3.10,<3.11'
	touch $@

test-compat: $(COMPAT)/.installed
	$(CPY) -m pytest tests/test_rendering.py

# Jupyter refuses to run as root unless told to; containers usually run as root.
lab: $(VENV)/.installed
	$(VENV)/bin/jupyter lab notebooks $(if $(filter 0,$(shell id -u)),--allow-root)

# Throughput over the SaudiNewsNet corpus (CORPUS=path to override); scripts, not tests.
CORPUS ?= ../shared/corpora/saudinewsnet
bench: $(VENV)/.installed
	for script in tests/benchmarks/bench_*.py; do $(PY) $$script $(CORPUS) || exit 1; done

clean:
	rm -rf $(VENV) $(COMPAT) reports
