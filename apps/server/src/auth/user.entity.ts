import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../common/base.entity.js';

@ObjectType({ description: 'A person who can log in.' })
@Entity('user')
export class User extends BaseEntity {

  @Field({ description: 'Login e-mail, stored lower-case.' })
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 320 })
  email: string;

  @Field({ description: 'Display name.' })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** bcrypt hash; never exposed through the API. */
  @Column({ type: 'varchar', length: 200 })
  passwordHash: string;

  @Field({ description: 'Instance admins manage every workspace of this installation.' })
  @Column({ type: 'boolean', default: false })
  isInstanceAdmin: boolean;
}
