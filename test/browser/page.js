// The script of a page served from its own origin that calls the graph from the browser with
// fetch, as a partner's dashboard does. test/browser.test.ts serves it and reads what it found
// from #result once <body data-state> is set.
'use strict';

(function () {
  const config = JSON.parse(document.getElementById('config').textContent);
  const result = document.getElementById('result');

  /** One GraphQL request as a frontend sends it: JSON, with a bearer token when it has one. */
  async function gql(query, variables, headers) {
    const res = await fetch(config.graph, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, requestId: res.headers.get('x-request-id'), correlationId: res.headers.get('x-correlation-id'), body: await res.json() };
  }
  const bearer = (token) => ({ authorization: `Bearer ${token}` });

  /** What a fetch came to: its status, or the browser's refusal to hand the answer to this page. */
  async function attempt(request) {
    try {
      const res = await request();
      return { rejected: false, status: res.status, type: res.type };
    } catch (err) {
      return { rejected: true, name: err.name, message: String(err.message) };
    }
  }

  /** Submits a form into a hidden frame, the way a forged cross-site post arrives, and waits until the frame loaded the answer. */
  function submitForm(enctype, fields) {
    return new Promise((resolve) => {
      const frame = document.createElement('iframe');
      frame.name = `sink-${Math.random().toString(36).slice(2)}`;
      // The empty frame may report its own load first; the answer is the load of a document of
      // another origin (the gateway's), whose location the page may not read.
      frame.addEventListener('load', () => {
        try {
          void frame.contentWindow.location.href;
        } catch {
          resolve(true);
        }
      });
      document.body.appendChild(frame);
      const form = document.createElement('form');
      form.method = 'POST';
      form.action = config.graph;
      form.enctype = enctype;
      form.target = frame.name;
      for (const [name, value] of fields) {
        const input = document.createElement('input');
        input.type = 'hidden';
        input.name = name;
        input.value = value;
        form.appendChild(input);
      }
      document.body.appendChild(form);
      form.submit();
    });
  }

  const LOGIN = 'mutation Login($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { email } userErrors { field code message } } }';
  const COMPANIES =
    'query Companies($m: ID!, $after: String) { companies(marketplaceId: $m, first: 2, after: $after) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }';
  const RENAME = 'mutation Rename($input: RenameCompanyInput!) { renameCompany(input: $input) { company { id name } userErrors { field code message } } }';

  const scenarios = {
    /** An allowed origin: sign in, read, page, change, refresh the session, and the storefront without a token. */
    async dashboard() {
      const login = await gql(LOGIN, { input: { email: config.email, password: config.password } }, {});
      const session = login.body.data.login;
      const token = session.accessToken;
      const viewer = await gql('query Viewer { viewer { kind user { email } memberships { roles company { id name } } } }', {}, { ...bearer(token), 'x-correlation-id': 'dashboard-1' });
      const firstPage = await gql(COMPANIES, { m: config.marketplaceId }, bearer(token));
      const secondPage = await gql(COMPANIES, { m: config.marketplaceId, after: firstPage.body.data.companies.pageInfo.endCursor }, bearer(token));
      const rename = await gql(RENAME, { input: { companyId: config.companyId, name: config.newName } }, bearer(token));
      const readBack = await gql('query Company($id: ID!) { company(id: $id) { id name } }', { id: config.companyId }, bearer(token));
      const refreshed = await gql(
        'mutation Refresh($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken userErrors { code message } } }',
        { t: session.refreshToken },
        {},
      );
      const withRefreshed = await gql('query Viewer { viewer { user { email } } }', {}, bearer(refreshed.body.data.refreshSession.accessToken));
      const storefront = await gql('query Storefront { storefront(first: 10) { edges { node { id name state } } } }', {}, { 'x-marketplace': config.slug });
      const badToken = await gql('query Viewer { viewer { kind } }', {}, bearer('not-a-token'));
      return { login, viewer, firstPage, secondPage, rename, readBack, refreshed, withRefreshed, storefront, badToken };
    },

    /** The embedded view inside a partner's site: its first request already carries the embed token the partner's server minted. */
    async embed() {
      const session = await gql(
        'query Embed { embedSession { permissions endCustomer { id name apps(first: 10) { edges { node { id name } } } } theme { name primaryColor } } }',
        {},
        bearer(config.token),
      );
      const beyond = await gql('query Beyond($m: ID!) { companies(marketplaceId: $m, first: 1) { totalCount } }', { m: config.marketplaceId }, bearer(config.token));
      return { session, beyond };
    },

    /** An origin off the list: the browser hands the page nothing, with or without a token. */
    async stranger() {
      const login = await attempt(() =>
        fetch(config.graph, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: LOGIN, variables: { input: { email: config.email, password: config.password } } }),
        }),
      );
      const rename = await attempt(() =>
        fetch(config.graph, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...bearer(config.token) },
          body: JSON.stringify({ query: RENAME, variables: { input: { companyId: config.companyId, name: config.newName } } }),
        }),
      );
      const simpleGet = await attempt(() => fetch(`${config.graph}?query=${encodeURIComponent('{ __typename }')}`));
      return { login, rename, simpleGet };
    },

    /** Requests a browser sends without a preflight: a text/plain fetch and form posts. */
    async forgery() {
      const body = JSON.stringify({ query: config.mutation });
      const textPlain = await attempt(() => fetch(config.graph, { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body }));
      // The classic forged JSON body: one field whose name and value join into {"query": …, "pad": "="}.
      await submitForm('text/plain', [[body.slice(0, -1) + ',"pad":"', '"}']]);
      await submitForm('application/x-www-form-urlencoded', [['query', config.mutation]]);
      return { textPlain };
    },
  };

  scenarios[config.scenario]().then(
    (found) => {
      result.textContent = JSON.stringify(found);
      document.body.dataset.state = 'done';
    },
    (err) => {
      result.textContent = String((err && err.stack) || err);
      document.body.dataset.state = 'failed';
    },
  );
})();
