/**
 * A function that gives back what it made last time when called with the same inputs (the same values, compared
 * with ===), instead of making it again. For a derived value whose inputs are read through props: Svelte works
 * it out again whenever what the props read changes (a comparison revealed, its `playing` flipped), even when the
 * inputs themselves are the very same objects, and a new array for the same drawing re-runs everything drawn
 * from it (the token's animation taken in again: hundreds of keyframes at a key press).
 */
export function keep<Inputs extends readonly unknown[], Value>(
	make: (...inputs: Inputs) => Value
): (...inputs: Inputs) => Value {
	let last: { inputs: Inputs; value: Value } | undefined;
	return (...inputs) => {
		if (
			last &&
			last.inputs.length === inputs.length &&
			last.inputs.every((input, i) => input === inputs[i])
		)
			return last.value;
		const value = make(...inputs);
		last = { inputs, value };
		return value;
	};
}
