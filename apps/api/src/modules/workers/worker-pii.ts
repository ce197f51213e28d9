import { idNumberTail, maskIdNumber } from '@cwp/domain/id-number';
import { maskPhone } from '@cwp/domain/phone';
import type { PiiCrypto } from '../../security/pii-crypto.ts';

/** The stored form of a 公民身份号码: ciphertext, key id, blind indexes for lookup, and a masked copy. */
export function sealIdNumber(crypto: PiiCrypto, idNumber: string) {
  const { cipher, keyId } = crypto.encrypt(idNumber);
  return {
    idNumberCipher: cipher,
    idNumberKeyId: keyId,
    idNumberBidx: crypto.blindIndex('id', idNumber),
    idTail4Bidx: crypto.blindIndex('id4', idNumberTail(idNumber, 4)),
    idTail6Bidx: crypto.blindIndex('id6', idNumberTail(idNumber, 6)),
    idNumberMasked: maskIdNumber(idNumber),
  };
}

export function sealPhone(crypto: PiiCrypto, phone: string | null) {
  if (!phone) return { phoneCipher: null, phoneKeyId: null, phoneBidx: null, phoneMasked: null };
  const { cipher, keyId } = crypto.encrypt(phone);
  return { phoneCipher: cipher, phoneKeyId: keyId, phoneBidx: crypto.blindIndex('phone', phone), phoneMasked: maskPhone(phone) };
}
