// Electron glue: app lifecycle, the one window, its locked-down session, the menu and dialogs.
// All real work is delegated to the core service.
import {
  app,
  BrowserWindow,
  dialog,
  Menu,
  net,
  protocol,
  session,
  shell,
  type OpenDialogOptions,
  type SaveDialogOptions,
  type WebContents,
} from 'electron';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { eventChannelOf, type MenuCommand } from '../contract.js';
import { libraryDirOf } from '../core/appPaths.js';
import { AttacheService } from '../core/service.js';
import type { PathRequest, Shell } from '../core/shell.js';
import { registerIpc } from './ipc.js';
import {
  APP_ORIGIN,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  contentTypeOf,
  isAllowedRequest,
  PRINT_CONTENT_SECURITY_POLICY,
  PRINT_PATH,
  printDocumentId,
  resolveAppFile,
} from './security.js';

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
app.enableSandbox();

const rendererDir = path.join(__dirname, '..', 'renderer');
const seedsDir = app.isPackaged ? path.join(process.resourcesPath, 'seeds') : path.join(app.getAppPath(), 'seeds');
const libraryDir = libraryDirOf(app.getPath('userData'));

function lockDownSession(): void {
  const appSession = session.defaultSession;
  appSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
  appSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  appSession.setPermissionCheckHandler(() => false);
  protocol.handle(APP_SCHEME, async (request) => {
    const printId = printDocumentId(request.url);
    if (printId !== undefined) {
      const html = printDocuments.get(printId);
      if (html === undefined) return new Response('Not found', { status: 404 });
      return new Response(html, {
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PRINT_CONTENT_SECURITY_POLICY },
      });
    }
    const file = resolveAppFile(rendererDir, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    if (!response.ok) return new Response('Not found', { status: 404 });
    return new Response(response.body, {
      headers: { 'Content-Type': contentTypeOf(file), 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
    });
  });
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

/** The printed briefings being laid out, by id: served at app://attache/print/<id> to their hidden windows. */
const printDocuments = new Map<string, string>();
/** The hidden windows that print; they are not the app's windows (no menu commands, never the one closed). */
const printWindows = new WeakSet<BrowserWindow>();
const appWindows = (): BrowserWindow[] => BrowserWindow.getAllWindows().filter((window) => !printWindows.has(window));

/** Loads a printed briefing in a hidden window that runs no script and has no preload, and hands it to `use`. */
async function inPrintWindow<T>(html: string, use: (contents: WebContents) => Promise<T>): Promise<T> {
  const id = randomUUID();
  printDocuments.set(id, html);
  const window = new BrowserWindow({
    show: false,
    // the same locked-down preferences as the app's window, written out: Electronegativity (test/main)
    // reads them literally and reports a shared spread object as missing isolation and sandbox
    webPreferences: {
      javascript: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  printWindows.add(window);
  try {
    await window.loadURL(`${APP_ORIGIN}${PRINT_PATH}${id}`);
    return await use(window.webContents);
  } finally {
    printDocuments.delete(id);
    window.destroy();
  }
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: 'Attaché',
    show: false,
    webPreferences: {
      // Electronegativity asks to review preloads: this one exposes only the contract's typed calls, never ipcRenderer.
      preload: path.join(__dirname, '..', 'preload', 'preload.cjs'), // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  // a close (or a quit) is first put to the window, which asks about unsaved work, then calls closeWindow
  window.on('close', (event) => {
    if (closeAgreed.has(window) || window.webContents.isCrashed()) return;
    event.preventDefault();
    window.webContents.send(eventChannelOf('menuCommand'), 'close' satisfies MenuCommand);
  });
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

/** Windows that agreed to close (their unsaved work saved or let go). */
const closeAgreed = new WeakSet<BrowserWindow>();
/** A quit was asked for: once its window agrees to close, the app quits. */
let quitting = false;
app.on('before-quit', () => {
  quitting = true;
});

function buildMenu(): void {
  const isMac = process.platform === 'darwin';
  const send = (command: MenuCommand) => () => {
    for (const window of appWindows()) window.webContents.send(eventChannelOf('menuCommand'), command);
  };
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      ...(isMac ? [{ role: 'appMenu' as const }] : []),
      {
        label: 'File',
        submenu: [
          { label: 'New Briefing', accelerator: 'CmdOrCtrl+N', click: send('new') },
          { label: 'Open Briefing…', accelerator: 'CmdOrCtrl+O', click: send('open') },
          { label: 'Save', click: send('save') },
          { label: 'Save As…', click: send('saveAs') },
          { type: 'separator' },
          { label: 'Import Folder…', accelerator: 'CmdOrCtrl+I', click: send('import') },
          { label: 'Export .docx…', click: send('export') },
          { label: 'Export PDF…', click: send('exportPdf') },
          { label: 'Print…', accelerator: 'CmdOrCtrl+P', click: send('print') },
          { type: 'separator' },
          isMac ? { role: 'close' as const } : { role: 'quit' as const },
        ],
      },
      { role: 'editMenu' },
      { role: 'viewMenu' },
      { role: 'windowMenu' },
      {
        role: 'help',
        submenu: [
          { label: 'Keyboard Shortcuts', click: send('shortcuts') },
          { label: 'Library Folder', click: () => void shell.openPath(libraryDir) },
        ],
      },
    ]),
  );
}

/** The dialog that answers each kind of path the core asks for. */
function dialogFor(request: PathRequest): { save: SaveDialogOptions } | { open: OpenDialogOptions } {
  const briefingFiles = [{ name: 'Attaché briefing', extensions: ['attache'] }];
  switch (request.kind) {
    case 'folderToImport':
      return { open: { title: 'Import a folder of articles', properties: ['openDirectory'] } };
    case 'briefingToOpen':
      return { open: { title: 'Open briefing', properties: ['openFile'], filters: briefingFiles } };
    case 'briefingToSave':
      return { save: { title: 'Save briefing', defaultPath: request.suggestedName, filters: briefingFiles } };
    case 'docxToWrite':
      return {
        save: { title: 'Export briefing', defaultPath: request.suggestedName, filters: [{ name: 'Word document', extensions: ['docx'] }] },
      };
    case 'pdfToWrite':
      return {
        save: { title: 'Export briefing as PDF', defaultPath: request.suggestedName, filters: [{ name: 'PDF', extensions: ['pdf'] }] },
      };
  }
}

/** The core's front end in the app: native dialogs on the focused window, events to every window. */
const electronShell: Shell = {
  choosePath: async (request) => {
    const owner = BrowserWindow.getFocusedWindow() ?? appWindows()[0];
    const dialogOptions = dialogFor(request);
    if ('save' in dialogOptions) {
      const choice = owner ? await dialog.showSaveDialog(owner, dialogOptions.save) : await dialog.showSaveDialog(dialogOptions.save);
      return choice.canceled ? undefined : choice.filePath;
    }
    const choice = owner ? await dialog.showOpenDialog(owner, dialogOptions.open) : await dialog.showOpenDialog(dialogOptions.open);
    return choice.canceled ? undefined : choice.filePaths[0];
  },
  emit: (event, payload) => {
    for (const window of appWindows()) window.webContents.send(eventChannelOf(event), payload);
  },
  closeWindowNow: () => {
    const window = BrowserWindow.getFocusedWindow() ?? appWindows()[0];
    if (!window) return;
    closeAgreed.add(window);
    window.close();
    if (quitting) app.quit();
  },
  printToPdf: (html) =>
    inPrintWindow(html, async (contents) =>
      Uint8Array.from(
        await contents.printToPDF({
          preferCSSPageSize: true,
          printBackground: true,
          generateTaggedPDF: true,
          generateDocumentOutline: true,
        }),
      ),
    ),
  print: (html) =>
    inPrintWindow(
      html,
      (contents) =>
        new Promise<boolean>((resolve, reject) =>
          contents.print({ printBackground: true }, (success, failureReason) => {
            if (success) resolve(true);
            else if (/cancel/i.test(failureReason)) resolve(false);
            else reject(new Error(failureReason));
          }),
        ),
    ),
};

async function start(): Promise<void> {
  await app.whenReady();
  lockDownSession();
  buildMenu();
  // the worker is unpacked next to the archive (electron-builder.yml: asarUnpack): threads start from real files
  const libraryWorker = path.join(__dirname, 'libraryWorker.cjs').replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
  const service = await AttacheService.open({
    libraryDir,
    stateDir: app.getPath('userData'),
    seedsDir,
    libraryWorker: { script: libraryWorker },
    shell: electronShell,
    // a large library's first result before all of its index is read
    backgroundIndex: true,
  });
  registerIpc(service);
  const window = createWindow();
  // articles stored by an older reading of quotes, figures and names are read again in the background
  window.once('ready-to-show', () => {
    void service.refreshInsights().then((outcome) => {
      if (!outcome.ok && outcome.reason !== 'busy') console.error(`Attaché: ${outcome.message}`);
    });
  });
  if (service.notices.length > 0) {
    window.once('ready-to-show', () => {
      void dialog.showMessageBox(window, {
        type: 'warning',
        title: 'Attaché',
        message: 'The library was repaired when it opened',
        detail: service.notices.join('\n\n'),
      });
    });
  }
  app.on('activate', () => {
    if (appWindows().length === 0) createWindow();
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

start().catch((error: unknown) => {
  dialog.showErrorBox('Attaché could not start', error instanceof Error ? error.message : String(error));
  app.exit(1);
});
