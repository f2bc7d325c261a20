"""Data Integrity proofs with the ``eddsa-rdfc-2022`` cryptosuite, beside the VC-JWT.

The same credential the VC-JWT carries, secured instead by an embedded ``proof`` that linked-data
verifiers (wallets, Digital Bazaar's ``@digitalbazaar/vc`` and others) check without JOSE. The
algorithms are those of W3C "Data Integrity EdDSA Cryptosuites v1.0", §3.3 (eddsa-rdfc-2022):

- transformation: the document without its proof, canonicalised with RDFC-1.0 (pyld's
  ``normalize``, algorithm URDNA2015 — the same algorithm under its earlier name — output as
  N-Quads);
- proof configuration: ``type`` DataIntegrityProof, ``cryptosuite`` eddsa-rdfc-2022,
  ``created``, ``verificationMethod`` and ``proofPurpose`` assertionMethod, with the document's
  ``@context``, canonicalised the same way;
- hashing: SHA-256 of the canonical proof configuration followed by SHA-256 of the canonical
  document (64 bytes);
- serialisation: an Ed25519 signature over those bytes, with the issuer's current key
  (``certificates.signing``), as multibase base58btc (``z`` and base58, Bitcoin alphabet).

The verification method is the key's DID URL (``did.key_url``), the same ``kid`` the VC-JWT
header names, resolved through the issuer's ``did:web`` document; every key ever used stays
there, so a proof made with a retired key keeps verifying.

JSON-LD processing never goes to the network: the contexts our documents use are bundled in
``contexts/`` (their published bytes) and an unknown context URL is an error, not a fetch (a
verifier that fetched whatever a presented document names could be made to call anywhere)."""

from __future__ import annotations

import copy
import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path

from django.utils import timezone

from cryptography.exceptions import InvalidSignature
from pyld import jsonld

from . import credentials, did, signing
from .credentials import OB_CONTEXT, VC_CONTEXT

PROOF_TYPE = "DataIntegrityProof"
CRYPTOSUITE = "eddsa-rdfc-2022"
PROOF_PURPOSE = "assertionMethod"
CONTEXTS_DIR = Path(__file__).with_name("contexts")
# URL → the published bytes of that context, bundled (docs/decisions/0019): the VC Data Model
# 2.0 context (as Digital Bazaar's @digitalbazaar/credentials-context 3.2.0 ships it) and the
# Open Badges 3.0.3 context (1EdTech's openbadges-specification, published branch).
BUNDLED_CONTEXTS = {
    VC_CONTEXT: "credentials-v2.jsonld",
    OB_CONTEXT: "ob-v3p0-context-3.0.3.json",
}
BASE58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
SIGNATURE_LENGTH = 64
_loaded: dict[str, dict] = {}


class ProofUnreadable(ValueError):
    """Not a Data Integrity credential this issuer can check at all (no proof, another proof
    type or cryptosuite, a proof value that is not base58btc, a context we do not hold): the
    request was wrong, and the message says how."""


class ProofInvalid(ValueError):
    """A proof that was checked and does not hold: the document was changed after signing, or
    the key is not one of ours."""


class UnknownContext(ProofUnreadable):
    pass


def load_context(url: str, options: dict | None = None) -> dict:
    """pyld's document loader: a bundled context, or ``UnknownContext`` — never a fetch."""
    name = BUNDLED_CONTEXTS.get(url)
    if name is None:
        raise UnknownContext(_unknown(url))
    if url not in _loaded:
        _loaded[url] = json.loads((CONTEXTS_DIR / name).read_text(encoding="utf-8"))
    return {"contextUrl": None, "documentUrl": url, "document": copy.deepcopy(_loaded[url])}


def _known() -> str:
    return ", ".join(sorted(BUNDLED_CONTEXTS))


def _unknown(url) -> str:
    return f"unknown JSON-LD context {url!r}: only {_known()} are accepted"


