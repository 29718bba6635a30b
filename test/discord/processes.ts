/** Entry points run as real child processes (tsx), with their output collected. */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';

export interface Running {
  child: ChildProcess;
  output(): string;
  /** Resolves when the output contains `text`; rejects after `timeoutMs`. */
  waitForOutput(text: string, timeoutMs?: number): Promise<void>;
  /** The exit code (or signal), or a rejection after `timeoutMs`. */
  exited(timeoutMs?: number): Promise<number | string>;
  /** Kill it if it is still running (cleanup). */
  kill(): void;
}

export function runScript(script: string, env: Record<string, string>, args: string[] = []): Running {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: process.cwd(),
    // Only what the script needs: no settings leak in from the test runner's environment, nor
    // from a developer's .env (dotenv reads DOTENV_PATH instead).
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DOTENV_PATH: '/nonexistent/storybot-test.env', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  const listeners = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    text += chunk.toString('utf8');
    for (const l of listeners) l();
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exit = once(child, 'exit').then(([code, signal]) => (code ?? signal) as number | string);
  return {
    child,
    output: () => text,
    waitForOutput(wanted, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!text.includes(wanted)) return;
          done();
          resolve();
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`timed out waiting for "${wanted}" in output:\n${text}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        check();
      });
    },
    exited(timeoutMs = 15_000) {
      return Promise.race([
        exit,
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still running after ${timeoutMs} ms:\n${text}`)), timeoutMs).unref()),
      ]);
    },
    kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}
