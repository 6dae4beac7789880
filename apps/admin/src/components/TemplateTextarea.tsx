import { Button, Group, Menu, Stack, Text, Textarea, type TextareaProps } from '@mantine/core';
import { useRef } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { TemplateContext } from '../gql/graphql';

const TemplateVariables = graphql(`
  query TemplateVariables($context: TemplateContext!) {
    templateVariables(context: $context) {
      name
      meaning
    }
  }
`);

/**
 * A reply text with an "Insert variable" menu under it: the server's vocabulary for where the text is used
 * (templateVariables, the list it checks saved and sent texts against), each inserted where the cursor is.
 */
export function TemplateTextarea({
  context,
  value,
  onValueChange,
  ...props
}: Omit<TextareaProps, 'value' | 'onChange'> & { context: TemplateContext; value: string; onValueChange: (next: string) => void }) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [result] = useQuery({ query: TemplateVariables, variables: { context } });
  const variables = result.data?.templateVariables ?? [];
  const insert = (name: string) => {
    const token = `{{${name}}}`;
    const element = textarea.current;
    const start = element?.selectionStart ?? value.length;
    const end = element?.selectionEnd ?? value.length;
    onValueChange(value.slice(0, start) + token + value.slice(end));
    // After React has rendered the new value: the cursor goes after what was inserted.
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + token.length, start + token.length);
    });
  };
  return (
    <Stack gap={2}>
      <Textarea ref={textarea} value={value} onChange={(event) => onValueChange(event.currentTarget.value)} {...props} />
      {variables.length > 0 && (
        <Group justify="flex-end">
          <Menu position="bottom-end" shadow="sm">
            <Menu.Target>
              <Button size="compact-xs" variant="subtle">
                Insert variable
              </Button>
            </Menu.Target>
            <Menu.Dropdown aria-label="Variables">
              {variables.map((variable) => (
                <Menu.Item key={variable.name} onClick={() => insert(variable.name)} aria-label={`{{${variable.name}}}: ${variable.meaning}`}>
                  <Text size="sm" ff="monospace">{`{{${variable.name}}}`}</Text>
                  <Text size="xs" c="dimmed">
                    {variable.meaning}
                  </Text>
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        </Group>
      )}
    </Stack>
  );
}
