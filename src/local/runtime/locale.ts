// What a spreadsheet locale (en_US, de_DE) means for typing and showing numbers and dates: the
// decimal and group separators and the order of day, month and year, taken from Intl.

export interface LocaleRules {
  decimal: string;
  group: string;
  /** The order a typed numeric date is read in. */
  dateOrder: 'MDY' | 'DMY' | 'YMD';
  /** Month names, full and short, lower case, the locale's and English ones. */
  months: Map<string, number>;
}

const cache = new Map<string, LocaleRules>();

/** 'en_US' -> 'en-US'; an unknown locale falls back to en-US. */
export function bcp47(locale: string): string {
  const tag = locale.replace(/_/g, '-');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en-US';
  } catch {
    return 'en-US';
  }
}

function monthNames(tag: string): Map<string, number> {
  const names = new Map<string, number>();
  for (const locale of ['en-US', tag]) {
    for (const month of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) {
        const name = format.format(new Date(Date.UTC(2026, m, 15))).toLowerCase();
        names.set(name.replace(/\.$/, ''), m + 1);
      }
    }
  }
  names.set('sept', 9);
  return names;
}

export function localeRules(locale: string): LocaleRules {
  const cached = cache.get(locale);
  if (cached) return cached;

  const tag = bcp47(locale);
  const parts = new Intl.NumberFormat(tag).formatToParts(1234567.5);
  const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';

  const order = new Intl.DateTimeFormat(tag, { timeZone: 'UTC' })
    .formatToParts(new Date(Date.UTC(2026, 10, 22)))
    .filter((p) => p.type === 'day' || p.type === 'month' || p.type === 'year')
    .map((p) => p.type[0].toUpperCase())
    .join('');
  const dateOrder = order === 'DMY' || order === 'YMD' ? order : 'MDY';

  const rules: LocaleRules = { decimal, group, dateOrder, months: monthNames(tag) };
  cache.set(locale, rules);
  return rules;
}
