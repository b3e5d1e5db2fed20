/// <reference lib="dom" />
/** Goes to an app URL without a page load: the router redraws on the `popstate` this sends. */
export function navigate(href: string, replace = false): void {
  if (replace) history.replaceState(null, '', href)
  else {
    history.pushState(null, '', href)
    window.scrollTo(0, 0)
  }
  window.dispatchEvent(new PopStateEvent('popstate'))
}
