export const GERMAN_NOUNS: string;
export function germanNounForms(): string[];
