// The documents rows of `npm run bench` (scripts/bench.mjs; alone: npm run bench -- --documents):
// the bundled report read from its Word and PDF fixtures (fixtures/documents/), each against
// the same report as clean text, and a PDF of 66 pages (the 22-page fixture three times over,
// joined with qpdf when it is installed: a developer's tool, as LibreOffice is for the fixtures)
// against the goal of under a second; then memory: nine PDFs (the readable fixtures, the
// 66-page one twice, the report again) read by `--jobs 2` and `--jobs 1` workers, peak RSS
// against the corpus's bound of 300 MB. `zhibiao extract --json`, the whole process, medians of
// wall time and of CPU time (steadier on a busy machine: waiting for a core is not counted).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function cpuSeconds(bin, args, runs) {
  const out = join(tmpdir(), `zhibiao-bench-cpu-${process.pid}`);
  const seconds = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync('node', [bin, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: `--import=${join(import.meta.dirname, 'cpu-on-exit.mjs')}`, ZHIBIAO_CPU_OUT: out },
    });
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    seconds.push(Number(readFileSync(out, 'utf8')) / 1000);
  }
  rmSync(out, { force: true });
  return median(seconds);
}

export function benchDocuments({ root, bin, work, runs, timeProcess, row }) {
  const docs = join(root, 'fixtures', 'documents');
  const measure = (path) => ({ ...timeProcess('node', [bin, 'extract', path, '--json'], runs), cpu: cpuSeconds(bin, ['extract', path, '--json'], runs) });
  const text = measure(join(root, 'fixtures', 'ganzi-2024.txt'));
  row('ganzi-2024 as text (the yardstick of the rows below)', `${text.seconds.toFixed(3)} s`, '', `CPU ${text.cpu.toFixed(3)} s, peak ${text.rssMb.toFixed(0)} MB`);
  const ratios = (t) => `${(t.seconds / text.seconds).toFixed(2)}× the text (CPU ${(t.cpu / text.cpu).toFixed(2)}×)`;
  for (const [name, label] of [['ganzi-2024.docx', 'Word .docx'], ['ganzi-2024.doc', 'Word 97 .doc'], ['ganzi-2024.pdf', 'PDF, 22 pages']]) {
    const t = measure(join(docs, name));
    row(`ganzi-2024 as ${label}`, ratios(t), '', `${t.seconds.toFixed(3)} s, CPU ${t.cpu.toFixed(3)} s, peak ${t.rssMb.toFixed(0)} MB`);
  }
  const long = join(work, 'ganzi-2024-x3.pdf');
  const pdf = join(docs, 'ganzi-2024.pdf');
  const joined = spawnSync('qpdf', ['--empty', '--pages', pdf, pdf, pdf, '--', long]);
  if (joined.status !== 0) {
    row('PDF, 66 pages', 'not measured: qpdf is not installed (apt-get install qpdf)', '< 1 s');
    return;
  }
  const t = measure(long);
  row('PDF, 66 pages', ratios(t), '< 1 s', `${t.seconds.toFixed(3)} s, CPU ${t.cpu.toFixed(3)} s, peak ${t.rssMb.toFixed(0)} MB`);
  const nine = join(work, 'nine-pdfs');
  mkdirSync(nine, { recursive: true });
  for (const name of ['ganzi-2024.pdf', 'furniture-bare.pdf', 'furniture-dash.pdf', 'furniture-di-ye.pdf', 'handmade.pdf', 'part-scanned.pdf']) copyFileSync(join(docs, name), join(nine, name));
  copyFileSync(long, join(nine, 'long-1.pdf'));
  copyFileSync(long, join(nine, 'long-2.pdf'));
  copyFileSync(pdf, join(nine, 'again.pdf'));
  for (const jobs of [2, 1]) {
    const m = timeProcess('node', [bin, 'extract', nine, '--jobs', String(jobs), '--json'], Math.min(runs, 3));
    row(`nine PDFs, --jobs ${jobs}`, `peak ${m.rssMb.toFixed(0)} MB`, jobs === 2 ? '≤ 300 MB' : '', `${m.seconds.toFixed(3)} s`);
  }
}
