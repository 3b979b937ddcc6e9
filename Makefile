# Two commands on a fresh machine with Python 3.11: `make run` and `make test`.
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
CORPUS ?= data/corpus
GRAPH  ?= data/graph
PORT   ?= 8050

.PHONY: run test build lint typecheck screenshot clean

$(BIN)/graphx: pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "$(PYTHON) not found: install Python 3.11 or run make PYTHON=python3"; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dask]'
	@touch $@

## Build the demo graph when missing or stale, then serve the app on 127.0.0.1:$(PORT).
run: $(BIN)/graphx
	$(BIN)/python app.py --corpus $(CORPUS) --graph $(GRAPH) --port $(PORT)

## Set up and run the whole test suite (browser tests too when --browser is given via PYTEST_ARGS).
test: $(BIN)/graphx
	$(BIN)/python -m pytest $(PYTEST_ARGS)

build: $(BIN)/graphx
	$(BIN)/graphx build $(CORPUS) --out $(GRAPH)

## Lint: ruff (style, imports, complexity <= 12), formatting, and sizes (modules <= 400 lines,
## functions <= 40 lines of code).
lint: $(BIN)/graphx
	$(BIN)/ruff check graphx tests scripts app.py
	$(BIN)/ruff format --check graphx tests scripts app.py
	$(BIN)/python scripts/check_size.py graphx

typecheck: $(BIN)/graphx
	$(BIN)/mypy --strict graphx

screenshot: $(BIN)/graphx
	$(BIN)/python scripts/screenshot.py --out docs/screenshot.png

clean:
	rm -rf $(VENV) $(GRAPH)
