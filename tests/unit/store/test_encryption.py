"""store/cipher.py: encrypted journals through SQLCipher, the passphrase only in memory."""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest

pytest.importorskip(
    "sqlcipher3", reason="encryption needs the optional package: pip install '.[encryption]'"
)

from partnerbook.errors import UserError
from partnerbook.store import cipher
from partnerbook.store.engine import resolve_location
from partnerbook.store.migrate import FileKind, inspect_file, open_journal

TRICKY = "it's a \"quote\"; PRAGMA key='x' -- Nguyễn 合作"


@pytest.fixture(autouse=True)
def nothing_known() -> Iterator[None]:
    cipher.forget_all()
    yield
    cipher.forget_all()


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    """A journal with one person, encrypted with TRICKY (then forgotten)."""
    from partnerbook.services.encryption import encrypt_journal
    from partnerbook.store.models import Person

    path = tmp_path / "journal.sqlite"
    journal = open_journal(resolve_location(path), actor="tester")
    with journal.write() as session:
        session.add(Person(display_name="Lan Nguyễn", name_key="lan nguyen"))
    journal.close()
    encrypt_journal(resolve_location(path), cipher.Passphrase(TRICKY))
    cipher.forget_all()
    return path


def test_the_passphrase_is_never_shown_or_pickled() -> None:
    secret = cipher.Passphrase("hunter2")
    assert "hunter2" not in repr(secret)
    assert "hunter2" not in str(secret)
    assert "hunter2" not in f"{[secret]}"
    with pytest.raises(TypeError):
        pickle.dumps(secret)
    with pytest.raises(cipher.PassphraseError):
        cipher.Passphrase("")
    with pytest.raises(cipher.PassphraseError):
        cipher.Passphrase("a\x00b")


def test_quoting_keeps_the_passphrase_one_literal() -> None:
    assert cipher.quote("it's") == "'it''s'"


def test_an_encrypted_journal_is_called_encrypted_until_unlocked(encrypted: Path) -> None:
    assert inspect_file(encrypted).kind is FileKind.ENCRYPTED
    before, listing = encrypted.read_bytes(), sorted(encrypted.parent.iterdir())
    with pytest.raises(cipher.PassphraseError, match="does not open this journal"):
        cipher.unlock(encrypted, cipher.Passphrase("wrong"))
    assert encrypted.read_bytes() == before
    assert sorted(encrypted.parent.iterdir()) == listing  # no -wal, no -shm left behind
    with pytest.raises(UserError, match="not a database file"):
        open_journal(resolve_location(encrypted))
    cipher.unlock(encrypted, cipher.Passphrase(TRICKY))
    state = inspect_file(encrypted)
    assert (state.kind, state.encrypted) == (FileKind.JOURNAL, True)


def test_an_unlocked_journal_works_in_wal_mode(encrypted: Path) -> None:
    from sqlalchemy import func, select, text

    from partnerbook.store.models import Person

    cipher.unlock(encrypted, cipher.Passphrase(TRICKY))
    journal = open_journal(resolve_location(encrypted), create=False)
    try:
        with journal.read() as session:
            assert session.scalar(select(func.count()).select_from(Person)) == 1
            assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        with journal.write() as session:
            session.add(Person(display_name="Sarah O'Brien", name_key="sarah o brien"))
        assert journal.change_counter() is not None
    finally:
        journal.close()
    assert not encrypted.read_bytes().startswith(cipher.SQLITE_HEADER)
    assert b"Sarah" not in encrypted.read_bytes()


def test_random_bytes_look_encrypted_and_text_does_not(tmp_path: Path) -> None:
    noise, words = tmp_path / "noise.sqlite", tmp_path / "words.sqlite"
    noise.write_bytes(bytes(range(256)) * 16)
    words.write_text("notes\n" * 500, encoding="utf-8")
    assert inspect_file(noise).kind is FileKind.ENCRYPTED
    assert inspect_file(words).kind is FileKind.NOT_SQLITE


