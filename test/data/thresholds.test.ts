import { THRESHOLDS, thresholdForYear, thresholdOn } from "../../src/data";

/* The LOU direct-procurement threshold by date (issue 11): each value at its dates, the day before and the day of each change. */

test.each([
  ["2017-12-31", undefined],
  ["2018-01-01", 586907],
  ["2019-12-31", 586907],
  ["2020-01-01", 615312],
  ["2021-12-31", 615312],
  ["2022-01-01", 626284],
  ["2022-01-31", 626284],
  ["2022-02-01", 700000],
  ["2024-01-01", 700000],
  ["2027-06-30", 700000],
])("on %s the threshold is %s kr", (date, value) => {
  expect(thresholdOn(date)?.value).toBe(value);
});

test("a budget year takes the threshold in force on its first day", () => {
  expect(thresholdForYear(2020)?.value).toBe(615312);
  expect(thresholdForYear(2022)?.value).toBe(626284);
  expect(thresholdForYear(2027)?.value).toBe(700000);
});

test("the periods follow each other without gap or overlap, each with a source", () => {
  for (let index = 1; index < THRESHOLDS.length; index++) {
    const before = new Date(`${THRESHOLDS[index - 1].to}T00:00:00Z`);
    const next = new Date(`${THRESHOLDS[index].from}T00:00:00Z`);
    expect(next.getTime() - before.getTime()).toBe(86_400_000);
  }
  for (const period of THRESHOLDS) expect(period.source.quote).toMatch(/\d{3} \d{3}/);
});

test("the 2020 agreement's threshold is the one in force in 2020", () => {
  expect(thresholdForYear(2020)?.value).toBe(615312);
});
