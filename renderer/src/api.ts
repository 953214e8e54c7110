// The renderer's client of main: the only module that touches window.attache (the preload's API in the
// app; a test bridge in end-to-end tests). Every call of the contract is reachable as api.<call>(…),
// typed by the contract, with no call listed here: the proxy forwards whatever the contract declares.
import type { AttacheApi } from '../../electron/contract';

export const api: AttacheApi = new Proxy({} as AttacheApi, {
  get: (_target, name: string) => {
    // looked up at call time: tests install window.attache after this module loads
    return (...args: unknown[]) => (window.attache[name as keyof AttacheApi] as (...callArgs: unknown[]) => unknown)(...args);
  },
});
