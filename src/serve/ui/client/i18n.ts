/** The UI's words in Arabic (the default) and English, and the language chosen. */

export type Lang = 'ar' | 'en'

const AR = {
  appName: 'مرصد',
  navSearch: 'البحث',
  navStories: 'القصص',
  navEntities: 'الكيانات',
  toggle: 'English',
  searchPlaceholder: 'ابحث في الأرشيف…',
  searchButton: 'بحث',
  from: 'من',
  to: 'إلى',
  outlet: 'الوسيلة',
  entity: 'الكيان',
  filters: 'عوامل التصفية',
  results: (n: number) => `النتائج: ${n.toLocaleString('en')}`,
  latest: 'أحدث المقالات',
  noResults: 'لا نتائج.',
  nextPage: 'الصفحة التالية ←',
  firstPage: 'الصفحة الأولى',
  loading: 'جارٍ التحميل…',
  error: 'خطأ',
  untitled: '(بلا عنوان)',
  dateline: 'سطر المكان',
  credits: 'المحرِّرون والمصادر',
  boilerplate: 'نصوص ملحقة (ليست من الخبر)',
  layers: 'الطبقات',
  entities: 'الكيانات',
  quotes: 'الاقتباسات',
  sources: 'المصادر',
  times: 'الأزمنة',
  quantities: 'الكميات',
  direct: 'مباشر',
  indirect: 'غير مباشر',
  speaker: 'المتكلم',
  unknownSpeaker: 'متكلم غير معروف',
  story: 'مقالات القصة نفسها',
  noStory: 'لا مقالات أخرى لهذه القصة.',
  similarity: 'التشابه',
  original: 'الرابط الأصلي',
  entityPage: 'صفحة الكيان',
  types: { PER: 'شخص', LOC: 'مكان', ORG: 'مؤسسة' } as Record<string, string>,
  variants: 'الصيغ',
  latinName: 'الاسم اللاتيني',
  articles: 'المقالات',
  mentions: 'الإشارات',
  timeline: 'الإشارات يومًا بيوم',
  timelineMonth: 'الإشارات شهرًا بشهر',
  cooccurring: 'يظهر مع',
  cooccurringHint: 'سماكة الخط = عدد المقالات المشتركة',
  entityQuotes: 'الاقتباسات المنسوبة إليه',
  noQuotes: 'لا اقتباسات منسوبة.',
  searchEntity: 'المقالات التي تذكره',
  entitiesFor: (q: string) => `الكيانات التي يدل عليها «${q}»`,
  noEntities: 'لا كيان بهذا الاسم.',
  entityLookup: 'ابحث عن كيان بالاسم (بأي صيغة، أو بالاسم اللاتيني)',
  stories: 'القصص: مقالات تروي الخبر نفسه',
  storySize: (n: number) => `المقالات: ${n.toLocaleString('en')}`,
  outlets: 'الوسائل',
  members: 'المقالات',
  storiesTotal: (n: number) => `عدد القصص: ${n.toLocaleString('en')}`,
  notFound: 'الصفحة غير موجودة.',
  inArchive: (n: number) => `مقالات الأرشيف: ${n.toLocaleString('en')}`,
  show: 'إظهار',
}

export type Strings = typeof AR

const EN: Strings = {
  appName: 'Marsad',
  navSearch: 'Search',
  navStories: 'Stories',
  navEntities: 'Entities',
  toggle: 'العربية',
  searchPlaceholder: 'Search the archive…',
  searchButton: 'Search',
  from: 'From',
  to: 'To',
  outlet: 'Outlet',
  entity: 'Entity',
  filters: 'Filters',
  results: (n) => `${n.toLocaleString('en')} result${n === 1 ? '' : 's'}`,
  latest: 'Latest articles',
  noResults: 'No results.',
  nextPage: 'Next page →',
  firstPage: 'First page',
  loading: 'Loading…',
  error: 'Error',
  untitled: '(untitled)',
  dateline: 'Dateline',
  credits: 'Credits',
  boilerplate: 'Boilerplate (not part of the story)',
  layers: 'Layers',
  entities: 'Entities',
  quotes: 'Quotes',
  sources: 'Sources',
  times: 'Times',
  quantities: 'Quantities',
  direct: 'direct',
  indirect: 'indirect',
  speaker: 'Speaker',
  unknownSpeaker: 'unknown speaker',
  story: 'Other articles of this story',
  noStory: 'No other articles tell this story.',
  similarity: 'similarity',
  original: 'Original link',
  entityPage: 'Entity page',
  types: { PER: 'person', LOC: 'place', ORG: 'organisation' },
  variants: 'Spellings',
  latinName: 'Latin name',
  articles: 'Articles',
  mentions: 'Mentions',
  timeline: 'Mentions by day',
  timelineMonth: 'Mentions by month',
  cooccurring: 'Appears with',
  cooccurringHint: 'line width = shared articles',
  entityQuotes: 'Quotes',
  noQuotes: 'No quotes attributed.',
  searchEntity: 'Articles that mention it',
  entitiesFor: (q) => `Entities “${q}” denotes`,
  noEntities: 'No entity by that name.',
  entityLookup: 'Look up an entity by name (any spelling, or the Latin name)',
  stories: 'Stories: articles that tell the same news',
  storySize: (n) => `${n.toLocaleString('en')} articles`,
  outlets: 'Outlets',
  members: 'Articles',
  storiesTotal: (n) => `${n.toLocaleString('en')} stories`,
  notFound: 'No such page.',
  inArchive: (n) => `${n.toLocaleString('en')} articles in the archive`,
  show: 'Show',
}

const KEY = 'marsad.lang'

let current: Lang = readStoredLang()

function readStoredLang(): Lang {
  try {
    return localStorage.getItem(KEY) === 'en' ? 'en' : 'ar'
  } catch {
    return 'ar'
  }
}

/** The language in use: Arabic unless English was chosen (the choice is remembered). */
export function lang(): Lang {
  return current
}

/** The strings of the language in use. */
export function t(): Strings {
  return current === 'ar' ? AR : EN
}

/** Switches language, remembers it, and sets `<html lang dir>`. */
export function setLang(next: Lang): void {
  current = next
  try {
    localStorage.setItem(KEY, next)
  } catch {
    // private mode: the choice lasts for this page only
  }
  applyLang()
}

/** Sets `<html lang>` and `dir` from the language in use. */
export function applyLang(): void {
  document.documentElement.lang = current
  document.documentElement.dir = current === 'ar' ? 'rtl' : 'ltr'
}
