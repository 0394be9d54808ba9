/**
 * A 320 px wide task pane (the narrowest Word allows) in real Chromium: no view scrolls horizontally, before and
 * after a document is open, with a photo loaded in the crop frame, in Vietnamese and in English (longer words).
 * Screenshots of every view go to test-output/narrow-320/.
 *
 * Pseudo-locale: the pane's I18nProvider has a `pseudo` mode (bracketed, ~40 % longer texts), but the built pane
 * exposes no way to turn it on (only the jsdom tests pass the prop), so this test uses the two real languages.
 */
import path from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { OUTPUT_DIR, goTo, horizontalOverflow, portraitPng, reportStatus, screenshot, usePane } from './support';
import { VIEWS_EN, VIEWS_VI } from './support/views';

const WIDTH = 320;
const FOLDER = 'narrow-320';

const pane = usePane({ officeJs: 'blocked', context: { viewport: { width: WIDTH, height: 720 } } });
const photo = path.join(OUTPUT_DIR, FOLDER, 'input-portrait.png');

beforeAll(() => {
  mkdirSync(path.dirname(photo), { recursive: true });
  // A landscape photo: the crop frame must still fit.
  writeFileSync(photo, portraitPng(1200, 800));
});

async function expectNoHorizontalScroll(where: string): Promise<void> {
  const { scrollWidth, offenders } = await horizontalOverflow(pane.page, WIDTH);
  if (scrollWidth > WIDTH)
    throw new Error(`${where}: scrollWidth ${scrollWidth} > ${WIDTH}; sticking out: ${offenders.join('; ')}`);
  expect(scrollWidth).toBeLessThanOrEqual(WIDTH);
}

test('the Start view fits before any document is open', async () => {
  await expectNoHorizontalScroll('Start, no document');
  await screenshot(pane.page, '00-start-no-document', FOLDER);
});

test('every view fits at 320 px in Vietnamese, with a new template open and a photo in the frame', async () => {
  await pane.page.getByRole('button', { name: 'Tạo mẫu mới' }).click();
  await reportStatus(pane.page)
    .filter({ hasText: /Còn \d+ lỗi cần sửa/ })
    .waitFor();
  for (const [i, name] of VIEWS_VI.entries()) {
    await goTo(pane.page, name);
    if (name === 'Ảnh 4x6') {
      await pane.page.getByLabel('Tệp ảnh (JPEG hoặc PNG)').setInputFiles(photo);
      await pane.page.getByTestId('photo-frame').waitFor();
    }
    await expectNoHorizontalScroll(name);
    await screenshot(pane.page, `vi-${String(i + 1).padStart(2, '0')}-${slug(name)}`, FOLDER);
  }
});

test('every view fits at 320 px in English', async () => {
  await goTo(pane.page, 'Cài đặt');
  await pane.page.getByRole('combobox', { name: 'Ngôn ngữ' }).selectOption('en');
  await pane.page.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await pane.page.getByRole('navigation').getByRole('button', { name: 'Settings', exact: true }).waitFor();
  for (const [i, name] of VIEWS_EN.entries()) {
    await goTo(pane.page, name);
    await expectNoHorizontalScroll(name);
    await screenshot(pane.page, `en-${String(i + 1).padStart(2, '0')}-${slug(name)}`, FOLDER);
  }
});

function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
