import type { KillRatePoint } from "../api/types";

const percent = (rate: number) => `${Math.round(rate * 100)}%`;

function monthLabel(period: string): string {
  const [year, month] = period.split("-").map(Number);
  if (!year || !month) return period;
  const name = new Date(Date.UTC(year, month - 1, 1)).toLocaleDateString(undefined, { month: "short", timeZone: "UTC" });
  return `${name} ’${String(year).slice(-2)}`;
}

/**
 * Decisions per month with the share that were kills. A team that never kills
 * anything isn't testing its ideas, so the chart says so in words too.
 */
export function KillRateChart({ points }: { points: KillRatePoint[] }) {
  const decisions = points.reduce((n, p) => n + p.decisions, 0);
  const kills = points.reduce((n, p) => n + p.kills, 0);
  const shown = points.slice(-12);
  const tallest = Math.max(1, ...shown.map((p) => p.decisions));
  const barWidth = 30;
  const gap = 20;
  const height = 80;
  const slot = barWidth + gap;
  const width = Math.max(6, shown.length) * slot;
  return (
    <figure class="kill-rate" aria-labelledby="kill-rate-caption">
      <figcaption id="kill-rate-caption">
        <strong>Kill rate</strong>{" "}
        {decisions === 0
          ? "No decisions recorded yet."
          : `${kills} of ${decisions} decisions were kills (${percent(kills / decisions)}).`}
        {decisions >= 3 && kills === 0 && <span class="warning-text"> Nothing has been killed yet. A team that never kills an idea isn't testing its ideas.</span>}
      </figcaption>
      {shown.length > 0 && (
        <>
          <svg viewBox={`0 0 ${width} ${height + 18}`} width={width} height={height + 18} aria-hidden="true" class="kill-rate-chart">
            {shown.map((p, i) => {
              // Months run right to left from the newest, so a young workspace's bars sit at the right edge.
              const x = width - (shown.length - i) * slot + gap / 2;
              const total = (p.decisions / tallest) * height;
              const killed = (p.kills / tallest) * height;
              return (
                <g key={p.period}>
                  <rect x={x} y={height - total} width={barWidth} height={total - killed} class="bar-decisions" />
                  <rect x={x} y={height - killed} width={barWidth} height={killed} class="bar-kills" />
                  <text x={x + barWidth / 2} y={height + 14} text-anchor="middle" class="bar-label">
                    {monthLabel(p.period)}
                  </text>
                </g>
              );
            })}
          </svg>
          <table class="visually-hidden">
            <caption>Decisions and kills per month</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">Decisions</th>
                <th scope="col">Kills</th>
                <th scope="col">Kill rate</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((p) => (
                <tr key={p.period}>
                  <td>{monthLabel(p.period)}</td>
                  <td>{p.decisions}</td>
                  <td>{p.kills}</td>
                  <td>{percent(p.rate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </figure>
  );
}
