"""Encryption at rest: AES-256-GCM with envelope keys.

- The **master key** lives outside the database (key file with mode 0600, or
  ``COACHCONN_SECRET_KEY``). It only wraps other keys.
- Each **client** has a random 256-bit data key, stored wrapped by the master
  key in ``client_keys``. Destroying that row makes everything about the client
  unreadable (crypto-shredding); rotating the master key re-wraps only these.
- Coded judgements about a client (profile flags, representational system,
  session markers) are sealed too, as padded JSON.
- Each **value** is sealed with a fresh random 96-bit nonce and the table and
  column as associated data, so a value copied into another column fails its
  integrity check instead of being read in the wrong place.

Sealed layout: ``format (1 byte) | nonce (12 bytes) | ciphertext + 16-byte tag``.
Format ``0x01``: the ciphertext is of the value itself. Format ``0x02`` (a text of
``COMPRESS_FROM`` bytes or more): of the value compressed with zlib, then padded with
zero bytes to a coarse step of its compressed length (:func:`pad_step`); the format
byte is bound to it as associated data too, so it cannot be relabelled ``0x01``.
Both open: values sealed before compression came keep their format.

Why compressing does not leak more than the length already did: a ciphertext's length
tells the length of what was sealed (as it always has; judgements are padded for it),
and compressed, how well it compressed. That says something only to someone who can
put words of their own beside a secret in one value and watch the sealed length change
as they vary them, many times over (the CRIME/BREACH attacks). No such value exists
here: a long text is a session's transcript, its analysis or a coach's note, which only
the coach puts in, sealed once when saved; no one who can read the database can also
add words of their choosing to it and have it sealed again. The padding still hides
the exact compressed length, to within one part in 16.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import hmac
import json
import os
import stat
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from coachconn.config import Settings
from coachconn.core.errors import ConfigError, IntegrityFailure

KEY_BYTES = 32
NONCE_BYTES = 12
FORMAT_V1 = b"\x01"
FORMAT_V2 = b"\x02"  # compressed, then padded, then sealed
# Texts this long (in UTF-8 bytes) or longer are compressed: transcripts and their
# analyses, a long note. Shorter ones are sealed as they are, as before.
COMPRESS_FROM = 4096
MIN_PAD_STEP = 256

MISSING_KEY = "no master key: run `coachconn init` or set COACHCONN_SECRET_KEY"
WRONG_KEY = "master key does not match this database"
# What a page may tell the coach of each key problem (``ConfigError.public``): what to do,
# naming no file and no key fingerprint. The operator's message, which names them, is
# the one the command line prints and `coachconn serve` logs.
WRONG_KEY_PUBLIC = (
    "The master key does not open this practice's data: restart coachconn serve with "
    "the right key (see the log file)."
)
OLDER_DATA_PUBLIC = (
    "This practice's data is from before the master key was last changed: put the "
    "previous key back as the log file says, then restart coachconn serve."
)
MISSING_KEY_PUBLIC = (
    "coachconn has no master key for this practice: run coachconn init, then restart "
    "coachconn serve."
)
LOST_KEY_PUBLIC = (
    "The master key of this practice's data is missing: restore it from your backup "
    "(see the log file), then restart coachconn serve."
)
OPEN_KEY_FILE_PUBLIC = (
    "The master key file can be read by other users of this computer: make it readable "
    "by its owner only (see the log file), then restart coachconn serve."
)
DAMAGED_KEY_FILE_PUBLIC = (
    "A master key file of this practice is damaged: restore it from your backup "
    "(see the log file), then restart coachconn serve."
)
UNREADABLE_KEY_FILE_PUBLIC = (
    "The master key file cannot be read: make it a file the account running coachconn "
    "can read (see the log file), then restart coachconn serve."
)
BAD_ENV_KEY_PUBLIC = (
    "COACHCONN_SECRET_KEY does not hold a master key: set it to this practice's key "
    "(see the log file), then restart coachconn serve."
)
_VERIFIER_TEXT = b"coachconn master key check"
_VERIFIER_AAD = b"coachconn/v1/crypto_meta.verifier"


@dataclass(frozen=True)
class MasterKey:
    """The key that wraps client keys. ``secret`` is never printed."""

    secret: bytes = field(repr=False)
    source: Literal["env", "file", "new"] = "new"
    path: Path | None = None

    @property
    def key_id(self) -> str:
        """A public fingerprint, so the database can say which key it expects."""
        digest = hmac.new(self.secret, b"coachconn master key id", hashlib.sha256)
        return digest.hexdigest()[:16]


def generate_key() -> bytes:
    return AESGCM.generate_key(bit_length=KEY_BYTES * 8)


def encode_key(secret: bytes) -> str:
    """The text form used by the key file and ``COACHCONN_SECRET_KEY``."""
    return base64.urlsafe_b64encode(secret).decode("ascii")


def decode_key(text: str, origin: str, *, public: str | None = None) -> bytes:
    """Decode a url-safe base64 key of 32 bytes; ``origin`` names where it came from,
    and ``public`` is what a page may say of it when it holds no key."""
    try:
        secret = base64.urlsafe_b64decode(text.strip().encode("ascii"))
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise ConfigError(f"{origin} is not a url-safe base64 key", public=public) from None
    if len(secret) != KEY_BYTES:
        raise ConfigError(
            f"{origin} must hold {KEY_BYTES} bytes, found {len(secret)}", public=public
        )
    return secret


def load_master_key(settings: Settings) -> MasterKey:
    """The environment's key if set, else the key file's; :class:`ConfigError` if neither."""
    if settings.secret_key_text:
        secret = decode_key(
            settings.secret_key_text, "COACHCONN_SECRET_KEY", public=BAD_ENV_KEY_PUBLIC
        )
        return MasterKey(secret, "env")
    path = settings.key_file
    if not key_file_exists(path):
        raise ConfigError(MISSING_KEY, public=MISSING_KEY_PUBLIC)
    return MasterKey(read_key_file(path), "file", path)


def write_key_file(path: Path, secret: bytes, *, replace: bool = False) -> None:
    """Write ``secret`` to ``path`` readable by its owner only (mode 0600), and
    make it durable (file and folder fsynced) before returning.

    Refuses to overwrite an existing file unless ``replace``; a lost master key
    means lost data, so that must never happen by accident.
    """
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if replace else os.O_EXCL)
    descriptor = os.open(path, flags, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(encode_key(secret) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(path, 0o600)  # the umask may have narrowed nothing, but a reused file may be wider
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    """Make a file's creation or rename in ``folder`` survive a power cut."""
    if os.name != "posix":
        return  # Windows cannot open a folder to fsync it; NTFS journals renames
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def pending_key_file(path: Path) -> Path:
    """Where a rotation puts the new key before the database commits to it."""
    return path.with_name(path.name + ".new")


