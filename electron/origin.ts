/**
 * The origin of a URL as Chromium sees it. WHATWG `URL.origin` is "null" for schemes Node does
 * not know (app:), so it cannot be used to compare against APP_ORIGIN.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null;
  } catch {
    return null;
  }
}
