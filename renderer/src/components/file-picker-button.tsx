import { useId, useRef } from 'react';

interface FilePickerButtonProps {
  label: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  onFiles: (files: File[]) => void;
  testId?: string;
}

/** A button that opens the file dialog; the input itself stays hidden but labelled. */
export function FilePickerButton({ label, accept, multiple = false, disabled = false, onFiles, testId }: FilePickerButtonProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        id={id}
        type="file"
        className="visually-hidden"
        accept={accept}
        multiple={multiple}
        tabIndex={-1}
        aria-label={label}
        data-testid={testId}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
      <button type="button" className="button button-primary" disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </button>
    </>
  );
}
