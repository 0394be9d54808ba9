/**
 * Serves the built add-in (dist/) read-only: GET and HEAD of files inside the folder, nothing outside it,
 * no dot files, no directory listings, no source maps, and not the command line's bundle (dist/cli).
 */
import { createReadStream, promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.dotx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.template',
};

/** The Content-Type the relay sends for `file`, by its extension. */
export function contentType(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** The file under `root` that `urlPath` names, or null when it names nothing servable. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const parts = decoded.split('/').filter(Boolean);
  if (parts.some((p) => p.startsWith('.'))) return null;
  if (parts.length === 0) parts.push('taskpane.html');
  if (parts[0] === 'cli') return null;
  // Source maps are for the developer's machine (webpack dev server), not served in production.
  if (/\.map$/i.test(parts[parts.length - 1])) return null;
  const file = path.resolve(root, ...parts);
  const base = path.resolve(root);
  return file.startsWith(base + path.sep) ? file : null;
}

export interface ServeStaticOptions {
  /**
   * Cache-Control of every answer. By default, content-hashed scripts and stylesheets (name.0123abcd.js, .css) are
   * cached for a year and everything else is revalidated (no-cache).
   */
  cacheControl?: string;
}

/** Answers the request from `root`; false when there is no such file (the caller answers 404). */
export async function serveStatic(
  root: string,
  req: IncomingMessage,
  res: ServerResponse,
  urlPath: string,
  options: ServeStaticOptions = {},
): Promise<boolean> {
  const file = resolveStaticPath(root, urlPath);
  if (!file) return false;
  let stat;
  try {
    // realpath: a symbolic link inside dist/ must not lead outside it.
    const real = await fs.realpath(file);
    const realRoot = await fs.realpath(root);
    if (!real.startsWith(realRoot + path.sep)) return false;
    stat = await fs.stat(real);
  } catch {
    return false;
  }
  if (!stat.isFile()) return false;
  res.writeHead(200, {
    'Content-Type': contentType(file),
    'Content-Length': stat.size,
    'Cache-Control':
      options.cacheControl ?? (/\.[0-9a-f]{8}\.(?:js|css)$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });
  if (req.method === 'HEAD') {
    res.end();
    return true;
  }
  await new Promise<void>((resolve) => {
    const stream = createReadStream(file);
    stream.on('error', () => {
      res.destroy();
      resolve();
    });
    stream.on('close', resolve);
    stream.pipe(res);
  });
  return true;
}