def test_without_the_optional_package_the_message_says_how(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(cipher, "_DBAPI", None)
    with pytest.raises(cipher.EncryptionUnavailableError) as raised:
        cipher.dbapi()
    assert raised.value.message.startswith(
        "Encryption needs the optional package: pip install 'partnerbook[encryption]'"
    )


class MemoryKeyring:
    """An in-memory keyring backend (keyring.set_keyring)."""

    def __init__(self) -> None:
        import keyring.backend

        class Backend(keyring.backend.KeyringBackend):
            priority = 1  # type: ignore[assignment]
            store: ClassVar[dict[tuple[str, str], str]] = {}

            def get_password(self, service: str, username: str) -> str | None:
                return self.store.get((service, username))

            def set_password(self, service: str, username: str, password: str) -> None:
                self.store[(service, username)] = password

            def delete_password(self, service: str, username: str) -> None:
                self.store.pop((service, username), None)

        self.backend: Any = Backend()


@pytest.fixture
def memory_keyring() -> Iterator[Any]:
    import keyring

    previous = keyring.get_keyring()
    fake = MemoryKeyring().backend
    fake.store.clear()
    keyring.set_keyring(fake)
    yield fake
    keyring.set_keyring(previous)


def test_the_keyring_remembers_the_passphrase_per_journal(
    encrypted: Path, memory_keyring: Any
) -> None:
    assert cipher.keyring_get(encrypted) is None
    assert cipher.keyring_set(encrypted, cipher.Passphrase(TRICKY))
    assert memory_keyring.store == {(cipher.KEYRING_SERVICE, str(encrypted.resolve())): TRICKY}
    remembered = cipher.keyring_get(encrypted)
    assert remembered is not None
    cipher.unlock(encrypted, remembered)
    cipher.keyring_delete(encrypted)
    assert cipher.keyring_get(encrypted) is None


class Counted:
    """Calls of one function of store/cipher.py (it is still called)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
        self.calls = 0
        original = getattr(cipher, name)

        def counted(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            return original(*args, **kwargs)

        monkeypatch.setattr(cipher, name, counted)


def test_the_passphrase_is_stretched_once_for_every_connection_of_a_process(
    encrypted: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import func, select

    from partnerbook.store.models import Person

    derived = Counted(monkeypatch, "derive_key")  # our PBKDF2, once per file
    by_sqlcipher = Counted(monkeypatch, "apply_key")  # PRAGMA key with the passphrase
    connections = Counted(monkeypatch, "keyed")
    inspect_file(encrypted)  # as every command and the app do: the file's shape first
    cipher.unlock(encrypted, cipher.Passphrase(TRICKY))
    for _ in range(2):
        journal = open_journal(resolve_location(encrypted), create=False)
        try:
            with journal.write() as session:
                session.add(Person(display_name="Ana Lima", name_key="ana lima"))
            journal.engine.dispose()  # the pool's connections gone: new ones are made
            with journal.read() as session:
                assert session.scalar(select(func.count()).select_from(Person)) >= 2
            assert journal.change_counter() is not None
        finally:
            journal.close()
    assert connections.calls >= 6  # unlock's look, inspections, the pool, the watcher
    assert derived.calls == 1
    assert by_sqlcipher.calls == 0
    # The raw key is SQLCipher's own stretch of the passphrase: each opens what was written.
    raw = cipher.derive_key(cipher.Passphrase(TRICKY), encrypted.read_bytes()[:16])
    assert raw is not None
    for key in (f"\"x'{raw}'\"", cipher.quote(TRICKY)):
        connection = cipher.dbapi().connect(encrypted)
        try:
            connection.execute(f"PRAGMA key = {key}")
            assert connection.execute("SELECT count(*) FROM people").fetchone()[0] == 3
        finally:
            connection.close()
    # ... and is kept in memory only: in no file beside the journal.
    for path in encrypted.parent.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert raw.encode() not in content and bytes.fromhex(raw) not in content, path
    cipher.forget(encrypted)
    assert not cipher._raw_keys  # gone with the passphrase


def test_a_raw_key_that_does_not_open_the_file_gives_way_to_the_passphrase(
    encrypted: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import text

    inspect_file(encrypted)
    cipher.unlock(encrypted, cipher.Passphrase(TRICKY))
    salt = next(salt for salt, _passphrase in cipher._raw_keys)
    cipher._raw_keys[(salt, TRICKY)] = "00" * 32  # as if the file were another one now
    by_sqlcipher = Counted(monkeypatch, "apply_key")
    journal = open_journal(resolve_location(encrypted), create=False)
    try:
        with journal.read() as session:
            assert session.execute(text("SELECT count(*) FROM people")).scalar() == 1
    finally:
        journal.close()
    assert by_sqlcipher.calls >= 1  # the slow way, once, and then the right raw key again
    assert cipher._raw_keys[(salt, TRICKY)] != "00" * 32


def test_a_wrong_passphrase_leaves_no_raw_key(encrypted: Path) -> None:
    inspect_file(encrypted)
    with pytest.raises(cipher.PassphraseError):
        cipher.unlock(encrypted, cipher.Passphrase("wrong"))
    assert not cipher._raw_keys
    with pytest.raises(cipher.PassphraseError):
        cipher.unlock(encrypted, cipher.Passphrase("x'" + "ab" * 32 + "'"))  # a raw key
    assert not cipher._raw_keys
    cipher.unlock(encrypted, cipher.Passphrase(TRICKY))
    assert len(cipher._raw_keys) == 1


def _opens_with_the_passphrase_alone(path: Path) -> bool:
    connection = cipher.dbapi().connect(path)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = {cipher.quote(TRICKY)}")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except cipher.DATABASE_ERRORS:
        return False
    finally:
        connection.close()
    return True


@pytest.mark.parametrize("size_check", [True, False])
def test_a_new_file_is_never_made_with_a_raw_key(
    encrypted: Path, monkeypatch: pytest.MonkeyPatch, size_check: bool
) -> None:
    """An empty file whose inode once was an encrypted journal's (inodes are reused): a raw
    key would make a database of it that the passphrase never opens."""
    inspect_file(encrypted)
    cipher.unlock(encrypted, cipher.Passphrase(TRICKY))
    salt = encrypted.read_bytes()[:16]
    fresh = encrypted.with_name("fresh.sqlite")
    fresh.touch()
    status = fresh.stat()
    cipher._salts[(status.st_dev, status.st_ino)] = salt  # as if it were that file still
    if not size_check:  # the second guard alone: the salt the file turns out to have
        monkeypatch.setattr(
            cipher, "_salt_of", lambda _path: ((status.st_dev, status.st_ino), salt)
        )
    connection = cipher.connect(fresh, key=cipher.Passphrase(TRICKY))
    try:
        connection.execute("CREATE TABLE t (x)")
        connection.commit()
    finally:
        connection.close()
    assert _opens_with_the_passphrase_alone(fresh)


def test_a_salt_no_longer_the_files_is_learnt_again(
    encrypted: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from partnerbook.store.backup import backup_file

    inspect_file(encrypted)
    cipher.unlock(encrypted, cipher.Passphrase(TRICKY))
    backup = backup_file(encrypted, encrypted.with_name("copy.sqlite"))  # a salt of its own
    assert backup.read_bytes()[:16] != encrypted.read_bytes()[:16]
    status = backup.stat()
    cipher._salts[(status.st_dev, status.st_ino)] = encrypted.read_bytes()[:16]  # stale
    derived = Counted(monkeypatch, "derive_key")
    by_sqlcipher = Counted(monkeypatch, "apply_key")
    for _ in range(3):
        connection = cipher.connect(backup, "mode=ro", key=cipher.Passphrase(TRICKY))
        try:
            assert connection.execute("SELECT count(*) FROM people").fetchone()[0] == 1
        finally:
            connection.close()
    assert by_sqlcipher.calls == 1  # the stale salt's raw key failed: the slow way once
    assert derived.calls == 1  # then the file's own salt, stretched once and kept
    assert cipher._salts[(status.st_dev, status.st_ino)] == backup.read_bytes()[:16]
