// Issue 15's goals, each checked against a scenario's row and the bare endpoint's row of the same run.

/** p95 at most `ms` milliseconds. */
export const p95AtMost = (ms) => ({
  label: `p95 ≤ ${ms} ms`,
  check: (row) => ({ measured: `${row.p95} ms`, met: Number(row.p95) <= ms }),
});

/** At least `percent` % of the bare endpoint's req/s in the same run. */
export const ofBareAtLeast = (percent) => ({
  label: `≥ ${percent} % of bare`,
  check: (row, bare) => {
    const ratio = (row.rps / bare.rps) * 100;
    return { measured: `${ratio.toFixed(1)} %`, met: ratio >= percent };
  },
});

/** At least `rate` of something per second; `per` divides req/s (two requests per cycle). */
export const rateAtLeast = (rate, unit, per = 1) => ({
  label: `≥ ${rate} ${unit}/s`,
  check: (row) => {
    const measured = row.rps / per;
    return { measured: `${measured.toFixed(1)} ${unit}/s`, met: measured >= rate };
  },
});

export const noErrors = {
  label: '0 errors',
  check: (row) => ({ measured: String(row.errors), met: row.errors === 0 }),
};

/** Prints the goals of the scenarios that ran, met or not, with the bare endpoint's row beside them. */
export function goalsTable(scenarios, rows) {
  const bare = rows[0];
  const lines = [];
  for (const scenario of scenarios) {
    const row = rows.find((r) => r.scenario === scenario.name);
    if (!row) continue;
    for (const goal of scenario.goals ?? []) {
      const { measured, met } = goal.check(row, bare);
      lines.push(`| ${scenario.name} | ${goal.label} | ${measured} | ${met ? 'met' : '**not met**'} |`);
    }
  }
  if (lines.length === 0) return [];
  return [`Goals (bare GET /api/health: ${bare.rps} req/s in this run):`, '', '| scenario | goal | measured | |', '| --- | --- | ---: | --- |', ...lines];
}
