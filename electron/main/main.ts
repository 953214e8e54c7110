// Electron glue: app lifecycle, the one window, its locked-down session, the menu and dialogs.
// All real work is delegated to the core service.
import { app, BrowserWindow, dialog, Menu, net, protocol, session, shell } from 'electron';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { eventChannelOf, type MenuCommand } from '../contract.js';
import { apiOver } from '../core/api.js';
import { suggestedFileName } from '../core/briefing/briefing.js';
import { BriefingFiles } from '../core/briefing/briefingFiles.js';
import { AttacheService } from '../core/service.js';
import { registerIpc } from './ipc.js';
import { APP_ORIGIN, APP_SCHEME, CONTENT_SECURITY_POLICY, contentTypeOf, isAllowedRequest, resolveAppFile } from './security.js';

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
app.enableSandbox();

const rendererDir = path.join(__dirname, '..', 'renderer');
const seedsDir = app.isPackaged ? path.join(process.resourcesPath, 'seeds') : path.join(app.getAppPath(), 'seeds');
const libraryDir = process.env.ATTACHE_LIBRARY ?? path.join(app.getPath('userData'), 'library');

function lockDownSession(): void {
  const appSession = session.defaultSession;
  appSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
  appSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  appSession.setPermissionCheckHandler(() => false);
  protocol.handle(APP_SCHEME, async (request) => {
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
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

function buildMenu(): void {
  const isMac = process.platform === 'darwin';
  const send = (command: MenuCommand) => () => {
    for (const window of BrowserWindow.getAllWindows()) window.webContents.send(eventChannelOf('menuCommand'), command);
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

async function start(): Promise<void> {
  await app.whenReady();
  lockDownSession();
  buildMenu();
  // the worker is unpacked next to the archive (electron-builder.yml: asarUnpack): threads start from real files
  const importWorker = path.join(__dirname, 'importWorker.cjs').replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
  const service = await AttacheService.open({ libraryDir, seedsDir, importWorker: { script: importWorker } });
  const ownerWindow = (): BrowserWindow | undefined => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const files = new BriefingFiles(app.getPath('userData'), {
    saveBriefingAs: async (suggestedName) => {
      const owner = ownerWindow();
      const options = {
        title: 'Save briefing',
        defaultPath: suggestedName,
        filters: [{ name: 'Attaché briefing', extensions: ['attache'] }],
      };
      const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return choice.canceled ? undefined : choice.filePath;
    },
    openBriefing: async () => {
      const owner = ownerWindow();
      const options = {
        title: 'Open briefing',
        properties: ['openFile' as const],
        filters: [{ name: 'Attaché briefing', extensions: ['attache'] }],
      };
      const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return choice.canceled ? undefined : choice.filePaths[0];
    },
  });
  const api = apiOver(
    service,
    {
      chooseExportPath: async (briefing) => {
        const owner = ownerWindow();
        const options = {
          title: 'Export briefing',
          defaultPath: suggestedFileName(briefing, '.docx'),
          filters: [{ name: 'Word document', extensions: ['docx'] }],
        };
        const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
        return choice.canceled ? undefined : choice.filePath;
      },
      chooseImportFolder: async () => {
        const owner = ownerWindow();
        const options = { title: 'Import a folder of articles', properties: ['openDirectory' as const] };
        const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
        return choice.canceled ? undefined : choice.filePaths[0];
      },
      emit: (event, payload) => {
        for (const window of BrowserWindow.getAllWindows()) window.webContents.send(eventChannelOf(event), payload);
      },
    },
    files,
  );
  registerIpc(api);
  const window = createWindow();
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
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

start().catch((error: unknown) => {
  dialog.showErrorBox('Attaché could not start', error instanceof Error ? error.message : String(error));
  app.exit(1);
});
