// Starts GraphiQL against the endpoint that served this page (its own URL), with a first query to run.
(function () {
  var endpoint = window.location.pathname;
  var fetcher = GraphiQL.createFetcher({ url: endpoint });
  var firstQuery = [
    '# RouteGraph: migration partnerships along migration routes.',
    '# Press the run button (or Ctrl-Enter). Open "Docs" for every type and field.',
    '',
    'query TunisiaOnRoutes {',
    '  country(iso2: "TN") {',
    '    name',
    '    routes { route { id name } roles }',
    '  }',
    '}',
    ''
  ].join('\n');
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher: fetcher,
    defaultQuery: firstQuery,
    defaultEditorToolsVisibility: true
  }));
})();
