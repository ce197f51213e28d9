import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  // One file per area keeps each under ~400 lines; drizzle-kit reads them all.
  schema: './apps/api/src/db/schema*.ts',
  out: './apps/api/drizzle',
});
