/**
 * The critic's cost grows with its input no faster than the input: each
 * worst-case family is critiqued at two sizes, and doubling the size must not
 * more than triple the time. Time is the process's CPU time, so that other
 * work on a busy machine weighs little, and each figure is a median of runs
 * that alternate between the two sizes, so that a machine that slows down
 * during the run weighs on both alike. No figure is compared with a clock.
 */
import { describe, expect, it } from "vitest";
import { worstCaseFamilies } from "../../bench/worst-case.mjs";
import { critique } from "../../src/core";

/** A run this long (CPU milliseconds) is long enough that timer and scheduler noise stays small beside it. */
const MEASURABLE_MS = 25;
const LARGEST_SIZE = 512 * 1024;
const MAX_RATIO = 3;

function cpuMs(text: string): number {
  const start = process.cpuUsage();
  critique(text);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[samples.length >> 1];

/** Medians of the CPU time at `size` and at twice that, over `pairs` runs of each taken in turn. */
function timeBoth(build: (size: number) => string, size: number, pairs: number, small: number[] = [], big: number[] = []) {
  const smallText = build(size);
  const bigText = build(2 * size);
  for (let i = 0; i < pairs; i++) {
    small.push(cpuMs(smallText));
    big.push(cpuMs(bigText));
  }
  return { small, big, ratio: median(big) / median(small) };
}

describe("the critic's cost is linear in its input", () => {
  critique("# Warm\n\nThe first critique compiles the lexicons; no family should pay for it.\n");

  it.each(Object.entries(worstCaseFamilies))("%s", (_name, { build, size: start }) => {
    // Grow the input until one run is long enough to time.
    let size = start;
    while (size < LARGEST_SIZE && cpuMs(build(size)) < MEASURABLE_MS) size *= 2;
    let timed = timeBoth(build, size, 5);
    // A ratio over the bound is measured again with more runs before it counts: one busy moment is not a trend.
    if (timed.ratio > MAX_RATIO) timed = timeBoth(build, size, 6, timed.small, timed.big);
    expect(timed.ratio, `${size} → ${2 * size} characters: ${median(timed.small).toFixed(1)} → ${median(timed.big).toFixed(1)} ms`).toBeLessThanOrEqual(MAX_RATIO);
  });
});
