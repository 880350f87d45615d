// Starts the real backend jar on loopback with its embedded defaults, in a data directory of its own,
// and signs in its first administrator. Used by the browser specs; nothing here reaches past loopback.
import { spawn } from 'node:child_process';
import { mkdtempSync, existsSync, readFileSync, rmSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import https from 'node:https';
import tls from 'node:tls';
import { X509Certificate, createHash } from 'node:crypto';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const JAR = process.env.CLAUSEWARDEN_JAR || join(ROOT, 'backend/target/clausewarden.jar');
const EMAIL = 'e2e-admin@example.test';
const PASSWORD = 'E2e-admin-password-' + Math.random().toString(36).slice(2);

async function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** One HTTPS request trusting only the server's development CA. */
export function request(base, ca, method, path, { body, headers = {} } = {}) {
  return new Promise((ok, fail) => {
    const url = new URL(path, base);
    const req = https.request(url, { method, ca, headers, timeout: 30_000 }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.on('timeout', () => req.destroy(new Error('timeout')));
    if (body) req.write(body);
    req.end();
  });
}

/** SHA-256 of each certificate's public key in the chain the server presents, base64, for Chromium's pin list. */
async function chainSpkiHashes(port, ca) {
  return new Promise((ok, fail) => {
    const socket = tls.connect({ host: '127.0.0.1', port, ca, servername: 'localhost' }, () => {
      const hashes = new Set();
      let cert = socket.getPeerCertificate(true);
      const seen = new Set();
      while (cert && cert.raw && !seen.has(cert.fingerprint256)) {
        seen.add(cert.fingerprint256);
        const der = new X509Certificate(cert.raw).publicKey.export({ type: 'spki', format: 'der' });
        hashes.add(createHash('sha256').update(der).digest('base64'));
        cert = cert.issuerCertificate;
      }
      socket.end();
      ok([...hashes]);
    });
    socket.on('error', fail);
  });
}

/**
 * @param {object} options env: extra environment for the server
 * @returns {{base, port, ca, token, spki, stop, pid}}
 */
export async function startBackend({ env = {} } = {}) {
  if (!existsSync(JAR)) {
    throw new Error(`${JAR} is missing: build it first (mvn -B -q package -DskipTests)`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'clausewarden-e2e-'));
  const port = await freePort();
  const log = openSync(join(dir, 'server.log'), 'a');
  const child = spawn('java', [`@${join(ROOT, 'backend/jvm.options')}`, '-Xms256m', '-Xmx256m', '-jar', JAR], {
    cwd: dir,
    env: {
      ...process.env,
      CLAUSEWARDEN_DATA_DIR: join(dir, 'data'),
      CLAUSEWARDEN_PORT: String(port),
      CLAUSEWARDEN_ADMIN_EMAIL: EMAIL,
      CLAUSEWARDEN_ADMIN_PASSWORD: PASSWORD,
      CLAUSEWARDEN_PUBLIC_URL: `https://localhost:${port}`,
      ...env,
    },
    stdio: ['ignore', log, log],
  });
  let exited = false;
  child.on('exit', () => { exited = true; });
  const caFile = join(dir, 'data/tls/ca.pem');
  const base = `https://localhost:${port}`;
  const deadline = Date.now() + 180_000;
  let ca;
  for (;;) {
    if (exited) throw new Error('the server stopped during start-up:\n' + readFileSync(join(dir, 'server.log'), 'utf8').slice(-4000));
    if (Date.now() > deadline) throw new Error('the server did not start within 3 minutes');
    if (existsSync(caFile)) {
      ca = readFileSync(caFile);
      try {
        const health = await request(base, ca, 'GET', '/health');
        if (health.status === 200) break;
      } catch { /* not listening yet */ }
    }
    await sleep(250);
  }
  const login = await request(base, ca, 'POST', '/api/v1/auth/login', {
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
    headers: { 'Content-Type': 'application/json' },
  });
  if (login.status !== 200) throw new Error('sign-in failed: ' + login.status);
  const token = JSON.parse(login.body).access_token;
  const spki = await chainSpkiHashes(port, ca);
  return {
    base, port, ca, token, spki, email: EMAIL, password: PASSWORD, pid: child.pid, dir,
    log: () => readFileSync(join(dir, 'server.log'), 'utf8'),
    async stop() {
      if (!exited) {
        child.kill('SIGTERM');
        for (let i = 0; i < 100 && !exited; i++) await sleep(100);
        if (!exited) child.kill('SIGKILL');
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
