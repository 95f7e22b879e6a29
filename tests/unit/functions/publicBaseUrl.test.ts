import { publicBaseUrl } from '../../../functions/http/publicBaseUrl';
import { apiGatewayEvent } from '../../support/apiGatewayEvent';

const event = (headers: Record<string, string> = {}, stage = '$default') => {
  const e = apiGatewayEvent({ headers });
  e.requestContext.stage = stage;
  return e;
};

describe('publicBaseUrl', () => {
  it('is the API Gateway domain over HTTPS in AWS, whatever the Host header says', () => {
    expect(publicBaseUrl(event({ host: 'evil.example' }), null, false)).toBe(
      'https://test.execute-api.eu-west-1.amazonaws.com',
    );
  });

  it('adds a named stage, not $default', () => {
    expect(publicBaseUrl(event({}, 'prod'), null, false)).toBe(
      'https://test.execute-api.eu-west-1.amazonaws.com/prod',
    );
  });

  it('is the Host header over HTTP locally (the front server keeps the browser’s)', () => {
    expect(publicBaseUrl(event({ host: 'localhost:4000' }, 'local'), null, true)).toBe(
      'http://localhost:4000',
    );
  });

  it('follows X-Forwarded-Proto', () => {
    expect(
      publicBaseUrl(event({ host: 'localhost:4000', 'x-forwarded-proto': 'https' }), null, true),
    ).toBe('https://localhost:4000');
  });

  it('is the configured URL when there is one, without a trailing slash', () => {
    expect(publicBaseUrl(event(), 'https://cx.example.com/api/', false)).toBe(
      'https://cx.example.com/api',
    );
  });
});
