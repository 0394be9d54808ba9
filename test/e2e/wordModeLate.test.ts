/**
 * A slow Word start (issue 10 item 17): Office.onReady answers only after the boot timeout. The pane must not stay in
 * file mode for the session: it shows file mode first, keeps listening, and switches to Word mode when Word answers,
 * reading the document the stand-in (support/wordStandIn.js) holds.
 */
import { DEFAULT_BOOT_TIMEOUT_MS } from '../../src/taskpane/boot/detect';
import { shell, usePane } from './support';

const LATE_MS = DEFAULT_BOOT_TIMEOUT_MS + 4_000;
const pane = usePane({ officeJs: 'word', wordStandIn: { profile: 'api13', document: 'draft', readyDelayMs: LATE_MS } });

test('starts in file mode while Word is silent, then switches to Word mode when Office.onReady answers late', async () => {
  // The first view came up in file mode (the boot timeout passed with no answer) unless the machine was so slow that
  // the late answer had already arrived; either way the pane must end in Word mode.
  expect(['file', 'word']).toContain(pane.info.mode);
  // No timing assertion: wait (generously) for the switch, whenever the late answer comes.
  await pane.page.locator('[data-testid="shell"][data-mode="word"]').waitFor({ timeout: LATE_MS + 30_000 });
  await pane.page.getByText(/Họ tên phải viết bằng chữ in hoa/).first().waitFor({ timeout: 20_000 });
  await expect(shell(pane.page).getAttribute('data-mode')).resolves.toBe('word');
  expect(pane.pageErrors).toEqual([]);
});
