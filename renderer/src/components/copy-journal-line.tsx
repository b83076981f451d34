import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactEvent } from '../../../shared/contact-workflow';
import { journalLine } from '../../../shared/journal-line';

/**
 * One click copies the line for the patient's record in XMO, so a contact recorded here is not
 * typed again there. Where the clipboard is refused, the line is shown to copy by hand.
 */
export function CopyJournalLine({ event }: { event: ContactEvent }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const line = journalLine(event);
  const copy = () => {
    navigator.clipboard
      .writeText(line)
      .then(() => setCopied('copied'))
      .catch(() => setCopied('failed'));
  };
  return (
    <>
      <button type="button" className="link-button" onClick={copy} title={line} data-testid="copy-journal-line">
        {t('panel.copyJournalLine')}
      </button>
      {copied === 'copied' ? (
        <span role="status" className="muted">
          {' '}
          {t('panel.copied')}
        </span>
      ) : null}
      {copied === 'failed' ? (
        <span role="status" className="journal-line">
          {' '}
          {t('panel.copyFailed')} <q>{line}</q>
        </span>
      ) : null}
    </>
  );
}
