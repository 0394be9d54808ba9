/**
 * Round trips (context.sync calls) per live check: WordHost.snapshot against a naive reader that syncs once per
 * field and once per other fact, over the office-addin-mock Word model. Each sync is a cross-process round trip in
 * Word (tens of milliseconds on Word on the web), so this count is what a live check costs the person typing.
 */
import { WordHost } from '../src/word/WordHost';
import { REPORT_NAMESPACE } from '../src/docx/reportPart';
import { ALL_SETS, individualModel, mockEnv, type DocModel } from '../test/word/support/mockWord';

function modelWithFields(n: number): DocModel {
  const model = individualModel(true);
  const extra = n - model.controls.length;
  for (let i = 0; i < extra; i++) {
    model.controls.push({ tag: `bctt.extra${i}`, text: `Giá trị ${i}`, placeholderText: '(…)' });
    model.paragraphs.push({ text: `- Mục ${i}: Giá trị ${i}` });
  }
  return model;
}

/** What a first implementation would do: one sync per field, then one per table, paragraphs, pages, page setup, XML. */
async function naiveSnapshot(model: DocModel): Promise<void> {
  const env = mockEnv(model, { sets: ALL_SETS });
  await env.run(async (context) => {
    for (const cc of model.controls) {
      const controls = context.document.contentControls.getByTag(cc.tag);
      controls.load('text');
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- the naive baseline this bench measures against
      await context.sync();
    }
    const paragraphs = context.document.body.paragraphs;
    paragraphs.load('text,font/name,font/size');
    await context.sync();
    const tables = context.document.body.tables;
    tables.load('values');
    await context.sync();
    const pages = context.document.activeWindow.activePane.pages;
    pages.load('index');
    await context.sync();
    const pageSetup = context.document.sections.getFirst().pageSetup;
    pageSetup.load('topMargin');
    await context.sync();
    const parts = context.document.customXmlParts.getByNamespace(REPORT_NAMESPACE);
    parts.load('id');
    await context.sync();
    parts.items[0]?.getXml();
    await context.sync();
  });
}

export default async function roundTrips(): Promise<void> {
  console.log('Round trips (context.sync) per live check: WordHost.snapshot vs naive one-field-per-sync');
  console.log('(mock Word: no real latency, so only the count of round trips is meaningful, not the time)');
  for (const n of [6, 20, 50, 200]) {
    const ours = modelWithFields(n);
    const host = new WordHost({ env: mockEnv(ours, { sets: ALL_SETS }), loadTemplate: async () => new Uint8Array() });
    const snap = await host.snapshot();
    if (Object.keys(snap.fields).length !== n) throw new Error(`expected ${n} fields, read ${Object.keys(snap.fields).length}`);

    const naive = modelWithFields(n);
    await naiveSnapshot(naive);
    const ratio = naive.syncs / ours.syncs;
    console.log(`${String(n).padStart(4)} fields: ${ours.syncs} vs ${naive.syncs} round trips (naive / WordHost = ${ratio.toFixed(0)}x)`);
    if (ours.syncs !== 1) throw new Error(`WordHost.snapshot used ${ours.syncs} round trips, expected 1`);
  }
}
