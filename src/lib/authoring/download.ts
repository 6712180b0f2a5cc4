/** Saves a text as a file the browser downloads: a lesson exported again, exactly as it was loaded. */
export function downloadText(name: string, text: string, type = 'application/json') {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.click();
	// After the click has started the download; revoking at once can cancel it in some browsers.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
