/**
 * `npm run build:templates`: writes the two empty official templates to assets/templates/
 * from the spec in src/core/template. Output is deterministic (fixed dates in zip entries and
 * core.xml), so rebuilding without a spec change leaves git clean.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeTemplateDocx } from '../src/docx/write';
import type { TemplateKind } from '../src/core/template';
import { ADDIN_ID, ADDIN_VERSION } from '../src/core/addin';

const KINDS: TemplateKind[] = ['individual', 'collective'];

/** Shipped templates reopen the task pane with the document (see src/core/addin.ts). */
export const TEMPLATE_OPTIONS = { addinId: ADDIN_ID, addin: { version: ADDIN_VERSION } };

async function main(): Promise<void> {
  const outDir = resolve(__dirname, '..', 'assets', 'templates');
  mkdirSync(outDir, { recursive: true });
  for (const kind of KINDS) {
    const bytes = await writeTemplateDocx(kind, undefined, TEMPLATE_OPTIONS);
    const file = join(outDir, `${kind}.docx`);
    writeFileSync(file, bytes);
    console.log(`${file} (${bytes.length} bytes)`);
  }
}

if (require.main === module) main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
