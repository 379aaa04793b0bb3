/**
 * Why `value` is not a web address a story may link to, or undefined when it is: an absolute
 * http(s) URL, written without surrounding spaces and without credentials. A javascript: or data:
 * URL would run or hide content; `https://www.reuters.com@evil.example/` reads as Reuters but goes
 * to evil.example.
 */
export function webUrlProblem(value: string): { message: string; fix: string } | undefined {
  if (value !== value.trim())
    return { message: 'has spaces around it', fix: 'remove the spaces before and after the address' };
  // The URL parser drops tabs and line breaks inside an address; the link would not be the one checked.
  if (/[\s\p{Cc}]/u.test(value))
    return { message: 'has a space or an invisible character inside it', fix: 'remove it (write a space as %20)' };
  // Written out in full: the URL parser reads "https:evil.example" and "https:\\evil.example" as
  // https://evil.example/, but a browser on the site reads them as relative links.
  if (!/^https?:\/\/[^\\]*$/iu.test(value))
    return {
      message: 'must be an absolute http:// or https:// URL (javascript:, data: and relative URLs are refused)',
      fix: 'write the full address, starting with https://',
    };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return {
      message: 'must be an absolute http:// or https:// URL (javascript:, data: and relative URLs are refused)',
      fix: 'write the full address, starting with https://',
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return {
      message: 'must be an absolute http:// or https:// URL (javascript:, data: and relative URLs are refused)',
      fix: 'write the full address, starting with https://',
    };
  if (url.username !== '' || url.password !== '')
    return {
      message: `has a user name or password before "@", so it would take readers to ${url.hostname}`,
      fix: 'remove everything between "//" and "@"',
    };
  return undefined;
}

/** Only web URLs may be linked from a story (see webUrlProblem). */
export function isSafeUrl(value: string): boolean {
  return webUrlProblem(value) === undefined;
}
