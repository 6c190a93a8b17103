import { useTranslation } from 'react-i18next';
import type { Claim, IngestMessage } from '../../domain/schema';
import { useViewState } from '../../state/viewState';

/** Quote marks of the UI language, around Arabic words isolated from the sentence around them. */
function Quoted({ text }: { text: string }) {
  const { language } = useViewState('language');
  const [open, close] = language === 'ar' ? ['«', '»'] : ['“', '”'];
  const shown = text.length > 300 ? `${text.slice(0, 300)}…` : text;
  return (
    <>
      {open}
      <bdi lang="ar" dir="rtl">
        {shown}
      </bdi>
      {close}
    </>
  );
}

/**
 * Where a rule's sentence is, in order: a message of its own, else the sentence that explains the rule in "why these
 * values" (extraction rules speak in both places with one meaning).
 */
export const ruleMessageKeys = (rule: string): string[] => [`rules.${rule}`, `trace.rule.${rule}`];

/**
 * A rule's message in the UI language. Every rule the pipeline and the integrity check emit has a sentence in both
 * languages; an unknown rule (a newer pipeline) still reads as a sentence, never as a bare code.
 */
export function useRuleMessage(): (rule: string) => string {
  const { t, i18n } = useTranslation('report');
  return (rule) => {
    const key = ruleMessageKeys(rule).find((k) => i18n.exists(k, { ns: 'report' }));
    return key === undefined ? t('ruleUnknown') : t(key);
  };
}

/** What the machine could not read in this report, each message with the words it concerns. */
export function ReportMessages({ messages, text }: { messages: IngestMessage[]; text: string | undefined }) {
  const { t } = useTranslation('report');
  const ruleMessage = useRuleMessage();
  return (
    <section aria-labelledby="report-messages">
      <h3 id="report-messages">{t('messagesHeading')}</h3>
      {messages.length === 0 ? (
        <p className="muted small">{t('noMessages')}</p>
      ) : (
        <ul className="messages">
          {messages.map((m, i) => (
            <li key={i} data-rule={m.rule}>
              {ruleMessage(m.rule)}
              {m.start !== null && m.end !== null && text && m.end <= text.length && m.start < m.end ? (
                <>
                  {t('separator')}
                  <Quoted text={text.slice(m.start, m.end)} />
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Claims whose quote is not the report's text at their offsets: said plainly, their own words shown, nothing marked. */
export function MismatchNotice({ claims, selectedClaimId }: { claims: Claim[]; selectedClaimId: string | null }) {
  const { t } = useTranslation('report');
  if (claims.length === 0) return null;
  const selected = claims.find((c) => c.id === selectedClaimId);
  return (
    <div className="quote-mismatch" role="note">
      <p>
        <span aria-hidden="true">⚠ </span>
        {selected ? t('mismatch.selected') : t('mismatch.some', { count: claims.length })}
      </p>
      <ul className="small">
        {claims.slice(0, 20).map((c) => (
          <li key={c.id} data-claim-mismatch={c.id}>
            {t('claimMark', { id: c.id })}
            {t('separator')}
            <Quoted text={c.quote} />
          </li>
        ))}
      </ul>
    </div>
  );
}
