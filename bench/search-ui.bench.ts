/**
 * F9 in the browser: from the keydown of the last character typed (its event timeStamp) to the
 * frame that shows that query's rows, in Debian's Chromium through the web shell. Baseline, in
 * the same run: the same keydowns to the frame that shows the character in the input (the
 * least a keystroke can cost on screen). `--clients 1000000 --data-dir DIR` as for `search`.
 */
import { benchOption } from './bench-args';
import { line, percentile, type BenchLine } from './support';
import { openUiSession } from './ui-session';

const CLIENTS = Number(benchOption('clients') ?? process.env.BENCH_CLIENTS ?? 200_000);
const DATA_DIR = benchOption('data-dir');
const QUERIES = [
  'a',
  'jo',
  'sil',
  'maximino',
  'brandao equip',
  'andrade representacoes ltda me',
  'maria oliveira',
  'comercio alimentos',
  '02407786',
  '82467786',
  'josé maximino',
  'f',
  'ca',
  'per',
  'transportes',
  'silva comercio',
  'distribuidora bom',
  'equipamentos eletricos',
  '824',
  'ana souza',
];
const ROUNDS = 3;

/** Runs in the page: stamps keydowns, their echo frame and the frame showing the expected answer. */
const INSTRUMENT = `(() => {
  const f9 = (window.__f9 = { expect: null, lastKey: 0, echo: 0, answer: 0 });
  const afterFrame = (cb) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => cb(performance.now());
    ch.port2.postMessage(0);
  });
  document.addEventListener('keydown', (e) => {
    if (!(e.target instanceof HTMLInputElement)) return;
    const at = e.timeStamp;
    f9.lastKey = at;
    afterFrame((t) => { if (f9.lastKey === at) f9.echo = t; });
  }, true);
  new MutationObserver(() => {
    const ul = document.getElementById('search-results');
    if (!ul || f9.expect === null || f9.answer) return;
    if (ul.getAttribute('data-answered') === f9.expect) {
      const expected = f9.expect;
      afterFrame((t) => { if (f9.expect === expected && !f9.answer) f9.answer = t; });
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

// Page-side types (this file is typed for Node, without the DOM library); the functions passed
// to the page are serialized, so each one spells out what it reads.
interface F9Stamps {
  expect: string | null;
  lastKey: number;
  echo: number;
  answer: number;
}
type PageGlobals = {
  __f9: F9Stamps;
  document: { getElementById(id: string): { getAttribute(name: string): string | null } | null };
};

export async function run(): Promise<BenchLine[]> {
  const { page, close } = await openUiSession(CLIENTS, DATA_DIR, INSTRUMENT);
  try {
    await page.keyboard.press('F9');
    const input = page.getByRole('combobox', { name: 'Buscar cliente' });
    const answers: number[] = [];
    const echoes: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const q of QUERIES) {
        await input.fill('');
        await page.waitForFunction(
          () =>
            (globalThis as unknown as PageGlobals).document
              .getElementById('search-results')
              ?.getAttribute('data-answered') === '',
        );
        await input.pressSequentially(q.slice(0, -1), { delay: 25 });
        await page.evaluate((expected) => {
          Object.assign((globalThis as unknown as PageGlobals).__f9, {
            expect: expected,
            answer: 0,
            echo: 0,
          });
        }, q.trim());
        await input.press(q.slice(-1));
        const s = (await (
          await page.waitForFunction(() => {
            const f = (globalThis as unknown as PageGlobals).__f9;
            return f.answer && f.echo ? { answer: f.answer - f.lastKey, echo: f.echo - f.lastKey } : null;
          })
        ).jsonValue()) as { answer: number; echo: number };
        if (round > 0 || QUERIES.indexOf(q) >= 3) {
          answers.push(s.answer);
          echoes.push(s.echo);
        }
      }
    }
    return [
      line('ui_f9_paint_p95_ms', percentile(answers, 95), 'ms', percentile(echoes, 95), 'value <= 50'),
      line('ui_f9_paint_p50_ms', percentile(answers, 50), 'ms', percentile(echoes, 50)),
    ];
  } finally {
    await close();
  }
}
