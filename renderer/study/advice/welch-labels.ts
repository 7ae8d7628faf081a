import type { WarmupAdvice } from '../../../sim';
import type { Text } from '../../results/text';
import type { WelchLabels } from '../charts/WelchChart';
import { percentText } from '../model/labels';
import { daysText } from './advice-text';

/** The texts of Welch's plot in the planner's language. */
export function welchLabels(w: WarmupAdvice, text: Text): WelchLabels {
  const { t, fmt } = text;
  return {
    xYears: t('results.axis.years'),
    xWeeks: t('results.axis.weeks'),
    y: t('results.series.waitingListY'),
    mean: t('advice.welch.mean'),
    movingAverage: t('advice.welch.movingAverage', { weeks: fmt.number(2 * w.welch.window + 1, 0) }),
    level: t('advice.welch.level', { tolerance: percentText(w.welch.tolerance, 0, text) }),
    suggested: w.suggestedWarmupDays === null ? '' : t('advice.welch.suggested', { days: daysText(w.suggestedWarmupDays, text) }),
    warmup: t('advice.welch.scenarioWarmup'),
  };
}
