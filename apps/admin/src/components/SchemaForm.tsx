import { ActionIcon, Button, Checkbox, Fieldset, Group, MultiSelect, NumberInput, PasswordInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';

/**
 * The JSON Schema features rule arguments (ruleTypes.argsSchema) and channel credentials (credentialsSchema)
 * use: objects of strings (enums as selects, `format: password`/`writeOnly` hidden), numbers and integers
 * with bounds, booleans, arrays of strings (of enums as a multi-select) and arrays of objects. Anything else
 * is edited as JSON, so a plugin with a richer schema still gets a working (if plainer) form.
 */
export interface JsonSchema {
  type?: string | string[];
  title?: string;
  description?: string;
  enum?: unknown[];
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  format?: string;
  writeOnly?: boolean;
  /** Rapport's credentials marker: never shown back. */
  secret?: boolean;
}

/** Field problems by dotted path, as the server names them in `extensions.fields` (e.g. `rules.0.args.terms.1.term`). */
export type FieldErrors = Record<string, string>;

type Value = Record<string, unknown>;

const typeOf = (schema: JsonSchema): string | undefined => (Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type);
const label = (key: string, schema: JsonSchema) => schema.title ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());

/** A value for a new array item or an absent property: its default, else an empty value of its type. */
export function emptyValue(schema: JsonSchema): unknown {
  if (schema.default !== undefined) return structuredClone(schema.default);
  switch (typeOf(schema)) {
    case 'object':
      return Object.fromEntries(Object.entries(schema.properties ?? {}).filter(([k]) => schema.required?.includes(k)).map(([k, s]) => [k, emptyValue(s)]));
    case 'array':
      return [];
    case 'boolean':
      return false;
    case 'string':
      return '';
    default:
      return undefined;
  }
}

/** Errors at `path` itself or under it, for fields that cannot show each nested one. */
function errorAt(errors: FieldErrors, path: string): string | undefined {
  return errors[path] ?? Object.entries(errors).find(([field]) => field.startsWith(`${path}.`))?.[1];
}

export function SchemaForm({ schema, value, onChange, errors, path, disabled }: { schema: JsonSchema; value: Value; onChange: (next: Value) => void; errors: FieldErrors; path: string; disabled?: boolean }) {
  const properties = Object.entries(schema.properties ?? {});
  if (!properties.length) {
    return (
      <Text size="sm" c="dimmed">
        This rule takes no settings.
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      {properties.map(([key, property]) => (
        <Field
          key={key}
          name={key}
          schema={property}
          required={schema.required?.includes(key) ?? false}
          value={value[key]}
          onChange={(next) => {
            const copy = { ...value };
            if (next === undefined) delete copy[key];
            else copy[key] = next;
            onChange(copy);
          }}
          errors={errors}
          path={`${path}.${key}`}
          disabled={disabled}
        />
      ))}
    </Stack>
  );
}

function Field({
  name,
  schema,
  required,
  value,
  onChange,
  errors,
  path,
  disabled,
}: {
  name: string;
  schema: JsonSchema;
  required: boolean;
  value: unknown;
  onChange: (next: unknown) => void;
  errors: FieldErrors;
  path: string;
  disabled?: boolean;
}) {
  const common = { label: label(name, schema), description: schema.description, required, disabled, error: errors[path] };
  const type = typeOf(schema);
  if (schema.enum && (type === 'string' || type === undefined)) {
    return (
      <Select
        {...common}
        data={schema.enum.map(String)}
        // Left out, the server applies the default: show it rather than an empty select.
        value={value === undefined || value === null ? (schema.default === undefined ? null : String(schema.default)) : String(value)}
        onChange={(next) => onChange(next ?? undefined)}
        clearable={!required && schema.default === undefined}
        allowDeselect={schema.default === undefined}
        comboboxProps={{ withinPortal: true }}
      />
    );
  }
  switch (type) {
    case 'string': {
      const secret = schema.secret || schema.writeOnly || schema.format === 'password';
      const Input = secret ? PasswordInput : TextInput;
      return <Input {...common} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.currentTarget.value === '' && !required ? undefined : e.currentTarget.value)} />;
    }
    case 'integer':
    case 'number':
      return (
        <NumberInput
          {...common}
          value={typeof value === 'number' ? value : ''}
          min={schema.minimum ?? schema.exclusiveMinimum}
          max={schema.maximum ?? schema.exclusiveMaximum}
          allowDecimal={type === 'number'}
          step={type === 'number' && (schema.maximum ?? 2) <= 1 ? 0.05 : 1}
          onChange={(next) => onChange(typeof next === 'number' ? next : undefined)}
        />
      );
    case 'boolean':
      return <Checkbox label={common.label} description={schema.description} disabled={disabled} error={common.error} checked={value === true} onChange={(e) => onChange(e.currentTarget.checked)} />;
    case 'array':
      return <ArrayField name={name} schema={schema} required={required} value={Array.isArray(value) ? value : []} onChange={onChange} errors={errors} path={path} disabled={disabled} />;
    case 'object':
      return (
        <Fieldset legend={common.label} disabled={disabled}>
          <SchemaForm schema={schema} value={(value as Value) ?? {}} onChange={onChange} errors={errors} path={path} disabled={disabled} />
        </Fieldset>
      );
    default:
      return <JsonField {...common} value={value} onChange={onChange} error={errorAt(errors, path)} />;
  }
}

