// Every GraphQL document the explorer sends. build.mjs hashes them (SHA-256) at build time, so the page can ask by
// hash over GET (automatic persisted queries, docs/caching.md) and a CDN can keep the answers.
export const queries = {
  Routes: `query Routes($lang: String!) { routes { id name(lang: $lang) } sectors { code rank name(lang: $lang) } }`,
};
