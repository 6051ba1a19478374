import type { Type } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { AccountsModule } from '#accounts';
import { AuditModule } from '#audit';
import { ClientsModule } from '#clients';
import { schema } from '#migrations';
import { NotificationsModule } from '#notifications';
import { Clock, ClockModule, ConfigModule, createPinoLogger, DatabaseModule, JsonLogger, QueueModule, RedisModule } from '#platform';
import { FakeClock, testConfig } from '#platform/testing';
import { Mailbox } from '../mailbox.js';

/**
 * The accounts and clients libraries with their real services and repositories, on the run's
 * test database and Redis prefix, without HTTP: for service-level tests, which call a service
 * as a controller would and read the database to see what it did.
 */
export interface ServiceContext {
  readonly dataSource: DataSource;
  readonly clock: FakeClock;
  readonly mailbox: Mailbox;
  get<T>(type: Type<T>): T;
  close(): Promise<void>;
}

export async function startServiceContext(env: Readonly<Record<string, string>> = {}): Promise<ServiceContext> {
  const mailbox = new Mailbox();
  const config = testConfig({ AUTH_MFA_REQUIRED_ROLES: '', SMTP_URL: await mailbox.start(), ...env });
  const clock = new FakeClock();
  let moduleRef: TestingModule;
  try {
    moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(config),
        ClockModule,
        DatabaseModule.forRoot({ schema, applicationName: 'yorisoi-service-test' }),
        RedisModule,
        QueueModule.forRoot({ role: 'producer' }),
        AuditModule,
        NotificationsModule,
        AccountsModule,
        ClientsModule,
      ],
    })
      .overrideProvider(Clock)
      .useValue(clock)
      .setLogger(new JsonLogger(createPinoLogger(config.log.level, 'service-test')))
      .compile();
    await moduleRef.init();
  } catch (error) {
    await mailbox.stop();
    throw error;
  }
  return {
    dataSource: moduleRef.get(DataSource),
    clock,
    mailbox,
    get: (type) => moduleRef.get(type, { strict: false }),
    close: async () => {
      await moduleRef.close();
      await mailbox.stop();
    },
  };
}
