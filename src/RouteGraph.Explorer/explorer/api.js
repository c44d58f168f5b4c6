// The explorer's only way to the data: the public GraphQL endpoint, asked by persisted-query hash over GET so that
// browsers and CDNs can keep the answers (they carry an ETag and Cache-Control, docs/caching.md). The first time the
// server meets a hash it answers PERSISTED_QUERY_NOT_FOUND; the page then sends the document once (POST) to register it.
import { queries } from './queries.js';

/* global __QUERY_HASHES__ */
const hashes = __QUERY_HASHES__; // SHA-256 of each document, computed by build.mjs

// Relative: the page is served at <base>/explore, the endpoint at <base>/graphql.
const endpoint = new URL('graphql', window.location.href).pathname;
const accept = 'application/graphql-response+json, application/json;q=0.9';

export class ApiError extends Error {}

let persistedQueries = true; // false once the server says it does not support them

async function read(response) {
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json'))
    throw new ApiError(`HTTP ${response.status}`);
  return response.json();
}

function hasCode(body, code) {
  return Array.isArray(body.errors) && body.errors.some((e) => e.extensions?.code === code);
}

async function post(name, variables, withHash) {
  const extensions = withHash ? { persistedQuery: { version: 1, sha256Hash: hashes[name] } } : undefined;
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: accept },
    body: JSON.stringify({ query: queries[name], operationName: name, variables, extensions }),
  });
  return read(response);
}

/** Runs one of the explorer's named operations with its variables and returns its data, or throws an ApiError. */
export async function ask(name, variables) {
  let body;
  if (persistedQueries) {
    const params = new URLSearchParams({
      operationName: name,
      variables: JSON.stringify(variables),
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hashes[name] } }),
    });
    body = await read(await fetch(`${endpoint}?${params}`, { headers: { Accept: accept } }));
    if (hasCode(body, 'PERSISTED_QUERY_NOT_FOUND'))
      body = await post(name, variables, true);
    else if (hasCode(body, 'PERSISTED_QUERY_NOT_SUPPORTED')) {
      persistedQueries = false;
      body = await post(name, variables, false);
    }
  } else {
    body = await post(name, variables, false);
  }

  if (Array.isArray(body.errors) && body.errors.length > 0)
    throw new ApiError(body.errors.map((e) => e.message).join(' '));
  return body.data;
}
