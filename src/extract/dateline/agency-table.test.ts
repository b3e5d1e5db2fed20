import { test } from 'node:test'
import assert from 'node:assert/strict'
import { lookupAgency } from '../../language/agencies.js'
import { isKnownPlace } from './place-gazetteer.js'

test('looks agencies up in their dateline forms, with dots, spaces and hamza variants', () => {
  for (const [alias, latin] of <[string, string][]>[['أ ف ب', 'AFP'], ['أ.ف.ب', 'AFP'], ['ا ف ب', 'AFP'], ['(د ب أ)', 'dpa'], ['أ ش أ', 'MENA'], ['واس', 'SPA'],
    ['كونا', 'KUNA'], ['يو بي آي', 'UPI'], ['الأناضول', 'Anadolu Agency'], ['وام', 'WAM'], ['قنا', 'QNA'], ['سانا', 'SANA'], ['CNN', 'CNN'], ['رويترز', 'Reuters']]) {
    assert.equal(lookupAgency(alias)?.latin, latin, alias)
  }
  assert.equal(lookupAgency('سبق')?.kind, 'outlet')
  assert.equal(lookupAgency('آب'), null) // the month, not أ ب (AP)
  assert.equal(lookupAgency('الرياض'), null)
  assert.equal(lookupAgency('«الرياض»')?.latin, 'Al Riyadh')
})

test('knows places whatever their spelling, and not ordinary words', () => {
  for (const p of ['أبها', 'أبهــا', 'ابها', 'مكة المكرمة', 'سان فرانسيسكو', 'بنغازي', 'عسير']) assert.ok(isKnownPlace(p), p)
  for (const w of ['متابعات', 'أمس', 'عين اليوم', 'ممثل سوري']) assert.ok(!isKnownPlace(w), w)
})
