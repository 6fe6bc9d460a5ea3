import type { Lang } from '@xiezuo/domain';

const STORAGE_KEY = 'xz.lang';

function parseLang(v: string | null): Lang | null {
  if (v === 'en' || v === 'zh') return v;
  return null;
}

function readStored(): Lang | null {
  if (typeof localStorage === 'undefined') return null;
  try {
    return parseLang(localStorage.getItem(STORAGE_KEY));
  } catch {
    return null;
  }
}

// A shared link with ?lang=en wins over the stored choice; zh-CN is the default.
function readUrl(): Lang | null {
  return typeof window === 'undefined' ? null : parseLang(new URLSearchParams(window.location.search).get('lang'));
}

function markDocument(lang: Lang) {
  if (typeof document !== 'undefined') document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
}

let current: Lang = readUrl() ?? readStored() ?? 'zh';
const listeners = new Set<() => void>();

/** The language in force; read by the API client for Accept-Language. */
export function getLang(): Lang {
  return current;
}

/** Switches language, remembers it and notifies subscribers. */
export function setLang(lang: Lang) {
  if (lang === current) return;
  current = lang;
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
  markDocument(lang);
  for (const l of listeners) l();
}

export function subscribeLang(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

markDocument(current);
