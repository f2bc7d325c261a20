"""The issuer as a ``did:web`` DID: a key a verifier can find from the credential alone.

Open Badges 3.0 ("JSON Web Token Proof Format": "Create the JOSE Header", "Verify a
Credential") makes the JWS header's ``kid`` "a URI that can be dereferenced to an object of type
JWK representing the public key", and allows an HTTP URL or a DID URL for it. Ours is a DID URL,
``did:web:<host>#<key id>``, and the DID document that lists the keys is served at
``/.well-known/did.json`` (the did:web method spec, "Read (Resolve)": the host, the colon before
a port percent-encoded, ``https://`` before it and ``/.well-known/did.json`` after it).

Choices, each from a specification:

- Verification methods are ``JsonWebKey`` with ``publicKeyJwk`` rather than ``Multikey``:
  Securing VCs using JOSE and COSE ("Using Controlled Identifier Documents") requires that
  type and property for keys that verify a JOSE-secured credential, and a JOSE library takes
  the JWK as it is. The ``@context`` is the DID 1.0 one and the JWK vocabulary
  (``https://w3id.org/security/jwk/v1``), as in that specification's did:web example.
- Every key ever used stays listed, under ``verificationMethod`` and ``assertionMethod``
  (issuing a credential is an assertion): a retired key still verifies the credentials it
  signed. None is marked ``revoked``, which in the Controlled Identifiers spec means "no
  longer to be used for verification".
- The host is the site's configured address (``SITE_BASE_URL``), never a request's Host
  header: a spoofed header must not change whose keys these are.
- The DID is the issuer's id: a credential's and a status list's ``issuer.id`` (and a VC-JWT's
  ``iss``) and the controller of every key, as a verifier's default check wants them equal
  (docs/decisions/0016). ``alsoKnownAs`` names the issuer's profile URL, the id of credentials
  issued before, which stay the issuer's.
"""

from __future__ import annotations

from urllib.parse import quote, urlsplit

from frontline.site import base_url

DID_CONTEXT = "https://www.w3.org/ns/did/v1"
JWK_CONTEXT = "https://w3id.org/security/jwk/v1"


def issuer_did() -> str:
    """``did:web:<host>`` for the site's address, ``did:web:<host>%3A<port>`` with a port.

    Only the host and port: the DID resolves at the domain's root (``/.well-known/did.json``),
    where this site serves it; ``manage.py check --deploy`` warns when the address has a path."""
    parts = urlsplit(base_url())
    authority = parts.netloc.rpartition("@")[2].lower()
    return "did:web:" + quote(authority, safe="")


def key_url(kid: str) -> str:
    """The DID URL of a signing key: what a credential's JWS header carries as ``kid``."""
    return f"{issuer_did()}#{kid}"


def key_name(kid: str) -> str:
    """The key's name in the key file for a JWS header's ``kid``: the fragment of a DID URL of
    this issuer (credentials signed since keys were published as did:web), or the bare name
    itself (credentials signed before, which carry it and must keep verifying). A DID URL of
    any other DID names none of our keys: ``""``."""
    did, hash_sign, fragment = kid.partition("#")
    if not hash_sign:
        return kid
    return fragment if did == issuer_did() else ""


def did_document(public_keys: dict[str, dict], also_known_as: list[str]) -> dict:
    """The DID document of the issuer: ``public_keys`` maps each key's name to its public JWK
    (never the private half), in the order they were created."""
    did = issuer_did()
    methods = [
        {
            "id": key_url(kid),
            "type": "JsonWebKey",
            "controller": did,
            "publicKeyJwk": jwk,
        }
        for kid, jwk in public_keys.items()
    ]
    return {
        "@context": [DID_CONTEXT, JWK_CONTEXT],
        "id": did,
        "alsoKnownAs": also_known_as,
        "verificationMethod": methods,
        "assertionMethod": [method["id"] for method in methods],
    }
