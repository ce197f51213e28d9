// The part of unzipper (a dependency of ExcelJS as well) used to peek into .xlsx files.
declare module 'unzipper' {
  interface Entry {
    path: string;
    stream(): NodeJS.ReadableStream;
  }
  interface Directory {
    files: Entry[];
  }
  const unzipper: { Open: { file(path: string): Promise<Directory> } };
  export default unzipper;
}
