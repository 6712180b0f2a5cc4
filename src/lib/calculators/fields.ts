/**
 * What the calculators share about the numbers they ask for: one list of inputs per calculator (`InputFields`
 * renders it), and one way to say what is wrong with a number, in the calculator's own words.
 */
import type { InputError, InputRange } from '$lib/model/checked';

/** One number a calculator asks for; its range says the smallest value and whether it must be whole. */
export interface InputSpec<F extends string> {
	field: F;
	label: () => string;
	/** Shown in brackets after the label. */
	unit?: string;
	range: Pick<InputRange, 'min' | 'whole'>;
	hint?: () => string;
}

/** A calculator's messages for each way a number can be wrong; `field` is the input's name, unit-less. */
export interface InputMessages<F extends string> {
	nan: (inputs: { field: string }) => string;
	/** Not a whole number; without it, `nan` says it. */
	whole?: (inputs: { field: string }) => string;
	small: (inputs: { field: string; min: string }) => string;
	/** At or under a minimum the value must be more than; without it, `small` says it. */
	above?: (inputs: { field: string; min: string }) => string;
	large: (field: F, inputs: { field: string; max: string }) => string;
}

type LargeMessage = (inputs: { field: string; max: string }) => string;

/**
 * A calculator's too-large message for each input: the input's own where it has one (a memory size says what
 * it is too large for), the calculator's general one for the others.
 */
export function largeByField<F extends string>(
	own: Partial<Record<F, LargeMessage>>,
	otherwise: LargeMessage
): InputMessages<F>['large'] {
	return (field, inputs) => (own[field] ?? otherwise)(inputs);
}

/** What is wrong with a number, said with the calculator's messages and numbers in the reader's locale. */
export function explainInput<F extends string>(
	error: Pick<InputError<F>, 'field' | 'problem' | 'min' | 'max'> & { aboveMin?: boolean },
	field: string,
	say: InputMessages<F>,
	format: (value: number) => string
): string {
	switch (error.problem) {
		case 'not-a-number':
			return say.nan({ field });
		case 'not-whole':
			return (say.whole ?? say.nan)({ field });
		case 'too-small':
			return (error.aboveMin && say.above ? say.above : say.small)({
				field,
				min: format(error.min)
			});
		case 'too-large':
			return say.large(error.field, { field, max: format(error.max) });
	}
}
