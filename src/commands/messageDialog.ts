/**
 * URL of the static message dialog (assets/message.html). The text travels in the query string: Office appends its
 * own `_host_Info` parameter to a dialog's address, which can disturb a `#` fragment; extra query parameters are
 * simply ignored by the page. The page is static, so nothing is sent to a server beyond the request for the file.
 */
export function messageDialogUrl(pageUrl: string, message: { title: string; text: string; lang: 'vi' | 'en' }): string {
  const url = new URL('assets/message.html', pageUrl);
  url.hash = '';
  url.search = new URLSearchParams({ title: message.title, text: message.text, lang: message.lang }).toString();
  return url.href;
}
