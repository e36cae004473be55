// A real screen reader for the tests: Orca (Debian's package) listening to
// Debian's Chromium on an Xvfb display, over the at-spi2 bus of the D-Bus
// session this process runs in (tests/screenreader/run.sh starts one). Keys
// are real X key presses (xdotool), as a person's keyboard sends them; what
// Orca says is read from its debug file (its 'SPEECH OUTPUT' lines), and every
// wait is on Orca's own output, never a guessed sleep.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, openSync, readSync, closeSync, existsSync, statSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const children = [];
const pause = (ms) => new Promise((ok) => setTimeout(ok, ms));

// Polls check() (which may be async and may throw while not yet possible).
async function until(check, message, timeout = 30000) {
  const end = Date.now() + timeout;
  for (;;) {
    try { if (await check()) return; } catch { /* not yet */ }
    if (Date.now() > end) throw new Error(message);
    await pause(100);
  }
}

// The Chrome DevTools Protocol over Node's WebSocket (node --experimental-websocket).
class Cdp {
  static connect(address) {
    return new Promise((ok, fail) => {
      const socket = new WebSocket(address);
      socket.onopen = () => ok(new Cdp(socket));
      socket.onerror = () => fail(new Error(`no DevTools connection at ${address}`));
    });
  }
  constructor(socket) {
    this.socket = socket; this.next = 1; this.waiting = new Map(); this.listeners = new Map();
    socket.onmessage = (e) => {
      const msg = JSON.parse(e.data);
      if (msg.method) { (this.listeners.get(msg.method) || []).forEach((fn) => fn(msg.params)); return; }
      const w = this.waiting.get(msg.id);
      if (!w) return;
      this.waiting.delete(msg.id);
      if (msg.error) w.fail(new Error(msg.error.message)); else w.ok(msg.result);
    };
  }
  send(method, params) {
    const id = this.next++;
    this.socket.send(JSON.stringify({ id, method, params }));
    return new Promise((ok, fail) => this.waiting.set(id, { ok, fail }));
  }
  on(method, fn) { this.listeners.set(method, [...(this.listeners.get(method) || []), fn]); }
  close() { this.socket.close(); }
}
// Each program's own messages go to a file beside Orca's (kept on failure).
function start(cmd, args, env, logTo) {
  const out = logTo ? openSync(logTo, 'a') : 'ignore';
  // A group of its own: Chromium's helper processes end with it.
  const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', out, out], detached: true });
  children.push(child);
  return child;
}

// An X display of its own: Xvfb picks a free number and writes it to a pipe.
async function startXvfb() {
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1366x768x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'pipe', 'ignore'] });
  children.push(xvfb);
  const number = await new Promise((ok, fail) => {
    let out = '';
    xvfb.stdout.on('data', (d) => { out += d; if (out.includes('\n')) ok(out.trim()); });
    xvfb.on('exit', (code) => fail(new Error(`Xvfb exited (${code})`)));
  });
  return `:${number}`;
}

// What Orca has said since the last read, one utterance a line.
class SpeechLog {
  constructor(path) { this.path = path; this.offset = 0; this.carry = ''; this.all = []; }
  poll() {
    if (!existsSync(this.path)) return [];
    const size = statSync(this.path).size;
    if (size <= this.offset) return [];
    const fd = openSync(this.path, 'r');
    const buf = Buffer.alloc(size - this.offset);
    readSync(fd, buf, 0, buf.length, this.offset);
    closeSync(fd);
    this.offset = size;
    const lines = (this.carry + buf.toString('utf8')).split('\n');
    this.carry = lines.pop();
    const said = [];
    for (const line of lines) {
      // e.g. "12:00:00.0 - SPEECH OUTPUT: 'Lestari heading level 1'{'established': False}"
      const m = line.match(/SPEECH OUTPUT: '(.*?)' ?(\{.*\})?$/);
      if (m) said.push(m[1]);
    }
    this.all.push(...said);
    return said;
  }
}

export class Orca {
  static async start() {
    const dir = mkdtempSync(join(tmpdir(), 'lestari-orca-'));
    const display = await startXvfb();
    const env = { DISPLAY: display, GTK_MODULES: 'gail:atk-bridge', NO_AT_BRIDGE: '0', LANG: 'C.UTF-8' };
    start('/usr/libexec/at-spi-bus-launcher', ['--launch-immediately'], env, join(dir, 'programs.out'));
    const orca = new Orca(dir, display, env);
    // A fresh preference folder: no one's saved Orca settings change what is
    // heard. Its customizations make Orca's debug file line-buffered (by
    // default it sits in an 8 KB buffer, so the last words could never be
    // waited for) and keep to its informative level (speech among it). And
    // Orca does not start reading the whole page when it loads (its
    // default): on a loaded machine that reading was still going when the
    // first key was pressed, and what the key changed went unsaid.
    mkdirSync(join(dir, 'prefs'));
    writeFileSync(join(dir, 'prefs', 'orca-customizations.py'), [
      'import orca.debug as d',
      'if d.debugFile: d.debugFile.reconfigure(line_buffering=True)',
      'd.debugLevel = d.LEVEL_INFO',
      'import orca.settings as s',
      's.sayAllOnLoad = False',
      's.pageSummaryOnLoad = False', ''].join('\n'));
    start('orca', ['--replace', '-u', join(dir, 'prefs'), '--debug-file', orca.log.path], env, join(dir, 'programs.out'));
    await orca.waitFor(/Screen reader on/, 30000);
    return orca;
  }

