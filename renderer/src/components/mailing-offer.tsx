import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MailingPlan, MailingResult } from '../../../shared/outputs/mailing-selection';
import { useContractClient } from '../contract-client-context';
import { errorMessage } from '../error-message';
import { ErrorAlert } from './error-alert';

type State =
  | { state: 'offered' }
  | { state: 'busy' }
  | { state: 'recorded'; mailing: MailingResult }
  | { state: 'undone'; mailing: MailingResult }
  | { state: 'failed'; error: unknown; recorded: MailingResult | null };

/**
 * After letters are printed or an SMS list saved: record an invitation for every patient in the
 * file in one step (the channel is the file's), and take the whole mailing back with one undo.
 * Recording is offered, never done by saving alone: a file saved is not yet a letter sent.
 */
export function MailingOffer({ plan, onChanged }: { plan: MailingPlan; onChanged?: () => void }) {
  const { t } = useTranslation();
  const client = useContractClient();
  const [state, setState] = useState<State>({ state: 'offered' });
  const channel = t(`mailing.channels.${plan.channel}`);
  const count = plan.invitations.length;

  const record = async () => {
    setState({ state: 'busy' });
    try {
      const mailing = await client.call('mailing:record', { channel: plan.channel, invitations: plan.invitations });
      setState({ state: 'recorded', mailing });
      onChanged?.();
    } catch (error) {
      setState({ state: 'failed', error, recorded: null });
    }
  };
  const undo = async (mailing: MailingResult) => {
    setState({ state: 'busy' });
    try {
      const undone = await client.call('mailing:undo', { mailingId: mailing.mailingId });
      setState({ state: 'undone', mailing: undone });
      onChanged?.();
    } catch (error) {
      setState({ state: 'failed', error, recorded: mailing });
    }
  };

  if (count === 0) return <p className="muted">{t('mailing.nothing')}</p>;
  return (
    <div className="mailing-offer" data-testid="mailing-offer">
      {state.state === 'offered' || (state.state === 'failed' && state.recorded === null) ? (
        <>
          <p>{t('mailing.offer', { count, channel })}</p>
          <button type="button" className="button button-primary" onClick={() => void record()} data-testid="mailing-record">
            {t('mailing.record', { count, channel })}
          </button>
        </>
      ) : null}
      {state.state === 'busy' ? <p className="busy">{t('mailing.busy')}</p> : null}
      {state.state === 'recorded' || (state.state === 'failed' && state.recorded !== null) ? (
        <p role="status" data-testid="mailing-recorded">
          {t('mailing.recorded', { count: (state.state === 'recorded' ? state.mailing : state.recorded!).count, channel, actor: (state.state === 'recorded' ? state.mailing : state.recorded!).actor })}{' '}
          <button type="button" className="button button-secondary" onClick={() => void undo(state.state === 'recorded' ? state.mailing : state.recorded!)} data-testid="mailing-undo">
            {t('mailing.undo')}
          </button>
        </p>
      ) : null}
      {state.state === 'undone' ? (
        <p role="status" data-testid="mailing-undone">
          {t('mailing.undone', { count: state.mailing.count })}
        </p>
      ) : null}
      {state.state === 'failed' ? <ErrorAlert title={t('mailing.failed')} message={errorMessage(state.error, t)} /> : null}
      {plan.notRecorded.length > 0 && state.state !== 'undone' ? (
        <>
          <p>{t('mailing.notRecorded')}</p>
          <ul>
            {plan.notRecorded.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
