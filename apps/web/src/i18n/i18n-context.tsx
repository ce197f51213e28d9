import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { toEnglish } from '@cwp/contracts/messages';
import { ApiError } from '../lib/api-client.ts';
import { zh, type MessageKey } from './messages-zh.ts';
import { en } from './messages-en.ts';

export type Lang = 'zh' | 'en';
const STORAGE_KEY = 'cwp.lang';

function readLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

interface I18nValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
  /** A message that arrives in Chinese (zod issue, server field error) shown in the current language. */
  tm: (zhMessage: string) => string;
  /** The user-facing text of any thrown error. */
  errorText: (err: unknown) => string;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(readLang);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private mode may refuse storage; the switch still works for this visit.
    }
    document.documentElement.lang = next === 'en' ? 'en' : 'zh-CN';
  }, []);

  const value = useMemo<I18nValue>(() => {
    const dict = lang === 'en' ? en : zh;
    const t: Translate = (key, vars) => {
      let s: string = dict[key];
      if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
      return s;
    };
    const tm = (m: string) => (lang === 'en' ? toEnglish(m) : m);
    const errorText = (err: unknown) => {
      if (err instanceof ApiError) {
        if (err.status === 404) return t('error.notFound');
        if (lang === 'en') return err.messageEn ?? toEnglish(err.message);
        return err.message;
      }
      return err instanceof Error ? err.message : String(err);
    };
    return { lang, setLang, t, tm, errorText };
  }, [lang, setLang]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const v = useContext(I18nContext);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}
