"""The issuer's Ed25519 signing keys, and VC-JWT signing and checking with jwcrypto.

Keys live in a JSON file (``CERTIFICATE_SIGNING_KEYS_FILE``, a secret mounted in production):
``{"current": kid, "keys": [JWK, ...]}``. Rotation adds a key and makes it current; older keys
stay in the file, their private half may be dropped, and all of them stay published — in the
JWKS and in the issuer's DID document (``certificates.did``) — so every certificate ever signed
keeps verifying by its ``kid``.

A key has a name (``20250611-<thumbprint>``), what ``Certificate.signing_kid`` records. The JWS
header's ``kid`` is the key's DID URL (``did:web:<host>#<name>``), which a verifier resolves;
credentials signed before that carry the bare name, and both are accepted. Development and tests
create the file on first use (``CERTIFICATE_SIGNING_KEYS_AUTOCREATE``); production never does,
and ``manage.py check`` says so when the file is missing."""

from __future__ import annotations

import base64
import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.utils import timezone

from jwcrypto import jwk, jws
from jwcrypto.common import JWException

from . import did

ALG = "EdDSA"
TYP = "vc+jwt"
_lock = threading.Lock()
_cache: dict[str, tuple[float, KeySet]] = {}


class SigningKeysMissing(RuntimeError):
    pass


class SignatureInvalid(ValueError):
    """The token is not a VC-JWT this issuer signed; the message says which check failed."""


@dataclass(frozen=True)
class KeySet:
    current: str
    keys: dict[str, jwk.JWK]

    @property
    def signing_key(self) -> jwk.JWK:
        return self.keys[self.current]

    def public_keys(self) -> dict[str, dict]:
        """Each key's public JWK (never ``d``) by name, oldest first."""
        return {
            kid: {**key.export_public(as_dict=True), "kid": kid, "alg": ALG}
            for kid, key in self.keys.items()
        }

    def public_jwks(self) -> dict:
        """The JWK Set: each key under its DID URL, the ``kid`` of credentials signed now, and
        under its bare name, the ``kid`` of those signed before — a JOSE library picks a key
        by the exact ``kid`` (Open Badges 3.0 implementation guide, "Key provenance": "when
        using the kid attribute, an issuer must set it to an existing key in its set"). RFC 7517
        §4.5 asks that different keys in a set have distinct ``kid`` values; one key under two
        distinct ``kid`` values keeps to it."""
        published = []
        for kid, public in self.public_keys().items():
            published.append({**public, "kid": did.key_url(kid), "use": "sig"})
            published.append({**public, "use": "sig"})
        return {"keys": published}


def new_key() -> tuple[str, dict]:
    key = jwk.JWK.generate(kty="OKP", crv="Ed25519")
    kid = f"{timezone.now():%Y%m%d}-{key.thumbprint()[:12]}"
    data = key.export_private(as_dict=True)
    data["kid"] = kid
    return kid, data


def keys_path() -> Path:
    return Path(settings.CERTIFICATE_SIGNING_KEYS_FILE)


def write_keyfile(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    with open(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as handle:
        json.dump(data, handle, indent=2)
    temporary.replace(path)


def rotate(path: Path | None = None) -> str:
    """Add a new key and make it current; returns its kid."""
    path = path or keys_path()
    data = json.loads(path.read_text()) if path.exists() else {"keys": []}
    kid, key = new_key()
    data["keys"].append(key)
    data["current"] = kid
    write_keyfile(path, data)
    _cache.clear()
    return kid


def keyset() -> KeySet:
    path = keys_path()
    with _lock:
        if not path.exists():
            if not settings.CERTIFICATE_SIGNING_KEYS_AUTOCREATE:
                raise SigningKeysMissing(
                    f"No certificate signing keys at {path}; run `manage.py signing_keys rotate`."
                )
            rotate(path)
        mtime = path.stat().st_mtime
        cached = _cache.get(str(path))
        if cached and cached[0] == mtime:
            return cached[1]
        data = json.loads(path.read_text())
        keys = {entry["kid"]: jwk.JWK(**entry) for entry in data["keys"]}
        loaded = KeySet(current=data["current"], keys=keys)
        _cache[str(path)] = (mtime, loaded)
        return loaded


def sign(claims: dict) -> tuple[str, str]:
    """A compact JWS of ``claims`` with the current key, its DID URL as ``kid``; returns
    (token, the key's name)."""
    keys = keyset()
    token = jws.JWS(json.dumps(claims, separators=(",", ":"), ensure_ascii=False).encode())
    header = {"alg": ALG, "kid": did.key_url(keys.current), "typ": TYP}
    token.add_signature(keys.signing_key, alg=ALG, protected=json.dumps(header))
    return token.serialize(compact=True), keys.current


def _segment(part: str) -> dict:
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def unverified_header(token: str) -> dict:
    try:
        header = _segment(token.split(".")[0])
    except (ValueError, IndexError) as error:
        raise SignatureInvalid("not a compact JWS") from error
    if not isinstance(header, dict):
        raise SignatureInvalid("not a compact JWS")
    return header


def verify(token: str) -> tuple[dict, str]:
    """The claims of a token signed by one of the issuer's keys, named in the header by its DID
    URL or (credentials signed before keys had one) its bare name; returns (claims, the key's
    name)."""
    if not isinstance(token, str) or token.count(".") != 2:
        raise SignatureInvalid("not a compact JWS")
    header = unverified_header(token)
    if header.get("alg") != ALG:
        raise SignatureInvalid("unsupported algorithm")
    kid = did.key_name(header["kid"]) if isinstance(header.get("kid"), str) else ""
    key = keyset().keys.get(kid)
    if key is None:
        raise SignatureInvalid("unknown key id")
    checked = jws.JWS()
    try:
        checked.deserialize(token)
        checked.verify(key, alg=ALG)
        claims = json.loads(checked.payload)
    except (JWException, ValueError) as error:
        raise SignatureInvalid("signature does not match") from error
    if not isinstance(claims, dict):
        raise SignatureInvalid("payload is not a credential")
    return claims, kid