function ArrayField({ name, schema, required, value, onChange, errors, path, disabled }: { name: string; schema: JsonSchema; required: boolean; value: unknown[]; onChange: (next: unknown) => void; errors: FieldErrors; path: string; disabled?: boolean }) {
  const items = schema.items ?? {};
  const itemType = typeOf(items);
  const title = label(name, schema);
  if (items.enum) {
    return (
      <MultiSelect
        label={title}
        description={schema.description}
        required={required}
        disabled={disabled}
        error={errorAt(errors, path)}
        data={items.enum.map(String)}
        value={value.map(String)}
        onChange={onChange}
      />
    );
  }
  if (itemType !== 'string' && itemType !== 'object') {
    return <JsonField label={title} description={schema.description} required={required} disabled={disabled} value={value} onChange={onChange} error={errorAt(errors, path)} />;
  }
  const set = (index: number, next: unknown) => onChange(value.map((v, i) => (i === index ? next : v)));
  const singular = items.title ?? (itemType === 'string' ? 'entry' : 'item');
  return (
    <Fieldset legend={title} disabled={disabled}>
      {schema.description && (
        <Text size="xs" c="dimmed" mb="xs">
          {schema.description}
        </Text>
      )}
      {errors[path] && (
        <Text size="xs" c="red" role="alert">
          {errors[path]}
        </Text>
      )}
      <Stack gap="xs">
        {value.length === 0 && (
          <Text size="sm" c="dimmed">
            None yet.
          </Text>
        )}
        {value.map((item, index) => (
          <Group key={index} align="flex-start" wrap="nowrap">
            <div style={{ flex: 1 }}>
              {itemType === 'string' ? (
                <TextInput
                  aria-label={`${title} ${index + 1}`}
                  value={typeof item === 'string' ? item : ''}
                  error={errorAt(errors, `${path}.${index}`)}
                  onChange={(e) => set(index, e.currentTarget.value)}
                />
              ) : (
                <Fieldset legend={`${title} ${index + 1}`} variant="filled">
                  <SchemaForm schema={items} value={(item as Value) ?? {}} onChange={(next) => set(index, next)} errors={errors} path={`${path}.${index}`} disabled={disabled} />
                </Fieldset>
              )}
            </div>
            <ActionIcon variant="subtle" color="red" mt={4} aria-label={`Remove ${title} ${index + 1}`} onClick={() => onChange(value.filter((_, i) => i !== index))} disabled={disabled}>
              ×
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button size="xs" variant="light" onClick={() => onChange([...value, emptyValue(items)])} disabled={disabled}>
            Add {itemType === 'string' ? singular : `to ${title.toLowerCase()}`}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

/** A value the form cannot render field by field, edited as JSON; kept as typed until it parses. */
function JsonField({ value, onChange, error, ...rest }: { label: string; description?: string; required: boolean; disabled?: boolean; value: unknown; onChange: (next: unknown) => void; error?: string }) {
  return (
    <Textarea
      {...rest}
      autosize
      minRows={2}
      error={error}
      defaultValue={value === undefined ? '' : JSON.stringify(value, null, 2)}
      onChange={(e) => {
        try {
          onChange(e.currentTarget.value.trim() ? JSON.parse(e.currentTarget.value) : undefined);
        } catch {
          // Not valid JSON yet: keep the last good value until the admin finishes typing.
        }
      }}
    />
  );
}
