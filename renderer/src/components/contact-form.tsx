import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  checksCovered,
  contactActionNames,
  contactChannels,
  isPatientLevelRemoval,
  removalReasons,
  type ContactAction,
  type ContactActionName,
  type ContactChannel,
  type RemovalReason,
} from '../../../shared/contact-workflow';
import { checkKinds, type CheckKind } from '../../../shared/follow-up-states';
import { useContractClient } from '../contract-client-context';
import { errorMessage } from '../error-message';
import { ErrorAlert } from './error-alert';

const actions: readonly ContactActionName[] = contactActionNames;

interface ContactFormProps {
  cpr: string;
  today: string;
  /** Ticked at first: every flagged check, so one contact covers all that are due. */
  initialChecks: readonly CheckKind[];
  snoozeDays: number;
  hasInitials: boolean;
  onRecorded: () => void;
}

/** Records what happened when the practice tried to bring a patient back, for one or more checks at once. */
export function ContactForm({ cpr, today, initialChecks, snoozeDays, hasInitials, onRecorded }: ContactFormProps) {
  const { t } = useTranslation();
  const client = useContractClient();
  const ids = { check: useId(), action: useId(), channel: useId(), on: useId(), date: useId(), reason: useId(), note: useId() };
  const [checks, setChecks] = useState<readonly CheckKind[]>(initialChecks);
  const [action, setAction] = useState<ContactActionName>('invited');
  const [channel, setChannel] = useState<ContactChannel>('letter');
  const [on, setOn] = useState(today);
  const [date, setDate] = useState('');
  const [reason, setReason] = useState<RemovalReason>('declined');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const actionFields = (): ContactAction => {
    switch (action) {
      case 'invited':
        return { action, channel };
      case 'call_later':
        return { action, until: date };
      case 'booked':
        return { action, appointment: date };
      case 'removed':
        return note.trim() === '' ? { action, reason } : { action, reason, note };
      default:
        return { action };
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setSaved(false);
    try {
      const fields = actionFields();
      await client.call('contact:record', { cpr, checks: checksCovered(fields, checks), on, ...fields });
      setError(null);
      setSaved(true);
      setDate('');
      setNote('');
      onRecorded();
    } catch (caught) {
      setError(errorMessage(caught, t));
    } finally {
      setBusy(false);
    }
  };

  const needsDate = action === 'call_later' || action === 'booked';
  // Moved or died: the patient leaves every list, so every box is ticked and cannot be unticked.
  const everyCheck = isPatientLevelRemoval({ action, reason });
  const toggle = (kind: CheckKind, ticked: boolean) => setChecks((current) => (ticked ? [...current, kind] : current.filter((c) => c !== kind)));
  return (
    <form className="contact-form" onSubmit={(event) => void submit(event)} aria-labelledby={`${ids.check}-title`}>
      <h3 id={`${ids.check}-title`}>{t('contactForm.title')}</h3>
      {!hasInitials ? <p className="notice notice-warning">{t('contactForm.needInitials')}</p> : null}
      <div className="form-grid">
        <span id={ids.check}>{t('contactForm.check')}</span>
        <div role="group" aria-labelledby={ids.check} className="contact-checks">
          {checkKinds.map((kind) => (
            <label key={kind} className="filter-check">
              <input
                type="checkbox"
                checked={everyCheck || checks.includes(kind)}
                disabled={everyCheck}
                onChange={(event) => toggle(kind, event.target.checked)}
              />{' '}
              {t(`checks.${kind}`)}
            </label>
          ))}
          {everyCheck ? <span className="muted">{t('contactForm.allChecks')}</span> : null}
        </div>
        <label htmlFor={ids.action}>{t('contactForm.action')}</label>
        <select id={ids.action} value={action} onChange={(event) => setAction(event.target.value as ContactActionName)}>
          {actions.map((name) => (
            <option key={name} value={name}>
              {t(`contactForm.actions.${name}`, { days: snoozeDays })}
            </option>
          ))}
        </select>
        {action === 'invited' ? (
          <>
            <label htmlFor={ids.channel}>{t('contactForm.channel')}</label>
            <select id={ids.channel} value={channel} onChange={(event) => setChannel(event.target.value as ContactChannel)}>
              {contactChannels.map((name) => (
                <option key={name} value={name}>
                  {t(`contactForm.channels.${name}`)}
                </option>
              ))}
            </select>
          </>
        ) : null}
        <label htmlFor={ids.on}>{t('contactForm.on')}</label>
        <input id={ids.on} type="date" value={on} max={today} required onChange={(event) => setOn(event.target.value)} />
        {needsDate ? (
          <>
            <label htmlFor={ids.date}>{action === 'booked' ? t('contactForm.appointment') : t('contactForm.until')}</label>
            <input id={ids.date} type="date" value={date} min={on} required onChange={(event) => setDate(event.target.value)} />
          </>
        ) : null}
        {action === 'removed' ? (
          <>
            <label htmlFor={ids.reason}>{t('contactForm.reason')}</label>
            <select id={ids.reason} value={reason} onChange={(event) => setReason(event.target.value as RemovalReason)}>
              {removalReasons.map((name) => (
                <option key={name} value={name}>
                  {t(`contactForm.reasons.${name}`)}
                </option>
              ))}
            </select>
            <label htmlFor={ids.note}>{t('contactForm.note')}</label>
            <input id={ids.note} type="text" value={note} maxLength={500} required={reason === 'other'} onChange={(event) => setNote(event.target.value)} />
          </>
        ) : null}
      </div>
      {error ? <ErrorAlert title={t('errors.saveFailed')} message={error} onDismiss={() => setError(null)} /> : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy || !hasInitials || (!everyCheck && checks.length === 0)}>
          {t('contactForm.submit')}
        </button>
        {saved ? (
          <span role="status" className="saved-note">
            {t('contactForm.saved')}
          </span>
        ) : null}
      </div>
    </form>
  );
}
