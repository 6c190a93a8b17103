/** The few workbench strings the header bar shows on every page load (the rest load with the panel: strings.ts). */
export const entryStrings = {
  en: {
    open: 'Import & review',
    status: { 'machine-read': 'machine-read', reviewed: 'reviewed', rejected: 'rejected' },
    counts: 'Claims by review status',
    countLine_one: '{{count, num}} {{status}}',
    countLine_other: '{{count, num}} {{status}}',
  },
  ar: {
    open: 'استيراد ومراجعة',
    status: { 'machine-read': 'قراءة آلية', reviewed: 'مُراجَع', rejected: 'مرفوض' },
    counts: 'الادعاءات حسب حالة المراجعة',
    countLine_zero: '{{count, num}} {{status}}',
    countLine_one: '{{count, num}} {{status}}',
    countLine_two: '{{count, num}} {{status}}',
    countLine_few: '{{count, num}} {{status}}',
    countLine_many: '{{count, num}} {{status}}',
    countLine_other: '{{count, num}} {{status}}',
  },
};
