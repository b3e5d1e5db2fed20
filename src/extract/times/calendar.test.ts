import { test } from 'node:test'
import assert from 'node:assert/strict'
import { addDays, daysInMonth, formatWeek, isValidDate, parseCivilDate, weekday } from './civil-date.js'
import { hijriToGregorian, toHijri } from './hijri-to-gregorian.js'
import { resolveSeason, resolveWeekday } from './resolve-time.js'

test('knows leap years by the Gregorian rule', () => {
  assert.equal(daysInMonth(2024, 2), 29)
  assert.equal(daysInMonth(2025, 2), 28)
  assert.equal(daysInMonth(2000, 2), 29)
  assert.equal(daysInMonth(1900, 2), 28)
  assert.equal(isValidDate(2023, 2, 29), false)
  assert.deepEqual(addDays({ y: 2024, m: 2, d: 28 }, 1), { y: 2024, m: 2, d: 29 })
  assert.deepEqual(addDays({ y: 2024, m: 12, d: 31 }, 1), { y: 2025, m: 1, d: 1 })
})

test('reads a publication date or date-time, and rejects what is no date', () => {
  assert.deepEqual(parseCivilDate('2018-07-31T10:44:25+00:00'), { y: 2018, m: 7, d: 31 })
  assert.equal(parseCivilDate('2025-02-29'), null)
  assert.equal(parseCivilDate('yesterday'), null)
  assert.equal(parseCivilDate(null), null)
})

test('numbers ISO weeks across New Year', () => {
  assert.equal(formatWeek({ y: 2025, m: 10, d: 28 }), '2025-W44')
  assert.equal(formatWeek({ y: 2024, m: 12, d: 30 }), '2025-W01')
  assert.equal(formatWeek({ y: 2021, m: 1, d: 2 }), '2020-W53')
  assert.equal(weekday({ y: 2025, m: 10, d: 28 }), 2) // a Tuesday
})

test('resolves weekdays on or before, strictly before and strictly after', () => {
  const tue = { y: 2025, m: 10, d: 28 }
  assert.deepEqual(resolveWeekday(tue, 2, null, -1), tue)
  assert.deepEqual(resolveWeekday(tue, 2, -1, -1), { y: 2025, m: 10, d: 21 })
  assert.deepEqual(resolveWeekday(tue, 2, 1, -1), { y: 2025, m: 11, d: 4 })
  assert.deepEqual(resolveWeekday(tue, 5, null, 1), { y: 2025, m: 10, d: 31 })
  assert.deepEqual(resolveWeekday({ y: 2025, m: 1, d: 2 }, 6, null, -1), { y: 2024, m: 12, d: 28 })
})

test('labels seasons with the year their instance starts', () => {
  assert.equal(resolveSeason({ y: 2025, m: 10, d: 28 }, 'FA', -1), '2024-FA')
  assert.equal(resolveSeason({ y: 2025, m: 10, d: 28 }, 'SU', -1), '2025-SU')
  assert.equal(resolveSeason({ y: 2025, m: 1, d: 15 }, 'WI', 0), '2024-WI')
  assert.equal(resolveSeason({ y: 2025, m: 1, d: 15 }, 'WI', 1), '2025-WI')
})

test('converts between the Umm al-Qura and Gregorian calendars', () => {
  assert.deepEqual(hijriToGregorian({ y: 1436, m: 10, d: 12 }), { y: 2015, m: 7, d: 28 })
  assert.deepEqual(hijriToGregorian({ y: 1447, m: 9, d: 1 }), { y: 2026, m: 2, d: 18 })
  assert.deepEqual(toHijri({ y: 2015, m: 7, d: 28 }), { y: 1436, m: 10, d: 12 })
  // Ramadan 1436 had 29 days.
  assert.equal(hijriToGregorian({ y: 1436, m: 9, d: 30 }), null)
  assert.equal(hijriToGregorian({ y: 1436, m: 13, d: 1 }), null)
  for (const h of [{ y: 1400, m: 1, d: 1 }, { y: 1445, m: 12, d: 29 }, { y: 1350, m: 6, d: 15 }]) {
    const g = hijriToGregorian(h)
    assert.ok(g)
    assert.deepEqual(toHijri(g), h)
  }
})
