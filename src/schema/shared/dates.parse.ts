// Graph's examples carry timestamps ISO 8601 would reject ("2015-06-19T12-01-03.45Z", no zone, 7-digit
// fractions) and a "never" sentinel (0001-01-01). Parse leniently, hand out Dates or null.
const DASHED_TIME = /^(\d{4}-\d{2}-\d{2}T)(\d{2})-(\d{2})-(\d{2}(?:\.\d+)?)(.*)$/;

export function parseGraphDate(raw: string | null | undefined): Date | null {
  if (!raw) return null;
  let text = raw.trim();
  const dashed = DASHED_TIME.exec(text);
  if (dashed) text = `${dashed[1]}${dashed[2]}:${dashed[3]}:${dashed[4]}${dashed[5]}`;
  if (/T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text)) text += "Z";
  const date = new Date(text);
  if (Number.isNaN(date.getTime()) || date.getUTCFullYear() <= 1) return null;
  return date;
}
