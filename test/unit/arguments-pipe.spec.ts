import { jest } from '@jest/globals';
import type { ArgumentMetadata } from '@nestjs/common';
import { ConnectionArgs, MAX_PAGE_SIZE } from '../../apps/server/src/common/pagination.js';
import { UserInputError } from '../../apps/server/src/common/errors.js';
import { createValidationPipe } from '../../apps/server/src/common/validation.js';

const asArgs: ArgumentMetadata = { type: 'body', metatype: ConnectionArgs };

describe('the arguments pipe', () => {
  it('checks the same flat arguments once per value and still gives every resolver its own instance', async () => {
    const pipe = createValidationPipe();
    // ValidationPipe's own step that runs class-validator.
    const validate = jest.spyOn(pipe as unknown as { validate: (...args: unknown[]) => unknown }, 'validate');
    const first = await pipe.transform({ first: 3 }, asArgs);
    const second = await pipe.transform({ first: 3 }, asArgs);
    expect(validate).toHaveBeenCalledTimes(1);
    await pipe.transform({ first: 4 }, asArgs);
    expect(validate).toHaveBeenCalledTimes(2);
    expect(first).toBeInstanceOf(ConnectionArgs);
    expect(second).toBeInstanceOf(ConnectionArgs);
    expect(second).toEqual(first);
    expect(second).not.toBe(first);
    // What one resolver does to its arguments is not what the next one gets.
    (first as ConnectionArgs).first = 40;
    expect(await pipe.transform({ first: 3 }, asArgs)).toMatchObject({ first: 3 });
  });

  it('refuses bad arguments every time, also after good ones were seen', async () => {
    const pipe = createValidationPipe();
    await pipe.transform({ first: 3 }, asArgs);
    for (let attempt = 0; attempt < 2; attempt++) {
      await expect(pipe.transform({ first: MAX_PAGE_SIZE + 1 }, asArgs)).rejects.toBeInstanceOf(UserInputError);
      await expect(pipe.transform({ first: 3, after: 7 }, asArgs)).rejects.toBeInstanceOf(UserInputError);
    }
  });
});
