import { useSignals } from '@preact/signals-react/runtime';
import { lastError } from './store';

/** The last failed request to the background, in plain words, announced to assistive tech. */
export function LastError() {
  useSignals();
  if (!lastError.value) return null;
  return (
    <p role="alert" className="notice error">
      {lastError.value}
    </p>
  );
}
