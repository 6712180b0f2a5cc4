/** What went wrong, as the error page tells it: each kind has its own words and its own way out. */
export type ErrorKind = 'not-found' | 'unknown-lesson' | 'unknown-step' | 'unexpected';

/** The kind of an error page's error: a bad lesson or step address, any other missing page, or anything else. */
export function errorKind(status: number, error: App.Error | null | undefined): ErrorKind {
	if (error?.reason === 'unknown-lesson' || error?.reason === 'unknown-step') return error.reason;
	if (status === 404) return 'not-found';
	return 'unexpected';
}
