/**
 * The error workbook (the original rows of the rejected lines plus a 错误原因 column, ready to fix and
 * upload again) is a file download the browser follows with the session cookie.
 */
export function importErrorWorkbookUrl(id: number): string {
  return `/api/imports/${id}/errors.xlsx`;
}
