/**
 * Hostile and broken files opened from disk (test/fixtures/hostile) in real Chromium: each gives its clear
 * Vietnamese message in an alert — no crash, no raw exception — and the pane keeps working (the next file opens,
 * a new template can still be made).
 */
import path from 'node:path';
import { docx } from '../../src/core/i18n/catalogs/docx';
import expected from '../fixtures/hostile/expected.json';
import { ROOT, reportStatus, screenshot, usePane } from './support';

const HOSTILE = path.join(ROOT, 'test', 'fixtures', 'hostile');
/** One of each kind of refusal (the zip bombs and DOCTYPE files are the hostile ones). */
const FILES = [
  'zip-bomb-lying-size.docx',
  'zip-bomb-100mb.docx',
  'billion-laughs.docx',
  'external-entity.docx',
  'not-a-zip.docx',
  'encrypted-ole.docx',
  'deep-nesting.docx',
  'truncated.docx',
  'empty.docx',
  // Issue 14: read in the pane's worker, refused at their caps without freezing the page.
  'many-attributes.docx',
  'many-runs.docx',
];

const pane = usePane({ officeJs: 'blocked' });

test.each(FILES)('%s is refused with its localised message', async (file) => {
  const key = (expected as Record<string, { error?: string }>)[file].error!;
  const template = (docx.vi as Record<string, string>)[key];
  expect(template).toBeTruthy();
  await pane.page.getByTestId('open-file-input').first().setInputFiles(path.join(HOSTILE, file));
  // The message shows at once as plain text, then in its message bar (loaded with the first error) with a title.
  const alert = pane.page
    .getByRole('alert')
    .filter({ hasText: messagePattern(template) })
    .filter({ hasText: 'Đã xảy ra lỗi' });
  await alert.waitFor();
  await expect(reportStatus(pane.page).getAttribute('data-state')).resolves.toBe('noDocument');
  await screenshot(pane.page, path.basename(file, '.docx'), 'hostile');
  await alert.getByRole('button', { name: 'Đóng' }).click();
  await alert.waitFor({ state: 'detached' });
});

test('after the refusals the pane still works: a new template opens and is checked', async () => {
  await pane.page.getByRole('button', { name: 'Tạo mẫu mới' }).click();
  await reportStatus(pane.page).filter({ hasText: 'Còn 8 lỗi cần sửa' }).waitFor();
  await pane.page.getByTestId('findings-error').waitFor();
  expect(pane.pageErrors).toEqual([]);
});

test('a file that is not a .docx at all is refused by name', async () => {
  await pane.page
    .getByTestId('open-file-input')
    .first()
    .setInputFiles({ name: 'ghi-chú.txt', mimeType: 'text/plain', buffer: Buffer.from('xin chào') });
  await pane.page
    .getByRole('alert')
    .filter({ hasText: 'Tệp “ghi-chú.txt” không phải tài liệu Word (.docx).' })
    .waitFor();
  // The open document is untouched.
  await expect(reportStatus(pane.page).innerText()).resolves.toContain('Còn 8 lỗi cần sửa');
  await screenshot(pane.page, 'not-docx-keeps-document', 'hostile');
});

/** The catalog's message as a pattern: its {params} (a limit, a size) match any text, and no "{" is left. */
function messagePattern(template: string): RegExp {
  const parts = template.split(/\{\w+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(parts.join('[^{}]+'));
}
