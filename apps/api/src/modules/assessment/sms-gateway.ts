// The one-time codes of the residents' survey go out through an SMS gateway. Provinces contract their own
// SMS platform; until one is configured the development gateway writes the code to the server log (with
// the phone masked) and keeps the last messages in memory for tests and local use.
import type { FastifyBaseLogger } from 'fastify';
import { maskPhone } from '@cwp/domain/phone';

export interface SmsGateway {
  readonly kind: string;
  send(phone: string, text: string): Promise<void>;
}

export class LogSmsGateway implements SmsGateway {
  readonly kind = 'log';
  /** Most recent messages, newest last, full phone kept only in memory (never logged). */
  readonly sent: { phone: string; text: string; at: Date }[] = [];
  constructor(private readonly log: FastifyBaseLogger) {}

  async send(phone: string, text: string): Promise<void> {
    this.sent.push({ phone, text, at: new Date() });
    if (this.sent.length > 200) this.sent.shift();
    this.log.info({ sms: { to: maskPhone(phone), text } }, 'development SMS gateway: message not sent, logged');
  }
}
