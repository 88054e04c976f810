// pdf.js's minified legacy build (what zhibiao loads: it compiles a sixth faster) has the types
// of the full one; its worker module, which zhibiao only hands to pdf.js, has none.
declare module 'pdfjs-dist/legacy/build/pdf.min.mjs' {
  export * from 'pdfjs-dist/legacy/build/pdf.mjs';
}
declare module 'pdfjs-dist/legacy/build/pdf.worker.min.mjs' {
  export const WorkerMessageHandler: unknown;
}
