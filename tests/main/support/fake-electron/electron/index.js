// A stand-in for the `electron` module so the production bundle (out/main/index.js) can boot in
// plain Node. It records what the app asks of Electron and lets the parent test drive it over
// the child-process IPC channel: {type:'invoke', channel, input} and {type:'quit'}.
const { EventEmitter } = require('node:events');
const path = require('node:path');

const send = (message) => process.send && process.send(message);
const env = process.env;

const appEvents = new EventEmitter();
let readyResolve;
const ready = new Promise((resolve) => (readyResolve = resolve));
setImmediate(() => readyResolve());

const app = {
  isPackaged: env.FAKE_ELECTRON_PACKAGED === '1',
  name: 'Central de Atendimento',
  getName: () => 'Central de Atendimento',
  getVersion: () => env.FAKE_ELECTRON_VERSION || '0.0.0',
  getAppPath: () => process.cwd(),
  getPath: (name) => {
    const dir = env.FAKE_ELECTRON_HOME;
    const paths = {
      userData: path.join(dir, 'Roaming', 'Central de Atendimento'),
      appData: path.join(dir, 'Roaming'),
      home: dir,
      temp: path.join(dir, 'Temp'),
      logs: path.join(dir, 'Roaming', 'Central de Atendimento', 'logs'),
      documents: path.join(dir, 'Documents'),
      downloads: path.join(dir, 'Downloads'),
      exe: path.join(dir, 'app', 'Central de Atendimento.exe'),
    };
    if (!(name in paths)) throw new Error(`fake electron: getPath(${name}) desconhecido`);
    return paths[name];
  },
  setPath: () => undefined,
  requestSingleInstanceLock: () => true,
  whenReady: () => ready,
  isReady: () => true,
  on: (event, listener) => {
    appEvents.on(event, listener);
    return app;
  },
  once: (event, listener) => {
    appEvents.once(event, listener);
    return app;
  },
  quit: () => {
    let prevented = false;
    appEvents.emit('before-quit', { preventDefault: () => (prevented = true) });
    if (!prevented) app.exit(0);
  },
  exit: (code = 0) => {
    send({ type: 'exit', code });
    setImmediate(() => process.exit(code));
  },
  setAppUserModelId: () => undefined,
  setAsDefaultProtocolClient: (...args) => {
    send({ type: 'protocol.defaultClient', args });
    return true;
  },
  // What the OS does on a second start or an opened link: the test drives the app's listeners.
  emit: (event, ...args) => appEvents.emit(event, ...args),
  commandLine: { appendSwitch: () => undefined },
};

const windows = [];
let nextId = 1;
class WebContents extends EventEmitter {
  constructor() {
    super();
    this.id = nextId++;
    this.url = '';
    // An in-memory profile: no "manter conectado" slot.
    this.session = { storagePath: null };
  }
  setWindowOpenHandler() {}
  send(...args) {
    send({ type: 'event', args });
  }
  isDestroyed() {
    return false;
  }
  getURL() {
    return this.url;
  }
}
class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new WebContents();
    windows.push(this);
    send({ type: 'window', options });
  }
  static getAllWindows() {
    return windows.slice();
  }
  static getFocusedWindow() {
    return windows[0] || null;
  }
  loadFile(file) {
    this.webContents.url = `file://${file}`;
    send({ type: 'loadFile', file });
    return Promise.resolve();
  }
  loadURL(url) {
    this.webContents.url = url;
    send({ type: 'loadURL', url });
    return Promise.resolve();
  }
  show() {}
  focus() {}
  restore() {}
  isMinimized() {
    return false;
  }
}

const handlers = new Map();
const protocols = new Map();
const ipcMain = {
  handle: (channel, handler) => {
    handlers.set(channel, handler);
    send({ type: 'ipc.handle', channel });
  },
  removeHandler: (channel) => handlers.delete(channel),
  on: () => ipcMain,
};

process.on('message', async (message) => {
  if (message.type === 'invoke') {
    const win = windows[0];
    const handler = handlers.get('central:invoke');
    if (!win || !handler) return send({ type: 'result', id: message.id, error: 'not ready' });
    const event = { sender: win.webContents, senderFrame: { url: win.webContents.url, parent: null } };
    try {
      const value = await handler(event, message.channel, message.input);
      send({ type: 'result', id: message.id, value });
    } catch (e) {
      send({ type: 'result', id: message.id, error: String(e) });
    }
  } else if (message.type === 'fetchApp') {
    // What the window would get for a URL of the app's scheme, through the registered handler.
    const handler = protocols.get(new URL(message.url).protocol.replace(':', ''));
    if (!handler) return send({ type: 'result', id: message.id, error: 'no protocol handler' });
    const response = await handler({ url: message.url, method: 'GET' });
    send({
      type: 'result',
      id: message.id,
      value: {
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: await response.text(),
      },
    });
  } else if (message.type === 'secondInstance') {
    appEvents.emit('second-instance', {}, message.argv, process.cwd());
  } else if (message.type === 'quit') {
    app.quit();
  }
});

const session = {
  defaultSession: {
    setPermissionRequestHandler: () => undefined,
    setPermissionCheckHandler: () => undefined,
    webRequest: { onHeadersReceived: () => undefined, onBeforeRequest: () => undefined },
    setProxy: () => Promise.resolve(),
    resolveProxy: () => Promise.resolve('DIRECT'),
    // Chromium's network stack stands in as Node's fetch (the gateways' port calls it).
    setCertificateVerifyProc: () => undefined,
    fetch: (...args) => fetch(...args),
  },
  fromPartition: () => session.defaultSession,
};

module.exports = {
  app,
  BrowserWindow,
  ipcMain,
  session,
  safeStorage: {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => 'basic_text',
    encryptString: (s) => Buffer.from(`fake:${s}`, 'utf8'),
    decryptString: (b) => b.toString('utf8').replace(/^fake:/, ''),
    isAsyncEncryptionAvailable: async () => true,
    encryptStringAsync: async (s) => Buffer.from(`fake:${s}`, 'utf8'),
    decryptStringAsync: async (b) => ({
      result: b.toString('utf8').replace(/^fake:/, ''),
      shouldReEncrypt: false,
    }),
  },
  dialog: {
    showErrorBox: (title, content) => send({ type: 'errorBox', title, content }),
    showSaveDialog: () => Promise.resolve({ canceled: true }),
    showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
    showMessageBox: () => Promise.resolve({ response: 0 }),
  },
  powerMonitor: new EventEmitter(),
  protocol: {
    handle: (scheme, handler) => {
      protocols.set(scheme, handler);
      send({ type: 'protocol.handle', scheme });
    },
    registerSchemesAsPrivileged: (schemes) => send({ type: 'protocol.privileged', schemes }),
  },
  net: { fetch: (...args) => fetch(...args) },
  shell: {
    openExternal: () => Promise.resolve(),
    openPath: () => Promise.resolve(''),
    showItemInFolder: () => undefined,
  },
  webContents: { getAllWebContents: () => windows.map((w) => w.webContents), fromId: () => undefined },
  clipboard: { writeText: () => undefined },
  Menu: { setApplicationMenu: () => undefined },
};
