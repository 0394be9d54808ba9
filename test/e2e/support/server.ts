/**
 * A small static HTTP server for the built add-in (dist/), on 127.0.0.1 and a free port. The files are answered by
 * the relay's own static-file code (server/static.ts: GET and HEAD only, paths confined to the served folder, no dot
 * files, no directory listings, "/" is taskpane.html), except that nothing is cached: every test sees the files of
 * the current build. Shared by the e2e tests and bench/taskpane.bench.ts.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveStatic } from '../../../server/static';

export { contentType } from '../../../server/static';

export interface StaticServer {
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:40123/ */
  url: string;
  port: number;
  /** Paths requested so far (decoded, leading slash), in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves `dir` on http://127.0.0.1:<free port>/. */
export async function startStaticServer(dir: string): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      let pathname: string;
      try {
        pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
        requests.push(decodeURIComponent(pathname));
      } catch {
        res.writeHead(400).end();
        return;
      }
      if (!(await serveStatic(dir, req, res, pathname, { cacheControl: 'no-store' }))) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
