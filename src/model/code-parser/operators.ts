/**
 * Words and operators of the two languages as the statement parser needs them: literal words,
 * keywords that never act as an infix method, and binary operator precedence (Scala: by the
 * operator's first character, as the Scala language specification §6.12.3 orders them; Python:
 * its expression grammar).
 */

export const LITERAL_WORDS: Readonly<Record<string, null | boolean>> = {
  true: true,
  false: false,
  null: null,
  True: true,
  False: false,
  None: null,
};
export const NOT_INFIX = new Set([
  'match',
  'else',
  'if',
  'yield',
  'with',
  'extends',
  'case',
  'then',
  'do',
  'for',
  'while',
  'lambda',
  'in',
  'and',
  'or',
  'not',
  'is',
]);

export function scalaPrecedence(op: string): number {
  const c = op[0] ?? '';
  if (/[A-Za-z_$]/.test(c)) return 1;
  const table = '|^&=!<>:+-*/%';
  const levels = [2, 3, 4, 5, 5, 6, 6, 7, 8, 8, 9, 9, 9];
  const at = table.indexOf(c);
  return at < 0 ? 10 : (levels[at] ?? 10);
}
export function pythonPrecedence(op: string): number {
  const table: Readonly<Record<string, number>> = {
    '|': 2,
    '^': 3,
    '&': 4,
    '<<': 6,
    '>>': 6,
    '+': 8,
    '-': 8,
    '*': 9,
    '/': 9,
    '//': 9,
    '%': 9,
    '@': 9,
    '**': 11,
  };
  return table[op] ?? -1;
}
