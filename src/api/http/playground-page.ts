import type { ExampleTab } from './playground-examples';

/** What the page needs to know; it travels as a JSON data block, never as inline script. */
export interface PlaygroundPageConfig {
  /** The browser tab's title. */
  title: string;
  /** The short name GraphiQL shows top right. */
  logo: string;
  endpoint: string;
  tabs: ExampleTab[];
  /** Asset name → URL (with a content hash, so the files can be cached for a year). */
  assets: Record<string, string>;
}

/**
 * The page: the stylesheet, a data block with the configuration and four scripts from
 * /playground/. No inline script, so the Content-Security-Policy can say `script-src 'self'`.
 */
export function renderPlaygroundPage(config: PlaygroundPageConfig): string {
  const data = JSON.stringify({
    endpoint: config.endpoint,
    logo: config.logo,
    tabs: config.tabs.map((tab) => ({ query: tab.query })),
  });
  const script = (name: string) => `    <script src="${escapeHtml(config.assets[name])}"></script>`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(config.title)}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${escapeHtml(config.assets['graphiql.min.css'])}" />
    <link rel="stylesheet" href="${escapeHtml(config.assets['playground.css'])}" />
  </head>
  <body>
    <div id="graphiql"><p class="playground-loading">Loading the GraphQL playground…</p></div>
    <script type="application/json" id="playground-config">${escapeScriptData(data)}</script>
${script('react.production.min.js')}
${script('react-dom.production.min.js')}
${script('graphiql.min.js')}
${script('playground.js')}
  </body>
</html>
`;
}

/**
 * Starts GraphiQL from the JSON data block; plain ES2017 so any current browser runs it. The
 * logo links the explorer (/explore), and ?query= (with ?variables=) opens a tab on that query:
 * the explorer's "ask this in the playground" links.
 *
 * GraphiQL 3 works out the operation name of an edited query 100 ms after the last keystroke
 * (a debounce). A query pasted over an example tab and run at once is sent with the example's
 * name (`{ cases { totalCount } }` as ChiroOverturns) and refused with "Unknown operation
 * named". The fetcher therefore drops a name the query does not define.
 */
export const PLAYGROUND_CLIENT_JS = `'use strict';
(function () {
  var config = JSON.parse(document.getElementById('playground-config').textContent);
  var send = GraphiQL.createFetcher({ url: config.endpoint });
  var NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;
  function definesOperation(query, name) {
    if (typeof query !== 'string' || !NAME.test(name)) return false;
    var code = query.replace(/#[^\\n\\r]*/g, '');
    return new RegExp('\\\\b(query|mutation|subscription)\\\\s+' + name + '\\\\b').test(code);
  }
  function fetcher(params, options) {
    if (params && params.operationName && !definesOperation(params.query, params.operationName)) {
      params = Object.assign({}, params);
      delete params.operationName;
    }
    return send(params, options);
  }
  // The explorer's "ask this in the playground" links open a tab on ?query= (and ?variables=).
  var params = new URLSearchParams(window.location.search);
  var asked = params.get('query');
  var askedVariables = params.get('variables');
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(
      GraphiQL,
      {
        fetcher: fetcher,
        defaultTabs: config.tabs,
        isHeadersEditorEnabled: true,
        shouldPersistHeaders: false,
        defaultEditorToolsVisibility: false,
        // The documentation pane opens on the schema's own description (introspected only
        // when asked) and shows deprecated arguments and input fields with their reasons.
        schemaDescription: true,
        inputValueDeprecation: true,
        query: asked || undefined,
        variables: asked ? askedVariables || undefined : undefined,
      },
      React.createElement(
        GraphiQL.Logo,
        null,
        config.logo,
        ' · ',
        React.createElement('a', { href: '/explore', className: 'playground-explorer-link' }, 'explorer'),
      ),
    ),
  );
})();
`;

export const PLAYGROUND_CSS = `html,
body,
#graphiql {
  height: 100%;
  margin: 0;
  overflow: hidden;
}
.graphiql-logo {
  white-space: nowrap;
}
.playground-loading {
  font-family: system-ui, sans-serif;
  padding: 2rem;
}
`;

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** JSON inside <script>: no `</script>` or `<!--` can end the block early. */
function escapeScriptData(json: string): string {
  return json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
