// Applies the saved theme before the first paint, so a dark or high-contrast reader never sees a light flash.
// Inlined into every page's head (hooks.server.ts), which the content security policy allows by its hash
// (svelte.config.js). Keep in step with theme.svelte.ts, which takes over once the app runs.
(function () {
	var saved;
	try {
		saved = JSON.parse(localStorage.getItem('enlighten:theme') || '{}') || {};
	} catch {
		saved = {};
	}
	var choice = saved.choice;
	var root = document.documentElement;
	if (choice === 'system' || !choice) {
		if (typeof matchMedia === 'function' && matchMedia('(prefers-contrast: more)').matches)
			choice = 'contrast';
		else choice = undefined;
	}
	if (choice === 'light' || choice === 'dark' || choice === 'contrast') root.dataset.theme = choice;
	if (saved.projector === true) root.dataset.projector = '';
})();
