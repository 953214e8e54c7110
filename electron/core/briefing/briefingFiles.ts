// Briefings are files the user owns: saved and opened by path (chosen in a dialog by the front end,
// never sent by the page), sealed with a checksum and keeping their last good copy, with a recent list
// and an autosaved recovery copy that the next start offers to restore after a crash.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { BriefingSchema, failure, type Briefing, type BriefingFileResult, type Recovery, type Result } from '../../contract.js';
import { readSealedJson, sealedFormat, writeSealedJson } from '../sealedFile.js';
import type { Shell } from '../shell.js';
import { writeFailure } from '../writeFailure.js';
import { suggestedFileName } from './model/briefing.js';
import { hasContent } from './model/edits.js';

const RECENT_LIMIT = 10;

const BRIEFING = sealedFormat('attache-briefing', 1, BriefingSchema);
const RECOVERY = sealedFormat(
  'attache-recovery',
  1,
  z.object({ savedAt: z.string(), file: z.string().nullable(), briefing: BriefingSchema }),
);
const RECENT = sealedFormat('attache-recent', 1, z.array(z.string()));

export class BriefingFiles {
  private current: string | null = null;

  /** `stateDir` holds the recent list and the recovery copy (the app's user-data folder). */
  constructor(
    private readonly stateDir: string,
    private readonly shell: Pick<Shell, 'choosePath'>,
  ) {}

  get currentFile(): string | null {
    return this.current;
  }

  /** A new briefing has no file yet: the next save asks where. */
  forgetCurrentFile(): void {
    this.current = null;
  }

  async save(briefing: Briefing, saveAs: boolean): Promise<BriefingFileResult> {
    let file = this.current;
    if (saveAs || !file) {
      file = (await this.shell.choosePath({ kind: 'briefingToSave', suggestedName: suggestedFileName(briefing, '.attache') })) ?? null;
      if (!file) return failure('canceled', 'Save canceled.');
    }
    try {
      await writeSealedJson(file, BRIEFING, briefing);
    } catch (error) {
      return failure('write-failed', writeFailure(file, error));
    }
    this.current = file;
    await this.remember(file);
    await this.removeRecovery();
    return { ok: true, file, briefing };
  }

  async open(chosen?: string): Promise<BriefingFileResult> {
    const file = chosen ?? (await this.shell.choosePath({ kind: 'briefingToOpen' }));
    if (!file) return failure('canceled', 'Open canceled.');
    const read = await BriefingFiles.read(file);
    if (!read.ok) return read;
    this.current = file;
    await this.remember(file);
    return read;
  }

  /** A briefing file's briefing, checked by the briefing's schema; a damaged file gives its last good copy, said so. */
  static async read(file: string): Promise<BriefingFileResult> {
    const read = await readSealedJson(file, BRIEFING).catch((error: unknown) => ({
      state: 'damaged' as const,
      problem: (error as NodeJS.ErrnoException).code ?? String(error),
    }));
    const name = path.basename(file);
    if (read.state === 'missing') return failure('not-found', `“${name}” does not exist.`);
    if (read.state === 'damaged') return failure('failed', `“${name}” cannot be opened: ${read.problem}.`);
    const notice =
      read.state === 'restored' ? `“${name}” was damaged (${read.problem}); its last saved good copy was restored.` : undefined;
    return { ok: true, file, briefing: read.data, ...(notice ? { notice } : {}) };
  }

  async recent(): Promise<string[]> {
    const read = await readSealedJson(this.recentFile, RECENT).catch(() => undefined);
    return read && (read.state === 'ok' || read.state === 'restored') ? read.data : [];
  }

  async openRecent(index: number): Promise<BriefingFileResult> {
    const file = (await this.recent())[index];
    return file ? this.open(file) : failure('not-found', 'That briefing is no longer in the recent list.');
  }

  /**
   * Autosave: the briefing as it is now, where the next start finds it if this session dies. A briefing
   * with nothing of the user's in it never replaces a recovery copy that has something.
   */
  async autosave(briefing: Briefing): Promise<Result> {
    if (!hasContent(briefing)) {
      const older = await this.recovery();
      if (older && hasContent(older.briefing)) return { ok: true };
    }
    try {
      await fs.mkdir(this.stateDir, { recursive: true });
      await writeSealedJson(this.recoveryFile, RECOVERY, { savedAt: new Date().toISOString(), file: this.current, briefing });
    } catch (error) {
      return failure('write-failed', `Autosave: ${writeFailure(this.recoveryFile, error)}`);
    }
    return { ok: true };
  }

  async recovery(): Promise<Recovery | null> {
    const read = await readSealedJson(this.recoveryFile, RECOVERY).catch(() => undefined);
    return read && (read.state === 'ok' || read.state === 'restored') ? read.data : null;
  }

  async removeRecovery(): Promise<void> {
    await fs.rm(this.recoveryFile, { force: true });
    await fs.rm(`${this.recoveryFile}.bak`, { force: true });
  }

  private async remember(file: string): Promise<void> {
    const recent = [file, ...(await this.recent()).filter((other) => other !== file)].slice(0, RECENT_LIMIT);
    await fs.mkdir(this.stateDir, { recursive: true });
    await writeSealedJson(this.recentFile, RECENT, recent);
  }

  private get recoveryFile(): string {
    return path.join(this.stateDir, 'recovery.attache');
  }

  private get recentFile(): string {
    return path.join(this.stateDir, 'recent.json');
  }
}
