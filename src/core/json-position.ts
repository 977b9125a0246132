/**
 * Where a JSON text goes wrong. JSON.parse's messages differ between engines and often give no position
 * (V8: "Unexpected token ']', … is not valid JSON"), so a small scanner finds it. Iterative, so deep nesting
 * cannot overflow the stack. Returns -1 for valid JSON.
 */
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
const WHITESPACE = /[ \t\n\r]*/y;

export function jsonErrorOffset(text: string): number {
  let i = 0;
  const stack: string[] = [];
  let state: 'value' | 'key' | 'after' = 'value';
  const skip = (pattern: RegExp) => {
    pattern.lastIndex = i;
    if (!pattern.test(text)) return false;
    i = pattern.lastIndex;
    return true;
  };
  for (;;) {
    skip(WHITESPACE);
    const c = text[i];
    if (state === 'value') {
      if (c === '{' || c === '[') {
        i += 1;
        skip(WHITESPACE);
        if (text[i] === (c === '{' ? '}' : ']')) {
          i += 1;
          state = 'after';
        } else {
          stack.push(c);
          state = c === '{' ? 'key' : 'value';
        }
      } else if (!skip(c === '"' ? STRING : LITERAL)) return i;
      else state = 'after';
    } else if (state === 'key') {
      if (c !== '"' || !skip(STRING)) return i;
      skip(WHITESPACE);
      if (text[i] !== ':') return i;
      i += 1;
      state = 'value';
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) return i < text.length ? i : -1;
      if (c === ',') {
        i += 1;
        state = top === '{' ? 'key' : 'value';
      } else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
        i += 1;
        stack.pop();
      } else return i;
    }
  }
}
