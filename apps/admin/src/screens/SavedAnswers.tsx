import { Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { TemplateTextarea } from '../components/TemplateTextarea';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { Async, ErrorAlert, fieldErrors } from '../components/Async';
import { Done } from '../components/Feedback';
import { Section } from '../components/Section';
import { useCurrent } from '../context';
import { graphql } from '../gql';

// Saved answers need AGENT to read: the inbox asks for them only in the reply box, so a VIEWER's thread loads.
export const CannedReplies = graphql(`
  query CannedReplies($workspaceId: ID!) {
    cannedReplies(workspaceId: $workspaceId) {
      id
      name
      body
    }
  }
`);

const CreateCannedReply = graphql(`
  mutation CreateCannedReply($input: CreateCannedReplyInput!) {
    createCannedReply(input: $input) {
      id
      name
      body
    }
  }
`);

const UpdateCannedReply = graphql(`
  mutation UpdateCannedReply($input: UpdateCannedReplyInput!) {
    updateCannedReply(input: $input) {
      id
      name
      body
    }
  }
`);

const DeleteCannedReply = graphql(`
  mutation DeleteCannedReply($workspaceId: ID!, $id: ID!) {
    deleteCannedReply(workspaceId: $workspaceId, id: $id) {
      id
      name
    }
  }
`);

interface Answer {
  id: string;
  name: string;
  body: string;
}

/** Settings (ADMIN): the saved answers agents insert in the inbox's reply box, added, edited and deleted. */
export function SavedAnswersSection() {
  const { workspace } = useCurrent();
  const [result, refetch] = useQuery({ query: CannedReplies, variables: { workspaceId: workspace.id } });
  const [deleteState, remove] = useMutation(DeleteCannedReply);
  const [editing, setEditing] = useState<Answer | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const drop = async (answer: Answer) => {
    setNotice(null);
    if ((await remove({ workspaceId: workspace.id, id: answer.id })).data) {
      setNotice(`Saved answer “${answer.name}” deleted.`);
      if (editing?.id === answer.id) setEditing(null);
    }
  };
  return (
    <Section title="Saved answers">
      <Text size="sm" c="dimmed">
        Agents insert these in the inbox's reply box. {'{{contact.name}}'} and {'{{contact.handle}}'} are filled in with the person answered.
      </Text>
      <Async result={result} retry={() => refetch({ requestPolicy: 'network-only' })} what="saved answers" isEmpty={(d) => d.cannedReplies.length === 0} empty="No saved answer yet.">
        {(data) => (
          <Table aria-label="Saved answers" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Text</Table.Th>
                <Table.Th>Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.cannedReplies.map((answer) => (
                <Table.Tr key={answer.id}>
                  <Table.Td>{answer.name}</Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={2}>
                      {answer.body}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button size="compact-xs" variant="subtle" aria-label={`Edit the saved answer ${answer.name}`} onClick={() => setEditing(answer)}>
                        Edit
                      </Button>
                      <Button size="compact-xs" variant="subtle" color="red" aria-label={`Delete the saved answer ${answer.name}`} onClick={() => drop(answer)}>
                        Delete
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Async>
      {deleteState.error && <ErrorAlert error={deleteState.error} title="Saved answer not deleted" />}
      {notice && <Done>{notice}</Done>}
      <AnswerForm
        key={editing?.id ?? 'new'}
        editing={editing}
        onSaved={(name) => {
          setEditing(null);
          setNotice(`Saved answer “${name}” saved.`);
        }}
        onCancel={() => setEditing(null)}
        onChange={() => setNotice(null)}
      />
    </Section>
  );
}

/** Adds a saved answer, or edits `editing`; the server checks names (unique) and variables (known ones only). */
function AnswerForm({ editing, onSaved, onCancel, onChange }: { editing: Answer | null; onSaved: (name: string) => void; onCancel: () => void; onChange: () => void }) {
  const { workspace } = useCurrent();
  const [name, setName] = useState(editing?.name ?? '');
  const [body, setBody] = useState(editing?.body ?? '');
  const [createState, create] = useMutation(CreateCannedReply);
  const [updateState, update] = useMutation(UpdateCannedReply);
  const state = editing ? updateState : createState;
  const errors = fieldErrors(state.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = { workspaceId: workspace.id, name: name.trim(), body };
    const answer = editing ? await update({ input: { ...fields, id: editing.id } }) : await create({ input: fields });
    if (answer.error) return;
    setName('');
    setBody('');
    onSaved(fields.name);
  };
  return (
    <form onSubmit={submit} aria-label={editing ? `Edit the saved answer ${editing.name}` : 'New saved answer'}>
      <Stack gap="xs">
        <TextInput label="Answer name" description="What agents pick it by, e.g. opening hours." required value={name} onChange={(e) => {
            setName(e.currentTarget.value);
            onChange();
          }} error={errors.name} w={320} />
        <TemplateTextarea context="INBOX" label="Answer text" description="Variables such as {{contact.name}} are filled in when sent." autosize minRows={2} required value={body} onValueChange={(next) => {
            setBody(next);
            onChange();
          }} error={errors.body} />
        {state.error && !errors.name && !errors.body && <ErrorAlert error={state.error} title="Saved answer not saved" />}
        <Group justify="flex-end">
          {editing && (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          )}
          <Button type="submit" variant="light" loading={state.fetching} disabled={!name.trim() || !body.trim()}>
            {editing ? 'Save changes' : 'Add answer'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
