/**
 * Inline editors for one argument of an RDD, by the catalogue's argument kind. Each reads the
 * control's value into the JSON value the pipeline format expects, or `undefined` to leave the
 * argument out (Spark's default applies).
 */
import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { JsonValue, PartitionerSpec } from '../../model/index.ts';
import type { OperatorArg } from '../detail-panel/operator-note.ts';

export type ArgValue = JsonValue | PartitionerSpec | undefined;

export function renderArgInput(arg: OperatorArg, value: ArgValue, onValue: (value: ArgValue) => void) {
  const label = arg.sparkDefault ? msg(str`${arg.name} (default ${arg.sparkDefault})`) : arg.name;
  switch (arg.kind) {
    case 'boolean':
      return html`<label class="arg" title=${label}>
        <input
          type="checkbox"
          data-arg=${arg.name}
          .checked=${value === true}
          @change=${(e: Event) => onValue((e.target as HTMLInputElement).checked ? true : arg.required ? false : undefined)}
        />
        ${arg.name}
      </label>`;
    case 'partitioner': {
      const spec = isPartitioner(value) ? value : null;
      const emitSpec = (type: string, n: number): void =>
        onValue(type === '' ? undefined : { type: type as 'hash' | 'range', numPartitions: n });
      return html`<span class="arg" title=${label}>
        ${arg.name}
        <select
          data-arg=${`${arg.name}.type`}
          aria-label=${msg(str`${arg.name} type`)}
          @change=${(e: Event) => emitSpec((e.target as HTMLSelectElement).value, spec?.numPartitions ?? 4)}
        >
          <option value="" ?selected=${spec === null}>${msg('none')}</option>
          <option value="hash" ?selected=${spec?.type === 'hash'}>HashPartitioner</option>
          <option value="range" ?selected=${spec?.type === 'range'}>RangePartitioner</option>
        </select>
        ${
          spec
            ? html`<input
                type="number"
                min="1"
                data-arg=${`${arg.name}.numPartitions`}
                aria-label=${msg(str`${arg.name}: number of partitions`)}
                .value=${String(spec.numPartitions)}
                @change=${(e: Event) => emitSpec(spec.type, Number((e.target as HTMLInputElement).value))}
              />`
            : nothing
        }
      </span>`;
    }
    case 'partitions':
    case 'count':
    case 'long':
    case 'fraction':
      return html`<label class="arg" title=${label}>
        ${arg.name}
        <input
          type="number"
          data-arg=${arg.name}
          step=${arg.kind === 'fraction' ? 'any' : '1'}
          placeholder=${arg.sparkDefault === null ? '' : msg('default')}
          .value=${typeof value === 'number' ? String(value) : ''}
          @change=${(e: Event) => {
            const text = (e.target as HTMLInputElement).value.trim();
            onValue(text === '' ? undefined : Number(text));
          }}
        />
      </label>`;
    case 'string':
      return html`<label class="arg" title=${label}>
        ${arg.name}
        <input
          type="text"
          data-arg=${arg.name}
          .value=${typeof value === 'string' ? value : ''}
          @change=${(e: Event) => {
            const text = (e.target as HTMLInputElement).value;
            onValue(text === '' && !arg.required ? undefined : text);
          }}
        />
      </label>`;
    default:
      // json and jsonArray: edited as JSON text; text that is not JSON is kept as a string.
      return html`<label class="arg" title=${label}>
        ${arg.name}
        <input
          type="text"
          class="json"
          data-arg=${arg.name}
          .value=${value === undefined ? '' : JSON.stringify(value)}
          @change=${(e: Event) => onValue(parseJsonText((e.target as HTMLInputElement).value))}
        />
      </label>`;
  }
}

function parseJsonText(text: string): ArgValue {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return text;
  }
}

function isPartitioner(value: ArgValue): value is PartitionerSpec {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'numPartitions' in value;
}
