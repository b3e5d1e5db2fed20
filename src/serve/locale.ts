/**
 * The words the API says to people: one message per error code in English and in Arabic,
 * picked by the request's `Accept-Language` (English unless Arabic is preferred).
 */
import type { ErrorCode } from '../core/errors.js'
import type { ServeErrorCode } from './errors.js'

/** The languages the API speaks. */
export type Language = 'en' | 'ar'

/** Every code the API can answer with: the catalogue's and the server's own. */
export type ApiErrorCode = ErrorCode | ServeErrorCode

/**
 * The Arabic message of each code. In Arabic the specific English message (which names the
 * field or the id) moves to `error.detail`, so a program can still read it.
 */
export const ARABIC_MESSAGES: Readonly<Record<ApiErrorCode, string>> = {
  ERR_INVALID_ARGUMENT: 'أحد المعاملات أو الحقول غير صالح؛ التفاصيل في الحقل detail.',
  ERR_CONFIG: 'إعدادات المحلِّل أو خياراته غير صحيحة.',
  ERR_LIMIT: 'المدخل أكبر من الحد المسموح به.',
  ERR_FILE_NOT_FOUND: 'الملف المطلوب غير موجود.',
  ERR_FILE_UNREADABLE: 'تعذّرت قراءة الملف.',
  ERR_BINARY_INPUT: 'المدخل ملف ثنائي وليس نصًّا.',
  ERR_EMPTY_INPUT: 'المدخل لا يحتوي على نص.',
  ERR_UNKNOWN_ENCODING: 'الترميز المطلوب غير معروف.',
  ERR_BAD_JSON: 'تعذّر تحليل JSON المرسل.',
  ERR_BAD_DATE: 'التاريخ ليس بالصيغة YYYY-MM-DD.',
  ERR_UNEXPECTED: 'حدث خطأ غير متوقَّع.',
  ERR_NOT_FOUND: 'لا يوجد مقال أو كيان أو قصة أو مسار بهذا المعرِّف.',
  ERR_TOO_LARGE: 'حجم الطلب أكبر من الحد الذي يقبله الخادم.',
  ERR_UNSUPPORTED_MEDIA_TYPE: 'نوع محتوى الطلب غير مدعوم؛ أرسل JSON (أو JSONL لدفعة مقالات).',
  ERR_INTERNAL: 'حدث خطأ داخلي في الخادم؛ سجلّ الخادم يحوي التفاصيل تحت رقم الطلب.',
}

/** True for the codes the message map knows. */
export function isApiErrorCode(code: string): code is ApiErrorCode {
  return Object.hasOwn(ARABIC_MESSAGES, code)
}

/**
 * The language to answer in, from an `Accept-Language` header: Arabic when an `ar` range
 * (`ar`, `ar-EG`) has a higher weight than any English or `*` range, else English.
 * `ar, en;q=0.8` → ar; `en-US,en;q=0.9,ar;q=0.8` → en; missing or garbled → en.
 */
export function pickLanguage(header: string | undefined): Language {
  if (!header) return 'en'
  let ar = 0
  let other = 0
  for (const part of header.split(',')) {
    const [range = '', ...params] = part.trim().toLowerCase().split(';')
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    const q = qParam ? Number(qParam.slice(2)) : 1
    if (!Number.isFinite(q) || q <= 0) continue
    if (range === 'ar' || range.startsWith('ar-')) ar = Math.max(ar, q)
    else if (range === 'en' || range.startsWith('en-') || range === '*') other = Math.max(other, q)
  }
  return ar > other ? 'ar' : 'en'
}

