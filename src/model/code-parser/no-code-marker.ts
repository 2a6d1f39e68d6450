/**
 * The function text the generator writes where a pipeline entry has no `code`: Scala's `???`
 * and Python's `...`, each language's own "not written yet" expression. The parser reads a call
 * whose every function argument is this marker back as "no code", so a pipeline without `code`
 * survives a round trip through generated code unchanged, while any real function text, even
 * `_ + _`, is always kept.
 */
import type { CodeLanguage } from './types.ts';

export function noCodeMarker(language: CodeLanguage): string {
  return language === 'scala' ? '???' : '...';
}
