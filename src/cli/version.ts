import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The package version. Both the TypeScript source (src/cli) and the bundle (dist/cli) sit two levels
 * below the package root, so package.json is found the same way in both.
 */
export function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}
