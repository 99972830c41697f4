// src/engine/state/portable/kit/pages.ts
/** Every item of a paginated listing: the pages of an SDK paginator, each page's items picked out. */
async function collect(pages, items) {
	const all = [];
	for await (const page of pages) all.push(...items(page) ?? []);
	return all;
}
/**
* The pages of a listing the SDK has no paginator for: `fetch` asks for the page after `token`
* (undefined for the first) and `next` reads the token of the following one from an answer.
*/
async function* pagesOf(fetch, next) {
	let token;
	do {
		const page = await fetch(token);
		yield page;
		token = next(page);
	} while (token);
}
export { pagesOf as n, collect as t };
