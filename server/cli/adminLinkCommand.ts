import { ADMIN_PAYLOAD, signToken } from '../auth/token';
import { type CliCommand, CliError, parseArgs } from './command';

/** The base address people open: --url, else PUBLIC_URL, else HOST and PORT as the server reads them. */
function baseUrl(given: string | undefined): string {
  const env = process.env;
  const url = given ?? env.PUBLIC_URL ?? `http://${env.HOST ?? '127.0.0.1'}:${env.PORT ?? 8080}`;
  if (!URL.parse(url)) throw new CliError(`"${url}" is not an address such as https://warrant.example.org`);
  return url.replace(/\/+$/, '');
}

export const adminLinkCommand: CliCommand = {
  usage: [
    'warrant admin-link [--url <address>]',
    '',
    "Prints the facilitator's admin link, which can do everything on every map. The server prints it",
    'only at its first start; this prints it again. It is derived from AUTH_SECRET, which must be set',
    'as for the server. The address is --url, else PUBLIC_URL, else http://HOST:PORT.',
  ].join('\n'),
  async run(args, io) {
    const { positionals, values } = parseArgs(args, { values: ['url'] });
    if (positionals.length) throw new CliError('usage: warrant admin-link [--url <address>]');
    const secret = process.env.AUTH_SECRET;
    if (!secret) throw new CliError('AUTH_SECRET is not set: without it the server is open and has no admin link');
    if (secret.length < 16) throw new CliError('AUTH_SECRET must be at least 16 characters, as for the server');
    io.stdout(`${baseUrl(values.url)}/?token=${signToken(secret, ADMIN_PAYLOAD)}\n`);
    return 0;
  },
};
