// Briefing edits are pure: each returns a new briefing and leaves the old one as it was (what undo keeps).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, Briefing, BriefingItem } from '../../../electron/contract';
import { emptyBriefing } from '../../../electron/core/briefing/model/briefing';
import { itemFromArticle } from '../../../electron/core/briefing/model/briefingText';
import {
  addItem,
  hasContent,
  itemWithNewText,
  mergeSections,
  moveItemBy,
  moveItemTo,
  moveSectionTo,
  removeItem,
  setNote,
} from '../../../electron/core/briefing/model/edits';
import { withTemplate } from '../../../electron/core/briefing/model/templates';
import { AttacheService } from '../../../electron/core/service';
import { SEEDS_DIR, tempDir } from '../../support/paths';

let items: BriefingItem[];
let articles: Article[];
/** Two sections: A holds items 0 and 1, B holds item 2. */
let briefing: Briefing;
const titles = (brief: Briefing): string[][] => brief.sections.map((section) => section.items.map((item) => item.title.slice(0, 12)));

beforeAll(async () => {
  const service = await AttacheService.open({ libraryDir: await tempDir('edits'), seedsDir: SEEDS_DIR });
  articles = (await Promise.all(service.listArticles().map((meta) => service.getArticle(meta.id)))).filter((a) => a !== null);
  items = articles.map((article) => itemFromArticle(article));
  briefing = {
    ...emptyBriefing(),
    sections: [
      { heading: 'A', items: [items[0]!, items[1]!] },
      { heading: 'B', items: [items[2]!] },
    ],
  };
});

describe('briefing edits', () => {
  it('add puts the item at the end of the section asked for, and says where', () => {
    const before = structuredClone(briefing);
    const { briefing: next, place } = addItem(briefing, items[3]!, 0);
    expect(place).toEqual({ section: 0, index: 2 });
    expect(next.sections[0]!.items[2]).toBe(items[3]);
    expect(briefing).toEqual(before);
    expect(addItem({ ...emptyBriefing(), sections: [] }, items[3]!, 5).briefing.sections).toEqual([
      { heading: 'Articles', items: [items[3]] },
    ]);
  });

  it('moves an item down across a section boundary, and back up', () => {
    const down = moveItemBy(briefing, { section: 0, index: 1 }, 1)!;
    expect(down.place).toEqual({ section: 1, index: 0 });
    expect(titles(down.briefing)).toEqual([[items[0]!.title.slice(0, 12)], [items[1]!.title.slice(0, 12), items[2]!.title.slice(0, 12)]]);
    const up = moveItemBy(down.briefing, down.place, -1)!;
    expect(up.briefing).toEqual(briefing);
    expect(up.place).toEqual({ section: 0, index: 1 });
    expect(moveItemBy(briefing, { section: 0, index: 0 }, -1)).toBeUndefined();
    expect(moveItemBy(briefing, { section: 1, index: 0 }, 1)).toBeUndefined();
  });

  it('moves an item to another section, and a section to the top', () => {
    const moved = moveItemTo(briefing, { section: 1, index: 0 }, { section: 0, index: 0 });
    expect(moved.place).toEqual({ section: 0, index: 0 });
    expect(moved.briefing.sections.map((section) => section.items.length)).toEqual([3, 0]);
    expect(moveSectionTo(briefing, 1, 0).sections.map((section) => section.heading)).toEqual(['B', 'A']);
  });

  it('removes an item and sets a note without touching the original', () => {
    expect(removeItem(briefing, { section: 0, index: 0 }).sections[0]!.items).toEqual([items[1]]);
    expect(setNote(briefing, { section: 1, index: 0 }, 'Mine.').sections[1]!.items[0]!.note).toBe('Mine.');
    expect(briefing.sections[1]!.items[0]!.note).toBeUndefined();
  });

  it('a template keeps every item: in its own section, or in the template’s section of the same name', () => {
    const meeting = withTemplate('meeting', briefing);
    expect(meeting.sections.map((section) => [section.heading, section.items.length])).toEqual([
      ['Purpose', 0],
      ['Scenario and participants', 0],
      ['Key points', 0],
      ['Background', 0],
      ['Talking points', 0],
      ['A', 2],
      ['B', 1],
    ]);
    const merged = mergeSections([{ heading: 'Background', items: [] }], [{ heading: 'background', items: [items[0]!] }]);
    expect(merged).toEqual([{ heading: 'Background', items: [items[0]] }]);
  });

  it('takes an article’s new text, keeping the passage chosen and the note', () => {
    const item = { ...itemFromArticle(articles[0]!, 'A passage.'), note: 'Mine.' };
    const changed = { ...articles[1]!, title: 'New title' };
    expect(itemWithNewText(item, changed)).toMatchObject({
      articleId: changed.id,
      hash: changed.hash,
      body: changed.body,
      title: 'New title',
      excerpt: 'A passage.',
      note: 'Mine.',
    });
  });

  it('knows a briefing with items, a summary or key points has content', () => {
    expect(hasContent(emptyBriefing())).toBe(false);
    expect(hasContent(briefing)).toBe(true);
    expect(hasContent({ ...emptyBriefing(), keyPoints: ['One'] })).toBe(true);
  });
});
