/**
 * The pane's Word path in real Chromium: office.js is replaced by a scripted Office/Word stand-in
 * (support/wordStandIn.js, WordApi 1.3 like the manifest's floor) holding an individual report whose name is not in
 * capitals. The pane must start in Word mode, check the document in one batch, go to the field and apply the fix
 * through WordHost, and the finding must clear.
 */
import { reportStatus, screenshot, usePane } from './support';

const pane = usePane({ officeJs: 'word' });

interface StandIn {
  selected: string | null;
  syncs: number;
  handlers: string[];
  controls: Array<{ tag: string; text: string }>;
}

const standIn = () => pane.page.evaluate(() => (window as unknown as { __wordStandIn: StandIn }).__wordStandIn);

/** Waits (up to a generous limit, not a speed check) until the stand-in's state gives `want`. */
async function until<T>(read: (s: StandIn) => T, want: T, limitMs = 15_000): Promise<T> {
  const end = Date.now() + limitMs;
  let got = read(await standIn());
  while (got !== want && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    got = read(await standIn());
  }
  return got;
}

test('starts in Word mode on the check list, with findings read from the document', async () => {
  expect(pane.info.mode).toBe('word');
  expect(pane.routing.served).toContain('wordStandIn.js');
  const finding = pane.page.getByText(/Họ tên phải viết bằng chữ in hoa/);
  await finding.first().waitFor();
  await expect(reportStatus(pane.page).getAttribute('data-state')).resolves.not.toBe('noDocument');
  expect((await standIn()).handlers).toContain('documentSelectionChanged'); // live checks listen (no 1.5/1.6 events here)
  expect(pane.pageErrors).toEqual([]);
  await screenshot(pane.page, 'word-mode-checklist');
});

test('goes to the name field in the document', async () => {
  const item = pane.page.getByRole('listitem').filter({ hasText: /Họ tên phải viết bằng chữ in hoa/ });
  await item.getByRole('button', { name: 'Đi tới' }).click();
  expect(await until((s) => s.selected, 'cc:bctt.hoTen')).toBe('cc:bctt.hoTen');
});

test('capitalises the name through the Word host, and the finding clears', async () => {
  const item = pane.page.getByRole('listitem').filter({ hasText: /Họ tên phải viết bằng chữ in hoa/ });
  await item.getByRole('button', { name: 'Viết in hoa' }).click();
  const name = (s: StandIn) => s.controls.find((c) => c.tag === 'bctt.hoTen')?.text;
  expect(await until(name, 'NGUYỄN THỊ MAI')).toBe('NGUYỄN THỊ MAI');
  await pane.page.getByText(/Họ tên phải viết bằng chữ in hoa/).first().waitFor({ state: 'detached', timeout: 15_000 });
  expect(pane.pageErrors).toEqual([]);
  await screenshot(pane.page, 'word-mode-fixed');
});
