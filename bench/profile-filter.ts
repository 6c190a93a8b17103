/**
 * `npx tsx bench/profile-filter.ts --dist dist-bench-100k --port 4315 [--clicks 6] [--skip 1]`: where a filter
 * change's main-thread time goes, click by click, until every view is updated (`rasd:views-updated`) and painted.
 * A CPU profile (CDP Profiler) around each click after the first `--skip`; prints self and inclusive time by function
 * (top 30, summed over the profiled clicks) and each click's time. `--trace` records a Chromium trace of the
 * profiled clicks instead and sums the main thread's work by kind (script, style, layout, paint, GC); with `--tasks`
 * it lists each click's tasks. `--alloc` samples allocations instead (MB by function), `--mutations` counts each
 * click's DOM mutations by panel, `--callers NAME` sums the time under NAME by the app function that called it.
 * Read a build made without minifying (`RASD_MINIFY=false npm run build:site`) for names. For diagnosis, not a
 * benchmark: no results file.
 */
import { parseArgs } from 'node:util';
import { CLICK_UNTIL_VIEWS_UPDATED, launch, preview, waitForRehearsal } from './lib/harness';
import type { Profile, ProfileNode, TraceEvent } from './lib/cpuProfile';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist-bench-100k' },
    port: { type: 'string', default: '4315' },
    clicks: { type: 'string', default: '6' },
    skip: { type: 'string', default: '1' },
    /** Profiles only these clicks (comma list, e.g. `0,12`: with 13 clicks over 6 boxes, click 12 makes click 0's change again). */
    only: { type: 'string' },
    /** Waits this many ms after the page is ready before the first click (how much pending load work matters). */
    settle: { type: 'string', default: '0' },
    /** Waits this many ms before every click after the first (is a first click slow, or any click after a pause?). */
    pause: { type: 'string', default: '0' },
    /** Opens the filters at once instead of waiting for the page to rehearse a first click (a cold first click). */
    'no-rehearsal-wait': { type: 'boolean', default: false },
    /** With --trace: counts layout and paint invalidations by element and reason (what a click makes the page redo). */
    invalidations: { type: 'boolean', default: false },
    /** Writes the self and inclusive times by function as JSON here too (to compare two runs). */
    dump: { type: 'string' },
    trace: { type: 'boolean', default: false },
    /** The window, WIDTHxHEIGHT (1400x2600 shows the timeline and a chart while clicking the filters). */
    viewport: { type: 'string', default: '1400x1000' },
    /** With --trace: list each click's main-thread tasks (when, how long, on what). */
    tasks: { type: 'boolean', default: false },
    /** Only samples entered through a function whose name contains this (e.g. 'react-' or 'performWorkUntil'). */
    entry: { type: 'string' },
    /** Counts each click's DOM mutations by panel and kind (MutationObserver) instead of profiling. */
    mutations: { type: 'boolean', default: false },
    /** Samples allocations (CDP HeapProfiler) over the profiled clicks instead: MB allocated by function. */
    alloc: { type: 'boolean', default: false },
    /** Sums the time under functions whose name contains this by their nearest caller in the app's code. */
    callers: { type: 'string' },
  },
});

const selfTime = new Map<string, number>();
/** Effects by the function React called (the frame under commitHookEffectList*), with their inclusive time. */
const effects = new Map<string, number>();
/** Time by the function the event loop entered (the frame under the root: a handler, timer, animation frame…). */
const entries = new Map<string, number>();
const inclusive = new Map<string, number>();
/** With --callers: time under the named function, by the app function that called into it. */
const callers = new Map<string, number>();
/** Frames of libraries (and the engine), not the app's own code. */
const LIBRARY = / (react|recharts|i18n|leaflet|esm)-|^\S+ :/;

