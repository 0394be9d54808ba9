/**
 * Entry of the Office dialog's sign-in page (signin.html), opened by the task pane where Nested App Authentication is
 * not available (src/mail/graph/dialogAuth.ts). The logic is src/mail/graph/dialogSignIn.ts; Office is read through
 * src/word/office.ts. It waits for Office.onReady before answering, since messageParent needs office.js initialised.
 */
import { runSignInPage } from '../mail/graph/dialogSignIn';
import { officeGlobal, officeMessageParent } from '../word/office';

const office = officeGlobal();
const ready = office ? office.onReady().then(() => undefined) : Promise.resolve();

void ready.then(() =>
  runSignInPage({
    href: globalThis.location.href,
    storage: globalThis.sessionStorage,
    messageParent: officeMessageParent(),
  }).then((outcome) => {
    if (outcome === 'redirecting') return;
    const status = globalThis.document?.getElementById('status');
    // The pane closes the dialog on the answer; until then (or outside Office) say what happened.
    if (status) status.textContent = outcome.ok ? 'Đã đăng nhập. Cửa sổ này sẽ tự đóng.' : `Không đăng nhập được (${outcome.error}).`;
  }),
);
