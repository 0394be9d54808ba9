/**
 * HTTPS options for the dev server on https://localhost:3000.
 *
 * 1. Preferred: office-addin-dev-certs' getHttpsServerOptions(), which creates a CA and a localhost certificate
 *    in ~/.office-addin-dev-certs and installs the CA as trusted (Windows: user store; macOS: login keychain;
 *    Linux: `sudo` + update-ca-certificates).
 * 2. Fallback (Linux without sudo, CI, containers, or when installing fails): a session certificate made with
 *    office-addin-dev-certs' generateCertificates() (no install) in .tmp/dev-certs/ and reused while it is
 *    valid, so a CA trusted once stays trusted. Set DEV_CERTS=self-signed to force it.
 *
 * CommonJS so that webpack.config.js and scripts/start.mjs can both load it.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { X509Certificate } = require('node:crypto');
const { execFileSync } = require('node:child_process');

const FALLBACK_DIR = path.join(__dirname, '..', '.tmp', 'dev-certs');
const files = {
  ca: path.join(FALLBACK_DIR, 'ca.crt'),
  cert: path.join(FALLBACK_DIR, 'localhost.crt'),
  key: path.join(FALLBACK_DIR, 'localhost.key'),
};

function hasSudo() {
  try {
    execFileSync('sh', ['-c', 'command -v sudo'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** True when the fallback certificate exists and stays valid for at least another day. */
function fallbackStillValid() {
  try {
    if (!fs.existsSync(files.ca) || !fs.existsSync(files.key)) return false;
    const cert = new X509Certificate(fs.readFileSync(files.cert));
    new X509Certificate(fs.readFileSync(files.ca));
    return new Date(cert.validTo).getTime() - Date.now() > 24 * 3600 * 1000;
  } catch {
    return false;
  }
}

function trustInstructions() {
  return [
    `The certificate is signed by a development CA that is NOT trusted yet: ${files.ca}`,
    'Trust it once (it is reused until it expires, 30 days):',
    `  Linux system store : sudo cp ${files.ca} /usr/local/share/ca-certificates/bctt-dev-ca.crt && sudo update-ca-certificates`,
    `  Chrome/Edge (Linux): certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "BCTT dev CA" -i ${files.ca}`,
    `  Firefox           : Settings > Privacy & Security > Certificates > View Certificates > Authorities > Import ${files.ca}`,
    '  Quick, this browser session only: open https://localhost:3000/taskpane.html and accept the warning.',
    `  Windows: certutil -user -addstore Root ${files.ca}   macOS: security add-trusted-cert -r trustRoot -k ~/Library/Keychains/login.keychain-db ${files.ca}`,
  ].join('\n');
}

async function fallbackOptions(reason) {
  if (!fallbackStillValid()) {
    const { generateCertificates } = require('office-addin-dev-certs');
    await generateCertificates(files.ca, files.cert, files.key, 30, ['localhost', '127.0.0.1']);
  }
  console.warn(
    `[dev-https] ${reason}\n[dev-https] Using the session certificate in ${FALLBACK_DIR}.\n${trustInstructions()}`,
  );
  return { ca: fs.readFileSync(files.ca), cert: fs.readFileSync(files.cert), key: fs.readFileSync(files.key) };
}

/** { ca, cert, key } for webpack-dev-server's `server.options`; never throws because a CA cannot be installed. */
async function getDevHttpsOptions() {
  if (process.env.DEV_CERTS === 'self-signed') return fallbackOptions('DEV_CERTS=self-signed.');
  if (process.platform === 'linux' && !hasSudo()) {
    return fallbackOptions('office-addin-dev-certs installs its CA with sudo, which is not available here.');
  }
  try {
    const devCerts = require('office-addin-dev-certs');
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    return fallbackOptions(
      `office-addin-dev-certs could not install its CA (${String(error && error.message).split('\n')[0]}).`,
    );
  }
}

module.exports = { getDevHttpsOptions, FALLBACK_CERT_FILES: files, trustInstructions };
