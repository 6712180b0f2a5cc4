// The four calculators, one chunk for the explore page to fetch when the reader gets to them.
export { default as LimitsChecker } from './LimitsChecker.svelte';
export { default as MemoryCalculator } from './MemoryCalculator.svelte';
export { default as MigrationCalculator } from './MigrationCalculator.svelte';
export { default as VhdSizeCalculator } from './VhdSizeCalculator.svelte';
