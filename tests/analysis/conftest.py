"""Fixtures of the analysis tests: a real PostgreSQL server, both stores, and a corpus of real
exports from three demo registers (built once per session).

`store_url` is parametrised: every test that takes it runs against SQLite and against a fresh
database on a private PostgreSQL server that the session starts (`pg_server`). When the server
binaries are missing the PostgreSQL variant fails loudly if the CI variable is set, and is skipped
with the reason otherwise.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from analysis_support import Corpus, _build_corpus

from evidencija.analysis.store import Store, open_store
from evidencija.analysis.store.pgserver import PostgresUnavailable, running_postgres


# ------------------------------------------------------------------------------ PostgreSQL
@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    try:
        with running_postgres() as server:
            yield server
    except PostgresUnavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required in CI: {exc}")
        pytest.skip(str(exc))


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'analysis-store.db'}"
    server = request.getfixturevalue("pg_server")
    return server.create_database(f"t_{uuid.uuid4().hex[:12]}")  # type: ignore[attr-defined]


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    s = open_store(store_url)
    yield s
    s.dispose()


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return _build_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture
def identity(corpus: Corpus):  # type: ignore[no-untyped-def]
    from evidencija.analysis.keys import load_identity

    return load_identity(corpus.identity_file)


@pytest.fixture
def registered(store: Store, corpus: Corpus) -> Store:
    """The store with the three corpus centres registered."""
    from evidencija.analysis.centres import add_centre

    for card in corpus.cards.values():
        add_centre(store, card)
    return store
