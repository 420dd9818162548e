/** A well-formed BCP 47 tag, as the platform's Intl reads it ("zh", "ko", "zh-Hant"). */
export function isLanguageTag(value: string): boolean {
  try {
    return value.length <= 35 && Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}
