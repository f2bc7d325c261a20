// Verify Data Integrity (eddsa-rdfc-2022) credentials with Digital Bazaar's libraries
// (@digitalbazaar/vc, @digitalbazaar/data-integrity, @digitalbazaar/eddsa-rdfc-2022-cryptosuite):
// an implementation independent of ours (pyld + cryptography) that checks what we issue.
//
// Reads on stdin {"contexts": {url: document}, "dids": {did: DID document},
// "statusLists": {url: status list credential with its proof}, "documents": [credential, ...]}
// and prints a JSON array with, for each credential, {"verified": bool, "revoked": bool|null,
// "errors": [message, ...]}. A credential with a credentialStatus has its status list verified
// (its own proof, the same issuer) and its bit read by @digitalbazaar/vc-bitstring-status-list.
//
// Offline: the document loader serves only the JSON-LD contexts, DID documents and status lists
// it was given; any other URL is an error, never a fetch.
//
// The library's defaults throughout: its CredentialIssuancePurpose (the key is listed under the
// DID document's assertionMethod and its controller, did:web:<host>, is the credential's
// issuer.id), and @digitalbazaar/vc-bitstring-status-list's checkStatus, which verifies the
// status list credential itself with that same purpose and requires its issuer to be the
// credential's. Nothing is relaxed (docs/decisions/0016, 0019).
import * as vc from "@digitalbazaar/vc";
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { cryptosuite as eddsaRdfc2022 } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import { checkStatus } from "@digitalbazaar/vc-bitstring-status-list";

function documentLoaderFor({ contexts, dids, statusLists }) {
  return async (url) => {
    if (Object.hasOwn(contexts, url)) {
      return { contextUrl: null, documentUrl: url, document: contexts[url] };
    }
    if (Object.hasOwn(statusLists, url)) {
      return { contextUrl: null, documentUrl: url, document: statusLists[url] };
    }
    const [did, fragment] = url.split("#");
    if (Object.hasOwn(dids, did)) {
      const document = dids[did];
      if (fragment === undefined) {
        return { contextUrl: null, documentUrl: url, document };
      }
      const method = (document.verificationMethod || []).find((m) => m.id === url);
      if (method) {
        return {
          contextUrl: null,
          documentUrl: url,
          document: { "@context": document["@context"], ...method },
        };
      }
    }
    throw new Error(`Offline document loader: ${url} is not bundled.`);
  };
}

function messages(error) {
  if (!error) {
    return [];
  }
  const errors = Array.isArray(error) ? error : [error];
  return errors.flatMap((e) => [e.message, ...messages(e.errors)]);
}

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", async () => {
  const { contexts, dids, statusLists = {}, documents } = JSON.parse(input);
  const documentLoader = documentLoaderFor({ contexts, dids, statusLists });
  const suite = new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 });
  // No purpose and no status options given: the libraries' defaults.
  const verify = (credential) =>
    vc.verifyCredential({ credential, suite, documentLoader, checkStatus });
  const results = [];
  for (const credential of documents) {
    try {
      const result = await verify(credential);
      const errors = messages(result.error);
      for (const proofResult of result.results || []) {
        errors.push(...messages(proofResult.error));
      }
      if (result.statusResult && result.statusResult.error) {
        errors.push(...messages(result.statusResult.error));
      }
      // One result per status entry: revoked when a revocation entry's bit is set.
      const statuses = result.statusResult ? result.statusResult.results || [] : null;
      const revoked = statuses
        ? statuses.some((s) => s.credentialStatus.statusPurpose === "revocation" && s.status)
        : null;
      results.push({ verified: result.verified, revoked, errors });
    } catch (error) {
      results.push({ verified: false, revoked: null, errors: messages(error) });
    }
  }
  process.stdout.write(JSON.stringify(results));
});
