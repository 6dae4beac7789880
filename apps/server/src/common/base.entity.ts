import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Node } from './node/node.interface.js';

/** Columns every table has: a UUID primary key and audit timestamps. Every entity type is a Relay Node. */
@ObjectType({ isAbstract: true, implements: () => [Node] })
export abstract class BaseEntity {
  @Field(() => ID, { description: 'Stable, opaque identifier.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'When this was created.' })
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) // millisecond precision keeps JS Dates and keyset cursors exact
  createdAt: Date;

  @Field({ description: 'When this was last changed.' })
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
