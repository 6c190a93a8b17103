/**
 * Checks a report's text before reading it: empty, binary, not Arabic, huge, or carrying markup. Each finding is a
 * message; only empty and binary texts stop the reading. The text itself is only NFC-normalised: quotes and
 * offsets refer to that text.
 */
import type { StepMessage, StepResult } from '../types';

/** Above this many UTF-16 units a report is read but flagged: news reports are a few KB. */
export const LARGE_REPORT = 1_000_000;

export function normalizeReport(raw: string): StepResult<{ text: string; readable: boolean }> {
  const messages: StepMessage[] = [];
  const text = raw.normalize('NFC');
  const whole = (rule: string, reason: string): StepMessage => ({ rule, reason, start: null, end: null });
  if (text.trim() === '')
    return { value: { text, readable: false }, messages: [whole('report-empty', 'the report has no text')] };
  let control = 0;
  let replacement = 0;
  let arabic = 0;
  const sample = Math.min(text.length, 200_000);
  for (let i = 0; i < sample; i++) {
    const c = text.charCodeAt(i);
    if (c === 0 || (c < 32 && c !== 9 && c !== 10 && c !== 13)) control++;
    else if (c === 0xfffd) replacement++;
    else if (c >= 0x0600 && c <= 0x06ff) arabic++;
  }
  if (control > 0 || replacement > sample * 0.01)
    return { value: { text, readable: false }, messages: [whole('report-binary', 'the file is not UTF-8 text')] };
  if (arabic < sample * 0.05) messages.push(whole('report-not-arabic', 'little or no Arabic script: nothing is read'));
  if (text.length > LARGE_REPORT)
    messages.push(whole('report-large', `${text.length} characters: far longer than a news report`));
  const tag = /<\/?[a-zA-Z][a-zA-Z0-9]{0,20}(?:\s[^<>]{0,500})?>/.exec(text);
  if (tag)
    messages.push({
      rule: 'report-markup',
      reason: 'markup in the text is read as plain text',
      start: tag.index,
      end: tag.index + tag[0].length,
    });
  return { value: { text, readable: arabic > 0 }, messages };
}
