/**
 * The explorer's HTML: the controls, the three panes and the legend as static markup, one
 * stylesheet and one script from /explore/ (the esbuild bundle of explorer/client). No inline
 * script or style, so the Content-Security-Policy can say 'self' for both.
 */
export function renderExplorerPage(assets: { js: string; css: string }): string {
  const outcome = (id: string) => `<select id="${id}" name="${id}">
          <option value="OVERTURNED">overturned (the worker gets it)</option>
          <option value="UPHELD">upheld (the denial stands)</option>
        </select>`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>imr-graph · explorer</title>
    <link rel="icon" href="data:," />
    <!-- The id tells Cytoscape.js its container rule (position: relative) is in place: it would
         otherwise add an inline <style>, which the Content-Security-Policy refuses. -->
    <link rel="stylesheet" id="__________cytoscape_stylesheet" href="${assets.css}" />
  </head>
  <body data-ready="false">
    <header>
      <h1>imr-graph explorer</h1>
      <form id="search-form" role="search" autocomplete="off">
        <label class="visually-hidden" for="search" hidden>Search</label>
        <input id="search" type="search" placeholder="Case number, service, guideline, specialty or words (press /)" aria-label="Search: case number, service, guideline, specialty or free text" aria-controls="suggestions" />
        <ul id="suggestions" aria-label="Suggestions"></ul>
      </form>
      <nav><a href="/graphql">GraphQL playground</a></nav>
    </header>
    <form id="controls" aria-label="Which decisions">
      <label>Category<select id="category" name="category"></select></label>
      <label>Subcategory<select id="subcategory" name="subcategory"></select></label>
      <label>Service<select id="service" name="service"></select></label>
      <label>Outcome rated${outcome('outcome')}</label>
      <label>Cited by<select id="citedBy" name="citedBy">
          <option value="REVIEWER">the IMR reviewer</option>
          <option value="CLAIMS_ADMINISTRATOR">the claims administrator (UR)</option>
        </select></label>
      <label>Minimum decisions<input id="min" name="min" type="number" min="1" step="1" /></label>
      <label>Letters<select id="letters" name="letters">
          <option value="published">published letters only</option>
          <option value="all">all, with synthetic demo letters</option>
        </select></label>
      <button id="reset" type="button">Back to the mission question</button>
    </form>
    <main>
      <section id="chart-area" aria-labelledby="chart-title">
        <h2 id="chart-title">Guidelines by overturn rate</h2>
        <p class="muted">Dot: the rate; line: its 95% interval; dashed: all filtered decisions.</p>
        <div id="chart"></div>
      </section>
      <section id="graph-area" aria-labelledby="graph-title">
        <h2 id="graph-title">The impact graph</h2>
        <div id="graph" role="img" aria-label="The graph; the side panel describes the selected node"></div>
        <div>
          <ul class="legend" aria-label="Legend">
            <li><span class="swatch overturned"></span>Decision overturned (diamond)</li>
            <li><span class="swatch upheld"></span>Decision upheld (square)</li>
            <li><span class="swatch group"></span>Group of nodes (dashed)</li>
            <li><span class="swatch rate"></span>Impact graph: rate 0 → 100% (squares guidelines)</li>
            <li>Double-click or Expand: add neighbours</li>
          </ul>
          <p id="status" class="status" role="status" aria-live="polite"></p>
        </div>
      </section>
      <aside id="panel" aria-label="Selected node" aria-live="polite"></aside>
    </main>
    <script src="${assets.js}"></script>
  </body>
</html>
`;
}

/** GET / for a browser: where the pages are. */
export const INDEX_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>imr-graph</title>
    <link rel="icon" href="data:," />
  </head>
  <body>
    <h1>imr-graph</h1>
    <p>California workers' compensation IMR determination letters as a graph.</p>
    <ul>
      <li><a href="/explore">The explorer</a>: the research answers and the graph as pictures</li>
      <li><a href="/graphql">The GraphQL playground</a>: ask anything</li>
    </ul>
  </body>
</html>
`;
