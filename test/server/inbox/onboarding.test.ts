/**
 * Onboarding files served without a session: the add-in manifest for this server's public address, the inbox page,
 * and the onboarding link built on PUBLIC_URL.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Client, startInbox, type InboxEnv } from './support';

let env: InboxEnv;
const ROOT = path.resolve(__dirname, '../../..');

beforeAll(async () => {
  const { tempDb } = await import('../support/relay');
  const dist = tempDb().dir;
  mkdirSync(dist, { recursive: true });
  writeFileSync(path.join(dist, 'manifest.xml'), readFileSync(path.join(ROOT, 'manifest.xml')));
  writeFileSync(path.join(dist, 'inbox.html'), '<!doctype html><html lang="vi"><title>Hộp thư</title></html>');
  env = await startInbox({ inbox: { publicUrl: 'https://bctt.phuong-ben-thanh.edu.vn' }, config: { staticDir: dist } });
});
afterAll(() => env.stop());

test('/manifest.xml is the add-in manifest for PUBLIC_URL', async () => {
  const res = await fetch(`${env.relay.url}/manifest.xml`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/xml/);
  const xml = await res.text();
  expect(xml).not.toContain('localhost:3000');
  expect(xml).toMatch(/<SourceLocation DefaultValue="https:\/\/bctt\.phuong-ben-thanh\.edu\.vn\/taskpane\.html/);
  expect(readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8').match(/https:\/\/localhost:3000/g)!.length).toBe(
    xml.match(/https:\/\/bctt\.phuong-ben-thanh\.edu\.vn/g)!.length,
  );
});

test('/inbox serves the inbox page; its API still needs a session', async () => {
  const page = await fetch(`${env.relay.url}/inbox`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('Hộp thư');
  expect((await fetch(`${env.relay.url}/api/inbox/schools`)).status).toBe(401);
});

test('onboarding links and QR codes use PUBLIC_URL', async () => {
  const client = await Client.login(env.relay.url);
  const { onboarding } = await client.json<{ onboarding: { link: string; manifestUrl: string; qrSvg: string } }>(
    client.post('/api/inbox/schools', { name: 'Trường THCS Nguyễn Du', emails: [], ward: '', cluster: null }, { Origin: 'https://bctt.phuong-ben-thanh.edu.vn' }),
    201,
  );
  expect(onboarding.link.startsWith('https://bctt.phuong-ben-thanh.edu.vn/taskpane.html?bctt_key=bctt_')).toBe(true);
  expect(new URL(onboarding.link).searchParams.get('bctt_relay')).toBe('https://bctt.phuong-ben-thanh.edu.vn');
  expect(onboarding.manifestUrl).toBe('https://bctt.phuong-ben-thanh.edu.vn/manifest.xml');
  expect(onboarding.qrSvg).toContain('<path');
  // A page on another origin cannot make changes, even with the token.
  const foreign = await client.post('/api/inbox/schools', { name: 'X' }, { Origin: env.relay.url });
  expect(foreign.status).toBe(403);
});
