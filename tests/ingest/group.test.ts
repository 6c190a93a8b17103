/**
 * Issue 13.3: the same strike reported by different outlets becomes one incident (place within its precision, same
 * day, compatible attacker); conflicting attackers are never merged; every merge says why; a likely match left apart
 * is linked as "possibly the same strike"; and grouping has no caps (any number of reports, any date span).
 * Reports written for these tests, in the styles of wire copy, civil defence and monitoring groups.
 */
import { describe, expect, it } from 'vitest';
import { IsoDate, type Claim, type IngestMessage, type Report } from '../../src/domain/schema';
import { groupEvents, groupEventsExplained, possiblySameAs } from '../../src/ingest/group';
import { ingestReports } from '../../src/ingest/pipeline';
import { addDays } from '../../src/ingest/steps/dates';
import { prepared } from './helpers';

const report = (file: string, text: string, published: string) => ({
  file,
  text,
  meta: { outlet: file, published, published_basis: 'stated in text' },
});

const RUSSIAN = report(
  '101_wire.txt',
  'قتل 9 مدنيين اليوم الثلاثاء في غارة جوية روسية على بلدة كفرنبل بريف إدلب الجنوبي.',
  '2019-05-14',
);
const CIVIL_DEFENCE = report(
  '102_civil-defence.txt',
  'قال الدفاع المدني إن 12 مدنياً قتلوا اليوم في غارة جوية على بلدة كفرنبل بريف إدلب.',
  '2019-05-14',
);
const REGIME = report(
  '103_local.txt',
  'قتل 5 مدنيين اليوم الثلاثاء في قصف مدفعي لقوات النظام على بلدة كفرنبل بريف إدلب الجنوبي.',
  '2019-05-14',
);
const UNDATED = report('104_late.txt', 'قتل 4 مدنيين في غارة جوية على بلدة كفرنبل بريف إدلب.', '2019-05-16');
const NEXT_DAY = report(
  '105_next.txt',
  'قتل 3 مدنيين اليوم الأربعاء في غارة جوية روسية على بلدة كفرنبل بريف إدلب الجنوبي.',
  '2019-05-15',
);

function run(...inputs: ReturnType<typeof report>[]) {
  const out = ingestReports(inputs, prepared());
  const claim = (file: string) => out.claims.find((c) => c.report_id === file.replace(/\.txt$/, ''))!;
  const about = (c: Claim, rule: string) => out.messages.filter((m) => m.claim_id === c.id && m.rule === rule);
  return { out, claim, about };
}

describe('the same strike from different outlets', () => {
  it('is one incident: same town, same day, an attacker and an unnamed one; the merge says why', () => {
    const { out, claim, about } = run(RUSSIAN, CIVIL_DEFENCE);
    const [a, b] = [claim(RUSSIAN.file), claim(CIVIL_DEFENCE.file)];
    expect(a.event).toBe(b.event);
    expect(out.claims.filter((c) => c.event === a.event).map((c) => c.killed?.min)).toEqual([9, 12]);
    const [why] = about(b, 'group.same-strike');
    expect(why?.reason).toMatch(/same strike as claim 101-1/);
    expect(why?.reason).toMatch(/same place/);
    expect(why?.reason).toMatch(/same day 2019-05-14/);
  });

  it('never merges conflicting attackers, even through a report that names none; links them instead', () => {
    const { claim, about } = run(RUSSIAN, CIVIL_DEFENCE, REGIME);
    const [a, b, c] = [claim(RUSSIAN.file), claim(CIVIL_DEFENCE.file), claim(REGIME.file)];
    expect(a.event).toBe(b.event);
    expect(c.event).not.toBe(a.event);
    // One link between the two events, each way, naming the other claim and the conflict.
    const links = [...about(a, 'group.possibly-same'), ...about(b, 'group.possibly-same')];
    expect(links).toHaveLength(1);
    expect(possiblySameAs(links[0]!)).toBe(c.id);
    const back = about(c, 'group.possibly-same');
    expect(back).toHaveLength(1);
    expect(back[0]!.reason).toMatch(/attackers conflict \(regime vs russia\)/);
  });

  it('links, but does not merge, an undated report of the same town in the week before it', () => {
    const { claim, about } = run(RUSSIAN, UNDATED);
    const [a, d] = [claim(RUSSIAN.file), claim(UNDATED.file)];
    expect(d.event).not.toBe(a.event);
    expect(about(d, 'group.possibly-same').map(possiblySameAs)).toEqual([a.id]);
    expect(about(d, 'group.possibly-same')[0]!.reason).toMatch(/undated/);
  });

  it('keeps strikes on the same town on different days apart, with no link', () => {
    const { claim, out } = run(RUSSIAN, NEXT_DAY);
    expect(claim(RUSSIAN.file).event).not.toBe(claim(NEXT_DAY.file).event);
    expect(out.messages.filter((m) => m.rule.startsWith('group.'))).toEqual([]);
  });
});

describe('grouping has no caps', () => {
  const base = run(RUSSIAN).claim(RUSSIAN.file);
  const reports = (n: number, published: string): Report[] =>
    Array.from({ length: n }, (_, k) => ({
      id: `r${k}`,
      file: `r${k}.txt`,
      outlet: `outlet ${k}`,
      outlet_ar: null,
      published: IsoDate.parse(published),
      published_basis: 'stated in text' as const,
    }));
  const iso = (from: string, to = from) => ({ from: IsoDate.parse(from), to: IsoDate.parse(to) });
  const clone = (k: number, over: Partial<Claim>): Claim => ({
    ...base,
    id: `r${k}-1`,
    report_id: `r${k}`,
    event: `e${k}`,
    ...over,
  });

  it('thirty outlets reporting one strike are one incident (the old index kept 8 per place and day)', () => {
    const claims = Array.from({ length: 30 }, (_, k) =>
      clone(k, { killed: { min: 9 + k, max: 9 + k, qualifier: 'exact' } }),
    );
    const { claims: out, messages } = groupEventsExplained(
      claims,
      reports(30, '2019-05-14'),
      prepared().resources.places,
    );
    expect(new Set(out.map((c) => c.event)).size).toBe(1);
    expect(messages.filter((m) => m.rule === 'group.same-strike')).toHaveLength(29);
  });

  it('a claim dated by a period of 90 days still meets the strikes inside it (the old index stopped at 40 days)', () => {
    const day = (k: number) => addDays('2019-03-01', k);
    const period = clone(0, { date: { ...iso(day(0), day(89)), basis: 'period' } });
    const late = clone(1, { date: { ...iso(day(80)), basis: 'stated' } });
    const { messages } = groupEventsExplained([period, late], reports(2, '2019-06-01'), prepared().resources.places);
    expect(messages.map((m: IngestMessage) => m.rule)).toEqual(['group.possibly-same', 'group.possibly-same']);
  });

  it('a year of daily strikes on one town stays a year of incidents', () => {
    const claims = Array.from({ length: 365 }, (_, k) =>
      clone(k, { date: { ...iso(addDays('2019-01-01', k)), basis: 'stated' } }),
    );
    const out = groupEvents(claims, reports(365, '2020-01-01'), prepared().resources.places);
    expect(new Set(out.map((c) => c.event)).size).toBe(365);
  });
});
