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
// The proof purpose: the library's default (CredentialIssuancePurpose) also requires the key's
// controller to be the credential's issuer.id. Ours are two names of one issuer
// (docs/decisions/0016, 0019): the key's controller is did:web:<host>, issuer.id the profile
// URL https://<host>/api/v1/issuer, and the DID document names that URL in alsoKnownAs. So the
// purpose here is the library's AssertionProofPurpose (the DID document lists the key under
// assertionMethod) plus that alsoKnownAs link — the rule docs/verifying.md gives verifiers.
import * as vc from "@digitalbazaar/vc";
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { cryptosuite as eddsaRdfc2022 } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import { checkStatus as bitstringCheckStatus } from "@digitalbazaar/vc-bitstring-status-list";
import jsigs from "jsonld-signatures";

const {
  purposes: { AssertionProofPurpose },
} = jsigs;

class IssuerKnownAsControllerPurpose extends AssertionProofPurpose {
  async validate(proof, options) {
    const result = await super.validate(proof, options);
    if (!result.valid) {
      return result;
    }
    const issuer = options.document.issuer;
    const issuerId = typeof issuer === "string" ? issuer : issuer && issuer.id;
    const controller = result.controller;
    const names = [controller.id, ...(controller.alsoKnownAs || [])];
    if (!names.includes(issuerId)) {
      return {
        valid: false,
        error: new Error(`Issuer ${issuerId} is not the key's controller ${controller.id}.`),
      };
    }
    return result;
  }
}

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
  const verify = (credential, checkStatus) =>
    vc.verifyCredential({
      credential,
      suite,
      documentLoader,
      checkStatus,
      purpose: new IssuerKnownAsControllerPurpose(),
    });
  // The status list is verified here with the same purpose (the library's own check of it
  // would apply its default one), then the library reads the bit and compares the issuers.
  const checkStatus = async ({ credential }) => {
    const url = credential.credentialStatus.statusListCredential;
    const { document: list } = await documentLoader(url);
    const listResult = await verify(list);
    if (!listResult.verified) {
      return { verified: false, error: listResult.error || new Error(`${url} not verified.`) };
    }
    return bitstringCheckStatus({
      credential,
      documentLoader,
      suite,
      verifyBitstringStatusListCredential: false,
    });
  };
  const results = [];
  for (const credential of documents) {
    try {
      const result = await verify(credential, checkStatus);
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
