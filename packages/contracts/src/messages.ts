/**
 * Bilingual messages. Every user-facing message is written once, in Chinese, with its English twin
 * registered here, so the API can send `messageEn` and the web app's English mode can translate
 * field errors that come straight out of a zod schema without a second schema per language.
 */
import { z } from 'zod';

// Generic zod messages (type errors, bounds) in Chinese wherever a schema has no message of its own.
z.config(z.locales.zhCN());

const english = new Map<string, string>();

export function msg(zh: string, en: string): string {
  english.set(zh, en);
  return zh;
}

/** English text of a message registered with `msg`; unregistered text is returned unchanged. */
export function toEnglish(zh: string): string {
  return english.get(zh) ?? zh;
}
