import { InvalidArgumentError, Option } from 'commander';

/** --redis, required by the cluster's commands: a redis:// (or rediss://) URL. */
export const redisOption = () =>
  new Option('--redis <url>', 'the cluster\'s Redis, as redis://host:port')
    .makeOptionMandatory()
    .argParser((v: string) => {
      if (!/^rediss?:\/\/\S+$/.test(v)) throw new InvalidArgumentError('--redis takes a redis:// URL');
      return v;
    });
