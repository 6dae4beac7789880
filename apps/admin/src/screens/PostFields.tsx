import { Alert, Button, Fieldset, Group, List, MultiSelect, NativeSelect, NumberInput, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type KeyboardEvent } from 'react';
import { ErrorAlert } from '../components/Async';
import { LiveFindings } from '../components/LiveFindings';
import { useTypedQuery } from '../components/useTypedQuery';
import { useCurrent } from '../context';
import { graphql } from '../gql';
import type { ChannelFitFieldsFragment, CreatePostInput } from '../gql/graphql';

/** One media reference of a post, as createPost/updatePost take it and Post.media gives it back. */
export interface MediaItem {
  url: string;
  mimeType: string;
  altText?: string | null;
  width?: number | null;
  height?: number | null;
  durationSeconds?: number | null;
}

/** What the composer and the edit form hold: the text, channels, a variant and network options per channel, media. */
export interface PostDraft {
  body: string;
  channelIds: string[];
  variants: Record<string, string>;
  /** Network options per channel id, by option name ('' or missing: the channel's default). */
  options: Record<string, Record<string, string>>;
  media: MediaItem[];
}

export const EMPTY_DRAFT: PostDraft = { body: '', channelIds: [], variants: {}, options: {}, media: [] };

/** What the fields need of a channel. */
export interface DraftChannel {
  id: string;
  displayName: string;
  type: string;
}

/** What the fields need of a channel type (channelTypes): the media types it takes and the network options a post may set. */
export interface DraftChannelType {
  code: string;
  limits: { mediaTypes: string[] };
  postOptions: Array<{ name: string; title?: string | null; description?: string | null; allowedValues?: string[] | null; minLength?: number | null; maxLength?: number | null }>;
}

/** A saved post as the edit form starts from it. */
export function draftOf(post: { body: string; media: unknown; targets: Array<{ channelId: string; variantText?: string | null; options: Array<{ name: string; value: string }> }> }): PostDraft {
  return {
    body: post.body,
    channelIds: post.targets.map((t) => t.channelId),
    variants: Object.fromEntries(post.targets.filter((t) => t.variantText).map((t) => [t.channelId, t.variantText!])),
    options: Object.fromEntries(post.targets.map((t) => [t.channelId, Object.fromEntries(t.options.map((o) => [o.name, o.value]))])),
    media: Array.isArray(post.media) ? (post.media as MediaItem[]) : [],
  };
}

/** The draft as createPost/updatePost fields: variants and options only for the chosen channels, empty ones left out. */
export function draftInput(draft: PostDraft): Pick<CreatePostInput, 'body' | 'channelIds' | 'variants' | 'media' | 'targetOptions'> {
  return {
    body: draft.body,
    channelIds: draft.channelIds,
    variants: draft.channelIds.filter((id) => draft.variants[id]?.trim()).map((channelId) => ({ channelId, text: draft.variants[channelId] })),
    media: draft.media.map(({ url, mimeType, altText, width, height, durationSeconds }) => ({
      url,
      mimeType,
      ...(altText ? { altText } : {}),
      ...(width ? { width } : {}),
      ...(height ? { height } : {}),
      ...(durationSeconds ? { durationSeconds } : {}),
    })),
    targetOptions: draft.channelIds
      .map((channelId) => ({ channelId, options: Object.entries(draft.options[channelId] ?? {}).filter(([, value]) => value !== '').map(([name, value]) => ({ name, value })) }))
      .filter((t) => t.options.length > 0),
  };
}

/** Fallback media types when no chosen channel says which it takes. */
const COMMON_MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'video/mp4'];
const EXTENSION_TYPES: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp', mp4: 'video/mp4', mov: 'video/quicktime' };

