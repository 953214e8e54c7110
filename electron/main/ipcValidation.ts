// The gate every IPC call passes in main, kept free of Electron so it is tested with hostile input:
// the caller must be the app's own frame, the call must exist, its arguments must parse.
import { calls, isCallName } from '../contract.js';
import { isAppFrame } from './security.js';

export type Validated = { ok: true; args: unknown[] } | { ok: false; message: string };

export function validateCall(name: string, senderUrl: string | undefined, args: unknown[]): Validated {
  if (!isCallName(name)) return { ok: false, message: `no such call: ${name.slice(0, 40)}` };
  if (!isAppFrame(senderUrl)) return { ok: false, message: `${name}: refused, not called from the app` };
  const parsed = calls[name].args.safeParse(args);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      message: `${name}: invalid arguments${issue ? ` (${issue.path.join('.') || 'arguments'}: ${issue.message})` : ''}`,
    };
  }
  return { ok: true, args: parsed.data };
}
