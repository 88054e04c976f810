// The documents rows of `npm run bench` (scripts/bench.mjs): the bundled report read from its
// Word and PDF fixtures (fixtures/documents/), each as a ratio to the same report as clean text,
// and a PDF of 66 pages (the 22-page fixture three times over, joined with qpdf when it is
// installed; a developer's tool, as the fixtures are made with LibreOffice) against the goal
// of under a second. `zhibiao extract --json`, the whole process, medians.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export function benchDocuments({ root, bin, work, runs, timeProcess, row }) {
  const docs = join(root, 'fixtures', 'documents');
  const text = timeProcess('node', [bin, 'extract', join(root, 'fixtures', 'ganzi-2024.txt'), '--json'], runs);
  row('ganzi-2024 as text (the yardstick of the rows below)', `${text.seconds.toFixed(3)} s`, '', `peak ${text.rssMb.toFixed(0)} MB`);
  for (const [name, label] of [['ganzi-2024.docx', 'Word .docx'], ['ganzi-2024.doc', 'Word 97 .doc'], ['ganzi-2024.pdf', 'PDF, 22 pages']]) {
    const t = timeProcess('node', [bin, 'extract', join(docs, name), '--json'], runs);
    row(`ganzi-2024 as ${label}`, `${(t.seconds / text.seconds).toFixed(2)}× the text`, '', `${t.seconds.toFixed(3)} s, peak ${t.rssMb.toFixed(0)} MB`);
  }
  const long = join(work, 'ganzi-2024-x3.pdf');
  const pdf = join(docs, 'ganzi-2024.pdf');
  const joined = spawnSync('qpdf', ['--empty', '--pages', pdf, pdf, pdf, '--', long]);
  if (joined.status !== 0) {
    row('PDF, 66 pages', 'not measured: qpdf is not installed (apt-get install qpdf)', '< 1 s');
    return;
  }
  const t = timeProcess('node', [bin, 'extract', long, '--json'], runs);
  row('PDF, 66 pages', `${t.seconds.toFixed(2)} s = ${(t.seconds / text.seconds).toFixed(2)}× the text`, '< 1 s', `peak ${t.rssMb.toFixed(0)} MB`);
}
