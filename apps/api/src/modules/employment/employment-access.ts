import { msg } from '@cwp/contracts/messages';
import { AppError } from '../../errors.ts';
import type { Actor } from '../../security/actor.ts';

/**
 * The street employs community workers (A12.2) and screens their probation (A9.3), so these records are kept
 * by the street or a unit above it; a community secretary holds daily:manage for leave but reads these only.
 */
export function assertStreetOrAbove(actor: Actor): void {
  if (actor.scopeCode.length > 9) {
    throw new AppError('FORBIDDEN', msg('此项由街道或上级单位办理', 'This is recorded by the street or a unit above it'));
  }
}
