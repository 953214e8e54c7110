declare module 'az' {
  const Az: {
    load: (file: string, type: string, done: (error: Error | null, data?: unknown) => void) => void;
    Morph: ((word: string, config?: { parsers?: string[]; stutter?: number; typos?: number }) => unknown[]) & {
      init(path: string, done: (error: Error | null) => void): void;
    };
  };
  export default Az;
}
