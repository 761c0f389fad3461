# The README's two commands: `make run` and `make test`. Both set up .venv themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501

.PHONY: run test test-floors lint format bench clean pg-start pg-stop

# Re-install only when pyproject.toml changes (stamp files).
$(VENV)/.installed: pyproject.toml
	$(BIN)/python -m pip --version >/dev/null 2>&1 || $(PYTHON) -m venv --clear $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

run: $(VENV)/.installed
	$(BIN)/streamlit run app.py --server.port $(PORT) --server.headless true --browser.gatherUsageStats false

test: $(VENV)/.installed-test
	$(BIN)/ruff check src tests app.py app_pages benchmarks
	$(BIN)/lint-imports --no-cache
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# The suite at the lowest versions pyproject.toml allows (tools/floors.py writes the constraints).
FLOORS := .venv-floors
test-floors:
	$(PYTHON) -m venv --clear $(FLOORS)
	$(FLOORS)/bin/python -m pip install --quiet --upgrade pip
	$(PYTHON) tools/floors.py > $(FLOORS)/constraints.txt
	$(FLOORS)/bin/python -m pip install --quiet -c $(FLOORS)/constraints.txt -e ".[test]"
	$(FLOORS)/bin/lint-imports --no-cache
	$(FLOORS)/bin/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests app.py app_pages benchmarks
	$(BIN)/ruff format --check src tests app.py app_pages benchmarks
	$(BIN)/lint-imports --no-cache

format: $(VENV)/.installed-test
	$(BIN)/ruff format src tests app.py app_pages benchmarks
	$(BIN)/ruff check --fix src tests app.py app_pages benchmarks

$(VENV)/.installed-bench: $(VENV)/.installed-test pyproject.toml
	$(BIN)/python -m pip install --quiet -e ".[test,bench]"
	touch $@

bench: $(VENV)/.installed-bench
	$(BIN)/python benchmarks/run.py $(if $(QUICK),--quick,)

# A throwaway PostgreSQL cluster in .pg/ for the database tests (Debian's postgresql package):
#   eval "$$(make -s pg-start)" && make test && make pg-stop
PGDIR ?= $(CURDIR)/.pg
pg-start:
	@test -f $(PGDIR)/url || .ci/pg start $(PGDIR) >/dev/null
	@echo "export EVENTMAP_TEST_POSTGRES_URL=$$(cat $(PGDIR)/url)"

pg-stop:
	.ci/pg stop $(PGDIR)

clean:
	rm -rf $(VENV) $(FLOORS) .pytest_cache build src/*.egg-info