function add(profile: Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\//, '')}:${n.callFrame.lineNumber}`;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    if (values.entry) {
      let e = id;
      for (let q = parent.get(e); q !== undefined && parent.has(q); q = parent.get(q)) e = q;
      const entry = byId.get(e);
      if (!entry || !name(entry).includes(values.entry)) return;
    }
    selfTime.set(name(node), (selfTime.get(name(node)) ?? 0) + ms);
    if (values.callers) {
      // Time under a function whose name contains --callers, by the nearest app function above it.
      let hit = false;
      for (let q: number | undefined = id; q !== undefined; q = parent.get(q)) {
        const n = byId.get(q);
        if (!n) break;
        const key = name(n);
        if (!hit) hit = key.includes(values.callers);
        else if (!LIBRARY.test(key)) {
          callers.set(key, (callers.get(key) ?? 0) + ms);
          break;
        }
      }
    }
    const seen = new Set<string>();
    let below: string | null = null;
    for (let q: number | undefined = id; q !== undefined; q = parent.get(q)) {
      const n = byId.get(q);
      if (!n) break;
      const key = name(n);
      if (below !== null && /commitHookEffectList|commitHookLayoutEffects|safelyCallDestroy/.test(key)) {
        effects.set(below, (effects.get(below) ?? 0) + ms);
      }
      if (!parent.has(q) && below !== null) entries.set(below, (entries.get(below) ?? 0) + ms);
      below = key;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
    }
  });
}

interface AllocNode {
  callFrame: ProfileNode['callFrame'];
  selfSize: number;
  children: AllocNode[];
}
/** With --alloc: bytes allocated by function (self), and by the nearest app function above the allocation. */
const allocSelf = new Map<string, number>();
const allocOwn = new Map<string, number>();

