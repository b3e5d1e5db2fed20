import { normalizeForMatch } from '../../normalize/normalize.js'

/**
 * Nouns that put a name or title in quote marks: `صحيفة "واشنطن بوست"`, `فيلم «…»`,
 * `وسم "#…"`, `تنظيم "داعش"`. A short quote right after one of them is a name, not speech.
 */
const TITLE_HEADS = new Set(
  `صحيفة صحيفتا صحف جريدة مجلة وكالة قناة موقع برنامج فيلم أفلام مسلسل كتاب رواية مسرحية أغنية ألبوم حملة عملية
  تنظيم جماعة حركة حزب شركة مؤسسة جمعية هيئة مركز مبادرة مشروع مهرجان مسابقة جائزة وسم هاشتاق هاشتاغ شعار عنوان
  بعنوان اسم باسم لقب تطبيق منصة فريق نادي مجموعة مؤتمر منتدى ملتقى معرض ندوة دوري كأس بطولة قصيدة ديوان مقال مقالة
  فعالية منتج ماركة علامة طائرة طائرات سفينة مدرسة مستشفى فندق مطعم مجمع شبكة محطة إذاعة تلفزيون صفحة حساب مدونة
  فرقة لعبة نظام خطة وثيقة اتفاقية اتفاق قانون مشروع معاهدة ميثاق إعلان تحالف ائتلاف جبهة كتلة قائمة لائحة تيار
  ميليشيا ميليشيات كتائب كتيبة لواء فصيل مسجد جامع شارع حي مدينة قرية سوق ميدان ساحة مطار ميناء جسر برج قصر
  طراز مقاتلة مقاتلات مروحية مروحيات صاروخ صواريخ دبابة دبابات مدرعة مدرعات بندقية منظومة معركة جبل جبال نهر وادي بحيرة جزيرة خليج مضيق صحراء سد حقل منجم معسكر سجن بكتيريا فيروس مرض متلازمة دواء عقار لقاح جواد حصان فرس سلالة صنف احتفال احتفالات احتفالية ملعب استاد ستاد قاعة مسرح مراسل صالة عرض فقرة حلقة موسم نسخة دورة زاوية ركن باب قسم ملف مجلس لجنة برامج أعمال عمل كلمة عبارة مصطلح مفهوم تسمية`
    .split(/\s+/)
    .filter(Boolean)
    .map(normalizeForMatch),
)

/** True when a normalized word (with or without `ال`, `و`, `ب`, `ل`) is a noun that quotes a name. */
export function isTitleHead(word: string): boolean {
  let w = word
  if (TITLE_HEADS.has(w)) return true
  if (/^[وفبلك]/.test(w) && w.length > 3) {
    w = w.slice(1)
    if (TITLE_HEADS.has(w)) return true
  }
  if (w.startsWith('ال') && w.length > 4) return TITLE_HEADS.has(w.slice(2))
  if (w.startsWith('ل') && w.length > 4) return TITLE_HEADS.has('ا' + w)
  return false
}
