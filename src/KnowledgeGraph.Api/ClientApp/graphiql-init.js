// Mounts GraphiQL against this service's /graphql. A `query` (and `variables`) in the page URL's hash
// (#query=…) pre-fill the editor, so links in docs/graphql.md open ready to run.
(function () {
  var params = new URLSearchParams(window.location.hash.slice(1));
  var defaultQuery = [
    '# 乳业 chain map for 内蒙古: segments upstream → downstream and who is on each',
    'query ChainMap {',
    '  chainMap(chain: "乳业", region: "内蒙古") {',
    '    segments { name stage count placements { name type via } }',
    '  }',
    '}',
    '',
  ].join('\n');
  var fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: defaultQuery,
      query: params.get('query') || undefined,
      variables: params.get('variables') || undefined,
      headerEditorEnabled: true,
      shouldPersistHeaders: false,
    }),
  );
})();
