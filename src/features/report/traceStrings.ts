import { ruleStrings } from './traceStrings.rules';

/**
 * Strings of "why these values": the table around the rule sentences (traceStrings.rules.ts, one per rule id of
 * claim.trace) and the three bases of a field. A rule missing there still reads as a sentence (`ruleUnknown`), never
 * as its code.
 */
export const traceStrings = {
  en: {
    heading: 'Why these values',
    intro: 'For each claim: why this number, why this date, why this source — the rules that read each field.',
    claim: 'Claim {{id}}',
    selected: '(selected)',
    col: { field: 'Field', value: 'Value', basis: 'How it is known', rules: 'Why' },
    basis: {
      stated: 'stated in the text',
      inferred: 'inferred by the machine',
      default: 'default (the text says nothing)',
      none: 'not recorded',
    },
    inferredUnreviewed: 'Inferred values are machine guesses until an analyst reviews the claim.',
    reviewed: 'An analyst has reviewed this claim.',
    noTrace: 'No trace was recorded for this claim (it was not read by this pipeline).',
    ruleUnknown: 'A rule of a newer pipeline',
    more: 'and {{n}} more',
    rule: ruleStrings.en,
  },
  ar: {
    heading: 'لماذا هذه القيم',
    intro: 'لكل ادعاء: لماذا هذا الرقم، ولماذا هذا التاريخ، ولماذا هذا المصدر — القواعد التي قرأت كل حقل.',
    claim: 'الادعاء {{id}}',
    selected: '(المحدد)',
    col: { field: 'الحقل', value: 'القيمة', basis: 'كيف عُرف', rules: 'لماذا' },
    basis: {
      stated: 'مذكور في النص',
      inferred: 'استنتجته الآلة',
      default: 'افتراضي (لا يقول النص شيئًا)',
      none: 'غير مسجّل',
    },
    inferredUnreviewed: 'القيم المستنتجة تخمينات آلية حتى يراجع محلل الادعاء.',
    reviewed: 'راجع محلل هذا الادعاء.',
    noTrace: 'لم يُسجَّل أثر لهذا الادعاء (لم يقرأه هذا المسار).',
    ruleUnknown: 'قاعدة من إصدار أحدث',
    more: 'و{{n}} غيرها',
    rule: ruleStrings.ar,
  },
};
