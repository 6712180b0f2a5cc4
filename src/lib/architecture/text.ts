/**
 * Loads the architecture's words for one locale. Each locale is its own chunk, so Dutch pages do not carry the
 * English descriptions and the other way round.
 */
import type { ArchitectureText } from './content';

const modules = import.meta.glob<{ default: ArchitectureText }>('/src/content/architecture/*.ts');

export async function loadArchitectureText(locale: string): Promise<ArchitectureText> {
	const load = modules[`/src/content/architecture/${locale}.ts`];
	if (!load) throw new Error(`No architecture text for locale ${locale}`);
	return (await load()).default;
}
