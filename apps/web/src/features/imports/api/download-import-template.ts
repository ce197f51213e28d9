import { toSearch } from '../../../lib/api-client.ts';
import type { ImportMode } from './create-import.ts';

/** The template (notes sheet, dropdowns, the unit's communities) as a browser download. */
export function importTemplateUrl(mode: ImportMode, orgCode: string): string {
  return `/api/imports/template.xlsx${toSearch({ mode, org: orgCode })}`;
}
