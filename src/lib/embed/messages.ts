/**
 * The postMessage API of an embedded lesson (/embed/<lesson>/<step>/). The embed tells its host page which
 * step it shows; the host may ask it to show another. Anything else that arrives is ignored.
 */
import * as v from 'valibot';

/** Sent to the host on load and after every step change. */
export interface StepMessage {
	type: 'enlighten:step';
	/** The lesson's id, as in its address. */
	lesson: string;
	/** 1-based. */
	step: number;
	total: number;
}

/** Sent by the host: show step `step` (1-based) of the embedded lesson. */
export interface GotoMessage {
	type: 'enlighten:goto';
	step: number;
}

export const stepMessage = (lesson: string, step: number, total: number): StepMessage => ({
	type: 'enlighten:step',
	lesson,
	step,
	total
});

// Exactly these two fields: a message with anything more is not ours, or not meant for us.
const gotoSchema = v.strictObject({
	type: v.literal('enlighten:goto'),
	step: v.pipe(v.number(), v.integer(), v.minValue(1))
});

/** The step a message asks for, or undefined for anything but a well-formed goto to a step that exists. */
export function gotoStep(data: unknown, total: number): number | undefined {
	const parsed = v.safeParse(gotoSchema, data);
	if (!parsed.success || parsed.output.step > total) return undefined;
	return parsed.output.step;
}
