import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { disclosurePolicies } from '../../../shared/summary/disclosure-policy';
import { indicatorIds, type IndicatorTargets, type SummarySettings, type Target } from '../../../shared/summary/indicator-definitions';
import { useContractClient } from '../contract-client-context';
import { errorMessage } from '../error-message';
import { localValidation } from '../form-validation';

const comparators: Target['comparator'][] = ['>=', '>', '<=', '<'];
const comparatorSigns: Record<Target['comparator'], string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };

/**
 * The disclosure threshold and policy and the indicators' targets, as the practice (or network)
 * agreed them. An empty percentage means no target for that indicator.
 */
export function SummarySettingsForm({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation();
  const client = useContractClient();
  const [settings, setSettings] = useState<SummarySettings | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    void client.call('summary:settings', {}).then(setSettings, (caught: unknown) => setMessage({ ok: false, text: errorMessage(caught, t) }));
  }, [client, t]);

  if (!settings) return null;

  const setTarget = (id: (typeof indicatorIds)[number], target: Target | null) =>
    setSettings({ ...settings, targets: { ...settings.targets, [id]: target } as IndicatorTargets });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      setSettings(await client.call('summary:updateSettings', settings));
      setMessage({ ok: true, text: t('network.settings.saved') });
      onSaved();
    } catch (caught) {
      setMessage({ ok: false, text: errorMessage(caught, t) });
    }
  };

  return (
    <form onSubmit={(event) => void save(event)} data-testid="summary-settings">
      <div className="form-field">
        <label htmlFor="summary-threshold">{t('network.settings.threshold')}</label>
        <input
          id="summary-threshold"
          type="number"
          min={3}
          max={20}
          required
          {...localValidation(t)}
          value={settings.threshold}
          onChange={(event) => setSettings({ ...settings, threshold: Number(event.target.value) })}
        />
      </div>
      <fieldset className="radio-group">
        <legend>{t('network.settings.policy')}</legend>
        {disclosurePolicies.map((policy) => (
          <label key={policy}>
            <input
              type="radio"
              name="summary-policy"
              value={policy}
              checked={settings.policy === policy}
              onChange={() => setSettings({ ...settings, policy })}
            />{' '}
            {t(`network.settings.policies.${policy}`)}
          </label>
        ))}
      </fieldset>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">{t('network.settings.targets')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('network.summary.indicator')}</th>
              <th scope="col">{t('network.settings.comparator')}</th>
              <th scope="col">{t('network.settings.percent')}</th>
            </tr>
          </thead>
          <tbody>
            {indicatorIds.map((id) => {
              const target = settings.targets[id];
              const name = t(`network.indicators.${id}`);
              return (
                <tr key={id}>
                  <th scope="row">{name}</th>
                  <td>
                    <select
                      aria-label={`${name}: ${t('network.settings.comparator')}`}
                      value={target?.comparator ?? '>='}
                      disabled={target === null}
                      onChange={(event) => target && setTarget(id, { ...target, comparator: event.target.value as Target['comparator'] })}
                    >
                      {comparators.map((comparator) => (
                        <option key={comparator} value={comparator}>
                          {comparatorSigns[comparator]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      type="number"
                      min={0}
                      max={100}
                      {...localValidation(t)}
                      aria-label={`${name}: ${t('network.settings.percent')}`}
                      value={target?.percent ?? ''}
                      onChange={(event) =>
                        setTarget(id, event.target.value === '' ? null : { comparator: target?.comparator ?? '>=', percent: Number(event.target.value) })
                      }
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="button-row">
        <button type="submit" className="button button-secondary">
          {t('network.settings.save')}
        </button>
      </div>
      {message ? (
        <p role={message.ok ? 'status' : 'alert'} className={`notice ${message.ok ? 'notice-success' : 'notice-warning'}`}>
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
