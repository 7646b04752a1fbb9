"""A long text is compressed before it is sealed, padded after, and a value sealed the
older way, uncompressed, still opens."""

from __future__ import annotations

import os

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from coachconn.core.errors import IntegrityFailure
from coachconn.storage import crypto

# A fictional session's talk, long enough to be compressed.
LONG = "\n".join(
    f"[00:{i // 60:02d}:{i % 60:02d}] Coach: What would a good week look like, Mara? ({i})"
    for i in range(400)
)


def _cipher() -> crypto.FieldCipher:
    return crypto.FieldCipher(crypto.generate_key())


def test_a_long_text_is_sealed_compressed_and_opens_to_the_same_text() -> None:
    cipher = _cipher()
    sealed = cipher.seal("session_transcripts", "raw_text", LONG)
    assert sealed[:1] == crypto.FORMAT_V2
    assert len(sealed) < len(LONG.encode()) / 4
    assert cipher.open("session_transcripts", "raw_text", sealed) == LONG


def test_a_short_text_is_sealed_as_before() -> None:
    cipher = _cipher()
    sealed = cipher.seal("notes", "text", "Mara wants Fridays free.")
    assert sealed[:1] == crypto.FORMAT_V1
    assert len(sealed) == 1 + crypto.NONCE_BYTES + len("Mara wants Fridays free.") + 16


def test_a_value_sealed_uncompressed_by_an_earlier_version_still_opens() -> None:
    key = crypto.generate_key()
    nonce = os.urandom(crypto.NONCE_BYTES)
    aad = crypto.field_aad("session_transcripts", "analysis")
    older = b"\x01" + nonce + AESGCM(key).encrypt(nonce, LONG.encode(), aad)
    assert crypto.FieldCipher(key).open("session_transcripts", "analysis", older) == LONG


def test_a_compressed_value_relabelled_as_uncompressed_fails_its_check() -> None:
    cipher = _cipher()
    sealed = cipher.seal("session_transcripts", "raw_text", LONG)
    with pytest.raises(IntegrityFailure):
        cipher.open("session_transcripts", "raw_text", crypto.FORMAT_V1 + sealed[1:])


def test_a_compressed_value_moved_to_another_column_fails_its_check() -> None:
    cipher = _cipher()
    sealed = cipher.seal("session_transcripts", "raw_text", LONG)
    with pytest.raises(IntegrityFailure):
        cipher.open("session_transcripts", "analysis", sealed)


def test_compressed_lengths_are_padded_to_coarse_steps() -> None:
    # Texts that compress to slightly different lengths seal to the same length: the
    # length tells the compressed size only to within a step.
    cipher = _cipher()
    lengths = {
        len(cipher.seal("session_transcripts", "raw_text", LONG + " Mara." * n)) for n in range(8)
    }
    assert len(lengths) == 1
    (length,) = lengths
    assert (length - 1 - crypto.NONCE_BYTES - 16) % crypto.MIN_PAD_STEP == 0
