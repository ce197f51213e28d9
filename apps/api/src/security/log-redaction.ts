import { maskIdNumber } from '@cwp/domain/id-number';
import { maskPhone } from '@cwp/domain/phone';

const ID_LIKE = /(?<![0-9])\d{17}[\dXx](?![0-9])|(?<![0-9])\d{15}(?![0-9])/g;
const MOBILE_LIKE = /(?<![0-9])1[3-9]\d{9}(?![0-9])/g;

/** Masks anything that looks like an ID number or mobile number, wherever it appears in a logged string. */
export function redactPersonalNumbers(s: string): string {
  return s.replace(ID_LIKE, (m) => maskIdNumber(m)).replace(MOBILE_LIKE, (m) => maskPhone(m));
}
