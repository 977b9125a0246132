/** Arguments passed to String.fromCharCode at once: far below any engine's limit on a call's arguments. */
const UNITS_PER_CALL = 8192;

/** The string of the first `count` UTF-16 code units of `units`, as they are (lone surrogates kept). */
export function stringFromUnits(units: Uint16Array, count = units.length): string {
  let text = '';
  for (let at = 0; at < count; at += UNITS_PER_CALL) {
    text += String.fromCharCode.apply(null, units.subarray(at, Math.min(count, at + UNITS_PER_CALL)) as unknown as number[]);
  }
  return text;
}