/** The MIME type a URL's file extension suggests, if any. */
function typeOfUrl(url: string): string | undefined {
  const path = url.split(/[?#]/)[0];
  return EXTENSION_TYPES[path.slice(path.lastIndexOf('.') + 1).toLowerCase()];
}

graphql(`
  fragment ChannelFitFields on ChannelFit {
    channelId
    length
    maxLength
    maxMedia
    problems
  }
`);

const PostFit = graphql(`
  query PostFit($workspaceId: ID!, $body: String!, $channelIds: [ID!]!, $variants: [PostVariantInput!], $media: [PostMediaInput!]) {
    postFit(workspaceId: $workspaceId, body: $body, channelIds: $channelIds, variants: $variants, media: $media) {
      ...ChannelFitFields
    }
  }
`);

/**
 * How the draft fits each chosen channel, measured by the server as each network counts (a Mastodon link as 23, Bluesky
 * graphemes, a Threads emoji as its bytes) against each account's own limits: postFit, sent once typing pauses, which
 * stores nothing. The last answer stays while a newer draft is measured (`measuring`).
 */
function usePostFit(draft: PostDraft) {
  const { workspace } = useCurrent();
  const { body, channelIds, variants, media } = draftInput(draft);
  const { result, checking } = useTypedQuery(PostFit, { workspaceId: workspace.id, body, channelIds, variants, media }, (v) => v.channelIds.length === 0);
  const fits = new Map((result.data?.postFit ?? []).map((fit) => [fit.channelId, fit]));
  return { fits, measuring: checking, error: result.error };
}

/**
 * The fields of a post, shared by the composer and the edit form: text, channels, per chosen channel a variant and
 * the network options its type takes (channelTypes.postOptions: a choice when the values are fixed, a text box
 * otherwise), and media by URL with alt text and optional size. As the text and each variant are typed, what the
 * OUTBOUND_POST policies find in them is shown (LiveFindings), and per chosen channel how its text and media fit, as
 * the server measures them (postFit: the same measure and messages as the saved post's limitErrors).
 */
export function PostFields({ draft, onChange, channels, channelTypes, size }: { draft: PostDraft; onChange: (draft: PostDraft) => void; channels: DraftChannel[]; channelTypes: DraftChannelType[]; size?: 'xs' }) {
  const typeOf = (channelId: string) => channelTypes.find((t) => t.code === channels.find((c) => c.id === channelId)?.type);
  const chosenTypes = draft.channelIds.map(typeOf).filter((t): t is DraftChannelType => !!t);
  const { fits, measuring, error } = usePostFit(draft);
  const mediaLimits = draft.channelIds.map((id) => fits.get(id)?.maxMedia).filter((max): max is number => typeof max === 'number');
  const maxMedia = mediaLimits.length ? Math.min(...mediaLimits) : undefined;
  const set = (change: Partial<PostDraft>) => onChange({ ...draft, ...change });
  return (
    <Stack gap="xs">
      <Textarea label="Text" size={size} required autosize minRows={size ? 2 : 3} value={draft.body} onChange={(e) => set({ body: e.currentTarget.value })} />
      <LiveFindings text={draft.body} scope="OUTBOUND_POST" label="Findings in the text" size={size} />
      <MultiSelect label="Channels" size={size} required data={channels.map((c) => ({ value: c.id, label: c.displayName }))} value={draft.channelIds} onChange={(channelIds) => set({ channelIds })} />
      {draft.channelIds.map((id) => {
        const channel = channels.find((c) => c.id === id);
        const options = typeOf(id)?.postOptions ?? [];
        const values = draft.options[id] ?? {};
        const variant = draft.variants[id] ?? '';
        const setOption = (name: string, value: string) => set({ options: { ...draft.options, [id]: { ...values, [name]: value } } });
        return (
          <Fieldset key={id} legend={channel?.displayName ?? 'Channel'} p="xs">
            <Stack gap={4}>
              <Textarea
                label={`Variant for ${channel?.displayName}`}
                description="Leave empty to post the main text."
                size={size}
                autosize
                minRows={2}
                value={variant}
                onChange={(e) => set({ variants: { ...draft.variants, [id]: e.currentTarget.value } })}
              />
              {variant.trim() && <LiveFindings text={variant} scope="OUTBOUND_POST" channelId={id} label={`Findings in the ${channel?.displayName} variant`} size={size} />}
              {(fits.has(id) || !error) && <ChannelFit name={channel?.displayName ?? 'This channel'} fit={fits.get(id)} ownText={!!variant.trim()} media={draft.media.length} measuring={measuring} />}
              {options.map((option) => {
                const label = `${option.title ?? option.name} on ${channel?.displayName}`;
                return option.allowedValues ? (
                  <NativeSelect
                    key={option.name}
                    label={label}
                    description={option.description}
                    size={size}
                    data={[{ value: '', label: 'Channel default' }, ...option.allowedValues.map((v) => ({ value: v, label: v }))]}
                    value={values[option.name] ?? ''}
                    onChange={(e) => setOption(option.name, e.currentTarget.value)}
                  />
                ) : (
                  <TextInput
                    key={option.name}
                    label={label}
                    description={option.description}
                    size={size}
                    maxLength={option.maxLength ?? undefined}
                    value={values[option.name] ?? ''}
                    onChange={(e) => setOption(option.name, e.currentTarget.value)}
                  />
                );
              })}
            </Stack>
          </Fieldset>
        );
      })}
      {error && <ErrorAlert error={error} title="Could not measure the text against the channels" />}
      <MediaFields
        media={draft.media}
        onChange={(media) => set({ media })}
        mediaTypes={[...new Set(chosenTypes.flatMap((t) => t.limits.mediaTypes))]}
        maxMedia={maxMedia}
        size={size}
      />
    </Stack>
  );
}

/**
 * How the text a channel gets and the media fit it, as the server measured them: "123 / 500 characters", "1 / 4 media",
 * and the server's own words for what does not fit (red, and read out as they change). Until the first measure
 * arrives it says it is measuring; afterwards the last figures stay while a newer draft is measured.
 */
function ChannelFit({ name, fit, ownText, media, measuring }: { name: string; fit?: ChannelFitFieldsFragment; ownText: boolean; media: number; measuring: boolean }) {
  const overLength = !!fit && fit.maxLength !== null && fit.length > fit.maxLength;
  const overMedia = !!fit && fit.maxMedia !== null && media > fit.maxMedia;
  return (
    <Stack gap={0} aria-label={`Limits of ${name}`} role="group" aria-live="polite" aria-busy={measuring}>
      {!fit ? (
        <Text size="xs" c="dimmed">
          Measuring the text for {name}…
        </Text>
      ) : (
        <>
          <Text size="xs" c={overLength ? 'red' : 'dimmed'}>
            {ownText ? 'Variant' : 'Text'}: {fit.length}
            {fit.maxLength !== null && ` / ${fit.maxLength}`} characters
          </Text>
          <Text size="xs" c={overMedia ? 'red' : 'dimmed'}>
            Media: {media}
            {fit.maxMedia !== null && ` / ${fit.maxMedia}`}
          </Text>
          {fit.problems.length > 0 && (
            <List size="xs" c="red" aria-label={`Does not fit ${name}`}>
              {fit.problems.map((problem) => (
                <List.Item key={problem}>{problem}</List.Item>
              ))}
            </List>
          )}
        </>
      )}
    </Stack>
  );
}

/** The post's media, each with a remove button, and a small form adding one by URL with alt text and optional size. */
function MediaFields({ media, onChange, mediaTypes, maxMedia, size }: { media: MediaItem[]; onChange: (media: MediaItem[]) => void; mediaTypes: string[]; maxMedia?: number; size?: 'xs' }) {
  const [url, setUrl] = useState('');
  const [altText, setAltText] = useState('');
  const [mimeType, setMimeType] = useState('');
  const [width, setWidth] = useState<string | number>('');
  const [height, setHeight] = useState<string | number>('');
  const [problem, setProblem] = useState<string | null>(null);
  const types = mediaTypes.length ? mediaTypes : COMMON_MEDIA_TYPES;
  const guessed = typeOfUrl(url);
  const chosenType = mimeType || guessed || '';
  const add = () => {
    let parsed: URL | undefined;
    try {
      parsed = new URL(url.trim());
    } catch {
      parsed = undefined;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol)) return setProblem('Give the full address of the file, starting with https://');
    if (!chosenType) return setProblem('Choose the type of the file.');
    const w = typeof width === 'number' ? width : undefined;
    const h = typeof height === 'number' ? height : undefined;
    if ((w === undefined) !== (h === undefined)) return setProblem('Give both the width and the height, or neither.');
    onChange([...media, { url: parsed.toString(), mimeType: chosenType, altText: altText.trim() || null, width: w ?? null, height: h ?? null }]);
    setUrl('');
    setAltText('');
    setMimeType('');
    setWidth('');
    setHeight('');
    setProblem(null);
  };
  // Enter in the media fields adds the file instead of submitting the whole post.
  const onEnter = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      add();
    }
  };
  return (
    <Fieldset legend="Media" p="xs">
      <Stack gap={4}>
        {media.length === 0 ? (
          <Text size="xs" c="dimmed">
            No media.{maxMedia !== undefined ? ` The chosen channels take up to ${maxMedia}.` : ''}
          </Text>
        ) : (
          <List aria-label="Media" listStyleType="none" p={0} spacing={4}>
            {media.map((m, i) => (
              <List.Item key={`${m.url}-${i}`}>
                <Group gap="xs" wrap="nowrap">
                  <Text size="xs" style={{ wordBreak: 'break-all' }}>
                    {m.url} ({m.mimeType}
                    {m.width && m.height ? `, ${m.width}×${m.height}` : ''}){m.altText ? ` — alt: ${m.altText}` : ''}
                  </Text>
                  {!m.altText && (
                    <Text size="xs" c="red">
                      no alt text
                    </Text>
                  )}
                  <Button size="compact-xs" variant="default" style={{ flexShrink: 0 }} aria-label={`Remove media ${m.url}`} onClick={() => onChange(media.filter((_, j) => j !== i))}>
                    Remove
                  </Button>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
        <Group gap="xs" align="flex-end" wrap="wrap">
          <TextInput label="Media URL" size="xs" type="url" placeholder="https://…" value={url} onChange={(e) => setUrl(e.currentTarget.value)} onKeyDown={onEnter} style={{ flex: 2, minWidth: 200 }} />
          <TextInput
            label="Alt text"
            size="xs"
            description={size ? undefined : 'What the image shows, for people who cannot see it'}
            value={altText}
            onChange={(e) => setAltText(e.currentTarget.value)}
            onKeyDown={onEnter}
            style={{ flex: 2, minWidth: 200 }}
          />
          <NativeSelect
            label="Media type"
            size="xs"
            data={[{ value: '', label: guessed ? `${guessed} (from the address)` : 'Choose…' }, ...types.map((t) => ({ value: t, label: t }))]}
            value={mimeType}
            onChange={(e) => setMimeType(e.currentTarget.value)}
          />
          <NumberInput label="Width (px)" size="xs" min={1} allowDecimal={false} value={width} onChange={setWidth} onKeyDown={onEnter} w={100} />
          <NumberInput label="Height (px)" size="xs" min={1} allowDecimal={false} value={height} onChange={setHeight} onKeyDown={onEnter} w={100} />
          <Button size="xs" variant="light" onClick={add} disabled={!url.trim()}>
            Add media
          </Button>
        </Group>
        {problem && (
          <Alert color="red" p="xs" role="alert">
            <Text size="xs">{problem}</Text>
          </Alert>
        )}
      </Stack>
    </Fieldset>
  );
}

/** Why the saved post does not fit some of its channels (Post.limitErrors: length, media count, types, sizes). */
export function LimitErrors({ errors }: { errors: string[] }) {
  if (errors.length === 0) return null;
  return (
    <Alert color="red" title="Does not fit every channel" role="status" p="xs">
      <List size="xs" aria-label="Limits not met">
        {errors.map((e) => (
          <List.Item key={e}>{e}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
