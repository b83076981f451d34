import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultLetterTemplate } from '../../../shared/outputs/letter-template';
import { fillTemplate, mergeFields, templateProblems } from '../../../shared/outputs/merge-template';
import type { OutputSettings } from '../../../shared/outputs/output-settings';
import { nonGsmCharacters, smsLength, smsLimits } from '../../../shared/outputs/sms-length';
import { defaultSmsTemplate, exampleSmsValues } from '../../../shared/outputs/sms-list';
import { useContractClient } from '../contract-client-context';
import { errorMessage } from '../error-message';
import { ErrorAlert } from './error-alert';

type Saving = { state: 'idle' } | { state: 'busy' } | { state: 'saved' } | { state: 'failed'; error: unknown };

/**
 * The practice's name and phone and its letter and SMS templates. A template's problems (an
 * unknown merge field, a stray brace) show while typing, and the core refuses them again on save.
 */
export function OutputSettingsEditor() {
  const { t } = useTranslation();
  const client = useContractClient();
  const [settings, setSettings] = useState<OutputSettings | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [saving, setSaving] = useState<Saving>({ state: 'idle' });

  useEffect(() => {
    client.call('outputSettings:get', {}).then(setSettings, setLoadError);
  }, [client]);

  if (loadError) return <ErrorAlert title={t('errors.loadFailed')} message={errorMessage(loadError, t)} />;
  if (!settings) return <p className="muted">{t('app.loading')}</p>;

  const change = (patch: Partial<OutputSettings>) => {
    setSettings({ ...settings, ...patch });
    setSaving({ state: 'idle' });
  };
  const letterProblems = templateProblems(settings.letterTemplate);
  const smsProblems = templateProblems(settings.smsTemplate);
  // Counted on a usual patient's message, not on the template: {{undersøgelse}} alone can grow
  // from 16 characters to 47.
  const example = smsProblems.length === 0 ? fillTemplate(settings.smsTemplate, exampleSmsValues(settings.practiceName, settings.practicePhone)) : null;
  const exampleLength = example === null ? null : smsLength(example);
  const smsNote = [
    t('outputs.smsLength', { count: settings.smsTemplate.length }),
    ...(exampleLength ? [t('outputs.smsExample', { count: exampleLength.segments, characters: exampleLength.characters })] : []),
  ].join(' · ');
  const smsWarning =
    example !== null && exampleLength !== null && exampleLength.segments > 1
      ? [
          t('outputs.smsTooLong', { count: exampleLength.segments, limit: smsLimits[exampleLength.encoding].single }),
          ...(exampleLength.encoding === 'ucs2' ? [t('outputs.smsUnicode', { characters: nonGsmCharacters(example).join(' ') })] : []),
        ].join(' ')
      : undefined;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving({ state: 'busy' });
    try {
      setSettings(await client.call('outputSettings:update', settings));
      setSaving({ state: 'saved' });
    } catch (error) {
      setSaving({ state: 'failed', error });
    }
  };

  return (
    <section className="panel output-settings" aria-labelledby="output-settings-title">
      <h2 id="output-settings-title">{t('outputs.settingsTitle')}</h2>
      <p className="muted">{t('outputs.settingsIntro')}</p>
      <form onSubmit={onSubmit}>
        <div className="form-grid">
          <label htmlFor="practice-name">{t('outputs.practiceName')}</label>
          <input id="practice-name" type="text" maxLength={200} value={settings.practiceName} onChange={(e) => change({ practiceName: e.target.value })} />
          <label htmlFor="practice-phone">{t('outputs.practicePhone')}</label>
          <input id="practice-phone" type="text" maxLength={40} value={settings.practicePhone} onChange={(e) => change({ practicePhone: e.target.value })} />
        </div>
        <TemplateField
          id="letter-template"
          label={t('outputs.letterTemplate')}
          rows={16}
          value={settings.letterTemplate}
          problems={letterProblems}
          onChange={(letterTemplate) => change({ letterTemplate })}
          onUseDefault={() => change({ letterTemplate: defaultLetterTemplate })}
        />
        <TemplateField
          id="sms-template"
          label={t('outputs.smsTemplate')}
          rows={4}
          value={settings.smsTemplate}
          problems={smsProblems}
          note={smsNote}
          warning={smsWarning}
          onChange={(smsTemplate) => change({ smsTemplate })}
          onUseDefault={() => change({ smsTemplate: defaultSmsTemplate })}
        />
        <p className="muted">{t('outputs.templateHint')}</p>
        <h3>{t('outputs.mergeFields')}</h3>
        <dl className="merge-fields">
          {mergeFields.map((field) => (
            <div key={field}>
              <dt>
                <code>{`{{${field}}}`}</code>
              </dt>
              <dd>{t(`outputs.fields.${field}`)}</dd>
            </div>
          ))}
        </dl>
        <div className="form-actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={saving.state === 'busy' || letterProblems.length > 0 || smsProblems.length > 0}
          >
            {t('outputs.saveSettings')}
          </button>
        </div>
      </form>
      {saving.state === 'saved' ? (
        <p role="status" className="notice notice-success">
          {t('outputs.settingsSaved')}
        </p>
      ) : null}
      {saving.state === 'failed' ? <ErrorAlert title={t('outputs.settingsFailed')} message={errorMessage(saving.error, t)} /> : null}
    </section>
  );
}

interface TemplateFieldProps {
  id: string;
  label: string;
  rows: number;
  value: string;
  problems: string[];
  /** A line under the field, such as the SMS's length. */
  note?: string;
  /** Said under the note, such as a message that is more than one SMS. */
  warning?: string;
  onChange: (value: string) => void;
  onUseDefault: () => void;
}

/** A template being edited, its problems under it as they are typed, and a way back to the default. */
function TemplateField({ id, label, rows, value, problems, note, warning, onChange, onUseDefault }: TemplateFieldProps) {
  const { t } = useTranslation();
  return (
    <div className="template-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={rows}
        value={value}
        aria-invalid={problems.length > 0}
        aria-describedby={`${id}-help`}
        onChange={(e) => onChange(e.target.value)}
      />
      <div id={`${id}-help`}>
        {note === undefined ? null : (
          <p className="muted small" data-testid={`${id}-note`}>
            {note}
          </p>
        )}
        {warning === undefined ? null : (
          <p className="notice notice-warning small" data-testid={`${id}-warning`}>
            {warning}
          </p>
        )}
        <TemplateProblems problems={problems} />
        <button type="button" className="button button-quiet button-small" onClick={onUseDefault}>
          {t('outputs.useDefault')}
        </button>
      </div>
    </div>
  );
}

function TemplateProblems({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="template-problems" role="alert">
      {problems.map((problem) => (
        <li key={problem}>{problem}</li>
      ))}
    </ul>
  );
}
