'use strict';

/** A small GraphQL client for the seed: every error is fatal, every userError too. */
function client(url) {
  async function request(query, variables = {}, token) {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = await res.json();
    if (body.errors?.length) throw new Error(`${body.errors[0].message} in ${query.slice(0, 80)}`);
    for (const value of Object.values(body.data ?? {})) {
      if (value?.userErrors?.length) throw new Error(`${value.userErrors[0].message} in ${query.slice(0, 80)}`);
    }
    return body.data;
  }
  async function login(email, password) {
    const data = await request('mutation($i: LoginInput!) { login(input: $i) { accessToken userErrors { message } } }', {
      i: { email, password },
    });
    return data.login.accessToken;
  }
  return { request, login };
}

module.exports = { client };
