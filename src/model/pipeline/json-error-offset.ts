/**
 * Finds where JSON text first goes wrong, for engines whose `JSON.parse` message names no
 * position ("Unexpected token ',', … is not valid JSON"). A small scanner with an explicit stack
 * (no recursion, so deeply nested input is safe); it only runs after `JSON.parse` has failed.
 */

const WS = new Set([32, 9, 10, 13]);

/** The offset of the first character that cannot continue valid JSON (text.length at a premature end). */
export function jsonErrorOffset(text: string): number {
  const stack: ('object' | 'array')[] = [];
  let i = 0;
  const skip = (): void => {
    while (i < text.length && WS.has(text.charCodeAt(i))) i++;
  };
  // `expect` is what may come next: a value, an object key (or `}` right after `{`), a `,`/close.
  let expect: 'value' | 'firstValue' | 'key' | 'firstKey' | 'after' = 'value';
  for (;;) {
    skip();
    if (i >= text.length) return stack.length === 0 && expect === 'after' ? -1 : i;
    const c = text[i] as string;
    if (expect === 'after') {
      const top = stack[stack.length - 1];
      if (top === undefined) return i;
      if (c === ',') {
        i++;
        expect = top === 'object' ? 'key' : 'value';
      } else if ((c === '}' && top === 'object') || (c === ']' && top === 'array')) {
        i++;
        stack.pop();
      } else return i;
      continue;
    }
    if (expect === 'key' || expect === 'firstKey') {
      if (c === '}' && expect === 'firstKey') {
        i++;
        stack.pop();
        expect = 'after';
        continue;
      }
      if (c !== '"') return i;
      const end = stringEnd(text, i);
      if (end < 0) return -end;
      i = end;
      skip();
      if (text[i] !== ':') return i;
      i++;
      expect = 'value';
      continue;
    }
    if (c === ']' && expect === 'firstValue') {
      i++;
      stack.pop();
      expect = 'after';
    } else if (c === '{') {
      i++;
      stack.push('object');
      expect = 'firstKey';
    } else if (c === '[') {
      i++;
      stack.push('array');
      expect = 'firstValue';
    } else if (c === '"') {
      const end = stringEnd(text, i);
      if (end < 0) return -end;
      i = end;
      expect = 'after';
    } else {
      const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
        text.slice(i, i + 400),
      );
      if (!literal) return i;
      i += literal[0].length;
      expect = 'after';
    }
  }
}

/** The offset just past a string starting at `start`, or minus the offset of its error. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 34) return i + 1;
    if (code < 32) return -i;
    if (code === 92) {
      const next = text[i + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return -(i + 1);
        i += 6;
      } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
      else return -(i + 1);
    } else i++;
  }
  return -text.length;
}
