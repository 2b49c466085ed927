/**
 * How promptly the server answered while something heavy ran. The promise is
 * an answer within 200 ms; on a machine shared with other jobs, the operating
 * system alone can now and then delay a process by more than that, so one
 * answer in a hundred may be late, but none by a second: before the critic
 * left the request thread, one answer waited for a whole critique, seconds to
 * minutes.
 */
import { expect } from "vitest";
import type { Client } from "./helpers";

export const PROMPT_MS = 200;
const NEVER_MS = 1000;

export function expectPrompt(latencies: number[], what: string): void {
  const late = latencies.filter((ms) => ms >= PROMPT_MS);
  const summary = `${what}: ${latencies.length} answers, ${late.length} over ${PROMPT_MS} ms, slowest ${Math.round(Math.max(0, ...latencies))} ms`;
  expect(latencies.length, summary).toBeGreaterThan(0);
  expect(Math.max(...latencies), summary).toBeLessThan(NEVER_MS);
  expect(late.length, summary).toBeLessThanOrEqual(Math.max(1, Math.floor(latencies.length / 100)));
}

/** Polls /api/health until `until` settles; the time each answer took, in ms. */
export async function healthLatenciesWhile(client: Client, until: Promise<unknown>, pauseMs = 40): Promise<number[]> {
  let done = false;
  void until.finally(() => (done = true));
  const latencies: number[] = [];
  while (!done) {
    const started = performance.now();
    const health = await client.get("/api/health");
    expect(health.status).toBe(200);
    latencies.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, pauseMs));
  }
  return latencies;
}
