/**
 * The presenter's single keys. Stepping keys (arrows, PageUp/PageDown, Space, Home/End) belong to the lesson
 * player (lessons/keys.ts); these act on the presentation around it.
 */
export type PresenterCommand =
	'speaker' | 'blackout' | 'fullscreen' | 'projector' | 'help' | 'laser' | 'close';

const commands: Record<string, PresenterCommand> = {
	s: 'speaker',
	b: 'blackout',
	'.': 'blackout',
	f: 'fullscreen',
	p: 'projector',
	'?': 'help',
	l: 'laser',
	Escape: 'close'
};

/** Every key, in the order the help overlay lists them. */
export const presenterKeys: readonly { keys: string[]; command: PresenterCommand }[] = [
	{ keys: ['S'], command: 'speaker' },
	{ keys: ['B', '.'], command: 'blackout' },
	{ keys: ['F'], command: 'fullscreen' },
	{ keys: ['P'], command: 'projector' },
	{ keys: ['L'], command: 'laser' },
	{ keys: ['?'], command: 'help' },
	{ keys: ['Esc'], command: 'close' }
];

/**
 * The command a key press asks for, or undefined: never while the learner types in a field or uses a
 * modifier (Ctrl+P prints, Ctrl+F finds), so the browser's own shortcuts keep working.
 */
export function presenterCommandFor(
	event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'repeat'>,
	target: EventTarget | null
): PresenterCommand | undefined {
	if (event.ctrlKey || event.metaKey || event.altKey) return undefined;
	if (isTyping(target)) return undefined;
	const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
	const command = commands[key];
	// Holding L draws with the laser; the repeats of a held key are not new presses.
	if (event.repeat && command !== undefined) return undefined;
	return command;
}

function isTyping(target: EventTarget | null): boolean {
	if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
	if (target.closest('[contenteditable=""], [contenteditable="true"]')) return true;
	if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
	if (target instanceof HTMLInputElement) {
		return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range'].includes(target.type);
	}
	return false;
}
