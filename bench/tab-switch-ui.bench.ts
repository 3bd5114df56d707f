/**
 * Ctrl+Tab between 20 open clients in Debian's Chromium through the web shell: from the keydown
 * (its event timeStamp) to the frame that shows the next client as a user reads it — its name in
 * the header, its credit figures in Informações Financeiras, the active tab's panel filled, and
 * no "Carregando…"/"Consultando…" anywhere on its screen. Those are matched by the text the user
 * sees, not by class names (CSS Modules rename classes; a selector that never matches would make
 * the check vacuous), and the bench fails if, after a reload, it never saw one. Value: the
 * switches once every client was shown (the cache path). Baseline, in the same run: the first
 * switch to each client after a reload, which asks main for everything the screen shows (the
 * pre-cache path). `--clients 1000000 --data-dir DIR` as for `search` (the bench writes the
 * workspace and a session there: give it a folder of its own).
 */
import { benchOption } from './bench-args';
import { line, percentile, type BenchLine } from './support';
import { openUiSession } from './ui-session';

const CLIENTS = Number(benchOption('clients') ?? process.env.BENCH_CLIENTS ?? 200_000);
const DATA_DIR = benchOption('data-dir');
const OPEN = 20;
const ROUNDS = 3;

/** Runs in the page: stamps each Ctrl+Tab and the first frame showing the expected client settled. */
const INSTRUMENT = `(() => {
  // A reload the bench announced (sessionStorage) is watched from the page's first script on.
  const reloaded = sessionStorage.getItem('bench-tab-expect');
  const t = (window.__tab = { expect: reloaded, key: reloaded ? 1 : 0, painted: 0, busySeen: 0, calls: [] });
  // Which channels the page asks main for (a switch back should ask for nothing it has cached).
  const fetch0 = window.fetch.bind(window);
  window.fetch = (url, init) => {
    const u = String(url), at = u.indexOf('/api/invoke/');
    if (at >= 0) t.calls.push(decodeURIComponent(u.slice(at + 12)));
    return fetch0(url, init);
  };
  const afterFrame = (cb) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => cb(performance.now());
    ch.port2.postMessage(0);
  });
  // Every loading note a screen shows reads "Carregando …" or "Consultando …" (capitalised:
  // "consultando o ERP…" beside values already shown is a refresh, not a missing paint).
  const BUSY = /(Carregando|Consultando)[^…]{0,60}…/;
  const settled = () => {
    const main = document.querySelector('main');
    if (!main) return false;
    if (BUSY.test(main.textContent)) { t.busySeen++; return false; }
    const name = main.querySelector('[data-testid="client-name"]');
    if (!name || name.textContent !== t.expect) return false;
    const screen = name.closest('article');
    const panel = screen && screen.querySelector('[role="tabpanel"]');
    if (!panel || panel.childElementCount === 0) return false;
    return !!screen.querySelector('[data-testid="fin-credit-limit"]');
  };
  const check = () => {
    if (t.expect === null || t.painted || !t.key || !settled()) return;
    const at = t.key;
    afterFrame((now) => { if (t.key === at && !t.painted) t.painted = now; });
  };
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey && e.key === 'Tab') { t.key = e.timeStamp; t.painted = 0; queueMicrotask(check); }
  }, true);
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  // The bench's own calls (setting up the workspace), over the shell's API like the page's.
  window.__invoke = async (channel, input) => {
    const token = document.querySelector('meta[name="central-token"]')?.content ?? '';
    const res = await fetch('/api/invoke/' + channel, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'x-central-token': token },
      credentials: 'same-origin',
      body: JSON.stringify(input),
    });
    return res.json();
  };
})();`;

// Page-side types (this file is typed for Node, without the DOM library).
interface TabStamps {
  expect: string | null;
  key: number;
  painted: number;
  /** How many checks found a loading note on the expected client's screen. */
  busySeen: number;
  /** The channels the page called, in order. */
  calls: string[];
}
type PageGlobals = {
  __tab: TabStamps;
  sessionStorage: { setItem(key: string, value: string): void; removeItem(key: string): void };
  __invoke(
    channel: string,
    input: unknown,
  ): Promise<{ ok: boolean; value: { id: number; legalName: string } }>;
};