  constructor(dir, display, env) {
    this.dir = dir; this.display = display; this.env = env;
    this.log = new SpeechLog(join(dir, 'orca-debug.out'));
    this.heard = [];   // everything said since the last mark()
  }

  // Chromium with its renderer's accessibility on, as an app window (no
  // toolbar: keys go to the page). Its DevTools port serves only to know
  // when the app is ready, through the bare protocol: a driver such as
  // Playwright adds mouse listeners to the window, and a window listening for
  // clicks makes Orca call every heading "clickable" (what is under test).
  async openApp(url, { lang = 'id', ready = true } = {}) {
    const profile = join(this.dir, 'profile');
    // Chromium's offer to translate the page would be the first thing heard.
    mkdirSync(join(profile, 'Default'), { recursive: true });
    writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ translate: { enabled: false } }));
    start('/usr/bin/chromium', ['--no-sandbox', '--force-renderer-accessibility', '--use-gl=swiftshader',
      '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist', '--no-first-run', '--no-default-browser-check',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-gpu-watchdog',
      `--lang=${lang}`, `--user-data-dir=${profile}`, '--window-position=0,0', '--window-size=1366,768',
      '--remote-debugging-port=0', `--app=${url}`], this.env, join(this.dir, 'programs.out'));
    const portFile = join(profile, 'DevToolsActivePort');
    await until(() => existsSync(portFile) && readFileSync(portFile, 'utf8').includes('\n'), 'Chromium never opened its DevTools port');
    const port = readFileSync(portFile, 'utf8').split('\n')[0];
    let target;
    await until(async () => {
      const list = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
      target = list.find((t) => t.type === 'page' && t.url.startsWith(url.split('#')[0]));
      return target;
    }, 'the app window never opened');
    this.cdp = await Cdp.connect(target.webSocketDebuggerUrl);
    if (ready) await until(() => this.evaluate('!!(window.lestari && window.lestari.isReady)'), 'the app never became ready');
  }

  // Files for the next file picker the page opens (the picker itself is the
  // system's, which a test cannot drive by keys): as a person choosing them.
  async answerFilePickers(paths) {
    if (!this.pickerAnswered) {
      this.pickerAnswered = true;
      await this.cdp.send('Page.enable');
      await this.cdp.send('Page.setInterceptFileChooserDialog', { enabled: true });
      this.cdp.on('Page.fileChooserOpened', (p) => {
        this.cdp.send('DOM.setFileInputFiles', { files: this.pickerFiles, backendNodeId: p.backendNodeId });
      });
    }
    this.pickerFiles = paths;
  }

  // An expression's value in the page (for waiting, never for acting).
  async evaluate(expression) {
    const { result } = await this.cdp.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    return result.value;
  }

  // Starts a new stretch of what is heard (for the next expectation).
  mark() { this.log.poll(); this.heard = []; }

  // Waits until Orca has said something matching re since the last mark();
  // returns all it said in that stretch.
  async waitFor(re, timeout = 20000) {
    const until = Date.now() + timeout;
    for (;;) {
      this.heard.push(...this.log.poll());
      if (this.heard.some((s) => re.test(s))) return this.heard.join(' | ');
      if (Date.now() > until) {
        throw new Error(`Orca never said ${re}; it said: ${this.heard.join(' | ') || '(nothing)'}`);
      }
      await pause(50);
    }
  }

  // Waits until Orca has been silent for quietMs (its answer to a key is done).
  async quiet(quietMs = 600, timeout = 20000) {
    const until = Date.now() + timeout;
    let last = Date.now();
    for (;;) {
      const said = this.log.poll();
      if (said.length) { this.heard.push(...said); last = Date.now(); }
      if (Date.now() - last >= quietMs) return this.heard.join(' | ');
      if (Date.now() > until) return this.heard.join(' | ');
      await pause(50);
    }
  }

  // Real key presses, e.g. key('Tab'), key('shift+Tab'), key('space').
  key(...keys) {
    this.mark();
    execFileSync('xdotool', ['key', '--delay', '80', ...keys], { env: { ...process.env, ...this.env } });
  }

  // Presses keys and waits for Orca to say what re matches.
  async press(keys, re, timeout) {
    this.key(...[].concat(keys));
    return this.waitFor(re, timeout);
  }

  async stop() {
    this.cdp?.close();
    await Promise.all(children.reverse().map((c) => new Promise((done) => {
      if (c.exitCode !== null || c.signalCode !== null) return done();
      c.on('exit', done);
      try { process.kill(-c.pid, 'SIGKILL'); } catch { c.kill('SIGKILL'); }
    })));
    if (!process.env.KEEP) rmSync(this.dir, { recursive: true, force: true, maxRetries: 5 });
  }
}
