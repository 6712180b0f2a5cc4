import { error } from '@sveltejs/kit';
import type { EntryGenerator, PageLoad } from './$types';
import { loadArchitectureText } from '$lib/architecture/text';
import { lessons, loadNarration } from '$lib/lessons/catalog';
import { lessonOr404 } from '$lib/lessons/load';
import { loadGlossary } from '$lib/glossary/catalog';
import { localeOf } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';

export const entries: EntryGenerator = () =>
	lessons.flatMap((lesson) =>
		lesson.steps.map((_, i) => ({ lesson: lesson.id, step: String(i + 1) }))
	);

export const load: PageLoad = async ({ params, url }) => {
	const locale = localeOf(url);
	const script = lessonOr404(params.lesson, locale);
	const step = /^[1-9]\d*$/.test(params.step) ? Number(params.step) : NaN;
	if (!(step >= 1 && step <= script.steps.length)) {
		error(404, {
			message: m.error_unknown_step(
				{ lesson: params.lesson, step: params.step, total: script.steps.length },
				{ locale }
			),
			reason: 'unknown-step',
			lesson: script.id,
			step: params.step,
			total: script.steps.length
		});
	}
	const [narration, text, glossary] = await Promise.all([
		loadNarration(script, locale),
		loadArchitectureText(locale),
		loadGlossary(locale)
	]);
	return { script, narration, text, glossary, step };
};
