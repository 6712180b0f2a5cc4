/**
 * What a classroom's devices and its server say to each other over Socket.IO. Shared by the server (plain Node,
 * hence JavaScript with types in comments) and the browser. Every message a client sends is checked against one
 * of these schemas before anything acts on it; each has a size limit, so no field can grow without bound.
 */
import * as v from 'valibot';

/** Room codes use letters and digits nobody confuses when read off a projector: no 0/O, 1/I/L, 5/S, 8/B. */
export const CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY234679';
export const CODE_LENGTH = 5;
export const NICKNAME_MAX = 24;
/** A shared value (a page's path, explore's query, a diagram's view) as JSON, at most this many characters. */
export const VALUE_MAX = 2000;
/** The most answer options a question may have: a diagram's boxes, or a quiz's choices. */
export const OPTIONS_MAX = 64;

/**
 * The values of a presentation a learner follows: the page, explore's configuration, the diagram's view and the
 * laser. Not blackout or the projector theme (they belong to the room's screen), not the trainer's own predictions
 * or quiz answers (learners give their own).
 */
export const FOLLOWED_KEY = /^(path|explore|laser|diagram:[\w-]{1,40}:view)$/;

export const codeSchema = v.pipe(
	v.string(),
	v.length(CODE_LENGTH),
	v.regex(new RegExp(`^[${CODE_ALPHABET}]+$`))
);
const trainerKey = v.pipe(v.string(), v.regex(/^[\w-]{20,64}$/));
const learnerId = v.pipe(v.string(), v.regex(/^[\w-]{8,40}$/));
const optionId = v.pipe(v.string(), v.regex(/^[\w-]{1,40}$/));
/** A nickname: any text but control characters, trimmed, 1 to NICKNAME_MAX characters. */
export const nicknameSchema = v.pipe(
	v.string(),
	v.maxLength(200),
	v.transform((s) => s.replace(/[\p{Cc}\p{Cf}]/gu, '').trim()),
	v.minLength(1),
	v.maxLength(NICKNAME_MAX)
);

/** What a question points at on every device: a lesson step's prediction, or one question of a lesson's quiz. */
const questionRef = v.variant('kind', [
	v.strictObject({
		kind: v.literal('predict'),
		lesson: optionId,
		step: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500))
	}),
	v.strictObject({
		kind: v.literal('choice'),
		lesson: optionId,
		index: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(500))
	})
]);

export const questionSchema = v.pipe(
	v.strictObject({
		ref: questionRef,
		options: v.pipe(v.array(optionId), v.minLength(2), v.maxLength(OPTIONS_MAX)),
		correct: optionId
	}),
	v.check((q) => q.options.includes(q.correct), 'the right answer is one of the options'),
	v.check((q) => new Set(q.options).size === q.options.length, 'options are different')
);

/** Each event a client may send, with the schema of its one argument. */
export const clientEvents = {
	/** A trainer opens a room, or takes back the one it had (after a reload) with its code and key. */
	'trainer:open': v.strictObject({
		code: v.optional(codeSchema),
		key: v.optional(trainerKey)
	}),
	'trainer:set': v.strictObject({
		code: codeSchema,
		key: trainerKey,
		name: v.pipe(v.string(), v.maxLength(60), v.regex(FOLLOWED_KEY)),
		value: v.pipe(v.string(), v.maxLength(VALUE_MAX))
	}),
	'trainer:ask': v.strictObject({ code: codeSchema, key: trainerKey, question: questionSchema }),
	'trainer:reveal': v.strictObject({ code: codeSchema, key: trainerKey }),
	'trainer:summary': v.strictObject({ code: codeSchema, key: trainerKey }),
	'trainer:close': v.strictObject({ code: codeSchema, key: trainerKey }),
	'learner:join': v.strictObject({
		code: codeSchema,
		id: learnerId,
		nickname: v.optional(nicknameSchema)
	}),
	'learner:rename': v.strictObject({ nickname: nicknameSchema }),
	'learner:mode': v.strictObject({ mode: v.picklist(['follow', 'free']) }),
	'learner:answer': v.strictObject({ question: v.pipe(v.number(), v.integer()), choice: optionId })
};

/** @typedef {keyof typeof clientEvents} ClientEvent */
/** @typedef {v.InferOutput<typeof questionSchema>} Question */
/** @typedef {v.InferOutput<typeof questionRef>} QuestionRef */

/**
 * Why the server refused something; the client shows a sentence for each (messages classroom_error_*).
 * @typedef {'bad-message' | 'unknown-event' | 'unknown-room' | 'not-trainer' | 'not-joined' | 'room-full'
 *   | 'too-many-rooms' | 'too-fast' | 'no-question' | 'not-an-option' | 'closed'} ErrorCode
 */

/**
 * The message of `event`, if it is one a client may send and `data` fits its schema.
 * @param {string} event
 * @param {unknown} data
 * @returns {{ ok: true, event: ClientEvent, data: any } | { ok: false, error: ErrorCode }}
 */
export function parseClientMessage(event, data) {
	if (!Object.hasOwn(clientEvents, event)) return { ok: false, error: 'unknown-event' };
	const schema = clientEvents[/** @type {ClientEvent} */ (event)];
	const result = v.safeParse(schema, data);
	return result.success
		? { ok: true, event: /** @type {ClientEvent} */ (event), data: result.output }
		: { ok: false, error: 'bad-message' };
}

/**
 * A random room code.
 * @param {() => number} random numbers in [0, 1)
 */
export function newCode(random = Math.random) {
	let code = '';
	for (let i = 0; i < CODE_LENGTH; i++)
		code += CODE_ALPHABET[Math.floor(random() * CODE_ALPHABET.length)];
	return code;
}

/** A code as someone typed it, made comparable: case, spaces and dashes do not matter. */
export function normaliseCode(/** @type {string} */ typed) {
	return typed.toUpperCase().replace(/[\s-]/g, '');
}

const ADJECTIVES = [
	'Brave',
	'Calm',
	'Clever',
	'Eager',
	'Gentle',
	'Happy',
	'Keen',
	'Lucky',
	'Quick',
	'Sunny',
	'Swift',
	'Witty'
];
const ANIMALS = [
	'Badger',
	'Falcon',
	'Fox',
	'Heron',
	'Koala',
	'Lynx',
	'Otter',
	'Owl',
	'Panda',
	'Puffin',
	'Seal',
	'Wren'
];

/** A random nickname such as "Swift Otter 42": nothing about the person. */
export function randomNickname(random = Math.random) {
	const pickOne = (/** @type {string[]} */ list) => list[Math.floor(random() * list.length)];
	return `${pickOne(ADJECTIVES)} ${pickOne(ANIMALS)} ${10 + Math.floor(random() * 90)}`;
}
