/**
 * Where a JSON text first goes wrong, as line and column. Engines differ in what their JSON.parse errors say
 * (Node 20 gives no position at all), so the place is found by reading the text again: a small strict reader,
 * used only after JSON.parse has failed, on a text whose nesting is already known to be shallow.
 */
export function jsonErrorAt(text: string): { line: number; column: number } {
	const offset = firstError(text);
	const before = text.slice(0, offset).split('\n');
	return { line: before.length, column: before.at(-1)!.length + 1 };
}

function firstError(text: string): number {
	let i = 0;
	const space = () => {
		while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
	};
	const fail = (): never => {
		throw i;
	};
	const literal = (word: string) => {
		if (text.startsWith(word, i)) i += word.length;
		else fail();
	};
	const string = () => {
		i++; // the opening quote
		while (i < text.length && text[i] !== '"') {
			const c = text.charCodeAt(i);
			if (c < 0x20) fail();
			if (text[i] === '\\') {
				i++;
				if (text[i] === 'u') {
					if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
					i += 4;
				} else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
			}
			i++;
		}
		if (i >= text.length) fail();
		i++;
	};
	const number = () => {
		const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
		if (!match) fail();
		i += match![0].length;
	};
	const value = (): void => {
		space();
		const c = text[i];
		if (c === '{') {
			i++;
			space();
			if (text[i] === '}') return void i++;
			for (;;) {
				space();
				if (text[i] !== '"') fail();
				string();
				space();
				if (text[i] !== ':') fail();
				i++;
				value();
				space();
				if (text[i] === ',') i++;
				else if (text[i] === '}') return void i++;
				else fail();
			}
		} else if (c === '[') {
			i++;
			space();
			if (text[i] === ']') return void i++;
			for (;;) {
				value();
				space();
				if (text[i] === ',') i++;
				else if (text[i] === ']') return void i++;
				else fail();
			}
		} else if (c === '"') string();
		else if (c === 't') literal('true');
		else if (c === 'f') literal('false');
		else if (c === 'n') literal('null');
		else number();
	};
	try {
		value();
		space();
		if (i < text.length) fail();
	} catch (at) {
		if (typeof at === 'number') return at;
		throw at;
	}
	return i;
}
