import { performance } from "perf_hooks";
import type { CountyPopulation } from "../src/engine";

/* What several bench modules share (not a bench module itself: bench/run.ts runs only *.bench.ts). */

/**
 * Best of `runs` (after a warm-up) in milliseconds: other work on the machine only adds time. A
 * promise `fn` returns is awaited inside the timing; a synchronous `fn` is timed without an await.
 */
export async function best(runs: number, fn: () => unknown): Promise<number> {
  await fn();
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    const result = fn();
    if (result instanceof Promise) await result;
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

/** A deterministic county of `count` municipalities (a small linear congruential generator). */
export function syntheticCounty(count: number): CountyPopulation {
  let seed = 20261122;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const districts = Array.from({ length: 14 }, (_, index) => ({ name: `Stadsdel ${index + 1}`, population: 20000 + Math.floor(next() * 120000) }));
  const rest = 2446;
  const cityPopulation = districts.reduce((sum, d) => sum + d.population, 0) + rest;
  const municipalities = Array.from({ length: count - 1 }, (_, index) => ({
    name: `Kommun ${index + 1}`,
    code: String(1000 + index),
    population: 2000 + Math.floor(next() * 150000),
  }));
  return {
    municipalities: [...municipalities, { name: "Storstad", code: "9999", population: cityPopulation }],
    dividedCity: { name: "Storstad", districts, rest },
  };
}

/** The counties every plan-sized bench measures: the embedded one (undefined: the default options') and 290 municipalities. */
export function benchCounties(): [string, CountyPopulation | undefined][] {
  return [
    ["county40", undefined],
    ["synthetic290", syntheticCounty(290)],
  ];
}
