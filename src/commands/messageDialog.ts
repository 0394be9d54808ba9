/** URL of the static message dialog (assets/message.html); the text travels in the fragment, never to a server. */
export function messageDialogUrl(pageUrl: string, message: { title: string; text: string; lang: 'vi' | 'en' }): string {
  const url = new URL('assets/message.html', pageUrl);
  url.search = '';
  url.hash = new URLSearchParams({ title: message.title, text: message.text, lang: message.lang }).toString();
  return url.href;
}
