/** Standard input's lines, bounded: real streams through boundLines and readline, as the batch and the console read them. */
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { boundLines, checkLineLength, MAX_LINE_BYTES } from '../src/cli/lines.js';

async function linesOf(chunks: (string | Buffer)[]): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of createInterface({ input: Readable.from(chunks).pipe(boundLines()), crlfDelay: Infinity })) lines.push(line);
  return lines;
}

describe('boundLines', () => {
  it('passes lines within the limit as they are, however the chunks split them, at \\n, \\r\\n or \\r', async () => {
    const exact = 'é'.repeat(MAX_LINE_BYTES / 2);
    expect(await linesOf(['fir', 'st\r\nsec', 'ond\rthird\n', exact.slice(0, 100), `${exact.slice(100)}\nlast`])).toEqual(['first', 'second', 'third', exact, 'last']);
    expect(() => checkLineLength(exact)).not.toThrow();
  });

  it('cuts a longer line as it arrives, keeping only enough to refuse it, and the next line whole', async () => {
    const megabyte = Buffer.alloc(1024 * 1024, 'x');
    const [long, next, ...more] = await linesOf([...Array<Buffer>(20).fill(megabyte), '\nWho hosted the summit?\n']);
    expect(long).toHaveLength(MAX_LINE_BYTES + 1);
    expect(() => checkLineLength(long!)).toThrow(`This line is too long (over ${MAX_LINE_BYTES} bytes); a question is at most 500 characters. Please ask something shorter.`);
    expect(next).toBe('Who hosted the summit?');
    expect(more).toEqual([]);
    // One byte over is over.
    expect(() => checkLineLength('x'.repeat(MAX_LINE_BYTES + 1))).toThrow(/too long/);
  });
});
