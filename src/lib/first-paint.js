// What the page must know before its first paint, read from this browser and the address. Inlined into every
// page's head (hooks.server.ts), which the content security policy allows by its hash (svelte.config.js).
(function () {
	var root = document.documentElement;

	// The saved theme, so a dark or high-contrast reader never sees a light flash. Keep in step with
	// theme.svelte.ts, which takes over once the app runs.
	var saved;
	try {
		saved = JSON.parse(localStorage.getItem('enlighten:theme') || '{}') || {};
	} catch {
		saved = {};
	}
	var choice = saved.choice;
	if (choice === 'system' || !choice) {
		if (typeof matchMedia === 'function' && matchMedia('(prefers-contrast: more)').matches)
			choice = 'contrast';
		else choice = undefined;
	}
	if (choice === 'light' || choice === 'dark' || choice === 'contrast') root.dataset.theme = choice;
	if (saved.projector === true) root.dataset.projector = '';

	// A speaker's window (opened as ?present=<id>&role=speaker, or reloaded while it presents as the speaker),
	// so app.css lays it out as one from the start: room for the speaker's bar and the step's notes shown, where
	// they would otherwise push the page down when the presenter's code arrives a moment later. The same decision
	// as presentationAtStart (presentation.svelte.ts) makes once the app runs; first-paint.test.ts holds the two
	// together. PresenterControls keeps the mark from then on. An embedded lesson does not present.
	var ID = /^[\w-]{1,64}$/;
	var role;
	try {
		var params = new URLSearchParams(location.search);
		var asked = params.get('role');
		if (ID.test(params.get('present') || '') && (asked === 'speaker' || asked === 'audience'))
			role = asked;
		else {
			var kept = JSON.parse(sessionStorage.getItem('enlighten:presenting') || 'null') || {};
			if (typeof kept.session === 'string' && ID.test(kept.session)) role = kept.role;
		}
	} catch {
		role = undefined;
	}
	if (role === 'speaker' && !/\/embed\//.test(location.pathname))
		root.dataset.presenting = 'speaker';
})();
