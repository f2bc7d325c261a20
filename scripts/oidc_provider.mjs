// A real OpenID Connect provider on loopback, for the tests and `make agency-demo`: panva's
// certified oidc-provider (npm, pinned in package.json), with a small sign-in page of its own.
//
//   node scripts/oidc_provider.mjs --port 5611 --dir var/agency-provider
//
// The directory holds three JSON files, read again at every use so a test can change them
// while the provider runs:
//   jwks.json      {"keys": [private JWK, ...]}  the provider's signing keys
//   clients.json   [{client_id, client_secret, redirect_uris}, ...]
//   accounts.json  [{sub, email, password, email_verified, given_name, family_name,
//                    roles, disabled, mfa}, ...]
// A disabled account is refused after a right password (error=access_denied back to the
// client): the agency no longer lets that person in. It prints "ready <issuer>" when it listens.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

import Provider from 'oidc-provider';
import MemoryAdapter from 'oidc-provider/lib/adapters/memory_adapter.js';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, value, index, all) => (
    index % 2 === 0 ? [...pairs, [value.replace(/^--/, ''), all[index + 1]]] : pairs
  ), []),
);
const port = Number(args.port);
const dir = args.dir;
const issuer = `http://127.0.0.1:${port}`;
const read = (name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8'));

class Adapter extends MemoryAdapter {
  async find(id) {
    if (this.model === 'Client') {
      const client = read('clients.json').find((c) => c.client_id === id);
      return client && {
        token_endpoint_auth_method: 'client_secret_basic',
        grant_types: ['authorization_code'],
        response_types: ['code'],
        ...client,
      };
    }
    return super.find(id);
  }
}

const accountFor = (sub) => read('accounts.json').find((a) => a.sub === sub);

const provider = new Provider(issuer, {
  adapter: Adapter,
  jwks: read('jwks.json'),
  cookies: { keys: ['frontline-test-provider-cookies'] },
  scopes: ['openid', 'email', 'profile'],
  claims: {
    sid: null,
    iss: null,
    // How and when the person signed in (RFC 8176 amr, e.g. ["pwd", "otp"]): in the ID token.
    openid: ['sub', 'acr', 'amr', 'auth_time'],
    email: ['email', 'email_verified'],
    profile: ['name', 'given_name', 'family_name', 'roles'],
  },
  features: { devInteractions: { enabled: false } },
  pkce: { required: () => true },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  async findAccount(ctx, sub) {
    const account = accountFor(sub);
    if (!account || account.disabled) return undefined;
    return {
      accountId: sub,
      async claims() {
        return {
          sub,
          email: account.email,
          email_verified: account.email_verified ?? true,
          given_name: account.given_name,
          family_name: account.family_name,
          name: [account.given_name, account.family_name].filter(Boolean).join(' '),
          roles: account.roles ?? [],
        };
      },
    };
  },
  // The platform is the agency's own client: no consent page, as agencies configure it.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId
      || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId,
      accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
});

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(res, status, uid, error = '', email = '') {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Agency sign-in (test provider)</title></head>
<body><main>
<h1>Agency sign-in</h1>
<p>The agency's own identity provider (a local test provider).</p>
${error ? `<p role="alert">${escape(error)}</p>` : ''}
<form method="post" action="/interaction/${uid}/login">
<p><label for="email">Work e-mail address</label>
<input id="email" name="email" type="email" autocomplete="username" value="${escape(email)}" required></p>
<p><label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required></p>
<p><button type="submit">Sign in</button></p>
</form>
<form method="post" action="/interaction/${uid}/abort"><p><button type="submit">Cancel</button></p></form>
</main></body></html>`);
}

async function body(req) {
  let data = '';
  for await (const chunk of req) data += chunk;
  return Object.fromEntries(new URLSearchParams(data));
}

async function interaction(req, res, uid, action) {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) throw new Error('interaction mismatch');
  if (!action && req.method === 'GET') return page(res, 200, uid);
  if (action === 'abort' && req.method === 'POST') {
    return provider.interactionFinished(req, res, {
      error: 'access_denied', error_description: 'The person cancelled the sign-in.',
    }, { mergeWithLastSubmission: false });
  }
  if (action === 'login' && req.method === 'POST') {
    const form = await body(req);
    const account = read('accounts.json').find(
      (a) => a.email.toLowerCase() === String(form.email || '').toLowerCase(),
    );
    if (!account || account.password !== form.password) {
      return page(res, 400, uid, 'Wrong e-mail address or password.', form.email || '');
    }
    if (account.disabled) {
      return provider.interactionFinished(req, res, {
        error: 'access_denied', error_description: 'This account may no longer sign in.',
      }, { mergeWithLastSubmission: false });
    }
    return provider.interactionFinished(req, res, {
      login: { accountId: account.sub, amr: account.mfa ? ['pwd', 'otp'] : ['pwd'] },
    }, { mergeWithLastSubmission: false });
  }
  res.statusCode = 405;
  return res.end();
}

const handle = provider.callback();
http.createServer(async (req, res) => {
  const match = new URL(req.url, issuer).pathname.match(/^\/interaction\/([\w-]+)(?:\/(login|abort))?$/);
  if (!match) return handle(req, res);
  try {
    return await interaction(req, res, match[1], match[2]);
  } catch (error) {
    res.statusCode = 400;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    return res.end(`This sign-in cannot go on: ${error.message}`);
  }
}).listen(port, '127.0.0.1', () => console.log(`ready ${issuer}`));

for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => process.exit(0));
