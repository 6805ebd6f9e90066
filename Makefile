# Front door: `make report` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV   ?= .venv
COMPAT ?= .venv-compat
PY      = $(VENV)/bin/python
CPY     = $(COMPAT)/bin/python

.PHONY: report test test-compat lab bench clean system-check

# Pillow's RAQM layout (used by the label-rendering test) loads the system's FriBiDi.
system-check:
	@ldconfig -p 2>/dev/null | grep -q libfribidi || { \
	  echo "missing system library libfribidi (Debian: apt-get install -y libfribidi0)"; exit 1; }

$(VENV)/.installed: pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || { \
	  echo "could not create $(VENV): on Debian install python3-venv"; exit 1; }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

report: $(VENV)/.installed
	$(PY) -m helpers.report notebooks reports

test: system-check $(VENV)/.installed
	$(VENV)/bin/ruff check helpers tests
	$(VENV)/bin/mypy
	$(PY) -m pytest

# The label test again on matplotlib 3.10, which does not shape Arabic itself.
$(COMPAT)/.installed: pyproject.toml
	@test -x $(CPY) || $(PYTHON) -m venv $(COMPAT)
	$(CPY) -m pip install --quiet --upgrade pip
	$(CPY) -m pip install --quiet -e '.[test]' 'matplotlib>=3.10,<3.11'
	touch $@

test-compat: system-check $(COMPAT)/.installed
	$(CPY) -m pytest tests/test_rendering.py

lab: $(VENV)/.installed
	$(VENV)/bin/jupyter lab notebooks

# Throughput over the SaudiNewsNet corpus (CORPUS=path to override); scripts, not tests.
CORPUS ?= ../shared/corpora/saudinewsnet
bench: $(VENV)/.installed
	for script in tests/benchmarks/bench_*.py; do $(PY) $$script $(CORPUS) || exit 1; done

clean:
	rm -rf $(VENV) $(COMPAT) reports
