import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpWindows } from '../../../shared/follow-up-rules';
import type { RecallSettings } from '../../../shared/recall-settings';
import { useContractClient } from '../contract-client-context';
import { errorMessage } from '../error-message';
import { ErrorAlert } from './error-alert';
import { NumberField } from './number-field';

type RecallNumbers = Omit<RecallSettings, 'initials'>;
type Field = keyof FollowUpWindows | keyof RecallNumbers;

const limits: Record<Field, { min: number; max: number }> = {
  annualCheckMonths: { min: 1, max: 120 },
  eyeExamMonths: { min: 1, max: 120 },
  footExamMonths: { min: 1, max: 120 },
  dueSoonDays: { min: 0, max: 365 },
  graceMonths: { min: 0, max: 24 },
  snoozeDays: { min: 1, max: 365 },
  unansweredLimit: { min: 1, max: 10 },
  bookAheadDays: { min: 0, max: 365 },
};

function numbersOf({ initials: _initials, ...numbers }: RecallSettings): RecallNumbers {
  return numbers;
}

/** The follow-up windows and the recall rules the worklists apply, as the practice wants them. */
export function RecallSettingsPanel() {
  const { t } = useTranslation();
  const client = useContractClient();
  const [windows, setWindows] = useState<FollowUpWindows | null>(null);
  const [recall, setRecall] = useState<RecallNumbers | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ title: string; message: string } | null>(null);

  useEffect(() => {
    Promise.all([client.call('settings:get', {}), client.call('recallSettings:get', {})]).then(
      ([loadedWindows, loadedRecall]) => {
        setWindows(loadedWindows);
        setRecall(numbersOf(loadedRecall));
      },
      (caught: unknown) => setFailure({ title: t('settings.loadFailed'), message: errorMessage(caught, t) }),
    );
  }, [client, t]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!windows || !recall) return;
    setNotice(null);
    try {
      setWindows(await client.call('settings:update', windows));
      const saved = await client.call('recallSettings:update', recall);
      setRecall(numbersOf(saved));
      setFailure(null);
      setNotice(t('recallSettings.saved'));
    } catch (caught) {
      setFailure({ title: t('settings.saveFailed'), message: errorMessage(caught, t) });
    }
  };

  const field = (key: Field, value: number, onChange: (value: number) => void) => (
    <NumberField
      key={key}
      id={`recall-${key}`}
      label={t(`recallSettings.${key}`)}
      min={limits[key].min}
      max={limits[key].max}
      value={value}
      onChange={onChange}
    />
  );

  return (
    <section className="panel" aria-labelledby="recall-settings-title">
      <h2 id="recall-settings-title">{t('recallSettings.title')}</h2>
      {failure ? <ErrorAlert title={failure.title} message={failure.message} onDismiss={() => setFailure(null)} /> : null}
      {notice ? (
        <p role="status" className="notice notice-success">
          {notice}
        </p>
      ) : null}
      {windows && recall ? (
        <form onSubmit={(event) => void save(event)}>
          {(Object.keys(windows) as (keyof FollowUpWindows)[]).map((key) =>
            field(key, windows[key], (value) => setWindows({ ...windows, [key]: value })),
          )}
          {(Object.keys(recall) as (keyof RecallNumbers)[]).map((key) => field(key, recall[key], (value) => setRecall({ ...recall, [key]: value })))}
          <button type="submit" className="button button-secondary">
            {t('recallSettings.save')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
