/** Arabic number reading shared by the times and quantities stages: digits, number words, magnitudes. */
export { readNumber, readDigits, isNumberWord, mayBeNumberWord, type NumberReading, type NumberTokens } from './read-number.js'
export { FUNCTION_WORDS } from './function-words.js'
