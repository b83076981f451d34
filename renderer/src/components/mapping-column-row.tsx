import { useTranslation } from 'react-i18next';
import type { ExtractField } from '../../../shared/care-plan';
import { mappingFieldOrder, type MappingColumn } from '../column-mapping';

interface MappingColumnRowProps {
  id: string;
  column: MappingColumn;
  field: ExtractField | '';
  /** Whether the field shown is Tovholder's guess from the header's words, not yet changed by the user. */
  guessed: boolean;
  onChange: (field: ExtractField | '') => void;
}

/** One of the file's columns: its header, its first values and the field it is read as. */
export function MappingColumnRow({ id, column, field, guessed, onChange }: MappingColumnRowProps) {
  const { t } = useTranslation();
  const guessId = `${id}-guess`;
  return (
    <tr className={field === '' ? 'mapping-unused' : undefined}>
      <th scope="row" title={column.header}>
        <label htmlFor={id}>{column.header}</label>
      </th>
      <td className="mapping-samples" title={column.samples.join(' · ')}>
        {column.samples.length > 0 ? column.samples.join(' · ') : <span className="muted">{t('columnMapping.noSamples')}</span>}
      </td>
      <td>
        <select
          id={id}
          value={field}
          aria-describedby={guessed ? guessId : undefined}
          onChange={(event) => onChange(event.target.value as ExtractField | '')}
        >
          <option value="">{t('columnMapping.none')}</option>
          {mappingFieldOrder.map((option) => (
            <option key={option} value={option}>
              {t(`columnMapping.fields.${option}`)}
            </option>
          ))}
        </select>
        {guessed ? (
          <span id={guessId} className="mapping-guess">
            {t('columnMapping.guessed')}
          </span>
        ) : null}
      </td>
    </tr>
  );
}
