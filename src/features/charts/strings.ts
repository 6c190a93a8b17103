/** Strings of the casualty charts. */
export const strings = { en: { heading: 'Casualties' }, ar: { heading: 'الضحايا' } };
