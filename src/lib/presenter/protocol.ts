/**
 * What the windows of one presentation say to each other over their BroadcastChannel. Every message is checked
 * on arrival: the channel is same-origin, but an older version of the app in another tab, or a bug, must not be
 * able to put the receiving window in a state it cannot show.
 */
import * as v from 'valibot';

/** The role of a window in a presentation: the trainer's screen, or the one the class sees. */
export type Role = 'speaker' | 'audience';

const id = v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/));

/** Shared values by key: the step's path, the diagram's view, the quiz's answers, the laser… */
const values = v.record(v.pipe(v.string(), v.maxLength(100)), v.unknown());

export const messageSchema = v.variant('type', [
	// A window that joins (or reloads) asks the others for everything they share.
	v.object({ type: v.literal('hello'), from: id }),
	// The answer to a hello, meant for one window.
	v.object({ type: v.literal('state'), from: id, to: id, values }),
	// One value changed in the sender.
	v.object({ type: v.literal('set'), from: id, key: v.string(), value: v.unknown() }),
	// The sender leaves (its window closes or stops presenting).
	v.object({ type: v.literal('bye'), from: id })
]);

export type Message = v.InferOutput<typeof messageSchema>;

/** The message, if it is one of ours; anything else is ignored. */
export function parseMessage(data: unknown): Message | undefined {
	const result = v.safeParse(messageSchema, data);
	return result.success ? result.output : undefined;
}

/** A new random id: for a presentation (shared by its windows) or for one window. */
export function newId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(9));
	return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
}

export function isId(value: unknown): value is string {
	return v.is(id, value);
}
