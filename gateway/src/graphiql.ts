import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';

/**
 * GraphiQL, served by the gateway from its own installed packages: the page loads nothing from
 * another host, so it works offline and behind a firewall. The page is at `/` and answers a
 * browser's GET of `/graphql`; its assets are under `/graphiql/`.
 */
export const GRAPHIQL_ASSET_PREFIX = '/graphiql/';

interface Asset {
  /** The installed package that holds the file, and the file in it. */
  from: { pkg: string; file: string } | null;
  type: string;
}

const ASSETS: Record<string, Asset> = {
  'react.production.min.js': { from: { pkg: 'react', file: 'umd/react.production.min.js' }, type: 'text/javascript; charset=utf-8' },
  'react-dom.production.min.js': { from: { pkg: 'react-dom', file: 'umd/react-dom.production.min.js' }, type: 'text/javascript; charset=utf-8' },
  'graphiql.min.js': { from: { pkg: 'graphiql', file: 'graphiql.min.js' }, type: 'text/javascript; charset=utf-8' },
  'graphiql.min.css': { from: { pkg: 'graphiql', file: 'graphiql.min.css' }, type: 'text/css; charset=utf-8' },
  'start.js': { from: null, type: 'text/javascript; charset=utf-8' },
};

/** Starts GraphiQL against the graph beside the page; headers (a bearer token) are typed in its header editor, never stored. */
const START = `'use strict';
(function () {
  var endpoint = new URL('graphql', document.baseURI).href;
  var fetcher = GraphiQL.createFetcher({ url: endpoint });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      shouldPersistHeaders: false,
      isHeadersEditorEnabled: true,
      defaultEditorToolsVisibility: 'headers',
      defaultQuery: '# Log in with the login mutation, then add the header\\n# {"authorization": "Bearer <accessToken>"} below.\\n# The storefront needs {"x-marketplace": "<slug>"} instead.\\n\\nquery Viewer {\\n  viewer {\\n    kind\\n  }\\n}\\n',
    }),
  );
})();
`;

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Marketgraph · GraphiQL</title>
    <link rel="stylesheet" href="graphiql/graphiql.min.css" />
    <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
  </head>
  <body>
    <div id="graphiql">Loading GraphiQL…</div>
    <script src="graphiql/react.production.min.js"></script>
    <script src="graphiql/react-dom.production.min.js"></script>
    <script src="graphiql/graphiql.min.js"></script>
    <script src="graphiql/start.js"></script>
  </body>
</html>
`;

/** Everything the page may load comes from the gateway itself; it may call only the gateway. */
const PAGE_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function installed(from: { pkg: string; file: string }): string {
  // The package's own manifest is always resolvable; its built files need not be in its exports.
  const manifest = require.resolve(`${from.pkg}/package.json`);
  return path.join(path.dirname(manifest), from.file);
}

export interface GraphiqlPages {
  /** Whether a request is a browser asking for the page: GET, HTML accepted, no operation in the query string. */
  wantsPage(req: http.IncomingMessage): boolean;
  page(res: http.ServerResponse): void;
  /** Serves `/graphiql/<name>`; false when no such asset exists. */
  asset(name: string, res: http.ServerResponse): boolean;
}

/** Reads GraphiQL's assets once, at start: a missing package fails the start, not the first page view. */
export function graphiqlPages(): GraphiqlPages {
  const files = new Map<string, { body: Buffer; type: string }>();
  for (const [name, asset] of Object.entries(ASSETS)) {
    const body = asset.from ? fs.readFileSync(installed(asset.from)) : Buffer.from(START);
    files.set(name, { body, type: asset.type });
  }
  const page = Buffer.from(PAGE);
  return {
    wantsPage(req) {
      if (req.method !== 'GET') return false;
      const accept = req.headers.accept ?? '';
      if (!accept.includes('text/html')) return false;
      const search = new URL(req.url ?? '/', 'http://localhost').searchParams;
      return !search.has('query') && !search.has('extensions');
    },
    page(res) {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'content-length': page.length,
        'content-security-policy': PAGE_POLICY,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'cache-control': 'no-cache',
      });
      res.end(page);
    },
    asset(name, res) {
      const file = files.get(name);
      if (!file) return false;
      res.writeHead(200, {
        'content-type': file.type,
        'content-length': file.body.length,
        'x-content-type-options': 'nosniff',
        'cache-control': 'public, max-age=3600',
      });
      res.end(file.body);
      return true;
    },
  };
}
