import hashlib

from core.staff_auth import bearer_digest, token_digest


def test_the_digest_is_sha256_of_the_token():
    assert token_digest("abc") == hashlib.sha256(b"abc").digest()


def test_only_a_bearer_header_with_a_token_gives_a_digest():
    assert bearer_digest("Bearer  secret-token ") == token_digest("secret-token")
    assert bearer_digest("bearer secret-token") == token_digest("secret-token")
    for header in ("", "Bearer", "Bearer   ", "Basic c2VjcmV0", "secret-token"):
        assert bearer_digest(header) is None, header
