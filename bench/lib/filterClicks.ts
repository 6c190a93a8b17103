import type { Locator, Page } from '@playwright/test';
import { CLICK_UNTIL_VIEWS_UPDATED, quantile, waitForRehearsal } from './harness';
import type { resultLog } from './results';

/** Filter clicks, timed in the page (bench/app.bench.ts): each until every view is updated and painted. */

type ResultLog = ReturnType<typeof resultLog>;

/** Times one click on `box`: until every view is updated and painted; and until the first frame after it. */
async function timeClick(page: Page, box: Locator): Promise<[number, number]> {
  await box.evaluate((el) => el.setAttribute('data-bench-target', ''));
  // Until the deferred views (charts, timeline) mark that they caught up, then the frame that paints them.
  return (await page.evaluate(CLICK_UNTIL_VIEWS_UPDATED)) as [number, number];
}

/**
 * Clicks filter checkboxes on and off, timing each click until every view is updated and painted, for the first
 * click after load and the later ones. Then every box is turned off again and the first click is repeated: the same
 * change from the same filters, so `repeat` against the first says what being first costs (the later clicks each
 * change something else).
 */
export async function measureFilters(
  page: Page,
  rounds: number,
  atOnce = false,
  othersFirst = 0,
): Promise<{ times: Array<[number, number]>; repeat: number | null; rehearsed: boolean }> {
  await page.locator('.charts-panel').scrollIntoViewIfNeeded();
  await page.locator('.charts-grid').first().waitFor({ timeout: 120_000 });
  // A reader looks before clicking: the first click comes once the page has rehearsed one (at most 10 s), unless
  // `atOnce` (opening the filters is a press, which calls the rehearsal off: a cold first click).
  const rehearsed = atOnce ? false : await waitForRehearsal(page);
  await page.locator('.more-filters > summary').click();
  const boxes = page.locator('.filters input[type="checkbox"]:visible');
  const count = Math.min(await boxes.count(), 6);
  if (count === 0) return { times: [], repeat: null, rehearsed };
  // `othersFirst`: boxes after the first are each turned on and off before the timed clicks, so the first timed
  // click is a later interaction that still shows cards this page has never drawn (see --first-after-others).
  for (let b = 1; b <= Math.min(othersFirst, count - 1); b++) {
    await timeClick(page, boxes.nth(b));
    await timeClick(page, boxes.nth(b));
  }
  const times: Array<[number, number]> = [];
  for (let i = 0; i < rounds; i++) times.push(await timeClick(page, boxes.nth(i % count)));
  for (let b = 0; b < count; b++) {
    const clicked = Math.floor(rounds / count) + (b < rounds % count ? 1 : 0);
    if (clicked % 2 === 1) await timeClick(page, boxes.nth(b));
  }
  return { times, repeat: rounds > 0 ? (await timeClick(page, boxes.nth(0)))[1] : null, rehearsed };
}

/**
 * Scrolls to the last element matching `selector` (a chart slot, the timeline) and times until it no longer shows an
 * older selection (`data-stale`), then paints.
 */
export async function timeCatchUp(page: Page, selector: string): Promise<number> {
  return (await page.evaluate(`new Promise((resolve) => {
    const slots = document.querySelectorAll(${JSON.stringify(selector)});
    const last = slots[slots.length - 1];
    if (!last || !last.hasAttribute('data-stale')) return resolve(NaN);
    const t0 = performance.now();
    last.scrollIntoView({ block: 'end' });
    const poll = () => {
      if (!last.hasAttribute('data-stale') || performance.now() - t0 > 60000) {
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
      } else setTimeout(poll, 1);
    };
    poll();
  })`)) as number;
}

/** The filter clicks of the interacting loads of one build. */
export interface Clicks {
  /** How many of the interacting loads had rehearsed a first click before it. */
  rehearsed: number;
  firsts: number[];
  /** The same first change, made in other loads after other boxes were turned on and off (--first-after-others). */
  afterOthers: number[];
  repeats: number[];
  all: Array<{ urgent: number; full: number; first: boolean }>;
}

/** No clicks yet: what each build's record starts from. */
export const noClicks = (): Clicks => ({ rehearsed: 0, firsts: [], afterOthers: [], repeats: [], all: [] });

/** Medians over the interacting loads (first clicks), and quantiles over all their clicks pooled. */
export function reportClicks(log: ResultLog, prefix: string, n: number, c: Clicks): void {
  if (c.all.length === 0) return;
  log.report(`${prefix}filter-first`, n, quantile(c.firsts, 0.5), 'ms');
  log.report(`${prefix}first-click-rehearsed`, n, c.rehearsed, 'loads');
  if (c.repeats.length > 0) log.report(`${prefix}filter-first-repeated`, n, quantile(c.repeats, 0.5), 'ms');
  if (c.afterOthers.length > 0) {
    log.report(`${prefix}filter-first-after-others`, n, quantile(c.afterOthers, 0.5), 'ms');
    log.report(`${prefix}first-after-others-loads`, n, c.afterOthers.length, 'loads');
    log.keep(`${prefix}filter-first-after-others`, n, c.afterOthers, 'ms');
  }
  // Each load's own value, for the spread behind the medians.
  log.keep(`${prefix}filter-first`, n, c.firsts, 'ms');
  if (c.repeats.length > 0) log.keep(`${prefix}filter-first-repeated`, n, c.repeats, 'ms');
  const later = c.all.filter((x) => !x.first).map((x) => x.full);
  log.report(`${prefix}filter-later-median`, n, quantile(later, 0.5), 'ms');
  const full = c.all.map((x) => x.full);
  log.report(`${prefix}filter-p95`, n, quantile(full, 0.95), 'ms');
  const urgent = c.all.map((x) => x.urgent);
  log.report(`${prefix}filter-list-map-p95`, n, quantile(urgent, 0.95), 'ms');
  log.report(`${prefix}filter-clicks`, n, full.length, 'clicks');
}
