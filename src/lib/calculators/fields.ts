/**
 * What the calculators share about the numbers they ask for: one list of inputs per calculator (`InputFields`
 * renders it), and one way to say what is wrong with a number: in words every calculator shares, and its own
 * for a number too large.
 */
import type { InputError, InputRange } from '$lib/model/checked';
import { m } from '$lib/paraglide/messages';

/** One number a calculator asks for; its range says the smallest value and whether it must be whole. */
export interface InputSpec<F extends string> {
	field: F;
	label: () => string;
	/** Shown in brackets after the label. */
	unit?: string;
	range: Pick<InputRange, 'min' | 'whole'>;
	hint?: () => string;
}

/**
 * What a calculator says when a number is too large for an input: its own words per input, since each bound has
 * its own reason (`largeByField`). The other problems (not a number, not whole, too small) are said alike by
 * every calculator, in the shared `input_error_*` messages.
 */
export type TooLarge<F extends string> = (
	field: F,
	inputs: { field: string; max: string }
) => string;

type LargeMessage = (inputs: { field: string; max: string }) => string;

/**
 * A calculator's too-large message for each input: the input's own where it has one (a memory size says what
 * it is too large for), the calculator's general one for the others.
 */
export function largeByField<F extends string>(
	own: Partial<Record<F, LargeMessage>>,
	otherwise: LargeMessage
): TooLarge<F> {
	return (field, inputs) => (own[field] ?? otherwise)(inputs);
}

/** What is wrong with a number, said in the shared words or the calculator's own, numbers in the reader's locale. */
export function explainInput<F extends string>(
	error: Pick<InputError<F>, 'field' | 'problem' | 'min' | 'max'> & { aboveMin?: boolean },
	field: string,
	large: TooLarge<F>,
	format: (value: number) => string
): string {
	switch (error.problem) {
		case 'not-a-number':
			return m.input_error_nan({ field });
		case 'not-whole':
			return m.input_error_whole({ field });
		case 'too-small':
			return (error.aboveMin ? m.input_error_above : m.input_error_small)({
				field,
				min: format(error.min)
			});
		case 'too-large':
			return large(error.field, { field, max: format(error.max) });
	}
}
