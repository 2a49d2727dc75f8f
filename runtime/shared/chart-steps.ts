import { parseStepMasks, type StepMask } from '../../charts/steps.ts';

/** The step masks the build wrote on a chart's canvas (data-chart-steps), or null for a chart that does not build in steps. */
export function stepMasksOf(canvas: HTMLCanvasElement): StepMask[] | null {
  const text = canvas.dataset.chartSteps;
  return text ? parseStepMasks(text, canvas.dataset.chartId ?? '') : null;
}

/**
 * The step a chart is at, from 1: one more than the number of its step fragments reveal shows
 * (`.fragment.chart-step.visible` in its figure). A printed page, a page of `--fragments` and an embed
 * say it the same way (reveal marks the fragments of each printed page visible or not).
 */
export function stepOf(canvas: HTMLCanvasElement): number {
  const figure = canvas.closest('figure');
  return 1 + (figure ? figure.querySelectorAll('.fragment.chart-step.visible').length : 0);
}

/** The mask a chart shows now (null: every bar), and the step it is, as `step/total`, for data-chart-step. */
export function currentMask(canvas: HTMLCanvasElement): { readonly mask: StepMask | null; readonly label: string | null } {
  const masks = stepMasksOf(canvas);
  if (!masks) return { mask: null, label: null };
  const step = Math.min(stepOf(canvas), masks.length);
  return { mask: step >= masks.length ? null : (masks[step - 1] ?? null), label: `${step}/${masks.length}` };
}