def previous_key_file(path: Path) -> Path:
    """Where a rotation keeps the key it replaced, until the operator destroys it."""
    return path.with_name(path.name + ".old")


def install_pending_key(path: Path, current: bytes) -> Path:
    """Move ``master.key.new`` into place, keeping ``current`` as ``master.key.old``.

    ``path`` holds a whole key at every moment (the old one until the atomic
    rename, the new one after), and the other key is always in a sibling file,
    so a crash at any point leaves both keys on disk. Returns the ``.old`` path.
    """
    previous = previous_key_file(path)
    write_key_file(previous, current, replace=True)
    os.replace(pending_key_file(path), path)
    fsync_dir(path.parent)
    return previous


def settle_master_key(master: MasterKey, verifier: bytes) -> MasterKey:
    """The key that opens ``verifier``: ``master`` itself, or the key a rotation
    left in ``master.key.new`` when it stopped after the database commit (the
    file swap is finished now, so the next start needs nothing).

    Raises :class:`ConfigError` otherwise, saying exactly what to do when
    ``master.key.old`` is the key the database expects.
    """
    if matches_verifier(master, verifier):
        return master
    if master.source == "file" and master.path is not None:
        pending = pending_key_file(master.path)
        candidate = _read_sibling(pending, master.path)
        if candidate is not None and matches_verifier(candidate, verifier):
            with contextlib.suppress(FileNotFoundError):  # another process finished it
                install_pending_key(master.path, master.secret)
            return candidate
        previous = previous_key_file(master.path)
        older = _read_sibling(previous, master.path)
        if older is not None and matches_verifier(older, verifier):
            raise ConfigError(
                _older_key_instruction(master.path, previous), public=OLDER_DATA_PUBLIC
            )
        raise wrong_key()
    raise wrong_key(f"{WRONG_KEY}; {WRONG_ENV_KEY_HINT}")


