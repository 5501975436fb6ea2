/**
 * Lines of web pages that are not the article: share buttons, newsletter prompts,
 * "RELATED VIDEO —" teasers, ads, bylines and author bios. Readability keeps them when
 * they sit inside `<article>`, so they are dropped here, before coding.
 */

// Each pattern is anchored and has no nested quantifiers (linear time).
const BOILERPLATE: readonly RegExp[] = [
  /^(?:related|recommended|watch|more)(?: video| stories| articles| coverage)?\s*[—–:-]/i,
  /^(?:share|tweet|email|print)(?: (?:on|this|via) [\w ]{1,30})?\s*(?:\||$)/i,
  /^share (?:on|this)\b/i,
  /^(?:advertisement|sponsored|promoted)\b/i,
  /^(?:sign up|subscribe)\b.{0,200}(?:newsletter|inbox|updates)/i,
  /^(?:follow|like) us on\b/i,
  /^(?:read more|see also|also read|click here)\b/i,
  /^[Bb]y [\p{Lu}][\p{L}.'-]{0,40}(?: [\p{Lu}][\p{L}.'-]{0,40}){0,4}\s*(?:\||,|·|$)/u,
  /^(?:copyright|©)/i,
  /^you can follow (?:him|her|them) on\b/i,
  /\bcontributed to this report\.?$/i,
];

/** An author bio: "Jane Doe is a writer/reporter ... You can follow her ...". */
const AUTHOR_BIO =
  /^[\p{Lu}][\p{L}.'-]{0,40}(?: [\p{Lu}][\p{L}.'-]{0,40}){1,3} is an? (?:[\w-]{1,30} ){0,4}(?:writer|reporter|journalist|correspondent|editor|columnist|contributor)\b/u;

/** True when a paragraph of a web page is boilerplate rather than article text. */
export function isBoilerplate(paragraph: string): boolean {
  const line = paragraph.trim();
  if (line === '') return true;
  return BOILERPLATE.some((re) => re.test(line)) || (line.length < 400 && AUTHOR_BIO.test(line));
}