def _check_contexts(document: dict) -> None:
    """The document's own ``@context`` names only bundled contexts (a clear message before
    pyld would wrap the loader's refusal in its own)."""
    contexts = document.get("@context")
    if contexts is None:
        raise ProofUnreadable("the document has no @context")
    for entry in contexts if isinstance(contexts, list) else [contexts]:
        if isinstance(entry, str) and entry not in BUNDLED_CONTEXTS:
            raise UnknownContext(_unknown(entry))


def canonicalise(document: dict) -> str:
    """RDFC-1.0 canonical N-Quads of a JSON-LD document, with the bundled contexts only.

    In "safe mode", as Digital Bazaar's verifiers are: a property no context defines, or a
    ``type`` that is no absolute IRI, is an error rather than silently left out of what is
    signed (else it could be added or changed without breaking the signature)."""
    _check_contexts(document)
    dropped: list = []
    refused: list = []

    def load(url, options=None):
        try:
            return load_context(url, options)
        except UnknownContext:
            refused.append(url)  # pyld wraps the refusal in its own error: keep the reason
            raise

    options = {"documentLoader": load}
    try:
        expanded = jsonld.expand(document, options, on_property_dropped=dropped.append)
        if refused:
            raise UnknownContext(_unknown(refused[0]))
        if dropped:
            names = ", ".join(sorted({str(name) for name in dropped}))
            raise ProofUnreadable(f"properties no context defines: {names}")
        relative = sorted(_relative_types(expanded))
        if relative:
            raise ProofUnreadable(f"types no context defines: {', '.join(relative)}")
        return jsonld.normalize(
            expanded, {**options, "algorithm": "URDNA2015", "format": "application/n-quads"}
        )
    except jsonld.JsonLdError as error:
        if refused:
            raise UnknownContext(_unknown(refused[0])) from error
        raise ProofUnreadable(
            f"not a JSON-LD document that can be canonicalised ({error.type})"
        ) from error
    except RecursionError as error:
        raise ProofUnreadable("the document is nested too deeply") from error


def _relative_types(node) -> set[str]:
    found = set()
    if isinstance(node, list):
        for item in node:
            found |= _relative_types(item)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key == "@type" and "@value" not in node:
                types = value if isinstance(value, list) else [value]
                found |= {t for t in types if isinstance(t, str) and ":" not in t}
            else:
                found |= _relative_types(value)
    return found


def _hash_data(document: dict, proof_config: dict) -> bytes:
    config = {"@context": document.get("@context"), **proof_config}
    config_hash = hashlib.sha256(canonicalise(config).encode("utf-8")).digest()
    document_hash = hashlib.sha256(canonicalise(document).encode("utf-8")).digest()
    return config_hash + document_hash


