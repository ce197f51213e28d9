/**
 * Bilingual messages. Every user-facing message is written once, in Chinese, with its English twin
 * registered here, so the API can send `messageEn` and the web app's English mode can translate
 * field errors that come straight out of a zod schema without a second schema per language.
 */
import { z } from 'zod';

// Generic zod messages (type errors, bounds) in Chinese wherever a schema has no message of its own.
z.config(z.locales.zhCN());

// Messages that carry names or numbers ("事项“拆迁”未列入…") register a new pair each time, so the table is
// bounded and kept in least-recently-used order (a Map iterates in insertion order; a hit moves to the end):
// a long-running server never grows without limit, and the fixed messages, looked up often, stay.
const MAX_MESSAGES = 20_000;
const english = new Map<string, string>();

function remember(zh: string, en: string) {
  english.delete(zh);
  english.set(zh, en);
  if (english.size > MAX_MESSAGES) english.delete(english.keys().next().value!);
}

export function msg(zh: string, en: string): string {
  remember(zh, en);
  return zh;
}

/** English text of a message registered with `msg`; unregistered text is returned unchanged. */
export function toEnglish(zh: string): string {
  const en = english.get(zh);
  if (en === undefined) return zh;
  remember(zh, en);
  return en;
}
