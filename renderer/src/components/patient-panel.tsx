import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AsOfChoice } from '../../../shared/as-of';
import type { ContactEvent } from '../../../shared/contact-workflow';
import type { ValueField } from '../../../shared/extract-columns';
import { checkKinds, fieldOfCheck, isFlagged, type CheckKind } from '../../../shared/follow-up-states';
import type { PatientPanel as PanelData } from '../../../shared/patient-panel';
import { useContractClient } from '../contract-client-context';
import { formatCpr, formatDate, formatTimestamp } from '../display-format';
import { errorMessage } from '../error-message';
import { ContactForm } from './contact-form';
import { CopyJournalLine } from './copy-journal-line';
import { ErrorAlert } from './error-alert';

interface PatientPanelProps {
  cpr: string;
  hasInitials: boolean;
  snoozeDays: number;
  today: string;
  /** The same date the list behind the panel is computed on. */
  asOf: AsOfChoice;
  onClose: () => void;
  /** Something was recorded: the list behind the panel must be fetched again. */
  onChanged: () => void;
}

type Plan = PanelData['history'][number]['plan'];

function yesNoKey(value: boolean | null): 'panel.missing' | 'panel.yes' | 'panel.no' {
  return value === null ? 'panel.missing' : value ? 'panel.yes' : 'panel.no';
}

/** The blood pressure is known when either half has a column. */
function isAbsent(field: ValueField, absent: readonly ValueField[]): boolean {
  return field === 'bp_systolic' ? absent.includes('bp_systolic') && absent.includes('bp_diastolic') : absent.includes(field);
}

