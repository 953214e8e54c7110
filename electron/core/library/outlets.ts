// News agencies and outlets whose names or dateline codes Attaché recognises, with their aliases in
// both scripts; the name shown is `name`. An unknown code in a dateline's parentheses is still used as
// written: this table maps codes to names, and tells an agency from a word where no parentheses do.
export interface Outlet {
  name: string;
  aliases: string[];
}

export const OUTLETS: Outlet[] = [
  // news agencies, with the codes and names they sign with in each language and script
  { name: 'Associated Press', aliases: ['AP', 'Associated Press', 'Ассошиэйтед Пресс'] },
  { name: 'Reuters', aliases: ['Reuters', 'Рейтер', 'Reuters/Рейтер'] },
  { name: 'AFP', aliases: ['AFP', 'Agence France-Presse', 'France-Presse', 'АФП', 'Франс Пресс'] },
  { name: 'dpa', aliases: ['dpa', 'DPA', 'Deutsche Presse-Agentur'] },
  { name: 'EFE', aliases: ['EFE', 'Agencia EFE'] },
  { name: 'Europa Press', aliases: ['Europa Press'] },
  { name: 'ANSA', aliases: ['ANSA'] },
  { name: 'AGI', aliases: ['AGI'] },
  { name: 'Adnkronos', aliases: ['Adnkronos', 'AdnKronos'] },
  { name: 'Lusa', aliases: ['Lusa', 'Agência Lusa'] },
  { name: 'Agência Brasil', aliases: ['Agência Brasil', 'ABr'] },
  { name: 'PAP', aliases: ['PAP', 'Polska Agencja Prasowa'] },
  { name: 'ČTK', aliases: ['ČTK', 'CTK'] },
  { name: 'MTI', aliases: ['MTI'] },
  { name: 'Belga', aliases: ['Belga'] },
  { name: 'ANP', aliases: ['ANP'] },
  { name: 'APA (Austria)', aliases: ['APA-Austria Presse Agentur'] },
  { name: 'Keystone-SDA', aliases: ['SDA', 'ATS', 'Keystone-SDA', 'Keystone-ATS'] },
  { name: 'KNA', aliases: ['KNA'] },
  { name: 'epd', aliases: ['epd'] },
  { name: 'Xinhua', aliases: ['Xinhua', 'Синьхуа', '新华社'] },
  { name: 'Kyodo', aliases: ['Kyodo', 'Киодо'] },
  { name: 'Yonhap', aliases: ['Yonhap', 'Рёнхап'] },
  { name: 'KCNA', aliases: ['KCNA', 'ЦТАК'] },
  { name: 'Anadolu Agency', aliases: ['AA', 'Anadolu', 'Anadolu Agency', 'Anadolu Ajansı'] },
  { name: 'Trend', aliases: ['Trend', 'Тренд'] },
  { name: 'APA', aliases: ['APA', 'АПА'] },
  { name: 'AZERTAC', aliases: ['AZERTAC', 'АЗЕРТАДЖ'] },
  { name: 'Report.az', aliases: ['Report', 'Report.az'] },
  { name: 'TASS', aliases: ['TASS', 'ТАСС', 'ITAR-TASS', 'ИТАР-ТАСС'] },
  { name: 'RIA Novosti', aliases: ['RIA Novosti', 'РИА Новости', 'РИА "Новости"', 'RIA'] },
  { name: 'Interfax', aliases: ['Interfax', 'Интерфакс'] },
  { name: 'Sputnik', aliases: ['Sputnik', 'Спутник'] },
  { name: 'RBC', aliases: ['RBC', 'РБК'] },
  { name: 'BelTA', aliases: ['BelTA', 'БЕЛТА', 'БелТА', 'Belarusian Telegraph Agency'] },
  { name: 'Ukrinform', aliases: ['Ukrinform', 'Укрінформ', 'Укринформ'] },
  { name: 'UNIAN', aliases: ['UNIAN', 'УНІАН', 'УНИАН'] },
  { name: 'Kazinform', aliases: ['Kazinform', 'Казинформ'] },
  { name: 'Kabar', aliases: ['Kabar', 'Кабар'] },
  { name: 'AKIpress', aliases: ['AKIpress'] },
  { name: 'Armenpress', aliases: ['Armenpress', 'Арменпресс'] },
  { name: 'Interpressnews', aliases: ['Interpressnews', 'IPN'] },
  { name: 'IRNA', aliases: ['IRNA', 'ИРНА'] },
  { name: 'MENA', aliases: ['MENA'] },
  { name: 'WAFA', aliases: ['WAFA'] },
  { name: 'KUNA', aliases: ['KUNA'] },
  { name: 'QNA', aliases: ['QNA'] },
  { name: 'WAM', aliases: ['WAM'] },
  { name: 'PTI', aliases: ['PTI'] },
  { name: 'IANS', aliases: ['IANS'] },
  { name: 'ANI', aliases: ['ANI'] },
  { name: 'Bernama', aliases: ['Bernama'] },
  { name: 'Antara', aliases: ['Antara'] },
  { name: 'Prensa Latina', aliases: ['Prensa Latina', 'PL', 'Пренса Латина'] },
  { name: 'ACN', aliases: ['ACN', 'Agencia Cubana de Noticias'] },
  { name: 'Notimex', aliases: ['Notimex'] },
  { name: 'Télam', aliases: ['Télam', 'Telam'] },
  // outlets
  { name: 'Radio Havana Cuba', aliases: ['RHC', 'Radio Havana Cuba', 'Radio Habana Cuba'] },
  { name: 'Azernews', aliases: ['Azernews', 'AzerNews', 'Azernews.Az'] },
  { name: 'Granma', aliases: ['Granma'] },
  { name: 'Cubadebate', aliases: ['Cubadebate'] },
  { name: 'BBC News', aliases: ['BBC', 'BBC News', 'Би-би-си'] },
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
