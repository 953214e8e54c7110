// TEST-ONLY: plays the Electron main process for the built renderer in a real browser. It serves
// dist/renderer with the app's CSP over loopback, and answers the preload API's calls at /rpc/<call>
// by validating them with the contract's schemas and forwarding them to the real core service.
// The page gets window.attache from BRIDGE_SCRIPT. Nothing here ships with the app.
import { readFile } from 'node:fs/promises';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { callNames, calls, isCallName } from '../../electron/contract';
import { AttacheService, type ServiceOptions } from '../../electron/core/service';
import { printHtmlToPdf } from '../../electron/core/export/chromiumPdf';
import type { Shell } from '../../electron/core/shell';
import { CONTENT_SECURITY_POLICY, contentTypeOf } from '../../electron/main/security';
import { PROJECT_DIR } from './paths';

const RENDERER_DIR = path.join(PROJECT_DIR, 'dist', 'renderer');

export interface AppServer {
  url: string;
  service: AttacheService;
  /** The folder the next "Import folder…" picks, as the user would in the dialog. */
  importFolderChoice: string | undefined;
  /** The file the next Save As / Open picks. */
  briefingFileChoice: string | undefined;
  /** Whether the window asked to be closed (after dealing with its unsaved work). */
  windowClosed: boolean;
  /** Every document sent to the printer. */
  printed: string[];
  /** Where files dropped on the page are (a browser page never sees paths; Electron's preload does). */
  dropRoot: string;
  close(): Promise<void>;
}

/** Opens the service (its dialogs answered by this server's choices, exports into `exportDir`) and serves the app over it. */
export async function startAppServer(options: Omit<ServiceOptions, 'shell'>, exportDir: string): Promise<AppServer> {
  const streams = new Set<ServerResponse>();
  // the shell answers from the server's fields, read when a dialog is asked for (appServer is set by then)
  const shell: Shell = {
    choosePath: async (request) => {
      if (request.kind === 'docxToWrite' || request.kind === 'pdfToWrite') return path.join(exportDir, request.suggestedName);
      return request.kind === 'folderToImport' ? appServer.importFolderChoice : appServer.briefingFileChoice;
    },
    emit: (event, payload) => {
      for (const stream of streams) stream.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
    },
    closeWindowNow: () => void (appServer.windowClosed = true),
    printToPdf: printHtmlToPdf,
    print: async (html) => {
      appServer.printed.push(html);
      return true;
    },
  };
  const service = await AttacheService.open({ ...options, shell });
  const appServer: AppServer = {
    url: '',
    service,
    importFolderChoice: undefined,
    briefingFileChoice: undefined,
    windowClosed: false,
    printed: [],
    dropRoot: exportDir,
    close: async () => undefined,
  };
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      if (url.pathname === '/events') {
        response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' });
        response.write(': events\n\n');
        streams.add(response);
        request.on('close', () => streams.delete(response));
        return;
      }
      if (request.method === 'POST' && url.pathname.startsWith('/rpc/')) {
        const name = url.pathname.slice('/rpc/'.length);
        const chunks: Buffer[] = [];
        for await (const chunk of request) chunks.push(chunk as Buffer);
        const parsed = isCallName(name) ? calls[name].args.safeParse(JSON.parse(Buffer.concat(chunks).toString('utf8'))) : undefined;
        if (!parsed?.success) {
          response.writeHead(400, { 'Content-Type': 'application/json' }).end(JSON.stringify({ error: `invalid call ${name}` }));
          return;
        }
        const args = parsed.data;
        if (name === 'importDroppedFolder' && !path.isAbsolute(args[0] as string))
          args[0] = path.join(appServer.dropRoot, args[0] as string);
        const call = service[name as keyof typeof calls] as (...callArgs: unknown[]) => Promise<unknown>;
        const result = await call.apply(service, args);
        response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ result }, bytesAsBase64));
        return;
      }
      const file = path.resolve(RENDERER_DIR, '.' + (url.pathname === '/' ? '/index.html' : decodeURIComponent(url.pathname)));
      if (!file.startsWith(RENDERER_DIR + path.sep)) {
        response.writeHead(404).end();
        return;
      }
      const body = await readFile(file).catch(() => undefined);
      if (!body) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'Content-Type': contentTypeOf(file), 'Content-Security-Policy': CONTENT_SECURITY_POLICY }).end(body);
    })().catch((error: unknown) => {
      response.writeHead(500, { 'Content-Type': 'application/json' }).end(JSON.stringify({ error: String(error) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  appServer.url = `http://127.0.0.1:${port}/`;
  appServer.close = () =>
    new Promise((resolve) => {
      for (const stream of streams) stream.end();
      server.close(() => resolve());
    });
  return appServer;
}

/** Bytes (a PDF) cross JSON as {$bytes: base64}; IPC carries them as they are. */
const bytesAsBase64 = (_key: string, value: unknown): unknown =>
  value instanceof Uint8Array ? { $bytes: Buffer.from(value).toString('base64') } : value;

/** The page's stand-in for the preload: the same call names, each a POST to the server above. */
export const BRIDGE_SCRIPT = `(() => {
  const names = ${JSON.stringify(callNames)};
  const call = (name) => async (...args) => {
    const response = await fetch('/rpc/' + name, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(args) });
    const payload = JSON.parse(await response.text(), (key, value) =>
      value && typeof value.$bytes === 'string' ? Uint8Array.from(atob(value.$bytes), (char) => char.charCodeAt(0)) : value);
    if (!response.ok) throw new Error(payload.error);
    return payload.result;
  };
  let events;
  const on = (event, listener) => {
    events ??= new EventSource('/events');
    const forward = (message) => listener(JSON.parse(message.data));
    events.addEventListener(event, forward);
    return () => events.removeEventListener(event, forward);
  };
  // the page sees only a dropped file's name; the server finds it in its drop folder
  const pathOfDroppedFile = (file) => file.name;
  window.attache = Object.freeze({ ...Object.fromEntries(names.map((name) => [name, call(name)])), on, pathOfDroppedFile });
})();`;