function addAllocations(head: AllocNode): void {
  const name = (n: AllocNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\//, '')}:${n.callFrame.lineNumber}`;
  const walk = (n: AllocNode, own: string | null) => {
    const key = name(n);
    const app = LIBRARY.test(key) ? own : key;
    allocSelf.set(key, (allocSelf.get(key) ?? 0) + n.selfSize / 1e6);
    if (app !== null) allocOwn.set(app, (allocOwn.get(app) ?? 0) + n.selfSize / 1e6);
    for (const c of n.children) walk(c, app);
  };
  walk(head, null);
}

/** Counts DOM mutations by panel and kind (nodes added or removed, text changed, attribute written). */
const WATCH_MUTATIONS = `(() => {
  window.__mutations = {};
  const panel = (n) => {
    const el = n instanceof Element ? n : n && n.parentElement;
    const p = el && el.closest('.filters, .map-panel, .event-list, .timeline-panel, .charts-panel, header');
    return p ? String(p.className).split(' ').filter((c) => c !== 'panel')[0] : 'other';
  };
  new MutationObserver((records) => {
    for (const r of records) {
      const k = panel(r.target) + ' ' + (r.type === 'attributes' ? '@' + r.attributeName : r.type);
      const n = r.type === 'childList' ? r.addedNodes.length + r.removedNodes.length : 1;
      window.__mutations[k] = (window.__mutations[k] || 0) + n;
    }
  }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
})()`;
const TAKE_MUTATIONS = `(() => {
  const m = window.__mutations;
  window.__mutations = {};
  return Object.entries(m).sort((a, b) => b[1] - a[1]).map(([k, n]) => k + ' ' + n).join(', ');
})()`;

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'];
const byKind = new Map<string, number>();
/** With --invalidations: invalidation events by kind, element and reason. */
const invalidated = new Map<string, number>();

/** Sums the direct children of the renderer main thread's tasks by name (what each task spent its time on). */
function addTrace(buffer: Buffer): void {
  const { traceEvents } = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] };
  for (const e of traceEvents) {
    if (values.invalidations && e.name === 'Paint' && e.ph === 'X') {
      const data = (e.args as { data?: { clip?: number[]; layerId?: number; nodeId?: number } } | undefined)?.data;
      const c = data?.clip ?? [];
      const w = Math.round(Math.max(...c.filter((_, i) => i % 2 === 0)) - Math.min(...c.filter((_, i) => i % 2 === 0)));
      const h = Math.round(Math.max(...c.filter((_, i) => i % 2 === 1)) - Math.min(...c.filter((_, i) => i % 2 === 1)));
      const key = `Paint  layer ${data?.layerId ?? '?'} node ${data?.nodeId ?? '?'}  ${w}x${h}`;
      invalidated.set(key, (invalidated.get(key) ?? 0) + 1);
    }
    if (!e.name.endsWith('InvalidationTracking')) continue;
    const data = (e.args as { data?: { nodeName?: string; reason?: string } } | undefined)?.data;
    const key = `${e.name.replace('InvalidationTracking', '')}  ${data?.nodeName ?? '?'}  ${data?.reason ?? ''}`;
    invalidated.set(key, (invalidated.get(key) ?? 0) + 1);
  }
  const main = traceEvents.find((e) => e.name === 'TracingStartedInBrowser' || e.name === 'CrRendererMain');
  const thread = traceEvents.find(
    (e) =>
      e.ph === 'M' && e.name === 'thread_name' && (e as { args?: { name?: string } }).args?.name === 'CrRendererMain',
  );
  const pick = thread ?? main;
  const events = traceEvents
    .filter((e) => e.ph === 'X' && e.pid === pick?.pid && e.tid === pick?.tid)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let taskEnd = -1;
  let childEnd = -1;
  // With --tasks: each task over 1 ms, from the first one, with what it spent its time on.
  const tasks: Array<{ at: number; ms: number; parts: Map<string, number> }> = [];
  for (const e of events) {
    const end = e.ts + (e.dur ?? 0);
    if (e.name === 'RunTask') {
      if (e.ts >= taskEnd) {
        taskEnd = end;
        childEnd = e.ts;
        byKind.set('RunTask (all)', (byKind.get('RunTask (all)') ?? 0) + (e.dur ?? 0) / 1000);
        tasks.push({ at: e.ts, ms: (e.dur ?? 0) / 1000, parts: new Map() });
      }
      continue;
    }
    if (e.ts < taskEnd && e.ts >= childEnd) {
      childEnd = end;
      byKind.set(e.name, (byKind.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
      const begin = (e.args as { beginData?: { dirtyObjects?: number; totalObjects?: number } } | undefined)?.beginData;
      const what = e.args?.data?.functionName
        ? `${e.name}:${e.args.data.functionName}`
        : begin?.dirtyObjects !== undefined
          ? `${e.name}(${begin.dirtyObjects}/${begin.totalObjects ?? '?'})`
          : e.name;
      const parts = tasks[tasks.length - 1]?.parts;
      parts?.set(what, (parts.get(what) ?? 0) + (e.dur ?? 0) / 1000);
    }
  }
  if (values.tasks) {
    const t0 = tasks[0]?.at ?? 0;
    for (const task of tasks.filter((x) => x.ms >= 1)) {
      const parts = [...task.parts]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 4)
        .map(([k, ms]) => `${k} ${ms.toFixed(1)}`);
      console.log(
        `  +${((task.at - t0) / 1000).toFixed(0).padStart(4)} ms  ${task.ms.toFixed(1).padStart(6)} ms  ${parts.join(', ')}`,
      );
    }
  }
}

