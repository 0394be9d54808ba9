/** Jest globalSetup of the `e2e` project: a production build in dist/ no older than the sources, and the CLI bundle. */
import { ensureBuilt } from './build';

export default async function globalSetup(): Promise<void> {
  await ensureBuilt();
}
