import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '../api/types';
import { formatDate, formatDateTime, formatLocalDate } from './format';
import { en, type MessageKey } from './messages-en';
import { ja } from './messages-ja';

export type { MessageKey } from './messages-en';

export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const CATALOGUES: Record<Locale, Readonly<Record<MessageKey, string>>> = { ja, en };

interface I18nValue {
  readonly locale: Locale;
  /** Changes the language shown; persisting it for a signed-in user is the session's job. */
  readonly setLocale: (locale: Locale) => void;
  readonly t: Translate;
  /** An ISO date-time as a date and time in Japan (Asia/Tokyo), whatever the computer's zone. */
  readonly dateTime: (iso: string) => string;
  readonly date: (iso: string) => string;
  /** A calendar date `YYYY-MM-DD` (a deadline, a birth date), never shifted by a time zone. */
  readonly localDate: (value: string) => string;
}

const I18nContext = createContext<I18nValue | null>(null);

/** Before sign-in: the first of the browser's languages we have, else Japanese. */
export function localeFromBrowser(languages: readonly string[] = navigator.languages): Locale {
  for (const language of languages) {
    const primary = language.toLowerCase().split('-')[0];
    if (primary === 'ja' || primary === 'en') return primary;
  }
  return 'ja';
}

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = CATALOGUES[locale][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function I18nProvider({ children }: { readonly children: ReactNode }) {
  const [locale, setLocale] = useState<Locale>(() => localeFromBrowser(navigator.languages.length ? navigator.languages : [navigator.language]));

  useEffect(() => {
    // Screen readers pick their voice from this, and the browser its fonts for CJK text.
    document.documentElement.lang = locale;
  }, [locale]);

  const t = useCallback<Translate>((key, params) => translate(locale, key, params), [locale]);
  const value = useMemo<I18nValue>(
    () => ({
      locale,
      setLocale,
      t,
      dateTime: (iso) => formatDateTime(iso, locale),
      date: (iso) => formatDate(iso, locale),
      localDate: (value) => formatLocalDate(value, locale),
    }),
    [locale, t],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
