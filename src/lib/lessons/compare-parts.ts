/**
 * What a comparison step shows besides the figure: the two runs' drawing (CompareStage) and their totals with the
 * ratio (TotalsTable, with the words of every measure). Most steps, and most lessons, have no comparison, so the
 * step page loads these only when its own step compares (before hydration, so the prerendered comparison hydrates
 * as it was painted); a lesson that reaches a comparison later loads them while the next step's comparison is
 * built ahead (LessonPlayer).
 */
export type CompareParts = typeof import('./compare-layer');

export const loadCompareParts = (): Promise<CompareParts> => import('./compare-layer');