WRONG_ENV_KEY_HINT = "if the key was just rotated, put the new key in COACHCONN_SECRET_KEY"


def wrong_key(message: str = WRONG_KEY) -> ConfigError:
    """The error for a master key that does not open this database."""
    return ConfigError(message, public=WRONG_KEY_PUBLIC)


def _read_sibling(sibling: Path, path: Path) -> MasterKey | None:
    if not key_file_exists(sibling):
        return None
    return MasterKey(read_key_file(sibling), "file", path)


def key_file_exists(path: Path) -> bool:
    """Whether there is a key file at ``path``; :class:`ConfigError` naming it when
    that cannot be told (a folder on the way that this user may not open)."""
    try:
        return path.exists()
    except OSError as err:
        raise ConfigError(
            f"cannot look for the key file {path}: {err.strerror or err}",
            public=UNREADABLE_KEY_FILE_PUBLIC,
        ) from None


def read_key_file(path: Path) -> bytes:
    """The key in the file ``path``: :class:`ConfigError` naming the file if it is
    readable by others, cannot be read (no permission, a folder, a disk error), or
    does not hold a key (bytes that are not ASCII, not base64, not 32 bytes)."""
    try:
        check_private(path, public=OPEN_KEY_FILE_PUBLIC)
        text = path.read_text(encoding="ascii")
    except UnicodeDecodeError:
        raise ConfigError(
            f"{path} is damaged: a key file holds one line of url-safe base64, and this one "
            "holds other bytes; restore it from your backup",
            public=DAMAGED_KEY_FILE_PUBLIC,
        ) from None
    except OSError as err:
        raise ConfigError(
            f"cannot read the key file {path}: {err.strerror or err}; it must be a file "
            "readable by the user running coachconn (restore it from your backup if it "
            "was replaced)",
            public=UNREADABLE_KEY_FILE_PUBLIC,
        ) from None
    return decode_key(text, str(path), public=DAMAGED_KEY_FILE_PUBLIC)


def _older_key_instruction(path: Path, previous: Path) -> str:
    return (
        f"{WRONG_KEY}, but {previous} does: the database is from before the last key "
        "rotation (restored from a backup, or the rotation's commit was lost). "
        f"To open it, put that key back: mv {path} {path}.unused && mv {previous} {path}"
    )


def check_private(path: Path, *, public: str | None = None) -> None:
    """Refuse a secret's file that another OS account could read (or write); ``public``
    is what a page may say of it."""
    if os.name != "posix":
        return
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        raise ConfigError(
            f"{path} must be readable by its owner only: chmod 600 {path}", public=public
        )


def seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return FORMAT_V1 + nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def seal_compressed(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """Seal ``plaintext`` compressed, padded to a step of its compressed length
    (format ``0x02``; see the module's docstring for why this leaks no more)."""
    packed = zlib.compress(plaintext, 6)
    packed += bytes(-len(packed) % pad_step(len(packed)))
    nonce = os.urandom(NONCE_BYTES)
    return FORMAT_V2 + nonce + AESGCM(key).encrypt(nonce, packed, FORMAT_V2 + aad)


def pad_step(length: int) -> int:
    """The step a compressed value of ``length`` bytes is padded to: a sixteenth of the
    power of two below it, and never under ``MIN_PAD_STEP``, so from 4 KiB compressed on
    padding costs at most one part in 16, and the sealed length tells the size only to
    within a step."""
    return max(MIN_PAD_STEP, 1 << max(length.bit_length() - 5, 0))


def unseal(key: bytes, blob: bytes, aad: bytes) -> bytes:
    """Open a sealed value of either format; raises :class:`InvalidTag` if key, place
    or bytes are wrong."""
    if len(blob) < 1 + NONCE_BYTES + 16 or blob[:1] not in (FORMAT_V1, FORMAT_V2):
        raise InvalidTag()
    nonce, body = blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :]
    if blob[:1] == FORMAT_V1:
        return AESGCM(key).decrypt(nonce, bytes(body), aad)
    return _inflate(AESGCM(key).decrypt(nonce, bytes(body), FORMAT_V2 + aad))


