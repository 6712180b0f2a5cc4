// The comparison's components as one module, so that one dynamic import (compare-parts.ts) brings both, and the
// prerendered page carries both their styles.
export { default as Stage } from './CompareStage.svelte';
export { default as Totals } from '$lib/explore/TotalsTable.svelte';
