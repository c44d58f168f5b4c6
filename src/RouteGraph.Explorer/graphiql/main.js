// GraphiQL against the endpoint that served this page (its own URL), with a first query to run.
// React and GraphiQL come from npm (package.json pins the versions) and are bundled by build.mjs.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/graphiql.css';
import './routegraph.css';

const firstQuery = [
  '# RouteGraph: migration partnerships along migration routes.',
  '# Press the run button (or Ctrl-Enter). Open "Docs" for every type and field.',
  '',
  'query TunisiaOnRoutes {',
  '  country(iso2: "TN") {',
  '    name',
  '    routes { route { id name } roles }',
  '  }',
  '}',
  '',
].join('\n');

const fetcher = createGraphiQLFetcher({ url: window.location.pathname });
createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultQuery: firstQuery, defaultEditorToolsVisibility: true }),
);
