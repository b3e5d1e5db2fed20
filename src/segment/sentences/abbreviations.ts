/**
 * Words after which a full stop does not end a sentence, in normalized form.
 * Arabic titles and units are abbreviated with one letter or two (`د.` doctor, `م.` engineer or AD,
 * `ص.` page, `ق.م` BC); Latin ones as in English news (`Mr.`, `U.S.`).
 */
export const ARABIC_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'د', 'م', 'ص', 'ق', 'هـ', 'ه', 'ج', 'ت', 'أ', 'ا', 'ب', 'ف', 'ع', 'س', 'ك', 'ل', 'ن', 'و', 'ي',
  'اد', 'ام', 'مم', 'كم', 'كغ', 'سم', 'ملم', 'الخ', 'ش', 'مج', 'ط', 'ح',
])

export const LATIN_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'vs', 'etc', 'no', 'gen', 'col', 'lt', 'sgt', 'rev', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
])
