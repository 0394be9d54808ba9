import { AppError, isAppError } from '../../src/core/errors';
import { UsageError } from '../../src/cli/io';
import { GraphNetworkError } from '../../src/mail/graph/http';
import { ConfigError } from '../../server/config';
import { Refusal } from '../../server/submission';
import { UploadError } from '../../server/upload';

describe('one AppError base for every localised error', () => {
  it('gives every error class the key, params and name of an AppError', () => {
    const errors: Array<[AppError, string, string]> = [
      [new UsageError('cli.error.unknownCommand', { command: 'x' }), 'UsageError', 'cli.error.unknownCommand'],
      [new Refusal(422, 'relay.notReady', { count: 2 }, []), 'Refusal', 'relay.notReady'],
      [new UploadError(413, 'relay.tooLarge', { limitMb: 20 }), 'UploadError', 'relay.tooLarge'],
      [new ConfigError([{ key: 'relay.config.port', params: { value: 'x' } }]), 'ConfigError', 'relay.config.port'],
      [new GraphNetworkError(new TypeError('fetch failed')), 'GraphNetworkError', 'graph.network'],
      [new AppError('host.fieldMissing', { field: 'Họ tên' }), 'AppError', 'host.fieldMissing'],
    ];
    for (const [error, name, key] of errors) {
      expect(isAppError(error)).toBe(true);
      expect(error).toBeInstanceOf(Error);
      expect([error.name, error.messageKey]).toEqual([name, key]);
    }
    expect((errors[1][0] as Refusal).key).toBe('relay.notReady');
    expect((errors[1][0] as Refusal).status).toBe(422);
    expect((errors[4][0] as GraphNetworkError).cause).toBeInstanceOf(TypeError);
  });

  it('does not mistake other errors for AppErrors', () => {
    for (const value of [new Error('x'), { messageKey: 'host.fieldMissing', params: {} }, null, 'host.fieldMissing']) expect(isAppError(value)).toBe(false);
  });
});
