import { normalizeForMatch } from '../../normalize/normalize.js'
import { LexemeSlot, type Lexeme } from '../../core/lexeme.js'
import { WordCache } from '../../core/word-cache.js'

/**
 * Closed word classes that bound a speaker or source phrase, as bit flags over normalized words.
 * `قال الوزير الاثنين في بيان إن …`: the phrase after the verb stops at the day name (`Time`), the
 * preposition (`Prep`) and the complementizer (`Complementizer`).
 */
export const WordClass = {
  /** `أن`, `إن`, `أنه`, `بأن` … (normalized `ان`, `انه`, `بان`). */
  Complementizer: 1,
  Prep: 2,
  Time: 4,
  /** `الذي`, `التي`, `الذين` … */
  Relative: 8,
  /** Negation, auxiliaries, pronouns, demonstratives, connectives and adverbs: never inside a name. */
  Particle: 16,
  /** Titles and role nouns that head a speaker phrase (`وزير`, `المتحدث`, `مصدر`, `مسؤولون`). */
  Title: 32,
  /** Media and documents that are cited as sources (`وكالة`, `صحيفة`, `وسائل الإعلام`, `تقارير`). */
  Media: 64,
  /** Verbal nouns that follow a reporting verb as its object (`أكد دعم …`, `أبدى استعداد …`). */
  ObjectNoun: 128,
  /** A preposition `ل` phrase naming whom the speaker told (`لوكالة`, `للصحفيين`, `لـ`). */
  Addressee: 256,
  /** Words that start a new clause after a comma (`بعد أن`, `مما`, `وذلك`, `فيما`). */
  ClauseStart: 512,
  /** Institutions and documents: a phrase they head is no person's name (`مجلس الوزراء`, `بيان مكتب …`). */
  Institution: 1024,
} as const

const LISTS: [number, string][] = [
  [WordClass.Complementizer, 'أن إن أنه إنه أنها إنها أنهم إنهم أنهما إنهما أنني إنني إني أني أننا إننا أنك إنك بأن بأنه بأنها بأنهم بأنهما لأن وأن وإن وأنه وإنه وأنها وإنها وأنهم وإنهم فإن فإنه فإنها فإنهم'],
  [WordClass.Prep, 'في على عن من إلى مع خلال أمام لدى عند بعد قبل منذ حول ضد عبر حتى نحو عقب أثناء وسط تجاه إزاء بشأن حيال بين ضمن داخل خارج فوق تحت دون بدون بسبب جراء إثر قبيل بعيد قرب لصالح وفي وعلى وعن ومن وإلى ومع وخلال وأمام وبعد وقبل ومنذ وحول فيه فيها خلاله خلالها عنه عنها منه منها إليه إليها عليه عليها لها له لهم فيما'],
  [WordClass.Time, 'اليوم أمس غدا الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد يوم يومي صباح مساء ليلة الليلة ظهر فجر عشية صباحا مساء ليلا نهارا سابقا لاحقا مؤخرا حاليا الآن أول الأسبوع الشهر الماضي الماضية المقبل المقبلة الجاري الحالي الأخير الأخيرة آنذاك حينها حينذاك وقتها أوائل أواخر أواسط مطلع منتصف نهاية بداية'],
  [WordClass.Relative, 'الذي التي الذين اللذين اللتين اللذان اللتان اللاتي اللواتي والذي والتي والذين'],
  [WordClass.Particle, 'لا لم لن ما قد لقد سوف ليس ليست كان كانت كانوا يكون تكون هو هي هم هما أنا نحن ذلك هذا هذه تلك هؤلاء ثم أو أم كما بينما حيث إذ إذا لكن ولكن لكنه لكنها لكنهم ولكنه ولكنها ولكنهم فلقد لأنه لأنها لأنهم وكأنه وكأنها كأنه كأنها كيف فكيف إلا غير كل بل حين عندما لو لما بما مما كما فيما بحسب حسب حسبما وفقا وفق طبقا نقلا استنادا فقط أيضا كذلك مجددا مرارا بدوره بدورها بدورهم جهته جانبه جهتها جانبها ردا تعليقا وقد وهو وهي وهم وكان وكانت وكما ولا ولم ولن فقد يجب يمكن ينبغي لابد بشكل بصورة مرة تقريبا نفسه نفسها أمر الانتباه النظر'],
  [WordClass.Title, 'م د أ باسم بابا البابا وزير وزيرة رئيس رئيسة مدير مديرة نائب نائبة مساعد مساعدة مستشار مستشارة سفير سفيرة مندوب مندوبة ممثل ممثلة متحدث متحدثة ناطق ناطقة أمين قائد قائدة زعيم زعيمة عضو عضوة محافظ أمير أميرة ملك ملكة شيخ عميد لواء عقيد عقيد جنرال مسؤول مسؤولة مسؤولون مسؤولين مسؤولو مصدر مصادر خبير خبيرة خبراء محلل محللون مراسل مراسلة مفوض مفوضة كبير كبيرة ولي نجم لاعب مدرب حارس مؤسس صاحب مالك شهود شاهد سكان ناشط ناشطة ناشطون محام محامي محامية قاضي طبيب طبيبة أطباء باحث باحثة باحثون أستاذ أستاذة دكتور دكتورة بروفيسور مهندس سيد سيدة ابنة ابن والد والدة زوج زوجة شقيق شقيقة أحد إحدى بعض وكيل رئيسا نواب مدعي نقيب وزراء قادة زعماء مسؤولي ممثلو الرئيس الوزير المدير الأمين القائد الزعيم الملك الأمير الشيخ النائب السفير المستشار المتحدث الناطق المسؤول المصدر المصادر الخبير المحلل المراسل المفوض المندوب الممثل المحافظ الدكتور المهندس الأستاذ اللاعب المدرب القيادي قيادي العاهل الجنرال اللواء العميد العقيد المقدم الرائد النقيب السيناتور السناتور الدبلوماسي دبلوماسي دبلوماسيون'],
  [WordClass.Media, 'الأرقام البيانات المعطيات التقديرات المؤشرات المعلومات وكالة وكالات صحيفة صحيفتا صحف الصحف وسائل الإعلام إعلام قناة تلفزيون التلفزيون التلفزة إذاعة الإذاعة موقع مجلة تقرير التقرير تقارير التقارير مصادر المصادر شبكة محطة نشرة مراسل مراسلو وثيقة وثائق دراسة الدراسة استطلاع استطلاعات إحصاءات إحصائيات'],
  [WordClass.ObjectNoun, 'دعم ضرورة أهمية استعداد رفض تأييد حرص التزام موقف تضامن عزم وقوف ثقة قلق أمل ترحيب تمسك إدانة استنكار أسف رغبة سعي حاجة وجود عدم تقدير شكر تقديره شكره ارتياح حرصه دعمه رفضه استعداده التزامه قلقه أمله ثقته ترحيبه إدانته تأكيد تعازي تعازيه خطة برنامج نية رد ردا مواصلة اهتمام تطلع مطالبة حق تصريحات تصريح نبأ مكانة قدرة جدية صحة'],
  [WordClass.Institution, 'مكتب مجلس بيان وزارة حكومة هيئة لجنة شركة مركز منظمة جمعية اتحاد جامعة محكمة نيابة رئاسة سفارة قيادة إدارة مديرية دائرة صندوق بنك برلمان البرلمان الحكومة الوزارة الرئاسة الهيئة اللجنة الشركة المنظمة المجلس البيان المكتب مؤسسة المؤسسة مجموعة المجموعة جيش الجيش قوات القوات شرطة الشرطة السلطات سلطات حزب الحزب حركة الحركة جماعة الجماعة تنظيم التنظيم وكالة الوكالة'],
  [WordClass.ClauseStart, 'بالإضافة وبالإضافة مما وذلك فيما بينما حيث إذ فهو فهي فهم لكن ولكن غير إلا كما ثم بعد قبل وبعد وقبل حين عندما وعندما لافتا مضيفا مشيرا مؤكدا معتبرا محذرا موضحا داعيا مشددا منوها وهو وهي وهم ويأتي وتأتي وجاء وجاءت وكان وكانت'],
]

