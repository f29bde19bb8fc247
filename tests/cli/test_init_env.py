"""`nabij init-env` writes secrets that the settings read back exactly as written, every
time: a key the env file's reader misread would stop `make demo` on a fresh machine."""

import os

import environ

from nabij.cli import init_env


def test_the_settings_read_back_every_key_as_written(tmp_path, monkeypatch):
    for attempt in range(300):
        path = init_env(tmp_path / str(attempt))
        written = dict(line.split("=", 1) for line in path.read_text().splitlines())
        for name in written:
            monkeypatch.delenv(name, raising=False)

        environ.Env.read_env(path, overwrite=True)
        env = environ.Env()

        assert env.str("NABIJ_SECRET_KEY") == written["NABIJ_SECRET_KEY"]
        assert env.str("NABIJ_ENCRYPTION_KEY") == written["NABIJ_ENCRYPTION_KEY"]
        assert len(written["NABIJ_SECRET_KEY"]) >= 50
    for name in ("NABIJ_SECRET_KEY", "NABIJ_ENCRYPTION_KEY"):
        os.environ.pop(name, None)


def test_an_existing_env_file_is_kept(tmp_path):
    path = init_env(tmp_path)
    before = path.read_text()

    init_env(tmp_path)

    assert path.read_text() == before
    assert oct(path.stat().st_mode & 0o777) == "0o600"
