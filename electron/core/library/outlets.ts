// News agencies and outlets whose names or dateline codes Attaché recognises; the name shown is `name`.
// An unknown code in a dateline is still used as written: this list only maps codes to full names.
export interface Outlet {
  name: string;
  aliases: string[];
}

export const OUTLETS: Outlet[] = [
  { name: 'BelTA', aliases: ['BelTA', 'БЕЛТА', 'Belarusian Telegraph Agency'] },
  { name: 'Radio Havana Cuba', aliases: ['RHC', 'Radio Havana Cuba', 'Radio Habana Cuba'] },
  { name: 'Azernews', aliases: ['Azernews', 'AzerNews', 'Azernews.Az'] },
  { name: 'Prensa Latina', aliases: ['Prensa Latina', 'PL'] },
  { name: 'TASS', aliases: ['TASS', 'ТАСС', 'ITAR-TASS'] },
  { name: 'RIA Novosti', aliases: ['RIA Novosti', 'РИА Новости'] },
  { name: 'Interfax', aliases: ['Interfax', 'Интерфакс'] },
  { name: 'Sputnik', aliases: ['Sputnik', 'Спутник'] },
  { name: 'Reuters', aliases: ['Reuters'] },
  { name: 'Associated Press', aliases: ['AP', 'Associated Press'] },
  { name: 'AFP', aliases: ['AFP', 'Agence France-Presse'] },
  { name: 'Xinhua', aliases: ['Xinhua'] },
  { name: 'EFE', aliases: ['EFE'] },
  { name: 'ANSA', aliases: ['ANSA'] },
  { name: 'dpa', aliases: ['dpa', 'DPA'] },
  { name: 'Anadolu Agency', aliases: ['Anadolu', 'Anadolu Agency', 'AA'] },
  { name: 'Trend', aliases: ['Trend'] },
  { name: 'APA', aliases: ['APA'] },
  { name: 'Kazinform', aliases: ['Kazinform'] },
  { name: 'Armenpress', aliases: ['Armenpress'] },
  { name: 'Ukrinform', aliases: ['Ukrinform', 'Укрінформ'] },
  { name: 'IRNA', aliases: ['IRNA'] },
  { name: 'Kyodo', aliases: ['Kyodo'] },
  { name: 'Yonhap', aliases: ['Yonhap'] },
  { name: 'Granma', aliases: ['Granma'] },
  { name: 'Cubadebate', aliases: ['Cubadebate'] },
  { name: 'BBC News', aliases: ['BBC', 'BBC News'] },
];

const byAlias = new Map(OUTLETS.flatMap((outlet) => outlet.aliases.map((alias) => [alias.toLowerCase(), outlet.name] as const)));

export function outletByAlias(alias: string): string | undefined {
  return byAlias.get(alias.trim().toLowerCase());
}

const reportingVerbs = ['reports', 'reported', 'has learned', 'learned', 'сообщает', 'informa', 'rapporte'];
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** "…, Azernews reports." or "BelTA has learned": an outlet naming itself as the reporter. */
const SELF_ATTRIBUTION = new RegExp(
  `(?:^|[\\s,(])(${OUTLETS.flatMap((outlet) => outlet.aliases)
    .filter((alias) => alias.length > 2)
    .map(escape)
    .join('|')})\\s+(?:${reportingVerbs.join('|')})\\b`,
  'u',
);

export function selfAttributedOutlet(text: string): string | undefined {
  const match = SELF_ATTRIBUTION.exec(text);
  return match?.[1] ? outletByAlias(match[1]) : undefined;
}
