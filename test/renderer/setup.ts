// jsdom has no layout: every element measures 0×0, so a virtualised list would show no rows. Give
// elements the size of a window pane, as a browser would.
const PANE = { width: 400, height: 800, top: 0, left: 0, right: 400, bottom: 800, x: 0, y: 0, toJSON: () => ({}) };
// Pane separators are thin strips at the panes' edges, never under the controls a test clicks.
const SEPARATOR = { width: 5, height: 800, top: 0, left: 1000, right: 1005, bottom: 800, x: 1000, y: 0, toJSON: () => ({}) };
Element.prototype.getBoundingClientRect = function (this: Element) {
  return (this.getAttribute('role') === 'separator' ? SEPARATOR : PANE) as DOMRect;
};
Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => PANE.height });
Object.defineProperty(HTMLElement.prototype, 'offsetWidth', { configurable: true, get: () => PANE.width });

// Nor does jsdom have ResizeObserver: with no layout, nothing ever resizes, so an observer that never fires is faithful.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
} as unknown as typeof ResizeObserver;