def _inflate(packed: bytes) -> bytes:
    # What follows the zlib stream is the padding: zero bytes, left unread.
    inflater = zlib.decompressobj()
    try:
        plaintext = inflater.decompress(packed)
    except zlib.error:
        raise InvalidTag() from None
    if not inflater.eof:
        raise InvalidTag()
    return plaintext


def field_aad(table: str, column: str, row: str | None = None) -> bytes:
    """Associated data for a sealed column: the value only opens in this place,
    and, given the ``row``'s identity, only in that row."""
    place = f"coachconn/v1/{table}.{column}"
    return (place if row is None else f"{place}#{row}").encode()


def _wrap_aad(client_id: int) -> bytes:
    # Bound to the client too, so one client's wrapped key cannot stand in for another's.
    return f"coachconn/v1/client_keys/{client_id}".encode()


def wrap_data_key(master: MasterKey, client_id: int, data_key: bytes) -> bytes:
    return seal(master.secret, data_key, _wrap_aad(client_id))


def open_data_key(master: MasterKey, client_id: int, wrapped: bytes) -> bytes:
    """The client's data key; :class:`InvalidTag` if ``master`` does not open
    ``wrapped``, which is a wrong master key or a damaged row: the caller, who can
    try the database's verifier, tells which."""
    return unseal(master.secret, wrapped, _wrap_aad(client_id))


def unwrap_data_key(master: MasterKey, client_id: int, wrapped: bytes) -> bytes:
    """As :func:`open_data_key`, for a wrapped key seen without its database (a
    backup's row): one that does not open is taken for a wrong master key."""
    try:
        return open_data_key(master, client_id, wrapped)
    except InvalidTag:
        raise wrong_key() from None


def make_verifier(master: MasterKey) -> bytes:
    return seal(master.secret, _VERIFIER_TEXT, _VERIFIER_AAD)


def matches_verifier(master: MasterKey, verifier: bytes) -> bool:
    try:
        return unseal(master.secret, verifier, _VERIFIER_AAD) == _VERIFIER_TEXT
    except InvalidTag:
        return False


def check_verifier(master: MasterKey, verifier: bytes) -> None:
    """Raise :class:`ConfigError` unless ``verifier`` was made with ``master``."""
    if not matches_verifier(master, verifier):
        raise wrong_key()


class FieldCipher:
    """Seals and opens one client's text fields with that client's data key."""

    def __init__(self, data_key: bytes) -> None:
        self._key = data_key

    def __repr__(self) -> str:
        return "FieldCipher(<secret>)"

    @property
    def data_key(self) -> bytes:
        return self._key

    def seal(self, table: str, column: str, text: str, *, row: str | None = None) -> bytes:
        """Seal ``text``: compressed and padded when it is ``COMPRESS_FROM`` bytes or
        longer (format ``0x02``), as it is otherwise (``0x01``)."""
        plaintext = text.encode("utf-8")
        aad = field_aad(table, column, row)
        if len(plaintext) >= COMPRESS_FROM:
            return seal_compressed(self._key, plaintext, aad)
        return seal(self._key, plaintext, aad)

    def seal_optional(self, table: str, column: str, text: str | None) -> bytes | None:
        return None if text is None else self.seal(table, column, text)

    def open(self, table: str, column: str, blob: bytes, *, row: str | None = None) -> str:
        try:
            return unseal(self._key, blob, field_aad(table, column, row)).decode("utf-8")
        except InvalidTag:
            raise IntegrityFailure(
                f"{table}.{column}: stored value failed its integrity check"
            ) from None

    def open_optional(self, table: str, column: str, blob: bytes | None) -> str | None:
        return None if blob is None else self.open(table, column, blob)

    def seal_json(self, table: str, column: str, value: object, *, pad_to: int = 64) -> bytes:
        """Seal a JSON value (coded judgements: flags, markers), padded with
        spaces to a multiple of ``pad_to`` bytes so the ciphertext's length does
        not tell which codes it holds."""
        raw = json.dumps(value, separators=(",", ":")).encode("utf-8")
        raw += b" " * (-len(raw) % pad_to)
        return seal(self._key, raw, field_aad(table, column))

    def open_json(self, table: str, column: str, blob: bytes) -> Any:
        return json.loads(self.open(table, column, blob))
