# `make run` and `make test` bootstrap .venv themselves; nothing else is needed on a fresh machine
# beyond Python 3.11+ (and, for the GUI tests, the Qt system libraries that .ci/run installs).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench screenshots bundle translations clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

translations: $(STAMP)
	$(PY) -m evidencija.i18n.build

run: $(STAMP) translations
	$(PY) -m evidencija $(ARGS)

# pytest exits 5 when no test ran; that must never pass as green.
test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n auto $(PYTEST_ARGS); rc=$$?; \
	  if [ $$rc -eq 5 ]; then echo "no tests ran"; exit 1; fi; exit $$rc

lint: $(STAMP)
	$(PY) -m ruff check src tests

bench: $(STAMP)
	$(PY) -m bench.run $(ARGS)

# One-folder desktop bundle in dist/evidencija; its --self-test proves it complete.
bundle: $(STAMP) translations
	$(PY) -m pip install --quiet 'pyinstaller>=6.5'
	$(PY) -m PyInstaller --noconfirm --distpath dist --workpath build installer/evidencija.spec

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m evidencija.ui.screenshots --out docs/screenshots

clean:
	rm -rf $(VENV) build dist .pytest_cache
