// Briefing edits as pure functions: each takes a briefing and returns a new one (the old one is never
// changed, so undo keeps it as it was). The window's editor and the command line both edit through them.
import type { Article, Briefing, BriefingItem, BriefingSection, BriefingTable } from '../../../contract.js';
import { itemFromArticle } from './briefingText.js';

/** Where an item is: its section and its position there. */
export interface ItemPlace {
  section: number;
  index: number;
}

/** A section heading for items that have none. */
const DEFAULT_SECTION = 'Articles';

const copySections = (briefing: Briefing): BriefingSection[] =>
  briefing.sections.map((section) => ({ ...section, items: [...section.items], ...(section.tables && { tables: [...section.tables] }) }));

/** Adds an item at the end of a section (the last one if `section` is out of range; a new one if there is none). */
export function addItem(briefing: Briefing, item: BriefingItem, section: number): { briefing: Briefing; place: ItemPlace } {
  const sections = copySections(briefing);
  if (sections.length === 0) sections.push({ heading: DEFAULT_SECTION, items: [] });
  const target = Math.min(Math.max(section, 0), sections.length - 1);
  sections[target]!.items.push(item);
  return { briefing: { ...briefing, sections }, place: { section: target, index: sections[target]!.items.length - 1 } };
}

/** Adds a table at the end of a section's tables (the last section if out of range; a new one if there is none). */
export function addTable(briefing: Briefing, table: BriefingTable, section: number): { briefing: Briefing; section: number } {
  const sections = copySections(briefing);
  if (sections.length === 0) sections.push({ heading: DEFAULT_SECTION, items: [] });
  const target = Math.min(Math.max(section, 0), sections.length - 1);
  sections[target] = { ...sections[target]!, tables: [...(sections[target]!.tables ?? []), table] };
  return { briefing: { ...briefing, sections }, section: target };
}

export function removeTable(briefing: Briefing, section: number, table: number): Briefing {
  const sections = copySections(briefing);
  const target = sections[section];
  if (!target?.tables?.[table]) return briefing;
  target.tables = target.tables.filter((_, at) => at !== table);
  return { ...briefing, sections };
}

/** Moves an item to a place in any section (`to.index`: its position there after the move). */
export function moveItemTo(briefing: Briefing, from: ItemPlace, to: ItemPlace): { briefing: Briefing; place: ItemPlace } {
  const sections = copySections(briefing);
  const [item] = sections[from.section]?.items.splice(from.index, 1) ?? [];
  const target = sections[to.section];
  if (!item || !target) return { briefing, place: from };
  const index = Math.min(Math.max(to.index, 0), target.items.length);
  target.items.splice(index, 0, item);
  return { briefing: { ...briefing, sections }, place: { section: to.section, index } };
}

/**
 * Moves an item one place up or down, across section boundaries: up from the top of a section it goes
 * to the end of the section before; down from the bottom, to the top of the next. Undefined at either end.
 */
export function moveItemBy(briefing: Briefing, from: ItemPlace, step: -1 | 1): { briefing: Briefing; place: ItemPlace } | undefined {
  const section = briefing.sections[from.section];
  if (!section?.items[from.index]) return undefined;
  const index = from.index + step;
  if (index >= 0 && index < section.items.length) return moveItemTo(briefing, from, { section: from.section, index });
  const neighbour = from.section + step;
  if (neighbour < 0 || neighbour >= briefing.sections.length) return undefined;
  return moveItemTo(briefing, from, { section: neighbour, index: step === 1 ? 0 : briefing.sections[neighbour]!.items.length });
}

export function moveSectionTo(briefing: Briefing, from: number, to: number): Briefing {
  const sections = copySections(briefing);
  const [section] = sections.splice(from, 1);
  if (!section) return briefing;
  sections.splice(Math.min(Math.max(to, 0), sections.length), 0, section);
  return { ...briefing, sections };
}

export function removeItem(briefing: Briefing, place: ItemPlace): Briefing {
  return updateItem(briefing, place, () => undefined);
}

export function setNote(briefing: Briefing, place: ItemPlace, note: string): Briefing {
  return updateItem(briefing, place, (item) => ({ ...item, note }));
}

/** Replaces (or, given undefined, removes) the item at a place. */
export function updateItem(briefing: Briefing, place: ItemPlace, change: (item: BriefingItem) => BriefingItem | undefined): Briefing {
  const item = briefing.sections[place.section]?.items[place.index];
  if (!item) return briefing;
  const sections = copySections(briefing);
  const next = change(item);
  if (next) sections[place.section]!.items[place.index] = next;
  else sections[place.section]!.items.splice(place.index, 1);
  return { ...briefing, sections };
}

export function addSection(briefing: Briefing, heading: string): Briefing {
  return { ...briefing, sections: [...copySections(briefing), { heading, items: [] }] };
}

export function renameSection(briefing: Briefing, section: number, heading: string): Briefing {
  return { ...briefing, sections: briefing.sections.map((other, at) => (at === section ? { ...other, heading } : other)) };
}

export function removeSection(briefing: Briefing, section: number): Briefing {
  return { ...briefing, sections: briefing.sections.filter((_, at) => at !== section) };
}

/**
 * The template's sections with the briefing's items kept: each section's items go to the template's
 * section of the same heading, or stay in a section of their own heading after the template's. Empty
 * sections of the briefing go. An item already in a template section (the same article, whole) is not
 * repeated.
 */
export function mergeSections(template: BriefingSection[], current: BriefingSection[]): BriefingSection[] {
  const sections = template.map((section) => ({ ...section, items: [...section.items] }));
  const key = (heading: string): string => heading.trim().toLocaleLowerCase();
  for (const old of current) {
    if (old.items.length === 0 && !old.tables?.length) continue;
    let target = sections.find((section) => key(section.heading) === key(old.heading || DEFAULT_SECTION));
    if (!target) sections.push((target = { heading: old.heading || DEFAULT_SECTION, items: [] }));
    for (const item of old.items) {
      const repeated = !item.excerpt && target.items.some((other) => other.articleId === item.articleId && !other.excerpt);
      if (!repeated) target.items.push(item);
    }
    // the desk's tables go with their section's items
    if (old.tables?.length) target.tables = [...(target.tables ?? []), ...old.tables];
  }
  return sections.length > 0 ? sections : [{ heading: DEFAULT_SECTION, items: [] }];
}

/** The item citing the article's current text and provenance, keeping the passage the user chose and the note. */
export function itemWithNewText(item: BriefingItem, article: Article): BriefingItem {
  return { ...itemFromArticle(article, item.excerpt), ...(item.note ? { note: item.note } : {}) };
}

/** Whether the briefing has anything of the user's in it (so that replacing it loses work). */
export function hasContent(briefing: Briefing): boolean {
  return (
    briefing.sections.some((section) => section.items.length > 0 || (section.tables?.length ?? 0) > 0) ||
    briefing.summary.trim() !== '' ||
    briefing.keyPoints.some((point) => point.trim())
  );
}