const CLASS_OF = new Map<string, number>()
for (const [flag, words] of LISTS) {
  for (const w of words.split(' ')) {
    const n = normalizeForMatch(w)
    CLASS_OF.set(n, (CLASS_OF.get(n) ?? 0) | flag)
  }
}

/** Addressee phrases: `ل` + a medium or the press (`لوكالة`, `لصحيفة`, `للصحفيين`, `للصحافة`). */
const ADDRESSEE = /^(لل?(وكاله|صحيفه|قناه|موقع|مجله|تلفزيون|اذاعه|صحفيين|صحافيين|صحافه|صحفي|اعلام|اعلاميين|مراسل|مراسلي|مراسله|مراسلنا|شبكه|برنامج|نشره|وسائل)|لبي|لسي|لرويترز|لفرانس|لاسوشيتد|لسكاي|لشبكه|للعربيه|للجزيره|لـ?)$/

const NOUN_CLASSES = WordClass.Title | WordClass.Media | WordClass.Institution

/**
 * The word classes of a normalized word, as `WordClass` bits (0 for an open-class word).
 * A title or medium with the article is found both ways (`الوزير`, `وزير`), and a leading
 * `و` is looked through for titles and media (`ووزير`).
 */
export function wordClass(word: string): number {
  return CLASS_CACHE.getOrMake(word, readClass)
}

const CLASS_CACHE = new WordCache<string, number>(100_000)
const CLASS_SLOT = new LexemeSlot<number>('quotes/word-class')

/** `wordClass` of a lexeme's word, kept on the lexeme. */
export function lexemeClass(lex: Lexeme): number {
  return CLASS_SLOT.getOrMake(lex, readClass)
}

function readClass(word: string): number {
  let c = CLASS_OF.get(word) ?? 0
  if (word.startsWith('ال') && word.length > 3) c |= (CLASS_OF.get(word.slice(2)) ?? 0) & NOUN_CLASSES
  if (word.startsWith('و') && word.length > 3) {
    const rest = word.slice(1)
    // `والأحد قالت …`, `واليوم`: a time word keeps its class behind و.
    c |= (CLASS_OF.get(rest) ?? 0) & (NOUN_CLASSES | WordClass.Time)
    if (rest.startsWith('ال') && rest.length > 3) c |= (CLASS_OF.get(rest.slice(2)) ?? 0) & NOUN_CLASSES
  }
  if (ADDRESSEE.test(word)) c |= WordClass.Addressee
  return c
}
