/**
 * Lines read from standard input (the `ask --json` batch, the console fed a script), bounded: a line
 * however long is never held whole, so a runaway input with no newline cannot fill memory.
 */
import { Transform } from 'node:stream';
import { MAX_TEXT_LENGTH } from '../command.js';
import { UsageError } from '../errors.js';

/**
 * The longest line read, in bytes: room for any question MAX_TEXT_LENGTH lets through even written
 * as JSON with every character escaped (500 characters of up to 8 code units, each \uXXXX: 24,000
 * bytes) and the rest of the line around it.
 */
export const MAX_LINE_BYTES = MAX_TEXT_LENGTH * 64;

/**
 * The input with each line cut after MAX_LINE_BYTES + 1 bytes and the rest of it dropped as it arrives;
 * what is kept is enough for checkLineLength to tell it was too long. A line ends at \n or \r, as readline's do.
 */
export function boundLines(): Transform {
  let run = 0; // Bytes of the current line seen so far.
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const next = (byte: number, from: number) => {
        const at = chunk.indexOf(byte, from);
        return at === -1 ? Infinity : at;
      };
      const kept: Buffer[] = [];
      let lf = next(10, 0);
      let cr = next(13, 0);
      for (let start = 0; start < chunk.length; ) {
        if (lf < start) lf = next(10, start);
        if (cr < start) cr = next(13, start);
        const end = Math.min(lf, cr, chunk.length);
        kept.push(chunk.subarray(start, start + Math.max(0, Math.min(MAX_LINE_BYTES + 1 - run, end - start))));
        if (end === chunk.length) {
          run += end - start;
          break;
        }
        kept.push(chunk.subarray(end, end + 1));
        run = 0;
        start = end + 1;
      }
      done(null, Buffer.concat(kept));
    },
  });
}

/** Throws a one-line UsageError for a line longer than MAX_LINE_BYTES (one boundLines cut). */
export function checkLineLength(line: string): void {
  if (Buffer.byteLength(line) > MAX_LINE_BYTES) {
    throw new UsageError(`This line is too long (over ${MAX_LINE_BYTES} bytes); a question is at most ${MAX_TEXT_LENGTH} characters. Please ask something shorter.`);
  }
}
