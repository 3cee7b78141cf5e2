// Totals by outcome as a horizontal bar chart (Chart.js, only the bar controller and what it needs are registered,
// so the lazy fleet chunk stays small and nothing needs eval under the strict CSP). Before and after a what-if.
import { useEffect, useRef } from 'react';
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip, Legend } from 'chart.js';
import { makeStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { OUTCOMES, OUTCOME_COLORS, type FleetSummary } from '../../../simulator/fleet';
import { useAppStore } from '../../store/app-store';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

const useStyles = makeStyles({
  frame: { position: 'relative', height: '220px', width: '100%' },
});

function cssVar(element: Element, name: string, fallback: string): string {
  return getComputedStyle(element).getPropertyValue(name).trim() || fallback;
}

export function OutcomeChart({ before, after }: { before: FleetSummary; after: FleetSummary | null }) {
  const { t, i18n } = useTranslation();
  const styles = useStyles();
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'bar'> | null>(null);
  const theme = useAppStore((state) => state.theme);
  const labels = OUTCOMES.map((outcome) => t(`labels.outcome.${outcome}`));
  const summaryText = OUTCOMES.map((outcome, index) => `${labels[index]} ${(after ?? before).byOutcome[outcome]}`).join(
    ', ',
  );

  // The chart is made once per language and theme (its colours and labels); new counts only update its data.
  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const text = cssVar(element, '--colorNeutralForeground2', '#424242');
    const grid = cssVar(element, '--colorNeutralStroke2', '#e0e0e0');
    chart.current = new Chart(element, {
      type: 'bar',
      data: { labels, datasets: [] },
      options: {
        indexAxis: 'y',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { labels: { color: text } } },
        scales: {
          x: { beginAtZero: true, ticks: { color: text, precision: 0 }, grid: { color: grid } },
          y: { ticks: { color: text }, grid: { display: false } },
        },
      },
    });
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
    // `labels` follows the language, which is listed.
  }, [i18n.language, theme]);

  useEffect(() => {
    const current = chart.current;
    if (!current) return;
    current.data.datasets = [
      {
        label: t('fleet.before'),
        data: OUTCOMES.map((outcome) => before.byOutcome[outcome]),
        backgroundColor: OUTCOMES.map((outcome) => OUTCOME_COLORS[outcome] + (after ? '66' : '')),
      },
      ...(after
        ? [
            {
              label: t('fleet.after'),
              data: OUTCOMES.map((outcome) => after.byOutcome[outcome]),
              backgroundColor: OUTCOMES.map((outcome) => OUTCOME_COLORS[outcome]),
            },
          ]
        : []),
    ];
    if (current.options.plugins?.legend) current.options.plugins.legend.display = after !== null;
    current.update('none');
  }, [before, after, t, i18n.language, theme]);

  return (
    <div className={styles.frame}>
      <canvas
        ref={canvas}
        role="img"
        aria-label={t('fleet.chartLabel', { summary: summaryText })}
        data-testid="fleet-chart"
      />
    </div>
  );
}
