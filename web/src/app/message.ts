/** One user-visible text in both languages; catalogues are records of these (kept apart from i18n.ts, which imports them). */
export type Message = { zh: string; en: string };
