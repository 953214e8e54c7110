// Expected failures are values, not exceptions: every call that can fail answers a Result.

/** Why an expected failure happened: the UI reacts to the reason, shows the message. */
export type FailureReason =
  /** The user closed a dialog without choosing. */
  | 'canceled'
  /** The library is being changed (an import or a removal runs). */
  | 'busy'
  /** The request itself cannot be carried out as asked (a query that does not parse, a path that is not a folder). */
  | 'invalid'
  /** A file or article that is not there. */
  | 'not-found'
  /** Writing a file failed (disk full, read-only, no such folder). */
  | 'write-failed'
  /** The work itself failed (a file could not be read, a worker stopped). */
  | 'failed';

export interface Failure {
  ok: false;
  reason: FailureReason;
  message: string;
}

/** The answer of every call that can fail in an expected way: success with its data, or a reason and a message a user can act on. */
export type Result<T extends object = object> = ({ ok: true } & T) | Failure;

export const failure = (reason: FailureReason, message: string): Failure => ({ ok: false, reason, message });
