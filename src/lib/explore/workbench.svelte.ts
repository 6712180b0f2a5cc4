/**
 * The hypercall workbench's editing state: the config, and what the reader typed that is not part of it
 * (yet). Text that does not parse stays here with its problem, so the config always holds the last valid
 * value; every change of the config goes through `set`, which tells the page.
 */
import { MAX_REP } from '$lib/model/hypercall/input-value';
import {
	defaultWorkbenchConfig,
	inputValueOf,
	issue,
	parseHexInput,
	parseWhole,
	parseWorkbenchConfig,
	type NumberProblem,
	type Outcome,
	type WorkbenchConfig
} from './workbench';

/** The fields typed as numbers, and the least each takes (the most is MAX_REP for all three). */
export const numberFields = { repCount: 0, repStartIndex: 0, repsPerCall: 1 } as const;
export type NumberField = keyof typeof numberFields;

const numberOf = (config: WorkbenchConfig, field: NumberField) =>
	field === 'repsPerCall' ? config.repsPerCall : config.call[field];

export class Workbench {
	config: WorkbenchConfig = $state.raw(defaultWorkbenchConfig());
	/** The hex as typed, while the reader edits it; undefined shows the config's own value. */
	hexDraft: string | undefined = $state();
	/** Number fields whose typed text is not a usable value. */
	numberErrors: Partial<Record<NumberField, NumberProblem>> = $state({});
	/** The last call issued, with the settings it was issued with. */
	issued: { config: WorkbenchConfig; outcome: Outcome } | undefined = $state.raw();

	readonly value = $derived(inputValueOf(this.config));
	readonly hexParse = $derived(
		this.hexDraft === undefined ? undefined : parseHexInput(this.hexDraft)
	);
	/** Whether the settings changed after the call shown was issued. */
	readonly stale = $derived(this.issued !== undefined && this.issued.config !== this.config);

	#onchange: (config: WorkbenchConfig) => void;

	/** `initial` is checked, not trusted: a config that does not parse gives the default. */
	constructor(initial: unknown, onchange: (config: WorkbenchConfig) => void = () => {}) {
		this.config = (initial !== undefined && parseWorkbenchConfig(initial)) || this.config;
		this.#onchange = onchange;
	}

	numberOf(field: NumberField): number {
		return numberOf(this.config, field);
	}

	/** A new config: fields it rewrites drop their typed text, and the page hears of it. */
	set(next: WorkbenchConfig, from?: 'hex' | NumberField) {
		if (from !== 'hex') this.hexDraft = undefined;
		for (const field of Object.keys(numberFields) as NumberField[]) {
			if (field !== from && numberOf(next, field) !== numberOf(this.config, field)) {
				delete this.numberErrors[field];
			}
		}
		this.config = next;
		this.#onchange(next);
	}

	typeHex(text: string) {
		this.hexDraft = text;
		const parsed = parseHexInput(text);
		if (parsed.ok && parsed.value !== this.value) {
			this.set({ ...this.config, call: parsed.call }, 'hex');
		}
	}

	/** Once the reader leaves a valid hex value, it is shown the way the workbench writes it. */
	settleHex() {
		if (this.hexParse?.ok) this.hexDraft = undefined;
	}

	typeNumber(field: NumberField, text: string) {
		const parsed = parseWhole(text, numberFields[field], MAX_REP);
		if (!parsed.ok) {
			this.numberErrors[field] = parsed.problem;
			return;
		}
		delete this.numberErrors[field];
		if (parsed.value === this.numberOf(field)) return;
		const config = this.config;
		this.set(
			field === 'repsPerCall'
				? { ...config, repsPerCall: parsed.value }
				: { ...config, call: { ...config.call, [field]: parsed.value } },
			field
		);
	}

	issue() {
		this.issued = { config: this.config, outcome: issue(this.config) };
	}
}