const server = await preview(values.dist ?? 'dist-bench-100k', Number(values.port));
const browser = await launch();
try {
  const [width = 1400, height = 1000] = (values.viewport ?? '').split('x').map(Number);
  const context = await browser.newContext({ viewport: { width, height }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.locator('.charts-panel').scrollIntoViewIfNeeded({ timeout: 180_000 });
  await page.locator('.charts-grid').first().waitFor({ timeout: 180_000 });
  if (!values['no-rehearsal-wait']) console.log(`first click rehearsed: ${await waitForRehearsal(page)}`);
  await page.locator('.more-filters > summary').click();
  const boxes = page.locator('.filters input[type="checkbox"]:visible');
  const count = Math.min(await boxes.count(), 6);
  await page.waitForTimeout(Number(values.settle));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  if (values.mutations) await page.evaluate(WATCH_MUTATIONS);
  const clicks = Number(values.clicks);
  for (let i = 0; i < clicks; i++) {
    const box = boxes.nth(i % count);
    if (i > 0 && Number(values.pause) > 0) await page.waitForTimeout(Number(values.pause));
    await box.evaluate((el) => el.setAttribute('data-bench-target', ''));
    const profiled = values.only ? values.only.split(',').map(Number).includes(i) : i >= Number(values.skip);
    if (profiled && values.trace) {
      const categories = values.invalidations
        ? [...TRACE_CATEGORIES, 'disabled-by-default-devtools.timeline.invalidationTracking']
        : TRACE_CATEGORIES;
      await browser.startTracing(page, { categories });
    } else if (profiled && values.alloc) await cdp.send('HeapProfiler.startSampling', { samplingInterval: 4096 });
    else if (profiled) await cdp.send('Profiler.start');
    const [urgent, full] = (await page.evaluate(CLICK_UNTIL_VIEWS_UPDATED)) as [number, number];
    if (profiled && values.trace) addTrace(await browser.stopTracing());
    else if (profiled && values.alloc)
      addAllocations(((await cdp.send('HeapProfiler.stopSampling')) as { profile: { head: AllocNode } }).profile.head);
    else if (profiled) add(((await cdp.send('Profiler.stop')) as { profile: Profile }).profile);
    const marks = await page.evaluate(() => {
      const out = performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('rasd:'))
        .map((m) => `${m.name}@${m.startTime.toFixed(0)}`);
      performance.clearMarks();
      return out.join(' ');
    });
    if (values.mutations) console.log(`  mutations: ${String(await page.evaluate(TAKE_MUTATIONS))}`);
    console.log(
      `click ${i}${profiled ? ' (profiled)' : ''}: first frame ${urgent.toFixed(0)} ms, all ${full.toFixed(0)} ms  ${marks}`,
    );
  }
  const top = (m: Map<string, number>, k: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([n, ms]) => `${ms.toFixed(0).padStart(6)} ms  ${n}`);
  if (values.alloc) {
    const mb = (m: Map<string, number>) =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 25)
        .map(([n, v]) => `${v.toFixed(2).padStart(7)} MB  ${n}`);
    console.log('\nallocated, by function:\n' + mb(allocSelf).join('\n'));
    console.log('\nallocated, by the nearest app function:\n' + mb(allocOwn).join('\n'));
  }
  if (values.trace) {
    console.log('\nmain thread by kind (top-level events inside tasks):\n' + top(byKind, 25).join('\n'));
    if (values.invalidations) {
      const counts = [...invalidated].sort((a, b) => b[1] - a[1]).slice(0, 40);
      console.log(
        '\ninvalidations (count, kind, element, reason):\n' +
          counts.map(([k, n]) => `${String(n).padStart(6)}  ${k}`).join('\n'),
      );
    }
  }
  console.log('\nself time by function:\n' + top(selfTime, 30).join('\n'));
  // Which bundle the time is spent in (a chunk's name is its first part: react, recharts, MapPanel…).
  const byScript = new Map<string, number>();
  for (const [n, ms] of selfTime) {
    const script = / (\S*?)(-[\w-]{8})?\.js:/.exec(n)?.[1] ?? n.replace(/^.* /, '');
    byScript.set(script, (byScript.get(script) ?? 0) + ms);
  }
  console.log('\nself time by script:\n' + top(byScript, 15).join('\n'));
  console.log('\ninclusive time by function:\n' + top(inclusive, 40).join('\n'));
  // The app's own functions (and components), past the framework frames above them.
  const own = new Map([...inclusive].filter(([n]) => !LIBRARY.test(n)));
  console.log('\nentry points:\n' + top(entries, 15).join('\n'));
  console.log('\neffects:\n' + top(effects, 15).join('\n'));
  console.log('\ninclusive time, own code:\n' + top(own, 50).join('\n'));
  if (values.dump) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      values.dump,
      JSON.stringify({ self: Object.fromEntries(selfTime), inclusive: Object.fromEntries(inclusive) }),
    );
  }
  if (values.callers) console.log(`\ncallers of ${values.callers}:\n` + top(callers, 20).join('\n'));
  await context.close();
} finally {
  await browser.close();
  server.stop();
}