export async function run(): Promise<BenchLine[]> {
  const { page, close } = await openUiSession(CLIENTS, DATA_DIR, INSTRUMENT);
  try {
    // Twenty clients spread over the whole table, with distinct names so each switch is visible.
    const opened = (await page.evaluate(
      async ({ total, wanted }) => {
        const invoke = (globalThis as unknown as PageGlobals).__invoke;
        const picked: { id: number; name: string }[] = [];
        for (let k = 0, id = 1; picked.length < wanted && id <= total; k++) {
          id = Math.max(id, 1 + Math.floor((k * (total - 1)) / (wanted + 5)));
          const r = await invoke('clients.get', { id });
          if (r.ok && !picked.some((p) => p.name === r.value.legalName))
            picked.push({ id, name: r.value.legalName });
          id++;
        }
        await invoke('workspace.save', {
          openClientIds: picked.map((p) => p.id),
          activeClientId: picked[0]?.id ?? null,
          openContactIds: [],
          activeContactId: null,
        });
        return picked;
      },
      { total: CLIENTS, wanted: OPEN },
    )) as { id: number; name: string }[];
    if (opened.length < OPEN) throw new Error(`só ${opened.length} clientes distintos encontrados`);

    // A fresh page: the open tabs come back from the saved workspace with nothing cached. Its
    // first client is watched as for a switch from the page's first script on: its loading notes
    // must be seen, or the "still loading" check matches nothing the screen shows.
    await page.evaluate(
      (name) => (globalThis as unknown as PageGlobals).sessionStorage.setItem('bench-tab-expect', name),
      opened[0]!.name,
    );
    await page.reload();
    const painted = async (): Promise<number> =>
      (await (
        await page.waitForFunction(() => {
          const t = (globalThis as unknown as PageGlobals).__tab;
          return t.painted && t.key ? t.painted - t.key : null;
        })
      ).jsonValue()) as number;
    await painted();
    const busyOnReload = await page.evaluate(() => {
      const g = globalThis as unknown as PageGlobals;
      g.sessionStorage.removeItem('bench-tab-expect');
      return g.__tab.busySeen;
    });
    if (busyOnReload === 0)
      throw new Error('nenhuma nota "Carregando…" vista após recarregar: a verificação de carga é vazia');

    const switchTo = async (name: string): Promise<number> => {
      await page.evaluate((expect) => {
        Object.assign((globalThis as unknown as PageGlobals).__tab, {
          expect,
          key: 0,
          painted: 0,
          calls: [],
        });
      }, name);
      await page.keyboard.press('Control+Tab');
      return painted();
    };

    const callsSince = () =>
      page.evaluate(() =>
        (globalThis as unknown as PageGlobals).__tab.calls.filter((c) => c !== 'workspace.save'),
      );
    const firstOpen: number[] = [];
    const cached: number[] = [];
    const cachedCalls: string[] = [];
    for (let round = 0; round <= ROUNDS; round++) {
      for (let i = 1; i <= OPEN; i++) {
        const ms = await switchTo(opened[i % OPEN]!.name);
        if (round === 0 && i < OPEN) firstOpen.push(ms);
        else if (round > 0) {
          cached.push(ms);
          cachedCalls.push(...(await callsSince()));
        }
      }
    }
    // Not a metric: what a reader of the figures wants to know (how the cache path spends its time).
    console.error(
      `# tab-switch: cache-path samples ${cached.map((v) => Math.round(v)).join(' ')}; ` +
        `calls to main during them: ${cachedCalls.length}${cachedCalls.length ? ` (${[...new Set(cachedCalls)].join(', ')})` : ''}`,
    );
    return [
      line('ui_tab_switch_p95_ms', percentile(cached, 95), 'ms', percentile(firstOpen, 95), 'value <= 50'),
      line('ui_tab_switch_p50_ms', percentile(cached, 50), 'ms', percentile(firstOpen, 50)),
    ];
  } finally {
    await close();
  }
}
