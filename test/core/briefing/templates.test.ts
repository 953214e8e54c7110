// Templates and briefings built from searches, in the core: the meeting and country briefs, the press
// digest of the current search, and the command line's briefing from a query.
import { describe, expect, it } from 'vitest';
import { emptyBriefing } from '../../../electron/core/briefing/model/briefing';
import { TEMPLATES, withTemplate } from '../../../electron/core/briefing/model/templates';
import { AttacheService } from '../../../electron/core/service';
import { SEEDS_DIR, tempDir } from '../../support/paths';

const openSeeds = async () => AttacheService.open({ libraryDir: await tempDir('templates'), seedsDir: SEEDS_DIR });

describe('templates', () => {
  it('a meeting brief gives its sections and, to an untitled briefing, its name', () => {
    const brief = withTemplate('meeting', emptyBriefing());
    expect(brief.title).toBe('Meeting brief');
    expect(brief.sections.map((section) => section.heading)).toEqual([...TEMPLATES.meeting.sections]);
    expect(withTemplate('country', { ...emptyBriefing(), title: 'Belarus' }).title).toBe('Belarus');
  });

  it('a press digest has one section per first-named country, the largest first, newest article first', async () => {
    const service = await openSeeds();
    const digest = await service.pressDigest(emptyBriefing(), 'Belarus', {});
    expect(digest.title).toBe('Press digest: Belarus');
    const outline = digest.sections.map((section) => [section.heading, section.items.map((item) => item.date)]);
    expect(outline).toEqual([
      ['Azerbaijan', ['2024-10-04', '2024-05-16']],
      ['Belarus', ['2017-11-13']],
      ['Cuba', [null]],
    ]);
  });

  it('a press digest keeps to the search’s filters, and of nothing found makes one empty section', async () => {
    const service = await openSeeds();
    const filtered = await service.pressDigest(emptyBriefing(), 'Belarus', { filters: { countries: ['China'] } });
    expect(filtered.sections.flatMap((section) => section.items.map((item) => item.title))).toEqual([expect.stringMatching(/Kaliningrad/)]);
    const none = await service.pressDigest(emptyBriefing(), 'Zanzibar', {});
    expect(none.sections).toEqual([{ heading: 'Articles', items: [] }]);
  });

  it('a briefing from a query has one section per article, in rank order; nothing found is a reason', async () => {
    const service = await openSeeds();
    const built = await service.briefingFromQuery('Lavrov', { title: 'Lavrov', marking: 'RESTRICTED', summary: '' });
    expect(built.ok && built.briefing.sections.map((section) => section.heading)).toEqual([
      expect.stringMatching(/^Russia and Cuba to strengthen strategic ties with Lavrov/),
    ]);
    expect(built.ok && built.briefing.marking).toBe('RESTRICTED');
    expect(await service.briefingFromQuery('Zanzibar', { title: 'x', marking: '', summary: '' })).toEqual({
      ok: false,
      reason: 'not-found',
      message: 'No articles match "Zanzibar"; nothing to export.',
    });
  });
});
