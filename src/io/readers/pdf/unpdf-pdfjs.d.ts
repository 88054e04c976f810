// unpdf's build of pdf.js declares its types by a path without an extension, which NodeNext
// resolution does not follow: it is given the types of pdfjs-dist's build of the same API.
declare module 'unpdf/pdfjs' {
  export * from 'pdfjs-dist/legacy/build/pdf.mjs';
}