def base58_encode(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    encoded = ""
    while number:
        number, remainder = divmod(number, 58)
        encoded = BASE58_ALPHABET[remainder] + encoded
    # Each leading zero byte is a leading "1".
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + encoded


def base58_decode(text: str) -> bytes:
    number = 0
    for character in text:
        position = BASE58_ALPHABET.find(character)
        if position < 0:
            raise ValueError(f"{character!r} is not a base58 character")
        number = number * 58 + position
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    return b"\0" * (len(text) - len(text.lstrip("1"))) + body


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def add_proof(document: dict, created: datetime | None = None) -> dict:
    """``document`` (a credential without a proof) with an eddsa-rdfc-2022 proof made now with
    the issuer's current key."""
    keys = signing.keyset()
    proof_config = {
        "type": PROOF_TYPE,
        "cryptosuite": CRYPTOSUITE,
        "created": _iso(created or timezone.now()),
        "verificationMethod": did.key_url(keys.current),
        "proofPurpose": PROOF_PURPOSE,
    }
    signature = keys.signing_key.get_op_key("sign").sign(_hash_data(document, proof_config))
    proof = {**proof_config, "proofValue": "z" + base58_encode(signature)}
    # A list of one: Open Badges 3.0's JSON schema requires ``proof`` to be an array (VC 2.0
    # allows either, and so does ``verify_proof``).
    return {**document, "proof": [proof]}


def verify_proof(secured: object) -> tuple[dict, str]:
    """Check the eddsa-rdfc-2022 proof of ``secured``; returns (the document without its
    proof, the key's name). ``ProofUnreadable`` when it is no such proof we can check,
    ``ProofInvalid`` when it does not hold."""
    if not isinstance(secured, dict):
        raise ProofUnreadable("a Data Integrity credential is a JSON object")
    proof = secured.get("proof")
    if isinstance(proof, list) and len(proof) == 1:
        proof = proof[0]
    if not isinstance(proof, dict):
        raise ProofUnreadable("the credential has no proof (one proof object)")
    if proof.get("type") != PROOF_TYPE or proof.get("cryptosuite") != CRYPTOSUITE:
        raise ProofUnreadable(
            f"unsupported proof: type {PROOF_TYPE} with cryptosuite {CRYPTOSUITE} is accepted"
        )
    if proof.get("proofPurpose") != PROOF_PURPOSE:
        raise ProofUnreadable(f"unsupported proof purpose: {PROOF_PURPOSE} is accepted")
    proof_value = proof.get("proofValue")
    if not isinstance(proof_value, str) or not proof_value.startswith("z"):
        raise ProofUnreadable("the proofValue is not multibase base58btc (a 'z' and base58)")
    try:
        signature = base58_decode(proof_value[1:])
    except ValueError as error:
        raise ProofUnreadable(f"the proofValue is not base58btc: {error}") from error
    if len(signature) != SIGNATURE_LENGTH:
        raise ProofUnreadable("the proofValue is not an Ed25519 signature (64 bytes)")
    created = proof.get("created")
    if created is not None and (not isinstance(created, str) or _parse_time(created) is None):
        raise ProofUnreadable("the proof's created is not a date and time")
    method = proof.get("verificationMethod")
    name = did.key_name(method) if isinstance(method, str) and "#" in method else ""
    key = signing.keyset().keys.get(name) if name else None
    if key is None:
        raise ProofInvalid("unknown key")
    document = {key_: value for key_, value in secured.items() if key_ != "proof"}
    proof_config = {key_: value for key_, value in proof.items() if key_ != "proofValue"}
    if "@context" in proof_config:
        # Data Integrity 1.0, "Verify Proof": a proof's own @context must begin the document's.
        own = proof_config.pop("@context")
        own = own if isinstance(own, list) else [own]
        stated = document.get("@context")
        stated = stated if isinstance(stated, list) else [stated]
        if stated[: len(own)] != own:
            raise ProofInvalid("the proof's @context does not match the document's")
    try:
        key.get_op_key("verify").verify(signature, _hash_data(document, proof_config))
    except InvalidSignature as error:
        raise ProofInvalid("signature does not match") from error
    return document, name


def _parse_time(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def parse_time(text: object) -> datetime | None:
    """An XML Schema dateTime with a zone (validFrom, validUntil), else None."""
    return _parse_time(text) if isinstance(text, str) else None


# The registered JWT claims that mirror the credential's own properties (credentials.py).
JWT_CLAIMS = ("iss", "jti", "sub", "nbf", "exp")


def unsigned_credential(certificate) -> dict | None:
    """The ``OpenBadgeCredential`` the certificate's VC-JWT carries, without the JWT's
    registered claims; None when the credential was erased with its holder's data."""
    if not certificate.credential:
        return None
    claims, _kid = signing.verify(certificate.credential)
    return {key: value for key, value in claims.items() if key not in JWT_CLAIMS}


def certificate_credential(certificate) -> dict | None:
    """The certificate's credential secured with an eddsa-rdfc-2022 proof made now; None once
    erased."""
    credential = unsigned_credential(certificate)
    return add_proof(credential) if credential is not None else None


def status_list_credential(list_number: int) -> dict:
    """The revocation list ``list_number`` secured with an eddsa-rdfc-2022 proof, for verifiers
    that check a Data Integrity credential's status (the VC-JWT is
    ``credentials.status_list_credential``)."""
    return add_proof(credentials.status_list_document(list_number))