/** The current care plan's values; a value whose column the extract lacks reads "not in the extract", never "missing". */
function PlanValues({ plan, absent }: { plan: Plan; absent: readonly ValueField[] }) {
  const { t } = useTranslation();
  const rows: [string, ValueField, string][] = [
    [t('panel.fields.gp'), 'gp', plan.gp ?? t('panel.missing')],
    [t('panel.fields.phone'), 'phone', plan.phone ?? t('panel.missing')],
    [t('panel.fields.hba1c'), 'hba1c', plan.hba1c === null ? t('panel.missing') : String(plan.hba1c)],
    [t('panel.fields.hba1cDate'), 'hba1c_date', plan.hba1cDate ? formatDate(plan.hba1cDate) : t('panel.missing')],
    [t('panel.fields.hba1cTarget'), 'hba1c_target', plan.hba1cTarget === null ? t('panel.missing') : String(plan.hba1cTarget)],
    [t('panel.fields.bp'), 'bp_systolic', plan.bpSystolic === null && plan.bpDiastolic === null ? t('panel.missing') : `${plan.bpSystolic ?? '?'}/${plan.bpDiastolic ?? '?'}`],
    [t('panel.fields.ualb'), 'ualb', plan.ualb ?? t('panel.missing')],
    [t('panel.fields.smoking'), 'smoking', t(yesNoKey(plan.smoking))],
    [t('panel.fields.statin'), 'statin', t(yesNoKey(plan.statin))],
  ];
  return (
    <dl className="plan-values">
      {rows.map(([label, field, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd data-field={field}>{isAbsent(field, absent) ? t('states.not_in_extract') : value}</dd>
        </div>
      ))}
    </dl>
  );
}

function EventLine({ event, onUndo }: { event: ContactEvent; onUndo: (id: string) => void }) {
  const { t } = useTranslation();
  const what =
    event.action === 'invited' && event.channel
      ? `${t('contactStatuses.invited')} (${t(`contactForm.channels.${event.channel}`)})`
      : t(`contactStatuses.${event.action}`);
  const detail = [
    event.date ? formatDate(event.date) : null,
    event.reason ? t(`contactForm.reasons.${event.reason}`) : null,
    event.note,
  ]
    .filter(Boolean)
    .join(' – ');
  return (
    <li className={event.undoneAt ? 'event undone' : 'event'} data-event-id={event.id}>
      <span className="event-date">{formatDate(event.on)}</span> {event.checks.map((check) => t(`checks.${check}`)).join(', ')}: {what}
      {detail ? ` – ${detail}` : ''} <span className="muted">{t('panel.recordedBy', { by: event.actor })}</span>
      {event.undoneAt ? (
        <span className="muted"> · {t('panel.undone', { date: formatTimestamp(event.undoneAt), by: event.undoneBy ?? '' })}</span>
      ) : (
        <>
          <button type="button" className="link-button" onClick={() => onUndo(event.id)}>
            {t('panel.undoContact')}
          </button>{' '}
          <CopyJournalLine event={event} />
        </>
      )}
    </li>
  );
}

function VulnerableMark({ data, onSaved }: { data: PanelData; onSaved: () => void }) {
  const { t } = useTranslation();
  const client = useContractClient();
  const checkId = useId();
  const personId = useId();
  const [vulnerable, setVulnerable] = useState(data.vulnerable);
  const [person, setPerson] = useState(data.contactPerson ?? '');
  const [message, setMessage] = useState<string | null>(null);
  const save = async () => {
    try {
      await client.call('patient:mark', { cpr: data.cpr, vulnerable, contactPerson: person.trim() === '' ? null : person.trim() });
      setMessage(t('panel.markSaved'));
      onSaved();
    } catch (caught) {
      setMessage(errorMessage(caught, t));
    }
  };
  return (
    <fieldset className="vulnerable-mark">
      <legend>{t('panel.vulnerableTitle')}</legend>
      <div className="filter-check">
        <input id={checkId} type="checkbox" checked={vulnerable} onChange={(event) => setVulnerable(event.target.checked)} />
        <label htmlFor={checkId}>{t('panel.vulnerableLabel')}</label>
      </div>
      {vulnerable ? (
        <div className="filter-field">
          <label htmlFor={personId}>{t('panel.contactPerson')}</label>
          <input id={personId} type="text" value={person} maxLength={40} onChange={(event) => setPerson(event.target.value)} />
        </div>
      ) : null}
      <button type="button" className="button button-secondary" onClick={() => void save()}>
        {t('panel.saveMark')}
      </button>
      {message ? <span role="status"> {message}</span> : null}
    </fieldset>
  );
}

/**
 * One patient: where each check stands and why, the care plan now and over time, what the
 * practice has done so far, and the form to record the next contact.
 */
export function PatientPanel({ cpr, hasInitials, snoozeDays, today, asOf, onClose, onChanged }: PatientPanelProps) {
  const { t } = useTranslation();
  const client = useContractClient();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [data, setData] = useState<PanelData | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    client
      .call('patient:get', { cpr, asOf })
      .then((panel) => {
        setData(panel);
        setError(null);
      })
      .catch((caught: unknown) => setError(errorMessage(caught, t)));
  }, [client, cpr, asOf, t]);

  useEffect(load, [load]);
  useEffect(() => headingRef.current?.focus(), [cpr]);

  const changed = () => {
    load();
    onChanged();
  };
  const undo = (eventId: string) => {
    client
      .call('contact:undo', { eventId })
      .then(changed)
      .catch((caught: unknown) => setError(errorMessage(caught, t)));
  };

  const entry = data?.entry ?? null;
  const latest = data?.history[0]?.plan ?? null;
  const flagged = entry ? checkKinds.filter((check) => isFlagged(entry.checks[check].state)) : [];
  const initialChecks: readonly CheckKind[] = flagged.length > 0 ? flagged : ['annual'];

  return (
    <aside
      className="patient-panel"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <div className="panel-head">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {latest?.name ?? t('worklist.unknownName')} <span className="cpr">{formatCpr(cpr)}</span>
        </h2>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('panel.close')}
        </button>
      </div>
      {error ? <ErrorAlert title={t('errors.loadFailed')} message={error} onDismiss={() => setError(null)} /> : null}
      {data ? (
        <>
          <p className="muted">
            {t('panel.born', { date: formatDate(data.birthDate), age: entry?.age ?? '' })}, {data.sex === 'M' ? t('panel.sexM') : t('panel.sexK')}
          </p>
          {!data.inLatestExtract ? <p className="notice notice-warning">{t('panel.notInLatest')}</p> : null}
          {data.inLatestExtract && !entry ? <p className="notice notice-warning">{t('panel.notActive')}</p> : null}
          {entry?.graceUntil ? <p className="notice">{t('panel.graceUntil', { date: formatDate(entry.graceUntil) })}</p> : null}

          {entry ? (
            <section aria-label={t('panel.checksTitle')}>
              <h3>{t('panel.checksTitle')}</h3>
              <ul className="check-explanations">
                {checkKinds.map((check) => {
                  const status = entry.checks[check];
                  return (
                    <li key={check} data-check={check} data-state={status.state}>
                      <strong>{t(`checks.${check}`)}</strong>: <span className={`state-badge state-${status.state}`}>{t(`states.${status.state}`)}</span>{' '}
                      {status.state === 'not_in_extract'
                        ? t('absent.panelCheck', { column: `»${t(`columnMapping.fields.${fieldOfCheck[check]}`)}«` })
                        : status.lastDone
                        ? t('panel.checkWhy', { date: formatDate(status.lastDone), months: status.windowMonths, start: formatDate(status.windowStart) })
                        : t('panel.checkNever', { months: status.windowMonths })}{' '}
                      {status.overdueFrom
                        ? isFlagged(status.state)
                          ? t('panel.overdueSince', { date: formatDate(status.overdueFrom) })
                          : t('panel.dueOn', { date: formatDate(status.overdueFrom) })
                        : null}{' '}
                      {status.contact.status !== 'none' ? (
                        <span data-contact={status.contact.status}>
                          · {t(`contactStatuses.${status.contact.status}`)}
                          {status.contact.invitations > 0 ? `, ${t('panel.invitations', { count: status.contact.invitations })}` : ''}
                          {status.contact.hidden && status.contact.hiddenUntil ? `. ${t('panel.hiddenUntil', { date: formatDate(status.contact.hiddenUntil) })}` : ''}
                        </span>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            </section>
          ) : null}

          {entry ? (
            <ContactForm key={cpr} cpr={cpr} today={today} initialChecks={initialChecks} snoozeDays={snoozeDays} hasInitials={hasInitials} onRecorded={changed} />
          ) : null}

          <section aria-label={t('panel.contactsTitle')}>
            <h3>{t('panel.contactsTitle')}</h3>
            {data.events.length === 0 ? (
              <p className="muted">{t('panel.contactsNone')}</p>
            ) : (
              <ul className="event-list">
                {data.events.map((event) => (
                  <EventLine key={event.id} event={event} onUndo={undo} />
                ))}
              </ul>
            )}
          </section>

          {entry ? <VulnerableMark key={`${cpr}-${String(data.vulnerable)}`} data={data} onSaved={changed} /> : null}

          {entry ? (
            <section aria-label={t('panel.clinicalTitle')}>
              <h3>{t('panel.clinicalTitle')}</h3>
              {entry.clinical.length === 0 ? (
                <p className="muted">{t('panel.clinicalNone')}</p>
              ) : (
                <ul className="contact-list">
                  {entry.clinical.map((flag) => (
                    <li key={flag}>{t(`clinicalFlags.${flag}`)}</li>
                  ))}
                </ul>
              )}
            </section>
          ) : null}

          {latest ? (
            <section aria-label={t('panel.valuesTitle')}>
              <h3>{t('panel.valuesTitle')}</h3>
              <PlanValues plan={latest} absent={data.inLatestExtract ? data.absentFields : []} />
            </section>
          ) : null}

          <section aria-label={t('panel.historyTitle')}>
            <h3>{t('panel.historyTitle')}</h3>
            <table className="data-table history-table">
              <thead>
                <tr>
                  <th scope="col">{t('panel.historyDate')}</th>
                  <th scope="col">{t('panel.fields.annualCheck')}</th>
                  <th scope="col">{t('panel.fields.eyeExam')}</th>
                  <th scope="col">{t('panel.fields.footExam')}</th>
                  <th scope="col">{t('panel.fields.hba1c')}</th>
                  <th scope="col">{t('panel.fields.bp')}</th>
                </tr>
              </thead>
              <tbody>
                {data.history.map((row) => (
                  <tr key={`${row.extractDate}-${row.fileName}`}>
                    <td>{formatDate(row.extractDate)}</td>
                    <td>{row.plan.annualCheck ? formatDate(row.plan.annualCheck) : '–'}</td>
                    <td>{row.plan.eyeExam ? formatDate(row.plan.eyeExam) : '–'}</td>
                    <td>{row.plan.footExam ? formatDate(row.plan.footExam) : '–'}</td>
                    <td>{row.plan.hba1c ?? '–'}</td>
                    <td>{row.plan.bpSystolic === null ? '–' : `${row.plan.bpSystolic}/${row.plan.bpDiastolic ?? '?'}`}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      ) : null}
    </aside>
  );
}
