import { parseDatabaseUrl } from './database-url.js';

describe('parseDatabaseUrl', () => {
  it('defaults to the embedded SQLite file under ./data', () => {
    expect(parseDatabaseUrl(undefined, '/srv/app')).toEqual({
      dialect: 'sqlite',
      file: '/srv/app/data/claimline.sqlite',
    });
  });

  it('takes an absolute sqlite: path', () => {
    expect(parseDatabaseUrl('sqlite:/tmp/x.sqlite')).toEqual({ dialect: 'sqlite', file: '/tmp/x.sqlite' });
  });

  it('reads a mariadb URL with credentials', () => {
    expect(parseDatabaseUrl('mariadb://claim:p%40ss@db:3307/claimline')).toEqual({
      dialect: 'mariadb',
      host: 'db',
      port: 3307,
      username: 'claim',
      password: 'p@ss',
      database: 'claimline',
    });
  });

  it("reads the server's Unix socket from ?socket=, and refuses a relative one", () => {
    expect(parseDatabaseUrl('mariadb://root@localhost/claimline?socket=/run/mysqld/mysqld.sock')).toMatchObject({
      dialect: 'mariadb',
      database: 'claimline',
      socketPath: '/run/mysqld/mysqld.sock',
    });
    expect(parseDatabaseUrl('mariadb://root@db/claimline')).not.toHaveProperty('socketPath');
    expect(() => parseDatabaseUrl('mariadb://root@localhost/claimline?socket=mysqld.sock')).toThrow(/absolute path/);
  });

  it('keeps the mysql scheme as the mysql dialect', () => {
    expect(parseDatabaseUrl('mysql://root@127.0.0.1/test').dialect).toBe('mysql');
  });

  it('rejects other schemes and a missing database', () => {
    expect(() => parseDatabaseUrl('postgres://x/y')).toThrow(/not supported/);
    expect(() => parseDatabaseUrl('mariadb://root@127.0.0.1:3306/')).toThrow(/must name a database/);
  });
});
