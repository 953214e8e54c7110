// The status line: what the last action did or why it failed. Every call to main that could reject goes
// through callSafely, so a failure is always said, never left as "Exporting…".
import { create } from 'zustand';

interface StatusState {
  message: string | null;
  say(message: string | null): void;
}

export const useStatus = create<StatusState>()((set) => ({
  message: null,
  say: (message) => set({ message }),
}));

export const say = (message: string | null): void => useStatus.getState().say(message);

/** Runs a call to main; a rejection (a bug, a lost connection) becomes a status message and undefined (so a call that answers nothing should answer true to be told apart). */
export async function callSafely<T>(what: string, call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    say(`${what} failed: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}
