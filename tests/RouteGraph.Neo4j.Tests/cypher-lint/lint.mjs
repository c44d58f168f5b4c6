// Lints Cypher with Neo4j's own parser and semantic analysis (@neo4j-cypher/language-support).
// Input (stdin, JSON): { "schema": { "labels": [], "relationshipTypes": [], "propertyKeys": [] },
//   "items": [ { "name": "...", "text": "...", "parameters": ["rows"], "consoleCommands": false } ] }
// Output (stdout, JSON): [ { "name": "...", "diagnostics": [ { "severity": "error"|"warning"|..., "message", "line", "column" } ] } ]
// A script item (consoleCommands: true) may set parameters with cypher-shell's `:param {name: ...};`
// lines; their top-level names count as declared for the statements after them.
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { readFileSync } from 'node:fs';

const input = JSON.parse(readFileSync(0, 'utf8'));
const severities = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

function paramLineNames(text) {
  const names = new Set();
  for (const line of text.split('\n')) {
    const m = /^:param\s*\{\s*(.*)$/.exec(line.trim());
    if (!m) continue;
    // Top-level keys of the map literal: identifiers at nesting depth 0 followed by ':'.
    let depth = 0, inString = null, token = '';
    for (let i = 0; i < m[1].length; i++) {
      const c = m[1][i];
      if (inString) {
        if (c === '\\') { i++; continue; }
        if (c === inString) inString = null;
        continue;
      }
      if (c === "'" || c === '"') { inString = c; continue; }
      if (c === '{' || c === '[') { depth++; token = ''; continue; }
      if (c === '}' || c === ']') { depth--; token = ''; continue; }
      if (depth === 0 && c === ':' && token.trim()) { names.add(token.trim()); token = ''; continue; }
      if (depth === 0 && c === ',') { token = ''; continue; }
      if (depth === 0) token += c;
    }
  }
  return names;
}

const results = input.items.map((item) => {
  const parameters = {};
  for (const p of item.parameters ?? []) parameters[p] = null;
  if (item.consoleCommands) for (const p of paramLineNames(item.text)) parameters[p] = null;
  const schema = { ...input.schema, parameters };
  const { diagnostics } = lintCypherQuery(item.text, schema, { consoleCommandsEnabled: !!item.consoleCommands });
  return {
    name: item.name,
    diagnostics: diagnostics.map((d) => ({
      severity: severities[d.severity] ?? String(d.severity),
      message: d.message,
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
    })),
  };
});
process.stdout.write(JSON.stringify(results));
