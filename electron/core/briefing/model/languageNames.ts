// Languages by name, wherever a person reads them (the window, the command line): "ru" → "Russian".
// Pure and browser-safe (Intl), shared by the renderer and the core.
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** The English name of a language code; a code Intl does not know is shown as it is. */
export function languageName(code: string): string {
  try {
    return LANGUAGE_NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}
