/**
 * Incident or tally, on sentences written for these tests in the styles of Arabic strike reports: each kind.* rule
 * of data/ingest/rules.json decides, and the claim's trace names it. Publication date 2024-03-14 (a Thursday).
 */
import { describe, expect, it } from 'vitest';
import { periodPhrase, tallyWord } from '../../src/ingest/steps/kind';
import { foldText, tokenize } from '../../src/ingest/text';
import { read } from './helpers';

const tokens = (s: string) => tokenize(foldText(s).text);
const whole = (s: string) => {
  const t = tokens(s);
  return [t, 0, t.length] as const;
};

describe('kind.tally-word', () => {
  it.each([
    ['ارتفعت حصيلة الغارات على ريف إدلب إلى 30 قتيلا', true],
    ['بلغت حصيلة قتلى اليوم 17 مدنيا', true],
    ['وصلت حصيلة الاشتباكات في الريف الغربي إلى 250 قتيلا', true],
    ['بلغ مجموع القتلى 12', true],
    ['وصلت حصيلة ضحايا التفجير في الساحة إلى 6 قتلى', false],
    ['قالت الحملة إن حصيلة قتلى قصف الطائرات على المدينة بلغت 11', false],
  ])('%s → %s', (sentence, tally) => {
    expect(tallyWord(...whole(sentence))).toBe(tally);
  });
});

describe('kind.period-phrase', () => {
  it.each([
    ['وثق المرصد مقتل 40 مدنيا خلال التصعيد الأخير على المنطقة', true],
    ['سقط 180 مقاتلا منذ اندلاع القتال على جبهات الريف الشرقي', true],
    ['قتل 60 مدنيا على مدى الأيام الماضية', true],
    ['قتل 5 مدنيين في حي الشعار الذي يتعرض للقصف منذ بداية الشهر', false],
    ['قتل 5 مدنيين في غارة على البلدة صباح اليوم', false],
  ])('%s → %s', (sentence, period) => {
    expect(periodPhrase(...whole(sentence))).toBe(period);
  });
});

const kindOfFigure = (text: string, killed: number) => {
  const c = read(text).claims.find((x) => x.killed?.min === killed);
  return { kind: c?.kind, rules: c?.trace?.kind ?? [] };
};

describe('incident or tally, whole reports', () => {
  it.each([
    // One strike, its toll named "حصيلة": an incident.
    ['ارتفعت حصيلة ضحايا الغارة على بلدة كفرنبل إلى 9 مدنيين اليوم.', 9, 'incident', 'kind.incident'],
    // A night across two days is the time of one strike.
    ['قتل 6 مدنيين ليل الأربعاء الخميس بغارة استهدفت بلدة سرمين بريف إدلب.', 6, 'incident', 'kind.incident'],
    // A campaign named as the time of the figure.
    ['ووثقت الشبكة مقتل 45 مدنيا خلال التصعيد الأخير على ريف إدلب الجنوبي.', 45, 'tally', 'kind.period-phrase'],
    // A war's toll in thousands.
    ['وخلفت الحرب أكثر من 350 ألف قتيل وفق تقديرات المرصد.', 350001, 'tally', 'kind.war-toll'],
    // Two localities joined by "و".
    ['قتل 4 مدنيين في غارات على بلدة معرة مصرين وبمدينة أريحا اليوم.', 4, 'tally', 'kind.two-localities'],
    // Villages in the plural.
    ['قتل 8 مدنيين بغارات طالت قرى عدة في ريف حمص الشرقي اليوم.', 8, 'tally', 'kind.plural-places'],
    // A village the gazetteer lacks is still one locality.
    ['قتل 7 مدنيين بقصف على قرية "زهرة الوادي" بريف حماة الشمالي اليوم.', 7, 'incident', 'kind.incident'],
    // A part of the country and no locality.
    ['قتل 13 شخصا على الأقل اليوم في غارات جوية استهدفت شمال غرب سوريا.', 13, 'tally', 'kind.country-wide'],
  ])('%s → %s', (text, killed, kind, rule) => {
    const got = kindOfFigure(text, killed);
    expect(got.kind).toBe(kind);
    expect(got.rules).toContain(rule);
  });
});
