import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn, type EntityManager } from 'typeorm';

/** Defaults for a workspace that never saved its settings. */
export const DEFAULT_LOW_RATING_THRESHOLD = 2;

@ObjectType({ description: "A workspace's review triage settings." })
@Entity('review_settings')
export class ReviewSettings {
  @PrimaryColumn({ type: 'uuid' })
  workspaceId: string;

  @Field(() => Int, { description: 'Reviews rated at or below this (1–5) are urgent.' })
  @Column({ type: 'smallint', default: DEFAULT_LOW_RATING_THRESHOLD })
  lowRatingThreshold: number;

  @Field(() => [String], { description: 'Staff and competitor names; reviews naming one are more suspicious.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  watchedNames: string[];
}

/** The workspace's settings, or the defaults when it never saved any. */
export async function reviewSettingsOf(manager: EntityManager, workspaceId: string): Promise<ReviewSettings> {
  return (await manager.findOneBy(ReviewSettings, { workspaceId })) ?? manager.create(ReviewSettings, { workspaceId, lowRatingThreshold: DEFAULT_LOW_RATING_THRESHOLD, watchedNames: [] });
}
