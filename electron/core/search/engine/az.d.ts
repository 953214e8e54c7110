declare module 'az' {
  const Az: {
    load: (file: string, type: string, done: (error: Error | null, data?: unknown) => void) => void;
    Morph: ((word: string, config?: { parsers?: string[] }) => unknown[]) & {
      init(path: string, done: (error: Error | null) => void): void;
    };
  };
  export default Az;
}
