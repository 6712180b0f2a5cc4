// Every page is prerendered; the site needs no server at run time.
export const prerender = true;
// /nl/ must be a folder (nl/index.html) so plain static hosts serve it without a redirect.
export const trailingSlash = 'always';
