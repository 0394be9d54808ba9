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
import type { AddinStoreType } from '../src/docx/package';

const KINDS: TemplateKind[] = ['individual', 'collective'];
const STORE_TYPES: AddinStoreType[] = ['EXCatalog', 'OMEX', 'FileSystem', 'Registry', 'WOPICatalog'];

/**
 * The add-in reference the templates carry (web-extension part, `Office.AutoShowTaskpaneWithDocument`): a build
 * option, because it depends on how the add-in is deployed. `TEMPLATE_STORE_TYPE=EXCatalog` (default: centralized
 * deployment), `FileSystem` (sideloaded from a shared folder), `Registry` (sideloaded on a developer machine), `OMEX`
 * (AppSource, with `TEMPLATE_STORE` = the asset's market, e.g. en-US); `TEMPLATE_STORE` overrides the store. For
 * sideloading in Word on the web no reference works: the add-in tags each document it inserts a template into instead
 * (WordHost.insertTemplate), see "Automatically open a task pane with a document",
 * https://learn.microsoft.com/office/dev/add-ins/develop/automatically-open-a-task-pane-with-a-document.
 */
export function templateOptions(env: NodeJS.ProcessEnv = process.env) {
  const storeType = (env.TEMPLATE_STORE_TYPE ?? 'EXCatalog') as AddinStoreType;
  if (!STORE_TYPES.includes(storeType)) throw new Error(`TEMPLATE_STORE_TYPE must be one of ${STORE_TYPES.join(', ')}`);
  return { addinId: ADDIN_ID, addin: { version: ADDIN_VERSION, storeType, ...(env.TEMPLATE_STORE ? { store: env.TEMPLATE_STORE } : {}) } };
}

/** The committed templates: the default build (centralized deployment). */
export const TEMPLATE_OPTIONS = templateOptions({});

async function main(): Promise<void> {
  const outDir = resolve(__dirname, '..', 'assets', 'templates');
  mkdirSync(outDir, { recursive: true });
  for (const kind of KINDS) {
    const bytes = await writeTemplateDocx(kind, undefined, templateOptions());
    const file = join(outDir, `${kind}.docx`);
    writeFileSync(file, bytes);
    console.log(`${file} (${bytes.length} bytes)`);
  }
}

if (require.main === module) main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
